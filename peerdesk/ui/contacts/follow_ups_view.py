"""Follow-ups: what is due and what is overdue (said in words), one keystroke to log it.

Enter (or "Log follow-up") opens the form with a draft continuing the contact's episode;
"No longer needed" closes the follow-up without logging a contact.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.contacts import FollowUp
from peerdesk.domain.incidents import IncidentFollowUp
from peerdesk.ui.contacts.follow_up_models import FollowUpModel
from peerdesk.ui.contacts.incident_follow_ups import IncidentFollowUps
from peerdesk.ui.contacts.list_model import follow_up_table
from peerdesk.ui.kit import i18n
from peerdesk.ui.kit.widgets import MessageWidget, primary_button, secondary_button, tag, text_label


class FollowUpsView(QWidget):
    """The follow-ups list and its two actions.

    Signals:
        logRequested(int): log the follow-up of this contact id.
        dismissRequested(int): close this contact's follow-up as no longer needed.
    """

    logRequested = Signal(int)
    dismissRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsView")
        self.model = FollowUpModel(parent=self)
        self.table = follow_up_table(
            tag(QTableView(), "followUpTable", self.tr("Follow-ups due")), self.model,
            (190, 130, 130, 160))
        self.empty = text_label(self.tr(
            "No follow-ups are due. When you plan one on a contact, it appears here on the day "
            "it is due."), "followUpsEmpty")
        self.message = MessageWidget("followUpsMessage", closable=True)
        self.more = text_label("", "followUpsMore")
        self.more.hide()
        self.log_button = primary_button(self.tr("Log follow-up"), "logFollowUpButton")
        self.dismiss_button = secondary_button(self.tr("No longer needed"),
                                               "dismissFollowUpButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        self.incidents = IncidentFollowUps()
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 16, 32, 16)
        column.setSpacing(10)
        column.addWidget(tag(QLabel(self.tr("Follow-ups")), "pageTitle"))
        column.addWidget(text_label(self.tr(
            "Conversations you planned to come back to. Enter logs the follow-up; it joins "
            "the same episode."), "hint"))
        column.addWidget(self.message)
        # Few and pressing: above the contacts' follow-ups, which may run to hundreds.
        column.addWidget(self.incidents)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        column.addWidget(self.more)
        column.addLayout(buttons)
        self.table.activated.connect(lambda index: self._request(self.logRequested, index))
        self.log_button.clicked.connect(
            lambda: self._request(self.logRequested, self.table.currentIndex()))
        self.dismiss_button.clicked.connect(
            lambda: self._request(self.dismissRequested, self.table.currentIndex()))
        self.model.modelReset.connect(self._update)
        self._update()

    def set_items(self, items: list[FollowUp], total: int | None = None) -> None:
        """Show ``items`` (the oldest due first) out of ``total`` due in all."""
        self.model.set_rows(items)
        if items:
            self.table.setCurrentIndex(self.model.index(0, 0))
        more = (total or 0) > len(items)
        self.more.setVisible(more)
        if more:
            self.more.setText(self.tr("Showing the %1 oldest of %2 follow-ups due.")
                              .replace("%1", i18n.number(len(items)))
                              .replace("%2", i18n.number(total or 0)))

    def set_incident_items(self, items: list[IncidentFollowUp]) -> None:
        """Show the member's incident follow-ups due (the part hides while there are none)."""
        self.incidents.set_items(items)
        self._update()

    def _request(self, signal: Any, index: QModelIndex) -> None:
        item = self.model.row_of(index)
        if item is not None:
            signal.emit(item.contact_id)

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        only_incidents = not has_rows and self.incidents.model.rowCount() > 0
        self.empty.setVisible(not has_rows and not only_incidents)
        self.table.setVisible(has_rows)
        for button in (self.log_button, self.dismiss_button):
            button.setEnabled(has_rows)
            button.setVisible(not only_incidents)
