"""The Surveys section (coordinators and trainers): cohorts, their waves, the kiosk, paper
forms and the released results.

Everything the page shows comes from ``services/surveys.py`` through the one worker. A wave
is opened and closed here; while one is open the kiosk (:mod:`peerdesk.ui.surveys.kiosk`)
or the paper entry (:mod:`peerdesk.ui.surveys.paper_entry`) takes its answers. Locking
PeerDesk ends a running kiosk and closes the paper entry; nothing typed in either is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.surveys import WaveKind
from peerdesk.services import surveys
from peerdesk.services.surveys import Cohort
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.screen import scrolling
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    busy_bar,
    primary_button,
    secondary_button,
    tag,
    text_label,
)
from peerdesk.ui.surveys import backend
from peerdesk.ui.surveys.cohort_dialog import CohortDialog
from peerdesk.ui.surveys.kiosk import IDLE_MS, KioskWindow
from peerdesk.ui.surveys.layout import button_row, fit_rows
from peerdesk.ui.surveys.models import CohortTableModel, wave_lines, wave_word
from peerdesk.ui.surveys.paper_entry import PaperEntryDialog
from peerdesk.ui.surveys.results_view import ResultsView
from peerdesk.ui.surveys.styles import page_sheet


class SurveysPage(QWidget):
    """Cohorts and what can be done with the chosen one.

    Signals:
        loaded(): the cohorts arrived (tests wait on it).
        lockRequested(): Ctrl+L in the kiosk; the shell locks PeerDesk.
    """

    loaded = Signal()
    lockRequested = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None, *, kiosk_idle_ms: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveysPage")
        theme.style_local(self, page_sheet, workspace.training)
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.guard = UnlockGuard()  # failed kiosk leaves, counted like sign-ins (memory only)
        self.kiosk: KioskWindow | None = None
        self.paper: PaperEntryDialog | None = None
        self.dialog: CohortDialog | None = None
        self._kiosk_idle_ms = kiosk_idle_ms
        self.model = CohortTableModel(self)
        self._build()
        self.reload()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.message = MessageWidget("surveysMessage", closable=True)
        self.new_button = primary_button(self.tr("New cohort…"), "newCohortButton")
        self.new_button.clicked.connect(self.new_cohort)
        self.table = tag(QTableView(), "cohortTable", self.tr("Cohorts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        fit_rows(self.table, most=5, wrapping=(0, 2))  # the title and the waves wrap
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda _c, _p: self._show_cohort())
        self.busy = busy_bar("surveysBusy")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(tag(QLabel(self.tr("Surveys")), "pageTitle"))
        layout.addWidget(text_label(self.tr(
            "Anonymous pre and post surveys of a cohort, answered on this laptop in a locked "
            "survey kiosk or keyed in from paper forms. Answers stay encrypted in the vault; "
            "only results for groups of at least the cohort's minimum are shown or exported, "
            "once every wave has closed."), "pageText"))
        layout.addWidget(self.message)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.busy)
        layout.addWidget(self._cohort_panel())
        layout.addStretch(1)
        scroll = scrolling(content, "surveysScroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _cohort_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("cohortPanel")
        self.cohort_title = tag(QLabel(), "wavesTitle")
        self.cohort_title.setProperty("panelTitle", True)
        self.cohort_title.setWordWrap(True)
        self.cohort_state = text_label("", "cohortState")
        self.open_button = secondary_button("", "openWaveButton")
        self.open_button.clicked.connect(self.open_next_wave)
        self.close_button = secondary_button("", "closeWaveButton")
        self.close_button.clicked.connect(self.close_open_wave)
        self.kiosk_button = primary_button(self.tr("Start the survey kiosk"), "kioskButton")
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.paper_button = secondary_button(self.tr("Key in paper forms…"), "paperButton")
        self.paper_button.clicked.connect(self.key_in_paper)
        self.results = ResultsView(self.workspace, self.tasks, self.dialogs, self.message)
        self.results.released.connect(self.reload)
        row = button_row(self.open_button, self.close_button, self.kiosk_button,
                         self.paper_button)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.cohort_title)
        column.addWidget(self.cohort_state)
        column.addLayout(row)
        column.addWidget(self.results)
        panel.hide()
        self.cohort_panel = panel
        return panel

    # ------------------------------------------------------------------ worker

    def run(self, job: Callable[[], Any], done: Callable[[Any], None],
            also_failed: Callable[[BaseException], None] | None = None) -> None:
        """Run ``job`` in the worker with the busy bar; a failure is said on the page."""
        self.busy.show()

        def succeeded(result: Any) -> None:
            self.busy.hide()
            done(result)

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            self.message.show_message(messages.error_text(exc), "error")
            if also_failed is not None:
                also_failed(exc)

        self.tasks.run(job, succeeded, failed, owner=self)

    def open_with(self, button: QWidget, job: Callable[[], Any],
                  show: Callable[[Any], None]) -> None:
        """Read what a window needs in the worker, then ``show`` it; ``button`` waits
        meanwhile, so a second press cannot open a second window."""
        if not button.isEnabled():
            return
        button.setEnabled(False)

        def ready(result: Any) -> None:
            button.setEnabled(True)
            show(result)

        self.run(job, ready, lambda _exc: button.setEnabled(True))

    def reload(self, choose: int | None = None) -> None:
        """Read the cohorts again, keeping ``choose`` (else the chosen cohort) chosen."""
        keep = choose if choose is not None else self._chosen_id()
        ws = self.workspace
        self.run(lambda: surveys.cohorts(ws), lambda rows: self._loaded(rows, keep))

    def _loaded(self, rows: list[Cohort], keep: int | None) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of_id(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._show_cohort()
        self.loaded.emit()

    # ------------------------------------------------------------------ the chosen cohort

    def chosen(self) -> Cohort | None:
        return self.model.row_of(self.table.currentIndex()) \
            if self.table.currentIndex().isValid() else None

    def _chosen_id(self) -> int | None:
        cohort = self.chosen()
        return cohort.id if cohort is not None else None

    def _show_cohort(self) -> None:
        cohort = self.chosen()
        self.cohort_panel.setVisible(cohort is not None)
        if cohort is None:
            self.results.show_cohort(None)
            return
        self.cohort_title.setText(cohort.title)
        lines = wave_lines(cohort)
        self.cohort_state.setText("\n".join(lines))
        self.cohort_state.setAccessibleName("; ".join(lines))
        coming, running = surveys.next_wave(cohort), surveys.open_wave_of(cohort)
        self.open_button.setVisible(coming is not None)
        if coming is not None:
            self.open_button.setText(self.tr("Open the %1 wave").replace(
                "%1", wave_word(coming)))
        self.close_button.setVisible(running is not None)
        self.kiosk_button.setVisible(running is not None)
        self.paper_button.setVisible(running is not None)
        if running is not None:
            self.close_button.setText(self.tr("Close the %1 wave…").replace(
                "%1", wave_word(running)))
        self.results.show_cohort(cohort)

    # ------------------------------------------------------------------ cohorts and waves

    def new_cohort(self) -> None:
        ws = self.workspace
        self.open_with(self.new_button, lambda: (surveys.instruments(),
                                                 surveys.minimum_floor(ws)), self._ask_cohort)

    def _ask_cohort(self, facts: tuple[list[Any], int]) -> None:
        instruments, floor = facts
        dialog = CohortDialog(instruments, floor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda: self._create(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _create(self, dialog: CohortDialog) -> None:
        title, minimum, chosen, follow_up = dialog.values()
        ws = self.workspace

        def made(cohort_id: int) -> None:
            dialog.accept()
            self.message.show_message(self.tr("Cohort created. Open its pre wave when the "
                                              "group is ready."), "positive")
            self.reload(cohort_id)

        dialog.form.run(self.tasks, lambda: surveys.create_cohort(
            ws, title, minimum, chosen, follow_up=follow_up), made, dialog.show_error,
            owner=dialog)

    def open_next_wave(self) -> None:
        cohort = self.chosen()
        coming = surveys.next_wave(cohort) if cohort is not None else None
        if cohort is None or coming is None:
            return
        ws, cohort_id = self.workspace, cohort.id
        self.run(lambda: surveys.open_wave(ws, cohort_id, coming),
                 lambda _r: self.reload(cohort_id))

    def close_open_wave(self) -> None:
        cohort = self.chosen()
        running = surveys.open_wave_of(cohort) if cohort is not None else None
        if cohort is None or running is None:
            return
        text = self.tr("No more answers can be given to the %1 wave once it is closed, and it "
                       "cannot be opened again.").replace("%1", wave_word(running))
        if running is WaveKind.POST:
            text += " " + self.tr("Closing the post wave also deletes every personal code's "
                                  "scrambled form: only the answers already linked stay "
                                  "linked.")
        if not self.dialogs.confirm(self, self.tr("Close the wave"), text,
                                    self.tr("Close the wave")):
            return
        ws, cohort_id = self.workspace, cohort.id
        self.run(lambda: surveys.close_wave(ws, cohort_id, running),
                 lambda _r: self.reload(cohort_id))

    # ------------------------------------------------------------------ taking answers

    def start_kiosk(self) -> None:
        cohort = self.chosen()
        if cohort is None or self.kiosk is not None:
            return
        ws, cohort_id = self.workspace, cohort.id
        self.open_with(self.kiosk_button, lambda: backend.kiosk_start(ws, cohort_id),
                       lambda start: self._open_kiosk(cohort_id, start))

    def _open_kiosk(self, cohort_id: int, start: backend.KioskStart) -> None:
        ws = self.workspace
        kiosk = KioskWindow(start.questionnaire, self.tasks,
                            submit=partial(_submit, ws, cohort_id, "kiosk"),
                            leave_check=partial(backend.leave, ws, self.guard),
                            keepers=start.keepers, training=ws.training, parent=self,
                            idle_ms=self._kiosk_idle_ms or IDLE_MS)
        kiosk.left.connect(lambda: self._kiosk_ended(cohort_id))
        kiosk.lockRequested.connect(self.lockRequested)
        kiosk.submitted.connect(lambda: self.reload(cohort_id))
        self.kiosk = kiosk
        kiosk.showFullScreen()
        kiosk.activateWindow()

    def _kiosk_ended(self, cohort_id: int) -> None:
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is not None:
            kiosk.deleteLater()
        self.message.show_message(self.tr("The survey kiosk has ended."), "info")
        self.reload(cohort_id)
        self.kiosk_button.setFocus()

    def key_in_paper(self) -> None:
        cohort = self.chosen()
        if cohort is None or surveys.open_wave_of(cohort) is None:
            return
        ws, cohort_id = self.workspace, cohort.id
        self.open_with(self.paper_button, lambda: backend.paper_start(ws, cohort_id),
                       lambda start: self._open_paper(cohort_id, start))

    def _open_paper(self, cohort_id: int, questionnaire: Any) -> None:
        dialog = PaperEntryDialog(questionnaire, self.tasks,
                                  partial(_submit, self.workspace, cohort_id, "paper"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._paper_closed(cohort_id))
        self.paper = dialog
        dialog.open()

    def _paper_closed(self, cohort_id: int) -> None:
        self.paper = None
        self.reload(cohort_id)

    # ------------------------------------------------------------------ locking

    def clear_sensitive(self) -> None:
        """End the kiosk and the paper entry (what was typed goes) and empty every model."""
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is not None:
            kiosk.end()
        paper, self.paper = self.paper, None
        if paper is not None:
            paper.reject()
        self.model.clear()
        self.results.clear()


def _submit(ws: Workspace, cohort_id: int, mode: str, code: str,
            answers: dict[str, int]) -> None:
    backend.submit(ws, cohort_id, code, answers, mode=mode)
