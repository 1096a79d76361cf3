"""Switching a member off takes their key away, as removal does; switching on gives it back.

Checked below the app, with the member's own slot and passphrase: derive, unwrap, open every
grant, and try each key on the database with sqlcipher3 directly.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import sqlcipher3

from crash_support import REKEY_CRASH_POINTS, Crash, crash_rekey_at
from peerdesk.domain.errors import AccountDisabled, DiskFull
from peerdesk.domain.members import Role
from peerdesk.services import team
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, crypto, database, keyslots, member_repo
from peerdesk.storage.vault import Vault
from team_support import COORD_PASS, MEMBER_PASS, add, new_workspace


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


def keys_of(folder: Path, name: str, passphrase: str) -> list[bytes]:
    """Every data key the member's own slot gives with their passphrase."""
    slots = keyslots.KeySlotFile.load(folder)
    slot = slots.slot_for_name(name)
    assert slot is not None
    assert slot.kdf is not None
    wrapping = crypto.derive_passphrase_key(passphrase, slot.salt, slot.kdf)
    private = keyslots.unwrap_private(slot, slots.vault_id, wrapping)
    return keyslots.open_grants(slot, slots.vault_id, private)


def private_of(folder: Path, name: str, passphrase: str) -> bytes:
    slots = keyslots.KeySlotFile.load(folder)
    slot = slots.slot_for_name(name)
    assert slot is not None
    assert slot.kdf is not None
    wrapping = crypto.derive_passphrase_key(passphrase, slot.salt, slot.kdf)
    return keyslots.unwrap_private(slot, slots.vault_id, wrapping)


