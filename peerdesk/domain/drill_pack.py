"""Reading and checking a scenario pack (TOML) with line-precise messages.

:func:`parse_pack` turns a pack's text into a :class:`~peerdesk.domain.drills.DrillPack` or
raises :class:`PackInvalid` listing every problem as ``source:line: scenario 'id': message``.
``tomllib`` reports the line of a syntax error; for schema errors
:class:`~peerdesk.domain.toml_lines.LineLocator` finds the line of the offending table, key or
list element. The format is in resources/drills/SCHEMA.md.
"""

from __future__ import annotations

import difflib
import enum
import re
import tomllib
from collections.abc import Mapping, Sequence
from typing import Any

from peerdesk.domain.contacts import validate
from peerdesk.domain.drills import (
    CHECKLIST_CODES,
    DEFAULT_TIME_LIMIT,
    FIELD_POINTS,
    CriticalAction,
    DrillPack,
    ExpectedLog,
    Scenario,
    model_answer,
)
from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.toml_lines import LineLocator
from peerdesk.domain.vocab import (
    ConfidentialityException,
    DisclosureRoute,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    ReferralType,
    Risk,
    Topic,
)

TIME_LIMIT_RANGE = (15, 3600)
MAX_PACK_VERSION = 2**31 - 1  # stored as an SQLite integer, far below its 2**63 limit
MAX_PACK_BYTES = 1_000_000
MAX_SCENARIOS = 200
MAX_TEXT = 6000
MAX_TITLE = 120
MAX_DEBRIEF_POINTS = 20
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class PackInvalid(PeerDeskError):
    """A scenario pack that cannot be used; ``problems`` holds one line-precise message each."""

    code = "drill_pack_invalid"
    template = "{source} is not a usable scenario pack ({count} problem(s)); first: {first}"

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else "unknown"
        super().__init__(source=source, count=len(self.problems), first=first)


# --------------------------------------------------------------------------- validation

_ASCII_SPACE = re.compile(r"[ \t\r\n]+")


def squash(text: str) -> str:
    """``text`` on one line: runs of spaces, tabs and line breaks become one space. No-break
    spaces stay (French puts them before ":" and inside « »)."""
    return _ASCII_SPACE.sub(" ", text).strip()


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_PACK_KEYS = frozenset({"id", "title", "version", "language", "description"})
_SCENARIO_KEYS = frozenset({"id", "title", "card", "script", "expected", "checklist",
                            "critical", "debrief", "time_limit_seconds", "why"})
_CODE_KEYS: Mapping[str, type[enum.StrEnum]] = {
    "member_group": MemberGroup, "format": Format, "risk": Risk,
    "confidentiality_exception": ConfidentialityException,
    "incident_type": IncidentType, "initiated_by": InitiatedBy,
}
_SET_KEYS: Mapping[str, tuple[type[enum.StrEnum], str]] = {
    "topics": (Topic, "topic"), "topics_also_ok": (Topic, "topic"),
    "referrals": (ReferralType, "referral"), "referrals_also_ok": (ReferralType, "referral"),
    "disclosure_routes": (DisclosureRoute, "disclosure route"),
}
_REQUIRED_EXPECTED = ("member_group", "format", "topics", "risk", "referrals",
                      "confidentiality_exception")
_EXPECTED_KEYS = frozenset({*_CODE_KEYS, *_SET_KEYS, "group_size"})
_CODE_NOUN = {"member_group": "member group", "format": "format", "risk": "risk",
              "confidentiality_exception": "confidentiality exception",
              "incident_type": "incident type", "initiated_by": "initiated-by"}
Path = tuple[str | int, ...]


