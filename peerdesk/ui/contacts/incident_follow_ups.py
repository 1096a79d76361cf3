"""Follow-ups after critical incidents, in the Follow-ups tab under the contacts' own.

Closing an incident's acute phase plans follow-ups for the response lead or chosen team
members (ARCHITECTURE section 11); each shows the incident's kind and date, nothing else.
Enter (or "Log incident follow-up") opens the form for a contact that completes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.incidents import IncidentFollowUp
from peerdesk.ui.contacts.list_model import due_text, follow_up_table, short_date
from peerdesk.ui.kit.rows_model import Index, RowsModel
from peerdesk.ui.kit.vocab_labels import label
from peerdesk.ui.kit.widgets import primary_button, secondary_button, tag, text_label


class IncidentFollowUpModel(RowsModel[IncidentFollowUp]):
    """The member's incident follow-ups due, oldest first."""

    STATUS, DUE, KIND, INCIDENT_ON = range(4)

    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._headers = [self.tr("Status"), self.tr("Due"), self.tr("Incident"),
                         self.tr("Incident on")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_of(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.STATUS: lambda: due_text(item.due, self._today()),
                self.DUE: lambda: short_date(item.due),
                self.KIND: lambda: label(item.kind),
                self.INCIDENT_ON: lambda: short_date(item.incident_on),
            }[index.column()]()
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None


class IncidentFollowUps(QWidget):
    """The incident follow-ups list and its two actions; hidden while there are none.

    Signals:
        logRequested(IncidentFollowUp): log a contact completing this follow-up.
        dismissRequested(int): close this follow-up (id) as no longer needed.
    """

    logRequested = Signal(object)
    dismissRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentFollowUps")
        self.model = IncidentFollowUpModel(parent=self)
        self.table = follow_up_table(
            tag(QTableView(), "incidentFollowUpTable",
                self.tr("Follow-ups after critical incidents")), self.model, (190, 130, 260))
        self.log_button = primary_button(self.tr("Log incident follow-up"),
                                         "logIncidentFollowUpButton")
        self.dismiss_button = secondary_button(self.tr("No longer needed"),
                                               "dismissIncidentFollowUpButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addWidget(tag(QLabel(self.tr("After critical incidents")), "sectionHeading"))
        column.addWidget(text_label(self.tr(
            "Planned when an incident's acute phase closed. The contact you log completes it."),
            "hint"))
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.table.activated.connect(self._log)
        self.log_button.clicked.connect(lambda: self._log(self.table.currentIndex()))
        self.dismiss_button.clicked.connect(self._dismiss)
        self.set_items([])

    def set_items(self, items: list[IncidentFollowUp]) -> None:
        self.model.set_rows(items)
        if items:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.setVisible(bool(items))

    def _log(self, index: QModelIndex) -> None:
        item = self.model.row_of(index)
        if item is not None:
            self.logRequested.emit(item)

    def _dismiss(self) -> None:
        item = self.model.row_of(self.table.currentIndex())
        if item is not None:
            self.dismissRequested.emit(item.id)
