"""Models of the Statistics screen: the quarters, one release table, the trend across releases.

Every model holds immutable domain values (``QuarterState``, ``Release``) and shows them
exactly as released: a suppressed cell reads "hidden" (with words in its tooltip and
accessible text), never a number, never ``<k`` and never colour alone. ``clear()`` drops
everything (on lock).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from peerdesk.domain.stats import TOTAL, Release
from peerdesk.services.stats.release import QuarterState
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.statistics import labels

_Index = QModelIndex | QPersistentModelIndex
StateRole = Qt.ItemDataRole.UserRole + 1
SuppressedRole = Qt.ItemDataRole.UserRole + 2
ValueRole = Qt.ItemDataRole.UserRole + 3
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _t(text: str) -> str:
    return QCoreApplication.translate("Statistics", text)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _cell_data(value: int | None, threshold: int, role: int, total: bool) -> Any:
    """What a released figure answers for ``role`` ("hidden" with words when hidden)."""
    shown = labels.shown(value, threshold)
    hidden = value is None
    answers: dict[int, Any] = {
        Qt.ItemDataRole.DisplayRole: shown,
        Qt.ItemDataRole.AccessibleTextRole: hidden_text(threshold) if hidden else shown,
        Qt.ItemDataRole.ToolTipRole: hidden_text(threshold) if hidden else None,
        Qt.ItemDataRole.TextAlignmentRole: int(_RIGHT),
        Qt.ItemDataRole.FontRole: _bold() if total else None,
        SuppressedRole: hidden,
        ValueRole: value,
    }
    return answers.get(role)


def hidden_text(threshold: int) -> str:
    del threshold  # the same words for every hidden cell, small or hidden to protect one
    return translate("Statistics",
            "Hidden to protect privacy: a small figure, or one hidden so that a small one "
            "cannot be worked out")


class QuarterModel(QAbstractListModel):
    """Quarters newest first, each year's annual summary at the top of its quarters.

    Every row can be chosen: an open quarter to read when it closes, a closed one to release
    or read, a year (one with a released quarter) for its annual summary.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QuarterState | int] = []

    def set_states(self, states: Sequence[QuarterState]) -> None:
        self.beginResetModel()
        released = {s.quarter.year for s in states if s.frozen}
        rows: list[QuarterState | int] = []
        for state in states:
            year = state.quarter.year
            if year in released and year not in rows:
                rows.append(year)
            rows.append(state)
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_states([])

    def state(self, row: int) -> QuarterState | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, QuarterState) else None

    def year(self, row: int) -> int | None:
        """The year of an annual-summary row, else None."""
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, int) else None

    def row_of(self, key: object) -> int:
        """The row of a Quarter, or of a year's annual summary (an int)."""
        return next((i for i, item in enumerate(self._rows)
                     if (item == key if isinstance(item, int) else item.quarter == key)), -1)

    def first_open_row(self) -> int:
        """The newest closed quarter, else the newest quarter, else -1."""
        states = [(i, s) for i, s in enumerate(self._rows) if isinstance(s, QuarterState)]
        return next((i for i, s in states if s.closed), states[0][0] if states else -1)

    @staticmethod
    def status(state: QuarterState) -> str:
        if state.frozen:
            return translate("Statistics",
                    "Released on %1").replace("%1", labels.date_label(state.frozen_at))
        if state.withheld:
            return translate("Statistics",
                    "Withheld on %1").replace("%1", labels.date_label(state.frozen_at))
        if not state.closed:
            day = state.closes_on
            return translate("Statistics", "Open: closes on %1").replace(
                "%1", labels.day_label(QDate(day.year, day.month, day.day)))
        return translate("Statistics", "Closed, not yet released")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, int):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return translate("Statistics", "%1 — annual summary").replace("%1", str(item))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{labels.quarter_label(item.quarter)} — {self.status(item)}"
        if role == StateRole:
            return item
        return None


