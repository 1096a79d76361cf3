"""Synthetic contacts for training vaults: realistic, reproducible by seed, fast at a million.

Refused on a real vault. Columns are drawn with numpy in bulk (one array per field), then the
rules of ARCHITECTURE sections 4 and 5 are applied with masks, so every generated contact is one a
supporter could have saved: group formats have a group size, critical-incident work has an
incident type, imminent danger carries a crisis-line referral, exceptions a disclosure route.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from peerdesk.domain.contacts import CISM_FORMATS, ContactDraft, Referral
from peerdesk.domain.errors import NotATrainingVault, PermissionDenied, ValidationError
from peerdesk.domain.members import Role
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.quarters import Quarter, reporting_quarter
from peerdesk.domain.surveys import WaveKind
from peerdesk.domain.training_records import Course, RecordDraft, RecordKind
from peerdesk.domain.vocab import (
    GROUP_FORMATS,
    Channel,
    ConfidentialityException,
    DisclosureRoute,
    FirstOrRepeat,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    Outcome,
    ReferralHow,
    ReferralType,
    Risk,
    SupporterState,
    Topic,
)
from peerdesk.services import surveys
from peerdesk.services.workspace import Workspace
from peerdesk.storage import (
    audit,
    contact_repo,
    database,
    member_repo,
    policy_repo,
    training_repo,
)

MAX_CONTACTS = 5_000_000
BULK_THRESHOLD = 50_000  # from here on, rebuilding the indexes once beats updating them
BATCH = 20_000

IntArray = npt.NDArray[np.int64]


# Weights chosen to resemble a mid-size program's year: mostly one-to-one peer support, some
# incident-driven CISM work, a few imminent-risk conversations.
_GROUPS = {MemberGroup.POLICE: 30, MemberGroup.FIRE: 20, MemberGroup.EMS: 18,
           MemberGroup.DISPATCH: 10, MemberGroup.CORRECTIONS: 8, MemberGroup.CIVILIAN_STAFF: 5,
           MemberGroup.FAMILY_MEMBER: 4, MemberGroup.RETIREE: 2, MemberGroup.OTHER: 1,
           MemberGroup.UNDISCLOSED: 2}
_FORMATS = {Format.ONE_TO_ONE: 80, Format.SMALL_GROUP: 5, Format.ON_SCENE_SUPPORT: 5,
            Format.DEFUSING: 4, Format.DEBRIEFING: 4, Format.CRISIS_MANAGEMENT_BRIEFING: 2}
_CHANNELS = {Channel.IN_PERSON: 50, Channel.PHONE: 30, Channel.VIDEO: 5, Channel.TEXT: 12,
             Channel.OTHER: 3}
_INITIATED = {InitiatedBy.SELF_REFERRAL: 38, InitiatedBy.PEER_OUTREACH: 32,
              InitiatedBy.SUPERVISOR_REFERRAL: 12, InitiatedBy.AFTER_CRITICAL_INCIDENT: 12,
              InitiatedBy.FAMILY_REQUEST: 4, InitiatedBy.OTHER: 2}
_TOPICS = {Topic.WORK_STRESS: 30, Topic.CRITICAL_INCIDENT: 12, Topic.FAMILY_RELATIONSHIPS: 14,
           Topic.GRIEF_LOSS: 6, Topic.HEALTH_SLEEP: 10, Topic.SUBSTANCE_USE: 4,
           Topic.FINANCIAL: 4, Topic.LEGAL_DISCIPLINARY: 4, Topic.CAREER: 6,
           Topic.MENTAL_HEALTH: 5, Topic.MORAL_INJURY: 3, Topic.OTHER: 1, Topic.UNDISCLOSED: 1}
_INCIDENTS = {IncidentType.LINE_OF_DUTY_DEATH: 3, IncidentType.COLLEAGUE_SUICIDE: 4,
              IncidentType.SERIOUS_INJURY_TO_PERSONNEL: 10, IncidentType.MASS_CASUALTY_DISASTER: 4,
              IncidentType.CHILD_INVOLVED: 25, IncidentType.KNOWN_VICTIM: 12,
              IncidentType.USE_OF_FORCE: 15, IncidentType.PROLONGED_BAD_OUTCOME: 17,
              IncidentType.OTHER: 10}
_RISKS = {Risk.NONE_OBSERVED: 90, Risk.SOME_CONCERN: 9, Risk.IMMINENT_DANGER: 1}
_REFERRALS = {ReferralType.EAP: 40, ReferralType.CLINICIAN: 20, ReferralType.CHAPLAIN: 8,
              ReferralType.CRISIS_LINE: 4, ReferralType.MEDICAL: 5,
              ReferralType.SUBSTANCE_USE_TREATMENT: 6, ReferralType.FAMILY_VIOLENCE_SERVICE: 2,
              ReferralType.CISM_TEAM: 5, ReferralType.FINANCIAL_LEGAL: 8, ReferralType.OTHER: 2}
_STATES = {SupporterState.FINE: 80, SupporterState.TIRED: 12, SupporterState.AFFECTED: 6,
           SupporterState.WANTS_DEBRIEF: 2}
_EXCEPTIONS = {ConfidentialityException.ABUSE_NEGLECT: 40,
               ConfidentialityException.HARM_TO_OTHERS: 30,
               ConfidentialityException.CRIMINAL_CONDUCT: 20,
               ConfidentialityException.OTHER_LEGAL: 10}
_ROUTE_FOR = {ConfidentialityException.SELF_HARM: DisclosureRoute.EMERGENCY_SERVICES,
              ConfidentialityException.ABUSE_NEGLECT: DisclosureRoute.CHILD_PROTECTION,
              ConfidentialityException.HARM_TO_OTHERS: DisclosureRoute.LAW_ENFORCEMENT,
              ConfidentialityException.CRIMINAL_CONDUCT: DisclosureRoute.PROGRAM_COORDINATOR,
              ConfidentialityException.OTHER_LEGAL: DisclosureRoute.PROGRAM_COORDINATOR}

_FORMAT_CODES = tuple(_FORMATS)
_INCIDENT_CODES = tuple(_INCIDENTS)
_CHANNEL_CODES = tuple(_CHANNELS)
_INITIATED_CODES = tuple(_INITIATED)
_GROUP_CODES = tuple(_GROUPS)
_RISK_CODES = tuple(_RISKS)
_STATE_CODES = tuple(_STATES)


def _pick(rng: np.random.Generator, weights: Mapping[Any, int], n: int) -> IntArray:
    p = np.array(list(weights.values()), dtype=float)
    return rng.choice(len(p), size=n, p=p / p.sum()).astype(np.int64)


@dataclass
class DemoBatch:
    """Columns of ``n`` generated contacts (indices into each vocabulary's weight table)."""

    day: IntArray
    duration: IntArray
    channel: IntArray
    initiated: IntArray
    group: IntArray
    format: IntArray
    group_size: IntArray
    topics: list[list[Topic]]
    incident: IntArray
    risk: IntArray
    exception: list[ConfidentialityException]
    referral: list[ReferralType | None]
    warm: npt.NDArray[np.bool_]
    follow_up_days: IntArray
    state: IntArray
    ticked: list[frozenset[str]]

    def draft(self, i: int, start: date) -> ContactDraft:
        occurred = start + timedelta(days=int(self.day[i]))
        fmt = _FORMAT_CODES[self.format[i]]
        exception = self.exception[i]
        referral = self.referral[i]
        incident = None if self.incident[i] < 0 else _INCIDENT_CODES[self.incident[i]]
        return ContactDraft(
            occurred_on=occurred,
            duration_min=int(self.duration[i]),
            channel=_CHANNEL_CODES[self.channel[i]],
            initiated_by=_INITIATED_CODES[self.initiated[i]],
            member_group=_GROUP_CODES[self.group[i]],
            format=fmt,
            group_size=int(self.group_size[i]) if fmt in GROUP_FORMATS else None,
            topics=frozenset(self.topics[i]),
            incident_type=incident,
            risk=_RISK_CODES[self.risk[i]],
            confidentiality_exception=exception,
            disclosure_route=_ROUTE_FOR.get(exception),
            referrals=() if referral is None else (
                Referral(referral, ReferralHow.WARM_HANDOFF if self.warm[i]
                         else ReferralHow.INFO_GIVEN),
            ),
            follow_up_due=(None if self.follow_up_days[i] < 0
                           else occurred + timedelta(days=int(self.follow_up_days[i]))),
            supporter_state=_STATE_CODES[self.state[i]],
            checklist_ticked=self.ticked[i],
        )


def generate(
    n: int, seed: int, start: date, end: date, checklist_codes: Sequence[str]
) -> DemoBatch:
    """Draw ``n`` contacts between ``start`` and ``end`` (inclusive), reproducibly."""
    rng = np.random.default_rng(seed)
    span = (end - start).days + 1
    fmt = _pick(rng, _FORMATS, n)
    formats = list(_FORMATS)
    cism = np.isin(fmt, [formats.index(f) for f in CISM_FORMATS])
    initiated = _pick(rng, _INITIATED, n)
    after_ci = list(_INITIATED).index(InitiatedBy.AFTER_CRITICAL_INCIDENT)
    initiated[cism] = after_ci
    topic_codes = list(_TOPICS)
    first_topic = _pick(rng, _TOPICS, n)
    second_topic = np.where(rng.random(n) < 0.35, _pick(rng, _TOPICS, n), -1)
    ci_index = topic_codes.index(Topic.CRITICAL_INCIDENT)
    involved = (cism | (initiated == after_ci) | (first_topic == ci_index)
                | (second_topic == ci_index))
    first_topic[cism] = ci_index
    topics = [
        [topic_codes[a]] + ([topic_codes[b]] if b >= 0 and b != a else [])
        for a, b in zip(first_topic.tolist(), second_topic.tolist(), strict=True)
    ]
    incident = np.where(involved, _pick(rng, _INCIDENTS, n), -1)
    risk = _pick(rng, _RISKS, n)
    imminent = risk == list(_RISKS).index(Risk.IMMINENT_DANGER)
    referral_idx = np.where(rng.random(n) < 0.25, _pick(rng, _REFERRALS, n), -1)
    referral_codes = list(_REFERRALS)
    referral: list[ReferralType | None] = [
        None if r < 0 else referral_codes[r] for r in referral_idx.tolist()
    ]
    exception: list[ConfidentialityException] = [ConfidentialityException.NONE] * n
    other_exception = rng.random(n) < 0.004
    exception_draw = _pick(rng, _EXCEPTIONS, n).tolist()
    exception_codes = list(_EXCEPTIONS)
    for i in np.flatnonzero(other_exception).tolist():
        exception[i] = exception_codes[exception_draw[i]]
    for i in np.flatnonzero(imminent).tolist():
        referral[i] = ReferralType.CRISIS_LINE
        exception[i] = ConfidentialityException.SELF_HARM
    codes = list(checklist_codes)
    tick = rng.random((n, len(codes))) < 0.88
    ticked = [frozenset(c for c, t in zip(codes, row, strict=True) if t) for row in tick.tolist()]
    duration = np.clip(rng.lognormal(np.log(35), 0.6, n), 5, 240).astype(np.int64)
    duration[cism] = np.clip(duration[cism] * 2, 20, 480)
    follow_up = np.where(rng.random(n) < 0.3, rng.integers(2, 15, n), -1)
    return DemoBatch(
        day=rng.integers(0, span, n),
        duration=duration,
        channel=_pick(rng, _CHANNELS, n),
        initiated=initiated,
        group=_pick(rng, _GROUPS, n),
        format=fmt,
        group_size=rng.integers(3, 16, n),
        topics=topics,
        incident=incident,
        risk=risk,
        exception=exception,
        referral=referral,
        warm=rng.random(n) < 0.3,
        follow_up_days=follow_up,
        state=_pick(rng, _STATES, n),
        ticked=ticked,
    )


def make_demo_contacts(
    ws: Workspace,
    n: int,
    *,
    seed: int = 1,
    start: date | None = None,
    end: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Insert ``n`` synthetic contacts into a training vault, spread over the supporters.

    Defaults to the 12 months before today. Follow-up chains link some contacts into episodes.
    Returns the number inserted. ``progress(done, total)`` is called after each batch.

    Raises:
        NotATrainingVault: on a real vault, before anything is written.
        ValidationError: for a count or date range that makes no sense.
    """
    if not ws.training:
        raise NotATrainingVault()
    if not (ws.can(Action.RUN_TRAINING) or ws.can(Action.MANAGE_TEAM)):
        raise PermissionDenied(action="make demo data")
    end = end or date.today()
    start = start or (end - timedelta(days=365))
    errors: dict[str, Message] = {}
    if not 1 <= n <= MAX_CONTACTS:
        errors["contacts"] = Message("demo.count_range", low=1, high=MAX_CONTACTS)
    if start > end:
        errors["from"] = Message("demo.start_after_end")
    if end > date.today():
        errors["to"] = Message("demo.future")
    if errors:
        raise ValidationError(errors)
    conn = ws.vault.conn
    authors = [m.user_id for m in member_repo.all_members(conn)
               if Role.SUPPORTER in m.roles and not m.disabled] or [ws.member.user_id]
    checklist = policy_repo.current_checklist(conn)
    frozen = contact_repo.frozen_quarters(conn)
    rng = np.random.default_rng(seed + 7919)
    done = 0
    bulk = contact_repo.indexes_deferred(conn) if n >= BULK_THRESHOLD else nullcontext()
    with database.transaction(conn), bulk:
        next_id = contact_repo.next_id(conn)
        for offset in range(0, n, BATCH):
            size = min(BATCH, n - offset)
            batch = generate(size, seed * 1_000_003 + offset, start, end,
                             [i.code for i in checklist.items])
            who = rng.integers(0, len(authors), size).tolist()
            rows = list(_rows(batch, start, authors, who, frozen, checklist.version, next_id,
                              rng.random(size).tolist()))
            contact_repo.insert_many(conn, rows)
            next_id += size
            done += size
            if progress is not None:
                progress(done, n)
        audit.append(conn, ws.member.user_id, "demo_data_generated", count=n, seed=seed)
    make_demo_training_records(ws, seed=seed)
    return n


# Expiries of the members' crisis intervention certifications, in days from today, in turn:
# one lapsed, two within the reminder stages, the rest well ahead.
DEMO_EXPIRIES = (-20, 25, 50, 200, 400, 700, 950)
DEMO_REQUIRED = (Course.PEER_SUPPORT_FOUNDATIONS.value, Course.CRISIS_INTERVENTION.value)
_DEMO_CE = (Course.SUBSTANCE_USE, Course.FAMILY_SUPPORT, Course.MENTAL_HEALTH_FIRST_AID,
            Course.SUICIDE_INTERVENTION, Course.OTHER)
_DEMO_CE_PROVIDERS = ("Provincial EMS association", "Regional peer support network",
                      "Mental Health Commission", "Employee assistance program")
_DEMO_SUPERVISORS = ("Staff psychologist", "EAP clinician", "Clinical advisor")


def _demo_records(index: int, today: date, rng: Any) -> Iterator[RecordDraft]:
    """One member's two years of training: foundations, a crisis intervention certification
    (expiring as :data:`DEMO_EXPIRIES` says), psychological first aid for every other member,
    continuing education twice a year and supervision about every six weeks."""
    yield RecordDraft(RecordKind.COURSE, Course.PEER_SUPPORT_FOUNDATIONS,
                      today - timedelta(days=int(rng.integers(800, 1400))), 24 * 60,
                      "Regional peer support network")
    expires = today + timedelta(days=DEMO_EXPIRIES[index % len(DEMO_EXPIRIES)])
    yield RecordDraft(RecordKind.CERTIFICATION, Course.CRISIS_INTERVENTION,
                      expires - timedelta(days=3 * 365), 16 * 60, "ICISF", expires)
    if index % 2 == 0:
        yield RecordDraft(RecordKind.COURSE, Course.PSYCHOLOGICAL_FIRST_AID,
                          today - timedelta(days=int(rng.integers(100, 600))), 6 * 60,
                          "Red Cross")
    for half_year in range(4):
        yield RecordDraft(RecordKind.CONTINUING_EDUCATION,
                          _DEMO_CE[int(rng.integers(0, len(_DEMO_CE)))],
                          today - timedelta(days=half_year * 182 + int(rng.integers(5, 150))),
                          int(rng.integers(2, 7)) * 60,
                          _DEMO_CE_PROVIDERS[int(rng.integers(0, len(_DEMO_CE_PROVIDERS)))])
    day = today - timedelta(days=int(rng.integers(3, 30)))
    while day > today - timedelta(days=730):
        yield RecordDraft(RecordKind.SUPERVISION, None, day, int(rng.choice([60, 75, 90])),
                          _DEMO_SUPERVISORS[int(rng.integers(0, len(_DEMO_SUPERVISORS)))])
        day -= timedelta(days=int(rng.integers(35, 55)))


def make_demo_training_records(ws: Workspace, *, seed: int = 1,
                               today: date | None = None) -> int:
    """Two years of training records for every active member of a training vault, once
    (nothing is added when it holds records already), and the policy's required courses
    (foundations and crisis intervention) when none are set. Returns the records added.

    Raises:
        NotATrainingVault: on a real vault, before anything is written.
    """
    if not ws.training:
        raise NotATrainingVault()
    if not (ws.can(Action.RUN_TRAINING) or ws.can(Action.MANAGE_TEAM)):
        raise PermissionDenied(action="make demo data")
    conn = ws.vault.conn
    if training_repo.every_record(conn):
        return 0
    today = today or date.today()
    rng = np.random.default_rng(seed + 104729)
    members = [m for m in member_repo.all_members(conn) if not m.disabled]
    added = 0
    with database.transaction(conn):
        for index, member in enumerate(members):
            for draft in _demo_records(index, today, rng):
                training_repo.insert(conn, member.user_id, draft, ws.member.user_id)
                added += 1
        if not policy_repo.load(conn).required_courses:
            policy_repo.save_settings(conn, {"required_courses": DEMO_REQUIRED})
        audit.append(conn, ws.member.user_id, "demo_data_generated", training_records=added,
                     seed=seed)
    return added


FOLLOW_UP_TAKEN = 0.5  # share of due follow-ups that get a logged follow-up contact
REPEAT_SHARE = 0.8     # above this coin, a contact starting an episode is still a repeat one


def _outcome(draft: ContactDraft) -> Outcome:
    """Referred when a referral was made, continuing when a follow-up is planned."""
    if draft.referrals:
        return Outcome.REFERRED
    if draft.follow_up_due is not None:
        return Outcome.CONTINUING_SUPPORT
    return Outcome.RESOLVED_PEER_LEVEL


def _rows(
    batch: DemoBatch,
    start: date,
    authors: list[str],
    who: list[int],
    frozen: set[Quarter],
    checklist_version: int,
    first_id: int,
    coin: list[float],
) -> Iterator[tuple[int, str, ContactDraft, str, int]]:
    """Rows in date order; a contact may continue its author's open episode (same group)."""
    order = sorted(range(len(who)), key=lambda i: int(batch.day[i]))
    open_episode: dict[str, tuple[int, int, MemberGroup]] = {}  # author -> (id, episode, group)
    for position, i in enumerate(order):
        contact_id = first_id + position
        author = authors[who[i]]
        draft = replace(batch.draft(i, start), checklist_version=checklist_version)
        episode = contact_id
        previous = open_episode.pop(author, None)
        if previous is not None and coin[i] < FOLLOW_UP_TAKEN:
            previous_id, episode, group = previous
            draft = replace(draft, follow_up_of=previous_id, member_group=group)
        draft = replace(draft, outcome=_outcome(draft), first_or_repeat=(
            FirstOrRepeat.REPEAT if draft.follow_up_of is not None or coin[i] > REPEAT_SHARE
            else FirstOrRepeat.FIRST))
        if draft.follow_up_due is not None:
            open_episode[author] = (contact_id, episode, draft.member_group)
        quarter = reporting_quarter(draft.occurred_on, frozen)
        yield contact_id, author, draft, str(quarter), episode


# --------------------------------------------------------------------------- a survey cohort

DEMO_COHORT_TITLE = "Peer support pilot (demo)"


def make_demo_survey_cohort(ws: Workspace, *, seed: int = 1, pre: int = 25, post: int = 20,
                            follow_up: int = 16) -> int:
    """A full demo cohort in a training vault: K10 and the program-experience questions at
    pre, post and follow-up, every wave closed (ARCHITECTURE section 12). ``post``
    respondents give at the post wave the personal code they gave at the pre wave (typed
    with other case and spacing), the rest of the pre wave none. Returns the cohort's id.

    Raises:
        NotATrainingVault: on a real vault, before anything is written.
        PermissionDenied: the member may not run surveys.
    """
    if not ws.training:
        raise NotATrainingVault()
    if not 1 <= post <= pre:
        raise ValidationError({"post": Message("demo.count_range", low=1, high=pre)})
    rng = np.random.default_rng(seed)
    floor = surveys.minimum_floor(ws)
    k10, program = surveys.instrument("k10"), surveys.instrument("program-experience")
    cohort_id = surveys.create_cohort(ws, DEMO_COHORT_TITLE, floor, [k10.id, program.id],
                                      follow_up=follow_up > 0)
    # Each respondent has a level of distress and of trust in the team; the program lowers
    # the one and raises the other a little, more for some than for others.
    distress = np.clip(rng.normal(2.2, 0.6, pre), 1.0, 4.6)
    trust = np.clip(rng.normal(3.0, 0.7, pre), 1.2, 4.8)
    gain = np.clip(rng.normal(0.35, 0.3, pre), -0.3, 1.0)
    codes = [f"{chr(65 + i % 26)}{chr(75 + i // 26)} {i % 12 + 1:02d}" for i in range(pre)]

    def answers(i: int, step: float) -> dict[str, dict[str, int | None]]:
        level, ease = distress[i] - step * gain[i], trust[i] + step * gain[i]
        k10_answers = {item.id: int(np.clip(round(rng.normal(level, 0.7)), 1, 5))
                       for item in k10.items}
        mine: dict[str, int | None] = {}
        for item in program.items:
            value = int(np.clip(round(rng.normal(ease, 0.8)), 1, 5))
            mine[item.id] = 6 - value if item.reverse else value
        if rng.random() < 0.08:
            mine[program.items[-1].id] = None  # a question left blank now and then
        return {k10.id: dict(k10_answers), program.id: mine}

    waves = [(WaveKind.PRE, range(pre), 0.0), (WaveKind.POST, range(post), 1.0)]
    if follow_up:
        waves.append((WaveKind.FOLLOW_UP, range(follow_up), 1.2))
    for kind, who, step in waves:
        surveys.open_wave(ws, cohort_id, kind)
        for i in who:
            code = None
            if kind is WaveKind.PRE and i < post:
                code = codes[i]
            elif kind is WaveKind.POST:
                code = codes[i].lower().replace(" ", "")
            surveys.submit(ws, cohort_id, answers(i, step), code)
        surveys.close_wave(ws, cohort_id, kind)
    return cohort_id


def make_demo_survey_cohort_once(ws: Workspace, *, seed: int = 1) -> int | None:
    """The demo cohort, unless the vault has one already or the member may not run surveys
    (then None): adding demo data again does not add a second cohort."""
    if not ws.can(Action.RUN_SURVEYS) or any(
            c.title == DEMO_COHORT_TITLE for c in surveys.cohorts(ws)):
        return None
    return make_demo_survey_cohort(ws, seed=seed)
