"""The attacker's linear program: how far can each suppressed cell be narrowed?

For every suppressed count the audit solves two linear programs (scipy's HiGHS): the lowest
and the highest value the cell can take while every published cell keeps its published value
(or, when rounded, stays within its rounding interval), every relation of
``domain.stats.Layout.relations`` holds, and every count is non-negative. Earlier frozen
releases enter the same system with their own variables.

Quarters are disjoint sets of contacts (a contact logged late for a frozen quarter counts in
the next open one), so no relation links two quarters' true values. An annual summary is a sum
of *published* quarterly values: a function of what is already public, it adds no equation on
true values. The system is therefore block-diagonal across quarters; the audit splits it into
connected components and solves only those holding a suppressed cell of the release being
checked, which is what keeps it fast. Results are cached per component.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from peerdesk.domain.stats import Relation

INF = math.inf


@dataclass(frozen=True)
class LinearSystem:
    """Variables with bounds (exact knowledge is lo == hi) and relations between them."""

    bounds: Mapping[str, tuple[float, float]]
    relations: tuple[Relation, ...]


def _components(
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
    """Computes suppressed cells' intervals, caching components between calls."""

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
        for names, relations in _components(system, free):
            mine = [v for v in names if v in wanted]
            if not mine:
                continue
            key = (frozenset(names),
                   tuple((v, *system.bounds[v]) for v in sorted(names)))
            cached = self._cache.get(key)
            if cached is None:
                cached = self._solve(system, names, relations, mine)
                self._cache[key] = cached
            result.update({v: cached[v] for v in mine if v in cached})
            missing = [v for v in mine if v not in cached]
            if missing:
                extra = self._solve(system, names, relations, missing)
                cached.update(extra)
                result.update(extra)
        return result

    def _solve(
        self, system: LinearSystem, names: list[str], relations: list[Relation],
        targets: list[str],
    ) -> dict[str, tuple[float, float]]:
        # scipy.optimize takes ~0.35 s to import: load it when a program is first solved, not
        # when the app starts (the statistics page imports this module).
        from scipy.optimize import linprog  # noqa: PLC0415

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
        bounds = [(system.bounds[v][0], None if system.bounds[v][1] == INF
                   else system.bounds[v][1]) for v in names]
        kwargs = {
            "A_ub": np.array(a_ub) if a_ub else None, "b_ub": np.array(b_ub) if b_ub else None,
            "A_eq": np.array(a_eq) if a_eq else None, "b_eq": np.array(b_eq) if b_eq else None,
            "bounds": bounds, "method": "highs",
        }
        out: dict[str, tuple[float, float]] = {}
        for v in targets:
            c = np.zeros(n)
            c[index[v]] = 1.0
            ends = []
            for sign in (1.0, -1.0):
                self.programs_solved += 1
                res = linprog(sign * c, **kwargs)
                if res.status == 3:  # unbounded
                    ends.append(-INF if sign > 0 else INF)
                elif res.status == 0:
                    ends.append(float(sign * res.fun))
                else:
                    raise RuntimeError(f"disclosure audit: solver status {res.status}")
            out[v] = (ends[0], ends[1])
        return out
