"""Labels for the PDF report, written in English and translated by :mod:`pdf_words` (the CSV
carries codes only)."""

from __future__ import annotations

from datetime import date

from peerdesk.domain.policy import DEFAULT_CHECKLIST
from peerdesk.domain.stats import LOGGED_LATE, TOTAL
from peerdesk.services.pdf_words import Words

TITLES = {
    "contacts_by_month": ("Contacts by month", "Conversations and interventions logged."),
    "contacts_by_member_group": ("Who was supported", "Contacts by the member's group."),
    "contacts_by_format": ("Kind of support", "Contacts by format."),
    "contacts_by_channel": ("How contacts took place", "Contacts by channel."),
    "member_group_by_format": ("Who received which kind of support",
                               "Contacts by member group, split by format."),
    "contacts_by_topic": ("What was talked about",
                          "Contacts by topic; a contact can have several topics."),
    "referrals_by_type": ("Referrals made", "Referrals by service; a contact can lead to several."),
    "contacts_by_risk": ("Risk observed", "Contacts by the risk the supporter observed."),
    "support_hours": ("Hours of support", "Time spent in contacts, by format, in whole hours."),
    "checklist_completion": ("Boundary checklist",
                             "Contacts where the supporter ticked each checklist item."),
}

_CODES = {
    LOGGED_LATE: "Logged late (earlier quarter)", TOTAL: "Total",
    "in_person": "In person", "phone": "Phone", "video": "Video", "text": "Text message",
    "police": "Police", "fire": "Fire", "ems": "EMS", "dispatch": "Dispatch",
    "corrections": "Corrections", "civilian_staff": "Civilian staff",
    "family_member": "Family member", "retiree": "Retiree", "undisclosed": "Not disclosed",
    "other": "Other",
    "one_to_one": "One-to-one", "small_group": "Small group",
    "on_scene_support": "On-scene support", "defusing": "Defusing", "debriefing": "Debriefing",
    "crisis_management_briefing": "Crisis management briefing",
    "work_stress": "Work stress", "critical_incident": "Critical incident",
    "family_relationships": "Family and relationships", "grief_loss": "Grief and loss",
    "health_sleep": "Health and sleep", "substance_use": "Substance use",
    "financial": "Financial", "legal_disciplinary": "Legal or disciplinary", "career": "Career",
    "mental_health": "Mental health", "moral_injury": "Moral injury",
    "eap": "Employee assistance (EAP)", "clinician": "Clinician", "chaplain": "Chaplain",
    "crisis_line": "Crisis line", "medical": "Medical",
    "substance_use_treatment": "Substance use treatment",
    "family_violence_service": "Family violence service", "cism_team": "CISM team",
    "financial_legal": "Financial or legal", "none_observed": "None observed",
    "some_concern": "Some concern", "imminent_danger": "Imminent danger",
    "confidentiality_explained": "Explained confidentiality and its limits",
    "stayed_in_role": "Stayed in the peer role",
    "safety_checked": "Checked for safety",
    "referral_offered": "Offered a referral where needed",
    "no_role_conflict": "No role conflict",
    "no_identifying_details": "Recorded no identifying details",
    "self_care_plan": "Has a self-care plan",
}


def label(code: str, checklist_texts: dict[str, str] | None = None,
          words: Words | None = None) -> str:
    """A readable label for a code in the report's language; months as 'July 2026'."""
    words = words or Words()
    if len(code) == 7 and code[4] == "-" and code[:4].isdigit():
        day = date(int(code[:4]), int(code[5:]), 1)
        return words.month(day.year, day.month)
    if code in _CODES:
        return words(_CODES[code])
    if checklist_texts and code in checklist_texts:
        return checklist_texts[code]
    return code.replace("_", " ").capitalize()


DEFAULT_ITEM_TEXTS = {item.code: item.text for item in DEFAULT_CHECKLIST}
