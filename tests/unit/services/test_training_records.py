"""Training records through the services, on real vaults: who may see and change what, the
audit entries, the team's standing and the readiness figures the program report reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.members import Role
from peerdesk.domain.training_records import Course, RecordDraft, RecordKind
from peerdesk.services import audit_log, policy, team, training_records
from peerdesk.services.workspace import Workspace
from team_support import COORD_PASS, add, new_workspace, sign_in_changed

OWN = "cobalt meadow river lantern"
TODAY = date(2026, 11, 29)


def cert(completed: date, expires: date | None, course: Course = Course.CRISIS_INTERVENTION,
         minutes: int = 960) -> RecordDraft:
    return RecordDraft(RecordKind.CERTIFICATION, course, completed, minutes, "ICISF", expires)


def hours(kind: RecordKind, on: date, minutes: int) -> RecordDraft:
    return RecordDraft(kind, Course.OTHER if kind is RecordKind.CONTINUING_EDUCATION else None,
                       on, minutes, "EAP")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    ws = new_workspace(path)
    add(ws, "Ari", Role.SUPPORTER)
    add(ws, "Bo", Role.SUPPORTER)
    add(ws, "Lee", Role.TRAINER)
    ws.lock()
    for name in ("Ari", "Bo", "Lee"):
        sign_in_changed(path, name, OWN).lock()
    return path


def coordinator(folder: Path) -> Workspace:
    return Workspace.unlock(folder, "Casey", COORD_PASS)


def ids(ws: Workspace) -> dict[str, str]:
    return {m.name: m.user_id for m in team.list_members(ws)}


def test_a_member_sees_and_adds_their_own_records_and_nobody_elses(folder: Path) -> None:
    ws = coordinator(folder)
    bo = ids(ws)["Bo"]
    ws.lock()
    ari = Workspace.unlock(folder, "Ari", OWN)
    record = training_records.add(ari, cert(date(2026, 3, 1), date(2029, 3, 1)), today=TODAY)
    assert record.user_id == ari.member.user_id
    assert training_records.records_of(ari) == [record]
    with pytest.raises(PermissionDenied):
        training_records.records_of(ari, bo)
    with pytest.raises(PermissionDenied):
        training_records.add(ari, cert(date(2026, 3, 1), None), bo, today=TODAY)
    with pytest.raises(PermissionDenied):
        training_records.update(ari, record.id, cert(date(2026, 3, 2), None), today=TODAY)
    with pytest.raises(PermissionDenied):
        training_records.delete(ari, record.id)
    with pytest.raises(PermissionDenied):
        training_records.team_standing(ari)
    with pytest.raises(PermissionDenied):
        training_records.readiness(ari, date(2026, 1, 1), date(2026, 3, 31))
    assert training_records.my_standing(ari, today=TODAY).records == 1
    ari.lock()
    trainer = Workspace.unlock(folder, "Lee", OWN)
    training_records.add(trainer, hours(RecordKind.SUPERVISION, date(2026, 6, 1), 60),
                         today=TODAY)
    assert len(training_records.records_of(trainer)) == 1
    trainer.lock()


def test_a_coordinator_manages_everyones_records_and_each_change_is_audited(
        folder: Path) -> None:
    ws = coordinator(folder)
    ari = ids(ws)["Ari"]
    added = training_records.add(ws, cert(date(2026, 3, 1), date(2029, 3, 1)), ari, today=TODAY)
    assert training_records.records_of(ws, ari) == [added]
    changed = training_records.update(ws, added.id, cert(date(2026, 3, 2), date(2029, 3, 2)),
                                      today=TODAY)
    assert changed.completed_on == date(2026, 3, 2)
    training_records.delete(ws, added.id)
    assert training_records.records_of(ws, ari) == []
    with pytest.raises(NotFound):
        training_records.delete(ws, added.id)
    with pytest.raises(NotFound):
        training_records.add(ws, cert(date(2026, 3, 1), None), "no-such-member", today=TODAY)
    logged = [(e.action, e.detail) for e in audit_log.entries(ws, 4)][::-1]
    assert [a for a, _ in logged][-3:] == [
        "training_record_added", "training_record_changed", "training_record_deleted"]
    for _, detail in logged[-3:]:
        # who and which record, never what it says (no provider, no dates)
        assert detail == {"target": ari, "record": added.id, "kind": "certification"}
    ws.lock()


def test_a_bad_record_is_refused_with_field_messages_and_nothing_is_stored(
        folder: Path) -> None:
    ws = coordinator(folder)
    bad = RecordDraft(RecordKind.CERTIFICATION, None, date(2030, 1, 1), 0, "talked w/ Mike")
    with pytest.raises(ValidationError) as caught:
        training_records.add(ws, bad, today=TODAY)
    assert set(caught.value.field_errors) == {"course", "completed_on", "minutes", "provider"}
    assert training_records.records_of(ws) == []
    ws.lock()


def test_the_policy_decides_the_required_courses_and_who_is_current(folder: Path) -> None:
    ws = coordinator(folder)
    people = ids(ws)
    with pytest.raises(ValidationError):
        policy.update_required_courses(ws, ["not_a_course"])
    policy.update_required_courses(ws, [Course.CRISIS_INTERVENTION.value])
    assert policy.current(ws).required_courses == ("crisis_intervention",)
    assert audit_log.entries(ws, 1)[0].detail == {"required_courses": 1}
    training_records.add(ws, cert(date(2024, 1, 10), date(2026, 12, 29)), people["Ari"],
                         today=TODAY)
    training_records.add(ws, cert(date(2023, 1, 10), date(2026, 11, 28)), people["Bo"],
                         today=TODAY)
    standing = {s.name: s for s in training_records.team_standing(ws, today=TODAY)}
    assert standing["Ari"].current
    assert [(r.stage, r.days_left) for r in standing["Ari"].reminders] == [(30, 30)]
    assert not standing["Bo"].current  # lapsed yesterday
    assert standing["Bo"].gaps[0].lapsed_on == date(2026, 11, 28)
    assert not standing["Lee"].current  # never done
    assert standing["Lee"].gaps[0].lapsed_on is None
    ws.lock()
    supporter = Workspace.unlock(folder, "Ari", OWN)
    with pytest.raises(PermissionDenied):
        policy.update_required_courses(supporter, [])
    supporter.lock()


def test_readiness_counts_active_supporters_current_lapsed_and_the_periods_hours(
        folder: Path) -> None:
    ws = coordinator(folder)
    people = ids(ws)
    quarter = (date(2026, 7, 1), date(2026, 9, 30))
    # Nothing required: every active supporter (Casey, who made the vault, Ari and Bo; not the
    # trainer Lee) is current; no hours yet.
    empty = training_records.readiness(ws, *quarter)
    assert (empty.active_supporters, empty.current, empty.lapsed) == (3, 3, 0)
    assert (empty.training_minutes, empty.supervision_minutes) == (0, 0)
    policy.update_required_courses(ws, [Course.CRISIS_INTERVENTION.value])
    training_records.add(ws, cert(date(2024, 1, 10), date(2026, 9, 30)), people["Ari"],
                         today=TODAY)  # valid through the quarter's last day
    training_records.add(ws, cert(date(2023, 1, 10), date(2026, 9, 29)), people["Bo"],
                         today=TODAY)  # lapsed on the quarter's last day
    for on, minutes in ((date(2026, 7, 1), 90), (date(2026, 9, 30), 30), (date(2026, 6, 30), 600),
                        (date(2026, 10, 1), 600)):
        training_records.add(ws, hours(RecordKind.CONTINUING_EDUCATION, on, minutes),
                             people["Bo"], today=TODAY)
    training_records.add(ws, hours(RecordKind.SUPERVISION, date(2026, 8, 15), 45),
                         people["Lee"], today=TODAY)
    figures = training_records.readiness(ws, *quarter)
    # Ari current; Bo lapsed; Casey never did the course.
    assert (figures.active_supporters, figures.current, figures.lapsed) == (3, 1, 2)
    assert (figures.training_minutes, figures.supervision_minutes) == (120, 45)
    assert (figures.training_hours, figures.supervision_hours) == (2.0, 0.75)
    assert figures.required_courses == ("crisis_intervention",)
    # A switched-off supporter is not active.
    team.set_disabled(ws, people["Bo"], True)
    after = training_records.readiness(ws, *quarter)
    assert (after.active_supporters, after.current, after.lapsed) == (2, 1, 1)
    with pytest.raises(ValidationError):
        training_records.readiness(ws, quarter[1], quarter[0])
    ws.lock()


def test_removing_a_member_removes_their_records(folder: Path) -> None:
    ws = coordinator(folder)
    people = ids(ws)
    training_records.add(ws, cert(date(2026, 3, 1), date(2029, 3, 1)), people["Bo"],
                         today=TODAY)
    kept = training_records.add(ws, cert(date(2026, 3, 1), None), people["Ari"], today=TODAY)
    team.remove_member(ws, people["Bo"])
    count = ws.vault.conn.execute("SELECT count(*) FROM training_records").fetchone()[0]
    assert count == 1
    assert training_records.records_of(ws, people["Ari"]) == [kept]
    ws.lock()
