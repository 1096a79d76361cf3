"""The statistics release: its fixed tables, how their cells relate, and the disclosure rules.

ARCHITECTURE section 6. Everything here is pure (no database, no solver) so that the rules can be
tested on their own and an auditor can read them in one place.

Cells and variables
    A release is a set of *variables* (one number each: a count of contacts, of referrals, or
    a number of hours). The published tables show them in cells ``(table, row, column)``; a
    variable may appear in several cells (the member-group margin of the two-way table *is*
    the member-group table's cell), always with one value and one suppression status.

Relations
    What anyone knows about the variables without seeing the data: additive tables sum to
    their total, the two-way table sums to its margins, a contact has at least one topic and
    at most one referral of each type, every contact ticked or did not tick each checklist
    item, a contact lasts 1–1440 minutes, and imminent danger needs a crisis-line, medical or
    clinician referral. The disclosure audit gives all of these to its attacker.

What each table holds (one reporting quarter; CSV codes in brackets)
    contacts_by_month         contacts by the month they occurred (``YYYY-MM``), plus
                              ``logged_late``: contacts of an earlier, frozen quarter logged
                              after its release (they count here, ARCHITECTURE section 4). Additive.
    contacts_by_member_group, contacts_by_format, contacts_by_channel, contacts_by_risk
                              contacts by one field each. Additive.
    member_group_by_format    contacts by group x format; its margins *are* the two tables
                              above and its corner is the number of contacts.
    contacts_by_topic         contacts with each topic; ``Total`` is the number of contacts
                              (a contact has one or more topics, so rows add up to more).
    referrals_by_type         referrals of each type (a contact has at most one of each);
                              ``Total`` is the number of referrals, so the table is additive
                              in referrals.
    support_hours             hours of contact time by format, whole hours; an hours cell is
                              hidden exactly when the number of contacts of that format is
                              (hours of hidden contacts are hidden with them), ``Total`` with
                              the number of contacts. Hours are a magnitude, not a count of
                              people: the threshold does not apply to them, but no hidden
                              hours cell may be estimable within 25 % (the p%-rule), and
                              rounded releases round them too.
    checklist_completion      for each checklist item, contacts that ticked it (``ticked``)
                              and did not (``not_ticked``), ``Total`` = contacts. Both are
                              counts under the same rules: "2 contacts without a safety check"
                              points at a supporter as surely as a small count of members.

Layout 2 adds (a release made before them has ``layout`` 1 and none of these; ARCHITECTURE
section 6):

    contacts_by_outcome, contacts_by_first_or_repeat
                              contacts by how they ended and by first or repeat contact,
                              ``not_recorded`` for contacts saved without it. Additive.
    incidents_by_kind         critical incidents of the quarter (``incidents``, a count whose
                              episodes are the incidents) and the personnel they involved
                              (``personnel``: the size of the incidents, a magnitude shown and
                              hidden with the incidents, as hours are with contacts), by kind.
                              Additive in each column; an incident involves 1–5000.
    incident_reach            the personnel involved (the same figure as the total above) and
                              how many were reached within 72 hours and within 7 days of the
                              incident. Counts (episodes: the incidents reached); 72 hours
                              <= 7 days <= involved.
    group_interventions       defusings, debriefings and crisis management briefings
                              (``interventions``) and their attendees (each 2–500, a
                              magnitude shown and hidden with the interventions), by format.
    incident_hours            the incident's acute phase (``response``: up to the day it
                              closed) against what came after (``follow_up``): group
                              interventions and contacts linked to an incident (``sessions``,
                              a count) and their hours (a magnitude shown and hidden with the
                              sessions, as ``support_hours``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache

from peerdesk.domain.contacts import MAX_GROUP_SIZE
from peerdesk.domain.incidents import MAX_INVOLVED
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.vocab import (
    GROUP_INTERVENTION_FORMATS,
    Channel,
    FirstOrRepeat,
    Format,
    IncidentType,
    MemberGroup,
    Outcome,
    ReferralType,
    Risk,
    Topic,
)

TOTAL = "Total"
LOGGED_LATE = "logged_late"   # month row: contacts of an earlier, frozen quarter logged late
MIN_EPISODES = 3
ROUNDING_BASE = 5
P_PERCENT = 25                # hours: no hidden cell estimable within +/-25 % (p%-rule)
RULES = 4                     # version of the disclosure rules a release was made under
MAX_MINUTES = 1440            # a contact lasts 1–1440 minutes (domain.contacts)
TABLES_1 = (
    "contacts_by_month", "contacts_by_member_group", "contacts_by_format", "contacts_by_channel",
    "member_group_by_format", "contacts_by_topic", "referrals_by_type", "contacts_by_risk",
    "support_hours", "checklist_completion",
)
INCIDENT_TABLES = (
    "contacts_by_outcome", "contacts_by_first_or_repeat", "incidents_by_kind", "incident_reach",
    "group_interventions", "incident_hours",
)
TABLES = (*TABLES_1, *INCIDENT_TABLES)
LAYOUT = 2                    # tables of a release: 1 the ten above, 2 with INCIDENT_TABLES
NOT_RECORDED = "not_recorded"  # outcome and first/repeat rows: contacts saved without them
REACH_ROWS = ("involved", "within_72_hours", "within_7_days")
PHASES = ("response", "follow_up")
MIN_ATTENDEES = 2             # a group intervention has 2..MAX_GROUP_SIZE attendees
# Magnitudes and the counts they are shown with: (row prefix, total).
_SHOWN_WITH = {"hours": ("format", "contacts"),
               "incident_hours": ("incident_sessions", "incident_sessions"),
               "personnel": ("incident_kind", "incidents"),
               "attendees": ("intervention", "interventions")}
# Totals: hidden last when a pattern grows (see _rank).
_TOTALS = frozenset({"contacts", "referrals", "incidents", "interventions",
                     "incident_sessions"})
META_TABLE = "_meta"


class Status(StrEnum):
    PUBLISHED = "published"
    SUPPRESSED = "suppressed"


class Kind(StrEnum):
    COUNT = "count"    # whole numbers, subject to the threshold
    HOURS = "hours"    # whole hours; shown or hidden with the count of the same contacts


@dataclass(frozen=True)
class Relation:
    """``sum(coef * variable) <= rhs`` (``equal`` makes it ``==``)."""

    terms: tuple[tuple[str, float], ...]
    rhs: float = 0.0
    equal: bool = False

    @property
    def variables(self) -> tuple[str, ...]:
        return tuple(v for v, _ in self.terms)


def _sum_is(whole: str, parts: Sequence[str]) -> Relation:
    return Relation(((whole, -1.0), *((p, 1.0) for p in parts)), 0.0, equal=True)


@dataclass(frozen=True)
class Layout:
    """The tables of one release (a quarter, or a year for the annual summary)."""

    months: tuple[str, ...]
    checklist: tuple[str, ...]
    version: int = LAYOUT         # which tables (``LAYOUT``); releases keep the one they had

    @classmethod
    def for_quarter(cls, quarter: Quarter, checklist: Sequence[str]) -> Layout:
        return cls(tuple(quarter.months()), tuple(checklist))

    @classmethod
    def for_year(cls, year: int, checklist: Sequence[str], version: int = LAYOUT) -> Layout:
        return cls(tuple(f"{year}-{m:02d}" for m in range(1, 13)), tuple(checklist), version)

    @property
    def tables(self) -> tuple[str, ...]:
        """The tables of this layout, in order."""
        return TABLES if self.version >= 2 else TABLES_1

    # ------------------------------------------------------------------ the cells

    @cached_property
    def cells(self) -> tuple[tuple[str, str, str, str], ...]:
        """Every published cell as ``(table, row, column, variable)``, in CSV order."""
        return tuple(self._cells())

    def _cells(self) -> Iterator[tuple[str, str, str, str]]:
        one_way: tuple[tuple[str, str, Sequence[str]], ...] = (
            ("contacts_by_month", "month", (*self.months, LOGGED_LATE)),
            ("contacts_by_member_group", "member_group", [g.value for g in MemberGroup]),
            ("contacts_by_format", "format", [f.value for f in Format]),
            ("contacts_by_channel", "channel", [c.value for c in Channel]),
        )
        for table, prefix, rows in one_way:
            for row in rows:
                yield table, row, "contacts", f"{prefix}/{row}"
            yield table, TOTAL, "contacts", "contacts"
        groups, formats = [g.value for g in MemberGroup], [f.value for f in Format]
        for g in groups:
            for f in formats:
                yield "member_group_by_format", g, f, f"member_group_by_format/{g}/{f}"
            yield "member_group_by_format", g, TOTAL, f"member_group/{g}"
        for f in formats:
            yield "member_group_by_format", TOTAL, f, f"format/{f}"
        yield "member_group_by_format", TOTAL, TOTAL, "contacts"
        for t in Topic:
            yield "contacts_by_topic", t.value, "contacts", f"topic/{t.value}"
        yield "contacts_by_topic", TOTAL, "contacts", "contacts"
        for r in ReferralType:
            yield "referrals_by_type", r.value, "referrals", f"referral/{r.value}"
        yield "referrals_by_type", TOTAL, "referrals", "referrals"
        for risk in Risk:
            yield "contacts_by_risk", risk.value, "contacts", f"risk/{risk.value}"
        yield "contacts_by_risk", TOTAL, "contacts", "contacts"
        for f in formats:
            yield "support_hours", f, "hours", f"hours/{f}"
        yield "support_hours", TOTAL, "hours", "hours"
        for item in self.checklist:
            yield "checklist_completion", item, "ticked", f"checklist/{item}/ticked"
            yield "checklist_completion", item, "not_ticked", f"checklist/{item}/not_ticked"
            yield "checklist_completion", item, TOTAL, "contacts"
        if self.version >= 2:
            yield from _incident_cells()

    @cached_property
    def variables(self) -> tuple[str, ...]:
        """Each variable once, in the order it first appears."""
        return tuple(dict.fromkeys(v for *_, v in self.cells))

    @cached_property
    def position(self) -> dict[str, int]:
        """Each variable's place in :attr:`variables`."""
        return {v: i for i, v in enumerate(self.variables)}

    def kind(self, variable: str) -> Kind:
        """COUNT, or HOURS for hours and the other magnitudes (personnel involved, attendees):
        a figure shown and hidden with a count (:meth:`shown_with`), held to the p%-rule."""
        return Kind.HOURS if variable.split("/", 1)[0] in _SHOWN_WITH else Kind.COUNT

    def shown_with(self, variable: str) -> str | None:
        """For an hours variable, the count whose status it shares (hours of suppressed
        contacts are suppressed with them)."""
        if variable == "hours":
            return "contacts"
        if variable.startswith("hours/"):
            return "format/" + variable.removeprefix("hours/")
        head, _, rest = variable.partition("/")
        if head in _SHOWN_WITH and head != "hours":
            count = _SHOWN_WITH[head]
            return f"{count[0]}/{rest}" if rest else count[1]
        return None

    def table_of(self, variable: str) -> str:
        return next(t for t, _, _, v in self.cells if v == variable)

    # ------------------------------------------------------------------ what anyone knows

    @cached_property
    def relations(self) -> tuple[Relation, ...]:
        groups, formats = [g.value for g in MemberGroup], [f.value for f in Format]
        rel: list[Relation] = [
            _sum_is("contacts", [f"month/{m}" for m in (*self.months, LOGGED_LATE)]),
            _sum_is("contacts", [f"member_group/{g}" for g in groups]),
            _sum_is("contacts", [f"format/{f}" for f in formats]),
            _sum_is("contacts", [f"channel/{c.value}" for c in Channel]),
            _sum_is("contacts", [f"risk/{r.value}" for r in Risk]),
            _sum_is("referrals", [f"referral/{r.value}" for r in ReferralType]),
            _sum_is("hours", [f"hours/{f}" for f in formats]),
        ]
        rel += [_sum_is(f"member_group/{g}", [f"member_group_by_format/{g}/{f}" for f in formats])
                for g in groups]
        rel += [_sum_is(f"format/{f}", [f"member_group_by_format/{g}/{f}" for g in groups])
                for f in formats]
        rel += [_sum_is("contacts", [f"checklist/{i}/ticked", f"checklist/{i}/not_ticked"])
                for i in self.checklist]
        # Multi-valued tables: each contact has one or more topics, at most one of each
        # referral type.
        topics = [f"topic/{t.value}" for t in Topic]
        rel += [Relation(((t, 1.0), ("contacts", -1.0))) for t in topics]
        rel.append(Relation((("contacts", 1.0), *((t, -1.0) for t in topics))))
        rel += [Relation(((f"referral/{r.value}", 1.0), ("contacts", -1.0)))
                for r in ReferralType]
        # Every contact lasts 1–1440 minutes.
        for f in formats:
            rel.append(Relation(((f"format/{f}", 1 / 60), (f"hours/{f}", -1.0))))
            rel.append(Relation(((f"hours/{f}", 1.0), (f"format/{f}", -MAX_MINUTES / 60))))
        # Imminent danger cannot be saved without one of these referrals (domain.contacts).
        rel.append(Relation((
            (f"risk/{Risk.IMMINENT_DANGER.value}", 1.0),
            *((f"referral/{code}", -1.0) for code in sorted(
                (ReferralType.CRISIS_LINE.value, ReferralType.MEDICAL.value,
                 ReferralType.CLINICIAN.value))),
        )))
        if self.version >= 2:
            rel += _incident_relations()
        return tuple(rel)


