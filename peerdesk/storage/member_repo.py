"""The ``members`` table: account state and roles (never in the plain key-slot file)."""

from __future__ import annotations

from peerdesk.domain.members import Member, Role, format_roles, parse_roles
from peerdesk.storage.audit import now_utc
from peerdesk.storage.database import Connection

_COLUMNS = "user_id, name, roles, disabled, must_change_passphrase, created_at, last_sign_in"


def _row(row: tuple[str, str, str, int, int, str, str | None]) -> Member:
    return Member(
        user_id=row[0],
        name=row[1],
        roles=parse_roles(row[2]),
        disabled=bool(row[3]),
        must_change_passphrase=bool(row[4]),
        created_at=row[5],
        last_sign_in=row[6],
    )


def get(conn: Connection, user_id: str) -> Member | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM members WHERE user_id = ?", (user_id,)).fetchone()
    return None if row is None else _row(row)


def all_members(conn: Connection) -> list[Member]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM members ORDER BY name COLLATE NOCASE")
    return [_row(r) for r in rows]


def insert(
    conn: Connection, user_id: str, name: str, roles: frozenset[Role], must_change: bool
) -> Member:
    created = now_utc()
    conn.execute(
        "INSERT INTO members (user_id, name, roles, must_change_passphrase, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (user_id, name, format_roles(roles), int(must_change), created),
    )
    return Member(user_id, name, roles, False, must_change, created, None)


def delete(conn: Connection, user_id: str) -> None:
    conn.execute("DELETE FROM members WHERE user_id = ?", (user_id,))


def set_roles(conn: Connection, user_id: str, roles: frozenset[Role]) -> None:
    conn.execute("UPDATE members SET roles = ? WHERE user_id = ?", (format_roles(roles), user_id))


def set_disabled(conn: Connection, user_id: str, disabled: bool) -> None:
    conn.execute("UPDATE members SET disabled = ? WHERE user_id = ?", (int(disabled), user_id))


def set_must_change(conn: Connection, user_id: str, must_change: bool) -> None:
    conn.execute(
        "UPDATE members SET must_change_passphrase = ? WHERE user_id = ?",
        (int(must_change), user_id),
    )


def record_sign_in(conn: Connection, user_id: str) -> None:
    conn.execute("UPDATE members SET last_sign_in = ? WHERE user_id = ?", (now_utc(), user_id))


def active_coordinators(conn: Connection) -> list[Member]:
    return [m for m in all_members(conn) if m.is_coordinator]
