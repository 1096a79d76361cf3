"""The program profile in the policy: the agencies the program covers, its reporting year."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.policy import MAX_AGENCIES, agency_lines
from peerdesk.services import audit_log, policy
from team_support import new_workspace


@pytest.fixture
def ws(tmp_path: Path):
    workspace = new_workspace(tmp_path / "vault")
    yield workspace
    workspace.lock()


def test_profile_defaults_to_no_agencies_and_a_calendar_year(ws):
    current = policy.current(ws)
    assert (current.agencies, current.year_start_month) == ((), 1)


def test_profile_is_stored_in_order_and_audited_without_the_names(ws):
    saved = policy.update_profile(ws, agencies=[" Metro Police ", "County Fire & Rescue"],
                                  year_start_month=4)
    assert saved.agencies == ("Metro Police", "County Fire & Rescue")
    assert saved.year_start_month == 4
    entry = audit_log.entries(ws)[0]
    assert entry.action == "policy_changed"
    assert entry.detail == {"agencies": 2, "year_start_month": 4}
    assert "Metro" not in str(entry.detail)
    policy.update_profile(ws, agencies=list(saved.agencies), year_start_month=4)
    assert audit_log.entries(ws)[0].seq == entry.seq  # nothing changed, nothing audited


@pytest.mark.parametrize(
    ("agencies", "month", "errors"),
    [
        (["A", "a "], 1, {"agencies": "An agency is in the list twice."}),
        (["x" * 81], 1, {"agencies": "Use at most 80 characters."}),
        ([f"Agency {n}" for n in range(MAX_AGENCIES + 1)], 1,
         {"agencies": f"List at most {MAX_AGENCIES} agencies."}),
        (["Tab\there"], 1, {"agencies": "Use one line of text."}),
        ([], 5, {"year_start_month": "Choose January, April, July or October: a reporting "
                                     "year is four quarters."}),
        ([], True, {"year_start_month": "Choose January, April, July or October: a reporting "
                                        "year is four quarters."}),
    ],
)
def test_bad_profile_gives_field_errors_and_changes_nothing(ws, agencies, month, errors):
    with pytest.raises(ValidationError) as err:
        policy.update_profile(ws, agencies=agencies, year_start_month=month)
    assert err.value.field_errors == errors
    assert policy.current(ws).agencies == ()


def test_agency_lines_drop_blanks_and_spaces():
    assert agency_lines(" Metro Police \n\n  County Fire\n") == ["Metro Police", "County Fire"]


def test_every_statistics_csv_carries_the_programs_name(tmp_path: Path):
    """The quarter's and the year's CSV say whose figures they are, in a _meta row, with the
    name as the policy holds it now (commas and quotes kept); the figures stay frozen."""
    from datetime import date

    from peerdesk.domain.quarters import Quarter
    from peerdesk.services.demo_data import make_demo_contacts
    from peerdesk.services.stats import release as stats
    from stats_attacker import parse

    training = new_workspace(tmp_path / "t", training=True)
    quarter = Quarter(2026, 2)
    make_demo_contacts(training, 40, seed=4, start=quarter.first_day, end=quarter.last_day)
    current = policy.current(training)
    name = 'Fire & Rescue, "Peers" <North>'
    policy.update_settings(training, idle_lock_minutes=current.idle_lock_minutes,
                           private_notes_enabled=False, notes_expiry_days=30,
                           suppression_threshold=current.suppression_threshold,
                           program_name=name)
    today = date(2026, 11, 20)
    first = stats.export(training, quarter, "csv", today=today).data
    year = stats.export_annual_csv(training, 2026)
    for data in (first, year):
        meta, cells, _ = parse(data)
        assert meta["program"] == name
        assert cells
    policy.update_settings(training, idle_lock_minutes=current.idle_lock_minutes,
                           private_notes_enabled=False, notes_expiry_days=30,
                           suppression_threshold=current.suppression_threshold,
                           program_name="Peer Team")
    again = stats.export(training, quarter, "csv", today=today).data
    assert parse(again)[0]["program"] == "Peer Team"
    assert parse(again)[1] == parse(first)[1]  # the figures are the frozen ones
    training.lock()
