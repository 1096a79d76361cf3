"""The one base of PeerDesk's table models: immutable rows of one kind under translated headers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind (``self._rows``) under column headers (``self._headers``).

    Subclasses set the headers (already translated) and implement ``data``; row and column
    counts, the horizontal header and replacing or reading the rows are answered here. A model
    that loads its rows in pages appends to ``self._rows`` between ``beginInsertRows`` and
    ``endInsertRows`` itself.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._headers: list[str] = []

    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row (the views keep their columns, lose their selection)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.set_rows([])

    def rows(self) -> list[R]:
        """A copy of the rows, top to bottom."""
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        """The row at position ``row``, or None past either end."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, index: Index) -> R | None:
        """The row an index points at, or None for an invalid or stale index."""
        return self.row_at(index.row()) if index.isValid() else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
