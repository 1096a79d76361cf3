"""Training record expiries in words, for the sign-in notice (shell) and the team pages.

Shared here because the sign-in notice (``messages.sign_in_notices``) and the Team feature both
say them, and a feature never imports another.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject

from peerdesk.domain.training_records import EXPIRED, Reminder, TrainingRecord
from peerdesk.ui.kit.i18n import short_date, translate
from peerdesk.ui.kit.vocab_labels import label


def fill(text: str, **values: str) -> str:
    """``text`` with each ``{key}`` replaced (after translation, so translators see keys)."""
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


class TrainingRecords(QObject):
    """The days left, as Qt plurals: pyside6-lupdate makes a numerus message only of
    ``self.tr(text, "", n)``, so these are methods of a ``QObject`` named for their context,
    the "TrainingRecords" of the other texts here."""

    def expires_in(self, course: str, when: str, days: int) -> str:
        return fill(self.tr("{course} expires on {date}, in %n day(s).", "", days),
                    course=course, date=when)

    def in_days(self, when: str, days: int) -> str:
        return fill(self.tr("{date} · in %n day(s)", "", days), date=when)


@functools.cache
def counted() -> TrainingRecords:
    """The one :class:`TrainingRecords` (made on first use)."""
    return TrainingRecords()


def course_text(record: TrainingRecord) -> str:
    """The course's label, or the kind's where no course is named (supervision)."""
    return label(record.course) if record.course is not None else label(record.kind)


def reminder_text(reminder: Reminder) -> str:
    """One expiry in a sentence ("Individual crisis intervention expires on 31 Mar 2027, in
    30 days.", "... expires today.", "... expired on 31 Mar 2027.")."""
    record = reminder.record
    assert record.expires_on is not None
    course, when = course_text(record), short_date(record.expires_on)
    if reminder.stage == EXPIRED:
        return fill(translate("TrainingRecords", "{course} expired on {date}."),
                    course=course, date=when)
    days = reminder.days_left
    if days == 0:
        return fill(translate("TrainingRecords", "{course} expires today."), course=course)
    if days == 1:
        return fill(translate("TrainingRecords", "{course} expires tomorrow, {date}."),
                    course=course, date=when)
    return counted().expires_in(course, when, days)
