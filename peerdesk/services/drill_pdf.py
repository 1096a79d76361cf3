"""Debrief PDFs for a class session and for one trainee (reportlab), in English or French.

Every page carries the training watermark (a diagonal mark and a banner): these documents are
practice data and must never pass for a real program's records. The headings and labels follow
the ``language`` given (:mod:`pdf_words`), and so do the verdicts of the scoring (messages by
code: :mod:`peerdesk.domain.messages_fr` in French) and the codes of the log, shown by the labels
the app shows (:mod:`peerdesk.domain.labels_en`, ``labels_fr``); scenario
titles, debrief points and the
explanations written by the scenario pack stay in the pack's own language.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.domain import labels_en, messages_fr
from peerdesk.domain.drill_results import MissedAction, ScenarioSummary, TraineeSummary
from peerdesk.domain.drills import PASS_MARK, DrillFeedback, FieldVerdict
from peerdesk.domain.messages import Message, english_number, text_in
from peerdesk.domain.messages_en import ENGLISH as ENGLISH_MESSAGES
from peerdesk.services.pdf_words import ENGLISH, FRENCH, MISSING, Words
from peerdesk.storage.atomic import write_atomic
from peerdesk.storage.drill_repo import ClassSession, DrillResult, Trainee

WATERMARK = "pdf.training_mark"  # "TRAINING — practice data"
RESULT_COLUMNS = ("debrief.column.drills", "debrief.column.passed", "debrief.column.average",
                  "debrief.column.critical_misses")
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#8a4b00")  # the training colour (amber-brown), as in the app
TEAL = colors.HexColor("#1f4e5f")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#cbd2d9")
MISS_BG = colors.HexColor("#fdecea")
OK_BG = colors.HexColor("#eef6f0")


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName="Helvetica", fontSize=9.5,
                          leading=13, textColor=INK, alignment=TA_LEFT)
    return {
        "title": ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=20,
                                leading=24, textColor=TEAL, spaceAfter=2),
        "sub": ParagraphStyle("sub", parent=body, fontSize=11, leading=15, textColor=MUTED),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=13,
                             leading=17, textColor=TEAL, spaceBefore=10, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=body, fontName="Helvetica-Bold", fontSize=10.5,
                             leading=14, spaceBefore=6, spaceAfter=2),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "cellb": ParagraphStyle("cellb", parent=body, fontName="Helvetica-Bold", fontSize=8.5,
                                leading=11),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2),
    }


def _page(canvas: Any, doc: Any) -> None:
    """The watermark on every page: a diagonal mark, a banner and a footer."""
    w: Words = doc.words
    mark = w(WATERMARK)
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.setFillAlpha(0.07)
    canvas.setFont("Helvetica-Bold", 46)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(40)
    canvas.drawCentredString(0, 0, mark)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - 11 * mm, width, 11 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(18 * mm, height - 7.2 * mm, mark)
    canvas.drawRightString(width - 18 * mm, height - 7.2 * mm, w("debrief.banner"))
    canvas.setFillColor(MUTED)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(18 * mm, 10 * mm, w("debrief.footer",
                                          watermark=mark))
    canvas.drawRightString(width - 18 * mm, 10 * mm, w("debrief.page", page=doc.page))
    canvas.restoreState()


def _build(story: list[Any], title: str, w: Words) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
        bottomMargin=18 * mm, title=f"{title} ({w(WATERMARK)})", author="PeerDesk",
        subject=w(WATERMARK), pageCompression=1,
    )
    doc.words = w
    doc.build(story, onFirstPage=_page, onLaterPages=_page)
    return buffer.getvalue()


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _label(code: str, w: Words) -> str:
    """A code of a verdict or of the log by its label, as the app shows it (a default checklist
    item by its short label)."""
    return w.label(code, short=labels_en.member_of(code) is None)


def _reason(text: str, w: Words) -> str:
    """A verdict, reason or description of the scoring in the report's language (a result
    stored before verdicts had codes is shown as it was written)."""
    if w.language != FRENCH:
        return text_in(text, ENGLISH_MESSAGES, lambda code: _label(code, w), english_number)
    if isinstance(text, Message) and text.code not in messages_fr.FRENCH:
        MISSING.add((w.language, text))  # the tests check that no verdict is left in English
    return messages_fr.french(text, lambda code: _label(code, w), w.number)


def _table(rows: list[list[Any]], widths: Sequence[float], *, header: bool = True,
           extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ebf0")),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL)]
    table.setStyle(TableStyle([*style, *extra]))
    return table


def _score_text(score: int, passed: bool, w: Words) -> str:
    return w("debrief.score_pass" if passed else "debrief.score_not_yet", score=score)


def _timing(feedback: DrillFeedback, w: Words) -> str:
    t = feedback.timing
    if t is None:
        return w("debrief.untimed")
    verdict = w("debrief.under_limit" if t.under_limit else "debrief.over_limit")
    return w("debrief.timing", seconds=f"{t.seconds:.0f}", limit=t.limit,
             verdict=verdict)


# --------------------------------------------------------------------------- per trainee


def render_trainee_debrief(session: ClassSession, trainee: Trainee,
                           results: Sequence[DrillResult], today: date | None = None,
                           language: str = ENGLISH) -> bytes:
    """The PDF bytes of one trainee's debrief: each attempt, critical misses first."""
    s, w = _styles(), Words(language)
    title = w("debrief.trainee_title", name=trainee.name)
    story: list[Any] = [
        _p(title, s["title"]),
        _p(w("debrief.trainee_subtitle", session=session.title,
             held_on=w.day(session.held_on), today=w.day(today or date.today())), s["sub"]),
        Spacer(1, 4 * mm),
    ]
    if not results:
        story.append(_p(w("debrief.trainee_no_drills"), s["body"]))
        return _build(story, title, w)
    passed = sum(r.passed for r in results)
    average = sum(r.score for r in results) / len(results)
    misses = sum(len(r.feedback.critical_misses) for r in results)
    story.append(_p(w(
        "debrief.trainee_summary", drills=len(results),
        passed=passed, mark=PASS_MARK, average=f"{average:.0f}", misses=misses), s["body"]))
    for result in results:
        story += _attempt(result, s, w)
    return _build(story, title, w)


