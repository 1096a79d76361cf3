"""The regional release: many stations' true tables in, one protected report out.

ARCHITECTURE section 14. The reader this guards against holds every station's own published
release, every earlier regional release and this one. What is published:

- **Merged tables**: the sums of the contributing stations' true tables, through the release
  engine (``engine.protect``: primary suppression at the region's threshold, the largest of
  the region's policy, every station's and every earlier regional release's; secondary
  suppression; the audit with every earlier regional release).
- **What a merged figure may tell**: a merged figure tells the sum of the parts the stations
  hid. A station coordinator knows their own true figures, and several may pool them, so this
  module guards against a reader who knows every other station's part: to them a merged figure
  reveals each hiding station's part exactly. So a figure any contributing station hid is
  hidden in the merged tables too (it enters the engine as a count hidden for its episodes, the
  class the engine gives a large hidden count, or as the small count it is), the rule of the
  annual summary. A station that rounded its release published bands, not values: for it the
  exact parts a merged figure reveals go through the audit of its own release
  (``engine.release_system`` with its classes, ``Auditor.unsafe``), and when they narrow one of
  its hidden small counts or hours beyond what its release allows, those merged figures are
  hidden too and the engine runs again (hidden figures only grow, so this ends). The true
  tables decide the merged figures' values, classes and episodes: a merged count no station
  hid can still be small or of few episodes (hidden by primary suppression), and the engine's
  secondary suppression and audit protect the merged tables' own hidden cells.
- **Per-agency tables**: each station's own published release, with any published count below
  the region's threshold hidden (and its hours). Nothing is re-derived from true tables, so
  they tell nothing the station has not published.

So a station's true tables are read here and nowhere else; nothing here is returned but the
published values (hidden ones are None).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from peerdesk import __version__
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.region import Truth, regional_layout
from peerdesk.domain.stats import (
    MIN_EPISODES,
    Kind,
    Layout,
    Release,
    count_sums,
    hours_of,
    published_interval,
    small_sum_parts,
)
from peerdesk.services.stats.disclosure import Auditor, LinearSystem
from peerdesk.services.stats.engine import Classes, ReleaseReport, protect, release_system
from peerdesk.storage.stats_repo import Tally

GENERATED_BY = f"PeerDesk {__version__} (region)"


@dataclass(frozen=True)
class StationFigures:
    """One contributing station: its own published release and its true tables."""

    station_id: str
    release: Release
    truths: Mapping[str, Truth]


@dataclass(frozen=True)
class RegionalRelease:
    """One frozen regional release of a quarter (``seq`` 1; corrections 2, 3, ...)."""

    quarter: str
    seq: int
    merged: Release
    agencies: Mapping[str, Release]
    threshold: int
    training: bool

    @property
    def stations(self) -> tuple[str, ...]:
        return tuple(sorted(self.agencies))

    @property
    def correction(self) -> bool:
        return self.seq > 1

    def to_json(self) -> str:
        return json.dumps({
            "quarter": self.quarter, "seq": self.seq, "threshold": self.threshold,
            "training": self.training, "merged": json.loads(self.merged.to_json()),
            "agencies": {s: json.loads(r.to_json()) for s, r in sorted(self.agencies.items())},
        }, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, frozen_at: str | None = None) -> RegionalRelease:
        data = json.loads(text)
        return cls(str(data["quarter"]), int(data["seq"]),
                   Release.from_json(json.dumps(data["merged"]), frozen_at),
                   {str(s): Release.from_json(json.dumps(r), frozen_at)
                    for s, r in data["agencies"].items()},
                   int(data["threshold"]), bool(data["training"]))


def regional_period(quarter: str, seq: int) -> str:
    """The merged tables' period in the audit's system (unique per release)."""
    return f"{quarter}/region-{seq}"


def _count_of(layout: Layout, variable: str) -> str:
    return layout.shown_with(variable) or variable


def _true_count(truths: Mapping[str, Truth], variable: str) -> int:
    return truths[variable].count if variable in truths else 0


def merged_tallies(layout: Layout, stations: Sequence[StationFigures],
                   forced: set[str]) -> dict[str, Tally]:
    """The sums of the stations' true tables; a ``forced`` count goes in with one episode, which
    primary suppression always hides (its class stays what its count makes it)."""
    tallies: dict[str, Tally] = {}
    for v in layout.variables:
        if layout.kind(v) is not Kind.COUNT:
            continue
        count = episodes = minutes = 0
        for s in stations:
            truth = s.truths.get(v)
            if truth is not None:
                count += truth.count
                episodes += truth.episodes
                minutes += truth.minutes
        if count:
            tallies[v] = Tally(count, 1 if v in forced else min(episodes, MIN_EPISODES),
                               minutes)
    return tallies


def _small(station: StationFigures, limit: int) -> frozenset[str]:
    release = station.release
    return frozenset(v for v in release.layout.variables if release.values[v] is None
                     and release.layout.kind(v) is Kind.COUNT
                     and 0 < _true_count(station.truths, v) < limit)


def _classes(station: StationFigures, limit: int) -> Classes:
    """The station's classes as its engine gave them: its small hidden counts, and the parts
    of its small sums (hidden with them, zeros included)."""
    small = _small(station, limit)
    layout = station.release.layout
    counts = {v: _true_count(station.truths, v) for v in layout.variables
              if layout.kind(v) is Kind.COUNT}
    under = frozenset(v for v in small_sum_parts(layout, small, counts)
                      if station.release.values[v] is None)
    return Classes(small, limit, under)


def revealed_by(station: StationFigures, published: set[str]) -> set[str]:
    """The station's variables whose exact value a merged table publishing ``published`` (count
    variables) would give a reader who knows every other station's part: the ones it hid, or
    all of them when it rounded."""
    release = station.release
    layout = release.layout
    out = set()
    for v in layout.variables:
        count = _count_of(layout, v)
        if count in published and (release.values[v] is None or release.rounding):
            out.add(v)
    return out


def exposure_safe(station: StationFigures, revealed: set[str], limit: int,
                  auditor: Auditor) -> bool:
    """Whether the station's hidden small counts and hidden hours keep, with ``revealed`` known
    exactly, what its own release leaves them (or the rule)."""
    classes = _classes(station, limit)
    if classes.watched & revealed:
        return False
    release = dataclasses.replace(station.release, period=station.station_id)
    layout = release.layout
    base = release_system([release], {release.period: classes})
    bounds = dict(base.bounds)
    for v in revealed:
        name = f"{release.period}|{v}"
        if layout.kind(v) is Kind.HOURS:
            source = _count_of(layout, v)
            minutes = station.truths[source].minutes if source in station.truths else 0
            bounds[name] = published_interval(hours_of(minutes), Kind.HOURS, 0, limit)
        else:
            count = float(_true_count(station.truths, v))
            bounds[name] = (count, count)
    system = LinearSystem(bounds, base.relations, base.integer)
    watched = [v for v in layout.variables if release.values[v] is None and v not in revealed
               and (v in classes.watched or layout.kind(v) is Kind.HOURS)]
    checks = {f"{release.period}|{v}": (
        lambda lo, hi, v=v: classes.holds(v, layout.kind(v), lo, hi)) for v in watched}
    unsafe = auditor.unsafe(system, checks)
    if not unsafe:
        return True
    # A cell the station's own release already leaves that narrow is not the region's doing.
    before = auditor.intervals(base, unsafe)
    after = auditor.intervals(system, unsafe)
    return all(abs(before[n][0] - after[n][0]) < 1e-6 and abs(before[n][1] - after[n][1]) < 1e-6
               for n in unsafe)


def agency_table(release: Release, station_id: str, limit: int) -> Release:
    """A station's published release as its per-agency table: published counts below the
    region's threshold hidden, with their hours."""
    layout = release.layout
    low = {v for v in layout.variables if layout.kind(v) is Kind.COUNT
           and release.values[v] is not None and 0 < (release.values[v] or 0) < limit}
    values = {v: None if _count_of(layout, v) in low else release.values[v]
              for v in layout.variables}
    return dataclasses.replace(release, period=station_id, values=values, threshold=limit)


