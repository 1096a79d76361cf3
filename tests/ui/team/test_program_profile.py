"""The program profile on the Program policy tab: agencies typed one per line, the reporting
year's first month chosen with the keyboard; bad input shows inline and saves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from peerdesk.services import policy
from team.test_policy_page import open_policy


def test_agencies_and_year_start_are_typed_and_saved(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    page = open_policy(qtbot, shell, wait_idle)
    assert page.agencies_edit.toPlainText() == ""
    assert page.year_start_combo.currentText() == "January"
    page.program_edit.setFocus()
    qtbot.keyClick(page.program_edit, Qt.Key.Key_Tab)
    assert page.agencies_edit.hasFocus()
    qtbot.keyClicks(page.agencies_edit, "Metro Fire")
    qtbot.keyClick(page.agencies_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.agencies_edit, "County Police")
    qtbot.keyClick(page.agencies_edit, Qt.Key.Key_Tab)  # Tab leaves the box, types no tab
    assert page.year_start_combo.hasFocus()
    qtbot.keyClick(page.year_start_combo, Qt.Key.Key_Down)
    assert page.year_start_combo.currentText() == "April"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert page.message.kind() == "positive"
    assert "agencies covered" in page.message.text()
    assert "reporting year start" in page.message.text()
    saved = policy.current(shell.workspace)
    assert (saved.agencies, saved.year_start_month) == (("Metro Fire", "County Police"), 4)


def test_an_agency_twice_is_marked_and_nothing_is_saved(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    page = open_policy(qtbot, shell, wait_idle)
    page.agencies_edit.setFocus()
    qtbot.keyClicks(page.agencies_edit, "Metro Fire")
    qtbot.keyClick(page.agencies_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.agencies_edit, "metro fire")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    error = page.findChild(QLabel, "agenciesError")
    assert error.isVisible()
    assert error.text() == "An agency is in the list twice."
    assert page.message.kind() == "error"
    assert policy.current(shell.workspace).agencies == ()
