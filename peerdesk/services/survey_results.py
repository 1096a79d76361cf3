"""A cohort's results: computed once when every wave has closed, then frozen (section 12).

What is published, per wave: the number of respondents; for each score, the number of
respondents with it, mean, standard deviation, median and the count in each band; for each
item, the count of each answer. Between waves: the pre/post change of the linked
respondents (paired t-test and Wilcoxon signed-rank test, 95 % interval, Cohen's d_z), or,
when linking cannot be used, the two waves compared as independent groups (Welch's t-test,
Mann-Whitney U, Hedges' g); the follow-up wave is compared with the pre wave that way.

What protects a respondent:

- nothing of a wave (scores, items) for fewer respondents than the cohort's minimum, and no
  change for fewer;
- the paired change only when, in each of the two waves, the respondents left out of the
  pairs are none or at least the minimum: otherwise the wave's figures less the pairs'
  would describe those few people;
- item and band counts hidden like statistics cells (``domain.surveys.hide_row``), then
  audited with the statistics' linear-program attacker (``services.stats.disclosure``),
  which also knows each published mean (it fixes the sum of the item values); a cell it
  can narrow too far hides its whole row, then more counts are hidden one at a time, and
  if nothing is left to hide the wave's item table of that instrument is withheld; band
  counts are audited alike and withheld when they fail;
- the results are released once: the first look freezes them in ``survey_releases`` and
  every later look, PDF and CSV shows those figures, so no two looks can be differenced.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import replace

from peerdesk import __version__
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.stats import Relation
from peerdesk.domain.survey_results import (
    Change,
    CohortResults,
    Distribution,
    ItemRow,
    ScoreSummary,
)
from peerdesk.domain.surveys import (
    MEAN_DECIMALS,
    Instrument,
    Method,
    ScoreRule,
    SurveyRefused,
    WaveKind,
    WaveState,
    count_hidden_safe,
    hide_row,
    score,
    scored_value,
)
from peerdesk.services import surveys
from peerdesk.services.survey_export import results_csv
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, database, policy_repo, survey_repo
from peerdesk.storage.survey_repo import Submission

GENERATED_BY = f"PeerDesk {__version__}"
TOO_FEW = "survey.withheld.too_few"
ITEMS_WITHHELD = "survey.withheld.items"
NO_SPREAD = "survey.withheld.no_spread"
INF = math.inf

__all__ = ["GENERATED_BY", "compute", "results"]


def results(ws: Workspace, cohort_id: int) -> CohortResults:
    """The cohort's released results: the frozen ones, or, at the first look once every
    wave has closed, new ones now frozen (audited, with the CSV).

    Raises:
        SurveyRefused: a wave is still to run or open (nothing is released).
        NotFound: no such cohort.
    """
    found = surveys.cohort(ws, cohort_id)
    conn = ws.vault.conn
    stored = survey_repo.released(conn, cohort_id)
    if stored is not None:
        return CohortResults.from_json(stored.results)
    done = {w.kind for w in found.waves if w.state is WaveState.CLOSED}
    if not set(surveys.planned_waves(found)) <= done:
        raise SurveyRefused(reason=Message("survey.results_not_ready"))
    with database.transaction(conn):
        threshold = policy_repo.load(conn).suppression_threshold
        instruments = surveys.cohort_instruments(found)
        computed = compute(found, instruments,
                           survey_repo.submissions(conn, cohort_id), threshold,
                           ws.training, audit.now_utc())
        survey_repo.release(conn, cohort_id, computed.released_at, ws.member.user_id,
                            computed.to_json(),
                            results_csv(computed, {i.id: i for i in instruments}))
        audit.append(conn, ws.member.user_id, "survey_results_released", cohort=cohort_id,
                     responses=sum(n for _, n in computed.responses), linked=computed.linked)
    return computed


def released(ws: Workspace, cohort_id: int) -> CohortResults | None:
    """The frozen results, or None before the first look (nothing is released by this)."""
    ws.require(Action.RUN_SURVEYS)
    stored = survey_repo.released(ws.vault.conn, cohort_id)
    return None if stored is None else CohortResults.from_json(stored.results)


# --------------------------------------------------------------------------- computing


def _round(value: float | None, digits: int = MEAN_DECIMALS) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(value, digits)


def _p(value: float | None) -> float | None:
    """A p-value to three significant digits (0.000123, not 0.0)."""
    if value is None or not math.isfinite(value):
        return None
    return float(f"{value:.3g}")


def compute(found: surveys.Cohort, instruments: Sequence[Instrument],
            answers: Sequence[Submission], threshold: int, training: bool,
            released_at: str) -> CohortResults:
    """Every published figure of a cohort from its submissions (pure but for scipy)."""
    waves = surveys.planned_waves(found)
    by_wave = {w: [s for s in answers if s.wave is w] for w in waves}
    # A threshold raised since the cohort was made raises its minimum too.
    minimum = max(found.minimum, threshold)
    pairs = _pairs(answers)
    score_rows: list[ScoreSummary] = []
    changes: list[Change] = []
    items: list[ItemRow] = []
    for inst in instruments:
        for rule in inst.scores:
            per_wave = {w: _scores(inst, rule, by_wave[w]) for w in waves}
            score_rows += [_summary(inst, rule, w, per_wave[w], minimum, threshold)
                           for w in waves]
            changes.append(_pre_post(inst, rule, per_wave, pairs, minimum))
            if WaveKind.FOLLOW_UP in waves:
                changes.append(_unlinked(inst, rule, WaveKind.PRE, WaveKind.FOLLOW_UP,
                                         per_wave, minimum))
        for w in waves:
            rows = _item_rows(inst, w, by_wave[w], minimum, threshold)
            items += _audited(inst, w, rows, [s for s in score_rows
                                              if s.instrument == inst.id and s.wave is w],
                              by_wave[w], threshold)
    responses = tuple((w, len(by_wave[w])) for w in waves)
    withheld = (TOO_FEW if all(n < minimum for _, n in responses) else None)
    return CohortResults(
        cohort_id=found.id, title=found.title, minimum=minimum, threshold=threshold,
        training=training, released_at=released_at, generated_by=GENERATED_BY,
        instruments=tuple(found.instruments), responses=responses,
        linked=len(pairs), scores=tuple(score_rows), changes=tuple(changes),
        items=tuple(items), withheld=withheld)


Pair = tuple[Submission, Submission]


def _pairs(answers: Sequence[Submission]) -> list[Pair]:
    pre = {s.link_id: s for s in answers if s.wave is WaveKind.PRE and s.link_id is not None}
    return [(pre[s.link_id], s) for s in answers
            if s.wave is WaveKind.POST and s.link_id in pre]


def _scores(inst: Instrument, rule: ScoreRule, wave: Sequence[Submission]) -> list[float]:
    found = (score(inst, rule, s.answers.get(inst.id, {})) for s in wave)
    return [v for v in found if v is not None]


def _summary(inst: Instrument, rule: ScoreRule, wave: WaveKind, values: list[float],
             minimum: int, threshold: int) -> ScoreSummary:
    n = len(values)
    if n < minimum:
        return ScoreSummary(inst.id, rule.id, wave, n, None, None, None, None, TOO_FEW)
    mean = _round(statistics.fmean(values))
    assert mean is not None
    bands, why = None, None
    if rule.bands:
        counts = [0] * len(rule.bands)
        for v in values:
            index = rule.band_of(v)
            if index is not None:
                counts[index] += 1
        hidden = hide_row(counts, threshold)
        bands = Distribution(tuple(str(i) for i in range(len(counts))),
                             tuple(None if h else c for c, h in zip(counts, hidden, strict=True)),
                             sum(counts))
        if bands.hidden and not _bands_safe(rule, bands, mean, threshold):
            bands, why = None, ITEMS_WITHHELD
    return ScoreSummary(inst.id, rule.id, wave, n, mean, _round(statistics.stdev(values)),
                        _round(statistics.median(values)), bands, bands_withheld=why)


def _bands_safe(rule: ScoreRule, bands: Distribution, mean: float, threshold: int) -> bool:
    """Whether the attacker's program, knowing the band total and that the scores' sum is
    ``total * mean`` within the mean's rounding, and each score at least its band's low end
    and below the next band's, leaves every hidden band count wide enough."""
    from peerdesk.services.stats.disclosure import Auditor, LinearSystem  # noqa: PLC0415

    names = [f"band/{c}" for c in bands.categories]
    bounds = {v: (1.0, INF) if c is None else (float(c), float(c))
              for v, c in zip(names, bands.counts, strict=True)}
    half = 0.5 * 10 ** -MEAN_DECIMALS
    low_sum, high_sum = bands.total * (mean - half), bands.total * (mean + half)
    relations = (
        Relation(tuple((v, 1.0) for v in names), float(bands.total), equal=True),
        Relation(tuple((v, b.low) for v, b in zip(names, rule.bands, strict=True)), high_sum),
        Relation(tuple((v, -(b.high + 1)) for v, b in zip(names, rule.bands, strict=True)),
                 -low_sum),
    )
    checks: dict[str, Callable[[float, float], bool]] = {
        v: (lambda lo, hi: count_hidden_safe(lo, hi, threshold))
        for v, (lo, hi) in bounds.items() if lo != hi}
    system = LinearSystem(bounds, relations, frozenset(names))
    return not Auditor().unsafe(system, checks)


