"""Render the Surveys section, its dialogs and the survey kiosk to PNG files for review.

Usage (offscreen):
  .venv/bin/python tools/shots/render_surveys_shots.py [OUT_DIR]
(default OUT_DIR: shots/). A cohort of demo respondents goes through its pre and post waves
in a training vault: the section at each step, the new-cohort and paper dialogs, every kiosk
page at 1366×768 and 1280×720 in English and French, and the released results. Not a test:
a tool to look at the screens while working on them.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from peerdesk.domain.surveys import WaveKind
from peerdesk.services import surveys
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.kit import i18n, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.shell.shell import Shell
from peerdesk.ui.surveys import kiosk as kiosk_pages
from peerdesk.ui.surveys.page import SurveysPage
from render_shots import PASSPHRASE, save, settle, sign_in

INSTRUMENTS = ["k6", "program-experience"]


class Answers(DialogService):
    """Says yes to every question (closing a wave, releasing results)."""

    def confirm(self, parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
        return True


def demo_cohort(ws: Workspace, title: str, pre: int, post: int, seed: int) -> int:
    """A cohort whose pre and post waves took ``pre`` and ``post`` respondents (the first
    ``post`` of them linked by their codes), answering a little better after."""
    rng = random.Random(seed)
    cohort_id = surveys.create_cohort(ws, title, 5, INSTRUMENTS)
    people = [f"{rng.choice('ABCDEFGH')}{rng.choice('AEIOU')}{m:02d}" for m in range(1, pre + 1)]
    for wave, count, shift in ((WaveKind.PRE, pre, 0), (WaveKind.POST, post, -1)):
        surveys.open_wave(ws, cohort_id, wave)
        for code in people[:count]:
            answers = {}
            for instrument in surveys.cohort_instruments(surveys.cohort(ws, cohort_id)):
                low, high = instrument.low, instrument.high
                answers[instrument.id] = {
                    item.id: min(high, max(low, rng.randint(low, high) + shift))
                    for item in instrument.items}
            surveys.submit(ws, cohort_id, answers, code)
        surveys.close_wave(ws, cohort_id, wave)
    return cohort_id


def page_of(window: MainWindow) -> SurveysPage:
    window.show_section("surveys")
    page = window.findChild(SurveysPage, "surveysPage")
    assert page is not None
    return page


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme.apply(app, True)
    root = Path(tempfile.mkdtemp(prefix="peerdesk-survey-shots-"))
    folder = root / "training"
    ws, _ = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                             kdf=crypto.KdfParams.weak_for_tests())
    demo_cohort(ws, "Fall academy 2026", 14, 11, seed=3)
    ws.lock()
    for language in ("en", "fr_CA"):
        translator = QTranslator()
        if language == "fr_CA":
            assert translator.load(str(i18n.translations_folder() / "peerdesk_fr_CA.qm"))
            QCoreApplication.installTranslator(translator)
        app.setProperty("peerdeskLanguage", language)
        QLocale.setDefault(QLocale(language))  # numbers and dates as the app shows them
        shoot(out, folder, language)
        QCoreApplication.removeTranslator(translator)


def shoot(out: Path, folder: Path, language: str) -> None:
    tag = "fr" if language == "fr_CA" else "en"
    shell = Shell(folder, True, dialogs=Answers())
    shell.start()
    settle(shell)
    sign_in(shell, PASSPHRASE)
    window = shell.window
    assert isinstance(window, MainWindow)
    window.resize(1366, 768)
    page = page_of(window)
    settle(shell)
    fall = next(r for r in range(page.model.rowCount())
                if page.model.row_at(r).title == "Fall academy 2026")
    page.table.selectRow(fall)
    settle(shell)
    save(window, out, f"surveys-{tag}-released-before-look")
    page.results.release()
    settle(shell, 1.0)
    save(window, out, f"surveys-{tag}-results")
    content = page.findChild(QScrollArea, "surveysScroll").widget()
    save(content, out, f"surveys-{tag}-results-whole-page")
    page.new_cohort()
    settle(shell)
    dialog = page.dialog
    assert dialog is not None
    dialog.title_edit.setText("Spring peer academy")
    save(dialog, out, f"surveys-{tag}-new-cohort")
    dialog.ok_button.click()
    settle(shell)
    save(dialog, out, f"surveys-{tag}-new-cohort-error")
    dialog.instrument_checks["k6"].setChecked(True)
    dialog.instrument_checks["program-experience"].setChecked(True)
    dialog.ok_button.click()
    settle(shell)
    page.open_next_wave()
    settle(shell)
    save(window, out, f"surveys-{tag}-pre-open")
    page.key_in_paper()
    settle(shell)
    paper = page.paper
    assert paper is not None
    paper.resize(900, 700)
    paper.code_edit.setText("MA04")
    for field, value in zip(list(paper.fields.values())[:4], "2139", strict=True):
        field.setText(value)
        field.textEdited.emit(value)
    save(paper, out, f"surveys-{tag}-paper")
    paper.reject()
    settle(shell)
    page.start_kiosk()
    settle(shell)
    kiosk = page.kiosk
    assert kiosk is not None
    for width, height in ((1366, 768), (1280, 720)):
        kiosk.showNormal()
        kiosk.resize(width, height)
        for lang in ("en", "fr"):
            kiosk.set_language(lang)
            size = f"{tag}-{lang}-{width}x{height}"
            kiosk.next_person()
            kiosk._show(kiosk_pages.WELCOME)
            save(kiosk, out, f"kiosk-{size}-welcome")
            kiosk.start()
            kiosk.code_edit.setText("m")
            kiosk.code_next.click()
            save(kiosk, out, f"kiosk-{size}-code")
            kiosk.code_edit.setText("MA 04")
            kiosk.code_next.click()
            kiosk.question.buttons[1].click()
            save(kiosk, out, f"kiosk-{size}-question")
            kiosk.index = len(kiosk.questionnaire) - 1
            kiosk.next_question()
            save(kiosk, out, f"kiosk-{size}-review")
            kiosk.ask_to_leave()
            kiosk.leave_panel.passphrase.edit.setText("wrong passphrase")
            kiosk.leave_panel.submit()
            settle(shell, 0.5)
            save(kiosk, out, f"kiosk-{size}-leave-refused")
            kiosk.leave_panel.cancelled.emit()
            kiosk.send()
            settle(shell)
            save(kiosk, out, f"kiosk-{size}-thanks")
            kiosk.next_person()
            kiosk.start()
            kiosk.code_edit.setText("MA04")
            kiosk.code_next.click()
            kiosk._idle_out()  # what the idle timer does: the unsent answers go
            save(kiosk, out, f"kiosk-{size}-welcome-after-idle")
    kiosk.end()
    settle(shell)
    window.lock()
    settle(shell)
    shell.shutdown()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
