"""Team members and their roles."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from peerdesk.domain.errors import LastCoordinator, MemberExists
from peerdesk.domain.messages import Message


class Role(enum.StrEnum):
    """Stable role codes (a member may hold several)."""

    SUPPORTER = "supporter"
    COORDINATOR = "coordinator"
    TRAINER = "trainer"


MAX_NAME_LENGTH = 60


@dataclass(frozen=True)
class Member:
    user_id: str
    name: str
    roles: frozenset[Role]
    disabled: bool = False
    must_change_passphrase: bool = False
    created_at: str = ""
    last_sign_in: str | None = None

    @property
    def is_coordinator(self) -> bool:
        return Role.COORDINATOR in self.roles and not self.disabled


def parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(code) for code in text.split(",") if code)


def format_roles(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))


def normalize_member_name(name: str) -> str:
    """The form a name is stored and shown in: NFKC, without surrounding spaces.

    NFKC output is also NFC, so a name typed with composed or decomposed accents is stored the
    same way, and full-width or half-width forms (``Ｓａｍ``) become ordinary letters.
    """
    return unicodedata.normalize("NFKC", name).strip()


def member_name_key(name: str) -> str:
    """What two names are compared by: case-, width- and accent-form-insensitive.

    Unicode's compatibility caseless match (NFKC of the case fold of NFKC), with runs of spaces
    counted as one: "Zoé", "ZOÉ", "zoe\u0301" and "Ｚｏé" all give one key, so a second member
    whose name differs only so is refused and the sign-in list never shows two look-alikes.
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return " ".join(folded.split())


def refuse_taken_name(name: str, taken: Iterable[str]) -> None:
    """Refuse a new member's ``name`` when it reads as one of ``taken``.

    Names are compared by :func:`member_name_key`, so the sign-in list never shows two
    look-alikes.

    Raises:
        MemberExists: with the name as it would be stored (:func:`normalize_member_name`).
    """
    key = member_name_key(name)
    if any(member_name_key(other) == key for other in taken):
        raise MemberExists(user=normalize_member_name(name))


def keep_a_coordinator(member: Member, active_coordinators: Iterable[Member]) -> None:
    """Refuse a change to ``member`` that would leave the vault without an active coordinator.

    Raises:
        LastCoordinator: ``member`` is the only active coordinator.
    """
    if member.is_coordinator and not any(
        m.user_id != member.user_id for m in active_coordinators
    ):
        raise LastCoordinator(user=member.name)


def validate_member_name(name: str) -> Message | None:
    """An error message for a sign-in name, or None when it is fine."""
    stripped = normalize_member_name(name)
    if not stripped:
        return Message("member.no_name")
    if len(stripped) > MAX_NAME_LENGTH:
        return Message("text.too_long", count=MAX_NAME_LENGTH)
    if any(not ch.isprintable() for ch in stripped):
        return Message("member.name_unprintable")
    return None
