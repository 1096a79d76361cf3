"""Statistics use cases: preview, export (which freezes), the ledger, the annual summary.

The only way contact data leaves PeerDesk (DESIGN section 6). Every function requires the
``export_statistics`` permission; every export is audited with counts, never content.

Decisions:
- Only quarters that are over can be previewed or released: an open quarter still changes, and
  comparing two looks at it would show what one new contact was.
- A quarter with no contacts can be released: every cell is a published zero.
- The first export of a quarter freezes it (``frozen_quarters`` + ``releases`` in one
  transaction, with the audit entry). Later exports return the stored bytes: the CSV always,
  the PDF from its first rendering (which is stored too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from peerdesk import __version__
from peerdesk.domain.errors import NoSuchRelease, QuarterNotOver
from peerdesk.domain.permissions import Action
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import ROUNDING_BASE, Layout, Release, annual
from peerdesk.services.stats.csv_export import release_csv
from peerdesk.services.stats.engine import ReleaseReport, checklist_rows, protect
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, contact_repo, crypto, database, policy_repo, stats_repo
from peerdesk.storage.atomic import write_atomic

ExportFormat = Literal["csv", "pdf"]
GENERATED_BY = f"PeerDesk {__version__}"
DEFAULT_PROGRAM = "Peer Support Program"


@dataclass(frozen=True)
class QuarterState:
    quarter: Quarter
    over: bool
    frozen: bool
    frozen_at: str | None


@dataclass(frozen=True)
class ExportResult:
    quarter: Quarter
    format: ExportFormat
    data: bytes
    first_export: bool          # True when this export froze the quarter
    release: Release


def _today(today: date | None) -> date:
    return today or date.today()


def _require_over(quarter: Quarter, today: date) -> None:
    if quarter.last_day >= today:
        raise QuarterNotOver(quarter=str(quarter), last_day=quarter.last_day.isoformat())


def _rounding_key(ws: Workspace) -> bytes:
    secret = stats_repo.vault_secret(ws.vault.conn)
    return crypto.derive_subkey(secret, "peerdesk stats rounding v1")


def _earlier(ws: Workspace, quarter: Quarter) -> list[Release]:
    """Every frozen release but ``quarter``'s (the audit's attacker holds them all)."""
    return [
        Release.from_json(s.cells, s.frozen_at)
        for s in stats_repo.all_stored(ws.vault.conn) if s.quarter != str(quarter)
    ]


def compute(ws: Workspace, quarter: Quarter, *, rounding: bool = False) -> tuple[Release,
                                                                                ReleaseReport]:
    """The release the quarter would get now (not frozen, not audited as an export)."""
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    threshold = policy_repo.load(conn).suppression_threshold
    current = [item.code for item in policy_repo.current_checklist(conn).items]
    layout = Layout.for_quarter(
        quarter, checklist_rows(current, stats_repo.ticked_codes(conn, quarter))
    )
    tallies = stats_repo.quarter_tallies(conn, quarter, layout.checklist)
    base = ROUNDING_BASE if rounding else 0

    def make(values: dict[str, int | None]) -> Release:
        return Release(str(quarter), layout, threshold, base, ws.training, GENERATED_BY, values)

    return protect(str(quarter), layout, tallies, threshold, base, _earlier(ws, quarter), make,
                   _rounding_key(ws) if rounding else b"")


def preview(
    ws: Workspace, quarter: Quarter, *, rounding: bool = False, today: date | None = None
) -> Release:
    """Exactly what would be (or, for a frozen quarter, was) released.

    Raises:
        QuarterNotOver: the quarter has not ended.
    """
    ws.require(Action.EXPORT_STATISTICS)
    stored = stats_repo.stored(ws.vault.conn, quarter)
    if stored is not None:
        return Release.from_json(stored.cells, stored.frozen_at)
    _require_over(quarter, _today(today))
    return compute(ws, quarter, rounding=rounding)[0]


def export(
    ws: Workspace,
    quarter: Quarter,
    fmt: ExportFormat,
    *,
    rounding: bool = False,
    program: str = DEFAULT_PROGRAM,
    language: str = "en",
    today: date | None = None,
) -> ExportResult:
    """The CSV or PDF of a quarter; the first export freezes it.

    ``rounding`` and ``program`` apply only to the first export (CSV) or first PDF of the
    quarter; later exports return the stored bytes unchanged. ``language`` (``en``,
    ``fr_CA``) is the PDF's: the first PDF of a quarter is stored in the ledger in the language
    it was made in, and every later export returns those bytes whatever the language, so a
    released report never changes (the CSV has codes only and no language).

    Raises:
        QuarterNotOver: the quarter has not ended (nothing is frozen).
        ReleaseRefused: no safe suppression pattern was found (nothing is frozen).
    """
    from peerdesk.services.stats.pdf_report import release_pdf  # noqa: PLC0415 - reportlab

    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    user = ws.member.user_id
    with database.transaction(conn):
        stored = stats_repo.stored(conn, quarter)
        first = stored is None
        if stored is None:
            _require_over(quarter, _today(today))
            release, _ = compute(ws, quarter, rounding=rounding)
            release = Release.from_json(release.to_json(), audit.now_utc())
            csv_bytes = release_csv(release)
            stats_repo.freeze(conn, quarter, release.frozen_at or "", user, release.threshold,
                              release.rounding, release.to_json(), csv_bytes)
            stored = stats_repo.stored(conn, quarter)
            assert stored is not None
        release = Release.from_json(stored.cells, stored.frozen_at)
        if fmt == "csv":
            data = stored.csv
        elif stored.pdf is not None:
            data = stored.pdf
        else:
            data = release_pdf(release, program, language)
            stats_repo.store_pdf(conn, quarter, data)
        audit.append(conn, user, "stats_exported", quarter=str(quarter), format=fmt,
                     cells=len(release.layout.variables), suppressed=len(release.suppressed),
                     froze=first, bytes=len(data))
    return ExportResult(quarter, fmt, data, first, release)


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


def quarter_states(ws: Workspace, today: date | None = None) -> list[QuarterState]:
    """Quarters that have contacts or a release, newest first."""
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    frozen = {Quarter.parse(s.quarter): s.frozen_at for s in stats_repo.all_stored(conn)}
    quarters = stats_repo.quarters_with_contacts(conn) | set(frozen) | set(
        contact_repo.frozen_quarters(conn))
    day = _today(today)
    return [QuarterState(q, q.last_day < day, q in frozen, frozen.get(q))
            for q in sorted(quarters, reverse=True)]


def annual_summary(ws: Workspace, year: int) -> Release:
    """Sums of the frozen quarters of ``year`` (a cell hidden in any quarter stays hidden).

    Raises:
        NoSuchRelease: no quarter of that year is frozen.
    """
    ws.require(Action.EXPORT_STATISTICS)
    mine = [r for r in releases(ws) if r.period.startswith(f"{year}-Q")]
    if not mine:
        raise NoSuchRelease(year=year)
    return annual(mine, year, GENERATED_BY)


def export_annual_csv(ws: Workspace, year: int) -> bytes:
    """The annual summary as CSV (audited); ``quarter`` holds the year, ``_meta`` the quarters."""
    summary = annual_summary(ws, year)
    data = release_csv(summary)
    conn = ws.vault.conn
    with database.transaction(conn):
        audit.append(conn, ws.member.user_id, "stats_annual_exported", year=year,
                     quarters=len(summary.quarters), bytes=len(data))
    return data
