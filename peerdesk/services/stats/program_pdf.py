"""The program report as PDF (reportlab): cover, comparison, trends, critical incidents, team
readiness, the coordinator's account, sign-off, method.

It draws :class:`~peerdesk.services.stats.program_figures.ReportData` and nothing else, in the
statistics report's styles, footer and method page (:mod:`peerdesk.services.stats.pdf_report`).
A hidden figure reads "hidden", has no bar in a chart and no change beside it. Typed text (the
program's name, agencies, the narrative) is escaped before it reaches reportlab's markup.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import TOTAL
from peerdesk.services.pdf_words import Words
from peerdesk.services.stats.pdf_report import (
    ACCENT,
    BIG,
    BODY,
    CAPTION,
    H1,
    H2,
    HIDDEN,
    INK,
    MUTED,
    SMALL,
    WIDTH,
    method_story,
    numbered_canvas,
    quarter_words,
)
from peerdesk.services.stats.program_figures import HEADLINES, Compared, ReportData

LIGHT = colors.HexColor("#F3F7F9")
STRIPE = colors.HexColor("#F3F5F7")
UP = colors.HexColor("#2E6B47")
DOWN = colors.HexColor("#9A4A2E")
PROGRAM = ParagraphStyle("program", parent=BODY, fontSize=15, leading=19, textColor=ACCENT,
                         fontName="Helvetica-Bold")
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=15, leading=20, textColor=MUTED)
CHANGE = ParagraphStyle("change", parent=CAPTION, fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="Helvetica-Bold")
NARRATIVE = ParagraphStyle("narrative", parent=BODY, fontSize=11, leading=16, spaceAfter=8)


# ---------------------------------------------------------------------- words


def _quarter_short(quarter: str, w: Words) -> str:
    q = Quarter.parse(quarter)
    return w("report.program.quarter_short", number=q.number, year=q.year)


def _period_words(data: ReportData, w: Words) -> str:
    period = data.period
    if not period.annual:
        return quarter_words(period.code, w)
    first, last = period.quarters[0].first_day, period.quarters[-1].last_day
    return w("report.program.year_months", first=w.month(first.year, first.month),
             last=w.month(last.year, last.month))


def _period_title(data: ReportData, w: Words) -> str:
    period = data.period
    if not period.annual:
        q = period.quarters[0]
        return w("report.program.quarter_title", number=q.number, year=q.year)
    first, last = period.quarters[0], period.quarters[-1]
    if first.year == last.year:
        return w("report.program.year_title", year=first.year)
    return w("report.program.year_title", year=f"{first.year}–{last.year}")


def _figure(value: int | None, w: Words) -> str:
    return w("report.hidden") if value is None else w.number(value)


def _signed(value: int, w: Words) -> str:
    return ("+" if value > 0 else "-" if value < 0 else "") + w.number(abs(value))


def _earlier(value: int | None, was_released: bool, w: Words) -> str:
    """An earlier period's figure, or "not released" when a quarter of it is not."""
    return _figure(value, w) if was_released else w("report.program.no_release")


def _change(figure: Compared, then: int | None, w: Words) -> str:
    """"+12 (+8 %)", or the words for a change that cannot be shown."""
    change = Compared.change(figure.now, then)
    if change is None:
        return w("report.program.not_compared")
    percent = Compared.percent(figure.now, then)
    if percent is None:
        return _signed(change, w)
    return w("report.program.change_percent", change=_signed(change, w),
             percent=_signed(percent, w))


def _label(cell: tuple[str, str, str], w: Words) -> str:
    """The row label of a figure in the comparison table."""
    table, row, _ = cell
    headline = {c: name for name, c in HEADLINES}.get(cell)
    if headline is not None:
        return w(f"report.program.row.{headline}")
    del table
    return w.label(row)


# ---------------------------------------------------------------------- the cover


