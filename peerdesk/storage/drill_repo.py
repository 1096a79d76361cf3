"""Imported scenario packs, class sessions, trainees and drill results (migration 0006).

Callers (services) check permissions and the vault's kind; this module only reads and writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from peerdesk.domain.drills import DrillFeedback
from peerdesk.storage.audit import now_utc
from peerdesk.storage.database import Connection


@dataclass(frozen=True)
class StoredPack:
    pack_id: str
    title: str
    version: int
    language: str
    source_name: str
    toml: str
    imported_at: str


@dataclass(frozen=True)
class ClassSession:
    id: int
    title: str
    held_on: date
    trainees: int
    results: int


@dataclass(frozen=True)
class Trainee:
    id: int
    session_id: int
    name: str


@dataclass(frozen=True)
class DrillResult:
    """One recorded attempt, with its full feedback."""

    id: int
    trainee_id: int
    trainee_name: str
    pack_id: str
    scenario_id: str
    scenario_title: str
    score: int
    passed: bool
    seconds: float | None
    feedback: DrillFeedback
    recorded_at: str


# --------------------------------------------------------------------------- packs


def save_pack(conn: Connection, pack_id: str, title: str, version: int, language: str,
              source_name: str, toml: str, user_id: str) -> None:
    """Insert or replace the imported pack ``pack_id``."""
    conn.execute(
        "INSERT OR REPLACE INTO drill_packs (pack_id, title, version, language, source_name, "
        "toml, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (pack_id, title, version, language, source_name, toml, now_utc(), user_id),
    )


def packs(conn: Connection) -> list[StoredPack]:
    rows = conn.execute(
        "SELECT pack_id, title, version, language, source_name, toml, imported_at "
        "FROM drill_packs ORDER BY title COLLATE NOCASE"
    ).fetchall()
    return [StoredPack(r[0], r[1], int(r[2]), r[3], r[4], r[5], r[6]) for r in rows]


def delete_pack(conn: Connection, pack_id: str) -> bool:
    return conn.execute("DELETE FROM drill_packs WHERE pack_id = ?", (pack_id,)).rowcount > 0


# --------------------------------------------------------------------------- sessions


def add_session(conn: Connection, title: str, held_on: date, user_id: str) -> int:
    cursor = conn.execute(
        "INSERT INTO class_sessions (title, held_on, created_at, created_by) VALUES (?, ?, ?, ?)",
        (title, held_on.isoformat(), now_utc(), user_id),
    )
    return int(cursor.lastrowid or 0)


def sessions(conn: Connection) -> list[ClassSession]:
    """Newest first, with their counts of trainees and results."""
    rows = conn.execute(
        "SELECT s.id, s.title, s.held_on, "
        "(SELECT count(*) FROM trainees t WHERE t.session_id = s.id), "
        "(SELECT count(*) FROM drill_results r JOIN trainees t ON t.id = r.trainee_id "
        " WHERE t.session_id = s.id) "
        "FROM class_sessions s ORDER BY s.held_on DESC, s.id DESC"
    ).fetchall()
    return [ClassSession(int(r[0]), r[1], date.fromisoformat(r[2]), int(r[3]), int(r[4]))
            for r in rows]


def session(conn: Connection, session_id: int) -> ClassSession | None:
    return next((s for s in sessions(conn) if s.id == session_id), None)


def add_trainee(conn: Connection, session_id: int, name: str) -> int:
    cursor = conn.execute(
        "INSERT INTO trainees (session_id, name) VALUES (?, ?)", (session_id, name)
    )
    return int(cursor.lastrowid or 0)


def trainee_named(conn: Connection, session_id: int, name: str) -> Trainee | None:
    row = conn.execute(
        "SELECT id, session_id, name FROM trainees WHERE session_id = ? AND name = ?",
        (session_id, name),
    ).fetchone()
    return None if row is None else Trainee(int(row[0]), int(row[1]), row[2])


def trainee(conn: Connection, trainee_id: int) -> Trainee | None:
    row = conn.execute(
        "SELECT id, session_id, name FROM trainees WHERE id = ?", (trainee_id,)
    ).fetchone()
    return None if row is None else Trainee(int(row[0]), int(row[1]), row[2])


def trainees(conn: Connection, session_id: int) -> list[Trainee]:
    rows = conn.execute(
        "SELECT id, session_id, name FROM trainees WHERE session_id = ? "
        "ORDER BY name COLLATE NOCASE", (session_id,),
    ).fetchall()
    return [Trainee(int(r[0]), int(r[1]), r[2]) for r in rows]


# --------------------------------------------------------------------------- results


def add_result(conn: Connection, trainee_id: int, pack_id: str, scenario_title: str,
               feedback: DrillFeedback) -> int:
    timing = feedback.timing
    cursor = conn.execute(
        "INSERT INTO drill_results (trainee_id, pack_id, scenario_id, scenario_title, score, "
        "passed, seconds, time_limit, feedback, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (trainee_id, pack_id, feedback.scenario_id, scenario_title, feedback.score,
         int(feedback.passed), None if timing is None else timing.seconds,
         None if timing is None else timing.limit,
         json.dumps(feedback.to_dict(), separators=(",", ":")), now_utc()),
    )
    result_id = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT INTO drill_misses (result_id, action) VALUES (?, ?)",
        [(result_id, miss.action.value) for miss in feedback.critical_misses],
    )
    return result_id


_RESULT = (
    "SELECT r.id, r.trainee_id, t.name, r.pack_id, r.scenario_id, r.scenario_title, r.score, "
    "r.passed, r.seconds, r.feedback, r.recorded_at FROM drill_results r "
    "JOIN trainees t ON t.id = r.trainee_id "
)


def _result(r: tuple[object, ...]) -> DrillResult:
    return DrillResult(
        int(str(r[0])), int(str(r[1])), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
        int(str(r[6])), bool(r[7]), None if r[8] is None else float(str(r[8])),
        DrillFeedback.from_dict(json.loads(str(r[9]))), str(r[10]),
    )


def results_of_trainee(conn: Connection, trainee_id: int) -> list[DrillResult]:
    rows = conn.execute(_RESULT + "WHERE r.trainee_id = ? ORDER BY r.id", (trainee_id,))
    return [_result(tuple(r)) for r in rows]


def results_of_session(conn: Connection, session_id: int) -> list[DrillResult]:
    rows = conn.execute(
        _RESULT + "WHERE t.session_id = ? ORDER BY t.name COLLATE NOCASE, r.id", (session_id,)
    )
    return [_result(tuple(r)) for r in rows]


def missed_actions(conn: Connection, session_id: int) -> list[tuple[str, int, int]]:
    """(action, misses, attempts that required it), most missed first.

    Attempts that required an action are counted from the stored feedback's critical list.
    """
    misses: dict[str, int] = {}
    required: dict[str, int] = {}
    for result in results_of_session(conn, session_id):
        for verdict in result.feedback.critical:
            required[verdict.action.value] = required.get(verdict.action.value, 0) + 1
    for action, count in conn.execute(
        "SELECT m.action, count(*) FROM drill_misses m JOIN drill_results r ON r.id = m.result_id "
        "JOIN trainees t ON t.id = r.trainee_id WHERE t.session_id = ? GROUP BY m.action",
        (session_id,),
    ):
        misses[str(action)] = int(count)
    return sorted(((a, misses.get(a, 0), n) for a, n in required.items()),
                  key=lambda row: (-row[1], -row[1] / row[2], row[0]))
