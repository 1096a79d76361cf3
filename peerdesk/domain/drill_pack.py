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
from peerdesk.domain.messages import Message
from peerdesk.domain.toml_lines import LineLocator, TomlUnreadable, load_toml
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

    def __init__(self, source: str, problems: Sequence[Message]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else Message("pack.no_scenarios")
        super().__init__(source=source, count=len(self.problems), first=first)


# --------------------------------------------------------------------------- validation

_ASCII_SPACE = re.compile(r"[ \t\r\n]+")


def squash(text: str) -> str:
    """``text`` on one line: runs of spaces, tabs and line breaks become one space. No-break
    spaces stay (French puts them before ":" and inside « »)."""
    return _ASCII_SPACE.sub(" ", text).strip()


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
    "disclosure_routes": (DisclosureRoute, "disclosure_route"),
}
_REQUIRED_EXPECTED = ("member_group", "format", "topics", "risk", "referrals",
                      "confidentiality_exception")
_EXPECTED_KEYS = frozenset({*_CODE_KEYS, *_SET_KEYS, "group_size"})
_CODE_NOUN = {key: Message(f"pack.noun.{key}") for key in _CODE_KEYS}
Path = tuple[str | int, ...]


class _Checker:
    """Collects problems with their lines while a parsed pack is read into the model."""

    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.locator = LineLocator(text)
        self.problems: list[tuple[int, Message]] = []
        self.scenario_id: str | None = None

    def add(self, path: Path, message: Message) -> None:
        line = self.locator.line_of(path)
        self.problems.append((line, located(self.source, line, message, self.scenario_id)))

    def text(self, table: Mapping[str, Any], path: Path, key: str, limit: int,
             required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.add(path, Message("pack.key_missing", key=key))
            return ""
        if not isinstance(value, str):
            self.add((*path, key), Message("pack.key_not_text", key=key))
            return ""
        if required and not value.strip():
            self.add((*path, key), Message("pack.key_empty", key=key))
        elif len(value) > limit:
            self.add((*path, key), Message("pack.key_too_long", key=key, count=limit))
        return value.strip()

    def slug(self, table: Mapping[str, Any], path: Path) -> str:
        value = self.text(table, path, "id", 64)
        if value and not _SLUG.match(value):
            self.add((*path, "id"), Message("pack.bad_id", key=value))
            return ""
        return value

    def unknown_keys(self, table: Mapping[str, Any], path: Path, known: frozenset[str],
                     what: Message | str) -> None:
        """``what`` names the place (a message), or is the TOML table's name (``[pack]``)."""
        for key in table:
            if key not in known:
                keys = ", ".join(sorted(known))
                self.add((*path, key), Message("pack.unknown_key", key=key, what=what, keys=keys)
                         if isinstance(what, Message) else
                         Message("pack.unknown_key_in_table", key=key, table=what, keys=keys))

    def code(self, table: Mapping[str, Any], path: Path, key: str,
             required: bool) -> enum.StrEnum | None:
        value = table.get(key)
        vocab = _CODE_KEYS[key]
        if value is None:
            if required:
                self.add(path, Message("pack.expected_key_missing", key=key))
            return None
        if not isinstance(value, str) or value not in vocab._value2member_map_:
            self.add((*path, key), _unknown_code(_CODE_NOUN[key], value,
                                                 [m.value for m in vocab]))
            return None
        return vocab(value)

    def codes(self, table: Mapping[str, Any], path: Path, key: str, allowed: Sequence[str],
              noun: str) -> list[str] | None:
        """``noun``: the code's kind, as in the ``pack.noun.*`` messages."""
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, list):
            self.add((*path, key), Message("pack.not_a_list", key=key, code=allowed[0]))
            return []
        found: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or item not in allowed:
                self.add((*path, key, index),
                         _unknown_code(Message(f"pack.noun.{noun}"), item, allowed))
            elif item in found:
                self.add((*path, key, index),
                         Message("pack.listed_twice", noun=Message(f"pack.noun.{noun}"),
                                 code=item))
            else:
                found.append(item)
        return found


def _show(value: object) -> str:
    text = repr(value) if isinstance(value, str) else f"{type(value).__name__} value"
    return text if len(text) <= 60 else text[:57] + "...'"


def _unknown_code(noun: Message, value: object, allowed: Sequence[str]) -> Message:
    close = (difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
             if isinstance(value, str) else [])
    if close:
        return Message("pack.unknown_code_near", noun=noun, value=_show(value), code=close[0])
    return Message("pack.unknown_code", noun=noun, value=_show(value))