def regional_release(
    quarter: Quarter, seq: int, stations: Sequence[StationFigures], policy_threshold: int,
    earlier: Sequence[RegionalRelease], training: bool,
) -> tuple[RegionalRelease, ReleaseReport]:
    """The regional release ``seq`` of ``quarter`` from ``stations`` (the first release: every
    station reported so far; a correction: the stations that reported after the last one).

    Raises:
        ReleaseRefused: the engine found no safe pattern for the merged tables.
    """
    limit = max([policy_threshold, *(s.release.threshold for s in stations),
                 *(r.threshold for r in earlier)])
    layout = regional_layout([s.release for s in stations], quarter)
    period = regional_period(str(quarter), seq)
    before = [r.merged for r in earlier]
    auditor = Auditor()
    counts = [v for v in layout.variables if layout.kind(v) is Kind.COUNT]
    # A figure some station hid would give its part away to a reader who knows the others'.
    forced = {v for v in counts for s in stations
              if v in s.release.values and s.release.values[v] is None}
    # A part a station hid as zero (a part of its small sum) that is zero in every station
    # would be published as 0: it is hidden after the engine, with the whole and every other
    # part of each sum holding it hidden first, which is where a reader allows a hidden zero.
    zeros = {v for v in forced if not any(_true_count(s.truths, v) for s in stations)}
    for whole, parts in count_sums(layout):
        if zeros & set(parts):
            forced |= {whole, *parts}

    def make(values: dict[str, int | None]) -> Release:
        return Release(period, layout, limit, 0, training, GENERATED_BY, values)

    while True:
        merged, report = protect(period, layout, merged_tallies(layout, stations, forced),
                                 limit, 0, before, make)
        if zeros:
            merged = dataclasses.replace(merged, values={
                v: None if _count_of(layout, v) in zeros else value
                for v, value in merged.values.items()})
        published = {v for v in counts if merged.values[v] is not None}
        grown = set()
        for station in stations:
            revealed = revealed_by(station, published)
            if revealed and not exposure_safe(station, revealed, limit, auditor):
                grown |= {_count_of(station.release.layout, v) for v in revealed} & published
        if not grown - forced:
            break
        forced |= grown
    agencies = {s.station_id: agency_table(s.release, s.station_id, limit) for s in stations}
    return RegionalRelease(str(quarter), seq, merged, agencies, limit, training), report
