"""What the kiosk and the paper entry show of a wave's form: questions in English and French.

The survey engine describes its instruments in its own terms (items, scales, subscales); the
screens need less: for each question its words in both languages and the answers it offers,
in order. :mod:`peerdesk.ui.surveys.backend` builds a :class:`Questionnaire` from the engine's
form, so the screens never depend on how scoring works.
"""

from __future__ import annotations

from dataclasses import dataclass

ENGLISH, FRENCH = "en", "fr"


@dataclass(frozen=True)
class Words:
    """One text in both languages (French falls back to English when a source has none)."""

    en: str
    fr: str = ""

    def get(self, language: str) -> str:
        return self.fr or self.en if language == FRENCH else self.en


@dataclass(frozen=True)
class Choice:
    """One answer a question offers: the number stored, and its words."""

    value: int
    words: Words


@dataclass(frozen=True)
class Question:
    """One item: its key (``k6.1``), the instrument's instruction above it, its words and
    answers (lowest first)."""

    key: str
    words: Words
    choices: tuple[Choice, ...]
    instruction: Words = Words("")

    def choice_of(self, value: int) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class Questionnaire:
    """A wave's whole form, every instrument's questions one after another.

    Attributes:
        wave_id: the engine's id of the wave the answers belong to.
        title: what the respondent sees at the top ("Spring cohort — before").
        credits: each instrument's credit line (shown with results, never hidden).
        asks_code: the wave links answers by personal code (pre and post, not follow-up).
    """

    wave_id: str
    title: Words
    questions: tuple[Question, ...]
    credits: tuple[Words, ...] = ()
    asks_code: bool = True

    def __len__(self) -> int:
        return len(self.questions)
