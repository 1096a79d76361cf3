"""Leaving the survey kiosk: a coordinator's (or trainer's) passphrase, checked against the
vault's own key slots, throttled like sign-in (ARCHITECTURE section 12).

The kiosk runs inside a signed-in session, so nothing is unlocked here: the typed passphrase
only has to open the named member's key slot (Argon2id, as at sign-in). The session itself
does not change, whoever leaves the kiosk. Failed attempts count in the kiosk's own
:class:`~peerdesk.services.unlock_guard.UnlockGuard` (memory only) and are written to the audit
log with the success that ends them, or when the kiosk is locked.
"""

from __future__ import annotations

from peerdesk.domain.errors import UnknownUser, WrongPassphrase
from peerdesk.domain.members import Member, Role, member_name_key
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, database, member_repo
from peerdesk.storage.keyslots import unlock_passphrase_slot

# Who may end a kiosk: the roles that run surveys (coordinators; trainers in a class).
KIOSK_ROLES = frozenset({Role.COORDINATOR, Role.TRAINER})


def may_end_kiosk(member: Member) -> bool:
    """Whether ``member``'s passphrase can end a kiosk: an active coordinator or trainer whose
    passphrase is their own (a temporary one is known to whoever set it)."""
    return (not member.disabled and not member.must_change_passphrase
            and bool(member.roles & KIOSK_ROLES))


def kiosk_keepers(ws: Workspace) -> list[Member]:
    """The members whose passphrase ends a kiosk, by name; read in the worker."""
    return [m for m in member_repo.all_members(ws.vault.conn) if may_end_kiosk(m)]


def confirm_leave(ws: Workspace, name: str, passphrase: str, guard: UnlockGuard) -> Member:
    """Check that ``passphrase`` opens ``name``'s key slot and that they may end a kiosk.

    Raises:
        UnlockThrottled: too many failures in a row: wait first (nothing is tried).
        WrongPassphrase: the passphrase does not open the slot (counted in ``guard``).
        UnknownUser: no member of that name may end a kiosk (counted too).
    """
    from peerdesk.storage import crypto  # noqa: PLC0415 - Argon2id only when asked

    guard.check()
    vault = ws.vault
    slot = vault.slots.slot_for_name(name)
    member = None if slot is None else member_repo.get(vault.conn, slot.user_id)
    if slot is None or member is None or not may_end_kiosk(member):
        guard.failed(name)
        raise UnknownUser(user=name)
    try:
        unlock_passphrase_slot(slot, vault.vault_id, passphrase)
    except crypto.DecryptionFailed as exc:
        guard.failed(name)
        raise WrongPassphrase(user=member.name) from exc
    failures = guard.succeeded(name)
    with database.transaction(vault.conn):
        if failures:
            audit.append(vault.conn, member.user_id, "kiosk_failed_leaves", count=failures)
        audit.append(vault.conn, member.user_id, "kiosk_left")
    return member


def record_opened(ws: Workspace, wave: str) -> None:
    """The audit entry of a kiosk started by the signed-in member (the wave's id only)."""
    with database.transaction(ws.vault.conn):
        audit.append(ws.vault.conn, ws.vault.user_id, "kiosk_opened", wave=wave)


def same_member(a: str, b: str) -> bool:
    """Two typed names for one member (case, width and accent form do not matter)."""
    return member_name_key(a) == member_name_key(b)
