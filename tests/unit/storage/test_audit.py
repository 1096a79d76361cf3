"""The hash-chained audit log: every kind of tampering is detected."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from peerdesk.storage import audit, database
from peerdesk.storage.database import Connection
from peerdesk.storage.vault import Vault


@pytest.fixture
def vault(team: Any) -> Iterator[Vault]:
    opened = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    with database.transaction(opened.conn) as conn:
        for i in range(8):
            audit.append(conn, opened.user_id, "test_write", n=i, label=f"entry {i}")
    try:
        yield opened
    finally:
        opened.lock()


def _count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _tamper(conn: Connection, *statements: str) -> None:
    with database.transaction(conn):
        for statement in statements:
            conn.execute(statement)


def test_untouched_chain_verifies(vault: Vault) -> None:
    report = audit.verify_chain(vault.conn)
    assert report.ok
    assert report.entries == _count(vault.conn)
    assert vault.check().ok
    newest = audit.entries(vault.conn, limit=2)
    assert [e.detail for e in newest] == [{"n": 7, "label": "entry 7"},
                                          {"n": 6, "label": "entry 6"}]


def _middle(conn: Connection) -> int:
    return _count(conn) // 2


TAMPERING: dict[str, tuple[Callable[[Connection], list[str]], str]] = {
    "detail-edited": (
        lambda c: [f"UPDATE audit_log SET detail = '{{\"n\":99}}' WHERE seq = {_middle(c)}"],
        "an entry was changed or moved",
    ),
    "action-edited": (
        lambda c: [f"UPDATE audit_log SET action = 'nothing' WHERE seq = {_middle(c)}"],
        "an entry was changed or moved",
    ),
    "time-edited": (
        lambda c: [f"UPDATE audit_log SET at = '2001-01-01T00:00:00Z' WHERE seq = {_middle(c)}"],
        "an entry was changed or moved",
    ),
    "user-edited": (
        lambda c: [f"UPDATE audit_log SET user_id = NULL WHERE seq = {_middle(c)}"],
        "an entry was changed or moved",
    ),
    "middle-deleted": (
        lambda c: [f"DELETE FROM audit_log WHERE seq = {_middle(c)}"],
        "an entry is missing",
    ),
    "first-deleted": (
        lambda c: ["DELETE FROM audit_log WHERE seq = 1"],
        "an entry is missing",
    ),
    "newest-deleted": (
        lambda c: [f"DELETE FROM audit_log WHERE seq = {_count(c)}"],
        "the newest entries were removed",
    ),
    "all-deleted": (
        lambda c: ["DELETE FROM audit_log"],
        "the newest entries were removed",
    ),
    "swapped": (
        lambda c: [
            f"UPDATE audit_log SET seq = -1 WHERE seq = {_middle(c)}",
            f"UPDATE audit_log SET seq = {_middle(c)} WHERE seq = {_middle(c) + 1}",
            f"UPDATE audit_log SET seq = {_middle(c) + 1} WHERE seq = -1",
        ],
        "an entry was changed or moved",
    ),
    "mac-copied": (
        lambda c: [f"UPDATE audit_log SET mac = (SELECT mac FROM audit_log WHERE seq = 1) "
                   f"WHERE seq = {_middle(c)}"],
        "an entry was changed or moved",
    ),
    "head-rewound": (
        lambda c: ["UPDATE vault_meta SET value = '1:00' WHERE key = 'audit_head'"],
        "the newest entries were removed",
    ),
}


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_tampering_is_detected(vault: Vault, kind: str) -> None:
    make, problem = TAMPERING[kind]
    _tamper(vault.conn, *make(vault.conn))
    report = audit.verify_chain(vault.conn)
    assert not report.ok
    assert report.problem == problem
    assert report.first_bad_seq is not None
    check = vault.check()
    assert not check.ok
    assert check.pages_ok  # the database itself is fine: only the log was edited
    assert not check.audit_ok
    assert check.audit_problem == problem


def test_first_bad_entry_is_named(vault: Vault) -> None:
    middle = _middle(vault.conn)
    _tamper(vault.conn, f"UPDATE audit_log SET detail = '{{}}' WHERE seq = {middle}")
    assert audit.verify_chain(vault.conn).first_bad_seq == middle
    assert audit.verify_chain(vault.conn).entries == middle - 1


def test_a_forged_entry_without_the_key_is_detected(vault: Vault) -> None:
    # Appending a plausible row with a made-up MAC (no audit key) breaks the chain too.
    seq = _count(vault.conn) + 1
    _tamper(
        vault.conn,
        "INSERT INTO audit_log (seq, at, user_id, action, detail, mac) VALUES "
        f"({seq}, '2030-01-01T00:00:00Z', NULL, 'forged', '{{}}', zeroblob(32))",
    )
    report = audit.verify_chain(vault.conn)
    assert not report.ok
    assert report.first_bad_seq == seq


def test_chain_survives_member_removal_and_reopening(team: Any) -> None:
    vault = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        vault.remove_member(team.supporter_id)
        with database.transaction(vault.conn):
            audit.append(vault.conn, vault.user_id, "test_write", n=1)
    finally:
        vault.lock()
    again = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        report = audit.verify_chain(again.conn)
        assert report.ok
        assert report.entries == _count(again.conn)
    finally:
        again.lock()


def test_failed_transaction_leaves_no_entry(vault: Vault) -> None:
    before = _count(vault.conn)

    def append_then_fail() -> None:
        with database.transaction(vault.conn):
            audit.append(vault.conn, vault.user_id, "test_write", n=-1)
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        append_then_fail()
    assert _count(vault.conn) == before
    assert audit.verify_chain(vault.conn).ok
