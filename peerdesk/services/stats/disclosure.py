"""The attacker's program: how far can each hidden cell be narrowed?

For every hidden cell the audit solves two programs with scipy's HiGHS: the lowest and the
highest value the cell can take while every published cell keeps what its published value
says (``domain.stats.published_interval``: exact, or its rounding band, a non-zero count at
least the threshold), every hidden count is one or more (``domain.stats.hidden_interval``),
every relation of ``domain.stats.Layout.relations`` holds, and every count is a whole number
(a mixed-integer program: hours are continuous). Earlier frozen releases enter the same
system with their own variables.

Quarters are disjoint sets of contacts (a contact logged late for a frozen quarter counts in
the next open one), so no relation links two quarters' true values; an annual summary is
linked to the quarters it sums (``engine.release_system``). The system is therefore nearly
block-diagonal; the audit splits it into connected components and solves only those holding
a cell it is asked about, which is what keeps it fast. Results are cached per component.

Each end is first bounded by the linear relaxation (which tells an unbounded end for certain),
then settled by the integer program.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from peerdesk.domain.stats import Relation

INF = math.inf


@dataclass(frozen=True)
class LinearSystem:
    """Variables with bounds (exact knowledge is lo == hi) and relations between them;
    ``integer`` names the whole-number variables (counts)."""

    bounds: Mapping[str, tuple[float, float]]
    relations: tuple[Relation, ...]
    integer: frozenset[str] = field(default=frozenset())


def components(
    system: LinearSystem, free: set[str]
) -> list[tuple[list[str], list[Relation]]]:
    """Connected groups of non-exact variables, with the relations that touch them."""
    parent = {v: v for v in free}

    def find(v: str) -> str:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    touching: list[tuple[Relation, list[str]]] = []
    for relation in system.relations:
        names = [v for v in relation.variables if v in free]
        if not names:
            continue
        touching.append((relation, names))
        root = find(names[0])
        for other in names[1:]:
            parent[find(other)] = root
    groups: dict[str, tuple[list[str], list[Relation]]] = {}
    for v in sorted(free):
        groups.setdefault(find(v), ([], []))[0].append(v)
    for relation, names in touching:
        groups[find(names[0])][1].append(relation)
    return list(groups.values())


class Auditor:
    """Computes hidden cells' intervals, caching components between calls."""

    def __init__(self) -> None:
        self._cache: dict[tuple[frozenset[str], tuple[tuple[str, float, float], ...]],
                          dict[str, tuple[float, float]]] = {}
        self.programs_solved = 0

    def intervals(
        self, system: LinearSystem, targets: Iterable[str]
    ) -> dict[str, tuple[float, float]]:
        """Lowest and highest feasible value of each target variable."""
        wanted = set(targets)
        free = {v for v, (lo, hi) in system.bounds.items() if lo != hi}
        result: dict[str, tuple[float, float]] = {}
        for names, relations in components(system, free):
            mine = [v for v in names if v in wanted]
            if not mine:
                continue
            key = (frozenset(names),
                   tuple((v, *system.bounds[v]) for v in sorted(names)))
            cached = self._cache.setdefault(key, {})
            missing = [v for v in mine if v not in cached]
            if missing:
                cached.update(self._solve(system, names, relations, missing))
            result.update({v: cached[v] for v in mine})
        return result

    def _solve(
        self, system: LinearSystem, names: list[str], relations: list[Relation],
        targets: list[str],
    ) -> dict[str, tuple[float, float]]:
        # scipy.optimize takes ~0.35 s to import: load it when a program is first solved, not
        # when the app starts (the statistics page imports this module).
        from scipy.optimize import Bounds, LinearConstraint, linprog, milp  # noqa: PLC0415
        from scipy.sparse import csr_array  # noqa: PLC0415

        index = {v: i for i, v in enumerate(names)}
        n = len(names)
        a_ub: list[np.ndarray] = []
        a_eq: list[np.ndarray] = []
        b_ub: list[float] = []
        b_eq: list[float] = []
        for relation in relations:
            row = np.zeros(n)
            rhs = relation.rhs
            for v, coef in relation.terms:
                if v in index:
                    row[index[v]] += coef
                else:  # an exactly known value
                    rhs -= coef * system.bounds[v][0]
            (a_eq if relation.equal else a_ub).append(row)
            (b_eq if relation.equal else b_ub).append(rhs)
        lows = np.array([system.bounds[v][0] for v in names])
        highs = np.array([system.bounds[v][1] for v in names])
        rows = a_eq + a_ub
        constraints = [LinearConstraint(
            csr_array(np.array(rows)), np.array(b_eq + [-INF] * len(b_ub)),
            np.array(b_eq + b_ub))] if rows else []
        integrality = np.array([1 if v in system.integer else 0 for v in names])
        lp = {
            "A_ub": np.array(a_ub) if a_ub else None, "b_ub": np.array(b_ub) if a_ub else None,
            "A_eq": np.array(a_eq) if a_eq else None, "b_eq": np.array(b_eq) if a_eq else None,
            "bounds": [(lo, None if hi == INF else hi) for lo, hi in zip(lows, highs,
                                                                         strict=True)],
            "method": "highs",
        }
        out: dict[str, tuple[float, float]] = {}
        for v in targets:
            c = np.zeros(n)
            c[index[v]] = 1.0
            ends = []
            for sign in (1.0, -1.0):
                self.programs_solved += 1
                # The relaxation first: it tells an unbounded end for certain (HiGHS' integer
                # solver may report a finite "optimum" for an unbounded program).
                relaxed = linprog(sign * c, **lp)
                if relaxed.status == 3:
                    ends.append(-INF if sign > 0 else INF)
                    continue
                if relaxed.status != 0:
                    raise RuntimeError(f"disclosure audit: solver status {relaxed.status}")
                if not integrality.any():
                    ends.append(float(sign * relaxed.fun))
                    continue
                res = milp(sign * c, integrality=integrality, bounds=Bounds(lows, highs),
                           constraints=constraints)
                if res.status != 0:
                    raise RuntimeError(f"disclosure audit: solver status {res.status}")
                ends.append(float(sign * res.fun))
            out[v] = (ends[0], ends[1])
        return out