def _headline_boxes(data: ReportData, w: Words) -> Table:
    previous = w("report.program.on_previous_year" if data.period.annual else
                 "report.program.on_previous_quarter")
    captions = (w("report.unit.contacts"), w("report.headline.hours"),
                w("report.headline.referrals"))
    numbers, texts, changes = [], [], []
    for figure, caption in zip(data.headlines, captions, strict=True):
        numbers.append(Paragraph(_figure(figure.now, w), BIG))
        texts.append(Paragraph(caption, CAPTION))
        lines = [f"{_change(figure, figure.previous, w)} {previous}" if figure.previous_released
                 else w("report.program.nothing_to_compare")]
        if not data.period.annual and figure.year_ago_released:
            lines.append(f"{_change(figure, figure.year_ago, w)} {w('report.program.on_year_ago')}")
        changes.append(Paragraph("<br/>".join(lines), CHANGE))
    table = Table([numbers, texts, changes], colWidths=[WIDTH / 3] * 3)
    table.setStyle(TableStyle([
        *(("BOX", (i, 0), (i, -1), 0.8, HIDDEN) for i in range(3)),
        ("TOPPADDING", (0, 0), (-1, 0), 16), ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _cover(data: ReportData, w: Words) -> list[Any]:
    story: list[Any] = [Spacer(1, 0.25 * inch), Paragraph(escape(data.program), PROGRAM)]
    if data.agencies:
        story.append(Paragraph(w("report.program.covers", agencies=" · ".join(
            escape(a) for a in data.agencies)), SMALL))
    story += [
        Spacer(1, 10),
        Paragraph(w("report.program.title"), H1),
        Paragraph(f"{_period_title(data, w)} · {_period_words(data, w)}", SUBTITLE),
        Spacer(1, 0.35 * inch),
        _headline_boxes(data, w),
        Spacer(1, 0.3 * inch),
        Paragraph(w("report.program.intro"), BODY),
        Spacer(1, 8),
        Paragraph(w("report.program.prepared", name=escape(data.prepared_by),
                    date=w.day(data.prepared_on)), SMALL),
    ]
    return story


# ---------------------------------------------------------------------- the comparison


def _period_columns(annual: bool, w: Words) -> tuple[str, str]:
    """The headings of the period's column and the previous period's."""
    if annual:
        return w("report.program.column.this_year"), w("report.program.column.previous_year")
    return (w("report.program.column.this_quarter"),
            w("report.program.column.previous_quarter"))


def _comparison(data: ReportData, w: Words) -> list[Any]:
    annual = data.period.annual
    head = [w("report.program.column.figure"), *_period_columns(annual, w),
            w("report.program.column.change")]
    if not annual:
        head += [w("report.program.column.year_ago"), w("report.program.column.change")]
    rows: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", SMALL) for h in head]]
    shown = [f for f in data.breakdown if not f.all_hidden]
    left_out = len(data.breakdown) - len(shown)
    groups = [("", list(data.headlines)),
              (w("report.program.row.by_group"),
               [f for f in shown if f.cell[0] == "contacts_by_member_group"]),
              (w("report.program.row.by_format"),
               [f for f in shown if f.cell[0] == "contacts_by_format"])]
    section_rows: list[int] = []
    for title, figures in groups:
        if not figures:
            continue
        if title:
            section_rows.append(len(rows))
            rows.append([Paragraph(f"<b>{title}</b>", CELL), *[""] * (len(head) - 1)])
        for figure in figures:
            row = [Paragraph(_label(figure.cell, w), CELL), _figure(figure.now, w),
                   _earlier(figure.previous, figure.previous_released, w),
                   _change(figure, figure.previous, w)]
            if not annual:
                row += [_earlier(figure.year_ago, figure.year_ago_released, w),
                        _change(figure, figure.year_ago, w)]
            rows.append(row)
    first = 1.9 * inch
    rest = (WIDTH - first) / (len(head) - 1)
    table = Table(rows, colWidths=[first] + [rest] * (len(head) - 1), repeatRows=1)
    style = [
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("FONT", (1, 1), (1, -1), "Helvetica-Bold", 9),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, 3), [colors.white, STRIPE]),
    ]
    for at in section_rows:
        style += [("SPAN", (0, at), (-1, at)), ("LINEABOVE", (0, at), (-1, at), 0.4, HIDDEN),
                  ("TOPPADDING", (0, at), (-1, at), 8)]
    table.setStyle(TableStyle(style))
    intro = w("report.program.glance_intro_year" if annual else "report.program.glance_intro")
    notes = [w("report.program.hidden_note")]
    if left_out:
        notes.append(w("report.program.rows_left_out"))
    return [Paragraph(w("report.program.at_a_glance"), H2), Paragraph(intro, SMALL), Spacer(1, 6),
            table, Spacer(1, 4), Paragraph(" ".join(notes), SMALL)]


# ---------------------------------------------------------------------- the trends


def _trend_chart(series: Sequence[tuple[str, int | None]], title: str, w: Words) -> Drawing:
    """One bar per released quarter; a hidden figure has no bar and reads "hidden"."""
    height = 150
    drawing = Drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = WIDTH - 40, height - 62
    values = [0 if v is None else v for _, v in series]
    top = max([*values, 1]) * 1.18
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_quarter_short(q, w) for q, _ in series]
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickDown = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.visible = 0
    chart.valueAxis.visibleGrid = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 10
    drawing.add(chart)
    step = chart.width / max(len(series), 1)
    for i, (_, value) in enumerate(series):
        x = chart.x + step * (i + 0.5)
        if value is None:
            drawing.add(String(x, chart.y + 4, w("report.hidden"), fontSize=8.5,
                               fillColor=MUTED, fontName="Helvetica-Oblique",
                               textAnchor="middle"))
            continue
        y = chart.y + chart.height * value / top + 3
        drawing.add(String(x, y, w.number(value), fontSize=8.5, fillColor=INK,
                           textAnchor="middle"))
    drawing.add(String(chart.x - 20, height - 14, title, fontSize=10.5, fillColor=INK,
                       fontName="Helvetica-Bold"))
    drawing.add(Line(chart.x - 20, height - 20, WIDTH, height - 20, strokeColor=HIDDEN,
                     strokeWidth=0.5))
    return drawing


