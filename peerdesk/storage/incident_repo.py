"""The incident tables: incidents, their responders, outreach, group interventions, follow-ups.

Callers (services/incidents.py) decide who may see or change which incident; this module only
reads and writes. ARCHITECTURE section 11.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from peerdesk.domain.incidents import (
    GroupIntervention,
    GroupInterventionDraft,
    Incident,
    IncidentChoice,
    IncidentDraft,
    IncidentFollowUp,
    IncidentSummary,
    OutreachEntry,
    Reach,
    format_time,
    parse_time,
)
from peerdesk.domain.vocab import (
    Format,
    IncidentStatus,
    IncidentType,
    MemberGroup,
    OutreachMethod,
)
from peerdesk.storage.audit import now_utc
from peerdesk.storage.database import Connection

FOLLOW_UP_DAYS_KEY = "incident_follow_up_days"  # a row of the policy table


def insert(conn: Connection, draft: IncidentDraft, quarter: str, created_by: str) -> int:
    """Insert an incident with its member groups and responders (the lead among them)."""
    stamp = now_utc()
    cursor = conn.execute(
        "INSERT INTO incidents (occurred_at, kind, personnel_involved, involved_estimated, lead, "
        "status, reporting_quarter, created_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)",
        (format_time(draft.occurred_at), draft.kind.value, draft.personnel_involved,
         int(draft.involved_estimated), draft.lead, quarter, created_by, stamp, stamp),
    )
    incident_id = int(cursor.lastrowid or 0)
    _write_groups(conn, incident_id, draft.member_groups)
    conn.executemany(
        "INSERT INTO incident_responders (incident_id, user_id) VALUES (?, ?)",
        [(incident_id, user) for user in sorted(draft.team)],
    )
    return incident_id


def update(conn: Connection, incident_id: int, draft: IncidentDraft) -> None:
    """Rewrite an incident's fields; responders leaving the team lose their assignment,
    those staying keep theirs. The reporting quarter does not change."""
    conn.execute(
        "UPDATE incidents SET occurred_at = ?, kind = ?, personnel_involved = ?, "
        "involved_estimated = ?, lead = ?, updated_at = ? WHERE id = ?",
        (format_time(draft.occurred_at), draft.kind.value, draft.personnel_involved,
         int(draft.involved_estimated), draft.lead, now_utc(), incident_id),
    )
    conn.execute("DELETE FROM incident_groups WHERE incident_id = ?", (incident_id,))
    _write_groups(conn, incident_id, draft.member_groups)
    team = sorted(draft.team)
    placeholders = ", ".join("?" * len(team))
    conn.execute(
        f"DELETE FROM incident_responders WHERE incident_id = ? AND user_id NOT IN "
        f"({placeholders})",
        (incident_id, *team),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO incident_responders (incident_id, user_id) VALUES (?, ?)",
        [(incident_id, user) for user in team],
    )


def _write_groups(conn: Connection, incident_id: int, groups: Iterable[MemberGroup]) -> None:
    conn.executemany(
        "INSERT INTO incident_groups (incident_id, member_group) VALUES (?, ?)",
        [(incident_id, g.value) for g in sorted(groups)],
    )


def delete(conn: Connection, incident_id: int) -> None:
    """Delete an incident and everything hanging on it; linked contacts stay, unlinked."""
    conn.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))


def get(conn: Connection, incident_id: int) -> Incident | None:
    row = conn.execute(
        "SELECT id, occurred_at, kind, personnel_involved, involved_estimated, lead, status, "
        "acute_closed_on, reporting_quarter, created_by, created_at, updated_at "
        "FROM incidents WHERE id = ?",
        (incident_id,),
    ).fetchone()
    if row is None:
        return None
    groups = frozenset(
        MemberGroup(g) for (g,) in conn.execute(
            "SELECT member_group FROM incident_groups WHERE incident_id = ?", (incident_id,))
    )
    lead = str(row[5])
    responders = frozenset(assignments(conn, incident_id)) - {lead}
    draft = IncidentDraft(
        occurred_at=parse_time(row[1]), kind=IncidentType(row[2]), member_groups=groups,
        personnel_involved=int(row[3]), involved_estimated=bool(row[4]), lead=lead,
        responders=responders,
    )
    return Incident(
        id=int(row[0]), draft=draft, status=IncidentStatus(row[6]),
        acute_closed_on=None if row[7] is None else date.fromisoformat(row[7]),
        reporting_quarter=row[8], created_by=row[9], created_at=row[10], updated_at=row[11],
    )


def on_response(conn: Connection, incident_id: int, user_id: str) -> bool:
    """Whether ``user_id`` is on the incident's response team (the lead included)."""
    return conn.execute(
        "SELECT 1 FROM incident_responders WHERE incident_id = ? AND user_id = ?",
        (incident_id, user_id),
    ).fetchone() is not None