class ReleaseTableModel(QAbstractTableModel):
    """One table of a release, switched with :meth:`set_table`; rows and columns translated."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._release: Release | None = None
        self._table = ""
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._cells: dict[tuple[str, str], int | None] = {}
        self._texts: Mapping[str, str] = {}

    @property
    def release(self) -> Release | None:
        return self._release

    @property
    def table(self) -> str:
        return self._table

    def set_release(self, release: Release | None, table: str,
                    checklist_texts: Mapping[str, str] | None = None) -> None:
        self.beginResetModel()
        self._release, self._table = release, table
        self._texts = dict(checklist_texts or {})
        cells = release.table(table) if release is not None else []
        self._rows = list(dict.fromkeys(r for r, _, _ in cells))
        self._columns = list(dict.fromkeys(c for _, c, _ in cells))
        self._cells = {(r, c): v for r, c, v in cells}
        self.endResetModel()

    def set_table(self, table: str) -> None:
        self.set_release(self._release, table, self._texts)

    def clear(self) -> None:
        self.set_release(None, "", {})

    def threshold(self) -> int:
        return self._release.threshold if self._release is not None else 0

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)
                                       and 0 <= index.column() < len(self._columns)):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        value = self._cells.get((row, column))
        return _cell_data(value, self.threshold(), role, TOTAL in (row, column))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        codes = self._columns if orientation == Qt.Orientation.Horizontal else self._rows
        if not 0 <= section < len(codes):
            return None
        code = codes[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return labels.column_label(code)
            return labels.row_label(self._table, code, self._texts)
        # Headers may wrap (the two-way table's formats need two or three lines, a checklist
        # item's row label several).
        side = (int(Qt.AlignmentFlag.AlignRight) if orientation == Qt.Orientation.Horizontal
                else int(Qt.AlignmentFlag.AlignLeft)) | Qt.TextFlag.TextWordWrap.value
        answers: dict[int, object] = {
            Qt.ItemDataRole.TextAlignmentRole: side | int(Qt.AlignmentFlag.AlignVCenter),
            Qt.ItemDataRole.FontRole: _bold() if code == TOTAL else None,
        }
        return answers.get(role)

    def bars(self) -> list[tuple[str, int | None]]:
        """What the chart draws: one bar per row (a column to chart where there are several)."""
        if self._release is None:
            return []
        column = {"member_group_by_format": TOTAL, "checklist_completion": "ticked",
                  "incident_hours": "hours"}.get(
            self._table, self._columns[0] if self._columns else "")
        bars = []
        for row in self._rows:
            value = self._cells.get((row, column))
            if row == TOTAL or (row == "logged_late" and value == 0):
                continue
            bars.append((labels.row_label(self._table, row, self._texts), value))
        return bars


HEADLINES = ("contacts", "hours", "referrals", "incidents", "reach/7_days")
QUARTER_COLUMN = 0


def _absent(role: int) -> Any:
    """A figure the release does not have (made before its table existed)."""
    answers: dict[int, Any] = {
        Qt.ItemDataRole.DisplayRole: "—",
        Qt.ItemDataRole.AccessibleTextRole: translate(
            "Statistics", "Not in this release: it was made before this table existed"),
        Qt.ItemDataRole.ToolTipRole: translate(
            "Statistics", "Not in this release: it was made before this table existed"),
        Qt.ItemDataRole.TextAlignmentRole: int(_RIGHT),
    }
    return answers.get(role)


class TrendTableModel(QAbstractTableModel):
    """Frozen releases oldest first: contacts, support hours, referrals, critical incidents and
    personnel reached within 7 days per quarter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._releases: list[Release] = []

    def set_releases(self, releases: Sequence[Release]) -> None:
        self.beginResetModel()
        self._releases = list(releases)
        self.endResetModel()

    def clear(self) -> None:
        self.set_releases([])

    def releases(self) -> list[Release]:
        return list(self._releases)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._releases)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(HEADLINES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._releases)
                                       and 0 <= index.column() <= len(HEADLINES)):
            return None
        release = self._releases[index.row()]
        if index.column() == QUARTER_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return labels.short_quarter_label(release.period)
            return None
        name = HEADLINES[index.column() - 1]
        if name not in release.values:
            return _absent(role)
        return _cell_data(release.values[name], release.threshold, role, False)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(HEADLINES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("Statistics", "Quarter"), translate("Statistics",
                    "Contacts"), translate("Statistics", "Support hours"), translate("Statistics",
                            "Referrals"), translate("Statistics", "Incidents"),
                    translate("Statistics", "Reached in 7 days"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section == QUARTER_COLUMN else \
                Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def series(self, column: int) -> list[tuple[str, int | None]]:
        """One headline across the quarters, for a chart (quarters released before its table
        existed are left out)."""
        name = HEADLINES[column - 1]
        return [(labels.short_quarter_label(r.period), r.values[name])
                for r in self._releases if name in r.values]
