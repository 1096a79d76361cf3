"""Render the Referrals section (a selected resource, a stale flag, example entries), the
resource editor with an inline error, the import preview with errors and the referral lookup
to PNG files (offscreen) at a 1366x768 laptop size, for review.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_referral_shots.py [OUT_DIR]
(default OUT_DIR: shots/). Not a test: a tool to look at the screens while working on them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from peerdesk.domain.referrals import Cost, Resource, ResourceCategory
from peerdesk.domain.vocab import ReferralType
from peerdesk.services import referrals
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.referrals.import_dialog import ImportDialog
from peerdesk.ui.referrals.lookup import ReferralLookupDialog
from peerdesk.ui.referrals.page import DirectoryPage
from peerdesk.ui.referrals.resource_dialog import ResourceDialog
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from render_shots import PASSPHRASE, save, settle, sign_in

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "ui"))
from referrals.test_import_dialog import BAD  # the import test's file with problems

EXTRA = (
    Resource("Harbour Counselling", ResourceCategory.CLINICIAN, phone="+1 902 555 0144",
             contact_details="Text line +1 902 555 0145. harbourcounselling.example",
             hours="Mon–Fri 9–17, Thu until 20", region="Nova Scotia",
             languages="English, French", cost=Cost.FEE, first_responder_informed=True,
             notes="Two clinicians with fire and EMS backgrounds. Ask for the first-responder "
                   "intake line; sessions covered by most provincial plans.",
             last_verified=date(2024, 11, 18)),
    Resource("Bluenose Mobile Crisis Team", ResourceCategory.CRISIS_LINE,
             phone="+1 902 555 0199", available_24_7=True, region="Nova Scotia",
             languages="English", last_verified=date.today()),
    Resource("Maritime EAP", ResourceCategory.EAP, phone="1-800-555-0123 ext 4",
             hours="24/7 intake", available_24_7=True, region="Atlantic Canada",
             languages="English, French", cost=Cost.COVERED, first_responder_informed=True,
             last_verified=date.today()),
)


def _vault(folder: Path) -> None:
    ws, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE,
                                kdf=crypto.KdfParams.weak_for_tests())
    referrals.install_starter_directory(ws)
    for resource in EXTRA:
        referrals.add(ws, resource)
    ws.lock()


class _Answers(DialogService):
    def __init__(self, path: Path) -> None:
        self.path = path

    def open_file(self, parent, title, folder, name_filter):  # type: ignore[no-untyped-def]
        return self.path


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme.apply(app, False)
    root = Path(tempfile.mkdtemp(prefix="peerdesk-referral-shots-"))
    _vault(root / "vault")
    bad = root / "our-directory.csv"
    bad.write_text(BAD, encoding="utf-8")
    shell = Shell(root / "vault", False, dialogs=_Answers(bad), idle_lock_ms=0)
    shell.start()
    shell.window.resize(1366, 768)  # type: ignore[union-attr]
    sign_in(shell, PASSPHRASE)
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    window.show_section("referrals")  # type: ignore[attr-defined]
    settle(shell)
    page = window.findChild(DirectoryPage, "referralsPage")
    row = next(r for r in range(page.model.rowCount())
               if page.model.resource_at(r).name == "Harbour Counselling")
    page.table.selectRow(row)
    page.table.setFocus()
    settle(shell)
    save(window, out, "referrals-directory")
    page.search.setFocus()
    page.search.setText("988")
    settle(shell)
    save(window, out, "referrals-search")
    page.directory_actions.edit_button.click()
    editor = page.findChild(ResourceDialog)
    editor.edits["phone"].setText("902-CALL-NOW")
    editor.ok_button.click()
    settle(shell)
    save(editor, out, "referrals-editor-error")
    editor.reject()
    page.directory_actions.import_directory()
    settle(shell)
    dialog = page.findChild(ImportDialog)
    save(dialog, out, "referrals-import-errors")
    dialog.reject()
    settle(shell)
    lookup = ReferralLookupDialog(page.workspace, shell.tasks, ReferralType.CRISIS_LINE, page)
    lookup.open()
    settle(shell)
    save(lookup, out, "referrals-lookup")
    lookup.reject()
    shell.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
