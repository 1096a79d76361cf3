"""Removing members (re-key), crash safety, and a full disk.

Which member may go (the last coordinator stays) is the services' rule:
``tests/unit/services/test_team.py``.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from crash_support import REKEY_CRASH_POINTS, Crash, crash_rekey_at
from peerdesk.domain.errors import (
    DiskFull,
    NotFound,
    PermissionDenied,
    UnknownUser,
    VaultDamaged,
)
from peerdesk.domain.members import Role
from peerdesk.storage import audit, crypto, database, keyslots, member_repo
from peerdesk.storage.vault import Vault

WEAK = crypto.KdfParams.weak_for_tests()
DISK_FULL = "The disk is full; nothing was changed. Free some space and try again."


def data_keys_from(slot_file: bytes, name: str, passphrase: str) -> list[bytes]:
    """Every data key a member's own slot gives, from a copy of the key-slot file."""
    slots = keyslots.KeySlotFile.from_bytes(slot_file)
    slot = slots.slot_for_name(name)
    assert slot is not None
    assert slot.kdf is not None
    wrapping = crypto.derive_passphrase_key(passphrase, slot.salt, slot.kdf)
    private = keyslots.unwrap_private(slot, slots.vault_id, wrapping)
    return keyslots.open_grants(slot, slots.vault_id, private)


def opens_with(db: Path, key: bytes) -> bool:
    conn = sqlcipher3.connect(str(db))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


@contextlib.contextmanager
def signed_in(folder: Path, name: str, passphrase: str) -> Iterator[Vault]:
    vault = Vault.unlock(folder, name, passphrase)
    try:
        yield vault
    finally:
        vault.lock()


# ----------------------------------------------------------------------------- removal


def test_removed_member_passphrase_and_data_key_open_nothing(team: Any, tmp_path: Path) -> None:
    db = team.folder / "peerdesk.db"
    old_slot_file = (team.folder / "keyslots.json").read_bytes()
    sams_keys = data_keys_from(old_slot_file, "Sam", team.supporter_pass)
    assert len(sams_keys) == 1
    assert opens_with(db, sams_keys[0])  # the captured key is the real one

    with signed_in(team.folder, "Alex", team.coordinator_pass) as vault:
        vault.remove_member(team.supporter_id)
        assert member_repo.get(vault.conn, team.supporter_id) is None
        assert vault.slot_names() == ["Alex"]
        entry = audit.entries(vault.conn)[0]
        assert (entry.action, entry.detail) == ("member_removed", {"target": team.supporter_id})
        assert vault.check().ok

    with pytest.raises(UnknownUser) as info:
        Vault.unlock(team.folder, "Sam", team.supporter_pass)
    assert str(info.value) == "There is no member called Sam in this vault."
    assert not opens_with(db, sams_keys[0])
    for name in os.listdir(team.folder):
        wal = name.startswith(("peerdesk.db-wal", "peerdesk.db-shm"))
        assert not wal, "no WAL under the old key may remain"

    # Sam keeps a copy of the old key-slot file: his slot still unwraps, its grant gives the
    # old data key, and that key no longer opens the database.
    (team.folder / "keyslots.json").write_bytes(old_slot_file)
    with pytest.raises(VaultDamaged) as damaged:
        Vault.unlock(team.folder, "Sam", team.supporter_pass)
    assert damaged.value.params == {"detail": "file is not a database"}


def test_remaining_members_and_recovery_still_open_after_removal(team: Any) -> None:
    with signed_in(team.folder, "Alex", team.coordinator_pass) as vault:
        kim = vault.add_member("Kim", "kim pw", frozenset({Role.SUPPORTER}), kdf=WEAK)
        vault.remove_member(team.supporter_id)
        vault.remove_member(kim.user_id)
        kept_key = vault.personal_key
    with signed_in(team.folder, "Alex", team.coordinator_pass) as vault:
        assert vault.personal_key == kept_key
        assert vault.check().ok
        assert [m.name for m in member_repo.all_members(vault.conn)] == ["Alex"]
    Vault.unlock_with_recovery(team.folder, team.recovery_text).lock()
    slots = keyslots.KeySlotFile.load(team.folder)
    assert all(len(s.grants) == 1 for s in slots.slots)


def test_cannot_remove_yourself_or_nobody(team: Any, snapshot: Any) -> None:
    before = snapshot(team.folder)
    with signed_in(team.folder, "Alex", team.coordinator_pass) as vault:
        with pytest.raises(PermissionDenied):
            vault.remove_member(team.coordinator_id)
        with pytest.raises(NotFound):
            vault.remove_member("no-such-user")
    assert snapshot(team.folder) == before


# ----------------------------------------------------------------------------- crash safety




