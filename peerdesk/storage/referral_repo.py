"""The referral directory table and its full-text index (FTS5, inside the encrypted database).

Search turns what a person types into a safe FTS5 query: every word becomes a quoted prefix
term (``"cri"*``), so FTS operators (AND, OR, NOT, NEAR, ``*``, ``^``, ``:``, quotes,
parentheses) typed by anyone are searched for as text and never parsed as syntax. Results are
ranked by bm25 with the name weighted far above the other columns.

Callers (services) check permissions; this module only reads and writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from peerdesk.domain.referrals import (
    Cost,
    Resource,
    ResourceCategory,
    ResourceFilter,
    duplicate_key,
)
from peerdesk.storage.audit import now_utc
from peerdesk.storage.database import Connection

ANY = ResourceFilter()
MAX_TERMS = 8
# Queries matching more resources than this are ordered by name instead of by bm25 (search()).
RANK_LIMIT = 500
MAX_TERM_LENGTH = 64
# bm25 weights per indexed column: name, notes, region, languages.
NAME_WEIGHT, NOTES_WEIGHT, REGION_WEIGHT, LANGUAGES_WEIGHT = 10.0, 1.0, 2.0, 2.0

_FIELDS = (
    "name, category, phone, contact_details, hours, available_24_7, region, languages, cost, "
    "first_responder_informed, notes, last_verified, is_example"
)
_SELECT = f"SELECT r.id, {', '.join('r.' + f.strip() for f in _FIELDS.split(','))}"
# Letters and digits: the characters FTS5's unicode61 tokenizer keeps in its tokens.
_TERM = re.compile(r"[^\W_]+")
# Crisis lines open around the clock first: what a supporter in a hurry needs at the top.
_CRISIS_24_7 = "r.category = 'crisis_line' AND r.available_24_7 = 1"
_BY_NAME = "r.name COLLATE NOCASE, r.id"


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for typed ``text`` (None when it holds no searchable word).

    Each word becomes ``"word"*`` (a prefix term; quotes doubled, though the words never hold
    any): all words must match. Words past :data:`MAX_TERMS` are ignored and very long words
    cut, so a pasted page cannot make a slow query.
    """
    terms = _TERM.findall(text)[:MAX_TERMS]
    if not terms:
        return None
    return " ".join('"' + t[:MAX_TERM_LENGTH].replace('"', '""') + '"*' for t in terms)


def _values(r: Resource, stamp: str) -> tuple[Any, ...]:
    return (
        r.name, r.category.value, r.phone, r.contact_details, r.hours, int(r.available_24_7),
        r.region, r.languages, r.cost.value, int(r.first_responder_informed), r.notes,
        None if r.last_verified is None else r.last_verified.isoformat(), int(r.is_example),
        stamp,
    )


def _row(row: Sequence[Any]) -> Resource:
    return Resource(
        id=int(row[0]), name=row[1], category=ResourceCategory(row[2]), phone=row[3],
        contact_details=row[4], hours=row[5], available_24_7=bool(row[6]), region=row[7],
        languages=row[8], cost=Cost(row[9]), first_responder_informed=bool(row[10]),
        notes=row[11], last_verified=None if row[12] is None else date.fromisoformat(row[12]),
        is_example=bool(row[13]),
    )


def insert(conn: Connection, resource: Resource) -> int:
    stamp = now_utc()
    cursor = conn.execute(
        f"INSERT INTO referral_resources ({_FIELDS}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * 15)})",
        (*_values(resource, stamp), stamp),
    )
    return int(cursor.lastrowid or 0)


def insert_many(conn: Connection, resources: Iterable[Resource]) -> int:
    """Insert every resource (inside the caller's transaction); returns how many."""
    stamp = now_utc()
    rows = [(*_values(r, stamp), stamp) for r in resources]
    conn.executemany(
        f"INSERT INTO referral_resources ({_FIELDS}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * 15)})",
        rows,
    )
    return len(rows)


