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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

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


class _Program:
    """One component's programs, with what has been learned about each target so far."""

    def __init__(self, system: LinearSystem, names: list[str], relations: list[Relation],
                 auditor: Auditor) -> None:
        # scipy.optimize takes ~0.35 s to import: load it when a program is first solved, not
        # when the app starts (the statistics page imports this module).
        from scipy.optimize import Bounds, LinearConstraint  # noqa: PLC0415
        from scipy.sparse import csr_array  # noqa: PLC0415

        self.auditor = auditor
        self.index = {v: i for i, v in enumerate(names)}
        n = len(names)
        a_ub: list[np.ndarray] = []
        a_eq: list[np.ndarray] = []
        b_ub: list[float] = []
        b_eq: list[float] = []
        for relation in relations:
            row = np.zeros(n)
            rhs = relation.rhs
            for v, coef in relation.terms:
                if v in self.index:
                    row[self.index[v]] += coef
                else:  # an exactly known value
                    rhs -= coef * system.bounds[v][0]
            (a_eq if relation.equal else a_ub).append(row)
            (b_eq if relation.equal else b_ub).append(rhs)
        lows = np.array([system.bounds[v][0] for v in names])
        highs = np.array([system.bounds[v][1] for v in names])
        rows = a_eq + a_ub
        self.milp_args: dict[str, Any] = {
            "integrality": np.array([1 if v in system.integer else 0 for v in names]),
            "bounds": Bounds(lows, highs),
            "constraints": [LinearConstraint(
                csr_array(np.array(rows)), np.array(b_eq + [-INF] * len(b_ub)),
                np.array(b_eq + b_ub))] if rows else [],
        }
        self.lp_args: dict[str, Any] = {
            "A_ub": np.array(a_ub) if a_ub else None, "b_ub": np.array(b_ub) if a_ub else None,
            "A_eq": np.array(a_eq) if a_eq else None, "b_eq": np.array(b_eq) if a_eq else None,
            "bounds": [(lo, None if hi == INF else hi) for lo, hi in zip(lows, highs,
                                                                         strict=True)],
            "method": "highs",
        }
        self.n = n
        self.low: dict[str, float] = {}
        self.relaxed_high: dict[str, float] = {}
        self.high: dict[str, float] = {}

    def _objective(self, v: str, sign: float) -> np.ndarray:
        c = np.zeros(self.n)
        c[self.index[v]] = sign
        return c

    def _integer(self, v: str, sign: float) -> float:
        from scipy.optimize import milp  # noqa: PLC0415

        self.auditor.programs_solved += 1
        res = milp(self._objective(v, sign), **self.milp_args)
        if res.status == 4:  # HiGHS "solve error" (numerical trouble in presolve): again without
            res = milp(self._objective(v, sign), **self.milp_args, options={"presolve": False})
        if res.status != 0:
            raise RuntimeError(f"disclosure audit: solver status {res.status} {res.message}")
        return float(sign * res.fun)

    def lowest(self, v: str) -> float:
        """Every variable is at least 0, so the lowest value always exists."""
        if v not in self.low:
            self.low[v] = self._integer(v, 1.0)
        return self.low[v]

    def highest_relaxed(self, v: str) -> float:
        """The relaxation's highest value: it tells an unbounded end for certain (HiGHS'
        integer solver may report a finite "optimum" for an unbounded program)."""
        from scipy.optimize import linprog  # noqa: PLC0415

        if v not in self.relaxed_high:
            self.auditor.programs_solved += 1
            res = linprog(self._objective(v, -1.0), **self.lp_args)
            if res.status == 2 and linprog(np.zeros(self.n), **self.lp_args).status == 0:
                # HiGHS can answer "infeasible" for a feasible program it finds unbounded
                # (its presolve reports "infeasible or unbounded"): the program is feasible.
                self.relaxed_high[v] = INF
            elif res.status == 3:
                self.relaxed_high[v] = INF
            elif res.status == 0:
                self.relaxed_high[v] = float(-res.fun)
            else:
                raise RuntimeError(f"disclosure audit: solver status {res.status}")
        return self.relaxed_high[v]

    def highest(self, v: str) -> float:
        if v not in self.high:
            relaxed = self.highest_relaxed(v)
            self.high[v] = INF if relaxed == INF else self._integer(v, -1.0)
        return self.high[v]


