"""Synthetic critical incidents for training vaults: outreach, group interventions, follow-ups.

Refused on a real vault. Each incident looks like one a team worked: on-scene support and a
defusing within hours, most personnel reached within 72 hours and nearly all within a week, a
debriefing within days for the larger ones, outreach shared out among the response team, the
acute phase closed (with its follow-ups) for the older ones and the oldest closed. Contacts
already in the vault about the same kind of incident in the four weeks after it are linked to
it, as a supporter logging them would have. Reproducible by seed.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypeVar

from peerdesk.domain.errors import NotATrainingVault, PermissionDenied, ValidationError
from peerdesk.domain.incidents import (
    DEFAULT_FOLLOW_UP_DAYS,
    GroupInterventionDraft,
    IncidentDraft,
    follow_up_dates,
)
from peerdesk.domain.members import Role
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.quarters import Quarter, reporting_quarter
from peerdesk.domain.vocab import (
    Format,
    IncidentStatus,
    IncidentType,
    MemberGroup,
    OutreachMethod,
)
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, contact_repo, database, incident_repo, member_repo
from peerdesk.storage.database import Connection

MAX_INCIDENTS = 10_000
LINK_WINDOW = timedelta(days=28)
LINKS_PER_INCIDENT = 12

_KINDS = {IncidentType.LINE_OF_DUTY_DEATH: 3, IncidentType.COLLEAGUE_SUICIDE: 4,
          IncidentType.SERIOUS_INJURY_TO_PERSONNEL: 10, IncidentType.MASS_CASUALTY_DISASTER: 4,
          IncidentType.CHILD_INVOLVED: 25, IncidentType.KNOWN_VICTIM: 12,
          IncidentType.USE_OF_FORCE: 15, IncidentType.PROLONGED_BAD_OUTCOME: 17,
          IncidentType.OTHER: 10}
_GROUPS = {MemberGroup.POLICE: 30, MemberGroup.FIRE: 20, MemberGroup.EMS: 18,
           MemberGroup.DISPATCH: 10, MemberGroup.CORRECTIONS: 8}

K = TypeVar("K")


def _weighted(rng: random.Random, weights: Mapping[K, int]) -> K:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@dataclass(frozen=True)
class _Plan:
    """One incident's story, drawn before anything is written."""

    draft: IncidentDraft
    outreach: list[tuple[datetime, OutreachMethod, int, str]]
    interventions: list[GroupInterventionDraft]
    assigned: dict[str, int]
    acute_closed_on: date | None
    closed: bool


def make_demo_incidents(
    ws: Workspace, n: int, *, seed: int = 1, start: date | None = None,
    end: date | None = None, link_contacts: bool = True,
) -> int:
    """Insert ``n`` synthetic incidents into a training vault; returns how many.

    Defaults to the 12 months before today. Raises NotATrainingVault on a real vault (before
    anything is written) and ValidationError for a count or range that makes no sense.
    """
    if not ws.training:
        raise NotATrainingVault()
    if not (ws.can(Action.RUN_TRAINING) or ws.can(Action.MANAGE_TEAM)):
        raise PermissionDenied(action="make demo data")
    today = date.today()
    end = end or today
    start = start or (end - timedelta(days=365))
    if not 1 <= n <= MAX_INCIDENTS:
        raise ValidationError({"incidents": Message("demo.count_range", low=1,
                                                    high=MAX_INCIDENTS)})
    if start > end or end > today:
        raise ValidationError({"from": Message("demo.start_after_end")})
    conn = ws.vault.conn
    team = [m.user_id for m in member_repo.all_members(conn)
            if m.roles & {Role.SUPPORTER, Role.COORDINATOR} and not m.disabled]
    team = team or [ws.member.user_id]
    rng = random.Random(seed * 7907 + 17)
    now = datetime.now().replace(second=0, microsecond=0)
    plans = [_plan(rng, start, end, team, now) for _ in range(n)]
    with database.transaction(conn):
        frozen = contact_repo.frozen_quarters(conn)
        ids = [_write(conn, plan, frozen, ws.member.user_id) for plan in plans]
        if link_contacts:
            _link(conn, rng, list(zip(ids, plans, strict=True)))
        audit.append(conn, ws.member.user_id, "demo_incidents_generated", count=n, seed=seed)
    return n


