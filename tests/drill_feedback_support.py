"""Every kind of drill feedback the scoring writes, collected by scoring the shipped scenarios
with a perfect log, an empty and a wrong log, and a log that misses each critical action."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from peerdesk.domain.contacts import ContactDraft, Referral
from peerdesk.domain.drills import (
    CRITICAL_DESCRIPTIONS,
    DrillFeedback,
    Scenario,
    model_answer,
    score_attempt,
)
from peerdesk.domain.vocab import (
    ConfidentialityException,
    DisclosureRoute,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    ReferralHow,
    ReferralType,
    Risk,
    Topic,
)
from peerdesk.services import drills

NOTE_WITH_DETAILS = "Called Jordan Smith on 416 555 0199, badge 4471, jsmith@example.com."


def _other(value: object, kind: type) -> object:
    return next(v for v in kind if v != value)  # type: ignore[attr-defined]


def drafts(scenario: Scenario) -> Iterator[ContactDraft]:
    """A perfect log, an empty one, a wrong one and one miss of each critical action."""
    good = model_answer(scenario)
    e = scenario.expected
    yield good
    yield replace(good, topics=frozenset(), referrals=(), checklist_ticked=frozenset(),
                  risk=Risk.NONE_OBSERVED, group_size=None, incident_type=None,
                  confidentiality_exception=ConfidentialityException.NONE,
                  disclosure_route=None)
    yield replace(
        good, member_group=_other(e.member_group, MemberGroup), format=_other(e.format, Format),
        initiated_by=_other(e.initiated_by, InitiatedBy), group_size=(e.group_size or 2) + 3,
        incident_type=_other(e.incident_type, IncidentType),
        topics=frozenset({_other(min(e.topics), Topic), Topic.CAREER}),
        risk=_other(e.risk, Risk), checklist_ticked=frozenset({"no_role_conflict"}),
        confidentiality_exception=_other(e.confidentiality_exception, ConfidentialityException),
        referrals=(Referral(ReferralType.FINANCIAL_LEGAL, ReferralHow.INFO_GIVEN),),
        private_note=NOTE_WITH_DETAILS)
    # each critical action missed, one way after the other
    yield replace(good, risk=Risk.SOME_CONCERN)
    yield replace(good, risk=Risk.IMMINENT_DANGER, referrals=(Referral(ReferralType.EAP),))
    yield replace(good, disclosure_route=None)
    yield replace(good, disclosure_route=_other(min(e.disclosure_routes or {"other"}),
                                                DisclosureRoute))
    yield replace(good, referrals=tuple(Referral(r, ReferralHow.INFO_GIVEN)
                                        for r in sorted(e.referrals)))
    yield replace(good, checklist_ticked=good.checklist_ticked - {"safety_checked"})
    yield replace(good, risk=Risk.NONE_OBSERVED)
    yield replace(good, checklist_ticked=good.checklist_ticked | {"no_role_conflict"})
    yield replace(good, private_note=NOTE_WITH_DETAILS)


def feedbacks(language: str = "en") -> Iterator[tuple[Scenario, DrillFeedback]]:
    for pack in drills.shipped_packs(language):
        for scenario in pack.scenarios:
            for draft in drafts(scenario):
                yield scenario, score_attempt(scenario, draft, 42.0)


def feedback_texts(language: str = "en") -> set[str]:
    """Every reason and description the scoring writes for the shipped scenarios."""
    found = set(CRITICAL_DESCRIPTIONS.values())
    for _scenario, feedback in feedbacks(language):
        found |= {c.reason for c in feedback.critical}
        found |= {f.reason for f in feedback.fields}
    return found
