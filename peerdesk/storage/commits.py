"""Every acknowledged commit reaches the database file, and a lost one is noticed.

After each transaction (:func:`after_commit`) the write-ahead log is folded into
``peerdesk.db`` (``wal_checkpoint(TRUNCATE)``), so ``peerdesk.db-wal`` does not hold the only
copy of a change that was reported as saved. Each transaction also counts itself in the
database (``vault_meta.commit_seq``) and the count is written beside it, in
``peerdesk.db-commits``, a file that holds no secret. Unlock compares the two: a database that
has fewer commits than the file recorded lost acknowledged changes (a deleted or damaged
``-wal``, or an older copy of ``peerdesk.db`` put in its place). While the log is being folded
in, the record says ``folding``: a crash then leaves a database file that may hold half a
transaction, which only the log can complete, so unlock refuses such a file without its log.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from peerdesk.storage import vault_files
from peerdesk.storage.atomic import write_atomic

if TYPE_CHECKING:
    from sqlite3 import Connection

# Beside peerdesk.db (database.DB_NAME); the name lives in vault_files.
COMMITS_NAME = vault_files.COMMITS_NAME
_KEY = "commit_seq"
_RECORD_SIZE = 40


def count_in_transaction(conn: Connection) -> None:
    """Add one to the database's commit count (inside the caller's open transaction)."""
    conn.execute(
        "INSERT INTO vault_meta (key, value) VALUES (?, '1') ON CONFLICT(key) "
        "DO UPDATE SET value = CAST(value AS INTEGER) + 1",
        (_KEY,),
    )


def database_count(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (_KEY,)).fetchone()
    return int(row[0]) if row is not None else 0


def after_commit(conn: Connection) -> None:
    """Fold the log into the database file and record the count beside it.

    The commit is durable before this runs, so nothing here may turn it into a failure: a
    checkpoint that cannot run (a reader, a full disk) leaves the change in the log, and the
    recorded count is what lets unlock notice if that log is later lost.
    """
    path = _database_path(conn)
    if path is None:
        return
    record_path = path.with_name(COMMITS_NAME)
    count: int | None = None
    with contextlib.suppress(dbapi2.DatabaseError):
        count = database_count(conn)
    if count is not None:
        # While pages are copied into the database file it may hold half a transaction, which
        # only the log can complete: the record says so until the copy is done.
        with contextlib.suppress(OSError):
            _write_in_place(record_path, count, folding=True, sync=False)
    folded = False
    with contextlib.suppress(dbapi2.DatabaseError):
        folded = _checkpoint(conn)
    if count is not None:
        # Folded in, the change is safe in the database file whatever becomes of the record,
        # so the record need not reach the disk before the change is acknowledged (a record
        # lost to a power cut is only older, never an alarm). Left in the log, it must.
        with contextlib.suppress(OSError):
            _write_in_place(record_path, count, folding=False, sync=not folded)


def _checkpoint(conn: Connection) -> bool:
    """Fold the whole log into the database file and empty it; False when it could not."""
    # Never wait for a reader (it would hold every commit up by the busy timeout): when one
    # holds the log, the change stays there this time, counted beside the database.
    timeout = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")
    return bool(busy == 0 and log == done)


def read(folder: Path) -> int | None:
    """The recorded count, or None when there is no readable record."""
    decoded = _read(folder)
    return None if decoded is None else decoded[0]


def folding(folder: Path) -> bool:
    """Whether the record says the log was being folded into the database file."""
    decoded = _read(folder)
    return decoded is not None and decoded[1]


def record(folder: Path, count: int) -> None:
    """Write the count beside the database (atomically: used when the file may be missing)."""
    write_atomic(folder / COMMITS_NAME, _encode(count, folding=False))


def _read(folder: Path) -> tuple[int, bool] | None:
    try:
        raw = (folder / COMMITS_NAME).read_bytes()
    except OSError:
        return None
    return _decode(raw)


def _encode(count: int, *, folding: bool) -> bytes:
    text = f"{'folding' if folding else 'commits'} {count:020d}"
    return f"{text} {zlib.crc32(text.encode()):08x}\n".encode().ljust(_RECORD_SIZE)


def _decode(raw: bytes) -> tuple[int, bool] | None:
    parts = raw.split()
    if len(parts) != 3 or parts[0] not in (b"commits", b"folding") or not parts[1].isdigit():
        return None
    if f"{zlib.crc32(parts[0] + b' ' + parts[1]):08x}".encode() != parts[2]:
        return None
    return int(parts[1]), parts[0] == b"folding"


def _write_in_place(path: Path, count: int, *, folding: bool, sync: bool) -> None:
    """Overwrite the fixed-size record in place: one small write (and fsync when ``sync``).

    A record smaller than a disk sector is written whole or not at all; a missing file is
    created atomically instead.
    """
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        write_atomic(path, _encode(count, folding=folding))
        return
    try:
        os.write(fd, _encode(count, folding=folding))
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)


def _database_path(conn: Connection) -> Path | None:
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None
