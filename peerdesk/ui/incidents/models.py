"""Table models of the Incidents section, over immutable domain rows (no names of anyone
supported exist to show: incidents are kinds, dates, counts and team members)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt

from peerdesk.domain.incidents import (
    GroupIntervention,
    IncidentSummary,
    OutreachEntry,
    Reach,
    ResponderLoad,
)
from peerdesk.domain.vocab import IncidentStatus
from peerdesk.ui.incidents.controls import when_text
from peerdesk.ui.kit import i18n
from peerdesk.ui.kit.i18n import short_date, translate
from peerdesk.ui.kit.rows_model import Index, RowsModel
from peerdesk.ui.kit.vocab_labels import label

DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
R = TypeVar("R")


class WrappedRows(RowsModel[R]):
    """Rows whose column headings wrap onto more lines rather than being cut."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.TextAlignmentRole
                and orientation == Qt.Orientation.Horizontal):
            return (int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)
                    | Qt.TextFlag.TextWordWrap.value)
        return super().headerData(section, orientation, role)


def of_involved(count: int, reach: Reach) -> str:
    """``5 of 20``: a reach figure against the number involved."""
    return translate("Incidents", "%1 of %2", "a count out of the personnel involved").replace(
        "%1", i18n.number(count)).replace("%2", i18n.number(reach.involved))


def phase_text(summary_status: IncidentStatus, acute_closed_on: date | None) -> str:
    """Where an incident stands, in words."""
    if summary_status is IncidentStatus.CLOSED:
        return translate("Incidents", "Closed")
    if acute_closed_on is None:
        return translate("Incidents", "Acute phase")
    return translate("Incidents", "Follow-up phase")


class IncidentListModel(WrappedRows[IncidentSummary]):
    """The incident list, newest first, with each incident's reach."""

    WHEN, KIND, PHASE, IN_72, IN_7D, SO_FAR, GROUPS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Date and time"), self.tr("Kind"), self.tr("Status"),
                         self.tr("Within 72 hours"), self.tr("Within 7 days"),
                         self.tr("So far"), self.tr("Interventions")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_of(index)
        if item is None:
            return None
        if role in DISPLAY:
            columns: dict[int, Callable[[], str]] = {
                self.WHEN: lambda: when_text(item.occurred_at),
                self.KIND: lambda: label(item.kind),
                self.PHASE: lambda: phase_text(item.status, item.acute_closed_on),
                self.IN_72: lambda: of_involved(item.reach.within_72_hours, item.reach),
                self.IN_7D: lambda: of_involved(item.reach.within_7_days, item.reach),
                self.SO_FAR: lambda: of_involved(item.reach.total, item.reach),
                self.GROUPS: lambda: i18n.number(item.interventions),
            }
            return columns[index.column()]()
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None


class OutreachModel(WrappedRows[OutreachEntry]):
    """An incident's outreach, oldest first: when, how, how many, by whom."""

    WHEN, HOW, COUNT, BY = range(4)

    def __init__(self, names: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._headers = [self.tr("When"), self.tr("How"), self.tr("Newly reached"),
                         self.tr("By")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_of(index)
        if item is None or role not in DISPLAY:
            return None
        columns: dict[int, Callable[[], str]] = {
            self.WHEN: lambda: when_text(item.at),
            self.HOW: lambda: label(item.method) + (
                " " + self.tr("(group intervention)") if item.intervention_id else ""),
            self.COUNT: lambda: i18n.number(item.reached),
            self.BY: lambda: self._names(item.by),
        }
        return columns[index.column()]()


class InterventionModel(WrappedRows[GroupIntervention]):
    """An incident's group interventions: each one row, with its attendees."""

    WHEN, FORMAT, ATTENDEES, NEW, DURATION, CLINICIAN = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("When"), self.tr("Format"), self.tr("Attendees"),
                         self.tr("Newly reached"), self.tr("Duration"),
                         self.tr("Clinician co-facilitated")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_of(index)
        if item is None or role not in DISPLAY:
            return None
        draft = item.draft
        columns: dict[int, Callable[[], str]] = {
            self.WHEN: lambda: when_text(draft.held_at),
            self.FORMAT: lambda: label(draft.format),
            self.ATTENDEES: lambda: i18n.number(draft.attendees),
            self.NEW: lambda: i18n.number(draft.newly_reached),
            self.DURATION: lambda: self.tr("%1 min").replace("%1",
                                                             i18n.number(draft.duration_min)),
            self.CLINICIAN: lambda: self.tr("Yes") if draft.clinician_cofacilitated
            else self.tr("No"),
        }
        return columns[index.column()]()


class LoadModel(WrappedRows[ResponderLoad]):
    """Who on the response has outreach still to do."""

    MEMBER, ASSIGNED, REACHED, TO_DO = range(4)

    def __init__(self, names: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._headers = [self.tr("Team member"), self.tr("To reach"), self.tr("Reached"),
                         self.tr("Still to do")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_of(index)
        if item is None or role not in DISPLAY:
            return None
        columns: dict[int, Callable[[], str]] = {
            self.MEMBER: lambda: self._names(item.user_id),
            self.ASSIGNED: lambda: i18n.number(item.assigned),
            self.REACHED: lambda: i18n.number(item.reached),
            self.TO_DO: lambda: i18n.number(item.to_do),
        }
        return columns[index.column()]()


FollowUpRow = tuple[int, str, date, bool]


class FollowUpRowsModel(WrappedRows[FollowUpRow]):
    """The follow-ups closing the acute phase made: for whom, when, done or not."""

    MEMBER, DUE, DONE = range(3)

    def __init__(self, names: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._headers = [self.tr("Team member"), self.tr("Due"), self.tr("Done")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_of(index)
        if item is None or role not in DISPLAY:
            return None
        _, user, due, done = item
        columns: dict[int, Callable[[], str]] = {
            self.MEMBER: lambda: self._names(user),
            self.DUE: lambda: short_date(due),
            self.DONE: lambda: self.tr("Done") if done else self.tr("Open"),
        }
        return columns[index.column()]()
