"""The referral directory: resources, their validation, staleness and search filters.

The directory holds professional resources a supporter can point a member to. It holds no
contact data, so it may be imported and exported freely (``referral_csv``).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.messages import Message
from peerdesk.domain.vocab import ReferralType

STALE_AFTER_MONTHS = 12
MAX_NAME = 200
MAX_SHORT_TEXT = 300  # phone, hours, region, languages
MAX_LONG_TEXT = 4000  # contact details, notes
MIN_PHONE_DIGITS = 3  # 988, 911, 211 are real numbers
MAX_PHONE_DIGITS = 15  # E.164's limit (the extension is counted apart)


class ResourceCategory(enum.StrEnum):
    """The directory's categories: the contact form's referral types plus ``peer_team``."""

    EAP = "eap"
    CLINICIAN = "clinician"
    CHAPLAIN = "chaplain"
    CRISIS_LINE = "crisis_line"
    MEDICAL = "medical"
    SUBSTANCE_USE_TREATMENT = "substance_use_treatment"
    FAMILY_VIOLENCE_SERVICE = "family_violence_service"
    CISM_TEAM = "cism_team"
    FINANCIAL_LEGAL = "financial_legal"
    PEER_TEAM = "peer_team"
    OTHER = "other"


class Cost(enum.StrEnum):
    FREE = "free"
    COVERED = "covered"  # by the employer, the union or the member's insurance
    FEE = "fee"


# Resources that look after the supporter (after a hard contact): a peer or CISM debrief
# first, then the EAP, then a clinician. Order is the order shown.
SELF_CARE_CATEGORIES = (
    ResourceCategory.PEER_TEAM,
    ResourceCategory.CISM_TEAM,
    ResourceCategory.EAP,
    ResourceCategory.CLINICIAN,
)


def category_for_referral(referral: ReferralType) -> ResourceCategory:
    """The directory category a contact-form referral chip looks up (the codes are the same)."""
    return ResourceCategory(referral.value)


@dataclass(frozen=True)
class Resource:
    """One directory entry. ``id`` is None until it is saved.

    ``languages`` is free text, conventionally comma-separated ("English, French").
    ``is_example`` marks a starter entry to replace: its phone is empty on purpose.
    """

    name: str
    category: ResourceCategory
    phone: str = ""
    contact_details: str = ""
    hours: str = ""
    available_24_7: bool = False
    region: str = ""
    languages: str = ""
    cost: Cost = Cost.FREE
    first_responder_informed: bool = False
    notes: str = ""
    last_verified: date | None = None
    is_example: bool = False
    id: int | None = None

    def is_stale(self, today: date) -> bool:
        """Not verified in the last 12 months (or never verified)."""
        if self.last_verified is None:
            return True
        return today >= add_months(self.last_verified, STALE_AFTER_MONTHS)

    @property
    def language_list(self) -> tuple[str, ...]:
        return split_languages(self.languages)

    def duplicate_key(self) -> tuple[str, str]:
        return duplicate_key(self.name, self.phone)


@dataclass(frozen=True)
class ResourceFilter:
    """Search filters; ``None``/``False``/empty means "any"."""

    category: ResourceCategory | None = None
    available_24_7: bool = False  # True: only resources open around the clock
    language: str = ""  # contained in the resource's languages, ignoring case
    region: str = ""  # contained in the resource's region, ignoring case
    first_responder_informed: bool = False  # True: only first-responder informed ones


class CsvUnreadable(PeerDeskError):
    code = "referral_csv_unreadable"  # its sentence: domain/messages_en.py


class ImportRejected(PeerDeskError):
    code = "referral_import_rejected"


class ImportStale(PeerDeskError):
    code = "referral_import_stale"


# --------------------------------------------------------------------------- validation

_PHONE_MAIN = re.compile(r"^\+?[0-9 ().\-]+$")
_PHONE_EXT = re.compile(r"^(?P<main>.*?)\s*(?:ext\.?|x)\s*(?P<ext>[0-9]{1,6})$", re.IGNORECASE)


def validate_phone(phone: str) -> Message | None:
    """A message when ``phone`` is not a phone number (empty is allowed: not every resource
    has one, and starter examples have none on purpose)."""
    text = phone.strip()
    if not text:
        return None
    match = _PHONE_EXT.match(text)
    main = match.group("main") if match else text
    if not _PHONE_MAIN.match(main) or not _balanced(main):
        return Message("resource.phone_characters")
    digits = sum(ch.isdigit() for ch in main)
    if digits < MIN_PHONE_DIGITS:
        return Message("resource.phone_short", count=MIN_PHONE_DIGITS)
    if digits > MAX_PHONE_DIGITS:
        return Message("resource.phone_long", count=MAX_PHONE_DIGITS)
    return None


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
            if depth > 1:
                return False
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def text_problem(text: str, limit: int, *, multiline: bool = False) -> Message | None:
    """A message when free text is too long or holds control or unreadable characters."""
    if len(text) > limit:
        return Message("resource.too_long", count=limit)
    allowed = "\n\t" if multiline else "\t"
    if any(_is_bad_char(ch, allowed) for ch in text):
        return Message("resource.bad_characters")
    return None


def _is_bad_char(ch: str, allowed: str) -> bool:
    if ch in allowed:
        return False
    return unicodedata.category(ch) in ("Cc", "Cs") or ch == "\ufffd"


_FIELD_LIMITS: dict[str, tuple[int, bool]] = {
    "contact_details": (MAX_LONG_TEXT, True),
    "hours": (MAX_SHORT_TEXT, False),
    "region": (MAX_SHORT_TEXT, False),
    "languages": (MAX_SHORT_TEXT, False),
    "notes": (MAX_LONG_TEXT, True),
}


def validate(resource: Resource, today: date) -> dict[str, Message]:
    """One clear message per invalid field (empty when the resource can be saved)."""
    errors: dict[str, Message] = {}
    name = resource.name.strip()
    if not name:
        errors["name"] = Message("resource.no_name")
    else:
        problem = text_problem(resource.name, MAX_NAME)
        if problem:
            errors["name"] = problem
    if not isinstance(resource.category, ResourceCategory):
        errors["category"] = Message("resource.no_category")
    if not isinstance(resource.cost, Cost):
        errors["cost"] = Message("resource.no_cost")
    phone_problem = text_problem(resource.phone, MAX_SHORT_TEXT) or validate_phone(resource.phone)
    if phone_problem:
        errors["phone"] = phone_problem
    elif resource.is_example and resource.phone.strip():
        # Starter examples carry no number, so no invented one can pass for a real one.
        errors["phone"] = Message("resource.example_phone")
    for name_, (limit, multiline) in _FIELD_LIMITS.items():
        problem = text_problem(getattr(resource, name_), limit, multiline=multiline)
        if problem:
            errors[name_] = problem
    if resource.last_verified is not None and resource.last_verified > today:
        errors["last_verified"] = Message("resource.verified_future")
    return errors


def normalized(resource: Resource) -> Resource:
    """Surrounding spaces trimmed; languages written as "A, B" (order kept, duplicates dropped)."""
    return Resource(
        name=" ".join(resource.name.split()),
        category=resource.category,
        phone=" ".join(resource.phone.split()),
        contact_details=resource.contact_details.strip(),
        hours=resource.hours.strip(),
        available_24_7=resource.available_24_7,
        region=" ".join(resource.region.split()),
        languages=", ".join(split_languages(resource.languages)),
        cost=resource.cost,
        first_responder_informed=resource.first_responder_informed,
        notes=resource.notes.strip(),
        last_verified=resource.last_verified,
        is_example=resource.is_example,
        id=resource.id,
    )


def split_languages(text: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for part in re.split(r"[,;/]", text):
        language = " ".join(part.split())
        if language and language.casefold() not in seen:
            seen[language.casefold()] = language
    return tuple(seen.values())


def duplicate_key(name: str, phone: str) -> tuple[str, str]:
    """Two entries are the same resource when name (ignoring case and spacing) and phone
    digits are the same."""
    return " ".join(name.casefold().split()), "".join(ch for ch in phone if ch.isdigit())


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months``, clamped to the month's last day (29 Feb + 12 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")