def reads_contacts(folder: Path, key: bytes) -> bool:
    conn = sqlcipher3.connect(str(folder / "peerdesk.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM members").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def no_grant_opens_for(folder: Path, private: bytes) -> bool:
    """No grant anywhere in the file opens with this private key, under any slot's binding."""
    slots = keyslots.KeySlotFile.load(folder)
    for slot in slots.slots:
        info = slot.associated_data(slots.vault_id, "grant")
        for grant in slot.grants:
            try:
                crypto.open_sealed(grant, private, info)
            except crypto.DecryptionFailed:
                continue
            return False
    return True


def test_switched_off_member_opens_nothing_and_switched_on_opens_again(vault_dir: Path) -> None:
    ws = new_workspace(vault_dir)
    sam = add(ws, "Sam", Role.SUPPORTER)
    sam_keys = keys_of(vault_dir, "Sam", MEMBER_PASS)
    assert len(sam_keys) == 1
    assert reads_contacts(vault_dir, sam_keys[0])

    team.set_disabled(ws, sam, True)
    assert ws.vault.check().ok
    ws.lock()

    # Sam's slot is still there and his passphrase still unwraps his key...
    private = private_of(vault_dir, "Sam", MEMBER_PASS)
    # ...but it holds no grant, no grant of anyone else opens with it, and the key he had
    # before no longer opens the database (it was re-keyed).
    assert keys_of(vault_dir, "Sam", MEMBER_PASS) == []
    assert no_grant_opens_for(vault_dir, private)
    assert not reads_contacts(vault_dir, sam_keys[0])
    with pytest.raises(AccountDisabled):
        Vault.unlock(vault_dir, "Sam", MEMBER_PASS)

    ws = Workspace.unlock(vault_dir, "Casey", COORD_PASS)
    team.set_disabled(ws, sam, False)
    ws.lock()
    keys = keys_of(vault_dir, "Sam", MEMBER_PASS)
    assert len(keys) == 1
    assert reads_contacts(vault_dir, keys[0])
    assert private_of(vault_dir, "Sam", MEMBER_PASS) == private  # same key pair: notes stay his
    again = Vault.unlock(vault_dir, "Sam", MEMBER_PASS)
    try:
        assert again.check().ok
    finally:
        again.lock()


def test_switch_off_is_audited_and_keeps_everyone_else(vault_dir: Path) -> None:
    ws = new_workspace(vault_dir)
    sam = add(ws, "Sam", Role.SUPPORTER)
    add(ws, "Jo", Role.SUPPORTER)
    team.set_disabled(ws, sam, True)
    actions = [e.action for e in audit.entries(ws.vault.conn)]
    assert actions[0] == "member_disabled"
    ws.lock()
    assert reads_contacts(vault_dir, keys_of(vault_dir, "Jo", MEMBER_PASS)[0])
    Vault.unlock(vault_dir, "Jo", MEMBER_PASS).lock()
    Vault.unlock(vault_dir, "Casey", COORD_PASS).lock()


def test_a_reset_passphrase_gives_a_switched_off_member_no_key(vault_dir: Path) -> None:
    ws = new_workspace(vault_dir)
    sam = add(ws, "Sam", Role.SUPPORTER)
    team.set_disabled(ws, sam, True)
    team.reset_passphrase(ws, sam, "temporary walnut glacier 7",
                          kdf=crypto.KdfParams.weak_for_tests())
    ws.lock()
    assert keys_of(vault_dir, "Sam", "temporary walnut glacier 7") == []


def test_a_member_switched_off_before_revocation_existed_is_revoked_at_next_unlock(
    vault_dir: Path,
) -> None:
    # Earlier versions only marked the account row: the slot kept its grant.
    ws = new_workspace(vault_dir)
    sam = add(ws, "Sam", Role.SUPPORTER)
    member_repo.set_disabled(ws.vault.conn, sam, True)
    ws.lock()
    old_keys = keys_of(vault_dir, "Sam", MEMBER_PASS)
    assert len(old_keys) == 1
    assert reads_contacts(vault_dir, old_keys[0])

    Vault.unlock(vault_dir, "Casey", COORD_PASS).lock()
    assert keys_of(vault_dir, "Sam", MEMBER_PASS) == []
    assert not reads_contacts(vault_dir, old_keys[0])
    Vault.unlock(vault_dir, "Casey", COORD_PASS).lock()


def test_a_switched_off_members_own_unlock_changes_nothing(vault_dir: Path) -> None:
    ws = new_workspace(vault_dir)
    sam = add(ws, "Sam", Role.SUPPORTER)
    team.set_disabled(ws, sam, True)
    ws.lock()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(AccountDisabled) as info:
        Vault.unlock(vault_dir, "Sam", MEMBER_PASS)
    assert str(info.value) == "The account of Sam is disabled. Ask a coordinator."
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert after == before


# ----------------------------------------------------------------------------- interrupted




@pytest.mark.parametrize("point", list(REKEY_CRASH_POINTS))
def test_crash_while_switching_off_leaves_the_vault_consistent(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, point: str
) -> None:
    ws = new_workspace(vault_dir)
    sam = add(ws, "Sam", Role.SUPPORTER)
    add(ws, "Kim", Role.SUPPORTER)
    old_key = keys_of(vault_dir, "Sam", MEMBER_PASS)[0]
    with monkeypatch.context() as patch:
        crash_rekey_at(patch, point)
        with pytest.raises(Crash):
            team.set_disabled(ws, sam, True)
    ws.lock()

    # Everyone else gets in; the next unlock finishes the re-key and matches the slots to the
    # account state in the database.
    for name, passphrase in (("Casey", COORD_PASS), ("Kim", MEMBER_PASS)):
        again = Vault.unlock(vault_dir, name, passphrase)
        try:
            assert again.check().ok
            sam_off = next(m for m in member_repo.all_members(again.conn)
                           if m.user_id == sam).disabled
        finally:
            again.lock()
    slots = keyslots.KeySlotFile.load(vault_dir)
    assert all(len(s.grants) == (0 if s.user_id == sam and sam_off else 1) for s in slots.slots)
    if sam_off:
        assert keys_of(vault_dir, "Sam", MEMBER_PASS) == []
        assert not reads_contacts(vault_dir, old_key)
        with pytest.raises(AccountDisabled):
            Vault.unlock(vault_dir, "Sam", MEMBER_PASS)
    else:
        Vault.unlock(vault_dir, "Sam", MEMBER_PASS).lock()
    # Switching off (again, or for the first time) completes and revokes.
    ws = Workspace.unlock(vault_dir, "Casey", COORD_PASS)
    team.set_disabled(ws, sam, False)
    team.set_disabled(ws, sam, True)
    ws.lock()
    assert keys_of(vault_dir, "Sam", MEMBER_PASS) == []
    assert not reads_contacts(vault_dir, old_key)


def test_switching_off_on_a_full_disk_changes_nothing(vault_dir: Path) -> None:
    ws = new_workspace(vault_dir)
    sam = add(ws, "Sam", Role.SUPPORTER)
    conn = ws.vault.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    for pad in (1000, 100, 0):
        with contextlib.suppress(DiskFull):
            for _ in range(500):
                with database.transaction(conn):
                    audit.append(conn, ws.vault.user_id, "test_filler", pad="x" * pad)
    slots_before = (vault_dir / "keyslots.json").read_bytes()
    with pytest.raises(DiskFull):
        team.set_disabled(ws, sam, True)
    assert (vault_dir / "keyslots.json").read_bytes() == slots_before
    member = member_repo.get(conn, sam)
    assert member is not None
    assert not member.disabled
    ws.lock()
    Vault.unlock(vault_dir, "Sam", MEMBER_PASS).lock()
