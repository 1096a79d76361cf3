"""Reading and checking a survey instrument (TOML) with line-precise messages.

:func:`parse_instrument` turns an instrument file's text into a
:class:`~peerdesk.domain.surveys.Instrument` or raises :class:`InstrumentInvalid` listing every
problem as ``source:line: message`` (the line found by
:class:`~peerdesk.domain.toml_lines.LineLocator`, as for the scenario packs). The format is in
resources/surveys/SCHEMA.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.messages import Message
from peerdesk.domain.surveys import (
    LANGUAGES,
    Band,
    Direction,
    Instrument,
    Item,
    Method,
    Option,
    ScoreRule,
    Text,
)
from peerdesk.domain.toml_lines import LineLocator, TomlUnreadable, load_toml

MAX_BYTES = 200_000
MAX_TEXT = 2000
MAX_ITEMS = 100
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_TOP = frozenset({"instrument", "scale", "item", "score"})
_INSTRUMENT = frozenset({"id", "version", "title", "validated", "instructions", "stem",
                         "citation", "licence", "credit"})
_ITEM = frozenset({"id", "text", "reverse"})
_SCORE = frozenset({"id", "title", "items", "method", "max_missing", "direction", "bands"})
_BAND = frozenset({"low", "high", "label"})
_OPTION = frozenset({"value", "label"})
Path = tuple[str | int, ...]


class InstrumentInvalid(PeerDeskError):
    """An instrument file that cannot be used; ``problems`` holds one located message each."""

    code = "survey_instrument_invalid"
    template = "{source} is not a usable survey instrument ({count} problem(s)); first: {first}"

    def __init__(self, source: str, problems: Sequence[Message]) -> None:
        self.problems = tuple(problems)
        super().__init__(source=source, count=len(self.problems), first=self.problems[0])


class _Check:
    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.locator = LineLocator(text)
        self.problems: list[tuple[int, Message]] = []

    def add(self, path: Path, message: Message) -> None:
        line = self.locator.line_of(path)
        self.problems.append((line, Message("pack.at", source=self.source, line=str(line),
                                            message=message)))

    def keys(self, table: Mapping[str, Any], path: Path, known: frozenset[str],
             name: str) -> None:
        for key in table:
            if key not in known:
                self.add((*path, key), Message("pack.unknown_key_in_table", key=key, table=name,
                                               keys=", ".join(sorted(known))))

    def table(self, parent: Mapping[str, Any], path: Path, key: str) -> dict[str, Any]:
        value = parent.get(key)
        if not isinstance(value, dict):
            self.add((*path, key) if key in parent else path,
                     Message("survey.pack.table_missing", key=key))
            return {}
        return value

    def plain(self, table: Mapping[str, Any], path: Path, key: str, limit: int = MAX_TEXT,
              required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.add(path, Message("pack.key_missing", key=key))
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.add((*path, key), Message("pack.key_not_text", key=key))
            return ""
        if len(value) > limit:
            self.add((*path, key), Message("pack.key_too_long", key=key, count=limit))
        return " ".join(value.split())

    def text(self, table: Mapping[str, Any], path: Path, key: str) -> Text:
        """A wording in both languages: ``key = { en = "...", fr = "..." }``."""
        value = table.get(key)
        if not isinstance(value, dict):
            self.add((*path, key) if key in table else path,
                     Message("survey.pack.needs_both", key=key))
            return Text("", "")
        self.keys(value, (*path, key), frozenset(LANGUAGES), key)
        en, fr = (self.plain(value, (*path, key), lang) for lang in LANGUAGES)
        return Text(en, fr)

    def ident(self, table: Mapping[str, Any], path: Path) -> str:
        value = self.plain(table, path, "id", 64)
        if value and not _ID.match(value):
            self.add((*path, "id"), Message("pack.bad_id", key=value))
            return ""
        return value

    def whole(self, table: Mapping[str, Any], path: Path, key: str, low: int, high: int,
              default: int | None = None) -> int:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.add((*path, key) if key in table else path,
                     Message("survey.pack.whole_range", key=key, low=low, high=high))
            return low
        return value

    def choice(self, table: Mapping[str, Any], path: Path, key: str, allowed: Sequence[str],
               default: str | None = None) -> str:
        value = table.get(key, default)
        if value not in allowed:
            self.add((*path, key) if key in table else path,
                     Message("survey.pack.one_of", key=key, allowed=", ".join(allowed)))
            return allowed[0]
        return str(value)

    def tables(self, parent: Mapping[str, Any], key: str) -> list[tuple[Path, dict[str, Any]]]:
        value = parent.get(key)
        if not isinstance(value, list) or not value:
            self.add((key,), Message("survey.pack.needs_list", key=key))
            return []
        found: list[tuple[Path, dict[str, Any]]] = []
        for index, table in enumerate(value[:MAX_ITEMS + 1]):
            if not isinstance(table, dict):
                self.add((key, index), Message("survey.pack.not_table", key=key))
            else:
                found.append(((key, index), table))
        if len(value) > MAX_ITEMS:
            self.add((key, MAX_ITEMS), Message("survey.pack.too_many", key=key, count=MAX_ITEMS))
        return found


def parse_instrument(text: str, source: str) -> Instrument:
    """Read and validate an instrument.

    Args:
        text: the TOML text.
        source: how messages name the file (``surveys/k10.toml``).

    Raises:
        InstrumentInvalid: with every problem found, each ``source:line: ...``, in line order.
    """
    check = _Check(source, text)
    if len(text) > MAX_BYTES:
        check.add((), Message("pack.too_large", count=MAX_BYTES // 1000))
        raise InstrumentInvalid(source, [m for _, m in check.problems])
    try:
        data = load_toml(text)
    except TomlUnreadable as exc:
        raise InstrumentInvalid(source, [Message("pack.at", source=source, line=str(exc.line),
                                                 message=exc.message)]) from None
    instrument = _read(check, data)
    if check.problems or instrument is None:
        ordered = [m for _, m in sorted(check.problems, key=lambda p: p[0])]
        raise InstrumentInvalid(source, ordered)
    return instrument


def instrument_problems(text: str, source: str) -> list[Message]:
    """Every problem of an instrument file (empty when it is usable)."""
    try:
        parse_instrument(text, source)
    except InstrumentInvalid as exc:
        return list(exc.problems)
    return []


def _read(check: _Check, data: Mapping[str, Any]) -> Instrument | None:
    check.keys(data, (), _TOP, "the file")
    meta = check.table(data, (), "instrument")
    path: Path = ("instrument",)
    check.keys(meta, path, _INSTRUMENT, "[instrument]")
    ident = check.ident(meta, path)
    version = check.whole(meta, path, "version", 1, 2**31 - 1)
    validated = meta.get("validated")
    if not isinstance(validated, bool):
        check.add((*path, "validated") if "validated" in meta else path,
                  Message("survey.pack.needs_bool", key="validated"))
    title, instructions, stem, credit, licence = (
        check.text(meta, path, k) for k in ("title", "instructions", "stem", "credit", "licence"))
    citation = check.plain(meta, path, "citation")
    options = _options(check, data)
    items = _items(check, data)
    scores = _scores(check, data, {i.id for i in items}, options)
    if check.problems:
        return None
    return Instrument(ident, version, title, bool(validated), instructions, stem, options,
                      items, scores, citation, licence, credit)


def _options(check: _Check, data: Mapping[str, Any]) -> tuple[Option, ...]:
    scale = check.table(data, (), "scale")
    check.keys(scale, ("scale",), frozenset({"options"}), "[scale]")
    found: list[Option] = []
    raw = scale.get("options")
    if not isinstance(raw, list) or len(raw) < 2:
        check.add(("scale", "options") if "options" in scale else ("scale",),
                  Message("survey.pack.options"))
        return ()
    for index, table in enumerate(raw):
        path: Path = ("scale", "options", index)
        if not isinstance(table, dict):
            check.add(path, Message("survey.pack.not_table", key="options"))
            continue
        check.keys(table, path, _OPTION, "option")
        value = check.whole(table, path, "value", 0, 100)
        if any(o.value == value for o in found):
            check.add((*path, "value"), Message("survey.pack.twice", key="value",
                                                value=str(value)))
        found.append(Option(value, check.text(table, path, "label")))
    values = sorted(o.value for o in found)
    if values and values != list(range(values[0], values[-1] + 1)):
        check.add(("scale", "options"), Message("survey.pack.options_steps"))
    return tuple(found)


def _items(check: _Check, data: Mapping[str, Any]) -> tuple[Item, ...]:
    found: list[Item] = []
    for path, table in check.tables(data, "item"):
        check.keys(table, path, _ITEM, "[[item]]")
        ident = check.ident(table, path)
        if ident and any(i.id == ident for i in found):
            check.add((*path, "id"), Message("pack.id_twice", key=ident))
        reverse = table.get("reverse", False)
        if not isinstance(reverse, bool):
            check.add((*path, "reverse"), Message("survey.pack.needs_bool", key="reverse"))
        found.append(Item(ident, check.text(table, path, "text"), bool(reverse)))
    return tuple(found)


def _scores(check: _Check, data: Mapping[str, Any], item_ids: set[str],
            options: tuple[Option, ...]) -> tuple[ScoreRule, ...]:
    found: list[ScoreRule] = []
    for path, table in check.tables(data, "score"):
        check.keys(table, path, _SCORE, "[[score]]")
        ident = check.ident(table, path)
        if ident and any(s.id == ident for s in found):
            check.add((*path, "id"), Message("pack.id_twice", key=ident))
        items = _score_items(check, table, path, item_ids)
        method = Method(check.choice(table, path, "method", [m.value for m in Method]))
        limit = max(0, len(items) - 1)
        max_missing = check.whole(table, path, "max_missing", 0, limit, default=0)
        direction = Direction(check.choice(table, path, "direction",
                                           [d.value for d in Direction]))
        rule = ScoreRule(ident, check.text(table, path, "title"), items, method, max_missing,
                         direction, ())
        found.append(ScoreRule(rule.id, rule.title, items, method, max_missing, direction,
                               _bands(check, table, path, rule, options)))
    return tuple(found)


def _score_items(check: _Check, table: Mapping[str, Any], path: Path,
                 item_ids: set[str]) -> tuple[str, ...]:
    raw = table.get("items")
    if not isinstance(raw, list) or not raw:
        check.add((*path, "items") if "items" in table else path,
                  Message("survey.pack.needs_list", key="items"))
        return ()
    items: list[str] = []
    for index, value in enumerate(raw):
        if not isinstance(value, str) or value not in item_ids:
            check.add((*path, "items", index), Message("survey.pack.unknown_item",
                                                       value=str(value)))
        elif value in items:
            check.add((*path, "items", index), Message("survey.pack.twice", key="items",
                                                       value=value))
        else:
            items.append(value)
    return tuple(items)


def _bands(check: _Check, table: Mapping[str, Any], path: Path, rule: ScoreRule,
           options: tuple[Option, ...]) -> tuple[Band, ...]:
    raw = table.get("bands", [])
    if not isinstance(raw, list):
        check.add((*path, "bands"), Message("survey.pack.needs_list", key="bands"))
        return ()
    values = [o.value for o in options] or [0]
    k = len(rule.items) if rule.method is Method.SUM else 1
    low, high = min(values) * k, max(values) * k
    bands: list[Band] = []
    for index, band in enumerate(raw):
        bpath: Path = (*path, "bands", index)
        if not isinstance(band, dict):
            check.add(bpath, Message("survey.pack.not_table", key="bands"))
            continue
        check.keys(band, bpath, _BAND, "band")
        ends = [band.get("low"), band.get("high")]
        numbers = [float(e) for e in ends if isinstance(e, int | float) and not isinstance(e, bool)]
        if len(numbers) != 2:
            check.add(bpath, Message("survey.pack.band_ends"))
            continue
        b_low, b_high = numbers
        if not low <= b_low <= b_high <= high:
            check.add(bpath, Message("survey.pack.band_range", low=low, high=high))
        elif bands and b_low <= bands[-1].high:
            check.add(bpath, Message("survey.pack.band_order"))
        bands.append(Band(b_low, b_high, check.text(band, bpath, "label")))
    return tuple(bands)
