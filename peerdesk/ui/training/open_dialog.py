"""Open the training workspace from the sign-in screen: the classroom passphrase.

The first time, the trainer sets the classroom passphrase (typed twice, with the strength
meter) and the training vault is created; afterwards they type it. A forgotten classroom
passphrase is not a lost vault: the practice workspace can be started again clean (confirmed
first), since nothing in it is real. Key derivation runs in the worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.services import drills
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages, theme
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.screen import training_banner
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

OPEN, CREATE, RESET = "open", "create", "reset"


class OpenTrainingDialog(QDialog):
    """Creates or opens the training vault in ``folder`` with the classroom passphrase.

    Args:
        exists: whether the training vault exists already (open) or not (create).

    Signals:
        opened(Workspace): the training workspace is open (the receiver owns locking it).
    """

    opened = Signal(object)

    def __init__(self, folder: Path, exists: bool, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openTrainingDialog")
        self.setModal(True)
        self.setMinimumWidth(520)
        self._folder, self._tasks, self._dialogs = folder, tasks, dialogs
        self.mode = OPEN if exists else CREATE
        self.setWindowTitle(self.tr("Training workspace"))
        theme.style_local(self, theme.style_sheet, True)  # the training look before it is open
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(training_banner())
        body = QVBoxLayout()
        body.setContentsMargins(28, 22, 28, 24)
        body.setSpacing(14)
        outer.addLayout(body)
        self.title_label = tag(QLabel(), "screenTitle")
        self.title_label.setWordWrap(True)
        self.intro_label = text_label("", "screenIntro")
        body.addWidget(self.title_label)
        body.addWidget(self.intro_label)
        self.passphrase = PassphraseField("classroomPassphraseEdit",
                                          self.tr("Classroom passphrase"))
        self.meter = StrengthMeter("classroomStrength")
        self.passphrase_error = FieldError("classroomPassphraseError")
        self.repeat_edit = tag(QLineEdit(), "classroomRepeatEdit",
                               self.tr("Repeat the classroom passphrase"))
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_error = FieldError("classroomRepeatError")
        self.message = MessageWidget("openTrainingMessage")
        self.busy = busy_bar("openTrainingBusy")
        self.forgot_button = secondary_button(self.tr("Forgot the classroom passphrase?"),
                                              "forgotClassroomButton", link=True)
        self.cancel_button = secondary_button(self.tr("Cancel"), "cancelTrainingButton")
        self.open_button = primary_button(self.tr("Open"), "openTrainingButton")
        body.addLayout(field_block(self.tr("Classroom &passphrase"), self.passphrase,
                                   self.passphrase_error, self.meter))
        self.repeat_block = QWidget()
        repeat = field_block(self.tr("&Repeat the passphrase"), self.repeat_edit,
                             self.repeat_error)
        repeat.setContentsMargins(0, 0, 0, 0)
        self.repeat_block.setLayout(repeat)
        body.addWidget(self.repeat_block)
        body.addWidget(self.message)
        body.addWidget(self.busy)
        row = QHBoxLayout()
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.open_button)
        body.addLayout(row)
        self._connect()
        self._show_mode()

    def _connect(self) -> None:
        self.form = BusyForm(
            self.busy, (self.passphrase, self.repeat_edit, self.open_button, self.forgot_button),
            errors=(self.passphrase_error, self.repeat_error), message=self.message)
        self.passphrase.edit.textChanged.connect(self._rate)
        self.passphrase.returnPressed.connect(self._submit)
        self.repeat_edit.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.forgot_button.clicked.connect(self._forgot)
        QWidget.setTabOrder(self.passphrase.edit, self.passphrase.reveal)
        QWidget.setTabOrder(self.passphrase.reveal, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.open_button)
        QWidget.setTabOrder(self.open_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.forgot_button)

    def _show_mode(self) -> None:
        titles = {
            OPEN: (self.tr("Open the training workspace"), self.tr(
                "Type the classroom passphrase your trainer gave you. Everything in the "
                "training workspace is practice data, kept apart from your team's vault.")),
            CREATE: (self.tr("Set up the training workspace"), self.tr(
                "Choose a classroom passphrase to share with this class. The training "
                "workspace holds practice data only, never your team's real contacts.")),
            RESET: (self.tr("Start the training workspace again"), self.tr(
                "Choose a new classroom passphrase. The practice contacts, class sessions and "
                "results are deleted; your team's real vault is not touched.")),
        }
        title, intro = titles[self.mode]
        self.title_label.setText(title)
        self.intro_label.setText(intro)
        creating = self.mode != OPEN
        self.meter.setVisible(creating)
        self.repeat_block.setVisible(creating)
        self.forgot_button.setVisible(not creating)
        self.open_button.setText({OPEN: self.tr("Open"), CREATE: self.tr("Create and open"),
                                  RESET: self.tr("Start again and open")}[self.mode])
        self.open_button.setAccessibleName(self.open_button.text())
        self.adjustSize()
        self.passphrase.setFocus()

    def _rate(self, text: str) -> None:
        if self.mode != OPEN:
            self.meter.update_for(text)
        self.passphrase_error.set_error("")

    def _forgot(self) -> None:
        if not self._dialogs.confirm(
                self, self.tr("Start the training workspace again?"),
                self.tr("Without the classroom passphrase the practice data cannot be opened. "
                        "You can start the training workspace again, empty, with a new "
                        "passphrase. Practice contacts, class sessions and results are "
                        "deleted."), self.tr("Start again")):
            return
        self.mode = RESET
        self.passphrase.clear()
        self.message.hide_message()
        self._show_mode()

    def _submit(self) -> None:
        if not self.form.begin():
            return
        folder, mode = self._folder, self.mode
        passphrase, repeat = self.passphrase.text(), self.repeat_edit.text()
        if mode == OPEN:
            def job() -> Workspace:
                return drills.open_training_workspace(passphrase, folder=folder)[0]
        elif mode == CREATE:
            def job() -> Workspace:
                return drills.open_training_workspace(passphrase, repeat, folder=folder)[0]
        else:
            def job() -> Workspace:
                return drills.reset_training_folder(folder, drills.CLASSROOM_USER, passphrase,
                                                    repeat)[0]
        self.form.run(self._tasks, job, self._opened, self._failed, owner=self)

    def _opened(self, workspace: Workspace) -> None:
        self.passphrase.clear()
        self.repeat_edit.clear()
        self.opened.emit(workspace)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            errors = exc.field_errors
            if "passphrase" in errors:
                self.passphrase_error.set_error(messages.field_error(errors["passphrase"]))
            if "repeat" in errors:
                self.repeat_error.set_error(messages.field_error(errors["repeat"]))
                self.repeat_edit.clear()
            (self.repeat_edit if "passphrase" not in errors and "repeat" in errors
             else self.passphrase).setFocus()
            return
        self.passphrase.clear()
        self.message.show_message(messages.error_text(exc))
        self.passphrase.setFocus()

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # the vault is being opened; it would be left open with no one to lock it
        self.passphrase.clear()
        self.repeat_edit.clear()
        super().reject()