def _withheld_change(inst: Instrument, rule: ScoreRule, a: WaveKind, b: WaveKind, method: str,
                     n: int, n_other: int | None, why: str) -> Change:
    return Change(inst.id, rule.id, a, b, method, n, n_other, None, None, None, None, None,
                  None, None, None, why)


def _pre_post(inst: Instrument, rule: ScoreRule, per_wave: dict[WaveKind, list[float]],
              pairs: list[Pair], minimum: int) -> Change:
    """The linked respondents' change; the unlinked comparison when pairs cannot be used."""
    diffs: list[float] = []
    for pre, post in pairs:
        a = score(inst, rule, pre.answers.get(inst.id, {}))
        b = score(inst, rule, post.answers.get(inst.id, {}))
        if a is not None and b is not None:
            diffs.append(b - a)
    n = len(diffs)
    left_out = [len(per_wave[w]) - n for w in (WaveKind.PRE, WaveKind.POST)]
    if n >= minimum and all(k == 0 or k >= minimum for k in left_out):
        return paired_change(inst, rule, diffs)
    fallback = _unlinked(inst, rule, WaveKind.PRE, WaveKind.POST, per_wave, minimum)
    return fallback


def paired_change(inst: Instrument, rule: ScoreRule, diffs: Sequence[float]) -> Change:
    """Mean change with its 95 % t interval, paired t-test, Wilcoxon signed-rank, d_z."""
    from scipy import stats  # noqa: PLC0415 - scipy is slow to import

    n = len(diffs)
    mean = statistics.fmean(diffs)
    sd = statistics.stdev(diffs)
    if sd == 0:
        return _withheld_change(inst, rule, WaveKind.PRE, WaveKind.POST, "paired", n, None,
                                NO_SPREAD)
    half = float(stats.t.ppf(0.975, n - 1)) * sd / math.sqrt(n)
    t = stats.ttest_1samp(diffs, 0.0)
    w_stat, p_rank = _wilcoxon(diffs)
    return Change(inst.id, rule.id, WaveKind.PRE, WaveKind.POST, "paired", n, None,
                  _round(mean), _round(mean - half), _round(mean + half),
                  _round(float(t.statistic)), _p(float(t.pvalue)), w_stat,
                  _p(p_rank), _round(mean / sd))