@pytest.mark.parametrize("point", list(REKEY_CRASH_POINTS))
def test_crash_during_remove_member_leaves_an_openable_vault(
    team: Any, monkeypatch: pytest.MonkeyPatch, point: str
) -> None:
    with signed_in(team.folder, "Alex", team.coordinator_pass) as vault:
        kim = vault.add_member("Kim", "kim pw", frozenset({Role.SUPPORTER}), kdf=WEAK)
    old_key = data_keys_from((team.folder / "keyslots.json").read_bytes(), "Alex",
                             team.coordinator_pass)[-1]
    vault = Vault.unlock(team.folder, "Alex", team.coordinator_pass)
    with monkeypatch.context() as patch:
        crash_rekey_at(patch, point)
        with pytest.raises(Crash):
            vault.remove_member(team.supporter_id)
    vault.lock()

    # Everyone who remains still gets in, and the vault is whole.
    for name, passphrase in (("Alex", team.coordinator_pass), ("Kim", "kim pw")):
        with signed_in(team.folder, name, passphrase) as again:
            assert again.check().ok
    Vault.unlock_with_recovery(team.folder, team.recovery_text).lock()

    # Finishing the removal afterwards works and leaves the old key useless.
    with signed_in(team.folder, "Alex", team.coordinator_pass) as again:
        # An interrupted re-key was finished by this unlock: one grant per slot again.
        assert all(len(s.grants) == 1 for s in keyslots.KeySlotFile.load(team.folder).slots)
        if member_repo.get(again.conn, team.supporter_id) is not None:
            again.remove_member(team.supporter_id)
        assert member_repo.get(again.conn, kim.user_id) is not None
    with pytest.raises(UnknownUser):
        Vault.unlock(team.folder, "Sam", team.supporter_pass)
    assert not opens_with(team.folder / "peerdesk.db", old_key)
    with signed_in(team.folder, "Kim", "kim pw") as again:
        assert again.check().ok


# ----------------------------------------------------------------------------- full disk


def _fill_to_the_limit(vault: Vault) -> None:
    """Cap the database at its current size and fill the audit log's last page."""
    conn = vault.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    for pad in (1000, 100, 0):
        with contextlib.suppress(DiskFull):
            for _ in range(500):
                with database.transaction(conn):
                    audit.append(conn, vault.user_id, "test_filler", pad="x" * pad)
            pytest.fail("the page limit was never reached")


def _capped(vault: Vault) -> None:
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    vault.conn.execute(f"PRAGMA max_page_count = {pages}")


@pytest.fixture
def full_team(team: Any) -> Any:
    with signed_in(team.folder, "Alex", team.coordinator_pass) as vault:
        _fill_to_the_limit(vault)
    return team


FULL_DISK_WRITES: dict[str, Callable[[Vault, Any], object]] = {
    "audit-append": lambda v, t: _append(v),
    "add-member": lambda v, t: v.add_member("Kim", "pw", frozenset({Role.SUPPORTER}), kdf=WEAK),
    "change-passphrase": lambda v, t: v.change_passphrase(t.coordinator_pass, "new", kdf=WEAK),
    "set-passphrase": lambda v, t: v.set_passphrase(t.supporter_id, "new", must_change=True,
                                                    kdf=WEAK),
    "remove-member": lambda v, t: v.remove_member(t.supporter_id),
}


def _append(vault: Vault) -> None:
    with database.transaction(vault.conn):
        audit.append(vault.conn, vault.user_id, "test_write", note="x" * 50)


@pytest.mark.parametrize("write", list(FULL_DISK_WRITES))
def test_full_database_raises_disk_full_and_changes_nothing(
    full_team: Any, snapshot: Any, write: str
) -> None:
    team = full_team
    before = snapshot(team.folder)
    with signed_in(team.folder, "Alex", team.coordinator_pass) as vault:
        entries = vault.check().audit_entries
        _capped(vault)
        with pytest.raises(DiskFull) as info:
            FULL_DISK_WRITES[write](vault, team)
        assert str(info.value) == DISK_FULL
        # The connection is still usable: reads work and the vault is whole.
        report = vault.check()
        assert report.ok
        assert report.audit_entries == entries
        assert not vault.conn.in_transaction
    assert snapshot(team.folder) == before
    # Everyone signs in as before, and the same write succeeds once there is room.
    Vault.unlock(team.folder, "Sam", team.supporter_pass).lock()
    with signed_in(team.folder, "Alex", team.coordinator_pass) as vault:
        FULL_DISK_WRITES[write](vault, team)
        assert vault.check().ok


def _enospc(*_args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("write", ["add-member", "change-passphrase", "set-passphrase",
                                   "remove-member"])
def test_full_disk_while_writing_key_slots_changes_nothing(
    team: Any, snapshot: Any, monkeypatch: pytest.MonkeyPatch, write: str
) -> None:
    before = snapshot(team.folder)
    with signed_in(team.folder, "Alex", team.coordinator_pass) as vault:
        entries = vault.check().audit_entries
        with monkeypatch.context() as patch:
            patch.setattr(os, "fsync", _enospc)
            with pytest.raises(DiskFull) as info:
                FULL_DISK_WRITES[write](vault, team)
        assert str(info.value) == DISK_FULL
        assert vault.check().audit_entries == entries
        assert not list(team.folder.glob(".*tmp*"))
    assert snapshot(team.folder) == before
    Vault.unlock(team.folder, "Alex", team.coordinator_pass).lock()
    Vault.unlock(team.folder, "Sam", team.supporter_pass).lock()
