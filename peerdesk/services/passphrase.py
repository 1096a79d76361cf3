"""Passphrase strength (zxcvbn) and the rules a new passphrase must meet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peerdesk.domain.messages import Message
from peerdesk.domain.messages_en import ENGLISH

MIN_LENGTH = 10
MIN_SCORE = 3
# zxcvbn rates the first characters only; a longer passphrase is at least as strong.
MAX_CHECKED_LENGTH = 72  # zxcvbn refuses longer input
MAX_LENGTH = 1024


@dataclass(frozen=True)
class Strength:
    """A passphrase's assessment: ``score`` 0–4 (zxcvbn), and why it is or is not enough."""

    score: int
    acceptable: bool
    warning: Message | None
    suggestions: tuple[Message, ...]
    crack_time: str


def assess(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Rate a candidate passphrase; ``user_inputs`` (names, app words) count against it."""
    if not passphrase:
        return Strength(0, False, None, (), "")
    # Loaded on the first assessment: its word lists slow the sign-in window's start.
    from zxcvbn import zxcvbn  # noqa: PLC0415

    result = zxcvbn(passphrase[:MAX_CHECKED_LENGTH], user_inputs=[*user_inputs, "peerdesk"])
    score = int(result["score"])
    feedback = result.get("feedback", {})
    warning = _zxcvbn_message(feedback.get("warning") or "")
    suggestions = tuple(m for m in map(_zxcvbn_message, feedback.get("suggestions") or ()) if m)
    if len(passphrase) < MIN_LENGTH:
        warning = Message("passphrase.too_short", count=MIN_LENGTH)
    elif len(passphrase) > MAX_LENGTH:
        warning = Message("text.too_long", count=MAX_LENGTH)
    elif score < MIN_SCORE and warning is None:
        warning = Message("passphrase.common")
    acceptable = MIN_LENGTH <= len(passphrase) <= MAX_LENGTH and score >= MIN_SCORE
    crack = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    return Strength(score, acceptable, warning, suggestions, crack)


def check_new(passphrase: str, repeat: str,
              user_inputs: Sequence[str] = ()) -> dict[str, Message]:
    """Field errors for a new passphrase typed twice (empty when acceptable)."""
    errors: dict[str, Message] = {}
    strength = assess(passphrase, user_inputs)
    if not strength.acceptable:
        errors["passphrase"] = strength.warning or Message("passphrase.weak")
    elif passphrase != repeat:
        errors["repeat"] = Message("passphrase.repeat_differs")
    return errors


# zxcvbn writes its warnings and suggestions in English (zxcvbn/feedback.py): each known one is
# given its code; one this table does not know (a newer zxcvbn) is left out, and a weak
# passphrase then gets the general advice above.
_ZXCVBN_CODES: dict[str, str] = {
    text: code for code, text in ENGLISH.items() if code.startswith("zxcvbn.")
}


def _zxcvbn_message(text: object) -> Message | None:
    code = _ZXCVBN_CODES.get(str(text))
    return None if code is None else Message(code)