def _incident_cells() -> Iterator[tuple[str, str, str, str]]:
    """The cells of layout 2's tables (see the module docstring)."""
    for vocab, table, prefix in ((Outcome, "contacts_by_outcome", "outcome"),
                                 (FirstOrRepeat, "contacts_by_first_or_repeat",
                                  "first_or_repeat")):
        for row in (*(code.value for code in vocab), NOT_RECORDED):
            yield table, row, "contacts", f"{prefix}/{row}"
        yield table, TOTAL, "contacts", "contacts"
    for kind in IncidentType:
        yield "incidents_by_kind", kind.value, "incidents", f"incident_kind/{kind.value}"
        yield "incidents_by_kind", kind.value, "personnel", f"personnel/{kind.value}"
    yield "incidents_by_kind", TOTAL, "incidents", "incidents"
    yield "incidents_by_kind", TOTAL, "personnel", "personnel"
    yield "incident_reach", "involved", "personnel", "personnel"
    yield "incident_reach", "within_72_hours", "personnel", "reach/72_hours"
    yield "incident_reach", "within_7_days", "personnel", "reach/7_days"
    for f in GROUP_INTERVENTION_FORMATS:
        yield "group_interventions", f.value, "interventions", f"intervention/{f.value}"
        yield "group_interventions", f.value, "attendees", f"attendees/{f.value}"
    yield "group_interventions", TOTAL, "interventions", "interventions"
    yield "group_interventions", TOTAL, "attendees", "attendees"
    for phase in PHASES:
        yield "incident_hours", phase, "sessions", f"incident_sessions/{phase}"
        yield "incident_hours", phase, "hours", f"incident_hours/{phase}"
    yield "incident_hours", TOTAL, "sessions", "incident_sessions"
    yield "incident_hours", TOTAL, "hours", "incident_hours"


