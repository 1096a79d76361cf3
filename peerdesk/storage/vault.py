"""The vault: a folder holding the key-slot file and the SQLCipher database (DESIGN section 3).

``Vault.create`` makes one; ``Vault.unlock`` and ``Vault.unlock_with_recovery`` open one for one
member; the open vault changes passphrases, adds and removes members (re-keying the database),
backs itself up, and checks itself. Every failure a person can meet is a ``domain.errors`` class,
and none of the failures on the way to an open vault changes a byte on disk.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from peerdesk.domain.errors import (
    AccountDisabled,
    BackupInvalid,
    DiskFull,
    KeySlotsChanged,
    KeySlotsOfAnotherVault,
    KeySlotsTampered,
    LastCoordinator,
    MemberExists,
    NotFound,
    PermissionDenied,
    UnknownUser,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
    WrongVaultKind,
)
from peerdesk.domain.members import Member, Role, member_name_key, normalize_member_name
from peerdesk.storage import audit, commits, crypto, database, keyslots, member_repo, recovery
from peerdesk.storage.atomic import fsync_dir
from peerdesk.storage.database import DB_NAME, Connection
from peerdesk.storage.examine import examine
from peerdesk.storage.file_modes import (
    make_private_dir,
    open_private,
    restrict_vault_folder,
)
from peerdesk.storage.keyslots import (
    KEYSLOTS_NAME,
    RECOVERY_USER,
    KeySlotFile,
    Slot,
    make_passphrase_slot,
    make_recovery_slot,
    new_id,
    open_grants,
    regrant,
    rewrap,
    unlock_passphrase_slot,
    unwrap_private,
)
from peerdesk.storage.process_lock import VaultLock
from peerdesk.storage.recovery import Tidied, finish_interrupted

BACKUP_MANIFEST = "manifest.json"
BACKUP_FORMAT = 1
_COUNTED_TABLES = ("members", "audit_log")
# A database salt differing from the bound one in more bits than this is another database;
# fewer, and it is the bound one with a damaged first page.
_OTHER_SALT_BITS = 16


@dataclass(frozen=True)
class VaultInfo:
    """What can be known about a folder without a passphrase."""

    folder: Path
    exists: bool
    training: bool = False
    member_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckReport:
    schema_version: int
    pages_ok: bool
    members: int
    audit_entries: int
    audit_ok: bool
    audit_problem: str = ""
    tidied: tuple[Tidied, ...] = ()  # cleaned after interrupted work when the vault opened

    @property
    def ok(self) -> bool:
        return self.pages_ok and self.audit_ok


def inspect(folder: Path) -> VaultInfo:
    """Read the plain key-slot file only: existence, training flag, names for the sign-in list.

    A restore that a crash interrupted is finished first (it needs no key), so the sign-in
    list is never read from a folder half way between two vaults.

    Raises:
        VaultInUse: another process is restoring into the folder right now.
    """
    with contextlib.suppress(VaultInUse):
        recovery.finish_interrupted(folder, report_later=True)
    if (folder / recovery.INTENT_NAME).exists():
        raise VaultInUse()
    if not (folder / KEYSLOTS_NAME).exists() and not (folder / DB_NAME).exists():
        return VaultInfo(folder, exists=False)
    slots = KeySlotFile.load(folder)
    names = tuple(sorted((s.name for s in slots.passphrase_slots()), key=str.casefold))
    return VaultInfo(folder, exists=True, training=slots.training, member_names=names)


class Vault:
    """An unlocked vault, signed in as one member (or as the recovery slot).

    Holds the open connection, the data key and the signed-in slot's private key until
    :meth:`lock`. Not thread-safe: one worker thread owns it (DESIGN section 2).
    """

    def __init__(
        self,
        folder: Path,
        conn: Connection,
        slots: KeySlotFile,
        data_key: bytes,
        slot: Slot,
        private_key: bytes,
        process_lock: VaultLock,
    ) -> None:
        self.folder = folder
        self._conn: Connection | None = conn
        self._slots = slots
        self._data_key: bytes | None = data_key
        self._slot = slot
        self._private_key: bytes | None = private_key
        self._lock = process_lock
        self.tidied: tuple[Tidied, ...] = ()  # what opening cleaned after interrupted work

    # ----------------------------------------------------------------- opening and closing

    @classmethod
    def create(
        cls,
        folder: Path,
        name: str,
        passphrase: str,
        *,
        training: bool = False,
        kdf: crypto.KdfParams | None = None,
    ) -> tuple[Vault, bytes]:
        """Create a vault whose first member (``name``) is a coordinator and supporter.

        Returns the open vault and the recovery key (show it once, then forget it).
        """
        make_private_dir(folder)
        # A restore interrupted here is finished first: its vault is the one in this folder.
        finish_interrupted(folder, report_later=True)
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
            recovery = make_recovery_slot(vault_id, recovery_key, [data_key])
            os.close(open_private(folder / DB_NAME))  # 0600 before SQLite writes (and its -wal)
            conn = database.connect(folder / DB_NAME, data_key)
            try:
                slots = KeySlotFile(vault_id, training, (slot, recovery),
                                    database_salt=_database_salt(conn))
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
                _remove_partial_vault(folder)
                raise
        except BaseException:
            lock.release()
            raise
        return cls(folder, conn, slots, data_key, slot, private_key, lock), recovery_key

    @classmethod
    def unlock(cls, folder: Path, name: str, passphrase: str, *, tidy: bool = True) -> Vault:
        """Open the vault as member ``name``.

        Interrupted work is finished first (a restore, scratch files; with ``tidy``, member
        rows of an interrupted removal): :attr:`tidied` lists what was cleaned.

        Raises:
            VaultNotFound, KeySlotsMissing, KeySlotsTampered, UnknownUser, WrongPassphrase,
            VaultInUse, VaultDamaged, VaultTooNew, AccountDisabled.
        """
        tidied = recovery.finish_interrupted(folder)
        slots = _load_slots(folder)
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
        vault = cls._open(folder, slots, slot, private_key, tidied=tidied, tidy=tidy)
        try:
            member = vault.member
            if member is None:
                raise UnknownUser(user=slot.name)
            if member.disabled:
                raise AccountDisabled(user=member.name)
            vault._settle(passphrase if outdated else None)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def unlock_with_recovery(cls, folder: Path, recovery_key_text: str) -> Vault:
        """Open the vault with the recovery key (to set a coordinator's new passphrase)."""
        tidied = recovery.finish_interrupted(folder)
        slots = _load_slots(folder)
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
        vault = cls._open(folder, slots, slot, private_key, tidied=tidied)
        try:
            vault._settle(None)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def _open(
        cls,
        folder: Path,
        slots: KeySlotFile,
        slot: Slot,
        private_key: bytes,
        *,
        tidied: list[Tidied] | None = None,
        tidy: bool = True,
    ) -> Vault:
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
                    slots, data_key = _finish_rekey(conn, folder, slots, data_key, data_keys[-1])
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

    def lock(self) -> None:
        """Close the database and drop the key material this object holds."""
        if self._conn is not None:
            count = None
            with contextlib.suppress(Exception):
                count = commits.database_count(self._conn)
                self._conn.close()
            # Closing folded the log in and removed it: a "folding" record left by a save whose
            # bookkeeping failed would otherwise read as a log lost half-way at the next unlock.
            if count is not None and not (self.folder / f"{DB_NAME}-wal").exists():
                with contextlib.suppress(Exception):
                    if commits.folding(self.folder):
                        commits.record(self.folder, count)
        self._conn = None
        self._data_key = None
        self._private_key = None
        self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    # ----------------------------------------------------------------- state

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("the vault is locked")
        return self._conn

    @property
    def user_id(self) -> str:
        return self._slot.user_id

    @property
    def is_recovery(self) -> bool:
        return self._slot.kind == "recovery"

    @property
    def training(self) -> bool:
        return self._slots.training

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def member(self) -> Member | None:
        return None if self.is_recovery else member_repo.get(self.conn, self.user_id)

    @property
    def personal_key(self) -> bytes:
        """The signed-in member's key for private notes (derived from their private key)."""
        if self._private_key is None:
            raise RuntimeError("the vault is locked")
        return crypto.derive_subkey(self._private_key, "peerdesk personal notes v1")

    def slot_names(self) -> list[str]:
        return sorted((s.name for s in self._slots.passphrase_slots()), key=str.casefold)

    def _key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("the vault is locked")
        return self._data_key

    # ----------------------------------------------------------------- members and keys

    def change_passphrase(self, old: str, new: str, kdf: crypto.KdfParams | None = None) -> None:
        """Re-wrap the signed-in member's private key under a new passphrase.

        The key pair stays the same, so private notes stay readable.
        """
        slot = self._slot
        try:
            private, _ = unlock_passphrase_slot(slot, self.vault_id, old)
        except crypto.DecryptionFailed as exc:
            raise WrongPassphrase(user=slot.name) from exc
        new_slot = make_passphrase_slot(
            self.vault_id, slot.user_id, slot.name, new, [self._key()],
            kdf or crypto.default_kdf_params(), private, slot.slot_id,
        )
        with self._slots_then_database(self._slots.with_slot(new_slot)):
            self._slot = new_slot
            with database.transaction(self.conn):
                member_repo.set_must_change(self.conn, self.user_id, False)
                audit.append(self.conn, self.user_id, "passphrase_changed")

    def set_passphrase(
        self,
        user_id: str,
        new: str,
        *,
        must_change: bool,
        kdf: crypto.KdfParams | None = None,
    ) -> None:
        """Give ``user_id`` a new passphrase without the old one (reset or recovery).

        A new key pair is made: the member's old private notes become unreadable, which is
        the promise of DESIGN section 3 (a forgotten passphrase loses notes, never the log).
        A switched-off member's new slot gets no grant either.
        """
        old = self._slots.slot_for_user(user_id)
        member = member_repo.get(self.conn, user_id)
        if old is None or member is None:
            raise NotFound(what="member")
        new_slot = make_passphrase_slot(
            self.vault_id, user_id, old.name, new, [] if old.switched_off else [self._key()],
            kdf or crypto.default_kdf_params(), None, old.slot_id,
        )
        with self._slots_then_database(self._slots.with_slot(new_slot)):
            if user_id == self.user_id:
                self._slot = new_slot
            with database.transaction(self.conn):
                member_repo.set_must_change(self.conn, user_id, must_change)
                audit.append(
                    self.conn, self.user_id, "passphrase_reset",
                    target=user_id, via_recovery=self.is_recovery,
                )

    def add_member(
        self,
        name: str,
        passphrase: str,
        roles: frozenset[Role],
        *,
        must_change: bool = True,
        kdf: crypto.KdfParams | None = None,
    ) -> Member:
        """A new member with their own slot; the slot is written before the account row.

        The name is stored normalised (:func:`normalize_member_name`) and refused when it
        matches a member's name case-, width- or accent-form-insensitively.
        """
        name = normalize_member_name(name)
        key = member_name_key(name)
        if self._slots.slot_for_name(name) is not None or any(
            member_name_key(m.name) == key for m in member_repo.all_members(self.conn)
        ):
            raise MemberExists(user=name)
        user_id = new_id()
        slot = make_passphrase_slot(
            self.vault_id, user_id, name, passphrase, [self._key()],
            kdf or crypto.default_kdf_params(),
        )
        new_slots = self._slots.with_slot(slot)
        with self._slots_then_database(new_slots), database.transaction(self.conn):
            member = member_repo.insert(self.conn, user_id, name, roles, must_change)
            audit.append(self.conn, self.user_id, "member_added", target=user_id)
        return member

    def remove_member(self, user_id: str) -> None:
        """Remove a member and re-key the database so their old key opens nothing."""
        if user_id == self.user_id:
            raise PermissionDenied(action="remove your own account while signed in")
        member = member_repo.get(self.conn, user_id)
        if member is None:
            raise NotFound(what="member")
        if member.is_coordinator and len(member_repo.active_coordinators(self.conn)) <= 1:
            raise LastCoordinator(user=member.name)

        def delete(conn: Connection) -> None:
            member_repo.delete(conn, user_id)
            audit.append(conn, self.user_id, "member_removed", target=user_id)

        self._rekey(delete, drop=user_id)

    def switch_off(self, user_id: str) -> None:
        """Switch a member off and revoke their key as removal does.

        The database is re-keyed and every other slot gets a grant of the new data key; the
        member's slot stays (their key pair, so switching on needs no passphrase of theirs)
        but holds no grant, so their own passphrase opens nothing. Backups made before still
        open with the old key.
        """
        if user_id == self.user_id:
            raise PermissionDenied(action="switch off your own account while signed in")
        member = member_repo.get(self.conn, user_id)
        slot = self._slots.slot_for_user(user_id)
        if member is None or slot is None:
            raise NotFound(what="member")

        def disable(conn: Connection) -> None:
            member_repo.set_disabled(conn, user_id, True)
            audit.append(conn, self.user_id, "member_disabled", target=user_id)

        self._rekey(disable, revoke=frozenset({user_id}))

    def switch_on(self, user_id: str) -> None:
        """Switch a member on again: their slot gets a grant of the current data key."""
        member = member_repo.get(self.conn, user_id)
        slot = self._slots.slot_for_user(user_id)
        if member is None or slot is None:
            raise NotFound(what="member")
        granted = regrant(slot, self.vault_id, [self._key()])
        with self._slots_then_database(self._slots.with_slot(granted)), \
                database.transaction(self.conn):
            member_repo.set_disabled(self.conn, user_id, False)
            audit.append(self.conn, self.user_id, "member_enabled", target=user_id)

    def _rekey(
        self,
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
        old_key, new_key = self._key(), crypto.new_data_key()
        kept = self._slots if drop is None else self._slots.without_user(drop)

        def granted(slots: KeySlotFile, keys: list[bytes]) -> KeySlotFile:
            return replace(slots, slots=tuple(
                replace(s, grants=()) if s.user_id in revoke or s.switched_off
                else regrant(s, self.vault_id, keys)
                for s in slots.slots
            ))

        conn = self.conn
        with self._slots_then_database(granted(kept, [old_key, new_key])), \
                database.transaction(conn):
            change(conn)
        with database.translate_errors():
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            # Old WAL frames were written under the old key: fold them in and truncate.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._data_key = new_key
        self._save_slots(granted(self._slots, [new_key]))

    def _settle(self, typed_passphrase: str | None) -> None:
        """Bring the key slots in line after a successful unlock.

        - Account state lives in the database: a switched-off member whose slot still holds a
          grant (a vault from before switching off revoked, or a crash inside switching on) is
          revoked by a re-key; a member switched on whose slot lost its grant gets one.
        - ``typed_passphrase`` given: the signed-in slot predates NFC passphrases and is
          rewrapped under the NFC form.
        - The file is bound to this database's salt, and written in the current format.
        """
        members = {m.user_id: m for m in member_repo.all_members(self.conn)}
        disabled = frozenset(
            s.user_id for s in self._slots.passphrase_slots()
            if s.grants and s.user_id in members and members[s.user_id].disabled
            and s.user_id != self.user_id
        )
        if disabled:
            self._rekey(lambda conn: None, revoke=disabled)
        slots = self._slots
        for s in slots.passphrase_slots():
            if s.switched_off and s.user_id in members and not members[s.user_id].disabled:
                slots = slots.with_slot(regrant(s, self.vault_id, [self._key()]))
        if typed_passphrase is not None and self._private_key is not None:
            current = next(s for s in slots.slots if s.slot_id == self._slot.slot_id)
            slots = slots.with_slot(
                rewrap(current, self.vault_id, self._private_key, typed_passphrase))
        salt = _database_salt(self.conn)
        if salt != slots.database_salt:
            # A restored backup's database was copied with a salt of its own.
            slots = replace(slots, database_salt=salt)
        if slots != self._slots or slots.file_format != keyslots.FORMAT_VERSION:
            self._save_slots(slots)

    @contextlib.contextmanager
    def _slots_then_database(self, slots: KeySlotFile) -> Iterator[None]:
        """Write ``slots``, then run the caller's database transaction.

        The key-slot file goes first (a crash in between leaves a slot that opens nothing
        new), but when the transaction fails, a full disk most often, the previous file is put
        back: the error promises that nothing was changed, and a retry must not meet a
        half-added member (MemberExists) or a passphrase changed without its audit entry.
        """
        previous_slots, previous_slot = self._slots, self._slot
        self._save_slots(slots)
        try:
            yield
        except BaseException:
            with contextlib.suppress(DiskFull, OSError, KeySlotsChanged):
                restored = previous_slots.save(self.folder, based_on=self._slots.digest,
                                               undo=True)
                self._slots, self._slot = restored, previous_slot
            raise

    def _save_slots(self, slots: KeySlotFile) -> None:
        """Write ``slots`` over the version this vault read or last wrote, never another's.

        Raises:
            KeySlotsChanged: another process wrote the file since (nothing is written).
        """
        self._slots = slots.save(self.folder, based_on=self._slots.digest)
        refreshed = next((s for s in self._slots.slots if s.slot_id == self._slot.slot_id), None)
        if refreshed is not None:
            self._slot = refreshed

    # ----------------------------------------------------------------- integrity and backup

    def check(self) -> CheckReport:
        """Full integrity check: every page's HMAC, the b-tree, and the audit chain."""
        conn = self.conn
        try:
            database.verify(conn, self.folder / DB_NAME)
            pages_ok = True
        except VaultDamaged:
            pages_ok = False
        chain = audit.verify_chain(conn)
        return CheckReport(
            schema_version=database.user_version(conn),
            pages_ok=pages_ok,
            members=int(conn.execute("SELECT count(*) FROM members").fetchone()[0]),
            audit_entries=chain.entries,
            audit_ok=chain.ok,
            audit_problem=chain.problem,
            tidied=self.tidied,
        )

    def backup(self, out: Path) -> None:
        """Write a verified, encrypted backup file (a zip of the database and key slots).

        The database is copied with SQLite's backup API under the same key, re-opened and
        checked (pages, row counts) before the file is renamed into place. A backup is as
        encrypted as the vault: it is not an export.

        The copy is made in a scratch folder inside the vault folder; the zip is written beside
        ``out`` under a temporary name that the vault folder records until the rename, so a
        crash leaves nothing that the next unlock does not remove.
        """
        out = out.resolve()
        counts = self._row_counts(self.conn)
        with database.translate_errors():
            out.parent.mkdir(parents=True, exist_ok=True)
        with recovery.scratch_dir(self.folder, "backup") as scratch:
            copy_path = scratch / DB_NAME
            with database.translate_errors():
                target = database.connect(copy_path, self._key())
                try:
                    self.conn.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")
                finally:
                    target.close()
                _verify_copy(copy_path, self._key(), counts)
            manifest = {
                "format": BACKUP_FORMAT,
                "app": "PeerDesk",
                "vault_id": self.vault_id,
                "training": self.training,
                "created_at": audit.now_utc(),
                "schema_version": database.user_version(self.conn),
                "row_counts": counts,
            }
            with database.translate_errors(), \
                    recovery.pending_file(self.folder, recovery.partial_path(out)) as tmp_zip:
                os.close(open_private(tmp_zip, os.O_TRUNC))  # 0600 before a byte is in it
                with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_STORED) as archive:
                    archive.writestr(BACKUP_MANIFEST, json.dumps(manifest, indent=2))
                    # Bound to the copy: the backup API gave it a salt of its own.
                    bound = replace(self._slots, database_salt=_file_salt(copy_path))
                    archive.writestr(KEYSLOTS_NAME, bound.to_bytes())
                    archive.write(copy_path, DB_NAME)
                with open(tmp_zip, "rb+") as handle:
                    os.fsync(handle.fileno())
                os.replace(tmp_zip, out)
                fsync_dir(out.parent)
        with database.transaction(self.conn):
            audit.append(self.conn, self.user_id, "backup_written", **counts)

    @staticmethod
    def _row_counts(conn: Connection) -> dict[str, int]:
        return {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in _COUNTED_TABLES
        }


def restore(
    backup: Path,
    folder: Path,
    name: str,
    passphrase: str,
    authorize: Callable[[Vault], None] | None = None,
) -> Vault:
    """Replace the vault in ``folder`` with a backup, after checking the backup opens.

    The backup is unpacked into ``folder/.peerdesk-restore/``, unlocked there with ``name``'s
    passphrase *as it was in the backup* and verified (pages, row counts); ``authorize`` may
    refuse the member (it raises). Only then is the plan of the swap recorded and carried out
    (:mod:`peerdesk.storage.recovery`): the previous files go to
    ``folder/before-restore-<time>/``. A crash at any point leaves the old vault or the
    restored one; the next unlock finishes the swap. Returns the restored vault, open and
    signed in.
    """
    created = not folder.exists()
    make_private_dir(folder)
    lock = VaultLock(folder)
    lock.acquire()  # refuse to restore over a vault someone has open
    planned = False
    try:
        if recovery.interrupted(folder):
            # The next restore finishes the last; the unlock below reports it.
            recovery.keep_for_report(folder, recovery.finish_interrupted_locked(folder))
        staged = folder / recovery.STAGING_NAME
        make_private_dir(staged)
        try:
            counts = _stage(backup, staged, name, passphrase, authorize)
            recovery.write_intent(folder, staged)
            planned = True
            recovery.carry_out(folder)
        finally:
            if not planned:
                shutil.rmtree(staged, ignore_errors=True)
    finally:
        lock.release()
        if created and not planned:
            # A refused restore into a new folder leaves nothing behind.
            shutil.rmtree(folder, ignore_errors=True)
    vault = Vault.unlock(folder, name, passphrase)
    try:
        with database.transaction(vault.conn):
            audit.append(vault.conn, vault.user_id, "backup_restored", **counts)
    except BaseException:
        vault.lock()
        raise
    return vault


def _stage(
    backup: Path,
    staged: Path,
    name: str,
    passphrase: str,
    authorize: Callable[[Vault], None] | None,
) -> dict[str, int]:
    """Unpack ``backup`` into ``staged`` and prove it opens; return its row counts."""
    manifest = _extract_backup(backup, staged)
    try:
        slots = _load_slots(staged)
        if slots.vault_id != manifest.get("vault_id"):
            raise BackupInvalid(path=str(backup), detail="its parts do not belong together")
        opened = Vault.unlock(staged, name, passphrase, tidy=False)
    except (VaultDamaged, KeySlotsTampered) as exc:
        # Damage inside the backup is the backup's, not the vault's: "restore it
        # from a backup" would be the wrong advice here.
        raise BackupInvalid(path=str(backup), detail="its contents are damaged") from exc
    try:
        if authorize is not None:
            authorize(opened)
        counts = Vault._row_counts(opened.conn)
        if counts != manifest.get("row_counts"):
            raise BackupInvalid(path=str(backup), detail="row counts differ")
        # One file, no log: what is renamed into place is the whole database.
        with database.translate_errors():
            opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        opened.lock()
    with contextlib.suppress(FileNotFoundError):
        (staged / f"{DB_NAME}-shm").unlink()  # an index SQLite rebuilds; a log would move along
    return counts


# --------------------------------------------------------------------- helpers


def _load_slots(folder: Path) -> KeySlotFile:
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


def _finish_rekey(
    conn: Connection, folder: Path, slots: KeySlotFile, current: bytes, newest: bytes
) -> tuple[KeySlotFile, bytes]:
    """Complete a re-key that stopped half-way (the slots still hold two grants).

    Without this, a crash or a full disk between ``Vault._rekey``'s steps could leave the
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


def _database_salt(conn: Connection) -> bytes:
    """The SQLCipher salt of the open database (the first 16 bytes of its file)."""
    with database.translate_errors():
        row = conn.execute("PRAGMA cipher_salt").fetchone()
    return bytes.fromhex(row[0]) if row and row[0] else b""


def _file_salt(db_path: Path) -> bytes:
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
    head = _file_salt(db_path)
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


def _verify_copy(path: Path, data_key: bytes, counts: dict[str, int]) -> None:
    conn = database.connect(path, data_key)
    try:
        database.verify(conn, path)
        if Vault._row_counts(conn) != counts:
            raise VaultDamaged(detail="the backup copy lost rows")
    finally:
        conn.close()


def _extract_backup(backup: Path, staged: Path) -> dict[str, object]:
    try:
        with zipfile.ZipFile(backup) as archive:
            names = set(archive.namelist())
            if not {BACKUP_MANIFEST, KEYSLOTS_NAME, DB_NAME} <= names:
                raise BackupInvalid(path=str(backup), detail="parts are missing")
            manifest = json.loads(archive.read(BACKUP_MANIFEST))
            if not isinstance(manifest, dict) or manifest.get("app") != "PeerDesk":
                raise BackupInvalid(path=str(backup), detail="not a PeerDesk backup")
            for part in (KEYSLOTS_NAME, DB_NAME):
                with archive.open(part) as src, open(staged / part, "wb") as dst:
                    shutil.copyfileobj(src, dst)
    except FileNotFoundError as exc:
        raise BackupInvalid(path=str(backup), detail="the file does not exist") from exc
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError, KeyError) as exc:
        raise BackupInvalid(path=str(backup), detail="the file is damaged") from exc
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise BackupInvalid(path=str(backup), detail=exc.strerror or "cannot read") from exc
    return manifest


def _remove_partial_vault(folder: Path) -> None:
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", commits.COMMITS_NAME,
                 KEYSLOTS_NAME):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()


def require_kind(folder: Path, training: bool) -> None:
    """Refuse to open a training vault as a real one, or the other way round."""
    info = inspect(folder)
    if info.exists and info.training != training:
        kinds = {True: "training", False: "real"}
        raise WrongVaultKind(path=str(folder), found=kinds[info.training], expected=kinds[training])


__all__ = ["RECOVERY_USER", "CheckReport", "Vault", "VaultInfo", "inspect", "require_kind",
           "restore"]
