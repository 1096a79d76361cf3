"""Members and keys of an unlocked vault: passphrases, adding, removing, switching off and on.

Removing or switching off a member re-keys the database (ARCHITECTURE section 3): the crash-safe
order is stated in :func:`rekey`, and an unlock finishes a re-key it finds half done
(:func:`finish_rekey`). Which changes are allowed (the last coordinator, a name already
taken) is decided by the services before they call here; this module stores.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from peerdesk.domain.errors import NotFound, PermissionDenied, WrongPassphrase
from peerdesk.domain.members import Member, Role, normalize_member_name
from peerdesk.storage import audit, crypto, database, keyslots, member_repo
from peerdesk.storage.database import Connection
from peerdesk.storage.keyslots import (
    KeySlotFile,
    make_passphrase_slot,
    new_id,
    regrant,
    rewrap,
    unlock_passphrase_slot,
)
from peerdesk.storage.unlocked import UnlockedVault


def change_passphrase(
    vault: UnlockedVault, old: str, new: str, kdf: crypto.KdfParams | None = None
) -> None:
    """Re-wrap the signed-in member's private key under a new passphrase.

    The key pair stays the same, so private notes stay readable.
    """
    slot = vault.slot
    try:
        private, _ = unlock_passphrase_slot(slot, vault.vault_id, old)
    except crypto.DecryptionFailed as exc:
        raise WrongPassphrase(user=slot.name) from exc
    new_slot = make_passphrase_slot(
        vault.vault_id, slot.user_id, slot.name, new, [vault.data_key],
        kdf or crypto.default_kdf_params(), private, slot.slot_id,
    )
    with vault.slots_then_database(vault.slots.with_slot(new_slot)):
        vault.slot = new_slot
        with database.transaction(vault.conn):
            member_repo.set_must_change(vault.conn, vault.user_id, False)
            audit.append(vault.conn, vault.user_id, "passphrase_changed")


def set_passphrase(
    vault: UnlockedVault,
    user_id: str,
    new: str,
    *,
    must_change: bool,
    kdf: crypto.KdfParams | None = None,
) -> None:
    """Give ``user_id`` a new passphrase without the old one (reset or recovery).

    A new key pair is made: the member's old private notes become unreadable, which is
    the promise of ARCHITECTURE section 3 (a forgotten passphrase loses notes, never the log).
    A switched-off member's new slot gets no grant either.
    """
    old = vault.slots.slot_for_user(user_id)
    member = member_repo.get(vault.conn, user_id)
    if old is None or member is None:
        raise NotFound(what="member")
    new_slot = make_passphrase_slot(
        vault.vault_id, user_id, old.name, new, [] if old.switched_off else [vault.data_key],
        kdf or crypto.default_kdf_params(), None, old.slot_id,
    )
    with vault.slots_then_database(vault.slots.with_slot(new_slot)):
        if user_id == vault.user_id:
            vault.slot = new_slot
        with database.transaction(vault.conn):
            member_repo.set_must_change(vault.conn, user_id, must_change)
            audit.append(
                vault.conn, vault.user_id, "passphrase_reset",
                target=user_id, via_recovery=vault.is_recovery,
            )


def add_member(
    vault: UnlockedVault,
    name: str,
    passphrase: str,
    roles: frozenset[Role],
    *,
    must_change: bool = True,
    kdf: crypto.KdfParams | None = None,
) -> Member:
    """A new member with their own slot; the slot is written before the account row.

    The name is stored normalised (:func:`normalize_member_name`). Whether it is free is the
    caller's question (``domain.members.refuse_taken_name``).
    """
    name = normalize_member_name(name)
    user_id = new_id()
    slot = make_passphrase_slot(
        vault.vault_id, user_id, name, passphrase, [vault.data_key],
        kdf or crypto.default_kdf_params(),
    )
    with vault.slots_then_database(vault.slots.with_slot(slot)), \
            database.transaction(vault.conn):
        member = member_repo.insert(vault.conn, user_id, name, roles, must_change)
        audit.append(vault.conn, vault.user_id, "member_added", target=user_id)
    return member


def remove_member(vault: UnlockedVault, user_id: str) -> None:
    """Remove a member and re-key the database so their old key opens nothing.

    The signed-in member's own slot cannot go: this vault holds its key.
    """
    if user_id == vault.user_id:
        raise PermissionDenied(action="remove your own account while signed in")
    if member_repo.get(vault.conn, user_id) is None:
        raise NotFound(what="member")

    def delete(conn: Connection) -> None:
        member_repo.delete(conn, user_id)
        audit.append(conn, vault.user_id, "member_removed", target=user_id)

    rekey(vault, delete, drop=user_id)


def switch_off(vault: UnlockedVault, user_id: str) -> None:
    """Switch a member off and revoke their key as removal does.

    The database is re-keyed and every other slot gets a grant of the new data key; the
    member's slot stays (their key pair, so switching on needs no passphrase of theirs)
    but holds no grant, so their own passphrase opens nothing. Backups made before still
    open with the old key.
    """
    if user_id == vault.user_id:
        raise PermissionDenied(action="switch off your own account while signed in")
    member = member_repo.get(vault.conn, user_id)
    slot = vault.slots.slot_for_user(user_id)
    if member is None or slot is None:
        raise NotFound(what="member")

    def disable(conn: Connection) -> None:
        member_repo.set_disabled(conn, user_id, True)
        audit.append(conn, vault.user_id, "member_disabled", target=user_id)

    rekey(vault, disable, revoke=frozenset({user_id}))


def switch_on(vault: UnlockedVault, user_id: str) -> None:
    """Switch a member on again: their slot gets a grant of the current data key."""
    member = member_repo.get(vault.conn, user_id)
    slot = vault.slots.slot_for_user(user_id)
    if member is None or slot is None:
        raise NotFound(what="member")
    granted = regrant(slot, vault.vault_id, [vault.data_key])
    with vault.slots_then_database(vault.slots.with_slot(granted)), \
            database.transaction(vault.conn):
        member_repo.set_disabled(vault.conn, user_id, False)
        audit.append(vault.conn, vault.user_id, "member_enabled", target=user_id)


def rekey(
    vault: UnlockedVault,
    change: Callable[[Connection], None],
    *,
    drop: str | None = None,
    revoke: frozenset[str] = frozenset(),
) -> None:
    """Re-key the database, dropping ``drop``'s slot and the grants of ``revoke``'s slots.

    Crash-safe order: (1) every slot that keeps access gets grants of both the old and the
    new data key, the dropped slot goes and revoked slots lose their grants; (2) ``change``
    runs in one transaction, then the database is re-keyed; (3) the old grants are
    dropped. Unlock tries every grant and finishes a re-key it finds half done, so a crash
    between any two steps leaves an openable vault.
    """
    old_key, new_key = vault.data_key, crypto.new_data_key()
    kept = vault.slots if drop is None else vault.slots.without_user(drop)

    def granted(slots: KeySlotFile, keys: list[bytes]) -> KeySlotFile:
        return replace(slots, slots=tuple(
            replace(s, grants=()) if s.user_id in revoke or s.switched_off
            else regrant(s, vault.vault_id, keys)
            for s in slots.slots
        ))

    conn = vault.conn
    with vault.slots_then_database(granted(kept, [old_key, new_key])), \
            database.transaction(conn):
        change(conn)
    with database.translate_errors():
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        # Old WAL frames were written under the old key: fold them in and truncate.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.rekeyed(new_key)
    vault.save_slots(granted(vault.slots, [new_key]))


def finish_rekey(
    conn: Connection, folder: Path, slots: KeySlotFile, current: bytes, newest: bytes
) -> tuple[KeySlotFile, bytes]:
    """Complete a re-key that stopped half-way (the slots still hold two grants).

    Without this, a crash or a full disk between :func:`rekey`'s steps could leave the
    database under the old data key for good: the member's row and slot are gone, so the
    removal cannot be repeated, and their old key would still open the database. Slots
    without a grant (switched-off members) get none.
    """
    if current != newest:
        with database.translate_errors():
            conn.execute(f"PRAGMA rekey = \"x'{newest.hex()}'\"")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    final = replace(slots, slots=tuple(
        s if s.switched_off else regrant(s, slots.vault_id, [newest]) for s in slots.slots
    ))
    return final.save(folder, based_on=slots.digest), newest


def settle(vault: UnlockedVault, typed_passphrase: str | None) -> None:
    """Bring the key slots in line after a successful unlock.

    - Account state lives in the database: a switched-off member whose slot still holds a
      grant (a vault from before switching off revoked, or a crash inside switching on) is
      revoked by a re-key; a member switched on whose slot lost its grant gets one.
    - ``typed_passphrase`` given: the signed-in slot predates NFC passphrases and is
      rewrapped under the NFC form.
    - The file is bound to this database's salt, and written in the current format.
    """
    members = {m.user_id: m for m in member_repo.all_members(vault.conn)}
    disabled = frozenset(
        s.user_id for s in vault.slots.passphrase_slots()
        if s.grants and s.user_id in members and members[s.user_id].disabled
        and s.user_id != vault.user_id
    )
    if disabled:
        rekey(vault, lambda conn: None, revoke=disabled)
    slots = vault.slots
    for s in slots.passphrase_slots():
        if s.switched_off and s.user_id in members and not members[s.user_id].disabled:
            slots = slots.with_slot(regrant(s, vault.vault_id, [vault.data_key]))
    if typed_passphrase is not None:
        current = next(s for s in slots.slots if s.slot_id == vault.slot.slot_id)
        slots = slots.with_slot(
            rewrap(current, vault.vault_id, vault.private_key, typed_passphrase))
    salt = database_salt(vault.conn)
    if salt != slots.database_salt:
        # A restored backup's database was copied with a salt of its own.
        slots = replace(slots, database_salt=salt)
    if slots != vault.slots or slots.file_format != keyslots.FORMAT_VERSION:
        vault.save_slots(slots)


def database_salt(conn: Connection) -> bytes:
    """The SQLCipher salt of the open database (the first 16 bytes of its file)."""
    with database.translate_errors():
        row = conn.execute("PRAGMA cipher_salt").fetchone()
    return bytes.fromhex(row[0]) if row and row[0] else b""
