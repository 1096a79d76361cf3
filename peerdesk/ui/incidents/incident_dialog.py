"""Log an incident, or change its record: when, what kind, which member groups, how many
personnel, who leads the team's response and who else is on it.

No names, no places, no free text. Only a coordinator changes who is on a response; a
supporter logging an incident is put on it (the service does so).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from peerdesk.domain.incidents import MAX_INVOLVED, Incident, IncidentDraft
from peerdesk.domain.members import Member
from peerdesk.domain.messages import Message
from peerdesk.domain.vocab import IncidentType, MemberGroup
from peerdesk.services import incidents
from peerdesk.services.workspace import Workspace
from peerdesk.ui.incidents.controls import DateTimeEdit, MemberChecks
from peerdesk.ui.incidents.form_dialog import IncidentFormDialog
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.vocab_labels import label
from peerdesk.ui.kit.widgets import tag


class IncidentDialog(IncidentFormDialog):
    """Collects an :class:`IncidentDraft` and saves it (new, or changes to ``incident``).

    Args:
        team: the members who can be on a response (active supporters and coordinators).
        me: the signed-in member's user id (the default lead of a new incident).
        manage: the member may change who is on the response (a coordinator).
    """

    def __init__(self, workspace: Workspace, tasks: TaskRunner, team: list[Member], me: str,
                 manage: bool, incident: Incident | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Change the incident") if incident else self.tr("Log an incident")
        super().__init__(
            workspace, tasks, "incidentDialog", title,
            self.tr("No names, no places: the kind, when, who was involved as a count, and "
                    "the team's response."),
            self.tr("Save incident"), parent)
        self.incident = incident
        self.when = DateTimeEdit("incidentWhenEdit", self.tr("Date and time of the incident"))
        self.kind = tag(QComboBox(), "incidentKindCombo", self.tr("Kind of incident"))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.addItem(self.tr("Choose the kind of incident…"), None)
        for kind in IncidentType:
            self.kind.addItem(label(kind), kind.value)
        self.groups = QWidget()
        tag(self.groups, "incidentGroups", self.tr("Member groups involved"))
        grid = QGridLayout(self.groups)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(0)
        self.group_checks: dict[MemberGroup, QCheckBox] = {}
        for n, group in enumerate(MemberGroup):
            box = tag(QCheckBox(label(group)), f"group_{group.value}", label(group))
            self.group_checks[group] = box
            grid.addWidget(box, n // 2, n % 2)  # two columns: French labels run long
        self.groups.setFocusProxy(self.group_checks[MemberGroup.POLICE])
        self.involved = tag(QSpinBox(), "involvedSpin", self.tr("Personnel involved"))
        self.involved.setRange(1, MAX_INVOLVED)
        self.estimated = tag(QCheckBox(self.tr("This is an estimate")), "estimatedCheck",
                             self.tr("The number involved is an estimate"))
        self.lead = tag(QComboBox(), "leadCombo", self.tr("The team's response lead"))
        for member in sorted(team, key=lambda m: m.name.casefold()):
            self.lead.addItem(member.name, member.user_id)
        self.responders = MemberChecks("responderChecks",
                                       self.tr("Others on the response"))
        self.responders.set_members(team)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.add_field("occurred_at", self.tr("&When"), self.when, row)
        self.add_field("kind", self.tr("&Kind"), self.kind, row)
        self.body.addLayout(row)
        self.add_field("member_groups", self.tr("Member &groups involved"), self.groups)
        # One row for the count and the lead: the dialog must fit a 720-pixel-high screen.
        count_row = QHBoxLayout()
        count_row.setSpacing(16)
        self.add_field("personnel_involved", self.tr("&Personnel involved"), self.involved,
                       count_row)
        count_row.addWidget(self.estimated, 0, Qt.AlignmentFlag.AlignVCenter)
        self.add_field("lead", self.tr("Response &lead"), self.lead, count_row)
        self.body.addLayout(count_row)
        self.add_field("responders", self.tr("Others on the &response"), self.responders)
        self.fields["estimated"] = (self.fields["personnel_involved"][0], self.estimated)
        if not manage and incident is not None:  # a new incident's lead is anyone's choice
            self.lead.setEnabled(False)
            for box in self.responders.checks.values():
                box.setEnabled(False)
            self.responders.setToolTip(self.tr("A coordinator decides who is on a response."))
        self._fill(incident, me)
        self.lead.currentIndexChanged.connect(self._lead_changed)
        self._lead_changed()
        self.when.setFocus()

    def _fill(self, incident: Incident | None, me: str) -> None:
        if incident is None:
            self.when.set_value(datetime.now())
            self.involved.setValue(1)
            self.lead.setCurrentIndex(max(self.lead.findData(me), 0))
            return
        draft = incident.draft
        self.when.set_value(draft.occurred_at)
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind.value), 0))
        for group, box in self.group_checks.items():
            box.setChecked(group in draft.member_groups)
        self.involved.setValue(draft.personnel_involved)
        self.estimated.setChecked(draft.involved_estimated)
        self.lead.setCurrentIndex(max(self.lead.findData(draft.lead), 0))
        for user, box in self.responders.checks.items():
            box.setChecked(user in draft.responders)

    def _lead_changed(self) -> None:
        """The lead is on the response already: not a choice among the others."""
        lead = self.lead.currentData()
        for user, box in self.responders.checks.items():
            if user == lead:
                box.setChecked(False)
            box.setVisible(user != lead)

    def draft(self) -> IncidentDraft | None:
        kind = self.kind.currentData()
        if kind is None:
            return None
        return IncidentDraft(
            occurred_at=self.when.value(), kind=IncidentType(str(kind)),
            member_groups=frozenset(g for g, box in self.group_checks.items()
                                    if box.isChecked()),
            personnel_involved=self.involved.value(), involved_estimated=self.estimated.isChecked(),
            lead=str(self.lead.currentData() or ""), responders=self.responders.checked(),
        )

    def job(self) -> Callable[[], Any] | None:
        draft = self.draft()
        if draft is None:
            self.show_field_errors({"kind": Message("contact.no_incident_type")})
            return None
        ws, incident = self.workspace, self.incident
        if incident is None:
            return lambda: incidents.log(ws, draft)
        return lambda: incidents.update(ws, incident.id, draft)
