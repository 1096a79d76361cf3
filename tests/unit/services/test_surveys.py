"""Survey cohorts, waves, linking and released results, on real SQLCipher vaults.

The statistics are checked against values computed here by hand formulas: the t interval
and p-values from Student's t density integrated numerically, the Wilcoxon p-value by
enumerating every sign pattern, the Mann-Whitney U by counting pairs.
"""

from __future__ import annotations

import io
import itertools
import math
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk import cli
from peerdesk.domain.errors import NotATrainingVault, PermissionDenied, ValidationError
from peerdesk.domain.members import Role
from peerdesk.domain.survey_results import CohortResults
from peerdesk.domain.surveys import AnswersInvalid, SurveyRefused, WaveKind
from peerdesk.services import (
    demo_data,
    drills,
    policy,
    survey_report,
    survey_results,
    surveys,
)
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit
from survey_support import k6_with_total, run_wave
from team_support import COORD_PASS, FAST, MEMBER_PASS, add, new_workspace

PRE, POST, FOLLOW_UP = WaveKind.PRE, WaveKind.POST, WaveKind.FOLLOW_UP


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = new_workspace(tmp_path / "vault")
    yield workspace
    if not workspace.is_locked:
        workspace.lock()


def change(results: CohortResults, score: str = "total", to: WaveKind = POST):
    return next(c for c in results.changes if c.score == score and c.to_wave is to)


def summary(results: CohortResults, wave: WaveKind, score: str = "total"):
    return next(s for s in results.scores if s.score == score and s.wave is wave)


# --------------------------------------------------------------------------- hand formulas


def t_density(x: float, df: float) -> float:
    c = math.gamma((df + 1) / 2) / (math.sqrt(df * math.pi) * math.gamma(df / 2))
    return c * (1 + x * x / df) ** (-(df + 1) / 2)


def t_upper_tail(x: float, df: float) -> float:
    """P(T > |x|) by Simpson's rule on 0..|x| (the density is symmetric, half is below 0)."""
    steps, x = 4000, abs(x)
    h = x / steps
    area = t_density(0, df) + t_density(x, df) + sum(
        (4 if i % 2 else 2) * t_density(i * h, df) for i in range(1, steps))
    return 0.5 - area * h / 3


def t_critical(df: float) -> float:
    """The t with 2.5 % above it, by bisection."""
    low, high = 0.0, 20.0
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if t_upper_tail(mid, df) > 0.025 else (low, mid)
    return (low + high) / 2


def wilcoxon_exact(diffs: list[float]) -> tuple[float, float]:
    """W = the smaller signed-rank sum, and the two-sided exact p by every sign pattern."""
    ranked = sorted(range(len(diffs)), key=lambda i: abs(diffs[i]))
    rank = {i: r + 1 for r, i in enumerate(ranked)}
    plus = sum(rank[i] for i, d in enumerate(diffs) if d > 0)
    minus = sum(rank[i] for i, d in enumerate(diffs) if d < 0)
    w = min(plus, minus)
    n = len(diffs)
    as_small = sum(1 for signs in itertools.product((0, 1), repeat=n)
                   if sum(r + 1 for r, s in enumerate(signs) if s) <= w)
    return float(w), min(1.0, 2 * as_small / 2 ** n)


# --------------------------------------------------------------------------- cohorts and waves


