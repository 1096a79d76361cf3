"""Supporter training records: the rules (ARCHITECTURE section 13).

A record says what one team member completed: a course or certification (with the course's
stable code, so the program's policy can require it), continuing education, or a supervision
or clinical-oversight session, with its date, provider, hours and, for a course or
certification that expires, the expiry date. Records are about the team, never about people
supported: the provider is checked by the identifying-details scanner before it is accepted.

Standing: for each course, the record that counts is the one that stays valid longest (no
expiry beats any expiry; then the later expiry; then the later completion). A certification
is valid up to and including its expiry day and lapsed from the day after. A member is
*current* on a day when every course the policy requires has a record completed by then and
still valid that day; a required course never done, or lapsed, makes them not current.

Reminders: 60 to 31 days before an expiry is the 60-day stage, 30 days to the expiry day the
30-day stage, from the day after the record is expired.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from peerdesk.domain.messages import Message
from peerdesk.domain.note_scan import NO_NAMES, NameList, kinds


class RecordKind(enum.StrEnum):
    """Stable codes (never renamed or reused)."""

    COURSE = "course"
    CERTIFICATION = "certification"
    CONTINUING_EDUCATION = "continuing_education"
    SUPERVISION = "supervision"


class Course(enum.StrEnum):
    """Stable course codes a program can require (never renamed or reused)."""

    PEER_SUPPORT_FOUNDATIONS = "peer_support_foundations"
    CRISIS_INTERVENTION = "crisis_intervention"
    GROUP_CRISIS_INTERVENTION = "group_crisis_intervention"
    PSYCHOLOGICAL_FIRST_AID = "psychological_first_aid"
    SUICIDE_INTERVENTION = "suicide_intervention"
    MENTAL_HEALTH_FIRST_AID = "mental_health_first_aid"
    CONFIDENTIALITY_ETHICS = "confidentiality_ethics"
    SUBSTANCE_USE = "substance_use"
    FAMILY_SUPPORT = "family_support"
    OTHER = "other"


# Kinds that name a course, can expire and count toward the required courses.
COURSE_KINDS = frozenset({RecordKind.COURSE, RecordKind.CERTIFICATION})
# Courses a policy may require ("other" is no one course).
REQUIRABLE = tuple(c for c in Course if c is not Course.OTHER)
REMINDER_DAYS = (60, 30)
EXPIRED = 0  # the stage after the expiry day
MAX_PROVIDER = 80
MIN_MINUTES, MAX_MINUTES = 1, 60_000  # one minute to 1,000 hours
EARLIEST = date(1970, 1, 1)


@dataclass(frozen=True)
class RecordDraft:
    """What a person enters for one record (before it has an id)."""

    kind: RecordKind
    course: Course | None
    completed_on: date
    minutes: int
    provider: str = ""
    expires_on: date | None = None


@dataclass(frozen=True)
class TrainingRecord:
    """One stored record of ``user_id``."""

    id: int
    user_id: str
    kind: RecordKind
    course: Course | None
    completed_on: date
    minutes: int
    provider: str = ""
    expires_on: date | None = None

    @property
    def draft(self) -> RecordDraft:
        return RecordDraft(self.kind, self.course, self.completed_on, self.minutes,
                           self.provider, self.expires_on)


@dataclass(frozen=True)
class Reminder:
    """An expiry to tell about: ``stage`` is 60, 30 or :data:`EXPIRED`."""

    record: TrainingRecord
    stage: int
    days_left: int


@dataclass(frozen=True)
class RequiredGap:
    """A required course a member lacks on a day: never done, or its record has lapsed."""

    course: Course
    lapsed_on: date | None  # None: never done


def normalized(draft: RecordDraft) -> RecordDraft:
    """The draft as it is stored: the provider trimmed, no course or expiry where none fits."""
    course = draft.course if draft.kind is not RecordKind.SUPERVISION else None
    expires = draft.expires_on if draft.kind in COURSE_KINDS else None
    return RecordDraft(draft.kind, course, draft.completed_on, draft.minutes,
                       " ".join(draft.provider.split()), expires)


def validate(draft: RecordDraft, today: date, names: NameList = NO_NAMES) -> dict[str, Message]:
    """Field errors of ``draft`` (empty when it may be saved)."""
    errors: dict[str, Message] = {}
    if draft.kind in COURSE_KINDS and draft.course is None:
        errors["course"] = Message("training.no_course")
    if draft.completed_on > today:
        errors["completed_on"] = Message("training.date_future")
    elif draft.completed_on < EARLIEST:
        errors["completed_on"] = Message("training.date_too_old")
    if isinstance(draft.minutes, bool) or not isinstance(draft.minutes, int) or not (
            MIN_MINUTES <= draft.minutes <= MAX_MINUTES):
        errors["minutes"] = Message("training.hours_range", high=MAX_MINUTES // 60)
    if draft.expires_on is not None and draft.kind not in COURSE_KINDS:
        errors["expires_on"] = Message("training.no_expiry_here")
    elif draft.expires_on is not None and draft.expires_on < draft.completed_on:
        errors["expires_on"] = Message("training.expiry_before")
    provider = draft.provider.strip()
    if len(provider) > MAX_PROVIDER:
        errors["provider"] = Message("text.too_long", count=MAX_PROVIDER)
    elif any(ord(c) < 32 for c in provider):
        errors["provider"] = Message("policy.one_line")
    elif provider and kinds(provider.casefold(), names):
        # Scanned in lower case: an organisation's name in title case ("Mental Health
        # Commission") is not taken for a person's, while given names, a rank or title with a
        # word after it, and contact details still are.
        errors["provider"] = Message("training.provider_identifying")
    return errors


def _lasts(record: TrainingRecord) -> tuple[int, date, date]:
    """Sort key: which record of a course stays valid longest."""
    if record.expires_on is None:
        return (1, date.max, record.completed_on)
    return (0, record.expires_on, record.completed_on)


def standing(records: Iterable[TrainingRecord], on: date) -> dict[Course, TrainingRecord]:
    """For each course, the record that counts on ``on`` (completed by then, valid longest)."""
    best: dict[Course, TrainingRecord] = {}
    for record in records:
        if record.kind not in COURSE_KINDS or record.course is None or record.completed_on > on:
            continue
        held = best.get(record.course)
        if held is None or _lasts(record) > _lasts(held):
            best[record.course] = record
    return best


def is_valid(record: TrainingRecord, on: date) -> bool:
    """Completed by ``on`` and not expired (valid through its expiry day)."""
    return record.completed_on <= on and (record.expires_on is None or on <= record.expires_on)


def gaps(records: Iterable[TrainingRecord], required: Iterable[str],
         on: date) -> tuple[RequiredGap, ...]:
    """The required courses one member lacks on ``on`` (empty: the member is current)."""
    held = standing(records, on)
    found: list[RequiredGap] = []
    for code in required:
        course = Course(code)
        record = held.get(course)
        if record is None:
            found.append(RequiredGap(course, None))
        elif not is_valid(record, on):
            assert record.expires_on is not None
            found.append(RequiredGap(course, record.expires_on))
    return tuple(found)


def is_current(records: Iterable[TrainingRecord], required: Iterable[str], on: date) -> bool:
    return not gaps(records, required, on)


def stage(expires_on: date, today: date) -> int | None:
    """The reminder stage of an expiry seen on ``today``: 60, 30, :data:`EXPIRED` or None."""
    days_left = (expires_on - today).days
    if days_left < 0:
        return EXPIRED
    for days in sorted(REMINDER_DAYS):
        if days_left <= days:
            return days
    return None


def reminders(records: Iterable[TrainingRecord], today: date) -> list[Reminder]:
    """Expiries due a reminder on ``today``: each course's standing record only (a renewal
    silences the record it renews), soonest first."""
    due: list[Reminder] = []
    for record in standing(records, today).values():
        if record.expires_on is None:
            continue
        found = stage(record.expires_on, today)
        if found is not None:
            due.append(Reminder(record, found, (record.expires_on - today).days))
    return sorted(due, key=lambda r: (r.days_left, r.record.id))


def hours_text(minutes: int) -> str:
    """Hours as people write them: 2, 1.5, 0.25 (no trailing zeros)."""
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".")


def validate_required(codes: Iterable[str]) -> dict[str, Message]:
    """Errors of a list of required course codes (codes of :data:`REQUIRABLE` only)."""
    allowed = {c.value for c in REQUIRABLE}
    if any(code not in allowed for code in codes):
        return {"required_courses": Message("training.unknown_course")}
    return {}


def by_member(records: Iterable[TrainingRecord]) -> Mapping[str, list[TrainingRecord]]:
    grouped: dict[str, list[TrainingRecord]] = {}
    for record in records:
        grouped.setdefault(record.user_id, []).append(record)
    return grouped
