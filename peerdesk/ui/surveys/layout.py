"""Layout pieces the Surveys screens share: a scrolling area and a table as tall as its rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QTableView, QWidget

from peerdesk.ui.kit.widgets import tag


def scrolling(content: QWidget, object_name: str) -> QScrollArea:
    """``content`` in a frameless area that scrolls when the window is short; the area takes
    no focus of its own (it scrolls to the focused control)."""
    scroll = tag(QScrollArea(), object_name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    return scroll


def fit_rows(table: QTableView, most: int = 0) -> None:
    """As tall as its rows (``most`` of them when set; the table scrolls past that), so the
    page scrolls rather than a table inside it; one empty row's room when it has none."""
    table.resizeRowsToContents()
    count = table.model().rowCount()
    shown = min(count, most) if most else count
    rows = sum(table.rowHeight(r) for r in range(shown)) or \
        table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows
                         + 2 * table.frameWidth())


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side from the left, in Tab order."""
    row = QHBoxLayout()
    row.setSpacing(12)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
