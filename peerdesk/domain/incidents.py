"""Critical incidents: the record, outreach, group interventions, reach and follow-up dates.

ARCHITECTURE section 11. Everything here is counts and codes: the personnel involved are a
number, team members are user ids, and nothing names or places anyone.

Reach windows are measured from the incident's date and time, *inclusive*: personnel reached at
exactly 72 hours after the incident count as reached within 72 hours, one minute later they do
not (and the same for 7 days). Times are local wall-clock minutes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peerdesk.domain.contacts import MAX_DURATION_MIN, MAX_GROUP_SIZE, earliest_contact_date
from peerdesk.domain.messages import Message
from peerdesk.domain.vocab import (
    GROUP_INTERVENTION_FORMATS,
    Format,
    IncidentStatus,
    IncidentType,
    MemberGroup,
    OutreachMethod,
)

MAX_INVOLVED = 5000
WITHIN_72_HOURS = timedelta(hours=72)
WITHIN_7_DAYS = timedelta(days=7)
DEFAULT_FOLLOW_UP_DAYS: tuple[int, ...] = (7, 14, 28)
FOLLOW_UP_DAYS_RANGE = (1, 365)
MAX_FOLLOW_UPS = 6
TIME_FORMAT = "%Y-%m-%dT%H:%M"


def format_time(moment: datetime) -> str:
    """The stored form of a time: local minutes, ``YYYY-MM-DDTHH:MM`` (sorts as text)."""
    return moment.strftime(TIME_FORMAT)


def parse_time(text: str) -> datetime:
    # fromisoformat, not strptime: the incident list reads thousands (strptime was 0.13 s of
    # the list's 0.18 s for 1,000 incidents).
    return datetime.fromisoformat(text)


@dataclass(frozen=True)
class IncidentDraft:
    """What a supporter or coordinator enters for an incident.

    ``responders`` are the team members on the response besides the lead (user ids).
    """

    occurred_at: datetime
    kind: IncidentType
    member_groups: frozenset[MemberGroup]
    personnel_involved: int
    lead: str
    involved_estimated: bool = False
    responders: frozenset[str] = field(default_factory=frozenset)

    @property
    def team(self) -> frozenset[str]:
        """Everyone on the response: the lead and the other responders."""
        return self.responders | {self.lead}


@dataclass(frozen=True)
class Incident:
    id: int
    draft: IncidentDraft
    status: IncidentStatus
    acute_closed_on: date | None
    reporting_quarter: str
    created_by: str
    created_at: str
    updated_at: str

    @property
    def is_open(self) -> bool:
        return self.status is IncidentStatus.OPEN

    @property
    def acute(self) -> bool:
        """Open and its acute phase not yet closed."""
        return self.is_open and self.acute_closed_on is None


@dataclass(frozen=True)
class OutreachEntry:
    """``reached`` involved personnel newly reached at ``at`` by ``by`` with ``method``."""

    id: int
    incident_id: int
    by: str
    at: datetime
    method: OutreachMethod
    reached: int
    intervention_id: int | None = None


@dataclass(frozen=True)
class GroupInterventionDraft:
    """A defusing, debriefing or crisis management briefing, logged once.

    ``newly_reached`` is how many of the attendees had not been reached before: they count in
    the incident's reach (as an outreach row of the logging member); the intervention itself
    counts once, with ``attendees``, never as that many contacts.
    """

    format: Format
    held_at: datetime
    duration_min: int
    attendees: int
    facilitators: frozenset[str]
    clinician_cofacilitated: bool = False
    newly_reached: int = 0


@dataclass(frozen=True)
class GroupIntervention:
    id: int
    incident_id: int
    draft: GroupInterventionDraft
    reporting_quarter: str
    created_by: str


@dataclass(frozen=True)
class Reach:
    """An incident's reach against the personnel involved."""

    involved: int
    within_72_hours: int
    within_7_days: int
    total: int

    @property
    def remaining(self) -> int:
        return max(0, self.involved - self.total)


def reach(occurred_at: datetime, involved: int, events: Iterable[tuple[datetime, int]]) -> Reach:
    """Reach from outreach ``events`` (time, newly reached): windows inclusive, capped at
    ``involved`` (the count may be an estimate that outreach outgrew)."""
    at_72 = at_7d = total = 0
    for moment, count in events:
        total += count
        if moment - occurred_at <= WITHIN_72_HOURS:
            at_72 += count
        if moment - occurred_at <= WITHIN_7_DAYS:
            at_7d += count
    return Reach(involved, min(at_72, involved), min(at_7d, involved), min(total, involved))


@dataclass(frozen=True)
class ResponderLoad:
    """A team member on the response: how many they are to reach and how many they have."""

    user_id: str
    assigned: int
    reached: int

    @property
    def to_do(self) -> int:
        return max(0, self.assigned - self.reached)


def responder_loads(
    assigned: dict[str, int], outreach: Iterable[OutreachEntry]
) -> list[ResponderLoad]:
    """Each responder's outreach still to do, those with most to do first."""
    done: dict[str, int] = {}
    for entry in outreach:
        done[entry.by] = done.get(entry.by, 0) + entry.reached
    loads = [ResponderLoad(user, count, done.get(user, 0)) for user, count in assigned.items()]
    return sorted(loads, key=lambda load: (-load.to_do, load.user_id))