def _wilcoxon(diffs: Sequence[float]) -> tuple[float | None, float | None]:
    from scipy import stats  # noqa: PLC0415

    if not any(d != 0 for d in diffs):
        return None, None
    res = stats.wilcoxon(diffs)
    return _round(float(res.statistic)), float(res.pvalue)


def _unlinked(inst: Instrument, rule: ScoreRule, a: WaveKind, b: WaveKind,
              per_wave: dict[WaveKind, list[float]], minimum: int) -> Change:
    first, second = per_wave[a], per_wave[b]
    if len(first) < minimum or len(second) < minimum:
        return _withheld_change(inst, rule, a, b, "unlinked", len(first), len(second), TOO_FEW)
    return unlinked_change(inst, rule, a, b, first, second)


def unlinked_change(inst: Instrument, rule: ScoreRule, a: WaveKind, b: WaveKind,
                    first: Sequence[float], second: Sequence[float]) -> Change:
    """Difference of means (second - first) with Welch's 95 % interval, Welch's t-test,
    Mann-Whitney U, Hedges' g."""
    from scipy import stats  # noqa: PLC0415

    n1, n2 = len(first), len(second)
    m1, m2 = statistics.fmean(first), statistics.fmean(second)
    v1, v2 = statistics.variance(first), statistics.variance(second)
    if v1 == 0 and v2 == 0:
        return _withheld_change(inst, rule, a, b, "unlinked", n1, n2, NO_SPREAD)
    se = math.sqrt(v1 / n1 + v2 / n2)
    df = (v1 / n1 + v2 / n2) ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
    half = float(stats.t.ppf(0.975, df)) * se
    diff = m2 - m1
    t = stats.ttest_ind(second, first, equal_var=False)
    u = stats.mannwhitneyu(second, first, alternative="two-sided")
    pooled = math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
    g = diff / pooled * (1 - 3 / (4 * (n1 + n2) - 9))
    return Change(inst.id, rule.id, a, b, "unlinked", n1, n2, _round(diff), _round(diff - half),
                  _round(diff + half), _round(float(t.statistic)), _p(float(t.pvalue)),
                  _round(float(u.statistic)), _p(float(u.pvalue)), _round(g))


