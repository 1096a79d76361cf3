"""The regional report: its CSV and its PDF (ARCHITECTURE section 14).

The CSV is tidy, codes only: ``quarter,release,scope,table,row,column,value,status``, where
``release`` is 1 for the quarter's regional release and 2, 3, ... for corrections, and ``scope``
is ``region`` for the merged tables or a station's id for its per-agency table. Each release
starts with its ``_meta`` rows (threshold, generator, training flag, kind, and the stations it
counts). A hidden cell has an empty value and the status ``suppressed``.

The PDF has a cover (the quarter, the stations that contributed to each release, what the
figures promise), the merged tables of each release, and one line per agency (its contacts,
hours and referrals as its own release published them).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from peerdesk.domain.stats import META_TABLE, TABLES, TOTAL, Release, Status
from peerdesk.services.pdf_words import ENGLISH, Words
from peerdesk.services.stats.region_release import RegionalRelease

HEADER = ("quarter", "release", "scope", "table", "row", "column", "value", "status")
REGION_SCOPE = "region"


def _meta(release: RegionalRelease) -> list[tuple[str, str]]:
    return [("threshold", str(release.threshold)),
            ("generated_by", release.merged.generated_by),
            ("training", "true" if release.training else "false"),
            ("rules", str(release.merged.rules)),
            ("kind", "correction" if release.correction else "regional"),
            ("stations", " ".join(release.stations))]


def regional_csv(release: RegionalRelease, *, header: bool = True) -> bytes:
    """One regional release as CSV rows (with the header line unless ``header`` is false, for
    a release appended after another)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(HEADER)
    q, seq = release.quarter, str(release.seq)
    for key, value in _meta(release):
        writer.writerow((q, seq, REGION_SCOPE, META_TABLE, key, "value", value,
                         Status.PUBLISHED))
    scopes: list[tuple[str, Release]] = [(REGION_SCOPE, release.merged),
                                         *sorted(release.agencies.items())]
    for scope, tables in scopes:
        for table, row, column, variable in tables.layout.cells:
            cell = tables.values[variable]
            writer.writerow((q, seq, scope, table, row, column, "" if cell is None else cell,
                             Status.SUPPRESSED if cell is None else Status.PUBLISHED))
    return buffer.getvalue().encode("utf-8")


# ---------------------------------------------------------------------- the PDF


