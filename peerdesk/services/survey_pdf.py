"""The PDF of a cohort's released results (reportlab), in English or French (section 12).

Rendered from the frozen results only: a hidden count reads "hidden" and a withheld figure
says why, so nothing the release does not publish can reach the page. Each instrument's
source, licence and required credit are printed with its results, and a questionnaire written
for PeerDesk is marked as not validated wherever its scores appear. The same results and
language give the same bytes (reportlab's invariant mode).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from peerdesk.domain.survey_results import Change, CohortResults, Distribution, ScoreSummary
from peerdesk.domain.surveys import Direction, Instrument, ScoreRule, WaveKind
from peerdesk.services.pdf_words import ENGLISH, FRENCH, Words
from peerdesk.services.stats.pdf_report import (
    ACCENT,
    BODY,
    H1,
    H2,
    SMALL,
    WIDTH,
    numbered_canvas,
)

CELL = ParagraphStyle("survey_cell", parent=BODY, fontSize=8.5, leading=10.5)
CELL_RIGHT = ParagraphStyle("survey_cell_right", parent=CELL, alignment=2)
HEAD = ParagraphStyle("survey_head", parent=CELL, textColor=colors.white,
                      fontName="Helvetica-Bold")
HEAD_RIGHT = ParagraphStyle("survey_head_right", parent=HEAD, alignment=2)
H3 = ParagraphStyle("survey_h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11,
                    spaceBefore=8, spaceAfter=2)
NOTE = ParagraphStyle("survey_note", parent=BODY, textColor=colors.HexColor("#8A4B12"),
                      fontName="Helvetica-Bold", fontSize=10)


class _Page:
    """What every part of one rendering needs: the words, the language, the threshold."""

    def __init__(self, results: CohortResults, language: str) -> None:
        self.w = Words(language)
        self.language = self.w.language
        self.results = results

    def text(self, words: Any) -> str:
        """An instrument's own wording (``domain.surveys.Text``), escaped for the markup."""
        return escape(str(words.get(self.language)))

    def dec(self, value: float | None, digits: int = 2) -> str:
        if value is None:
            return "—"
        text = f"{value:.{digits}f}"
        if text.startswith("-"):
            text = "\u2212" + text[1:]
        return text.replace(".", ",") if self.language == FRENCH else text

    def p(self, value: float | None) -> str:
        """"= 0.012" or "< 0.001" (the templates write "p {p_t}")."""
        if value is None:
            return "= —"
        if value < 0.001:
            return "< " + self.dec(0.001, 3)
        return "= " + self.dec(value, 3)

    def count(self, value: int | None) -> str:
        return self.w("report.hidden") if value is None else self.w.number(value)

    def wave(self, kind: WaveKind) -> str:
        return self.w(f"survey.report.wave.{kind.value}")

    def withheld(self, code: str | None) -> str:
        return self.w(code or "survey.withheld.too_few")


def _table(rows: list[list[Any]], widths: Sequence[float]) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#D5DAE0")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    table.setStyle(TableStyle(style))
    return table


