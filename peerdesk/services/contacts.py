"""The contact log: a supporter's own contacts, follow-ups and private notes.

Only members allowed to log contacts reach any of this, and each sees only their own rows: a
contact of someone else is "not found", exactly like one that does not exist, so ids reveal
nothing. Coordinators never read contacts; they see aggregates (statistics) only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from peerdesk.domain.contacts import (
    MAX_ROW_ID,
    TOO_OLD,
    Contact,
    ContactDraft,
    ContactFilter,
    ContactSummary,
    FollowUp,
    validate,
)
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.quarters import first_open_quarter, reporting_quarter
from peerdesk.domain.vocab import FirstOrRepeat, SupporterState
from peerdesk.services import incidents
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, contact_repo, crypto, database, incident_repo, policy_repo

PAGE_SIZE = 200
ALL = ContactFilter()


def _today(today: date | None) -> date:
    return today or date.today()


def _own(ws: Workspace, contact_id: int) -> str:
    """Refuse anything but the signed-in supporter's own contact (NotFound either way)."""
    ws.require(Action.LOG_CONTACTS)
    if not 1 <= contact_id <= MAX_ROW_ID:
        raise NotFound(what="contact")
    author = contact_repo.author_of(ws.vault.conn, contact_id)
    if author is None or author != ws.member.user_id:
        raise NotFound(what="contact")
    return author


def check(ws: Workspace, draft: ContactDraft, today: date | None = None) -> dict[str, Message]:
    """Every field error of ``draft`` under the program's policy (empty when it can be saved)."""
    errors = validate(draft, _today(today))
    conn = ws.vault.conn
    # An identifier the domain refused (beyond SQLite's integers) is never looked up.
    checklist = (None if "checklist" in errors
                 else policy_repo.checklist_version(conn, draft.checklist_version))
    if checklist is None:
        errors["checklist"] = Message("contact.no_checklist_version")
    elif not draft.checklist_ticked <= {item.code for item in checklist.items}:
        errors["checklist"] = Message("contact.unknown_checklist_item")
    if draft.private_note and not policy_repo.load(conn).private_notes_enabled:
        errors["private_note"] = Message("contact.notes_off")
    if draft.follow_up_of is not None and "follow_up_of" not in errors:
        author = contact_repo.author_of(conn, draft.follow_up_of)
        if author != ws.member.user_id:
            errors["follow_up_of"] = Message("contact.follow_up_of_missing")
    if draft.incident_id is not None and "incident_id" not in errors and not (
        incidents.may_link(ws, draft.incident_id)
    ):
        errors["incident_id"] = Message("contact.incident_missing")
    return errors


def save_new(
    ws: Workspace, draft: ContactDraft, today: date | None = None,
    incident_follow_up: int | None = None,
) -> int:
    """Validate and save a new contact; returns its id.

    ``incident_follow_up``: the signed-in member's incident follow-up this contact is, marked
    done in the same transaction (NotFound when it is not theirs).
    """
    ws.require(Action.LOG_CONTACTS)
    errors = check(ws, draft, today)
    if errors:
        raise ValidationError(errors)
    conn = ws.vault.conn
    author = ws.member.user_id
    if incident_follow_up is not None and not incidents.is_my_follow_up(ws, incident_follow_up):
        raise NotFound(what="follow-up")
    with database.transaction(conn):
        if incident_follow_up is not None:
            incident_repo.mark_follow_up_done(conn, incident_follow_up)
        # A quarter that is closed or released takes no more contacts: they count in the first
        # open quarter, so no view of a finished quarter can change (ARCHITECTURE section 6).
        first_open = first_open_quarter(_today(today), policy_repo.load(conn).close_days)
        quarter = reporting_quarter(draft.occurred_on, contact_repo.frozen_quarters(conn),
                                    first_open)
        episode = None
        if draft.follow_up_of is not None:
            episode = contact_repo.episode_of(conn, draft.follow_up_of)
        contact_id = contact_repo.insert(conn, author, replace(draft, private_note=""),
                                         str(quarter), episode)
        _write_note(ws, contact_id, draft.private_note, _today(today))
    return contact_id


def update(ws: Workspace, contact_id: int, draft: ContactDraft, today: date | None = None) -> None:
    """Save changes to one's own contact. Its episode and reporting quarter do not change."""
    _own(ws, contact_id)
    existing = contact_repo.get(ws.vault.conn, contact_id)
    assert existing is not None
    draft = replace(draft, follow_up_of=existing.draft.follow_up_of)
    errors = check(ws, draft, today)
    if errors.get("occurred_on") == TOO_OLD and draft.occurred_on == existing.draft.occurred_on:
        del errors["occurred_on"]  # an older contact keeps its own date when it is edited
    if draft.incident_id is not None and draft.incident_id == existing.draft.incident_id:
        errors.pop("incident_id", None)  # it keeps the incident it was logged for, now closed
    if errors:
        raise ValidationError(errors)
    conn = ws.vault.conn
    with database.transaction(conn):
        contact_repo.update(conn, contact_id, draft)
        _write_note(ws, contact_id, draft.private_note, _today(today))