def _between(low: float, count: str, magnitude: str, high: float) -> list[Relation]:
    """``low * count <= magnitude <= high * count``."""
    return [Relation(((count, low), (magnitude, -1.0))),
            Relation(((magnitude, 1.0), (count, -high)))]


def _incident_relations() -> list[Relation]:
    """What anyone knows about layout 2's tables: each additive table sums to its total; an
    incident involves 1–5000 personnel; reach within 72 hours is within reach within 7 days,
    which is within the personnel involved; a group intervention has 2–500 attendees; a
    session (contact or intervention) lasts 1–1440 minutes, so the sessions linked to an
    incident are at most the contacts and interventions of the quarter and their hours at
    most the contacts' hours and 24 per intervention."""
    kinds = [k.value for k in IncidentType]
    formats = [f.value for f in GROUP_INTERVENTION_FORMATS]
    rel = [
        _sum_is("contacts", [f"outcome/{o}" for o in (*Outcome, NOT_RECORDED)]),
        _sum_is("contacts", [f"first_or_repeat/{o}" for o in (*FirstOrRepeat, NOT_RECORDED)]),
        _sum_is("incidents", [f"incident_kind/{k}" for k in kinds]),
        _sum_is("personnel", [f"personnel/{k}" for k in kinds]),
        _sum_is("interventions", [f"intervention/{f}" for f in formats]),
        _sum_is("attendees", [f"attendees/{f}" for f in formats]),
        _sum_is("incident_sessions", [f"incident_sessions/{p}" for p in PHASES]),
        _sum_is("incident_hours", [f"incident_hours/{p}" for p in PHASES]),
        Relation((("reach/72_hours", 1.0), ("reach/7_days", -1.0))),
        Relation((("reach/7_days", 1.0), ("personnel", -1.0))),
        Relation((("incident_sessions", 1.0), ("contacts", -1.0), ("interventions", -1.0))),
        Relation((("incident_hours", 1.0), ("hours", -1.0),
                  ("interventions", -MAX_MINUTES / 60))),
    ]
    for k in kinds:
        rel += _between(1.0, f"incident_kind/{k}", f"personnel/{k}", MAX_INVOLVED)
    for f in formats:
        rel += _between(MIN_ATTENDEES, f"intervention/{f}", f"attendees/{f}", MAX_GROUP_SIZE)
    for p in PHASES:
        rel += _between(1 / 60, f"incident_sessions/{p}", f"incident_hours/{p}",
                        MAX_MINUTES / 60)
    return rel


