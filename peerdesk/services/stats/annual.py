"""The annual summary as a release of its own.

An annual summary is made from the year's released quarters only, never from contacts: each
figure is the sum of the published quarterly figures, and a figure hidden in any quarter is
hidden in the year. So it can tell nothing that the quarters have not already told, and it
never changes once those quarters are released.

It states one threshold and one rounding — the largest of its quarters' — and holds to them
like any quarter: a sum between 1 and the threshold minus one is hidden, more figures are
hidden until the disclosure audit passes for the year together with every released quarter,
and when it states rounding every figure is rounded again (a sum of exact and rounded
quarters is not rounded). This module is the one place the annual uses the release engine.
"""

from __future__ import annotations

from collections.abc import Sequence

from peerdesk.domain.stats import MIN_EPISODES, Kind, Release, annual
from peerdesk.services.stats.engine import protect
from peerdesk.storage.stats_repo import Tally


def _tallies(summed: Release) -> dict[str, Tally]:
    """The sums as the engine's input. A figure hidden in a quarter is unknown here: it goes
    in as a small count of one episode, which primary suppression always hides. A published
    sum already met the episode rule in each quarter it comes from. Hours ride on the count
    they are shown with, as minutes, the way the engine reads them."""
    layout = summed.layout
    tallies: dict[str, Tally] = {}
    for variable in layout.variables:
        if layout.kind(variable) is Kind.HOURS:
            continue
        value = summed.values[variable]
        tallies[variable] = Tally(1, 1) if value is None else Tally(
            value, MIN_EPISODES if value else 0)
    for variable in layout.variables:
        source = layout.shown_with(variable)
        hours = summed.values[variable]
        if source is not None and hours is not None and source in tallies:
            tallies[source] = Tally(tallies[source].count, tallies[source].episodes, hours * 60)
    return tallies


def protect_annual(
    year: int,
    quarters: Sequence[Release],
    everything: Sequence[Release],
    rounding_key: bytes,
    generated_by: str,
) -> Release:
    """The annual summary of ``year`` from its released ``quarters``, suppressed (and rounded
    when it states rounding) and audited with ``everything`` released.

    Raises:
        ReleaseRefused: no safe pattern was found.
    """
    summed = annual(quarters, year, generated_by)

    def make(values: dict[str, int | None]) -> Release:
        return Release(summed.period, summed.layout, summed.threshold, summed.rounding,
                       summed.training, generated_by, values, quarters=summed.quarters)

    release, _ = protect(summed.period, summed.layout, _tallies(summed), summed.threshold,
                         summed.rounding, list(everything), make, rounding_key)
    return release
