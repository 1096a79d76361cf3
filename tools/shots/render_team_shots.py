"""Render the Team section (members, policy with an inline error, audit log), the add-member
dialog and the forced passphrase change to PNG files (offscreen) for review.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_team_shots.py [OUT_DIR]
(default OUT_DIR: shots/). Not a test: a tool to look at the screens while working on them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from PySide6.QtWidgets import QLineEdit

from peerdesk.domain.members import Role
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from peerdesk.ui.signin.change_passphrase_dialog import ChangePassphraseDialog
from peerdesk.ui.team.page import AUDIT_TAB, POLICY_TAB, TeamPage
from render_shots import PASSPHRASE, save, settle, sign_in

TEMPORARY = "copper meadow violin sunrise 19"


def _vault(folder: Path) -> None:
    workspace, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE)
    vault = workspace.vault
    for name, roles, must in (("Sam Okafor", {Role.TRAINER, Role.SUPPORTER}, False),
                              ("Priya Natarajan", {Role.SUPPORTER}, False),
                              ("Lee Halvorsen", {Role.SUPPORTER}, True)):
        vault.add_member(name, TEMPORARY, frozenset(roles), must_change=must)
    workspace.lock()
    for name in ("Sam Okafor", "Priya Natarajan"):
        Workspace.unlock(folder, name, TEMPORARY).lock()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme.apply(app, False)
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-team-shots-")) / "vault"
    _vault(folder)
    shell = Shell(folder, False, dialogs=DialogService())
    shell.start()
    settle(shell)
    sign_in(shell, PASSPHRASE, "Dana Reyes")
    window = shell.window
    window.show_section("team")  # type: ignore[union-attr]
    settle(shell)
    team = window.findChild(TeamPage, "teamPage")  # type: ignore[union-attr]
    disabled = team.members.model.row_of(
        next(m.user_id for m in team.members.model._members if m.name == "Priya Natarajan"))
    team.members.table.selectRow(disabled)
    team.members.toggle_disabled()
    settle(shell)
    save(window, out, "team-members")
    team.members.add_member()
    dialog = team.members.dialog
    dialog.name_edit.setText("Jordan Blake")
    dialog.passphrase.edit.setText("summer2024")
    dialog.ok_button.click()
    settle(shell)
    save(dialog, out, "team-add-member")
    dialog.reject()
    team.tabs.setCurrentIndex(POLICY_TAB)
    settle(shell)
    team.policy.idle_edit.setText("0")
    team.policy.threshold_edit.setText("2")
    team.policy.save()
    settle(shell)
    save(window, out, "team-policy-error")
    team.tabs.setCurrentIndex(AUDIT_TAB)
    settle(shell)
    team.audit.verify()
    settle(shell)
    save(window, out, "team-audit")
    window.lock()  # type: ignore[union-attr]
    settle(shell)
    sign_in(shell, TEMPORARY, "Lee Halvorsen")
    forced = shell.window.findChild(ChangePassphraseDialog)  # type: ignore[union-attr]
    forced.findChild(QLineEdit, "newOwnPassphraseEdit").setText("harbour lantern")
    settle(shell)
    save(forced, out, "forced-passphrase")
    shell.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
