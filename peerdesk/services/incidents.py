"""Critical incident response: incidents, outreach, group interventions, follow-ups.

ARCHITECTURE section 11. Who sees what (``domain/permissions.py``): a supporter logs an incident
(they join its response) and sees and works only the incidents whose response they are on; a
coordinator sees and works every incident and decides who is on each response. Trainers see no
incident. An incident someone may not see is "not found", exactly like one that does not exist.

Nothing here leaves the app: incident figures go out only as the statistics engine's tables.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from peerdesk.domain.contacts import MAX_ROW_ID
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.incidents import (
    DEFAULT_FOLLOW_UP_DAYS,
    GroupIntervention,
    GroupInterventionDraft,
    Incident,
    IncidentChoice,
    IncidentDraft,
    IncidentFollowUp,
    IncidentSummary,
    OutreachEntry,
    Reach,
    ResponderLoad,
    follow_up_dates,
    reach,
    responder_loads,
    validate_follow_up_days,
    validate_incident,
    validate_intervention,
    validate_outreach,
)
from peerdesk.domain.members import Member, Role
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.quarters import first_open_quarter, reporting_quarter
from peerdesk.domain.vocab import IncidentStatus, OutreachMethod
from peerdesk.services.workspace import Workspace
from peerdesk.storage import (
    audit,
    contact_repo,
    database,
    incident_repo,
    member_repo,
    policy_repo,
)


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(second=0, microsecond=0)


def can_use(ws: Workspace) -> bool:
    """Whether the signed-in member works with incidents at all (the section is shown)."""
    return ws.can(Action.RESPOND_TO_INCIDENTS)


def _require_any(ws: Workspace) -> None:
    ws.require(Action.RESPOND_TO_INCIDENTS)


def _sees_all(ws: Workspace) -> bool:
    return ws.can(Action.MANAGE_INCIDENTS)


def _visible(ws: Workspace, incident_id: int) -> Incident:
    """The incident if the signed-in member may see it; NotFound otherwise."""
    _require_any(ws)
    if not 1 <= incident_id <= MAX_ROW_ID:
        raise NotFound(what="incident")
    conn = ws.vault.conn
    incident = incident_repo.get(conn, incident_id)
    if incident is None:
        raise NotFound(what="incident")
    if not _sees_all(ws) and not incident_repo.on_response(conn, incident_id, ws.member.user_id):
        raise NotFound(what="incident")
    return incident


def _open(ws: Workspace, incident_id: int) -> Incident:
    incident = _visible(ws, incident_id)
    if not incident.is_open:
        raise ValidationError({"incident": Message("incident.closed")})
    return incident


def team_members(ws: Workspace) -> list[Member]:
    """Members who can be on a response: active supporters and coordinators."""
    _require_any(ws)
    return [
        m for m in member_repo.all_members(ws.vault.conn)
        if not m.disabled and m.roles & {Role.SUPPORTER, Role.COORDINATOR}
    ]


def member_names(ws: Workspace) -> dict[str, str]:
    """Every member's name by user id, to show who is on a response (team members only: the
    people supported are never named anywhere)."""
    _require_any(ws)
    return {m.user_id: m.name for m in member_repo.all_members(ws.vault.conn)}


def _team_errors(ws: Workspace, draft: IncidentDraft) -> dict[str, Message]:
    ids = {m.user_id for m in team_members(ws)}
    errors: dict[str, Message] = {}
    if draft.lead and draft.lead not in ids:
        errors["lead"] = Message("incident.not_team_member")
    if not draft.responders <= ids:
        errors["responders"] = Message("incident.not_team_member")
    return errors


def check(ws: Workspace, draft: IncidentDraft, now: datetime | None = None) -> dict[str, Message]:
    """Every field error of ``draft`` (empty when it can be saved)."""
    _require_any(ws)
    errors = validate_incident(draft, _now(now))
    errors.update(_team_errors(ws, draft))
    return errors


def log(ws: Workspace, draft: IncidentDraft, now: datetime | None = None) -> int:
    """Log a new incident; a supporter who logs it is put on its response. Returns its id."""
    _require_any(ws)
    me = ws.member.user_id
    if not _sees_all(ws) and me not in draft.team:
        draft = replace(draft, responders=draft.responders | {me})
    errors = check(ws, draft, now)
    if errors:
        raise ValidationError(errors)
    conn = ws.vault.conn
    today = _now(now).date()
    with database.transaction(conn):
        first_open = first_open_quarter(today, policy_repo.load(conn).close_days)
        quarter = reporting_quarter(draft.occurred_at.date(), contact_repo.frozen_quarters(conn),
                                    first_open)
        incident_id = incident_repo.insert(conn, draft, str(quarter), me)
        audit.append(conn, me, "incident_logged", count=1)
    return incident_id


def update(
    ws: Workspace, incident_id: int, draft: IncidentDraft, now: datetime | None = None
) -> None:
    """Change an incident's record. Only a coordinator changes who is on the response;
    the number involved cannot go below the personnel already reached."""
    incident = _visible(ws, incident_id)
    if not _sees_all(ws) and draft.team != incident.draft.team:
        raise PermissionDenied(action="change who is on an incident's response")
    errors = check(ws, draft, now)
    conn = ws.vault.conn
    done = _reach(incident, incident_repo.outreach(conn, incident_id)).total
    if "personnel_involved" not in errors and draft.personnel_involved < done:
        errors["personnel_involved"] = Message("incident.involved_below_reached", count=done)
    if errors:
        raise ValidationError(errors)
    with database.transaction(conn):
        incident_repo.update(conn, incident_id, draft)


def delete(ws: Workspace, incident_id: int) -> None:
    """Delete an incident (a coordinator): its outreach, interventions and follow-ups go with
    it; contacts linked to it stay, unlinked."""
    ws.require(Action.MANAGE_INCIDENTS)
    _visible(ws, incident_id)
    conn = ws.vault.conn
    with database.transaction(conn):
        incident_repo.delete(conn, incident_id)
        audit.append(conn, ws.member.user_id, "incident_deleted", count=1)


def get(ws: Workspace, incident_id: int) -> Incident:
    return _visible(ws, incident_id)


def incident_list(
    ws: Workspace, status: IncidentStatus | None = None, limit: int = 1000
) -> list[IncidentSummary]:
    """The incidents the member may see, newest first, each with its reach."""
    _require_any(ws)
    member = None if _sees_all(ws) else ws.member.user_id
    return incident_repo.summaries(ws.vault.conn, member, status, limit)


def choices(ws: Workspace) -> list[IncidentChoice]:
    """Open incidents a contact can be attached to (the picker shows kind and date only)."""
    if not can_use(ws):
        return []
    member = None if _sees_all(ws) else ws.member.user_id
    return incident_repo.choices(ws.vault.conn, member)


def may_link(ws: Workspace, incident_id: int) -> bool:
    """Whether a contact of the signed-in member may be attached to ``incident_id``."""
    try:
        return _visible(ws, incident_id).is_open
    except (NotFound, PermissionDenied):
        return False


# ---------------------------------------------------------------- outreach and reach


def _reach(incident: Incident, outreach: list[OutreachEntry]) -> Reach:
    return reach(incident.draft.occurred_at, incident.draft.personnel_involved,
                 ((e.at, e.reached) for e in outreach))


@dataclass(frozen=True)
class IncidentDetail:
    """Everything the incident page shows about one incident."""

    incident: Incident
    reach: Reach
    outreach: list[OutreachEntry]
    interventions: list[GroupIntervention]
    loads: list[ResponderLoad]
    follow_ups: list[tuple[int, str, date, bool]]


def detail(ws: Workspace, incident_id: int) -> IncidentDetail:
    incident = _visible(ws, incident_id)
    conn = ws.vault.conn
    outreach = incident_repo.outreach(conn, incident_id)
    return IncidentDetail(
        incident=incident,
        reach=_reach(incident, outreach),
        outreach=outreach,
        interventions=incident_repo.interventions(conn, incident_id),
        loads=responder_loads(incident_repo.assignments(conn, incident_id), outreach),
        follow_ups=incident_repo.follow_ups_of(conn, incident_id),
    )


def record_outreach(
    ws: Workspace,
    incident_id: int,
    reached: int,
    method: OutreachMethod,
    at: datetime | None = None,
    now: datetime | None = None,
) -> Reach:
    """Record ``reached`` involved personnel newly reached by the signed-in member (at ``at``,
    default now). Returns the incident's reach afterwards."""
    incident = _open(ws, incident_id)
    conn = ws.vault.conn
    moment = _now(at or now)
    current = _now(now)
    already = _reach(incident, incident_repo.outreach(conn, incident_id))
    errors = validate_outreach(incident, already, moment, reached, current)
    if errors:
        raise ValidationError(errors)
    with database.transaction(conn):
        incident_repo.add_outreach(conn, incident_id, ws.member.user_id, moment, method, reached)
    return _reach(incident, incident_repo.outreach(conn, incident_id))


