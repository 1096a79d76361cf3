"""A member is told that someone else reset their passphrase, and how often it was used."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerdesk.domain.members import Role
from peerdesk.services import audit_log, team
from peerdesk.services.workspace import Workspace
from team_support import COORD_PASS, FAST, MEMBER_PASS, add, new_workspace, sign_in_changed

OWN = "cobalt meadow river lantern"
TEMPORARY = "temporary walnut glacier 7"
CHOSEN_BY_COORDINATOR = "quiet badger ferry nine"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    ws = new_workspace(path)
    add(ws, "Ari", Role.SUPPORTER)
    ws.lock()
    sign_in_changed(path, "Ari", OWN).lock()
    return path


def reset_ari(folder: Path, temporary: str = TEMPORARY) -> None:
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    ari = next(m for m in team.list_members(ws) if m.name == "Ari")
    team.reset_passphrase(ws, ari.user_id, temporary, kdf=FAST)
    ws.lock()


def test_a_reset_is_told_at_every_sign_in_until_the_member_uses_their_own(folder: Path):
    before = datetime.now(UTC).replace(microsecond=0)
    reset_ari(folder)
    # The coordinator, knowing the temporary passphrase, signs in as Ari and chooses one.
    first = Workspace.unlock(folder, "Ari", TEMPORARY)
    notice = first.reset_notice
    assert notice is not None
    assert [r.by for r in notice.resets] == ["Casey"]
    assert before <= notice.resets[0].at <= datetime.now(UTC)
    assert (notice.temporary_sign_ins, notice.temporary_now) == (0, True)
    first.lock()
    second = Workspace.unlock(folder, "Ari", TEMPORARY)
    assert second.reset_notice is not None
    assert second.reset_notice.temporary_sign_ins == 1
    second.change_own_passphrase(TEMPORARY, CHOSEN_BY_COORDINATOR, CHOSEN_BY_COORDINATOR)
    second.lock()
    # Ari, locked out, gets a second reset: both resets and both uses are told.
    reset_ari(folder, "another temporary phrase 8")
    third = Workspace.unlock(folder, "Ari", "another temporary phrase 8")
    assert third.reset_notice is not None
    assert [r.by for r in third.reset_notice.resets] == ["Casey", "Casey"]
    assert third.reset_notice.temporary_sign_ins == 2
    third.change_own_passphrase("another temporary phrase 8", OWN, OWN)
    third.lock()
    own = Workspace.unlock(folder, "Ari", OWN)
    assert own.reset_notice is not None, "told once more with the passphrase Ari chose"
    assert (own.reset_notice.temporary_sign_ins, own.reset_notice.temporary_now) == (3, False)
    own.lock()
    later = Workspace.unlock(folder, "Ari", OWN)
    assert later.reset_notice is None
    later.lock()


def test_the_audit_log_shows_the_reset_the_temporary_sign_ins_and_the_notice(folder: Path):
    reset_ari(folder)
    ws = Workspace.unlock(folder, "Ari", TEMPORARY)
    ws.change_own_passphrase(TEMPORARY, OWN, OWN)
    ws.lock()
    Workspace.unlock(folder, "Ari", OWN).lock()
    coordinator = Workspace.unlock(folder, "Casey", COORD_PASS)
    names = audit_log.member_names(coordinator)
    entries = list(reversed(audit_log.entries(coordinator)))
    assert audit_log.verify(coordinator).ok
    coordinator.lock()
    ari = next(uid for uid, name in names.items() if name == "Ari")
    casey = next(uid for uid, name in names.items() if name == "Casey")
    reset = next(i for i, e in enumerate(entries) if e.action == "passphrase_reset")
    assert (entries[reset].user_id, entries[reset].detail["target"]) == (casey, ari)
    after = [(e.user_id, e.action, e.detail) for e in entries[reset + 1:]
             if e.user_id == ari]
    assert after == [
        (ari, "signed_in", {"temporary_passphrase": True}),
        (ari, "passphrase_changed", {}),
        (ari, "locked", {}),
        (ari, "told_of_reset", {"count": 1, "temporary_sign_ins": 1}),
        (ari, "signed_in", {}),
        (ari, "locked", {}),
    ]


def test_no_notice_without_a_reset_or_for_a_coordinator_resetting_themselves(folder: Path):
    ws = Workspace.unlock(folder, "Ari", OWN)
    assert ws.reset_notice is None
    ws.lock()
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    team.reset_passphrase(ws, ws.member.user_id, TEMPORARY, kdf=FAST)
    ws.lock()
    again = Workspace.unlock(folder, "Casey", TEMPORARY)
    assert again.reset_notice is None
    again.lock()


def test_a_recovery_key_reset_is_told_to_the_coordinator(tmp_path: Path):
    folder = tmp_path / "vault"
    ws, key = Workspace.create(folder, "Casey", COORD_PASS, COORD_PASS, kdf=FAST)
    ws.lock()
    recovery = Workspace.recover(folder, key)
    casey = recovery.recovery_coordinators()[0]
    recovery.reset_with_recovery(casey.user_id, OWN, OWN)
    recovery.lock()
    signed_in = Workspace.unlock(folder, "Casey", OWN)
    assert signed_in.reset_notice is not None
    assert [r.by for r in signed_in.reset_notice.resets] == [None]
    assert not signed_in.reset_notice.temporary_now
    signed_in.lock()
    assert Workspace.unlock(folder, "Casey", OWN).reset_notice is None


def test_the_first_sign_in_of_a_new_member_is_audited_as_temporary(folder: Path):
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    add(ws, "Bo", Role.SUPPORTER)
    ws.lock()
    bo = Workspace.unlock(folder, "Bo", MEMBER_PASS)
    assert bo.reset_notice is None
    bo.lock()
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    first = next(e for e in audit_log.entries(ws) if e.action == "signed_in"
                 and e.user_id != ws.member.user_id)
    ws.lock()
    assert first.detail == {"temporary_passphrase": True}

