"""Classroom drills: scenarios, critical actions and the scoring of an attempt.

A scenario comes from a pack (a TOML file read by :mod:`peerdesk.domain.drill_pack`; the format
is in ``resources/drills/SCHEMA.md``). :func:`score_attempt` compares a trainee's
:class:`ContactDraft` with the scenario's expected log. Pure: standard library and the domain only.

Scoring (documented for trainers in SCHEMA.md):

- Critical actions carry 60 of the 100 points, shared equally; the fields of the log carry 40,
  in proportion to :data:`FIELD_POINTS`. A scenario without critical actions scores its fields
  out of 100.
- Any missed critical action caps the score at :data:`CRITICAL_CAP` (below the pass mark
  :data:`PASS_MARK`): a tidy log that left someone in danger is not a pass.
- Time is reported, never scored: accuracy first, speed comes with practice.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from peerdesk.domain import note_scan
from peerdesk.domain.contacts import ContactDraft, Referral
from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.messages import Code, Listed, Message, from_data, to_data
from peerdesk.domain.policy import DEFAULT_CHECKLIST
from peerdesk.domain.vocab import (
    ESCALATION_REFERRALS,
    Channel,
    ConfidentialityException,
    DisclosureRoute,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    ReferralHow,
    ReferralType,
    Risk,
    Topic,
)

PASS_MARK = 80
CRITICAL_CAP = 40
CRITICAL_SHARE = 60
DEFAULT_TIME_LIMIT = 60
CHECKLIST_CODES = tuple(item.code for item in DEFAULT_CHECKLIST)
FIELD_POINTS: Mapping[str, int] = {
    "member_group": 1, "format": 1, "initiated_by": 1, "group_size": 1, "incident_type": 1,
    "topics": 2, "risk": 3, "confidentiality_exception": 3, "referrals": 2, "checklist": 2,
}
_RISK_RANK = {Risk.NONE_OBSERVED: 0, Risk.SOME_CONCERN: 1, Risk.IMMINENT_DANGER: 2}


class CriticalAction(enum.StrEnum):
    """What a supporter must not miss; stable codes used in packs and stored results."""

    ESCALATE_IMMINENT_DANGER = "escalate_imminent_danger_with_crisis_referral"
    RECORD_CONFIDENTIALITY_EXCEPTION = "record_confidentiality_exception"
    RECORD_DISCLOSURE_ROUTE = "record_disclosure_route"
    OFFER_REFERRAL = "offer_referral"
    CHECK_SAFETY = "check_safety"
    DECLARE_ROLE_CONFLICT = "declare_role_conflict"
    HAND_OVER = "hand_over_to_another_supporter"
    NO_IDENTIFYING_DETAILS = "no_identifying_details"


CRITICAL_DESCRIPTIONS: Mapping[CriticalAction, Message] = {
    action: Message(f"drill.critical.{action.value}") for action in CriticalAction
}


class TrainingOnly(PeerDeskError):
    code = "training_only"
    template = (
        "Drills and class sessions live in the training workspace only; this is a real vault."
    )


class ResetRefused(PeerDeskError):
    code = "training_reset_refused"
    template = "{path} was not reset: {reason}"


class PackIdTaken(PeerDeskError):
    code = "drill_pack_id_taken"
    template = (
        "A pack shipped with PeerDesk already uses the id '{pack_id}'. Give the imported pack "
        "its own id in its [pack] table."
    )


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class ExpectedLog:
    """The log an experienced supporter would save for the scenario (codes only, no names)."""

    member_group: MemberGroup
    format: Format
    topics: frozenset[Topic]
    risk: Risk
    referrals: frozenset[ReferralType]
    confidentiality_exception: ConfidentialityException
    group_size: int | None = None
    incident_type: IncidentType | None = None
    initiated_by: InitiatedBy | None = None
    disclosure_routes: frozenset[DisclosureRoute] = frozenset()
    topics_also_ok: frozenset[Topic] = frozenset()
    referrals_also_ok: frozenset[ReferralType] = frozenset()


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    card: str
    script: str
    expected: ExpectedLog
    checklist: frozenset[str]
    critical: tuple[CriticalAction, ...]
    debrief: tuple[str, ...]
    time_limit_seconds: int = DEFAULT_TIME_LIMIT
    why: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DrillPack:
    id: str
    title: str
    version: int
    language: str
    scenarios: tuple[Scenario, ...]
    description: str = ""

    def scenario(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)


def model_answer(scenario: Scenario) -> ContactDraft:
    """The expected log as a draft: what a perfect attempt saves (also used to check packs)."""
    e = scenario.expected
    how = ReferralHow.WARM_HANDOFF if CriticalAction.HAND_OVER in scenario.critical else (
        ReferralHow.INFO_GIVEN)
    return ContactDraft(
        occurred_on=date(2000, 1, 1),
        duration_min=30,
        channel=Channel.IN_PERSON,
        initiated_by=e.initiated_by or InitiatedBy.SELF_REFERRAL,
        member_group=e.member_group,
        format=e.format,
        topics=e.topics,
        risk=e.risk,
        group_size=e.group_size,
        incident_type=e.incident_type,
        confidentiality_exception=e.confidentiality_exception,
        disclosure_route=min(e.disclosure_routes) if e.disclosure_routes else (
            None if e.confidentiality_exception is ConfidentialityException.NONE
            else DisclosureRoute.OTHER),
        referrals=tuple(Referral(t, how) for t in sorted(e.referrals)),
        checklist_ticked=scenario.checklist,
    )


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class FieldVerdict:
    """One field of the log: right or wrong, what was expected and given, and why."""

    field: str
    right: bool
    expected: tuple[str, ...]
    given: tuple[str, ...]
    reason: str
    points: float
    max_points: int


@dataclass(frozen=True)
class CriticalVerdict:
    action: CriticalAction
    done: bool
    reason: str


@dataclass(frozen=True)
class Timing:
    seconds: float
    limit: int

    @property
    def under_limit(self) -> bool:
        return self.seconds <= self.limit


@dataclass(frozen=True)
class DrillFeedback:
    """The feedback of one attempt: critical actions, fields, debrief points, score, time."""

    scenario_id: str
    score: int
    critical: tuple[CriticalVerdict, ...]
    fields: tuple[FieldVerdict, ...]
    debrief: tuple[str, ...]
    timing: Timing | None = None

    PASS_MARK: ClassVar[int] = PASS_MARK

    @property
    def passed(self) -> bool:
        return self.score >= PASS_MARK and not self.critical_misses

    @property
    def critical_misses(self) -> tuple[CriticalVerdict, ...]:
        return tuple(c for c in self.critical if not c.done)

    @property
    def wrong_fields(self) -> tuple[FieldVerdict, ...]:
        return tuple(f for f in self.fields if not f.right)

    @property
    def right_fields(self) -> tuple[FieldVerdict, ...]:
        return tuple(f for f in self.fields if f.right)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario_id": self.scenario_id, "score": self.score,
            "critical": [[c.action.value, c.done, to_data(c.reason)] for c in self.critical],
            "fields": [[f.field, f.right, list(f.expected), list(f.given), to_data(f.reason),
                        f.points, f.max_points] for f in self.fields],
            "debrief": list(self.debrief),
            "timing": None if self.timing is None else [self.timing.seconds, self.timing.limit],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DrillFeedback:
        timing = data.get("timing")
        return cls(
            scenario_id=str(data["scenario_id"]), score=int(data["score"]),
            critical=tuple(CriticalVerdict(CriticalAction(a), bool(d), _reason(r))
                           for a, d, r in data["critical"]),
            fields=tuple(FieldVerdict(str(n), bool(ok), tuple(e), tuple(g), _reason(r),
                                      float(p), int(m))
                         for n, ok, e, g, r, p, m in data["fields"]),
            debrief=tuple(str(p) for p in data["debrief"]),
            timing=None if timing is None else Timing(float(timing[0]), int(timing[1])),
        )


def _reason(data: Any) -> str:
    """A stored verdict: a Message, or the English text a result stored before verdicts had
    codes (shown as it was written)."""
    value = from_data(data)
    return value if isinstance(value, str) else str(data)


def score_attempt(scenario: Scenario, draft: ContactDraft,
                  seconds: float | None = None,
                  names: note_scan.NameList = note_scan.NO_NAMES) -> DrillFeedback:
    """Compare a trainee's log with the scenario's expected log.

    Args:
        scenario: the drill.
        draft: what the trainee would have saved.
        seconds: time from opening the card to saving, in timed mode (None otherwise).
        names: the given names the note scan knows (as the contact form uses them).
    """
    critical = tuple(_critical(scenario, action, draft, names)
                     for action in scenario.critical)
    fields = _fields(scenario, draft)
    field_frac = sum(f.points for f in fields) / sum(f.max_points for f in fields)
    if critical:
        done = sum(c.done for c in critical) / len(critical)
        score = round(CRITICAL_SHARE * done + (100 - CRITICAL_SHARE) * field_frac)
    else:
        score = round(100 * field_frac)
    if any(not c.done for c in critical):
        score = min(score, CRITICAL_CAP)
    ordered = tuple(sorted(critical, key=lambda c: c.done))
    timing = None if seconds is None else Timing(round(max(0.0, seconds), 1),
                                                 scenario.time_limit_seconds)
    return DrillFeedback(scenario.id, score, ordered,
                         tuple(sorted(fields, key=lambda f: f.right)), scenario.debrief, timing)


def _critical(s: Scenario, action: CriticalAction, d: ContactDraft,
              names: note_scan.NameList) -> CriticalVerdict:
    if action is CriticalAction.NO_IDENTIFYING_DETAILS:
        reason = _no_identifiers(d, names)
    else:
        reason = _CRITICAL_CHECKS[action](s.expected, d)
    if reason and action.value in s.why:
        reason = _then(reason, s.why[action.value])
    return CriticalVerdict(action, not reason, reason or CRITICAL_DESCRIPTIONS[action])


def _then(first: Message, then: Message | str) -> Message:
    """Two sentences: a verdict, then another or the pack's own explanation."""
    return Message("drill.then", first=first, then=then)


