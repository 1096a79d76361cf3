"""The full integrity check of an unlocked vault (``peerdesk vault check``)."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.domain.errors import VaultDamaged
from peerdesk.storage import audit, database
from peerdesk.storage.database import DB_NAME
from peerdesk.storage.recovery import Tidied
from peerdesk.storage.unlocked import UnlockedVault


@dataclass(frozen=True)
class CheckReport:
    schema_version: int
    pages_ok: bool
    members: int
    audit_entries: int
    audit_ok: bool
    audit_problem: str = ""
    tidied: tuple[Tidied, ...] = ()  # cleaned after interrupted work when the vault opened

    @property
    def ok(self) -> bool:
        return self.pages_ok and self.audit_ok


def check(vault: UnlockedVault) -> CheckReport:
    """Full integrity check: every page's HMAC, the b-tree, and the audit chain."""
    conn = vault.conn
    try:
        database.verify(conn, vault.folder / DB_NAME)
        pages_ok = True
    except VaultDamaged:
        pages_ok = False
    chain = audit.verify_chain(conn)
    return CheckReport(
        schema_version=database.user_version(conn),
        pages_ok=pages_ok,
        members=int(conn.execute("SELECT count(*) FROM members").fetchone()[0]),
        audit_entries=chain.entries,
        audit_ok=chain.ok,
        audit_problem=chain.problem,
        tidied=vault.tidied,
    )
