"""Deciding whether a vault's database may be opened, without changing a byte of it.

SQLite changes files the moment it opens a database in WAL mode: it builds ``-shm``, and when
the last connection closes it copies ``-wal`` into the database and deletes both. A refused
unlock must leave the folder as it found it (the evidence, and a user's chance to put back a
better copy), so every check that can refuse runs before the real files are opened:

- no ``-wal`` or an empty one: on the database file opened ``immutable`` (read only, no log,
  no lock, no side files);
- a ``-wal`` with content: its frames are checked against the SQLite file format first
  (:mod:`peerdesk.storage.wal`), then the checks run on a copy of the database and its log in
  a scratch folder, where SQLite may replay and fold in as it likes.

The checks: the key opens the database, the schema is not newer than this app, every page's
HMAC and the b-tree (the length only for a large vault), the identity recorded inside, and no
fewer commits than were recorded beside it (:mod:`peerdesk.storage.commits`).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from peerdesk.domain.errors import RecentChangesDamaged, RecentChangesMissing, VaultDamaged
from peerdesk.storage import commits, database, recovery, wal
from peerdesk.storage.database import DB_NAME, Connection

WAL_NAME = f"{DB_NAME}-wal"


def examine(
    folder: Path, data_keys: list[bytes], check_identity: Callable[[Connection], None]
) -> bytes:
    """Run every check that decides whether the vault opens; return the data key that does.

    ``data_keys`` are tried newest first (two only in the middle of a re-key).

    Raises:
        VaultDamaged (or its RecentChangesMissing / RecentChangesDamaged), VaultTooNew,
        KeySlotsTampered (from ``check_identity``).
    """
    recorded = commits.read(folder)
    log = folder / WAL_NAME
    if commits.folding(folder) and not log.exists():
        # A crash struck while the log was being copied into the database file, and the log
        # is gone: the database may hold half a transaction that only the log could finish.
        raise RecentChangesDamaged(
            detail="the -wal file was removed while changes were being written into the "
                   "database"
        )
    if _size(log) == 0:
        return _examine(folder / DB_NAME, data_keys, check_identity, recorded,
                        database.connect_unchanging, fold_log=False)
    scan = wal.scan(log)
    if scan.damage:
        raise RecentChangesDamaged(detail=scan.damage)
    with recovery.scratch_dir(folder, "check") as scratch:
        shutil.copyfile(folder / DB_NAME, scratch / DB_NAME)
        shutil.copyfile(log, scratch / WAL_NAME)
        return _examine(scratch / DB_NAME, data_keys, check_identity, recorded,
                        database.connect, fold_log=True)


def _examine(
    path: Path,
    data_keys: list[bytes],
    check_identity: Callable[[Connection], None],
    recorded: int | None,
    connect: Callable[[Path, bytes], Connection],
    *,
    fold_log: bool,
) -> bytes:
    conn, key = _connect_any(path, data_keys, connect)
    try:
        if database.check_version(conn) == 0:
            # Vault.create migrates before it writes the key-slot file, so a vault with
            # slots always has a schema: an empty database was truncated or replaced
            # (migrating it now would write a blank vault over the evidence).
            raise VaultDamaged(detail="the database is empty")
        full = path.stat().st_size <= database.FULL_CHECK_MAX_BYTES
        database.verify(conn, path, full=full, fold_log=fold_log)
        check_identity(conn)
        with database.translate_errors():
            count = commits.database_count(conn)
        if recorded is not None and count < recorded:
            raise RecentChangesMissing(
                detail=f"the database holds {count} of {recorded} saved changes"
            )
    finally:
        conn.close()
    return key


def _connect_any(
    path: Path, data_keys: list[bytes], connect: Callable[[Path, bytes], Connection]
) -> tuple[Connection, bytes]:
    failure: VaultDamaged | None = None
    for key in reversed(data_keys):
        try:
            return connect(path, key), key
        except VaultDamaged as exc:
            failure = exc
    assert failure is not None
    raise failure


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0