# ---------------------------------------------------------------------- disclosure rules


def primary_suppressed(count: int, episodes: int, threshold: int) -> bool:
    """A small count, or contacts from fewer than 3 episodes (one person's story). Zero is
    published."""
    if count <= 0:
        return False
    return count < threshold or episodes < MIN_EPISODES


def rounding_digest(key: bytes, release: str, variable: str) -> bytes:
    return hmac.new(key, f"peerdesk stats rounding|{release}|{variable}".encode(),
                    hashlib.sha256).digest()


def round_base5(value: int, digest: bytes) -> int:
    """Unbiased random rounding to a multiple of 5, the coin drawn from ``digest``.

    Zero stays zero and nothing else becomes zero, so a published 0 still means none.
    """
    if value <= 0:
        return 0
    low, rest = value - value % ROUNDING_BASE, value % ROUNDING_BASE
    if rest == 0:
        return value
    coin = int.from_bytes(digest[:8], "big") / 2**64
    rounded = low + ROUNDING_BASE if coin < rest / ROUNDING_BASE else low
    return max(rounded, ROUNDING_BASE)


def published_interval(
    value: int, kind: Kind, rounding: int, threshold: int, rules: int = RULES
) -> tuple[float, float]:
    """What a published value says about the true one, to a reader who knows the rules.

    Counts: zero is zero; a published non-zero count passed primary suppression, so it is at
    least ``threshold``; a rounded one lies within ``rounding - 1`` of its true value (the
    coin of :func:`round_base5` can move any value of ``r - 4 .. r + 4`` to ``r``).

    Hours (the exact hours of contact time, minutes / 60): a published whole hour ``h``
    means ``h - 0.5 .. h + 0.5``; rounded (from rule version 2 on) it is a rounded whole hour,
    so ``h - 4.5 .. h + 4.5``, and never below half an hour unless it is 0.
    """
    if kind is Kind.HOURS:
        if rounding and rules >= 2 and value > 0:
            return max(0.5, value - (rounding - 1) - 0.5), value + (rounding - 1) + 0.5
        return max(0.0, value - 0.5), value + 0.5
    if value <= 0:
        return 0.0, 0.0
    if rounding:
        return max(float(threshold), value - (rounding - 1.0)), float(value + rounding - 1)
    return float(value), float(value)


