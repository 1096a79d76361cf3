"""Tables that never cut a word: rows two lines high where a long value wraps, and columns at
least as wide as their heading, in every language and at a laptop's width.

A fixed row height keeps large tables fast (no row is measured on its own); two lines give a
long topic list, a referral's full name or "Overdue (due 30 Nov 2026)" room to wrap instead of
ending in "…".
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

ROW_PADDING = 10  # above and below the two lines, with the sheets' item padding


def two_line_rows(table: QTableView, lines: int = 2) -> None:
    """Rows ``lines`` text lines high (two unless the table is short), and long values
    wrapped onto the next line."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)  # only past the second line
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    height = lines * table.fontMetrics().lineSpacing() + ROW_PADDING
    rows.setDefaultSectionSize(max(rows.defaultSectionSize(), height))


def rows_fit_contents(table: QTableView, padding: int = 8) -> None:
    """Each row as tall as its longest value needs, wrapped (short tables only: every row is
    measured, so a one-line row stays short and a long name is read whole). ``padding`` is
    the sheet's item padding on each side, which Qt's own measure leaves out."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setItemDelegate(PaddedWrapDelegate(padding, table))
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class PaddedWrapDelegate(QStyledItemDelegate):
    """Measures a wrapped value in the room the style sheet's item padding leaves, so the row
    is tall enough for every line it draws (Qt measures the full cell width and the last line
    ends in "…")."""

    def __init__(self, padding: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._padding = padding

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                 ) -> QSize:
        narrower = QStyleOptionViewItem(option)
        # The padding on both sides, and a few pixels for the text's own rounding.
        narrower.rect = option.rect.adjusted(0, 0, -(2 * self._padding + 4), 0)
        hint = super().sizeHint(narrower, index)
        return QSize(hint.width() + 2 * self._padding, hint.height())


def headings_fit(table: QTableView) -> None:
    """Keep each fixed or interactive column at least as wide as its heading: measured when the
    table shows, and again when its style or language changes (the sheets' bold headings and
    their padding only apply once the table is polished)."""
    header = table.horizontalHeader()
    if header.findChild(_HeadingFitter) is None:
        header.installEventFilter(_HeadingFitter(header))
    widen_to_headings(header)


def widen_to_headings(header: QHeaderView) -> None:
    for column in range(header.count()):
        if header.sectionResizeMode(column) not in (QHeaderView.ResizeMode.Fixed,
                                                    QHeaderView.ResizeMode.Interactive):
            continue
        needed = header.sectionSizeFromContents(column).width()
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


class _HeadingFitter(QObject):
    _WHEN = (QEvent.Type.Show, QEvent.Type.StyleChange, QEvent.Type.FontChange,
             QEvent.Type.LanguageChange)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._WHEN and isinstance(watched, QHeaderView):
            widen_to_headings(watched)
        return False


class WrappingRowHeader(QHeaderView):
    """Row labels (a vertical header) that wrap within ``share`` of the table's width, each
    row as tall as its label needs: long labels (a checklist item) no longer push the figure
    columns to a few pixels. The model's row label alignment must allow word wrap."""

    def __init__(self, table: QTableView, share: float = 0.45) -> None:
        super().__init__(Qt.Orientation.Vertical, table)
        self._table = table
        self._share = share
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped whole, never "…"
        self.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.installEventFilter(self)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803
        size = super().sectionSizeFromContents(logicalIndex)
        model = self.model()
        text = model.headerData(logicalIndex, Qt.Orientation.Vertical) if model else None
        if not isinstance(text, str) or not text:
            return size
        metrics = self.fontMetrics()
        chrome = size.width() - metrics.horizontalAdvance(text)
        width = min(size.width(), max(120, int(self._table.width() * self._share)))
        room = max(1, width - chrome - 4)
        lines = metrics.boundingRect(QRect(0, 0, room, 100_000),
                                     int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(width, max(size.height(), self.defaultSectionSize(),
                                lines + size.height() - metrics.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() == QEvent.Type.Resize:
            self.resizeSections()  # the labels' room follows the table's width
            self.updateGeometry()
        return False


def columns_by_words(table: QTableView, wrapping: tuple[int, ...] = ()) -> None:
    """Share the table's width so each column is at least as wide as the longest word of its
    heading (headings wrap onto more lines) and its widest value; what is left is shared
    equally. Kept up to date as the table resizes.

    ``wrapping`` columns hold long values that may wrap (with :func:`rows_fit_contents`): they
    need only :data:`WRAPPING_MIN` (or their heading's longest word) and take all that is left.
    """
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    fitter = table.findChild(_WordFitter)
    if fitter is None:
        fitter = _WordFitter(table)
        table.installEventFilter(fitter)
    fitter.wrapping = wrapping
    fitter.fit()


WRAPPING_MIN = 180  # a wrapping column's least width: a few words a line


def _word_width(header: QHeaderView, column: int) -> int:
    model = header.model()
    text = model.headerData(column, Qt.Orientation.Horizontal) if model else None
    text = text if isinstance(text, str) else ""
    metrics = header.fontMetrics()
    chrome = header.sectionSizeFromContents(column).width() - metrics.horizontalAdvance(text)
    words = [w for w in re.split(r"\s+|(?<=-)", text) if w]
    return max((metrics.horizontalAdvance(w) for w in words), default=0) + chrome + 4


def _wrapped_height(header: QHeaderView, column: int) -> int:
    """The height of ``column``'s heading wrapped in its section's width."""
    model = header.model()
    text = model.headerData(column, Qt.Orientation.Horizontal) if model else None
    text = text if isinstance(text, str) else ""
    metrics = header.fontMetrics()
    one_line = header.sectionSizeFromContents(column)
    room = max(1, header.sectionSize(column) - (one_line.width()
                                                 - metrics.horizontalAdvance(text)))
    lines = metrics.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap),
                                 text).height()
    return lines + one_line.height() - metrics.height()


class _WordFitter(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self.wrapping: tuple[int, ...] = ()

    def fit(self) -> None:
        table = self._table
        header = table.horizontalHeader()
        count = header.count()
        if not count or header.sectionResizeMode(0) != QHeaderView.ResizeMode.Interactive:
            return  # the table went back to sizing its columns another way
        needs = [max(_word_width(header, c), WRAPPING_MIN if c in self.wrapping
                     else table.sizeHintForColumn(c)) for c in range(count)]
        spare = max(0, table.viewport().width() - sum(needs))
        takers = [c for c in self.wrapping if c < count] or list(range(count))
        tallest = 0
        for column, need in enumerate(needs):
            header.resizeSection(column, need + (spare // len(takers) if column in takers
                                                 else 0))
            tallest = max(tallest, _wrapped_height(header, column))
        header.setFixedHeight(tallest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.StyleChange):
            self.fit()
        return False