class _Checker:
    """Collects problems with their lines while a parsed pack is read into the model."""

    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.locator = LineLocator(text)
        self.problems: list[tuple[int, str]] = []
        self.scenario_id: str | None = None

    def add(self, path: Path, message: str) -> None:
        where = f"scenario '{self.scenario_id}': " if self.scenario_id else ""
        line = self.locator.line_of(path)
        self.problems.append((line, f"{self.source}:{line}: {where}{message}"))

    def text(self, table: Mapping[str, Any], path: Path, key: str, limit: int,
             required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.add(path, f"'{key}' is missing")
            return ""
        if not isinstance(value, str):
            self.add((*path, key), f"'{key}' must be text")
            return ""
        if required and not value.strip():
            self.add((*path, key), f"'{key}' is empty")
        elif len(value) > limit:
            self.add((*path, key), f"'{key}' is longer than {limit} characters")
        return value.strip()

    def slug(self, table: Mapping[str, Any], path: Path) -> str:
        value = self.text(table, path, "id", 64)
        if value and not _SLUG.match(value):
            self.add((*path, "id"), f"id '{value}' must be lower-case letters, digits and "
                     "dashes, starting with a letter or digit")
            return ""
        return value

    def unknown_keys(self, table: Mapping[str, Any], path: Path, known: frozenset[str],
                     what: str) -> None:
        for key in table:
            if key not in known:
                self.add((*path, key), f"unknown key '{key}' in {what} "
                         f"(expected one of: {', '.join(sorted(known))})")

    def code(self, table: Mapping[str, Any], path: Path, key: str,
             required: bool) -> enum.StrEnum | None:
        value = table.get(key)
        vocab = _CODE_KEYS[key]
        if value is None:
            if required:
                self.add(path, f"'{key}' is missing from the expected log")
            return None
        if not isinstance(value, str) or value not in vocab._value2member_map_:
            self.add((*path, key), f"unknown {_CODE_NOUN[key]} code {_show(value)}"
                     f"{_suggest(value, [m.value for m in vocab])}")
            return None
        return vocab(value)

    def codes(self, table: Mapping[str, Any], path: Path, key: str, allowed: Sequence[str],
              noun: str) -> list[str] | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, list):
            self.add((*path, key), f"'{key}' must be a list like [\"{allowed[0]}\"]")
            return []
        found: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or item not in allowed:
                self.add((*path, key, index),
                         f"unknown {noun} code {_show(item)}{_suggest(item, allowed)}")
            elif item in found:
                self.add((*path, key, index), f"{noun} '{item}' is listed twice")
            else:
                found.append(item)
        return found


def _show(value: object) -> str:
    text = repr(value) if isinstance(value, str) else f"{type(value).__name__} value"
    return text if len(text) <= 60 else text[:57] + "...'"


def _suggest(value: object, allowed: Sequence[str]) -> str:
    if not isinstance(value, str):
        return ""
    close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def parse_pack(text: str, source: str) -> DrillPack:
    """Read and validate a scenario pack.

    Args:
        text: the TOML text.
        source: how messages name the file (``drills/core.toml``).

    Raises:
        PackInvalid: with every problem found, each ``source:line: ...``, in line order.
    """
    if len(text) > MAX_PACK_BYTES:
        raise PackInvalid(source, [f"{source}:1: the pack is larger than "
                                   f"{MAX_PACK_BYTES // 1000} kB"])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_AT.search(message)
        line = int(match.group(1)) if match else max(1, text.count("\n") + 1)
        message = _TOML_AT.sub("", message).replace(" (at end of document)", "")
        raise PackInvalid(source, [f"{source}:{line}: TOML syntax: {message}"]) from None
    except RecursionError:
        raise PackInvalid(source, [f"{source}:1: the pack nests values too deeply"]) from None
    check = _Checker(source, text)
    pack = _read_pack(check, data)
    if check.problems or pack is None:
        ordered = [message for _, message in sorted(check.problems, key=lambda p: p[0])]
        raise PackInvalid(source, ordered or [f"{source}:1: the pack holds no scenarios"])
    return pack


def pack_problems(text: str, source: str) -> list[str]:
    """Every problem of a pack (empty when it is usable)."""
    try:
        parse_pack(text, source)
    except PackInvalid as exc:
        return list(exc.problems)
    return []


