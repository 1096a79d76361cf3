"""Anonymous pre/post surveys: instruments, scoring, personal codes and small-count hiding.

ARCHITECTURE section 12. Everything here is pure: an instrument is read from a TOML file by
:mod:`peerdesk.domain.survey_pack`, answers are scored here, and the results service
(``services/survey_results.py``) applies the hiding rules below to what leaves the app.

Scoring
    Each item is answered with one value of the instrument's response scale (or skipped). A
    reverse-scored item counts ``low + high - value``. A score rule names its items, sums or
    averages them, and allows at most ``max_missing`` skipped items; a sum with skipped items
    is prorated (the mean of the answered items times the number of items), a mean is the
    mean of the answered items. More skipped items than allowed: no score.

Personal codes
    A respondent links waves with a code they make up from stable answers; only a keyed hash of
    its normal form is stored (:func:`normal_code`: NFC, case-folded, every space removed).
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.messages import Message

LANGUAGES = ("en", "fr")
MIN_CODE = 4
MAX_CODE = 40
MAX_COHORT_TITLE = 80
MAX_COHORT_MINIMUM = 500
MEAN_DECIMALS = 2


class Method(enum.StrEnum):
    SUM = "sum"
    MEAN = "mean"


class Direction(enum.StrEnum):
    """What a higher score means (the report says whether a change is for the better)."""

    HIGHER_IS_WORSE = "higher_is_worse"
    HIGHER_IS_BETTER = "higher_is_better"


class WaveKind(enum.StrEnum):
    PRE = "pre"
    POST = "post"
    FOLLOW_UP = "follow_up"


WAVE_ORDER = (WaveKind.PRE, WaveKind.POST, WaveKind.FOLLOW_UP)


class WaveState(enum.StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class Text:
    """One wording in English and French."""

    en: str
    fr: str

    def get(self, language: str) -> str:
        return self.fr if language.startswith("fr") else self.en


@dataclass(frozen=True)
class Option:
    """One point of the response scale: the value stored and its wording."""

    value: int
    label: Text


@dataclass(frozen=True)
class Item:
    id: str
    text: Text
    reverse: bool = False


@dataclass(frozen=True)
class Band:
    """A named range of a score, both ends included (K10 "moderate": 16-21)."""

    low: float
    high: float
    label: Text

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class ScoreRule:
    id: str
    title: Text
    items: tuple[str, ...]
    method: Method
    max_missing: int
    direction: Direction
    bands: tuple[Band, ...] = ()

    def band_of(self, value: float) -> int | None:
        """The band a score falls in; a prorated score between two bands (15.6 between 10-15
        and 16-21) falls in the lower one."""
        found = None
        for index, band in enumerate(self.bands):
            if band.low <= value:
                found = index
        if found is None or value > self.bands[found].high + 1 - 1e-9:
            return None
        return found


@dataclass(frozen=True)
class Instrument:
    """A questionnaire as shipped in ``resources/surveys/<id>.toml``.

    Attributes:
        validated: False for questionnaires written for PeerDesk (reports say so).
        citation: the source to cite with any result; ``licence``: its terms, in short;
        credit: the credit line the terms require, printed with results.
    """

    id: str
    version: int
    title: Text
    validated: bool
    instructions: Text
    stem: Text
    options: tuple[Option, ...]
    items: tuple[Item, ...]
    scores: tuple[ScoreRule, ...]
    citation: str
    licence: Text
    credit: Text

    @property
    def low(self) -> int:
        return min(o.value for o in self.options)

    @property
    def high(self) -> int:
        return max(o.value for o in self.options)

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(o.value for o in self.options)

    def item(self, item_id: str) -> Item:
        return next(i for i in self.items if i.id == item_id)

    def score_range(self, rule: ScoreRule) -> tuple[float, float]:
        if rule.method is Method.MEAN:
            return float(self.low), float(self.high)
        return float(self.low * len(rule.items)), float(self.high * len(rule.items))


class _Refusal(PeerDeskError):
    """An error whose message is its ``reason``, a :class:`Message` (so the UI shows it in
    its own language, the command line in English)."""

    template = "{reason}"

    def __init__(self, reason: Message) -> None:
        super().__init__(reason=reason)

    @property
    def message(self) -> str:
        reason = self.params["reason"]
        return reason if isinstance(reason, Message) else str(reason)


class AnswersInvalid(_Refusal):
    """A submission that cannot be stored (the kiosk shows the message; nothing is kept)."""

    code = "survey_answers_invalid"


class SurveyRefused(_Refusal):
    """A cohort or wave step that its state does not allow (``reason`` says why)."""

    code = "survey_refused"


Answers = Mapping[str, int | None]


def check_answers(instrument: Instrument, answers: Answers) -> dict[str, int]:
    """The answered items of a submission, checked; skipped items (None or absent) left out.

    Raises:
        AnswersInvalid: an unknown item, a value off the scale, or nothing answered.
    """
    known = {i.id for i in instrument.items}
    allowed = set(instrument.values)
    kept: dict[str, int] = {}
    for item_id, value in answers.items():
        if item_id not in known:
            raise AnswersInvalid(reason=Message("survey.unknown_item", item=item_id))
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
            raise AnswersInvalid(reason=Message("survey.value_off_scale", item=item_id,
                                                low=instrument.low, high=instrument.high))
        kept[item_id] = value
    if not kept:
        raise AnswersInvalid(reason=Message("survey.nothing_answered"))
    return kept


def scored_value(instrument: Instrument, item: Item, value: int) -> int:
    """The value an item counts for (reverse-scored items are mirrored on the scale)."""
    return instrument.low + instrument.high - value if item.reverse else value


def score(instrument: Instrument, rule: ScoreRule, answers: Answers) -> float | None:
    """One score of a submission, or None when more items were skipped than the rule allows."""
    values = [scored_value(instrument, instrument.item(i), v)
              for i in rule.items if (v := answers.get(i)) is not None]
    if not values or len(rule.items) - len(values) > rule.max_missing:
        return None
    mean = sum(values) / len(values)
    if rule.method is Method.MEAN:
        return mean
    if len(values) == len(rule.items):
        return float(sum(values))
    return mean * len(rule.items)


def scores(instrument: Instrument, answers: Answers) -> dict[str, float | None]:
    """Every score of a submission by rule id."""
    return {rule.id: score(instrument, rule, answers) for rule in instrument.scores}


# --------------------------------------------------------------------------- personal codes


def normal_code(code: str) -> str:
    """A personal code's normal form: NFC, case-folded, without any space (``"Ma 03"`` and
    ``"mA03"`` are one code)."""
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", code).casefold())
    return "".join(ch for ch in folded if not ch.isspace())


def code_problem(code: str) -> Message | None:
    """Why a personal code cannot be used (too short or too long once normalised), or None."""
    normal = normal_code(code)
    if not MIN_CODE <= len(normal) <= MAX_CODE or not normal.isprintable():
        return Message("survey.code_length", low=MIN_CODE, high=MAX_CODE)
    return None


def link_hash(key: bytes, code: str) -> bytes:
    """HMAC-SHA256 of the code's normal form under the cohort's link key."""
    return hmac.new(key, normal_code(code).encode("utf-8"), hashlib.sha256).digest()


# --------------------------------------------------------------------------- hiding small counts


def count_hidden_safe(low: float, high: float, threshold: int) -> bool:
    """A hidden count is safe when no reader can place it in fewer than ``threshold - 1``
    whole numbers, or can tell it is at least the threshold (as domain.stats says)."""
    eps = 1e-6
    if low >= threshold - eps or high == math.inf:
        return True
    return math.floor(high + eps) - math.ceil(low - eps) + 1 >= threshold - 1


def hide_row(counts: Sequence[int], threshold: int) -> list[bool]:
    """Which cells of one distribution to hide when its total is published.

    Primary: every count from 1 to ``threshold - 1``. Secondary: while the hidden cells sum to
    less than the threshold or only one is hidden, the smallest published non-zero count is
    hidden too (a reader who knows the total then knows only the hidden cells' sum, at least
    the threshold, so each hidden count lies anywhere from 1 to that sum less one). Zeros
    are published, as in the statistics release.
    """
    hidden = [0 < c < threshold for c in counts]
    if not any(hidden):
        return hidden
    while True:
        total = sum(c for c, h in zip(counts, hidden, strict=True) if h)
        if sum(hidden) >= 2 and total >= threshold:
            return hidden
        candidates = [(c, i) for i, c in enumerate(counts) if c > 0 and not hidden[i]]
        if not candidates:
            return hidden
        hidden[min(candidates)[1]] = True


def cohort_minimum_problem(minimum: int, threshold: int) -> Message | None:
    if isinstance(minimum, bool) or not isinstance(minimum, int) \
            or not threshold <= minimum <= MAX_COHORT_MINIMUM:
        return Message("survey.minimum_range", low=threshold, high=MAX_COHORT_MINIMUM)
    return None


def title_problem(title: str) -> Message | None:
    if not title or len(title) > MAX_COHORT_TITLE or not title.isprintable():
        return Message("survey.title_length", low=1, high=MAX_COHORT_TITLE)
    return None
