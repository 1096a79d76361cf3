"""The permission table, cell by cell, through the services (not only the UI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.members import Member, Role
from peerdesk.domain.permissions import PERMISSIONS, Action, allowed
from peerdesk.domain.referrals import Resource, ResourceCategory
from peerdesk.services import (
    audit_log,
    contacts,
    drills,
    incidents,
    policy,
    referrals,
    surveys,
    team,
    training_records,
)
from peerdesk.services.stats import release
from peerdesk.services.workspace import Workspace
from team_support import add, new_workspace, sign_in_changed

NEW_PASS = "harbour cobalt willow 512"

# Every action, called through a service that needs it (a training vault, so drills work too).
SERVICE_CALLS: dict[Action, Callable[[Workspace, Path], object]] = {
    Action.LOG_CONTACTS: lambda ws, _: contacts.page(ws),
    Action.VIEW_REFERRALS: lambda ws, _: referrals.search(ws, "crisis"),
    Action.EDIT_REFERRALS: lambda ws, _: referrals.add(
        ws, Resource(name="Station EAP", category=ResourceCategory.EAP, phone="555 0100")
    ),
    Action.EXPORT_STATISTICS: lambda ws, _: release.quarter_states(ws),
    Action.RUN_TRAINING: lambda ws, _: drills.class_sessions(ws),
    Action.MANAGE_TEAM: lambda ws, _: team.list_members(ws),
    Action.EDIT_POLICY: lambda ws, _: policy.update_settings(
        ws, idle_lock_minutes=9, private_notes_enabled=False, notes_expiry_days=30,
        suppression_threshold=5,
    ),
    Action.VIEW_AUDIT: lambda ws, _: audit_log.entries(ws),
    Action.RESPOND_TO_INCIDENTS: lambda ws, _: incidents.incident_list(ws),
    Action.MANAGE_INCIDENTS: lambda ws, _: incidents.outstanding_by_member(ws),
    Action.BACKUP: lambda ws, tmp: ws.backup(tmp / "backup.peerdesk"),
    Action.CHANGE_OWN_PASSPHRASE: lambda ws, _: ws.change_own_passphrase(
        NEW_PASS, "second " + NEW_PASS, "second " + NEW_PASS
    ),
    Action.KEEP_OWN_TRAINING: lambda ws, _: training_records.records_of(ws),
    Action.MANAGE_TRAINING: lambda ws, _: training_records.team_standing(ws),
    Action.RUN_SURVEYS: lambda ws, _: surveys.cohorts(ws),
}

EXPECTED = {
    Role.SUPPORTER: {Action.LOG_CONTACTS, Action.VIEW_REFERRALS, Action.KEEP_OWN_TRAINING,
                     Action.RESPOND_TO_INCIDENTS, Action.CHANGE_OWN_PASSPHRASE},
    Role.COORDINATOR: {
        Action.VIEW_REFERRALS, Action.EDIT_REFERRALS, Action.MANAGE_TEAM, Action.EDIT_POLICY,
        Action.EXPORT_STATISTICS, Action.VIEW_AUDIT, Action.BACKUP, Action.KEEP_OWN_TRAINING,
        Action.MANAGE_TRAINING, Action.RESPOND_TO_INCIDENTS, Action.MANAGE_INCIDENTS,
        Action.RUN_SURVEYS, Action.CHANGE_OWN_PASSPHRASE,
    },
    Role.TRAINER: {Action.VIEW_REFERRALS, Action.RUN_TRAINING, Action.KEEP_OWN_TRAINING,
                   Action.RUN_SURVEYS, Action.CHANGE_OWN_PASSPHRASE},
}


def test_every_action_is_checked_through_a_service():
    assert set(SERVICE_CALLS) == set(Action)


def test_table_is_as_specified():
    assert {role: set(actions) for role, actions in PERMISSIONS.items()} == EXPECTED


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_domain_cell(role, action):
    member = Member("u", "n", frozenset({role}))
    assert allowed(member, action) == (action in EXPECTED[role])
    assert not allowed(Member("u", "n", frozenset({role}), disabled=True), action)


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> tuple[Path, dict[Role, str]]:
    folder = tmp_path_factory.mktemp("perm") / "vault"
    ws = new_workspace(folder, training=True)
    names = {Role.SUPPORTER: "Sky", Role.COORDINATOR: "Kit", Role.TRAINER: "Lee"}
    for role, name in names.items():
        add(ws, name, role)
    ws.lock()
    for name in names.values():
        sign_in_changed(folder, name, NEW_PASS).lock()
    return folder, names


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(SERVICE_CALLS))
def test_service_cell(members, role, action, tmp_path):
    folder, names = members
    ws = Workspace.unlock(folder, names[role], NEW_PASS)
    try:
        call = SERVICE_CALLS[action]
        if action in EXPECTED[role]:
            call(ws, tmp_path)
        else:
            with pytest.raises(PermissionDenied):
                call(ws, tmp_path)
    finally:
        if action is Action.CHANGE_OWN_PASSPHRASE and action in EXPECTED[role]:
            ws.change_own_passphrase("second " + NEW_PASS, NEW_PASS, NEW_PASS)
        ws.lock()


def test_recovery_workspace_can_do_nothing_but_reset(tmp_path):
    folder = tmp_path / "vault"
    ws, key = Workspace.create(
        folder, "Casey", "amber lantern over quiet harbour", "amber lantern over quiet harbour",
    )
    ws.lock()
    rescue = Workspace.recover(folder, key)
    for action in Action:
        assert not rescue.can(action)
    with pytest.raises(PermissionDenied):
        team.list_members(rescue)
    rescue.lock()
