"""The contact record, its validation and the escalation rules (ARCHITECTURE sections 4 and 5)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from peerdesk.domain.messages import Message
from peerdesk.domain.vocab import (
    ESCALATION_REFERRALS,
    GROUP_FORMATS,
    Channel,
    ConfidentialityException,
    DisclosureRoute,
    FirstOrRepeat,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    Outcome,
    ReferralHow,
    ReferralType,
    Risk,
    SupporterState,
    Topic,
)

MAX_DURATION_MIN = 1440
MAX_GROUP_SIZE = 500
MAX_NOTE_LENGTH = 2000
MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# Formats that are critical-incident interventions (CISM): they always concern an incident.
CISM_FORMATS = frozenset(
    {
        Format.ON_SCENE_SUPPORT,
        Format.DEFUSING,
        Format.DEBRIEFING,
        Format.CRISIS_MANAGEMENT_BRIEFING,
    }
)


@dataclass(frozen=True)
class Referral:
    type: ReferralType
    how: ReferralHow = ReferralHow.INFO_GIVEN


@dataclass(frozen=True)
class ContactDraft:
    """What a supporter enters; the fields of ARCHITECTURE section 4 except those set on saving."""

    occurred_on: date
    duration_min: int
    channel: Channel
    initiated_by: InitiatedBy
    member_group: MemberGroup
    format: Format
    topics: frozenset[Topic]
    risk: Risk = Risk.NONE_OBSERVED
    group_size: int | None = None
    incident_type: IncidentType | None = None
    confidentiality_exception: ConfidentialityException = ConfidentialityException.NONE
    disclosure_route: DisclosureRoute | None = None
    referrals: tuple[Referral, ...] = ()
    follow_up_of: int | None = None
    follow_up_due: date | None = None
    supporter_state: SupporterState = SupporterState.FINE
    checklist_version: int = 1
    checklist_ticked: frozenset[str] = field(default_factory=frozenset)
    private_note: str = ""
    outcome: Outcome | None = None
    first_or_repeat: FirstOrRepeat | None = None
    incident_id: int | None = None  # the critical incident it belongs to (section 11)

    @property
    def referral_types(self) -> frozenset[ReferralType]:
        return frozenset(r.type for r in self.referrals)

    @property
    def critical_incident_involved(self) -> bool:
        return (
            Topic.CRITICAL_INCIDENT in self.topics
            or self.initiated_by is InitiatedBy.AFTER_CRITICAL_INCIDENT
            or self.format in CISM_FORMATS
        )

    @property
    def needs_escalation(self) -> bool:
        """Imminent danger opens the escalation panel (ARCHITECTURE section 5)."""
        return self.risk is Risk.IMMINENT_DANGER

    @property
    def wants_self_care(self) -> bool:
        return self.supporter_state in (SupporterState.AFFECTED, SupporterState.WANTS_DEBRIEF)


@dataclass(frozen=True)
class Contact:
    """A saved contact. ``draft.private_note`` is empty unless the author's note was decrypted."""

    id: int
    author: str
    draft: ContactDraft
    episode_id: int
    reporting_quarter: str
    created_at: str
    updated_at: str
    has_note: bool = False
    follow_up_done: bool = False


TOO_OLD = Message("contact.date_too_old")


