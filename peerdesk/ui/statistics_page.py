"""The Statistics section (coordinators): the quarterly release and the trend, as tabs.

The only way contact data leaves PeerDesk (DESIGN section 6). Everything the page shows comes
from :mod:`peerdesk.services.stats.release` through the one worker: computing a release runs
the disclosure audit (a linear program) and can take a second or two, so a progress bar runs
meanwhile and a newer question drops an older answer. Exporting lives in
:mod:`peerdesk.ui.stats_export`. Locking clears every model.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from peerdesk.domain.stats import Release
from peerdesk.services import policy
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.release import QuarterState
from peerdesk.services.workspace import Workspace
from peerdesk.ui import messages, theme
from peerdesk.ui.dialogs import DialogService
from peerdesk.ui.stats_export import ExportFlow
from peerdesk.ui.stats_release_view import ReleaseView
from peerdesk.ui.stats_styles import style_sheet
from peerdesk.ui.stats_trend_view import TrendView
from peerdesk.ui.tasks import TaskRunner
from peerdesk.ui.widgets import MessageWidget, tag, text_label

if TYPE_CHECKING:
    from peerdesk.ui.main_window import MainWindow

RELEASE_TAB, TREND_TAB = range(2)


def _overview(ws: Workspace) -> tuple[list[QuarterState], list[Release], dict[str, str]]:
    """Quarters, frozen releases and the checklist's item texts, read in the worker."""
    texts = {item.code: item.text for item in policy.current(ws).checklist.items}
    return stats.quarter_states(ws), stats.releases(ws), texts


TABS_MIN_HEIGHT = 460  # quarter row, table list, table and chart, legend

class StatisticsPage(QWidget):
    """Pick a quarter, see its tables as released, export; the trend across releases.

    Signals:
        overviewLoaded(): quarters and releases arrived (tests wait on it).
        releaseShown(): a preview arrived and is on screen.
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
        # The tables and charts need their height: a short window scrolls the page rather
        # than squeezing the table under the chart.
        self.tabs.setMinimumHeight(TABS_MIN_HEIGHT)
        content = QWidget()
        content.setObjectName("statisticsContent")
        scroll = QScrollArea()
        scroll.setObjectName("statisticsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(tag(QLabel(self.tr("Statistics")), "pageTitle"))
        layout.addWidget(text_label(self.tr(
            "Anonymized figures for management, one quarter at a time: no names, no small "
            "groups. What you see here is exactly what will be released."), "pageText"))
        layout.addWidget(self.training_note)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.exports = ExportFlow(self)
        self._requests = itertools.count(1)
        self._latest = 0
        self.release_view.quarterChosen.connect(lambda _state: self._chosen())
        self.release_view.roundingToggled.connect(lambda _checked: self._chosen())
        self.release_view.exportRequested.connect(self.exports.start)
        self.reload()

    # ------------------------------------------------------------------ work on the worker

    def run(self, job: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None] | None = None) -> None:
        """Run ``job`` in the worker; a known error shows inline, a bug as "went wrong"."""

        def on_failure(exc: BaseException) -> None:
            if failed is not None:
                failed(exc)
            if not self.workspace.is_locked:
                self.message.show_message(messages.error_text(exc), "error")

        self.tasks.run(job, done, on_failure, owner=self)

    def reload(self, keep: object = None) -> None:
        """Ask for the quarters and the frozen releases (after sign-in and every export)."""
        ws = self.workspace

        def loaded(result: tuple[list[QuarterState], list[Release], dict[str, str]]) -> None:
            states, releases, texts = result
            self.release_view.set_checklist_texts(texts)
            self.trend.set_releases(releases)
            if self.release_view.set_states(states, keep) is not None:
                self.load_release()
            self.overviewLoaded.emit()

        self.run(lambda: _overview(ws), loaded)

    def _chosen(self) -> None:
        self.message.hide_message()  # the last message was about another choice
        self.load_release()

    def load_release(self) -> None:
        """Preview the chosen quarter (the stored release when it is frozen)."""
        state = self.release_view.current_state()
        if state is None or not state.over:
            return
        ws, quarter = self.workspace, state.quarter
        rounding = self.release_view.rounding.isChecked() and not state.frozen
        request = self._latest = next(self._requests)
        self.release_view.set_busy(True, self.tr(
            "Working out the figures and checking that no one can be identified…"))

        def shown(release: Release) -> None:
            if request != self._latest:
                return  # a newer question is on its way
            self.release_view.set_busy(False)
            self.release_view.show_release(release)
            self.releaseShown.emit()

        def failed(_exc: BaseException) -> None:
            if request == self._latest:
                self.release_view.set_busy(False)
                self.release_view.show_release(None)
                self.release_view.state_label.clear()

        self.run(lambda: stats.preview(ws, quarter, rounding=rounding), shown, failed)

    # ------------------------------------------------------------------ locking

    def clear_sensitive(self) -> None:
        """Drop every figure (the main window calls this when it locks)."""
        self._latest = next(self._requests)  # any answer still on its way is dropped
        self.release_view.clear()
        self.trend.clear()
        self.message.hide_message()


def statistics_page(window: MainWindow) -> QWidget:
    """The factory the "statistics" section uses (sections.py)."""
    assert window.workspace is not None
    return StatisticsPage(window.workspace, window.tasks, window.dialogs)