# --------------------------------------------------------------------------- item counts


def _item_rows(inst: Instrument, wave: WaveKind, subs: Sequence[Submission], minimum: int,
               threshold: int) -> list[tuple[ItemRow, list[int]]]:
    """Each item's row with its cells hidden by the row rule, and the true counts."""
    answered = [s.answers[inst.id] for s in subs if inst.id in s.answers]
    values = inst.values
    rows: list[tuple[ItemRow, list[int]]] = []
    for item in inst.items:
        counts = [sum(1 for a in answered if a.get(item.id) == v) for v in values]
        if len(answered) < minimum:
            rows.append((ItemRow(inst.id, item.id, wave, None, TOO_FEW), counts))
            continue
        hidden = hide_row(counts, threshold)
        rows.append((ItemRow(inst.id, item.id, wave, Distribution(
            tuple(str(v) for v in values),
            tuple(None if h else c for c, h in zip(counts, hidden, strict=True)),
            sum(counts))), counts))
    return rows


def _audited(inst: Instrument, wave: WaveKind, rows: list[tuple[ItemRow, list[int]]],
             summaries: Sequence[ScoreSummary], subs: Sequence[Submission],
             threshold: int) -> list[ItemRow]:
    """The rows after the attacker's audit: more hidden, or the table withheld.

    While a hidden count can be narrowed: first the rows holding one hide every non-zero
    count; then, one row at a time, the row with the smallest published non-zero count
    hides it (and enough others for the row rule), which widens what the means tell; when
    every non-zero count is hidden and the audit still fails, the table is withheld.
    """
    if all(r.distribution is None or not r.distribution.hidden for r, _ in rows):
        return [r for r, _ in rows]
    unsafe = _unsafe(inst, rows, summaries, subs, threshold)
    if unsafe:
        rows = [(_hide_all(r, counts) if r.item in unsafe else r, counts)
                for r, counts in rows]
        unsafe = _unsafe(inst, rows, summaries, subs, threshold)
    while unsafe:
        widened = _hide_smallest(rows, threshold)
        if widened is None:
            return [ItemRow(r.instrument, r.item, r.wave, None, ITEMS_WITHHELD)
                    for r, _ in rows]
        rows = widened
        unsafe = _unsafe(inst, rows, summaries, subs, threshold)
    return [r for r, _ in rows]


