"""Passphrase resets a member has not yet been told about (kept in ``vault_meta``).

One row per member, ``passphrase_reset:<user id>``, holding who reset the passphrase and when
(every reset since the member last signed in with a passphrase they chose), and how many
sign-ins used a temporary passphrase since. Inside the encrypted database, like the audit log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from peerdesk.storage.database import Connection

_PREFIX = "passphrase_reset:"


@dataclass(frozen=True)
class Reset:
    by: str | None  # the coordinator's user id; None for the recovery key
    by_name: str  # their name then (they may be renamed or removed later)
    at: str  # UTC, ISO 8601


@dataclass(frozen=True)
class PendingReset:
    resets: tuple[Reset, ...]
    temporary_sign_ins: int


def get(conn: Connection, user_id: str) -> PendingReset | None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?",
                       (_PREFIX + user_id,)).fetchone()
    if row is None:
        return None
    data = json.loads(row[0])
    resets = tuple(Reset(r["by"], r["by_name"], r["at"]) for r in data["resets"])
    return PendingReset(resets, int(data["temporary_sign_ins"]))


def _put(conn: Connection, user_id: str, pending: PendingReset) -> None:
    value = json.dumps({
        "resets": [{"by": r.by, "by_name": r.by_name, "at": r.at} for r in pending.resets],
        "temporary_sign_ins": pending.temporary_sign_ins,
    })
    conn.execute("INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
                 (_PREFIX + user_id, value))


def add_reset(conn: Connection, user_id: str, reset: Reset) -> None:
    """Remember one more reset (earlier ones not yet told are kept, with their count)."""
    pending = get(conn, user_id) or PendingReset((), 0)
    _put(conn, user_id, PendingReset((*pending.resets, reset), pending.temporary_sign_ins))


def count_temporary_sign_in(conn: Connection, user_id: str) -> None:
    pending = get(conn, user_id)
    if pending is not None:
        _put(conn, user_id, PendingReset(pending.resets, pending.temporary_sign_ins + 1))


def clear(conn: Connection, user_id: str) -> None:
    conn.execute("DELETE FROM vault_meta WHERE key = ?", (_PREFIX + user_id,))
