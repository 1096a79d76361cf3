"""The contact log through its service: ownership, notes, episodes, follow-ups, quarters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contact_support import TODAY, draft
from peerdesk.domain.contacts import ContactFilter
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.members import Role
from peerdesk.domain.vocab import Format, MemberGroup, Topic
from peerdesk.services import audit_log, contacts, policy
from peerdesk.services.workspace import Workspace
from team_support import COORD_PASS, add, new_workspace, sign_in_changed

PASS_A = "cobalt meadow river lantern"
PASS_B = "saffron glacier orbit pine"


@pytest.fixture(scope="module")
def team(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("contacts") / "vault"
    ws = new_workspace(folder)
    add(ws, "Ari", Role.SUPPORTER)
    add(ws, "Bo", Role.SUPPORTER)
    add(ws, "Kim", Role.COORDINATOR)
    policy.update_settings(ws, idle_lock_minutes=5, private_notes_enabled=True,
                           notes_expiry_days=30, suppression_threshold=5)
    ws.lock()
    sign_in_changed(folder, "Ari", PASS_A).lock()
    sign_in_changed(folder, "Bo", PASS_B).lock()
    sign_in_changed(folder, "Kim", PASS_B).lock()
    return folder


@pytest.fixture
def ari(team):
    ws = Workspace.unlock(team, "Ari", PASS_A)
    yield ws
    ws.lock()


def test_save_and_read_back(ari):
    contact_id = contacts.save_new(ari, draft(private_note="Slept badly since the fire."), TODAY)
    contact, unreadable = contacts.get(ari, contact_id)
    assert not unreadable
    assert contact.draft.private_note == "Slept badly since the fire."
    assert contact.draft.topics == {Topic.WORK_STRESS}
    assert contact.reporting_quarter == "2026-Q4"
    assert contact.episode_id == contact_id


def test_another_supporter_cannot_read_even_by_id(team, ari):
    contact_id = contacts.save_new(ari, draft(), TODAY)
    ari.lock()
    bo = Workspace.unlock(team, "Bo", PASS_B)
    try:
        for call in (contacts.get, contacts.delete, contacts.dismiss_follow_up):
            with pytest.raises(NotFound):
                call(bo, contact_id)
        with pytest.raises(NotFound):
            contacts.update(bo, contact_id, draft())
        assert contact_id not in [row.id for row in contacts.page(bo, limit=10_000)]
        with pytest.raises(ValidationError) as err:
            contacts.save_new(bo, draft(follow_up_of=contact_id), TODAY)
        assert "follow_up_of" in err.value.field_errors
    finally:
        bo.lock()


def test_a_coordinator_cannot_read_contacts_at_all(team, ari):
    contact_id = contacts.save_new(ari, draft(), TODAY)
    ari.lock()
    coordinator = Workspace.unlock(team, "Kim", PASS_B)  # a coordinator only
    try:
        with pytest.raises(PermissionDenied):
            contacts.get(coordinator, contact_id)
        with pytest.raises(PermissionDenied):
            contacts.page(coordinator)
        with pytest.raises(PermissionDenied):
            contacts.save_new(coordinator, draft(), TODAY)
        with pytest.raises(PermissionDenied):
            contacts.follow_ups(coordinator, TODAY)
    finally:
        coordinator.lock()


def test_private_note_is_ciphertext_under_the_data_key(ari):
    secret = "UniqueNoteMarker-7731"
    contact_id = contacts.save_new(ari, draft(private_note=secret), TODAY)
    # The data key opens the database; the note inside is still sealed with Ari's personal key.
    (blob,) = ari.vault.conn.execute(
        "SELECT ciphertext FROM contact_notes WHERE contact_id = ?", (contact_id,)
    ).fetchone()
    assert secret.encode() not in bytes(blob)
    assert secret.encode("utf-16-le") not in bytes(blob)
    conn = ari.vault.conn
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in conn.execute(f"SELECT * FROM {table}"):
            assert secret not in repr(row), table


def test_notes_expire_and_are_purged_on_unlock(team):
    ws = Workspace.unlock(team, "Ari", PASS_A)
    old_day = date.today() - timedelta(days=40)
    contact_id = contacts.save_new(ws, draft(occurred_on=old_day, private_note="old note"),
                                   old_day)
    assert contacts.get(ws, contact_id)[0].draft.private_note == "old note"
    ws.lock()
    ws = Workspace.unlock(team, "Ari", PASS_A)
    contact, unreadable = contacts.get(ws, contact_id)
    assert contact.draft.private_note == ""
    assert not contact.has_note
    assert not unreadable
    ws.lock()


def test_notes_refused_when_policy_turns_them_off(tmp_path):
    ws = new_workspace(tmp_path / "v")
    policy.update_settings(ws, idle_lock_minutes=5, private_notes_enabled=False,
                           notes_expiry_days=30, suppression_threshold=5)
    # The first coordinator is also a supporter (they may log contacts).
    with pytest.raises(ValidationError) as err:
        contacts.save_new(ws, draft(private_note="hello"), TODAY)
    assert err.value.field_errors == {
        "private_note": "Private notes are turned off by the program's policy."
    }
    ws.lock()


def test_checklist_codes_must_belong_to_the_version(ari):
    with pytest.raises(ValidationError) as err:
        contacts.save_new(ari, draft(checklist_ticked=frozenset({"made_up"})), TODAY)
    assert "checklist" in err.value.field_errors
    with pytest.raises(ValidationError):
        contacts.save_new(ari, draft(checklist_version=99), TODAY)


def test_follow_up_links_the_episode_and_closes_the_reminder(ari):
    first = contacts.save_new(ari, draft(follow_up_due=date(2026, 11, 19)), TODAY)
    due = [f.contact_id for f in contacts.follow_ups(ari, TODAY)]
    assert first in due
    next_draft = contacts.follow_up_draft(ari, first, TODAY)
    assert next_draft.follow_up_of == first
    second = contacts.save_new(ari, next_draft, TODAY)
    assert contacts.get(ari, second)[0].episode_id == first
    third = contacts.save_new(ari, contacts.follow_up_draft(ari, second, TODAY), TODAY)
    assert contacts.get(ari, third)[0].episode_id == first
    assert first not in [f.contact_id for f in contacts.follow_ups(ari, TODAY)]


def test_dismissed_follow_up_leaves_the_list(ari):
    cid = contacts.save_new(ari, draft(follow_up_due=TODAY), TODAY)
    assert cid in [f.contact_id for f in contacts.follow_ups(ari, TODAY)]
    contacts.dismiss_follow_up(ari, cid)
    assert cid not in [f.contact_id for f in contacts.follow_ups(ari, TODAY)]


def test_contact_for_a_frozen_quarter_counts_in_the_next_open_one(ari):
    ari.vault.conn.execute(
        "INSERT OR IGNORE INTO frozen_quarters (quarter, frozen_at) VALUES ('2026-Q3', 'x')"
    )
    cid = contacts.save_new(ari, draft(occurred_on=date(2026, 9, 2)), TODAY)
    assert contacts.get(ari, cid)[0].reporting_quarter == "2026-Q4"
    # Editing never moves a contact between quarters.
    contacts.update(ari, cid, draft(occurred_on=date(2026, 9, 3)), TODAY)
    assert contacts.get(ari, cid)[0].reporting_quarter == "2026-Q4"


def test_list_filters_and_paging(tmp_path):
    ws = new_workspace(tmp_path / "v")
    days = [date(2026, 10, d) for d in range(1, 21)]
    for i, day in enumerate(days):
        contacts.save_new(ws, draft(
            occurred_on=day,
            member_group=MemberGroup.POLICE if i % 2 else MemberGroup.EMS,
            topics=frozenset({Topic.GRIEF_LOSS if i % 3 == 0 else Topic.WORK_STRESS}),
            format=Format.SMALL_GROUP if i % 5 == 0 else Format.ONE_TO_ONE,
            group_size=4 if i % 5 == 0 else None,
        ), TODAY)
    first = contacts.page(ws, limit=7)
    assert [r.occurred_on for r in first] == sorted(days, reverse=True)[:7]
    rest = contacts.page(ws, after=(first[-1].occurred_on, first[-1].id), limit=100)
    assert len(first) + len(rest) == 20
    police = ContactFilter(member_group=MemberGroup.POLICE)
    assert contacts.count(ws, police) == 10
    assert all(r.member_group is MemberGroup.POLICE for r in contacts.page(ws, police))
    grief = ContactFilter(topic=Topic.GRIEF_LOSS)
    assert contacts.count(ws, grief) == 7
    groups = ContactFilter(format=Format.SMALL_GROUP, date_from=date(2026, 10, 6))
    assert [r.occurred_on.day for r in contacts.page(ws, groups)] == [16, 11, 6]
    ws.lock()


def test_delete_is_audited_without_content(ari):
    cid = contacts.save_new(ari, draft(private_note="to be deleted"), TODAY)
    contacts.delete(ari, cid)
    with pytest.raises(NotFound):
        contacts.get(ari, cid)
    assert ari.vault.conn.execute(
        "SELECT count(*) FROM contact_notes WHERE contact_id = ?", (cid,)
    ).fetchone()[0] == 0
    ari.lock()


def test_note_unreadable_after_passphrase_reset(team):
    ws = Workspace.unlock(team, "Bo", PASS_B)
    cid = contacts.save_new(ws, draft(private_note="before reset"), TODAY)
    ws.lock()
    coordinator = Workspace.unlock(team, "Casey", COORD_PASS)
    bo = next(m for m in coordinator.vault.conn.execute("SELECT user_id FROM members "
                                                         "WHERE name = 'Bo'"))[0]
    from peerdesk.services import team as team_service

    team_service.reset_passphrase(coordinator, bo, "temporary walnut glacier 7")
    coordinator.lock()
    ws = Workspace.unlock(team, "Bo", "temporary walnut glacier 7")
    ws.change_own_passphrase("temporary walnut glacier 7", PASS_B, PASS_B)
    contact, unreadable = contacts.get(ws, cid)
    assert unreadable
    assert contact.draft.topics == {Topic.WORK_STRESS}, "the structured log is never lost"
    ws.lock()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(max_size=2500))
def test_hostile_notes_save_cleanly_or_give_a_field_error(ari, note):
    errors = contacts.check(ari, draft(private_note=note), TODAY)
    if errors:
        assert set(errors) == {"private_note"}
        with pytest.raises(ValidationError):
            contacts.save_new(ari, draft(private_note=note), TODAY)
        return
    cid = contacts.save_new(ari, draft(private_note=note), TODAY)
    assert contacts.get(ari, cid)[0].draft.private_note == note


def test_audit_chain_still_verifies(team):
    ws = Workspace.unlock(team, "Casey", COORD_PASS)
    assert audit_log.verify(ws).ok
    ws.lock()


def test_update_keeps_the_episode_link(ari):
    first = contacts.save_new(ari, draft(), TODAY)
    second = contacts.save_new(ari, contacts.follow_up_draft(ari, first, TODAY), TODAY)
    contacts.update(ari, second, replace(draft(), follow_up_of=None), TODAY)
    assert contacts.get(ari, second)[0].draft.follow_up_of == first


def test_follow_up_list_counts_all_and_lists_the_oldest(tmp_path):
    ws = new_workspace(tmp_path / "v")
    for day in range(1, 8):
        contacts.save_new(ws, draft(occurred_on=date(2026, 11, day),
                                    follow_up_due=date(2026, 11, day + 10)), TODAY)
    listing = contacts.follow_up_list(ws, TODAY, limit=3)  # due by 20 Nov: days 1..7 -> 11..17
    assert (listing.due, listing.overdue) == (7, 7)
    assert [f.due.day for f in listing.items] == [11, 12, 13]
    assert listing.truncated
    on_the_day = contacts.follow_up_list(ws, date(2026, 11, 17))
    assert (on_the_day.due, on_the_day.overdue) == (7, 6)
    assert not on_the_day.truncated
    ws.lock()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.text(st.characters(categories=("L", "N", "P", "Zs")), max_size=20),
       half=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
       after=st.text(st.characters(categories=("L", "N", "P", "Zs")), max_size=20))
def test_half_a_character_in_a_note_is_a_field_error(ari, before, half, after):
    note = before + half + after
    with pytest.raises(ValidationError) as info:
        contacts.save_new(ari, draft(private_note=note), TODAY)
    assert info.value.field_errors == {
        "private_note": "The note contains unreadable characters; retype it."}


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(big=st.one_of(st.integers(min_value=2**63, max_value=2**80),
                     st.integers(max_value=0)))
def test_identifiers_beyond_sqlite_integers_are_not_found(ari, big):
    with pytest.raises(ValidationError) as info:
        contacts.save_new(ari, draft(follow_up_of=big, checklist_version=big), TODAY)
    assert info.value.field_errors == {
        "follow_up_of": "The contact this follows up was not found.",
        "checklist": "This checklist version does not exist.",
    }
    for use in (contacts.get, contacts.delete, contacts.dismiss_follow_up):
        with pytest.raises(NotFound):
            use(ari, big)
    with pytest.raises(NotFound):
        contacts.update(ari, big, draft(), TODAY)