def test_a_cohort_needs_a_title_without_names_a_minimum_and_instruments(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        surveys.create_cohort(ws, "Call Jennifer at 555-0100", 4, [])
    assert set(caught.value.field_errors) == {"title", "minimum", "instruments"}
    assert "statistics threshold" in caught.value.field_errors["minimum"]
    with pytest.raises(ValidationError):
        surveys.create_cohort(ws, "Spring cohort", 5, ["proqol"])
    cohort_id = surveys.create_cohort(ws, "  Spring   cohort ", 5, ["k6", "k6"])
    found = surveys.cohort(ws, cohort_id)
    assert (found.title, found.minimum, found.instruments) == ("Spring cohort", 5, (("k6", 1),))
    assert surveys.minimum_floor(ws) == 5


def test_a_supporter_cannot_reach_surveys(tmp_path: Path, ws: Workspace) -> None:
    add(ws, "Robin", Role.SUPPORTER)
    ws.lock()
    supporter = Workspace.unlock(tmp_path / "vault", "Robin", MEMBER_PASS)
    try:
        for call in (lambda: surveys.cohorts(supporter),
                     lambda: surveys.create_cohort(supporter, "Spring", 5, ["k6"]),
                     lambda: survey_results.results(supporter, 1)):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        supporter.lock()


def test_waves_run_once_each_in_order_one_at_a_time(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    with pytest.raises(SurveyRefused):
        surveys.open_wave(ws, cohort_id, POST)
    with pytest.raises(SurveyRefused):
        surveys.open_wave(ws, cohort_id, FOLLOW_UP)      # this cohort has none
    with pytest.raises(SurveyRefused):
        surveys.submit(ws, cohort_id, k6_with_total(3))  # no wave open
    surveys.open_wave(ws, cohort_id, PRE)
    with pytest.raises(SurveyRefused):
        surveys.open_wave(ws, cohort_id, POST)
    with pytest.raises(SurveyRefused):
        surveys.close_wave(ws, cohort_id, POST)
    surveys.close_wave(ws, cohort_id, PRE)
    with pytest.raises(SurveyRefused):
        surveys.open_wave(ws, cohort_id, PRE)
    assert surveys.next_wave(surveys.cohort(ws, cohort_id)) is POST


def test_each_submission_is_in_the_vault_at_once(tmp_path: Path, ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    surveys.open_wave(ws, cohort_id, PRE)
    surveys.submit(ws, cohort_id, k6_with_total(7), "AB 12")
    with pytest.raises(AnswersInvalid):
        surveys.submit(ws, cohort_id, {"k6": {"nervous": 9}})
    with pytest.raises(AnswersInvalid):
        surveys.submit(ws, cohort_id, {"k6": {"nervous": None}})
    with pytest.raises(AnswersInvalid):
        surveys.submit(ws, cohort_id, {"k10": {"tired": 1}})  # not this cohort's
    with pytest.raises(AnswersInvalid):
        surveys.submit(ws, cohort_id, k6_with_total(7), "ab")  # a code too short
    ws.lock()  # no save step: the answer was committed when submit returned
    again = Workspace.unlock(tmp_path / "vault", "Casey", COORD_PASS)
    try:
        assert surveys.response_count(again, cohort_id, PRE) == 1
    finally:
        again.lock()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "vault").iterdir() if p.is_file())
    assert b'"nervous"' not in raw
    assert b"survey_submissions" not in raw


# --------------------------------------------------------------------------- linking


def test_a_code_typed_with_other_case_and_spacing_links_pre_and_post(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    pre_codes: list[str | None] = ["Ma 03", "jo11", "ÉLO 7", "Bx 42", "zz99"]
    post_codes: list[str | None] = ["mA03", " J O 1 1 ", "e\u0301lo7", "BX42", "ZZ 99"]
    run_wave(ws, cohort_id, PRE, [10, 12, 8, 14, 9], pre_codes)
    run_wave(ws, cohort_id, POST, [8, 11, 8, 10, 6], post_codes)
    results = survey_results.results(ws, cohort_id)
    assert results.linked == 5
    paired = change(results)
    assert (paired.method, paired.n) == ("paired", 5)
    # post less pre for each person, so the pairs were matched person by person
    assert paired.mean_change == pytest.approx(statistics.fmean([-2, -1, 0, -4, -3]), abs=0.005)


def test_a_code_given_twice_in_one_wave_links_no_one(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    run_wave(ws, cohort_id, PRE, [10, 12, 8, 14, 9, 3], ["same", "SAME", "a123", "b123",
                                                          "c123", "d123"])
    run_wave(ws, cohort_id, POST, [8, 11, 8, 10, 6, 2], ["same", "x999", "a123", "b123",
                                                          "c123", "d123"])
    assert survey_results.results(ws, cohort_id).linked == 4


def test_the_hashes_and_their_key_are_gone_once_the_post_wave_closes(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"], follow_up=True)
    conn = ws.vault.conn

    def hashes() -> int:
        return int(conn.execute("SELECT count(*) FROM survey_links").fetchone()[0])

    def key() -> object:
        return conn.execute("SELECT link_key FROM survey_cohorts").fetchone()[0]

    run_wave(ws, cohort_id, PRE, [1, 2, 3, 4, 5, 6], ["c001", "c002", "c003", "c004", "c005",
                                                      "c006"])
    assert hashes() == 6
    assert key() is not None
    surveys.open_wave(ws, cohort_id, POST)
    assert surveys.linking_waves(surveys.cohort(ws, cohort_id))
    for i, total in enumerate([2, 2, 2, 2, 2, 2, 2]):
        surveys.submit(ws, cohort_id, k6_with_total(total), f"c{i + 1:03d}")
    assert hashes() == 7
    surveys.close_wave(ws, cohort_id, POST)
    assert hashes() == 0
    assert key() is None
    rows = conn.execute("SELECT wave, link_id FROM survey_submissions").fetchall()
    linked = [link for _, link in rows if link is not None]
    # six pairs keep a link; the post answer without a partner keeps none
    assert len(linked) == 12
    assert len(set(linked)) == 6
    surveys.open_wave(ws, cohort_id, FOLLOW_UP)
    assert not surveys.linking_waves(surveys.cohort(ws, cohort_id))
    surveys.submit(ws, cohort_id, k6_with_total(5), "c001")  # a code here is ignored
    assert hashes() == 0
    assert conn.execute("SELECT link_id FROM survey_submissions WHERE wave = 'follow_up'"
                        ).fetchone()[0] is None


# --------------------------------------------------------------------------- statistics


PRE_TOTALS = [14, 16, 12, 18, 10, 20, 9, 15]
POST_TOTALS = [13, 13, 10, 12, 14, 15, 2, 7]      # changes -1 -3 -2 -6 +4 -5 -7 -8


def test_linked_change_matches_hand_formulas(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    codes: list[str | None] = [f"code{i}" for i in range(8)]
    run_wave(ws, cohort_id, PRE, PRE_TOTALS, codes)
    run_wave(ws, cohort_id, POST, POST_TOTALS, codes)
    results = survey_results.results(ws, cohort_id)
    diffs = [b - a for a, b in zip(PRE_TOTALS, POST_TOTALS, strict=True)]
    n = len(diffs)
    mean = sum(diffs) / n                                              # -28 / 8 = -3.5
    sd = math.sqrt(sum((d - mean) ** 2 for d in diffs) / (n - 1))
    se = sd / math.sqrt(n)
    crit = t_critical(n - 1)
    assert crit == pytest.approx(2.3646, abs=1e-4)                     # the t table, df 7
    t = mean / se
    c = change(results)
    assert c.method == "paired"
    assert c.n == 8
    assert c.mean_change == pytest.approx(-3.5)
    assert c.ci_low == pytest.approx(mean - crit * se, abs=0.006)
    assert c.ci_high == pytest.approx(mean + crit * se, abs=0.006)
    assert c.t_stat == pytest.approx(t, abs=0.006)
    assert c.p_t == pytest.approx(2 * t_upper_tail(t, n - 1), rel=2e-3)
    w, p = wilcoxon_exact(diffs)
    assert (c.w_stat, c.p_rank) == (pytest.approx(w), pytest.approx(p, rel=2e-3))
    assert c.effect == pytest.approx(mean / sd, abs=0.006)             # Cohen's d_z
    pre = summary(results, PRE)
    assert (pre.n, pre.mean, pre.median) == (8, pytest.approx(14.25), 14.5)
    assert pre.sd == pytest.approx(statistics.stdev(PRE_TOTALS), abs=0.006)


def test_unlinked_comparison_matches_hand_formulas(ws: Workspace) -> None:
    first, second = [14, 16, 12, 18, 10, 20, 9], [13, 13, 10, 12, 14, 2, 7, 11]
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    run_wave(ws, cohort_id, PRE, first)
    run_wave(ws, cohort_id, POST, second)
    results = survey_results.results(ws, cohort_id)
    assert results.linked == 0
    n1, n2 = len(first), len(second)
    m1, m2 = sum(first) / n1, sum(second) / n2
    v1 = sum((x - m1) ** 2 for x in first) / (n1 - 1)
    v2 = sum((x - m2) ** 2 for x in second) / (n2 - 1)
    se = math.sqrt(v1 / n1 + v2 / n2)
    df = se ** 4 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
    crit = t_critical(df)
    diff = m2 - m1
    pooled = math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
    u = sum(1.0 if b > a else 0.5 if b == a else 0.0 for a in first for b in second)
    c = change(results)
    assert (c.method, c.n, c.n_other) == ("unlinked", n1, n2)
    assert c.mean_change == pytest.approx(diff, abs=0.006)
    assert c.ci_low == pytest.approx(diff - crit * se, abs=0.006)
    assert c.ci_high == pytest.approx(diff + crit * se, abs=0.006)
    assert c.t_stat == pytest.approx(diff / se, abs=0.006)
    assert c.p_t == pytest.approx(2 * t_upper_tail(diff / se, df), rel=2e-3)
    assert c.w_stat == pytest.approx(u)                                 # Mann-Whitney U
    assert c.effect == pytest.approx(diff / pooled * (1 - 3 / (4 * (n1 + n2) - 9)), abs=0.006)


def test_pairs_are_not_used_when_few_respondents_are_left_out_of_them(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    # 8 linked; the pre wave has 2 more without a code: their answers must not be the
    # difference between the wave's figures and the pairs'
    codes: list[str | None] = [*(f"code{i}" for i in range(8)), None, None]
    run_wave(ws, cohort_id, PRE, [*PRE_TOTALS, 3, 24], codes)
    run_wave(ws, cohort_id, POST, POST_TOTALS, codes[:8])
    results = survey_results.results(ws, cohort_id)
    assert results.linked == 8
    assert change(results).method == "unlinked"


def test_item_counts_are_hidden_like_statistics_cells(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    run_wave(ws, cohort_id, PRE, [0, 0, 0, 0, 0, 0, 0, 24, 24, 1])
    run_wave(ws, cohort_id, POST, [0] * 10)
    results = survey_results.results(ws, cohort_id)
    nervous = next(r for r in results.items if r.item == "nervous" and r.wave is PRE)
    assert nervous.distribution is not None
    # 7 zeros, 1 one, 2 fours: the one and the two are hidden, the zeros' 7 too (the hidden
    # ones must sum to the threshold or more)
    assert nervous.distribution.counts == (None, None, 0, 0, None)
    assert nervous.distribution.total == 10
    post_row = next(r for r in results.items if r.item == "nervous" and r.wave is POST)
    assert post_row.distribution is not None
    assert post_row.distribution.counts == (10, 0, 0, 0, 0)
    for row in results.items:
        if row.distribution is not None:
            for count in row.distribution.counts:
                assert count is None or count == 0 or count >= results.threshold


# --------------------------------------------------------------------------- release and export


def test_nothing_is_shown_or_exported_below_the_minimum(tmp_path: Path, ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 6, ["k6"])
    run_wave(ws, cohort_id, PRE, [10, 12, 8, 14, 9], ["aaaa", "bbbb", "cccc", "dddd", "eeee"])
    run_wave(ws, cohort_id, POST, [8, 11, 8, 10, 6], ["aaaa", "bbbb", "cccc", "dddd", "eeee"])
    results = survey_results.results(ws, cohort_id)
    assert results.withheld
    assert all(s.mean is None and s.bands is None for s in results.scores)
    assert all(c.mean_change is None and c.withheld for c in results.changes)
    assert all(r.distribution is None for r in results.items)
    csv_text = survey_report.export(ws, cohort_id, "csv").data.decode()
    figures = [line.split(",") for line in csv_text.splitlines()[1:]]
    shown = {row[6] for row in figures if row[7] not in ("withheld", "")}
    assert shown <= {"respondents", "pairs", "n", "n_other", "method", "withheld_reason"}
    pdf = survey_report.write_export(ws, cohort_id, "pdf", tmp_path / "r.pdf")
    text = _pdf_text(tmp_path / "r.pdf")
    assert "no result is shown" in text
    assert "9.80" not in text
    assert "8.60" not in text
    assert pdf.results == results


def test_results_are_released_once_and_frozen(ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"], follow_up=True)
    run_wave(ws, cohort_id, PRE, [10, 12, 8, 14, 9])
    run_wave(ws, cohort_id, POST, [8, 11, 8, 10, 6])
    with pytest.raises(SurveyRefused):   # the follow-up is still to run
        survey_results.results(ws, cohort_id)
    assert survey_results.released(ws, cohort_id) is None
    run_wave(ws, cohort_id, FOLLOW_UP, [7, 7, 7, 7, 8])
    first = survey_results.results(ws, cohort_id)
    second = survey_results.results(ws, cohort_id)
    assert first == second == survey_results.released(ws, cohort_id)
    assert change(first, to=FOLLOW_UP).method == "unlinked"
    entries = [e.action for e in audit.entries(ws.vault.conn)]
    assert entries.count("survey_results_released") == 1
    csv_once = survey_report.export(ws, cohort_id, "csv").data
    assert survey_report.export(ws, cohort_id, "csv").data == csv_once


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Survey results", "Kessler", "not a validated instrument", "Terms: Public domain",
            "linked respondents", "demo answers from the training workspace")),
    ("fr_CA", ("Résultats du sondage", "Kessler", "Instrument non validé", "Domaine public",
               "répondants reliés", "réponses fictives de l’espace de formation")),
])
def test_a_demo_cohort_renders_to_pdf_with_credits(tmp_path: Path, language: str,
                                                   words: tuple[str, ...]) -> None:
    ws = new_workspace(tmp_path / "training", training=True)
    try:
        cohort_id = demo_data.make_demo_survey_cohort(ws)
        out = tmp_path / "demo.pdf"
        survey_report.write_export(ws, cohort_id, "pdf", out, language=language)
    finally:
        ws.lock()
    text = " ".join(_pdf_text(out).split())
    for word in words:
        assert word in text, word


def test_the_command_line_exports_released_results(
        tmp_path: Path, ws: Workspace, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    run_wave(ws, cohort_id, PRE, [10, 12, 8, 14, 9])
    run_wave(ws, cohort_id, POST, [8, 11, 8, 10, 6])
    ws.lock()
    out = tmp_path / "spring.csv"
    base = ["--vault", str(tmp_path / "vault"), "--user", "Casey"]

    def run(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(COORD_PASS + "\n"))
        code = cli.main(list(argv))
        printed, errors = capsys.readouterr()
        return code, printed, errors

    code, printed, _ = run("survey", "export", *base, "--cohort", str(cohort_id), "--format",
                           "pdf", "--language", "fr_CA", "--out", str(tmp_path / "s.pdf"))
    assert code == 0
    assert "pre 5, post 5; 0 linked" in printed
    code, _, _ = run("survey", "export", *base, "--cohort", str(cohort_id), "--format", "csv",
                     "--out", str(out))
    assert code == 0
    assert out.read_text().startswith("section,instrument,measure")
    code, printed, _ = run("survey", "list", *base)
    assert code == 0
    assert "Spring" in printed
    assert "released" in printed
    code, _, errors = run("survey", "export", *base, "--cohort", "99", "--format", "csv",
                          "--out", str(tmp_path / "none.csv"))
    assert code != 0
    assert errors.count("\n") == 1
    assert "no survey cohort" in errors.casefold()
    assert not (tmp_path / "none.csv").exists()
    bad = tmp_path / "bad.toml"
    bad.write_text("[instrument]\nid = 'x'\nversion = 0\n", encoding="utf-8")
    code, printed, errors = run("survey", "validate", str(bad),
                          str(Path(surveys.__file__).parents[2] / "resources" / "surveys"
                              / "k10.toml"))
    assert code != 0
    assert "bad.toml:3: " in errors
    assert "k10.toml: ok" in printed


def test_the_demo_cohort_is_for_training_vaults_only(ws: Workspace) -> None:
    with pytest.raises(NotATrainingVault):
        demo_data.make_demo_survey_cohort(ws)
    assert surveys.cohorts(ws) == []


def test_a_threshold_raised_after_the_cohort_was_made_raises_its_minimum(
        ws: Workspace) -> None:
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    run_wave(ws, cohort_id, PRE, [10, 12, 8, 14, 9, 3])
    run_wave(ws, cohort_id, POST, [8, 11, 8, 10, 6, 2])
    current = policy.current(ws)
    policy.update_settings(ws, idle_lock_minutes=current.idle_lock_minutes,
                           private_notes_enabled=current.private_notes_enabled,
                           notes_expiry_days=current.notes_expiry_days, suppression_threshold=7)
    results = survey_results.results(ws, cohort_id)
    assert (results.minimum, results.threshold) == (7, 7)
    assert results.withheld
    assert all(s.mean is None for s in results.scores)


def test_demo_data_in_the_training_workspace_brings_one_full_cohort(tmp_path: Path) -> None:
    ws, _ = drills.open_training_workspace("orange kettle beside the ferry dock",
                                           "orange kettle beside the ferry dock",
                                           folder=tmp_path / "training", kdf=FAST)
    try:
        drills.add_demo_data(ws, 20)
        drills.add_demo_data(ws, 20)
        (demo,) = surveys.cohorts(ws)
        assert demo.title == demo_data.DEMO_COHORT_TITLE
        assert [(w.kind, w.responses) for w in demo.waves] == [(PRE, 25), (POST, 20),
                                                                 (FOLLOW_UP, 16)]
        assert survey_results.results(ws, demo.id).linked == 20
    finally:
        ws.lock()
