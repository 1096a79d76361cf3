"""The PDF report of a release (reportlab): cover, one bar chart per table, the method.

Rendered from the published release only (suppressed cells have no value to leak), with
reportlab's invariant mode so the same release gives the same bytes. A hidden cell reads
"hidden", never "<k": hidden cells include large ones hidden to protect small ones, and
marking which is which would itself give values away. Text that people type (the program's
name, checklist items) is escaped before it reaches reportlab's markup.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.domain.incident_stats import reach_percents
from peerdesk.domain.policy import DEFAULT_CHECKLIST
from peerdesk.domain.stats import LOGGED_LATE, TOTAL, Release
from peerdesk.services.pdf_words import ENGLISH, Words

INK = colors.HexColor("#1F2A36")
MUTED = colors.HexColor("#5B6773")
ACCENT = colors.HexColor("#2F6F8F")
HIDDEN = colors.HexColor("#C9CED4")
PALETTE = [colors.HexColor(c) for c in ("#2F6F8F", "#7FB3C8", "#E0A458", "#8C6D9E", "#6A9E6A",
                                        "#C8645A")]
WIDTH = letter[0] - 1.5 * inch

_styles = getSampleStyleSheet()
H1 = ParagraphStyle("h1", parent=_styles["Title"], fontSize=26, leading=32, textColor=INK,
                    alignment=0, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=_styles["Heading2"], fontSize=15, leading=19, textColor=INK,
                    spaceBefore=10, spaceAfter=2)
BODY = ParagraphStyle("body", parent=_styles["BodyText"], fontSize=10.5, leading=15,
                      textColor=INK)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, textColor=MUTED)
BIG = ParagraphStyle("big", parent=BODY, fontSize=26, leading=30, alignment=TA_CENTER,
                     textColor=ACCENT, fontName="Helvetica-Bold")
CAPTION = ParagraphStyle("caption", parent=BODY, fontSize=9.5, alignment=TA_CENTER,
                         textColor=MUTED)


# The words of the report being rendered (release_pdf sets them; rendering is one call).
_WORDS: ContextVar[Words | None] = ContextVar("pdf_words", default=None)
# The wording of the checklist items the release reports (code -> text).
_ITEMS: ContextVar[dict[str, str] | None] = ContextVar("pdf_items", default=None)
DEFAULT_ITEM_TEXTS = {item.code: item.text for item in DEFAULT_CHECKLIST}


def _w() -> Words:
    return _WORDS.get() or Words(ENGLISH)


def quarter_words(period: str, w: Words) -> str:
    if "-Q" not in period:
        return w("report.year", year=period)
    year, number = int(period[:4]), int(period[-1])
    first, last = date(year, 3 * number - 2, 1), date(year, 3 * number, 1)
    return w("report.quarter_months", first=w.month_name(first.month),
             last=w.month_name(last.month), year=year)


def _items() -> dict[str, str]:
    return {**DEFAULT_ITEM_TEXTS, **(_ITEMS.get() or {})}


def _item_label(code: str) -> str:
    """A checklist item: the built-in short label for a default item, else the program's own
    wording (escaped: it is typed text, and reportlab reads markup)."""
    return _w().label(code, _items()) if code in DEFAULT_ITEM_TEXTS else escape(
        _items().get(code, code))


def _shown(value: int | None, threshold: int) -> str:
    """A published figure, or the word for a hidden one (the same for every hidden cell)."""
    del threshold  # never "<k": a hidden cell may be large
    return _w()("report.hidden") if value is None else _w().number(value)


def numbered_canvas(head: str, training: bool, w: Words) -> type[pdfcanvas.Canvas]:
    """A canvas that writes ``head`` and "Page n of m" at the foot of every page, and the
    training watermark across it in a training workspace (every PeerDesk report uses it)."""

    class NumberedCanvas(pdfcanvas.Canvas):  # type: ignore[misc]
        """Draws 'Page n of m', the running footer and the training watermark."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, _ = letter
            self.saveState()
            if training:
                self.setFillColor(colors.Color(0.75, 0.2, 0.2, alpha=0.13))
                self.setFont("Helvetica-Bold", 50)
                self.translate(width / 2, letter[1] / 2)
                self.rotate(45)
                self.drawCentredString(0, 0, w("pdf.training_mark"))
                self.rotate(-45)
                self.translate(-width / 2, -letter[1] / 2)
            self.setFont("Helvetica", 8.5)
            self.setFillColor(MUTED)
            self.drawString(0.75 * inch, 0.5 * inch, head)
            self.drawRightString(width - 0.75 * inch, 0.5 * inch,
                                 w("report.page_of", page=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


def _bar_chart(
    rows: Sequence[tuple[str, int | None]], threshold: int, unit: str
) -> Drawing:
    """One horizontal bar per row, top to bottom; a hidden cell shows '<k' and no bar."""
    n = len(rows)
    bar_h = 17
    height = n * bar_h + 30
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 190, 18
    chart.width, chart.height = WIDTH - 250, n * bar_h
    values = [0 if v is None else v for _, v in reversed(rows)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [name for name, _ in reversed(rows)]
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1]) * 1.08
    chart.valueAxis.visible = 0
    chart.valueAxis.visibleGrid = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 11
    chart.groupSpacing = bar_h - 11
    drawing.add(chart)
    step = chart.height / n
    for i, (_, value) in enumerate(reversed(rows)):
        x = chart.x + chart.width * values[i] / chart.valueAxis.valueMax + 4
        hidden = value is None
        drawing.add(String(x, chart.y + step * (i + 0.5) - 3, _shown(value, threshold),
                           fontSize=9, fillColor=MUTED if hidden else INK,
                           fontName="Helvetica-Oblique" if hidden else "Helvetica"))
    drawing.add(String(chart.x, height - 10, unit, fontSize=8.5, fillColor=MUTED))
    return drawing


def _stacked_chart(release: Release, rows: list[str], columns: list[str]) -> Drawing:
    """Member groups as stacked bars of formats; hidden cells as one grey 'hidden' part."""
    cells = {(r, c): v for r, c, v in release.table("member_group_by_format")}
    n = len(rows)
    bar_h = 17
    legend_h = 40
    height = n * bar_h + 24 + legend_h
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 190, 10 + legend_h
    chart.width, chart.height = WIDTH - 250, n * bar_h
    order = list(reversed(rows))
    series = []
    for c in columns:
        series.append([cells[(r, c)] or 0 for r in order])
    hidden = []
    labels = []
    for r in order:
        margin = cells[(r, TOTAL)]
        shown = sum(cells[(r, c)] or 0 for c in columns)
        hidden.append(0 if margin is None else max(0, margin - shown))
        labels.append(_shown(margin, release.threshold))
    chart.data = [*series, hidden]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [_w().label(r) for r in order]
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.tickLeft = 0
    chart.categoryAxis.strokeColor = MUTED
    totals = [sum(col[i] for col in chart.data) for i in range(n)]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*totals, 1]) * 1.1
    chart.valueAxis.visible = 0
    chart.barWidth = 11
    chart.groupSpacing = bar_h - 11
    for i in range(len(columns)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = colors.white
        chart.bars[i].strokeWidth = 0.3
    chart.bars[len(columns)].fillColor = HIDDEN
    chart.bars[len(columns)].strokeColor = None
    drawing.add(chart)
    # The row total at the end of each bar.
    step = chart.height / n
    for i, text in enumerate(labels):
        x = chart.x + chart.width * totals[i] / chart.valueAxis.valueMax + 4
        drawing.add(String(x, chart.y + step * (i + 0.5) - 3, text, fontSize=9, fillColor=INK))
    legend = Legend()
    legend.x, legend.y = 10, legend_h - 6
    legend.columnMaximum = 2
    legend.deltax = 125
    legend.fontSize = 8.5
    legend.alignment = "right"
    legend.colorNamePairs = [
        *((PALETTE[i % len(PALETTE)], _w().label(c)) for i, c in enumerate(columns)),
        (HIDDEN, _w()("report.hidden_cells")),
    ]
    drawing.add(legend)
    return drawing


def _grid(release: Release, table_name: str) -> Table:
    """Every cell of a table with several columns, rows and columns in release order; the
    Total row (and a Total column) in bold."""
    cells = {(r, c): v for r, c, v in release.table(table_name)}
    rows = list(dict.fromkeys(r for r, _ in cells))
    columns = list(dict.fromkeys(c for _, c in cells))
    w = _w()
    head = ["", *(w.label(c, short=True) for c in columns)]
    data = [[Paragraph(f"<b>{h}</b>", SMALL) for h in head]]
    for r in rows:
        data.append([Paragraph(w.label(r), SMALL) if r != TOTAL else w.label(r),
                     *(_shown(cells[(r, c)], release.threshold) for c in columns)])
    first = 1.35 * inch if len(columns) > 3 else 2.6 * inch
    number = min(1.3 * inch, (WIDTH - first) / len(columns))
    table = Table(data, colWidths=[first] + [number] * len(columns), repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F5F7")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if rows[-1] == TOTAL:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.6, MUTED),
                  ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
                  ("ROWBACKGROUNDS", (0, 1), (-1, -2),
                   [colors.white, colors.HexColor("#F3F5F7")])]
    if columns[-1] == TOTAL:
        style.append(("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 8.5))
    table.setStyle(TableStyle(style))
    return table


def _headline(release: Release) -> Table:
    k = release.threshold
    boxes = [
        (_shown(release.values["contacts"], k), _w()("report.unit.contacts")),
        (_shown(release.values["hours"], k), _w()("report.headline.hours")),
        (_shown(release.values["referrals"], k), _w()("report.headline.referrals")),
    ]
    data = [[Paragraph(v, BIG) for v, _ in boxes], [Paragraph(t, CAPTION) for _, t in boxes]]
    table = Table(data, colWidths=[WIDTH / 3] * 3)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (0, -1), 0.8, HIDDEN), ("BOX", (1, 0), (1, -1), 0.8, HIDDEN),
        ("BOX", (2, 0), (2, -1), 0.8, HIDDEN),
        ("TOPPADDING", (0, 0), (-1, 0), 16), ("BOTTOMPADDING", (0, -1), (-1, -1), 14),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F7F9")),
    ]))
    return table


