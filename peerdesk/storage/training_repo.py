"""The ``training_records`` and ``training_reminders_told`` tables.

Callers (services) check permissions and validate; this module only reads and writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from peerdesk.domain.training_records import Course, RecordDraft, RecordKind, TrainingRecord
from peerdesk.storage.audit import now_utc
from peerdesk.storage.database import Connection

_COLUMNS = "id, user_id, kind, course, completed_on, minutes, provider, expires_on"


def _row(row: Sequence[Any]) -> TrainingRecord:
    return TrainingRecord(
        id=int(row[0]), user_id=str(row[1]), kind=RecordKind(row[2]),
        course=None if row[3] is None else Course(row[3]),
        completed_on=date.fromisoformat(row[4]), minutes=int(row[5]), provider=str(row[6]),
        expires_on=None if row[7] is None else date.fromisoformat(row[7]),
    )


def _values(draft: RecordDraft) -> tuple[Any, ...]:
    return (
        draft.kind.value, None if draft.course is None else draft.course.value,
        draft.completed_on.isoformat(), draft.minutes, draft.provider,
        None if draft.expires_on is None else draft.expires_on.isoformat(),
    )


def insert(conn: Connection, user_id: str, draft: RecordDraft, by: str) -> int:
    stamp = now_utc()
    cursor = conn.execute(
        "INSERT INTO training_records (user_id, kind, course, completed_on, minutes, provider, "
        "expires_on, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (user_id, *_values(draft), stamp, by, stamp),
    )
    return int(cursor.lastrowid or 0)


def update(conn: Connection, record_id: int, draft: RecordDraft) -> None:
    """Replace a record's fields; its expiry reminders start again (the dates may differ)."""
    conn.execute(
        "UPDATE training_records SET kind = ?, course = ?, completed_on = ?, minutes = ?, "
        "provider = ?, expires_on = ?, updated_at = ? WHERE id = ?",
        (*_values(draft), now_utc(), record_id),
    )
    conn.execute("DELETE FROM training_reminders_told WHERE record_id = ?", (record_id,))


def delete(conn: Connection, record_id: int) -> None:
    conn.execute("DELETE FROM training_records WHERE id = ?", (record_id,))


def get(conn: Connection, record_id: int) -> TrainingRecord | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM training_records WHERE id = ?",
                       (record_id,)).fetchone()
    return None if row is None else _row(row)


def of_member(conn: Connection, user_id: str) -> list[TrainingRecord]:
    """One member's records, newest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM training_records WHERE user_id = ? "
        "ORDER BY completed_on DESC, id DESC", (user_id,))
    return [_row(r) for r in rows]


def every_record(conn: Connection) -> list[TrainingRecord]:
    """Every member's records, newest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM training_records ORDER BY completed_on DESC, id DESC")
    return [_row(r) for r in rows]


def minutes_between(conn: Connection, start: date, end: date) -> dict[RecordKind, int]:
    """Minutes of the records completed from ``start`` to ``end`` (both included), by kind."""
    rows = conn.execute(
        "SELECT kind, SUM(minutes) FROM training_records WHERE completed_on BETWEEN ? AND ? "
        "GROUP BY kind", (start.isoformat(), end.isoformat()))
    return {RecordKind(kind): int(total) for kind, total in rows}


def told(conn: Connection, record_ids: Iterable[int]) -> set[tuple[int, int]]:
    """The (record id, stage) pairs already shown to their member."""
    ids = list(record_ids)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT record_id, stage FROM training_reminders_told WHERE record_id IN ({marks})", ids)
    return {(int(r), int(s)) for r, s in rows}


def mark_told(conn: Connection, pairs: Iterable[tuple[int, int]]) -> None:
    stamp = now_utc()
    conn.executemany(
        "INSERT OR IGNORE INTO training_reminders_told (record_id, stage, told_at) "
        "VALUES (?, ?, ?)", [(r, s, stamp) for r, s in pairs])
