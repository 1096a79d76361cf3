"""Nothing typed is lost without a word: the idle lock counts down first (any input stops it),
the unlock screen says the computer was idle, and the member whose unsaved contact a lock
discarded is told so at their next sign-in (nothing of the contact is kept)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from contact_ui_support import sign_in
from peerdesk.domain.vocab import Topic
from peerdesk.ui.signin.unlock_screen import UnlockScreen

CTRL = Qt.KeyboardModifier.ControlModifier


def start_a_contact(qtbot, section) -> None:
    fields = section.form.fields
    QTest.mouseClick(fields.topics.chip(Topic.GRIEF_LOSS), Qt.MouseButton.LeftButton)
    fields.duration.setFocus()
    qtbot.keyClick(fields.duration, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(fields.duration, "50")


def test_idle_lock_counts_down_names_the_reason_and_tells_of_the_discarded_contact(
        qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    window, section = sign_in(qtbot, shell, wait_idle)
    start_a_contact(qtbot, section)
    window._set_idle_ms(3_000)  # a policy cannot go below a minute; the countdown is 1.5 s
    window._restart_idle()
    warning = window.idle_warning
    qtbot.waitUntil(lambda: "PeerDesk locks in" in warning.text(), timeout=5_000)
    assert warning.isVisible()
    assert "move the mouse" in warning.text()
    QTest.mouseMove(window.navigation, QPoint(20, 40))  # the member is back
    QTest.mouseMove(window.navigation, QPoint(30, 60))
    assert warning.isHidden()
    assert window.workspace is not None
    qtbot.waitUntil(lambda: "PeerDesk locks in" in warning.text(), timeout=5_000)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    wait_idle()
    screen = shell.window
    assert isinstance(screen, UnlockScreen)
    assert "because the computer was idle" in screen.message.text()
    window, section = sign_in(qtbot, shell, wait_idle)
    assert "An unsaved contact was discarded when PeerDesk locked" in window.notice.text()
    assert "50" not in window.notice.text()
    assert section.form.fields.duration.value() == 30  # nothing of it came back
    assert not section.form.fields.topics.chip(Topic.GRIEF_LOSS).isChecked()


def test_ctrl_l_with_a_contact_half_typed_tells_at_the_next_sign_in_only(
        qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    window, section = sign_in(qtbot, shell, wait_idle)
    start_a_contact(qtbot, section)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
    wait_idle()
    assert isinstance(shell.window, UnlockScreen)
    assert shell.window.message.text() == ""  # locked by hand: no idle note
    window, _section = sign_in(qtbot, shell, wait_idle)
    assert "An unsaved contact was discarded" in window.notice.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)  # nothing typed this time
    wait_idle()
    window, _section = sign_in(qtbot, shell, wait_idle)
    assert "discarded" not in window.notice.text()


def test_the_countdown_shows_over_an_open_dialog_too(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    window, _section = sign_in(qtbot, shell, wait_idle)
    QTest.mouseClick(window.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    window._set_idle_ms(3_000)
    window._restart_idle()
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "idleWarningOverDialog") is not None
                    and dialog.findChild(QLabel, "idleWarningOverDialog").isVisible(),
                    timeout=5_000)
    assert "PeerDesk locks in" in dialog.findChild(QLabel, "idleWarningOverDialog").text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Shift)  # back: the warning goes
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "idleWarningOverDialog") is None)
    assert window.workspace is not None
    assert dialog.isVisible()
