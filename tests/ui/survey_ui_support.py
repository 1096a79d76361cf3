"""A cohort with an open wave in a real vault, and the survey kiosk opened the way a
coordinator opens it (the Surveys section, the cohort chosen, "Start the survey kiosk")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import NAME
from peerdesk.domain.surveys import WAVE_ORDER, WaveKind
from peerdesk.services import surveys
from peerdesk.services.workspace import Workspace
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.surveys.kiosk import KioskWindow
from peerdesk.ui.surveys.page import SurveysPage
from shell_support import PASSPHRASE, sign_in_window

COHORT = "Spring peer academy"
K6_ITEMS = 6


def survey_cohort(folder: Path, *, instruments: tuple[str, ...] = ("k6",),
                  wave: WaveKind | None = WaveKind.PRE) -> int:
    """A cohort of ``instruments`` (minimum: the threshold, with a follow-up wave) whose
    waves before ``wave`` have run (empty) and ``wave`` is open; its id."""
    ws = Workspace.unlock(folder, NAME, PASSPHRASE)
    try:
        cohort_id = surveys.create_cohort(ws, COHORT, surveys.minimum_floor(ws),
                                          list(instruments), follow_up=True)
        for kind in WAVE_ORDER:
            if wave is None:
                break
            surveys.open_wave(ws, cohort_id, kind)
            if kind is wave:
                break
            surveys.close_wave(ws, cohort_id, kind)
        return cohort_id
    finally:
        ws.lock()


def surveys_page(qtbot: Any, shell: Any, wait_idle: Any) -> tuple[MainWindow, SurveysPage]:
    window = sign_in_window(qtbot, shell, wait_idle)
    window.show_section("surveys")
    wait_idle()
    page = window.findChild(SurveysPage, "surveysPage")
    assert page is not None
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 or not page.busy.isVisible(),
                    timeout=5_000)
    return window, page


def open_kiosk(qtbot: Any, shell: Any, wait_idle: Any
               ) -> tuple[MainWindow, SurveysPage, KioskWindow]:
    """Sign in, go to Surveys, click "Start the survey kiosk"; the kiosk has the focus."""
    window, page = surveys_page(qtbot, shell, wait_idle)
    qtbot.waitUntil(page.kiosk_button.isVisible, timeout=5_000)
    qtbot.mouseClick(page.kiosk_button, Qt.MouseButton.LeftButton)
    wait_idle()
    kiosk = page.kiosk
    assert kiosk is not None
    qtbot.waitUntil(kiosk.isVisible, timeout=5_000)
    kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is kiosk, timeout=5_000)
    return window, page, kiosk


def stored(window: MainWindow, tasks: Any, wait_idle: Any, cohort_id: int) -> list[Any]:
    """The cohort's submissions as they are in the vault now (read in the worker)."""
    from peerdesk.storage import survey_repo

    found: list[Any] = []
    workspace = window.workspace
    assert workspace is not None
    tasks.run(lambda: survey_repo.submissions(workspace.vault.conn, cohort_id), found.extend)
    wait_idle()
    return found


def modes(window: MainWindow, tasks: Any, wait_idle: Any, cohort_id: int) -> list[str]:
    """How each stored submission came in ("kiosk", "paper"), from the vault's own table."""
    found: list[str] = []
    workspace = window.workspace
    assert workspace is not None
    tasks.run(lambda: [r[0] for r in workspace.vault.conn.execute(
        "SELECT mode FROM survey_submissions WHERE cohort_id = ? ORDER BY mode",
        (cohort_id,))], found.extend)
    wait_idle()
    return found
