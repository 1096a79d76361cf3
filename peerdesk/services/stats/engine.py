"""The release engine: true counts in, a release safe to publish out.

1. The statistics SQL counts each variable of ``domain.stats.Layout`` (with its distinct
   episodes and minutes) over one reporting quarter.
2. Primary suppression: ``domain.stats.primary_suppressed``. Zeros are published, except the
   parts of a small sum, hidden with it (``domain.stats.small_sum_parts``).
3. Optional rounding of published counts *and hours* to base 5 (seeded per cell by an HMAC of
   a vault secret), applied before the audit so that it audits what is published.
4. Secondary suppression driven by the audit. The attacker's program (``disclosure``) knows
   what a reader of the source knows (``release_system``) and bounds every hidden count and
   hours cell given everything published now and in earlier frozen releases. A hidden count
   must then either lie wholly at or above the threshold or keep at least ``threshold - 1``
   possible whole numbers (``domain.stats.count_interval_safe``), at the largest threshold
   any release so far stated; a hidden hours cell must not be estimable within 25 %
   (``domain.stats.hours_interval_safe``). While a pattern fails, ``domain.stats.escalate``
   gives the next, larger one, chosen from positions, zeros and the classes only; a pattern
   is taken only when, besides, a reader who re-runs the engine on guesses cannot rule out any
   of those values (``_Run.examples_hold``). The last pattern (every non-zero count hidden) is
   no exception: when it fails too, :func:`protect` raises ``ReleaseRefused`` and the quarter
   is withheld. Deterministic: same data, same policy, same release.

The entry points other modules use: :func:`protect` (suppress, round and audit one release)
and :func:`release_system` (what a reader knows from a set of releases).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from peerdesk.domain.errors import ReleaseRefused
from peerdesk.domain.stats import (
    P_PERCENT,
    ROUNDING_BASE,
    Kind,
    Layout,
    Relation,
    Release,
    count_interval_safe,
    cover_equations,
    escalate,
    hidden_interval,
    hours_interval_safe,
    hours_of,
    in_hidden_sum,
    primary_suppressed,
    published_interval,
    round_base5,
    rounding_digest,
    small_sum_parts,
)
from peerdesk.services.stats.disclosure import INF, Auditor, LinearSystem, example
from peerdesk.storage.stats_repo import Tally


@dataclass(frozen=True)
class ReleaseReport:
    """How a release came about (counts only, for the audit log and benchmarks)."""

    primary: int
    secondary: int
    programs_solved: int
    seconds: float


def _true_values(layout: Layout, tallies: Mapping[str, Tally]) -> dict[str, int]:
    values: dict[str, int] = {}
    for v in layout.variables:
        if layout.kind(v) is Kind.HOURS:
            source = layout.shown_with(v)
            assert source is not None
            values[v] = hours_of(tallies[source].minutes if source in tallies else 0)
        else:
            values[v] = tallies[v].count if v in tallies else 0
    return values


def _prefixed(period: str, relations: Sequence[Relation]) -> tuple[Relation, ...]:
    return tuple(
        Relation(tuple((f"{period}|{v}", c) for v, c in r.terms), r.rhs, r.equal)
        for r in relations
    )


def sums_quarters(release: Release, periods: set[str] | Mapping[str, Release]) -> bool:
    """Whether ``release`` is an annual summary whose quarters are all among ``periods``."""
    return bool(release.quarters) and all(q in periods for q in release.quarters)


@dataclass(frozen=True)
class Classes:
    """What the pattern of a release may tell about its hidden counts, and no more: which are
    small (1 .. ``threshold - 1``, hidden by the threshold) and, by elimination, which are at
    least ``threshold`` (hidden for their episodes, or to protect others). The audit gives it
    to its reader; ``threshold`` is the one the release's counts were held to."""

    small: frozenset[str]
    threshold: int
    # The parts of a small sum, hidden with it whatever their values (zeros too): each lies
    # in 0 .. threshold - 1, and the reader cannot tell which are zero.
    under: frozenset[str] = frozenset()
    # For a small count or hidden hours cell the classes and zeros alone narrow (a small
    # margin over several small cells is at least their number), the widest it can be kept:
    # its interval with every non-zero count hidden, known before any value is read.
    reach: Mapping[str, tuple[float, float]] = field(default_factory=dict)

    @property
    def watched(self) -> frozenset[str]:
        """The hidden counts held to the rule: the small ones and the parts of small sums
        (every other hidden count is at least the threshold)."""
        return self.small | self.under

    def holds(self, variable: str, kind: Kind, low: float, high: float) -> bool:
        """The rule for a hidden cell of this release, given what the classes allow."""
        ok = (hours_interval_safe(low, high) if kind is Kind.HOURS
              else count_interval_safe(low, high, self.threshold))
        if ok or variable not in self.reach:
            return ok
        widest = self.reach[variable]
        return low <= widest[0] + 1e-6 and high >= widest[1] - 1e-6


