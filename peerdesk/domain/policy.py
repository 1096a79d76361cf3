"""Program policy: the settings a coordinator owns, with their defaults and limits."""

from __future__ import annotations

from dataclasses import dataclass, field

from peerdesk.domain.messages import Message

IDLE_LOCK_RANGE = (1, 60)
NOTES_EXPIRY_RANGE = (1, 365)
SUPPRESSION_RANGE = (3, 50)
CLOSE_DAYS_RANGE = (0, 60)       # a quarter closes this many days after it ends
DEFAULT_PROGRAM_NAME = "Peer Support Program"
MAX_PROGRAM_NAME = 80
MAX_CHECKLIST_ITEMS = 12
MAX_ITEM_LENGTH = 160
MAX_AGENCIES = 12                # agencies or services the program covers
MAX_AGENCY_LENGTH = 80
YEAR_START_MONTHS = (1, 4, 7, 10)  # a reporting year is four whole calendar quarters


@dataclass(frozen=True)
class ChecklistItem:
    """One boundary-checklist item; ``code`` is stable across versions and never reused."""

    code: str
    text: str


# ARCHITECTURE section 5: peer support guidelines and 34 U.S.C. §50901.
DEFAULT_CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem("confidentiality_explained", "I explained confidentiality and its limits."),
    ChecklistItem(
        "stayed_in_role",
        "I stayed in the peer role: listened and supported; no counselling, diagnosis or therapy.",
    ),
    ChecklistItem(
        "safety_checked", "I checked for safety where there was any sign of risk to self or others."
    ),
    ChecklistItem(
        "referral_offered", "I offered a referral where the need went beyond peer support."
    ),
    ChecklistItem(
        "no_role_conflict",
        "I have no role conflict: not a witness to or party in the incident, not in the member's "
        "chain of command, not investigating it.",
    ),
    ChecklistItem("no_identifying_details", "I recorded no names or identifying details."),
    ChecklistItem("self_care_plan", "I have a plan to look after myself after this contact."),
)


@dataclass(frozen=True)
class Checklist:
    version: int
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Policy:
    idle_lock_minutes: int = 5
    private_notes_enabled: bool = False
    notes_expiry_days: int = 30
    suppression_threshold: int = 5
    close_days: int = 14
    program_name: str = DEFAULT_PROGRAM_NAME
    agencies: tuple[str, ...] = ()   # the agencies or services the program covers
    year_start_month: int = 1        # the reporting year's first month (January, April, ...)
    # Course codes (domain/training_records.Course) every supporter must hold, valid, to be
    # current; none by default.
    required_courses: tuple[str, ...] = ()
    checklist: Checklist = field(default_factory=lambda: Checklist(1, DEFAULT_CHECKLIST))


def _in_range(value: object, bounds: tuple[int, int], unit: str) -> Message | None:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int):
        return Message("policy.whole_number")
    if not low <= value <= high:
        return Message(f"policy.range_{unit}", low=low, high=high)
    return None


def _program_name(value: object) -> Message | None:
    if not isinstance(value, str) or not value.strip():
        return Message("policy.no_program_name")
    if len(value.strip()) > MAX_PROGRAM_NAME:
        return Message("text.too_long", count=MAX_PROGRAM_NAME)
    if any(ord(c) < 32 for c in value):
        return Message("policy.one_line")
    return None


def validate_settings(
    idle_lock_minutes: object,
    notes_expiry_days: object,
    suppression_threshold: object,
    *,
    close_days: object = None,
    program_name: object = None,
) -> dict[str, Message]:
    """Field errors for the settings (empty when all are valid); ``None`` skips a check."""
    checks = {
        "idle_lock_minutes": _in_range(idle_lock_minutes, IDLE_LOCK_RANGE, "minutes"),
        "notes_expiry_days": _in_range(notes_expiry_days, NOTES_EXPIRY_RANGE, "days"),
        "suppression_threshold": _in_range(suppression_threshold, SUPPRESSION_RANGE, "contacts"),
        "close_days": None if close_days is None else _in_range(
            close_days, CLOSE_DAYS_RANGE, "days"),
        "program_name": None if program_name is None else _program_name(program_name),
    }
    return {name: error for name, error in checks.items() if error}


def agency_lines(text: str) -> list[str]:
    """The agencies typed one per line, blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def validate_profile(agencies: object, year_start_month: object) -> dict[str, Message]:
    """Field errors for the program profile (``agencies``, ``year_start_month``).

    Agencies are names of organisations (a police service, a fire department), one line each,
    at most :data:`MAX_AGENCIES`, none twice; the reporting year starts with a quarter.
    """
    errors: dict[str, Message] = {}
    names = list(agencies) if isinstance(agencies, list | tuple) else None
    if names is None or not all(isinstance(n, str) for n in names):
        errors["agencies"] = Message("policy.one_line")
    elif len(names) > MAX_AGENCIES:
        errors["agencies"] = Message("policy.too_many_agencies", count=MAX_AGENCIES)
    else:
        seen: set[str] = set()
        for name in names:
            if len(name.strip()) > MAX_AGENCY_LENGTH:
                errors["agencies"] = Message("text.too_long", count=MAX_AGENCY_LENGTH)
            elif any(ord(c) < 32 for c in name):
                errors["agencies"] = Message("policy.one_line")
            elif name.strip().casefold() in seen:
                errors["agencies"] = Message("policy.agency_twice")
            seen.add(name.strip().casefold())
    if isinstance(year_start_month, bool) or year_start_month not in YEAR_START_MONTHS:
        errors["year_start_month"] = Message("policy.year_start")
    return errors


def validate_checklist_texts(texts: list[str]) -> dict[str, Message]:
    """Field errors for a new list of checklist item texts (keyed ``checklist`` or ``item_N``)."""
    errors: dict[str, Message] = {}
    cleaned = [t.strip() for t in texts]
    if not any(cleaned):
        errors["checklist"] = Message("policy.no_checklist_item")
    if len(cleaned) > MAX_CHECKLIST_ITEMS:
        errors["checklist"] = Message("policy.too_many_items", count=MAX_CHECKLIST_ITEMS)
    seen: set[str] = set()
    for number, text in enumerate(cleaned, start=1):
        if not text:
            continue
        if len(text) > MAX_ITEM_LENGTH:
            errors[f"item_{number}"] = Message("text.too_long", count=MAX_ITEM_LENGTH)
        elif text.casefold() in seen:
            errors[f"item_{number}"] = Message("policy.item_twice")
        seen.add(text.casefold())
    return errors
