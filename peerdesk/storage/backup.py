"""Backups of a vault, and restoring one (ARCHITECTURE section 3).

A backup is a zip of an encrypted copy of the database and the key-slot file, verified before
it is renamed into place: as encrypted as the vault, not an export. A restore proves the backup
opens before anything of the vault is touched; the swap itself, and finishing a swap a crash
interrupted, is :mod:`peerdesk.storage.recovery`'s.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from peerdesk.domain.errors import BackupInvalid, DiskFull, KeySlotsTampered, VaultDamaged
from peerdesk.storage import audit, database, recovery
from peerdesk.storage.atomic import fsync_dir
from peerdesk.storage.database import DB_NAME, Connection
from peerdesk.storage.file_modes import make_private_dir, open_private
from peerdesk.storage.keyslots import KEYSLOTS_NAME
from peerdesk.storage.process_lock import VaultLock
from peerdesk.storage.unlock import file_salt, load_slots, unlock
from peerdesk.storage.unlocked import UnlockedVault

V = TypeVar("V", bound=UnlockedVault)

BACKUP_MANIFEST = "manifest.json"
BACKUP_FORMAT = 1
_COUNTED_TABLES = ("members", "audit_log")


def backup(vault: UnlockedVault, out: Path) -> None:
    """Write a verified, encrypted backup file (a zip of the database and key slots).

    The database is copied with SQLite's backup API under the same key, re-opened and
    checked (pages, row counts) before the file is renamed into place. A backup is as
    encrypted as the vault: it is not an export.

    The copy is made in a scratch folder inside the vault folder; the zip is written beside
    ``out`` under a temporary name that the vault folder records until the rename, so a
    crash leaves nothing that the next unlock does not remove.
    """
    out = out.resolve()
    conn = vault.conn
    counts = row_counts(conn)
    with database.translate_errors():
        out.parent.mkdir(parents=True, exist_ok=True)
    with recovery.scratch_dir(vault.folder, "backup") as scratch:
        copy_path = scratch / DB_NAME
        with database.translate_errors():
            target = database.connect(copy_path, vault.data_key)
            try:
                conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            _verify_copy(copy_path, vault.data_key, counts)
        manifest = {
            "format": BACKUP_FORMAT,
            "app": "PeerDesk",
            "vault_id": vault.vault_id,
            "training": vault.training,
            "created_at": audit.now_utc(),
            "schema_version": database.user_version(conn),
            "row_counts": counts,
        }
        with database.translate_errors(), \
                recovery.pending_file(vault.folder, recovery.partial_path(out)) as tmp_zip:
            os.close(open_private(tmp_zip, os.O_TRUNC))  # 0600 before a byte is in it
            with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_STORED) as archive:
                archive.writestr(BACKUP_MANIFEST, json.dumps(manifest, indent=2))
                # Bound to the copy: the backup API gave it a salt of its own.
                bound = replace(vault.slots, database_salt=file_salt(copy_path))
                archive.writestr(KEYSLOTS_NAME, bound.to_bytes())
                archive.write(copy_path, DB_NAME)
            with open(tmp_zip, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp_zip, out)
            fsync_dir(out.parent)
    with database.transaction(conn):
        audit.append(conn, vault.user_id, "backup_written", **counts)


def row_counts(conn: Connection) -> dict[str, int]:
    """The row counts a backup records and a restore compares."""
    return {
        t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in _COUNTED_TABLES
    }


def restore(
    cls: type[V],
    backup: Path,
    folder: Path,
    name: str,
    passphrase: str,
    authorize: Callable[[V], None] | None = None,
) -> V:
    """Replace the vault in ``folder`` with a backup, after checking the backup opens.

    The backup is unpacked into ``folder/.peerdesk-restore/``, unlocked there with ``name``'s
    passphrase *as it was in the backup* and verified (pages, row counts); ``authorize`` may
    refuse the member (it raises). Only then is the plan of the swap recorded and carried out
    (:mod:`peerdesk.storage.recovery`): the previous files go to
    ``folder/before-restore-<time>/``. A crash at any point leaves the old vault or the
    restored one; the next unlock finishes the swap. Returns the restored vault (a ``cls``),
    open and signed in.
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
            counts = _stage(cls, backup, staged, name, passphrase, authorize)
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
    vault = unlock(cls, folder, name, passphrase)
    try:
        with database.transaction(vault.conn):
            audit.append(vault.conn, vault.user_id, "backup_restored", **counts)
    except BaseException:
        vault.lock()
        raise
    return vault


def _stage(
    cls: type[V],
    backup: Path,
    staged: Path,
    name: str,
    passphrase: str,
    authorize: Callable[[V], None] | None,
) -> dict[str, int]:
    """Unpack ``backup`` into ``staged`` and prove it opens; return its row counts."""
    manifest = _extract_backup(backup, staged)
    try:
        slots = load_slots(staged)
        if slots.vault_id != manifest.get("vault_id"):
            raise BackupInvalid(path=str(backup), detail="its parts do not belong together")
        opened = unlock(cls, staged, name, passphrase, tidy=False)
    except (VaultDamaged, KeySlotsTampered) as exc:
        # Damage inside the backup is the backup's, not the vault's: "restore it
        # from a backup" would be the wrong advice here.
        raise BackupInvalid(path=str(backup), detail="its contents are damaged") from exc
    try:
        if authorize is not None:
            authorize(opened)
        counts = row_counts(opened.conn)
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


def _verify_copy(path: Path, data_key: bytes, counts: dict[str, int]) -> None:
    conn = database.connect(path, data_key)
    try:
        database.verify(conn, path)
        if row_counts(conn) != counts:
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
