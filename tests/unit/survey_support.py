"""Shared set-up for the survey tests: K6 answers with a chosen total, a whole wave run."""

from __future__ import annotations

from peerdesk.domain.surveys import WaveKind
from peerdesk.services import surveys
from peerdesk.services.workspace import Workspace

K6_ITEMS = ("nervous", "hopeless", "restless", "nothing_cheers", "effort", "worthless")


def k6_with_total(total: int) -> dict[str, dict[str, int | None]]:
    """K6 answers (0-4 each, the first items filled first) summing to ``total``."""
    values, left = [], total
    for _ in K6_ITEMS:
        values.append(min(4, left))
        left -= values[-1]
    assert left == 0
    return {"k6": dict(zip(K6_ITEMS, values, strict=True))}


def run_wave(ws: Workspace, cohort_id: int, kind: WaveKind,
             totals: list[int], codes: list[str | None] | None = None) -> None:
    """Open the wave, submit one K6 answer set per total (with its code), close the wave."""
    surveys.open_wave(ws, cohort_id, kind)
    for i, total in enumerate(totals):
        surveys.submit(ws, cohort_id, k6_with_total(total), codes[i] if codes else None)
    surveys.close_wave(ws, cohort_id, kind)
