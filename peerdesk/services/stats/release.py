"""Statistics use cases: viewing (which releases), export, the ledger, the annual summary.

The only way contact data leaves PeerDesk (ARCHITECTURE section 6). Every function requires the
``export_statistics`` permission; every release and export is audited with counts, never
content.

The rule that keeps a quarter's figures from being differenced: **no two views of one quarter
that a coordinator can obtain ever differ.**

- A quarter *closes* ``Policy.close_days`` days after it ends (default 14). Before that nothing
  of it can be seen, on the screen, through this module or on the command line: not even a
  running total, since two looks at a live count around one contact read that contact back.
  The screen says only when the quarter closes.
- From the day it closes, nothing more counts in it: a contact dated in a closed or released
  quarter counts in the first open one (``domain.quarters.reporting_quarter``).
- The first view of a closed quarter *is* its release: it is computed, audited and frozen
  (``frozen_quarters`` + ``releases`` in one transaction, with the audit entry), and every later
  view and export returns what was stored: the CSV always, the PDF from its first rendering.
  Editing or deleting a contact of a released quarter changes nothing that is shown again.
- A quarter with no contacts can be released: every cell is a published zero.
- A quarter for which the engine finds no safe set of hidden cells (``ReleaseRefused``) is
  *withheld*: frozen like a release (``frozen_quarters`` + ``withheld_quarters``, with the audit
  entry), nothing of it is ever published, and every later look raises ``QuarterWithheld``.
  A refusal that could be retried would be a second, different view of the same quarter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from peerdesk import __version__
from peerdesk.domain.errors import NoSuchRelease, QuarterNotClosed, QuarterWithheld, ReleaseRefused
from peerdesk.domain.permissions import Action
from peerdesk.domain.quarters import Quarter, closes_on, first_open_quarter, is_closed
from peerdesk.domain.stats import ROUNDING_BASE, Layout, Release
from peerdesk.services.stats.annual import protect_annual
from peerdesk.services.stats.csv_export import release_csv, with_program
from peerdesk.services.stats.engine import ReleaseReport, protect
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, contact_repo, crypto, database, policy_repo, stats_repo
from peerdesk.storage.atomic import write_atomic

ExportFormat = Literal["csv", "pdf"]
GENERATED_BY = f"PeerDesk {__version__}"


@dataclass(frozen=True)
class QuarterState:
    """A quarter as the Statistics screen lists it.

    ``closed``: its statistics can be seen (the first look releases it); ``frozen``: it is
    released (``frozen_at``: when); ``withheld``: its first look found no safe release, so
    nothing of it is ever shown (``frozen_at``: when); ``closes_on``: the first day it is
    closed.
    """

    quarter: Quarter
    closed: bool
    frozen: bool
    frozen_at: str | None
    closes_on: date
    withheld: bool = False


@dataclass(frozen=True)
class ExportResult:
    quarter: Quarter
    format: ExportFormat
    data: bytes
    first_export: bool          # True when this export froze the quarter
    release: Release


def _today(today: date | None) -> date:
    return today or date.today()


def _require_closed(ws: Workspace, quarter: Quarter, today: date) -> None:
    days = policy_repo.load(ws.vault.conn).close_days
    if not is_closed(quarter, today, days):
        raise QuarterNotClosed(quarter=str(quarter),
                               closes_on=closes_on(quarter, days).isoformat())


def _rounding_key(ws: Workspace) -> bytes:
    secret = stats_repo.vault_secret(ws.vault.conn)
    return crypto.derive_subkey(secret, "peerdesk stats rounding v1")


def _earlier(ws: Workspace, quarter: Quarter) -> list[Release]:
    """Every frozen release but ``quarter``'s (the audit's attacker holds them all)."""
    return [
        Release.from_json(s.cells, s.frozen_at)
        for s in stats_repo.all_stored(ws.vault.conn) if s.quarter != str(quarter)
    ]


def _checklist_items(ws: Workspace, quarter: Quarter) -> tuple[str, ...]:
    """The checklist items the quarter reports: those on the checklist of every contact of the
    quarter, in the current checklist's order. An item some contacts were never asked (added
    or dropped during the quarter) is not reported: counting them as "not ticked" would
    misreport them, and a row for part of the contacts would break the table's sums."""
    conn = ws.vault.conn
    current = policy_repo.current_checklist(conn)
    versions = [policy_repo.checklist_version(conn, v)
                for v in sorted(stats_repo.checklist_versions_used(conn, quarter))]
    if not versions:
        return tuple(item.code for item in current.items)
    common = set.intersection(*({i.code for i in v.items} if v else set() for v in versions))
    order = [i.code for i in current.items] + [i.code for v in versions if v for i in v.items]
    return tuple(c for c in dict.fromkeys(order) if c in common)


