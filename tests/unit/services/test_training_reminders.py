"""A member is reminded at sign-in of their own expiring certification: 60 and 30 days before
its expiry and once after, each once, at the exact day boundaries."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from peerdesk.domain.members import Role
from peerdesk.domain.training_records import EXPIRED, Course, RecordDraft, RecordKind
from peerdesk.services import training_records
from peerdesk.services.workspace import Workspace
from team_support import COORD_PASS, add, new_workspace, sign_in_changed

OWN = "cobalt meadow river lantern"
EXPIRY = date(2027, 3, 31)


def cert(completed: date, expires: date, course: Course = Course.CRISIS_INTERVENTION
         ) -> RecordDraft:
    return RecordDraft(RecordKind.CERTIFICATION, course, completed, 960, "ICISF", expires)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Ari, a supporter, holds a crisis intervention certification expiring on EXPIRY."""
    path = tmp_path / "vault"
    ws = new_workspace(path)
    ari = add(ws, "Ari", Role.SUPPORTER)
    training_records.add(ws, cert(date(2024, 3, 31), EXPIRY), ari, today=date(2026, 1, 1))
    ws.lock()
    sign_in_changed(path, "Ari", OWN).lock()
    return path


def told_on(folder: Path, days_before: int) -> list[tuple[int, int]]:
    """Sign Ari in ``days_before`` the expiry: the (stage, days left) told."""
    ws = Workspace.unlock(folder, "Ari", OWN, today=EXPIRY - timedelta(days=days_before))
    try:
        return [(r.stage, r.days_left) for r in ws.training_reminders]
    finally:
        ws.lock()


def test_each_stage_is_told_once_on_the_day_it_starts(folder: Path) -> None:
    assert told_on(folder, 61) == []
    assert told_on(folder, 60) == [(60, 60)]
    assert told_on(folder, 59) == []          # the 60-day stage was told
    assert told_on(folder, 31) == []
    assert told_on(folder, 30) == [(30, 30)]
    assert told_on(folder, 29) == []
    assert told_on(folder, 0) == []           # the expiry day: still valid, already told
    assert told_on(folder, -1) == [(EXPIRED, -1)]  # the day after: expired, told once
    assert told_on(folder, -2) == []


@pytest.mark.parametrize(("days_before", "expected"), [
    (61, []), (60, [(60, 60)]), (59, [(60, 59)]), (31, [(60, 31)]), (30, [(30, 30)]),
    (29, [(30, 29)]), (0, [(30, 0)]), (-1, [(EXPIRED, -1)]),
])
def test_a_first_sign_in_on_each_boundary_day_tells_that_days_stage(
        folder: Path, days_before: int, expected: list[tuple[int, int]]) -> None:
    assert told_on(folder, days_before) == expected


def test_a_renewal_stops_the_reminders_and_other_members_are_not_told(folder: Path) -> None:
    assert told_on(folder, 45) == [(60, 45)]
    ari = Workspace.unlock(folder, "Ari", OWN, today=EXPIRY - timedelta(days=40))
    training_records.add(ari, cert(EXPIRY - timedelta(days=40), date(2030, 3, 31)),
                         today=EXPIRY - timedelta(days=40))
    ari.lock()
    assert told_on(folder, 30) == []
    assert told_on(folder, -1) == []
    coordinator = Workspace.unlock(folder, "Casey", COORD_PASS, today=EXPIRY)
    assert coordinator.training_reminders == ()
    coordinator.lock()


def test_a_changed_expiry_date_is_told_again(folder: Path) -> None:
    assert told_on(folder, 30) == [(30, 30)]
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    ari = next(s.user_id for s in training_records.team_standing(ws) if s.name == "Ari")
    (record,) = training_records.records_of(ws, ari)
    training_records.update(ws, record.id, cert(record.completed_on, EXPIRY + timedelta(days=5)),
                            today=date(2026, 1, 1))
    ws.lock()
    assert told_on(folder, 30) == [(60, 35)]  # 35 days left now: the 60-day stage again
