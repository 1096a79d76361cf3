"""Passphrase strength (zxcvbn) and the rules a new passphrase must meet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from zxcvbn import zxcvbn

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
    warning: str
    suggestions: tuple[str, ...]
    crack_time: str


def assess(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Rate a candidate passphrase; ``user_inputs`` (names, app words) count against it."""
    if not passphrase:
        return Strength(0, False, "", (), "")
    result = zxcvbn(passphrase[:MAX_CHECKED_LENGTH], user_inputs=[*user_inputs, "peerdesk"])
    score = int(result["score"])
    feedback = result.get("feedback", {})
    warning = str(feedback.get("warning") or "")
    suggestions = tuple(str(s) for s in feedback.get("suggestions") or ())
    if len(passphrase) < MIN_LENGTH:
        warning = f"Use at least {MIN_LENGTH} characters; a few unusual words work well."
    elif len(passphrase) > MAX_LENGTH:
        warning = f"Use at most {MAX_LENGTH} characters."
    elif score < MIN_SCORE and not warning:
        warning = "Add another word or two that are not a common phrase."
    acceptable = MIN_LENGTH <= len(passphrase) <= MAX_LENGTH and score >= MIN_SCORE
    crack = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    return Strength(score, acceptable, warning, suggestions, crack)


def check_new(passphrase: str, repeat: str, user_inputs: Sequence[str] = ()) -> dict[str, str]:
    """Field errors for a new passphrase typed twice (empty when acceptable)."""
    errors: dict[str, str] = {}
    strength = assess(passphrase, user_inputs)
    if not strength.acceptable:
        errors["passphrase"] = strength.warning or "Choose a stronger passphrase."
    elif passphrase != repeat:
        errors["repeat"] = "The two passphrases are not the same."
    return errors
