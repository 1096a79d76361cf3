"""The table models of the Follow-ups tab: the contacts' follow-ups and the incidents'."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from peerdesk.domain.contacts import FollowUp
from peerdesk.domain.incidents import IncidentFollowUp
from peerdesk.ui.contacts.list_model import short_date
from peerdesk.ui.kit.rows_model import Index, RowsModel
from peerdesk.ui.kit.vocab_labels import label


class FollowUpModel(RowsModel[FollowUp]):
    """Open follow-ups, overdue first (the order the service returns)."""

    STATUS, DUE, CONTACT, GROUP, FORMAT = range(5)

    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._headers = [self.tr("Status"), self.tr("Due"), self.tr("Contact on"),
                         self.tr("Member group"), self.tr("Format")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_of(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.STATUS: lambda: self.status_text(item),
                self.DUE: lambda: short_date(item.due),
                self.CONTACT: lambda: short_date(item.occurred_on),
                self.GROUP: lambda: label(item.member_group),
                self.FORMAT: lambda: label(item.format),
            }[index.column()]()
        if role == Qt.ItemDataRole.UserRole:
            return item.contact_id
        return None

    def status_text(self, item: FollowUp) -> str:
        return self.due_text(item.due)

    def due_text(self, due: date) -> str:
        """Overdue or due, in words (the colour, if any, only repeats it); the incidents'
        follow-ups say it with these same words (self.tr, so lupdate keeps the plural forms)."""
        days = (self._today() - due).days
        if days > 0:
            return self.tr("Overdue by %n day(s)", "", days)
        return self.tr("Due today") if days == 0 else self.tr("Due %1").replace(
            "%1", short_date(due))


class IncidentFollowUpModel(RowsModel[IncidentFollowUp]):
    """The member's incident follow-ups due, oldest first."""

    STATUS, DUE, KIND, INCIDENT_ON = range(4)

    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._words = FollowUpModel(today, self)  # "Overdue by 3 days" said alike
        self._headers = [self.tr("Status"), self.tr("Due"), self.tr("Incident"),
                         self.tr("Incident on")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_of(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.STATUS: lambda: self._words.due_text(item.due),
                self.DUE: lambda: short_date(item.due),
                self.KIND: lambda: label(item.kind),
                self.INCIDENT_ON: lambda: short_date(item.incident_on),
            }[index.column()]()
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None