def _hide_smallest(rows: list[tuple[ItemRow, list[int]]],
                   threshold: int) -> list[tuple[ItemRow, list[int]]] | None:
    """The rows with the smallest published non-zero count hidden, with the row rule applied
    around it (the hidden counts of its row two or more and summing to the threshold or
    more); None when no published non-zero count is left."""
    published = [(c, i, j) for i, (r, _) in enumerate(rows) if r.distribution is not None
                 for j, c in enumerate(r.distribution.counts) if c]
    if not published:
        return None
    _, i, j = min(published)
    row, counts = rows[i]
    assert row.distribution is not None
    hidden = [c is None for c in row.distribution.counts]
    hidden[j] = True
    while sum(hidden) < 2 or sum(c for c, h in zip(counts, hidden, strict=True) if h) \
            < threshold:
        rest = [(c, k) for k, c in enumerate(counts) if c and not hidden[k]]
        if not rest:
            break
        hidden[min(rest)[1]] = True
    cells = tuple(None if h else c for c, h in zip(counts, hidden, strict=True))
    changed = replace(row, distribution=replace(row.distribution, counts=cells))
    return [*rows[:i], (changed, counts), *rows[i + 1:]]


def _hide_all(row: ItemRow, counts: list[int]) -> ItemRow:
    assert row.distribution is not None
    cells = tuple(None if c else 0 for c in counts)
    return replace(row, distribution=replace(row.distribution, counts=cells))


def _unsafe(inst: Instrument, rows: list[tuple[ItemRow, list[int]]],
            summaries: Sequence[ScoreSummary], subs: Sequence[Submission],
            threshold: int) -> set[str]:
    """Items with a hidden cell the attacker narrows below the rule."""
    from peerdesk.services.stats.disclosure import Auditor, LinearSystem  # noqa: PLC0415

    bounds: dict[str, tuple[float, float]] = {}
    relations: list[Relation] = []
    for row, _ in rows:
        if row.distribution is None:
            continue
        names = []
        for value, count in zip(row.distribution.categories, row.distribution.counts,
                                strict=True):
            name = f"{row.item}/{value}"
            names.append(name)
            bounds[name] = (1.0, INF) if count is None else (float(count), float(count))
        relations.append(Relation(tuple((v, 1.0) for v in names), float(row.distribution.total),
                                  equal=True))
    relations += _mean_relations(inst, summaries, subs, {r.item for r, _ in rows
                                                        if r.distribution is not None})
    hidden = {v for v, (lo, hi) in bounds.items() if lo != hi}
    checks: dict[str, Callable[[float, float], bool]] = {
        v: (lambda lo, hi: count_hidden_safe(lo, hi, threshold)) for v in hidden}
    system = LinearSystem(bounds, tuple(relations), frozenset(bounds))
    return {v.split("/")[0] for v in Auditor().unsafe(system, checks)}


def _mean_relations(inst: Instrument, summaries: Sequence[ScoreSummary],
                    subs: Sequence[Submission], shown: set[str]) -> list[Relation]:
    """What a published mean says about the item cells: when every respondent who answered an
    item of the score answered all of them, the sum of their item values lies within the
    mean's rounding of ``n * mean`` (times the number of items for a mean score)."""
    found: list[Relation] = []
    half = 0.5 * 10 ** -MEAN_DECIMALS
    for summary in summaries:
        rule = next(r for r in inst.scores if r.id == summary.score)
        if summary.mean is None or not set(rule.items) <= shown:
            continue
        answered = [s.answers.get(inst.id, {}) for s in subs]
        if any(0 < sum(1 for i in rule.items if i in a) < len(rule.items) for a in answered):
            continue
        k = len(rule.items) if rule.method is Method.MEAN else 1
        terms = tuple((f"{i}/{v}", float(scored_value(inst, inst.item(i), v)))
                      for i in rule.items for v in inst.values)
        low = summary.n * (summary.mean - half) * k
        high = summary.n * (summary.mean + half) * k
        found.append(Relation(terms, high))
        found.append(Relation(tuple((v, -c) for v, c in terms), -low))
    return found
