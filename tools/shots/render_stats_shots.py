"""Render the Statistics section (a closed quarter before its release, the release
confirmation, its tables with hidden cells, an open quarter, the annual summary, the saved
message, the trend across released quarters, a withheld quarter) to PNG files (offscreen) at a
1366x768 laptop size, for review. Uses a training vault with demo data.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_stats_shots.py [OUT_DIR]
(default OUT_DIR: shots/). Not a test: a tool to look at the screens while working on them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from peerdesk.domain.contacts import ContactDraft
from peerdesk.domain.quarters import Quarter, first_open_quarter
from peerdesk.domain.stats import TABLES
from peerdesk.domain.vocab import Channel, Format, InitiatedBy, MemberGroup, Topic
from peerdesk.services import contacts
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from peerdesk.ui.statistics.page import TREND_TAB, StatisticsPage
from render_shots import PASSPHRASE, save, settle, sign_in

CURRENT = Quarter.of(date.today())
SMALL = first_open_quarter(date.today(), 14).previous()  # the newest closed quarter
RELEASED = ((SMALL.previous().previous().previous(), 240), (SMALL.previous().previous(), 310),
            (SMALL.previous(), 275))
WITHHELD = RELEASED[0][0].previous()  # 4 phone and 3 text contacts: no safe release


def _vault(folder: Path) -> None:
    ws, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                                kdf=crypto.KdfParams.weak_for_tests())
    for seed, (quarter, n) in enumerate(RELEASED, start=11):
        make_demo_contacts(ws, n, seed=seed, start=quarter.first_day, end=quarter.last_day)
        stats.export(ws, quarter, "csv")
    for i in range(7):
        contacts.save_new(ws, ContactDraft(
            occurred_on=WITHHELD.first_day + timedelta(days=i), duration_min=40,
            channel=Channel.PHONE if i < 4 else Channel.TEXT,
            initiated_by=InitiatedBy.SELF_REFERRAL, member_group=MemberGroup.POLICE,
            format=Format.ONE_TO_ONE, topics=frozenset({Topic.WORK_STRESS})),
            today=WITHHELD.last_day)
    make_demo_contacts(ws, 30, seed=3, start=SMALL.first_day, end=SMALL.last_day)
    make_demo_contacts(ws, 12, seed=4, start=CURRENT.first_day, end=date.today())
    ws.lock()


class _Answers(DialogService):
    """Shows the real confirmation box long enough to photograph it, then says yes."""

    def __init__(self, out: Path, export_to: Path) -> None:
        self.out, self.export_to = out, export_to

    def confirm(self, parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.show()
        for _ in range(20):
            QApplication.processEvents()
        save(box, self.out, "statistics-release-confirm")
        box.close()
        return True

    def save_file(self, parent, title, suggested, name_filter):  # type: ignore[no-untyped-def]
        return self.export_to / suggested.name


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme.apply(app, True)
    root = Path(tempfile.mkdtemp(prefix="peerdesk-stats-shots-"))
    _vault(root / "vault")
    shell = Shell(root / "vault", True, dialogs=_Answers(out, root), idle_lock_ms=0)
    shell.start()
    shell.window.resize(1366, 768)  # type: ignore[union-attr]
    sign_in(shell, PASSPHRASE)
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    window.show_section("statistics")  # type: ignore[attr-defined]
    settle(shell)
    page = window.findChild(StatisticsPage, "statisticsPage")
    view = page.release_view
    save(window, out, "statistics-closed")
    view.release_button.click()
    settle(shell, 1.0)
    view.table_list.setCurrentRow(TABLES.index("contacts_by_member_group"))
    view.table.setFocus()
    settle(shell)
    save(window, out, "statistics-quarter")
    view.table_list.setCurrentRow(TABLES.index("member_group_by_format"))
    settle(shell)
    save(window, out, "statistics-two-way")
    view.pdf_button.click()
    settle(shell, 1.0)
    save(window, out, "statistics-exported")
    view.quarter_combo.setCurrentIndex(view.quarters.row_of(CURRENT))
    settle(shell)
    save(window, out, "statistics-open")
    view.quarter_combo.setCurrentIndex(view.quarters.row_of(SMALL.year))
    settle(shell, 1.0)
    save(window, out, "statistics-annual")
    page.tabs.setCurrentIndex(TREND_TAB)
    settle(shell)
    save(window, out, "statistics-trend")
    page.tabs.setCurrentIndex(0)
    view.quarter_combo.setCurrentIndex(view.quarters.row_of(WITHHELD))
    settle(shell)
    view.release_button.click()
    settle(shell, 2.0)
    save(window, out, "statistics-withheld")
    shell.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