def _trends(data: ReportData, w: Words) -> list[Any]:
    quarters = len(data.trend[0][1]) if data.trend else 0
    story: list[Any] = [Paragraph(w("report.program.trends", n=quarters), H2),
                        Paragraph(w("report.program.trends_intro"), SMALL), Spacer(1, 8)]
    for name, series in data.trend:
        story += [_trend_chart(series, w(f"report.program.trend.{name}"), w), Spacer(1, 10)]
    return story


# ---------------------------------------------------------------------- incidents, team


def _table_title(table: str, w: Words) -> str:
    try:
        return w.table(table)[0]
    except KeyError:
        return table.replace("_", " ").capitalize()


def _quiet(figure: Compared) -> bool:
    """A published zero now, and zero or not released in the period before."""
    return figure.now == 0 and (figure.previous == 0 or not figure.previous_released)


def _incident_grid(table: str, figures: Sequence[Compared], annual: bool,
                   w: Words) -> tuple[Table | None, int]:
    """One critical-incident table: a row per row of the release, and for each of its columns
    the period's figure, the previous period's and the change. Rows that are a published zero
    in both periods are left out (their number is returned); the total row never is."""
    columns = list(dict.fromkeys(f.cell[2] for f in figures))
    by_row: dict[str, dict[str, Compared]] = {}
    for figure in figures:
        by_row.setdefault(figure.cell[1], {})[figure.cell[2]] = figure
    this, before = _period_columns(annual, w)
    top: list[Any] = [Paragraph(f"<b>{escape(_table_title(table, w))}</b>", CELL)]
    under: list[Any] = [""]
    for column in columns:
        name = w("report.program.column.hours") if column == "hours" else w.label(column)
        top += [Paragraph(f"<b>{escape(name)}</b>", SMALL), "", ""]
        under += [Paragraph(this, SMALL), Paragraph(before, SMALL),
                  Paragraph(w("report.program.column.change"), SMALL)]
    rows: list[list[Any]] = [top, under]
    left_out = 0
    for row, cells in by_row.items():
        if row != TOTAL and all(_quiet(f) for f in cells.values()):
            left_out += 1
            continue
        line: list[Any] = [Paragraph(escape(w.label(row)), CELL)]
        for column in columns:
            figure = cells[column]
            line += [_figure(figure.now, w),
                     _earlier(figure.previous, figure.previous_released, w),
                     _change(figure, figure.previous, w)]
        rows.append(line)
    if len(rows) == 2:
        return None, left_out  # every row left out and no total: nothing to show
    label = 1.9 * inch
    each = (WIDTH - label) / (3 * len(columns))
    grid = Table(rows, colWidths=[label] + [each] * (3 * len(columns)), repeatRows=2)
    style: list[Any] = [
        ("FONT", (0, 2), (-1, -1), "Helvetica", 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, 1), 0.6, MUTED),
        ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, STRIPE]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i in range(len(columns)):
        first = 1 + 3 * i
        style += [("SPAN", (first, 0), (first + 2, 0)), ("ALIGN", (first, 0), (first, 0), "CENTER"),
                  ("LINEBEFORE", (first, 0), (first, -1), 0.4, HIDDEN),
                  ("FONT", (first, 2), (first, -1), "Helvetica-Bold", 8.5)]
    if TOTAL in by_row:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.6, MUTED)]
    grid.setStyle(TableStyle(style))
    return grid, left_out


def _incidents(data: ReportData, w: Words) -> list[Any]:
    if not data.incidents:
        return []
    story: list[Any] = [Paragraph(w("report.program.incidents"), H2),
                        Paragraph(w("report.program.incidents_intro"), SMALL), Spacer(1, 6)]
    if all(_quiet(f) for _, figures in data.incidents for f in figures):
        return [*story[:2], Paragraph(w("report.program.no_incidents"), BODY), Spacer(1, 10)]
    left_out = 0
    for table, figures in data.incidents:
        grid, skipped = _incident_grid(table, figures, data.period.annual, w)
        left_out += skipped
        if grid is not None:
            story += [KeepTogether([grid]), Spacer(1, 10)]
    if left_out:
        story.append(Paragraph(w("report.program.zero_rows_left_out"), SMALL))
    return [*story, Spacer(1, 6)]


