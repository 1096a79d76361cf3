"""Session security: idle lock from the policy, minimised or inactive too long, and a lock that
leaves no data in any model."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QGuiApplication

from peerdesk.services import policy
from peerdesk.services.workspace import Workspace
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.team.page import AUDIT_TAB, POLICY_TAB
from team.test_page import open_team

PASSPHRASE = "maple harbour lantern quietly 42"


def test_idle_lock_leaves_no_data_in_any_model(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault, idle_lock_ms=60_000)
    team = open_team(qtbot, shell, wait_idle)
    window = shell.window
    team.tabs.setCurrentIndex(POLICY_TAB)
    team.tabs.setCurrentIndex(AUDIT_TAB)
    wait_idle()
    models = window.findChildren(QAbstractItemModel)
    filled = [m for m in models if m.rowCount() > 0]
    assert team.members.model in filled
    assert team.audit.model in filled
    assert team.policy.checklist in filled
    workspace = shell.workspace
    seen: dict[int, int] = {}
    window.locked.connect(lambda: seen.update(
        {id(m): m.rowCount() for m in models if shiboken6.isValid(m)}))
    window._set_idle_ms(50)  # a short idle time, as a policy cannot go below a minute
    window._restart_idle()
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    wait_idle()
    assert workspace.is_locked
    assert shell.workspace is None
    assert set(seen.values()) <= {0}  # at the moment of locking: gone or empty
    for model in models:
        assert not shiboken6.isValid(model) or model.rowCount() == 0
    remaining = window.findChildren(QAbstractItemModel)  # the navigation list's own model
    assert [m.rowCount() for m in remaining] == [0] * len(remaining)
    assert window.windowTitle() == "PeerDesk"


def test_team_page_empties_its_models(qtbot, vault, make_shell, wait_idle):
    team = open_team(qtbot, make_shell(vault), wait_idle)
    team.tabs.setCurrentIndex(AUDIT_TAB)
    wait_idle()
    models = (team.members.model, team.audit.model, team.policy.checklist)
    assert all(m.rowCount() > 0 for m in models)
    team.members.add_member()
    dialog = team.members.dialog
    dialog.passphrase.edit.setText("typed but not sent")
    team.clear_sensitive()  # what the window calls when it locks
    assert [m.rowCount() for m in models] == [0, 0, 0]
    assert not dialog.isVisible()
    assert dialog.passphrase.text() == ""


def test_idle_time_comes_from_the_policy(qtbot, vault, make_shell, wait_idle):
    workspace = Workspace.unlock(vault, "Dana Reyes", PASSPHRASE)
    policy.update_settings(workspace, idle_lock_minutes=2, private_notes_enabled=False,
                           notes_expiry_days=30, suppression_threshold=5)
    workspace.lock()
    shell = make_shell(vault)
    team = open_team(qtbot, shell, wait_idle)
    assert shell.window.idle_interval_ms() == 2 * 60 * 1000
    assert team.policy.idle_edit.text() == "2"


def _signed_in_with_clock(qtbot, vault, make_shell, wait_idle, clock) -> MainWindow:
    shell = make_shell(vault)
    open_team(qtbot, shell, wait_idle)
    window = shell.window
    window.clock = clock
    window._last_activity = clock()
    return window


def test_minimised_longer_than_idle_time_locks_on_return(qtbot, vault, make_shell, wait_idle,
                                                          clock):
    window = _signed_in_with_clock(qtbot, vault, make_shell, wait_idle, clock)
    window.showMinimized()
    clock.advance(4 * 60)
    window.showNormal()
    assert window.workspace is not None  # four minutes away: still open
    window.showMinimized()
    clock.advance(2 * 60)  # six minutes since the last input (the policy says five)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.showNormal()
    wait_idle()


def test_inactive_longer_than_idle_time_locks(qtbot, vault, make_shell, wait_idle, clock):
    window = _signed_in_with_clock(qtbot, vault, make_shell, wait_idle, clock)
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    clock.advance(5 * 60 + 1)  # a screen locker or another app had the focus, or it slept
    with qtbot.waitSignal(window.locked, timeout=5_000):
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    wait_idle()


def test_nothing_on_the_clipboard_and_no_key_after_lock(qtbot, vault, make_shell, wait_idle):
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("marker")
    shell = make_shell(vault)
    team = open_team(qtbot, shell, wait_idle)
    team.members.table.selectRow(0)
    workspace = shell.workspace
    shell.window.lock()
    wait_idle()
    assert clipboard.text() == "marker"
    assert workspace.is_locked
    with pytest.raises(RuntimeError, match="locked"):
        _ = workspace.vault  # the workspace dropped its vault and keys
