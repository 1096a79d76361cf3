"""Team members and their roles."""

from __future__ import annotations

import enum
from dataclasses import dataclass


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


def validate_member_name(name: str) -> str | None:
    """An error message for a sign-in name, or None when it is fine."""
    stripped = name.strip()
    if not stripped:
        return "Enter a name."
    if len(stripped) > MAX_NAME_LENGTH:
        return f"Use at most {MAX_NAME_LENGTH} characters."
    if any(not ch.isprintable() for ch in stripped):
        return "Use letters, digits, spaces and punctuation only."
    return None
