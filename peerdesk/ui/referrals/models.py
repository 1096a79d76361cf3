"""Qt models over the referral directory: search results and an import's bad rows.

:class:`ResourceTableModel` holds immutable :class:`Resource` rows as the worker returned
them (the search is SQL-side, so no proxy model); :class:`ProblemListModel` holds the
"Line N: reason" lines of an import preview.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from peerdesk.domain.referral_csv import ImportProblem
from peerdesk.domain.referrals import Resource
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.referrals.labels import category_label, hours_text, status_text

NAME, CATEGORY, HOURS, STATUS = range(4)
ResourceRole = Qt.ItemDataRole.UserRole + 1  # the Resource of a row
NeedsAttentionRole = Qt.ItemDataRole.UserRole + 2  # True for stale or example rows
_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("ResourceTableModel", text)


def _warning_icon() -> Any:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else None


class ResourceTableModel(QAbstractTableModel):
    """Search results: name, category, open 24/7 and status in words (the stale flag).

    Args:
        today: the day staleness is measured against (tests pass a fixed one).
    """

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Resource] = []
        self.today = today or date.today()

    def set_resources(self, resources: Sequence[Resource]) -> None:
        self.beginResetModel()
        self._rows = list(resources)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.set_resources([])

    def resource_at(self, row: int) -> Resource | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, resource_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == resource_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        resource = self._rows[index.row()]
        column = index.column()
        values: dict[int, Callable[[], object]] = {
            ResourceRole: lambda: resource,
            NeedsAttentionRole: lambda: self._needs_attention(resource),
            Qt.ItemDataRole.DisplayRole: lambda: self._text(resource, column),
            Qt.ItemDataRole.AccessibleTextRole: lambda: self._text(resource, column),
        }
        if column != STATUS:
            values[Qt.ItemDataRole.ToolTipRole] = lambda: self._text(resource, column)
        else:
            values[Qt.ItemDataRole.ToolTipRole] = lambda: status_text(resource, self.today)
            values[Qt.ItemDataRole.DecorationRole] = lambda: (
                _warning_icon() if self._needs_attention(resource) else None)
        value = values.get(role)
        return value() if value is not None else None

    def _needs_attention(self, resource: Resource) -> bool:
        return resource.is_example or resource.is_stale(self.today)

    def _text(self, resource: Resource, column: int) -> str | None:
        if column == NAME:
            return resource.name
        if column == CATEGORY:
            return category_label(resource.category)
        if column == HOURS:
            return hours_text(resource)
        if column == STATUS:
            return status_text(resource, self.today, short=True)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {NAME: translate("ResourceTableModel",
                "Name"), CATEGORY: translate("ResourceTableModel",
                        "Category"), HOURS: translate("ResourceTableModel", "Open"),
                  STATUS: translate("ResourceTableModel", "Status")}
        return titles.get(section)


def problem_text(problem: ImportProblem) -> str:
    """One bad row as "Line 4: unknown category" (the reason translated by exact text)."""
    return translate("ResourceTableModel", "Line %1: %2").replace("%1", str(problem.line)).replace(
        "%2", messages.field_error(problem.reason))


class ProblemListModel(QAbstractListModel):
    """The bad rows of an import preview, one "Line N: reason" per row, in file order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[ImportProblem] = []

    def set_problems(self, problems: Sequence[ImportProblem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._problems):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return problem_text(self._problems[index.row()])
        return None
