"""The release engine: true counts in, a release safe to publish out.

1. The statistics SQL counts each variable of ``domain.stats.Layout`` (with its distinct
   episodes and minutes) over one reporting quarter.
2. Primary suppression: ``domain.stats.primary_suppressed``. Zeros are published.
3. Optional rounding of published counts *and hours* to base 5 (seeded per cell by an HMAC of
   a vault secret), applied before the audit so that it audits what is published.
4. Secondary suppression driven by the audit. The attacker's program (``disclosure``) knows
   what a reader of the source knows (``release_system``) and bounds every hidden count and
   hours cell given everything published now and in earlier frozen releases. A hidden count
   must then either lie wholly at or above the threshold or keep at least ``threshold - 1``
   possible whole numbers (``domain.stats.count_interval_safe``), at the largest threshold
   any release so far stated; a hidden hours cell must not be estimable within 25 %
   (``domain.stats.hours_interval_safe``). While a cell fails, ``domain.stats.secondary_choice``
   hides one more, chosen by position only. Deterministic: same data, same policy, same
   release.

The entry points other modules use: :func:`protect` (suppress, round and audit one release)
and :func:`release_system` (what a reader knows from a set of releases).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from peerdesk.domain.errors import ReleaseRefused
from peerdesk.domain.stats import (
    Kind,
    Layout,
    Relation,
    Release,
    count_interval_safe,
    cover_equations,
    hidden_interval,
    hours_interval_safe,
    hours_of,
    primary_suppressed,
    published_interval,
    round_base5,
    rounding_digest,
    secondary_choice,
)
from peerdesk.services.stats.disclosure import INF, Auditor, LinearSystem
from peerdesk.storage.stats_repo import Tally

MAX_ROUNDS = 500
BATCH = 8  # cells hidden per round of the audit (8: fewer rounds, and no more cells, than 4)


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


def release_system(releases: Sequence[Release]) -> LinearSystem:
    """What a reader of the source knows from published releases (variables named
    ``period|variable``): each published value's interval, each hidden value's, the
    relations of every layout, and whole counts.

    An annual summary whose quarters are among ``releases`` is linked to them (each annual
    figure is the sum of the quarters' true figures) and carries no bounds of its own: every
    figure it publishes is a sum of published quarterly figures, so it tells nothing more.
    """
    by_period = {r.period: r for r in releases}
    bounds: dict[str, tuple[float, float]] = {}
    relations: list[Relation] = []
    integer: set[str] = set()
    for release in releases:
        layout = release.layout
        linked = sums_quarters(release, by_period)
        for v in layout.variables:
            name = f"{release.period}|{v}"
            kind = layout.kind(v)
            if kind is Kind.COUNT:
                integer.add(name)
            value = release.values[v]
            if linked:
                bounds[name] = (0.0, INF)
            elif value is None:
                bounds[name] = hidden_interval(kind, release.rules)
            else:
                bounds[name] = published_interval(value, kind, release.rounding,
                                                  release.threshold, release.rules)
            if linked:
                parts = [f"{q}|{v}" for q in release.quarters
                         if v in by_period[q].layout.position]
                relations.append(Relation(((name, -1.0), *((p, 1.0) for p in parts)),
                                          0.0, equal=True))
        relations += _prefixed(release.period, layout.relations)
    return LinearSystem(bounds, tuple(relations), frozenset(integer))


def narrow_cells(
    auditor: Auditor, releases: Sequence[Release], limit: int | None = None,
    *, hours: bool = True,
) -> list[str]:
    """The hidden cells of the last of ``releases`` that a reader holding all of them can
    narrow too far: counts against ``limit`` (default: the largest threshold any of the
    releases states), hours (unless ``hours`` is false) against the p%-rule. In layout
    order."""
    release = releases[-1]
    layout = release.layout
    if limit is None:
        limit = max(r.threshold for r in releases)
    hidden = [v for v in layout.variables if release.values[v] is None
              and (hours or layout.kind(v) is Kind.COUNT)]
    if not hidden:
        return []
    k = limit

    def count_check(lo: float, hi: float) -> bool:
        return count_interval_safe(lo, hi, k)

    checks = {f"{release.period}|{v}": hours_interval_safe if layout.kind(v) is Kind.HOURS
              else count_check for v in hidden}
    unsafe = auditor.unsafe(release_system(releases), checks)
    return [v for v in hidden if f"{release.period}|{v}" in unsafe]


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
    reached. Hidden cells are held to the largest threshold of this release and ``earlier``.

    An annual summary (``make_release`` gives it ``quarters``) whose quarters are all in
    ``earlier`` gets primary suppression (and rounding) at the threshold it states, and no
    audit: each of its figures is a sum of published quarterly figures, so what it publishes
    or hides tells nothing the quarters have not told, and hiding more could not change what
    can be worked out (a sum hidden at 10 that a quarter released at 5 pins to 1..4 stays
    pinned by that quarter).

    Raises:
        ReleaseRefused: no safe pattern was found.
    """
    started = time.perf_counter()
    true = _true_values(layout, tallies)
    counts = {v: true[v] for v in layout.variables if layout.kind(v) is Kind.COUNT}
    shown = {v: true[v] if not rounding else
             round_base5(true[v], rounding_digest(rounding_key, period, v))
             for v in layout.variables}
    suppressed = {
        v for v in counts
        if primary_suppressed(counts[v], tallies[v].episodes if v in tallies else 0, threshold)
    }
    primary = len(suppressed)
    if not rounding:
        suppressed = cover_equations(layout, suppressed, counts)
    limit = max([threshold, *(r.threshold for r in earlier)])
    periods = {r.period for r in earlier}
    auditor = Auditor()
    for _ in range(MAX_ROUNDS):
        values: dict[str, int | None] = {
            v: None if (layout.shown_with(v) or v) in suppressed else shown[v]
            for v in layout.variables
        }
        release = make_release(values)
        if sums_quarters(release, periods):
            narrow = []
        else:
            narrow = narrow_cells(auditor, [*earlier, release], limit)
        if not narrow:
            report = ReleaseReport(primary, len(suppressed) - primary, auditor.programs_solved,
                                   time.perf_counter() - started)
            return release, report
        added: set[str] = set()
        for v in narrow:
            if any(added & set(r.variables) for r in layout.equations_of(v)):
                continue  # a cell just hidden beside it may protect it: audit again first
            choice = secondary_choice(layout, v, suppressed | added, counts)
            if choice is not None:
                added.add(choice)
            if len(added) >= BATCH:  # re-audit often: one new cell often protects several
                break
        if not added:
            break
        suppressed |= added
    raise ReleaseRefused(period=period)


def checklist_rows(current: Sequence[str], ticked: set[str]) -> tuple[str, ...]:
    """The current checklist's items in order, then items of older versions ticked this quarter."""
    return (*current, *sorted(ticked - set(current)))