def follow_up_dates(closed_on: date, days: Iterable[int]) -> list[date]:
    """The follow-up due dates made by closing the acute phase on ``closed_on``."""
    return [closed_on + timedelta(days=n) for n in sorted(set(days))]


@dataclass(frozen=True)
class IncidentSummary:
    """One row of the incident list: kind, date, status and reach (no other detail)."""

    id: int
    occurred_at: datetime
    kind: IncidentType
    status: IncidentStatus
    acute_closed_on: date | None
    lead: str
    reach: Reach
    interventions: int
    linked_contacts: int


@dataclass(frozen=True)
class IncidentChoice:
    """What the contact form's incident picker shows: the kind and the date, nothing else."""

    id: int
    kind: IncidentType
    occurred_on: date


@dataclass(frozen=True)
class IncidentFollowUp:
    """A follow-up from an incident's acute phase closing, for one team member."""

    id: int
    incident_id: int
    kind: IncidentType
    incident_on: date
    due: date

    def overdue(self, today: date) -> bool:
        return self.due < today


# ---------------------------------------------------------------- validation


def _when_error(moment: datetime, now: datetime) -> Message | None:
    if moment > now:
        return Message("incident.time_future")
    if moment.date() < earliest_contact_date(now.date()):
        return Message("incident.time_too_old")
    return None


def validate_incident(draft: IncidentDraft, now: datetime) -> dict[str, Message]:
    """One message per invalid field (empty when the incident can be saved)."""
    errors: dict[str, Message] = {}
    when = _when_error(draft.occurred_at, now)
    if when:
        errors["occurred_at"] = when
    if not draft.member_groups:
        errors["member_groups"] = Message("incident.no_group")
    if not 1 <= draft.personnel_involved <= MAX_INVOLVED:
        errors["personnel_involved"] = Message(
            "incident.involved_range", low=1, high=MAX_INVOLVED)
    if not draft.lead:
        errors["lead"] = Message("incident.no_lead")
    return errors


def validate_outreach(
    incident: Incident, already: Reach, at: datetime, reached: int, now: datetime
) -> dict[str, Message]:
    """Field errors of new outreach (``reached`` newly reached at ``at``)."""
    errors: dict[str, Message] = {}
    if at > now:
        errors["at"] = Message("incident.time_future")
    elif at < incident.draft.occurred_at:
        errors["at"] = Message("incident.before_incident")
    if reached < 1:
        errors["reached"] = Message("incident.reached_range", low=1, high=max(1, already.remaining))
    elif reached > already.remaining:
        errors["reached"] = _over_involved(already)
    return errors


def _over_involved(already: Reach) -> Message:
    if already.remaining == 0:
        return Message("incident.all_reached", count=already.involved)
    return Message("incident.reached_range", low=1, high=already.remaining)


def validate_intervention(
    incident: Incident, already: Reach, draft: GroupInterventionDraft, now: datetime
) -> dict[str, Message]:
    """Field errors of a new group intervention."""
    errors: dict[str, Message] = {}
    if draft.format not in GROUP_INTERVENTION_FORMATS:
        errors["format"] = Message("incident.not_group_format")
    if draft.held_at > now:
        errors["held_at"] = Message("incident.time_future")
    elif draft.held_at < incident.draft.occurred_at:
        errors["held_at"] = Message("incident.before_incident")
    if not 1 <= draft.duration_min <= MAX_DURATION_MIN:
        errors["duration_min"] = Message("contact.duration_range", low=1, high=MAX_DURATION_MIN)
    if not 2 <= draft.attendees <= MAX_GROUP_SIZE:
        errors["attendees"] = Message("contact.group_size_range", low=2, high=MAX_GROUP_SIZE)
    if draft.newly_reached < 0 or draft.newly_reached > max(draft.attendees, 0):
        errors["newly_reached"] = Message(
            "incident.newly_reached_range", low=0, high=max(draft.attendees, 0))
    elif draft.newly_reached > already.remaining:
        errors["newly_reached"] = _over_involved(already)
    if not draft.facilitators:
        errors["facilitators"] = Message("incident.no_facilitator")
    return errors


def validate_follow_up_days(days: object) -> Message | None:
    """The policy's follow-up days: 1 to 6 distinct whole numbers of days, each 1–365."""
    if not isinstance(days, tuple | list) or not days:
        return Message("incident.follow_up_days")
    low, high = FOLLOW_UP_DAYS_RANGE
    if len(days) > MAX_FOLLOW_UPS or len(set(days)) != len(days):
        return Message("incident.follow_up_days")
    for value in days:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return Message("incident.follow_up_days")
    return None


def parse_follow_up_days(text: str) -> tuple[int, ...] | None:
    """``"7, 14, 28"`` -> (7, 14, 28); None when it is not a list of whole numbers."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not parts or not all(p.isdigit() and p.isascii() for p in parts):
        return None
    return tuple(int(p) for p in parts)
