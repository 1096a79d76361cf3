"""Signing in through the real unlock screen, as every UI test that needs a member does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from peerdesk.ui.shell.main_window import MainWindow

PASSPHRASE = "maple harbour lantern quietly 42"


def sign_in_window(qtbot: Any, shell: Any, wait_idle: Any, member: str = "") -> MainWindow:
    """Type the passphrase (for ``member``, else the preselected one), press Enter, and return
    the signed-in window once the worker is idle."""
    screen = shell.window
    if member:
        screen.findChild(QComboBox, "memberCombo").setCurrentText(member)
    edit = screen.findChild(QLineEdit, "passphraseEdit")
    qtbot.keyClicks(edit, PASSPHRASE)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_idle()
    window = shell.window
    assert isinstance(window, MainWindow)
    return window
