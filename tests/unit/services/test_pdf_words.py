"""The PDF reports in Canadian French: every text of the report has its French words, numbers
and months are written the French way, the CSV stays codes only, and a frozen quarter's PDF
keeps the language of its first render."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from drill_feedback_support import drafts

from peerdesk.domain.messages_en import ENGLISH
from peerdesk.domain.quarters import Quarter
from peerdesk.services import drills, pdf_words
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.pdf_words import FRENCH, Words
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.pdf_report import release_pdf
from services.test_drills import CLASS_PASS, _pdf_text, _run_class
from services.test_stats import pdf_text
from team_support import FAST, new_workspace

TODAY = date(2026, 11, 20)
Q3 = Quarter(2026, 3)


def _latin1(text: str) -> bytes:
    """How reportlab's standard fonts write ``text`` in a content stream (WinAnsi, octal
    escapes for every byte past ASCII)."""
    raw = text.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"".join(b"\\%03o" % c if c > 127 else bytes([c]) for c in raw)


@pytest.fixture(autouse=True)
def _no_missing_words() -> None:
    pdf_words.MISSING.clear()


def test_words_fill_after_translating_and_write_numbers_and_months_in_french() -> None:
    w = Words(FRENCH)
    assert w("report.page_of", page=2, total=9) == "Page 2 de 9"
    assert Words()("report.page_of", page=2, total=9) == "Page 2 of 9"
    assert w.number(12345) == "12\u00a0345"
    assert Words().number(12345) == "12,345"
    assert w.month(2026, 8) == "août 2026"
    assert w.day(date(2026, 11, 22)) == "22 novembre 2026"
    assert w("no.such.code") == "no.such.code"
    assert {(FRENCH, "no.such.code")} == pdf_words.MISSING
    pdf_words.MISSING.clear()


def test_statistics_pdf_in_french_with_hidden_cells_rounding_and_training(tmp_path: Path) -> None:
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 60, seed=3, start=date(2026, 7, 1), end=date(2026, 9, 30))
    release = stats.export(ws, Q3, "csv", rounding=True, today=TODAY).release
    french = release_pdf(release, "Programme de soutien", FRENCH)
    english = release_pdf(release, "Programme de soutien")
    assert not pdf_words.MISSING, sorted(pdf_words.MISSING)
    text = pdf_text(french)
    for words in ("Statistiques du soutien par les pairs", "juillet à septembre 2026",
                  "Comment ces chiffres ont été produits", "Qui a été soutenu",
                  "FORMATION — données d’exercice", "Services correctionnels"):
        assert _latin1(words) in text, words
    assert b"Peer support statistics" not in text
    assert b"Peer support statistics" in pdf_text(english)
    assert release_pdf(release, "Programme de soutien", FRENCH) == french  # reproducible
    ws.lock()


def test_a_frozen_quarter_keeps_the_language_of_its_first_pdf(tmp_path: Path) -> None:
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 40, seed=4, start=date(2026, 7, 1), end=date(2026, 9, 30))
    csv = stats.export(ws, Q3, "csv", today=TODAY).data
    first = stats.export(ws, Q3, "pdf", language=FRENCH, today=TODAY).data
    again = stats.export(ws, Q3, "pdf", language="en", today=TODAY).data
    assert again == first  # the ledger's bytes, whatever the language asked for now
    assert _latin1("Statistiques du soutien par les pairs") in pdf_text(first)
    assert stats.export(ws, Q3, "csv", language=FRENCH, today=TODAY).data == csv  # codes only
    assert b"corrections" in csv or b"police" in csv
    ws.lock()


def test_debrief_pdfs_in_french(tmp_path: Path) -> None:
    ws, _ = drills.open_training_workspace(CLASS_PASS, CLASS_PASS, folder=tmp_path / "t",
                                           kdf=FAST)
    session = _run_class(ws)
    out = tmp_path / "classe.pdf"
    drills.debrief_pdf(ws, out, session, language=FRENCH)
    maya = drills.trainees(ws, session)[1]
    one = tmp_path / "maya.pdf"
    drills.debrief_pdf(ws, one, session, maya.id, language=FRENCH)
    assert not pdf_words.MISSING, sorted(pdf_words.MISSING)
    class_text, one_text = _pdf_text(out.read_bytes()), _pdf_text(one.read_bytes())
    assert _latin1("FORMATION — données d’exercice") in class_text
    assert _latin1("Résultats par participant·e") in class_text
    assert _latin1("Retour sur l’exercice : Maya") in one_text
    assert _latin1("Le contact, champ par champ") in one_text
    ws.lock()


def _shown_text(data: bytes) -> str:
    """The text a PDF shows, line by line (the strings of its content streams, decoded)."""
    strings = re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", _pdf_text(data))

    def unescape(raw: bytes) -> str:
        raw = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), raw)
        return re.sub(rb"\\(.)", rb"\1", raw).decode("cp1252")

    return " ".join(unescape(s) for s in strings)


def test_the_french_debrief_has_no_english_feedback(tmp_path: Path) -> None:
    ws, _ = drills.open_training_workspace(CLASS_PASS, CLASS_PASS, folder=tmp_path / "t",
                                           kdf=FAST)
    session = drills.start_session(ws, "Cohorte d’automne", date(2026, 10, 6))
    trainee = drills.add_trainee(ws, session, "Léa")
    for pack in drills.shipped_packs(FRENCH):
        for scenario in pack.scenarios:
            for draft in drafts(scenario):
                drills.submit_attempt(ws, trainee, pack.id, scenario.id, draft, 42.0, FRENCH)
    one, whole = tmp_path / "lea.pdf", tmp_path / "classe.pdf"
    drills.debrief_pdf(ws, one, session, trainee, language=FRENCH)
    drills.debrief_pdf(ws, whole, session, language=FRENCH)
    ws.lock()
    assert not pdf_words.MISSING, sorted(pdf_words.MISSING)
    text = " ".join(_shown_text(p.read_bytes()) for p in (one, whole))
    for english in (text for code, text in ENGLISH.items() if code.startswith("drill.")):
        words = english.split("{")[0].split("'")[0].strip()
        assert len(words) < 8 or words not in text, words
    for french in ("Le risque a été consigné comme « ", "Manquant", "Non coché",
                   "Consignez l’exception à la confidentialité qui s’applique."):
        assert french in text, french
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), re.findall(r"\b[a-z]+_[a-z_]+\b", text)
