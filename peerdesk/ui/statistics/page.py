"""The Statistics section (coordinators): the quarterly release, the trend and the program
report, as tabs.

The only way contact data leaves PeerDesk (ARCHITECTURE section 6). Everything the page shows comes
from :mod:`peerdesk.services.stats.release` through the one worker: making a release runs the
disclosure audit (a linear program) and can take a second or two, so a progress bar runs
meanwhile and a newer question drops an older answer. There is no preview: the first look at a
closed quarter is its release, asked for with the "Release" button and confirmed in words,
because a preview that could differ from the release would let two looks be differenced.
Exporting lives in :mod:`peerdesk.ui.statistics.export`, the program report and the trend
CSV in :mod:`peerdesk.ui.statistics.program_view`. Locking clears every model.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from peerdesk.domain.errors import QuarterWithheld
from peerdesk.domain.stats import Release
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.release import QuarterState
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.screen import scrolling_page
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, tag
from peerdesk.ui.statistics import labels
from peerdesk.ui.statistics.export import ExportFlow
from peerdesk.ui.statistics.program_view import ProgramReportView
from peerdesk.ui.statistics.release_view import ReleaseView
from peerdesk.ui.statistics.styles import style_sheet
from peerdesk.ui.statistics.trend_view import TrendView

RELEASE_TAB, TREND_TAB, PROGRAM_TAB = range(3)


def _overview(ws: Workspace) -> tuple[list[QuarterState], list[Release], dict[str, str]]:
    """Quarters, frozen releases and the checklist's item texts, read in the worker."""
    return stats.quarter_states(ws), stats.releases(ws), stats.item_texts(ws)


TABS_MIN_HEIGHT = 460  # quarter row, table list, table and chart, legend