def assignments(conn: Connection, incident_id: int) -> dict[str, int]:
    """Each responder's user id and how many of the involved personnel they are to reach."""
    return {
        str(user): int(count) for user, count in conn.execute(
            "SELECT user_id, assigned FROM incident_responders WHERE incident_id = ? "
            "ORDER BY user_id", (incident_id,))
    }


def set_assignments(conn: Connection, incident_id: int, assigned: dict[str, int]) -> None:
    """Set how many each responder is to reach (responders not named keep theirs)."""
    conn.executemany(
        "UPDATE incident_responders SET assigned = ? WHERE incident_id = ? AND user_id = ?",
        [(count, incident_id, user) for user, count in assigned.items()],
    )


def add_outreach(
    conn: Connection,
    incident_id: int,
    by: str,
    at: datetime,
    method: OutreachMethod,
    reached: int,
    intervention_id: int | None = None,
) -> int:
    cursor = conn.execute(
        "INSERT INTO incident_outreach (incident_id, reached_by, reached_at, method, reached, "
        "intervention_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (incident_id, by, format_time(at), method.value, reached, intervention_id, now_utc()),
    )
    return int(cursor.lastrowid or 0)


def delete_outreach(conn: Connection, outreach_id: int) -> None:
    conn.execute("DELETE FROM incident_outreach WHERE id = ?", (outreach_id,))


def outreach(conn: Connection, incident_id: int) -> list[OutreachEntry]:
    """An incident's outreach, oldest first."""
    return [
        _outreach_row(r) for r in conn.execute(
            "SELECT id, incident_id, reached_by, reached_at, method, reached, intervention_id "
            "FROM incident_outreach WHERE incident_id = ? ORDER BY reached_at, id",
            (incident_id,))
    ]


def _outreach_row(r: Sequence[Any]) -> OutreachEntry:
    return OutreachEntry(int(r[0]), int(r[1]), str(r[2]), parse_time(r[3]),
                         OutreachMethod(r[4]), int(r[5]), r[6])


def add_intervention(
    conn: Connection, incident_id: int, draft: GroupInterventionDraft, quarter: str, by: str
) -> int:
    """Insert a group intervention with its facilitators (its reach is the caller's
    outreach row)."""
    cursor = conn.execute(
        "INSERT INTO group_interventions (incident_id, format, held_at, duration_min, attendees, "
        "clinician_cofacilitated, reporting_quarter, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (incident_id, draft.format.value, format_time(draft.held_at), draft.duration_min,
         draft.attendees, int(draft.clinician_cofacilitated), quarter, by, now_utc()),
    )
    intervention_id = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT INTO group_intervention_facilitators (intervention_id, user_id) VALUES (?, ?)",
        [(intervention_id, user) for user in sorted(draft.facilitators)],
    )
    return intervention_id


def interventions(conn: Connection, incident_id: int) -> list[GroupIntervention]:
    """An incident's group interventions, oldest first, with their newly reached count."""
    rows = conn.execute(
        "SELECT g.id, g.format, g.held_at, g.duration_min, g.attendees, "
        "g.clinician_cofacilitated, g.reporting_quarter, g.created_by, "
        "(SELECT group_concat(f.user_id) FROM group_intervention_facilitators f "
        " WHERE f.intervention_id = g.id), "
        "(SELECT coalesce(sum(o.reached), 0) FROM incident_outreach o "
        " WHERE o.intervention_id = g.id) "
        "FROM group_interventions g WHERE g.incident_id = ? ORDER BY g.held_at, g.id",
        (incident_id,),
    ).fetchall()
    return [
        GroupIntervention(
            id=int(r[0]), incident_id=incident_id,
            draft=GroupInterventionDraft(
                format=Format(r[1]), held_at=parse_time(r[2]), duration_min=int(r[3]),
                attendees=int(r[4]), clinician_cofacilitated=bool(r[5]),
                facilitators=frozenset(u for u in (r[8] or "").split(",") if u),
                newly_reached=int(r[9]),
            ),
            reporting_quarter=r[6], created_by=r[7],
        )
        for r in rows
    ]


