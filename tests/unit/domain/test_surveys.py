"""Survey instruments: the shipped files, scoring by hand, codes, hiding, and file errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.survey_pack import InstrumentInvalid, instrument_problems, parse_instrument
from peerdesk.domain.surveys import (
    AnswersInvalid,
    Direction,
    Instrument,
    check_answers,
    code_problem,
    hide_row,
    link_hash,
    normal_code,
    score,
    scores,
)

SURVEYS = Path(__file__).resolve().parents[3] / "resources" / "surveys"


def _load(name: str) -> Instrument:
    return parse_instrument((SURVEYS / f"{name}.toml").read_text(encoding="utf-8"), name)


@pytest.fixture(scope="module")
def k10() -> Instrument:
    return _load("k10")


@pytest.fixture(scope="module")
def k6() -> Instrument:
    return _load("k6")


@pytest.fixture(scope="module")
def program() -> Instrument:
    return _load("program-experience")


def test_every_shipped_instrument_reads_and_has_french_and_a_credit() -> None:
    found = sorted(p.stem for p in SURVEYS.glob("*.toml"))
    assert found == ["k10", "k6", "program-experience"]
    for name in found:
        inst = _load(name)
        for text in (inst.title, inst.stem, inst.credit, inst.licence,
                     *(i.text for i in inst.items), *(o.label for o in inst.options)):
            assert text.en
            assert text.fr
        assert inst.citation


# --------------------------------------------------------------------------- K10


def test_k10_sums_ten_items_scored_one_to_five(k10: Instrument) -> None:
    answers = dict(zip([i.id for i in k10.items], [1, 2, 3, 4, 5, 5, 4, 3, 2, 1], strict=True))
    # 1+2+3+4+5+5+4+3+2+1 = 30, "very high" (30-50)
    assert scores(k10, answers) == {"total": 30.0}
    rule = k10.scores[0]
    assert rule.band_of(30.0) == 3
    assert rule.band_of(29.0) == 2
    assert rule.direction is Direction.HIGHER_IS_WORSE


def test_k10_prorates_one_skipped_item_and_not_two(k10: Instrument) -> None:
    ids = [i.id for i in k10.items]
    one_skipped = {i: 2 for i in ids[:9]} | {ids[9]: None}
    # nine answers of 2: mean 2, times ten items = 20
    assert score(k10, k10.scores[0], one_skipped) == 20.0
    uneven = {i: v for i, v in zip(ids[:9], [1, 1, 1, 1, 1, 1, 1, 1, 2], strict=True)}
    # (8 * 1 + 2) / 9 * 10 = 11.11...; between the bands' whole numbers it stays in "low"
    assert score(k10, k10.scores[0], uneven) == pytest.approx(100 / 9)
    assert k10.scores[0].band_of(100 / 9) == 0
    two_skipped = {i: 2 for i in ids[:8]}
    assert score(k10, k10.scores[0], two_skipped) is None


# --------------------------------------------------------------------------- K6


def test_k6_sums_six_items_scored_zero_to_four_and_needs_them_all(k6: Instrument) -> None:
    ids = [i.id for i in k6.items]
    answers = dict(zip(ids, [4, 3, 2, 2, 1, 1], strict=True))
    assert scores(k6, answers) == {"total": 13.0}          # 4+3+2+2+1+1
    assert k6.scores[0].band_of(13.0) == 1                 # 13 or more: serious distress
    assert k6.scores[0].band_of(12.0) == 0
    assert score(k6, k6.scores[0], {**answers, ids[0]: None}) is None
    assert (k6.low, k6.high) == (0, 4)


# --------------------------------------------------------------------------- program experience


def test_program_experience_reverses_one_item_and_averages_subscales(
        program: Instrument) -> None:
    answers = {"supported": 4, "unity": 5, "open_to_talk": 2, "keep_to_myself": 5,
               "reach_team": 3, "seek_help": 4}
    # keep_to_myself is reverse-scored on 1-5: 1 + 5 - 5 = 1
    assert scores(program, answers) == {
        "support": 4.5,                    # (4 + 5) / 2
        "openness": 1.5,                   # (2 + 1) / 2
        "help_seeking": 3.5,               # (3 + 4) / 2
        "overall": pytest.approx(19 / 6),  # (4 + 5 + 2 + 1 + 3 + 4) / 6
    }
    assert not program.validated
    assert all(r.direction is Direction.HIGHER_IS_BETTER for r in program.scores)


def test_program_experience_overall_allows_two_skipped_items(program: Instrument) -> None:
    answers = {"supported": 5, "unity": 3, "open_to_talk": 1, "keep_to_myself": 2}
    # reverse: 1 + 5 - 2 = 4; mean of 5, 3, 1, 4 = 3.25; the help-seeking pair is unanswered
    assert scores(program, answers) == {"support": 4.0, "openness": 2.5, "help_seeking": None,
                                        "overall": 3.25}
    assert scores(program, {"supported": 5, "unity": 3, "open_to_talk": 1})["overall"] is None


def test_answers_are_checked_against_the_scale(program: Instrument) -> None:
    assert check_answers(program, {"supported": 5, "unity": None}) == {"supported": 5}
    for bad in ({"supported": 6}, {"supported": 0}, {"supported": True}, {"nope": 3},
                {"supported": None}):
        with pytest.raises(AnswersInvalid):
            check_answers(program, bad)


# --------------------------------------------------------------------------- personal codes


def test_a_code_typed_with_other_case_and_spaces_is_the_same_code() -> None:
    key = bytes(range(32))
    assert normal_code(" Ma 03 ") == normal_code("mA03") == "ma03"
    assert normal_code("ÉLO\u00a007") == normal_code("e\u0301lo07")  # NFC, no-break space
    assert normal_code("STRASSE1") == normal_code("straße1")             # case folding
    assert link_hash(key, "Jo 11 Ma") == link_hash(key, "jo11ma")
    assert link_hash(key, "jo11ma") != link_hash(key, "jo11mb")
    assert link_hash(key, "jo11ma") != link_hash(bytes(32), "jo11ma")
    assert code_problem("ab 12") is None
    assert code_problem("a b") is not None
    assert code_problem("x" * 41) is not None


# --------------------------------------------------------------------------- hiding


def test_hide_row_hides_small_counts_and_enough_others() -> None:
    assert hide_row([0, 6, 7, 5], 5) == [False, False, False, False]
    # 2 alone would be the total less the rest: the smallest other non-zero count goes too
    assert hide_row([2, 6, 7, 0], 5) == [True, True, False, False]
    # 1 and 2 hidden sum to 3 < 5: a third is hidden
    assert hide_row([1, 2, 9, 8], 5) == [True, True, False, True]


@given(st.lists(st.integers(0, 30), min_size=2, max_size=7), st.integers(3, 10))
def test_hidden_cells_of_a_row_sum_to_the_threshold_or_more(counts: list[int],
                                                            threshold: int) -> None:
    hidden = hide_row(counts, threshold)
    for count, h in zip(counts, hidden, strict=True):
        if 0 < count < threshold:
            assert h
        if count == 0:
            assert not h
    hidden_counts = [c for c, h in zip(counts, hidden, strict=True) if h]
    if hidden_counts and sum(c for c in counts if c) >= threshold:
        assert len(hidden_counts) >= 2
        assert sum(hidden_counts) >= threshold


# --------------------------------------------------------------------------- file errors


GOOD = (SURVEYS / "program-experience.toml").read_text(encoding="utf-8")


def _lines(text: str) -> list[str]:
    return [m.split(": ", 1)[0] for m in instrument_problems(text, "x.toml")]


def test_errors_name_their_line() -> None:
    broken = GOOD.replace('id = "keep_to_myself"\n', 'id = "keep_to_myself"\nwhat = 1\n', 1)
    line = broken.splitlines().index("what = 1") + 1
    assert _lines(broken) == [f"x.toml:{line}"]
    reversed_bad = GOOD.replace("reverse = true", 'reverse = "yes"')
    line = reversed_bad.splitlines().index('reverse = "yes"') + 1
    assert _lines(reversed_bad) == [f"x.toml:{line}"]


def test_a_score_naming_an_unknown_item_and_a_missing_french_wording_are_both_reported(
) -> None:
    text = GOOD.replace('items = ["supported", "unity"]', 'items = ["supported", "unitty"]')
    text = text.replace(', fr = "Je sais comment joindre l’équipe de soutien par les pairs."',
                        "")
    problems = instrument_problems(text, "x.toml")
    assert len(problems) == 2
    bad_item = text.splitlines().index('items = ["supported", "unitty"]') + 1
    assert any(p.startswith(f"x.toml:{bad_item}: ") and "unitty" in p for p in problems)
    assert any("'fr' is missing" in p for p in problems)


def test_syntax_errors_and_empty_files_are_reported_not_raised() -> None:
    with pytest.raises(InstrumentInvalid) as caught:
        parse_instrument("[instrument\nid = 1", "x.toml")
    assert caught.value.problems[0].startswith("x.toml:1: TOML syntax")
    assert instrument_problems("", "x.toml")
    assert instrument_problems("x = 1", "x.toml")


@given(st.text(max_size=300))
def test_any_text_gives_problems_or_an_instrument_never_a_crash(text: str) -> None:
    if not instrument_problems(text, "x.toml"):
        parse_instrument(text, "x.toml")
