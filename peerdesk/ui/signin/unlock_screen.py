"""Sign-in: choose a member, type the passphrase, unlock (in the background)."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from peerdesk.domain.errors import PeerDeskError
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.storage.sign_in_list import VaultInfo
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.screen import ScreenWindow, card_page, heading
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    PassphraseField,
    busy_bar,
    field_block,
    primary_button,
    secondary_button,
    tag,
)
from peerdesk.ui.signin.recovery_flow import RecoveryFlow

# Start light: what signing in and the training workspace need is imported when used, so the
# sign-in window paints sooner.
if TYPE_CHECKING:
    from peerdesk.services.workspace import Workspace

SIGN_IN_PAGE = 0
RECOVERY_PAGE = 1


class UnlockScreen(ScreenWindow):
    """The window shown while the vault is locked.

    Args:
        info: what the plain key-slot file says (names for the member list, training flag).
        guard: the app's failed-unlock counter, shared with the recovery flow.
        member: the name to preselect (the last one signed in).
        startup_error: an error met while reading the key-slot file, shown at once.
        training_folder: where the training workspace lives; None hides "Open training
            workspace" (a training vault's own sign-in already is that).
        training_dialog: makes the dialog opening the training workspace (the Training
            feature's, passed in by the shell): (folder, exists, tasks, dialogs, parent).
            The button shows only with both ``training_folder`` and this.
        note: why the sign-in shows (for example, locked because the computer was idle).

    Signals:
        unlocked(Workspace): a member signed in, or the training workspace was opened.
    """

    unlocked = Signal(object)

    def __init__(self, info: VaultInfo, tasks: TaskRunner, guard: UnlockGuard,
                 dialogs: DialogService, *, member: str = "",
                 startup_error: PeerDeskError | None = None,
                 training_folder: Path | None = None, note: str = "",
                 training_dialog: Callable[..., Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(info.training, parent)
        self._folder = info.folder
        self._training_folder = training_folder if training_dialog is not None else None
        self._make_training_dialog = training_dialog
        self.training_dialog: Any = None  # the open one, if any
        self._tasks = tasks
        self._guard = guard
        self._dialogs = dialogs
        self.add_page(self._sign_in_page(info, member))
        self.recovery = RecoveryFlow(info.folder, tasks, guard, self)
        self.recovery.cancelled.connect(self.show_sign_in)
        self.recovery.finished.connect(self.show_sign_in)
        self._card_pages = {id(card): self.add_page(card) for card in self.recovery.cards()}
        self.recovery.cardRequested.connect(
            lambda card: self.show_page(self._card_pages[id(card)]))
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.show_page(SIGN_IN_PAGE)
        if startup_error is not None:
            self.message.show_message(messages.error_text(startup_error))
        self._tick()
        if note and not self.message.text():
            self.message.show_message(note, "info")
        self.passphrase.setFocus()

    def _sign_in_page(self, info: VaultInfo, member: str) -> QWidget:
        card, layout = card_page(spacing=18)
        title = self.tr("PeerDesk training") if info.training else self.tr("PeerDesk")
        intro = (self.tr("Sign in to the practice vault. Nothing in it is real.") if info.training
                 else self.tr("Sign in to open your team's vault."))
        layout.addLayout(heading(title, intro))
        self.member_combo = tag(QComboBox(), "memberCombo", self.tr("Member"))
        self.member_combo.addItems(list(info.member_names))
        self.member_combo.setEditable(not info.member_names)
        if member in info.member_names:
            self.member_combo.setCurrentText(member)
        self.passphrase = PassphraseField("passphraseEdit", self.tr("Passphrase"))
        self.message = MessageWidget("unlockMessage")
        self.busy = busy_bar()
        self.unlock_button = primary_button(self.tr("Unlock"), "unlockButton")
        self.forgot_button = secondary_button(
            self.tr("Forgot passphrase?"), "forgotButton", link=True)
        layout.addLayout(field_block(self.tr("&Member"), self.member_combo))
        layout.addLayout(field_block(self.tr("&Passphrase"), self.passphrase))
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.training_button = secondary_button(
            self.tr("Open training workspace"), "openTrainingWorkspaceButton", link=True)
        self.training_button.setToolTip(self.tr(
            "Practice data for classroom drills, kept apart from this vault"))
        self.training_button.setVisible(self._training_folder is not None)
        self.training_button.clicked.connect(self.open_training)
        training_row = QHBoxLayout()
        training_row.addWidget(self.training_button)
        training_row.addStretch(1)
        layout.addLayout(training_row)
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.forgot_button.clicked.connect(self.show_recovery)
        self.member_combo.currentIndexChanged.connect(lambda _i: self.message.hide_message())
        QWidget.setTabOrder(self.member_combo, self.passphrase.edit)
        QWidget.setTabOrder(self.passphrase.edit, self.passphrase.reveal)
        QWidget.setTabOrder(self.passphrase.reveal, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.forgot_button)
        QWidget.setTabOrder(self.forgot_button, self.training_button)
        return card

    # ------------------------------------------------------------------ navigation

    def show_recovery(self) -> None:
        self.message.hide_message()
        self.passphrase.clear()
        self.recovery.restart()

    def show_sign_in(self, member: str = "") -> None:
        if member:
            self.member_combo.setCurrentText(member)
            self.message.show_message(
                self.tr("{name} can now sign in with the new passphrase.").replace(
                    "{name}", member), "positive")
        self.show_page(SIGN_IN_PAGE)
        self._tick()
        self.passphrase.setFocus()

    def open_training(self) -> None:
        """Ask for the classroom passphrase (or a new one, the first time) in a dialog."""
        folder = self._training_folder
        if folder is None or self.busy.isVisible():
            return
        self.message.hide_message()
        self._set_busy(True)
        from peerdesk.services import drills  # noqa: PLC0415

        self._tasks.run(lambda: drills.training_workspace_exists(folder),
                        lambda exists: self._ask_classroom(folder, exists), self._failed,
                        owner=self)

    def _ask_classroom(self, folder: Path, exists: bool) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        assert self._make_training_dialog is not None  # with a training folder, always
        dialog = self._make_training_dialog(folder, exists, self._tasks, self._dialogs, self)
        dialog.opened.connect(self.unlocked)
        dialog.finished.connect(dialog.deleteLater)
        self.training_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ unlocking

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.member_combo, self.passphrase, self.forgot_button,
                       self.training_button):
            widget.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self._countdown.isActive())

    def _unlock(self) -> None:
        if self.busy.isVisible() or not self.unlock_button.isEnabled():
            return
        folder, guard = self._folder, self._guard
        name, passphrase = self.member_combo.currentText(), self.passphrase.text()
        self.message.hide_message()
        self._set_busy(True)
        from peerdesk.services.workspace import Workspace  # noqa: PLC0415

        self._tasks.run(lambda: Workspace.unlock(folder, name, passphrase, guard),
                        self._unlocked, self._failed)

    def _unlocked(self, workspace: Workspace) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(workspace)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.message.show_message(messages.error_text(exc))
        self._tick()
        self.passphrase.setFocus()

    def _tick(self) -> None:
        """While the guard makes attempts wait, count down and keep Unlock disabled."""
        seconds = self._guard.seconds_to_wait()
        if seconds > 0:
            if not self._countdown.isActive():
                self._countdown.start()
            self.message.show_message(messages.throttled_text(math.ceil(seconds)), "warning")
            self.unlock_button.setEnabled(False)
            return
        if self._countdown.isActive():
            self._countdown.stop()
            self.message.show_message(self.tr("You can try again now."), "info")
        self.unlock_button.setEnabled(not self.busy.isVisible())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._countdown.stop()
        self.recovery.close_workspace()
        super().closeEvent(event)
