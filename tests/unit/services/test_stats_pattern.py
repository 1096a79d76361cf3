"""The pattern attacker by brute force: someone who knows the engine re-runs it on every guess
of the hidden cells that agrees with what was published, and keeps the guesses that give back
exactly the published release. What is left for each hidden count must lie wholly at or above
the threshold it is held to, or hold at least threshold - 1 values.

The engine itself is the attacker's tool here (it is the public algorithm); the guesses are
made by this file. Rounded releases: the rounding coin is a vault secret, so a guess is kept
when each published figure is one the coin could have given for the guessed value.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date

import pytest

from contact_support import draft
from peerdesk.domain.errors import ReleaseRefused
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import ROUNDING_BASE, Kind, Layout, Release, cover_equations, escalate
from peerdesk.domain.vocab import Channel, Format, IncidentType, MemberGroup, Topic
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import engine
from peerdesk.storage import contact_repo, database, stats_repo
from peerdesk.storage.stats_repo import Tally
from team_support import new_workspace

CODES = [c.value for c in Channel]
Q3 = Quarter(2026, 3)
LAYOUT = Layout.for_quarter(Q3, ())
SAME = ("contacts", "month/2026-07", "member_group/police", "format/one_to_one",
        "member_group_by_format/police/one_to_one", "topic/work_stress", "risk/none_observed",
        "outcome/not_recorded", "first_or_repeat/not_recorded")


def channel_tallies(channel: Mapping[str, int], total: int | None = None) -> dict[str, Tally]:
    """A quarter where every contact is a police one-to-one about work stress in July, 45
    minutes; only the channel table varies."""
    total = sum(channel.values()) if total is None else total
    tallies = {v: Tally(total, 3, 45 * total) for v in SAME}
    tallies.update({f"channel/{c}": Tally(n, min(n, 3)) for c, n in channel.items()})
    return tallies


def release_of(tallies: Mapping[str, Tally], k: int = 5, rounding: int = 0,
               earlier: Sequence[Release] = (), layout: Layout = LAYOUT,
               period: str = "2026-Q3") -> Release:
    def make(values: dict[str, int | None]) -> Release:
        return Release(period, layout, k, rounding, True, "test", values)

    return engine.protect(period, layout, tallies, k, rounding, list(earlier), make,
                          b"test key")[0]


def published_by(tallies: Mapping[str, Tally], k: int = 5, rounding: int = 0,
                 earlier: Sequence[Release] = ()) -> Mapping[str, int | None] | None:
    """What the engine publishes for ``tallies``: the release's values, or None where it
    withholds the quarter (an outcome a reader tells apart from any release)."""
    try:
        return release_of(tallies, k, rounding, earlier).values
    except ReleaseRefused:
        return None


def can_round_to(value: int, published: int) -> bool:
    """Whether some rounding coin turns ``value`` into ``published`` (domain.stats.round_base5)."""
    if value <= 0:
        return published == 0
    low = value - value % ROUNDING_BASE
    reachable = {value} if value % ROUNDING_BASE == 0 else {max(low, ROUNDING_BASE),
                                                             low + ROUNDING_BASE}
    return published in reachable


@pytest.fixture
def secret_coin(monkeypatch) -> Callable[[Release], None]:
    """Makes the engine round each figure to what ``published`` shows whenever a coin could
    have done so: the attacker does not know the coin, so it cannot rule such a guess out."""

    def use(published: Release) -> None:
        def digest(key: bytes, release: str, variable: str) -> bytes:
            return variable.encode()

        def rounding(value: int, coin: bytes) -> int:
            shown = published.values.get(coin.decode())
            if shown is not None and can_round_to(value, shown):
                return shown
            return value if value % ROUNDING_BASE == 0 else max(
                value - value % ROUNDING_BASE, ROUNDING_BASE)

        monkeypatch.setattr(engine, "rounding_digest", digest)
        monkeypatch.setattr(engine, "round_base5", rounding)

    return use


def splits(total: int, parts: int, least: int = 1) -> Iterator[tuple[int, ...]]:
    """Every way to write ``total`` as ``parts`` counts of at least ``least``."""
    if parts == 1:
        if total >= least:
            yield (total,)
        return
    for first in range(least, total - least * (parts - 1) + 1):
        for rest in splits(total - first, parts - 1, least):
            yield (first, *rest)


def least_of(values: Sequence[int | None]) -> int:
    """What a hidden part of a sum can be (rules 4): zero only where every part of the sum is
    hidden or zero, one or more elsewhere."""
    return 0 if all(v in (None, 0) for v in values) else 1


def narrowed(possible: Mapping[str, set[int]], k: int) -> list[tuple[str, list[int]]]:
    return [(v, sorted(seen)) for v, seen in possible.items()
            if min(seen) < k and len(seen) < k - 1]


def attack_channel(row: dict[str, int], k: int = 5,
                   earlier: Sequence[Release] = ()) -> tuple[int, list[tuple[str, list[int]]]]:
    """Unrounded: the published total and cells are exact, the hidden ones split the rest."""
    try:
        published = release_of(channel_tallies(row), k, earlier=earlier)
    except ReleaseRefused:
        return 0, []  # withheld: nothing published, nothing to narrow
    hidden = [c for c in CODES if published.values[f"channel/{c}"] is None]
    if not hidden or published.values["contacts"] is None:
        return 0, []
    rest = sum(row[c] for c in hidden)
    possible: dict[str, set[int]] = {c: set() for c in hidden}
    least = least_of([published.values[f"channel/{c}"] for c in CODES])
    for guess in splits(rest, len(hidden), least):
        candidate = row | dict(zip(hidden, guess, strict=True))
        if published_by(channel_tallies(candidate), k, earlier=earlier) == published.values:
            for c in hidden:
                possible[c].add(candidate[c])
    for c in hidden:
        assert row[c] in possible[c]
    limit = max([k, *(r.threshold for r in earlier)])
    return len(hidden), narrowed(possible, limit)


def random_rows(seed: int, count: int) -> list[dict[str, int]]:
    rng = random.Random(seed)
    sizes = (0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20, 40)
    rows: list[dict[str, int]] = []
    while len(rows) < count:
        row = dict(zip(CODES, (rng.choice(sizes) for _ in CODES), strict=True))
        small = [n for n in row.values() if 0 < n < 5]
        # Rows with a small cell and a modest remainder: the ones the pattern can give away,
        # and few enough guesses to re-run the engine on each.
        if small and 5 <= sum(row.values()) <= 22:
            rows.append(row)
    return rows


@pytest.mark.parametrize("seed", [4, 5])
def test_re_running_the_hiding_on_random_channel_rows_pins_no_small_count(seed):
    """Seeded random channel rows (seeds whose rows the pattern gave away before the engine
    chose its patterns from the classes alone), threshold 5."""
    checked, leaks = 0, []
    for row in random_rows(seed, 6):
        hidden, found = attack_channel(row)
        checked += hidden
        leaks += [(row, *leak) for leak in found]
    assert checked >= 10
    assert leaks == []


@pytest.mark.parametrize("row", [
    {"in_person": 1, "phone": 7, "video": 40, "text": 7, "other": 2},
    {"in_person": 0, "phone": 2, "video": 0, "text": 5, "other": 1},   # all hidden
])
def test_re_running_the_hiding_after_a_higher_threshold(row):
    """Released at 5 after a release at 7: every hidden count is held to 7 (six values)."""
    layout = Layout.for_quarter(Quarter(2026, 2), ())
    before = Release("2026-Q2", layout, 7, 0, True, "test", dict.fromkeys(layout.variables, 0))
    _, leaks = attack_channel(row, 5, [before])
    assert leaks == []


@pytest.mark.parametrize("row", [
    {"in_person": 40, "phone": 0, "video": 3, "text": 2, "other": 0},
])
def test_re_running_the_hiding_on_a_rounded_release(row, secret_coin):
    """Rounded: every figure is a guess within what its rounding allows (the coin is a vault
    secret), so the total and the published cells are guessed too."""
    published = release_of(channel_tallies(row), rounding=ROUNDING_BASE)
    secret_coin(published)
    assert published_by(channel_tallies(row), rounding=ROUNDING_BASE) == published.values
    hidden = [c for c in CODES if published.values[f"channel/{c}"] is None]
    shown = {c: published.values[f"channel/{c}"] for c in CODES if c not in hidden}
    total = published.values["contacts"]
    assert hidden
    assert total is not None

    def band(value: int) -> list[int]:
        return [x for x in range(max(5, value - 4), value + 5) if can_round_to(x, value)] \
            if value else [0]

    possible: dict[str, set[int]] = {c: set() for c in hidden}
    runs = 0
    for published_guess in itertools.product(*(band(v) for v in shown.values())):
        for whole in band(total):
            rest = whole - sum(published_guess)
            for guess in splits(rest, len(hidden), least_of(list(shown.values()))):
                candidate = dict(zip(shown, published_guess, strict=True)) \
                    | dict(zip(hidden, guess, strict=True))
                runs += 1
                if published_by(channel_tallies(candidate, whole),
                                rounding=ROUNDING_BASE) == published.values:
                    for c in hidden:
                        possible[c].add(candidate[c])
    assert runs > 20
    for c in hidden:
        assert row[c] in possible[c]
    assert narrowed(possible, 5) == []


# ---------------------------------------------------------------------- vault shapes

ONE_WAY = ("contacts_by_month", "contacts_by_channel", "contacts_by_risk")


def _insert(ws, drafts) -> None:
    conn = ws.vault.conn
    with database.transaction(conn):
        first = contact_repo.next_id(conn)
        contact_repo.insert_many(conn, [
            (first + i, ws.member.user_id, d, str(Quarter.of(d.occurred_on)), first + i)
            for i, d in enumerate(drafts)])


def _day(i: int) -> date:
    return date(2026, 7 + i % 3, 1 + i % 28)


def _skewed(rng: random.Random) -> list:
    drafts = [draft(occurred_on=_day(i), member_group=MemberGroup.POLICE,
                    duration_min=rng.randint(20, 90)) for i in range(rng.randint(50, 70))]
    for i, group in enumerate((MemberGroup.RETIREE, MemberGroup.DISPATCH,
                               MemberGroup.FAMILY_MEMBER)):
        drafts += [draft(occurred_on=_day(i + j), member_group=group, channel=Channel.PHONE,
                         topics=frozenset({Topic.GRIEF_LOSS}),
                         duration_min=rng.randint(10, 60)) for j in range(1 + i)]
    return drafts


def _long_debriefing(rng: random.Random) -> list:
    drafts = [draft(occurred_on=_day(i), duration_min=rng.randint(15, 120),
                    channel=rng.choice([Channel.IN_PERSON, Channel.PHONE, Channel.TEXT]),
                    member_group=rng.choice([MemberGroup.FIRE, MemberGroup.EMS]))
              for i in range(rng.randint(25, 35))]
    drafts.append(draft(occurred_on=_day(7), member_group=MemberGroup.FIRE,
                        format=Format.DEBRIEFING, group_size=12, duration_min=720,
                        incident_type=IncidentType.SERIOUS_INJURY_TO_PERSONNEL,
                        topics=frozenset({Topic.CRITICAL_INCIDENT})))
    return drafts


def _partners(layout: Layout, published: Release, true: Mapping[str, Tally],
              margin: str) -> list[str] | None:
    """The cells that must move with ``margin`` for a guess to stay a possible quarter: a
    member group's one non-zero (and hidden) cell of the two-way table; None when it has
    more than one."""
    if not margin.startswith("member_group/"):
        return []
    group = margin.removeprefix("member_group/")
    inside = [v for v in layout.variables if v.startswith(f"member_group_by_format/{group}/")
              and v in true and true[v].count > 0]
    if len(inside) != 1 or published.values[inside[0]] is not None:
        return None
    return inside


def _guesses(layout: Layout, published: Release, true: Mapping[str, Tally],
             budget: int) -> Iterator[tuple[list[str], dict[str, Tally]]]:
    """For each one-way table with a published total and two or three hidden cells splitting
    a small rest: every split, as the quarter's tallies (a member group's one two-way cell
    moves with it)."""
    for table in (*ONE_WAY, "contacts_by_member_group"):
        cells = [v for t, row, _, v in layout.cells if t == table and row != "Total"]
        hidden = [v for v in cells if published.values[v] is None]
        partners = [_partners(layout, published, true, v) for v in hidden]
        if not 2 <= len(hidden) <= 3 or published.values["contacts"] is None \
                or any(p is None for p in partners):
            continue
        rest = sum(true[v].count for v in hidden)
        guesses = list(splits(rest, len(hidden), least_of([published.values[v]
                                                            for v in cells])))
        if len(guesses) > budget:
            continue
        budget -= len(guesses)
        for guess in guesses:
            tallies = dict(true)
            for v, n, moved in zip(hidden, guess, partners, strict=True):
                for cell in [v, *(moved or [])]:
                    before = true[cell]
                    episodes = before.episodes if before.count >= 5 and before.episodes < 3 \
                        else min(n, 3)
                    tallies[cell] = Tally(n, episodes, before.minutes)
            yield hidden, tallies


@pytest.mark.parametrize(("shape", "guesses"), [
    ("skewed", 10), ("demo60", 0), ("long_debriefing", 0),
])
def test_re_running_the_hiding_on_the_vault_shapes(tmp_path, shape, guesses):
    """The shapes of the whole-vault attack (one dominant category with many zeros; a team
    of 60 contacts a quarter; a single long debriefing): every small count hidden, and each
    one-way table whose hidden cells split a small rest guessed in full, the engine re-run
    on every guess (skewed: the three small member groups, each with its two-way cell).
    The larger shapes' hidden cells split rests of 25 or more, too many guesses to re-run a
    release of a second or more on each: there the whole-vault attacker of
    test_stats_attack.py and the channel rows above stand in."""
    ws = new_workspace(tmp_path / "v", training=True)
    rng = random.Random(3)
    if shape.startswith("demo"):
        make_demo_contacts(ws, int(shape[4:]), seed=5, start=Q3.first_day, end=Q3.last_day)
    else:
        _insert(ws, _skewed(rng) if shape == "skewed" else _long_debriefing(rng))
    true = stats_repo.quarter_tallies(ws.vault.conn, Q3, ())
    ws.lock()
    published = release_of(true)
    assert all(published.values[v] is None for v in LAYOUT.variables
               if LAYOUT.kind(v) is Kind.COUNT and 0 < (true[v].count if v in true else 0) < 5)
    possible: dict[str, set[int]] = {}
    runs = 0
    for hidden, tallies in _guesses(LAYOUT, published, true, budget=guesses):
        runs += 1
        if published_by(tallies) == published.values:
            for v in hidden:
                possible.setdefault(v, set()).add(tallies[v].count)
    assert runs >= min(guesses, 8)
    for v, seen in possible.items():
        assert true[v].count in seen, v
    assert narrowed(possible, 5) == []


def test_the_patterns_tried_depend_on_zeros_and_classes_only():
    """Same zeros and same small counts, any other values: the same sequence of patterns, up
    to every non-zero count hidden, and never a zero hidden."""
    layout = Layout.for_quarter(Q3, ("a",))
    counts_of = [v for v in layout.variables if layout.kind(v) is Kind.COUNT]
    rng = random.Random(11)
    for _ in range(6):
        # Totals and margins are never zero here (each holds a non-zero cell).
        zero = {v for v in counts_of if rng.random() < 0.3
                and v not in ("contacts", "incidents", "interventions", "incident_sessions")
                and not v.startswith(("member_group/", "format/", "referral", "checklist"))}
        small = {v for v in counts_of if v not in zero and rng.random() < 0.15
                 and not v.startswith(("incident_kind/", "reach/"))}
        assert small
        one = {v: 0 if v in zero else rng.randint(1, 4) if v in small else rng.randint(5, 99)
               for v in counts_of}
        other = {v: 0 if v in zero else rng.randint(1, 4) if v in small else rng.randint(5, 99)
                 for v in counts_of}
        patterns = []
        for counts in (one, other):
            pattern: set[str] | None = cover_equations(layout, set(small), counts)
            seen = []
            while pattern is not None:
                assert not pattern & zero
                seen.append(frozenset(pattern))
                pattern = escalate(layout, pattern, small, counts)
            patterns.append(seen)
        assert patterns[0] == patterns[1]
        # Up to every non-zero count of the tables a small count reaches through relations
        # (incidents by kind and reach hold no small count here, and share none with them).
        apart = ("incidents_by_kind", "incident_reach")
        assert patterns[0][-1] == {v for v in counts_of if v not in zero
                                   and layout.table_of(v) not in apart}


# ---------------------------------------------------------------------- the last pattern


def same_classes(row: dict[str, int]) -> Iterator[dict[str, int]]:
    """Every channel row with the same zeros and every non-zero cell small (1..4), as
    ``row``'s are: what a reader told which hidden counts are small cannot tell apart."""
    cells = [c for c in CODES if row[c]]
    assert all(0 < row[c] < 5 for c in cells)
    for values in itertools.product(range(1, 5), repeat=len(cells)):
        yield row | dict(zip(cells, values, strict=True))