def _plan(rng: random.Random, start: date, end: date, team: list[str],
          now: datetime) -> _Plan:
    day = start + timedelta(days=rng.randrange((end - start).days + 1))
    occurred = datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60))
    occurred = min(occurred, now - timedelta(hours=1))
    groups = {_weighted(rng, _GROUPS)}
    if rng.random() < 0.4:
        groups.add(_weighted(rng, _GROUPS))
    involved = rng.choice((3, 4, 6, 8, 10, 12, 15, 20, 25, 40))
    crew = rng.sample(team, min(len(team), rng.choice((1, 2, 2, 3))))
    lead, others = crew[0], frozenset(crew[1:])
    draft = IncidentDraft(occurred_at=occurred, kind=_weighted(rng, _KINDS),
                          member_groups=frozenset(groups), personnel_involved=involved,
                          involved_estimated=involved >= 25 and rng.random() < 0.5,
                          lead=lead, responders=others)
    share = [involved // len(crew)] * len(crew)
    share[0] += involved - sum(share)
    assigned = dict(zip(crew, share, strict=True))
    outreach, interventions = _outreach(rng, occurred, involved, crew, now)
    age = (now.date() - day).days
    acute_closed = day + timedelta(days=rng.randint(4, 9)) if age > 10 else None
    return _Plan(draft, outreach, interventions, assigned, acute_closed, age > 60)


def _outreach(rng: random.Random, occurred: datetime, involved: int, crew: list[str],
              now: datetime) -> tuple[list[tuple[datetime, OutreachMethod, int, str]],
                                      list[GroupInterventionDraft]]:
    """Reach over time: a defusing within hours for a crew, one-to-ones after, a debriefing
    within days for larger incidents; most within 72 hours, nearly all within 7 days."""
    events: list[tuple[datetime, OutreachMethod, int, str]] = []
    interventions: list[GroupInterventionDraft] = []
    left = involved
    on_scene = min(left, rng.randint(0, 3))
    if on_scene:
        events.append((occurred + timedelta(minutes=rng.randint(20, 90)),
                       OutreachMethod.ON_SCENE_SUPPORT, on_scene, crew[0]))
        left -= on_scene
    if involved >= 6 and left >= 2:
        attendees = min(involved, rng.randint(4, 12))
        newly = min(left, max(0, attendees - on_scene))  # the on-scene few may attend too
        held = occurred + timedelta(hours=rng.randint(2, 8))
        interventions.append(GroupInterventionDraft(
            Format.DEFUSING, held, rng.choice((30, 45, 60)), attendees,
            frozenset(crew[:2]), False, newly))
        left -= newly
    target = rng.choice((0.7, 0.8, 0.9, 1.0))
    while left > 0:
        hours = rng.choice((6, 12, 24, 36, 48, 60, 70, 80, 100, 140, 170, 200))
        if rng.random() > target and hours < 72:
            hours += 72
        count = min(left, rng.randint(1, 4))
        who = crew[(involved - left) * len(crew) // involved]  # each works through their share
        events.append((occurred + timedelta(hours=hours, minutes=rng.randrange(60)),
                       OutreachMethod.ONE_TO_ONE, count, who))
        left -= count
        if rng.random() < 0.08:
            break  # some are never reached
    if involved >= 12:
        interventions.append(GroupInterventionDraft(
            Format.DEBRIEFING, occurred + timedelta(days=rng.randint(1, 3), hours=3),
            rng.choice((90, 120, 150)), min(involved, rng.randint(6, 18)), frozenset(crew),
            rng.random() < 0.6, 0))
    events = [e for e in events if e[0] <= now]
    interventions = [g for g in interventions if g.held_at <= now]
    return events, interventions


def _write(conn: Connection, plan: _Plan, frozen: set[Quarter], by: str) -> int:
    quarter = str(reporting_quarter(plan.draft.occurred_at.date(), frozen))
    incident_id = incident_repo.insert(conn, plan.draft, quarter, by)
    incident_repo.set_assignments(conn, incident_id, plan.assigned)
    for at, method, count, who in plan.outreach:
        incident_repo.add_outreach(conn, incident_id, who, at, method, count)
    for group in plan.interventions:
        g_quarter = str(reporting_quarter(group.held_at.date(), frozen))
        intervention_id = incident_repo.add_intervention(conn, incident_id, group, g_quarter,
                                                         min(group.facilitators))
        if group.newly_reached:
            incident_repo.add_outreach(conn, incident_id, min(group.facilitators),
                                       group.held_at, OutreachMethod(group.format.value),
                                       group.newly_reached, intervention_id)
    if plan.acute_closed_on is not None:
        dues = follow_up_dates(plan.acute_closed_on, DEFAULT_FOLLOW_UP_DAYS)
        incident_repo.close_acute(conn, incident_id, plan.acute_closed_on,
                                  [(plan.draft.lead, due) for due in dues])
        done = [fid for fid, _, due, _ in incident_repo.follow_ups_of(conn, incident_id)
                if due < date.today() - timedelta(days=3)]
        for follow_up_id in done:
            incident_repo.mark_follow_up_done(conn, follow_up_id)
    if plan.closed:
        incident_repo.set_status(conn, incident_id, IncidentStatus.CLOSED)
    return incident_id


def _link(conn: Connection, rng: random.Random, made: list[tuple[int, _Plan]]) -> None:
    """Attach unlinked contacts about the same kind of incident, dated in the four weeks
    after it, to it (a few per incident)."""
    rows = conn.execute(
        "SELECT id, occurred_on, incident_type FROM contacts "
        "WHERE incident_type IS NOT NULL AND incident_id IS NULL"
    ).fetchall()
    by_kind: dict[str, list[tuple[str, int]]] = {}
    for contact_id, day, kind in rows:
        by_kind.setdefault(str(kind), []).append((str(day), int(contact_id)))
    for listed in by_kind.values():
        listed.sort()
    taken: set[int] = set()
    links: list[tuple[int, int]] = []
    for incident_id, plan in made:
        listed = by_kind.get(plan.draft.kind.value, [])
        first = plan.draft.occurred_at.date()
        low = bisect.bisect_left(listed, (first.isoformat(), 0))
        high = bisect.bisect_right(listed, ((first + LINK_WINDOW).isoformat(), 2**63))
        pool = [cid for _, cid in listed[low:high] if cid not in taken]
        for contact_id in rng.sample(pool, min(len(pool), LINKS_PER_INCIDENT)):
            taken.add(contact_id)
            links.append((incident_id, contact_id))
    conn.executemany("UPDATE contacts SET incident_id = ? WHERE id = ?", links)