class StatisticsPage(QWidget):
    """Pick a quarter, see its tables as released, export; the trend across releases.

    Signals:
        overviewLoaded(): quarters and releases arrived (tests wait on it).
        releaseShown(): a release (or an annual summary) arrived and is on screen.
    """

    overviewLoaded = Signal()
    releaseShown = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPage")
        theme.style_local(self, style_sheet, workspace.training)
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.release_view = ReleaseView(workspace.training)
        self.trend = TrendView(workspace.training)
        self.message = MessageWidget("statisticsMessage", closable=True)
        self.training_note = MessageWidget("trainingExportNote")
        if workspace.training:
            self.training_note.show_message(self.tr(
                "Training workspace: every export carries the TRAINING watermark and is marked "
                "as practice data."), "warning")
        self.tabs = tag(QTabWidget(), "statisticsTabs", self.tr("Statistics"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.release_view, self.tr("Quarterly release"))
        self.tabs.addTab(self.trend, self.tr("Trend"))
        self.program = ProgramReportView(workspace, dialogs, self.message, self.run)
        self.tabs.addTab(self.program, self.tr("Program report"))
        # The tables and charts need their height: a short window scrolls the page rather
        # than squeezing the table under the chart.
        self.tabs.setMinimumHeight(TABS_MIN_HEIGHT)
        layout = scrolling_page(self, "statistics", self.tr("Statistics"), self.tr(
            "Anonymized figures for management, one quarter at a time: no names, no small "
            "groups. A quarter closes a set number of days after it ends (Program policy); the "
            "first look at its figures is its release, and every later look and export shows "
            "exactly the same figures."))
        layout.addWidget(self.training_note)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.exports = ExportFlow(workspace, dialogs, self.release_view, self.message,
                                  run=self.run, reload=self.reload, parent=self)
        self._requests = itertools.count(1)
        self._latest = 0
        self.release_view.quarterChosen.connect(self._chosen)
        self.release_view.releaseRequested.connect(self.release_quarter)
        self.release_view.exportRequested.connect(self.exports.start)
        self._shown_before = False
        self.reload()

    # ------------------------------------------------------------------ work on the worker

    def run(self, job: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None] | None = None) -> None:
        """Run ``job`` in the worker; a known error shows inline, a bug as "went wrong"."""

        def on_failure(exc: BaseException) -> None:
            if failed is not None:
                failed(exc)
            if not self.workspace.is_locked:
                # A withheld quarter is the privacy rule at work, not something gone wrong.
                kind = "warning" if isinstance(exc, QuarterWithheld) else "error"
                self.message.show_message(messages.error_text(exc), kind)

        self.tasks.run(job, done, on_failure, owner=self)

    def reload(self, keep: object = None) -> None:
        """Ask for the quarters and the frozen releases (after sign-in and every export)."""
        ws = self.workspace

        def loaded(result: tuple[list[QuarterState], list[Release], dict[str, str]]) -> None:
            states, releases, texts = result
            self.release_view.set_checklist_texts(texts)
            self.trend.set_releases(releases)
            self.program.reload()
            chosen = self.release_view.set_states(states, keep)
            if chosen is not None:
                self.load_release(chosen)
            self.overviewLoaded.emit()

        self.run(lambda: _overview(ws), loaded)

    def refresh(self, _policy: object = None) -> None:
        """Read the quarters again, keeping the choice: each time the page is shown and when
        the policy changes (a quarter closes a policy-set number of days after it ends)."""
        view = self.release_view
        state = view.current_state()
        self.reload(keep=state.quarter if state is not None else view.current_year())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before:
            self.refresh()
        self._shown_before = True

    def _chosen(self, chosen: object) -> None:
        self.message.hide_message()  # the last message was about another choice
        self.load_release(chosen)

    def load_release(self, chosen: object) -> None:
        """Show a released quarter (its stored figures) or a year's annual summary."""
        ws = self.workspace
        if isinstance(chosen, int):
            year = chosen

            def job() -> Release:
                return stats.annual_summary(ws, year)
        elif isinstance(chosen, QuarterState) and chosen.frozen:
            quarter = chosen.quarter

            def job() -> Release:
                return stats.view(ws, quarter)
        else:
            return
        self._show(job, self.tr("Reading the released figures…"))

    def release_quarter(self) -> None:
        """Release the chosen closed quarter, after one question in words."""
        view = self.release_view
        state = view.current_state()
        if state is None or not state.closed or state.frozen:
            return
        name = labels.quarter_label(state.quarter)
        rounding = view.rounding.isChecked()
        text = self.tr(
            "Looking at the figures of %1 releases it: they are worked out now, checked, and "
            "frozen for good. Every later look and export shows exactly these figures; "
            "contacts logged later for it count in the next open quarter. If no set of hidden "
            "figures can keep every small count safe, the quarter is withheld for good "
            "instead, with nothing of it published.").replace("%1", name)
        if rounding:
            text += "\n\n" + self.tr("The figures will be released rounded to base 5.")
        if not self.dialogs.confirm(self, self.tr("Release %1?").replace("%1", name), text,
                                    self.tr("Release")):
            view.release_button.setFocus()
            return
        ws, quarter = self.workspace, state.quarter

        def job() -> Release:
            return stats.view(ws, quarter, rounding=rounding)

        self._show(job, self.tr(
            "Working out the figures and checking that no one can be identified…"),
            lambda: self.reload(keep=quarter))

    def _show(self, job: Callable[[], Release], busy_text: str,
              then: Callable[[], None] | None = None) -> None:
        request = self._latest = next(self._requests)
        self.release_view.set_busy(True, busy_text)

        def shown(release: Release) -> None:
            if request != self._latest:
                return  # a newer question is on its way
            self.release_view.set_busy(False)
            self.release_view.show_release(release)
            self.releaseShown.emit()
            if then is not None:
                then()

        def failed(_exc: BaseException) -> None:
            if request == self._latest:
                self.release_view.set_busy(False)
                self.release_view.show_release(None)
                self.release_view.state_label.clear()
                if then is not None:
                    then()  # a release that withheld the quarter changed its state too

        self.run(job, shown, failed)

    # ------------------------------------------------------------------ locking

    def clear_sensitive(self) -> None:
        """Drop every figure (the main window calls this when it locks)."""
        self._latest = next(self._requests)  # any answer still on its way is dropped
        self.release_view.clear()
        self.trend.clear()
        self.program.clear()
        self.message.hide_message()