def hidden_interval(kind: Kind, rules: int = RULES, with_small_sum: bool = False
                    ) -> tuple[float, float]:
    """What a hidden value says about the true one, to a reader who knows the rules.

    From rule version 2 on a hidden count is never zero: zeros are published and secondary
    suppression never hides one (so a hidden cell tells "one or more", which the reader
    knows anyway). From version 4 on there is one exception: the parts of a small sum are
    hidden with it, zeros included (:func:`small_sum_parts`), so a hidden count that is a part
    of a sum whose whole and every part are hidden (``with_small_sum``) may be zero. Primary
    and secondary cells are otherwise alike: a hidden count may be a small one, a large one
    hidden to protect it, or a count of fewer than three episodes.
    """
    if kind is Kind.COUNT and rules >= 2 and not (rules >= 4 and with_small_sum):
        return 1.0, math.inf
    return 0.0, math.inf


def _whole_and_parts(relation: Relation) -> tuple[str, tuple[str, ...]] | None:
    """``(whole, parts)`` of a relation made by ``_sum_is``, else None."""
    wholes = [v for v, c in relation.terms if c == -1.0]
    parts = tuple(v for v, c in relation.terms if c == 1.0)
    if (relation.equal and relation.rhs == 0.0 and len(wholes) == 1
            and len(wholes) + len(parts) == len(relation.terms)):
        return wholes[0], parts
    return None


