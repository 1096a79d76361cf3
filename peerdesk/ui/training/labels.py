"""Translated words for drill feedback: field names, critical actions, checklist items, codes.

The domain scores with codes (``police``, ``safety_checked``); trainees read labels. A verdict
of the domain is a message whose codes are parameters: ``message_text(reason, code_label)``
shows each by its label, so no code ever reaches the screen.
"""

from __future__ import annotations

import enum
from functools import cache

from PySide6.QtCore import QCoreApplication

from peerdesk.domain.drills import CriticalAction
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
from peerdesk.ui.kit.vocab_labels import label

_CONTEXT = "Drills"


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


# Which vocabulary each scored field uses (group size is a number, checklist has its own words).
_FIELD_VOCAB: dict[str, type[enum.StrEnum]] = {
    "member_group": MemberGroup, "format": Format, "initiated_by": InitiatedBy,
    "incident_type": IncidentType, "topics": Topic, "risk": Risk,
    "confidentiality_exception": ConfidentialityException, "referrals": ReferralType,
}

_FIELD_NAMES = {
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

_CRITICAL_NAMES = {
    CriticalAction.ESCALATE_IMMINENT_DANGER: QT_TRANSLATE_NOOP(
        "Drills", "Escalate imminent danger with a crisis referral"),
    CriticalAction.RECORD_CONFIDENTIALITY_EXCEPTION: QT_TRANSLATE_NOOP(
        "Drills", "Record the confidentiality exception"),
    CriticalAction.RECORD_DISCLOSURE_ROUTE: QT_TRANSLATE_NOOP(
        "Drills", "Record who it was disclosed to"),
    CriticalAction.OFFER_REFERRAL: QT_TRANSLATE_NOOP("Drills", "Offer a fitting referral"),
    CriticalAction.CHECK_SAFETY: QT_TRANSLATE_NOOP("Drills", "Check for safety"),
    CriticalAction.DECLARE_ROLE_CONFLICT: QT_TRANSLATE_NOOP("Drills", "Declare the role conflict"),
    CriticalAction.HAND_OVER: QT_TRANSLATE_NOOP("Drills", "Hand over to another supporter"),
    CriticalAction.NO_IDENTIFYING_DETAILS: QT_TRANSLATE_NOOP(
        "Drills", "Keep identifying details out"),
}

_CHECKLIST_NAMES = {
    "confidentiality_explained": QT_TRANSLATE_NOOP("Drills", "Confidentiality explained"),
    "stayed_in_role": QT_TRANSLATE_NOOP("Drills", "Stayed in the peer role"),
    "safety_checked": QT_TRANSLATE_NOOP("Drills", "Checked for safety"),
    "referral_offered": QT_TRANSLATE_NOOP("Drills", "Offered a referral"),
    "no_role_conflict": QT_TRANSLATE_NOOP("Drills", "No role conflict"),
    "no_identifying_details": QT_TRANSLATE_NOOP("Drills", "No identifying details"),
    "self_care_plan": QT_TRANSLATE_NOOP("Drills", "Self-care plan"),
}


def field_name(name: str) -> str:
    return _t(_FIELD_NAMES.get(name, name.replace("_", " ").capitalize()))


def critical_name(action: CriticalAction) -> str:
    return _t(_CRITICAL_NAMES[action])


def checklist_name(code: str) -> str:
    return _t(_CHECKLIST_NAMES.get(code, code.replace("_", " ").capitalize()))


def value_text(field: str, codes: tuple[str, ...]) -> str:
    """The labels of what was expected or given for ``field`` ("Police"; "EAP, Clinician")."""
    if not codes or (codes == ("none",) and field not in ("confidentiality_exception",)):
        return translate("Drills", "nothing")
    if field == "checklist":
        return ", ".join(checklist_name(c) for c in codes)
    vocab = _FIELD_VOCAB.get(field)
    if vocab is None:
        return ", ".join(codes)
    shown = []
    for code in codes:
        try:
            shown.append(label(vocab(code)))
        except ValueError:
            shown.append(code)
    return ", ".join(shown)


def code_label(code: str) -> str:
    """The label of a code a verdict quotes (the code itself when it is no known code)."""
    return _code_labels(QCoreApplication.translate("Vocab", "None")).get(code, code)


@cache
def _code_labels(_language_key: str = "") -> dict[str, str]:
    """Every code's label; cached per language (``_language_key`` is a word that changes with
    the installed translation)."""
    found: dict[str, str] = {}
    for vocab in (Risk, ConfidentialityException, MemberGroup, Format, Topic, IncidentType,
                  ReferralType, ReferralHow, InitiatedBy, Channel, DisclosureRoute,
                  SupporterState):
        for member in vocab:
            found.setdefault(str(member.value), label(member))
    found.update({code: checklist_name(code) for code in _CHECKLIST_NAMES})
    return found


def clock_text(seconds: float) -> str:
    """0:42, 1:05 (minutes:seconds, rounded down)."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