def _escalated(e: ExpectedLog, d: ContactDraft) -> Message | None:
    if d.risk is not Risk.IMMINENT_DANGER:
        return Message("drill.escalate_risk", given=Code(d.risk))
    if not d.referral_types & ESCALATION_REFERRALS:
        return Message("drill.escalate_referral")
    return None


def _exception_recorded(e: ExpectedLog, d: ContactDraft) -> Message | None:
    if d.confidentiality_exception is not e.confidentiality_exception:
        return Message("drill.exception_wrong", given=Code(d.confidentiality_exception),
                       expected=Code(e.confidentiality_exception))
    return None


def _route_recorded(e: ExpectedLog, d: ContactDraft) -> Message | None:
    if d.disclosure_route is None:
        return Message("drill.no_route")
    if e.disclosure_routes and d.disclosure_route not in e.disclosure_routes:
        return Message("drill.route_wrong", given=Code(d.disclosure_route),
                       either=_either(e.disclosure_routes))
    return None


def _referral_offered(e: ExpectedLog, d: ContactDraft) -> Message | None:
    if not d.referral_types & e.referrals:
        return Message("drill.no_referral", either=_either(e.referrals))
    return None


def _safety_checked(e: ExpectedLog, d: ContactDraft) -> Message | None:
    if "safety_checked" not in d.checklist_ticked:
        return Message("drill.safety_unticked")
    if _RISK_RANK[d.risk] < _RISK_RANK[e.risk]:
        return Message("drill.risk_low", given=Code(d.risk), expected=Code(e.risk))
    return None


