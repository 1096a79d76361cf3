"""The Workspace tab of the training section: demo data, coordinator practice, scenario packs
and starting the training workspace again from clean.

Demo data reports its progress from the worker through a signal (queued to the UI thread).
Reset asks first, then hands the new workspace to the main window, which the shell replaces.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.drills import DrillPack
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.quarters import Quarter
from peerdesk.services import drills
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.message_text import message_text
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    FieldError,
    MessageWidget,
    PassphraseField,
    StrengthMeter,
    primary_button,
    secondary_button,
    tag,
    text_label,
)

PRACTICE_QUARTER_CONTACTS = 420  # a mid-size program's quarter


class _Progress(QObject):
    """Emitted from the worker; Qt queues it to the widgets on the UI thread."""

    changed = Signal(int, int)


def _panel(name: str, title: str, text: str) -> tuple[QFrame, QVBoxLayout]:
    frame = tag(QFrame(), name)
    frame.setProperty("panel", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(8)
    layout.addWidget(text_label(title, "panelTitle"))
    layout.addWidget(text_label(text, "hint"))
    return frame, layout


class TrainingTools(QWidget):
    """Demo data, coordinator practice, packs and reset.

    Signals:
        packsChanged(): a pack was imported (the drill list reloads).
        statisticsRequested(): show the Statistics section (after practice data was made).
        workspaceReset(Workspace | None): the training workspace was started again (the new
            one), or closed for a reset that then failed (None: the window locks).
    """

    packsChanged = Signal()
    statisticsRequested = Signal()
    workspaceReset = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingTools")
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.progress = _Progress(self)
        self.progress.changed.connect(self._progress)
        self.message = MessageWidget("toolsMessage", closable=True)
        self.bar = tag(QProgressBar(), "demoProgress", self.tr("Demo data progress"))
        self.bar.setTextVisible(True)
        self.bar.hide()
        # One column of panels: side by side they cut each other off in a narrow window or a
        # longer language; stacked they scroll.
        grid = QVBoxLayout()
        grid.setSpacing(16)
        for panel in (self._demo_panel(), self._practice_panel(), self._packs_panel(),
                      self._reset_panel()):
            grid.addWidget(panel)
        grid.addStretch(1)
        # The panels scroll when their words need more room than the window has (a smaller
        # window, larger text, or a language that runs longer than English).
        panels = QWidget()
        panels.setObjectName("toolsPanels")
        panels.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        scroll = tag(QScrollArea(), "toolsScroll", self.tr("Training tools"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panels)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(12)
        column.addWidget(self.message)
        column.addWidget(self.bar)
        column.addWidget(scroll, 1)

    # ------------------------------------------------------------------ panels

    def _demo_panel(self) -> QFrame:
        frame, layout = _panel("demoPanel", self.tr("Demo data"), self.tr(
            "Made-up contacts spread over the last twelve months, for practising the contact "
            "list and follow-ups."))
        self.demo_count = tag(QSpinBox(), "demoCountSpin", self.tr("Number of demo contacts"))
        self.demo_count.setRange(10, 50_000)
        self.demo_count.setSingleStep(50)
        self.demo_count.setValue(250)
        self.demo_count.setSuffix(self.tr(" contacts"))
        self.demo_count.setMinimumSize(160, 36)
        self.demo_button = secondary_button(self.tr("Add demo contacts"), "addDemoButton")
        self.demo_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.demo_button.clicked.connect(self.add_demo)
        row = QHBoxLayout()
        row.addWidget(self.demo_count)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addLayout(row)
        return frame

    def _practice_panel(self) -> QFrame:
        quarter = Quarter.of(date.today()).previous()
        frame, layout = _panel("practicePanel", self.tr("Coordinator practice"), self.tr(
            "A realistic quarter of demo contacts (%1), then the Statistics section to walk "
            "through the quarterly export. Its files carry the training watermark.")
            .replace("%1", str(quarter)))
        self.practice_button = secondary_button(self.tr("Make a practice quarter"),
                                                "practiceQuarterButton")
        self.practice_button.clicked.connect(self.practice_statistics)
        layout.addWidget(self.practice_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _packs_panel(self) -> QFrame:
        frame, layout = _panel("packsPanel", self.tr("Scenario packs"), self.tr(
            "Import your own scenarios as a pack file (.toml). It is checked first; every "
            "problem is listed with its line."))
        self.import_button = secondary_button(self.tr("Import a pack…"), "importPackButton")
        self.import_button.clicked.connect(self.import_pack)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _reset_panel(self) -> QFrame:
        frame, layout = _panel("resetPanel", self.tr("Start again from clean"), self.tr(
            "Deletes the practice contacts, class sessions and results, and sets a new "
            "classroom passphrase. Imported packs are kept. Your team's real vault is not "
            "touched."))
        self.reset_passphrase = PassphraseField("resetPassphraseEdit",
                                                self.tr("New classroom passphrase"))
        self.reset_meter = StrengthMeter("resetStrength")
        self.reset_error = FieldError("resetPassphraseError")
        self.reset_repeat = tag(QLineEdit(), "resetRepeatEdit",
                                self.tr("Repeat the new classroom passphrase"))
        self.reset_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.reset_repeat_error = FieldError("resetRepeatError")
        self.reset_button = primary_button(self.tr("Reset training workspace…"),
                                           "resetTrainingButton")
        self.reset_passphrase.edit.textChanged.connect(self._rate)
        self.reset_repeat.returnPressed.connect(self.reset)
        self.reset_button.clicked.connect(self.reset)
        for text, widget, error in (
                (self.tr("New classroom &passphrase"), self.reset_passphrase, self.reset_error),
                (self.tr("&Repeat it"), self.reset_repeat, self.reset_repeat_error)):
            label = tag(QLabel(text), "fieldLabel")
            label.setBuddy(widget.focusProxy() or widget)
            layout.addWidget(label)
            layout.addWidget(widget)
            if widget is self.reset_passphrase:
                layout.addWidget(self.reset_meter)
            layout.addWidget(error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reset_button)
        layout.addLayout(row)
        QWidget.setTabOrder(self.reset_passphrase.edit, self.reset_passphrase.reveal)
        QWidget.setTabOrder(self.reset_passphrase.reveal, self.reset_repeat)
        QWidget.setTabOrder(self.reset_repeat, self.reset_button)
        return frame

    # ------------------------------------------------------------------ work

    def _busy(self, busy: bool) -> None:
        for button in (self.demo_button, self.practice_button, self.import_button,
                       self.reset_button):
            button.setEnabled(not busy)

    def _run(self, job: Any, done: Any) -> None:
        self._busy(True)

        def ok(result: object) -> None:
            self._busy(False)
            self.bar.hide()
            done(result)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.bar.hide()
            if not self.workspace.is_locked:
                self.message.show_message(messages.error_text(exc), "error")

        self.tasks.run(job, ok, failed, owner=self)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.bar.setFormat(self.tr("%1 of %2 contacts").replace("%1", str(done))
                           .replace("%2", str(total)))

    def _start_bar(self, total: int) -> None:
        self.message.hide_message()
        self._progress(0, total)
        self.bar.show()

    def add_demo(self) -> None:
        ws, count, emit = self.workspace, self.demo_count.value(), self.progress.changed.emit
        self._start_bar(count)
        self._run(lambda: drills.add_demo_data(ws, count, progress=emit),
                  lambda n: self.message.show_message(
                      self.tr("%1 demo contacts added.").replace("%1", str(n)), "positive"))

    def practice_statistics(self) -> None:
        quarter = Quarter.of(date.today()).previous()
        ws, emit, count = self.workspace, self.progress.changed.emit, PRACTICE_QUARTER_CONTACTS
        self._start_bar(count)

        def done(n: int) -> None:
            self.message.show_message(self.tr(
                "%1 demo contacts made for %2. Practise the export in Statistics.")
                .replace("%1", str(n)).replace("%2", str(quarter)), "positive")
            self.statisticsRequested.emit()

        self._run(lambda: make_demo_contacts(ws, count, seed=7, start=quarter.first_day,
                                             end=quarter.last_day, progress=emit), done)

    def import_pack(self) -> None:
        path = self.dialogs.open_file(self, self.tr("Import a scenario pack"), Path.home(),
                                      self.tr("Scenario packs (*.toml)"))
        if path is None:
            return
        ws = self.workspace

        def done(pack: DrillPack) -> None:
            self.message.show_message(self.tr("Imported “%1” with %n scenario(s).", "",
                                              len(pack.scenarios)).replace("%1", pack.title),
                                      "positive")
            self.packsChanged.emit()

        def job() -> DrillPack:
            return drills.import_pack(ws, path)

        def imported(pack: DrillPack) -> None:
            self._busy(False)
            done(pack)

        self._busy(True)
        self.tasks.run(job, imported, self._import_failed, owner=self)

    def _import_failed(self, exc: BaseException) -> None:
        self._busy(False)
        problems = getattr(exc, "problems", None)
        if problems:
            self.message.show_message(self.tr("The pack was not imported:") + "\n"
                                      + "\n".join(message_text(p) for p in problems[:12]),
                                      "error")
        else:
            self.message.show_message(messages.error_text(exc), "error")

    def _rate(self, text: str) -> None:
        self.reset_meter.update_for(text)
        self.reset_error.set_error("")

    def reset(self) -> None:
        if not self.reset_passphrase.text():
            self.reset_error.set_error(self.tr("Type the new classroom passphrase."))
            self.reset_passphrase.setFocus()
            return
        if not self.dialogs.confirm(
                self, self.tr("Reset the training workspace?"),
                self.tr("Every practice contact, class session and result in the training "
                        "workspace is deleted for good. Imported packs are kept. Your team's "
                        "real vault is not touched."), self.tr("Reset training workspace")):
            return
        ws = self.workspace
        passphrase, repeat = self.reset_passphrase.text(), self.reset_repeat.text()
        self.reset_error.set_error("")
        self.reset_repeat_error.set_error("")
        self._busy(True)
        self.tasks.run(lambda: drills.reset_training_workspace(ws, passphrase, repeat)[0],
                       self._reset_done, self._reset_failed, owner=self)

    def _reset_done(self, new: Workspace) -> None:
        self._busy(False)
        self.reset_passphrase.clear()
        self.reset_repeat.clear()
        self.workspaceReset.emit(new)

    def _reset_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if self.workspace.is_locked:  # closed for the reset, then the reset failed
            self.workspaceReset.emit(None)
            return
        if isinstance(exc, ValidationError):
            errors = exc.field_errors
            self.reset_error.set_error(messages.field_error(errors.get("passphrase", "")))
            self.reset_repeat_error.set_error(messages.field_error(errors.get("repeat", "")))
            (self.reset_passphrase if "passphrase" in errors else self.reset_repeat).setFocus()
            return
        self.message.show_message(messages.error_text(exc), "error")

    def clear_sensitive(self) -> None:
        self.reset_passphrase.clear()
        self.reset_repeat.clear()
        self.message.hide_message()
