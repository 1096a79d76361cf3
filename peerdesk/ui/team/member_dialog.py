"""One dialog for a coordinator's member changes: add a member, change roles, reset passphrase.

The dialog only collects values and shows errors; the members page runs the service call in the
worker (key derivation for a new or reset passphrase) and answers with :meth:`show_error` or
``accept()``. Enter submits, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import MemberExists, ValidationError
from peerdesk.domain.members import Member, Role
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.screen import heading
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
    text_label,
)

ADD, ROLES, RESET = "add", "roles", "reset"
_ROLE_ORDER = (Role.SUPPORTER, Role.COORDINATOR, Role.TRAINER)


class MemberDialog(QDialog):
    """Collects a new member, a member's roles, or a temporary passphrase.

    Args:
        mode: ADD, ROLES or RESET.
        member: the member changed (ROLES and RESET).

    Signals:
        submitted(): the person asked to save; read :meth:`values`.
    """

    submitted = Signal()

    def __init__(self, mode: str, parent: QWidget | None = None,
                 member: Member | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.member = member
        self.setObjectName("memberDialog")
        self.setModal(True)
        self.setMinimumWidth(480)
        name = member.name if member else ""
        titles = {
            ADD: (self.tr("Add a member"), self.tr(
                "They sign in with this name and the temporary passphrase you give them, then "
                "choose their own passphrase at once.")),
            ROLES: (self.tr("Change roles"), self.tr("Choose what {name} may do.")
                    .replace("{name}", name)),
            RESET: (self.tr("Reset passphrase"), self.tr(
                "{name} signs in with this temporary passphrase and then chooses a new one. "
                "Their private notes become unreadable: they are locked with the old "
                "passphrase and nobody can open them again.").replace("{name}", name)),
        }
        title, intro = titles[mode]
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addLayout(heading(title, intro))
        self.name_edit = tag(QLineEdit(), "memberNameEdit", self.tr("Name"))
        self.name_edit.setMaxLength(60)
        self.name_error = FieldError("memberNameError")
        self.role_checks: dict[Role, QCheckBox] = {}
        self.roles_error = FieldError("rolesError")
        self.passphrase = PassphraseField("temporaryPassphraseEdit",
                                          self.tr("Temporary passphrase"))
        self.passphrase.reveal.setChecked(True)  # it is meant to be read out to the member
        self.meter = StrengthMeter("temporaryStrength")
        self.passphrase_error = FieldError("temporaryPassphraseError")
        if mode == ADD:
            layout.addLayout(field_block(self.tr("&Name"), self.name_edit, self.name_error))
        if mode in (ADD, ROLES):
            layout.addLayout(self._roles_block(member))
        if mode in (ADD, RESET):
            layout.addLayout(field_block(self.tr("&Temporary passphrase"), self.passphrase,
                                         self.passphrase_error, self.meter))
        self.message = MessageWidget("memberDialogMessage")
        self.busy = busy_bar("memberDialogBusy")
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(self._buttons(mode))
        self.form = BusyForm(self.busy, (self.ok_button,),
                             errors=(self.name_error, self.roles_error, self.passphrase_error),
                             message=self.message)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.passphrase.edit.textChanged.connect(self._rate)
        self.name_edit.textChanged.connect(lambda _t: self.name_error.set_error(""))
        first = {ADD: self.name_edit, ROLES: next(iter(self.role_checks.values()), None),
                 RESET: self.passphrase.edit}[mode]
        if first is not None:
            first.setFocus()

    def _buttons(self, mode: str) -> QHBoxLayout:
        labels = {ADD: self.tr("Add member"), ROLES: self.tr("Save roles"),
                  RESET: self.tr("Reset passphrase")}
        self.ok_button = primary_button(labels[mode], "memberDialogOk")
        self.ok_button.setDefault(True)
        self.cancel_button = secondary_button(self.tr("Cancel"), "memberDialogCancel")
        self.cancel_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        return row

    def _roles_block(self, member: Member | None) -> QVBoxLayout:
        block = QVBoxLayout()
        block.setSpacing(2)
        block.addWidget(tag(text_label(self.tr("Roles"), "fieldLabel", wrap=False), "fieldLabel"))
        for role in _ROLE_ORDER:
            box = tag(QCheckBox(messages.role_name(role)), f"role_{role.value}",
                      messages.role_name(role))
            box.setChecked(role in member.roles if member else role is Role.SUPPORTER)
            box.toggled.connect(lambda _on: self.roles_error.set_error(""))
            self.role_checks[role] = box
            block.addWidget(box)
        block.addWidget(self.roles_error)
        return block

    def _rate(self, text: str) -> None:
        self.meter.update_for(text, [self.name_edit.text() or (self.member.name
                                                                if self.member else "")])
        self.passphrase_error.set_error("")

    # ------------------------------------------------------------------ for the page

    def values(self) -> tuple[str, frozenset[Role], str]:
        """(name, roles, temporary passphrase) as typed."""
        roles = frozenset(r for r, box in self.role_checks.items() if box.isChecked())
        return self.name_edit.text().strip(), roles, self.passphrase.text()

    def _submit(self) -> None:
        if self.form.begin():
            self.submitted.emit()

    def show_error(self, exc: BaseException) -> None:
        """Field errors next to their fields; anything else in the message line."""
        if not isinstance(exc, ValidationError):
            self.message.show_message(messages.error_text(exc))
            if isinstance(exc, MemberExists):
                self.name_edit.setFocus()
            return
        targets = (("name", self.name_error, self.name_edit),
                   ("roles", self.roles_error, next(iter(self.role_checks.values()), None)),
                   ("passphrase", self.passphrase_error, self.passphrase.edit))
        first: QWidget | None = None
        for key, label, widget in targets:
            if key in exc.field_errors:
                label.set_error(messages.field_error(exc.field_errors[key]))
                first = first or widget
        if "passphrase" in exc.field_errors:
            self.meter.warning.hide()  # the error line says it; once is enough
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        self.passphrase.clear()  # nothing typed outlives the dialog
        super().done(result)