def _conflict_declared(e: ExpectedLog, d: ContactDraft) -> Message | None:
    if "no_role_conflict" in d.checklist_ticked:
        return Message("drill.conflict_ticked")
    return None


def _handed_over(e: ExpectedLog, d: ContactDraft) -> Message | None:
    if not any(r.how is ReferralHow.WARM_HANDOFF and r.type in e.referrals
               for r in d.referrals):
        return Message("drill.no_hand_over", either=_either(e.referrals))
    return None


def _no_identifiers(d: ContactDraft, names: note_scan.NameList) -> Message | None:
    found = sorted({f.kind.value for f in note_scan.scan(d.private_note, names)})
    if found:
        kinds = Listed(tuple(Message(f"note.kind.{kind}") for kind in found))
        return Message("drill.identifiers", kinds=kinds)
    return None


_CRITICAL_CHECKS: Mapping[CriticalAction,
                          Callable[[ExpectedLog, ContactDraft], Message | None]] = {
    CriticalAction.ESCALATE_IMMINENT_DANGER: _escalated,
    CriticalAction.RECORD_CONFIDENTIALITY_EXCEPTION: _exception_recorded,
    CriticalAction.RECORD_DISCLOSURE_ROUTE: _route_recorded,
    CriticalAction.OFFER_REFERRAL: _referral_offered,
    CriticalAction.CHECK_SAFETY: _safety_checked,
    CriticalAction.DECLARE_ROLE_CONFLICT: _conflict_declared,
    CriticalAction.HAND_OVER: _handed_over,
}


