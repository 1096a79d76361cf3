"""The signed-in window: sections by role, locking, the training banner, idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QStackedWidget

from peerdesk.domain.members import Role
from peerdesk.domain.permissions import Action
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.signin.unlock_screen import UnlockScreen
from shell_support import sign_in_window

_signed_in = sign_in_window


def _titles(window: MainWindow) -> list[str]:
    nav = window.findChild(QListWidget, "navigation")
    return [nav.item(i).text() for i in range(nav.count())]


def test_coordinator_sees_coordinator_and_supporter_sections(qtbot, vault, make_shell, wait_idle):
    window = _signed_in(qtbot, make_shell(vault), wait_idle)
    assert _titles(window) == ["Contacts", "Incidents", "Referrals", "Statistics", "Region",
                               "Team", "My training records", "Surveys"]
    assert window.section_keys() == ["contacts", "incidents", "referrals", "statistics",
                                     "region", "team", "my_training", "surveys"]
    pages = window.findChild(QStackedWidget, "pages")
    assert pages.currentWidget().objectName() == "contactsPage"
    window.findChild(QListWidget, "navigation").setCurrentRow(5)
    assert pages.currentWidget().objectName() == "teamPage"
    text = pages.currentWidget().findChild(QLabel, "pageText").text()
    assert text
    assert "soon" not in text.lower()


def test_sections_are_hidden_by_role(qtbot, vault_factory, make_shell, wait_idle):
    folder = vault_factory(extra={"Sam Trainer": frozenset({Role.TRAINER}),
                                  "Pat Peer": frozenset({Role.SUPPORTER})})
    shell = make_shell(folder)
    window = _signed_in(qtbot, shell, wait_idle, "Sam Trainer")
    assert _titles(window) == ["Referrals", "My training records", "Surveys", "Training"]
    assert window.findChild(QLabel, "rolesLabel").text() == "Trainer"
    window.lock_action.trigger()
    wait_idle()
    window = _signed_in(qtbot, shell, wait_idle, "Pat Peer")
    assert _titles(window) == ["Contacts", "Incidents", "Referrals", "My training records"]


def test_add_section_respects_the_action(qtbot, vault_factory, make_shell, wait_idle):
    from PySide6.QtWidgets import QWidget

    folder = vault_factory(extra={"Pat Peer": frozenset({Role.SUPPORTER})})
    window = _signed_in(qtbot, make_shell(folder), wait_idle, "Pat Peer")
    assert not window.add_section("audit", "Audit log", QWidget(), Action.VIEW_AUDIT)
    assert window.add_section("help", "Help", QWidget())
    assert window.section_keys()[-1] == "help"


def test_ctrl_l_locks_and_returns_to_sign_in(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    window = _signed_in(qtbot, shell, wait_idle)
    workspace = shell.workspace
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert "Ctrl+L" in window.lock_action.toolTip()
    # A window shortcut fires only in the active window; activation is asynchronous.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    pages = window.findChild(QStackedWidget, "pages")
    navigation = window.findChild(QListWidget, "navigation")
    # What the window holds when it says it is locked (it is deleted soon after).
    left_at_lock: list[int] = []
    window.locked.connect(lambda: left_at_lock.extend((pages.count(), navigation.count())))
    with qtbot.waitSignal(window.locked, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert workspace.is_locked
    assert shell.workspace is None
    assert left_at_lock == [0, 0]
    assert isinstance(shell.window, UnlockScreen)
    assert shell.window.findChild(QComboBox, "memberCombo").currentText() == "Dana Reyes"


def test_lock_button_locks(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    window = _signed_in(qtbot, shell, wait_idle)
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert isinstance(shell.window, UnlockScreen)


def test_idle_window_locks_itself(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault, idle_lock_ms=50)
    window = _signed_in(qtbot, shell, wait_idle)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    wait_idle()
    assert isinstance(shell.window, UnlockScreen)


def test_closing_the_window_locks_first(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    window = _signed_in(qtbot, shell, wait_idle)
    workspace = shell.workspace
    window.close()
    wait_idle()
    assert workspace.is_locked
    assert not window.isVisible()
    assert shell.window is window  # no sign-in screen pops up while quitting


def test_training_vault_main_window_has_the_banner(qtbot, vault_factory, make_shell, wait_idle):
    shell = make_shell(vault_factory("practice", training=True))
    window = _signed_in(qtbot, shell, wait_idle)
    assert window.windowTitle() == "PeerDesk — Training"
    assert window.findChild(QLabel, "trainingBanner").isVisible()


def test_real_vault_has_no_banner(qtbot, vault, make_shell, wait_idle):
    window = _signed_in(qtbot, make_shell(vault), wait_idle)
    assert window.findChild(QLabel, "trainingBanner") is None
    assert window.windowTitle() == "PeerDesk"
