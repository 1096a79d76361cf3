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
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peerdesk.domain.errors import (
    AccountDisabled,
    BackupInvalid,
    DiskFull,
    KeySlotsTampered,
    LastCoordinator,
    MemberExists,
    NotFound,
    PermissionDenied,
    UnknownUser,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
    WrongVaultKind,
)
from peerdesk.domain.members import Member, Role
from peerdesk.storage import audit, crypto, database, member_repo
from peerdesk.storage.atomic import fsync_dir
from peerdesk.storage.database import DB_NAME, Connection
from peerdesk.storage.file_modes import (
    make_private_dir,
    open_private,
    restrict,
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
    unwrap_private,
)
from peerdesk.storage.process_lock import VaultLock

BACKUP_MANIFEST = "manifest.json"
BACKUP_FORMAT = 1
_COUNTED_TABLES = ("members", "audit_log")


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

    @property
    def ok(self) -> bool:
        return self.pages_ok and self.audit_ok


def inspect(folder: Path) -> VaultInfo:
    """Read the plain key-slot file only: existence, training flag, names for the sign-in list."""
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
        if (folder / KEYSLOTS_NAME).exists() or (folder / DB_NAME).exists():
            raise VaultExists(path=str(folder))
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
                vault_id, user_id, name.strip(), passphrase, [data_key], kdf, private_key
            )
            recovery = make_recovery_slot(vault_id, recovery_key, [data_key])
            slots = KeySlotFile(vault_id, training, (slot, recovery))
            os.close(open_private(folder / DB_NAME))  # 0600 before SQLite writes (and its -wal)
            conn = database.connect(folder / DB_NAME, data_key)
            try:
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
                        conn, user_id, name.strip(),
                        frozenset({Role.COORDINATOR, Role.SUPPORTER}), False,
                    )
                    audit.append(conn, user_id, "vault_created", training=training)
                # The key-slot file is written last: a folder without it is not yet a vault.
                slots.save(folder)
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
    def unlock(cls, folder: Path, name: str, passphrase: str) -> Vault:
        """Open the vault as member ``name``.

        Raises:
            VaultNotFound, KeySlotsMissing, KeySlotsTampered, UnknownUser, WrongPassphrase,
            VaultInUse, VaultDamaged, VaultTooNew, AccountDisabled.
        """
        slots = _load_slots(folder)
        slot = slots.slot_for_name(name)
        if slot is None:
            raise UnknownUser(user=name.strip())
        assert slot.kdf is not None  # passphrase slots always carry their parameters
        wrapping_key = crypto.derive_passphrase_key(passphrase, slot.salt, slot.kdf)
        try:
            private_key = unwrap_private(slot, slots.vault_id, wrapping_key)
        except crypto.DecryptionFailed as exc:
            raise WrongPassphrase(user=slot.name) from exc
        vault = cls._open(folder, slots, slot, private_key)
        try:
            member = vault.member
            if member is None:
                raise UnknownUser(user=slot.name)
            if member.disabled:
                raise AccountDisabled(user=member.name)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def unlock_with_recovery(cls, folder: Path, recovery_key_text: str) -> Vault:
        """Open the vault with the recovery key (to set a coordinator's new passphrase)."""
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
        return cls._open(folder, slots, slot, private_key)

    @classmethod
    def _open(cls, folder: Path, slots: KeySlotFile, slot: Slot, private_key: bytes) -> Vault:
        data_keys = open_grants(slot, slots.vault_id, private_key)
        lock = VaultLock(folder)
        lock.acquire()
        try:
            restrict_vault_folder(folder)  # vaults made before modes were set explicitly
            conn, data_key = _connect_any(folder / DB_NAME, data_keys)
            try:
                if database.check_version(conn) == 0:
                    # Vault.create migrates before it writes the key-slot file, so a vault with
                    # slots always has a schema: an empty database was truncated or replaced
                    # (migrating it now would write a blank vault over the evidence).
                    raise VaultDamaged(detail="the database is empty")
                db_path = folder / DB_NAME
                database.verify(conn, db_path,
                                full=db_path.stat().st_size <= database.FULL_CHECK_MAX_BYTES)
                _check_identity(conn, slots)
                database.migrate(conn, folder / DB_NAME)
                if len(data_keys) > 1:
                    slots, data_key = _finish_rekey(conn, folder, slots, data_key, data_keys[-1])
                    slot = next(s for s in slots.slots if s.slot_id == slot.slot_id)
            finally:
                # The working connection is a fresh one: after quick_check has walked every
                # page, SQLCipher's connection writes several times slower for its lifetime.
                conn.close()
            conn = database.connect(folder / DB_NAME, data_key)
        except BaseException:
            lock.release()
            raise
        return cls(folder, conn, slots, data_key, slot, private_key, lock)

    def lock(self) -> None:
        """Close the database and drop the key material this object holds."""
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
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
        if slot.kdf is None:
            raise WrongPassphrase(user=slot.name)
        try:
            private = unwrap_private(
                slot, self.vault_id, crypto.derive_passphrase_key(old, slot.salt, slot.kdf)
            )
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
        """
        old = self._slots.slot_for_user(user_id)
        member = member_repo.get(self.conn, user_id)
        if old is None or member is None:
            raise NotFound(what="member")
        new_slot = make_passphrase_slot(
            self.vault_id, user_id, old.name, new, [self._key()],
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
        """A new member with their own slot; the slot is written before the account row."""
        name = name.strip()
        if self._slots.slot_for_name(name) is not None or any(
            m.name.casefold() == name.casefold() for m in member_repo.all_members(self.conn)
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
        """Remove a member and re-key the database so their old key opens nothing.

        Crash-safe order: (1) every remaining slot gets grants of both the old and the new data
        key and the member's slot goes; (2) the database is re-keyed in one transaction and the
        member row deleted; (3) the old grants are dropped. Unlock tries every grant, so a crash
        between any two steps leaves an openable vault.
        """
        if user_id == self.user_id:
            raise PermissionDenied(action="remove your own account while signed in")
        member = member_repo.get(self.conn, user_id)
        if member is None:
            raise NotFound(what="member")
        if member.is_coordinator and len(member_repo.active_coordinators(self.conn)) <= 1:
            raise LastCoordinator(user=member.name)
        old_key, new_key = self._key(), crypto.new_data_key()
        remaining = self._slots.without_user(user_id)
        both = KeySlotFile(
            remaining.vault_id, remaining.training,
            tuple(regrant(s, self.vault_id, [old_key, new_key]) for s in remaining.slots),
        )
        conn = self.conn
        with self._slots_then_database(both), database.transaction(conn):
            member_repo.delete(conn, user_id)
            audit.append(conn, self.user_id, "member_removed", target=user_id)
        with database.translate_errors():
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            # Old WAL frames were written under the old key: fold them in and truncate.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._data_key = new_key
        final = KeySlotFile(
            remaining.vault_id, remaining.training,
            tuple(regrant(s, self.vault_id, [new_key]) for s in remaining.slots),
        )
        self._save_slots(final)

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
            with contextlib.suppress(DiskFull, OSError):
                previous_slots.save(self.folder)
                self._slots, self._slot = previous_slots, previous_slot
            raise

    def _save_slots(self, slots: KeySlotFile) -> None:
        slots.save(self.folder)
        self._slots = slots
        refreshed = next((s for s in slots.slots if s.slot_id == self._slot.slot_id), None)
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
        )

    def backup(self, out: Path) -> None:
        """Write a verified, encrypted backup file (a zip of the database and key slots).

        The database is copied with SQLite's backup API under the same key, re-opened and
        checked (pages, row counts) before the file is renamed into place. A backup is as
        encrypted as the vault: it is not an export.
        """
        out = out.resolve()
        counts = self._row_counts(self.conn)
        with _scratch_dir(out.parent) as scratch:
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
            tmp_zip = scratch / "backup.zip"
            with database.translate_errors():
                with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_STORED) as archive:
                    archive.writestr(BACKUP_MANIFEST, json.dumps(manifest, indent=2))
                    archive.writestr(KEYSLOTS_NAME, self._slots.to_bytes())
                    archive.write(copy_path, DB_NAME)
                with open(tmp_zip, "rb+") as handle:
                    os.fsync(handle.fileno())
                restrict(tmp_zip)  # still in the 0700 scratch folder: no one else opened it
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

    The backup is unlocked with ``name``'s passphrase *as it was in the backup*, verified
    (pages, row counts), and only then moved into place; the previous files are kept in
    ``folder/before-restore-<time>/``. ``authorize`` may refuse the member (it raises) before
    anything is replaced. Returns the restored vault, open and signed in.
    """
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    lock = VaultLock(folder)
    lock.acquire()  # refuse to restore over a vault someone has open
    restored = False
    try:
        with _scratch_dir(folder.parent) as scratch:
            staged = scratch / "vault"
            staged.mkdir()
            manifest = _extract_backup(backup, staged)
            try:
                slots = _load_slots(staged)
                if slots.vault_id != manifest.get("vault_id"):
                    raise BackupInvalid(
                        path=str(backup), detail="its parts do not belong together"
                    )
                opened = Vault.unlock(staged, name, passphrase)
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
                opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                opened.lock()
            _swap_in(staged, folder)
            restored = True
    finally:
        lock.release()
        if created and not restored:
            # A refused restore into a new folder leaves nothing behind.
            shutil.rmtree(folder, ignore_errors=True)
    vault = Vault.unlock(folder, name, passphrase)
    with database.transaction(vault.conn):
        audit.append(vault.conn, vault.user_id, "backup_restored", **counts)
    return vault


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


