"""A contact's date: from a year back up to today; an older contact keeps its date when edited."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contact_support import TODAY, draft
from peerdesk.domain.contacts import TOO_OLD, earliest_contact_date, occurred_on_error, validate
from peerdesk.domain.errors import ValidationError
from peerdesk.services import contacts
from peerdesk.storage import contact_repo
from team_support import new_workspace


def test_a_year_back_is_the_limit():
    assert earliest_contact_date(date(2026, 11, 20)) == date(2025, 11, 20)
    assert earliest_contact_date(date(2028, 2, 29)) == date(2027, 2, 28)
    assert occurred_on_error(date(2025, 11, 20), TODAY) is None
    assert occurred_on_error(TODAY, TODAY) is None
    assert occurred_on_error(date(2025, 11, 19), TODAY) == TOO_OLD
    assert occurred_on_error(date(1899, 1, 1), TODAY) == TOO_OLD
    assert occurred_on_error(TODAY + timedelta(days=1), TODAY) == (
        "The date cannot be in the future.")


@given(st.dates(min_value=date(1753, 1, 1), max_value=date(9999, 12, 31)))
def test_every_date_is_either_accepted_or_refused_with_a_reason(day):
    error = validate(draft(occurred_on=day, follow_up_due=None), TODAY).get("occurred_on")
    assert (error is None) == (earliest_contact_date(TODAY) <= day <= TODAY)


def test_a_new_contact_from_1899_is_refused(tmp_path: Path):
    ws = new_workspace(tmp_path / "v")
    with pytest.raises(ValidationError) as refused:
        contacts.save_new(ws, draft(occurred_on=date(1899, 12, 31)), TODAY)
    assert refused.value.field_errors["occurred_on"] == TOO_OLD
    ws.lock()


def test_an_older_contact_keeps_its_date_when_edited_but_cannot_move_further_back(
        tmp_path: Path):
    ws = new_workspace(tmp_path / "v")
    old_day = date(2025, 6, 1)  # more than a year before TODAY
    cid = contacts.save_new(ws, draft(occurred_on=old_day, follow_up_due=None),
                            date(2025, 6, 2))
    contacts.update(ws, cid, draft(occurred_on=old_day, follow_up_due=None, duration_min=50),
                    TODAY)
    saved = contact_repo.get(ws.vault.conn, cid)
    assert saved is not None
    assert saved.draft.duration_min == 50
    with pytest.raises(ValidationError):
        contacts.update(ws, cid, draft(occurred_on=date(2025, 5, 31), follow_up_due=None),
                        TODAY)
    ws.lock()
