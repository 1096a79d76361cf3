"""The coordinator's view of the audit log: read (filtered by action, member and period) and
its chain check. There is deliberately no export: the log is row-level data about members (who
signed in when), and only aggregates leave PeerDesk (ARCHITECTURE section 6).
"""

from __future__ import annotations

from datetime import UTC, datetime

from peerdesk.domain.permissions import Action
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, member_repo
from peerdesk.storage.audit import EVERYTHING, AuditEntry, AuditFilter, ChainReport

# The entry and report types are part of this module's answers; the UI imports them from here.
__all__ = ["EVERYTHING", "AuditEntry", "AuditFilter", "ChainReport", "actions", "entries",
           "member_names", "utc_stamp", "verify"]


def entries(ws: Workspace, limit: int = 1000, offset: int = 0,
            only: AuditFilter = EVERYTHING) -> list[AuditEntry]:
    """Newest first; ``only`` the entries the filter matches."""
    ws.require(Action.VIEW_AUDIT)
    return audit.entries(ws.vault.conn, limit, offset, only)


def actions(ws: Workspace) -> list[str]:
    """The action codes the log holds (what the action filter offers)."""
    ws.require(Action.VIEW_AUDIT)
    return audit.actions(ws.vault.conn)


def utc_stamp(moment: datetime) -> str:
    """A moment (with its time zone) as the log writes it, for ``AuditFilter.since`` and
    ``before`` (the UI turns local days into these)."""
    if moment.tzinfo is None:
        raise ValueError("a filter's moment needs a time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def member_names(ws: Workspace) -> dict[str, str]:
    """user id -> name, for showing who did what (removed members show by id)."""
    ws.require(Action.VIEW_AUDIT)
    return {m.user_id: m.name for m in member_repo.all_members(ws.vault.conn)}


def verify(ws: Workspace) -> ChainReport:
    ws.require(Action.VIEW_AUDIT)
    return audit.verify_chain(ws.vault.conn)
