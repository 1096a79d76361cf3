"""Changing one's own passphrase: forced after a temporary one, and from the header."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget

from peerdesk.domain.members import Role
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.signin.change_passphrase_dialog import ChangePassphraseDialog
from peerdesk.ui.signin.unlock_screen import UnlockScreen

PASSPHRASE = "maple harbour lantern quietly 42"
TEMPORARY = "copper meadow violin sunrise 19"
OWN = "granite orchard pelican whisper 73"


def _with_new_member(folder):
    workspace = Workspace.unlock(folder, "Dana Reyes", PASSPHRASE)
    workspace.vault.add_member("Pat Peer", TEMPORARY, frozenset({Role.SUPPORTER}),
                               must_change=True, kdf=crypto.KdfParams.weak_for_tests())
    workspace.lock()
    return folder


def _sign_in(qtbot, shell, wait_idle, name: str, passphrase: str) -> MainWindow:
    shell.window.findChild(QComboBox, "memberCombo").setCurrentText(name)
    edit = shell.window.findChild(QLineEdit, "passphraseEdit")
    qtbot.keyClicks(edit, passphrase)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_idle()
    assert isinstance(shell.window, MainWindow)
    return shell.window


def _forced_dialog(window: MainWindow) -> ChangePassphraseDialog:
    dialog = window.findChild(ChangePassphraseDialog, "changePassphraseDialog")
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.forced
    return dialog


def test_cancelling_the_forced_change_locks(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(_with_new_member(vault))
    window = _sign_in(qtbot, shell, wait_idle, "Pat Peer", TEMPORARY)
    assert window.section_keys() == []  # nothing is reachable before the change
    dialog = _forced_dialog(window)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_idle()
    assert isinstance(shell.window, UnlockScreen)


def test_forced_change_at_first_sign_in(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(_with_new_member(vault))
    window = _sign_in(qtbot, shell, wait_idle, "Pat Peer", TEMPORARY)
    dialog = _forced_dialog(window)
    dialog.current.edit.setText("not the temporary one")
    dialog.new.edit.setText(OWN)
    dialog.repeat_edit.setText(OWN)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)  # Enter submits
    wait_idle()
    error = dialog.findChild(QLabel, "currentPassphraseError")
    assert error.isVisible()
    assert "not your current passphrase" in error.text()
    dialog.current.edit.setText(TEMPORARY)
    dialog.repeat_edit.setText(OWN + "x")
    dialog.ok_button.click()
    wait_idle()
    assert dialog.findChild(QLabel, "repeatOwnPassphraseError").text() == (
        "The two passphrases are not the same.")
    dialog.repeat_edit.setText(OWN)
    dialog.ok_button.click()
    wait_idle()
    assert not dialog.isVisible()
    assert window.section_keys() == ["contacts", "incidents", "referrals", "my_training"]
    nav = window.findChild(QListWidget, "navigation")
    assert nav.count() == 4
    assert "new passphrase is set" in window.notice.text()
    assert not shell.workspace.must_change_passphrase
    window.lock()
    wait_idle()
    window = _sign_in(qtbot, shell, wait_idle, "Pat Peer", OWN)
    assert window.findChild(ChangePassphraseDialog) is None


def test_change_from_the_header(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    window = _sign_in(qtbot, shell, wait_idle, "Dana Reyes", PASSPHRASE)
    assert window.findChild(ChangePassphraseDialog) is None
    qtbot.mouseClick(window.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ChangePassphraseDialog, "changePassphraseDialog")
    assert dialog.isVisible()
    assert not dialog.forced
    dialog.current.edit.setText(PASSPHRASE)
    dialog.new.edit.setText("sunflower")
    dialog.ok_button.click()
    wait_idle()
    assert dialog.findChild(QLabel, "newOwnPassphraseError").isVisible()
    dialog.cancel_button.click()  # cancelling an ordinary change does not lock
    assert shell.workspace is not None
    assert window.section_keys()
