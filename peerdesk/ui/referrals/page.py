"""The Referrals section: find the right professional resource in seconds, offline.

The search box has the focus when the page opens. Results follow the typing without blocking
the window: each change waits ~120 ms for the next keystroke, then the search runs in the
database worker; a request counter drops any answer older than the newest question. The
detail pane shows the phone number large with a Copy button. Coordinators also get the
editing controls (:mod:`peerdesk.ui.referrals.actions`); a supporter's page has none, and the
service refuses them anyway.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action
from peerdesk.domain.referrals import Resource, ResourceCategory
from peerdesk.services import referrals
from peerdesk.services.referrals import DirectoryCounts, FilterChoices
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import a11y, input_guard, messages, table_fit, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, tag, text_label
from peerdesk.ui.referrals.actions import DirectoryActions
from peerdesk.ui.referrals.detail import ResourceDetail, detail_scroll
from peerdesk.ui.referrals.filters import FilterBar
from peerdesk.ui.referrals.models import CATEGORY, HOURS, NAME, STATUS, ResourceTableModel
from peerdesk.ui.referrals.styles import style_sheet

SEARCH_DELAY_MS = 120


def resource_table(model: ResourceTableModel, object_name: str, name: str) -> QTableView:
    """A read-only, single-row-selection table over ``model`` (also used by the lookup)."""
    table = tag(QTableView(), object_name, name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(38)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
    # Fixed widths, so the name keeps the room; a long category wraps.
    for column, width in ((CATEGORY, 130), (HOURS, 92)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, width)
    # A long name or category takes a second line: two 988 lines must not look alike.
    table_fit.rows_fit_contents(table)  # a directory is short: each row as tall as it needs
    table_fit.headings_fit(table)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


class DirectoryPage(QWidget):
    """Search, filters, results and the selected resource.

    Signals:
        resultsShown(int): a search answered and its rows are in the model (tests wait on it).
        overviewLoaded(): the counts and filter choices arrived.
    """

    resultsShown = Signal(int)
    overviewLoaded = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPage")
        theme.style_local(self, style_sheet, workspace.training)
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.today = today or date.today()
        self.can_edit = workspace.can(Action.EDIT_REFERRALS)
        self.counts = DirectoryCounts(0, 0, 0)
        self._request = 0
        self._select_id: int | None = None
        self._starter_checked = False
        self.model = ResourceTableModel(self, self.today)
        self.search = tag(QLineEdit(), "searchEdit", self.tr("Search the directory"))
        self.search.setPlaceholderText(self.tr(
            "Search by name, region, language or notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.filters = FilterBar()
        self.status = text_label("", "resultStatus")
        self.filters.add_status(self.status)
        self.table = resource_table(self.model, "resourceTable", self.tr("Resources found"))
        self.detail = ResourceDetail(today=self.today)
        self.message = MessageWidget("directoryMessage", closable=True)
        # Not ``actions``: that name is QWidget.actions, which this attribute would hide.
        self.directory_actions: DirectoryActions | None = None
        if self.can_edit:
            actions = DirectoryActions(
                workspace, tasks, dialogs, self, self.message, selected=self.selected,
                refresh=self.refresh, failed=self._failed, today=self.today)
            self.table.doubleClicked.connect(lambda _i: actions.edit_resource())
            self.directory_actions = actions
        self._lay_out()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_now)
        self._focus_timer = QTimer(self)  # a child: it goes with the page when a lock drops it
        self._focus_timer.setSingleShot(True)
        self._focus_timer.setInterval(0)
        self._focus_timer.timeout.connect(self._focus_on_open)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.filters.changed.connect(self.search_now)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.copied.connect(lambda phone: self.message.show_message(
            self.tr("%1 is on the clipboard.").replace("%1", phone), "positive"))
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self._set_tab_order()
        self.refresh()

    def _lay_out(self) -> None:
        # The title, then the coordinator's buttons on a row of their own (right-aligned), so
        # a longer language or larger text never squeezes the title or a button.
        title_row = QVBoxLayout()
        title_row.setSpacing(6)
        title_row.addWidget(tag(QLabel(self.tr("Referrals")), "pageTitle"))
        if self.directory_actions is not None:
            buttons = QHBoxLayout()
            buttons.setSpacing(10)
            buttons.addStretch(1)
            for button in self.directory_actions.header_buttons():
                button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
                buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            title_row.addLayout(buttons)
        self.detail_scroll = detail_scroll(self.detail)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(10)
        right_column.addWidget(self.detail_scroll, 1)
        if self.directory_actions is not None:
            right_column.addLayout(self.directory_actions.detail_row())
        self.splitter = tag(QSplitter(Qt.Orientation.Horizontal), "directorySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        right.setMinimumWidth(400)
        right.setMaximumWidth(480)
        self.splitter.setHandleWidth(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addLayout(title_row)
        layout.addWidget(text_label(self.tr(
            "Find the right professional resource when a conversation goes beyond peer "
            "support. No network needed."), "pageText"))
        if self.directory_actions is not None:
            layout.addWidget(self.directory_actions.first_run)
        layout.addWidget(self.message)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

    def _set_tab_order(self) -> None:
        # Top to bottom, left to right: the title row's buttons and the first-run prompt,
        # then search, filters, the list, the detail and the buttons under it.
        chain: list[QWidget] = [self.search, *self.filters.focus_chain(), self.table,
                                self.detail_scroll, *self.detail.focus_chain()]
        actions = self.directory_actions
        if actions is not None:
            top = [*actions.header_buttons(), actions.first_run_button]
            chain = top + chain + [button for button in actions.focus_chain()
                                   if button not in top]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ focus and keys

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.workspace.is_locked:
            return  # shown for a moment while a lock removes the pages before it
        self._focus_timer.start()  # after the stack has finished showing the page
        if self.can_edit and not self._starter_checked:
            # A new vault gets its starter entries when a coordinator first opens the
            # directory (once per vault: deleting them later does not bring them back).
            self._starter_checked = True
            ws = self.workspace
            self.tasks.run(lambda: referrals.install_starter_directory(ws),
                           lambda added: self.refresh() if added else None, self._failed)

    def _focus_on_open(self) -> None:
        """Put the cursor in the search box, unless the member is arrowing through the section
        list (the list keeps the keyboard, so Down goes on to the next section)."""
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is not self.window():
            return  # a dialog opened meanwhile keeps the keyboard, and gives it back
        if (focus is not None and not self.isAncestorOf(focus)
                and input_guard.moving_by_arrows()):
            return
        self.focus_search()

    def focus_search(self) -> None:
        if self.isVisible():
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now()  # Enter does not wait for the pause after typing
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ loading

    def refresh(self, select_id: int | None = None) -> None:
        """Counts, filter choices and the results again (after opening and after changes)."""
        ws = self.workspace

        def overview() -> tuple[DirectoryCounts, FilterChoices]:
            return referrals.counts(ws), referrals.filter_choices(ws)

        self.tasks.run(overview, self._overview, self._failed)
        self.search_now(select_id)

    def _overview(self, result: tuple[DirectoryCounts, FilterChoices]) -> None:
        self.counts, choices = result
        self.filters.set_choices(choices)
        if self.directory_actions is not None:
            self.directory_actions.show_counts(self.counts)
        self.overviewLoaded.emit()

    def search_now(self, select_id: int | None = None) -> None:
        """Ask the worker for the current text and filters; older answers are dropped."""
        self._debounce.stop()
        if self.workspace.is_locked:
            return
        self._request += 1
        if select_id is not None:
            self._select_id = select_id
        request, ws = self._request, self.workspace
        text, filters = self.search.text(), self.filters.value()
        self.tasks.run(lambda: referrals.search(ws, text, filters),
                       lambda rows: self._results(request, rows), self._failed)

    def _results(self, request: int, rows: list[Resource]) -> None:
        if request != self._request:
            return  # a newer keystroke's search is on its way
        keep = self._select_id if self._select_id is not None else self.selected_id()
        self._select_id = None
        self.model.set_resources(rows)
        self._show_status(len(rows))
        row = self.model.row_of(keep) if keep is not None else -1
        if rows:
            self.table.selectRow(max(row, 0))
        else:
            self.detail.show_resource(None)
        self.resultsShown.emit(len(rows))

    def _show_status(self, found: int) -> None:
        if found:
            text = self.tr("%n resource(s)", "", found)
        elif self.search.text().strip() or not self.filters.is_default():
            text = self.tr(
                "No resource matches. Try fewer or shorter words, or clear the filters.")
        else:
            text = self.tr("The directory is empty.")
        if text != self.status.text():  # said once, where the focus stays (the search box)
            self.status.setText(text)
            a11y.announce(self.status, text)

    def _failed(self, exc: BaseException) -> None:
        if self.workspace.is_locked:
            return  # locked while the job was queued: the page is going away
        self.message.show_message(messages.error_text(exc), "error")

    # ------------------------------------------------------------------ selection

    def selected(self) -> Resource | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.resource_at(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        resource = self.selected()
        return resource.id if resource is not None else None

    def _current_changed(self, *_args: object) -> None:
        index = self.table.currentIndex()
        resource = self.model.resource_at(index.row()) if index.isValid() else None
        self.detail.show_resource(resource)
        if self.directory_actions is not None:
            self.directory_actions.sync_buttons(resource)

    def show_category(self, category: ResourceCategory | None) -> None:
        """Filter to one category (what a referral chip's lookup starts from)."""
        self.filters.set_category(category)

    # ------------------------------------------------------------------ locking

    def clear_sensitive(self) -> None:
        """Forget results, typed text and selection (called when the app locks)."""
        self._debounce.stop()
        self._request += 1  # any answer still in the worker is dropped
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.detail.show_resource(None)
        self.message.hide_message()
        if self.directory_actions is not None:
            self.directory_actions.clear()

