"""A read-only table of whole rows, as the team's lists show members, records and log entries.

Tab leaves it and the arrow keys move in it; one row is chosen at a time; nothing is edited in
place; no grid, alternate row colours, headings at the left. Each page then sizes its columns.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from peerdesk.ui.kit.widgets import tag

V = TypeVar("V", bound=QTableView)


def row_table(table: V, object_name: str, accessible_name: str, *, row_height: int = 34) -> V:
    """Set ``table`` up as a read-only table of single whole rows and name it; returns it."""
    tag(table, object_name, accessible_name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table