def located(source: str, line: int, message: Message, scenario: str | None = None) -> Message:
    """``message`` at ``line`` of ``source`` (in the scenario ``scenario``)."""
    if scenario:
        return Message("pack.at_scenario", source=source, line=str(line), scenario=scenario,
                       message=message)
    return Message("pack.at", source=source, line=str(line), message=message)


def parse_pack(text: str, source: str) -> DrillPack:
    """Read and validate a scenario pack.

    Args:
        text: the TOML text.
        source: how messages name the file (``drills/core.toml``).

    Raises:
        PackInvalid: with every problem found, each ``source:line: ...``, in line order.
    """
    if len(text) > MAX_PACK_BYTES:
        raise PackInvalid(source, [located(source, 1, Message(
            "pack.too_large", count=MAX_PACK_BYTES // 1000))])
    try:
        data = load_toml(text)
    except TomlUnreadable as exc:
        raise PackInvalid(source, [located(source, exc.line, exc.message)]) from None
    check = _Checker(source, text)
    pack = _read_pack(check, data)
    if check.problems or pack is None:
        ordered = [message for _, message in sorted(check.problems, key=lambda p: p[0])]
        raise PackInvalid(source, ordered or [located(source, 1, Message("pack.no_scenarios"))])
    return pack


def pack_problems(text: str, source: str) -> list[Message]:
    """Every problem of a pack (empty when it is usable)."""
    try:
        parse_pack(text, source)
    except PackInvalid as exc:
        return list(exc.problems)
    return []


def _read_pack(check: _Checker, data: Mapping[str, Any]) -> DrillPack | None:
    check.unknown_keys(data, (), frozenset({"pack", "scenario"}), Message("pack.in.file"))
    meta = data.get("pack")
    if not isinstance(meta, dict) or not meta:
        # An empty [pack] table is as unusable as a missing one (and skips every check below).
        check.add(("pack",), Message("pack.no_pack_table"))
        meta = {}
    check.unknown_keys(meta, ("pack",), _PACK_KEYS, "[pack]")
    pack_id = check.slug(meta, ("pack",)) if meta else ""
    title = check.text(meta, ("pack",), "title", MAX_TITLE) if meta else ""
    version = meta.get("version")
    if meta and (isinstance(version, bool) or not isinstance(version, int)
                 or not 1 <= version <= MAX_PACK_VERSION):
        check.add(("pack", "version") if "version" in meta else ("pack",),
                  Message("pack.bad_version"))
    language = meta.get("language")
    if meta and (not isinstance(language, str) or not _LANGUAGE.match(language)):
        check.add(("pack", "language") if "language" in meta else ("pack",),
                  Message("pack.bad_language"))
    description = check.text(meta, ("pack",), "description", MAX_TEXT, required=False)
    raw = data.get("scenario")
    if not isinstance(raw, list) or not raw:
        check.add(("scenario",), Message("pack.no_scenario"))
        return None
    if len(raw) > MAX_SCENARIOS:
        check.add(("scenario", MAX_SCENARIOS),
                  Message("pack.too_many_scenarios", count=MAX_SCENARIOS))
    scenarios: list[Scenario] = []
    seen: set[str] = set()
    for index, table in enumerate(raw[:MAX_SCENARIOS]):
        if not isinstance(table, dict):
            check.add(("scenario", index), Message("pack.scenario_not_table"))
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
        check.add((*path, "id"), Message("pack.id_twice", key=sid))
    seen.add(sid)
    check.unknown_keys(table, path, _SCENARIO_KEYS, Message("pack.in.scenario"))
    title = check.text(table, path, "title", MAX_TITLE)
    card = check.text(table, path, "card", MAX_TEXT)
    script = check.text(table, path, "script", MAX_TEXT)
    limit = table.get("time_limit_seconds", DEFAULT_TIME_LIMIT)
    low, high = TIME_LIMIT_RANGE
    if isinstance(limit, bool) or not isinstance(limit, int) or not low <= limit <= high:
        check.add((*path, "time_limit_seconds"),
                  Message("pack.bad_time_limit", low=low, high=high))
    checklist = check.codes(table, path, "checklist", CHECKLIST_CODES, "checklist_item")
    critical = check.codes(table, path, "critical", [a.value for a in CriticalAction],
                           "critical_action")
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
                  Message("pack.no_debrief"))
        return ()
    if len(value) > MAX_DEBRIEF_POINTS:
        check.add((*path, "debrief"), Message("pack.too_many_debrief", count=MAX_DEBRIEF_POINTS))
    points: list[str] = []
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip() or len(item) > MAX_TEXT:
            check.add((*path, "debrief", index), Message("pack.empty_debrief_point"))
        else:
            points.append(squash(item))
    return tuple(points)


def _why(check: _Checker, table: Mapping[str, Any], path: Path) -> dict[str, str]:
    value = table.get("why", {})
    known = frozenset({*FIELD_POINTS, *(a.value for a in CriticalAction)})
    if not isinstance(value, dict):
        check.add((*path, "why"), Message("pack.bad_why"))
        return {}
    check.unknown_keys(value, (*path, "why"), known, "[scenario.why]")
    out: dict[str, str] = {}
    for key, text in value.items():
        if not isinstance(text, str) or not text.strip():
            check.add((*path, "why", key), Message("pack.empty_why", key=key))
        elif key in known:
            out[key] = squash(text)
    return out


def _read_expected(check: _Checker, table: object, path: Path) -> ExpectedLog | None:
    if not isinstance(table, dict):
        check.add(path, Message("pack.no_expected"))
        return None
    before = len(check.problems)
    check.unknown_keys(table, path, _EXPECTED_KEYS, Message("pack.in.expected"))
    codes = {key: check.code(table, path, key, key in _REQUIRED_EXPECTED) for key in _CODE_KEYS}
    sets: dict[str, frozenset[Any]] = {}
    for key, (vocab, noun) in _SET_KEYS.items():
        found = check.codes(table, path, key, [m.value for m in vocab], noun)
        if found is None and key in _REQUIRED_EXPECTED:
            check.add(path, Message("pack.expected_key_missing", key=key))
        sets[key] = frozenset(vocab(v) for v in found or ())
    if "topics" in table and not sets["topics"] and len(check.problems) == before:
        check.add((*path, "topics"), Message("pack.no_expected_topic"))
    size = table.get("group_size")
    if size is not None and (isinstance(size, bool) or not isinstance(size, int)):
        check.add((*path, "group_size"), Message("pack.bad_group_size"))
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
                  Message("pack.expected_unsaveable", message=message))
    crit_path = (*path, "critical")
    needs = {
        CriticalAction.ESCALATE_IMMINENT_DANGER: (e.risk is Risk.IMMINENT_DANGER,
                                                  "imminent_danger"),
        CriticalAction.RECORD_CONFIDENTIALITY_EXCEPTION: (
            e.confidentiality_exception is not ConfidentialityException.NONE, "exception"),
        CriticalAction.RECORD_DISCLOSURE_ROUTE: (
            e.confidentiality_exception is not ConfidentialityException.NONE, "exception"),
        CriticalAction.OFFER_REFERRAL: (bool(e.referrals), "referral"),
        CriticalAction.HAND_OVER: (bool(e.referrals), "hand_over"),
        CriticalAction.CHECK_SAFETY: (e.risk is not Risk.NONE_OBSERVED, "risk"),
        CriticalAction.DECLARE_ROLE_CONFLICT: (
            "no_role_conflict" not in s.checklist, "no_role_conflict"),
        CriticalAction.NO_IDENTIFYING_DETAILS: (True, ""),
    }
    for index, action in enumerate(s.critical):
        ok, why = needs[action]
        if not ok:
            check.add((*crit_path, index), Message("pack.critical_unfit", code=action.value,
                                                   why=Message(f"pack.needs.{why}")))
    musts = (
        (e.risk is Risk.IMMINENT_DANGER, CriticalAction.ESCALATE_IMMINENT_DANGER,
         "imminent_danger"),
        (e.confidentiality_exception is not ConfidentialityException.NONE,
         CriticalAction.RECORD_CONFIDENTIALITY_EXCEPTION, "exception"),
    )
    for applies, action, what in musts:
        if applies and action not in s.critical:
            check.add(crit_path if "critical" in _keys(check, path) else path,
                      Message("pack.must_be_critical", what=Message(f"pack.what.{what}"),
                              code=action.value))


def _keys(check: _Checker, path: Path) -> set[str | int]:
    return {p[len(path)] for p in check.locator.lines if len(p) > len(path)
            and p[:len(path)] == path}