def _footnote(release: Release, table: str) -> Paragraph | None:
    if all(v is not None for _, _, v in release.table(table)):
        return None
    return Paragraph(hidden_note(release), SMALL)


def hidden_note(release: Release) -> str:
    """The footnote under every table with a hidden cell (and on the cover)."""
    return _w()(
        "report.hidden_note", below=release.threshold - 1)


def _one_way_rows(release: Release, table: str) -> list[tuple[str, int | None]]:
    return [(_w().label(r, DEFAULT_ITEM_TEXTS), v) for r, c, v in release.table(table)
            if r != TOTAL and not (r == LOGGED_LATE and v == 0)]


def _section(release: Release, table: str) -> list[Any]:
    w = _w()
    title, about = w.table(table)
    k = release.threshold
    story: list[Any] = [Paragraph(title, H2)]
    if table == "member_group_by_format":
        rows = [r for r, c, _ in release.table(table) if c == TOTAL and r != TOTAL]
        columns = [c for r, c, _ in release.table(table) if r == TOTAL and c != TOTAL]
        story += [Paragraph(about, SMALL), Spacer(1, 4),
                  _stacked_chart(release, rows, columns)]
        grid: list[Any] = [Spacer(1, 6), _grid(release, table)]
        note = _footnote(release, table)
        return [KeepTogether(story), KeepTogether([*grid, *([note] if note else [])]),
                Spacer(1, 10)]
    elif table in CHART_COLUMN:
        story += _incident_section(release, table, about)
    elif table == "checklist_completion":
        ticked = [(_item_label(r), v) for r, c, v in release.table(table) if c == "ticked"]
        total = release.values["contacts"]
        story.append(Paragraph(w("report.about_out_of", about=about,
                                 total=_shown(total, k)), SMALL))
        story.append(_bar_chart(ticked, k, w("report.unit.ticked")) if ticked else
                     Paragraph(w("report.no_checklist_item"), SMALL))
    else:
        total_cell = [v for r, _, v in release.table(table) if r == TOTAL]
        unit = {"support_hours": "report.unit.hours",
                "referrals_by_type": "report.unit.referrals"}.get(table, "report.unit.contacts")
        unit = w(unit)
        lead = (w("report.about_total", about=about, total=_shown(total_cell[0], k),
                  unit=unit) if total_cell else about)
        story += [Paragraph(lead, SMALL), _bar_chart(_one_way_rows(release, table), k, unit)]
    note = _footnote(release, table)
    if note is not None:
        story.append(note)
    return [KeepTogether(story), Spacer(1, 10)]