def compute(ws: Workspace, quarter: Quarter, *, rounding: bool = False) -> tuple[Release,
                                                                                ReleaseReport]:
    """The figures the quarter would get now, neither frozen nor audited as a release.

    For benchmarks only: nothing a coordinator can reach (screen, command line) calls it, and
    what it returns is never shown. Views go through :func:`view`.
    """
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    threshold = policy_repo.load(conn).suppression_threshold
    layout = Layout.for_quarter(quarter, _checklist_items(ws, quarter))
    tallies = stats_repo.quarter_tallies(conn, quarter, layout.checklist)
    base = ROUNDING_BASE if rounding else 0

    def make(values: dict[str, int | None]) -> Release:
        return Release(str(quarter), layout, threshold, base, ws.training, GENERATED_BY, values)

    return protect(str(quarter), layout, tallies, threshold, base, _earlier(ws, quarter), make,
                   _rounding_key(ws) if rounding else b"")


def _release_once(
    ws: Workspace, quarter: Quarter, rounding: bool, today: date | None
) -> tuple[stats_repo.StoredRelease | None, bool]:
    """The quarter's stored release, releasing (and freezing) it first if this is the first
    look. Call inside a transaction. Returns the release (None: the quarter is withheld) and
    whether this call froze it; the caller raises ``QuarterWithheld`` once the transaction
    has committed the withholding."""
    conn = ws.vault.conn
    stored = stats_repo.stored(conn, quarter)
    if stored is not None:
        return stored, False
    if quarter in stats_repo.withheld(conn):
        return None, False
    _require_closed(ws, quarter, _today(today))
    try:
        release, _ = compute(ws, quarter, rounding=rounding)
    except ReleaseRefused:
        threshold = policy_repo.load(conn).suppression_threshold
        stats_repo.withhold(conn, quarter, audit.now_utc(), ws.member.user_id, threshold)
        audit.append(conn, ws.member.user_id, "stats_withheld", quarter=str(quarter))
        return None, True
    release = Release.from_json(release.to_json(), audit.now_utc())
    stats_repo.freeze(conn, quarter, release.frozen_at or "", ws.member.user_id,
                      release.threshold, release.rounding, release.to_json(),
                      release_csv(release))
    stored = stats_repo.stored(conn, quarter)
    assert stored is not None
    return stored, True


def view(
    ws: Workspace, quarter: Quarter, *, rounding: bool = False, today: date | None = None
) -> Release:
    """The quarter's release: the stored one, or, at the first look, a new one now frozen.

    ``rounding`` applies only to that first look. There is no preview: a preview that could
    differ from the release would let two looks be differenced.

    Raises:
        QuarterNotClosed: the quarter has not closed yet (nothing is frozen).
        QuarterWithheld: the quarter is withheld, or this first look withheld it (no safe
            release exists; the quarter is frozen and nothing of it is shown).
    """
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    with database.transaction(conn):
        stored, first = _release_once(ws, quarter, rounding, today)
        if stored is None:
            release = None
        else:
            release = Release.from_json(stored.cells, stored.frozen_at)
            if first:
                audit.append(conn, ws.member.user_id, "stats_released", quarter=str(quarter),
                             cells=len(release.layout.variables),
                             suppressed=len(release.suppressed))
    if release is None:
        raise QuarterWithheld(period=str(quarter))
    return release