def release_system(
    releases: Sequence[Release], classes: Mapping[str, Classes] | None = None
) -> LinearSystem:
    """What a reader of the source knows from published releases (variables named
    ``period|variable``): each published value's interval, each hidden value's, the
    relations of every layout, and whole counts.

    ``classes`` (by period) adds what the pattern of hidden cells tells: a small hidden count
    lies in 1 .. threshold - 1, any other hidden count and every published non-zero count is
    at least the threshold.

    An annual summary whose quarters are among ``releases`` is linked to them (each annual
    figure is the sum of the quarters' true figures) and carries no bounds of its own: every
    figure it publishes is a sum of published quarterly figures, so it tells nothing more.
    """
    by_period = {r.period: r for r in releases}
    classes = classes or {}
    bounds: dict[str, tuple[float, float]] = {}
    relations: list[Relation] = []
    integer: set[str] = set()
    for release in releases:
        layout = release.layout
        linked = sums_quarters(release, by_period)
        known = classes.get(release.period)
        threshold = known.threshold if known else release.threshold
        for v in layout.variables:
            name = f"{release.period}|{v}"
            kind = layout.kind(v)
            if kind is Kind.COUNT:
                integer.add(name)
            value = release.values[v]
            if linked:
                bounds[name] = (0.0, INF)
            elif value is None and known and kind is Kind.COUNT:
                bounds[name] = ((0.0, threshold - 1.0) if v in known.under
                                else (1.0, threshold - 1.0) if v in known.small
                                else (float(threshold), INF))
            elif value is None:
                bounds[name] = hidden_interval(
                    kind, release.rules,
                    kind is Kind.COUNT and in_hidden_sum(layout, release.values, v))
            else:
                bounds[name] = published_interval(value, kind, release.rounding,
                                                  threshold, release.rules)
            if linked:
                parts = [f"{q}|{v}" for q in release.quarters
                         if v in by_period[q].layout.position]
                relations.append(Relation(((name, -1.0), *((p, 1.0) for p in parts)),
                                          0.0, equal=True))
        relations += _prefixed(release.period, layout.relations)
    return LinearSystem(bounds, tuple(relations), frozenset(integer))


def narrow_cells(
    auditor: Auditor, releases: Sequence[Release], limit: int | None = None,
    *, hours: bool = True, classes: Classes | None = None, first: bool = False,
    only: set[str] | None = None,
) -> list[str]:
    """The hidden cells of the last of ``releases`` that a reader holding all of them can
    narrow too far: counts against ``limit`` (default: the largest threshold any of the
    releases states), hours (unless ``hours`` is false) against the p%-rule. In layout
    order.

    With ``classes`` the reader also knows which hidden counts of the last release are small
    (``release_system``): only those are checked, each must keep every value 1 .. threshold
    - 1 at its ends (the others lie at or above the threshold whatever is published).
    ``first`` stops at the first narrow cell found; ``only`` checks those cells alone.
    """
    release = releases[-1]
    layout = release.layout
    if limit is None:
        limit = classes.threshold if classes else max(r.threshold for r in releases)
    hidden = [v for v in layout.variables if release.values[v] is None
              and (hours or layout.kind(v) is Kind.COUNT)
              and (classes is None or layout.kind(v) is Kind.HOURS or v in classes.watched)
              and (only is None or v in only)]
    if not hidden:
        return []
    k = limit

    def check(v: str) -> Callable[[float, float], bool]:
        if classes is not None:
            return lambda lo, hi: classes.holds(v, layout.kind(v), lo, hi)
        if layout.kind(v) is Kind.HOURS:
            return hours_interval_safe
        return lambda lo, hi: count_interval_safe(lo, hi, k)

    checks = {f"{release.period}|{v}": check(v) for v in hidden}
    system = release_system(releases, {release.period: classes} if classes else None)
    unsafe = auditor.unsafe(system, checks, first=first)
    return [v for v in hidden if f"{release.period}|{v}" in unsafe]


