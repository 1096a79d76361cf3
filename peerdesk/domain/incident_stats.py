"""Figures derived from a release's incident tables (ARCHITECTURE section 6).

A percentage is worked out from two published figures only, so it tells nothing the release has
not told; it is given only where its denominator (the personnel involved) is published and at
least the release's threshold, so that no percentage is taken of a small or hidden number.
"""

from __future__ import annotations

from peerdesk.domain.stats import Release

REACH_VARIABLES = {"within_72_hours": "reach/72_hours", "within_7_days": "reach/7_days"}


def reach_percent(release: Release, row: str) -> int | None:
    """The whole percentage of the personnel involved reached in ``row``'s window
    (``within_72_hours`` or ``within_7_days``), or None when the release has no incident
    tables, the count is hidden, or the personnel involved are hidden or below the threshold.
    """
    variable = REACH_VARIABLES[row]
    if variable not in release.values:
        return None
    involved, reached = release.values["personnel"], release.values[variable]
    if involved is None or reached is None or involved < max(release.threshold, 1):
        return None
    # Rounded figures can put reach above the personnel involved: never past 100 %.
    return min(100, (100 * reached + involved // 2) // involved)


def reach_percents(release: Release) -> dict[str, int | None]:
    """:func:`reach_percent` of both windows, by row code."""
    return {row: reach_percent(release, row) for row in REACH_VARIABLES}