class Auditor:
    """Computes hidden cells' intervals, or only whether they are safe, caching components
    (and what is known of their cells) between calls."""

    def __init__(self) -> None:
        self._cache: dict[tuple[frozenset[str], tuple[tuple[str, float, float], ...]],
                          _Program] = {}
        self.programs_solved = 0

    def _programs(
        self, system: LinearSystem, targets: Iterable[str]
    ) -> Iterator[tuple[_Program, list[str]]]:
        wanted = set(targets)
        free = {v for v, (lo, hi) in system.bounds.items() if lo != hi}
        for names, relations in components(system, free):
            mine = [v for v in names if v in wanted]
            if not mine:
                continue
            # The known values in the component's relations are part of its program.
            known = {v for r in relations for v in r.variables}
            key = (frozenset(names),
                   tuple((v, *system.bounds[v]) for v in sorted(known)))
            if key not in self._cache:
                self._cache[key] = _Program(system, names, relations, self)
            yield self._cache[key], mine

    def intervals(
        self, system: LinearSystem, targets: Iterable[str]
    ) -> dict[str, tuple[float, float]]:
        """Lowest and highest feasible value of each target variable (a target known exactly
        is left out)."""
        result: dict[str, tuple[float, float]] = {}
        for program, mine in self._programs(system, targets):
            result.update({v: (program.lowest(v), program.highest(v)) for v in mine})
        return result

    def unsafe(
        self, system: LinearSystem, checks: Mapping[str, Callable[[float, float], bool]],
        *, first: bool = False,
    ) -> set[str]:
        """The targets whose interval fails its check (``check(low, high)`` says safe).

        Each check must only get safer as ``high`` grows (both rules do), which lets most
        cells be settled without their highest whole-number value: a cell safe at
        ``high = low`` is safe, one unsafe at the relaxation's highest value is unsafe. A
        target known exactly is checked at that value. ``first``: stop at the first unsafe
        target found.
        """
        found: set[str] = set()
        settled: set[str] = set()
        for program, mine in self._programs(system, checks):
            for v in mine:
                settled.add(v)
                check = checks[v]
                low = program.lowest(v)
                if check(low, low):
                    continue
                relaxed = program.highest_relaxed(v)
                if relaxed == INF:
                    continue
                if not check(low, relaxed) or not check(low, program.highest(v)):
                    found.add(v)
                    if first:
                        return found
        for v in set(checks) - settled:
            lo, hi = system.bounds[v]
            if not checks[v](lo, hi):
                found.add(v)
        return found


def example(
    system: LinearSystem, target: str, low: float, high: float, sign: float = 0.0,
    objective: Mapping[str, float] | None = None,
) -> dict[str, float] | None:
    """One solution of the whole ``system`` with ``target`` held within ``low .. high`` (whole
    counts), minimising ``sign * target`` (0: any solution), or ``objective`` (a weight per
    variable) when given; None when there is none.

    Deterministic: the same system gives the same solution. Used to find, for a hidden cell,
    a world a reader cannot rule out in which the cell takes a given value.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp  # noqa: PLC0415
    from scipy.sparse import csr_array  # noqa: PLC0415

    names = sorted(v for v, (lo, hi) in system.bounds.items() if lo != hi)
    if target not in names and not low - 1e-9 <= system.bounds[target][0] <= high + 1e-9:
        return None
    index = {v: i for i, v in enumerate(names)}
    rows: list[np.ndarray] = []
    lower: list[float] = []
    upper: list[float] = []
    for relation in system.relations:
        row = np.zeros(len(names))
        rhs = relation.rhs
        touched = False
        for v, coef in relation.terms:
            if v in index:
                row[index[v]] += coef
                touched = True
            else:
                rhs -= coef * system.bounds[v][0]
        if touched:
            rows.append(row)
            lower.append(rhs if relation.equal else -INF)
            upper.append(rhs)
    lows = np.array([system.bounds[v][0] for v in names])
    highs = np.array([system.bounds[v][1] for v in names])
    c = np.zeros(len(names))
    if target in index:
        i = index[target]
        lows[i], highs[i] = max(lows[i], low), min(highs[i], high)
        if lows[i] > highs[i]:
            return None
        c[i] = sign
    for v, weight in (objective or {}).items():
        if v in index:
            c[index[v]] = weight
    res = milp(c, integrality=np.array([1 if v in system.integer else 0 for v in names]),
               bounds=Bounds(lows, highs),
               constraints=[LinearConstraint(csr_array(np.array(rows)), np.array(lower),
                                             np.array(upper))] if rows else [])
    if res.status == 2:  # infeasible
        return None
    if res.status != 0 or res.x is None:
        return None  # unbounded or not solved: no example (the caller hides more)
    return {v: float(x) for v, x in zip(names, res.x, strict=True)}