def undo_outreach(ws: Workspace, incident_id: int, outreach_id: int) -> None:
    """Remove one's own outreach row (a coordinator: any) that is not a group intervention's."""
    _open(ws, incident_id)
    conn = ws.vault.conn
    entry = next((e for e in incident_repo.outreach(conn, incident_id) if e.id == outreach_id),
                 None)
    if entry is None or entry.intervention_id is not None:
        raise NotFound(what="outreach")
    if entry.by != ws.member.user_id and not _sees_all(ws):
        raise NotFound(what="outreach")
    with database.transaction(conn):
        incident_repo.delete_outreach(conn, outreach_id)


def assign(ws: Workspace, incident_id: int, assigned: dict[str, int]) -> None:
    """Set how many of the involved personnel each responder is to reach."""
    incident = _open(ws, incident_id)
    conn = ws.vault.conn
    team = incident_repo.assignments(conn, incident_id)
    errors: dict[str, Message] = {}
    if not set(assigned) <= set(team):
        errors["responders"] = Message("incident.not_on_response")
    involved = incident.draft.personnel_involved
    if any(not 0 <= n <= involved for n in assigned.values()):
        errors["assigned"] = Message("incident.reached_range", low=0, high=involved)
    elif sum({**team, **assigned}.values()) > involved:
        errors["assigned"] = Message("incident.assigned_over", count=involved)
    if errors:
        raise ValidationError(errors)
    with database.transaction(conn):
        incident_repo.set_assignments(conn, incident_id, assigned)


