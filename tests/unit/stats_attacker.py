"""An independent privacy attacker for the statistics tests.

It reads published CSVs only (never the engine's data structures or its audit code), rebuilds
what a reader knows from DESIGN section 6 (tables add up to their totals, margins repeat the
one-way tables, multi-valued tables are bounded by the number of contacts, durations are
1–1440 minutes, imminent danger needs a crisis-line, medical or clinician referral) and asks
scipy's HiGHS for the lowest and highest value of every hidden count.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable

import numpy as np
from scipy.optimize import linprog

ADDITIVE = ("contacts_by_month", "contacts_by_member_group", "contacts_by_format",
            "contacts_by_channel", "contacts_by_risk", "referrals_by_type", "support_hours")


def parse(data: bytes) -> tuple[dict[str, str], dict[tuple[str, str, str], int | None], str]:
    """(_meta, cells, period) of one CSV."""
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert rows, "empty CSV"
    meta = {r["row"]: r["value"] for r in rows if r["table"] == "_meta"}
    cells: dict[tuple[str, str, str], int | None] = {}
    for r in rows:
        if r["table"] == "_meta":
            continue
        assert r["status"] in ("published", "suppressed")
        assert (r["value"] == "") == (r["status"] == "suppressed")
        cells[(r["table"], r["row"], r["column"])] = None if r["value"] == "" else int(r["value"])
    return meta, cells, rows[0]["quarter"]


class Attacker:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.index: dict[str, int] = {}
        self.bounds: list[tuple[float, float | None]] = []
        self.eq: list[tuple[dict[int, float], float]] = []
        self.ub: list[tuple[dict[int, float], float]] = []
        self.hidden: list[tuple[str, int]] = []  # (name, threshold)

    def var(self, name: str) -> int:
        if name not in self.index:
            self.index[name] = len(self.names)
            self.names.append(name)
            self.bounds.append((0.0, None))
        return self.index[name]

    def add_release(self, data: bytes) -> dict[tuple[str, str, str], int]:
        """Adds one CSV; returns the variable index of each of its cells."""
        meta, cells, period = parse(data)
        k = int(meta["threshold"])
        rounding = int(meta.get("rounding", "0"))
        ids: dict[tuple[str, str, str], int] = {}
        for key, value in cells.items():
            i = self.var(f"{period}|{'/'.join(key)}")
            ids[key] = i
            hours = key[0] == "support_hours"
            if value is None:
                if not hours:
                    self.hidden.append((self.names[i], k))
            elif hours:
                self.bounds[i] = (max(0.0, value - 0.5), value + 0.5)
            elif rounding and value > 0:
                self.bounds[i] = (max(1.0, value - rounding + 1), float(value + rounding - 1))
            else:
                self.bounds[i] = (float(value), float(value))
        self._relations(cells, ids)
        return ids

    def _relations(self, cells: dict[tuple[str, str, str], int | None],
                   ids: dict[tuple[str, str, str], int]) -> None:
        by_table: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for table, row, column in cells:
            by_table[table].append((row, column))
        total = ids[("contacts_by_month", "Total", "contacts")]

        def same(a: int, b: int) -> None:
            if a != b:
                self.eq.append(({a: 1.0, b: -1.0}, 0.0))

        for table in ADDITIVE:
            column = by_table[table][0][1]
            parts = {ids[(table, r, column)]: 1.0 for r, _ in by_table[table] if r != "Total"}
            parts[ids[(table, "Total", column)]] = -1.0
            self.eq.append((parts, 0.0))
            if table not in {"referrals_by_type", "support_hours"}:
                same(ids[(table, "Total", column)], total)
        self._two_way(by_table["member_group_by_format"], ids, same)
        same(ids[("member_group_by_format", "Total", "Total")], total)
        topics = [ids[("contacts_by_topic", r, "contacts")]
                  for r, _ in by_table["contacts_by_topic"] if r != "Total"]
        same(ids[("contacts_by_topic", "Total", "contacts")], total)
        for t in topics:
            self.ub.append(({t: 1.0, total: -1.0}, 0.0))
        self.ub.append(({total: 1.0, **{t: -1.0 for t in topics}}, 0.0))
        for r, _ in by_table["referrals_by_type"]:
            if r != "Total":
                self.ub.append(({ids[("referrals_by_type", r, "referrals")]: 1.0,
                                 total: -1.0}, 0.0))
        self.ub.append(({ids[("contacts_by_risk", "imminent_danger", "contacts")]: 1.0,
                         **{ids[("referrals_by_type", r, "referrals")]: -1.0
                            for r in ("crisis_line", "medical", "clinician")}}, 0.0))
        for r in {r for r, _ in by_table["checklist_completion"]}:
            self.eq.append(({ids[("checklist_completion", r, "ticked")]: 1.0,
                             ids[("checklist_completion", r, "not_ticked")]: 1.0,
                             ids[("checklist_completion", r, "Total")]: -1.0}, 0.0))
            same(ids[("checklist_completion", r, "Total")], total)

    def _two_way(self, two: list[tuple[str, str]], ids: dict[tuple[str, str, str], int],
                 same: Callable[[int, int], None]) -> None:
        rows = sorted({r for r, _ in two if r != "Total"})
        cols = sorted({c for _, c in two if c != "Total"})
        for r in [*rows, "Total"]:
            parts = {ids[("member_group_by_format", r, c)]: 1.0 for c in cols}
            parts[ids[("member_group_by_format", r, "Total")]] = -1.0
            self.eq.append((parts, 0.0))
        for c in [*cols, "Total"]:
            parts = {ids[("member_group_by_format", r, c)]: 1.0 for r in rows}
            parts[ids[("member_group_by_format", "Total", c)]] = -1.0
            self.eq.append((parts, 0.0))
        for r in rows:
            same(ids[("member_group_by_format", r, "Total")],
                 ids[("contacts_by_member_group", r, "contacts")])
        for c in cols:
            same(ids[("member_group_by_format", "Total", c)],
                 ids[("contacts_by_format", c, "contacts")])
            hours = ids[("support_hours", c, "hours")]
            count = ids[("contacts_by_format", c, "contacts")]
            self.ub.append(({count: 1 / 60, hours: -1.0}, 0.0))
            self.ub.append(({hours: 1.0, count: -24.0}, 0.0))

    def add_equation(self, parts: dict[int, float], rhs: float) -> None:
        self.eq.append((parts, rhs))

    def narrowest(self) -> list[tuple[str, float, float, int]]:
        """(name, lowest, highest, threshold) of every hidden count narrower than its
        threshold."""
        n = len(self.names)

        def matrix(rows: list[tuple[dict[int, float], float]]) -> tuple[object, object]:
            if not rows:
                return None, None
            a = np.zeros((len(rows), n))
            for j, (parts, _) in enumerate(rows):
                for i, coef in parts.items():
                    a[j, i] += coef
            return a, np.array([rhs for _, rhs in rows])

        a_eq, b_eq = matrix(self.eq)
        a_ub, b_ub = matrix(self.ub)
        found = []
        for name, k in self.hidden:
            c = np.zeros(n)
            c[self.index[name]] = 1.0
            ends = []
            for sign in (1.0, -1.0):
                res = linprog(sign * c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq,
                              bounds=self.bounds, method="highs")
                assert res.status in (0, 3), res.message
                ends.append(float("inf") * -sign if res.status == 3 else sign * res.fun)
            lo, hi = ends
            if hi - lo < k - 1e-6:
                found.append((name, lo, hi, k))
        return found
