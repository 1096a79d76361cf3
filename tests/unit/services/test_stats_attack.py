"""Statistics against a reader who knows the rules: an independent attacker holding every CSV
of a vault (all quarters, annual summaries, rounded and not, threshold changes between them),
checked against the vault's true counts and hours; the rules themselves; the engine's audit
agreeing with that attacker on the shapes that once leaked.
"""

from __future__ import annotations

import hashlib
import math
import random
from datetime import date

import pytest

from contact_support import draft
from peerdesk.domain.errors import ReleaseRefused
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import (
    RULES,
    Kind,
    Layout,
    Release,
    count_interval_safe,
    cover_equations,
    hidden_interval,
    hours_interval_safe,
    published_interval,
    round_base5,
    rounding_digest,
)
from peerdesk.domain.vocab import Channel, Format, IncidentType, MemberGroup, Topic
from peerdesk.services import policy as policy_service
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.csv_export import release_csv
from peerdesk.services.stats.disclosure import Auditor
from peerdesk.services.stats.engine import narrow_cells, protect, release_system
from peerdesk.storage import contact_repo, database, policy_repo, stats_repo
from peerdesk.storage.stats_repo import Tally
from stats_attacker import Attacker, count_rule_holds, p_rule_holds, parse
from stats_truth import attack_every_csv
from team_support import new_workspace

TODAY = date(2026, 11, 20)


# ---------------------------------------------------------------------- the vault's truth


def engine_agrees(ws, periods: tuple[str, ...] = ()) -> int:
    """The engine's audit and the attacker, written apart, bound every hidden cell of every
    released quarter (or of ``periods``) alike. Returns the number of cells compared."""
    frozen = [r for r in stats.releases(ws) if not periods or r.period in periods]
    attacker = Attacker()
    for release in frozen:
        attacker.add_release(release_csv(release))
    mine = attacker.intervals()
    names = {f"{r.period}|{v}": f"{r.period}|{t}/{row}/{col}"
             for r in frozen for t, row, col, v in r.layout.cells if r.values[v] is None}
    engine = Auditor().intervals(release_system(frozen), names)
    for name, cell in names.items():
        assert engine[name] == pytest.approx(mine[cell], abs=1e-6), (name, cell)
    return len(names)


# ---------------------------------------------------------------------- the rules


def test_a_rounded_count_means_what_the_rounding_can_do():
    """Every value that can round to r lies in r's published band, and the band holds
    nothing the rounding could not have produced (given the threshold)."""
    key = b"r" * 32
    reached: dict[int, set[int]] = {}
    for value in range(5, 40):
        for i in range(40):
            r = round_base5(value, rounding_digest(key, "q", f"c{value}/{i}"))
            reached.setdefault(r, set()).add(value)
    for r, values in reached.items():
        lo, hi = published_interval(r, Kind.COUNT, 5, 5)
        assert set(range(int(lo), int(hi) + 1)) >= values
        assert lo == max(5, r - 4)
        assert hi == r + 4
    assert published_interval(0, Kind.COUNT, 5, 5) == (0.0, 0.0)
    assert published_interval(12, Kind.COUNT, 0, 5) == (12.0, 12.0)
    assert published_interval(10, Kind.HOURS, 5, 5) == (5.5, 14.5)
    assert published_interval(10, Kind.HOURS, 5, 5, rules=1) == (9.5, 10.5)
    assert hidden_interval(Kind.COUNT) == (1.0, math.inf)
    assert hidden_interval(Kind.COUNT, rules=1) == (0.0, math.inf)


def test_releases_stored_before_these_rules_are_read_as_they_were_made():
    """A release stored without a rules version may hide zeros and has exact hours: the audit
    reads its hidden counts as 0 or more and its rounded hours as exact."""
    layout = Layout.for_quarter(Quarter(2026, 1), ())
    values: dict[str, int | None] = dict.fromkeys(layout.variables, 0)
    values.update({"channel/video": None, "channel/text": None, "channel/in_person": 40,
                   "contacts": 45, "hours": 10})
    new = Release("2026-Q1", layout, 5, 5, True, "test", values)
    old = Release.from_json(new.to_json().replace(f',"rules":{RULES}', ""))
    assert (new.rules, old.rules) == (RULES, 1)
    assert Release.from_json(new.to_json()).rules == RULES
    assert Release.from_json(new.to_json().replace(f',"rules":{RULES}', ',"rules":2')).rules == 2
    system = release_system([old])
    assert system.bounds["2026-Q1|channel/video"] == (0.0, math.inf)
    assert system.bounds["2026-Q1|hours"] == (9.5, 10.5)
    assert release_system([new]).bounds["2026-Q1|channel/video"] == (1.0, math.inf)
    assert release_system([new]).bounds["2026-Q1|hours"] == (5.5, 14.5)


