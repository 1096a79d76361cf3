"""Helpers for the contact screen tests: vaults with contacts, signing in, driving the form."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.domain.contacts import ContactDraft
from peerdesk.domain.vocab import Channel, Format, InitiatedBy, MemberGroup, Topic
from peerdesk.services import policy
from peerdesk.services.workspace import Workspace
from peerdesk.ui.contacts.section import ContactsSection
from peerdesk.ui.shell.main_window import MainWindow
from shell_support import PASSPHRASE, sign_in_window

NAME = "Dana Reyes"


def draft(**changes: Any) -> ContactDraft:
    values: dict[str, Any] = {
        "occurred_on": date.today() - timedelta(days=1), "duration_min": 20,
        "channel": Channel.PHONE, "initiated_by": InitiatedBy.SELF_REFERRAL,
        "member_group": MemberGroup.POLICE, "format": Format.ONE_TO_ONE,
        "topics": frozenset({Topic.WORK_STRESS}),
    }
    values.update(changes)
    return ContactDraft(**values)


def prepare(folder: Path, *, notes: bool = False, work: Any = None) -> Any:
    """Open the vault, set policy, run ``work(ws)``, lock; returns what ``work`` returned."""
    ws = Workspace.unlock(folder, NAME, PASSPHRASE)
    try:
        if notes:
            policy.update_settings(ws, idle_lock_minutes=5, private_notes_enabled=True,
                                   notes_expiry_days=30, suppression_threshold=5)
        return work(ws) if work is not None else None
    finally:
        ws.lock()


def sign_in(qtbot: Any, shell: Any, wait_idle: Any) -> tuple[MainWindow, ContactsSection]:
    window = sign_in_window(qtbot, shell, wait_idle)
    section = window.findChild(ContactsSection, "contactsPage")
    assert section is not None
    wait_idle()
    return window, section


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          times: int = 1) -> None:
    """Press a key on whatever has the focus (like a person at the keyboard)."""
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def save_with_keyboard(qtbot: Any, wait_idle: Any) -> None:
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
