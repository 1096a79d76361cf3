"""Team accounts: coordinators add, change, disable, remove and reset members.

A vault always keeps at least one active coordinator; every change is audited by member id
and action only.
"""

from __future__ import annotations

from collections.abc import Iterable

from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.members import (
    Member,
    Role,
    keep_a_coordinator,
    refuse_taken_name,
    validate_member_name,
)
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.services import passphrase as passphrase_rules
from peerdesk.services import reset_notice
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, crypto, database, member_repo


def list_members(ws: Workspace) -> list[Member]:
    ws.require(Action.MANAGE_TEAM)
    return member_repo.all_members(ws.vault.conn)


def add_member(
    ws: Workspace,
    name: str,
    temporary_passphrase: str,
    roles: Iterable[Role],
    *,
    kdf: crypto.KdfParams | None = None,
) -> Member:
    """Add a member who must choose their own passphrase at first sign-in."""
    ws.require(Action.MANAGE_TEAM)
    role_set = frozenset(roles)
    errors: dict[str, Message] = {}
    name_error = validate_member_name(name)
    if name_error:
        errors["name"] = name_error
    if not role_set:
        errors["roles"] = Message("member.no_role")
    strength = passphrase_rules.assess(temporary_passphrase, [name])
    if not strength.acceptable:
        errors["passphrase"] = strength.warning or Message("passphrase.weak_temporary")
    if errors:
        raise ValidationError(errors)
    members = member_repo.all_members(ws.vault.conn)
    refuse_taken_name(name, [*ws.vault.slot_names(), *(m.name for m in members)])
    return ws.vault.add_member(name, temporary_passphrase, role_set, must_change=True, kdf=kdf)


def set_roles(ws: Workspace, user_id: str, roles: Iterable[Role]) -> None:
    ws.require(Action.MANAGE_TEAM)
    role_set = frozenset(roles)
    if not role_set:
        raise ValidationError({"roles": Message("member.no_role")})
    member = _get(ws, user_id)
    if Role.COORDINATOR not in role_set:
        _keep_a_coordinator(ws, member)
    conn = ws.vault.conn
    with database.transaction(conn):
        member_repo.set_roles(conn, user_id, role_set)
        audit.append(
            conn, ws.member.user_id, "roles_changed", target=user_id,
            roles=",".join(sorted(r.value for r in role_set)),
        )


def set_disabled(ws: Workspace, user_id: str, disabled: bool) -> None:
    """Switch a member off or on again.

    Switching off revokes like removal: the vault is re-keyed and the member's slot keeps no
    grant, so their own passphrase opens nothing. Switching on seals a grant to their slot.
    """
    ws.require(Action.MANAGE_TEAM)
    member = _get(ws, user_id)
    if disabled:
        if user_id == ws.member.user_id:
            raise PermissionDenied(action="disable your own account")
        _keep_a_coordinator(ws, member)
        ws.vault.switch_off(user_id)
    else:
        ws.vault.switch_on(user_id)


def remove_member(ws: Workspace, user_id: str) -> None:
    """Remove a member and re-key the vault (their old key then opens nothing)."""
    ws.require(Action.MANAGE_TEAM)
    member = _get(ws, user_id)
    if user_id == ws.member.user_id:
        raise PermissionDenied(action="remove your own account")
    _keep_a_coordinator(ws, member)
    ws.vault.remove_member(user_id)


def reset_passphrase(
    ws: Workspace, user_id: str, temporary_passphrase: str, *, kdf: crypto.KdfParams | None = None
) -> None:
    """Give a member a temporary passphrase they must change at next sign-in.

    Their private notes become unreadable (a new key pair), as with the recovery key. Until
    they choose their own, the coordinator holds their access: the member is told at sign-in
    who reset it, when, and how often the temporary passphrase was used (``reset_notice``).
    """
    ws.require(Action.MANAGE_TEAM)
    member = _get(ws, user_id)
    strength = passphrase_rules.assess(temporary_passphrase, [member.name])
    if not strength.acceptable:
        raise ValidationError(
            {"passphrase": strength.warning or Message("passphrase.weak_temporary")}
        )
    ws.vault.set_passphrase(user_id, temporary_passphrase, must_change=True, kdf=kdf)
    if user_id != ws.member.user_id:
        # After the reset's own transaction (with its audit entry): a crash in between loses
        # only the notice, never the reset's record.
        conn = ws.vault.conn
        with database.transaction(conn):
            reset_notice.record_reset(conn, user_id, ws.member)


def _get(ws: Workspace, user_id: str) -> Member:
    member = member_repo.get(ws.vault.conn, user_id)
    if member is None:
        raise NotFound(what="member")
    return member


def _keep_a_coordinator(ws: Workspace, member: Member) -> None:
    """Refuse a change that would leave the vault without an active coordinator."""
    keep_a_coordinator(member, member_repo.active_coordinators(ws.vault.conn))
