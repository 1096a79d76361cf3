"""An independent attacker on the survey results' CSV: can a hidden answer count be narrowed?

It reads the exported CSV only, and knows what a reader of the shipped instrument files knows:
an item's counts add up to its total, a hidden count is one or more, and a published mean
(rounded to two decimals) of a score fixes the sum of its items' scored values over the
respondents who answered every item (when each item's total equals the score's n). Every
bound is a whole-number program (scipy's milp), solved here, not by the engine's audit.
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

from peerdesk.domain.surveys import Method, WaveKind, scored_value
from peerdesk.services import survey_report, surveys
from peerdesk.services.workspace import Workspace
from survey_support import run_wave
from team_support import new_workspace

Published = tuple[dict[str, int | None], dict[str, int], dict[str, tuple[int, float]]]


def read(csv_bytes: bytes, instrument_id: str, wave: str) -> Published:
    """Item cells (None: hidden) and totals, and each score's (n, mean), of one wave."""
    cells: dict[str, int | None] = {}
    totals: dict[str, int] = {}
    means: dict[str, tuple[int, float]] = {}
    score_n: dict[str, int] = {}
    for row in csv.DictReader(io.StringIO(csv_bytes.decode())):
        if row["instrument"] != instrument_id or row["wave"] != wave:
            continue
        kind = (row["section"], row["statistic"], row["category"] == "total")
        value = row["value"]
        if kind == ("item", "count", True):
            totals[row["measure"]] = int(value)
        elif kind == ("item", "count", False):
            cells[f"{row['measure']}/{row['category']}"] = None if value == "hidden" else int(
                value)
        elif kind[:2] == ("score", "n"):
            score_n[row["measure"]] = int(value)
        elif kind[:2] == ("score", "mean") and value != "withheld":
            means[row["measure"]] = (score_n[row["measure"]], float(value))
    return cells, totals, means


def attack(csv_bytes: bytes, instrument_id: str, wave: str) -> dict[str, tuple[float, float]]:
    """Lowest and highest value of every hidden item count of one instrument and wave."""
    inst = surveys.instrument(instrument_id)
    cells, totals, means = read(csv_bytes, instrument_id, wave)
    names = sorted(cells)
    if all(cells[v] is not None for v in names):
        return {}
    index = {v: i for i, v in enumerate(names)}
    rows, lower, upper = [], [], []
    for item, total in totals.items():
        a = np.zeros(len(names))
        for v in inst.values:
            a[index[f"{item}/{v}"]] = 1
        rows.append(a)
        lower.append(total)
        upper.append(total)
    for rule in inst.scores:
        if rule.id not in means or any(totals.get(i) != means[rule.id][0] for i in rule.items):
            continue
        n, mean = means[rule.id]
        k = len(rule.items) if rule.method is Method.MEAN else 1
        a = np.zeros(len(names))
        for item_id in rule.items:
            for v in inst.values:
                a[index[f"{item_id}/{v}"]] = scored_value(inst, inst.item(item_id), v)
        rows.append(a)
        lower.append(n * (mean - 0.005) * k)
        upper.append(n * (mean + 0.005) * k)
    lo = np.array([1.0 if cells[v] is None else float(cells[v] or 0) for v in names])
    hi = np.array([np.inf if cells[v] is None else float(cells[v] or 0) for v in names])
    constraints = [LinearConstraint(np.array(rows), np.array(lower), np.array(upper))]
    found = {}
    for v in (v for v in names if cells[v] is None):
        ends = []
        for sign in (1.0, -1.0):
            c = np.zeros(len(names))
            c[index[v]] = sign
            res = milp(c, integrality=np.ones(len(names)), bounds=Bounds(lo, hi),
                       constraints=constraints)
            assert res.status == 0
            ends.append(sign * res.fun)
        found[v] = (ends[0], ends[1])
    return found


def safe(lo: float, hi: float, k: int) -> bool:
    return lo >= k or math.floor(hi + 1e-6) - math.ceil(lo - 1e-6) + 1 >= k - 1


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = new_workspace(tmp_path / "vault")
    yield workspace
    workspace.lock()


