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
from peerdesk.ui.kit.i18n import QT_TRANSLATE_NOOP, translate


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocab", text)  # texts marked QT_TRANSLATE_NOOP below


def _key(member: enum.Enum) -> tuple[type, str]:
    return type(member), str(member.value)


# Source texts; looked up through _t at call time so a language change takes effect. Keyed by
# (vocabulary, code) because StrEnum members of different vocabularies compare equal by code.
_SOURCE: tuple[tuple[enum.Enum, str], ...] = (
    (Channel.IN_PERSON, QT_TRANSLATE_NOOP("Vocab", "In person")),
    (Channel.PHONE, QT_TRANSLATE_NOOP("Vocab", "Phone")),
    (Channel.VIDEO, QT_TRANSLATE_NOOP("Vocab", "Video")),
    (Channel.TEXT, QT_TRANSLATE_NOOP("Vocab", "Text messages")),
    (Channel.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other")),
    (InitiatedBy.SELF_REFERRAL, QT_TRANSLATE_NOOP("Vocab", "They reached out")),
    (InitiatedBy.PEER_OUTREACH, QT_TRANSLATE_NOOP("Vocab", "I reached out")),
    (InitiatedBy.SUPERVISOR_REFERRAL, QT_TRANSLATE_NOOP("Vocab", "Supervisor referral")),
    (InitiatedBy.AFTER_CRITICAL_INCIDENT, QT_TRANSLATE_NOOP("Vocab", "After a critical incident")),
    (InitiatedBy.FAMILY_REQUEST, QT_TRANSLATE_NOOP("Vocab", "Family request")),
    (InitiatedBy.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other")),
    (MemberGroup.POLICE, QT_TRANSLATE_NOOP("Vocab", "Police")),
    (MemberGroup.FIRE, QT_TRANSLATE_NOOP("Vocab", "Fire")),
    (MemberGroup.EMS, QT_TRANSLATE_NOOP("Vocab", "EMS")),
    (MemberGroup.DISPATCH, QT_TRANSLATE_NOOP("Vocab", "Dispatch")),
    (MemberGroup.CORRECTIONS, QT_TRANSLATE_NOOP("Vocab", "Corrections")),
    (MemberGroup.CIVILIAN_STAFF, QT_TRANSLATE_NOOP("Vocab", "Civilian staff")),
    (MemberGroup.FAMILY_MEMBER, QT_TRANSLATE_NOOP("Vocab", "Family member")),
    (MemberGroup.RETIREE, QT_TRANSLATE_NOOP("Vocab", "Retiree")),
    (MemberGroup.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other")),
    (MemberGroup.UNDISCLOSED, QT_TRANSLATE_NOOP("Vocab", "Not disclosed")),
    (Format.ONE_TO_ONE, QT_TRANSLATE_NOOP("Vocab", "One-to-one")),
    (Format.SMALL_GROUP, QT_TRANSLATE_NOOP("Vocab", "Small group")),
    (Format.ON_SCENE_SUPPORT, QT_TRANSLATE_NOOP("Vocab", "On-scene support")),
    (Format.DEFUSING, QT_TRANSLATE_NOOP("Vocab", "Defusing")),
    (Format.DEBRIEFING, QT_TRANSLATE_NOOP("Vocab", "Debriefing")),
    (Format.CRISIS_MANAGEMENT_BRIEFING, QT_TRANSLATE_NOOP("Vocab", "Crisis management briefing")),
    (Topic.WORK_STRESS, QT_TRANSLATE_NOOP("Vocab", "Work stress")),
    (Topic.CRITICAL_INCIDENT, QT_TRANSLATE_NOOP("Vocab", "Critical incident")),
    (Topic.FAMILY_RELATIONSHIPS, QT_TRANSLATE_NOOP("Vocab", "Family and relationships")),
    (Topic.GRIEF_LOSS, QT_TRANSLATE_NOOP("Vocab", "Grief and loss")),
    (Topic.HEALTH_SLEEP, QT_TRANSLATE_NOOP("Vocab", "Health and sleep")),
    (Topic.SUBSTANCE_USE, QT_TRANSLATE_NOOP("Vocab", "Substance use")),
    (Topic.FINANCIAL, QT_TRANSLATE_NOOP("Vocab", "Financial")),
    (Topic.LEGAL_DISCIPLINARY, QT_TRANSLATE_NOOP("Vocab", "Legal or disciplinary")),
    (Topic.CAREER, QT_TRANSLATE_NOOP("Vocab", "Career")),
    (Topic.MENTAL_HEALTH, QT_TRANSLATE_NOOP("Vocab", "Mental health")),
    (Topic.MORAL_INJURY, QT_TRANSLATE_NOOP("Vocab", "Moral injury")),
    (Topic.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other")),
    (Topic.UNDISCLOSED, QT_TRANSLATE_NOOP("Vocab", "Not disclosed")),
    (IncidentType.LINE_OF_DUTY_DEATH, QT_TRANSLATE_NOOP("Vocab", "Line-of-duty death")),
    (IncidentType.COLLEAGUE_SUICIDE, QT_TRANSLATE_NOOP("Vocab", "Suicide of a colleague")),
    (IncidentType.SERIOUS_INJURY_TO_PERSONNEL,
     QT_TRANSLATE_NOOP("Vocab", "Serious injury to personnel")),
    (IncidentType.MASS_CASUALTY_DISASTER, QT_TRANSLATE_NOOP("Vocab", "Mass casualty or disaster")),
    (IncidentType.CHILD_INVOLVED, QT_TRANSLATE_NOOP("Vocab", "A child involved")),
    (IncidentType.KNOWN_VICTIM, QT_TRANSLATE_NOOP("Vocab", "Victim known to responders")),
    (IncidentType.USE_OF_FORCE, QT_TRANSLATE_NOOP("Vocab", "Use of force")),
    (IncidentType.PROLONGED_BAD_OUTCOME,
     QT_TRANSLATE_NOOP("Vocab", "Prolonged incident, bad outcome")),
    (IncidentType.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other")),
    (Risk.NONE_OBSERVED, QT_TRANSLATE_NOOP("Vocab", "None observed")),
    (Risk.SOME_CONCERN, QT_TRANSLATE_NOOP("Vocab", "Some concern")),
    (Risk.IMMINENT_DANGER, QT_TRANSLATE_NOOP("Vocab", "Imminent danger")),
    (ConfidentialityException.NONE, QT_TRANSLATE_NOOP("Vocab", "None")),
    (ConfidentialityException.SELF_HARM, QT_TRANSLATE_NOOP("Vocab", "Risk of self-harm")),
    (ConfidentialityException.HARM_TO_OTHERS, QT_TRANSLATE_NOOP("Vocab", "Risk of harm to others")),
    (ConfidentialityException.ABUSE_NEGLECT, QT_TRANSLATE_NOOP("Vocab", "Abuse or neglect")),
    (ConfidentialityException.CRIMINAL_CONDUCT, QT_TRANSLATE_NOOP("Vocab", "Criminal conduct")),
    (ConfidentialityException.OTHER_LEGAL, QT_TRANSLATE_NOOP("Vocab", "Other legal duty")),
    (ReferralType.EAP, QT_TRANSLATE_NOOP("Vocab", "EAP")),
    (ReferralType.CLINICIAN, QT_TRANSLATE_NOOP("Vocab", "Clinician")),
    (ReferralType.CHAPLAIN, QT_TRANSLATE_NOOP("Vocab", "Chaplain")),
    (ReferralType.CRISIS_LINE, QT_TRANSLATE_NOOP("Vocab", "Crisis line")),
    (ReferralType.MEDICAL, QT_TRANSLATE_NOOP("Vocab", "Medical")),
    (ReferralType.SUBSTANCE_USE_TREATMENT, QT_TRANSLATE_NOOP("Vocab", "Substance use service")),
    (ReferralType.FAMILY_VIOLENCE_SERVICE, QT_TRANSLATE_NOOP("Vocab", "Family violence service")),
    (ReferralType.CISM_TEAM, QT_TRANSLATE_NOOP("Vocab", "CISM team")),
    (ReferralType.FINANCIAL_LEGAL, QT_TRANSLATE_NOOP("Vocab", "Financial or legal")),
    (ReferralType.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other")),
    (ReferralHow.INFO_GIVEN, QT_TRANSLATE_NOOP("Vocab", "Information given")),
    (ReferralHow.WARM_HANDOFF, QT_TRANSLATE_NOOP("Vocab", "Warm handoff")),
    (SupporterState.FINE, QT_TRANSLATE_NOOP("Vocab", "Fine")),
    (SupporterState.TIRED, QT_TRANSLATE_NOOP("Vocab", "Tired")),
    (SupporterState.AFFECTED, QT_TRANSLATE_NOOP("Vocab", "Affected by it")),
    (SupporterState.WANTS_DEBRIEF, QT_TRANSLATE_NOOP("Vocab", "I'd like a debrief")),
    (DisclosureRoute.EMERGENCY_SERVICES, QT_TRANSLATE_NOOP("Vocab", "Emergency services")),
    (DisclosureRoute.CLINICIAN, QT_TRANSLATE_NOOP("Vocab", "Clinician")),
    (DisclosureRoute.PROGRAM_COORDINATOR, QT_TRANSLATE_NOOP("Vocab", "Program coordinator")),
    (DisclosureRoute.CHILD_PROTECTION, QT_TRANSLATE_NOOP("Vocab", "Child protection")),
    (DisclosureRoute.ADULT_PROTECTION, QT_TRANSLATE_NOOP("Vocab", "Adult protection")),
    (DisclosureRoute.SUPERVISOR, QT_TRANSLATE_NOOP("Vocab", "Supervisor")),
    (DisclosureRoute.LAW_ENFORCEMENT, QT_TRANSLATE_NOOP("Vocab", "Law enforcement")),
    (DisclosureRoute.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other")),
)
_LABELS: dict[tuple[type, str], str] = {
    _key(m): t for m, t in _SOURCE
}


def label(member: enum.Enum) -> str:
    """The translated label of one vocabulary member."""
    return _t(_LABELS[_key(member)])


def labels(members: Iterable[enum.Enum]) -> str:
    """Labels joined for a table cell ("Work stress, Grief and loss")."""
    return translate("Vocab", ", ").join(label(m) for m in members)


@cache
def every_member_has_a_label() -> bool:
    """True when every member of every vocabulary has a label (a test guards this)."""
    vocabularies = (Channel, InitiatedBy, MemberGroup, Format, Topic, IncidentType, Risk,
                    ConfidentialityException, ReferralType, ReferralHow, SupporterState,
                    DisclosureRoute)
    return all(_key(m) in _LABELS for vocab in vocabularies for m in vocab)