@dataclass
class _Run:
    """One release being protected: what the engine may read while choosing the pattern
    (the published figures of cells outside the pattern, positions, zeros, the classes)."""

    period: str
    layout: Layout
    shown: Mapping[str, int]
    counts: Mapping[str, int]
    classes: Classes
    rounding: int
    earlier: Sequence[Release]
    make_release: Callable[[dict[str, int | None]], Release]
    auditor: Auditor
    hints: dict[frozenset[str], set[str]] = field(default_factory=dict)

    def values(self, hidden: set[str], guess: Mapping[str, float] | None = None,
               below: set[str] | None = None) -> dict[str, int | None]:
        """The release's values with ``hidden`` hidden; cells of ``below`` (hidden in the
        pattern the engine stopped at) take their value from ``guess`` (a world a reader
        cannot rule out) instead of the data, as they would be published."""
        out: dict[str, int | None] = {}
        for v in self.layout.variables:
            count = self.layout.shown_with(v) or v
            if count in hidden:
                out[v] = None
            elif guess is not None and below is not None and count in below:
                raw = guess[f"{self.period}|{v}"]
                value = round(raw) if self.layout.kind(v) is Kind.COUNT else half_up(raw)
                if self.rounding and value > 0:
                    value = max(ROUNDING_BASE, ROUNDING_BASE * half_up(value / ROUNDING_BASE))
                out[v] = value
            else:
                out[v] = self.shown[v]
        return out

    def reach(self) -> dict[str, tuple[float, float]]:
        """``Classes.reach``: the small counts and hidden hours that fail the rule even with
        every non-zero count hidden (so with only zeros and the classes to go on), and how
        wide they are then."""
        if not self.classes.small:
            return {}
        bare = replace(self.classes, reach={})
        everything = {v for v, n in self.counts.items() if n > 0} | self.classes.under
        release = self.make_release(self.values(everything))
        narrow = narrow_cells(self.auditor, [release], classes=bare)
        if not narrow:
            return {}
        system = release_system([release], {self.period: bare})
        found = self.auditor.intervals(system, [f"{self.period}|{v}" for v in narrow])
        return {v: found[f"{self.period}|{v}"] for v in narrow}

    def fails(self, hidden: set[str], guess: Mapping[str, float] | None = None,
              below: set[str] | None = None) -> bool:
        release = self.make_release(self.values(hidden, guess, below))
        releases = [*self.earlier, release]
        key = frozenset(hidden)
        hint = self.hints.get(key)
        # Where the pattern failed before is checked first: only the order of the work
        # depends on it, never the answer.
        if hint and narrow_cells(self.auditor, releases, classes=self.classes, only=hint):
            return True
        narrow = narrow_cells(self.auditor, releases, classes=self.classes, first=True)
        if narrow:
            self.hints[key] = (hint or set()) | set(narrow)
        return bool(narrow)

    def examples_hold(self, hidden: set[str], before: Sequence[set[str]]) -> bool:
        """Whether every small hidden count can take each value 1 .. threshold - 1, and every
        hidden hours cell a range the p%-rule accepts, in worlds a reader cannot rule out:
        worlds that publish what this pattern publishes and in which every smaller pattern
        tried ``before`` fails the audit (so the engine, run on them, also stops here).

        With nothing tried before, this asks only that each of those values be possible
        (whole numbers can leave gaps an interval does not show). Quarters are not linked to
        earlier releases, so the worlds are sought in this release alone; one world found
        serves every cell it holds."""
        system = release_system([self.make_release(self.values(hidden))],
                                {self.period: self.classes})
        search = _Search(self, system, hidden, before)
        k = self.classes.threshold
        for v in sorted(self.classes.watched, key=self.layout.position.__getitem__):
            name = f"{self.period}|{v}"
            # A small count must keep every value 1 .. k - 1; a part of a small sum, which
            # may be zero, any k - 1 of 0 .. k - 1.
            first = 0 if v in self.classes.under else 1
            if not self._keeps(search, name, range(first, k)):
                # Only then ask how wide classes and zeros alone leave it (costly, lazy).
                if v not in self.classes.reach:
                    return False
                low, high = self.classes.reach[v]
                if not self._keeps(search, name, range(max(first, math.ceil(low - 1e-6)),
                                                       min(k - 1, half_up(high)) + 1)):
                    return False
        for v in self.layout.variables:
            if self.layout.kind(v) is Kind.HOURS and (self.layout.shown_with(v) or v) in hidden:
                name = f"{self.period}|{v}"
                least = search.find(name, 0.0, INF, 1.0)
                if least is None:
                    return False
                needed = max(least[name], 1 / 60) * (100 + P_PERCENT) / (100 - P_PERCENT)
                if search.find(name, needed + 0.01, INF) is not None:
                    continue
                if v not in self.classes.reach or search.find(
                        name, min(needed, self.classes.reach[v][1] - 1e-6) + 0.01, INF) is None:
                    return False
        return True

    def _keeps(self, search: _Search, name: str, values: range) -> bool:
        """Whether worlds hold the cell at every one of ``values`` but at most one when they
        are more than ``threshold - 1`` (a part of a small sum needs any k - 1 of 0 .. k - 1)."""
        spare = max(0, len(values) - (self.classes.threshold - 1))
        for value in values:
            if (name, value) in search.seen or search.find(name, value, value) is not None:
                continue
            spare -= 1
            if spare < 0:
                return False
        return True


