"""Render every pre-sign-in and signed-in screen to PNG files (offscreen) for review.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_shots.py [OUT_DIR]
(default OUT_DIR: shots/). Not a test: a tool to look at the screens while working on them.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget

from peerdesk.domain.members import Role
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell

PASSPHRASE = "maple harbour lantern quietly 42"


def settle(shell: Shell, seconds: float = 0.3) -> None:
    end = time.monotonic() + 30  # a demo load of thousands of contacts takes a while
    while shell.tasks.busy and time.monotonic() < end:
        QApplication.processEvents()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()


def save(widget: QWidget | None, out: Path, name: str) -> None:
    assert widget is not None
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def sign_in(shell: Shell, passphrase: str, member: str = "") -> None:
    screen = shell.window
    assert screen is not None
    if member:
        screen.member_combo.setCurrentText(member)  # type: ignore[attr-defined]
    edit = screen.findChild(QLineEdit, "passphraseEdit")
    edit.setText(passphrase)
    edit.returnPressed.emit()
    settle(shell)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    root = Path(tempfile.mkdtemp(prefix="peerdesk-shots-"))
    for training in (False, True):
        suffix = "-training" if training else ""
        theme.apply(app, training)
        shell = Shell(root / f"vault{suffix}", training, dialogs=DialogService())
        shell.start()
        wizard = shell.window
        wizard.findChild(QLineEdit, "nameEdit").setText("Dana Reyes")
        wizard.findChild(QLineEdit, "passphraseEdit").setText("harbour lantern")
        settle(shell)
        save(wizard, out, f"setup-details{suffix}")
        wizard.findChild(QLineEdit, "passphraseEdit").setText(PASSPHRASE)
        wizard.findChild(QLineEdit, "repeatEdit").setText(PASSPHRASE)
        wizard.create_button.click()  # type: ignore[attr-defined]
        settle(shell)
        save(wizard, out, f"setup-recovery-key{suffix}")
        key = wizard.key_label.accessibleDescription()  # type: ignore[attr-defined]
        wizard.findChild(QCheckBox, "storedCheck").setChecked(True)
        wizard.continue_button.click()  # type: ignore[attr-defined]
        settle(shell)
        workspace = shell.workspace
        assert workspace is not None
        workspace.vault.add_member("Sam Okafor", PASSPHRASE, frozenset({Role.TRAINER}),
                                   must_change=False)
        save(shell.window, out, f"main{suffix}")
        shell.window.lock()  # type: ignore[union-attr]
        settle(shell)
        save(shell.window, out, f"unlock{suffix}")
        sign_in(shell, "not my passphrase")
        save(shell.window, out, f"unlock-error{suffix}")
        if not training:
            for _ in range(4):
                sign_in(shell, "still not it")
            save(shell.window, out, "unlock-throttled")
            shell.guard.succeeded("x")
            shell.window._tick()  # type: ignore[union-attr]
            shell.window.forgot_button.click()  # type: ignore[union-attr]
            settle(shell)
            save(shell.window, out, "recovery-key")
            shell.window.findChild(QLineEdit, "recoveryKeyEdit").setText(key)
            shell.window.recovery.key_button.click()  # type: ignore[union-attr]
            settle(shell)
            shell.window.findChild(QLineEdit, "newPassphraseEdit").setText("sunflower")
            settle(shell)
            save(shell.window, out, "recovery-reset")
            shell.window.recovery.close_workspace()  # type: ignore[union-attr]
            settle(shell)
        else:
            sign_in(shell, PASSPHRASE)
            save(shell.window, out, "main-notice-training")
            shell.window.lock()  # type: ignore[union-attr]
            settle(shell)
            sign_in(shell, PASSPHRASE, "Sam Okafor")
            save(shell.window, out, "main-trainer-training")
        shell.shutdown()
    _ = Workspace  # the vaults are made through the screens, like a person would


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
