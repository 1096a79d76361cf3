"""The drill runner: pick a scenario, read the card, log it with the normal contact form, see
the feedback.

The form is the contact form itself (the Contacts feature's ``ContactForm(submit_drafts=True)``,
which the shell passes in as ``contact_form``): the same fields,
rules, escalation panel and checklist as a real contact. Its checked draft is saved as a
practice contact in the training vault and scored (recorded for a trainee of the class session
when one is chosen). Timed mode shows a running clock from the card's opening to the submit;
``clock`` is injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import drill_pack
from peerdesk.domain.contacts import ContactDraft
from peerdesk.domain.drills import DrillFeedback
from peerdesk.services import contacts, drills
from peerdesk.services.drills import PackEntry, Trainee
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import i18n, messages, table_fit
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    primary_button,
    secondary_button,
    set_style_property,
    tag,
    text_label,
)
from peerdesk.ui.training import labels as drill_labels
from peerdesk.ui.training.drill_feedback import DrillFeedbackView
from peerdesk.ui.training.models import RowRole, ScenarioListModel, ScenarioRow

PICK_PAGE, DRILL_PAGE, FEEDBACK_PAGE = range(3)


# The contact form of the Contacts feature: (workspace, tasks, dialogs, submit_drafts=True) ->
# a form with draftSubmitted, start_over, clear, fields, message and save_button.
ContactFormFactory = Callable[..., Any]


class DrillRunner(QWidget):
    """The Drills tab of the training section.

    Signals:
        resultRecorded(): a trainee's attempt was recorded (the trainer view refreshes).
    """

    resultRecorded = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 contact_form: ContactFormFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillRunner")
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self._contact_form = contact_form
        self.clock: Callable[[], float] = time.monotonic
        self.current: ScenarioRow | None = None
        self._started = 0.0
        self._submitting = False
        self.model = ScenarioListModel(self)
        self.pages = tag(QStackedWidget(), "drillPages")
        self.pages.addWidget(self._pick_page())
        self.pages.addWidget(self._drill_page())
        self.feedback = DrillFeedbackView()
        self.pages.addWidget(self.feedback)
        self.feedback.againRequested.connect(self.start_drill)
        self.feedback.pickRequested.connect(self.show_picker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.tick)
        self.load_packs()

    # ------------------------------------------------------------------ page 1: pick

    def _pick_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("drillPickPage")
        row = QHBoxLayout(page)
        row.setContentsMargins(24, 16, 24, 20)
        row.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(text_label(self.tr(
            "Pick a scenario, read the card, then log the contact as you would for real. "
            "Feedback follows at once."), "hint"))
        self.table = tag(QTableView(), "scenarioTable", self.tr("Scenarios"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(36)
        table_fit.rows_fit_contents(self.table)  # a scenario's whole title
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._preview())
        self.table.activated.connect(lambda _i: self.start_drill())
        self.pick_message = MessageWidget("drillPickMessage", closable=True)
        left.addWidget(self.pick_message)
        left.addWidget(self.table, 1)
        row.addLayout(left, 1)
        row.addWidget(self._preview_panel())
        self.set_trainees([])
        QWidget.setTabOrder(self.table, self.script_button)
        QWidget.setTabOrder(self.script_button, self.trainee_combo)
        QWidget.setTabOrder(self.trainee_combo, self.timed_check)
        QWidget.setTabOrder(self.timed_check, self.start_button)
        return page

    def _preview_panel(self) -> QFrame:
        side = tag(QFrame(), "drillPreview")
        side.setFixedWidth(380)
        column = QVBoxLayout(side)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(10)
        self.preview_title = text_label(self.tr("Choose a scenario"), "previewTitle")
        self.preview_card = text_label("", "previewCard")
        self.script_button = secondary_button(self.tr("Show the role-player's script"),
                                              "scriptButton", link=True)
        self.script_button.setCheckable(True)
        self.script_button.toggled.connect(self._toggle_script)
        self.preview_script = text_label("", "previewScript")
        self.preview_script.hide()
        self.trainee_combo = tag(QComboBox(), "traineeCombo", self.tr("Who is practising"))
        timed = self.tr("Timed (within the limit)")
        self.timed_check = tag(QCheckBox(timed), "timedCheck", timed)
        self.timed_check.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.start_button = primary_button(self.tr("Start drill"), "startDrillButton")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start_drill)
        column.addWidget(self.preview_title)
        column.addWidget(self.script_button, 0, Qt.AlignmentFlag.AlignLeft)
        texts = QWidget()
        texts.setObjectName("previewTexts")
        inner = QVBoxLayout(texts)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addWidget(self.preview_card)
        inner.addWidget(self.preview_script)
        inner.addStretch(1)
        scroll = tag(QScrollArea(), "previewScroll", self.tr("Scenario card"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(texts)
        column.addWidget(scroll, 1)
        who = tag(QLabel(self.tr("&Who is practising")), "fieldLabel")
        who.setBuddy(self.trainee_combo)
        column.addWidget(who)
        column.addWidget(self.trainee_combo)
        column.addWidget(self.timed_check)
        column.addSpacing(4)
        column.addWidget(self.start_button)
        return side

    def load_packs(self) -> None:
        ws, language = self.workspace, i18n.current_language()  # the packs in the UI's language
        self.tasks.run(lambda: drills.available_packs(ws, language), self._packs_loaded,
                       lambda exc: self._show_error(self.pick_message, exc), owner=self)

    def _packs_loaded(self, entries: list[PackEntry]) -> None:
        rows = [ScenarioRow(e.pack, s, e.imported) for e in entries for s in e.pack.scenarios]
        self.model.set_rows(rows)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def selected(self) -> ScenarioRow | None:
        row = self.table.currentIndex().row()
        found = self.model.index(row, 0).data(RowRole) if row >= 0 else None
        return found if isinstance(found, ScenarioRow) else None

    def select_scenario(self, scenario_id: str) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.scenario.id == scenario_id:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return
        raise KeyError(scenario_id)

    def _preview(self) -> None:
        row = self.selected()
        self.start_button.setEnabled(row is not None)
        self.script_button.setChecked(False)
        if row is None:
            self.preview_title.setText(self.tr("Choose a scenario"))
            self.preview_card.clear()
            self.preview_script.clear()
            return
        self.preview_title.setText(row.scenario.title)
        self.preview_card.setText(row.scenario.card.strip())
        self.preview_script.setText(row.scenario.script.strip())

    def _toggle_script(self, shown: bool) -> None:
        self.preview_script.setVisible(shown)
        self.preview_card.setVisible(not shown)
        text = (self.tr("Show the card") if shown else self.tr("Show the role-player's script"))
        self.script_button.setText(text)
        self.script_button.setAccessibleName(text)

    def set_trainees(self, people: list[Trainee]) -> None:
        """The trainees of the class session the trainer view has open."""
        keep = self.trainee_combo.currentData()
        self.trainee_combo.clear()
        self.trainee_combo.addItem(self.tr("Just practising (not recorded)"), None)
        for person in people:
            self.trainee_combo.addItem(person.name, person.id)
        index = self.trainee_combo.findData(keep)
        self.trainee_combo.setCurrentIndex(max(0, index))

    def show_picker(self) -> None:
        self._timer.stop()
        self.pages.setCurrentIndex(PICK_PAGE)
        self.table.setFocus()

    # ------------------------------------------------------------------ page 2: the drill

    def _drill_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("drillPage")
        card = tag(QFrame(), "drillCard")
        row = QHBoxLayout(card)
        row.setContentsMargins(18, 12, 18, 12)
        row.setSpacing(18)
        words = QVBoxLayout()
        words.setSpacing(4)
        self.card_title = text_label("", "drillCardTitle")
        self.card_text = text_label("", "drillCardText")
        self.card_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.addWidget(self.card_title)
        words.addWidget(self.card_text)
        row.addLayout(words, 1)
        timer_box = QVBoxLayout()
        timer_box.setSpacing(2)
        self.timer_label = tag(QLabel("0:00"), "drillTimer", self.tr("Time taken"))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.timer_limit = text_label("", "drillTimerLimit", wrap=False)
        self.timer_limit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.back_button = secondary_button(self.tr("Back to scenarios"), "drillBackButton",
                                            link=True)
        self.back_button.clicked.connect(self.show_picker)
        timer_box.addWidget(self.timer_label)
        timer_box.addWidget(self.timer_limit)
        timer_box.addStretch(1)
        timer_box.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignRight)
        row.addLayout(timer_box)
        self.form = self._contact_form(self.workspace, self.tasks, self.dialogs, submit_drafts=True)
        self._label_submit()
        self.form.draftSubmitted.connect(self._submit)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        holder = QVBoxLayout()
        holder.setContentsMargins(24, 12, 24, 4)
        holder.addWidget(card)
        column.addLayout(holder)
        column.addWidget(self.form, 1)
        return page

    def start_drill(self) -> None:
        """Open the chosen scenario's card with an empty form (and start the clock if timed)."""
        row = self.selected() if self.pages.currentIndex() == PICK_PAGE else self.current
        if row is None:
            return
        self.current = row
        self.form.start_over()
        self._label_submit()
        self.form.message.hide_message()
        self.card_title.setText(row.scenario.title)
        self.card_text.setText(drill_pack.squash(row.scenario.card))
        timed = self.timed_check.isChecked()
        self.timer_label.setVisible(timed)
        self.timer_limit.setVisible(timed)
        self.timer_limit.setText(self.tr("of %1").replace(
            "%1", drill_labels.clock_text(row.scenario.time_limit_seconds)))
        self._started = self.clock()
        set_style_property(self.timer_label, "over", False)
        self.tick()
        if timed:
            self._timer.start()
        self.pages.setCurrentIndex(DRILL_PAGE)
        self.form.fields.setFocus()

    def _label_submit(self) -> None:
        """The form's Save says what it does in a drill (start_over puts "Save contact")."""
        button = self.form.save_button
        button.setText(self.tr("Submit for feedback"))
        button.setAccessibleName(self.tr("Submit for feedback"))
        button.setToolTip(self.tr("Submit for feedback (Ctrl+S)"))

    def elapsed(self) -> float:
        return max(0.0, self.clock() - self._started)

    def tick(self) -> None:
        if self.current is None:
            return
        seconds = self.elapsed()
        self.timer_label.setText(drill_labels.clock_text(seconds))
        over = seconds > self.current.scenario.time_limit_seconds
        if over != bool(self.timer_label.property("over")):
            set_style_property(self.timer_label, "over", over)
        self.timer_label.setAccessibleDescription(
            self.tr("Over the limit") if over else self.tr("Within the limit"))

    def _submit(self, draft: ContactDraft) -> None:
        row = self.current
        if row is None or self._submitting:
            return
        seconds = self.elapsed() if self.timed_check.isChecked() else None
        self._timer.stop()
        self.tick()
        ws, trainee = self.workspace, self.trainee_combo.currentData()
        name = self.trainee_combo.currentText() if trainee is not None else ""
        pack_id, scenario = row.pack.id, row.scenario
        language = i18n.current_language()

        def job() -> DrillFeedback:
            contacts.save_new(ws, draft)  # a practice contact, like any logged one
            if trainee is None:
                return drills.score(scenario, draft, seconds)
            return drills.submit_attempt(ws, trainee, pack_id, scenario.id, draft, seconds,
                                         language)[0]

        self._submitting = True
        self.form.save_button.setEnabled(False)

        def done(feedback: DrillFeedback) -> None:
            self._submitting = False
            self.form.save_button.setEnabled(True)
            self.feedback.show_feedback(scenario, feedback, name)
            self.pages.setCurrentIndex(FEEDBACK_PAGE)
            self.feedback.pick_button.setFocus()
            if trainee is not None:
                self.resultRecorded.emit()

        def failed(exc: BaseException) -> None:
            self._submitting = False
            self.form.save_button.setEnabled(True)
            self._show_error(self.form.message, exc)

        self.tasks.run(job, done, failed, owner=self)

    def _show_error(self, where: MessageWidget, exc: BaseException) -> None:
        if not self.workspace.is_locked:
            where.show_message(messages.error_text(exc), "error")

    # ------------------------------------------------------------------ locking

    def clear_sensitive(self) -> None:
        self._timer.stop()
        self.model.clear()
        self.form.clear()
        self.feedback.clear()
        self.set_trainees([])
        self.current = None
        for label in (self.card_title, self.card_text, self.preview_card, self.preview_script):
            label.clear()