def _readiness(data: ReportData, w: Words) -> list[Any]:
    story: list[Any] = [Paragraph(w("report.program.readiness"), H2)]
    ready = data.readiness
    if ready is None:
        return [KeepTogether([*story, Paragraph(w("report.program.readiness_none"), BODY)])]
    hours = w.number(round(ready.hours))
    boxes = ((w.number(ready.active), w("report.program.readiness.active")),
             (w.number(ready.current), w("report.program.readiness.current")),
             (w.number(ready.lapsed), w("report.program.readiness.lapsed")),
             (hours, w("report.program.readiness.hours")))
    numbers = ParagraphStyle("ready", parent=BIG, fontSize=20, leading=24)
    table = Table([[Paragraph(v, numbers) for v, _ in boxes],
                   [Paragraph(t, CAPTION) for _, t in boxes]], colWidths=[WIDTH / 4] * 4)
    table.setStyle(TableStyle([
        *(("BOX", (i, 0), (i, -1), 0.8, HIDDEN) for i in range(4)),
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    supervision = Paragraph(w("report.program.readiness.supervision",
                              hours=w.number(round(ready.supervision_hours))), SMALL)
    return [KeepTogether([*story, Paragraph(w("report.program.readiness_about"), SMALL),
                          Spacer(1, 6), table, Spacer(1, 4), supervision])]


# ---------------------------------------------------------------------- account, sign-off


def _narrative(data: ReportData, w: Words) -> list[Any]:
    story: list[Any] = [Paragraph(w("report.program.narrative"), H2)]
    paragraphs = [p.strip() for p in data.narrative.split("\n\n") if p.strip()]
    if not paragraphs:
        return [*story, Paragraph(w("report.program.no_narrative"), SMALL)]
    for text in paragraphs:
        story.append(Paragraph(escape(text).replace("\n", "<br/>"), NARRATIVE))
    return story


def _sign_off(data: ReportData, w: Words) -> list[Any]:
    line = "_" * 34
    rows = [
        [Paragraph(f"<b>{w('report.program.prepared_by')}</b>", CELL),
         Paragraph(escape(data.prepared_by), CELL), Paragraph(w.day(data.prepared_on), CELL)],
        [Paragraph(f"<b>{w('report.program.reviewed_by')}</b>", CELL), line, "_" * 18],
        ["", Paragraph(w("report.program.name_title_signature"), SMALL),
         Paragraph(w("report.program.date"), SMALL)],
    ]
    table = Table(rows, colWidths=[1.4 * inch, WIDTH - 3.2 * inch, 1.8 * inch])
    table.setStyle(TableStyle([
        ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 1), (-1, 1), 26), ("TOPPADDING", (0, 2), (-1, 2), 0),
    ]))
    return [Spacer(1, 14), KeepTogether([Paragraph(w("report.program.sign_off"), H2), table])]


# ---------------------------------------------------------------------- the document


def report_pdf(data: ReportData, language: str = "en",
               item_texts: dict[str, str] | None = None, close_days: int = 14) -> bytes:
    """The program report as PDF bytes in ``language`` (``en`` or ``fr_CA``)."""
    w = Words(language)
    buffer = io.BytesIO()
    program = data.program
    doc = SimpleDocTemplate(
        buffer, pagesize=(8.5 * inch, 11 * inch), leftMargin=0.75 * inch,
        rightMargin=0.75 * inch, topMargin=0.75 * inch, bottomMargin=0.8 * inch, invariant=1,
        title=w("report.program.document_title", program=program, period=data.period.code),
        author=program, creator="PeerDesk", subject=w("report.program.title"))
    story: list[Any] = [*_cover(data, w), Spacer(1, 10), *_comparison(data, w), PageBreak(),
                        *_trends(data, w), PageBreak(), *_incidents(data, w),
                        *_readiness(data, w), Spacer(1, 8), *_narrative(data, w),
                        *_sign_off(data, w)]
    if data.method_release is not None:
        heading, *method = method_story(data.method_release, language, item_texts, close_days)
        story += [PageBreak(), heading, Paragraph(w("report.program.method"), BODY),
                  Spacer(1, 6), *method]
    head = w("report.program.running_head", program=program, period=data.period.code)
    doc.build(story, canvasmaker=numbered_canvas(head, data.training, w))
    return buffer.getvalue()