# The incident tables with several columns: the column their chart shows and its unit.
CHART_COLUMN = {
    "incidents_by_kind": ("incidents", "report.unit.incidents"),
    "incident_reach": ("personnel", "report.unit.personnel"),
    "group_interventions": ("interventions", "report.unit.interventions"),
    "incident_hours": ("hours", "report.unit.hours"),
}


def _incident_section(release: Release, table: str, about: str) -> list[Any]:
    """A chart of one column (the one the table is about), the whole table under it, and for
    reach the percentages that may be given (``domain.incident_stats``)."""
    w, k = _w(), release.threshold
    column, unit_code = CHART_COLUMN[table]
    unit = w(unit_code)
    bars = [(w.label(r), v) for r, c, v in release.table(table) if c == column and r != TOTAL]
    total = [v for r, c, v in release.table(table) if c == column and r == TOTAL]
    lead = (w("report.about_total", about=about, total=_shown(total[0], k), unit=unit)
            if total else about)
    story: list[Any] = [Paragraph(lead, SMALL), _bar_chart(bars, k, unit)]
    if table == "incident_reach":
        for row, percent in reach_percents(release).items():
            if percent is not None:
                story.append(Paragraph(w("report.reach_percent", row=w.label(row),
                                         percent=percent), BODY))
        story.append(Paragraph(w("report.reach_no_percent", k=k), SMALL))
    else:
        story += [Spacer(1, 4), _grid(release, table)]
    return story


