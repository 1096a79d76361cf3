"""Render the main screens in Canadian French (offscreen) at the default window size, for
review: setup, unlock, the contact form, the directory, statistics, team and training.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_fr_shots.py [OUT_DIR]
(default OUT_DIR: shots/; files fr-*.png). Not a test: a tool to look at the screens.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")
# A French-Canadian system, and settings of its own (no language chosen: the system's wins).
os.environ["LANG"] = os.environ["LC_ALL"] = "fr_CA.UTF-8"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="peerdesk-fr-config-")

from PySide6.QtWidgets import QCheckBox, QLineEdit, QTabWidget

from peerdesk.domain.members import Role
from peerdesk.domain.quarters import first_open_quarter
from peerdesk.domain.vocab import Format
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.contacts.section import ContactsSection
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.referrals.import_dialog import ImportDialog
from peerdesk.ui.referrals.page import DirectoryPage
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from render_referral_shots import BAD, _Answers
from render_shots import PASSPHRASE, save, settle, sign_in

LAST = first_open_quarter(date.today(), 14).previous()  # the newest closed quarter


def _training_vault(folder: Path) -> None:
    kdf = crypto.KdfParams.weak_for_tests()
    ws, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                                kdf=kdf)
    ws.vault.add_member("Sam Okafor", PASSPHRASE, frozenset({Role.TRAINER}), must_change=False,
                        kdf=kdf)
    make_demo_contacts(ws, 240, seed=7, start=LAST.first_day, end=LAST.last_day)
    stats.export(ws, LAST, "csv")
    make_demo_contacts(ws, 40, seed=8, start=LAST.last_day, end=date.today())
    ws.lock()


def _contact_form_errors(shell: Shell, window: Any, out: Path) -> None:
    """The form saved with a defusing of one person, no topic and no kind of incident."""
    form = window.findChild(ContactsSection, "contactsPage").form
    fields = form.fields
    fields.format.setCurrentIndex(fields.format.findData(Format.DEFUSING.value))
    fields.group_size.setValue(1)
    fields.duration.setValue(45)
    settle(shell)
    form.save()
    settle(shell)
    save(window, out, "fr-contacts-form-errors")
    form.start_over()
    settle(shell)


def _import_preview_errors(shell: Shell, window: Any, root: Path, out: Path) -> None:
    """The directory import's preview of a file with bad rows (the reasons in French)."""
    bad = root / "notre-repertoire.csv"
    bad.write_text(BAD, encoding="utf-8")
    page = window.findChild(DirectoryPage, "referralsPage")
    page.dialogs = _Answers(bad)
    page.directory_actions.import_directory()
    settle(shell)
    dialog = page.findChild(ImportDialog)
    save(dialog, out, "fr-referrals-import-errors")
    dialog.reject()
    settle(shell)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    assert app.property("peerdeskLanguage") == "fr_CA"
    root = Path(tempfile.mkdtemp(prefix="peerdesk-fr-shots-"))
    theme.apply(app, False)
    shell = Shell(root / "vault", False, dialogs=DialogService(), idle_lock_ms=0)
    shell.start()
    wizard = shell.window
    assert wizard is not None
    wizard.findChild(QLineEdit, "nameEdit").setText("Dana Reyes")
    wizard.findChild(QLineEdit, "passphraseEdit").setText("harbour lantern")
    settle(shell)
    save(wizard, out, "fr-setup")
    wizard.findChild(QLineEdit, "passphraseEdit").setText(PASSPHRASE)
    wizard.findChild(QLineEdit, "repeatEdit").setText(PASSPHRASE)
    wizard.create_button.click()  # type: ignore[attr-defined]
    settle(shell)
    save(wizard, out, "fr-setup-recovery-key")
    wizard.findChild(QCheckBox, "storedCheck").setChecked(True)
    wizard.continue_button.click()  # type: ignore[attr-defined]
    settle(shell)
    shell.window.lock()  # type: ignore[union-attr]
    settle(shell)
    save(shell.window, out, "fr-unlock")
    shell.shutdown()

    _training_vault(root / "training")
    theme.apply(app, True)
    shell = Shell(root / "training", True, dialogs=DialogService(), idle_lock_ms=0)
    shell.start()
    sign_in(shell, PASSPHRASE)
    window = shell.window
    assert window is not None
    save(window, out, "fr-contacts-form")
    _contact_form_errors(shell, window, out)
    tabs = window.findChild(QTabWidget, "contactsTabs") or window.findChildren(QTabWidget)[0]
    tabs.setCurrentIndex(1)
    settle(shell)
    save(window, out, "fr-contacts-list")
    for key in ("referrals", "statistics", "team"):
        window.show_section(key)  # type: ignore[attr-defined]
        settle(shell, 0.6)
        save(window, out, f"fr-{'directory' if key == 'referrals' else key}")
        if key == "referrals":
            _import_preview_errors(shell, window, root, out)
    window.lock()  # type: ignore[attr-defined]
    settle(shell)
    sign_in(shell, PASSPHRASE, "Sam Okafor")
    window = shell.window
    window.show_section("training")  # type: ignore[union-attr]
    settle(shell)
    save(window, out, "fr-training")
    shell.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
