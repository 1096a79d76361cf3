"""The release engine: true counts in, a release safe to publish out.

1. The statistics SQL counts each variable of ``domain.stats.Layout`` (with its distinct
   episodes and minutes) over one reporting quarter.
2. Primary suppression: ``domain.stats.primary_suppressed``.
3. Secondary suppression driven by the audit: the attacker's LP (``disclosure``) bounds each
   suppressed count given everything published now and in earlier frozen releases; while any
   interval is narrower than the threshold, ``domain.stats.secondary_choice`` hides one more
   cell next to it. Deterministic: same data, same policy, same release.
4. Optional rounding of published counts to base 5 (seeded per cell by an HMAC of a vault
   secret), applied *before* the audit so that it audits what is published.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from peerdesk.domain.errors import ReleaseRefused
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import (
    Kind,
    Layout,
    Relation,
    Release,
    cover_equations,
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


def release_system(releases: Sequence[Release]) -> LinearSystem:
    """What an attacker knows from published releases (variables named ``period|variable``)."""
    bounds: dict[str, tuple[float, float]] = {}
    relations: list[Relation] = []
    for release in releases:
        layout = release.layout
        for v in layout.variables:
            value = release.values[v]
            bounds[f"{release.period}|{v}"] = (
                (0.0, INF) if value is None
                else published_interval(value, layout.kind(v), release.rounding)
            )
        relations += _prefixed(release.period, layout.relations)
    return LinearSystem(bounds, tuple(relations))


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
    """Suppress until the audit passes; returns the release and how it was reached.

    Raises:
        ReleaseRefused: no safe pattern was found (a bug guard; hiding everything is safe).
    """
    started = time.perf_counter()
    true = _true_values(layout, tallies)
    counts = {v: true[v] for v in layout.variables if layout.kind(v) is Kind.COUNT}
    shown = {v: counts[v] if not rounding else
             round_base5(counts[v], rounding_digest(rounding_key, period, v)) for v in counts}
    suppressed = {
        v for v in counts
        if primary_suppressed(counts[v], tallies[v].episodes if v in tallies else 0, threshold)
    }
    primary = len(suppressed)
    if not rounding:
        suppressed = cover_equations(layout, suppressed, counts, threshold)
    auditor = Auditor()
    for _ in range(MAX_ROUNDS):
        values: dict[str, int | None] = {}
        for v in layout.variables:
            source = layout.shown_with(v) or v
            values[v] = None if source in suppressed else (
                true[v] if layout.kind(v) is Kind.HOURS else shown[v])
        release = make_release(values)
        system = release_system([*earlier, release])
        targets = [f"{period}|{v}" for v in sorted(suppressed)]
        intervals = auditor.intervals(system, targets)
        narrow = [v for v in layout.variables if v in suppressed
                  and _width(intervals[f"{period}|{v}"]) < threshold - 1e-6]
        if not narrow:
            report = ReleaseReport(primary, len(suppressed) - primary, auditor.programs_solved,
                                   time.perf_counter() - started)
            return release, report
        added: set[str] = set()
        for v in narrow:
            choice = secondary_choice(layout, v, suppressed | added, counts, threshold)
            if choice is None:
                raise ReleaseRefused(period=period)
            added.add(choice)
            if len(added) >= 4:  # re-audit often: one new cell often protects several
                break
        suppressed |= added
    raise ReleaseRefused(period=period)


def _width(interval: tuple[float, float]) -> float:
    lo, hi = interval
    return INF if hi == INF else hi - lo


def checklist_rows(current: Sequence[str], ticked: set[str]) -> tuple[str, ...]:
    """The current checklist's items in order, then items of older versions ticked this quarter."""
    return (*current, *sorted(ticked - set(current)))


def quarter_period(quarter: Quarter) -> str:
    return str(quarter)
