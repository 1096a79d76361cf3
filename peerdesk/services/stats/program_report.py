"""The program report: what management asks for each quarter and year (ARCHITECTURE section 6).

Made **only from frozen releases** (the ledger) and the team's readiness: it never reads a
contact. Every number it prints about contacts is a published cell of a frozen quarterly
release, a sum of such cells over the quarters of a reporting year, or a difference of two of
those (and the percentage of that difference); a figure hidden in any release it would use is
shown as hidden, and is never compared, summed or charted. So someone holding every released
CSV learns nothing new from the report (the attack test holds it to that).

A quarterly report compares its quarter with the previous quarter and with the same quarter a
year before; an annual report covers the four quarters of a reporting year (which starts in the
month the policy sets) and compares it with the reporting year before. Both show the last eight
frozen quarters up to their end as trends, the tables a release holds beyond the standard ones
(critical-incident response and follow-up, where the release has them), the team's readiness,
the coordinator's narrative (checked for identifying details before it is stored), and the
method page of the statistics report.

The trend export (:func:`trend_csv`) writes the trend view's figures as a tidy CSV:
``quarter,table,row,column,value``, published values of frozen quarters only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from peerdesk.domain import note_scan
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.messages import Listed, Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import META_TABLE, Release
from peerdesk.services.name_list import given_names
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.program_figures import (
    HEADLINES,
    Period,
    Readiness,
    ReportData,
    cell_value,
    gather,
)
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, database, policy_repo, stats_repo
from peerdesk.storage.atomic import write_atomic

MAX_NARRATIVE = 4000
NARRATIVE_KEY = "report_narrative/"  # + the report's period, in the policy table (encrypted)

# ---------------------------------------------------------------------- the narrative


def validate_narrative(text: str) -> dict[str, Message]:
    """Field errors for a narrative: too long, or holding what looks like identifying
    details (the same scan as a contact's note; here it is refused, not only warned about,
    because the report leaves PeerDesk)."""
    if len(text) > MAX_NARRATIVE:
        return {"narrative": Message("text.too_long", count=MAX_NARRATIVE)}
    found = sorted({f.kind.value for f in note_scan.scan(text, given_names())})
    if found:
        kinds = Listed(tuple(Message(f"note.kind.{kind}") for kind in found))
        return {"narrative": Message("report.narrative_identifying", kinds=kinds)}
    return {}


def narrative(ws: Workspace, period: Period) -> str:
    """The coordinator's narrative stored for ``period`` ("" when none)."""
    ws.require(Action.EXPORT_STATISTICS)
    row = ws.vault.conn.execute("SELECT value FROM policy WHERE key = ?",
                                (NARRATIVE_KEY + period.code,)).fetchone()
    return "" if row is None else str(row[0])


def save_narrative(ws: Workspace, period: Period, text: str) -> str:
    """Check and store the narrative of ``period`` (empty text removes it); audited with its
    length, never its words.

    Raises:
        ValidationError: ``narrative``: too long, or it looks like it identifies someone.
    """
    ws.require(Action.EXPORT_STATISTICS)
    text = text.strip()
    errors = validate_narrative(text)
    if errors:
        raise ValidationError(errors)
    if text == narrative(ws, period):
        return text
    conn = ws.vault.conn
    with database.transaction(conn):
        if text:
            policy_repo.save_settings(conn, {NARRATIVE_KEY + period.code: text})
        else:
            conn.execute("DELETE FROM policy WHERE key = ?", (NARRATIVE_KEY + period.code,))
        audit.append(conn, ws.member.user_id, "report_narrative_saved", period=period.code,
                     characters=len(text))
    return text


# ---------------------------------------------------------------------- the service


def period_of(ws: Workspace, *, quarter: Quarter | None = None,
              year: int | None = None) -> Period:
    """A quarter's period, or the reporting year starting in ``year`` (policy's month)."""
    if quarter is not None:
        return Period.quarter(quarter)
    assert year is not None
    return Period.reporting_year(year, policy_repo.load(ws.vault.conn).year_start_month)


