"""Anonymous pre/post surveys: instruments, cohorts, waves, submissions, linking, results.

ARCHITECTURE section 12. Every function that touches a vault needs ``Action.RUN_SURVEYS``
(coordinators and trainers), in a real vault and a training one alike.

- Instruments are the shipped files ``resources/surveys/*.toml``, checked at load.
- A cohort is made with a minimum size (at least the program's statistics threshold) and the
  instruments its respondents answer. Its waves run in order, one at a time: pre, post, and a
  follow-up when the cohort has one. A wave is opened once and closed once.
- Each submission is stored at once, in one transaction, in the vault. A personal code given
  in the pre or post wave is stored only as a keyed hash (``domain.surveys.link_hash`` under
  the cohort's random link key, kept in the vault); the same code in both waves links the two
  answer sets. When the post wave closes the hashes and the key are deleted; only pairs stay
  linked (by a random number), and the follow-up wave is never linked.
- Results (:func:`results`) exist once every wave has closed; the first look releases and
  freezes them (``services/survey_results.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.messages import Message
from peerdesk.domain.note_scan import scan
from peerdesk.domain.permissions import Action
from peerdesk.domain.survey_pack import MAX_BYTES, InstrumentInvalid, parse_instrument
from peerdesk.domain.surveys import (
    WAVE_ORDER,
    AnswersInvalid,
    Instrument,
    SurveyRefused,
    WaveKind,
    WaveState,
    check_answers,
    code_problem,
    cohort_minimum_problem,
    link_hash,
    title_problem,
)
from peerdesk.domain.toml_lines import TomlUnreadable, decode_toml
from peerdesk.services.name_list import given_names
from peerdesk.services.resources import resource_path
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, database, policy_repo, survey_repo
from peerdesk.storage.survey_repo import StoredCohort, StoredWave

MODES = ("kiosk", "paper")

__all__ = [
    "LINKED_WAVES", "MODES", "Cohort", "Receipt", "StoredWave", "close_wave", "code_problem",
    "cohort", "cohort_instruments", "cohorts", "create_cohort", "instrument", "instrument_file",
    "instruments", "linking_waves", "minimum_floor", "next_wave", "open_wave", "open_wave_of",
    "planned_waves", "response_count", "submit",
]

Cohort = StoredCohort
LINKED_WAVES = (WaveKind.PRE, WaveKind.POST)


# --------------------------------------------------------------------------- instruments


@functools.cache
def _shipped() -> tuple[Instrument, ...]:
    folder = resource_path("surveys")
    found = [parse_instrument(path.read_text(encoding="utf-8"), f"surveys/{path.name}")
             for path in sorted(folder.glob("*.toml"))]
    return tuple(found)


def instruments() -> list[Instrument]:
    """The shipped instruments, validated (no vault needed)."""
    return list(_shipped())


def instrument(instrument_id: str) -> Instrument:
    """A shipped instrument by id.

    Raises:
        NotFound: no shipped instrument has that id.
    """
    found = next((i for i in _shipped() if i.id == instrument_id), None)
    if found is None:
        raise NotFound(what=f"survey instrument {instrument_id}")
    return found


def instrument_file(path: Path, source: str | None = None) -> Instrument:
    """Read and check an instrument file (``peerdesk survey validate``); messages name it
    ``source`` (default: its file name).

    Raises:
        InstrumentInvalid: every problem, each ``name:line: ...`` (too large or not UTF-8 too).
        OSError: the file cannot be read.
    """
    name = source or path.name
    try:
        text = decode_toml(path.read_bytes(), MAX_BYTES)
    except TomlUnreadable as exc:
        raise InstrumentInvalid(name, [Message("pack.at", source=name, line=str(exc.line),
                                               message=exc.message)]) from None
    return parse_instrument(text, name)


# --------------------------------------------------------------------------- cohorts


def minimum_floor(ws: Workspace) -> int:
    """The smallest cohort minimum allowed: the program's statistics threshold."""
    ws.require(Action.RUN_SURVEYS)
    return policy_repo.load(ws.vault.conn).suppression_threshold