def _either(codes: frozenset[Any]) -> Listed:
    """'a', 'b' or 'c'."""
    return Listed(tuple(Message("drill.quoted", code=Code(c)) for c in sorted(codes)),
                  either=True)


def _fields(s: Scenario, d: ContactDraft) -> list[FieldVerdict]:
    e = s.expected
    verdicts = [_single(s, "member_group", e.member_group, d.member_group),
                _single(s, "format", e.format, d.format)]
    if e.initiated_by is not None:
        verdicts.append(_single(s, "initiated_by", e.initiated_by, d.initiated_by))
    if e.group_size is not None:
        verdicts.append(_single(s, "group_size", e.group_size, d.group_size))
    if e.incident_type is not None:
        verdicts.append(_single(s, "incident_type", e.incident_type, d.incident_type))
    verdicts.append(_set(s, "topics", e.topics, e.topics_also_ok, d.topics))
    verdicts.append(_single(s, "risk", e.risk, d.risk))
    verdicts.append(_single(s, "confidentiality_exception", e.confidentiality_exception,
                            d.confidentiality_exception))
    verdicts.append(_set(s, "referrals", e.referrals, e.referrals_also_ok, d.referral_types))
    verdicts.append(_checklist(s, d))
    return verdicts


def _single(s: Scenario, name: str, expected: object, given: object) -> FieldVerdict:
    right = expected == given
    shown_e, shown_g = _code(expected), _code(given)
    reason = Message("drill.right") if right else Message(
        "drill.logged_as", given=Code(shown_g), expected=Code(shown_e))
    if name == "risk" and not right and isinstance(given, Risk) and isinstance(expected, Risk):
        lower = _RISK_RANK[given] < _RISK_RANK[expected]
        reason = _then(reason, Message("drill.rated_lower" if lower else "drill.rated_higher"))
    if not right and name in s.why:
        reason = _then(reason, s.why[name])
    return FieldVerdict(name, right, (shown_e,), (shown_g,), reason,
                        float(FIELD_POINTS[name]) if right else 0.0, FIELD_POINTS[name])


def _code(value: object) -> str:
    return "none" if value is None else str(value)


def _set(s: Scenario, name: str, expected: frozenset[Any], also_ok: frozenset[Any],
         given: frozenset[Any]) -> FieldVerdict:
    missing = sorted(expected - given)
    extra = sorted(given - expected - also_ok)
    full = FIELD_POINTS[name]
    hits = len(expected & given) / len(expected) if expected else 1.0
    points = full * hits * (0.5 if extra else 1.0)
    parts = []
    if missing:
        parts.append(Message("drill.missing", codes=_listed(missing)))
    if extra:
        parts.append(Message("drill.unfit", codes=_listed(extra)))
    right = not parts
    reason = Message("drill.right") if right else (
        parts[0] if len(parts) == 1 else _then(parts[0], parts[1]))
    if not right and name in s.why:
        reason = _then(reason, s.why[name])
    return FieldVerdict(name, right, tuple(sorted(expected)) or ("none",),
                        tuple(sorted(given)) or ("none",), reason, round(points, 2), full)


def _checklist(s: Scenario, d: ContactDraft) -> FieldVerdict:
    full = FIELD_POINTS["checklist"]
    required = sorted(s.checklist)
    unticked = [code for code in required if code not in d.checklist_ticked]
    points = full * (1 - len(unticked) / len(required)) if required else float(full)
    reason = (Message("drill.right") if not unticked
              else Message("drill.unticked", codes=_listed(unticked)))
    if unticked and "checklist" in s.why:
        reason = _then(reason, s.why["checklist"])
    return FieldVerdict("checklist", not unticked, tuple(required),
                        tuple(sorted(d.checklist_ticked)), reason, round(points, 2), full)


def _listed(codes: list[Any]) -> Listed:
    """a, b (codes shown by their labels)."""
    return Listed(tuple(Code(c) for c in codes))
