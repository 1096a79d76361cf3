"""The coordinator's panel inside the kiosk: a name, a passphrase, and "Leave the kiosk".

It speaks the app's language (it is for the coordinator, not the respondent). The passphrase
is checked in the worker against the member's key slot, throttled like sign-in
(:func:`peerdesk.services.kiosk_exit.confirm_leave`); a wrong one is said inline, the field is
emptied, and the kiosk stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from peerdesk.ui.kit import messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    PassphraseField,
    busy_bar,
    field_block,
    primary_button,
    secondary_button,
    tag,
    text_label,
)

# Checks (name, passphrase) in the worker; raises a PeerDeskError when it does not open.
LeaveCheck = Callable[[str, str], object]


class LeavePanel(QWidget):
    """Signals: confirmed() after a right passphrase; cancelled() on "Back to the survey"."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, tasks: TaskRunner, check: LeaveCheck, keepers: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskLeavePanel")
        self.tasks, self._check = tasks, check
        self.title = tag(QLabel(self.tr("Leave the kiosk")), "pageTitle")
        self.about = text_label(self.tr(
            "For the coordinator: type your passphrase to end the survey kiosk and go back to "
            "PeerDesk. Answers already submitted are kept."), "kioskLeaveAbout")
        self.member = tag(QComboBox(), "kioskKeeperCombo", self.tr("Coordinator"))
        self.member.addItems(keepers)
        self.passphrase = PassphraseField("kioskPassphraseEdit", self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        self.message = MessageWidget("kioskLeaveMessage")
        self.busy = busy_bar("kioskLeaveBusy")
        self.back_button = secondary_button(self.tr("Back to the survey"), "kioskLeaveBack")
        self.back_button.clicked.connect(self.cancelled)
        self.leave_button = primary_button(self.tr("Leave the kiosk"), "kioskLeaveConfirm")
        self.leave_button.clicked.connect(self.submit)
        self.form = BusyForm(self.busy, (self.member, self.passphrase, self.leave_button,
                                         self.back_button), message=self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addLayout(field_block(self.tr("Coordinator"), self.member))
        layout.addLayout(field_block(self.tr("Passphrase"), self.passphrase))
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        layout.addLayout(buttons)

    def focus_first(self) -> None:
        self.passphrase.setFocus()

    def reset(self) -> None:
        """Forget the typed passphrase and any message."""
        self.passphrase.clear()
        self.message.hide_message()

    def submit(self) -> None:
        if not self.form.begin():
            return
        name, typed, check = self.member.currentText(), self.passphrase.text(), self._check
        if not typed:
            self.message.show_message(self.tr("Type your passphrase."), "error")
            self.passphrase.setFocus()
            return
        self.form.run(self.tasks, lambda: check(name, typed), self._opened, self._refused,
                      owner=self)

    def _opened(self, _result: object) -> None:
        self.reset()
        self.confirmed.emit()

    def _refused(self, exc: BaseException) -> None:
        self.passphrase.clear()
        self.message.show_message(messages.error_text(exc), "error")
        self.passphrase.setFocus()
