"""The Program policy tab: invalid values give inline errors and save nothing; valid ones save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from peerdesk.services import policy
from peerdesk.ui.team.page import POLICY_TAB
from team.test_page import open_team


def open_policy(qtbot, shell, wait_idle):
    team = open_team(qtbot, shell, wait_idle)
    team.tabs.setCurrentIndex(POLICY_TAB)
    return team.policy


def test_policy_shows_the_defaults(qtbot, vault, make_shell, wait_idle):
    page = open_policy(qtbot, make_shell(vault), wait_idle)
    assert page.idle_edit.text() == "5"
    assert page.threshold_edit.text() == "5"
    assert not page.notes_check.isChecked()
    assert not page.expiry_edit.isEnabled()
    assert page.checklist.rowCount() == 7


def test_invalid_values_give_inline_errors(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    page = open_policy(qtbot, shell, wait_idle)
    page.idle_edit.setText("0")
    page.threshold_edit.setText("2")
    qtbot.keyClick(page.idle_edit, Qt.Key.Key_Return)  # Enter saves
    wait_idle()
    idle_error = page.findChild(QLabel, "idle_lock_minutesError")
    threshold_error = page.findChild(QLabel, "suppression_thresholdError")
    assert idle_error.isVisible()
    assert idle_error.text() == "Enter 1–60 minutes."
    assert threshold_error.isVisible()
    assert threshold_error.text() == "Enter 3–50 contacts."
    assert not page.findChild(QLabel, "notes_expiry_daysError").isVisible()
    assert page.message.kind() == "error"
    assert "Nothing was saved" in page.message.text()
    page.idle_edit.setText("ten")
    page.save_button.click()
    wait_idle()
    assert idle_error.text() == "Enter a whole number."
    assert policy.current(shell.workspace).idle_lock_minutes == 5


def test_duplicate_checklist_item_is_marked(qtbot, vault, make_shell, wait_idle):
    page = open_policy(qtbot, make_shell(vault), wait_idle)
    texts = page.checklist.stringList()
    page.checklist.setStringList([*texts, texts[0]])
    page.save_button.click()
    wait_idle()
    error = page.findChild(QLabel, "checklistError")
    assert error.isVisible()
    assert error.text() == "Item 8: This item is already in the list."


def test_valid_values_save_and_say_what(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    page = open_policy(qtbot, shell, wait_idle)
    window = shell.window
    page.idle_edit.setText("10")
    page.notes_check.setChecked(True)
    page.threshold_edit.setText("6")
    page.checklist_view.setCurrentIndex(page.checklist.index(6))
    page.up_button.click()
    page.add_item()
    page.checklist.setData(page.checklist.index(7), "I told them how to reach me again.")
    page.checklist_view.setCurrentIndex(page.checklist.index(0))
    page.remove_item_button.click()
    page.save_button.click()
    wait_idle()
    text = page.message.text()
    assert page.message.kind() == "positive"
    assert "idle lock after 10 minutes" in text
    assert "private notes allowed" in text
    assert "groups under 6 contacts hidden" in text
    assert "checklist version 2" in text
    saved = policy.current(shell.workspace)
    assert saved.idle_lock_minutes == 10
    assert saved.suppression_threshold == 6
    items = [i.text for i in saved.checklist.items]
    assert items[-1] == "I told them how to reach me again."
    assert items[4].startswith("I have a plan")  # moved up one place
    assert len(items) == 7
    assert window.idle_interval_ms() == 10 * 60 * 1000  # this session follows the new policy
    page.save_button.click()
    wait_idle()
    assert "Nothing to save" in page.message.text()


def test_statistics_settings_are_typed_checked_and_saved(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    page = open_policy(qtbot, shell, wait_idle)
    assert page.close_edit.text() == "14"
    assert page.program_edit.text() == "Peer Support Program"
    for edit, text in ((page.close_edit, "61"), (page.program_edit, " ")):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(page.program_edit, Qt.Key.Key_Return)
    wait_idle()
    assert page.findChild(QLabel, "close_daysError").text() == "Enter 0–60 days."
    assert page.findChild(QLabel, "program_nameError").text() == "Enter the program's name."
    assert policy.current(shell.workspace).close_days == 14
    for edit, text in ((page.close_edit, "21"), (page.program_edit, "Fire & Rescue <Team>")):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(page.program_edit, Qt.Key.Key_Return)
    wait_idle()
    assert page.message.kind() == "positive"
    assert "quarters close 21 days after they end" in page.message.text()
    assert "program name" in page.message.text()
    saved = policy.current(shell.workspace)
    assert (saved.close_days, saved.program_name) == (21, "Fire & Rescue <Team>")
