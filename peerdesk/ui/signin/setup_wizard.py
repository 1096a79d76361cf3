"""First-run setup: the first coordinator's name and passphrase, then the recovery key, once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from peerdesk.domain.errors import ValidationError
from peerdesk.services.recovery_sheet import write_recovery_sheet
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.screen import ScreenWindow, card_page, heading
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


class SetupWizard(ScreenWindow):
    """Creates the vault in ``folder`` (in the background) and shows its recovery key once.

    Signals:
        created(Workspace): the vault exists and is open (the caller now owns locking it).
        finished(Workspace): the person stored the key and chose Continue.
    """

    created = Signal(object)
    finished = Signal(object)

    def __init__(self, folder: Path, training: bool, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(training, parent)
        self._folder = folder
        self._tasks = tasks
        self._dialogs = dialogs
        self._workspace: Workspace | None = None
        self._recovery_key = ""
        self.add_page(self._details_page())
        self.add_page(self._key_page())
        self.show_page(0)
        self.name_edit.setFocus()

    # ------------------------------------------------------------------ page 1: details

    def _details_page(self) -> QWidget:
        card, layout = card_page()
        intro = self.tr(
            "You will be this team's first coordinator. Choose the name you sign in with and a "
            "passphrase only you know. Everything is stored encrypted on this computer.")
        title = self.tr("Set up a practice vault") if self.training else self.tr(
            "Set up PeerDesk")
        layout.addLayout(heading(title, intro))
        self.name_edit = tag(QLineEdit(), "nameEdit", self.tr("Your name"))
        self.name_edit.setMaxLength(60)
        self.name_error = FieldError("nameError")
        self.passphrase = PassphraseField("passphraseEdit", self.tr("Passphrase"))
        self.meter = StrengthMeter()
        self.passphrase_error = FieldError("passphraseError")
        self.repeat_edit = tag(QLineEdit(), "repeatEdit", self.tr("Repeat passphrase"))
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_error = FieldError("repeatError")
        self.message = MessageWidget("setupMessage")
        self.create_button = primary_button(self.tr("Create vault"), "createButton")
        self.busy = busy_bar()
        layout.addLayout(field_block(self.tr("Your &name"), self.name_edit, self.name_error))
        layout.addLayout(field_block(self.tr("&Passphrase"), self.passphrase,
                                     self.passphrase_error, self.meter))
        layout.addLayout(field_block(self.tr("&Repeat passphrase"), self.repeat_edit,
                                     self.repeat_error))
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        self.passphrase.edit.textChanged.connect(self._rate)
        for edit in (self.name_edit, self.passphrase.edit, self.repeat_edit):
            edit.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self.form = BusyForm(
            self.busy, (self.name_edit, self.passphrase, self.repeat_edit, self.create_button),
            errors=(self.name_error, self.passphrase_error, self.repeat_error),
            message=self.message)
        QWidget.setTabOrder(self.name_edit, self.passphrase.edit)
        QWidget.setTabOrder(self.passphrase.edit, self.passphrase.reveal)
        QWidget.setTabOrder(self.passphrase.reveal, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.create_button)
        return card

    def _rate(self, text: str) -> None:
        self.meter.update_for(text, [self.name_edit.text()])
        self.passphrase_error.set_error("")

    def _create(self) -> None:
        if not self.form.begin():
            return
        folder, training = self._folder, self.training
        name, passphrase, repeat = (
            self.name_edit.text(), self.passphrase.text(), self.repeat_edit.text())
        self.form.run(
            self._tasks,
            lambda: Workspace.create(folder, name, passphrase, repeat, training=training),
            self._created, self._create_failed, owner=self)

    def _created(self, result: tuple[Workspace, str]) -> None:
        self._workspace, self._recovery_key = result
        self.passphrase.clear()
        self.repeat_edit.clear()
        groups = self._recovery_key.split("-")
        # Two lines of whole groups read better than a line broken at an arbitrary dash.
        self.key_label.setText("-".join(groups[:4]) + "\n" + "-".join(groups[4:]))
        self.key_label.setAccessibleDescription(self._recovery_key)
        self.show_page(1)
        self.save_button.setFocus()
        self.created.emit(self._workspace)

    def _create_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            self.message.show_message(messages.error_text(exc))
            return
        fields = (("name", self.name_error, self.name_edit),
                  ("passphrase", self.passphrase_error, self.passphrase.edit),
                  ("repeat", self.repeat_error, self.repeat_edit))
        first: QWidget | None = None
        for key, label, edit in fields:
            if key in exc.field_errors:
                label.set_error(messages.field_error(exc.field_errors[key]))
                first = first or edit
        if "repeat" in exc.field_errors:
            self.repeat_edit.clear()
        (first or self.name_edit).setFocus()

    # ------------------------------------------------------------------ page 2: recovery key

    def _key_page(self) -> QWidget:
        card, layout = card_page(spacing=18)
        layout.addLayout(heading(
            self.tr("Your recovery key"),
            self.tr("If every coordinator forgets their passphrase, this key is the only way "
                    "back into the vault. It is shown this once: save it as a PDF and print it, "
                    "or write it down.")))
        self.key_label = tag(QLabel(), "recoveryKey", self.tr("Recovery key"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setFont(QFont("DejaVu Sans Mono"))
        self.key_label.setWordWrap(True)
        layout.addWidget(self.key_label)
        layout.addWidget(text_label(
            self.tr("Keep it where only coordinators can reach it, such as a sealed envelope "
                    "in a locked cabinet. Anyone holding it can open the vault."), "hint"))
        self.save_button = secondary_button(self.tr("Save as PDF…"), "savePdfButton")
        self.save_message = MessageWidget("saveMessage")
        self.stored_check = tag(
            QCheckBox(self.tr("I have stored the recovery key somewhere safe")),
            "storedCheck", self.tr("I have stored the recovery key somewhere safe"))
        self.continue_button = primary_button(self.tr("Continue"), "continueButton")
        self.continue_button.setEnabled(False)
        self.key_busy = busy_bar("pdfBusyBar")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.save_message)
        layout.addWidget(self.key_busy)
        layout.addWidget(self.stored_check)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.continue_button)
        layout.addLayout(end)
        self.save_button.clicked.connect(self._save_pdf)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        return card

    def _save_pdf(self) -> None:
        path = self._dialogs.save_file(
            self, self.tr("Save recovery key"),
            Path.home() / self.tr("PeerDesk recovery key.pdf"), self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        key, training = self._recovery_key, self.training
        self.key_busy.show()
        self.save_button.setEnabled(False)
        self._tasks.run(lambda: write_recovery_sheet(path, key, training=training),
                        lambda _r: self._saved(path), self._save_failed)

    def _saved(self, path: Path) -> None:
        self.key_busy.hide()
        self.save_button.setEnabled(True)
        self.save_message.show_message(
            self.tr("Saved as {file}. Print it, keep the paper safe, then delete the file.")
            .replace("{file}", str(path)), "positive")

    def _save_failed(self, exc: BaseException) -> None:
        self.key_busy.hide()
        self.save_button.setEnabled(True)
        self.save_message.show_message(messages.error_text(exc))

    def _continue(self) -> None:
        if not self.stored_check.isChecked() or self._workspace is None:
            return
        workspace, self._workspace = self._workspace, None
        self._recovery_key = ""
        self.key_label.clear()
        self.key_label.setAccessibleDescription("")
        self.finished.emit(workspace)
