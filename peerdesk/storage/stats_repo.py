"""The statistics SQL (true counts of one reporting quarter) and the release ledger.

Counts leave this module only towards the release engine, which suppresses them before anything
is shown or written. The ledger (``frozen_quarters`` + ``releases``) holds published releases
only: values of published cells, never a suppressed value, never a contact row.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from peerdesk.domain.incidents import parse_time, reach
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import LOGGED_LATE, MIN_EPISODES, NOT_RECORDED
from peerdesk.storage.database import Connection

STATS_CACHE_MIB = 128


@dataclass(frozen=True)
class Tally:
    """A true count, its distinct episodes (exact up to 3, the rule's limit), its minutes."""

    count: int
    episodes: int
    minutes: int = 0


def _grouped(conn: Connection, sql: str, params: tuple[object, ...]) -> dict[str, Tally]:
    return {
        str(key): Tally(int(n), int(e), int(m or 0))
        for key, n, e, m in conn.execute(sql, params)
    }


@contextlib.contextmanager
def _large_cache(conn: Connection, mib: int = STATS_CACHE_MIB) -> Iterator[None]:
    """A larger page cache while the statistics run: the passes below read the same index
    pages and child-table pages several times, and each page read from disk is decrypted."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-mib * 1024}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


def quarter_tallies(
    conn: Connection, quarter: Quarter, checklist: tuple[str, ...]
) -> dict[str, Tally]:
    """Every count variable of the quarter's release, keyed as in ``domain.stats.Layout``.

    Variables that no contact falls in are absent (their count is zero). The contact passes
    read the covering indexes ``contacts_stats`` and ``contacts_outcome_stats`` (one
    contiguous range per quarter), never the table; the incident passes
    (:func:`_incident_tallies`) read the few incidents, group interventions and linked
    contacts of the quarter.
    """
    with _large_cache(conn):
        fine = _tallies(conn, quarter, checklist)
        _incident_tallies(conn, quarter, fine)
        return fine.tallies()


def _tallies(conn: Connection, quarter: Quarter, checklist: tuple[str, ...]) -> _Fine:
    q = (str(quarter),)
    first = quarter.first_day.isoformat()
    # Comparisons, not string functions: with SQLCipher's memory security every string built
    # per row costs an allocation.
    starts = [(m, f"{m}-01") for m in quarter.months()]
    month = (f"CASE WHEN occurred_on < '{first}' THEN '{LOGGED_LATE}' "
             + " ".join(f"WHEN occurred_on < '{nxt}' THEN '{m}'"
                        for (m, _), (_, nxt) in itertools.pairwise(starts))
             + f" ELSE '{starts[-1][0]}' END")
    fine = _Fine()
    # One pass for every contact-level table: the finest cells, merged below.
    for m, group, fmt, channel, risk, n, d, lo, hi, minutes in conn.execute(
        f"SELECT {month}, member_group, format, channel, risk, count(*), "
        "count(DISTINCT episode_id), min(episode_id), max(episode_id), sum(duration_min) "
        "FROM contacts WHERE reporting_quarter = ? GROUP BY 1, 2, 3, 4, 5", q,
    ):
        fine.add(("contacts", f"month/{m}", f"member_group/{group}", f"format/{fmt}",
                  f"member_group_by_format/{group}/{fmt}", f"channel/{channel}",
                  f"risk/{risk}"), n, d, lo, hi, minutes)
    for child, column, prefix in (("contact_topics", "topic", "topic"),
                                  ("contact_referrals", "type", "referral")):
        for key, n, d, lo, hi in conn.execute(
            f"SELECT x.{column}, count(*), count(DISTINCT c.episode_id), min(c.episode_id), "
            f"max(c.episode_id) FROM contacts c JOIN {child} x ON x.contact_id = c.id "
            "WHERE c.reporting_quarter = ? GROUP BY 1", q,
        ):
            names = (f"{prefix}/{key}", "referrals") if prefix == "referral" else (
                f"{prefix}/{key}",)
            fine.add(names, n, d, lo, hi, 0)
    if checklist:
        for ticked, n, d, lo, hi in conn.execute(
            "SELECT checklist_ticked, count(*), count(DISTINCT episode_id), min(episode_id), "
            "max(episode_id) FROM contacts WHERE reporting_quarter = ? GROUP BY 1", q,
        ):
            codes = set(str(ticked).split(","))
            fine.add(tuple(f"checklist/{item}/{'ticked' if item in codes else 'not_ticked'}"
                           for item in checklist), n, d, lo, hi, 0)
    for outcome, repeat, n, d, lo, hi in conn.execute(
        f"SELECT coalesce(outcome, '{NOT_RECORDED}'), coalesce(first_or_repeat, "
        f"'{NOT_RECORDED}'), count(*), count(DISTINCT episode_id), min(episode_id), "
        "max(episode_id) FROM contacts WHERE reporting_quarter = ? GROUP BY 1, 2", q,
    ):
        fine.add((f"outcome/{outcome}", f"first_or_repeat/{repeat}"), n, d, lo, hi, 0)
    return fine


# A contact or group intervention belongs to the incident's response up to the day its acute
# phase closed (all of it while the phase runs), to its follow-up after that day.
_PHASE = ("CASE WHEN i.acute_closed_on IS NULL OR {day} <= i.acute_closed_on "
          "THEN 'response' ELSE 'follow_up' END")


def _incident_tallies(conn: Connection, quarter: Quarter, fine: _Fine) -> None:
    """Layout 2's incident tables (``domain.stats``): incidents and group interventions by
    their own reporting quarter, contacts linked to an incident by theirs (so a contact
    counts in the quarter its other tables count it). The episodes of every incident figure
    are the incidents it comes from: two incidents are two stories however many people they
    involved. Personnel involved and attendees are magnitudes shown with the incidents and
    interventions: they ride on those tallies as minutes (x 60), the way the engine reads
    hours."""
    q = (str(quarter),)
    outreach: dict[int, list[tuple[str, int]]] = {}
    incidents: dict[int, tuple[str, str, int]] = {}
    for ident, kind, occurred, involved, reached_at, reached in conn.execute(
        "SELECT i.id, i.kind, i.occurred_at, i.personnel_involved, o.reached_at, o.reached "
        "FROM incidents i LEFT JOIN incident_outreach o ON o.incident_id = i.id "
        "WHERE i.reporting_quarter = ?", q,
    ):
        incidents[int(ident)] = (str(kind), str(occurred), int(involved))
        if reached_at is not None:
            outreach.setdefault(int(ident), []).append((str(reached_at), int(reached)))
    for ident, (kind, occurred, involved) in incidents.items():
        fine.add(("incidents", f"incident_kind/{kind}"), 1, 1, ident, ident, involved * 60)
        got = reach(parse_time(occurred), involved,
                    ((parse_time(at), n) for at, n in outreach.get(ident, ())))
        for name, n in (("reach/72_hours", got.within_72_hours),
                        ("reach/7_days", got.within_7_days)):
            if n:
                fine.add((name,), n, 1, ident, ident, 0)
    for fmt, n, attendees, d, lo, hi in conn.execute(
        "SELECT format, count(*), sum(attendees), count(DISTINCT incident_id), "
        "min(incident_id), max(incident_id) FROM group_interventions "
        "WHERE reporting_quarter = ? GROUP BY 1", q,
    ):
        fine.add(("interventions", f"intervention/{fmt}"), n, d, lo, hi, attendees * 60)
    for sql in (
        # The incidents first: few, and each reaches its contacts by contacts_incident.
        f"SELECT {_PHASE.format(day='c.occurred_on')}, count(*), count(DISTINCT i.id), "
        "min(i.id), max(i.id), sum(c.duration_min) FROM incidents i CROSS JOIN contacts c "
        "ON c.incident_id = i.id WHERE c.reporting_quarter = ? GROUP BY 1",
        f"SELECT {_PHASE.format(day='substr(g.held_at, 1, 10)')}, count(*), "
        "count(DISTINCT i.id), min(i.id), max(i.id), sum(g.duration_min) "
        "FROM group_interventions g JOIN incidents i ON i.id = g.incident_id "
        "WHERE g.reporting_quarter = ? GROUP BY 1",
    ):
        for phase, n, d, lo, hi, minutes in conn.execute(sql, q):
            fine.add((f"incident_sessions/{phase}", "incident_sessions"), n, d, lo, hi, minutes)


class _Fine:
    """Merges fine cells into the published ones, episodes included.

    Distinct episodes do not add up, but they merge exactly as far as the rule needs (up to
    three): a fine cell with three or more makes any cell holding it reach three; a fine cell
    with one or two has exactly the episodes ``min`` and ``max``, so the union is countable.
    """

    def __init__(self) -> None:
        self._n: dict[str, int] = {}
        self._minutes: dict[str, int] = {}
        self._many: set[str] = set()
        self._seen: dict[str, set[int]] = {}

    def add(self, names: tuple[str, ...], n: int, distinct: int, lo: int, hi: int,
            minutes: int | None) -> None:
        for name in names:
            self._n[name] = self._n.get(name, 0) + int(n)
            self._minutes[name] = self._minutes.get(name, 0) + int(minutes or 0)
            if name in self._many:
                continue
            if distinct >= MIN_EPISODES:
                self._many.add(name)
                self._seen.pop(name, None)
                continue
            seen = self._seen.setdefault(name, set())
            seen.update((int(lo), int(hi)))
            if len(seen) >= MIN_EPISODES:
                self._many.add(name)
                del self._seen[name]

    def tallies(self) -> dict[str, Tally]:
        return {
            name: Tally(n, MIN_EPISODES if name in self._many else len(self._seen[name]),
                        self._minutes[name])
            for name, n in self._n.items()
        }


def ticked_codes(conn: Connection, quarter: Quarter) -> set[str]:
    """Checklist item codes ticked by any contact of the quarter."""
    codes: set[str] = set()
    for (text,) in conn.execute(
        "SELECT DISTINCT checklist_ticked FROM contacts WHERE reporting_quarter = ?",
        (str(quarter),),
    ):
        codes.update(c for c in str(text).split(",") if c)
    return codes


def checklist_versions_used(conn: Connection, quarter: Quarter) -> set[int]:
    """The checklist versions the quarter's contacts were logged with."""
    return {int(v) for (v,) in conn.execute(
        "SELECT DISTINCT checklist_version FROM contacts WHERE reporting_quarter = ?",
        (str(quarter),))}


def quarters_with_contacts(conn: Connection) -> set[Quarter]:
    """Quarters some contact, incident or group intervention counts in."""
    return {
        Quarter.parse(q) for (q,) in conn.execute(
            "SELECT DISTINCT reporting_quarter FROM contacts UNION "
            "SELECT reporting_quarter FROM incidents UNION "
            "SELECT reporting_quarter FROM group_interventions")
    }


# ---------------------------------------------------------------------- the ledger


@dataclass(frozen=True)
class StoredRelease:
    quarter: str
    frozen_at: str
    frozen_by: str
    threshold: int
    rounding: int
    cells: str
    csv: bytes
    pdf: bytes | None


def freeze(
    conn: Connection, quarter: Quarter, frozen_at: str, frozen_by: str, threshold: int,
    rounding: int, cells: str, csv: bytes,
) -> None:
    """Freeze the quarter and store its release; call inside the caller's transaction."""
    conn.execute("INSERT INTO frozen_quarters (quarter, frozen_at) VALUES (?, ?)",
                 (str(quarter), frozen_at))
    conn.execute(
        "INSERT INTO releases (quarter, frozen_at, frozen_by, threshold, rounding, cells, csv) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (str(quarter), frozen_at, frozen_by, threshold, rounding, cells, csv),
    )


def withhold(conn: Connection, quarter: Quarter, at: str, by: str, threshold: int) -> None:
    """Freeze the quarter as withheld (nothing of it is published); call inside the caller's
    transaction."""
    conn.execute("INSERT INTO frozen_quarters (quarter, frozen_at) VALUES (?, ?)",
                 (str(quarter), at))
    conn.execute("INSERT INTO withheld_quarters (quarter, withheld_at, withheld_by, threshold) "
                 "VALUES (?, ?, ?, ?)", (str(quarter), at, by, threshold))


@dataclass(frozen=True)
class Withheld:
    """A withheld quarter: when, and the threshold it was held to."""

    at: str
    threshold: int


def withheld(conn: Connection) -> dict[Quarter, Withheld]:
    """Every withheld quarter."""
    rows = conn.execute("SELECT quarter, withheld_at, threshold FROM withheld_quarters")
    return {Quarter.parse(str(q)): Withheld(str(at), int(k)) for q, at, k in rows.fetchall()}


def store_pdf(conn: Connection, quarter: Quarter, pdf: bytes) -> None:
    conn.execute("UPDATE releases SET pdf = ? WHERE quarter = ? AND pdf IS NULL",
                 (pdf, str(quarter)))


_COLUMNS = "quarter, frozen_at, frozen_by, threshold, rounding, cells, csv, pdf"


def _stored(row: tuple[object, ...]) -> StoredRelease:
    return StoredRelease(
        str(row[0]), str(row[1]), str(row[2]), int(str(row[3])), int(str(row[4])), str(row[5]),
        bytes(row[6]),  # type: ignore[call-overload]
        None if row[7] is None else bytes(row[7]),  # type: ignore[call-overload]
    )


def stored(conn: Connection, quarter: Quarter) -> StoredRelease | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM releases WHERE quarter = ?",
                       (str(quarter),)).fetchone()
    return None if row is None else _stored(row)


def all_stored(conn: Connection) -> list[StoredRelease]:
    """Every frozen release, oldest quarter first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM releases").fetchall()
    return sorted((_stored(r) for r in rows), key=lambda s: Quarter.parse(s.quarter))


def vault_secret(conn: Connection) -> bytes:
    """The vault's random audit key, from which the rounding key is derived (never stored
    elsewhere, never exported)."""
    row = conn.execute("SELECT value FROM vault_meta WHERE key = 'audit_key'").fetchone()
    if row is None:
        raise RuntimeError("vault has no audit key")
    return bytes.fromhex(str(row[0]))
