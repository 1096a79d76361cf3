"""The vault folder: read it without a key, create a vault in it, unlock it, remove it.

A vault is a folder holding the key-slot file and the SQLCipher database (ARCHITECTURE section
3); what can be read of it without a key is :mod:`~peerdesk.storage.sign_in_list`'s.
:func:`create` makes one; :func:`unlock` and :func:`unlock_with_recovery` open one for one
member. Every failure a person can meet is a ``domain.errors`` class, and none of the failures
on the way to an open vault changes a byte on disk: the checks that may refuse run before the
real file is opened (:mod:`peerdesk.storage.examine`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import TypeVar

from peerdesk.domain.errors import (
    AccountDisabled,
    KeySlotsOfAnotherVault,
    KeySlotsTampered,
    UnknownUser,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
    WrongVaultKind,
)
from peerdesk.domain.members import Role, normalize_member_name
from peerdesk.storage import audit, commits, crypto, database, member_repo, recovery
from peerdesk.storage.database import DB_NAME, Connection
from peerdesk.storage.examine import examine
from peerdesk.storage.file_modes import make_private_dir, open_private, restrict_vault_folder
from peerdesk.storage.keyslots import (
    KEYSLOTS_NAME,
    KeySlotFile,
    Slot,
    make_passphrase_slot,
    make_recovery_slot,
    new_id,
    open_grants,
    unlock_passphrase_slot,
    unwrap_private,
)
from peerdesk.storage.membership import database_salt, finish_rekey, settle
from peerdesk.storage.process_lock import VaultLock
from peerdesk.storage.recovery import Tidied
from peerdesk.storage.sign_in_list import inspect
from peerdesk.storage.unlocked import UnlockedVault

V = TypeVar("V", bound=UnlockedVault)

# A database salt differing from the bound one in more bits than this is another database;
# fewer, and it is the bound one with a damaged first page.
_OTHER_SALT_BITS = 16


def require_kind(folder: Path, training: bool) -> None:
    """Refuse to open a training vault as a real one, or the other way round."""
    info = inspect(folder)
    if info.exists and info.training != training:
        kinds = {True: "training", False: "real"}
        raise WrongVaultKind(path=str(folder), found=kinds[info.training], expected=kinds[training])


def create(
    cls: type[V],
    folder: Path,
    name: str,
    passphrase: str,
    *,
    training: bool = False,
    kdf: crypto.KdfParams | None = None,
) -> tuple[V, bytes]:
    """Create a vault whose first member (``name``) is a coordinator and supporter.

    Returns the open vault (a ``cls``) and the recovery key (show it once, then forget it).
    """
    make_private_dir(folder)
    # A restore interrupted here is finished first: its vault is the one in this folder.
    recovery.finish_interrupted(folder, report_later=True)
    if (folder / KEYSLOTS_NAME).exists() or (folder / DB_NAME).exists():
        raise VaultExists(path=str(folder))
    name = normalize_member_name(name)
    lock = VaultLock(folder)
    lock.acquire()
    try:
        kdf = kdf or crypto.default_kdf_params()
        vault_id = new_id()
        data_key = crypto.new_data_key()
        recovery_key = crypto.new_recovery_key()
        user_id = new_id()
        private_key, _ = crypto.new_keypair()
        slot = make_passphrase_slot(
            vault_id, user_id, name, passphrase, [data_key], kdf, private_key
        )
        recovery_slot = make_recovery_slot(vault_id, recovery_key, [data_key])
        os.close(open_private(folder / DB_NAME))  # 0600 before SQLite writes (and its -wal)
        conn = database.connect(folder / DB_NAME, data_key)
        try:
            slots = KeySlotFile(vault_id, training, (slot, recovery_slot),
                                database_salt=database_salt(conn))
            database.migrate(conn, folder / DB_NAME)
            with database.transaction(conn):
                conn.executemany(
                    "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                    [
                        ("vault_id", vault_id),
                        ("training", "1" if training else "0"),
                        ("audit_key", crypto.new_data_key().hex()),
                        ("created_at", audit.now_utc()),
                    ],
                )
                member_repo.insert(
                    conn, user_id, name, frozenset({Role.COORDINATOR, Role.SUPPORTER}), False,
                )
                audit.append(conn, user_id, "vault_created", training=training)
            # The key-slot file is written last: a folder without it is not yet a vault.
            slots = slots.save(folder, based_on=None)
            restrict_vault_folder(folder)
        except BaseException:
            conn.close()
            _remove_files(folder)
            raise
    except BaseException:
        lock.release()
        raise
    return cls(folder, conn, slots, data_key, slot, private_key, lock), recovery_key


def unlock(cls: type[V], folder: Path, name: str, passphrase: str, *, tidy: bool = True) -> V:
    """Open the vault as member ``name``.

    Interrupted work is finished first (a restore, scratch files; with ``tidy``, member
    rows of an interrupted removal): the vault's ``tidied`` lists what was cleaned.

    Raises:
        VaultNotFound, KeySlotsMissing, KeySlotsTampered, UnknownUser, WrongPassphrase,
        VaultInUse, VaultDamaged, VaultTooNew, AccountDisabled.
    """
    tidied = recovery.finish_interrupted(folder)
    slots = load_slots(folder)
    slot = slots.slot_for_name(name)
    if slot is None:
        raise UnknownUser(user=normalize_member_name(name))
    try:
        private_key, outdated = unlock_passphrase_slot(slot, slots.vault_id, passphrase)
    except crypto.DecryptionFailed as exc:
        raise WrongPassphrase(user=slot.name) from exc
    if slot.switched_off:
        # Their key opens no grant: the database cannot be opened, and nothing is touched.
        raise AccountDisabled(user=slot.name)
    vault = _open(cls, folder, slots, slot, private_key, tidied=tidied, tidy=tidy)
    try:
        member = vault.member
        if member is None:
            raise UnknownUser(user=slot.name)
        if member.disabled:
            raise AccountDisabled(user=member.name)
        settle(vault, passphrase if outdated else None)
    except BaseException:
        vault.lock()
        raise
    return vault


def unlock_with_recovery(cls: type[V], folder: Path, recovery_key_text: str) -> V:
    """Open the vault with the recovery key (to set a coordinator's new passphrase)."""
    tidied = recovery.finish_interrupted(folder)
    slots = load_slots(folder)
    slot = slots.recovery_slot()
    if slot is None:
        raise KeySlotsTampered(detail="the recovery slot is missing")
    key = crypto.parse_recovery_key(recovery_key_text)
    if key is None:
        raise WrongRecoveryKey()
    try:
        private_key = unwrap_private(
            slot, slots.vault_id, crypto.derive_recovery_key(key, slot.salt)
        )
    except crypto.DecryptionFailed as exc:
        raise WrongRecoveryKey() from exc
    vault = _open(cls, folder, slots, slot, private_key, tidied=tidied)
    try:
        settle(vault, None)
    except BaseException:
        vault.lock()
        raise
    return vault


def _open(
    cls: type[V],
    folder: Path,
    slots: KeySlotFile,
    slot: Slot,
    private_key: bytes,
    *,
    tidied: list[Tidied] | None = None,
    tidy: bool = True,
) -> V:
    """Open the database for ``slot``; the checks that may refuse change nothing on disk.

    ``tidied`` lists what was already cleaned in the folder; with ``tidy``, member rows
    left by an interrupted removal go too, and both are audited.
    """
    data_keys = open_grants(slot, slots.vault_id, private_key)
    tidied = list(tidied or [])
    lock = VaultLock(folder)
    lock.acquire()
    try:
        restrict_vault_folder(folder)  # vaults made before modes were set explicitly
        try:
            data_key = examine(folder, data_keys, lambda c: _check_identity(c, slots))
        except VaultDamaged as exc:
            if _bound_elsewhere(folder / DB_NAME, slots):
                raise KeySlotsOfAnotherVault(path=str(folder)) from exc
            raise
        # Found sound: now SQLite may replay the log into the real files.
        conn = database.connect(folder / DB_NAME, data_key)
        try:
            database.verify(conn, folder / DB_NAME, full=False)
            database.migrate(conn, folder / DB_NAME)
            if len(data_keys) > 1:
                slots, data_key = finish_rekey(conn, folder, slots, data_key, data_keys[-1])
                slot = next(s for s in slots.slots if s.slot_id == slot.slot_id)
            count = commits.database_count(conn)
            recorded = commits.read(folder)
            if recorded is None and (folder / commits.COMMITS_NAME).exists():
                tidied.append(Tidied("commit_record_rewritten"))
            if recorded != count or commits.folding(folder):
                commits.record(folder, count)
            if tidy:
                tidied += recovery.finish_member_removals(
                    conn, {s.user_id for s in slots.slots}, slot.user_id)
                if tidied:
                    with database.transaction(conn):
                        audit.append(conn, slot.user_id, "interrupted_work_tidied",
                                     count=len(tidied))
        finally:
            conn.close()
        conn = database.connect(folder / DB_NAME, data_key)
    except BaseException:
        lock.release()
        raise
    vault = cls(folder, conn, slots, data_key, slot, private_key, lock)
    vault.tidied = tuple(tidied)
    return vault


def remove_vault(folder: Path) -> None:
    """Delete the vault's own files in ``folder``; anything else in it is left alone.

    The key slots, the database, its journals and migration copies, and restore leftovers
    go. Which vault may be removed (a training vault, never the real one) is the caller's
    decision.

    Raises:
        VaultInUse: the vault is open in another window or process.
    """
    if not folder.exists():
        return
    lock = VaultLock(folder)
    lock.acquire()
    try:
        for entry in folder.iterdir():
            if entry.name in (KEYSLOTS_NAME, DB_NAME) or entry.name.startswith(
                (f"{DB_NAME}-", f"{DB_NAME}.before-v", f".{KEYSLOTS_NAME}.")
            ):
                entry.unlink()
            elif entry.is_dir() and entry.name.startswith("before-restore-"):
                shutil.rmtree(entry)
    finally:
        lock.release()


def load_slots(folder: Path) -> KeySlotFile:
    """The key-slot file of the vault in ``folder``, once its database is known to be there."""
    if not folder.is_dir() or (
        not (folder / KEYSLOTS_NAME).exists() and not (folder / DB_NAME).exists()
    ):
        raise VaultNotFound(path=str(folder))
    slots = KeySlotFile.load(folder)
    if not (folder / DB_NAME).exists():
        raise VaultDamaged(detail="the database file is missing")
    if (folder / DB_NAME).stat().st_size == 0:
        # SQLite would open an empty file as a new database and write a header into it.
        raise VaultDamaged(detail="the database is empty")
    return slots


def file_salt(db_path: Path) -> bytes:
    """The first 16 bytes of a database file: SQLCipher's salt, in clear (empty if unreadable)."""
    try:
        with open(db_path, "rb") as handle:
            return handle.read(crypto.SALT_BYTES)
    except OSError:
        return b""


def _bound_elsewhere(db_path: Path, slots: KeySlotFile) -> bool:
    """Whether the key-slot file was bound to another database than the one at ``db_path``.

    Read without a key: SQLCipher keeps its salt in clear at the start of the file. A few
    flipped bits are damage to this database; a salt that differs in many is another one.
    """
    if len(slots.database_salt) != crypto.SALT_BYTES:
        return False  # a format 1 file: not bound yet
    head = file_salt(db_path)
    if len(head) != crypto.SALT_BYTES:
        return False
    differing = sum(bin(a ^ b).count("1") for a, b in zip(head, slots.database_salt, strict=True))
    return differing > _OTHER_SALT_BITS


def _check_identity(conn: Connection, slots: KeySlotFile) -> None:
    rows = dict(conn.execute("SELECT key, value FROM vault_meta WHERE key IN "
                             "('vault_id', 'training')").fetchall())
    if rows.get("vault_id") not in (None, slots.vault_id):
        raise KeySlotsTampered(detail="it belongs to another vault")
    training = rows.get("training") == "1"
    if "training" in rows and training != slots.training:
        raise KeySlotsTampered(detail="the training flag was changed")


def _remove_files(folder: Path) -> None:
    """Remove what a failed :func:`create` wrote (the folder itself stays)."""
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", commits.COMMITS_NAME,
                 KEYSLOTS_NAME):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
