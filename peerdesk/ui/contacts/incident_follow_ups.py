"""Follow-ups after critical incidents, in the Follow-ups tab under the contacts' own.

Closing an incident's acute phase plans follow-ups for the response lead or chosen team
members (ARCHITECTURE section 11); each shows the incident's kind and date, nothing else.
Enter (or "Log incident follow-up") opens the form for a contact that completes it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.incidents import IncidentFollowUp
from peerdesk.ui.contacts.follow_up_models import IncidentFollowUpModel
from peerdesk.ui.contacts.list_model import follow_up_table
from peerdesk.ui.kit.widgets import primary_button, secondary_button, tag, text_label


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
        column.setContentsMargins(0, 0, 0, 8)
        column.setSpacing(8)
        column.addWidget(tag(QLabel(self.tr("After critical incidents")), "sectionHeading"))
        column.addWidget(text_label(self.tr(
            "Planned when an incident's acute phase closed. The contact you log completes it."),
            "hint"))
        column.addWidget(self.table)
        column.addLayout(buttons)

        self.table.activated.connect(self._log)
        self.log_button.clicked.connect(lambda: self._log(self.table.currentIndex()))
        self.dismiss_button.clicked.connect(self._dismiss)
        self.set_items([])

    def set_items(self, items: list[IncidentFollowUp]) -> None:
        self.model.set_rows(items)
        if items:
            self.table.setCurrentIndex(self.model.index(0, 0))
        # As tall as its rows, up to four (they are few; the contacts' list below needs room).
        rows = min(max(len(items), 1), 4)
        row = max(self.table.verticalHeader().defaultSectionSize(), self.table.rowHeight(0))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * row + 2 * self.table.frameWidth() + 4)
        self.setVisible(bool(items))

    def _log(self, index: QModelIndex) -> None:
        item = self.model.row_of(index)
        if item is not None:
            self.logRequested.emit(item)

    def _dismiss(self) -> None:
        item = self.model.row_of(self.table.currentIndex())
        if item is not None:
            self.dismissRequested.emit(item.id)
