"""Share out the outreach: how many of the involved personnel each team member on the
response is to reach (the incident then shows who has outreach still to do)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from peerdesk.domain.incidents import Incident
from peerdesk.services import incidents
from peerdesk.services.workspace import Workspace
from peerdesk.ui.incidents.form_dialog import IncidentFormDialog
from peerdesk.ui.kit import i18n
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import tag


class AssignDialog(IncidentFormDialog):
    """One number per responder; together at most the number involved."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, incident: Incident,
                 assigned: dict[str, int], names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        involved = incident.draft.personnel_involved
        super().__init__(
            workspace, tasks, "assignDialog", self.tr("Share out the outreach"),
            self.tr("How many of the %1 personnel involved each member on the response is to "
                    "reach.").replace("%1", i18n.number(involved)),
            self.tr("Save"), parent)
        self.incident = incident
        holder = QWidget()
        tag(holder, "assignments", self.tr("Personnel each member is to reach"))
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QSpinBox] = {}
        people = sorted(assigned, key=lambda u: (names.get(u) or u).casefold())
        for row, user in enumerate(people):
            name = names.get(user, self.tr("A former member"))
            spin = tag(QSpinBox(), f"assign_{user}",
                       self.tr("Personnel %1 is to reach").replace("%1", name))
            spin.setRange(0, involved)
            spin.setValue(assigned[user])
            caption = QLabel(name)
            caption.setBuddy(spin)
            grid.addWidget(caption, row, 0)
            grid.addWidget(spin, row, 1)
            self.spins[user] = spin
        self.add_field("assigned", self.tr("To reach"), holder)
        self.fields["responders"] = self.fields["assigned"]
        if self.spins:
            holder.setFocusProxy(next(iter(self.spins.values())))
            next(iter(self.spins.values())).setFocus()

    def job(self) -> Callable[[], Any] | None:
        ws, incident_id = self.workspace, self.incident.id
        values = {user: spin.value() for user, spin in self.spins.items()}
        return lambda: incidents.assign(ws, incident_id, values)
