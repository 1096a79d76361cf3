"""Telling a member that someone else reset their passphrase.

A coordinator who resets a member's passphrase learns a passphrase that opens that member's
account, and with it their contact log, until the member chooses their own. So each reset is
remembered (who, when) and every sign-in with a temporary passphrase is counted; the member is
told at each sign-in until they sign in with a passphrase they chose, which is the last time
(resets made meanwhile are added to the same notice). The audit log holds the reset, each
sign-in with a temporary passphrase, and the moment the member was told.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peerdesk.domain.members import Member
from peerdesk.storage import audit, reset_repo
from peerdesk.storage.database import Connection


@dataclass(frozen=True)
class ResetBy:
    by: str | None  # the coordinator's name then; None: the recovery key was used
    at: datetime  # UTC


@dataclass(frozen=True)
class ResetNotice:
    """Resets since the member last signed in with their own passphrase.

    ``temporary_sign_ins`` counts the sign-ins with a temporary passphrase before this one;
    ``temporary_now`` says whether this sign-in uses one.
    """

    resets: tuple[ResetBy, ...]
    temporary_sign_ins: int
    temporary_now: bool


def record_reset(conn: Connection, user_id: str, by: Member | None) -> None:
    """Remember a reset of ``user_id``'s passphrase by ``by`` (``None``: the recovery key)."""
    reset = reset_repo.Reset(by.user_id if by else None, by.name if by else "", audit.now_utc())
    reset_repo.add_reset(conn, user_id, reset)


def on_sign_in(conn: Connection, member: Member) -> ResetNotice | None:
    """The notice for ``member`` signing in now (inside the caller's transaction), if any."""
    pending = reset_repo.get(conn, member.user_id)
    if pending is None:
        return None
    notice = ResetNotice(
        tuple(ResetBy(r.by_name if r.by else None, _utc(r.at)) for r in pending.resets),
        pending.temporary_sign_ins,
        member.must_change_passphrase,
    )
    if member.must_change_passphrase:
        reset_repo.count_temporary_sign_in(conn, member.user_id)
    else:
        reset_repo.clear(conn, member.user_id)
        audit.append(conn, member.user_id, "told_of_reset", count=len(pending.resets),
                     temporary_sign_ins=pending.temporary_sign_ins)
    return notice


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
