"""Where a value sits in a TOML text: the line of every table header, key and array element.

``tomllib`` gives the parsed data without positions; :class:`LineLocator` scans the same text
so that a problem found in the data can name its line (the scenario packs' checker uses it).
"""

from __future__ import annotations

import contextlib
import re
import tomllib
from collections.abc import Sequence
from typing import Any

from peerdesk.domain.messages import Message

_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


class TomlUnreadable(Exception):
    """A TOML text ``tomllib`` cannot read: the line it names and the problem as a message."""

    def __init__(self, line: int, message: Message) -> None:
        super().__init__(str(message))
        self.line = line
        self.message = message


def decode_toml(data: bytes, limit: int) -> str:
    """A TOML file's bytes as text: at most ``limit`` bytes, UTF-8 (a byte-order mark
    dropped), else :class:`TomlUnreadable` at line 1 or at the line of the first bad byte."""
    if len(data) > limit:
        raise TomlUnreadable(1, Message("pack.file_too_large", count=limit // 1000))
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise TomlUnreadable(data[: exc.start].count(b"\n") + 1,
                             Message("pack.not_utf8")) from None


def load_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads`` with its syntax error (or a text nesting too deeply) as
    :class:`TomlUnreadable`, at the line tomllib names (the last line when it names none)."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        detail = str(exc)
        match = _TOML_AT.search(detail)
        line = int(match.group(1)) if match else max(1, text.count("\n") + 1)
        detail = _TOML_AT.sub("", detail).replace(" (at end of document)", "")
        raise TomlUnreadable(line, Message("pack.toml_syntax", detail=detail)) from None
    except RecursionError:
        raise TomlUnreadable(1, Message("pack.too_deep")) from None


class _Stop(Exception):
    """The text ended or nests too deeply: what was located so far stays usable."""


class LineLocator:
    """Maps a value's path (``("scenario", 3, "expected", "topics", 1)``) to its line.

    A small scanner for TOML that records the line of every table header, key and array
    element. It skips comments and single- and multi-line strings, so a ``key =`` inside a
    triple-quoted card is never taken for a key. It never raises: on text it cannot follow it
    keeps what it found, and :meth:`line_of` falls back to the nearest enclosing path.
    """

    MAX_DEPTH = 48
    _BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[str | int, ...], int] = {}
        self._t = text
        self._i = 0
        self._line = 1
        self._aot: dict[tuple[str | int, ...], int] = {}
        self._table: tuple[str | int, ...] = ()
        with contextlib.suppress(_Stop, IndexError):
            self._document()

    def line_of(self, path: Sequence[str | int]) -> int:
        """The line of ``path`` or of its nearest located ancestor (1 when none is known)."""
        key = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return 1

    # -- scanning
    def _peek(self, ahead: int = 0) -> str:
        j = self._i + ahead
        return self._t[j] if j < len(self._t) else ""

    def _advance(self, n: int = 1) -> None:
        for _ in range(n):
            if self._i >= len(self._t):
                raise _Stop
            if self._t[self._i] == "\n":
                self._line += 1
            self._i += 1

    def _skip(self, newlines: bool) -> None:
        while self._i < len(self._t):
            c = self._t[self._i]
            if c in " \t\r" or (newlines and c == "\n"):
                self._advance()
            elif c == "#":
                while self._i < len(self._t) and self._t[self._i] != "\n":
                    self._i += 1
            else:
                return

    def _document(self) -> None:
        while True:
            self._skip(newlines=True)
            if self._i >= len(self._t):
                return
            start = self._i
            line = self._line
            if self._peek() == "[":
                self._header(line)
            else:
                names = self._key()
                self._skip(newlines=False)
                if self._peek() == "=":
                    self._advance()
                    path = self._table + tuple(names)
                    self.lines[path] = line
                    self._value(path, 0)
            if self._i == start:
                self._advance()  # never loop in place on text the scanner does not follow

    def _header(self, line: int) -> None:
        array = self._peek(1) == "["
        self._advance(2 if array else 1)
        names = self._key()
        self._skip(newlines=False)
        self._advance(2 if array else 1)
        if array:
            parent = (*self._resolve(names[:-1]), names[-1])
            self._aot[parent] = self._aot.get(parent, 0) + 1
            self._table = (*parent, self._aot[parent] - 1)
        else:
            self._table = self._resolve(names)
        self.lines.setdefault(self._table, line)

    def _resolve(self, names: Sequence[str]) -> tuple[str | int, ...]:
        out: list[str | int] = []
        for name in names:
            out.append(name)
            count = self._aot.get(tuple(out))
            if count:
                out.append(count - 1)
        return tuple(out)

    def _key(self) -> list[str]:
        names: list[str] = []
        while True:
            self._skip(newlines=False)
            c = self._peek()
            if c in "\"'":
                start = self._i + 1
                self._string()
                names.append(self._t[start:self._i - 1])
            else:
                start = self._i
                while self._peek() and self._peek() in self._BARE:
                    self._advance()
                names.append(self._t[start:self._i])
            self._skip(newlines=False)
            if self._peek() != ".":
                return names
            self._advance()

    def _string(self) -> None:
        quote = self._peek()
        if self._peek(1) == quote and self._peek(2) == quote:
            self._advance(3)
            while not (self._peek() == quote and self._peek(1) == quote and self._peek(2) == quote):
                self._advance(2 if quote == '"' and self._peek() == "\\" else 1)
            self._advance(3)
            while self._peek() == quote:  # up to two quotes may close the content itself
                self._advance()
            return
        self._advance()
        while self._peek() != quote:
            if self._peek() in ("", "\n"):
                raise _Stop
            self._advance(2 if quote == '"' and self._peek() == "\\" else 1)
        self._advance()

    def _value(self, path: tuple[str | int, ...], depth: int) -> None:
        if depth > self.MAX_DEPTH:
            raise _Stop
        self._skip(newlines=False)
        c = self._peek()
        if c in "\"'":
            self._string()
        elif c == "[":
            self._array(path, depth)
        elif c == "{":
            self._inline_table(path, depth)
        else:
            while self._peek() and self._peek() not in ",]}\n#":
                self._advance()

    def _array(self, path: tuple[str | int, ...], depth: int) -> None:
        self._advance()
        index = 0
        while True:
            self._skip(newlines=True)
            if self._peek() in ("]", ""):
                self._advance()
                return
            self.lines[(*path, index)] = self._line
            start = self._i
            self._value((*path, index), depth + 1)
            index += 1
            self._skip(newlines=True)
            if self._peek() == "," or self._i == start:
                self._advance()

    def _inline_table(self, path: tuple[str | int, ...], depth: int) -> None:
        self._advance()
        while True:
            self._skip(newlines=False)
            if self._peek() in ("}", ""):
                self._advance()
                return
            start = self._i
            line = self._line
            names = self._key()
            self._skip(newlines=False)
            if self._peek() == "=":
                self._advance()
                self.lines[(*path, *names)] = line
                self._value((*path, *names), depth + 1)
            self._skip(newlines=False)
            if self._peek() == "," or self._i == start:
                self._advance()