def _read_pack(check: _Checker, data: Mapping[str, Any]) -> DrillPack | None:
    check.unknown_keys(data, (), frozenset({"pack", "scenario"}), "the file")
    meta = data.get("pack")
    if not isinstance(meta, dict) or not meta:
        # An empty [pack] table is as unusable as a missing one (and skips every check below).
        check.add(("pack",), "the [pack] table (id, title, version, language) is missing")
        meta = {}
    check.unknown_keys(meta, ("pack",), _PACK_KEYS, "[pack]")
    pack_id = check.slug(meta, ("pack",)) if meta else ""
    title = check.text(meta, ("pack",), "title", MAX_TITLE) if meta else ""
    version = meta.get("version")
    if meta and (isinstance(version, bool) or not isinstance(version, int)
                 or not 1 <= version <= MAX_PACK_VERSION):
        check.add(("pack", "version") if "version" in meta else ("pack",),
                  "'version' must be a whole number from 1")
    language = meta.get("language")
    if meta and (not isinstance(language, str) or not _LANGUAGE.match(language)):
        check.add(("pack", "language") if "language" in meta else ("pack",),
                  "'language' must be a language code such as \"en\" or \"fr-CA\"")
    description = check.text(meta, ("pack",), "description", MAX_TEXT, required=False)
    raw = data.get("scenario")
    if not isinstance(raw, list) or not raw:
        check.add(("scenario",), "the pack needs at least one [[scenario]]")
        return None
    if len(raw) > MAX_SCENARIOS:
        check.add(("scenario", MAX_SCENARIOS), f"a pack holds at most {MAX_SCENARIOS} scenarios")
    scenarios: list[Scenario] = []
    seen: set[str] = set()
    for index, table in enumerate(raw[:MAX_SCENARIOS]):
        if not isinstance(table, dict):
            check.add(("scenario", index), "each scenario must be a [[scenario]] table")
            continue
        scenario = _read_scenario(check, table, ("scenario", index), seen)
        if scenario is not None:
            scenarios.append(scenario)
    check.scenario_id = None
    if check.problems:
        return None
    assert isinstance(version, int)
    assert isinstance(language, str)
    return DrillPack(pack_id, title, version, language, tuple(scenarios), description)


def _read_scenario(check: _Checker, table: Mapping[str, Any], path: Path,
                   seen: set[str]) -> Scenario | None:
    before = len(check.problems)
    check.scenario_id = None
    sid = check.slug(table, path)
    check.scenario_id = sid or f"#{int(path[1]) + 1}"
    if sid in seen:
        check.add((*path, "id"), f"the id '{sid}' is used by another scenario in this pack")
    seen.add(sid)
    check.unknown_keys(table, path, _SCENARIO_KEYS, "a scenario")
    title = check.text(table, path, "title", MAX_TITLE)
    card = check.text(table, path, "card", MAX_TEXT)
    script = check.text(table, path, "script", MAX_TEXT)
    limit = table.get("time_limit_seconds", DEFAULT_TIME_LIMIT)
    low, high = TIME_LIMIT_RANGE
    if isinstance(limit, bool) or not isinstance(limit, int) or not low <= limit <= high:
        check.add((*path, "time_limit_seconds"),
                  f"'time_limit_seconds' must be a whole number from {low} to {high}")
    checklist = check.codes(table, path, "checklist", CHECKLIST_CODES, "checklist item")
    critical = check.codes(table, path, "critical", [a.value for a in CriticalAction],
                           "critical action")
    debrief = _debrief(check, table, path)
    why = _why(check, table, path)
    expected = _read_expected(check, table.get("expected"), (*path, "expected"))
    if len(check.problems) > before or expected is None:
        return None
    assert isinstance(limit, int)
    scenario = Scenario(sid, title, card, script, expected, frozenset(checklist or ()),
                        tuple(CriticalAction(a) for a in critical or ()), debrief, limit, why)
    _coherence(check, scenario, path)
    return scenario if len(check.problems) == before else None


def _debrief(check: _Checker, table: Mapping[str, Any], path: Path) -> tuple[str, ...]:
    value = table.get("debrief")
    if not isinstance(value, list) or not value:
        check.add((*path, "debrief") if "debrief" in table else path,
                  "'debrief' must list at least one debrief point")
        return ()
    if len(value) > MAX_DEBRIEF_POINTS:
        check.add((*path, "debrief"), f"keep to {MAX_DEBRIEF_POINTS} debrief points")
    points: list[str] = []
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip() or len(item) > MAX_TEXT:
            check.add((*path, "debrief", index), "each debrief point must be non-empty text")
        else:
            points.append(squash(item))
    return tuple(points)


def _why(check: _Checker, table: Mapping[str, Any], path: Path) -> dict[str, str]:
    value = table.get("why", {})
    known = frozenset({*FIELD_POINTS, *(a.value for a in CriticalAction)})
    if not isinstance(value, dict):
        check.add((*path, "why"), "'why' must be a table of field = \"explanation\"")
        return {}
    check.unknown_keys(value, (*path, "why"), known, "[scenario.why]")
    out: dict[str, str] = {}
    for key, text in value.items():
        if not isinstance(text, str) or not text.strip():
            check.add((*path, "why", key), f"why.{key} must be non-empty text")
        elif key in known:
            out[key] = squash(text)
    return out


