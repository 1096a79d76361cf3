"""Render the contact screens to PNG files (offscreen) at a 1366x768 laptop size, for review.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_contact_shots.py [OUT_DIR]
(default OUT_DIR: shots/). Not a test: a tool to look at the screens while working on them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from peerdesk.domain.vocab import ReferralType, Risk, SupporterState, Topic
from peerdesk.services import policy
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.contacts.section import LIST_TAB, ContactsSection
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from render_shots import PASSPHRASE, save, settle


def make_vault(folder: Path, contacts: int) -> None:
    ws, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                                kdf=crypto.KdfParams.weak_for_tests())
    policy.update_settings(ws, idle_lock_minutes=5, private_notes_enabled=True,
                           notes_expiry_days=30, suppression_threshold=5)
    make_demo_contacts(ws, contacts, seed=3)
    ws.lock()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-contact-shots-")) / "vault"
    make_vault(folder, 3000)
    theme.apply(app, True)
    shell = Shell(folder, True, dialogs=DialogService(), idle_lock_ms=0)
    shell.start()
    shell.window.resize(1366, 768)  # type: ignore[union-attr]
    edit = shell.window.findChild(QLineEdit, "passphraseEdit")  # type: ignore[union-attr]
    edit.setText(PASSPHRASE)
    edit.returnPressed.emit()
    settle(shell, 0.5)
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    section = window.findChild(ContactsSection, "contactsPage")
    form = section.form
    form.start_over()
    settle(shell)
    form.fields.date.setFocus()
    save(window, out, "contact-form-empty")
    fields = form.fields
    fields.duration.setValue(45)
    fields.topics.chip(Topic.WORK_STRESS).setChecked(True)
    fields.topics.chip(Topic.HEALTH_SLEEP).setChecked(True)
    fields.referrals.group.chip(ReferralType.EAP).setChecked(True)
    fields.follow_up.setCurrentIndex(3)
    fields.note.setPlainText("Shift pattern is wearing them down; check in after nights.")
    for box in list(form.checklist.boxes.values())[:5]:
        box.setChecked(True)
    fields.state.setCurrentIndex(fields.state.findData(SupporterState.AFFECTED.value))
    settle(shell)
    fields.topics.chip(Topic.HEALTH_SLEEP).setFocus()
    save(window, out, "contact-form-filled")
    fields.state.setCurrentIndex(0)
    fields.risk.setCurrentIndex(fields.risk.findData(Risk.IMMINENT_DANGER.value))
    settle(shell)
    form.save()
    settle(shell)
    form.escalation.add_button.setFocus()
    save(window, out, "contact-form-escalation")
    form.start_over()
    section.tabs.setCurrentIndex(LIST_TAB)
    settle(shell, 0.5)
    section.list.table.selectRow(2)
    section.list.table.setFocus()
    save(window, out, "contact-list")
    section.show_follow_ups()
    settle(shell)
    save(window, out, "follow-ups")
    window.showMaximized()
    _ = Qt
    shell.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
