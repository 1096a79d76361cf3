"""Team accounts through the services: add, roles, disable, remove, reset, last coordinator."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerdesk.domain.errors import (
    AccountDisabled,
    LastCoordinator,
    PermissionDenied,
    UnknownUser,
    ValidationError,
    WrongPassphrase,
)
from peerdesk.domain.members import Role
from peerdesk.domain.permissions import Action
from peerdesk.services import audit_log, team
from peerdesk.services.workspace import Workspace
from team_support import COORD_PASS, FAST, MEMBER_PASS, add, new_workspace, sign_in_changed


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def coordinator(vault_dir: Path) -> Workspace:
    ws = new_workspace(vault_dir)
    yield ws
    ws.lock()


def test_added_member_must_change_temporary_passphrase(coordinator, vault_dir):
    add(coordinator, "Robin", Role.SUPPORTER)
    coordinator.lock()
    ws = Workspace.unlock(vault_dir, "Robin", MEMBER_PASS)
    assert ws.must_change_passphrase
    assert not ws.can(Action.LOG_CONTACTS)
    with pytest.raises(PermissionDenied):
        ws.require(Action.LOG_CONTACTS)
    with pytest.raises(ValidationError) as err:
        ws.change_own_passphrase(MEMBER_PASS, MEMBER_PASS, MEMBER_PASS)
    assert "different" in err.value.field_errors["passphrase"]
    new = "tidal meadow copper kettle"
    ws.change_own_passphrase(MEMBER_PASS, new, new)
    assert not ws.must_change_passphrase
    assert ws.can(Action.LOG_CONTACTS)
    ws.lock()
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(vault_dir, "Robin", MEMBER_PASS)
    Workspace.unlock(vault_dir, "Robin", "tidal meadow copper kettle").lock()


def test_add_member_validates_every_field(coordinator):
    with pytest.raises(ValidationError) as err:
        team.add_member(coordinator, "  ", "short", [], kdf=FAST)
    assert set(err.value.field_errors) == {"name", "roles", "passphrase"}
    assert len(team.list_members(coordinator)) == 1


def test_change_roles_and_last_coordinator_is_kept(coordinator, vault_dir):
    me = coordinator.member.user_id
    with pytest.raises(LastCoordinator) as err:
        team.set_roles(coordinator, me, [Role.SUPPORTER])
    assert "at least one active coordinator" in err.value.message
    other = add(coordinator, "Jordan", Role.SUPPORTER)
    team.set_roles(coordinator, other, [Role.SUPPORTER, Role.COORDINATOR])
    members = {m.name: m for m in team.list_members(coordinator)}
    assert members["Jordan"].roles == {Role.SUPPORTER, Role.COORDINATOR}
    # With a second coordinator, the first may step down.
    team.set_roles(coordinator, me, [Role.SUPPORTER])
    assert not coordinator.can(Action.MANAGE_TEAM)
    with pytest.raises(PermissionDenied):
        team.list_members(coordinator)


def test_last_coordinator_cannot_be_removed_or_disabled(coordinator, vault_dir):
    second = add(coordinator, "Jordan", Role.COORDINATOR)
    coordinator.lock()
    jordan = sign_in_changed(vault_dir, "Jordan", "saffron orbit lighthouse 9")
    casey = next(m for m in team.list_members(jordan) if m.name == "Casey")
    team.remove_member(jordan, casey.user_id)
    with pytest.raises(PermissionDenied):
        team.remove_member(jordan, second)
    with pytest.raises(PermissionDenied):
        team.set_disabled(jordan, second, True)
    assert [m.name for m in team.list_members(jordan)] == ["Jordan"]
    jordan.lock()
    with pytest.raises(UnknownUser):
        Workspace.unlock(vault_dir, "Casey", COORD_PASS)


def test_remove_last_coordinator_refused(coordinator):
    supporter = add(coordinator, "Sam", Role.SUPPORTER)
    team.set_roles(coordinator, supporter, [Role.COORDINATOR])
    team.set_disabled(coordinator, supporter, True)  # a disabled coordinator does not count
    me = coordinator.member.user_id
    with pytest.raises(LastCoordinator):
        team.set_roles(coordinator, me, [Role.TRAINER])


def test_disabled_member_cannot_sign_in_and_can_be_enabled(coordinator, vault_dir):
    sam = add(coordinator, "Sam", Role.SUPPORTER)
    team.set_disabled(coordinator, sam, True)
    coordinator.lock()
    with pytest.raises(AccountDisabled):
        Workspace.unlock(vault_dir, "Sam", MEMBER_PASS)
    ws = Workspace.unlock(vault_dir, "Casey", COORD_PASS)
    team.set_disabled(ws, sam, False)
    ws.lock()
    Workspace.unlock(vault_dir, "Sam", MEMBER_PASS).lock()


def test_reset_passphrase_requires_change(coordinator, vault_dir):
    sam = add(coordinator, "Sam", Role.SUPPORTER)
    coordinator.lock()
    sign_in_changed(vault_dir, "Sam", "mossy granite fjord lantern").lock()
    ws = Workspace.unlock(vault_dir, "Casey", COORD_PASS)
    team.reset_passphrase(ws, sam, "temporary walnut glacier 7", kdf=FAST)
    ws.lock()
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(vault_dir, "Sam", "mossy granite fjord lantern")
    again = Workspace.unlock(vault_dir, "Sam", "temporary walnut glacier 7")
    assert again.must_change_passphrase
    again.lock()


def test_last_sign_in_is_recorded(coordinator, vault_dir):
    add(coordinator, "Sam", Role.SUPPORTER)
    assert next(m for m in team.list_members(coordinator) if m.name == "Sam").last_sign_in is None
    coordinator.lock()
    Workspace.unlock(vault_dir, "Sam", MEMBER_PASS).lock()
    ws = Workspace.unlock(vault_dir, "Casey", COORD_PASS)
    sam = next(m for m in team.list_members(ws) if m.name == "Sam")
    assert sam.last_sign_in is not None
    ws.lock()


def test_account_changes_are_audited_without_content(coordinator):
    sam = add(coordinator, "Sam", Role.SUPPORTER)
    team.set_roles(coordinator, sam, [Role.SUPPORTER, Role.TRAINER])
    team.set_disabled(coordinator, sam, True)
    team.remove_member(coordinator, sam)
    actions = [e.action for e in audit_log.entries(coordinator)]
    assert actions[:4] == ["member_removed", "member_disabled", "roles_changed", "member_added"]
    for entry in audit_log.entries(coordinator):
        assert "Sam" not in repr(entry.detail)
    assert audit_log.verify(coordinator).ok
