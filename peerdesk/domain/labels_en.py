"""The English label of every vocabulary code: the one place it is written.

The UI shows these through Qt (``ui/kit/vocab_labels.py`` translates each text in the
``Vocab`` context; ``make translations`` runs lupdate over this file, ``QT_TRANSLATE_NOOP``
only marks a text for it), the PDF reports and the drill debriefs print them below the UI, and
their French is :mod:`peerdesk.domain.labels_fr`, copied into the ``.ts``. Codes are never
shown (ARCHITECTURE section 4); a label may change, a code never does.

Each row is (member, label, short label): the short label is for a narrow table column (the
statistics report's format columns) and is "" when the label is short enough already. The
statistics tables (their titles, and the rows that are no vocabulary code) and the default
boundary checklist items (``Checklist`` context) and the fields a drill scores (``Drills``
context) are labelled here too.
tests/unit/domain/test_labels.py fails when a code of ``domain/vocab.py`` or of the referral
directory (``domain/referrals.py``), a statistics table or row, a checklist item or a drill field
has no English or no French label.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType

from peerdesk.domain.messages_en import QT_TRANSLATE_NOOP
from peerdesk.domain.referrals import Cost, ResourceCategory
from peerdesk.domain.stats import LOGGED_LATE, NOT_RECORDED, TOTAL
from peerdesk.domain.training_records import Course, RecordKind
from peerdesk.domain.vocab import (
    Channel,
    ConfidentialityException,
    DisclosureRoute,
    FirstOrRepeat,
    Format,
    IncidentStatus,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    Outcome,
    OutreachMethod,
    ReferralHow,
    ReferralType,
    Risk,
    SupporterState,
    Topic,
)

Key = tuple[type[StrEnum], str]
Row = tuple[StrEnum, str, str]

# The vocabularies, in the order a code quoted without its vocabulary (a drill verdict's
# ``Code``) is looked up: the same code in two vocabularies has the same label.
VOCABULARIES: tuple[type[StrEnum], ...] = (
    Risk, ConfidentialityException, MemberGroup, Format, Topic, IncidentType, ReferralType,
    ReferralHow, InitiatedBy, Channel, DisclosureRoute, SupporterState, ResourceCategory, Cost,
    Outcome, FirstOrRepeat, IncidentStatus, OutreachMethod,
    RecordKind, Course,
)

ROWS: tuple[Row, ...] = (
    (Channel.IN_PERSON, QT_TRANSLATE_NOOP("Vocab", "In person"), ""),
    (Channel.PHONE, QT_TRANSLATE_NOOP("Vocab", "Phone"), ""),
    (Channel.VIDEO, QT_TRANSLATE_NOOP("Vocab", "Video"), ""),
    (Channel.TEXT, QT_TRANSLATE_NOOP("Vocab", "Text messages"), ""),
    (Channel.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other"), ""),
    (InitiatedBy.SELF_REFERRAL, QT_TRANSLATE_NOOP("Vocab", "They reached out"), ""),
    (InitiatedBy.PEER_OUTREACH, QT_TRANSLATE_NOOP("Vocab", "I reached out"), ""),
    (InitiatedBy.SUPERVISOR_REFERRAL, QT_TRANSLATE_NOOP("Vocab", "Supervisor referral"), ""),
    (InitiatedBy.AFTER_CRITICAL_INCIDENT,
     QT_TRANSLATE_NOOP("Vocab", "After a critical incident"), ""),
    (InitiatedBy.FAMILY_REQUEST, QT_TRANSLATE_NOOP("Vocab", "Family request"), ""),
    (InitiatedBy.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other"), ""),
    (MemberGroup.POLICE, QT_TRANSLATE_NOOP("Vocab", "Police"), ""),
    (MemberGroup.FIRE, QT_TRANSLATE_NOOP("Vocab", "Fire"), ""),
    (MemberGroup.EMS, QT_TRANSLATE_NOOP("Vocab", "EMS"), ""),
    (MemberGroup.DISPATCH, QT_TRANSLATE_NOOP("Vocab", "Dispatch"), ""),
    (MemberGroup.CORRECTIONS, QT_TRANSLATE_NOOP("Vocab", "Corrections"), ""),
    (MemberGroup.CIVILIAN_STAFF, QT_TRANSLATE_NOOP("Vocab", "Civilian staff"), ""),
    (MemberGroup.FAMILY_MEMBER, QT_TRANSLATE_NOOP("Vocab", "Family member"), ""),
    (MemberGroup.RETIREE, QT_TRANSLATE_NOOP("Vocab", "Retiree"), ""),
    (MemberGroup.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other"), ""),
    (MemberGroup.UNDISCLOSED, QT_TRANSLATE_NOOP("Vocab", "Not disclosed"), ""),
    (Format.ONE_TO_ONE, QT_TRANSLATE_NOOP("Vocab", "One-to-one"), ""),
    (Format.SMALL_GROUP, QT_TRANSLATE_NOOP("Vocab", "Small group"), ""),
    (Format.ON_SCENE_SUPPORT, QT_TRANSLATE_NOOP("Vocab", "On-scene support"),
     QT_TRANSLATE_NOOP("Vocab", "On scene")),
    (Format.DEFUSING, QT_TRANSLATE_NOOP("Vocab", "Defusing"), ""),
    (Format.DEBRIEFING, QT_TRANSLATE_NOOP("Vocab", "Debriefing"), ""),
    (Format.CRISIS_MANAGEMENT_BRIEFING, QT_TRANSLATE_NOOP("Vocab", "Crisis management briefing"),
     QT_TRANSLATE_NOOP("Vocab", "Crisis briefing")),
    (Topic.WORK_STRESS, QT_TRANSLATE_NOOP("Vocab", "Work stress"), ""),
    (Topic.CRITICAL_INCIDENT, QT_TRANSLATE_NOOP("Vocab", "Critical incident"), ""),
    (Topic.FAMILY_RELATIONSHIPS, QT_TRANSLATE_NOOP("Vocab", "Family and relationships"), ""),
    (Topic.GRIEF_LOSS, QT_TRANSLATE_NOOP("Vocab", "Grief and loss"), ""),
    (Topic.HEALTH_SLEEP, QT_TRANSLATE_NOOP("Vocab", "Health and sleep"), ""),
    (Topic.SUBSTANCE_USE, QT_TRANSLATE_NOOP("Vocab", "Substance use"), ""),
    (Topic.FINANCIAL, QT_TRANSLATE_NOOP("Vocab", "Financial"), ""),
    (Topic.LEGAL_DISCIPLINARY, QT_TRANSLATE_NOOP("Vocab", "Legal or disciplinary"), ""),
    (Topic.CAREER, QT_TRANSLATE_NOOP("Vocab", "Career"), ""),
    (Topic.MENTAL_HEALTH, QT_TRANSLATE_NOOP("Vocab", "Mental health"), ""),
    (Topic.MORAL_INJURY, QT_TRANSLATE_NOOP("Vocab", "Moral injury"), ""),
    (Topic.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other"), ""),
    (Topic.UNDISCLOSED, QT_TRANSLATE_NOOP("Vocab", "Not disclosed"), ""),
    (IncidentType.LINE_OF_DUTY_DEATH, QT_TRANSLATE_NOOP("Vocab", "Line-of-duty death"), ""),
    (IncidentType.COLLEAGUE_SUICIDE, QT_TRANSLATE_NOOP("Vocab", "Suicide of a colleague"), ""),
    (IncidentType.SERIOUS_INJURY_TO_PERSONNEL,
     QT_TRANSLATE_NOOP("Vocab", "Serious injury to personnel"), ""),
    (IncidentType.MASS_CASUALTY_DISASTER,
     QT_TRANSLATE_NOOP("Vocab", "Mass casualty or disaster"), ""),
    (IncidentType.CHILD_INVOLVED, QT_TRANSLATE_NOOP("Vocab", "A child involved"), ""),
    (IncidentType.KNOWN_VICTIM, QT_TRANSLATE_NOOP("Vocab", "Victim known to responders"), ""),
    (IncidentType.USE_OF_FORCE, QT_TRANSLATE_NOOP("Vocab", "Use of force"), ""),
    (IncidentType.PROLONGED_BAD_OUTCOME,
     QT_TRANSLATE_NOOP("Vocab", "Prolonged incident, bad outcome"), ""),
    (IncidentType.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other"), ""),
    (Risk.NONE_OBSERVED, QT_TRANSLATE_NOOP("Vocab", "None observed"), ""),
    (Risk.SOME_CONCERN, QT_TRANSLATE_NOOP("Vocab", "Some concern"), ""),
    (Risk.IMMINENT_DANGER, QT_TRANSLATE_NOOP("Vocab", "Imminent danger"), ""),
    (ConfidentialityException.NONE, QT_TRANSLATE_NOOP("Vocab", "None"), ""),
    (ConfidentialityException.SELF_HARM, QT_TRANSLATE_NOOP("Vocab", "Risk of self-harm"), ""),
    (ConfidentialityException.HARM_TO_OTHERS,
     QT_TRANSLATE_NOOP("Vocab", "Risk of harm to others"), ""),
    (ConfidentialityException.ABUSE_NEGLECT, QT_TRANSLATE_NOOP("Vocab", "Abuse or neglect"), ""),
    (ConfidentialityException.CRIMINAL_CONDUCT,
     QT_TRANSLATE_NOOP("Vocab", "Criminal conduct"), ""),
    (ConfidentialityException.OTHER_LEGAL, QT_TRANSLATE_NOOP("Vocab", "Other legal duty"), ""),
    (ReferralType.EAP, QT_TRANSLATE_NOOP("Vocab", "EAP"), ""),
    (ReferralType.CLINICIAN, QT_TRANSLATE_NOOP("Vocab", "Clinician"), ""),
    (ReferralType.CHAPLAIN, QT_TRANSLATE_NOOP("Vocab", "Chaplain"), ""),
    (ReferralType.CRISIS_LINE, QT_TRANSLATE_NOOP("Vocab", "Crisis line"), ""),
    (ReferralType.MEDICAL, QT_TRANSLATE_NOOP("Vocab", "Medical"), ""),
    (ReferralType.SUBSTANCE_USE_TREATMENT,
     QT_TRANSLATE_NOOP("Vocab", "Substance use treatment"), ""),
    (ReferralType.FAMILY_VIOLENCE_SERVICE,
     QT_TRANSLATE_NOOP("Vocab", "Family violence service"), ""),
    (ReferralType.CISM_TEAM, QT_TRANSLATE_NOOP("Vocab", "CISM team"), ""),
    (ReferralType.FINANCIAL_LEGAL, QT_TRANSLATE_NOOP("Vocab", "Financial or legal"), ""),
    (ReferralType.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other"), ""),
    (ReferralHow.INFO_GIVEN, QT_TRANSLATE_NOOP("Vocab", "Information given"), ""),
    (ReferralHow.WARM_HANDOFF, QT_TRANSLATE_NOOP("Vocab", "Warm handoff"), ""),
    (SupporterState.FINE, QT_TRANSLATE_NOOP("Vocab", "Fine"), ""),
    (SupporterState.TIRED, QT_TRANSLATE_NOOP("Vocab", "Tired"), ""),
    (SupporterState.AFFECTED, QT_TRANSLATE_NOOP("Vocab", "Affected by it"), ""),
    (SupporterState.WANTS_DEBRIEF, QT_TRANSLATE_NOOP("Vocab", "I'd like a debrief"), ""),
    # critical incidents and the contact fields programs report on (domain/incidents.py)
    (Outcome.RESOLVED_PEER_LEVEL, QT_TRANSLATE_NOOP("Vocab", "Resolved at peer level"), ""),
    (Outcome.REFERRED, QT_TRANSLATE_NOOP("Vocab", "Referred"), ""),
    (Outcome.CONTINUING_SUPPORT, QT_TRANSLATE_NOOP("Vocab", "Continuing support"), ""),
    (FirstOrRepeat.FIRST, QT_TRANSLATE_NOOP("Vocab", "First contact"), ""),
    (FirstOrRepeat.REPEAT, QT_TRANSLATE_NOOP("Vocab", "Repeat contact"), ""),
    (IncidentStatus.OPEN, QT_TRANSLATE_NOOP("Vocab", "Open"), ""),
    (IncidentStatus.CLOSED, QT_TRANSLATE_NOOP("Vocab", "Closed"), ""),
    (OutreachMethod.ONE_TO_ONE, QT_TRANSLATE_NOOP("Vocab", "One-to-one"), ""),
    (OutreachMethod.ON_SCENE_SUPPORT, QT_TRANSLATE_NOOP("Vocab", "On-scene support"),
     QT_TRANSLATE_NOOP("Vocab", "On scene")),
    (OutreachMethod.DEFUSING, QT_TRANSLATE_NOOP("Vocab", "Defusing"), ""),
    (OutreachMethod.DEBRIEFING, QT_TRANSLATE_NOOP("Vocab", "Debriefing"), ""),
    (OutreachMethod.CRISIS_MANAGEMENT_BRIEFING,
     QT_TRANSLATE_NOOP("Vocab", "Crisis management briefing"),
     QT_TRANSLATE_NOOP("Vocab", "Crisis briefing")),
    (DisclosureRoute.EMERGENCY_SERVICES, QT_TRANSLATE_NOOP("Vocab", "Emergency services"), ""),
    (DisclosureRoute.CLINICIAN, QT_TRANSLATE_NOOP("Vocab", "Clinician"), ""),
    (DisclosureRoute.PROGRAM_COORDINATOR, QT_TRANSLATE_NOOP("Vocab", "Program coordinator"), ""),
    (DisclosureRoute.CHILD_PROTECTION, QT_TRANSLATE_NOOP("Vocab", "Child protection"), ""),
    (DisclosureRoute.ADULT_PROTECTION, QT_TRANSLATE_NOOP("Vocab", "Adult protection"), ""),
    (DisclosureRoute.SUPERVISOR, QT_TRANSLATE_NOOP("Vocab", "Supervisor"), ""),
    (DisclosureRoute.LAW_ENFORCEMENT, QT_TRANSLATE_NOOP("Vocab", "Law enforcement"), ""),
    (DisclosureRoute.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other"), ""),
    # the referral directory (domain/referrals.py): the referral types plus the peer team
    (ResourceCategory.EAP, QT_TRANSLATE_NOOP("Vocab", "EAP"), ""),
    (ResourceCategory.CLINICIAN, QT_TRANSLATE_NOOP("Vocab", "Clinician"), ""),
    (ResourceCategory.CHAPLAIN, QT_TRANSLATE_NOOP("Vocab", "Chaplain"), ""),
    (ResourceCategory.CRISIS_LINE, QT_TRANSLATE_NOOP("Vocab", "Crisis line"), ""),
    (ResourceCategory.MEDICAL, QT_TRANSLATE_NOOP("Vocab", "Medical"), ""),
    (ResourceCategory.SUBSTANCE_USE_TREATMENT,
     QT_TRANSLATE_NOOP("Vocab", "Substance use treatment"), ""),
    (ResourceCategory.FAMILY_VIOLENCE_SERVICE,
     QT_TRANSLATE_NOOP("Vocab", "Family violence service"), ""),
    (ResourceCategory.CISM_TEAM, QT_TRANSLATE_NOOP("Vocab", "CISM team"), ""),
    (ResourceCategory.FINANCIAL_LEGAL, QT_TRANSLATE_NOOP("Vocab", "Financial or legal"), ""),
    (ResourceCategory.PEER_TEAM, QT_TRANSLATE_NOOP("Vocab", "Peer support team"), ""),
    (ResourceCategory.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other"), ""),
    (Cost.FREE, QT_TRANSLATE_NOOP("Vocab", "Free"), ""),
    (Cost.COVERED, QT_TRANSLATE_NOOP("Vocab", "Covered (employer, union or insurance)"), ""),
    (Cost.FEE, QT_TRANSLATE_NOOP("Vocab", "Fee"), ""),
    # supporter training records (domain/training_records.py)
    (RecordKind.COURSE, QT_TRANSLATE_NOOP("Vocab", "Course"), ""),
    (RecordKind.CERTIFICATION, QT_TRANSLATE_NOOP("Vocab", "Certification"), ""),
    (RecordKind.CONTINUING_EDUCATION, QT_TRANSLATE_NOOP("Vocab", "Continuing education"), ""),
    (RecordKind.SUPERVISION,
     QT_TRANSLATE_NOOP("Vocab", "Supervision or clinical oversight"),
     QT_TRANSLATE_NOOP("Vocab", "Supervision")),
    (Course.PEER_SUPPORT_FOUNDATIONS, QT_TRANSLATE_NOOP("Vocab", "Peer support foundations"), ""),
    (Course.CRISIS_INTERVENTION,
     QT_TRANSLATE_NOOP("Vocab", "Individual crisis intervention"), ""),
    (Course.GROUP_CRISIS_INTERVENTION,
     QT_TRANSLATE_NOOP("Vocab", "Group crisis intervention"), ""),
    (Course.PSYCHOLOGICAL_FIRST_AID, QT_TRANSLATE_NOOP("Vocab", "Psychological first aid"), ""),
    (Course.SUICIDE_INTERVENTION, QT_TRANSLATE_NOOP("Vocab", "Suicide intervention"), ""),
    (Course.MENTAL_HEALTH_FIRST_AID, QT_TRANSLATE_NOOP("Vocab", "Mental health first aid"), ""),
    (Course.CONFIDENTIALITY_ETHICS,
     QT_TRANSLATE_NOOP("Vocab", "Confidentiality and ethics"), ""),
    (Course.SUBSTANCE_USE, QT_TRANSLATE_NOOP("Vocab", "Substance use awareness"), ""),
    (Course.FAMILY_SUPPORT, QT_TRANSLATE_NOOP("Vocab", "Supporting families"), ""),
    (Course.OTHER, QT_TRANSLATE_NOOP("Vocab", "Other"), ""),
)


def key(member: StrEnum) -> Key:
    """A member's key: its vocabulary and code (members of two vocabularies compare equal when
    their codes do, so the member alone cannot key a table)."""
    return type(member), str(member.value)


def labels_of(rows: Iterable[Row]) -> tuple[Mapping[Key, str], Mapping[Key, str]]:
    """The labels and the short labels (the label where there is no short one) of ``rows``."""
    rows = tuple(rows)
    return (MappingProxyType({key(m): text for m, text, _ in rows}),
            MappingProxyType({key(m): short or text for m, text, short in rows}))


LABELS, SHORT_LABELS = labels_of(ROWS)


def label(member: StrEnum) -> str:
    """The English label of a vocabulary member."""
    return LABELS[key(member)]


def member_of(code: str) -> StrEnum | None:
    """The member a code quoted without its vocabulary stands for (see ``VOCABULARIES``)."""
    for vocabulary in VOCABULARIES:
        if code in {str(member.value) for member in vocabulary}:
            return vocabulary(code)
    return None


# --------------------------------------------------------------------------- statistics

# (table, title, what it shows, said on screen, what it shows, said in the report): the screen
# speaks of its own chart and columns, the report adds its totals after the sentence.
TABLES: tuple[tuple[str, str, str, str], ...] = (
    ("contacts_by_month", QT_TRANSLATE_NOOP("Statistics", "Contacts by month"),
     QT_TRANSLATE_NOOP("Statistics",
                       "Conversations and interventions, by the month they took place."),
     QT_TRANSLATE_NOOP("Statistics", "Conversations and interventions logged.")),
    ("contacts_by_member_group", QT_TRANSLATE_NOOP("Statistics", "Who was supported"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by the member's group."),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by the member's group.")),
    ("contacts_by_format", QT_TRANSLATE_NOOP("Statistics", "Kind of support"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by format."),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by format.")),
    ("contacts_by_channel", QT_TRANSLATE_NOOP("Statistics", "How contacts took place"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by channel."),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by channel.")),
    ("member_group_by_format",
     QT_TRANSLATE_NOOP("Statistics", "Who received which kind of support"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by member group, split by format; the Total "
                       "column is the same as Who was supported."),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by member group, split by format.")),
    ("contacts_by_topic", QT_TRANSLATE_NOOP("Statistics", "What was talked about"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by topic; a contact can have several topics, "
                       "so rows add up to more."),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by topic; a contact can have several topics.")),
    ("referrals_by_type", QT_TRANSLATE_NOOP("Statistics", "Referrals made"),
     QT_TRANSLATE_NOOP("Statistics", "Referrals by service; a contact can lead to several."),
     QT_TRANSLATE_NOOP("Statistics", "Referrals by service; a contact can lead to several.")),
    ("contacts_by_risk", QT_TRANSLATE_NOOP("Statistics", "Risk observed"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by the risk the supporter observed."),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by the risk the supporter observed.")),
    ("support_hours", QT_TRANSLATE_NOOP("Statistics", "Hours of support"),
     QT_TRANSLATE_NOOP("Statistics", "Time spent in contacts, by format, in whole hours."),
     QT_TRANSLATE_NOOP("Statistics", "Time spent in contacts, by format, in whole hours.")),
    ("checklist_completion", QT_TRANSLATE_NOOP("Statistics", "Boundary checklist"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts where the supporter ticked each checklist item. "
                       "The chart shows ticked."),
     QT_TRANSLATE_NOOP("Statistics",
                       "Contacts where the supporter ticked each checklist item.")),
    ("contacts_by_outcome", QT_TRANSLATE_NOOP("Statistics", "How contacts ended"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by their outcome; Not recorded: saved without "
                       "one."),
     QT_TRANSLATE_NOOP("Statistics", "Contacts by their outcome.")),
    ("contacts_by_first_or_repeat", QT_TRANSLATE_NOOP("Statistics", "First or repeat contact"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts the supporter judged a first or a repeat "
                       "contact; Not recorded: saved without it."),
     QT_TRANSLATE_NOOP("Statistics", "Contacts the supporter judged a first or a repeat "
                       "contact.")),
    ("incidents_by_kind", QT_TRANSLATE_NOOP("Statistics", "Critical incidents"),
     QT_TRANSLATE_NOOP("Statistics", "Critical incidents by kind, and the personnel they "
                       "involved (counted or estimated). The chart shows incidents."),
     QT_TRANSLATE_NOOP("Statistics", "Critical incidents by kind.")),
    ("incident_reach", QT_TRANSLATE_NOOP("Statistics", "Reach after incidents"),
     QT_TRANSLATE_NOOP("Statistics", "Personnel involved in the quarter's incidents, and how "
                       "many were reached within 72 hours and within 7 days."),
     QT_TRANSLATE_NOOP("Statistics", "Personnel involved in the quarter's incidents, and how "
                       "many were reached within 72 hours and within 7 days.")),
    ("group_interventions", QT_TRANSLATE_NOOP("Statistics", "Group interventions"),
     QT_TRANSLATE_NOOP("Statistics", "Defusings, debriefings and crisis management briefings, "
                       "each counted once, and their attendees. The chart shows interventions."),
     QT_TRANSLATE_NOOP("Statistics", "Defusings, debriefings and crisis management briefings, "
                       "each counted once.")),
    ("incident_hours", QT_TRANSLATE_NOOP("Statistics", "Incident response and follow-up"),
     QT_TRANSLATE_NOOP("Statistics", "Contacts and group interventions for an incident, up to "
                       "the day its acute phase closed (response) and after (follow-up), with "
                       "their hours. The chart shows hours."),
     QT_TRANSLATE_NOOP("Statistics", "Hours of contacts and group interventions for an "
                       "incident, up to the day its acute phase closed (response) and after "
                       "(follow-up).")),
)

# The rows of the statistics tables that are no vocabulary code (months are dates).
ROW_LABELS: dict[str, str] = {
    TOTAL: QT_TRANSLATE_NOOP("Statistics", "Total"),
    LOGGED_LATE: QT_TRANSLATE_NOOP("Statistics", "Logged late (earlier quarter)"),
    NOT_RECORDED: QT_TRANSLATE_NOOP("Statistics", "Not recorded"),
    "involved": QT_TRANSLATE_NOOP("Statistics", "Personnel involved"),
    "within_72_hours": QT_TRANSLATE_NOOP("Statistics", "Reached within 72 hours"),
    "within_7_days": QT_TRANSLATE_NOOP("Statistics", "Reached within 7 days"),
    "response": QT_TRANSLATE_NOOP("Statistics", "Response (acute phase)"),
    "follow_up": QT_TRANSLATE_NOOP("Statistics", "Follow-up"),
    # columns of the incident tables
    "incidents": QT_TRANSLATE_NOOP("Statistics", "Incidents"),
    "personnel": QT_TRANSLATE_NOOP("Statistics", "Personnel"),
    "interventions": QT_TRANSLATE_NOOP("Statistics", "Interventions"),
    "attendees": QT_TRANSLATE_NOOP("Statistics", "Attendees"),
    "sessions": QT_TRANSLATE_NOOP("Statistics", "Sessions"),
    "hours": QT_TRANSLATE_NOOP("Statistics", "Hours"),
}

# The default boundary checklist items (domain/policy.py), as a report row and as a drill
# field's value: (code, label, short label). A program's own items are shown in its wording.
CHECKLIST: tuple[tuple[str, str, str], ...] = (
    ("confidentiality_explained",
     QT_TRANSLATE_NOOP("Checklist", "Explained confidentiality and its limits"),
     QT_TRANSLATE_NOOP("Checklist", "Confidentiality explained")),
    ("stayed_in_role", QT_TRANSLATE_NOOP("Checklist", "Stayed in the peer role"), ""),
    ("safety_checked", QT_TRANSLATE_NOOP("Checklist", "Checked for safety"), ""),
    ("referral_offered", QT_TRANSLATE_NOOP("Checklist", "Offered a referral where needed"),
     QT_TRANSLATE_NOOP("Checklist", "Offered a referral")),
    ("no_role_conflict", QT_TRANSLATE_NOOP("Checklist", "No role conflict"), ""),
    ("no_identifying_details",
     QT_TRANSLATE_NOOP("Checklist", "Recorded no identifying details"),
     QT_TRANSLATE_NOOP("Checklist", "No identifying details")),
    ("self_care_plan", QT_TRANSLATE_NOOP("Checklist", "Has a self-care plan"),
     QT_TRANSLATE_NOOP("Checklist", "Self-care plan")),
)


# --------------------------------------------------------------------------- drills

# The fields a drill scores (domain/drills.py), as its feedback names them.
DRILL_FIELDS: dict[str, str] = {
    "member_group": QT_TRANSLATE_NOOP("Drills", "Member group"),
    "format": QT_TRANSLATE_NOOP("Drills", "Format"),
    "initiated_by": QT_TRANSLATE_NOOP("Drills", "Initiated by"),
    "group_size": QT_TRANSLATE_NOOP("Drills", "People in the group"),
    "incident_type": QT_TRANSLATE_NOOP("Drills", "Kind of critical incident"),
    "topics": QT_TRANSLATE_NOOP("Drills", "Topics"),
    "risk": QT_TRANSLATE_NOOP("Drills", "Risk"),
    "confidentiality_exception": QT_TRANSLATE_NOOP("Drills", "Confidentiality exception"),
    "referrals": QT_TRANSLATE_NOOP("Drills", "Referrals"),
    "checklist": QT_TRANSLATE_NOOP("Drills", "Boundary checklist"),
}
