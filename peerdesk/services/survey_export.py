"""A cohort's released results as a tidy CSV: one figure a row (section 12).

Columns: ``section, instrument, measure, wave, to_wave, category, statistic, value``.

- ``responses``: respondents per wave (``statistic`` = respondents); ``linked``: pairs.
- ``score``: a score of a wave: n, mean, sd, median; ``band``: a band's count (``category``
  = the band's range).
- ``change``: from ``wave`` to ``to_wave``: method, n, n_other, mean_change, ci95_low,
  ci95_high, t, p_t, rank_stat (Wilcoxon W or Mann-Whitney U), p_rank, effect (d_z or g).
- ``item``: an item's answers in a wave (``category`` = the scale value).

A hidden count reads ``hidden``, a withheld figure ``withheld`` (and its reason code in an
extra row with ``statistic`` = withheld_reason). Numbers are written with a dot.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from peerdesk.domain.survey_results import CohortResults, Distribution
from peerdesk.domain.surveys import Instrument

COLUMNS = ("section", "instrument", "measure", "wave", "to_wave", "category", "statistic",
           "value")
HIDDEN = "hidden"
WITHHELD = "withheld"
Row = tuple[str, str, str, str, str, str, str, str]


def _value(value: float | int | None) -> str:
    if value is None:
        return WITHHELD
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _band_names(instruments: dict[str, Instrument], instrument: str, score: str) -> list[str]:
    inst = instruments.get(instrument)
    rule = next((r for r in inst.scores if r.id == score), None) if inst else None
    if rule is None:
        return []
    return [f"{b.low:g}-{b.high:g}" for b in rule.bands]


def _distribution(prefix: tuple[str, str, str, str, str], dist: Distribution,
                  names: list[str]) -> Iterator[Row]:
    section, instrument, measure, wave, to_wave = prefix
    for index, (category, count) in enumerate(zip(dist.categories, dist.counts, strict=True)):
        name = names[index] if index < len(names) else category
        yield (section, instrument, measure, wave, to_wave, name, "count",
               HIDDEN if count is None else str(count))
    yield section, instrument, measure, wave, to_wave, "total", "count", str(dist.total)


def _score_rows(results: CohortResults, known: dict[str, Instrument]) -> Iterator[Row]:
    for s in results.scores:
        base = ("score", s.instrument, s.score, s.wave.value, "", "")
        yield (*base, "n", str(s.n))
        for name, value in (("mean", s.mean), ("sd", s.sd), ("median", s.median)):
            yield (*base, name, _value(value))
        if s.withheld:
            yield (*base, "withheld_reason", s.withheld)
        if s.bands is not None:
            yield from _distribution(("band", s.instrument, s.score, s.wave.value, ""), s.bands,
                                     _band_names(known, s.instrument, s.score))
        elif s.bands_withheld:
            yield ("band", s.instrument, s.score, s.wave.value, "", "", "withheld_reason",
                   s.bands_withheld)


def _change_rows(results: CohortResults) -> Iterator[Row]:
    for c in results.changes:
        base = ("change", c.instrument, c.score, c.from_wave.value, c.to_wave.value, "")
        yield (*base, "method", c.method)
        yield (*base, "n", str(c.n))
        if c.n_other is not None:
            yield (*base, "n_other", str(c.n_other))
        for name, value in (("mean_change", c.mean_change), ("ci95_low", c.ci_low),
                            ("ci95_high", c.ci_high), ("t", c.t_stat), ("p_t", c.p_t),
                            ("rank_stat", c.w_stat), ("p_rank", c.p_rank),
                            ("effect", c.effect)):
            yield (*base, name, _value(value))
        if c.withheld:
            yield (*base, "withheld_reason", c.withheld)


def rows(results: CohortResults,
         instruments: dict[str, Instrument] | None = None) -> Iterator[Row]:
    """Every figure as a row (``instruments`` names the bands by their ranges)."""
    for wave, n in results.responses:
        yield "responses", "", "", wave.value, "", "", "respondents", str(n)
    yield "linked", "", "", "pre", "post", "", "pairs", str(results.linked)
    yield from _score_rows(results, instruments or {})
    yield from _change_rows(results)
    for r in results.items:
        if r.distribution is None:
            yield ("item", r.instrument, r.item, r.wave.value, "", "", "withheld_reason",
                   r.withheld or WITHHELD)
        else:
            yield from _distribution(("item", r.instrument, r.item, r.wave.value, ""),
                                     r.distribution, [])


def results_csv(results: CohortResults,
                instruments: dict[str, Instrument] | None = None) -> bytes:
    """The CSV's bytes (UTF-8, one header row, as the statistics CSV)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(results, instruments))
    return out.getvalue().encode("utf-8")
