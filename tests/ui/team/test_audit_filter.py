"""The audit log's filters, by keyboard: an action, a member, a period, clearing them; and no way
to take the log out of the app (no export, save, print or copy)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox

from peerdesk.domain.members import Role
from peerdesk.ui.team.audit_model import ACTION, MEMBER
from peerdesk.ui.team.audit_page import AuditPage
from peerdesk.ui.team.page import AUDIT_TAB
from team.test_page import open_team


def open_audit(qtbot: Any, shell: Any, wait_idle: Any) -> AuditPage:
    team = open_team(qtbot, shell, wait_idle)
    bar = team.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(AUDIT_TAB).center())
    wait_idle()
    return team.audit


def choose(qtbot: Any, box: QComboBox, text: str) -> None:
    """Tab-focused list, arrow keys down to ``text`` (the list stays closed, as on a form)."""
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == text:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == text, f"{text!r} is not offered"


def column(page: AuditPage, col: int) -> list[str]:
    model = page.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_filters_by_action_member_and_period_from_the_keyboard(
        qtbot: Any, vault_factory: Any, make_shell: Any, wait_idle: Any) -> None:
    folder = vault_factory(extra={"Sam Okafor": frozenset({Role.SUPPORTER})})
    shell = make_shell(folder)
    page = open_audit(qtbot, shell, wait_idle)
    everything = page.model.rowCount()
    assert {"Signed in", "Member added", "Vault created"} <= set(column(page, ACTION))
    filters = page.filters
    # Tab from the chain check reaches the filters, in order.
    page.verify_button.setFocus()
    qtbot.keyClick(page.verify_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is filters.action_combo
    choose(qtbot, filters.action_combo, "Member added")
    wait_idle()
    assert column(page, ACTION) == ["Member added"]
    assert page.status.text() == "1 matching entry."
    choose(qtbot, filters.action_combo, "All actions")
    choose(qtbot, filters.member_combo, "Sam Okafor")
    wait_idle()
    # Sam never signed in: what is about Sam is the coordinator adding him.
    assert column(page, ACTION) == ["Member added"]
    assert column(page, MEMBER) == ["Dana Reyes"]
    choose(qtbot, filters.member_combo, "Dana Reyes")
    wait_idle()
    assert set(column(page, MEMBER)) == {"Dana Reyes"}
    choose(qtbot, filters.period_combo, "Today")
    wait_idle()
    assert page.model.rowCount() > 0
    choose(qtbot, filters.period_combo, "Choose dates…")
    wait_idle()
    assert filters.from_edit.isVisible()
    assert filters.to_edit.isVisible()
    filters.from_edit.setDate(filters.to_edit.date().addDays(1))
    wait_idle()
    assert page.model.rowCount() == 0
    assert page.status.text().startswith("The first day is after the last")
    filters.clear_button.setFocus()
    qtbot.keyClick(filters.clear_button, Qt.Key.Key_Space)
    wait_idle()
    assert not filters.from_edit.isVisible()
    assert page.model.rowCount() >= everything
    assert page.status.text() == ""


def test_nothing_takes_the_log_out_of_the_app(
        qtbot: Any, vault: Any, make_shell: Any, wait_idle: Any) -> None:
    page = open_audit(qtbot, make_shell(vault), wait_idle)
    words = ("export", "save", "print", "copy", "csv", "pdf")
    buttons = [b.text().replace("&", "").casefold() for b in page.findChildren(QAbstractButton)]
    actions = [a.text().replace("&", "").casefold() for a in page.findChildren(QAction)]
    assert buttons  # the walk saw the page's buttons
    assert not [t for t in buttons + actions if any(w in t for w in words)]
    # Select-all and copy on the table put nothing on the clipboard.
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before"