def _connect_any(path: Path, data_keys: list[bytes]) -> tuple[Connection, bytes]:
    """Open with the newest grant's key that works (two grants only mid-rekey)."""
    failure: VaultDamaged | None = None
    for key in reversed(data_keys):
        try:
            return database.connect(path, key), key
        except VaultDamaged as exc:
            failure = exc
    assert failure is not None
    raise failure


def _finish_rekey(
    conn: Connection, folder: Path, slots: KeySlotFile, current: bytes, newest: bytes
) -> tuple[KeySlotFile, bytes]:
    """Complete a member removal that stopped half-way (the slots still hold two grants).

    Without this, a crash or a full disk between ``remove_member``'s steps could leave the
    database under the old data key for good: the member's row and slot are gone, so the
    removal cannot be repeated, and their old key would still open the database.
    """
    if current != newest:
        with database.translate_errors():
            conn.execute(f"PRAGMA rekey = \"x'{newest.hex()}'\"")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    final = KeySlotFile(
        slots.vault_id, slots.training,
        tuple(regrant(s, slots.vault_id, [newest]) for s in slots.slots),
    )
    final.save(folder)
    return final, newest


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


def _swap_in(staged: Path, folder: Path) -> None:
    keep = folder / f"before-restore-{audit.now_utc().replace(':', '')}"
    present = [p for p in folder.iterdir() if p.name.startswith((DB_NAME, KEYSLOTS_NAME))]
    if present:
        keep.mkdir()
        for path in present:
            os.replace(path, keep / path.name)
    # Database first, key slots last: a folder with the new slots always has its database.
    os.replace(staged / DB_NAME, folder / DB_NAME)
    os.replace(staged / KEYSLOTS_NAME, folder / KEYSLOTS_NAME)
    fsync_dir(folder)


@contextlib.contextmanager
def _scratch_dir(parent: Path) -> Iterator[Path]:
    parent.mkdir(parents=True, exist_ok=True)
    try:
        path = Path(tempfile.mkdtemp(prefix=".peerdesk-", dir=parent))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _remove_partial_vault(folder: Path) -> None:
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYSLOTS_NAME):
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
