"""Shared set-up for service tests: real vaults in a temporary folder, weak KDF for speed."""

from __future__ import annotations

from pathlib import Path

from peerdesk.domain.members import Role
from peerdesk.services import team
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto

FAST = crypto.KdfParams.weak_for_tests()
COORD_PASS = "amber lantern over quiet harbour"
MEMBER_PASS = "violet canyon river stone 42"


def new_workspace(folder: Path, *, training: bool = False) -> Workspace:
    ws, _ = Workspace.create(
        folder, "Casey", COORD_PASS, COORD_PASS, training=training, kdf=FAST
    )
    return ws


def add(ws: Workspace, name: str, *roles: Role) -> str:
    """Add a member and return their user id."""
    return team.add_member(ws, name, MEMBER_PASS, roles, kdf=FAST).user_id


def sign_in_changed(folder: Path, name: str, new_pass: str) -> Workspace:
    """Sign in with the temporary passphrase and change it, as a new member must."""
    ws = Workspace.unlock(folder, name, MEMBER_PASS)
    ws.change_own_passphrase(MEMBER_PASS, new_pass, new_pass)
    return ws