def _read_expected(check: _Checker, table: object, path: Path) -> ExpectedLog | None:
    if not isinstance(table, dict):
        check.add(path, "the expected log ([scenario.expected]) is missing")
        return None
    before = len(check.problems)
    check.unknown_keys(table, path, _EXPECTED_KEYS, "the expected log")
    codes = {key: check.code(table, path, key, key in _REQUIRED_EXPECTED) for key in _CODE_KEYS}
    sets: dict[str, frozenset[Any]] = {}
    for key, (vocab, noun) in _SET_KEYS.items():
        found = check.codes(table, path, key, [m.value for m in vocab], noun)
        if found is None and key in _REQUIRED_EXPECTED:
            check.add(path, f"'{key}' is missing from the expected log")
        sets[key] = frozenset(vocab(v) for v in found or ())
    if "topics" in table and not sets["topics"] and len(check.problems) == before:
        check.add((*path, "topics"), "the expected log needs at least one topic")
    size = table.get("group_size")
    if size is not None and (isinstance(size, bool) or not isinstance(size, int)):
        check.add((*path, "group_size"), "'group_size' must be a whole number")
        size = None
    if len(check.problems) > before:
        return None
    return ExpectedLog(
        member_group=MemberGroup(str(codes["member_group"])), format=Format(str(codes["format"])),
        topics=sets["topics"], risk=Risk(str(codes["risk"])), referrals=sets["referrals"],
        confidentiality_exception=ConfidentialityException(
            str(codes["confidentiality_exception"])),
        group_size=size,
        incident_type=IncidentType(codes["incident_type"]) if codes["incident_type"] else None,
        initiated_by=InitiatedBy(codes["initiated_by"]) if codes["initiated_by"] else None,
        disclosure_routes=sets["disclosure_routes"], topics_also_ok=sets["topics_also_ok"],
        referrals_also_ok=sets["referrals_also_ok"],
    )


def _coherence(check: _Checker, s: Scenario, path: Path) -> None:
    """The expected log must be a log the app would save, and agree with the critical actions."""
    e = s.expected
    epath = (*path, "expected")
    for name, message in validate(model_answer(s), model_answer(s).occurred_on).items():
        key = {"disclosure_route": "confidentiality_exception", "checklist": "format"}.get(
            name, name)
        check.add((*epath, key) if key in FIELD_POINTS else epath,
                  f"the expected log could not be saved: {message}")
    crit_path = (*path, "critical")
    needs = {
        CriticalAction.ESCALATE_IMMINENT_DANGER: (e.risk is Risk.IMMINENT_DANGER,
                                                  "needs risk = \"imminent_danger\""),
        CriticalAction.RECORD_CONFIDENTIALITY_EXCEPTION: (
            e.confidentiality_exception is not ConfidentialityException.NONE,
            "needs a confidentiality_exception other than \"none\""),
        CriticalAction.RECORD_DISCLOSURE_ROUTE: (
            e.confidentiality_exception is not ConfidentialityException.NONE,
            "needs a confidentiality_exception other than \"none\""),
        CriticalAction.OFFER_REFERRAL: (bool(e.referrals), "needs at least one referral"),
        CriticalAction.HAND_OVER: (bool(e.referrals), "needs the referral to hand over to"),
        CriticalAction.CHECK_SAFETY: (e.risk is not Risk.NONE_OBSERVED,
                                      "needs a risk other than \"none_observed\""),
        CriticalAction.DECLARE_ROLE_CONFLICT: (
            "no_role_conflict" not in s.checklist,
            "cannot go with 'no_role_conflict' in the checklist to tick"),
        CriticalAction.NO_IDENTIFYING_DETAILS: (True, ""),
    }
    for index, action in enumerate(s.critical):
        ok, why = needs[action]
        if not ok:
            check.add((*crit_path, index), f"critical action '{action}' {why}")
    musts = (
        (e.risk is Risk.IMMINENT_DANGER, CriticalAction.ESCALATE_IMMINENT_DANGER,
         "imminent danger"),
        (e.confidentiality_exception is not ConfidentialityException.NONE,
         CriticalAction.RECORD_CONFIDENTIALITY_EXCEPTION, "a confidentiality exception"),
    )
    for applies, action, what in musts:
        if applies and action not in s.critical:
            check.add(crit_path if "critical" in _keys(check, path) else path,
                      f"{what} must be a critical action: add '{action}' to critical")


def _keys(check: _Checker, path: Path) -> set[str | int]:
    return {p[len(path)] for p in check.locator.lines if len(p) > len(path)
            and p[:len(path)] == path}