class _Search:
    """Worlds a reader cannot rule out for one pattern (see ``_Run.examples_hold``)."""

    def __init__(self, run: _Run, system: LinearSystem, hidden: set[str],
                 before: Sequence[set[str]]) -> None:
        self.run, self.system, self.hidden, self.before = run, system, hidden, before
        # The counts this pattern hides and the last pattern tried published: pushed to one
        # end, they squeeze what that pattern would have published, which is how a world makes
        # it fail (and a pattern failing on a small count fails every smaller one too: each
        # publishes all it publishes, and more). Pushed all together, then one by one, those
        # sharing a relation with the most small counts first (the total of three small
        # referrals squeezes them at either end; a month's count squeezes nothing).
        watched = run.classes.watched
        added = [v for v in hidden - before[-1] if run.layout.kind(v) is Kind.COUNT] \
            if before else []

        def squeeze(v: str) -> int:
            return sum(len(watched & set(r.variables)) for r in run.layout.relations
                       if v in r.variables)

        self.added = [f"{run.period}|{v}" for v in sorted(added, key=lambda v: (-squeeze(v), v))]
        self.seen: set[tuple[str, int]] = set()

    def _ruled_in(self, guess: dict[str, float] | None) -> bool:
        if guess is None or not all(self.run.fails(h, guess, self.hidden)
                                    for h in reversed(self.before)):
            return False
        period = self.run.period
        self.seen |= {(f"{period}|{v}", round(guess[f"{period}|{v}"]))
                      for v in self.run.classes.watched if f"{period}|{v}" in guess}
        return True

    def find(self, target: str, low: float, high: float,
             sign: float = 0.0) -> dict[str, float] | None:
        tries: list[tuple[float, Mapping[str, float] | None]] = [(sign, None)]
        if self.added:
            tries += [(end, dict.fromkeys(self.added, end)) for end in (1.0, -1.0)]
            tries += [(end, {v: end}) for v in self.added for end in (1.0, -1.0)]
        for end, objective in tries:
            guess = example(self.system, target, low, high, end if objective is None else 0.0,
                            objective)
            if self._ruled_in(guess):
                return guess
        return None


def half_up(x: float) -> int:
    return math.floor(x + 0.5)


