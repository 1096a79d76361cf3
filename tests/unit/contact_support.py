"""A valid contact draft to vary in tests, and one save, edit and delete in a quarter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from peerdesk.domain.contacts import ContactDraft, Referral
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.vocab import Channel, Format, InitiatedBy, MemberGroup, ReferralType, Topic
from peerdesk.services import contacts
from peerdesk.services.workspace import Workspace
from peerdesk.storage import contact_repo

TODAY = date(2026, 11, 20)


def draft(**changes: object) -> ContactDraft:
    base: dict[str, object] = {
        "occurred_on": date(2026, 11, 18),
        "duration_min": 45,
        "channel": Channel.IN_PERSON,
        "initiated_by": InitiatedBy.SELF_REFERRAL,
        "member_group": MemberGroup.FIRE,
        "format": Format.ONE_TO_ONE,
        "topics": frozenset({Topic.WORK_STRESS}),
        "referrals": (Referral(ReferralType.EAP),),
        "checklist_ticked": frozenset({"confidentiality_explained", "stayed_in_role"}),
    }
    base.update(changes)
    return ContactDraft(**base)  # type: ignore[arg-type]


def quarter_ids(ws: Workspace, quarter: Quarter) -> list[int]:
    return [row[0] for row in ws.vault.conn.execute(
        "SELECT id FROM contacts WHERE reporting_quarter = ? ORDER BY id", (str(quarter),))]


def save_edit_delete(ws: Workspace, quarter: Quarter, today: date | None = None) -> None:
    """One contact dated in ``quarter`` saved, one of its contacts edited, one deleted."""
    new = contacts.save_new(ws, draft(occurred_on=quarter.first_day + timedelta(days=3),
                                      member_group=MemberGroup.CORRECTIONS), today=today)
    assert contact_repo.get(ws.vault.conn, new).reporting_quarter != str(quarter)
    first, second = quarter_ids(ws, quarter)[:2]
    contact, _ = contacts.get(ws, first)
    contacts.update(ws, first, replace(contact.draft, topics=frozenset({Topic.MORAL_INJURY}),
                                       member_group=MemberGroup.RETIREE), today=today)
    contacts.delete(ws, second)


def phone_and_text(ws: Workspace, quarter: Quarter, phone: int = 4, text: int = 3) -> None:
    """Police one-to-ones in the quarter's first month, alike but for the channel."""
    for i in range(phone + text):
        contacts.save_new(ws, draft(occurred_on=quarter.first_day + timedelta(days=5 + i),
                                    member_group=MemberGroup.POLICE,
                                    channel=Channel.PHONE if i < phone else Channel.TEXT),
                          today=quarter.last_day)
