"""Incidents for statistics tests: incidents, interventions and linked contacts logged through
the services, and random quarters of rare incidents (many small cells)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from contact_support import draft
from peerdesk.domain.incidents import GroupInterventionDraft, IncidentDraft
from peerdesk.domain.vocab import (
    FirstOrRepeat,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    Outcome,
    OutreachMethod,
    Topic,
)
from peerdesk.services import contacts as contact_service
from peerdesk.services import incidents


def incident(ws, at: datetime, kind: IncidentType, involved: int, now: datetime) -> int:
    return incidents.log(ws, IncidentDraft(
        occurred_at=at, kind=kind, member_groups=frozenset({MemberGroup.FIRE}),
        personnel_involved=involved, lead=ws.member.user_id), now=now)


def intervention(ws, incident_id: int, fmt: Format, at: datetime, minutes: int, attendees: int,
                 newly: int, now: datetime) -> int:
    return incidents.log_intervention(ws, incident_id, GroupInterventionDraft(
        format=fmt, held_at=at, duration_min=minutes, attendees=attendees,
        facilitators=frozenset({ws.member.user_id}), newly_reached=newly), now=now)


def linked_contact(ws, incident_id: int | None, day: date, minutes: int, today: date,
                   outcome: Outcome | None = None,
                   first: FirstOrRepeat | None = None) -> int:
    return contact_service.save_new(ws, draft(
        occurred_on=day, duration_min=minutes, incident_id=incident_id, outcome=outcome,
        first_or_repeat=first, topics=frozenset({Topic.CRITICAL_INCIDENT}),
        initiated_by=InitiatedBy.AFTER_CRITICAL_INCIDENT,
        incident_type=IncidentType.LINE_OF_DUTY_DEATH), today=today)


def random_quarter(ws, rng: random.Random, first: date, last: date, incidents_n: int) -> None:
    """``incidents_n`` incidents between ``first`` and ``last`` (logged on ``last``), each with
    outreach, perhaps group interventions, perhaps its acute phase closed, and a few linked
    contacts with an outcome and first/repeat, or neither."""
    now = datetime.combine(last, datetime.min.time()) + timedelta(hours=23)
    span = (last - first).days - 8
    for _ in range(incidents_n):
        at = datetime.combine(first + timedelta(days=rng.randrange(span)),
                              datetime.min.time()) + timedelta(minutes=rng.randrange(1440))
        involved = rng.choice((2, 3, 5, 8, 12, 20, 40, 150))
        ident = incident(ws, at, rng.choice(list(IncidentType)), involved, now)
        left = involved
        for fmt in rng.sample(list(incidents_formats()), rng.randrange(3)):
            attendees = rng.randint(2, 30)
            newly = min(left, rng.randint(0, attendees))
            intervention(ws, ident, fmt, min(now, at + timedelta(hours=rng.randint(2, 200))),
                         rng.choice((30, 60, 90, 180)), attendees, newly, now)
            left -= newly
        for _ in range(rng.randrange(4)):
            if left <= 0:
                break
            n = rng.randint(1, left)
            incidents.record_outreach(ws, ident, n, rng.choice(list(OutreachMethod)),
                                      at=min(now, at + timedelta(minutes=rng.randrange(
                                          10 * 1440))),
                                      now=now)
            left -= n
        if rng.random() < 0.6:
            incidents.close_acute_phase(ws, ident,
                                        today=at.date() + timedelta(days=rng.randint(0, 5)))
        for _ in range(rng.randrange(4)):
            day = at.date() + timedelta(days=rng.randint(0, 8))
            linked_contact(ws, ident, day, rng.choice((20, 45, 90)), last,
                           rng.choice([None, *Outcome]), rng.choice([None, *FirstOrRepeat]))


def incidents_formats() -> tuple[Format, ...]:
    return (Format.DEFUSING, Format.DEBRIEFING, Format.CRISIS_MANAGEMENT_BRIEFING)
