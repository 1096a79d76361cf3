"""Render the main screens in high contrast, and at 200% scaling, to PNG files for review.

Usage (offscreen):
  .venv/bin/python tools/shots/render_a11y_shots.py contrast [OUT_DIR]
  QT_SCALE_FACTOR=2 .venv/bin/python tools/shots/render_a11y_shots.py scale [OUT_DIR]
(default OUT_DIR: shots/). Not a test: a tool to look at the screens while working on them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.screen import MINIMUM_SIZE
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.shell.shell import Shell
from render_shots import PASSPHRASE, save, settle


def main(mode: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="peerdesk-a11y-shots-"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(root / "settings"))
    app = create_application()
    theme.apply(app, False)
    theme.set_contrast("high" if mode == "contrast" else "normal")
    prefix = "hc" if mode == "contrast" else "scale200"
    folder = root / "vault"
    Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE,
                     kdf=crypto.KdfParams.weak_for_tests())[0].lock()
    shell = Shell(folder, False, dialogs=DialogService())
    shell.start()
    settle(shell)
    save(shell.window, out, f"{prefix}-unlock")
    if mode == "scale":
        shell.window.resize(MINIMUM_SIZE)
        settle(shell)
        save(shell.window, out, f"{prefix}-unlock-minimum")
        shell.window.resize(960, 640)
    edit = shell.window.findChild(QLineEdit, "passphraseEdit")
    edit.setText(PASSPHRASE)
    edit.returnPressed.emit()
    settle(shell)
    window = shell.window
    assert isinstance(window, MainWindow)
    sections = ["contacts", "referrals"] + (["statistics", "team"] if mode == "contrast" else [])
    for key in sections:
        window.show_section(key)
        settle(shell)
        save(window, out, f"{prefix}-{key}")
    if mode == "scale":
        window.resize(MINIMUM_SIZE)
        window.show_section("contacts")
        settle(shell)
        save(window, out, f"{prefix}-contacts-minimum")
    shell.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "contrast",
         Path(sys.argv[2]) if len(sys.argv) > 2 else Path("shots"))