def _p(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(text, style)


def _cover(page: _Page, program: str) -> list[Any]:
    w, r = page.w, page.results
    waves = ", ".join(w("survey.report.wave_count", wave=page.wave(k), count=w.number(n))
                      for k, n in r.responses)
    story: list[Any] = [
        Paragraph(escape(r.title), H1),
        Paragraph(w("survey.report.subtitle", program=escape(program),
                    date=w.day(date.fromisoformat(r.released_at[:10]))), BODY),
        Spacer(1, 8),
        Paragraph(w("survey.report.respondents", waves=waves), BODY),
        Paragraph(w("survey.report.linked", count=w.number(r.linked)), BODY),
        Spacer(1, 6),
        Paragraph(w("survey.report.intro", minimum=r.minimum), SMALL),
    ]
    if r.withheld:
        story += [Spacer(1, 8), Paragraph(w("survey.report.nothing_shown", minimum=r.minimum),
                                          NOTE)]
    return story


def _scores_table(page: _Page, inst: Instrument) -> list[Any]:
    w, r = page.w, page.results
    head = [_p(w("survey.report.column.score"), HEAD), _p(w("survey.report.column.wave"), HEAD),
            _p(w("survey.report.column.n"), HEAD_RIGHT),
            _p(w("survey.report.column.mean_sd"), HEAD_RIGHT),
            _p(w("survey.report.column.median"), HEAD_RIGHT)]
    rows: list[list[Any]] = [head]
    for rule in inst.scores:
        for s in (s for s in r.scores if s.instrument == inst.id and s.score == rule.id):
            figures: list[Any]
            if s.withheld:
                figures = [_p(page.count(s.n), CELL_RIGHT),
                           _p(page.withheld(s.withheld), SMALL), ""]
            else:
                figures = [_p(page.count(s.n), CELL_RIGHT),
                           _p(f"{page.dec(s.mean)} ({page.dec(s.sd)})", CELL_RIGHT),
                           _p(page.dec(s.median), CELL_RIGHT)]
            rows.append([_p(page.text(rule.title)), _p(page.wave(s.wave)), *figures])
    return [_table(rows, [WIDTH * 0.4, WIDTH * 0.14, WIDTH * 0.1, WIDTH * 0.2, WIDTH * 0.16])]


def _change_row(page: _Page, rule: ScoreRule, c: Change) -> list[Any]:
    w = page.w
    what = w(f"survey.report.method.{c.method}", first=page.wave(c.from_wave),
             second=page.wave(c.to_wave))
    n = (page.w.number(c.n) if c.n_other is None
         else f"{page.w.number(c.n)} / {page.w.number(c.n_other)}")
    if c.withheld:
        return [_p(page.text(rule.title)), _p(what), _p(n, CELL_RIGHT),
                _p(page.withheld(c.withheld), SMALL), "", ""]
    better = (c.mean_change or 0) < 0 if rule.direction is Direction.HIGHER_IS_WORSE else (
        c.mean_change or 0) > 0
    change = w("survey.report.change_ci", change=page.dec(c.mean_change),
               low=page.dec(c.ci_low), high=page.dec(c.ci_high))
    tests = w(f"survey.report.tests.{c.method}", t=page.dec(c.t_stat), p_t=page.p(c.p_t),
              p_rank=page.p(c.p_rank))
    effect = w(f"survey.report.effect.{c.method}", effect=page.dec(c.effect))
    direction = w("survey.report.better" if better else "survey.report.not_better") \
        if c.mean_change else ""
    return [_p(page.text(rule.title)), _p(what), _p(n, CELL_RIGHT),
            _p(f"{change}<br/><font color='#5B6773'>{direction}</font>"), _p(tests), _p(effect)]


def _changes_table(page: _Page, inst: Instrument) -> list[Any]:
    w = page.w
    head = [_p(w(f"survey.report.column.{c}"), HEAD_RIGHT if c == "n" else HEAD)
            for c in ("score", "comparison", "n", "change", "tests", "effect")]
    rows: list[list[Any]] = [head]
    for rule in inst.scores:
        rows += [_change_row(page, rule, c) for c in page.results.changes
                 if c.instrument == inst.id and c.score == rule.id]
    return [_table(rows, [WIDTH * f for f in (0.24, 0.16, 0.08, 0.2, 0.2, 0.12)])]


def _distribution_cells(page: _Page, dist: Distribution | None, width: int,
                        why: str | None) -> list[Any]:
    if dist is None:
        return [_p(page.withheld(why), SMALL)] + [""] * (width - 1)
    return [_p(page.count(c), CELL_RIGHT) for c in dist.counts] + [
        _p(page.w.number(dist.total), CELL_RIGHT)]


def _bands_table(page: _Page, inst: Instrument) -> list[Any]:
    story: list[Any] = []
    for rule in (r for r in inst.scores if r.bands):
        summaries: list[ScoreSummary] = [s for s in page.results.scores
                                         if s.instrument == inst.id and s.score == rule.id]
        head = [_p(page.text(rule.title), HEAD)] + [_p(page.text(b.label), HEAD_RIGHT)
                                                    for b in rule.bands]
        head.append(_p(page.w("survey.report.column.total"), HEAD_RIGHT))
        rows: list[list[Any]] = [head]
        for s in summaries:
            rows.append([_p(page.wave(s.wave)),
                         *_distribution_cells(page, s.bands, len(rule.bands) + 1,
                                              s.withheld or s.bands_withheld)])
        first = WIDTH * 0.28
        rest = (WIDTH - first) / (len(rule.bands) + 1)
        story += [Spacer(1, 6), _table(rows, [first] + [rest] * (len(rule.bands) + 1))]
    return story


def _items_tables(page: _Page, inst: Instrument) -> list[Any]:
    story: list[Any] = []
    options = inst.options
    for wave, _ in page.results.responses:
        rows_of = [r for r in page.results.items if r.instrument == inst.id and r.wave is wave]
        if not rows_of:
            continue
        title = page.w("survey.report.items_in", wave=page.w(f"survey.wave.{wave.value}"))
        head = [_p(title[:1].upper() + title[1:], HEAD)]
        head += [_p(f"{o.value} {page.text(o.label)}", HEAD_RIGHT) for o in options]
        head.append(_p(page.w("survey.report.column.total"), HEAD_RIGHT))
        rows: list[list[Any]] = [head]
        for row in rows_of:
            item = inst.item(row.item)
            label = page.text(item.text)
            if item.reverse:
                label += f" <font color='#5B6773'>({page.w('survey.report.reversed')})</font>"
            rows.append([_p(label), *_distribution_cells(page, row.distribution,
                                                         len(options) + 1, row.withheld)])
        first = WIDTH * 0.34
        rest = (WIDTH - first) / (len(options) + 1)
        story += [Spacer(1, 6), _table(rows, [first] + [rest] * (len(options) + 1))]
    return story


def _instrument(page: _Page, inst: Instrument) -> list[Any]:
    w = page.w
    story: list[Any] = [Paragraph(page.text(inst.title), H2)]
    if not inst.validated:
        story.append(Paragraph(w("survey.report.not_validated"), NOTE))
    story += [KeepTogether([Paragraph(w("survey.report.scores"), H3),
                            *_scores_table(page, inst)]),
              KeepTogether([Paragraph(w("survey.report.changes"), H3),
                            *_changes_table(page, inst)])]
    if any(r.bands for r in inst.scores):
        story.append(KeepTogether([Paragraph(w("survey.report.bands"), H3),
                                   *_bands_table(page, inst)]))
    tables = _items_tables(page, inst)
    story += [KeepTogether([Paragraph(w("survey.report.items"), H3),
                            Paragraph(page.text(inst.stem), SMALL), *tables[:2]]), *tables[2:]]
    return story


def _method(page: _Page) -> list[Any]:
    w, r = page.w, page.results
    story: list[Any] = [Paragraph(w("survey.report.how"), H2)]
    for code in ("survey.report.how.minimum", "survey.report.how.hidden",
                 "survey.report.how.linking", "survey.report.how.paired",
                 "survey.report.how.unlinked", "survey.report.how.once"):
        story += [Paragraph(w(code, minimum=r.minimum, k=r.threshold, below=r.threshold - 1),
                            BODY), Spacer(1, 4)]
    if r.training:
        story.append(Paragraph(w("survey.report.how.training"), BODY))
    return story


def _sources(page: _Page, instruments: Sequence[Instrument]) -> list[Any]:
    w = page.w
    story: list[Any] = [Paragraph(w("survey.report.sources"), H2)]
    for inst in instruments:
        block = [Paragraph(f"<b>{page.text(inst.title)}</b>", BODY),
                 Paragraph(page.text(inst.credit), BODY),
                 Paragraph(w("survey.report.source", text=escape(inst.citation)), SMALL),
                 Paragraph(w("survey.report.licence", text=page.text(inst.licence)), SMALL),
                 Spacer(1, 6)]
        story.append(KeepTogether(block))
    return story


def results_pdf(results: CohortResults, instruments: Sequence[Instrument], program: str,
                language: str = ENGLISH) -> bytes:
    """The results as PDF bytes in ``language`` (``en`` or ``fr_CA``); ``program`` and the
    cohort's title are plain text (escaped here)."""
    page = _Page(results, language)
    w = page.w
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
        topMargin=0.75 * inch, bottomMargin=0.8 * inch, invariant=1,
        title=w("survey.report.document_title", title=results.title), author=program,
        creator="PeerDesk", subject=w("survey.report.subject"))
    story = _cover(page, program)
    if not results.withheld:
        for inst in instruments:
            story += [Spacer(1, 10), *_instrument(page, inst)]
    story += [Spacer(1, 10), *_method(page), Spacer(1, 6), *_sources(page, instruments)]
    head = w("survey.report.running_head", title=results.title)
    doc.build(story, canvasmaker=numbered_canvas(head, results.training, w))
    return buffer.getvalue()

