"""Training records: validation, which record counts, who is current, and the reminder stages
at their exact day boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from peerdesk.domain.note_scan import NameList
from peerdesk.domain.training_records import (
    EXPIRED,
    Course,
    RecordDraft,
    RecordKind,
    TrainingRecord,
    gaps,
    hours_text,
    is_current,
    normalized,
    reminders,
    stage,
    standing,
    validate,
    validate_required,
)

TODAY = date(2026, 11, 29)
EXPIRY = date(2027, 3, 31)
NAMES = NameList.of(["mike", "sarah"], [])


def record(rid: int = 1, *, course: Course | None = Course.CRISIS_INTERVENTION,
           kind: RecordKind = RecordKind.CERTIFICATION, completed: date = date(2024, 3, 31),
           expires: date | None = EXPIRY, minutes: int = 960) -> TrainingRecord:
    return TrainingRecord(rid, "u1", kind, course, completed, minutes, "ICISF", expires)


@pytest.mark.parametrize(("days_before", "expected"), [
    (61, None), (60, 60), (59, 60), (31, 60), (30, 30), (29, 30), (1, 30), (0, 30),
    (-1, EXPIRED), (-400, EXPIRED),
])
def test_reminder_stage_at_each_day_boundary(days_before: int, expected: int | None) -> None:
    today = EXPIRY - timedelta(days=days_before)
    assert stage(EXPIRY, today) == expected
    due = reminders([record()], today)
    if expected is None:
        assert due == []
    else:
        assert [(r.stage, r.days_left) for r in due] == [(expected, days_before)]


@pytest.mark.parametrize(("on", "current"), [
    (EXPIRY - timedelta(days=1), True),
    (EXPIRY, True),                     # valid through its expiry day
    (EXPIRY + timedelta(days=1), False),  # lapsed the day after
])
def test_a_lapsed_required_course_makes_a_member_not_current(on: date, current: bool) -> None:
    required = [Course.CRISIS_INTERVENTION.value]
    assert is_current([record()], required, on) is current
    if not current:
        (gap,) = gaps([record()], required, on)
        assert (gap.course, gap.lapsed_on) == (Course.CRISIS_INTERVENTION, EXPIRY)


def test_a_required_course_never_done_makes_a_member_not_current() -> None:
    required = [Course.CRISIS_INTERVENTION.value, Course.PSYCHOLOGICAL_FIRST_AID.value]
    (gap,) = gaps([record()], required, TODAY)
    assert (gap.course, gap.lapsed_on) == (Course.PSYCHOLOGICAL_FIRST_AID, None)
    assert is_current([record()], [], TODAY)  # nothing required: everyone is current
    assert not is_current([], required[:1], TODAY)


def test_a_course_completed_after_the_day_does_not_count_on_it() -> None:
    later = record(completed=date(2026, 12, 15), expires=None, kind=RecordKind.COURSE)
    assert not is_current([later], [Course.CRISIS_INTERVENTION.value], TODAY)
    assert is_current([later], [Course.CRISIS_INTERVENTION.value], date(2026, 12, 15))


def test_a_renewal_silences_the_reminder_of_the_record_it_renews() -> None:
    old = record(1)
    renewed = record(2, completed=EXPIRY - timedelta(days=20), expires=date(2030, 3, 31))
    on = EXPIRY - timedelta(days=10)
    assert standing([old, renewed], on)[Course.CRISIS_INTERVENTION] == renewed
    assert reminders([old, renewed], on) == []
    never_expires = record(3, kind=RecordKind.COURSE, expires=None)
    assert standing([old, never_expires], on)[Course.CRISIS_INTERVENTION] == never_expires
    assert reminders([old, never_expires], on) == []


def test_continuing_education_and_supervision_count_no_course() -> None:
    ce = record(1, kind=RecordKind.CONTINUING_EDUCATION, expires=None)
    supervision = record(2, kind=RecordKind.SUPERVISION, course=None, expires=None)
    assert standing([ce, supervision], TODAY) == {}
    assert not is_current([ce], [Course.CRISIS_INTERVENTION.value], TODAY)


def draft(**changes: object) -> RecordDraft:
    values: dict[str, object] = {
        "kind": RecordKind.CERTIFICATION, "course": Course.CRISIS_INTERVENTION,
        "completed_on": date(2026, 5, 1), "minutes": 960, "provider": "ICISF",
        "expires_on": date(2029, 5, 1)}
    values.update(changes)
    return RecordDraft(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"course": None}, "course", "training.no_course"),
    ({"completed_on": TODAY + timedelta(days=1)}, "completed_on", "training.date_future"),
    ({"completed_on": date(1969, 12, 31), "expires_on": None}, "completed_on",
     "training.date_too_old"),
    ({"minutes": 0}, "minutes", "training.hours_range"),
    ({"minutes": 60_001}, "minutes", "training.hours_range"),
    ({"minutes": True}, "minutes", "training.hours_range"),
    ({"expires_on": date(2026, 4, 30)}, "expires_on", "training.expiry_before"),
    ({"kind": RecordKind.SUPERVISION, "course": None}, "expires_on", "training.no_expiry_here"),
    ({"provider": "x" * 81}, "provider", "text.too_long"),
    ({"provider": "ICISF\nline two"}, "provider", "policy.one_line"),
    ({"provider": "talked w/ mike"}, "provider", "training.provider_identifying"),
    ({"provider": "call 613 555 0199"}, "provider", "training.provider_identifying"),
    ({"provider": "sarah@example.org"}, "provider", "training.provider_identifying"),
    ({"provider": "Sarah Lee"}, "provider", "training.provider_identifying"),
    ({"provider": "Sgt. Morrison"}, "provider", "training.provider_identifying"),
])
def test_each_bad_field_gets_its_message(changes: dict[str, object], field: str,
                                         code: str) -> None:
    errors = validate(draft(**changes), TODAY, NAMES)
    assert field in errors
    assert errors[field].code == code


def test_a_good_draft_passes_and_is_stored_tidy() -> None:
    assert validate(draft(), TODAY, NAMES) == {}
    assert validate(draft(provider="Staff psychologist"), TODAY, NAMES) == {}
    # An organisation named in title case is not a person's name.
    assert validate(draft(provider="Mental Health Commission"), TODAY, NAMES) == {}
    assert validate(draft(provider="Justice Institute of British Columbia"), TODAY, NAMES) == {}
    assert validate(draft(completed_on=TODAY, expires_on=TODAY), TODAY, NAMES) == {}
    tidy = normalized(draft(kind=RecordKind.SUPERVISION, provider="  EAP   clinician "))
    assert (tidy.course, tidy.expires_on, tidy.provider) == (None, None, "EAP clinician")


def test_required_courses_must_be_known_course_codes() -> None:
    assert validate_required(["crisis_intervention", "psychological_first_aid"]) == {}
    assert validate_required(["other"])["required_courses"].code == "training.unknown_course"
    assert validate_required(["made_up"])["required_courses"].code == "training.unknown_course"


def test_hours_are_written_without_trailing_zeros() -> None:
    assert [hours_text(m) for m in (60, 90, 15, 960, 1)] == ["1", "1.5", "0.25", "16", "0.02"]