def program_name(ws: Workspace) -> str:
    """The program's name as the policy sets it (printed on every report)."""
    return policy_repo.load(ws.vault.conn).program_name


def item_texts(ws: Workspace) -> dict[str, str]:
    """The wording of every checklist item code ever used, for reports and the screen."""
    ws.require(Action.EXPORT_STATISTICS)
    return policy_repo.item_texts(ws.vault.conn)


def export(
    ws: Workspace,
    quarter: Quarter,
    fmt: ExportFormat,
    *,
    rounding: bool = False,
    program: str | None = None,
    language: str = "en",
    today: date | None = None,
) -> ExportResult:
    """The CSV or PDF of a quarter; the first look at a quarter (view or export) freezes it.

    ``rounding`` applies only to that first look, ``program`` (default: the policy's program
    name) only to the first PDF of the quarter; later exports return the stored bytes
    unchanged. ``language`` (``en``, ``fr_CA``) is the PDF's: the first PDF of a quarter is
    stored in the ledger in the language it was made in, and every later export returns those
    bytes whatever the language, so a released report never changes (the CSV has codes only
    and no language).

    Raises:
        QuarterNotClosed: the quarter has not closed yet (nothing is frozen).
        QuarterWithheld: the quarter is withheld, or this first look withheld it (frozen,
            nothing exported).
    """
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    user = ws.member.user_id
    with database.transaction(conn):
        stored, first = _release_once(ws, quarter, rounding, today)
        if stored is None:
            withheld = True
        else:
            withheld = False
            release, data = _exported(ws, quarter, stored, fmt, program, language)
            audit.append(conn, user, "stats_exported", quarter=str(quarter), format=fmt,
                         cells=len(release.layout.variables),
                         suppressed=len(release.suppressed), froze=first, bytes=len(data))
    if withheld:
        raise QuarterWithheld(period=str(quarter))
    return ExportResult(quarter, fmt, data, first, release)


def _exported(ws: Workspace, quarter: Quarter, stored: stats_repo.StoredRelease,
              fmt: ExportFormat, program: str | None, language: str) -> tuple[Release, bytes]:
    """The stored release and the bytes of its export (the PDF made and stored at the first
    PDF export). Call inside the export's transaction."""
    from peerdesk.services.stats.pdf_report import release_pdf  # noqa: PLC0415 - reportlab

    conn = ws.vault.conn
    release = Release.from_json(stored.cells, stored.frozen_at)
    if fmt == "csv":
        return release, with_program(stored.csv, program or program_name(ws))
    if stored.pdf is not None:
        return release, stored.pdf
    data = release_pdf(release, program or program_name(ws), language,
                       policy_repo.item_texts(conn), policy_repo.load(conn).close_days)
    stats_repo.store_pdf(conn, quarter, data)
    return release, data


def write_export(
    ws: Workspace, quarter: Quarter, fmt: ExportFormat, out: Path, **options: object
) -> ExportResult:
    """Export and write the file atomically (the file the user chose, nothing else)."""
    result = export(ws, quarter, fmt, **options)  # type: ignore[arg-type]
    write_atomic(out, result.data)
    return result


def releases(ws: Workspace) -> list[Release]:
    """Every frozen release, oldest first (the trend view)."""
    ws.require(Action.EXPORT_STATISTICS)
    return [Release.from_json(s.cells, s.frozen_at)
            for s in stats_repo.all_stored(ws.vault.conn)]


