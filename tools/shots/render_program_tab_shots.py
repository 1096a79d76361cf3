"""Render the Statistics section's Program report tab (with an account refused for a name,
then saved) and the Program policy tab's profile fields, at 1366x768, for review.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_program_tab_shots.py
[OUT_DIR] (default OUT_DIR: shots/). Not a test: a tool to look at the screens.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtWidgets import QTabWidget

from peerdesk.domain.quarters import first_open_quarter
from peerdesk.services import policy
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from peerdesk.ui.statistics.page import PROGRAM_TAB, StatisticsPage
from peerdesk.ui.team.page import POLICY_TAB
from render_shots import PASSPHRASE, save, settle, sign_in

LAST = first_open_quarter(date.today(), 14).previous()


def _vault(folder: Path) -> None:
    ws, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                                kdf=crypto.KdfParams.weak_for_tests())
    for seed, quarter in enumerate((LAST.previous(), LAST), start=31):
        make_demo_contacts(ws, 150, seed=seed, start=quarter.first_day, end=quarter.last_day)
        stats.view(ws, quarter)
    policy.update_profile(ws, agencies=["Metro Fire Rescue", "Metro Police Service"],
                          year_start_month=4)
    ws.lock()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme.apply(app, True)
    root = Path(tempfile.mkdtemp(prefix="peerdesk-program-shots-"))
    _vault(root / "vault")
    shell = Shell(root / "vault", True, dialogs=DialogService(), idle_lock_ms=0)
    shell.start()
    sign_in(shell, PASSPHRASE)
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    window.show_section("statistics")  # type: ignore[attr-defined]
    settle(shell)
    page = window.findChild(StatisticsPage, "statisticsPage")
    page.tabs.setCurrentIndex(PROGRAM_TAB)
    settle(shell, 0.5)
    view = page.program
    view.narrative_edit.setPlainText("We sat with Sgt. Morrison after the crash on Route 9.")
    view.save_button.click()
    settle(shell, 0.8)
    save(window, out, "program-tab-refused")
    view.narrative_edit.setPlainText(
        "Two line-of-duty deaths in the region shaped the quarter; the team answered every "
        "request within a day.\n\nTwo new supporters finished their training in August.")
    view.save_button.click()
    settle(shell, 0.8)
    save(window, out, "program-tab-saved")
    window.show_section("team")  # type: ignore[attr-defined]
    settle(shell, 0.5)
    tabs = window.findChild(QTabWidget, "teamTabs")
    tabs.setCurrentIndex(POLICY_TAB)
    settle(shell, 0.5)
    policy_page = window.findChild(QTabWidget, "teamTabs").currentWidget()
    policy_page.agencies_edit.setFocus()
    settle(shell)
    save(window, out, "policy-profile")
    shell.shutdown()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
