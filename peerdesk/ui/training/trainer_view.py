"""The trainer view: a class session, its trainees by name, results per trainee and per
scenario, the critical actions the class misses most, and debrief PDFs.

Trainee names are allowed here: it is training data, in the training vault only.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import drills
from peerdesk.services.drills import ClassSession, MissedAction, Trainee
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import i18n, messages
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.i18n import short_date
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    busy_bar,
    primary_button,
    secondary_button,
    tag,
    text_label,
)
from peerdesk.ui.training import labels as drill_labels
from peerdesk.ui.training.models import (
    MissedActionsModel,
    RowRole,
    ScenarioResultsModel,
    TraineeResultsModel,
)


def _table(model: Any, name: str, accessible: str) -> QTableView:
    view = tag(QTableView(), name, accessible)
    view.setModel(model)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(34)
    header = view.horizontalHeader()
    # Every column as wide as its heading and values: a narrow tab scrolls sideways rather
    # than squeeze a heading to "Partic…".
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _file_name(text: str) -> str:
    return re.sub(r"[^\w\- ]+", "", text).strip() or "debrief"


class TrainerView(QWidget):
    """The Class tab of the training section.

    Signals:
        traineesChanged(list[Trainee]): the session's trainees (the drill runner offers them).
    """

    traineesChanged = Signal(list)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainerView")
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.trainee_model = TraineeResultsModel(self)
        self.scenario_model = ScenarioResultsModel(self)
        self.missed_model = MissedActionsModel(self)
        self.message = MessageWidget("trainerMessage", closable=True)
        self.busy = busy_bar("trainerBusy")
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.addLayout(self._trainee_column(), 0, 0)
        grid.addLayout(self._class_column(), 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 12)
        column.setSpacing(12)
        column.addLayout(self._session_row())
        column.addWidget(self.message)
        column.addWidget(self.busy)
        column.addLayout(grid, 1)
        footer = QHBoxLayout()
        footer.addWidget(text_label(self.tr(
            "Debrief PDFs carry the training watermark and hold no real contacts."), "hint"),
            1)
        footer.addStretch(1)
        footer.addWidget(self.class_pdf_button)
        column.addLayout(footer)
        self.load_sessions()

    def _session_row(self) -> QHBoxLayout:
        self.session_combo = tag(QComboBox(), "sessionCombo", self.tr("Class session"))
        self.session_combo.setMinimumWidth(300)
        self.session_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.session_edit = tag(QLineEdit(), "sessionTitleEdit", self.tr("New session title"))
        self.session_edit.setPlaceholderText(self.tr("New session, e.g. Spring class, day 2"))
        self.session_edit.setMaxLength(drills.MAX_TITLE)
        self.session_button = secondary_button(self.tr("Start session"), "startSessionButton")
        self.session_edit.returnPressed.connect(self.start_session)
        self.session_button.clicked.connect(self.start_session)
        label = tag(QLabel(self.tr("Class &session")), "fieldLabel")
        label.setBuddy(self.session_combo)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(label)
        row.addWidget(self.session_combo, 1)
        row.addSpacing(18)
        row.addWidget(self.session_edit, 1)
        row.addWidget(self.session_button)
        return row

    def _trainee_column(self) -> QVBoxLayout:
        self.trainee_table = _table(self.trainee_model, "traineeTable",
                                    self.tr("Results per trainee"))
        self.trainee_edit = tag(QLineEdit(), "traineeNameEdit", self.tr("Trainee's name"))
        self.trainee_edit.setPlaceholderText(self.tr("Trainee's name"))
        self.trainee_edit.setMaxLength(drills.MAX_TRAINEE_NAME)
        self.trainee_button = secondary_button(self.tr("Add trainee"), "addTraineeButton")
        self.trainee_pdf_button = secondary_button(self.tr("Save trainee's debrief PDF…"),
                                                   "traineePdfButton")
        self.class_pdf_button = primary_button(self.tr("Save class debrief PDF…"),
                                               "classPdfButton")
        self.trainee_edit.returnPressed.connect(self.add_trainee)
        self.trainee_button.clicked.connect(self.add_trainee)
        self.trainee_pdf_button.clicked.connect(self.save_trainee_pdf)
        self.class_pdf_button.clicked.connect(self.save_class_pdf)
        self.trainee_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._update_buttons())
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(tag(QLabel(self.tr("Trainees")), "sectionHeading"))
        column.addWidget(self.trainee_table, 1)
        add = QHBoxLayout()
        add.setSpacing(8)
        add.addWidget(self.trainee_edit, 1)
        add.addWidget(self.trainee_button)
        column.addLayout(add)
        pdf = QHBoxLayout()
        pdf.addStretch(1)
        pdf.addWidget(self.trainee_pdf_button)
        column.addLayout(pdf)
        return column

    def _class_column(self) -> QVBoxLayout:
        self.most_missed = tag(QFrame(), "mostMissed")
        inner = QVBoxLayout(self.most_missed)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.setSpacing(2)
        inner.addWidget(text_label(self.tr("The class misses most"), "mostMissedCaption"))
        self.most_missed_text = text_label("", "mostMissedText")
        inner.addWidget(self.most_missed_text)
        self.scenario_table = _table(self.scenario_model, "scenarioResultsTable",
                                     self.tr("Results per scenario"))
        self.missed_table = _table(self.missed_model, "missedActionsTable",
                                   self.tr("Critical actions missed"))
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.most_missed)
        column.addWidget(tag(QLabel(self.tr("Scenarios")), "sectionHeading"))
        column.addWidget(self.scenario_table, 1)
        column.addWidget(text_label(self.tr("Critical actions, most missed first"),
                                    "sectionHeading"))
        column.addWidget(self.missed_table, 1)
        return column

    # ------------------------------------------------------------------ loading

    def session_id(self) -> int | None:
        value = self.session_combo.currentData()
        return value if isinstance(value, int) else None

    def _run(self, job: Any, done: Any) -> None:
        def failed(exc: BaseException) -> None:
            self.busy.hide()
            if not self.workspace.is_locked:
                self.message.show_message(messages.error_text(exc), "error")

        self.tasks.run(job, done, failed, owner=self)

    def load_sessions(self, select: int | None = None) -> None:
        ws = self.workspace
        self._run(lambda: drills.class_sessions(ws), lambda s: self._sessions_loaded(s, select))

    def _sessions_loaded(self, sessions: list[ClassSession], select: int | None) -> None:
        keep = select if select is not None else self.session_id()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for s in sessions:
            self.session_combo.addItem(f"{s.title} · {short_date(s.held_on)}", s.id)
        index = self.session_combo.findData(keep)
        self.session_combo.setCurrentIndex(index if index >= 0 else 0)
        self.session_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Read the open session's trainees and results again."""
        session = self.session_id()
        self._update_buttons()
        if session is None:
            for model in (self.trainee_model, self.scenario_model, self.missed_model):
                model.clear()
            self._show_most_missed([])
            self.traineesChanged.emit([])
            return
        ws = self.workspace

        def job() -> tuple[Any, ...]:
            return (drills.trainees(ws, session), drills.results_by_trainee(ws, session),
                    drills.results_by_scenario(ws, session),
                    drills.missed_critical_actions(ws, session))

        self._run(job, self._loaded)

    def _loaded(self, result: tuple[list[Trainee], Any, Any, list[MissedAction]]) -> None:
        people, by_trainee, by_scenario, missed = result
        selected = self._selected_trainee()
        self.trainee_model.set_rows(by_trainee)
        self.scenario_model.set_rows(by_scenario)
        self.missed_model.set_rows(missed)
        for row, summary in enumerate(by_trainee):
            if selected is not None and summary.trainee_id == selected:
                self.trainee_table.selectRow(row)
        self._show_most_missed(missed)
        self._update_buttons()
        self.traineesChanged.emit(people)

    def _show_most_missed(self, missed: list[MissedAction]) -> None:
        top = missed[0] if missed and missed[0].misses else None
        if top is None:
            self.most_missed_text.setText(self.tr("No critical action missed yet.")
                                          if missed else self.tr("No results yet."))
        else:
            self.most_missed_text.setText(
                self.tr("%1: missed in %2 of %3 attempts.")
                .replace("%1", drill_labels.critical_name(top.action))
                .replace("%2", str(top.misses)).replace("%3", str(top.attempts)))
        self.most_missed.setAccessibleName(self.most_missed_text.text())

    def _selected_trainee(self) -> int | None:
        row = self.trainee_table.currentIndex().row()
        found = self.trainee_model.index(row, 0).data(RowRole) if row >= 0 else None
        return getattr(found, "trainee_id", None)

    def _update_buttons(self) -> None:
        has_session = self.session_id() is not None
        for widget in (self.trainee_edit, self.trainee_button, self.class_pdf_button):
            widget.setEnabled(has_session)
        self.trainee_pdf_button.setEnabled(has_session and self._selected_trainee() is not None)

    # ------------------------------------------------------------------ changes

    def start_session(self) -> None:
        title, ws = self.session_edit.text(), self.workspace
        if not title.strip():
            self.session_edit.setFocus()
            return

        def done(session_id: int) -> None:
            self.session_edit.clear()
            self.message.show_message(self.tr("Session started. Add the trainees by name."),
                                      "positive")
            self.load_sessions(session_id)
            self.trainee_edit.setFocus()

        self._run(lambda: drills.start_session(ws, title, date.today()), done)

    def add_trainee(self) -> None:
        session, name, ws = self.session_id(), self.trainee_edit.text(), self.workspace
        if session is None or not name.strip():
            self.trainee_edit.setFocus()
            return

        def done(_trainee_id: int) -> None:
            self.trainee_edit.clear()
            self.message.hide_message()
            self.refresh()
            self.trainee_edit.setFocus()

        self._run(lambda: drills.add_trainee(ws, session, name), done)

    # ------------------------------------------------------------------ PDFs

    def save_class_pdf(self) -> None:
        session = self.session_id()
        if session is not None:
            title = self.session_combo.currentText().split(" · ")[0]
            self._save_pdf(session, None, self.tr("%1 — class debrief.pdf").replace(
                "%1", _file_name(title)))

    def save_trainee_pdf(self) -> None:
        session, trainee = self.session_id(), self._selected_trainee()
        if session is None or trainee is None:
            return
        summary = self.trainee_model.row_at(self.trainee_table.currentIndex().row())
        name = summary.name if summary is not None else ""
        self._save_pdf(session, trainee, self.tr("%1 — debrief.pdf").replace(
            "%1", _file_name(name)))

    def _save_pdf(self, session: int, trainee: int | None, suggested: str) -> None:
        path = self.dialogs.save_file(self, self.tr("Save debrief PDF"),
                                      Path.home() / suggested, self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        ws = self.workspace
        self.busy.show()

        def done(_result: object) -> None:
            self.busy.hide()
            self.message.show_message(self.tr("Saved as %1.").replace("%1", str(path)),
                                      "positive")

        language = i18n.current_language()
        self._run(lambda: drills.debrief_pdf(ws, path, session, trainee, language), done)

    # ------------------------------------------------------------------ locking

    def clear_sensitive(self) -> None:
        for model in (self.trainee_model, self.scenario_model, self.missed_model):
            model.clear()
        self.session_combo.clear()
        self.trainee_edit.clear()
        self.most_missed_text.clear()
        self.message.hide_message()
