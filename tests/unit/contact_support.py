"""A valid contact draft to vary in tests."""

from __future__ import annotations

from datetime import date

from peerdesk.domain.contacts import ContactDraft, Referral
from peerdesk.domain.vocab import Channel, Format, InitiatedBy, MemberGroup, ReferralType, Topic

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
