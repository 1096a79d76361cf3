"""Layout pieces the Surveys screens share: a table as tall as its rows, a row of buttons."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from peerdesk.ui.kit import table_fit

ITEM_PADDING = 8  # the page sheet's QTableView::item padding, each side


def fit_rows(table: QTableView, most: int = 0, wrapping: tuple[int, ...] = (0,)) -> None:
    """Make ``table`` as tall as its rows (``most`` of them when set; it scrolls past that),
    so the page scrolls rather than a table inside it. Columns are as wide as their heading's
    longest word and their widest value (``ui/kit/table_fit``); the ``wrapping`` columns (long
    names) take the room left and wrap, each row as tall as its longest wrapped value,
    measured again whenever a column's width or the rows change."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table_fit.columns_by_words(table, wrapping)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if most
                                     else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    refit = partial(_fit, table, most, wrapping)
    table.model().modelReset.connect(refit)
    table.horizontalHeader().sectionResized.connect(lambda *_args: refit())
    refit()


def _fit(table: QTableView, most: int, wrapping: tuple[int, ...]) -> None:
    """Each row as tall as its longest wrapped value; the table as tall as its rows."""
    model, rows = table.model(), table.verticalHeader()
    metrics = table.fontMetrics()
    one_line = metrics.lineSpacing() + table_fit.ROW_PADDING
    for row in range(model.rowCount()):
        height = one_line
        for column in wrapping:
            text = model.index(row, column).data()
            room = table.columnWidth(column) - 2 * ITEM_PADDING - 4
            if isinstance(text, str) and text and room > 0:
                wrapped = metrics.boundingRect(QRect(0, 0, room, 100_000),
                                               int(Qt.TextFlag.TextWordWrap), text).height()
                height = max(height, wrapped + table_fit.ROW_PADDING)
        rows.resizeSection(row, height)
    count = model.rowCount()
    shown = min(count, most) if most else count
    total = sum(table.rowHeight(r) for r in range(shown)) or one_line
    table.setFixedHeight(table.horizontalHeader().height() + total + 2 * table.frameWidth())


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side from the left, in Tab order."""
    row = QHBoxLayout()
    row.setSpacing(12)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