def _method(release: Release) -> list[Any]:
    w, k = _w(), release.threshold
    paragraphs = [
        w("report.how.counts"),
        w("report.how.small_numbers",
          below=k - 1),
        w("report.how.not_worked_out",
          k=k, below=k - 1),
        w("report.how.hours_checklist"),
        *([w("report.how.incidents", k=k)] if "incident_reach" in release.layout.tables
          else []),
        w("report.how.several"),
        w("report.how.one_release",
          days=_CLOSE_DAYS.get()),
        w("report.how.guarantee",
          k=k, below=k - 1),
    ]
    if release.quarters:
        paragraphs.append(w(
            "report.how.annual", quarters=", ".join(release.quarters), k=k))
    if release.rounding:
        paragraphs.append(w(
            "report.how.rounding", base=release.rounding))
    if release.training:
        paragraphs.append(w("report.how.training"))
    story: list[Any] = [Paragraph(w("report.how"), H2)]
    for text in paragraphs:
        story += [Paragraph(text, BODY), Spacer(1, 6)]
    return story


_CLOSE_DAYS: ContextVar[int] = ContextVar("pdf_close_days", default=14)


def method_story(release: Release, language: str = ENGLISH,
                 item_texts: dict[str, str] | None = None, close_days: int = 14) -> list[Any]:
    """The method page's flowables for ``release`` in ``language`` (the program report ends
    with the same page as the statistics report)."""
    with _rendering(language, item_texts, close_days):
        return _method(release)


@contextmanager
def _rendering(language: str, item_texts: dict[str, str] | None,
               close_days: int) -> Iterator[None]:
    """The words, checklist wording and closing days of the report being rendered."""
    tokens = (_WORDS.set(Words(language)), _ITEMS.set(item_texts), _CLOSE_DAYS.set(close_days))
    try:
        yield
    finally:
        _CLOSE_DAYS.reset(tokens[2])
        _ITEMS.reset(tokens[1])
        _WORDS.reset(tokens[0])


def release_pdf(release: Release, program: str, language: str = ENGLISH,
                item_texts: dict[str, str] | None = None, close_days: int = 14) -> bytes:
    """The report as PDF bytes in ``language`` (``en`` or ``fr_CA``); the same release, program,
    language and item texts give the same bytes. ``program`` and ``item_texts`` are plain text
    (escaped here)."""
    with _rendering(language, item_texts, close_days):
        return _render(release, program)


def _render(release: Release, program: str) -> bytes:
    w = _w()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
        topMargin=0.75 * inch, bottomMargin=0.8 * inch, invariant=1,
        title=w("report.document_title", period=release.period), author=program,
        creator="PeerDesk", subject=w("report.subject"),
    )
    k = release.threshold
    released = (release.frozen_at or "")[:10]
    story: list[Any] = [
        Spacer(1, 0.9 * inch),
        Paragraph(escape(program), ParagraphStyle("program", parent=BODY, fontSize=13,
                                                  textColor=ACCENT)),
        Paragraph(w("report.title"), H1),
        Paragraph(f"{release.period} · {quarter_words(release.period, w)}",
                  ParagraphStyle("q", parent=BODY, fontSize=15, leading=20, textColor=MUTED)),
        Spacer(1, 0.45 * inch), _headline(release), Spacer(1, 0.4 * inch),
        Paragraph(w(
            "report.intro"), BODY),
        Spacer(1, 8),
        Paragraph(w("report.released",
                    released=released, k=k, generator=release.generated_by), SMALL),
        PageBreak(),
    ]
    for table in release.layout.tables:
        story += _section(release, table)
    story += [PageBreak(), *_method(release)]
    head = w("report.running_head", program=program, period=release.period)
    doc.build(story, canvasmaker=numbered_canvas(head, release.training, w))
    return buffer.getvalue()