def _attempt(result: DrillResult, s: dict[str, ParagraphStyle], w: Words) -> list[Any]:
    fb = result.feedback
    head = [
        _p(result.scenario_title, s["h2"]),
        _p(w("debrief.attempt_score", score=_score_text(result.score, result.passed, w),
             timing=_timing(fb, w)), s["sub"]),
    ]
    parts: list[Any] = []
    if fb.critical:
        parts.append(_p(w("debrief.critical_actions"), s["h3"]))
        rows = [[_p(w("debrief.missed_mark") if not c.done else w("debrief.done"), s["cellb"]),
                 _p(_reason(c.reason, w), s["cell"])]
                for c in fb.critical]
        shade = [("BACKGROUND", (0, i), (-1, i), MISS_BG if not c.done else OK_BG)
                 for i, c in enumerate(fb.critical)]
        parts.append(_table(rows, [20 * mm, 154 * mm], header=False, extra=shade))
    parts.append(_p(w("debrief.fields"), s["h3"]))
    parts.append(_fields_table(fb.fields, s, w))
    parts.append(_p(w("debrief.points"), s["h3"]))
    parts += [Paragraph(escape(point), s["bullet"], bulletText="•") for point in fb.debrief]
    return [KeepTogether(head + parts[:2]), *parts[2:], Spacer(1, 3 * mm)]


def _fields_table(fields: Sequence[FieldVerdict], s: dict[str, ParagraphStyle],
                  w: Words) -> Table:
    rows: list[list[Any]] = [[_p(w(h), s["cellb"]) for h in
                              ("debrief.column.field", "debrief.column.expected",
                               "debrief.column.logged", "debrief.column.feedback")]]
    shade: list[tuple[Any, ...]] = []
    for i, f in enumerate(fields, start=1):
        label = w.field(f.field)
        verdict = w("debrief.right") if f.right else _reason(f.reason, w)
        rows.append([_p(label, s["cellb"] if not f.right else s["cell"]),
                     _p(", ".join(_label(v, w) for v in f.expected), s["cell"]),
                     _p(", ".join(_label(v, w) for v in f.given), s["cell"]),
                     _p(verdict, s["cell"])])
        if not f.right:
            shade.append(("BACKGROUND", (0, i), (-1, i), MISS_BG))
    return _table(rows, [32 * mm, 38 * mm, 38 * mm, 66 * mm], extra=shade)