def log_intervention(
    ws: Workspace,
    incident_id: int,
    draft: GroupInterventionDraft,
    now: datetime | None = None,
) -> int:
    """Log a group intervention once (its attendees are not contacts); its newly reached
    attendees count in the incident's reach. Returns its id."""
    incident = _open(ws, incident_id)
    conn = ws.vault.conn
    already = _reach(incident, incident_repo.outreach(conn, incident_id))
    errors = validate_intervention(incident, already, draft, _now(now))
    if not draft.facilitators <= {m.user_id for m in team_members(ws)}:
        errors["facilitators"] = Message("incident.not_team_member")
    if errors:
        raise ValidationError(errors)
    me = ws.member.user_id
    with database.transaction(conn):
        first_open = first_open_quarter(_now(now).date(), policy_repo.load(conn).close_days)
        quarter = reporting_quarter(draft.held_at.date(), contact_repo.frozen_quarters(conn),
                                    first_open)
        intervention_id = incident_repo.add_intervention(conn, incident_id, draft,
                                                         str(quarter), me)
        if draft.newly_reached:
            incident_repo.add_outreach(conn, incident_id, me, draft.held_at,
                                       OutreachMethod(draft.format.value), draft.newly_reached,
                                       intervention_id)
    return intervention_id


def delete_intervention(ws: Workspace, incident_id: int, intervention_id: int) -> None:
    """Remove a group intervention logged by mistake (its reach goes with it)."""
    _open(ws, incident_id)
    conn = ws.vault.conn
    found = [g for g in incident_repo.interventions(conn, incident_id) if g.id == intervention_id]
    if not found or (found[0].created_by != ws.member.user_id and not _sees_all(ws)):
        raise NotFound(what="intervention")
    with database.transaction(conn):
        incident_repo.delete_intervention(conn, intervention_id)


def outstanding_by_member(ws: Workspace) -> dict[str, int]:
    """A coordinator's view across open incidents: each team member's outreach still to do
    (only members with some)."""
    ws.require(Action.MANAGE_INCIDENTS)
    conn = ws.vault.conn
    totals: dict[str, int] = {}
    for summary in incident_repo.summaries(conn, None, IncidentStatus.OPEN):
        loads = responder_loads(incident_repo.assignments(conn, summary.id),
                                incident_repo.outreach(conn, summary.id))
        for load in loads:
            if load.to_do:
                totals[load.user_id] = totals.get(load.user_id, 0) + load.to_do
    return totals


