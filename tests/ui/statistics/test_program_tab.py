"""The Program report tab: the account is refused inline when it looks like it names someone,
the report and the trend CSV are written where the coordinator chooses, and a lock clears it."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from peerdesk.domain.quarters import first_open_quarter
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import program_report as report
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.program_figures import Period
from peerdesk.services.workspace import Workspace
from peerdesk.ui.statistics.page import PROGRAM_TAB, StatisticsPage
from shell_support import PASSPHRASE, sign_in_window

COORDINATOR = "Dana Reyes"
PAST = first_open_quarter(date.today(), 14).previous()  # the newest closed quarter


def with_workspace(folder: Path, work: Any) -> Any:
    ws = Workspace.unlock(folder, COORDINATOR, PASSPHRASE)
    try:
        return work(ws)
    finally:
        ws.lock()



@pytest.fixture
def released(vault_factory: Any):
    """A training vault with two released quarters of demo data."""
    folder = vault_factory("program", training=True)

    def fill(ws: Any) -> None:
        for seed, quarter in enumerate((PAST.previous(), PAST), start=5):
            make_demo_contacts(ws, 60, seed=seed, start=quarter.first_day, end=quarter.last_day)
            stats.view(ws, quarter)

    with_workspace(folder, fill)
    return folder


def open_program(qtbot, shell, wait_idle):
    window = sign_in_window(qtbot, shell, wait_idle)
    window.show_section("statistics")
    window.activateWindow()  # Tab moves the focus in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    page = window.findChild(StatisticsPage, "statisticsPage")
    wait_idle()
    page.tabs.setCurrentIndex(PROGRAM_TAB)
    wait_idle()
    return page, page.program


def test_account_with_a_name_is_refused_inline_and_a_clean_one_is_kept(
        qtbot, released, make_shell, wait_idle):
    shell = make_shell(released)
    page, view = open_program(qtbot, shell, wait_idle)
    assert view.period_combo.count() == 2
    assert view.current_period() == Period.quarter(PAST)
    view.narrative_edit.setFocus()
    qtbot.keyClicks(view.narrative_edit, "We sat with Sgt. Morrison after the crash.")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert view.narrative_error.isVisible()
    assert "identifying details" in view.narrative_error.text()
    assert report.narrative(shell.workspace, Period.quarter(PAST)) == ""
    view.narrative_edit.selectAll()
    qtbot.keyClicks(view.narrative_edit, "A steady quarter; two new supporters trained.")
    qtbot.keyClick(view.narrative_edit, Qt.Key.Key_Tab)
    assert view.save_button.hasFocus()
    qtbot.keyClick(view.save_button, Qt.Key.Key_Space)
    wait_idle()
    assert not view.narrative_error.isVisible()
    assert page.message.kind() == "positive"
    # Another period has its own account; coming back shows the saved one.
    view.period_combo.setFocus()
    qtbot.keyClick(view.period_combo, Qt.Key.Key_Down)
    wait_idle()
    assert view.narrative_edit.toPlainText() == ""
    qtbot.keyClick(view.period_combo, Qt.Key.Key_Up)
    wait_idle()
    assert view.narrative_edit.toPlainText() == "A steady quarter; two new supporters trained."
    seen: list[tuple[int, str]] = []
    view.period_combo.model().modelReset.connect(lambda: seen.append(
        (view.period_combo.count(), view.narrative_edit.toPlainText())))
    view.narrative_edit.textChanged.connect(lambda: seen.append(
        (view.period_combo.count(), view.narrative_edit.toPlainText())))
    with qtbot.waitSignal(shell.window.locked, timeout=10_000):
        shell.window.lock()
    wait_idle()
    assert seen[-1] == (0, "")  # emptied before the page went


def test_report_and_trend_are_written_where_chosen(qtbot, released, make_shell, wait_idle,
                                                   dialogs, tmp_path):
    shell = make_shell(released)
    page, view = open_program(qtbot, shell, wait_idle)
    view.narrative_edit.setFocus()
    qtbot.keyClicks(view.narrative_edit, "Unsaved words go into the report.")
    out = tmp_path / "report"
    dialogs.answers.append(out)
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    wait_idle()
    pdf = out.with_name("report.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          check=True, text=True).stdout
    assert "Program report" in text
    assert "Unsaved words go into the report." in text
    assert str(pdf) in page.message.text()
    trend = tmp_path / "trend.csv"
    dialogs.answers.append(trend)
    qtbot.mouseClick(view.trend_button, Qt.MouseButton.LeftButton)
    wait_idle()
    rows = list(csv.reader(io.StringIO(trend.read_text(encoding="utf-8"))))
    assert rows[0] == ["quarter", "table", "row", "column", "value"]
    assert {r[0] for r in rows[2:]} == {str(PAST.previous()), str(PAST)}
    assert [kind for kind, _ in dialogs.asked] == ["save_file", "save_file"]
    assert COORDINATOR in text
