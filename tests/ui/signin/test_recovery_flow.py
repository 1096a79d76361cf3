"""Forgot passphrase: recovery key, a coordinator's new passphrase, back to sign-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from peerdesk.domain.members import Role
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.signin.unlock_screen import RECOVERY_PAGE, SIGN_IN_PAGE

OLD = "maple harbour lantern quietly 42"
NEW = "copper meadow violin tuesday 97"


def _vault_with_key(folder: Path) -> str:
    kdf = crypto.KdfParams.weak_for_tests()
    workspace, key = Workspace.create(folder, "Dana Reyes", OLD, OLD, kdf=kdf)
    workspace.vault.add_member("Lee Chen", OLD, frozenset({Role.COORDINATOR}),
                               must_change=False, kdf=kdf)
    workspace.vault.add_member("Pat Peer", OLD, frozenset({Role.SUPPORTER}),
                               must_change=False, kdf=kdf)
    workspace.lock()
    return key


def _click(qtbot, screen, name: str) -> None:
    qtbot.mouseClick(screen.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_recovery_end_to_end(qtbot, tmp_path, make_shell, wait_idle):
    key = _vault_with_key(tmp_path / "vault")
    shell = make_shell(tmp_path / "vault")
    screen = shell.window
    _click(qtbot, screen, "forgotButton")
    assert screen.pages.currentIndex() == RECOVERY_PAGE
    key_edit = screen.findChild(QLineEdit, "recoveryKeyEdit")
    assert key_edit.hasFocus()
    qtbot.keyClicks(key_edit, key.lower().replace("-", " "))  # forgiving about case and dashes
    qtbot.keyClick(key_edit, Qt.Key.Key_Return)
    wait_idle()
    combo = screen.findChild(QComboBox, "coordinatorCombo")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Dana Reyes", "Lee Chen"]  # coordinators only
    combo.setCurrentText("Lee Chen")
    new_edit = screen.findChild(QLineEdit, "newPassphraseEdit")
    qtbot.keyClicks(new_edit, "short")
    assert screen.recovery.new_meter.word.text() == "Weak"
    new_edit.clear()
    qtbot.keyClicks(new_edit, NEW)
    qtbot.keyClicks(screen.findChild(QLineEdit, "newRepeatEdit"), NEW)
    _click(qtbot, screen, "setPassphraseButton")
    wait_idle()
    assert "Lee Chen has a new passphrase" in screen.findChild(QLabel, "recoveryDoneText").text()
    assert screen.recovery.workspace is None
    _click(qtbot, screen, "backToSignInButton")
    assert screen.pages.currentIndex() == SIGN_IN_PAGE
    assert screen.findChild(QComboBox, "memberCombo").currentText() == "Lee Chen"
    edit = screen.findChild(QLineEdit, "passphraseEdit")
    qtbot.keyClicks(edit, NEW)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_idle()
    assert isinstance(shell.window, MainWindow)
    assert shell.workspace.member.name == "Lee Chen"


def test_wrong_recovery_key_is_shown_inline(qtbot, tmp_path, make_shell, wait_idle):
    _vault_with_key(tmp_path / "vault")
    screen = make_shell(tmp_path / "vault").window
    _click(qtbot, screen, "forgotButton")
    key_edit = screen.findChild(QLineEdit, "recoveryKeyEdit")
    qtbot.keyClicks(key_edit, "AAAA-BBBB-CCCC")
    _click(qtbot, screen, "recoveryContinueButton")
    wait_idle()
    message = screen.findChild(QLabel, "recoveryKeyMessage")
    assert message.isVisible()
    assert "recovery key does not open this vault" in message.text()


def test_mismatched_new_passphrase_is_inline_and_cancel_locks(
    qtbot, tmp_path, make_shell, wait_idle
):
    key = _vault_with_key(tmp_path / "vault")
    screen = make_shell(tmp_path / "vault").window
    _click(qtbot, screen, "forgotButton")
    qtbot.keyClicks(screen.findChild(QLineEdit, "recoveryKeyEdit"), key)
    _click(qtbot, screen, "recoveryContinueButton")
    wait_idle()
    workspace = screen.recovery.workspace
    assert workspace is not None
    qtbot.keyClicks(screen.findChild(QLineEdit, "newPassphraseEdit"), NEW)
    qtbot.keyClicks(screen.findChild(QLineEdit, "newRepeatEdit"), NEW + "!")
    _click(qtbot, screen, "setPassphraseButton")
    wait_idle()
    error = screen.findChild(QLabel, "newRepeatError")
    assert error.isVisible()
    assert error.text() == "The two passphrases are not the same."
    _click(qtbot, screen, "resetCancelButton")
    wait_idle()
    assert workspace.is_locked
    assert screen.pages.currentIndex() == SIGN_IN_PAGE