@pytest.mark.parametrize("row", [
    {"in_person": 4, "phone": 3, "video": 4, "text": 0, "other": 0},
    {"in_person": 4, "phone": 0, "video": 0, "text": 2, "other": 4},
])
def test_the_last_pattern_keeps_every_small_count_open(row):
    """Three small channels whose total (11, 10) would pin one of them: only hiding every
    non-zero count protects them, and a reader who re-runs the hiding on every row of the
    same classes keeps every value 1..4 of each."""
    published = release_of(channel_tallies(row))
    assert published.values["contacts"] is None
    possible: dict[str, set[int]] = {c: set() for c in CODES if row[c]}
    for candidate in same_classes(row):
        if published_by(channel_tallies(candidate)) == published.values:
            for c, seen in possible.items():
                seen.add(candidate[c])
    assert possible == {c: {1, 2, 3, 4} for c in possible}


def test_a_quarter_whose_last_pattern_would_tell_is_withheld():
    """Phone 4 and text 3 of 7 contacts. Published beside the total, they are pinned (3..4);
    hiding the total but not the one topic (which equals it) pins them too; hiding that as
    well hides every non-zero count, and a reader then knows both smaller patterns failed:
    the total is at least 5 (it is hidden, not small) and not 5 (two small counts of 5 can
    each be 1..4, so the first pattern would have passed), so neither count is 1. PeerDesk
    withholds such a quarter rather than publish that. The rows of the same classes show it:
    those with a total of 5 are released, those of 6..8 (where neither count is 1) withheld."""
    row = {"in_person": 0, "phone": 4, "video": 0, "text": 3, "other": 0}
    assert published_by(channel_tallies(row)) is None
    withheld = [c for c in same_classes(row) if sum(c.values()) >= 5
                and published_by(channel_tallies(c)) is None]
    assert sorted({c["phone"] for c in withheld}) == [2, 3, 4]
    assert sorted({sum(c.values()) for c in withheld}) == [6, 7, 8]