def update(conn: Connection, resource_id: int, resource: Resource) -> bool:
    """Rewrite one resource; False when there is no such id."""
    assignments = ", ".join(f"{f.strip()} = ?" for f in _FIELDS.split(","))
    cursor = conn.execute(
        f"UPDATE referral_resources SET {assignments}, updated_at = ? WHERE id = ?",
        (*_values(resource, now_utc()), resource_id),
    )
    return cursor.rowcount > 0


def set_verified(conn: Connection, resource_id: int, day: date) -> bool:
    cursor = conn.execute(
        "UPDATE referral_resources SET last_verified = ?, updated_at = ? WHERE id = ?",
        (day.isoformat(), now_utc(), resource_id),
    )
    return cursor.rowcount > 0


def delete(conn: Connection, resource_id: int) -> bool:
    cursor = conn.execute("DELETE FROM referral_resources WHERE id = ?", (resource_id,))
    return cursor.rowcount > 0


def delete_examples(conn: Connection) -> int:
    cursor = conn.execute("DELETE FROM referral_resources WHERE is_example = 1")
    return int(cursor.rowcount)


def get(conn: Connection, resource_id: int) -> Resource | None:
    row = conn.execute(
        f"{_SELECT} FROM referral_resources r WHERE r.id = ?", (resource_id,)
    ).fetchone()
    return None if row is None else _row(row)


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM referral_resources").fetchone()[0])


def all_resources(conn: Connection) -> list[Resource]:
    """The whole directory by category and name (for export)."""
    rows = conn.execute(
        f"{_SELECT} FROM referral_resources r ORDER BY r.category, {_BY_NAME}"
    ).fetchall()
    return [_row(r) for r in rows]


def duplicate_keys(conn: Connection) -> set[tuple[str, str]]:
    """Every resource's duplicate key (name ignoring case and spacing, phone digits)."""
    return {duplicate_key(n, p) for n, p in conn.execute(
        "SELECT name, phone FROM referral_resources"
    )}


def _where(filters: ResourceFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.category is not None:
        clauses.append("r.category = ?")
        params.append(filters.category.value)
    if filters.available_24_7:
        clauses.append("r.available_24_7 = 1")
    if filters.first_responder_informed:
        clauses.append("r.first_responder_informed = 1")
    # instr over lower(): a plain substring test, so % and _ typed in a filter mean themselves.
    if filters.language.strip():
        clauses.append("instr(lower(r.languages), lower(?)) > 0")
        params.append(filters.language.strip())
    if filters.region.strip():
        clauses.append("instr(lower(r.region), lower(?)) > 0")
        params.append(filters.region.strip())
    return clauses, params


def search(
    conn: Connection, text: str, filters: ResourceFilter = ANY, limit: int = 200
) -> list[Resource]:
    """Resources matching ``text`` (prefix words) and ``filters``, best first.

    Without searchable words: every resource matching the filters, crisis lines open 24/7
    first, then real entries before starter examples, then by name.

    With words: when they match at most :data:`RANK_LIMIT` resources, all of them are ranked
    by bm25 (name weighted far above the rest). A broader query (the first letter or two
    typed) is not worth ranking thousands of rows for on every keystroke: resources with a
    matching word in their *name* come first, by name, then the other matches by name.
    """
    clauses, params = _where(filters)
    query = fts_query(text)
    if query is None:
        return _listing(conn, clauses, params, limit)
    extra = "".join(f" AND {c}" for c in clauses)
    if _matches_at_most(conn, query, RANK_LIMIT):
        rows = conn.execute(
            f"{_SELECT} FROM referral_search s JOIN referral_resources r ON r.id = s.rowid "
            f"WHERE referral_search MATCH ?{extra} "
            f"ORDER BY bm25(referral_search, {NAME_WEIGHT}, {NOTES_WEIGHT}, {REGION_WEIGHT}, "
            f"{LANGUAGES_WEIGHT}), {_BY_NAME} LIMIT ?",
            (query, *params, limit),
        ).fetchall()
        return [_row(r) for r in rows]
    found = _by_name(conn, f"{{name}} : ({query})", extra, params, limit, exclude_name=None)
    if len(found) < limit:
        found += _by_name(conn, query, extra, params, limit - len(found), exclude_name=query)
    return found


def _matches_at_most(conn: Connection, query: str, most: int) -> bool:
    # Counting stops at most + 1 rows: cheap even for a one-letter prefix.
    row = conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM referral_search WHERE referral_search MATCH ? "
        "LIMIT ?)",
        (query, most + 1),
    ).fetchone()
    return int(row[0]) <= most


