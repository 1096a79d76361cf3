"""Telling a member at sign-in that a course or certification of theirs expires soon.

Each of the member's own expiring records (the one that counts for its course: a renewal
silences the record it renews) is told once per stage: 60 days before its expiry (from day 60
to day 31), 30 days before (from day 30 to the expiry day), and once after it expired. A member
who does not sign in during the 60-day stage is told the 30-day one only. What was told is kept
in the vault (``training_reminders_told``), in the sign-in's own transaction. Coordinators see
every upcoming expiry on the team page whenever they look
(:func:`peerdesk.services.training_records.team_standing`).
"""

from __future__ import annotations

from datetime import date

from peerdesk.domain.members import Member
from peerdesk.domain.training_records import Reminder, reminders
from peerdesk.storage import training_repo
from peerdesk.storage.database import Connection


def on_sign_in(conn: Connection, member: Member, today: date) -> tuple[Reminder, ...]:
    """The reminders ``member`` has not been told yet (inside the caller's transaction);
    they count as told from now on."""
    due = reminders(training_repo.of_member(conn, member.user_id), today)
    told = training_repo.told(conn, (r.record.id for r in due))
    new = tuple(r for r in due if (r.record.id, r.stage) not in told)
    training_repo.mark_told(conn, ((r.record.id, r.stage) for r in new))
    return new
