"""Translated labels for the contact vocabularies (codes are never shown; DESIGN section 4).

Every label goes through ``QCoreApplication.translate`` under the context ``Vocab``, so a
translator sees each word once. ``label(member)`` works for any vocabulary enum member.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QCoreApplication

from peerdesk.domain.vocab import (
    Channel,
    ConfidentialityException,
    DisclosureRoute,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    ReferralHow,
    ReferralType,
    Risk,
    SupporterState,
    Topic,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocab", text)


def _key(member: enum.Enum) -> tuple[type, str]:
    return type(member), str(member.value)


# Source texts; looked up through _t at call time so a language change takes effect. Keyed by
# (vocabulary, code) because StrEnum members of different vocabularies compare equal by code.
_SOURCE: tuple[enum.Enum | str, ...] = (
    Channel.IN_PERSON, "In person", Channel.PHONE, "Phone", Channel.VIDEO, "Video",
    Channel.TEXT, "Text messages", Channel.OTHER, "Other",
    InitiatedBy.SELF_REFERRAL, "They reached out", InitiatedBy.PEER_OUTREACH, "I reached out",
    InitiatedBy.SUPERVISOR_REFERRAL, "Supervisor referral",
    InitiatedBy.AFTER_CRITICAL_INCIDENT, "After a critical incident",
    InitiatedBy.FAMILY_REQUEST, "Family request", InitiatedBy.OTHER, "Other",
    MemberGroup.POLICE, "Police", MemberGroup.FIRE, "Fire", MemberGroup.EMS, "EMS",
    MemberGroup.DISPATCH, "Dispatch", MemberGroup.CORRECTIONS, "Corrections",
    MemberGroup.CIVILIAN_STAFF, "Civilian staff", MemberGroup.FAMILY_MEMBER, "Family member",
    MemberGroup.RETIREE, "Retiree", MemberGroup.OTHER, "Other",
    MemberGroup.UNDISCLOSED, "Not disclosed",
    Format.ONE_TO_ONE, "One-to-one", Format.SMALL_GROUP, "Small group",
    Format.ON_SCENE_SUPPORT, "On-scene support", Format.DEFUSING, "Defusing",
    Format.DEBRIEFING, "Debriefing",
    Format.CRISIS_MANAGEMENT_BRIEFING, "Crisis management briefing",
    Topic.WORK_STRESS, "Work stress", Topic.CRITICAL_INCIDENT, "Critical incident",
    Topic.FAMILY_RELATIONSHIPS, "Family and relationships", Topic.GRIEF_LOSS, "Grief and loss",
    Topic.HEALTH_SLEEP, "Health and sleep", Topic.SUBSTANCE_USE, "Substance use",
    Topic.FINANCIAL, "Financial", Topic.LEGAL_DISCIPLINARY, "Legal or disciplinary",
    Topic.CAREER, "Career", Topic.MENTAL_HEALTH, "Mental health",
    Topic.MORAL_INJURY, "Moral injury", Topic.OTHER, "Other", Topic.UNDISCLOSED, "Not disclosed",
    IncidentType.LINE_OF_DUTY_DEATH, "Line-of-duty death",
    IncidentType.COLLEAGUE_SUICIDE, "Suicide of a colleague",
    IncidentType.SERIOUS_INJURY_TO_PERSONNEL, "Serious injury to personnel",
    IncidentType.MASS_CASUALTY_DISASTER, "Mass casualty or disaster",
    IncidentType.CHILD_INVOLVED, "A child involved", IncidentType.KNOWN_VICTIM, "Victim known "
    "to responders", IncidentType.USE_OF_FORCE, "Use of force",
    IncidentType.PROLONGED_BAD_OUTCOME, "Prolonged incident, bad outcome",
    IncidentType.OTHER, "Other",
    Risk.NONE_OBSERVED, "None observed", Risk.SOME_CONCERN, "Some concern",
    Risk.IMMINENT_DANGER, "Imminent danger",
    ConfidentialityException.NONE, "None", ConfidentialityException.SELF_HARM, "Risk of self-harm",
    ConfidentialityException.HARM_TO_OTHERS, "Risk of harm to others",
    ConfidentialityException.ABUSE_NEGLECT, "Abuse or neglect",
    ConfidentialityException.CRIMINAL_CONDUCT, "Criminal conduct",
    ConfidentialityException.OTHER_LEGAL, "Other legal duty",
    ReferralType.EAP, "EAP", ReferralType.CLINICIAN, "Clinician",
    ReferralType.CHAPLAIN, "Chaplain", ReferralType.CRISIS_LINE, "Crisis line",
    ReferralType.MEDICAL, "Medical", ReferralType.SUBSTANCE_USE_TREATMENT, "Substance use service",
    ReferralType.FAMILY_VIOLENCE_SERVICE, "Family violence service",
    ReferralType.CISM_TEAM, "CISM team", ReferralType.FINANCIAL_LEGAL, "Financial or legal",
    ReferralType.OTHER, "Other",
    ReferralHow.INFO_GIVEN, "Information given", ReferralHow.WARM_HANDOFF, "Warm handoff",
    SupporterState.FINE, "Fine", SupporterState.TIRED, "Tired",
    SupporterState.AFFECTED, "Affected by it", SupporterState.WANTS_DEBRIEF, "I'd like a debrief",
    DisclosureRoute.EMERGENCY_SERVICES, "Emergency services",
    DisclosureRoute.CLINICIAN, "Clinician",
    DisclosureRoute.PROGRAM_COORDINATOR, "Program coordinator",
    DisclosureRoute.CHILD_PROTECTION, "Child protection",
    DisclosureRoute.ADULT_PROTECTION, "Adult protection", DisclosureRoute.SUPERVISOR, "Supervisor",
    DisclosureRoute.LAW_ENFORCEMENT, "Law enforcement", DisclosureRoute.OTHER, "Other",
)
_LABELS: dict[tuple[type, str], str] = {
    _key(m): t for m, t in zip(_SOURCE[::2], _SOURCE[1::2], strict=True)  # type: ignore[misc]
}


def label(member: enum.Enum) -> str:
    """The translated label of one vocabulary member."""
    return _t(_LABELS[_key(member)])


def labels(members: Iterable[enum.Enum]) -> str:
    """Labels joined for a table cell ("Work stress, Grief and loss")."""
    return _t(", ").join(label(m) for m in members)


@cache
def every_member_has_a_label() -> bool:
    """True when every member of every vocabulary has a label (a test guards this)."""
    vocabularies = (Channel, InitiatedBy, MemberGroup, Format, Topic, IncidentType, Risk,
                    ConfidentialityException, ReferralType, ReferralHow, SupporterState,
                    DisclosureRoute)
    return all(_key(m) in _LABELS for vocab in vocabularies for m in vocab)
