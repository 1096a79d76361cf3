"""The independent statistics attacker (``stats_attacker.Attacker``), holding a region's files:
every station's own published CSV and every regional CSV.

It reads CSVs only, like the attacker it extends, and knows what a reader of the source knows
about a regional release (ARCHITECTURE section 14): each merged figure of release ``seq`` is
the sum of the same figure of the stations its ``_meta`` row ``stations`` names, and a station's
per-agency figures are that station's own figures (the same true values).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict

from stats_attacker import Attacker, Key


def _as_release_csv(rows: list[dict[str, str]], period: str) -> bytes:
    """Rows of one scope as the CSV of an ordinary release named ``period``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("quarter", "table", "row", "column", "value", "status"))
    for r in rows:
        writer.writerow((period, r["table"], r["row"], r["column"], r["value"], r["status"]))
    return buffer.getvalue().encode()


def renamed(data: bytes, period: str) -> bytes:
    """A station's release CSV under its own name (every station's quarter is the same)."""
    return _as_release_csv(list(csv.DictReader(io.StringIO(data.decode()))), period)


class RegionAttacker(Attacker):
    def __init__(self) -> None:
        super().__init__()
        self.stations: dict[str, dict[Key, int]] = {}

    def add_station(self, data: bytes, station_id: str) -> None:
        """A station's own published release."""
        self.stations[station_id] = self.add_release(renamed(data, station_id))

    def add_regional(self, data: bytes) -> list[str]:
        """Every release of a regional CSV; returns the merged tables' periods."""
        by_release: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(
            lambda: defaultdict(list))
        quarter = ""
        for r in csv.DictReader(io.StringIO(data.decode())):
            quarter = r["quarter"]
            by_release[r["release"]][r["scope"]].append(r)
        periods = []
        for seq, scopes in by_release.items():
            merged_rows = scopes["region"]
            meta = {r["row"]: r["value"] for r in merged_rows if r["table"] == "_meta"}
            period = f"{quarter}/region-{seq}"
            ids = self.add_release(_as_release_csv(merged_rows, period))
            periods.append(period)
            members = meta["stations"].split()
            for key, i in ids.items():
                parts = {self.stations[s][key]: 1.0 for s in members}
                parts[i] = -1.0
                self.add_equation(parts, 0.0)
            for scope, rows in scopes.items():
                if scope == "region":
                    continue
                assert scope in members
                own = self.stations[scope]
                for r in rows:
                    key = (r["table"], r["row"], r["column"])
                    if r["value"] != "":
                        # A published per-agency figure repeats the station's own figure.
                        i = own[key]
                        lo, hi = self.bounds[i]
                        value = float(r["value"])
                        assert lo - 0.5 <= value <= hi + 0.5, (scope, key, value)
        return periods
