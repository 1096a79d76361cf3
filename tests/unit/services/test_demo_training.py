"""Demo data of a training vault includes the team's training records: two years of them for
every member, once, valid by the same rules as records typed in, with the required courses set,
so the readiness figures and the screens have something to show."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from peerdesk.domain.errors import NotATrainingVault
from peerdesk.domain.members import Role
from peerdesk.domain.training_records import EXPIRED, validate
from peerdesk.services import name_list, policy, training_records
from peerdesk.services.demo_data import (
    DEMO_REQUIRED,
    make_demo_contacts,
    make_demo_training_records,
)
from team_support import add, new_workspace


def test_demo_contacts_bring_training_records_once(tmp_path: Path) -> None:
    ws = new_workspace(tmp_path / "training", training=True)
    for name in ("Ari", "Bo", "Cy"):
        add(ws, name, Role.SUPPORTER)
    make_demo_contacts(ws, 50, seed=3)
    today = date.today()
    standing = training_records.team_standing(ws, today=today)
    assert [s.records > 10 for s in standing] == [True] * 4
    assert policy.current(ws).required_courses == DEMO_REQUIRED
    # One member lapsed, others reminded: the screens show every state.
    assert [s.current for s in standing].count(False) == 1
    stages = {r.stage for s in standing for r in s.reminders}
    assert {30, 60, EXPIRED} <= stages
    names = name_list.given_names()
    for s in standing:
        for record in training_records.records_of(ws, s.user_id):
            assert validate(record.draft, today, names) == {}, record
    year = training_records.readiness(ws, today - timedelta(days=365), today)
    assert year.active_supporters == 4
    assert year.training_minutes > 0
    assert year.supervision_minutes > 0
    before = sum(s.records for s in standing)
    assert make_demo_training_records(ws) == 0  # once only
    make_demo_contacts(ws, 10, seed=4)
    assert sum(s.records for s in training_records.team_standing(ws)) == before
    ws.lock()


def test_a_real_vault_gets_no_demo_records(tmp_path: Path) -> None:
    ws = new_workspace(tmp_path / "real")
    with pytest.raises(NotATrainingVault):
        make_demo_training_records(ws)
    assert training_records.records_of(ws) == []
    ws.lock()