def delete(ws: Workspace, contact_id: int) -> None:
    """Delete one's own contact (secure_delete overwrites it); audited without content."""
    _own(ws, contact_id)
    conn = ws.vault.conn
    with database.transaction(conn):
        contact_repo.delete(conn, contact_id)
        audit.append(conn, ws.member.user_id, "contact_deleted", count=1)


def get(ws: Workspace, contact_id: int) -> tuple[Contact, bool]:
    """One's own contact with its private note decrypted.

    Returns the contact and whether a note exists that can no longer be read (it was written
    before the member's passphrase was reset, under their old key).
    """
    author = _own(ws, contact_id)
    conn = ws.vault.conn
    contact = contact_repo.get(conn, contact_id)
    assert contact is not None
    ciphertext = contact_repo.note_of(conn, contact_id)
    if ciphertext is None:
        return contact, False
    try:
        text = crypto.aead_decrypt(ws.vault.personal_key, ciphertext, _note_ad(contact_id, author))
    except crypto.DecryptionFailed:
        return contact, True
    return replace(contact, draft=replace(contact.draft, private_note=text.decode())), False


def page(
    ws: Workspace,
    filters: ContactFilter = ALL,
    after: tuple[date, int] | None = None,
    limit: int = PAGE_SIZE,
    today: date | None = None,
) -> list[ContactSummary]:
    """The next page of the signed-in supporter's contacts, newest first."""
    ws.require(Action.LOG_CONTACTS)
    return contact_repo.page(
        ws.vault.conn, ws.member.user_id, filters, _today(today), after, limit
    )


def count(ws: Workspace, filters: ContactFilter = ALL, today: date | None = None) -> int:
    ws.require(Action.LOG_CONTACTS)
    return contact_repo.count(ws.vault.conn, ws.member.user_id, filters, _today(today))


def follow_ups(
    ws: Workspace, today: date | None = None, ahead_days: int = 0, limit: int | None = None
) -> list[FollowUp]:
    """Open follow-ups due by ``today + ahead_days`` (overdue ones first), ``limit`` of them."""
    ws.require(Action.LOG_CONTACTS)
    until = _today(today) + timedelta(days=ahead_days)
    return contact_repo.follow_ups(ws.vault.conn, ws.member.user_id, until, limit)


@dataclass(frozen=True)
class FollowUpList:
    """The oldest open follow-ups due by today, and how many there are in all."""

    items: list[FollowUp]
    due: int
    overdue: int

    @property
    def truncated(self) -> bool:
        return len(self.items) < self.due


FOLLOW_UP_LIST_LIMIT = 500


def follow_up_list(
    ws: Workspace, today: date | None = None, limit: int = FOLLOW_UP_LIST_LIMIT
) -> FollowUpList:
    """What the follow-ups view shows: the oldest ``limit`` due items and the counts."""
    ws.require(Action.LOG_CONTACTS)
    day = _today(today)
    conn, me = ws.vault.conn, ws.member.user_id
    due, overdue = contact_repo.follow_up_counts(conn, me, day)
    return FollowUpList(contact_repo.follow_ups(conn, me, day, limit), due, overdue)


def dismiss_follow_up(ws: Workspace, contact_id: int) -> None:
    """Mark a follow-up as no longer needed without logging a contact."""
    _own(ws, contact_id)
    conn = ws.vault.conn
    with database.transaction(conn):
        contact_repo.mark_follow_up_done(conn, contact_id)


def follow_up_draft(ws: Workspace, contact_id: int, today: date | None = None) -> ContactDraft:
    """A new draft continuing the episode of ``contact_id`` (same member group, linked)."""
    _own(ws, contact_id)
    previous = contact_repo.get(ws.vault.conn, contact_id)
    assert previous is not None
    return replace(
        previous.draft,
        occurred_on=_today(today),
        follow_up_of=contact_id,
        follow_up_due=None,
        risk=previous.draft.risk,
        referrals=(),
        checklist_ticked=frozenset(),
        private_note="",
        supporter_state=SupporterState.FINE,
        checklist_version=policy_repo.current_checklist(ws.vault.conn).version,
        first_or_repeat=FirstOrRepeat.REPEAT,
        incident_id=(previous.draft.incident_id if previous.draft.incident_id is not None
                     and incidents.may_link(ws, previous.draft.incident_id) else None),
    )


def _note_ad(contact_id: int, author: str) -> bytes:
    return f"peerdesk note v1|{contact_id}|{author}".encode()


def _write_note(ws: Workspace, contact_id: int, text: str, today: date) -> None:
    conn = ws.vault.conn
    if not text:
        contact_repo.clear_note(conn, contact_id)
        return
    expiry_days = policy_repo.load(conn).notes_expiry_days
    ciphertext = crypto.aead_encrypt(
        ws.vault.personal_key, text.encode(), _note_ad(contact_id, ws.member.user_id)
    )
    contact_repo.set_note(conn, contact_id, ciphertext,
                          (today + timedelta(days=expiry_days)).isoformat())