@lru_cache(maxsize=64)
def count_sums(layout: Layout) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every ``whole = sum(parts)`` of counts in the layout."""
    return tuple(wp for r in layout.relations if r.equal
                 and all(layout.kind(v) is Kind.COUNT for v in r.variables)
                 if (wp := _whole_and_parts(r)) is not None)


def small_sum_parts(
    layout: Layout, small: Iterable[str], counts: Mapping[str, int]
) -> frozenset[str]:
    """The counts hidden with a small sum: every part of a sum whose whole is small or is
    itself such a part, zeros included, except a part that a published zero sum already
    shows to be zero.

    Publishing which parts of a small sum are zero would tell how many are not (three
    non-zero parts of a sum under 5 are each 1 or 2, and the sum at least 3); hiding all of
    them, whatever their values, tells only what the class of the whole told. Depends on the
    classes, positions and published zeros only."""
    wholes = set(small)
    sums = count_sums(layout)
    under: set[str] = set()
    changed = True
    while changed:
        changed = False
        for whole, parts in sums:
            if whole in wholes or whole in under:
                new = set(parts) - under
                if new:
                    under |= new
                    changed = True
    # A part of a sum published as zero is zero for everyone: hiding it would hide nothing.
    changed = True
    while changed:
        changed = False
        for whole, parts in sums:
            if counts.get(whole, 0) == 0 and whole not in under:
                shown = under & set(parts)
                if shown:
                    under -= shown
                    changed = True
    return frozenset(under)


def in_hidden_sum(layout: Layout, values: Mapping[str, int | None], variable: str) -> bool:
    """Whether ``variable`` is a part of a sum whose whole is hidden and whose every part is
    hidden or zero in ``values``: the only place rule version 4 hides a zero."""
    return any(variable in parts and values[whole] is None
               and all(values[p] is None or values[p] == 0 for p in parts)
               for whole, parts in count_sums(layout))


def count_interval_safe(low: float, high: float, threshold: int) -> bool:
    """The rule for a hidden count: what can be worked out about it either lies wholly at or
    above the threshold, or holds at least ``threshold - 1`` whole numbers (a small count is
    never known better than "between 1 and threshold - 1")."""
    eps = 1e-6
    if low >= threshold - eps or high == math.inf:
        return True
    return math.floor(high + eps) - math.ceil(low - eps) + 1 >= threshold - 1


def hours_interval_safe(low: float, high: float, percent: int = P_PERCENT) -> bool:
    """The p%-rule for a hidden number of hours: no single estimate lies within ``percent``
    of every value the hours could take. An estimate ``e`` is within p % of all of
    ``low .. high`` exactly when ``high / low <= (1 + p) / (1 - p)``, so the rule needs the
    range to be wider than that (it holds whatever the true value, which the reader does not
    know)."""
    if high == math.inf or low <= 0:
        return True
    p = percent / 100
    return high > low * (1 + p) / (1 - p) + 1e-9


def hours_of(minutes: int) -> int:
    """Whole hours, half up."""
    return (minutes + 30) // 60


# ---------------------------------------------------------------------- the release


@dataclass(frozen=True)
class Release:
    """What is published for one quarter (or year): values of published variables only.

    ``values`` maps every variable to its published value, or None when suppressed.
    """

    period: str                     # "2026-Q3", or "2026" for an annual summary
    layout: Layout
    threshold: int
    rounding: int
    training: bool
    generated_by: str
    values: Mapping[str, int | None]
    frozen_at: str | None = None
    quarters: tuple[str, ...] = field(default=())  # annual summary: the quarters summed
    rules: int = RULES              # disclosure rules it was made under (1: before hidden
    #                                 counts were never zero and hours were rounded; 2: before
    #                                 the hidden pattern depended only on the cells' classes;
    #                                 3: before the parts of a small sum were hidden with it)

    def status(self, variable: str) -> Status:
        return Status.SUPPRESSED if self.values[variable] is None else Status.PUBLISHED

    def value(self, variable: str) -> int | None:
        return self.values[variable]

    @property
    def suppressed(self) -> list[str]:
        return [v for v in self.layout.variables if self.values[v] is None]

    def table(self, name: str) -> list[tuple[str, str, int | None]]:
        """``(row, column, value)`` of one table, in order (None = suppressed)."""
        return [(r, c, self.values[v]) for t, r, c, v in self.layout.cells if t == name]

    def meta(self) -> list[tuple[str, str]]:
        rows = [("threshold", str(self.threshold)), ("generated_by", self.generated_by),
                ("training", "true" if self.training else "false")]
        if self.rounding:
            rows.append(("rounding", str(self.rounding)))
        rows.append(("rules", str(self.rules)))
        if self.quarters:
            rows.append(("quarters", " ".join(self.quarters)))
        return rows

    def to_json(self) -> str:
        return json.dumps({
            "period": self.period, "months": list(self.layout.months),
            "checklist": list(self.layout.checklist), "threshold": self.threshold,
            "rounding": self.rounding, "training": self.training,
            "generated_by": self.generated_by, "quarters": list(self.quarters),
            "rules": self.rules, "layout": self.layout.version,
            "values": {v: self.values[v] for v in self.layout.variables},
        }, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, frozen_at: str | None = None) -> Release:
        data = json.loads(text)
        layout = Layout(tuple(data["months"]), tuple(data["checklist"]),
                        int(data.get("layout", 1)))
        return cls(
            period=str(data["period"]), layout=layout, threshold=int(data["threshold"]),
            rounding=int(data["rounding"]), training=bool(data["training"]),
            generated_by=str(data["generated_by"]),
            values={str(k): None if v is None else int(v) for k, v in data["values"].items()},
            frozen_at=frozen_at, quarters=tuple(data.get("quarters", ())),
            rules=int(data.get("rules", 1)),
        )


def annual(releases: Sequence[Release], year: int, generated_by: str) -> Release:
    """Sums of the published quarterly cells; a cell suppressed in any quarter is suppressed.

    Only the raw sums: the annual summary is a release of its own, suppressed and audited
    again at the threshold and rounding it states (``services.stats.annual``). A checklist
    item is summed only when every quarter reports it: a quarter without it had contacts
    whose checklist version lacked the item, and those were never asked it.

    Raises:
        ValueError: no releases, or releases of another year.
    """
    if not releases or any(not r.period.startswith(f"{year}-Q") for r in releases):
        raise ValueError("an annual summary needs frozen quarters of that year")
    checklist = tuple(c for c in dict.fromkeys(c for r in releases for c in r.layout.checklist)
                      if all(c in r.layout.checklist for r in releases))
    # The year has layout 2's tables only when every quarter has them.
    layout = Layout.for_year(year, checklist, min(r.layout.version for r in releases))
    values: dict[str, int | None] = {}
    for variable in layout.variables:
        total: int | None = 0
        for release in releases:
            if variable.startswith("month/") and variable not in release.values:
                continue  # another quarter's month
            value = release.values[variable]
            total = None if total is None or value is None else total + value
        values[variable] = total
    first = releases[0]
    return Release(
        period=str(year), layout=layout, threshold=max(r.threshold for r in releases),
        rounding=max(r.rounding for r in releases), training=first.training,
        generated_by=generated_by, values=values,
        quarters=tuple(r.period for r in releases),
    )


# ---------------------------------------------------------------------- secondary suppression
#
# Which cell is hidden next to protect another depends only on where cells sit in the tables,
# on which cells are zero (shown anyway) and on the classes of the hidden counts (small or not),
# never on the values being hidden: a reader who re-runs the choice on candidate values gets the
# same choice whatever those values are. Zeros are never hidden (a hidden count is one or more,
# and the audit knows it). *When* the search stops depends on the published figures: the audit
# decides that (services.stats.engine.protect), and checks that the worlds it relies on stop
# at the same place. The engine grows its patterns with :func:`cover_equations` and
# :func:`escalate`.


def _rank(layout: Layout, variable: str) -> tuple[int, int]:
    """Lower is a better cell to hide next: ordinary cells before margins before totals, then
    the order of the tables."""
    if variable in _TOTALS:
        level = 2
    elif variable.startswith(("member_group/", "format/")):
        level = 1
    else:
        level = 0
    return level, layout.position[variable]


def _open_members(
    layout: Layout, names: Iterable[str], suppressed: set[str], counts: Mapping[str, int]
) -> list[str]:
    """The published non-zero counts among ``names`` (an hours cell stands for its count)."""
    out = []
    for v in names:
        count = layout.shown_with(v) or v
        if count not in suppressed and counts.get(count, 0) > 0:
            out.append(count)
    return out


def _best(layout: Layout, names: Iterable[str]) -> str | None:
    ranked = sorted(set(names), key=lambda v: _rank(layout, v))
    return ranked[0] if ranked else None


def cover_equations(
    layout: Layout, suppressed: set[str], counts: Mapping[str, int]
) -> set[str]:
    """Structural secondary suppression, before the audit runs: every count equation
    ``whole = sum(parts)`` that hides anything hides two cells or more (one hidden cell in an
    equation is its difference). Depends on positions and zeros only; the audit then checks
    what this cannot see."""
    hidden_set = set(suppressed)
    equations = [r for r in layout.relations if r.equal
                 and all(layout.kind(v) is Kind.COUNT for v in r.variables)]
    changed = True
    while changed:
        changed = False
        for relation in equations:
            hidden = [v for v in relation.variables if v in hidden_set]
            if len(hidden) != 1:
                continue
            choice = _best(layout, _open_members(layout, relation.variables, hidden_set, counts))
            if choice is not None:
                hidden_set.add(choice)
                changed = True
    return hidden_set


def _pattern_relations(layout: Layout) -> list[Relation]:
    return [r for r in layout.relations if r.equal
            and all(layout.kind(v) is Kind.COUNT for v in r.variables)]


def escalate(
    layout: Layout, hidden: set[str], small: set[str], counts: Mapping[str, int]
) -> set[str] | None:
    """The next, larger pattern of hidden counts when ``hidden`` failed the audit, or None
    when every count that could be hidden is.

    Depends on positions, zeros and the classes of the hidden cells only (``small``: the
    counts hidden for being under the threshold), never on a value: one more published
    non-zero cell (ordinary cells before margins, in table order) in every sum that holds a
    small count or a hidden format (whose hours are hidden with it), and in every inequality
    that holds a small count; failing that, in every relation that hides anything; failing
    that, totals too.
    """
    equations = _pattern_relations(layout)

    def add_from(relations: Iterable[Relation], totals: bool) -> set[str]:
        added: set[str] = set()
        for relation in relations:
            open_ = [v for v in _open_members(layout, relation.variables, hidden | added, counts)
                     if totals or _rank(layout, v)[0] < 2]
            choice = _best(layout, open_)
            if choice is not None:
                added.add(choice)
        return added

    watched = small | {v for v in hidden if v.startswith("format/")}
    tier = [r for r in equations if watched & set(r.variables)]
    tier += [r for r in layout.relations if not r.equal and small & set(r.variables)]
    added = add_from(tier, totals=False)
    holding = [r for r in layout.relations
               if hidden & {layout.shown_with(v) or v for v in r.variables}]
    if not added:
        added = add_from(holding, totals=False)
    if not added:
        added = add_from(holding, totals=True)
    return hidden | added if added else None
