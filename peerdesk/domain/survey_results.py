"""What a cohort's released results hold: aggregates only, stored frozen as JSON.

ARCHITECTURE section 12. ``services/survey_results.py`` computes them once (scipy), the
release ledger (``survey_releases``) keeps them, and the screen, the PDF and the CSV all read
the same frozen figures. ``None`` in a count is a hidden cell; a withheld figure carries the
code of its reason.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from peerdesk.domain.surveys import WaveKind


@dataclass(frozen=True)
class Distribution:
    """Counts of one row (an item's answers, or a score's bands) and its published total.

    ``categories`` are option values as text ("1".."5") or band indexes ("0".."3");
    ``counts`` holds None where a cell is hidden.
    """

    categories: tuple[str, ...]
    counts: tuple[int | None, ...]
    total: int

    @property
    def hidden(self) -> int:
        return sum(1 for c in self.counts if c is None)


@dataclass(frozen=True)
class ScoreSummary:
    """One score of one wave: respondents with the score, mean, SD, median, band counts.

    ``withheld`` (a message code) when fewer respondents than the cohort minimum have it;
    ``bands_withheld`` when only the band counts are withheld (they could not be shown
    without a hidden count being worked out with the mean).
    """

    instrument: str
    score: str
    wave: WaveKind
    n: int
    mean: float | None
    sd: float | None
    median: float | None
    bands: Distribution | None
    withheld: str | None = None
    bands_withheld: str | None = None


@dataclass(frozen=True)
class Change:
    """The change of one score from one wave to another.

    ``method`` "paired": the linked respondents' own changes (``n`` pairs): mean change with its
    95 % confidence interval, paired t-test, Wilcoxon signed-rank test, effect size Cohen's
    d_z (mean change / SD of the changes). "unlinked": the two waves as independent groups
    (``n``, ``n_other``): difference of means with Welch's 95 % interval, Welch's t-test, the
    Mann-Whitney U test (reported in the ``w_stat``/``p_rank`` fields), Hedges' g.
    """

    instrument: str
    score: str
    from_wave: WaveKind
    to_wave: WaveKind
    method: str
    n: int
    n_other: int | None
    mean_change: float | None
    ci_low: float | None
    ci_high: float | None
    t_stat: float | None
    p_t: float | None
    w_stat: float | None
    p_rank: float | None
    effect: float | None
    withheld: str | None = None


@dataclass(frozen=True)
class ItemRow:
    instrument: str
    item: str
    wave: WaveKind
    distribution: Distribution | None
    withheld: str | None = None


@dataclass(frozen=True)
class CohortResults:
    """A cohort's released results.

    Attributes:
        responses: respondents per wave (every wave of the cohort, counted even when small:
            the count of people who came to the kiosk is no secret in the room, their answers
            are).
        linked: respondents whose pre and post answers are linked.
        instruments: ``(id, version)`` of each instrument, in the cohort's order.
        withheld: the reason nothing but the counts is shown (every wave under the minimum).
    """

    cohort_id: int
    title: str
    minimum: int
    threshold: int
    training: bool
    released_at: str
    generated_by: str
    instruments: tuple[tuple[str, int], ...]
    responses: tuple[tuple[WaveKind, int], ...]
    linked: int
    scores: tuple[ScoreSummary, ...]
    changes: tuple[Change, ...]
    items: tuple[ItemRow, ...]
    withheld: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> CohortResults:
        data = json.loads(text)
        return cls(
            cohort_id=int(data["cohort_id"]), title=str(data["title"]),
            minimum=int(data["minimum"]), threshold=int(data["threshold"]),
            training=bool(data["training"]), released_at=str(data["released_at"]),
            generated_by=str(data["generated_by"]),
            instruments=tuple((str(i), int(v)) for i, v in data["instruments"]),
            responses=tuple((WaveKind(w), int(n)) for w, n in data["responses"]),
            linked=int(data["linked"]),
            scores=tuple(ScoreSummary(**{**s, "wave": WaveKind(s["wave"]),
                                         "bands": _distribution(s["bands"])})
                         for s in data["scores"]),
            changes=tuple(Change(**{**c, "from_wave": WaveKind(c["from_wave"]),
                                    "to_wave": WaveKind(c["to_wave"])})
                          for c in data["changes"]),
            items=tuple(ItemRow(**{**r, "wave": WaveKind(r["wave"]),
                                   "distribution": _distribution(r["distribution"])})
                        for r in data["items"]),
            withheld=data.get("withheld"),
        )

    def wave_count(self, wave: WaveKind) -> int:
        return dict(self.responses).get(wave, 0)


def _distribution(data: Any) -> Distribution | None:
    if data is None:
        return None
    return Distribution(tuple(str(c) for c in data["categories"]),
                        tuple(None if c is None else int(c) for c in data["counts"]),
                        int(data["total"]))