def test_a_mean_that_would_pin_a_hidden_count_withholds_the_answers(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    # "nervous": seven 0, one 1, two 4 (the rest all 0). Hiding 7, 1 and 2 by the row rule
    # alone leaves the mean 0.90 saying 1 x (the 1s) + 4 x (the 4s) = 9: the 4s are 1 or 2.
    run_wave(ws, cohort_id, WaveKind.PRE, [0] * 7 + [1, 4, 4])
    run_wave(ws, cohort_id, WaveKind.POST, [0] * 10)
    data = survey_report.export(ws, cohort_id, "csv").data
    pre_items = [r for r in csv.DictReader(io.StringIO(data.decode()))
                 if r["section"] == "item" and r["wave"] == "pre"]
    assert pre_items
    assert all(r["statistic"] == "withheld_reason" for r in pre_items)
    for (lo, hi) in attack(data, "k6", "pre").values():
        assert safe(lo, hi, 5)


def test_no_hidden_count_of_the_demo_cohort_can_be_narrowed(tmp_path: Path) -> None:
    from peerdesk.services import demo_data

    ws = new_workspace(tmp_path / "training", training=True)
    try:
        for seed in (1, 2):
            cohort_id = demo_data.make_demo_survey_cohort(ws, seed=seed, pre=12, post=10,
                                                          follow_up=8)
            data = survey_report.export(ws, cohort_id, "csv").data
            hidden = 0
            for instrument in ("k10", "program-experience"):
                for wave in ("pre", "post", "follow_up"):
                    bounds = attack(data, instrument, wave)
                    hidden += len(bounds)
                    narrowed = {v: b for v, b in bounds.items() if not safe(*b, 5)}
                    assert not narrowed, (seed, instrument, wave, narrowed)
                bands = band_bounds(data, wave, "k10")
                assert all(safe(*b, 5) for b in bands.values()), (seed, wave, bands)
            assert hidden > 0  # the attack had something to work on
    finally:
        ws.lock()


def test_hidden_cells_in_the_csv_match_the_rule_per_row(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    run_wave(ws, cohort_id, WaveKind.PRE, [3, 5, 7, 9, 11, 13, 2, 4, 6, 24])
    run_wave(ws, cohort_id, WaveKind.POST, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    data = survey_report.export(ws, cohort_id, "csv").data
    rows: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in csv.DictReader(io.StringIO(data.decode())):
        if r["section"] == "item" and r["category"] != "total" and r["statistic"] == "count":
            rows[(r["measure"], r["wave"])].append(r["value"])
    assert rows
    for values in rows.values():
        shown = [int(v) for v in values if v != "hidden"]
        assert all(v == 0 or v >= 5 for v in shown)
        assert values.count("hidden") != 1


def band_bounds(csv_bytes: bytes, wave: str, instrument: str = "k6"
                ) -> dict[str, tuple[float, float]]:
    """The first score's hidden band counts, bounded by the band total and the published mean
    (each score at least its band's low end and below the next band's)."""
    inst = surveys.instrument(instrument)
    rule = inst.scores[0]
    counts: dict[str, int | None] = {}
    total = n = 0
    mean = 0.0
    for row in csv.DictReader(io.StringIO(csv_bytes.decode())):
        if row["instrument"] != instrument or row["wave"] != wave or row["measure"] != rule.id:
            continue
        if row["section"] == "band" and row["statistic"] == "count":
            if row["category"] == "total":
                total = int(row["value"])
            else:
                counts[row["category"]] = None if row["value"] == "hidden" else int(row["value"])
        elif row["section"] == "score" and row["statistic"] == "mean":
            mean = float(row["value"])
        elif row["section"] == "score" and row["statistic"] == "n":
            n = int(row["value"])
    if not counts or all(c is not None for c in counts.values()):
        return {}
    names = [f"{b.low:g}-{b.high:g}" for b in rule.bands]
    lo = np.array([1.0 if counts[v] is None else float(counts[v] or 0) for v in names])
    hi = np.array([np.inf if counts[v] is None else float(counts[v] or 0) for v in names])
    a = np.array([[1.0] * len(names), [b.low for b in rule.bands],
                  [b.high + 1 for b in rule.bands]])
    constraints = [LinearConstraint(a, [total, -np.inf, n * (mean - 0.005)],
                                    [total, n * (mean + 0.005), np.inf])]
    found = {}
    for i, v in enumerate(names):
        if counts[v] is not None:
            continue
        ends = []
        for sign in (1.0, -1.0):
            c = np.zeros(len(names))
            c[i] = sign
            res = milp(c, integrality=np.ones(len(names)), bounds=Bounds(lo, hi),
                       constraints=constraints)
            assert res.status == 0
            ends.append(sign * res.fun)
        found[v] = (ends[0], ends[1])
    return found


def test_bands_that_the_mean_would_narrow_are_withheld(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    # nine scores of 2 and one of 13: hiding 9 and 1 alone, the mean 3.10 says the "13 or
    # more" band holds at most 31 / 13, so 1 or 2 people
    run_wave(ws, cohort_id, WaveKind.PRE, [2] * 9 + [13])
    run_wave(ws, cohort_id, WaveKind.POST, [2] * 5 + [14] * 5)
    data = survey_report.export(ws, cohort_id, "csv").data
    pre = [r for r in csv.DictReader(io.StringIO(data.decode()))
           if r["section"] == "band" and r["wave"] == "pre"]
    assert [r["statistic"] for r in pre] == ["withheld_reason"]
    assert band_bounds(data, "pre") == {}
    post = [r["value"] for r in csv.DictReader(io.StringIO(data.decode()))
            if r["section"] == "band" and r["wave"] == "post"]
    assert post == ["5", "5", "10"]


# A cohort whose first audit pins a hidden count even with the offending rows hidden whole:
# hiding one more small count elsewhere widens what the mean says, so the answers can stay.
WIDENED_PRE = [[0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 2], [0, 0, 1, 1, 0, 0], [2, 1, 1, 0, 1, 0],
               [1, 0, 0, 0, 0, 2], [0, 0, 1, 0, 0, 0], [1, 0, 2, 0, 0, 0]]
WIDENED_POST = [[2, 0, 1, 0, 1, 1], [3, 1, 0, 0, 0, 0], [0, 0, 2, 0, 1, 0], [0] * 6,
                [1, 2, 0, 0, 0, 1], [3, 0, 1, 0, 0, 1], [0] * 6, [0] * 6, [0, 0, 1, 0, 1, 3],
                [0, 0, 0, 0, 0, 1]]


def test_hiding_more_counts_keeps_the_answers_when_that_is_enough(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    items = [i.id for i in surveys.instrument("k6").items]
    for kind, answers in ((WaveKind.PRE, WIDENED_PRE), (WaveKind.POST, WIDENED_POST)):
        surveys.open_wave(ws, cohort_id, kind)
        for values in answers:
            surveys.submit(ws, cohort_id, {"k6": dict(zip(items, values, strict=True))})
        surveys.close_wave(ws, cohort_id, kind)
    data = survey_report.export(ws, cohort_id, "csv").data
    assert b"survey.withheld.items" not in data
    for wave in ("pre", "post"):
        bounds = attack(data, "k6", wave)
        assert all(safe(lo, hi, 5) for lo, hi in bounds.values()), (wave, bounds)