@pytest.mark.parametrize(("lo", "hi", "k", "safe"), [
    (1, 4, 5, True), (1, 3, 5, False), (0, 3, 5, True), (2, 4, 5, False), (5, 5, 5, True),
    (4, 6, 5, False), (3, 9, 7, True), (1, 5, 7, False), (1, math.inf, 5, True),
    (0.9999999, 4.0000001, 5, True),
])
def test_count_rule_needs_k_minus_one_values_or_at_least_k(lo, hi, k, safe):
    assert count_interval_safe(lo, hi, k) is safe
    assert count_rule_holds(lo, hi, k) is safe


@pytest.mark.parametrize(("lo", "hi", "safe"), [
    (6, 10, False), (6, 10.1, True), (0, 1, True), (9.5, 10.5, False), (1, math.inf, True),
])
def test_hours_p_percent_rule(lo, hi, safe):
    assert hours_interval_safe(lo, hi) is safe
    assert p_rule_holds(lo, hi) is safe


# ---------------------------------------------------------------------- the shapes that leaked


def insert(ws, drafts) -> None:
    conn = ws.vault.conn
    with database.transaction(conn):
        first = contact_repo.next_id(conn)
        contact_repo.insert_many(conn, [
            (first + i, ws.member.user_id, d, str(Quarter.of(d.occurred_on)), first + i)
            for i, d in enumerate(drafts)])


def spread(i: int, quarter: Quarter | None = None) -> date:
    quarter = quarter or Quarter(2026, 3)
    return date(quarter.year, quarter.first_day.month + i % 3, 1 + i % 28)


def test_channel_row_with_two_small_cells_is_known_as_one_to_four_by_engine_and_attacker():
    """In person 40, phone 0, other 0, Total 45, video and text hidden: a reader knows each is
    one or more, so 1..4. The engine's audit now says so too, and 1..4 keeps four values."""
    layout = Layout.for_quarter(Quarter(2026, 3), ())
    values: dict[str, int | None] = dict.fromkeys(layout.variables)
    channel = {"channel/in_person": 40, "channel/phone": 0, "channel/other": 0,
               "contacts": 45, "channel/video": None, "channel/text": None}
    values.update(channel)
    release = Release("2026-Q3", layout, 5, 0, True, "test", values)
    intervals = Auditor().intervals(release_system([release]),
                                    ["2026-Q3|channel/video", "2026-Q3|channel/text"])
    assert intervals == {"2026-Q3|channel/video": (1.0, 4.0),
                         "2026-Q3|channel/text": (1.0, 4.0)}
    assert count_interval_safe(*intervals["2026-Q3|channel/video"], 5)


