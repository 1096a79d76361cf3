"""The "My contacts" table model: keyset pages loaded lazily through the database worker.

``canFetchMore``/``fetchMore`` ask the worker for the next page after the last row shown
(``(occurred_on, id)``, newest first), so a list of a million contacts holds only the pages the
person actually scrolled to, and the UI thread never waits on a query. Filters run in SQL: a
new filter resets the model. Results of a superseded load are dropped by generation number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView

from peerdesk.domain.contacts import ContactFilter, ContactSummary
from peerdesk.ui.kit import i18n, messages, table_fit
from peerdesk.ui.kit.rows_model import Index, RowsModel
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.vocab_labels import label, labels

PAGE_SIZE = 200
ROW_HEIGHT = 34  # fixed row height: the view never measures rows one by one
ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

Loader = Callable[[ContactFilter, tuple[date, int] | None, int], list[ContactSummary]]


def short_date(day: date) -> str:
    return i18n.short_date(day)


def follow_up_table(table: QTableView, model: QAbstractItemModel, widths: tuple[int, ...]
                    ) -> QTableView:
    """A follow-ups table (contacts' or incidents'): whole rows, read-only, two-line rows,
    headings kept whole, the last column taking what is left."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for section, width in enumerate(widths):
        table.setColumnWidth(section, width)
    header.setStretchLastSection(True)
    table_fit.two_line_rows(table)
    table_fit.headings_fit(table)
    return table

class ContactTableModel(RowsModel[ContactSummary]):
    """Rows of :class:`ContactSummary`, newest first, fetched page by page.

    Args:
        tasks: the database worker.
        loader: ``loader(filters, after, limit)`` run on the worker (services.contacts.page).

    Signals:
        pageLoaded(int): a page arrived; carries the number of rows now loaded.
        loadFailed(object): a page could not be loaded; carries the exception.
    """

    pageLoaded = Signal(int)
    loadFailed = Signal(object)

    DATE, GROUP, FORMAT, CHANNEL, MINUTES, TOPICS, RISK, FOLLOW_UP = range(8)

    def __init__(self, tasks: TaskRunner, loader: Loader, *, page_size: int = PAGE_SIZE,
                 today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._loader = loader
        self._page_size = page_size
        self._today = today
        self._filters = ContactFilter()
        self._exhausted = False
        self._pending = False
        self._generation = 0
        self._headers = [self.tr("Date"), self.tr("Member group"), self.tr("Format"),
                         self.tr("Channel"), self.tr("Min."), self.tr("Topics"),
                         self.tr("Risk"), self.tr("Follow-up")]

    # ------------------------------------------------------------------ Qt model

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == ID_ROLE:
            return row.id
        if role == SUMMARY_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: ContactSummary, column: int) -> str | None:
        texts: dict[int, Callable[[], str]] = {
            self.DATE: lambda: short_date(row.occurred_on),
            self.GROUP: lambda: label(row.member_group),
            self.FORMAT: lambda: label(row.format),
            self.CHANNEL: lambda: label(row.channel),
            self.MINUTES: lambda: str(row.duration_min),
            self.TOPICS: lambda: labels(row.topics),
            self.RISK: lambda: label(row.risk),
            self.FOLLOW_UP: lambda: self._follow_up_text(row),
        }
        make = texts.get(column)
        return None if make is None else make()

    def _follow_up_text(self, row: ContactSummary) -> str:
        if row.follow_up_due is None:
            return ""
        if row.follow_up_done:
            return self.tr("Done")
        when = short_date(row.follow_up_due)
        if row.follow_up_due < self._today():
            return self.tr("Overdue (due %1)").replace("%1", when)
        return self.tr("Due %1").replace("%1", when)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or self._pending:
            return
        self._pending = True
        generation, filters, limit = self._generation, self._filters, self._page_size
        after = None
        if self._rows:
            last = self._rows[-1]
            after = (last.occurred_on, last.id)
        loader = self._loader
        self._tasks.run(lambda: loader(filters, after, limit),
                        lambda rows: self._arrived(generation, rows),
                        lambda exc: self._load_failed(generation, exc), owner=self)

    # ------------------------------------------------------------------ loading

    def _arrived(self, generation: int, rows: list[ContactSummary]) -> None:
        if generation != self._generation:
            return  # a reset or a lock happened since this page was asked for
        if len(rows) < self._page_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        # Only now: a view that asks for more while the rows go in (rowsAboutToBeInserted)
        # would otherwise ask again for the page after the old last row.
        self._pending = False
        self.pageLoaded.emit(len(self._rows))

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self._exhausted = True
        self.loadFailed.emit(exc)

    def set_filters(self, filters: ContactFilter) -> None:
        """Show the contacts matching ``filters`` (applied in SQL), from the first page."""
        self.beginResetModel()
        self._generation += 1
        self._filters = filters
        self._rows = []
        self._exhausted = False
        self._pending = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        self.set_filters(self._filters)

    def clear(self) -> None:
        """Drop every row and load nothing more (the workspace is locking)."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._exhausted = True
        self._pending = False
        self.endResetModel()

    @property
    def filters(self) -> ContactFilter:
        return self._filters

    @property
    def loading(self) -> bool:
        return self._pending

    def summary(self, row: int) -> ContactSummary | None:
        return self.row_at(row)

    def error_text(self, exc: BaseException) -> str:
        return messages.error_text(exc)
