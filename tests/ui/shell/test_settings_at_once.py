"""Settings take effect at once: private notes turned on show on the contact form without
signing out, a Trainer role given to oneself opens the Training section, and the Statistics
page shows the quarters as the policy saved a moment ago says."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from peerdesk.domain.quarters import Quarter, closes_on
from peerdesk.ui.contacts.section import ContactsSection
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.statistics.page import StatisticsPage
from peerdesk.ui.team.member_dialog import MemberDialog
from peerdesk.ui.team.page import MEMBERS_TAB, POLICY_TAB, TeamPage
from shell_support import sign_in_window

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def go_to(qtbot, window: MainWindow, key: str) -> None:
    """Click the section in the navigation list, as a person does."""
    row = window.section_keys().index(key)
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    QTest.mouseClick(window.navigation.viewport(), LEFT, pos=rect.center())
    assert window.navigation.currentRow() == row


def open_tab(qtbot, team: TeamPage, index: int) -> None:
    bar = team.tabs.tabBar()
    QTest.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert team.tabs.currentIndex() == index


def tick(box) -> None:
    """Click a check box on its box, at its left edge."""
    QTest.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def save_policy(qtbot, team: TeamPage, wait_idle) -> None:
    QTest.mouseClick(team.policy.save_button, LEFT)
    wait_idle()
    assert team.policy.message.kind() == "positive"


def test_private_notes_turned_on_show_on_the_form_at_once(qtbot, vault, make_shell, wait_idle):
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    wait_idle()
    form = window.findChild(ContactsSection, "contactsPage").form
    assert form.fields.boxes["private_note"].isHidden()
    go_to(qtbot, window, "team")
    team = window.findChild(TeamPage, "teamPage")
    open_tab(qtbot, team, POLICY_TAB)
    wait_idle()
    tick(team.policy.notes_check)
    assert team.policy.notes_check.isChecked()
    save_policy(qtbot, team, wait_idle)
    assert "private notes allowed" in team.policy.message.text()
    assert "In effect now" in team.policy.message.text()
    go_to(qtbot, window, "contacts")
    wait_idle()
    assert not form.fields.boxes["private_note"].isHidden()
    assert form.fields.note.isVisible()


def test_a_trainer_role_given_to_oneself_opens_training_at_once(qtbot, vault, make_shell,
                                                                 wait_idle):
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    assert "training" not in window.section_keys()
    go_to(qtbot, window, "team")
    team = window.findChild(TeamPage, "teamPage")
    open_tab(qtbot, team, MEMBERS_TAB)
    wait_idle()
    table = team.members.table
    QTest.mouseClick(table.viewport(), LEFT, pos=table.visualRect(
        table.model().index(0, 0)).center())
    QTest.mouseClick(team.members.roles_button, LEFT)
    dialog = team.findChild(MemberDialog)
    assert dialog is not None
    assert dialog.isVisible()
    trainer = dialog.role_checks[next(r for r in dialog.role_checks if r.value == "trainer")]
    tick(trainer)
    assert trainer.isChecked()
    QTest.mouseClick(dialog.ok_button, LEFT)
    wait_idle()
    assert "training" in window.section_keys()
    assert "Trainer" in window.roles_label.text()
    assert QApplication.activeModalWidget() is None


def test_statistics_show_the_quarters_as_the_saved_policy_says(qtbot, vault, make_shell,
                                                                wait_idle):
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    go_to(qtbot, window, "statistics")
    wait_idle()
    page = window.findChild(StatisticsPage, "statisticsPage")
    combo = page.release_view.quarter_combo
    current = Quarter.of(date.today())

    def closing_text(days: int) -> str:
        day = closes_on(current, days)
        return f"closes on {day.day} {day.strftime('%b')} {day.year}"

    row = next(r for r in range(combo.count()) if str(current.year) in combo.itemText(r)
               and closing_text(14) in combo.itemText(r))
    assert row >= 0
    go_to(qtbot, window, "team")
    team = window.findChild(TeamPage, "teamPage")
    open_tab(qtbot, team, POLICY_TAB)
    wait_idle()
    edit = team.policy.close_edit
    QTest.mouseClick(edit, LEFT)
    QTest.keyClick(edit, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(edit, "45")
    save_policy(qtbot, team, wait_idle)
    go_to(qtbot, window, "statistics")
    wait_idle()
    texts = [combo.itemText(r) for r in range(combo.count())]
    assert any(closing_text(45) in t for t in texts), texts
    assert not any(closing_text(14) in t for t in texts), texts
