"""Vocabularies with stable string codes (ARCHITECTURE section 4).

Codes are released identifiers: never rename or reuse one; add new members instead. Labels
are translated in the UI; the codes appear in exports exactly as written here.
"""

from __future__ import annotations

import enum


class Channel(enum.StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    TEXT = "text"
    OTHER = "other"


class InitiatedBy(enum.StrEnum):
    SELF_REFERRAL = "self_referral"
    PEER_OUTREACH = "peer_outreach"
    SUPERVISOR_REFERRAL = "supervisor_referral"
    AFTER_CRITICAL_INCIDENT = "after_critical_incident"
    FAMILY_REQUEST = "family_request"
    OTHER = "other"


class MemberGroup(enum.StrEnum):
    POLICE = "police"
    FIRE = "fire"
    EMS = "ems"
    DISPATCH = "dispatch"
    CORRECTIONS = "corrections"
    CIVILIAN_STAFF = "civilian_staff"
    FAMILY_MEMBER = "family_member"
    RETIREE = "retiree"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class Format(enum.StrEnum):
    ONE_TO_ONE = "one_to_one"
    SMALL_GROUP = "small_group"
    ON_SCENE_SUPPORT = "on_scene_support"
    DEFUSING = "defusing"
    DEBRIEFING = "debriefing"
    CRISIS_MANAGEMENT_BRIEFING = "crisis_management_briefing"


GROUP_FORMATS = frozenset(
    {Format.SMALL_GROUP, Format.DEFUSING, Format.DEBRIEFING, Format.CRISIS_MANAGEMENT_BRIEFING}
)


class Topic(enum.StrEnum):
    WORK_STRESS = "work_stress"
    CRITICAL_INCIDENT = "critical_incident"
    FAMILY_RELATIONSHIPS = "family_relationships"
    GRIEF_LOSS = "grief_loss"
    HEALTH_SLEEP = "health_sleep"
    SUBSTANCE_USE = "substance_use"
    FINANCIAL = "financial"
    LEGAL_DISCIPLINARY = "legal_disciplinary"
    CAREER = "career"
    MENTAL_HEALTH = "mental_health"
    MORAL_INJURY = "moral_injury"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class IncidentType(enum.StrEnum):
    LINE_OF_DUTY_DEATH = "line_of_duty_death"
    COLLEAGUE_SUICIDE = "colleague_suicide"
    SERIOUS_INJURY_TO_PERSONNEL = "serious_injury_to_personnel"
    MASS_CASUALTY_DISASTER = "mass_casualty_disaster"
    CHILD_INVOLVED = "child_involved"
    KNOWN_VICTIM = "known_victim"
    USE_OF_FORCE = "use_of_force"
    PROLONGED_BAD_OUTCOME = "prolonged_bad_outcome"
    OTHER = "other"


class Risk(enum.StrEnum):
    NONE_OBSERVED = "none_observed"
    SOME_CONCERN = "some_concern"
    IMMINENT_DANGER = "imminent_danger"


class ConfidentialityException(enum.StrEnum):
    NONE = "none"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    ABUSE_NEGLECT = "abuse_neglect"
    CRIMINAL_CONDUCT = "criminal_conduct"
    OTHER_LEGAL = "other_legal"


class ReferralType(enum.StrEnum):
    EAP = "eap"
    CLINICIAN = "clinician"
    CHAPLAIN = "chaplain"
    CRISIS_LINE = "crisis_line"
    MEDICAL = "medical"
    SUBSTANCE_USE_TREATMENT = "substance_use_treatment"
    FAMILY_VIOLENCE_SERVICE = "family_violence_service"
    CISM_TEAM = "cism_team"
    FINANCIAL_LEGAL = "financial_legal"
    OTHER = "other"


ESCALATION_REFERRALS = frozenset(
    {ReferralType.CRISIS_LINE, ReferralType.MEDICAL, ReferralType.CLINICIAN}
)


class ReferralHow(enum.StrEnum):
    INFO_GIVEN = "info_given"
    WARM_HANDOFF = "warm_handoff"


class SupporterState(enum.StrEnum):
    FINE = "fine"
    TIRED = "tired"
    AFFECTED = "affected"
    WANTS_DEBRIEF = "wants_debrief"


class DisclosureRoute(enum.StrEnum):
    """Who a confidentiality exception was disclosed to: a role, never a name."""

    EMERGENCY_SERVICES = "emergency_services"
    CLINICIAN = "clinician"
    PROGRAM_COORDINATOR = "program_coordinator"
    CHILD_PROTECTION = "child_protection"
    ADULT_PROTECTION = "adult_protection"
    SUPERVISOR = "supervisor"
    LAW_ENFORCEMENT = "law_enforcement"
    OTHER = "other"


class Outcome(enum.StrEnum):
    """How a contact ended (the supporter's judgment, ARCHITECTURE section 4)."""

    RESOLVED_PEER_LEVEL = "resolved_peer_level"
    REFERRED = "referred"
    CONTINUING_SUPPORT = "continuing_support"


class FirstOrRepeat(enum.StrEnum):
    """Whether the supporter judges this the person's first contact; no identity is stored."""

    FIRST = "first"
    REPEAT = "repeat"


class IncidentStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class OutreachMethod(enum.StrEnum):
    """How involved personnel were reached (codes shared with ``Format`` where they mean it)."""

    ONE_TO_ONE = "one_to_one"
    ON_SCENE_SUPPORT = "on_scene_support"
    DEFUSING = "defusing"
    DEBRIEFING = "debriefing"
    CRISIS_MANAGEMENT_BRIEFING = "crisis_management_briefing"


# The group interventions logged once for an incident, with their attendee count.
GROUP_INTERVENTION_FORMATS = (
    Format.DEFUSING, Format.DEBRIEFING, Format.CRISIS_MANAGEMENT_BRIEFING
)
