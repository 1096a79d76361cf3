"""Close an incident's acute phase: follow-ups at the program's days (1, 2 and 4 weeks unless
the policy says otherwise) for the response lead or the team members chosen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from peerdesk.domain.incidents import Incident, follow_up_dates
from peerdesk.domain.members import Member
from peerdesk.services import incidents
from peerdesk.services.workspace import Workspace
from peerdesk.ui.incidents.controls import MemberChecks
from peerdesk.ui.incidents.form_dialog import IncidentFormDialog
from peerdesk.ui.kit.i18n import short_date
from peerdesk.ui.kit.tasks import TaskRunner


class CloseAcuteDialog(IncidentFormDialog):
    """Chooses who gets the follow-ups (the lead by default) and closes the acute phase."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, incident: Incident,
                 days: tuple[int, ...], team: list[Member],
                 parent: QWidget | None = None) -> None:
        dues = ", ".join(short_date(d) for d in follow_up_dates(date.today(), days))
        super().__init__(
            workspace, tasks, "closeAcuteDialog", self.tr("Close the acute phase"),
            self.tr("Each member chosen gets a follow-up on %1, in Follow-ups.")
            .replace("%1", dues),
            self.tr("Close acute phase"), parent)
        self.incident = incident
        on_response = [m for m in team if m.user_id in incident.draft.team]
        self.assignees = MemberChecks("followUpAssigneeChecks",
                                      self.tr("Who follows up"))
        self.assignees.set_members(on_response, {incident.draft.lead})
        self.add_field("assignees", self.tr("Who follows up"), self.assignees)
        self.assignees.focus_first()

    def job(self) -> Callable[[], Any] | None:
        ws, incident_id = self.workspace, self.incident.id
        chosen = self.assignees.checked()
        return lambda: incidents.close_acute_phase(ws, incident_id, chosen or None)