def withheld_as_hidden(ws: Workspace) -> list[Release]:
    """Every withheld quarter as a release whose every figure is hidden, for reports that
    span quarters (the program report): a period that holds one is complete, and each of its
    figures that needs the withheld quarter reads "hidden". Never stored, never exported."""
    ws.require(Action.EXPORT_STATISTICS)
    out = []
    for quarter, withheld in sorted(stats_repo.withheld(ws.vault.conn).items()):
        layout = Layout.for_quarter(quarter, ())
        out.append(Release(str(quarter), layout, withheld.threshold, 0, ws.training,
                           GENERATED_BY, dict.fromkeys(layout.variables),
                           frozen_at=withheld.at))
    return out


def quarter_states(ws: Workspace, today: date | None = None) -> list[QuarterState]:
    """Quarters newest first: every quarter not yet closed (whether or not anything was
    logged in it, which would itself be a live count), then closed quarters back to the
    oldest with contacts or a release."""
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    day = _today(today)
    days = policy_repo.load(conn).close_days
    frozen = {Quarter.parse(s.quarter): s.frozen_at for s in stats_repo.all_stored(conn)}
    withheld = stats_repo.withheld(conn)
    known = stats_repo.quarters_with_contacts(conn) | set(frozen) | set(withheld) | set(
        contact_repo.frozen_quarters(conn))
    current = Quarter.of(day)
    oldest = min([*known, first_open_quarter(day, days)])
    states: list[QuarterState] = []
    quarter = max([current, *known])
    while quarter >= oldest:
        states.append(QuarterState(quarter, is_closed(quarter, day, days), quarter in frozen,
                                   frozen.get(quarter, withheld[quarter].at
                                              if quarter in withheld else None),
                                   closes_on(quarter, days), quarter in withheld))
        quarter = quarter.previous()
    return states


def annual_summary(ws: Workspace, year: int) -> Release:
    """The annual summary of ``year``: a release of its own, made from the year's released
    quarters only (never from contacts), suppressed and audited at the threshold and rounding
    it states (see :mod:`peerdesk.services.stats.annual`).

    Raises:
        NoSuchRelease: no quarter of that year is released.
    """
    ws.require(Action.EXPORT_STATISTICS)
    everything = releases(ws)
    mine = [r for r in everything if r.period.startswith(f"{year}-Q")]
    if not mine:
        raise NoSuchRelease(year=year)
    return protect_annual(year, mine, everything, _rounding_key(ws), GENERATED_BY)


def export_annual(
    ws: Workspace, year: int, fmt: ExportFormat, *, program: str | None = None,
    language: str = "en",
) -> tuple[Release, bytes]:
    """The annual summary as CSV or PDF (audited); ``quarter`` holds the year and ``_meta``
    the quarters it sums."""
    from peerdesk.services.stats.pdf_report import release_pdf  # noqa: PLC0415 - reportlab

    summary = annual_summary(ws, year)
    conn = ws.vault.conn
    data = with_program(release_csv(summary), program or program_name(ws)) if fmt == "csv" \
        else release_pdf(
        summary, program or program_name(ws), language, policy_repo.item_texts(conn),
        policy_repo.load(conn).close_days)
    with database.transaction(conn):
        audit.append(conn, ws.member.user_id, "stats_annual_exported", year=year, format=fmt,
                     quarters=len(summary.quarters), bytes=len(data))
    return summary, data


def write_annual_export(
    ws: Workspace, year: int, fmt: ExportFormat, out: Path, *, language: str = "en"
) -> Release:
    """Export the annual summary and write the file atomically (the file the user chose)."""
    summary, data = export_annual(ws, year, fmt, language=language)
    write_atomic(out, data)
    return summary


def export_annual_csv(ws: Workspace, year: int) -> bytes:
    """The annual summary as CSV (audited)."""
    return export_annual(ws, year, "csv")[1]


def years(states: Sequence[QuarterState]) -> list[int]:
    """Years with a released quarter, newest first (those have an annual summary)."""
    return sorted({s.quarter.year for s in states if s.frozen}, reverse=True)