def periods(ws: Workspace) -> list[Period]:
    """The periods a program report can be made for, newest first: every released quarter,
    and every reporting year (from the policy's month) whose four quarters are released or
    withheld (a withheld quarter's figures read "hidden" in it)."""
    ws.require(Action.EXPORT_STATISTICS)
    released = {Quarter.parse(r.period) for r in stats.releases(ws) if "-Q" in r.period}
    over = released | set(stats_repo.withheld(ws.vault.conn))
    month = policy_repo.load(ws.vault.conn).year_start_month
    years = sorted({q.year for q in released} | {q.year - 1 for q in released}, reverse=True)
    out = [Period.reporting_year(y, month) for y in years]
    out = [p for p in out if all(q in over for q in p.quarters)]
    out += [Period.quarter(q) for q in released]
    return sorted(out, key=lambda p: (p.quarters[-1], not p.annual), reverse=True)


def readiness(ws: Workspace, period: Period) -> Readiness | None:
    """The team's readiness over the period from the training records (None for a member
    who may not see them)."""
    from peerdesk.services import training_records  # noqa: PLC0415 - only for the report

    if not ws.can(Action.MANAGE_TRAINING):
        return None
    found = training_records.readiness(ws, period.first_day, period.last_day)
    return Readiness(found.active_supporters, found.current, found.lapsed,
                     found.training_minutes / 60, found.supervision_minutes / 60)


def report_data(ws: Workspace, period: Period, today: date | None = None) -> ReportData:
    """Everything the report prints, from the ledger, the policy and the training records.

    Raises:
        ReportNotReady: a quarter of the period is not released.
    """
    ws.require(Action.EXPORT_STATISTICS)
    current = policy_repo.load(ws.vault.conn)
    return gather(
        [*stats.releases(ws), *stats.withheld_as_hidden(ws)], period,
        program=current.program_name, agencies=current.agencies,
        readiness=readiness(ws, period), narrative=narrative(ws, period),
        prepared_by=ws.member.name, prepared_on=today or date.today(), training=ws.training)


def program_report(ws: Workspace, period: Period, *, language: str = "en",
                   today: date | None = None) -> tuple[ReportData, bytes]:
    """The program report as PDF bytes (audited with its period and size)."""
    from peerdesk.services.stats.program_pdf import report_pdf  # noqa: PLC0415 - reportlab

    data = report_data(ws, period, today)
    conn = ws.vault.conn
    pdf = report_pdf(data, language, policy_repo.item_texts(conn),
                     policy_repo.load(conn).close_days)
    with database.transaction(conn):
        audit.append(conn, ws.member.user_id, "program_report_exported", period=period.code,
                     bytes=len(pdf))
    return data, pdf


def write_program_report(ws: Workspace, period: Period, out: Path, *, language: str = "en",
                         today: date | None = None) -> ReportData:
    """Make the program report and write it atomically to the file the user chose."""
    data, pdf = program_report(ws, period, language=language, today=today)
    write_atomic(out, pdf)
    return data


# ---------------------------------------------------------------------- the trend CSV

TREND_HEADER = ("quarter", "table", "row", "column", "value")


def trend_rows(releases: Sequence[Release]) -> list[tuple[str, str, str, str, int]]:
    """The trend view's figures as tidy rows, frozen quarters oldest first: each headline's
    cell where it is published (a hidden one has no row)."""
    rows = []
    for release in sorted((r for r in releases if "-Q" in r.period), key=lambda r: r.period):
        for _, cell in HEADLINES:
            value = cell_value(release, cell)
            if value is not None:
                rows.append((release.period, *cell, value))
    return rows


def _guard(text: str) -> str:
    """Typed text a spreadsheet would run as a formula is written with a leading quote (as the
    referral export does)."""
    return "'" + text if text.startswith(("=", "+", "-", "@")) else text


def trend_csv(ws: Workspace) -> tuple[bytes, int]:
    """The trend as CSV (audited) and its number of figures: ``_meta`` rows with the
    program's name and agencies first (quarter empty), then one row per published headline
    figure of every frozen quarter."""
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    current = policy_repo.load(conn)
    rows = trend_rows(stats.releases(ws))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(TREND_HEADER)
    writer.writerow(("", META_TABLE, "program", "value", _guard(current.program_name)))
    for agency in current.agencies:
        writer.writerow(("", META_TABLE, "agency", "value", _guard(agency)))
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    with database.transaction(conn):
        audit.append(conn, ws.member.user_id, "stats_trend_exported", figures=len(rows),
                     bytes=len(data))
    return data, len(rows)


def write_trend_csv(ws: Workspace, out: Path) -> int:
    """Write the trend CSV atomically; returns the number of figures."""
    data, figures = trend_csv(ws)
    write_atomic(out, data)
    return figures
