"""Scenario packs: shipped packs validate, bad packs give line-precise messages, scoring."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain.contacts import Referral
from peerdesk.domain.drill_pack import PackInvalid, pack_problems, parse_pack
from peerdesk.domain.drills import (
    CRITICAL_CAP,
    PASS_MARK,
    CriticalAction,
    DrillFeedback,
    Scenario,
    model_answer,
    score_attempt,
)
from peerdesk.domain.note_scan import NameList
from peerdesk.domain.toml_lines import LineLocator
from peerdesk.domain.vocab import (
    ConfidentialityException,
    DisclosureRoute,
    MemberGroup,
    ReferralHow,
    ReferralType,
    Risk,
    Topic,
)

DRILLS = Path(__file__).resolve().parents[3] / "resources" / "drills"
SHIPPED = sorted(DRILLS.glob("*.toml"))
SHIPPED_FR = sorted((DRILLS / "fr").glob("*.toml"))

GOOD = '''\
# a comment = with an equals sign
[pack]
id = "test-pack"
title = "Test pack"
version = 1
language = "en"

[[scenario]]
id = "first"
title = "First"
card = """
A card whose text has lines that look like TOML:
topics = ["stres"]
[scenario.expected]
"""
script = 'literal # not a comment'
checklist = ["confidentiality_explained", "stayed_in_role"]
critical = []
debrief = ["One point."]

[scenario.expected]
member_group = "fire"
format = "one_to_one"
topics = ["work_stress"]
risk = "none_observed"
referrals = []
confidentiality_exception = "none"
'''


def _lines(problems: list[str]) -> list[int]:
    return [int(p.split(":")[1]) for p in problems]


def _line_with(text: str, needle: str, nth: int = 1) -> int:
    hits = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[nth - 1]


# --------------------------------------------------------------------------- shipped packs


def test_at_least_ten_scenarios_are_shipped() -> None:
    scenarios = [s for f in SHIPPED for s in parse_pack(f.read_text(), f.name).scenarios]
    assert len(scenarios) >= 10
    ids = {s.id for s in scenarios}
    for needed in ("routine-work-stress", "dispatcher-child-fatality", "on-scene-defusing",
                   "group-debriefing", "imminent-self-harm", "threat-to-another",
                   "disclosed-abuse", "witness-role-conflict", "family-member-call",
                   "substance-use"):
        assert needed in ids


@pytest.mark.parametrize("path", SHIPPED + SHIPPED_FR,
                         ids=lambda p: p.relative_to(DRILLS).as_posix())
def test_every_shipped_pack_validates_and_its_model_answers_score_full(path: Path) -> None:
    pack = parse_pack(path.read_text(encoding="utf-8"), f"drills/{path.name}")
    assert pack.id == path.stem
    for scenario in pack.scenarios:
        feedback = score_attempt(scenario, model_answer(scenario))
        assert feedback.score == 100, scenario.id
        assert feedback.passed
        assert scenario.debrief


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_pack_has_a_french_version_that_scores_the_same(path: Path) -> None:
    """resources/drills/fr/<same file>: the same ids, expected logs, critical actions and
    checklists; only the texts are in Canadian French."""
    english = parse_pack(path.read_text(encoding="utf-8"), path.name)
    french_path = DRILLS / "fr" / path.name
    assert french_path.is_file(), f"{path.name} has no French version in resources/drills/fr"
    french = parse_pack(french_path.read_text(encoding="utf-8"), f"fr/{path.name}")
    assert (french.id, french.version, french.language) == (english.id, english.version, "fr-CA")
    assert [s.id for s in french.scenarios] == [s.id for s in english.scenarios]
    for en, fr in zip(english.scenarios, french.scenarios, strict=True):
        assert (fr.expected, fr.critical, fr.checklist, fr.time_limit_seconds) == (
            en.expected, en.critical, en.checklist, en.time_limit_seconds), en.id
        assert set(fr.why) == set(en.why), en.id
        assert len(fr.debrief) == len(en.debrief), en.id
        for en_text, fr_text in ((en.title, fr.title), (en.card, fr.card),
                                 (en.script, fr.script), *zip(en.debrief, fr.debrief, strict=True),
                                 *((en.why[k], fr.why[k]) for k in en.why)):
            assert fr_text != en_text, en_text
            assert " :" not in fr_text, fr_text  # a no-break space before ":"
            assert "« " not in fr_text, fr_text


def test_shipped_critical_rules_are_present() -> None:
    scenarios = {s.id: s for f in SHIPPED for s in parse_pack(f.read_text(), f.name).scenarios}
    assert CriticalAction.ESCALATE_IMMINENT_DANGER in scenarios["imminent-self-harm"].critical
    assert (CriticalAction.RECORD_CONFIDENTIALITY_EXCEPTION
            in scenarios["disclosed-abuse"].critical)
    assert CriticalAction.DECLARE_ROLE_CONFLICT in scenarios["witness-role-conflict"].critical


# --------------------------------------------------------------------------- bad packs


def test_the_good_example_parses() -> None:
    pack = parse_pack(GOOD, "good.toml")
    assert pack.scenarios[0].card.startswith("A card")


def test_unknown_codes_point_at_their_own_line() -> None:
    text = GOOD.replace('topics = ["work_stress"]', 'topics = [\n  "work_stress",\n  "stres",\n]')
    text = text.replace('"stayed_in_role"]', '"stayed_in_rol"]')
    problems = pack_problems(text, "drills/x.toml")
    assert problems == [
        "drills/x.toml:17: scenario 'first': unknown checklist item code 'stayed_in_rol' "
        "(did you mean 'stayed_in_role'?)",
        "drills/x.toml:26: scenario 'first': unknown topic code 'stres' "
        "(did you mean 'work_stress'?)",
    ]
    assert _line_with(text, "stayed_in_rol") == 17
    assert _line_with(text, '"stres",') == 26


def test_several_kinds_of_problem_each_on_its_line() -> None:
    text = (GOOD.replace('version = 1', 'version = "one"')
            .replace('risk = "none_observed"', 'risk = "low"')
            .replace('debrief = ["One point."]', 'debrief = ["One point."]\ncolour = "red"'))
    text += '\n[[scenario]]\nid = "first"\ntitle = "Twin"\n'
    problems = pack_problems(text, "p.toml")
    assert _lines(problems) == [5, 20, 26, 30, 30, 30, 30, 31]
    assert problems[0] == "p.toml:5: 'version' must be a whole number from 1"
    assert "scenario 'first': unknown key 'colour' in a scenario" in problems[1]
    assert problems[2] == "p.toml:26: scenario 'first': unknown risk code 'low'"
    assert problems[3] == "p.toml:30: scenario 'first': 'card' is missing"
    assert "the expected log ([scenario.expected]) is missing" in problems[6]
    assert problems[7] == ("p.toml:31: scenario 'first': the id 'first' is used by another "
                           "scenario in this pack")


def test_a_missing_expected_key_points_at_the_table() -> None:
    text = GOOD.replace('risk = "none_observed"\n', "")
    assert pack_problems(text, "p.toml") == [
        "p.toml:21: scenario 'first': 'risk' is missing from the expected log"
    ]


def test_incoherent_expected_logs_are_refused() -> None:
    text = (GOOD.replace('risk = "none_observed"', 'risk = "imminent_danger"')
            .replace('critical = []', 'critical = ["record_disclosure_route"]'))
    problems = pack_problems(text, "p.toml")
    assert problems == [
        "p.toml:18: scenario 'first': critical action 'record_disclosure_route' needs a "
        "confidentiality_exception other than \"none\"",
        "p.toml:18: scenario 'first': imminent danger must be a critical action: add "
        "'escalate_imminent_danger_with_crisis_referral' to critical",
        "p.toml:26: scenario 'first': the expected log could not be saved: Imminent danger "
        "needs a crisis line, medical or clinician referral before saving.",
    ]


def test_a_syntax_error_gives_tomllib_line() -> None:
    text = GOOD.replace('format = "one_to_one"', "format = one_to_one")
    problems = pack_problems(text, "p.toml")
    assert len(problems) == 1
    assert problems[0].startswith("p.toml:23: TOML syntax: Invalid value")


def test_inline_tables_and_dotted_keys_are_located() -> None:
    text = GOOD.rsplit("[scenario.expected]", 1)[0] + (
        'expected = { member_group = "fire", format = "one_to_one", topics = ["work_stress"],'
        ' risk = "none_observed", referrals = ["eapp"], confidentiality_exception = "none" }\n'
        'why.risk = "ok"\nwhy.colour = "no"\n'
    )
    problems = pack_problems(text, "p.toml")
    assert _lines(problems) == [21, 23]
    assert "unknown referral code 'eapp' (did you mean 'eap'?)" in problems[0]
    assert "unknown key 'colour' in [scenario.why]" in problems[1]


def test_locator_skips_strings_and_comments() -> None:
    loc = LineLocator(GOOD)
    assert loc.line_of(("scenario", 0, "expected", "topics")) == 24
    assert loc.line_of(("scenario", 0, "expected")) == 21
    assert loc.line_of(("scenario", 0, "script")) == 16
    assert loc.line_of(("scenario", 0, "nothing", "here")) == 8
    assert loc.line_of(("nowhere",)) == 1


def test_no_scenarios_and_no_pack_table() -> None:
    assert _lines(pack_problems('title = "x"\n', "p.toml")) == [1, 1, 1]
    with pytest.raises(PackInvalid) as info:
        parse_pack("", "empty.toml")
    assert "at least one [[scenario]]" in " ".join(info.value.problems)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_hostile_text_never_crashes(text: str) -> None:
    for problem in pack_problems(text, "h.toml"):
        assert problem.startswith("h.toml:")


@settings(max_examples=100, deadline=None)
@given(st.integers(0, len(GOOD)), st.text(max_size=30))
def test_damaged_good_packs_never_crash(cut: int, insert: str) -> None:
    text = GOOD[:cut] + insert + GOOD[cut:]
    line_count = text.count("\n") + 1
    for problem in pack_problems(text, "h.toml"):
        assert 1 <= int(problem.split(":")[1]) <= line_count


def test_an_empty_pack_table_is_a_problem_not_a_crash() -> None:
    text = GOOD.replace('id = "test-pack"\ntitle = "Test pack"\nversion = 1\nlanguage = "en"\n', "")
    assert "[pack]\n\n[[scenario]]" in text
    with pytest.raises(PackInvalid) as info:
        parse_pack(text, "e.toml")
    assert list(info.value.problems) == [
        "e.toml:2: the [pack] table (id, title, version, language) is missing"]


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "title", "version", "language", "description"]),
                       st.one_of(st.integers(-2, 2**64), st.text(max_size=8), st.booleans()),
                       max_size=5))
def test_any_pack_table_gives_problems_or_a_pack(meta: dict[str, object]) -> None:
    lines = [f"{key} = {value!r}".replace("True", "true").replace("False", "false")
             for key, value in meta.items()]
    body = GOOD.split("[[scenario]]", 1)[1]
    text = "[pack]\n" + "\n".join(lines) + "\n\n[[scenario]]" + body
    problems = pack_problems(text, "m.toml")
    assert all(p.startswith("m.toml:") for p in problems)
    if not problems:
        pack = parse_pack(text, "m.toml")
        assert (pack.id, pack.title, pack.version) == (meta["id"], meta["title"], meta["version"])
        assert 1 <= pack.version < 2**63


def test_deep_nesting_is_a_message() -> None:
    problems = pack_problems("a = " + "[" * 5000 + "]" * 5000, "deep.toml")
    assert problems
    assert problems[0].startswith("deep.toml:1:")


# --------------------------------------------------------------------------- scoring


@pytest.fixture(scope="module")
def scenarios() -> dict[str, Scenario]:
    return {s.id: s for f in SHIPPED for s in parse_pack(f.read_text(), f.name).scenarios}


def test_a_partial_answer_loses_field_points_but_passes_without_critical_miss(
    scenarios: dict[str, Scenario],
) -> None:
    s = scenarios["family-member-call"]
    perfect = model_answer(s)
    partial = replace(perfect, topics=frozenset({Topic.FAMILY_RELATIONSHIPS, Topic.FINANCIAL}),
                      checklist_ticked=perfect.checklist_ticked - {"confidentiality_explained"})
    fb = score_attempt(s, partial, seconds=42.0)
    wrong = {f.field: f for f in fb.wrong_fields}
    assert set(wrong) == {"topics", "checklist"}
    assert wrong["topics"].reason == "Does not fit this scenario: financial."
    assert wrong["checklist"].reason == "Not ticked: confidentiality_explained."
    # fields: 12 of 14 points lost 1 (topics half) + 0.5 (checklist quarter); 60 + 40 * 12.5/14
    assert fb.score == 96
    assert fb.passed
    assert fb.timing is not None
    assert fb.timing.under_limit
    assert fb.fields[0].right is False  # wrong fields come first


def test_wrong_fields_carry_the_pack_explanation(scenarios: dict[str, Scenario]) -> None:
    s = scenarios["family-member-call"]
    fb = score_attempt(s, replace(model_answer(s), member_group=MemberGroup.POLICE))
    (wrong,) = fb.wrong_fields
    assert wrong.reason == ("Logged as 'police'; this is 'family_member'. You supported the wife "
                            "on the phone, not the officer.")


CRITICAL_MISSES = [
    ("imminent-self-harm", CriticalAction.ESCALATE_IMMINENT_DANGER,
     {"risk": Risk.IMMINENT_DANGER, "referrals": (Referral(ReferralType.EAP),)}),
    ("threat-to-another", CriticalAction.ESCALATE_IMMINENT_DANGER,
     {"risk": Risk.SOME_CONCERN}),
    ("imminent-self-harm", CriticalAction.ESCALATE_IMMINENT_DANGER,
     {"referrals": (Referral(ReferralType.EAP),)}),
    ("disclosed-abuse", CriticalAction.RECORD_CONFIDENTIALITY_EXCEPTION,
     {"confidentiality_exception": ConfidentialityException.OTHER_LEGAL}),
    ("disclosed-abuse", CriticalAction.RECORD_DISCLOSURE_ROUTE,
     {"disclosure_route": DisclosureRoute.SUPERVISOR}),
    ("substance-use", CriticalAction.OFFER_REFERRAL, {"referrals": ()}),
    ("substance-use", CriticalAction.CHECK_SAFETY, {"checklist_ticked": frozenset()}),
    ("group-debriefing", CriticalAction.CHECK_SAFETY, {"risk": Risk.NONE_OBSERVED}),
    ("witness-role-conflict", CriticalAction.DECLARE_ROLE_CONFLICT,
     {"checklist_ticked": frozenset({"no_role_conflict", "confidentiality_explained"})}),
    ("witness-role-conflict", CriticalAction.HAND_OVER,
     {"referrals": (Referral(ReferralType.CISM_TEAM, ReferralHow.INFO_GIVEN),)}),
    ("routine-work-stress", CriticalAction.NO_IDENTIFYING_DETAILS,
     {"private_note": "He says Lt. Moreno is the problem."}),
]


@pytest.mark.parametrize(("scenario_id", "action", "changes"), CRITICAL_MISSES,
                         ids=[f"{a.value}-{i}" for i, (_, a, _) in enumerate(CRITICAL_MISSES)])
def test_each_kind_of_critical_miss_caps_the_score(
    scenarios: dict[str, Scenario], scenario_id: str, action: CriticalAction,
    changes: dict[str, object],
) -> None:
    s = scenarios[scenario_id]
    fb = score_attempt(s, replace(model_answer(s), **changes))  # type: ignore[arg-type]
    assert [c.action for c in fb.critical_misses] == [action]
    assert fb.critical[0].action is action  # critical misses come first
    assert fb.critical[0].reason
    assert fb.score <= CRITICAL_CAP < PASS_MARK
    assert not fb.passed


def test_a_lower_case_name_in_the_note_is_a_critical_miss_with_the_name_list(
    scenarios: dict[str, Scenario],
) -> None:
    s = scenarios["routine-work-stress"]
    attempt = replace(model_answer(s), private_note="talked w/ mike after shift, 45 min")
    assert not score_attempt(s, attempt).critical_misses, "patterns alone miss it"
    fb = score_attempt(s, attempt, names=NameList.of(["Mike"]))
    assert [c.action for c in fb.critical_misses] == [CriticalAction.NO_IDENTIFYING_DETAILS]
    assert "(name)" in fb.critical_misses[0].reason
    assert not fb.passed


def test_timed_mode_reports_over_the_limit(scenarios: dict[str, Scenario]) -> None:
    s = scenarios["routine-work-stress"]
    fb = score_attempt(s, model_answer(s), seconds=75.25)
    assert fb.timing is not None
    assert (fb.timing.seconds, fb.timing.limit, fb.timing.under_limit) == (75.2, 60, False)
    assert fb.score == 100  # time is reported, not scored


def test_feedback_round_trips_through_its_dict(scenarios: dict[str, Scenario]) -> None:
    s = scenarios["threat-to-another"]
    fb = score_attempt(s, replace(model_answer(s), risk=Risk.SOME_CONCERN), seconds=30)
    assert DrillFeedback.from_dict(fb.to_dict()) == fb


def test_the_schema_example_is_a_valid_pack() -> None:
    import re

    schema = (DRILLS / "SCHEMA.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", schema, re.S)
    assert example is not None
    assert parse_pack(example.group(1), "SCHEMA.md").scenarios[0].id == "dispatcher-child"