class _Pdf:
    """The parts of one regional PDF (reportlab loads here, on first use)."""

    def __init__(self, language: str) -> None:
        from reportlab.lib import colors  # noqa: PLC0415 - reportlab loads on first use
        from reportlab.lib.pagesizes import letter  # noqa: PLC0415
        from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: PLC0415
        from reportlab.lib.units import inch  # noqa: PLC0415

        self.w = Words(language)
        self.colors, self.letter, self.inch = colors, letter, inch
        styles = getSampleStyleSheet()
        self.body = ParagraphStyle("rbody", parent=styles["BodyText"], fontSize=10, leading=14)
        self.small = ParagraphStyle("rsmall", parent=self.body, fontSize=8.5, leading=11)
        self.tiny = ParagraphStyle("rtiny", parent=self.body, fontSize=7.5, leading=9.5)
        self.h1 = ParagraphStyle("rh1", parent=styles["Heading1"], fontSize=20, leading=25,
                                 textColor=colors.HexColor("#2F6F8F"))
        self.h2 = ParagraphStyle("rh2", parent=styles["Heading2"], fontSize=13, leading=17)
        self.width = letter[0] - 1.5 * inch

    def shown(self, value: int | None) -> str:
        return self.w("report.hidden") if value is None else self.w.number(value)

    def para(self, text: str, style: Any) -> Any:
        from reportlab.platypus import Paragraph  # noqa: PLC0415

        return Paragraph(text, style)

    def table(self, data: list[list[Any]], widths: list[float], style: list[Any]) -> Any:
        from reportlab.platypus import Table, TableStyle  # noqa: PLC0415

        out = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        out.setStyle(TableStyle([("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                                 ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), *style]))
        return out

    def grid(self, release: Release, table: str) -> Any:
        """One merged table, every cell, "hidden" for a hidden one."""
        w = self.w
        cells = release.table(table)
        rows = list(dict.fromkeys(r for r, _, _ in cells))
        columns = list(dict.fromkeys(c for _, c, _ in cells))
        value = {(r, c): v for r, c, v in cells}
        head = self.small if len(columns) <= 4 else self.tiny
        data: list[list[Any]] = [["", *(self.para(f"<b>{escape(w.label(c, short=True))}</b>",
                                                  head) for c in columns)]]
        data += [[self.para(escape(w.label(r)), self.small),
                  *(self.shown(value[(r, c)]) for c in columns)] for r in rows]
        first = (1.6 if len(columns) > 3 else 2.8) * self.inch
        number = min(1.3 * self.inch, (self.width - first) / len(columns))
        bold = [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5)] if rows[-1] == TOTAL else []
        return self.table(data, [first] + [number] * len(columns),
                          [("LINEBELOW", (0, 0), (-1, 0), 0.6, self.colors.grey), *bold])

    def agencies(self, release: RegionalRelease) -> Any:
        """One line per agency: its contacts, hours and referrals as its release shows them."""
        w = self.w
        head = [w("region.pdf.station"), w("report.unit.contacts"),
                w("report.headline.hours"), w("report.headline.referrals")]
        rows: list[list[Any]] = [[self.para(f"<b>{escape(h)}</b>", self.small) for h in head]]
        rows += [[station, *(self.shown(tables.values[v])
                             for v in ("contacts", "hours", "referrals"))]
                 for station, tables in sorted(release.agencies.items())]
        return self.table(rows, [2.2 * self.inch] + [1.4 * self.inch] * 3, [])

    def cover(self, releases: Sequence[RegionalRelease], program: str) -> list[Any]:
        w = self.w
        story: list[Any] = [self.para(escape(program), self.body),
                            self.para(w("region.pdf.title"), self.h1),
                            self.para(escape(releases[0].quarter), self.h2)]
        for release in releases:
            kind = "region.pdf.correction" if release.correction else "region.pdf.first"
            story.append(self.para(w(kind, seq=release.seq, count=len(release.stations),
                                     date=(release.merged.frozen_at or "")[:10]), self.body))
            story.append(self.para(escape(", ".join(release.stations)), self.small))
        story.append(self.para(w("region.pdf.method", threshold=releases[-1].threshold),
                               self.body))
        return story


def regional_pdf(releases: Sequence[RegionalRelease], program: str,
                 language: str = ENGLISH) -> bytes:
    """The quarter's regional report as PDF bytes (same releases, same bytes)."""
    from reportlab.platypus import (  # noqa: PLC0415
        KeepTogether,
        PageBreak,
        SimpleDocTemplate,
        Spacer,
    )

    from peerdesk.services.stats.pdf_report import numbered_canvas  # noqa: PLC0415

    pdf = _Pdf(language)
    w = pdf.w
    story = pdf.cover(releases, program)
    for release in releases:
        story += [PageBreak(), pdf.para(w("region.pdf.merged", seq=release.seq), pdf.h2)]
        for table in TABLES:
            if release.merged.table(table):
                story += [KeepTogether([pdf.para(escape(w.table(table)[0]), pdf.body),
                                        pdf.grid(release.merged, table)]),
                          Spacer(1, 0.12 * pdf.inch)]
        story += [pdf.para(w("region.pdf.agencies"), pdf.h2), pdf.agencies(release)]
    quarter = releases[0].quarter
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pdf.letter, leftMargin=0.75 * pdf.inch,
                            rightMargin=0.75 * pdf.inch, topMargin=0.75 * pdf.inch,
                            bottomMargin=0.8 * pdf.inch, invariant=1,
                            title=f"{w('region.pdf.title')} {quarter}", author=program,
                            creator="PeerDesk")
    # The page foot ("Page n of m") and the training watermark of every PeerDesk report.
    canvas = numbered_canvas(f"{w('region.pdf.title')} · {quarter}", releases[0].training, w)
    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()