def earliest_contact_date(today: date) -> date:
    """The oldest date a new contact may carry: the same day a year before ``today``."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


def occurred_on_error(day: date, today: date) -> Message | None:
    """Why a contact cannot be dated ``day`` (None when it can): not in the future, and not
    more than a year back (a typing slip such as 1899 would count in no quarter anyone reads)."""
    if day > today:
        return Message("contact.date_future")
    if day < earliest_contact_date(today):
        return TOO_OLD
    return None


def validate(draft: ContactDraft, today: date) -> dict[str, Message]:
    """One clear message per invalid field (empty when the draft can be saved)."""
    errors: dict[str, Message] = {}
    date_error = occurred_on_error(draft.occurred_on, today)
    if date_error:
        errors["occurred_on"] = date_error
    if not 1 <= draft.duration_min <= MAX_DURATION_MIN:
        errors["duration_min"] = Message("contact.duration_range", low=1, high=MAX_DURATION_MIN)
    group_error = _group_size_error(draft)
    if group_error:
        errors["group_size"] = group_error
    if not draft.topics:
        errors["topics"] = Message("contact.no_topic")
    if draft.critical_incident_involved and draft.incident_type is None:
        errors["incident_type"] = Message("contact.no_incident_type")
    if draft.needs_escalation and not (draft.referral_types & ESCALATION_REFERRALS):
        errors["referrals"] = Message("contact.escalation_referral")
    if (
        draft.confidentiality_exception is not ConfidentialityException.NONE
        and draft.disclosure_route is None
    ):
        errors["disclosure_route"] = Message("contact.no_disclosure_route")
    if len(draft.referral_types) != len(draft.referrals):
        errors["referrals"] = Message("contact.referral_twice")
    if draft.follow_up_due is not None and draft.follow_up_due < draft.occurred_on:
        errors["follow_up_due"] = Message("contact.follow_up_before")
    note_error = validate_note(draft.private_note)
    if note_error:
        errors["private_note"] = note_error
    errors.update(_identifier_errors(draft))
    return errors


def _identifier_errors(draft: ContactDraft) -> dict[str, Message]:
    """Identifiers no row can have (beyond SQLite's integers) are simply not found."""
    errors: dict[str, Message] = {}
    if draft.follow_up_of is not None and not 1 <= draft.follow_up_of <= MAX_ROW_ID:
        errors["follow_up_of"] = Message("contact.follow_up_of_missing")
    if draft.incident_id is not None and not 1 <= draft.incident_id <= MAX_ROW_ID:
        errors["incident_id"] = Message("contact.incident_missing")
    if not 1 <= draft.checklist_version <= MAX_ROW_ID:
        errors["checklist"] = Message("contact.no_checklist_version")
    return errors


def _group_size_error(draft: ContactDraft) -> Message | None:
    if draft.format in GROUP_FORMATS:
        if draft.group_size is None or not 2 <= draft.group_size <= MAX_GROUP_SIZE:
            return Message("contact.group_size_range", low=2, high=MAX_GROUP_SIZE)
    elif draft.group_size not in (None, 1):
        return Message("contact.group_size_not_group")
    return None


def validate_note(text: str) -> Message | None:
    if len(text) > MAX_NOTE_LENGTH:
        return Message("contact.note_too_long", count=MAX_NOTE_LENGTH)
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text) or "\x7f" in text:
        return Message("contact.note_control")
    if not text.isascii() and _LONE_SURROGATE.search(text):
        # Half of a character (from a damaged paste): it cannot be encoded to be stored.
        return Message("contact.note_unreadable")
    return None


@dataclass(frozen=True)
class ContactFilter:
    """The list's filters; ``None`` means any."""

    date_from: date | None = None
    date_to: date | None = None
    member_group: MemberGroup | None = None
    format: Format | None = None
    topic: Topic | None = None
    follow_up_due: bool = False


@dataclass(frozen=True)
class ContactSummary:
    """One row of the contact list (no note text)."""

    id: int
    occurred_on: date
    member_group: MemberGroup
    format: Format
    channel: Channel
    duration_min: int
    topics: tuple[Topic, ...]
    risk: Risk
    follow_up_due: date | None
    follow_up_done: bool
    episode_id: int
    has_note: bool


@dataclass(frozen=True)
class FollowUp:
    """A follow-up that is due (or overdue) and not yet logged."""

    contact_id: int
    episode_id: int
    due: date
    occurred_on: date
    member_group: MemberGroup
    format: Format

    def overdue(self, today: date) -> bool:
        return self.due < today
