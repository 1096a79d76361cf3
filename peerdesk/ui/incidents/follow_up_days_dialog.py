"""The program's follow-up days after an incident's acute phase closes (a coordinator's
policy setting; 7, 14 and 28 by default)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from peerdesk.domain.incidents import parse_follow_up_days
from peerdesk.domain.messages import Message
from peerdesk.services import incidents
from peerdesk.services.workspace import Workspace
from peerdesk.ui.incidents.form_dialog import IncidentFormDialog
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import tag


class FollowUpDaysDialog(IncidentFormDialog):
    """A line of day counts separated by commas."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, days: tuple[int, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(
            workspace, tasks, "followUpDaysDialog", self.tr("Follow-ups after an incident"),
            self.tr("Closing an incident's acute phase plans a follow-up this many days later, "
                    "for each member chosen. Common practice: 7, 14, 28 (one, two and four "
                    "weeks)."),
            self.tr("Save"), parent)
        self.edit = tag(QLineEdit(", ".join(str(d) for d in days)), "followUpDaysEdit",
                        self.tr("Days after the acute phase closes"))
        self.edit.setMaxLength(40)
        self.add_field("follow_up_days", self.tr("&Days after the acute phase closes"),
                       self.edit)
        self.edit.setFocus()
        self.edit.selectAll()

    def job(self) -> Callable[[], Any] | None:
        days = parse_follow_up_days(self.edit.text())
        if days is None:
            self.show_field_errors({"follow_up_days": Message("incident.follow_up_days")})
            return None
        ws = self.workspace
        return lambda: incidents.set_follow_up_days(ws, days)
