"""The incident rules: reach windows at their exact boundaries, follow-up dates, validation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.incidents import (
    DEFAULT_FOLLOW_UP_DAYS,
    GroupInterventionDraft,
    Incident,
    IncidentDraft,
    OutreachEntry,
    Reach,
    follow_up_dates,
    format_time,
    parse_follow_up_days,
    parse_time,
    reach,
    responder_loads,
    validate_follow_up_days,
    validate_incident,
    validate_intervention,
    validate_outreach,
)
from peerdesk.domain.vocab import (
    Format,
    IncidentStatus,
    IncidentType,
    MemberGroup,
    OutreachMethod,
)

AT = datetime(2026, 11, 10, 14, 30)
NOW = datetime(2026, 11, 20, 9, 0)


def incident_draft(**changes: object) -> IncidentDraft:
    base: dict[str, object] = {
        "occurred_at": AT, "kind": IncidentType.LINE_OF_DUTY_DEATH,
        "member_groups": frozenset({MemberGroup.FIRE}), "personnel_involved": 12, "lead": "u1",
    }
    base.update(changes)
    return IncidentDraft(**base)  # type: ignore[arg-type]


def incident(**changes: object) -> Incident:
    return Incident(1, incident_draft(**changes), IncidentStatus.OPEN, None, "2026-Q4", "u1",
                    "", "")


# ------------------------------------------------------------------ reach windows


@pytest.mark.parametrize(("after", "in_72", "in_7d"), [
    (timedelta(0), True, True),                                   # on scene, at the incident
    (timedelta(hours=72), True, True),                            # exactly 72 h: inside
    (timedelta(hours=72, minutes=1), False, True),                # one minute later: outside
    (timedelta(days=7), False, True),                             # exactly 7 days: inside
    (timedelta(days=7, minutes=1), False, False),                 # one minute later: outside
])
def test_reach_windows_are_inclusive_to_the_minute(after, in_72, in_7d):
    got = reach(AT, 10, [(AT + after, 3)])
    assert got.within_72_hours == (3 if in_72 else 0)
    assert got.within_7_days == (3 if in_7d else 0)
    assert got.total == 3


def test_reach_windows_cross_midnight_and_month_ends_by_the_clock_not_the_calendar():
    late = datetime(2026, 1, 31, 23, 50)
    assert reach(late, 5, [(datetime(2026, 2, 3, 23, 50), 1)]).within_72_hours == 1
    assert reach(late, 5, [(datetime(2026, 2, 3, 23, 51), 1)]).within_72_hours == 0


def test_reach_adds_events_and_is_capped_at_the_number_involved():
    got = reach(AT, 10, [(AT + timedelta(hours=1), 6), (AT + timedelta(days=2), 6),
                         (AT + timedelta(days=20), 4)])
    assert got == Reach(involved=10, within_72_hours=10, within_7_days=10, total=10)
    assert got.remaining == 0
    assert reach(AT, 10, []).remaining == 10


@given(st.lists(st.tuples(st.integers(0, 60 * 24 * 30), st.integers(1, 50)), max_size=20),
       st.integers(1, 500))
def test_reach_is_ordered_72_hours_within_7_days_within_total_within_involved(events, involved):
    got = reach(AT, involved, [(AT + timedelta(minutes=m), n) for m, n in events])
    assert 0 <= got.within_72_hours <= got.within_7_days <= got.total <= involved


# ------------------------------------------------------------------ follow-up dates


def test_follow_ups_are_one_two_and_four_weeks_after_closing_by_default():
    assert DEFAULT_FOLLOW_UP_DAYS == (7, 14, 28)
    assert follow_up_dates(date(2026, 12, 20), DEFAULT_FOLLOW_UP_DAYS) == [
        date(2026, 12, 27), date(2027, 1, 3), date(2027, 1, 17)]


def test_follow_up_dates_follow_the_policy_sorted_without_repeats():
    assert follow_up_dates(date(2028, 2, 28), (3, 1, 3)) == [date(2028, 2, 29), date(2028, 3, 2)]


@pytest.mark.parametrize(("days", "ok"), [
    ((7, 14, 28), True), ((1,), True), ((365, 1), True), ((), False), ((0,), False),
    ((366,), False), ((7, 7), False), ((1, 2, 3, 4, 5, 6, 7), False), ((True,), False),
    ("7,14", False),
])
def test_follow_up_days_policy_limits(days, ok):
    assert (validate_follow_up_days(days) is None) == ok


@pytest.mark.parametrize(("text", "days"), [
    ("7, 14, 28", (7, 14, 28)), ("10;20", (10, 20)), ("", None), ("7, two", None),
    ("-3", None), ("٣", None),
])
def test_follow_up_days_are_read_from_text(text, days):
    assert parse_follow_up_days(text) == days


# ------------------------------------------------------------------ validation


def test_a_valid_incident_has_no_errors_and_the_lead_is_on_the_team():
    draft = incident_draft(responders=frozenset({"u2"}))
    assert validate_incident(draft, NOW) == {}
    assert draft.team == {"u1", "u2"}


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"occurred_at": NOW + timedelta(minutes=1)}, "occurred_at", "incident.time_future"),
    ({"occurred_at": datetime(2025, 11, 19, 23, 59)}, "occurred_at", "incident.time_too_old"),
    ({"member_groups": frozenset()}, "member_groups", "incident.no_group"),
    ({"personnel_involved": 0}, "personnel_involved", "incident.involved_range"),
    ({"personnel_involved": 5001}, "personnel_involved", "incident.involved_range"),
    ({"lead": ""}, "lead", "incident.no_lead"),
])
def test_incident_errors(changes, field, code):
    assert validate_incident(incident_draft(**changes), NOW)[field].code == code


def test_an_incident_at_the_current_minute_is_allowed():
    assert validate_incident(incident_draft(occurred_at=NOW), NOW) == {}


def test_outreach_must_be_after_the_incident_and_within_who_is_left():
    inc = incident(personnel_involved=5)
    already = Reach(5, 3, 3, 3)
    assert validate_outreach(inc, already, AT, 2, NOW) == {}
    assert validate_outreach(inc, already, AT - timedelta(minutes=1), 1, NOW)["at"].code == (
        "incident.before_incident")
    assert validate_outreach(inc, already, NOW + timedelta(minutes=1), 1, NOW)["at"].code == (
        "incident.time_future")
    over = validate_outreach(inc, already, AT, 3, NOW)["reached"]
    assert (over.code, over.params) == ("incident.reached_range", {"low": 1, "high": 2})
    assert validate_outreach(inc, already, AT, 0, NOW)["reached"].code == "incident.reached_range"
    done = validate_outreach(inc, Reach(5, 5, 5, 5), AT, 1, NOW)["reached"]
    assert done.code == "incident.all_reached"


def intervention(**changes: object) -> GroupInterventionDraft:
    base: dict[str, object] = {
        "format": Format.DEBRIEFING, "held_at": AT + timedelta(days=2), "duration_min": 120,
        "attendees": 9, "facilitators": frozenset({"u1"}), "newly_reached": 4,
    }
    base.update(changes)
    return GroupInterventionDraft(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"format": Format.ONE_TO_ONE}, "format", "incident.not_group_format"),
    ({"format": Format.SMALL_GROUP}, "format", "incident.not_group_format"),
    ({"held_at": AT - timedelta(minutes=1)}, "held_at", "incident.before_incident"),
    ({"duration_min": 0}, "duration_min", "contact.duration_range"),
    ({"attendees": 1}, "attendees", "contact.group_size_range"),
    ({"newly_reached": 10}, "newly_reached", "incident.newly_reached_range"),
    ({"newly_reached": 7}, "newly_reached", "incident.reached_range"),  # only 6 left
    ({"facilitators": frozenset()}, "facilitators", "incident.no_facilitator"),
])
def test_intervention_errors(changes, field, code):
    inc = incident(personnel_involved=12)
    errors = validate_intervention(inc, Reach(12, 6, 6, 6), intervention(**changes), NOW)
    assert errors[field].code == code


def test_a_valid_intervention_and_one_reaching_nobody_new():
    inc = incident(personnel_involved=12)
    assert validate_intervention(inc, Reach(12, 6, 6, 6), intervention(), NOW) == {}
    assert validate_intervention(inc, Reach(12, 12, 12, 12), intervention(newly_reached=0),
                                 NOW) == {}


def test_responder_loads_show_who_has_outreach_still_to_do_most_first():
    entries = [OutreachEntry(1, 1, "u1", AT, OutreachMethod.ONE_TO_ONE, 3),
               OutreachEntry(2, 1, "u2", AT, OutreachMethod.ONE_TO_ONE, 5),
               OutreachEntry(3, 1, "u1", AT, OutreachMethod.DEFUSING, 1)]
    loads = responder_loads({"u1": 6, "u2": 4, "u3": 0}, entries)
    assert [(x.user_id, x.to_do) for x in loads] == [("u1", 2), ("u2", 0), ("u3", 0)]


def test_times_are_stored_as_sortable_local_minutes():
    assert format_time(datetime(2026, 3, 4, 5, 6, 59)) == "2026-03-04T05:06"
    assert parse_time("2026-03-04T05:06") == datetime(2026, 3, 4, 5, 6)