def test_channel_example_released_from_data(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    drafts = [draft(occurred_on=spread(i), member_group=MemberGroup.POLICE) for i in range(40)]
    drafts += [draft(occurred_on=spread(i), channel=Channel.VIDEO,
                     member_group=MemberGroup.POLICE) for i in range(3)]
    drafts += [draft(occurred_on=spread(i), channel=Channel.TEXT,
                     member_group=MemberGroup.POLICE) for i in range(2)]
    insert(ws, drafts)
    data = stats.export(ws, Quarter(2026, 3), "csv", today=TODAY).data
    _, cells, _ = parse(data)
    assert cells[("contacts_by_channel", "in_person", "contacts")] == 40
    assert cells[("contacts_by_channel", "video", "contacts")] is None
    assert cells[("contacts_by_channel", "Total", "contacts")] == 45
    attacker = Attacker()
    attacker.add_release(data)
    assert attacker.intervals()["2026-Q3|contacts_by_channel/video/contacts"] == (1.0, 4.0)
    attack_every_csv(ws, [data])
    assert engine_agrees(ws) == 2  # video and text, nothing else
    ws.lock()


def test_rounded_fire_row_with_one_long_debriefing(tmp_path):
    """One 10-hour debriefing in a rounded release: its count and its hours are hidden, the
    hours are rounded, and neither can be narrowed past the rules."""
    ws = new_workspace(tmp_path / "v", training=True)
    fire = [draft(occurred_on=spread(i), member_group=MemberGroup.FIRE, duration_min=40)
            for i in range(23)]
    others = [draft(occurred_on=spread(i), member_group=MemberGroup.EMS,
                    format=Format.DEFUSING, group_size=3, incident_type=IncidentType.OTHER,
                    topics=frozenset({Topic.CRITICAL_INCIDENT}), duration_min=50)
              for i in range(9)]
    long_one = draft(occurred_on=spread(5), member_group=MemberGroup.FIRE,
                     format=Format.DEBRIEFING, group_size=8, incident_type=IncidentType.OTHER,
                     topics=frozenset({Topic.CRITICAL_INCIDENT}), duration_min=600)
    insert(ws, [*fire, *others, long_one])
    data = stats.export(ws, Quarter(2026, 3), "csv", rounding=True, today=TODAY).data
    meta, cells, _ = parse(data)
    assert meta["rounding"] == "5"
    assert cells[("member_group_by_format", "fire", "debriefing")] is None
    assert cells[("support_hours", "debriefing", "hours")] is None
    assert all(v is None or v % 5 == 0 for v in cells.values())  # hours rounded too
    attacker = Attacker()
    attacker.add_release(data)
    lo, hi = attacker.intervals()["2026-Q3|support_hours/debriefing/hours"]
    assert lo <= 10 <= hi
    assert hi > lo * 5 / 3
    count = attacker.intervals()["2026-Q3|member_group_by_format/fire/debriefing"]
    assert count_rule_holds(*count, 5)
    attack_every_csv(ws, [data])
    assert engine_agrees(ws) > 2
    ws.lock()


def test_later_release_is_held_to_the_largest_threshold_so_far():
    """A release made at k = 5 after one at k = 7: its hidden counts keep six values."""
    layout = Layout.for_quarter(Quarter(2026, 3), ())
    values: dict[str, int | None] = dict.fromkeys(layout.variables, 0)
    values.update({"channel/in_person": 40, "contacts": 45, "channel/video": None,
                   "channel/text": None, "month/2026-07": 45, "member_group/police": 45,
                   "format/one_to_one": 45, "member_group_by_format/police/one_to_one": 45,
                   "topic/work_stress": 45, "risk/none_observed": 45, "hours": 34,
                   "hours/one_to_one": 34})
    now = Release("2026-Q3", layout, 5, 0, True, "test", values)
    before = Release("2026-Q2", Layout.for_quarter(Quarter(2026, 2), ()), 7, 0, True, "test",
                     dict.fromkeys(Layout.for_quarter(Quarter(2026, 2), ()).variables, 0))
    assert narrow_cells(Auditor(), [now]) == []
    assert narrow_cells(Auditor(), [before, now]) == ["channel/video", "channel/text"]


# ---------------------------------------------------------------------- a whole vault


def _skewed(rng: random.Random, quarter: Quarter) -> list:
    """One dominant category and many zeros: nearly all police, in person, one-to-one, a few
    stragglers in rare cells."""
    drafts = [draft(occurred_on=spread(i, quarter), member_group=MemberGroup.POLICE,
                    duration_min=rng.randint(20, 90)) for i in range(rng.randint(50, 70))]
    for i, group in enumerate((MemberGroup.RETIREE, MemberGroup.DISPATCH,
                               MemberGroup.FAMILY_MEMBER)):
        drafts += [draft(occurred_on=spread(i + j, quarter), member_group=group,
                         channel=Channel.PHONE, topics=frozenset({Topic.GRIEF_LOSS}),
                         duration_min=rng.randint(10, 60)) for j in range(1 + i)]
    return drafts


def _long_debriefing(rng: random.Random, quarter: Quarter) -> list:
    drafts = [draft(occurred_on=spread(i, quarter), duration_min=rng.randint(15, 120),
                    member_group=rng.choice([MemberGroup.FIRE, MemberGroup.EMS]))
              for i in range(rng.randint(25, 35))]
    drafts.append(draft(occurred_on=spread(7, quarter), member_group=MemberGroup.FIRE,
                        format=Format.DEBRIEFING, group_size=12, duration_min=720,
                        incident_type=IncidentType.SERIOUS_INJURY_TO_PERSONNEL,
                        topics=frozenset({Topic.CRITICAL_INCIDENT})))
    return drafts


def _set_threshold(ws, k: int) -> None:
    policy = policy_repo.load(ws.vault.conn)
    policy_service.update_settings(
        ws, idle_lock_minutes=policy.idle_lock_minutes,
        private_notes_enabled=policy.private_notes_enabled,
        notes_expiry_days=policy.notes_expiry_days, suppression_threshold=k)


def _fixed_rounding_secret(monkeypatch: pytest.MonkeyPatch, label: bytes) -> None:
    """Rounding is keyed by the vault's random audit key; a fixed one makes a run repeatable."""
    secret = hashlib.sha256(label).digest()
    monkeypatch.setattr(stats_repo, "vault_secret", lambda conn: secret)


def test_attacker_holding_every_csv_of_a_vault(tmp_path, monkeypatch):
    """Two years of a small team: 30, 60, 120 and 300 contacts a quarter, then a quarter with
    one dominant category and many zeros, then one with a single 12-hour debriefing; rounded
    and exact releases; the threshold raised to 7 then lowered to 5; both annual summaries.
    The attacker holds every CSV at once. (One seed: each attack costs seconds.)"""
    _fixed_rounding_secret(monkeypatch, b"0")
    seed = 1
    rng = random.Random(seed)
    ws = new_workspace(tmp_path / "v", training=True)
    for q, n in zip((1, 2, 3, 4), (30, 60, 120, 300), strict=True):
        quarter = Quarter(2025, q)
        make_demo_contacts(ws, n, seed=seed * 10 + q, start=quarter.first_day,
                           end=quarter.last_day)
    insert(ws, _skewed(rng, Quarter(2026, 1)) + _long_debriefing(rng, Quarter(2026, 2)))
    csvs = []
    plan = [(Quarter(2025, 1), False), (Quarter(2025, 2), True),
            (Quarter(2025, 3), seed % 2 == 0), (Quarter(2025, 4), seed % 2 == 1)]
    for quarter, rounding in plan:
        csvs.append(stats.export(ws, quarter, "csv", rounding=rounding, today=TODAY).data)
    csvs.append(stats.export_annual_csv(ws, 2025))
    _set_threshold(ws, 7)
    csvs.append(stats.export(ws, Quarter(2026, 1), "csv", rounding=True, today=TODAY).data)
    _set_threshold(ws, 5)
    csvs.append(stats.export(ws, Quarter(2026, 2), "csv", today=TODAY).data)
    csvs.append(stats.export_annual_csv(ws, 2026))
    assert [parse(d)[0]["threshold"] for d in csvs] == ["5"] * 5 + ["7", "5", "7"]
    checked = attack_every_csv(ws, csvs)
    assert checked > 50
    assert engine_agrees(ws, ("2025-Q1", "2026-Q1", "2026-Q2")) > 20
    _, cells, _ = parse(csvs[6])
    assert cells[("support_hours", "debriefing", "hours")] is None
    ws.lock()


def test_the_structural_cover_never_depends_on_the_values_it_hides():
    """Same zeros, any other values: the same structural cover (so re-running it on guessed
    values tells nothing); the patterns grown from it are checked alike in
    test_stats_pattern.test_the_patterns_tried_depend_on_zeros_and_classes_only."""
    layout = Layout.for_quarter(Quarter(2026, 3), ("a", "b"))
    rng = random.Random(7)
    counts_of = [v for v in layout.variables if layout.kind(v) is Kind.COUNT]
    for _ in range(20):
        zero = {v for v in counts_of if rng.random() < 0.3}
        one = {v: 0 if v in zero else rng.randint(1, 200) for v in counts_of}
        other = {v: 0 if v in zero else rng.randint(1, 200) for v in counts_of}
        small = {v for v in counts_of if v not in zero and rng.random() < 0.1}
        cover = cover_equations(layout, small, one)
        assert cover == cover_equations(layout, small, other)
        assert not cover & zero


def test_an_annual_over_a_raised_threshold_narrows_no_quarter(tmp_path):
    """Q1 released at 5 hides retiree 2 and dispatch 3 beside police 40 (each 1..4); the
    threshold is then raised to 7 for Q2, and the annual summary states 7. Holding all three
    CSVs narrows no quarterly cell beyond what the quarters alone give; the annual's hidden
    retiree sum stays as pinned as Q1 left it (1..4), which no annual suppression can undo."""
    ws = new_workspace(tmp_path / "v", training=True)
    q1, q2 = Quarter(2026, 1), Quarter(2026, 2)
    drafts = [draft(occurred_on=spread(i, q1), member_group=MemberGroup.POLICE)
              for i in range(40)]
    drafts += [draft(occurred_on=spread(i, q1), member_group=MemberGroup.RETIREE)
               for i in range(2)]
    drafts += [draft(occurred_on=spread(i, q1), member_group=MemberGroup.DISPATCH)
               for i in range(3)]
    drafts += [draft(occurred_on=spread(i, q2), member_group=MemberGroup.POLICE)
               for i in range(40)]
    insert(ws, drafts)
    quarters = [stats.export(ws, q1, "csv", today=TODAY).data]
    _set_threshold(ws, 7)
    quarters.append(stats.export(ws, q2, "csv", today=TODAY).data)
    annual = stats.export_annual_csv(ws, 2026)
    assert parse(annual)[0]["threshold"] == "7"
    alone, together = Attacker(), Attacker()
    for data in quarters:
        alone.add_release(data)
        together.add_release(data)
    together.add_release(annual)
    before, after = alone.intervals(), together.intervals()
    assert before["2026-Q1|contacts_by_member_group/retiree/contacts"] == (1.0, 4.0)
    for cell, (lo, hi) in before.items():
        assert after[cell] == (pytest.approx(lo), pytest.approx(hi)), cell
    assert after["2026|contacts_by_member_group/retiree/contacts"] == (1.0, 4.0)
    ws.lock()


# ---------------------------------------------------------------------- re-running the hiding


def _channel_tallies(layout: Layout, channel: dict[str, int]) -> dict[str, Tally]:
    """A quarter where every contact is a police one-to-one about work stress in July, 45
    minutes, split over the channels as given (so only the channel table varies)."""
    total = sum(channel.values())
    same = ["contacts", "month/2026-07", "member_group/police", "format/one_to_one",
            "member_group_by_format/police/one_to_one", "topic/work_stress",
            "risk/none_observed", "outcome/not_recorded", "first_or_repeat/not_recorded"]
    tallies = {v: Tally(total, 3, 45 * total) for v in same}
    tallies.update({f"channel/{c}": Tally(n, min(n, 3)) for c, n in channel.items()})
    return tallies


@pytest.mark.parametrize("split", [
    (40, 0, 3, 2, 0),    # video and text hidden
    (40, 6, 2, 7, 0),    # a small cell whose complement is the big one
    (3, 20, 0, 0, 25),   # the complement could itself have been the small one
    (1, 0, 9, 0, 30),
])
def test_re_running_the_hiding_on_every_guess_leaves_small_cells_protected(split):
    """An attacker who re-runs the hiding, by brute force: every split of the hidden channel cells
    that keeps the published total, run through the engine itself; the splits giving back
    exactly the published release are what the pattern allows. Each hidden cell's possible
    values must still be all at or above 5, or at least 4 of them."""
    codes = [c.value for c in Channel]
    layout = Layout.for_quarter(Quarter(2026, 3), ())

    def release_of(channel: dict[str, int]) -> Release | None:
        """The release, or None where the quarter is withheld (an outcome of its own)."""
        def make(values: dict[str, int | None]) -> Release:
            return Release("2026-Q3", layout, 5, 0, True, "test", values)

        try:
            return protect("2026-Q3", layout, _channel_tallies(layout, channel), 5, 0, [],
                           make)[0]
        except ReleaseRefused:
            return None

    published = release_of(dict(zip(codes, split, strict=True)))
    assert published is not None
    hidden = [c for c in codes if published.values[f"channel/{c}"] is None]
    assert len(hidden) == 2
    rest = sum(split) - sum(n for c, n in zip(codes, split, strict=True) if c not in hidden)
    possible: dict[str, set[int]] = {c: set() for c in hidden}
    for first in range(rest + 1):
        guess = dict(zip(codes, split, strict=True))
        guess.update({hidden[0]: first, hidden[1]: rest - first})
        if getattr(release_of(guess), "values", None) == published.values:
            possible[hidden[0]].add(first)
            possible[hidden[1]].add(rest - first)
    for code, values in possible.items():
        assert split[codes.index(code)] in values
        assert min(values) >= 5 or len(values) >= 4, (code, sorted(values))


def test_a_rounded_row_does_not_pin_its_one_hidden_cell(tmp_path, monkeypatch):
    """Police: total rounded to 15 (so 11..19), one-to-one rounded to 20 (so 16..24), small
    group hidden: small group <= 3. Its column (small groups, 1..4) is small, so every part of
    it is hidden, zeros too: small group is 0..3, four values, which the rule allows; before,
    it was known to be 1..3."""
    _fixed_rounding_secret(monkeypatch, b"2")
    ws = new_workspace(tmp_path / "v", training=True)
    csvs = []
    for q, n in ((1, 30), (2, 60)):
        quarter = Quarter(2025, q)
        make_demo_contacts(ws, n, seed=10 + q, start=quarter.first_day, end=quarter.last_day)
    for q, rounding in ((1, False), (2, True)):
        csvs.append(stats.export(ws, Quarter(2025, q), "csv", rounding=rounding,
                                 today=TODAY).data)
    attack_every_csv(ws, csvs)
