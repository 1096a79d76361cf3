"""Contact validation, escalation rules, reporting quarters and the identifying-text scan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contact_support import TODAY, draft
from peerdesk.domain.contacts import MAX_NOTE_LENGTH, Referral, validate
from peerdesk.domain.note_scan import FindingKind, kinds
from peerdesk.domain.quarters import (
    Quarter,
    closes_on,
    first_open_quarter,
    is_closed,
    reporting_quarter,
)
from peerdesk.domain.vocab import (
    ConfidentialityException,
    DisclosureRoute,
    Format,
    IncidentType,
    InitiatedBy,
    ReferralType,
    Risk,
    Topic,
)


def test_a_plain_contact_is_valid():
    assert validate(draft(), TODAY) == {}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"occurred_on": TODAY + timedelta(days=1)}, "occurred_on", "cannot be in the future"),
        ({"duration_min": 0}, "duration_min", "1–1440 minutes"),
        ({"duration_min": 1441}, "duration_min", "1–1440 minutes"),
        ({"format": Format.SMALL_GROUP}, "group_size", "2–500 people"),
        ({"format": Format.DEBRIEFING, "group_size": 1,
          "incident_type": IncidentType.OTHER}, "group_size", "2–500 people"),
        ({"group_size": 4}, "group_size", "group formats only"),
        ({"topics": frozenset()}, "topics", "at least one topic"),
        ({"topics": frozenset({Topic.CRITICAL_INCIDENT})}, "incident_type", "kind of critical"),
        ({"initiated_by": InitiatedBy.AFTER_CRITICAL_INCIDENT}, "incident_type", "kind of"),
        ({"format": Format.DEFUSING, "group_size": 3}, "incident_type", "kind of critical"),
        ({"risk": Risk.IMMINENT_DANGER}, "referrals", "crisis line, medical or clinician"),
        ({"confidentiality_exception": ConfidentialityException.ABUSE_NEGLECT},
         "disclosure_route", "a role, not a name"),
        ({"follow_up_due": date(2026, 11, 1)}, "follow_up_due", "before the contact"),
        ({"referrals": (Referral(ReferralType.EAP), Referral(ReferralType.EAP))},
         "referrals", "once"),
        ({"private_note": "x" * (MAX_NOTE_LENGTH + 1)}, "private_note", "under 2000"),
        ({"private_note": "bell\x07"}, "private_note", "control characters"),
    ],
)
def test_one_error_per_invalid_field(changes, field, message):
    errors = validate(draft(**changes), TODAY)
    assert list(errors) == [field]
    assert message in errors[field]


@pytest.mark.parametrize("referral", [ReferralType.CRISIS_LINE, ReferralType.MEDICAL,
                                      ReferralType.CLINICIAN])
def test_imminent_danger_is_satisfied_by_an_escalation_referral(referral):
    contact = draft(risk=Risk.IMMINENT_DANGER, referrals=(Referral(referral),))
    assert contact.needs_escalation
    assert validate(contact, TODAY) == {}


def test_confidentiality_exception_with_route_is_valid():
    contact = draft(confidentiality_exception=ConfidentialityException.HARM_TO_OTHERS,
                    disclosure_route=DisclosureRoute.LAW_ENFORCEMENT)
    assert validate(contact, TODAY) == {}


def test_group_and_incident_contact_is_valid():
    contact = draft(format=Format.DEBRIEFING, group_size=12,
                    topics=frozenset({Topic.CRITICAL_INCIDENT}),
                    incident_type=IncidentType.CHILD_INVOLVED)
    assert validate(contact, TODAY) == {}


def test_several_errors_are_reported_together():
    errors = validate(draft(duration_min=0, topics=frozenset(), risk=Risk.IMMINENT_DANGER,
                            referrals=()), TODAY)
    assert set(errors) == {"duration_min", "topics", "referrals"}


def test_quarters():
    assert Quarter.of(date(2026, 8, 31)) == Quarter(2026, 3)
    assert str(Quarter.parse("2026-Q4")) == "2026-Q4"
    assert Quarter(2026, 4).next() == Quarter(2027, 1)
    assert Quarter(2027, 1).previous() == Quarter(2026, 4)
    assert Quarter(2026, 1).last_day == date(2026, 3, 31)
    assert Quarter(2026, 2).months() == ["2026-04", "2026-05", "2026-06"]
    for bad in ("2026-Q5", "2026Q1", "", "26-Q1"):
        with pytest.raises(ValueError, match="not a quarter"):
            Quarter.parse(bad)


def test_reporting_quarter_skips_frozen_quarters():
    day = date(2026, 5, 2)
    assert reporting_quarter(day, set()) == Quarter(2026, 2)
    assert reporting_quarter(day, {Quarter(2026, 2)}) == Quarter(2026, 3)
    assert reporting_quarter(day, {Quarter(2026, 2), Quarter(2026, 3)}) == Quarter(2026, 4)
    assert reporting_quarter(day, {Quarter(2026, 1)}) == Quarter(2026, 2)


def test_a_quarter_closes_its_set_number_of_days_after_it_ends():
    q2 = Quarter(2026, 2)
    assert closes_on(q2, 14) == date(2026, 7, 15)
    assert closes_on(q2, 0) == date(2026, 7, 1)
    assert not is_closed(q2, date(2026, 7, 14), 14)
    assert is_closed(q2, date(2026, 7, 15), 14)
    assert first_open_quarter(date(2026, 7, 14), 14) == q2
    assert first_open_quarter(date(2026, 7, 15), 14) == Quarter(2026, 3)
    assert first_open_quarter(date(2026, 7, 1), 0) == Quarter(2026, 3)


def test_contacts_dated_in_a_closed_quarter_count_in_the_first_open_one():
    day = date(2026, 5, 2)
    assert reporting_quarter(day, set(), Quarter(2026, 2)) == Quarter(2026, 2)
    assert reporting_quarter(day, set(), Quarter(2026, 3)) == Quarter(2026, 3)
    assert reporting_quarter(day, {Quarter(2026, 3)}, Quarter(2026, 3)) == Quarter(2026, 4)
    assert reporting_quarter(date(2026, 8, 2), set(), Quarter(2026, 2)) == Quarter(2026, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call John at 555-0134", {FindingKind.NAME, FindingKind.PHONE}),
        ("reach her at jo.smith@agency.org", {FindingKind.EMAIL}),
        ("badge 4521, night shift", {FindingKind.BADGE}),
        ("employee no. 88213", {FindingKind.BADGE}),
        ("Sgt Miller was on scene", {FindingKind.NAME}),
        ("(555) 123-4567", {FindingKind.PHONE}),
        ("Talked about sleep and the call on Monday. Follow up in a week.", set()),
        ("Offered EAP and the crisis line.", set()),
    ],
)
def test_identifying_text_is_found(text, expected):
    assert kinds(text) == expected


@given(st.text(max_size=3000))
def test_hostile_notes_give_an_error_or_pass(text):
    errors = validate(draft(private_note=text), TODAY)
    assert set(errors) <= {"private_note"}
    kinds(text)  # the scan never raises


@given(st.text(alphabet=st.characters(categories=["Lu", "Ll", "Nd", "Zs", "Po", "So", "Cf"]),
               max_size=500))
def test_scan_handles_rtl_emoji_and_format_characters(text):
    for found in kinds(text + " \u202eevil\u202c 😀"):
        assert isinstance(found, FindingKind)
