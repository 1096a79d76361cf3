"""Training records as table models: one member's records, and the team's standing.

Every state is said in words (current, not current, expires in N days, expired), never by
colour alone. Course and kind labels come from the one vocabulary catalogue (``Vocab``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt

from peerdesk.domain.training_records import (
    EXPIRED,
    RequiredGap,
    TrainingRecord,
    stage,
)
from peerdesk.services.training_records import MemberStanding
from peerdesk.ui.kit.i18n import short_date, translate
from peerdesk.ui.kit.rows_model import Index, RowsModel
from peerdesk.ui.kit.training_text import counted, course_text, fill
from peerdesk.ui.kit.vocab_labels import label, short_label

COMPLETED, KIND, COURSE, HOURS, PROVIDER, EXPIRES = range(6)
NAME, NEXT_EXPIRY, RECORDS, STANDING = range(4)  # the standing's long words last
RowRole = Qt.ItemDataRole.UserRole + 1  # the row's record or standing
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


def expiry_text(expires_on: date | None, today: date) -> str:
    """"31 Mar 2027 · in 30 days", "… · expires today", "… · expired", or just the date when
    it is more than 60 days away; empty when it does not expire."""
    if expires_on is None:
        return ""
    when = short_date(expires_on)
    days = (expires_on - today).days
    found = stage(expires_on, today)
    if found == EXPIRED:
        return fill(translate("TrainingRecords", "{date} · expired"), date=when)
    if found is None:
        return when
    if days == 0:
        return fill(translate("TrainingRecords", "{date} · expires today"), date=when)
    if days == 1:
        return fill(translate("TrainingRecords", "{date} · tomorrow"), date=when)
    return counted().in_days(when, days)


def gap_text(gap: RequiredGap) -> str:
    if gap.lapsed_on is None:
        return fill(translate("TrainingRecords", "{course}: never done"),
                     course=label(gap.course))
    return fill(translate("TrainingRecords", "{course}: lapsed on {date}"),
                 course=label(gap.course), date=short_date(gap.lapsed_on))


def standing_text(standing: MemberStanding) -> str:
    if standing.current:
        return translate("TrainingRecords", "Current")
    return fill(translate("TrainingRecords", "Not current ({gaps})"),
                 gaps="; ".join(gap_text(g) for g in standing.gaps))


class RecordsTableModel(RowsModel[TrainingRecord]):
    """One member's records, newest first."""

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._headers = [
            translate("TrainingRecords", "Completed"), translate("TrainingRecords", "Kind"),
            translate("TrainingRecords", "Course"), translate("TrainingRecords", "Hours"),
            translate("TrainingRecords", "Provider"), translate("TrainingRecords", "Expires")]
        self._cells: dict[int, Callable[[TrainingRecord], str]] = {
            COMPLETED: lambda r: short_date(r.completed_on),
            KIND: lambda r: short_label(r.kind),  # "Supervision" for the long kind
            COURSE: lambda r: label(r.course) if r.course is not None else "",
            HOURS: lambda r: QLocale().toString(round(r.minutes / 60, 2), "g", 6),  # 1,5 in fr
            PROVIDER: lambda r: r.provider,
            EXPIRES: lambda r: expiry_text(r.expires_on, self.today),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.row_of(index)
        if record is None:
            return None
        if role == RowRole:
            return record
        if role in _TEXT_ROLES and index.column() in self._cells:
            return self._cells[index.column()](record)
        return None

    def row_for(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)


class StandingTableModel(RowsModel[MemberStanding]):
    """Every member not switched off: current or not, and the soonest expiry."""

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._headers = [
            translate("TrainingRecords", "Member"), translate("TrainingRecords", "Next expiry"),
            translate("TrainingRecords", "Records"), translate("TrainingRecords", "Standing")]
        self._cells: dict[int, Callable[[MemberStanding], str]] = {
            NAME: lambda s: s.name,
            STANDING: standing_text,
            NEXT_EXPIRY: self._next_expiry,
            RECORDS: lambda s: str(s.records),
        }

    def _next_expiry(self, standing: MemberStanding) -> str:
        if not standing.reminders:
            return ""
        soon = standing.reminders[0].record
        return course_text(soon) + ": " + expiry_text(soon.expires_on, self.today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        standing = self.row_of(index)
        if standing is None:
            return None
        if role == RowRole:
            return standing
        if role in _TEXT_ROLES and index.column() in self._cells:
            return self._cells[index.column()](standing)
        return None

    def row_for(self, user_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.user_id == user_id), -1)
