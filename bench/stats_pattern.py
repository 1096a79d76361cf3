"""How much the pattern of hidden cells tells someone who re-runs the hiding on every guess,
and what protecting against that costs.

1. Leaks: random rows of the channel table (every other table fixed), released by the engine
   itself (unrounded, threshold 5). For each release with two or three hidden channel cells,
   every guess of those cells that keeps the published total is released again; the guesses
   that give back exactly the published release are what that person is left with. Prints
   how many hidden counts were checked and how many end up known better than the rule allows
   (below 5 and fewer than 4 possible values).
2. Cost: demo quarters of 30, 60, 120 and 300 contacts (seeds 1..``--teams``) released
   exactly; prints how many were withheld (no safe set of hidden cells), and for the others
   the median number of cells hidden beyond the small ones, whether the number of contacts
   was published, and the release time.

Run: .venv/bin/python bench/stats_pattern.py [--rows 150] [--seed 1] [--teams 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")  # unlock speed is not measured here

from peerdesk.domain.errors import ReleaseRefused
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import Layout, Release
from peerdesk.domain.vocab import Channel
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats.engine import protect
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto, stats_repo
from peerdesk.storage.stats_repo import Tally

CODES = [c.value for c in Channel]
LAYOUT = Layout.for_quarter(Quarter(2026, 3), ())
SAME = ("contacts", "month/2026-07", "member_group/police", "format/one_to_one",
        "member_group_by_format/police/one_to_one", "topic/work_stress", "risk/none_observed",
        "outcome/not_recorded", "first_or_repeat/not_recorded")
SIZES = (0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20, 40)
TEAMS = (30, 60, 120, 300)
QUARTER = Quarter(2026, 3)


def released(channel: dict[str, int]) -> Release | None:
    """The channel row's release, or None where it is withheld."""
    total = sum(channel.values())
    tallies = {v: Tally(total, 3, 45 * total) for v in SAME}
    tallies.update({f"channel/{c}": Tally(n, min(n, 3)) for c, n in channel.items()})

    def make(values: dict[str, int | None]) -> Release:
        return Release("2026-Q3", LAYOUT, 5, 0, True, "bench", values)

    try:
        return protect("2026-Q3", LAYOUT, tallies, 5, 0, [], make)[0]
    except ReleaseRefused:
        return None


def leaks(rows: int, seed: int) -> tuple[int, int]:
    rng = random.Random(seed)
    checked = narrowed = 0
    for _ in range(rows):
        row = dict(zip(CODES, (rng.choice(SIZES) for _ in CODES), strict=True))
        if sum(row.values()) < 5:
            continue
        published = released(row)
        if published is None:
            continue  # withheld: nothing published
        hidden = [c for c in CODES if published.values[f"channel/{c}"] is None]
        if not hidden or len(hidden) > 3 or published.values["contacts"] is None:
            continue
        rest = sum(row[c] for c in hidden)
        possible: dict[str, set[int]] = {c: set() for c in hidden}
        for guess in itertools.product(range(rest + 1), repeat=len(hidden) - 1):
            last = rest - sum(guess)
            if last < 0:
                continue
            values = dict(row) | dict(zip(hidden, (*guess, last), strict=True))
            if getattr(released(values), "values", None) == published.values:
                for c in hidden:
                    possible[c].add(values[c])
        for c, seen in possible.items():
            checked += 1
            assert row[c] in seen
            if min(seen) < 5 and len(seen) < 4:
                narrowed += 1
    return checked, narrowed


def cost(teams: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-bench-pattern-"))
    for n in TEAMS:
        extra, primary, seconds, totals, withheld = [], [], [], 0, 0
        for seed in range(1, teams + 1):
            ws, _ = Workspace.create(folder / f"{n}-{seed}", "Bench", "granite harbour 2026",
                                     "granite harbour 2026", training=True,
                                     kdf=crypto.KdfParams.weak_for_tests())
            make_demo_contacts(ws, n, seed=seed, start=QUARTER.first_day, end=QUARTER.last_day)
            layout = Layout.for_quarter(QUARTER, ())
            tallies = stats_repo.quarter_tallies(ws.vault.conn, QUARTER, ())

            def make(values: dict[str, int | None], layout: Layout = layout) -> Release:
                return Release(str(QUARTER), layout, 5, 0, True, "bench", values)

            started = time.perf_counter()
            try:
                release, report = protect(str(QUARTER), layout, tallies, 5, 0, [], make)
            except ReleaseRefused:
                withheld += 1
                release = None
            seconds.append(time.perf_counter() - started)
            if release is not None:
                extra.append(report.secondary)
                primary.append(report.primary)
                totals += release.values["contacts"] is not None
            ws.lock()
        print(json.dumps({"metric": "extra_hidden_cells", "contacts": n, "teams": teams,
                          "withheld": withheld, "total_published": totals,
                          "median_extra": statistics.median(extra) if extra else None,
                          "extra": extra,
                          "median_primary": statistics.median(primary) if primary else None,
                          "median_release_s": round(statistics.median(seconds), 3),
                          "max_release_s": round(max(seconds), 3)}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--teams", type=int, default=3)
    args = parser.parse_args()
    checked, narrowed = leaks(args.rows, args.seed)
    print(json.dumps({"metric": "pattern_narrowed", "hidden_counts": checked,
                      "narrowed_below_rule": narrowed, "rows": args.rows, "seed": args.seed}),
          flush=True)
    if args.teams:
        cost(args.teams)


if __name__ == "__main__":
    sys.exit(main())
