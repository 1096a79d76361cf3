"""The SQLCipher connection: pragmas, transactions, error translation, migrations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from peerdesk.domain.errors import DiskFull, VaultDamaged, VaultTooNew
from peerdesk.storage import crypto, database

KEY = bytes(range(32))


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[database.Connection]:
    connection = database.connect(tmp_path / "test.db", KEY)
    database.migrate(connection, tmp_path / "test.db")
    yield connection
    connection.close()


def test_pragmas_on_open(conn: database.Connection) -> None:
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert database.user_version(conn) == database.SCHEMA_VERSION
    assert conn.isolation_level is None


def test_file_is_encrypted_and_opens_only_with_its_key(conn: database.Connection,
                                                       tmp_path: Path) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    header = (tmp_path / "test.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    with pytest.raises(VaultDamaged) as info:
        database.connect(tmp_path / "test.db", crypto.new_data_key())
    assert info.value.params == {"detail": "file is not a database"}
    plain = sqlcipher3.connect(str(tmp_path / "test.db"))
    with pytest.raises(sqlcipher3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_transaction_commits_and_rolls_back(conn: database.Connection) -> None:
    with database.transaction(conn):
        conn.execute("INSERT INTO vault_meta (key, value) VALUES ('a', '1')")

    def insert_then_fail() -> None:
        with database.transaction(conn):
            conn.execute("INSERT INTO vault_meta (key, value) VALUES ('b', '2')")
            raise KeyError("boom")

    with pytest.raises(KeyError):
        insert_then_fail()
    keys = [r[0] for r in conn.execute(
        "SELECT key FROM vault_meta WHERE key != 'commit_seq' ORDER BY key")]
    assert keys == ["a"]
    assert not conn.in_transaction


def test_full_database_inside_a_transaction_is_disk_full(conn: database.Connection) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")

    def fill() -> None:
        with database.transaction(conn):
            for i in range(1000):
                conn.execute("INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                             (f"k{i}", "x" * 500))

    with pytest.raises(DiskFull) as info:
        fill()
    assert str(info.value) == (
        "The disk is full; nothing was changed. Free some space and try again."
    )
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM vault_meta").fetchone()[0] == 0
    # The connection is still usable, and writes succeed once there is room.
    conn.execute(f"PRAGMA max_page_count = {pages + 100}")
    with database.transaction(conn):
        conn.execute("INSERT INTO vault_meta (key, value) VALUES ('after', 'ok')")
    database.verify(conn)


def test_newer_schema_is_refused(conn: database.Connection, tmp_path: Path) -> None:
    conn.execute(f"PRAGMA user_version = {database.SCHEMA_VERSION + 1}")
    with pytest.raises(VaultTooNew):
        database.check_version(conn)
    with pytest.raises(VaultTooNew):
        database.migrate(conn, tmp_path / "test.db")


def test_migrations_are_numbered_without_gaps() -> None:
    numbers = [n for n, _ in database.MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1))
    assert numbers[-1] == database.SCHEMA_VERSION


def test_migrate_is_idempotent(conn: database.Connection, tmp_path: Path) -> None:
    assert database.migrate(conn, tmp_path / "test.db") == 0


def test_verify_reports_damage(tmp_path: Path) -> None:
    path = tmp_path / "test.db"
    conn = database.connect(path, KEY)
    database.migrate(conn, path)
    with database.transaction(conn):
        for i in range(200):
            conn.execute("INSERT INTO vault_meta (key, value) VALUES (?, ?)", (f"k{i}", "v" * 300))
    conn.close()
    data = bytearray(path.read_bytes())
    data[5 * 4096 + 100] ^= 0x01
    path.write_bytes(bytes(data))
    conn = database.connect(path, KEY)
    try:
        with pytest.raises(VaultDamaged) as info:
            database.verify(conn)
        assert info.value.params == {"detail": "HMAC verification failed for page 6"}
    finally:
        conn.close()