def create_cohort(ws: Workspace, title: str, minimum: int, instrument_ids: Sequence[str],
                  *, follow_up: bool = False) -> int:
    """Make a cohort; returns its id. No wave is open yet.

    Raises:
        ValidationError: ``title`` (empty, too long, or with identifying details),
            ``minimum`` (below the statistics threshold), ``instruments`` (none, or unknown).
    """
    ws.require(Action.RUN_SURVEYS)
    title = " ".join(title.split())
    errors: dict[str, Message] = {}
    problem = title_problem(title)
    if problem is None and scan(title, given_names()):
        problem = Message("survey.title_identifying")
    if problem:
        errors["title"] = problem
    problem = cohort_minimum_problem(minimum, minimum_floor(ws))
    if problem:
        errors["minimum"] = problem
    ids = list(dict.fromkeys(instrument_ids))
    known = {i.id: i for i in _shipped()}
    if not ids or any(i not in known for i in ids):
        errors["instruments"] = Message("survey.instruments_needed")
    if errors:
        raise ValidationError(errors)
    with database.transaction(ws.vault.conn) as conn:
        cohort_id = survey_repo.add_cohort(conn, title, minimum,
                                           [(i, known[i].version) for i in ids], follow_up,
                                           ws.member.user_id)
        audit.append(conn, ws.member.user_id, "survey_cohort_created", cohort=cohort_id,
                     minimum=minimum, instruments=",".join(ids))
    return cohort_id


def cohorts(ws: Workspace) -> list[Cohort]:
    """Every cohort, newest first, with its waves and their response counts."""
    ws.require(Action.RUN_SURVEYS)
    return survey_repo.cohorts(ws.vault.conn)


def cohort(ws: Workspace, cohort_id: int) -> Cohort:
    ws.require(Action.RUN_SURVEYS)
    found = survey_repo.cohort(ws.vault.conn, cohort_id)
    if found is None:
        raise NotFound(what="survey cohort")
    return found


def cohort_instruments(found: Cohort) -> list[Instrument]:
    """The instruments a cohort's respondents answer, in order."""
    return [instrument(i) for i, _ in found.instruments]


def planned_waves(found: Cohort) -> tuple[WaveKind, ...]:
    return WAVE_ORDER if found.follow_up else WAVE_ORDER[:2]


def next_wave(found: Cohort) -> WaveKind | None:
    """The wave that can be opened next (None while one is open or when all have run)."""
    if any(w.state is WaveState.OPEN for w in found.waves):
        return None
    done = {w.kind for w in found.waves}
    return next((k for k in planned_waves(found) if k not in done), None)


def open_wave_of(found: Cohort) -> WaveKind | None:
    return next((w.kind for w in found.waves if w.state is WaveState.OPEN), None)


def linking_waves(found: Cohort) -> bool:
    """Whether the open wave asks for a personal code (pre and post, while the key exists)."""
    wave = open_wave_of(found)
    return found.linking and wave in LINKED_WAVES


def open_wave(ws: Workspace, cohort_id: int, kind: WaveKind) -> None:
    """Open the cohort's next wave.

    Raises:
        SurveyRefused: another wave is open, ``kind`` is not the next wave, or the cohort
            has no follow-up wave.
    """
    found = cohort(ws, cohort_id)
    if kind not in planned_waves(found):
        raise SurveyRefused(reason=Message("survey.no_follow_up"))
    if any(w.kind is kind for w in found.waves):
        raise SurveyRefused(reason=Message("survey.wave_done", wave=_wave(kind)))
    expected = next_wave(found)
    if expected is not kind:
        current = open_wave_of(found)
        raise SurveyRefused(reason=Message("survey.wave_open", wave=_wave(current))
                            if current else Message("survey.wave_order",
                                                    wave=_wave(expected or kind)))
    with database.transaction(ws.vault.conn) as conn:
        survey_repo.open_wave(conn, cohort_id, kind)
        audit.append(conn, ws.member.user_id, "survey_wave_opened",
                     wave=f"{cohort_id}/{kind.value}")


