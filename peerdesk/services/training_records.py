"""Supporter training records: keeping them, who is current, and the team's readiness.

Every member sees and adds their own records (``KEEP_OWN_TRAINING``); a coordinator sees,
adds, changes and deletes everyone's (``MANAGE_TRAINING``) and reads the team's standing and
readiness. Which courses are required is the program's policy (``Policy.required_courses``,
set by :func:`peerdesk.services.policy.update_required_courses`). Each change is audited with
the record's member, id and kind only. The rules (standing, current, reminder stages) are
:mod:`peerdesk.domain.training_records`; the reminders a member sees at sign-in are
:mod:`peerdesk.services.training_reminders`.

The program report reads :func:`readiness`::

    figures = training_records.readiness(ws, date(2026, 7, 1), date(2026, 9, 30))
    figures.active_supporters, figures.current, figures.lapsed, figures.training_hours
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.members import Member, Role
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.training_records import (
    RecordDraft,
    RecordKind,
    Reminder,
    RequiredGap,
    TrainingRecord,
    by_member,
    gaps,
    normalized,
    reminders,
    validate,
)
from peerdesk.services import name_list
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, database, member_repo, policy_repo, training_repo


@dataclass(frozen=True)
class MemberStanding:
    """One member's training on a day: what required course they lack, what expires soon."""

    user_id: str
    name: str
    roles: frozenset[Role]
    gaps: tuple[RequiredGap, ...]
    reminders: tuple[Reminder, ...]
    records: int

    @property
    def current(self) -> bool:
        return not self.gaps


@dataclass(frozen=True)
class Readiness:
    """The team's readiness for a period (``start`` to ``end``, both included).

    Attributes:
        active_supporters: members holding the supporter role and not switched off, as the
            team is now (the vault keeps no history of roles or of switching off).
        current: of them, those holding every required course valid on ``end``.
        lapsed: of them, those who are not current on ``end`` (a required course lapsed or
            never done); ``current + lapsed == active_supporters``.
        training_minutes: courses, certifications and continuing education completed in the
            period, by every member.
        supervision_minutes: supervision and clinical-oversight sessions in the period.
        required_courses: the course codes the policy requires now.
    """

    start: date
    end: date
    active_supporters: int
    current: int
    lapsed: int
    training_minutes: int
    supervision_minutes: int
    required_courses: tuple[str, ...]

    @property
    def training_hours(self) -> float:
        return self.training_minutes / 60

    @property
    def supervision_hours(self) -> float:
        return self.supervision_minutes / 60


def _today(today: date | None) -> date:
    return today or date.today()


def _may_see(ws: Workspace, user_id: str) -> None:
    if user_id == ws.member.user_id and ws.can(Action.KEEP_OWN_TRAINING):
        return
    if ws.can(Action.MANAGE_TRAINING):
        return
    raise PermissionDenied(action="see or keep another member's training records")


def records_of(ws: Workspace, user_id: str | None = None) -> list[TrainingRecord]:
    """One member's records, newest first (default: the signed-in member's own)."""
    user_id = user_id or ws.member.user_id
    _may_see(ws, user_id)
    return training_repo.of_member(ws.vault.conn, user_id)


def _check(draft: RecordDraft, today: date | None) -> RecordDraft:
    draft = normalized(draft)
    errors = validate(draft, _today(today), name_list.given_names())
    if errors:
        raise ValidationError(errors)
    return draft


def add(ws: Workspace, draft: RecordDraft, user_id: str | None = None, *,
        today: date | None = None) -> TrainingRecord:
    """Add a record for ``user_id`` (default: oneself; another member needs a coordinator)."""
    user_id = user_id or ws.member.user_id
    _may_see(ws, user_id)
    if member_repo.get(ws.vault.conn, user_id) is None:
        raise NotFound(what="member")
    draft = _check(draft, today)
    conn = ws.vault.conn
    with database.transaction(conn):
        record_id = training_repo.insert(conn, user_id, draft, ws.member.user_id)
        audit.append(conn, ws.member.user_id, "training_record_added", target=user_id,
                     record=record_id, kind=draft.kind.value)
    record = training_repo.get(conn, record_id)
    assert record is not None
    return record


def _get(ws: Workspace, record_id: int) -> TrainingRecord:
    record = training_repo.get(ws.vault.conn, record_id)
    if record is None:
        raise NotFound(what="training record")
    return record


def update(ws: Workspace, record_id: int, draft: RecordDraft, *,
           today: date | None = None) -> TrainingRecord:
    """Change a record (coordinators: members add their own and ask a coordinator to fix one)."""
    ws.require(Action.MANAGE_TRAINING)
    before = _get(ws, record_id)
    draft = _check(draft, today)
    if draft == before.draft:
        return before
    conn = ws.vault.conn
    with database.transaction(conn):
        training_repo.update(conn, record_id, draft)
        audit.append(conn, ws.member.user_id, "training_record_changed", target=before.user_id,
                     record=record_id, kind=draft.kind.value)
    return _get(ws, record_id)


def delete(ws: Workspace, record_id: int) -> None:
    """Delete a record (coordinators only)."""
    ws.require(Action.MANAGE_TRAINING)
    before = _get(ws, record_id)
    conn = ws.vault.conn
    with database.transaction(conn):
        training_repo.delete(conn, record_id)
        audit.append(conn, ws.member.user_id, "training_record_deleted", target=before.user_id,
                     record=record_id, kind=before.kind.value)


def _standing(member: Member, records: list[TrainingRecord], required: tuple[str, ...],
              on: date) -> MemberStanding:
    return MemberStanding(member.user_id, member.name, member.roles,
                          gaps(records, required, on), tuple(reminders(records, on)),
                          len(records))


def my_standing(ws: Workspace, *, today: date | None = None) -> MemberStanding:
    """The signed-in member's own standing."""
    ws.require(Action.KEEP_OWN_TRAINING)
    conn = ws.vault.conn
    member = ws.member
    required = policy_repo.load(conn).required_courses
    return _standing(member, training_repo.of_member(conn, member.user_id), required,
                     _today(today))


def team_standing(ws: Workspace, *, today: date | None = None) -> list[MemberStanding]:
    """Every member who is not switched off, by name: who is not current, what expires soon."""
    ws.require(Action.MANAGE_TRAINING)
    conn = ws.vault.conn
    required = policy_repo.load(conn).required_courses
    grouped = by_member(training_repo.every_record(conn))
    on = _today(today)
    return [_standing(m, grouped.get(m.user_id, []), required, on)
            for m in member_repo.all_members(conn) if not m.disabled]


def readiness(ws: Workspace, start: date, end: date) -> Readiness:
    """The team's readiness from ``start`` to ``end`` (both included; coordinators only).

    Raises:
        ValidationError: ``start`` is after ``end``.
    """
    ws.require(Action.MANAGE_TRAINING)
    if start > end:
        raise ValidationError({"period": Message("training.period_order")})
    conn = ws.vault.conn
    required = policy_repo.load(conn).required_courses
    grouped = by_member(training_repo.every_record(conn))
    supporters = [m for m in member_repo.all_members(conn)
                  if Role.SUPPORTER in m.roles and not m.disabled]
    current = sum(1 for m in supporters if not gaps(grouped.get(m.user_id, []), required, end))
    minutes = training_repo.minutes_between(conn, start, end)
    supervision = minutes.pop(RecordKind.SUPERVISION, 0)
    return Readiness(start, end, len(supporters), current, len(supporters) - current,
                     sum(minutes.values()), supervision, required)
