"""Render the Region section to PNG files (offscreen) for review: a regional vault after three
stations' bundles were imported (one more refused, its reason shown) and its quarter exported,
and a station's side after it wrote its bundle. English and French.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_region_shots.py
[OUT_DIR [LANGUAGE]] (default: shots/ en; LANGUAGE en or fr_CA). Not a test: a tool to look at
the screens while working on them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import deque
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtWidgets import QWidget

from peerdesk.domain.quarters import Quarter, first_open_quarter
from peerdesk.services import region
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import i18n, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.region.page import RegionPage
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from render_shots import PASSPHRASE, save, settle, sign_in

NAME = "Dana Reyes"


class Answers(DialogService):
    """Dialogs answered from a queue (the tool has no one to click them)."""

    def __init__(self) -> None:
        self.answers: deque[Any] = deque()

    def open_file(self, parent: QWidget | None, title: str, folder: Path,
                  name_filter: str) -> Path | None:
        return self.answers.popleft()

    def save_file(self, parent: QWidget | None, title: str, suggested: Path,
                  name_filter: str) -> Path | None:
        return self.answers.popleft()

    def confirm(self, parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
        return bool(self.answers.popleft())


def _vaults(root: Path, quarter: Quarter) -> tuple[Path, Path, Path]:
    """A regional vault with three stations' bundles waiting in a folder (and a damaged one),
    the first station's vault."""
    regional, _ = Workspace.create(root / "region", NAME, PASSPHRASE, PASSPHRASE, training=True)
    info, _ = region.init_region(regional)
    regional.lock()
    usb = root / "usb"
    usb.mkdir()
    for seed, contacts in ((1, 120), (2, 80), (3, 150)):
        ws, _ = Workspace.create(root / f"station-{seed}", NAME, PASSPHRASE, PASSPHRASE,
                                 training=True)
        make_demo_contacts(ws, contacts, seed=seed, start=quarter.first_day,
                           end=quarter.last_day)
        stats.view(ws, quarter)
        region.write_bundle(ws, quarter, info.key_file.encode(),
                            usb / f"station-{seed}.peerdesk-bundle", info.fingerprint)
        ws.lock()
    damaged = usb / "station-9.peerdesk-bundle"
    damaged.write_bytes((usb / "station-1.peerdesk-bundle").read_bytes()[:900])
    return root / "region", root / "station-1", usb


def _page(shell: Shell) -> RegionPage:
    window = shell.window
    assert window is not None
    window.show_section("region")
    settle(shell)
    page = window.findChild(RegionPage, "regionPage")
    assert page is not None
    return page


def main(out: Path, language: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme.apply(app, False)
    quarter = first_open_quarter(date.today(), 14).previous()
    root = Path(tempfile.mkdtemp(prefix="peerdesk-region-shots-"))
    regional, station, usb = _vaults(root, quarter)
    language = i18n.install_translations(app, language)
    dialogs = Answers()
    shell = Shell(regional, True, dialogs=dialogs)
    shell.start()
    settle(shell)
    sign_in(shell, PASSPHRASE, NAME)
    page = _page(shell)
    if language == "en":
        dialogs.answers.extend([usb / "station-1.peerdesk-bundle", True, True, True])
        page.import_bundles()
        settle(shell, 3)
        save(shell.window, out, "region-imported")
        dialogs.answers.append(root / "region.csv")
        page.export("csv")
        settle(shell, 5)
    page.message.hide_message()
    page.reload()
    settle(shell, 1)
    save(shell.window, out, f"region-regional-{language}")
    shell.shutdown()
    shell = Shell(station, True, dialogs=dialogs)
    shell.start()
    settle(shell)
    sign_in(shell, PASSPHRASE, NAME)
    _page(shell)
    settle(shell, 1)
    save(shell.window, out, f"region-station-{language}")
    shell.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
