"""Opening the SQLCipher database: raw key, pragmas, verification, migrations, error mapping."""

from __future__ import annotations

import contextlib
import errno
import re
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlcipher3 import dbapi2

from peerdesk.domain.errors import DiskFull, VaultDamaged, VaultInUse, VaultTooNew
from peerdesk.storage import commits, vault_files

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its connection has exactly sqlite3's interface.
    from sqlite3 import Connection as Connection  # noqa: PLC0414 - explicit re-export
else:
    Connection = dbapi2.Connection

DB_NAME = vault_files.DB_NAME
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def _migrations() -> list[tuple[int, str]]:
    found = []
    for entry in resources.files("peerdesk.storage.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [n for n, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migrations must be numbered 0001, 0002, ... without gaps")
    return found


MIGRATIONS = _migrations()
SCHEMA_VERSION = MIGRATIONS[-1][0]


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn SQLCipher's and the OS's failures into the domain's known errors."""
    try:
        yield
    except dbapi2.DatabaseError as exc:
        raise _translate(exc) from exc
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise


def _translate(exc: Exception) -> Exception:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "database is locked" in text or "database is busy" in text:
        return VaultInUse()
    if "not a database" in text or "malformed" in text or "disk i/o error" in text:
        return VaultDamaged(detail=str(exc))
    return exc


def connect(path: Path, data_key: bytes) -> Connection:
    """Open ``path`` with the raw data key and PeerDesk's pragmas; verify it decrypts.

    The connection is in autocommit mode (``isolation_level=None``): writers use
    :func:`transaction`. It may be used from the thread that owns it only.

    Raises:
        VaultDamaged: the key does not decrypt page 1 or the file is not a database.
    """
    with translate_errors():
        conn: Connection = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
            # Off, on purpose (ARCHITECTURE section 3 says why): wiping every buffer SQLite frees
            # made writes about 7x and ranked searches about 15x slower, yet every value read
            # becomes a Python object that is never wiped, so it bought little. Pages on disk
            # are encrypted and authenticated either way; keys are dropped on lock.
            conn.execute("PRAGMA cipher_memory_security = OFF")
            # Reading the schema is the first access to page 1: a wrong key or damage shows here.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA busy_timeout = 2000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
        except BaseException:
            conn.close()
            raise
    return conn


def connect_unchanging(path: Path, data_key: bytes) -> Connection:
    """Open ``path`` to read it exactly as it is on disk, changing nothing.

    SQLite's ``immutable`` mode takes no lock, creates no ``-wal`` or ``-shm`` file and
    replays no log: the checks that decide whether a vault may be opened run on this, so a
    refused unlock leaves every byte where it was.

    Raises:
        VaultDamaged: the key does not decrypt page 1 or the file is not a database.
    """
    with translate_errors():
        uri = path.resolve().as_uri() + "?immutable=1"
        conn: Connection = sqlcipher3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
            conn.execute("PRAGMA cipher_memory_security = OFF")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
    return conn


# Up to this size unlock checks every page (about 0.1 s); beyond it, unlock checks the file's
# length only and the full sweep is `peerdesk vault check` (it took 3.7 s at 650 MB). A damaged
# page met later still reads as VaultDamaged through translate_errors.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


def verify(
    conn: Connection, path: Path | None = None, *, full: bool = True, fold_log: bool = True
) -> None:
    """Check the database: its length always; every page's HMAC and the b-tree when ``full``.

    ``fold_log=False`` is for a connection from :func:`connect_unchanging`, which has no log.

    Raises:
        VaultDamaged: naming the first problem found.
    """
    with translate_errors():
        # cipher_integrity_check reads the database file, not the WAL: fold committed frames
        # in first. After a crash during a re-key the file still holds pages under the old
        # key while the WAL holds them all under the new one; checked as they were, they
        # would report a healthy vault as damaged.
        if fold_log:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if path is not None:
            _check_length(conn, path)
        if not full:
            return
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
            raise VaultDamaged(detail=problems[0])
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise VaultDamaged(detail=result)


def _check_length(conn: Connection, path: Path) -> None:
    """A file cut short (or grown) no longer matches the page count its header records."""
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    actual = path.stat().st_size
    if actual != pages * page_size:
        raise VaultDamaged(
            detail=f"the file is {actual} bytes long, its header says {pages * page_size}"
        )


def user_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: Connection) -> int:
    """The schema version, refusing a vault written by a newer PeerDesk."""
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise VaultTooNew(found=version, supported=SCHEMA_VERSION)
    return version


def migrate(conn: Connection, path: Path) -> int:
    """Apply pending migrations, each in one transaction with its ``user_version``.

    An existing database is copied (still encrypted) to ``peerdesk.db.before-vN`` first.
    Returns the number of migrations applied.
    """
    version = check_version(conn)
    pending = [(n, sql) for n, sql in MIGRATIONS if n > version]
    if not pending:
        return 0
    with translate_errors():
        if version > 0:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy2(path, path.with_name(f"{path.name}.before-v{version}"))
        for number, sql in pending:
            # executescript would commit implicitly; run statements inside our own transaction.
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise
    return len(pending)


def _statements(sql: str) -> Iterator[str]:
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise RuntimeError("migration ends with an incomplete statement")


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (or ``ROLLBACK`` on any error), errors translated.

    Each transaction counts itself, and once committed it is folded into the database file
    and its count recorded beside it (:mod:`peerdesk.storage.commits`), so an acknowledged
    change never lives only in the ``-wal`` file and its loss would be noticed.
    """
    with translate_errors():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            commits.count_in_transaction(conn)
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
    commits.after_commit(conn)


def _rollback(conn: Connection) -> None:
    """Roll back the open transaction, if SQLite has not already done so.

    After some errors (SQLITE_FULL, SQLITE_IOERR, ...) SQLite rolls the transaction back by
    itself; a second ROLLBACK would fail with "no transaction is active" and hide the real
    error (a full disk would surface as an untranslated OperationalError). A failed COMMIT
    leaves the transaction open: rolling it back keeps the connection usable.
    """
    if conn.in_transaction:
        conn.execute("ROLLBACK")
