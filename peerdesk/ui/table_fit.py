"""Tables that never cut a word: rows two lines high where a long value wraps, and columns at
least as wide as their heading, in every language and at a laptop's width.

A fixed row height keeps large tables fast (no row is measured on its own); two lines give a
long topic list, a referral's full name or "Overdue (due 30 Nov 2026)" room to wrap instead of
ending in "…".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
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
