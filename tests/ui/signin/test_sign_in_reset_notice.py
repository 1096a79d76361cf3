"""The member whose passphrase a coordinator reset is told who, when, and how often it was used."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from peerdesk.domain.members import Role
from peerdesk.services import team
from peerdesk.services.audit_log import AuditEntry
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.signin.change_passphrase_dialog import ChangePassphraseDialog
from peerdesk.ui.signin.unlock_screen import UnlockScreen
from peerdesk.ui.team.audit_model import ACTION, DETAILS, MEMBER, AuditTableModel

PASSPHRASE = "maple harbour lantern quietly 42"
TEMPORARY = "copper meadow violin sunrise 19"
OWN = "granite orchard pelican whisper 73"


def _reset_by_the_coordinator(folder) -> None:
    """Pat Peer has a passphrase of their own; Dana Reyes resets it."""
    kdf = crypto.KdfParams.weak_for_tests()
    ws = Workspace.unlock(folder, "Dana Reyes", PASSPHRASE)
    pat = ws.vault.add_member("Pat Peer", OWN, frozenset({Role.SUPPORTER}), must_change=False,
                              kdf=kdf)
    team.reset_passphrase(ws, pat.user_id, TEMPORARY, kdf=kdf)
    ws.lock()


def _sign_in(qtbot, shell, wait_idle, name: str, passphrase: str) -> MainWindow:
    combo = shell.window.findChild(QComboBox, "memberCombo")
    combo.setFocus()
    while combo.currentText() != name:  # the keyboard, as a person chooses a member
        before = combo.currentText()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() != before, f"{name} is not in the list"
    edit = shell.window.findChild(QLineEdit, "passphraseEdit")
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert edit.hasFocus()
    qtbot.keyClicks(edit, passphrase)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_idle()
    assert isinstance(shell.window, MainWindow)
    return shell.window


def test_the_member_is_told_of_the_reset_until_they_use_their_own_passphrase(
    qtbot, vault, make_shell, wait_idle
):
    _reset_by_the_coordinator(vault)
    shell = make_shell(vault)
    # The coordinator signs in as Pat with the temporary passphrase, then locks.
    window = _sign_in(qtbot, shell, wait_idle, "Pat Peer", TEMPORARY)
    notice = window.findChild(QLabel, "failedAttemptsNotice")
    assert notice.isVisible()
    told = re.match(r"Your passphrase was reset by Dana Reyes on (\S+ \d\d:\d\d)\. ",
                    notice.text())
    assert told is not None, notice.text()
    when = datetime.strptime(told.group(1), "%Y-%m-%d %H:%M")
    assert abs((datetime.now() - when).total_seconds()) < 120, "local time, to the minute"
    assert ("Before this sign-in, a temporary passphrase was used to sign in as you 0 times."
            in notice.text())
    assert notice.text().endswith(
        "Until you choose your own passphrase, whoever knows the temporary one can sign in "
        "as you.")
    with qtbot.waitSignal(window.locked, timeout=10_000):
        qtbot.keyClick(window.findChild(ChangePassphraseDialog), Qt.Key.Key_Escape)
    wait_idle()
    assert isinstance(shell.window, UnlockScreen)
    # Pat signs in: the earlier use of the temporary passphrase is there to read.
    window = _sign_in(qtbot, shell, wait_idle, "Pat Peer", TEMPORARY)
    notice = window.findChild(QLabel, "failedAttemptsNotice")
    assert "used to sign in as you 1 time." in notice.text()
    dialog = window.findChild(ChangePassphraseDialog)
    dialog.current.edit.setText(TEMPORARY)
    dialog.new.edit.setText(OWN + " again")
    dialog.repeat_edit.setText(OWN + " again")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    wait_idle()
    assert not dialog.isVisible()
    window.lock()
    wait_idle()
    # With the passphrase Pat chose, the notice is shown one last time.
    window = _sign_in(qtbot, shell, wait_idle, "Pat Peer", OWN + " again")
    notice = window.findChild(QLabel, "failedAttemptsNotice")
    assert notice.isVisible()
    assert "Dana Reyes" in notice.text()
    assert "used to sign in as you 2 times." in notice.text()
    assert "Until you choose" not in notice.text()
    window.lock()
    wait_idle()
    window = _sign_in(qtbot, shell, wait_idle, "Pat Peer", OWN + " again")
    assert not window.findChild(QLabel, "failedAttemptsNotice").isVisible()


def test_the_audit_log_reads_the_reset_entries_in_words(qtmodeltester):
    entries = [
        AuditEntry(3, "2026-03-01T09:40:00Z", "u2", "told_of_reset",
                   {"count": 1, "temporary_sign_ins": 2}),
        AuditEntry(2, "2026-03-01T09:35:00Z", "u2", "signed_in", {"temporary_passphrase": True}),
        AuditEntry(1, "2026-03-01T09:30:00Z", "u1", "passphrase_reset",
                   {"target": "u2", "via_recovery": False}),
    ]
    model = AuditTableModel()
    model.reset(entries, {"u1": "Dana Reyes", "u2": "Pat Peer"})
    qtmodeltester.check(model)
    rows = [(model.index(r, MEMBER).data(), model.index(r, ACTION).data(),
             model.index(r, DETAILS).data()) for r in range(model.rowCount())]
    assert rows == [
        ("Pat Peer", "Told of a passphrase reset",
         "count: 1 · sign-ins with a temporary passphrase: 2"),
        ("Pat Peer", "Signed in", "with a temporary passphrase"),
        ("Dana Reyes", "Passphrase reset", "member: Pat Peer"),
    ]