# ---------------------------------------------------------------- phases and follow-ups


def follow_up_days(ws: Workspace) -> tuple[int, ...]:
    """The policy's follow-up days after the acute phase closes (default 7, 14, 28)."""
    return incident_repo.follow_up_days(ws.vault.conn) or DEFAULT_FOLLOW_UP_DAYS


def set_follow_up_days(ws: Workspace, days: tuple[int, ...]) -> tuple[int, ...]:
    """Change the follow-up days (a coordinator, the program's policy); audited."""
    ws.require(Action.EDIT_POLICY)
    error = validate_follow_up_days(days)
    if error:
        raise ValidationError({"follow_up_days": error})
    days = tuple(sorted(days))
    if days != follow_up_days(ws):
        conn = ws.vault.conn
        with database.transaction(conn):
            incident_repo.set_follow_up_days(conn, days)
            audit.append(conn, ws.member.user_id, "policy_changed",
                         incident_follow_up_days=",".join(map(str, days)))
    return days


def close_acute_phase(
    ws: Workspace,
    incident_id: int,
    assignees: frozenset[str] | None = None,
    today: date | None = None,
) -> list[tuple[str, date]]:
    """Close the acute phase today: follow-ups at the policy's days for the response lead, or
    for ``assignees`` (members on the response). Returns the (assignee, due) made."""
    incident = _open(ws, incident_id)
    if incident.acute_closed_on is not None:
        raise ValidationError({"incident": Message("incident.acute_already_closed")})
    conn = ws.vault.conn
    chosen = assignees if assignees else frozenset({incident.draft.lead})
    if not chosen <= set(incident_repo.assignments(conn, incident_id)):
        raise ValidationError({"assignees": Message("incident.not_on_response")})
    day = today or date.today()
    dues = follow_up_dates(day, follow_up_days(ws))
    made = [(user, due) for user in sorted(chosen) for due in dues]
    with database.transaction(conn):
        incident_repo.close_acute(conn, incident_id, day, made)
    return made


def close(ws: Workspace, incident_id: int) -> None:
    """Close the incident: no more outreach, interventions or linked contacts. Follow-ups
    already made stay in Follow-ups until done."""
    _open(ws, incident_id)
    conn = ws.vault.conn
    with database.transaction(conn):
        incident_repo.set_status(conn, incident_id, IncidentStatus.CLOSED)


def reopen(ws: Workspace, incident_id: int) -> None:
    _visible(ws, incident_id)
    conn = ws.vault.conn
    with database.transaction(conn):
        incident_repo.set_status(conn, incident_id, IncidentStatus.OPEN)


def my_follow_ups(
    ws: Workspace, today: date | None = None, limit: int | None = None
) -> list[IncidentFollowUp]:
    """The signed-in member's open incident follow-ups due by today, oldest first."""
    if not can_use(ws):
        return []
    return incident_repo.follow_ups(ws.vault.conn, ws.member.user_id, today or date.today(),
                                    limit)


def my_follow_up_counts(ws: Workspace, today: date | None = None) -> tuple[int, int]:
    """(due by today, of which overdue) among the member's incident follow-ups."""
    if not can_use(ws):
        return 0, 0
    return incident_repo.follow_up_counts(ws.vault.conn, ws.member.user_id,
                                          today or date.today())


def is_my_follow_up(ws: Workspace, follow_up_id: int) -> bool:
    """Whether ``follow_up_id`` is an incident follow-up of the signed-in member."""
    return can_use(ws) and 1 <= follow_up_id <= MAX_ROW_ID and (
        incident_repo.follow_up_assignee(ws.vault.conn, follow_up_id) == ws.member.user_id)


def complete_follow_up(ws: Workspace, follow_up_id: int) -> None:
    """Mark one's own incident follow-up done (a contact was logged, or it is not needed)."""
    _require_any(ws)
    conn = ws.vault.conn
    if not is_my_follow_up(ws, follow_up_id):
        raise NotFound(what="follow-up")
    with database.transaction(conn):
        incident_repo.mark_follow_up_done(conn, follow_up_id)
