"""The coordinator's view of the audit log and its chain check."""

from __future__ import annotations

from peerdesk.domain.permissions import Action
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, member_repo
from peerdesk.storage.audit import AuditEntry, ChainReport

# The entry and report types are part of this module's answers; the UI imports them from here.
__all__ = ["AuditEntry", "ChainReport", "entries", "member_names", "verify"]


def entries(ws: Workspace, limit: int = 1000, offset: int = 0) -> list[AuditEntry]:
    """Newest first."""
    ws.require(Action.VIEW_AUDIT)
    return audit.entries(ws.vault.conn, limit, offset)


def member_names(ws: Workspace) -> dict[str, str]:
    """user id -> name, for showing who did what (removed members show by id)."""
    ws.require(Action.VIEW_AUDIT)
    return {m.user_id: m.name for m in member_repo.all_members(ws.vault.conn)}


def verify(ws: Workspace) -> ChainReport:
    ws.require(Action.VIEW_AUDIT)
    return audit.verify_chain(ws.vault.conn)
