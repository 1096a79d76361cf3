"""Program policy: defaults, limits, checklist versions, auditing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.policy import DEFAULT_CHECKLIST, validate_settings
from peerdesk.services import audit_log, policy
from team_support import new_workspace


@pytest.fixture
def ws(tmp_path: Path):
    workspace = new_workspace(tmp_path / "vault")
    yield workspace
    workspace.lock()


def test_defaults(ws):
    current = policy.current(ws)
    assert current.idle_lock_minutes == 5
    assert current.private_notes_enabled is False
    assert current.notes_expiry_days == 30
    assert current.suppression_threshold == 5
    assert current.checklist.version == 1
    assert current.checklist.items == DEFAULT_CHECKLIST


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("idle_lock_minutes", 0, "1–60 minutes"),
        ("idle_lock_minutes", 61, "1–60 minutes"),
        ("notes_expiry_days", 0, "1–365 days"),
        ("suppression_threshold", 2, "3–50 contacts"),
    ],
)
def test_out_of_range_values_give_field_errors_and_change_nothing(ws, field, value, message):
    values = {
        "idle_lock_minutes": 5, "private_notes_enabled": False,
        "notes_expiry_days": 30, "suppression_threshold": 5,
    }
    values[field] = value
    with pytest.raises(ValidationError) as err:
        policy.update_settings(ws, **values)
    assert err.value.field_errors == {field: f"Enter {message}."}
    assert policy.current(ws).idle_lock_minutes == 5
    assert audit_log.entries(ws)[0].action != "policy_changed"


def test_change_is_stored_and_audited_with_the_changed_values_only(ws, tmp_path):
    policy.update_settings(
        ws, idle_lock_minutes=12, private_notes_enabled=True, notes_expiry_days=30,
        suppression_threshold=7,
    )
    entry = audit_log.entries(ws)[0]
    assert entry.action == "policy_changed"
    assert entry.detail == {
        "idle_lock_minutes": 12, "private_notes_enabled": True, "suppression_threshold": 7
    }
    current = policy.current(ws)
    assert (current.idle_lock_minutes, current.private_notes_enabled) == (12, True)


def test_checklist_versions_keep_codes(ws):
    texts = [item.text for item in DEFAULT_CHECKLIST]
    texts[1:2] = []  # drop one item
    texts.append("I told the member how to reach me again.")
    updated = policy.update_checklist(ws, texts)
    assert updated.checklist.version == 2
    codes = [item.code for item in updated.checklist.items]
    assert codes[0] == "confidentiality_explained"
    assert "stayed_in_role" not in codes
    assert codes[-1].startswith("custom_")
    # Saving the same list again makes no new version.
    assert policy.update_checklist(ws, texts).checklist.version == 2
    # Re-adding the dropped text brings back its code? No: codes are never reused for new text.
    again = policy.update_checklist(ws, [*texts, "Another new item"])
    assert again.checklist.version == 3
    assert len({i.code for i in again.checklist.items}) == len(again.checklist.items)
    assert audit_log.entries(ws)[0].action == "checklist_changed"


def test_checklist_validation(ws):
    with pytest.raises(ValidationError) as err:
        policy.update_checklist(ws, ["", "  "])
    assert "checklist" in err.value.field_errors
    with pytest.raises(ValidationError) as err:
        policy.update_checklist(ws, ["Same", "same"])
    assert err.value.field_errors == {"item_2": "This item is already in the list."}


@given(st.one_of(st.integers(), st.none(), st.text(), st.floats(), st.booleans()))
def test_validation_never_crashes_on_hostile_values(value):
    errors = validate_settings(value, value, value)
    valid_int = isinstance(value, int) and not isinstance(value, bool)
    if not valid_int:
        assert set(errors) == {"idle_lock_minutes", "notes_expiry_days", "suppression_threshold"}
