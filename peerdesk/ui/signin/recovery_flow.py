"""Forgot passphrase: recovery key -> coordinator and new passphrase -> done, back to sign-in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.members import Member
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.screen import card_page, heading
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
    text_label,
)

# The workspace (and the storage behind it) is imported when a recovery key is used.
if TYPE_CHECKING:
    from peerdesk.services.workspace import Workspace


class RecoveryFlow(QObject):
    """Three cards, shown by the owning window; the recovery workspace is open only between
    the first card and the last.

    Signals:
        cardRequested(QWidget): show this card (one of :meth:`cards`).
        finished(str): the named coordinator has a new passphrase.
        cancelled(): the person went back to sign-in.
    """

    cardRequested = Signal(object)
    finished = Signal(str)
    cancelled = Signal()

    def __init__(self, folder: Path, tasks: TaskRunner, guard: UnlockGuard,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryFlow")
        self._folder = folder
        self._tasks = tasks
        self._guard = guard
        self._workspace: Workspace | None = None
        self._coordinators: list[Member] = []
        self.key_card = self._key_page()
        self.reset_card = self._reset_page()
        self.done_card = self._done_page()

    def cards(self) -> list[QWidget]:
        return [self.key_card, self.reset_card, self.done_card]

    @property
    def workspace(self) -> Workspace | None:
        """The open recovery workspace, if any (the owner locks it when closing)."""
        return self._workspace

    def restart(self) -> None:
        self.key_edit.clear()
        self.key_message.hide_message()
        self.cardRequested.emit(self.key_card)
        self.key_edit.setFocus()

    # ------------------------------------------------------------------ 1: recovery key

    def _key_page(self) -> QWidget:
        card, layout = card_page()
        layout.addLayout(heading(
            self.tr("Recover access"),
            self.tr("Type the recovery key from the sheet made when PeerDesk was set up. It lets "
                    "you give a coordinator a new passphrase.")))
        self.key_edit = tag(QLineEdit(), "recoveryKeyEdit", self.tr("Recovery key"))
        self.key_edit.setFont(QFont("DejaVu Sans Mono"))
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_message = MessageWidget("recoveryKeyMessage")
        self.key_busy = busy_bar("recoveryBusyBar")
        back = secondary_button(self.tr("Back to sign in"), "recoveryBackButton")
        self.key_button = primary_button(self.tr("Continue"), "recoveryContinueButton")
        layout.addLayout(field_block(self.tr("Recovery &key"), self.key_edit))
        layout.addWidget(self.key_message)
        layout.addWidget(self.key_busy)
        layout.addLayout(_buttons(back, self.key_button))
        self.key_form = BusyForm(self.key_busy, (self.key_edit, self.key_button),
                                 message=self.key_message)
        self.key_edit.returnPressed.connect(self._open)
        self.key_button.clicked.connect(self._open)
        back.clicked.connect(self.cancelled)
        return card

    def _open(self) -> None:
        if not self.key_form.begin():
            return
        folder, key, guard = self._folder, self.key_edit.text(), self._guard

        def open_and_list() -> tuple[Workspace, list[Member]]:
            from peerdesk.services.workspace import Workspace  # noqa: PLC0415

            workspace = Workspace.recover(folder, key, guard)
            try:
                return workspace, workspace.recovery_coordinators()
            except BaseException:
                workspace.lock()
                raise

        self.key_form.run(self._tasks, open_and_list, self._opened, self._open_failed, owner=self)

    def _opened(self, result: tuple[Workspace, list[Member]]) -> None:
        self._workspace, self._coordinators = result
        self.key_edit.clear()
        self.coordinator_combo.clear()
        self.coordinator_combo.addItems([m.name for m in self._coordinators])
        self.cardRequested.emit(self.reset_card)
        self.coordinator_combo.setFocus()

    def _open_failed(self, exc: BaseException) -> None:
        self.key_message.show_message(messages.error_text(exc))
        self.key_edit.selectAll()
        self.key_edit.setFocus()

    # ------------------------------------------------------------------ 2: new passphrase

    def _reset_page(self) -> QWidget:
        card, layout = card_page()
        layout.addLayout(heading(
            self.tr("Choose a new passphrase"),
            self.tr("Private notes written under the old passphrase can no longer be read. The "
                    "contact log and everything else stay as they are.")))
        self.coordinator_combo = tag(QComboBox(), "coordinatorCombo", self.tr("Coordinator"))
        self.new_passphrase = PassphraseField("newPassphraseEdit", self.tr("New passphrase"))
        self.new_meter = StrengthMeter("newStrength")
        self.new_error = FieldError("newPassphraseError")
        self.new_repeat = tag(QLineEdit(), "newRepeatEdit", self.tr("Repeat new passphrase"))
        self.new_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_repeat_error = FieldError("newRepeatError")
        self.reset_message = MessageWidget("resetMessage")
        self.reset_busy = busy_bar("resetBusyBar")
        cancel = secondary_button(self.tr("Cancel"), "resetCancelButton")
        self.reset_button = primary_button(self.tr("Set new passphrase"), "setPassphraseButton")
        layout.addLayout(field_block(self.tr("&Coordinator"), self.coordinator_combo))
        layout.addLayout(field_block(self.tr("&New passphrase"), self.new_passphrase,
                                     self.new_error, self.new_meter))
        layout.addLayout(field_block(self.tr("&Repeat new passphrase"), self.new_repeat,
                                     self.new_repeat_error))
        layout.addWidget(self.reset_message)
        layout.addWidget(self.reset_busy)
        layout.addLayout(_buttons(cancel, self.reset_button))
        self.new_passphrase.edit.textChanged.connect(self._rate)
        self.new_passphrase.returnPressed.connect(self._reset)
        self.new_repeat.returnPressed.connect(self._reset)
        self.reset_button.clicked.connect(self._reset)
        self.reset_form = BusyForm(
            self.reset_busy,
            (self.coordinator_combo, self.new_passphrase, self.new_repeat, self.reset_button),
            errors=(self.new_error, self.new_repeat_error), message=self.reset_message)
        cancel.clicked.connect(self._cancel_reset)
        return card

    def _rate(self, text: str) -> None:
        self.new_meter.update_for(text, [self.coordinator_combo.currentText()])
        self.new_error.set_error("")

    def _reset(self) -> None:
        index = self.coordinator_combo.currentIndex()
        workspace = self._workspace
        if workspace is None or index < 0 or not self.reset_form.begin():
            return
        member = self._coordinators[index]
        new, repeat = self.new_passphrase.text(), self.new_repeat.text()

        def reset_and_lock() -> str:
            workspace.reset_with_recovery(member.user_id, new, repeat)
            workspace.lock()
            return member.name

        self.reset_form.run(self._tasks, reset_and_lock, self._reset_done, self._reset_failed,
                            owner=self)

    def _reset_done(self, name: str) -> None:
        self._workspace = None
        self._done_name = name
        self.new_passphrase.clear()
        self.new_repeat.clear()
        self.done_text.setText(
            self.tr("{name} has a new passphrase. Sign in with it now.").replace("{name}", name))
        self.cardRequested.emit(self.done_card)
        self.done_button.setFocus()

    def _reset_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            if "passphrase" in exc.field_errors:
                self.new_error.set_error(messages.field_error(exc.field_errors["passphrase"]))
                self.new_passphrase.setFocus()
            if "repeat" in exc.field_errors:
                self.new_repeat_error.set_error(messages.field_error(exc.field_errors["repeat"]))
                self.new_repeat.clear()
                self.new_repeat.setFocus()
            return
        self.reset_message.show_message(messages.error_text(exc))

    def _cancel_reset(self) -> None:
        self.close_workspace()
        self.new_passphrase.clear()
        self.new_repeat.clear()
        self.cancelled.emit()

    def close_workspace(self) -> None:
        """Lock the recovery workspace (through the worker) if it is open."""
        workspace, self._workspace = self._workspace, None
        if workspace is not None:
            self._tasks.run(workspace.lock)

    # ------------------------------------------------------------------ 3: done

    def _done_page(self) -> QWidget:
        card, layout = card_page()
        layout.addLayout(heading(self.tr("Passphrase changed")))
        self.done_text = text_label("", "recoveryDoneText")
        self.done_button = primary_button(self.tr("Back to sign in"), "backToSignInButton")
        layout.addWidget(self.done_text)
        layout.addLayout(_buttons(None, self.done_button))
        self.done_button.clicked.connect(lambda: self.finished.emit(self._done_name))
        self._done_name = ""
        return card


def _buttons(secondary: QWidget | None, primary: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    if secondary is not None:
        row.addWidget(secondary)
    row.addStretch(1)
    row.addWidget(primary)
    return row
