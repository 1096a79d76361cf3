"""An independent privacy attacker for the statistics tests.

It reads published CSVs only (never the engine's data structures or its audit code) and knows
what a reader of PeerDesk's source knows (ARCHITECTURE section 6):

- tables add up to their totals, margins repeat the one-way tables, a contact has one or more
  topics and at most one referral of each type, imminent danger needs a crisis-line, medical
  or clinician referral, every contact ticked an item or did not;
- a contact lasts 1 to 1440 minutes, hours are minutes / 60 published to the whole hour;
- a published zero is zero, and nothing hides a zero: a hidden count is one or more, except
  (rules 4 on) a part of a sum whose whole is hidden and every part hidden or zero, which may
  be zero (the parts of a small sum are hidden with it, zeros included), and so may a hidden
  figure of an annual summary (a sum of its quarters');
- a published non-zero count is at least the threshold its release states;
- rounding to base 5 moves a value by at most 4 (so a rounded ``r`` is ``r - 4 .. r + 4``,
  and at least the threshold); rounded hours are rounded whole hours;
- an annual summary (``_meta`` row ``quarters``) sums its quarters: each of its figures is the
  sum of the quarters' figures;
- counts are whole numbers: every bound comes from ``scipy.optimize.milp``;
- the incident tables (releases that have them): contacts by outcome and by first or repeat
  add up to the contacts; incidents and the personnel they involved add up by kind, and an
  incident involves 1 to 5000 personnel (personnel and attendees are magnitudes like hours:
  published to the whole unit, hidden with their row's count); the personnel of the reach
  table are those of the incidents table, and reach within 72 hours <= within 7 days <=
  involved; group interventions and their attendees add up by format, each intervention has
  2 to 500 attendees; response and follow-up sessions and their hours add up, a session
  lasts 1 to 1440 minutes, the sessions are contacts or group interventions of the quarter
  (at most their sum) and their hours at most the contacts' hours and 24 per intervention.

It then reports, for every hidden count, its lowest and highest possible value, and for every
hidden hours cell the same, so that tests can hold them to the rules (a hidden count either
lies wholly at or above the threshold or keeps at least threshold - 1 possible values, at the
largest threshold stated so far, or an annual summary's own; no hidden quarterly hours cell is
estimable within 25 %) and check them against the vault's true values.
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import csr_array

ADDITIVE = ("contacts_by_month", "contacts_by_member_group", "contacts_by_format",
            "contacts_by_channel", "contacts_by_risk", "referrals_by_type", "support_hours")
# Tables of contacts only releases with the incident tables have.
ADDITIVE_CONTACTS = ("contacts_by_outcome", "contacts_by_first_or_repeat")
# Hours and the other magnitudes (personnel involved, attendees), by (table, column); the
# reach table's first row repeats the personnel involved.
MAGNITUDES = {("support_hours", "hours"), ("incident_hours", "hours"),
              ("incidents_by_kind", "personnel"), ("group_interventions", "attendees")}


def is_magnitude(key: Key) -> bool:
    """Hours, personnel involved or attendees: published to the whole unit, hidden with the
    count of the same row, held to the p%-rule."""
    return (key[0], key[2]) in MAGNITUDES or key[:2] == ("incident_reach", "involved")
Key = tuple[str, str, str]


def parse(data: bytes) -> tuple[dict[str, str], dict[Key, int | None], str]:
    """(_meta, cells, period) of one CSV."""
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert rows, "empty CSV"
    meta = {r["row"]: r["value"] for r in rows if r["table"] == "_meta"}
    cells: dict[Key, int | None] = {}
    for r in rows:
        if r["table"] == "_meta":
            continue
        assert r["status"] in ("published", "suppressed")
        assert (r["value"] == "") == (r["status"] == "suppressed")
        cells[(r["table"], r["row"], r["column"])] = None if r["value"] == "" else int(r["value"])
    return meta, cells, rows[0]["quarter"]


@dataclass(frozen=True)
class Hidden:
    """A hidden cell the attacker bounds, and the threshold it is held to."""

    period: str
    key: Key
    name: str
    hours: bool
    threshold: int
    summed: bool = False  # a cell of an annual summary linked to its quarters


def count_rule_holds(lo: float, hi: float, k: int) -> bool:
    """Wholly at or above k, or at least k - 1 whole numbers possible."""
    if lo >= k - 1e-6 or hi == math.inf:
        return True
    return math.floor(hi + 1e-6) - math.ceil(lo - 1e-6) + 1 >= k - 1


def p_rule_holds(lo: float, hi: float, p: float = 0.25) -> bool:
    """No estimate e is within p of every possible value: hi / lo > (1 + p) / (1 - p)."""
    return hi == math.inf or lo <= 0 or hi > lo * (1 + p) / (1 - p)


class Attacker:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.index: dict[str, int] = {}
        self.bounds: list[tuple[float, float]] = []
        self.whole: list[bool] = []
        self.eq: list[tuple[dict[int, float], float]] = []
        self.ub: list[tuple[dict[int, float], float]] = []
        self.hidden: list[Hidden] = []
        self.releases: dict[str, tuple[dict[str, str], dict[Key, int]]] = {}
        self.largest_k = 0
        self.sums: list[tuple[int, list[int]]] = []  # (whole, parts) of the release being read

    def var(self, name: str, whole: bool) -> int:
        if name not in self.index:
            self.index[name] = len(self.names)
            self.names.append(name)
            self.bounds.append((0.0, math.inf))
            self.whole.append(whole)
        return self.index[name]

    def add_release(self, data: bytes) -> dict[Key, int]:
        """Adds one CSV (in the order they were released); returns each cell's variable.

        A quarter's hidden counts are held to the largest threshold of it and every release
        added before it; an annual summary's to the threshold it states.
        """
        meta, cells, period = parse(data)
        k = int(meta["threshold"])
        rounding = int(meta.get("rounding", "0"))
        quarters = meta.get("quarters", "").split()
        self.largest_k = max(self.largest_k, k)
        held = k if quarters else self.largest_k
        summed = bool(quarters) and all(q in self.releases for q in quarters)
        exact_sums = summed and not rounding and all(
            int(self.releases[q][0].get("rounding", "0")) == 0 for q in quarters)
        ids: dict[Key, int] = {}
        for key, value in cells.items():
            hours = is_magnitude(key)
            i = self.var(f"{period}|{'/'.join(key)}", whole=not hours)
            ids[key] = i
            if value is None:
                self.hidden.append(Hidden(period, key, self.names[i], hours, held, summed))
                # A summary's hidden figure sums its quarters' (rules 4: maybe hidden zeros).
                may_be_zero = hours or (summed and int(meta.get("rules", "3")) >= 4)
                self.bounds[i] = (0.0 if may_be_zero else 1.0, math.inf)
            elif summed and not exact_sums:
                pass  # a sum of rounded figures says nothing the quarters did not
            elif hours:
                self.bounds[i] = self._hours(value, rounding)
            elif rounding and value > 0:
                self.bounds[i] = (max(float(k), value - rounding + 1.0),
                                  float(value + rounding - 1))
            else:
                self.bounds[i] = (float(value), float(value))
        if summed:
            for key, i in ids.items():
                parts = {self.releases[q][1][key]: 1.0 for q in quarters
                         if key in self.releases[q][1]}
                parts[i] = -1.0
                self.eq.append((parts, 0.0))
        self.sums = []
        self._relations(cells, ids)
        if int(meta.get("rules", "3")) >= 4:
            hidden_ids = {ids[key] for key, value in cells.items() if value is None}
            zero_ids = {ids[key] for key, value in cells.items() if value == 0}
            for whole, parts in self.sums:
                if whole in hidden_ids and (hidden_ids | zero_ids).issuperset(parts):
                    for i in parts:
                        self.bounds[i] = (0.0, self.bounds[i][1])
        self.releases[period] = (meta, ids)
        return ids

    @staticmethod
    def _hours(value: int, rounding: int) -> tuple[float, float]:
        if rounding and value > 0:
            return max(0.5, value - rounding + 0.5), value + rounding - 0.5
        return max(0.0, value - 0.5), value + 0.5

    def _relations(self, cells: dict[Key, int | None], ids: dict[Key, int]) -> None:
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
            self._sum(parts)
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
            self._sum({ids[("checklist_completion", r, "ticked")]: 1.0,
                       ids[("checklist_completion", r, "not_ticked")]: 1.0,
                       ids[("checklist_completion", r, "Total")]: -1.0})
            same(ids[("checklist_completion", r, "Total")], total)
        # Total hours: every contact lasts 1-1440 minutes.
        hours = ids[("support_hours", "Total", "hours")]
        self.ub.append(({total: 1 / 60, hours: -1.0}, 0.0))
        self.ub.append(({hours: 1.0, total: -24.0}, 0.0))
        if "incidents_by_kind" in by_table:
            self._incidents(by_table, ids, same)

    def _column_sum(self, ids: dict[Key, int], table: str, rows: list[str], column: str) -> None:
        parts = {ids[(table, r, column)]: 1.0 for r in rows if r != "Total"}
        parts[ids[(table, "Total", column)]] = -1.0
        self._sum(parts)

    def _within(self, low: float, count: int, amount: int, high: float) -> None:
        """low * count <= amount <= high * count."""
        self.ub.append(({count: low, amount: -1.0}, 0.0))
        self.ub.append(({amount: 1.0, count: -high}, 0.0))

    def _incidents(self, by_table: dict[str, list[tuple[str, str]]], ids: dict[Key, int],
                   same: Callable[[int, int], None]) -> None:
        total = ids[("contacts_by_month", "Total", "contacts")]
        for table in ADDITIVE_CONTACTS:
            self._column_sum(ids, table, [r for r, _ in by_table[table]], "contacts")
            same(ids[(table, "Total", "contacts")], total)
        tables = {
            "incidents_by_kind": ("incidents", "personnel", 1.0, 5000.0),
            "group_interventions": ("interventions", "attendees", 2.0, 500.0),
            "incident_hours": ("sessions", "hours", 1 / 60, 24.0),
        }
        for table, (count, amount, low, high) in tables.items():
            rows = list(dict.fromkeys(r for r, _ in by_table[table]))
            self._column_sum(ids, table, rows, count)
            self._column_sum(ids, table, rows, amount)
            for r in rows:
                self._within(low, ids[(table, r, count)], ids[(table, r, amount)], high)
        personnel = ids[("incidents_by_kind", "Total", "personnel")]
        same(ids[("incident_reach", "involved", "personnel")], personnel)
        in_72 = ids[("incident_reach", "within_72_hours", "personnel")]
        in_7 = ids[("incident_reach", "within_7_days", "personnel")]
        self.ub.append(({in_72: 1.0, in_7: -1.0}, 0.0))
        self.ub.append(({in_7: 1.0, personnel: -1.0}, 0.0))
        sessions = ids[("incident_hours", "Total", "sessions")]
        interventions = ids[("group_interventions", "Total", "interventions")]
        self.ub.append(({sessions: 1.0, total: -1.0, interventions: -1.0}, 0.0))
        self.ub.append(({ids[("incident_hours", "Total", "hours")]: 1.0,
                         ids[("support_hours", "Total", "hours")]: -1.0,
                         interventions: -24.0}, 0.0))

    def _two_way(self, two: list[tuple[str, str]], ids: dict[Key, int],
                 same: Callable[[int, int], None]) -> None:
        rows = sorted({r for r, _ in two if r != "Total"})
        cols = sorted({c for _, c in two if c != "Total"})
        for r in [*rows, "Total"]:
            parts = {ids[("member_group_by_format", r, c)]: 1.0 for c in cols}
            parts[ids[("member_group_by_format", r, "Total")]] = -1.0
            self._sum(parts)
        for c in [*cols, "Total"]:
            parts = {ids[("member_group_by_format", r, c)]: 1.0 for r in rows}
            parts[ids[("member_group_by_format", "Total", c)]] = -1.0
            self._sum(parts)
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

    def _sum(self, terms: dict[int, float]) -> None:
        """``whole = sum(parts)`` (the whole has coefficient -1), kept as a sum for the rule
        on hidden zeros."""
        self.eq.append((terms, 0.0))
        whole = next(i for i, c in terms.items() if c == -1.0)
        self.sums.append((whole, [i for i, c in terms.items() if c == 1.0]))

    def add_equation(self, parts: dict[int, float], rhs: float) -> None:
        self.eq.append((parts, rhs))

    # ------------------------------------------------------------------ solving

    def _groups(self) -> list[list[int]]:
        """Variables linked by some relation, each group solved on its own."""
        parent = list(range(len(self.names)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        fixed = self._fixed()
        for parts, _ in self.eq + self.ub:
            first, *rest = [i for i in parts if i not in fixed] or [None]
            for other in rest:
                parent[root(other)] = root(first)
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.names)):
            if i not in fixed:
                groups[root(i)].append(i)
        return list(groups.values())

    def _fixed(self) -> set[int]:
        """Variables known exactly: they are numbers, not unknowns."""
        return {i for i, (lo, hi) in enumerate(self.bounds) if lo == hi}

    def intervals(self, exact: bool = True) -> dict[str, tuple[float, float]]:
        """Lowest and highest possible value of every hidden cell (whole counts).

        ``exact=False`` saves time: the highest value is then the linear relaxation's (still
        a true upper bound) wherever that already settles the cell's rule.
        """
        wanted = {h.name: h for h in self.hidden}
        out: dict[str, tuple[float, float]] = {}
        for group in self._groups():
            targets = [i for i in group if self.names[i] in wanted]
            if targets:
                out.update(self._solve(group, targets, None if exact else wanted))
        return out

    @staticmethod
    def _rule(hidden: Hidden, lo: float, hi: float) -> bool:
        """The rule a hidden cell is held to. An annual summary's hidden hours are sums of
        quarterly hours that each quarter holds to the p%-rule; the sum is not held again."""
        if hidden.hours:
            return hidden.summed or p_rule_holds(lo, hi)
        return count_rule_holds(lo, hi, hidden.threshold)

    def _solve(self, group: list[int], targets: list[int],
               rules: dict[str, Hidden] | None) -> dict[str, tuple[float, float]]:
        local = {g: j for j, g in enumerate(group)}
        n = len(group)

        def matrix(rows: list[tuple[dict[int, float], float]]) -> tuple[np.ndarray, np.ndarray]:
            mine = [(p, rhs) for p, rhs in rows if any(i in local for i in p)]
            a = np.zeros((len(mine), n))
            b = np.zeros(len(mine))
            for j, (parts, rhs) in enumerate(mine):
                b[j] = rhs
                for i, coef in parts.items():
                    if i in local:
                        a[j, local[i]] += coef
                    else:  # known exactly
                        b[j] -= coef * self.bounds[i][0]
            return a, b

        a_eq, b_eq = matrix(self.eq)
        a_ub, b_ub = matrix(self.ub)
        lows = np.array([self.bounds[g][0] for g in group])
        highs = np.array([self.bounds[g][1] for g in group])
        whole = np.array([1 if self.whole[g] else 0 for g in group])
        constraints = []
        if len(b_eq) + len(b_ub):
            constraints.append(LinearConstraint(
                csr_array(np.vstack([a_eq, a_ub])),
                np.concatenate([b_eq, np.full(len(b_ub), -np.inf)]),
                np.concatenate([b_eq, b_ub])))
        out = {}
        bounds = Bounds(lows, highs)
        for t in targets:
            c = np.zeros(n)
            c[local[t]] = 1.0
            name = self.names[t]
            # Every variable is at least 0, so the lowest value exists.
            res = milp(c, integrality=whole, bounds=bounds, constraints=constraints)
            assert res.status == 0, (name, res.message)
            lo = float(res.fun)
            # The relaxation tells an unbounded end for certain.
            relaxed = linprog(-c, A_ub=a_ub if len(b_ub) else None,
                              b_ub=b_ub if len(b_ub) else None,
                              A_eq=a_eq if len(b_eq) else None,
                              b_eq=b_eq if len(b_eq) else None,
                              bounds=list(zip(lows, [None if h == math.inf else h
                                                     for h in highs], strict=True)),
                              method="highs")
            assert relaxed.status in (0, 3), (name, relaxed.message)
            hi = math.inf if relaxed.status == 3 else float(-relaxed.fun)
            settled = rules is not None and (
                self._rule(rules[name], lo, lo) or not self._rule(rules[name], lo, hi))
            if hi != math.inf and not settled:
                res = milp(-c, integrality=whole, bounds=bounds, constraints=constraints)
                assert res.status == 0, (name, res.message)
                hi = float(-res.fun)
            out[name] = (lo, hi)
        return out

    def narrowest(self) -> list[tuple[str, float, float, int]]:
        """(name, lowest, highest, threshold) of every hidden count the rule does not hold
        for, and of every hidden hours cell the p%-rule does not hold for (threshold 0)."""
        bounds = self.intervals(exact=False)
        found = []
        for h in self.hidden:
            lo, hi = bounds[h.name]
            if not self._rule(h, lo, hi):
                found.append((h.name, lo, hi, 0 if h.hours else h.threshold))
        return found
