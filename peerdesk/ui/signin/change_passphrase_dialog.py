"""Change your own passphrase: from the header at any time, or forced after a temporary one.

The change derives new keys, so it runs in the worker. In the forced form the only way out
other than a new passphrase is to lock (Cancel and Esc both lock).
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from peerdesk.domain.errors import ValidationError
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.screen import heading
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    FieldError,
    MessageWidget,
    PassphraseField,
    StrengthMeter,
    busy_bar,
    field_block,
    primary_button,
    secondary_button,
    tag,
)


class ChangePassphraseDialog(QDialog):
    """Asks for the current passphrase and a new one typed twice.

    Args:
        forced: the member holds a temporary passphrase and may do nothing else first.
    """

    def __init__(self, workspace: Workspace, tasks: TaskRunner, name: str, *,
                 forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setModal(True)
        self.setMinimumWidth(500)
        self._ws = workspace
        self._tasks = tasks
        self._name = name
        self.forced = forced
        title = self.tr("Choose your own passphrase") if forced else self.tr(
            "Change your passphrase")
        intro = self.tr(
            "You signed in with a temporary passphrase from a coordinator. Choose one only you "
            "know before you continue.") if forced else self.tr(
            "Your private notes stay readable; you will sign in with the new passphrase.")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addLayout(heading(title, intro))
        self.current = PassphraseField(
            "currentPassphraseEdit",
            self.tr("Temporary passphrase") if forced else self.tr("Current passphrase"))
        self.current_error = FieldError("currentPassphraseError")
        self.new = PassphraseField("newOwnPassphraseEdit", self.tr("New passphrase"))
        self.meter = StrengthMeter("ownStrength")
        self.new_error = FieldError("newOwnPassphraseError")
        self.repeat_edit = tag(QLineEdit(), "repeatOwnPassphraseEdit",
                               self.tr("Repeat new passphrase"))
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_error = FieldError("repeatOwnPassphraseError")
        self.message = MessageWidget("changePassphraseMessage")
        self.busy = busy_bar("changePassphraseBusy")
        layout.addLayout(field_block(
            self.tr("&Temporary passphrase") if forced else self.tr("C&urrent passphrase"),
            self.current, self.current_error))
        layout.addLayout(field_block(self.tr("&New passphrase"), self.new, self.new_error,
                                     self.meter))
        layout.addLayout(field_block(self.tr("&Repeat new passphrase"), self.repeat_edit,
                                     self.repeat_error))
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.ok_button = primary_button(self.tr("Change passphrase"), "changePassphraseOk")
        self.ok_button.setDefault(True)
        self.cancel_button = secondary_button(
            self.tr("Lock instead") if forced else self.tr("Cancel"), "changePassphraseCancel")
        self.cancel_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        self.form = BusyForm(self.busy, (self.current, self.new, self.repeat_edit, self.ok_button),
                             errors=(self.current_error, self.new_error, self.repeat_error),
                             message=self.message)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.new.edit.textChanged.connect(self._rate)
        self.current.edit.textChanged.connect(lambda _t: self.current_error.set_error(""))
        self.repeat_edit.textChanged.connect(lambda _t: self.repeat_error.set_error(""))
        order = (self.current.edit, self.current.reveal, self.new.edit, self.new.reveal,
                 self.repeat_edit, self.ok_button, self.cancel_button)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.current.setFocus()

    def _rate(self, text: str) -> None:
        self.meter.update_for(text, [self._name])
        self.new_error.set_error("")

    def _submit(self) -> None:
        if not self.form.begin():
            return
        ws = self._ws
        old, new, repeat = self.current.text(), self.new.text(), self.repeat_edit.text()
        self.form.run(self._tasks, lambda: ws.change_own_passphrase(old, new, repeat),
                      lambda _r: self.accept(), self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            fields = (("passphrase", self.new_error, self.new.edit),
                      ("repeat", self.repeat_error, self.repeat_edit))
            if "repeat" in exc.field_errors:
                self.repeat_edit.clear()  # before the error line, which clearing would hide
            first: QWidget | None = None
            for key, label, edit in fields:
                if key in exc.field_errors:
                    label.set_error(messages.field_error(exc.field_errors[key]))
                    first = first or edit
            (first or self.new.edit).setFocus()
        elif getattr(exc, "code", "") == "wrong_passphrase":
            self.current.clear()
            self.current_error.set_error(self.tr(
                "This is not your current passphrase. Check Caps Lock and try again."))
            self.current.setFocus()
        else:
            self.message.show_message(messages.error_text(exc))

    def done(self, result: int) -> None:
        for field in (self.current, self.new):
            field.clear()  # nothing typed outlives the dialog
        self.repeat_edit.clear()
        super().done(result)
