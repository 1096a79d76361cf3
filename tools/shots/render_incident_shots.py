"""Render the Incidents section, its dialogs, the contact form's incident picker and the incident
follow-ups to PNG files (offscreen) at 1366x768 and 1280x720, in English or French, for review.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_incident_shots.py [OUT_DIR]
[--fr] (default OUT_DIR: shots/). Not a test: a tool to look at the screens while working on
them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtWidgets import QWidget

from peerdesk.domain.incidents import IncidentDraft
from peerdesk.domain.members import Role
from peerdesk.domain.vocab import IncidentType, MemberGroup
from peerdesk.services import incidents, team
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.demo_incidents import make_demo_incidents
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from render_shots import PASSPHRASE, save, settle, sign_in

FAST = crypto.KdfParams.weak_for_tests()


def make_vault(folder: Path) -> None:
    ws, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                                kdf=FAST)
    for name in ("Ari Moreau", "Bo Lindqvist", "Chris Okafor"):
        team.add_member(ws, name, PASSPHRASE, frozenset({Role.SUPPORTER}), kdf=FAST)
    make_demo_contacts(ws, 900, seed=3)
    make_demo_incidents(ws, 14, seed=5)
    # One of Dana's own, its acute phase closed a week ago: a follow-up due today.
    incident_id = incidents.log(ws, IncidentDraft(
        occurred_at=datetime.now().replace(second=0, microsecond=0) - timedelta(days=10),
        kind=IncidentType.COLLEAGUE_SUICIDE, member_groups=frozenset({MemberGroup.POLICE}),
        personnel_involved=9, lead=ws.member.user_id))
    incidents.close_acute_phase(ws, incident_id, today=date.today() - timedelta(days=7))
    ws.lock()


def shoot(shell: Shell, window: QWidget, out: Path, suffix: str) -> None:
    from peerdesk.ui.contacts.section import FOLLOW_UPS_TAB, ContactsSection
    from peerdesk.ui.incidents.page import IncidentsPage

    window.show_section("incidents")  # type: ignore[attr-defined]
    settle(shell, 0.6)
    page = window.findChild(IncidentsPage, "incidentsPage")
    assert page is not None
    page.status.setCurrentIndex(2)  # all
    settle(shell, 0.5)
    save(window, out, f"incidents-list{suffix}")
    open_rows = [r for r in page.model.rows() if r.status.value == "open"]
    target = open_rows[0] if open_rows else page.model.rows()[0]
    page.open_incident(target.id)
    settle(shell, 0.5)
    save(window, out, f"incident-detail{suffix}")
    page.detail.scroll_area.verticalScrollBar().setValue(10_000)
    settle(shell)
    save(window, out, f"incident-detail-bottom{suffix}")
    for name, opener in (("incident-dialog-edit", page.edit_incident),
                         ("incident-intervention", page.log_intervention),
                         ("incident-assign", page.assign),
                         ("incident-close-acute", page.close_acute)):
        dialog = opener()
        settle(shell)
        if dialog is not None:
            save(dialog, out, f"{name}{suffix}")
            dialog.reject()
            settle(shell)
    page.show_list()
    settle(shell)
    dialog = page.log_incident()
    settle(shell)
    save(dialog, out, f"incident-dialog-new{suffix}")
    dialog.reject()
    days = page.change_follow_up_days()
    settle(shell)
    save(days, out, f"incident-follow-up-days{suffix}")
    days.reject()
    page.open_incident(target.id)
    settle(shell, 0.5)
    page.detail.contact_button.click()
    settle(shell, 0.6)
    save(window, out, f"contact-form-for-incident{suffix}")
    contacts = window.findChild(ContactsSection, "contactsPage")
    contacts.form.start_over()
    contacts.tabs.setCurrentIndex(FOLLOW_UPS_TAB)
    settle(shell, 0.5)
    save(window, out, f"follow-ups-with-incidents{suffix}")


def main(out: Path, french: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if french:
        os.environ["LANG"] = "fr_CA.UTF-8"
        os.environ["LANGUAGE"] = "fr_CA"
    app = create_application()
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-incident-shots-")) / "vault"
    make_vault(folder)
    theme.apply(app, True)
    for width, height in ((1366, 768), (1280, 720)):
        shell = Shell(folder, True, dialogs=DialogService(), idle_lock_ms=0)
        shell.start()
        shell.window.resize(width, height)  # type: ignore[union-attr]
        sign_in(shell, PASSPHRASE, "Dana Reyes")
        settle(shell, 0.5)
        window = shell.window
        assert window is not None
        window.resize(width, height)
        suffix = f"-{width}" + ("-fr" if french else "")
        shoot(shell, window, out, suffix)
        window.lock()  # type: ignore[attr-defined]
        settle(shell)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(Path(args[0] if args else "shots"), "--fr" in sys.argv)
