"""Log a group intervention once: a defusing, debriefing or crisis management briefing with
its attendee count, facilitators, whether a clinician co-facilitated, and its duration.

It counts as one intervention with N attendees, never N contacts; the attendees not reached
before count in the incident's reach.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from peerdesk.domain.contacts import MAX_DURATION_MIN, MAX_GROUP_SIZE
from peerdesk.domain.incidents import GroupInterventionDraft, Incident, Reach
from peerdesk.domain.members import Member
from peerdesk.domain.vocab import GROUP_INTERVENTION_FORMATS, Format
from peerdesk.services import incidents
from peerdesk.services.workspace import Workspace
from peerdesk.ui.incidents.controls import DateTimeEdit, MemberChecks
from peerdesk.ui.incidents.form_dialog import IncidentFormDialog
from peerdesk.ui.kit import i18n
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.vocab_labels import label
from peerdesk.ui.kit.widgets import tag


class InterventionDialog(IncidentFormDialog):
    """Collects a :class:`GroupInterventionDraft` for ``incident`` and logs it."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, incident: Incident,
                 reach: Reach, team: list[Member], me: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            workspace, tasks, "interventionDialog", self.tr("Log a group intervention"),
            self.tr("Logged once with its attendee count: it is one intervention, not a "
                    "contact per attendee. %1 of the %2 personnel involved are still to be "
                    "reached.").replace("%1", i18n.number(reach.remaining))
            .replace("%2", i18n.number(reach.involved)),
            self.tr("Log intervention"), parent)
        self.incident = incident
        self.format = tag(QComboBox(), "interventionFormatCombo", self.tr("Format"))
        self.format.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for fmt in GROUP_INTERVENTION_FORMATS:
            self.format.addItem(label(fmt), fmt.value)
        self.held_at = DateTimeEdit("interventionWhenEdit", self.tr("When it was held"))
        self.held_at.set_value(datetime.now())
        self.duration = tag(QSpinBox(), "interventionDurationSpin",
                            self.tr("Duration in minutes"))
        self.duration.setRange(1, MAX_DURATION_MIN)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self.attendees = tag(QSpinBox(), "attendeesSpin", self.tr("Attendees"))
        self.attendees.setRange(2, MAX_GROUP_SIZE)
        self.attendees.setValue(max(2, min(reach.remaining, MAX_GROUP_SIZE)))
        self.newly_reached = tag(QSpinBox(), "newlyReachedSpin",
                                 self.tr("Attendees not reached before"))
        self.newly_reached.setRange(0, MAX_GROUP_SIZE)
        self.newly_reached.setValue(min(reach.remaining, self.attendees.value()))
        self.facilitators = MemberChecks("facilitatorChecks", self.tr("Facilitators"))
        self.facilitators.set_members(team, {me} & {m.user_id for m in team})
        self.clinician = tag(QCheckBox(self.tr("A clinician co-facilitated")), "clinicianCheck",
                             self.tr("A clinician co-facilitated"))
        self.add_field("format", self.tr("&Format"), self.format)  # its own row: long names
        first = QHBoxLayout()
        first.setSpacing(16)
        self.add_field("held_at", self.tr("&When"), self.held_at, first)
        self.add_field("duration_min", self.tr("&Duration"), self.duration, first)
        self.body.addLayout(first)
        second = QHBoxLayout()
        second.setSpacing(16)
        self.add_field("attendees", self.tr("&Attendees"), self.attendees, second)
        self.add_field("newly_reached", self.tr("Of them, &not reached before"),
                       self.newly_reached, second)
        self.body.addLayout(second)
        self.add_field("facilitators", self.tr("Facilitators (team members)"), self.facilitators)
        self.body.addWidget(self.clinician)
        self.fields["clinician"] = (self.fields["facilitators"][0], self.clinician)
        self.format.setFocus()

    def draft(self) -> GroupInterventionDraft:
        return GroupInterventionDraft(
            format=Format(str(self.format.currentData())), held_at=self.held_at.value(),
            duration_min=self.duration.value(), attendees=self.attendees.value(),
            facilitators=self.facilitators.checked(),
            clinician_cofacilitated=self.clinician.isChecked(),
            newly_reached=self.newly_reached.value(),
        )

    def job(self) -> Callable[[], Any] | None:
        ws, incident_id, draft = self.workspace, self.incident.id, self.draft()
        return lambda: incidents.log_intervention(ws, incident_id, draft)