def _by_name(
    conn: Connection, query: str, extra: str, params: list[Any], limit: int,
    exclude_name: str | None,
) -> list[Resource]:
    """Matches of ``query`` in name order (real entries first), walking the name index."""
    skip = ""
    skip_params: list[Any] = []
    if exclude_name is not None:
        skip = (" AND +r.id NOT IN (SELECT rowid FROM referral_search "
                "WHERE referral_search MATCH ?)")
        skip_params = [f"{{name}} : ({exclude_name})"]
    # "+r.id": match membership as a filter, so the planner walks the name index in order and
    # stops at ``limit`` instead of sorting every match.
    rows = conn.execute(
        f"{_SELECT} FROM referral_resources r WHERE +r.id IN (SELECT rowid FROM "
        f"referral_search WHERE referral_search MATCH ?){skip}{extra} "
        f"ORDER BY r.is_example, {_BY_NAME} LIMIT ?",
        (query, *skip_params, *params, limit),
    ).fetchall()
    return [_row(r) for r in rows]


def _listing(conn: Connection, clauses: list[str], params: list[Any], limit: int) -> list[Resource]:
    """Crisis lines open 24/7, then the rest (real before examples) by name, each from an
    index so no sort of the whole directory is needed."""
    extra = "".join(f" AND {c}" for c in clauses)
    crisis = conn.execute(
        f"{_SELECT} FROM referral_resources r WHERE {_CRISIS_24_7}{extra} "
        f"ORDER BY {_BY_NAME} LIMIT ?",
        (*params, limit),
    ).fetchall()
    rest = conn.execute(
        f"{_SELECT} FROM referral_resources r WHERE NOT ({_CRISIS_24_7}){extra} "
        f"ORDER BY r.is_example, {_BY_NAME} LIMIT ?",
        (*params, max(0, limit - len(crisis))),
    ).fetchall()
    return [_row(r) for r in (*crisis, *rest)]


def in_categories(
    conn: Connection, categories: Sequence[ResourceCategory], *, or_24_7: bool = False
) -> list[Resource]:
    """Resources of ``categories`` (and, with ``or_24_7``, any resource open 24/7).

    Order: real entries before starter examples, then the categories in the order given
    (resources of other categories last), open 24/7 before not, then by name.
    """
    codes = [c.value for c in categories]
    marks = ", ".join("?" * len(codes))
    where = f"r.category IN ({marks})" + (" OR r.available_24_7 = 1" if or_24_7 else "")
    rank = " ".join(f"WHEN ? THEN {i}" for i in range(len(codes)))
    rows = conn.execute(
        f"{_SELECT} FROM referral_resources r WHERE {where} "
        f"ORDER BY r.is_example, CASE r.category {rank} ELSE {len(codes)} END, "
        f"r.available_24_7 DESC, {_BY_NAME}",
        (*codes, *codes),
    ).fetchall()
    return [_row(r) for r in rows]


def distinct_values(conn: Connection, column: str) -> list[str]:
    """The distinct non-empty ``region`` or ``languages`` texts (for filter choices)."""
    if column not in ("region", "languages"):
        raise ValueError(column)
    return [str(v) for (v,) in conn.execute(
        f"SELECT DISTINCT {column} FROM referral_resources WHERE {column} != '' "
        f"ORDER BY {column} COLLATE NOCASE"
    )]


_STARTER_KEY = "referral_starter_installed"


def starter_installed(conn: Connection) -> bool:
    """Whether the starter directory was offered to this vault already."""
    row = conn.execute("SELECT 1 FROM vault_meta WHERE key = ?", (_STARTER_KEY,)).fetchone()
    return row is not None


def mark_starter_installed(conn: Connection) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)", (_STARTER_KEY, now_utc())
    )
