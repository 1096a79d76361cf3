"""Warn before saving free text that looks like it identifies someone (DESIGN section 5).

A warning, not a block: the scan errs on the side of asking. It looks for e-mail addresses,
phone numbers, badge or employee numbers, and names (a capitalised word after a title or a
verb that introduces a person, or two capitalised words in a row mid-sentence).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class FindingKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    BADGE = "badge_number"
    NAME = "name"


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    start: int
    end: int
    text: str


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<!\w)(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])?\d{3}[\s.-]\d{4}(?!\w)"
)
_BADGE = re.compile(
    r"(?i)\b(?:badge|employee|emp|staff|service|payroll|unit|id|no\.?|number|#)"
    r"\s*(?:no\.?|number|#)?"
    r"\s*:?\s*#?\d{3,}\b|#\d{3,}\b"
)
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Sgt|Sergeant|Cpl|Corporal|Lt|Lieutenant|Capt|Captain|Chief|Officer|"
    r"Deputy|Constable|Det|Detective|Medic|Firefighter|FF|Paramedic|Inspector|Cst)\.?\s+"
    r"([A-Z][a-z'-]+)"
)
_INTRODUCED = re.compile(
    r"(?i:\b(?:call|called|named|name is|with|from|told|asked|ask|text|email|meet|met|see)\s+)"
    r"([A-Z][a-z'-]{1,})\b"
)
_TWO_CAPS = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z'-]+\s+[A-Z][a-z'-]+)\b")

# Capitalised words that are not names (start of a reference, days, months, agencies).
_NOT_NAMES = frozenset(
    (
        "I", "EAP", "CISM", "EMS", "PTSD", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December",
        "Christmas", "Police", "Fire", "Dispatch", "Corrections", "The", "A", "An", "He",
        "She", "They", "We", "You", "It", "This", "That", "Today", "Tomorrow", "Yesterday",
        "Chaplain", "Peer", "Support", "Team", "Crisis", "Line", "Medical", "Clinician",
        "Station", "Hospital",
    )
)



def scan(text: str) -> list[Finding]:
    """Every span that looks identifying, in order of position, without overlaps."""
    findings: list[Finding] = []
    for kind, pattern, group in (
        (FindingKind.EMAIL, _EMAIL, 0),
        (FindingKind.PHONE, _PHONE, 0),
        (FindingKind.BADGE, _BADGE, 0),
        (FindingKind.NAME, _TITLED, 1),
        (FindingKind.NAME, _INTRODUCED, 1),
        (FindingKind.NAME, _TWO_CAPS, 1),
    ):
        for match in pattern.finditer(text):
            start, end = match.span(group)
            word = match.group(group)
            if kind is FindingKind.NAME and all(w in _NOT_NAMES for w in word.split()):
                continue
            if any(f.start < end and start < f.end for f in findings):
                continue
            findings.append(Finding(kind, start, end, word))
    return sorted(findings, key=lambda f: f.start)


def kinds(text: str) -> set[FindingKind]:
    return {f.kind for f in scan(text)}
