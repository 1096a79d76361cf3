"""Starting the desktop app: ``run_app`` is what ``peerdesk app`` (cli.py) calls."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from peerdesk.ui.kit import crash, i18n, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.shell import Shell

APP_NAME = "PeerDesk"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with PeerDesk's names (reused if one exists, as under pytest-qt)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("peerdesk")
    if not app.property("peerdeskLanguage"):
        # Once per application: the chosen language (or the system's), read at start.
        app.setProperty("peerdeskLanguage", i18n.install_translations(app))
    return app


def build_shell(vault: Path, training: bool, dialogs: DialogService | None = None) -> Shell:
    """The application, its theme and the first window, shown but without an event loop."""
    app = create_application()
    dialogs = dialogs or DialogService()
    shell = Shell(vault, training, dialogs=dialogs)
    theme.apply(app, shell.training)
    app.aboutToQuit.connect(shell.shutdown)
    shell.start()
    return shell


def run_app(vault: Path, training: bool) -> int:
    """Run PeerDesk on the vault folder ``vault``; returns the exit status.

    A folder without a vault starts first-run setup (a training vault when ``training``);
    otherwise the unlock screen. Bugs are logged to the log file and shown as "something went
    wrong" with the log's path.
    """
    crash.setup_logging()
    dialogs = DialogService()
    crash.install_excepthook(lambda path: dialogs.report_bug(QApplication.activeWindow(), path))
    app = create_application()
    shell = build_shell(vault, training, dialogs)
    status = app.exec()
    shell.shutdown()
    return int(status)