def _first_safe(run: _Run, start: set[str], counts: Mapping[str, int]) -> set[str] | None:
    """The first pattern from ``start`` on (``domain.stats.escalate``) that passes the audit
    and ``_Run.examples_hold``, or None."""
    watched = set(run.classes.watched)
    tried: list[set[str]] = []
    pattern: set[str] | None = start
    while pattern is not None:
        # The last pattern (every non-zero count hidden) is held to the same two checks: a
        # reader who sees it knows that every smaller one failed, and that alone can narrow a
        # small count (two small channels hidden beside a published total fail exactly when
        # their sum is not 5). When it fails them too, the quarter is withheld.
        if not run.fails(pattern) and run.examples_hold(pattern, tried):
            return pattern
        tried.append(pattern)
        pattern = escalate(run.layout, pattern, watched, counts)
        if pattern is not None and not run.rounding:
            pattern = cover_equations(run.layout, pattern, counts)
    return None


def protect(
    period: str,
    layout: Layout,
    tallies: Mapping[str, Tally],
    threshold: int,
    rounding: int,
    earlier: Sequence[Release],
    make_release: Callable[[dict[str, int | None]], Release],
    rounding_key: bytes = b"",
) -> tuple[Release, ReleaseReport]:
    """Suppress (and round) until the audit passes; returns the release and how it was
    reached.

    Counts are held to the largest threshold of this release and ``earlier`` (primary
    suppression uses it too). The pattern of hidden cells is chosen so that it tells a reader
    of the source no more than the hidden cells' classes (``Classes``): the engine tries
    larger and larger patterns (``domain.stats.escalate``: positions, zeros and classes only)
    and stops at the first one that (a) passes the audit of a reader who knows the classes
    and (b) for every small hidden count and every value 1 .. threshold - 1 (and for hidden
    hours, a range wide enough for the p%-rule) has a world publishing the same figures in
    which every smaller pattern tried fails the audit. Both depend only on what the pattern
    publishes and on the classes, so every world of (b) gets the same release: a reader who
    re-runs the engine on guesses cannot rule those worlds out.

    An annual summary (``make_release`` gives it ``quarters``) whose quarters are all in
    ``earlier`` gets primary suppression (and rounding) at the threshold it states, and no
    audit: each of its figures is a sum of published quarterly figures, so what it publishes
    or hides tells nothing the quarters have not told (its pattern is worked out from those
    figures only), and hiding more could not change what can be worked out.

    Raises:
        ReleaseRefused: no safe pattern was found.
    """
    started = time.perf_counter()
    true = _true_values(layout, tallies)
    counts = {v: true[v] for v in layout.variables if layout.kind(v) is Kind.COUNT}
    shown = {v: true[v] if not rounding else
             round_base5(true[v], rounding_digest(rounding_key, period, v))
             for v in layout.variables}
    limit = max([threshold, *(r.threshold for r in earlier)])
    suppressed = {
        v for v in counts
        if primary_suppressed(counts[v], tallies[v].episodes if v in tallies else 0, limit)
    }
    small = frozenset(v for v in suppressed if counts[v] < limit)
    primary = len(suppressed)
    if not rounding:
        suppressed = cover_equations(layout, suppressed, counts)
    run = _Run(period, layout, shown, counts, Classes(small, limit), rounding, earlier,
               make_release, Auditor())
    if sums_quarters(make_release(run.values(suppressed)), {r.period for r in earlier}):
        return make_release(run.values(suppressed)), ReleaseReport(
            primary, len(suppressed) - primary, 0, time.perf_counter() - started)
    under = small_sum_parts(layout, small, counts)
    if under:
        suppressed = suppressed | under
        if not rounding:
            suppressed = cover_equations(layout, suppressed, counts)
    # First held strictly. Only a release no pattern can protect so (a count that the classes
    # and zeros alone narrow, with every non-zero count hidden) is tried again with that
    # narrowest reach accepted: working it out costs an audit most releases never need.
    run.classes = Classes(small, limit, under)
    for _ in range(2):
        found = _first_safe(run, suppressed, counts)
        if found is not None:
            return make_release(run.values(found)), ReleaseReport(
                primary, len(found) - primary, run.auditor.programs_solved,
                time.perf_counter() - started)
        reach = run.reach()
        if not reach:
            break
        run.classes = Classes(small, limit, under, reach)
    raise ReleaseRefused(period=period)


def checklist_rows(current: Sequence[str], ticked: set[str]) -> tuple[str, ...]:
    """The current checklist's items in order, then items of older versions ticked this quarter."""
    return (*current, *sorted(ticked - set(current)))
