"""Survey cohorts, waves, code hashes, submissions and frozen results (migration 0010).

Callers (``services/surveys.py``) check permissions and the order of waves; this module only
reads and writes, inside the caller's transaction where it changes anything.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass

from peerdesk.domain.surveys import WaveKind, WaveState
from peerdesk.storage.audit import now_utc
from peerdesk.storage.database import Connection

_RANDOM_BITS = 62   # random row ids: positive SQLite integers, no order of arrival


@dataclass(frozen=True)
class StoredWave:
    kind: WaveKind
    state: WaveState
    opened_at: str
    closed_at: str | None
    responses: int


@dataclass(frozen=True)
class StoredCohort:
    id: int
    title: str
    minimum: int
    instruments: tuple[tuple[str, int], ...]
    follow_up: bool
    linking: bool           # the link key (and so the hashes) still exist
    created_at: str
    waves: tuple[StoredWave, ...]
    released: bool


@dataclass(frozen=True)
class Submission:
    wave: WaveKind
    link_id: int | None
    answers: dict[str, dict[str, int]]


def add_cohort(conn: Connection, title: str, minimum: int,
               instruments: list[tuple[str, int]], follow_up: bool, user_id: str) -> int:
    cursor = conn.execute(
        "INSERT INTO survey_cohorts (title, minimum, instruments, follow_up, link_key, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (title, minimum, json.dumps(instruments), int(follow_up), secrets.token_bytes(32),
         now_utc(), user_id),
    )
    return int(cursor.lastrowid or 0)


def _waves(conn: Connection, cohort_id: int) -> tuple[StoredWave, ...]:
    rows = conn.execute(
        "SELECT w.kind, w.state, w.opened_at, w.closed_at, (SELECT count(*) FROM "
        "survey_submissions s WHERE s.cohort_id = w.cohort_id AND s.wave = w.kind) "
        "FROM survey_waves w WHERE w.cohort_id = ?", (cohort_id,)).fetchall()
    found = [StoredWave(WaveKind(r[0]), WaveState(r[1]), r[2], r[3], int(r[4])) for r in rows]
    order = list(WaveKind)
    return tuple(sorted(found, key=lambda w: order.index(w.kind)))


def cohorts(conn: Connection) -> list[StoredCohort]:
    """Newest first."""
    rows = conn.execute(
        "SELECT c.id, c.title, c.minimum, c.instruments, c.follow_up, c.link_key IS NOT NULL, "
        "c.created_at, EXISTS (SELECT 1 FROM survey_releases r WHERE r.cohort_id = c.id) "
        "FROM survey_cohorts c ORDER BY c.id DESC").fetchall()
    return [StoredCohort(int(r[0]), r[1], int(r[2]),
                         tuple((str(i), int(v)) for i, v in json.loads(r[3])), bool(r[4]),
                         bool(r[5]), r[6], _waves(conn, int(r[0])), bool(r[7]))
            for r in rows]


def cohort(conn: Connection, cohort_id: int) -> StoredCohort | None:
    return next((c for c in cohorts(conn) if c.id == cohort_id), None)


def open_wave(conn: Connection, cohort_id: int, kind: WaveKind) -> None:
    conn.execute("INSERT INTO survey_waves (cohort_id, kind, state, opened_at) "
                 "VALUES (?, ?, 'open', ?)", (cohort_id, kind.value, now_utc()))


def close_wave(conn: Connection, cohort_id: int, kind: WaveKind) -> None:
    conn.execute("UPDATE survey_waves SET state = 'closed', closed_at = ? "
                 "WHERE cohort_id = ? AND kind = ?", (now_utc(), cohort_id, kind.value))


# --------------------------------------------------------------------------- linking


def link_key(conn: Connection, cohort_id: int) -> bytes | None:
    row = conn.execute("SELECT link_key FROM survey_cohorts WHERE id = ?",
                       (cohort_id,)).fetchone()
    return None if row is None or row[0] is None else bytes(row[0])


def link_for(conn: Connection, cohort_id: int, digest: bytes, wave: WaveKind) -> int | None:
    """The link id a code's hash stands for, made on its first use; None when the code is void
    or is typed a second time in ``wave`` (then it is void from now on, and the answers it
    linked in ``wave`` or earlier are unlinked: two people may have chosen the same code)."""
    row = conn.execute("SELECT link_id, void FROM survey_links WHERE cohort_id = ? AND hash = ?",
                       (cohort_id, digest)).fetchone()
    if row is None:
        link_id = secrets.randbits(_RANDOM_BITS) + 1
        conn.execute("INSERT INTO survey_links (cohort_id, hash, link_id) VALUES (?, ?, ?)",
                     (cohort_id, digest, link_id))
        return link_id
    link_id, void = int(row[0]), bool(row[1])
    if void:
        return None
    taken = conn.execute("SELECT 1 FROM survey_submissions WHERE cohort_id = ? AND wave = ? "
                         "AND link_id = ?", (cohort_id, wave.value, link_id)).fetchone()
    if taken is None:
        return link_id
    conn.execute("UPDATE survey_links SET void = 1 WHERE cohort_id = ? AND hash = ?",
                 (cohort_id, digest))
    conn.execute("UPDATE survey_submissions SET link_id = NULL WHERE cohort_id = ? "
                 "AND link_id = ?", (cohort_id, link_id))
    return None


def hash_count(conn: Connection, cohort_id: int | None = None) -> int:
    if cohort_id is None:
        return int(conn.execute("SELECT count(*) FROM survey_links").fetchone()[0])
    return int(conn.execute("SELECT count(*) FROM survey_links WHERE cohort_id = ?",
                            (cohort_id,)).fetchone()[0])


def forget_codes(conn: Connection, cohort_id: int) -> None:
    """Delete the cohort's code hashes and link key, and unlink every answer set that has no
    partner in the other of the pre and post waves (only pairs stay linked)."""
    conn.execute("DELETE FROM survey_links WHERE cohort_id = ?", (cohort_id,))
    conn.execute("UPDATE survey_cohorts SET link_key = NULL WHERE id = ?", (cohort_id,))
    conn.execute(
        "UPDATE survey_submissions SET link_id = NULL WHERE cohort_id = ? AND link_id IN ("
        " SELECT link_id FROM survey_submissions WHERE cohort_id = ? AND link_id IS NOT NULL"
        " GROUP BY link_id HAVING count(DISTINCT wave) < 2)", (cohort_id, cohort_id))


# --------------------------------------------------------------------------- answers


def add_submission(conn: Connection, cohort_id: int, wave: WaveKind, link_id: int | None,
                   mode: str, answers: dict[str, dict[str, int]]) -> None:
    conn.execute(
        "INSERT INTO survey_submissions (id, cohort_id, wave, link_id, mode, answers) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (secrets.randbits(_RANDOM_BITS) + 1, cohort_id, wave.value, link_id, mode,
         json.dumps(answers, sort_keys=True, separators=(",", ":"))))


def submissions(conn: Connection, cohort_id: int) -> list[Submission]:
    rows = conn.execute("SELECT wave, link_id, answers FROM survey_submissions "
                        "WHERE cohort_id = ? ORDER BY id", (cohort_id,)).fetchall()
    return [Submission(WaveKind(r[0]), None if r[1] is None else int(r[1]), json.loads(r[2]))
            for r in rows]


# --------------------------------------------------------------------------- the ledger


@dataclass(frozen=True)
class StoredResults:
    cohort_id: int
    released_at: str
    results: str
    csv: bytes


def release(conn: Connection, cohort_id: int, released_at: str, user_id: str, results: str,
            csv: bytes) -> None:
    conn.execute("INSERT INTO survey_releases (cohort_id, released_at, released_by, results, "
                 "csv) VALUES (?, ?, ?, ?, ?)", (cohort_id, released_at, user_id, results, csv))


def released(conn: Connection, cohort_id: int) -> StoredResults | None:
    row = conn.execute("SELECT cohort_id, released_at, results, csv FROM survey_releases "
                       "WHERE cohort_id = ?", (cohort_id,)).fetchone()
    return None if row is None else StoredResults(int(row[0]), row[1], row[2], bytes(row[3]))
