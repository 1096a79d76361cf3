"""Opening and closing a vault, passphrases, personal keys and recovery."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from peerdesk.domain.errors import (
    MemberExists,
    UnknownUser,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
)
from peerdesk.domain.members import Role
from peerdesk.services import team as team_service
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, crypto, database, member_repo
from peerdesk.storage.vault import Vault, inspect, remove_vault

WEAK = crypto.KdfParams.weak_for_tests()


def _meta(vault: Vault, key: str) -> str | None:
    row = vault.conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def test_create_gives_an_open_vault_and_a_recovery_key(tmp_path: Path) -> None:
    vault, recovery = Vault.create(tmp_path / "v", " Alex ", "pw", kdf=WEAK)
    try:
        assert len(recovery) == 16
        assert vault.is_open
        member = vault.member
        assert member is not None
        assert member.name == "Alex"
        assert member.roles == frozenset({Role.COORDINATOR, Role.SUPPORTER})
        assert not vault.training
        assert vault.check().ok
        assert [e.action for e in audit.entries(vault.conn)] == ["vault_created"]
    finally:
        vault.lock()
    files = sorted(p.name for p in (tmp_path / "v").iterdir())
    assert files == ["keyslots.json", "lock", "peerdesk.db", "peerdesk.db-commits"]


def test_create_refuses_an_existing_vault(team: Any, snapshot: Any) -> None:
    before = snapshot(team.folder)
    with pytest.raises(VaultExists) as info:
        Vault.create(team.folder, "Other", "pw", kdf=WEAK)
    assert str(info.value) == f"A PeerDesk vault already exists in {team.folder}."
    assert snapshot(team.folder) == before


def test_round_trip_through_lock_and_unlock(team: Any) -> None:
    vault = Vault.unlock(team.folder, "Alex", team.coordinator_pass)
    with database.transaction(vault.conn) as conn:
        conn.execute("INSERT INTO vault_meta (key, value) VALUES ('round-trip', 'kept')")
        seq = audit.append(conn, vault.user_id, "test_write", n=42)
    kim = vault.add_member("Kim", "kim pw", frozenset({Role.TRAINER}), kdf=WEAK)
    vault.lock()

    # Locked: no connection, no keys, nothing works.
    assert not vault.is_open
    with pytest.raises(RuntimeError, match="locked"):
        _ = vault.conn
    with pytest.raises(RuntimeError, match="locked"):
        _ = vault.personal_key
    with pytest.raises(RuntimeError, match="locked"):
        vault.add_member("Lee", "pw", frozenset({Role.SUPPORTER}), kdf=WEAK)
    with pytest.raises(RuntimeError, match="locked"):
        vault.check()
    with pytest.raises(RuntimeError, match="locked"):
        vault.backup(team.folder.parent / "b.zip")
    assert not (team.folder.parent / "b.zip").exists()
    vault.lock()  # a second lock is harmless

    again = Vault.unlock(team.folder, "alex", team.coordinator_pass)
    try:
        assert _meta(again, "round-trip") == "kept"
        entry = next(e for e in audit.entries(again.conn) if e.seq == seq)
        assert (entry.action, entry.detail) == ("test_write", {"n": 42})
        assert entry.user_id == again.user_id
        assert member_repo.get(again.conn, kim.user_id) == kim
        assert again.check().ok
    finally:
        again.lock()
    Vault.unlock(team.folder, "Kim", "kim pw").lock()


def test_lock_releases_the_vault_for_the_next_member(team: Any) -> None:
    for _ in range(3):
        Vault.unlock(team.folder, "Alex", team.coordinator_pass).lock()
        Vault.unlock(team.folder, "Sam", team.supporter_pass).lock()


def test_inspect_reads_names_and_kind_without_a_passphrase(team: Any, tmp_path: Path) -> None:
    info = inspect(team.folder)
    assert info.exists
    assert info.member_names == ("Alex", "Sam")
    assert not info.training
    assert not inspect(tmp_path / "nothing").exists
    training, _ = Vault.create(tmp_path / "t", "Trainer", "pw", training=True, kdf=WEAK)
    training.lock()
    assert inspect(tmp_path / "t").training
    again = Vault.unlock(tmp_path / "t", "Trainer", "pw")
    try:
        assert again.training
        assert _meta(again, "training") == "1"
    finally:
        again.lock()


def test_change_passphrase_keeps_the_personal_key(team: Any) -> None:
    vault = Vault.unlock(team.folder, "Sam", team.supporter_pass)
    try:
        before = vault.personal_key
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("not the old one", "new sam pw", kdf=WEAK)
        vault.change_passphrase(team.supporter_pass, "new sam pw", kdf=WEAK)
        assert vault.personal_key == before
        assert vault.member is not None
        assert not vault.member.must_change_passphrase
    finally:
        vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(team.folder, "Sam", team.supporter_pass)
    again = Vault.unlock(team.folder, "Sam", "new sam pw")
    try:
        assert again.personal_key == before
        assert audit.entries(again.conn)[0].action == "passphrase_changed"
    finally:
        again.lock()


def test_set_passphrase_changes_the_personal_key(team: Any) -> None:
    sam = Vault.unlock(team.folder, "Sam", team.supporter_pass)
    old_personal = sam.personal_key
    sam.lock()
    coordinator = Vault.unlock(team.folder, "Alex", team.coordinator_pass)
    try:
        own = coordinator.personal_key
        coordinator.set_passphrase(team.supporter_id, "reset pw", must_change=True, kdf=WEAK)
        assert coordinator.personal_key == own  # the coordinator's own key is untouched
    finally:
        coordinator.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(team.folder, "Sam", team.supporter_pass)
    sam = Vault.unlock(team.folder, "Sam", "reset pw")
    try:
        assert sam.personal_key != old_personal
        assert sam.member is not None
        assert sam.member.must_change_passphrase
    finally:
        sam.lock()


def test_recovery_then_new_passphrase_for_the_coordinator(team: Any) -> None:
    alex = Vault.unlock(team.folder, "Alex", team.coordinator_pass)
    old_personal = alex.personal_key
    alex.lock()

    recovered = Vault.unlock_with_recovery(team.folder, team.recovery_text.lower())
    try:
        assert recovered.is_recovery
        assert recovered.member is None
        assert recovered.user_id == "recovery"
        recovered.set_passphrase(team.coordinator_id, "alex new pw", must_change=True, kdf=WEAK)
    finally:
        recovered.lock()

    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(team.folder, "Alex", team.coordinator_pass)
    assert str(info.value) == "The passphrase is not right for Alex. Check Caps Lock and try again."
    alex = Vault.unlock(team.folder, "Alex", "alex new pw")
    try:
        assert alex.member is not None
        assert alex.member.must_change_passphrase
        assert alex.personal_key != old_personal
        reset = audit.entries(alex.conn)[0]
        assert reset.action == "passphrase_reset"
        assert reset.detail == {"target": team.coordinator_id, "via_recovery": True}
        assert alex.check().ok
    finally:
        alex.lock()
    # The recovery key keeps working, and the supporter was not touched.
    Vault.unlock_with_recovery(team.folder, team.recovery_text).lock()
    Vault.unlock(team.folder, "Sam", team.supporter_pass).lock()


def test_add_member_refuses_a_taken_name(team: Any) -> None:
    ws = Workspace.unlock(team.folder, "Alex", team.coordinator_pass)
    try:
        slots_before = (team.folder / "keyslots.json").read_bytes()
        with pytest.raises(MemberExists) as info:
            team_service.add_member(ws, " sAM ", "violet canyon river stone 42",
                                    [Role.SUPPORTER], kdf=WEAK)
        assert str(info.value) == "A member called sAM already exists."
        assert (team.folder / "keyslots.json").read_bytes() == slots_before
    finally:
        ws.lock()


def test_added_member_signs_in_and_a_removed_name_is_unknown(team: Any) -> None:
    vault = Vault.unlock(team.folder, "Alex", team.coordinator_pass)
    try:
        kim = vault.add_member("Kim", "kim pw", frozenset({Role.SUPPORTER}), kdf=WEAK)
        assert kim.must_change_passphrase
        assert vault.slot_names() == ["Alex", "Kim", "Sam"]
    finally:
        vault.lock()
    signed_in = Vault.unlock(team.folder, "KIM", "kim pw")
    try:
        assert signed_in.user_id == kim.user_id
    finally:
        signed_in.lock()
    with pytest.raises(UnknownUser):
        Vault.unlock(team.folder, "Kimberly", "kim pw")


def test_remove_vault_takes_only_the_vaults_own_files(team: Any) -> None:
    (team.folder / "notes.txt").write_text("the trainer's own file")
    (team.folder / "before-restore-20260101T000000").mkdir()
    (team.folder / "peerdesk.db.before-v3").write_bytes(b"a migration copy")
    vault = Vault.unlock(team.folder, "Alex", team.coordinator_pass)
    try:
        with pytest.raises(VaultInUse):
            remove_vault(team.folder)
    finally:
        vault.lock()
    assert inspect(team.folder).exists
    remove_vault(team.folder)
    assert not inspect(team.folder).exists
    assert sorted(p.name for p in team.folder.iterdir() if p.name != "lock") == ["notes.txt"]
    remove_vault(team.folder / "never-made")  # nothing to remove is no error