def delete_intervention(conn: Connection, intervention_id: int) -> None:
    conn.execute("DELETE FROM group_interventions WHERE id = ?", (intervention_id,))


def close_acute(
    conn: Connection, incident_id: int, on: date, follow_ups: Iterable[tuple[str, date]]
) -> None:
    """Mark the acute phase closed on ``on`` and add the (assignee, due) follow-ups."""
    stamp = now_utc()
    conn.execute(
        "UPDATE incidents SET acute_closed_on = ?, updated_at = ? WHERE id = ?",
        (on.isoformat(), stamp, incident_id),
    )
    conn.executemany(
        "INSERT INTO incident_follow_ups (incident_id, assignee, due_on, created_at) "
        "VALUES (?, ?, ?, ?)",
        [(incident_id, user, due.isoformat(), stamp) for user, due in follow_ups],
    )


def set_status(conn: Connection, incident_id: int, status: IncidentStatus) -> None:
    conn.execute(
        "UPDATE incidents SET status = ?, updated_at = ? WHERE id = ?",
        (status.value, now_utc(), incident_id),
    )


def _list_where(member: str | None, status: IncidentStatus | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if member is not None:
        clauses.append(
            "i.id IN (SELECT r.incident_id FROM incident_responders r WHERE r.user_id = ?)")
        params.append(member)
    if status is not None:
        clauses.append("i.status = ?")
        params.append(status.value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def summaries(
    conn: Connection,
    member: str | None = None,
    status: IncidentStatus | None = None,
    limit: int = 1000,
) -> list[IncidentSummary]:
    """The incident list, newest first, with each incident's reach.

    ``member`` None lists every incident (a coordinator); otherwise those whose response
    ``member`` is on. Each incident's reach is summed in one grouped query (the rule of
    :func:`peerdesk.domain.incidents.reach`, inclusive windows, capped at the number involved).
    """
    where, params = _list_where(member, status)
    rows = conn.execute(
        "SELECT i.id, i.occurred_at, i.kind, i.status, i.acute_closed_on, i.lead, "
        "i.personnel_involved, "
        "(SELECT count(*) FROM group_interventions g WHERE g.incident_id = i.id), "
        "(SELECT count(*) FROM contacts c WHERE c.incident_id = i.id) "
        f"FROM incidents i{where} ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    if not rows:
        return []
    sums = _reach_sums(conn, min(int(r[0]) for r in rows),
                       max(int(r[0]) for r in rows))
    result = []
    for r in rows:
        involved = int(r[6])
        total, at_72, at_7d = sums.get(int(r[0]), (0, 0, 0))
        result.append(IncidentSummary(
            id=int(r[0]), occurred_at=parse_time(r[1]), kind=IncidentType(r[2]),
            status=IncidentStatus(r[3]),
            acute_closed_on=None if r[4] is None else date.fromisoformat(r[4]), lead=str(r[5]),
            reach=Reach(involved, min(at_72, involved), min(at_7d, involved),
                        min(total, involved)),
            interventions=int(r[7]), linked_contacts=int(r[8]),
        ))
    return result


# The windows of domain.incidents.reach, in SQL so a list of 1,000 incidents reads its reach in
# one grouped query (parsing every outreach time in Python took most of 100 ms): times are
# YYYY-MM-DDTHH:MM text, which sorts as time, and the deadline is the incident's time plus the
# window, inclusive. tests/unit/services/test_incidents.py checks the list's reach against the
# domain's at the exact boundaries.
_REACH_SUMS = (
    # Each incident's two deadlines once (materialized), then one pass over the outreach table
    # in its own order (NOT INDEXED: walking the index and looking each row up took 26 ms of a
    # 47 ms list; this takes 11).
    "WITH d AS MATERIALIZED (SELECT id, "
    "strftime('%Y-%m-%dT%H:%M', occurred_at, '+72 hours') AS d72, "
    "strftime('%Y-%m-%dT%H:%M', occurred_at, '+7 days') AS d7 "
    "FROM incidents WHERE id BETWEEN ? AND ?) "
    "SELECT o.incident_id, sum(o.reached), "
    "sum(CASE WHEN o.reached_at <= d.d72 THEN o.reached ELSE 0 END), "
    "sum(CASE WHEN o.reached_at <= d.d7 THEN o.reached ELSE 0 END) "
    "FROM incident_outreach o NOT INDEXED CROSS JOIN d ON o.incident_id = d.id "
    "GROUP BY o.incident_id"
)


def _reach_sums(conn: Connection, low: int, high: int) -> dict[int, tuple[int, int, int]]:
    """(total, within 72 hours, within 7 days) newly reached, by incident id in low..high."""
    return {int(r[0]): (int(r[1]), int(r[2]), int(r[3]))
            for r in conn.execute(_REACH_SUMS, (low, high))}


def choices(conn: Connection, member: str | None) -> list[IncidentChoice]:
    """Open incidents for the contact form's picker (kind and date only), newest first;
    ``member`` None: every open incident, else those whose response ``member`` is on."""
    where, params = _list_where(member, IncidentStatus.OPEN)
    return [
        IncidentChoice(int(r[0]), IncidentType(r[1]), parse_time(r[2]).date())
        for r in conn.execute(
            f"SELECT i.id, i.kind, i.occurred_at FROM incidents i{where} "
            "ORDER BY i.occurred_at DESC, i.id DESC", params)
    ]


def follow_ups(
    conn: Connection, assignee: str, until: date, limit: int | None = None
) -> list[IncidentFollowUp]:
    """``assignee``'s open incident follow-ups due by ``until``, oldest first."""
    rows = conn.execute(
        "SELECT f.id, f.incident_id, i.kind, i.occurred_at, f.due_on "
        "FROM incident_follow_ups f JOIN incidents i ON i.id = f.incident_id "
        "WHERE f.assignee = ? AND f.done = 0 AND f.due_on <= ? "
        "ORDER BY f.due_on, f.id LIMIT ?",
        (assignee, until.isoformat(), -1 if limit is None else limit),
    ).fetchall()
    return [
        IncidentFollowUp(int(r[0]), int(r[1]), IncidentType(r[2]), parse_time(r[3]).date(),
                         date.fromisoformat(r[4]))
        for r in rows
    ]


def follow_up_counts(conn: Connection, assignee: str, today: date) -> tuple[int, int]:
    """(due by today, of which overdue) among ``assignee``'s open incident follow-ups."""
    row = conn.execute(
        "SELECT count(*), coalesce(sum(due_on < ?), 0) FROM incident_follow_ups "
        "WHERE assignee = ? AND done = 0 AND due_on <= ?",
        (today.isoformat(), assignee, today.isoformat()),
    ).fetchone()
    return int(row[0]), int(row[1])


def follow_ups_of(conn: Connection, incident_id: int) -> list[tuple[int, str, date, bool]]:
    """Every follow-up of an incident: (id, assignee, due, done), by due date."""
    return [
        (int(r[0]), str(r[1]), date.fromisoformat(r[2]), bool(r[3]))
        for r in conn.execute(
            "SELECT id, assignee, due_on, done FROM incident_follow_ups WHERE incident_id = ? "
            "ORDER BY due_on, assignee", (incident_id,))
    ]


def follow_up_assignee(conn: Connection, follow_up_id: int) -> str | None:
    row = conn.execute(
        "SELECT assignee FROM incident_follow_ups WHERE id = ?", (follow_up_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def mark_follow_up_done(conn: Connection, follow_up_id: int) -> None:
    conn.execute("UPDATE incident_follow_ups SET done = 1 WHERE id = ?", (follow_up_id,))


def follow_up_days(conn: Connection) -> tuple[int, ...] | None:
    """The policy's follow-up days (None: never set, the default applies)."""
    row = conn.execute("SELECT value FROM policy WHERE key = ?", (FOLLOW_UP_DAYS_KEY,)).fetchone()
    if row is None:
        return None
    return tuple(int(p) for p in str(row[0]).split(",") if p)


def set_follow_up_days(conn: Connection, days: Iterable[int]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO policy (key, value) VALUES (?, ?)",
        (FOLLOW_UP_DAYS_KEY, ",".join(str(d) for d in days)),
    )