def write_trainee_debrief(out: Path, session: ClassSession, trainee: Trainee,
                          results: Sequence[DrillResult], language: str = ENGLISH) -> None:
    write_atomic(out, render_trainee_debrief(session, trainee, results, language=language))


# --------------------------------------------------------------------------- the class


def render_class_debrief(
    session: ClassSession,
    by_trainee: Sequence[TraineeSummary],
    by_scenario: Sequence[ScenarioSummary],
    missed: Sequence[MissedAction],
    today: date | None = None,
    language: str = ENGLISH,
) -> bytes:
    """The PDF bytes of the class debrief: trainees, scenarios, most-missed critical actions."""
    s, w = _styles(), Words(language)
    attempts = sum(t.attempts for t in by_trainee)
    title = w("debrief.class_title", title=session.title)
    story: list[Any] = [
        _p(title, s["title"]),
        _p(w("debrief.class_subtitle",
             held_on=w.day(session.held_on), trainees=len(by_trainee), drills=attempts,
             today=w.day(today or date.today())), s["sub"]),
        Spacer(1, 3 * mm),
        _p(w("debrief.most_missed"), s["h2"]),
    ]
    missed_rows = [m for m in missed if m.misses]
    if missed_rows:
        rows: list[list[Any]] = [[_p(w(h), s["cellb"]) for h in (
            "debrief.column.critical_action", "debrief.column.missed")]]
        rows += [[_p(_reason(m.description, w), s["cell"]),
                  _p(w("debrief.misses_of", misses=m.misses, attempts=m.attempts),
                     s["cell"])]
                 for m in missed_rows]
        story.append(_table(rows, [140 * mm, 34 * mm]))
    else:
        story.append(_p(w("debrief.none_missed"), s["body"]))
    story.append(_p(w("debrief.per_trainee"), s["h2"]))
    rows = [[_p(w(h), s["cellb"]) for h in (
        "debrief.column.trainee", *RESULT_COLUMNS)]]
    for t in by_trainee:
        avg = "–" if t.average_score is None else f"{t.average_score:.0f}"
        rows.append([_p(t.name, s["cell"]), _p(str(t.attempts), s["cell"]),
                     _p(str(t.passed), s["cell"]), _p(avg, s["cell"]),
                     _p(str(t.critical_misses), s["cell"])])
    story.append(_table(rows, [70 * mm, 22 * mm, 22 * mm, 24 * mm, 36 * mm]))
    story.append(_p(w("debrief.per_scenario"), s["h2"]))
    rows = [[_p(w(h), s["cellb"]) for h in (
        "debrief.column.scenario", *RESULT_COLUMNS)]]
    rows += [[_p(sc.title, s["cell"]), _p(str(sc.attempts), s["cell"]),
              _p(str(sc.passed), s["cell"]), _p(f"{sc.average_score:.0f}", s["cell"]),
              _p(str(sc.critical_misses), s["cell"])] for sc in by_scenario]
    if not by_scenario:
        rows.append([_p(w("debrief.no_drills"), s["cell"]), "", "", "", ""])
    story.append(_table(rows, [70 * mm, 22 * mm, 22 * mm, 24 * mm, 36 * mm]))
    story.append(Spacer(1, 4 * mm))
    story.append(_p(w(
        "debrief.scoring", mark=PASS_MARK), s["small"]))
    return _build(story, title, w)


def write_class_debrief(
    out: Path,
    session: ClassSession,
    by_trainee: Sequence[TraineeSummary],
    by_scenario: Sequence[ScenarioSummary],
    missed: Sequence[MissedAction],
    language: str = ENGLISH,
) -> None:
    write_atomic(out, render_class_debrief(session, by_trainee, by_scenario, missed,
                                           language=language))