def close_wave(ws: Workspace, cohort_id: int, kind: WaveKind) -> None:
    """Close an open wave. Closing the post wave deletes the cohort's code hashes and link
    key in the same transaction, and unlinks answer sets without a partner.

    Raises:
        SurveyRefused: the wave is not open.
    """
    found = cohort(ws, cohort_id)
    if open_wave_of(found) is not kind:
        raise SurveyRefused(reason=Message("survey.wave_not_open", wave=_wave(kind)))
    with database.transaction(ws.vault.conn) as conn:
        survey_repo.close_wave(conn, cohort_id, kind)
        if kind is WaveKind.POST:
            survey_repo.forget_codes(conn, cohort_id)
        audit.append(conn, ws.member.user_id, "survey_wave_closed",
                     wave=f"{cohort_id}/{kind.value}",
                     responses=next(w.responses for w in found.waves if w.kind is kind))


def _wave(kind: WaveKind) -> Message:
    return Message(f"survey.wave.{kind.value}")


# --------------------------------------------------------------------------- answers


@dataclass(frozen=True)
class Receipt:
    """What the kiosk may tell a respondent: only that the answers were stored."""

    wave: WaveKind


def submit(ws: Workspace, cohort_id: int, answers: Mapping[str, Mapping[str, int | None]],
           code: str | None = None, *, mode: str = "kiosk") -> Receipt:
    """Store one respondent's answers to the cohort's open wave, at once, in one transaction.

    Args:
        answers: ``{instrument id: {item id: value or None}}`` for the cohort's instruments
            (an instrument left out, or an item None, is skipped).
        code: the respondent's personal code (pre and post waves); None or empty: unlinked.
            Never stored: only its keyed hash is, and never returned.
        mode: "kiosk" (typed by the respondent) or "paper" (keyed in from a paper form).

    Raises:
        SurveyRefused: no wave of the cohort is open.
        AnswersInvalid: an unknown instrument or item, a value off the scale, nothing
            answered, or a code that is too short or too long (nothing is stored).
    """
    if mode not in MODES:
        raise ValueError(f"unknown survey mode {mode!r}")
    found = cohort(ws, cohort_id)
    wave = open_wave_of(found)
    if wave is None:
        raise SurveyRefused(reason=Message("survey.no_open_wave"))
    kept: dict[str, dict[str, int]] = {}
    by_id = {i.id: i for i in cohort_instruments(found)}
    for instrument_id, given in answers.items():
        if instrument_id not in by_id:
            raise AnswersInvalid(reason=Message("survey.unknown_instrument",
                                                instrument=instrument_id))
        try:
            kept[instrument_id] = check_answers(by_id[instrument_id], given)
        except AnswersInvalid as exc:
            if exc.params["reason"].code != "survey.nothing_answered":
                raise
    if not kept:
        raise AnswersInvalid(reason=Message("survey.nothing_answered"))
    code = (code or "").strip() or None
    if code is not None and linking_waves(found):
        problem = code_problem(code)
        if problem:
            raise AnswersInvalid(reason=problem)
    conn = ws.vault.conn
    with database.transaction(conn):
        link_id = None
        key = survey_repo.link_key(conn, cohort_id)
        if code is not None and key is not None and wave in LINKED_WAVES:
            link_id = survey_repo.link_for(conn, cohort_id, link_hash(key, code), wave)
        survey_repo.add_submission(conn, cohort_id, wave, link_id, mode, kept)
    return Receipt(wave)


def response_count(ws: Workspace, cohort_id: int, wave: WaveKind) -> int:
    """How many respondents have answered ``wave`` so far."""
    return next((w.responses for w in cohort(ws, cohort_id).waves if w.kind is wave), 0)
