"""Render the French screens that say counts and month names (offscreen), for review: the
sign-in notice after failed attempts, the follow-ups overdue by days, the statistics with their
month rows; on a French system whose dates are set to English (``LC_TIME=en_US``), where the
months were English.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_plural_shots.py [OUT_DIR]
(default OUT_DIR: shots/; files plural-*.png). Not a test: a tool to look at the screens.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")
os.environ["LC_ALL"] = ""  # empty: unset for the C library and for Qt
os.environ["LANG"] = "fr_CA.UTF-8"
os.environ["LC_TIME"] = "en_US.UTF-8"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="peerdesk-plural-config-")

from PySide6.QtWidgets import QTabWidget

from peerdesk.ui.contacts.section import FOLLOW_UPS_TAB
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from render_fr_shots import _training_vault
from render_shots import PASSPHRASE, save, settle, sign_in


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    assert app.property("peerdeskLanguage") == "fr_CA"
    root = Path(tempfile.mkdtemp(prefix="peerdesk-plural-shots-"))
    _training_vault(root / "training")
    theme.apply(app, True)
    shell = Shell(root / "training", True, dialogs=DialogService(), idle_lock_ms=0)
    shell.start()
    for _ in range(2):  # two failed attempts: the notice after signing in counts them
        sign_in(shell, "not the passphrase")
    sign_in(shell, PASSPHRASE)
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    settle(shell)
    save(window, out, "plural-sign-in-notice")
    tabs = window.findChild(QTabWidget, "contactsTabs") or window.findChildren(QTabWidget)[0]
    tabs.setCurrentIndex(FOLLOW_UPS_TAB)
    settle(shell, 0.6)
    save(window, out, "plural-follow-ups")
    window.show_section("statistics")  # type: ignore[attr-defined]
    settle(shell, 0.8)
    save(window, out, "plural-statistics")
    shell.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
