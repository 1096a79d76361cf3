"""Translated words for drill feedback: field names, critical actions, checklist items, codes.

The domain scores with codes (``police``, ``safety_checked``); trainees read labels, written in
:mod:`peerdesk.domain.labels_en` (the debrief PDF prints the same) except the critical actions'
short names, which only the app shows. A verdict of the domain is a message whose codes are
parameters: ``message_text(reason, code_label)`` shows each by its label, so no code ever
reaches the screen.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from peerdesk.domain import labels_en
from peerdesk.domain.drills import CriticalAction
from peerdesk.domain.vocab import (
    ConfidentialityException,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    ReferralType,
    Risk,
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

# The default checklist items by their short label (domain/labels_en.py, Checklist context).
_CHECKLIST_NAMES = {code: short or text for code, text, short in labels_en.CHECKLIST}


def field_name(name: str) -> str:
    return _t(labels_en.DRILL_FIELDS.get(name, name.replace("_", " ").capitalize()))


def critical_name(action: CriticalAction) -> str:
    return _t(_CRITICAL_NAMES[action])


def checklist_name(code: str) -> str:
    if code in _CHECKLIST_NAMES:
        return QCoreApplication.translate("Checklist", _CHECKLIST_NAMES[code])
    return code.replace("_", " ").capitalize()


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
    member = labels_en.member_of(code)
    if member is not None:
        return label(member)
    return checklist_name(code) if code in _CHECKLIST_NAMES else code


def clock_text(seconds: float) -> str:
    """0:42, 1:05 (minutes:seconds, rounded down)."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
