"""The hash-chained audit log.

Each entry's MAC is HMAC-SHA256 over the previous entry's MAC and the entry itself, keyed with
a random audit key kept inside the encrypted database (so a re-key does not break the chain).
The head (last sequence number and MAC) is kept in ``vault_meta`` in the same transaction, so
deleting the newest entries is detected as well as editing, deleting or reordering any entry.
Entries hold who, what, when and counts: callers never pass contact content.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from peerdesk.storage import crypto
from peerdesk.storage.database import Connection

GENESIS = b"\x00" * 32


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user_id: str | None
    action: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_seq: int | None = None
    problem: str = ""


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _canonical(seq: int, at: str, user_id: str | None, action: str, detail: str) -> bytes:
    return json.dumps([seq, at, user_id, action, detail], separators=(",", ":")).encode()


def _meta(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _audit_key(conn: Connection) -> bytes:
    value = _meta(conn, "audit_key")
    if value is None:
        raise RuntimeError("vault has no audit key")
    return bytes.fromhex(value)


def append(
    conn: Connection, user_id: str | None, action: str, **detail: int | str | bool | None
) -> int:
    """Add one entry; call inside the caller's transaction. Returns its sequence number."""
    key = _audit_key(conn)
    head = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if head is None else (int(head[0]) + 1, bytes(head[1]))
    at = now_utc()
    detail_text = json.dumps(detail, sort_keys=True, separators=(",", ":"))
    mac = crypto.mac(key, prev + _canonical(seq, at, user_id, action, detail_text))
    conn.execute(
        "INSERT INTO audit_log (seq, at, user_id, action, detail, mac) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, at, user_id, action, detail_text, mac),
    )
    conn.execute(
        "INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('audit_head', ?)",
        (f"{seq}:{mac.hex()}",),
    )
    return seq


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to read; every part left empty matches everything.

    Attributes:
        actions: entries of these action codes only.
        member: entries by this user id, or about them (a ``target`` in the detail).
        since: entries at or after this UTC stamp (``2026-11-29T00:00:00Z``).
        before: entries before this UTC stamp.
    """

    actions: frozenset[str] = frozenset()
    member: str | None = None
    since: str | None = None
    before: str | None = None

    def where(self) -> tuple[str, list[str]]:
        """The SQL condition and its parameters (``1`` when nothing is filtered)."""
        terms: list[str] = []
        params: list[str] = []
        if self.actions:
            terms.append(f"action IN ({','.join('?' * len(self.actions))})")
            params.extend(sorted(self.actions))
        if self.member is not None:
            terms.append("(user_id = ? OR json_extract(detail, '$.target') = ?)")
            params.extend((self.member, self.member))
        if self.since is not None:
            terms.append("at >= ?")
            params.append(self.since)
        if self.before is not None:
            terms.append("at < ?")
            params.append(self.before)
        return (" AND ".join(terms) or "1"), params


EVERYTHING = AuditFilter()


def entries(conn: Connection, limit: int = 1000, offset: int = 0,
            only: AuditFilter = EVERYTHING) -> list[AuditEntry]:
    """Newest first; ``only`` those the filter matches."""
    where, params = only.where()
    rows = conn.execute(
        f"SELECT seq, at, user_id, action, detail FROM audit_log WHERE {where} "
        "ORDER BY seq DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [AuditEntry(int(r[0]), r[1], r[2], r[3], json.loads(r[4])) for r in rows]


def actions(conn: Connection) -> list[str]:
    """Every action code the log holds, in the order of first use."""
    rows = conn.execute("SELECT action FROM audit_log GROUP BY action ORDER BY min(seq)")
    return [str(r[0]) for r in rows]


def verify_chain(conn: Connection) -> ChainReport:
    """Walk the chain from the first entry; report the first entry that does not fit."""
    key = _audit_key(conn)
    prev = GENESIS
    expected_seq = 1
    count = 0
    for seq, at, user_id, action, detail, mac in conn.execute(
        "SELECT seq, at, user_id, action, detail, mac FROM audit_log ORDER BY seq"
    ):
        if seq != expected_seq:
            return ChainReport(count, False, expected_seq, "an entry is missing")
        good = crypto.mac(key, prev + _canonical(seq, at, user_id, action, detail))
        if not hmac.compare_digest(good, bytes(mac)):
            return ChainReport(count, False, seq, "an entry was changed or moved")
        prev = bytes(mac)
        expected_seq += 1
        count += 1
    head = _meta(conn, "audit_head")
    expected_head = None if count == 0 else f"{count}:{prev.hex()}"
    if head != expected_head:
        return ChainReport(count, False, count + 1, "the newest entries were removed")
    return ChainReport(count, True)
