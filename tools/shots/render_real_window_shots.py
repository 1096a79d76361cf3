"""Screens at a 1366×768 station laptop in a real X window, grabbed from the screen.

Usage (needs an X server at that size, e.g. ``Xvfb :78 -screen 0 1366x768x24``):
    DISPLAY=:78 QT_QPA_PLATFORM=xcb .venv/bin/python \
        tools/shots/render_real_window_shots.py OUT [fr]
The window is maximized as a member would have it; each screen is grabbed from the root window,
so popups and the window frame's room count. Not a test: a tool to look at the screens.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QTabWidget

from peerdesk.domain.vocab import ReferralType, Topic
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.contacts.section import FOLLOW_UPS_TAB, LIST_TAB, ContactsSection
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from render_shots import PASSPHRASE, settle

FRENCH_QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "peerdesk_fr_CA.qm"


def grab(out: Path, name: str) -> None:
    QGuiApplication.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))


def main(out: Path, french: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    if french:
        translator = QTranslator(app)
        assert translator.load(str(FRENCH_QM))
        app.installTranslator(translator)
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-real-shots-")) / "vault"
    ws, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                                kdf=crypto.KdfParams.weak_for_tests())
    make_demo_contacts(ws, 400, seed=3)
    ws.lock()
    theme.apply(app, True)
    shell = Shell(folder, True, dialogs=DialogService(), idle_lock_ms=0)
    shell.start()
    edit = shell.window.findChild(QLineEdit, "passphraseEdit")  # type: ignore[union-attr]
    edit.setText(PASSPHRASE)
    edit.returnPressed.emit()
    settle(shell, 1.0)
    window = shell.window
    assert window is not None
    window.showMaximized()
    screen = window.screen()
    if window.size() != screen.availableGeometry().size():  # no window manager to maximize
        window.setGeometry(screen.availableGeometry())
    settle(shell, 1.0)
    section = window.findChild(ContactsSection, "contactsPage")
    fields = section.form.fields
    fields.date.setFocus()
    settle(shell)
    grab(out, "contact-form")
    fields.topics.chip(Topic.CRITICAL_INCIDENT).setChecked(True)
    fields.topics.chip(Topic.FAMILY_RELATIONSHIPS).setChecked(True)
    for kind in (ReferralType.CRISIS_LINE, ReferralType.SUBSTANCE_USE_TREATMENT):
        fields.referrals.group.chip(kind).setChecked(True)
    settle(shell)
    grab(out, "contact-form-chosen")
    section.tabs.setCurrentIndex(LIST_TAB)
    settle(shell, 1.0)
    grab(out, "my-contacts")
    section.tabs.setCurrentIndex(FOLLOW_UPS_TAB)
    settle(shell, 1.0)
    grab(out, "follow-ups")
    for key in ("referrals", "statistics"):
        window.show_section(key)
        settle(shell, 1.0)
        grab(out, key)
        for tabs in window.pages.currentWidget().findChildren(QTabWidget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle(shell, 0.6)
                grab(out, f"{key}-tab{index}")
    shell.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"), "fr" in sys.argv[2:])
