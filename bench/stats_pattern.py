"""How much the pattern of hidden cells tells someone who re-runs the hiding on every guess.

Random rows of the channel table (every other table fixed), released by the engine itself
(unrounded, threshold 5). For each release with two or three hidden channel cells, every
guess of those cells that keeps the published total is released again; the guesses that give
back exactly the published release are what that person is left with. Prints one JSON line:
how many hidden counts were checked, and how many of them end up with fewer than 4 possible
values while below 5 (the rule the audit holds against a reader who does not re-run it).

Run: .venv/bin/python bench/stats_pattern.py [--rows 150] [--seed 1]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys

from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import Layout, Release
from peerdesk.domain.vocab import Channel
from peerdesk.services.stats.engine import protect
from peerdesk.storage.stats_repo import Tally

CODES = [c.value for c in Channel]
LAYOUT = Layout.for_quarter(Quarter(2026, 3), ())
SAME = ("contacts", "month/2026-07", "member_group/police", "format/one_to_one",
        "member_group_by_format/police/one_to_one", "topic/work_stress", "risk/none_observed")
SIZES = (0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20, 40)


def released(channel: dict[str, int]) -> Release:
    total = sum(channel.values())
    tallies = {v: Tally(total, 3, 45 * total) for v in SAME}
    tallies.update({f"channel/{c}": Tally(n, min(n, 3)) for c, n in channel.items()})

    def make(values: dict[str, int | None]) -> Release:
        return Release("2026-Q3", LAYOUT, 5, 0, True, "bench", values)

    return protect("2026-Q3", LAYOUT, tallies, 5, 0, [], make)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    checked = narrowed = 0
    for _ in range(args.rows):
        row = dict(zip(CODES, (rng.choice(SIZES) for _ in CODES), strict=True))
        if sum(row.values()) < 5:
            continue
        published = released(row)
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
            if released(values).values == published.values:
                for c in hidden:
                    possible[c].add(values[c])
        for c, seen in possible.items():
            checked += 1
            assert row[c] in seen
            if min(seen) < 5 and len(seen) < 4:
                narrowed += 1
    print(json.dumps({"metric": "pattern_narrowed", "hidden_counts": checked,
                      "narrowed_below_rule": narrowed, "rows": args.rows, "seed": args.seed}))


if __name__ == "__main__":
    sys.exit(main())
