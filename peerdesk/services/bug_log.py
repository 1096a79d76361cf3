"""What a bug leaves in the log file: where it happened, never what a person typed.

A traceback's frames name files, lines and functions only. The messages of the exceptions in
it are kept, except for text-codec errors: Python quotes the offending characters of the text
in those ("can't encode character '\\udcff' in position 4"), and that text may be a passphrase
or a note. The log file and its folder are readable by this user only (POSIX).
"""

from __future__ import annotations

import io
import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from peerdesk.storage.file_modes import make_private_dir, open_private


def format_bug(exc: BaseException) -> str:
    """The traceback of ``exc`` (and of the exceptions it arose from), quoting no input."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above exception was the direct cause of:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "During handling of the above exception:"
        else:
            current = None
    parts: list[str] = []
    for item, how in reversed(chain):
        lines = ["Traceback (most recent call last):\n",
                 *traceback.format_tb(item.__traceback__), f"{_describe(item)}\n"]
        parts.append("".join(lines))
        if how:
            parts.append(f"\n{how}\n\n")
    return "".join(parts)


def _describe(exc: BaseException) -> str:
    name = type(exc).__qualname__
    if isinstance(exc, UnicodeError):
        reason = getattr(exc, "reason", "")
        codec = getattr(exc, "encoding", "")
        return f"{name}: {codec} {reason} (the text itself is not logged)".replace("  ", " ")
    text = str(exc)
    return f"{name}: {text}" if text else name


def open_log(path: Path) -> IO[str]:
    """Open ``path`` for appending, creating it (and its folder) for this user only."""
    make_private_dir(path.parent)
    return os.fdopen(open_private(path, os.O_APPEND), "a", encoding="utf-8")


class BugFormatter(logging.Formatter):
    """A log formatter whose tracebacks go through :func:`format_bug`."""

    def formatException(  # noqa: N802 - logging's name
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        exc = ei[1]
        return format_bug(exc).rstrip("\n") if exc is not None else ""


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log file whose every generation is created 0600 in a 0700 folder."""

    def __init__(self, path: Path, max_bytes: int = 1_000_000, backups: int = 3) -> None:
        make_private_dir(path.parent)
        os.close(open_private(path, os.O_APPEND))
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self.setFormatter(BugFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def _open(self) -> io.TextIOWrapper:
        stream = os.fdopen(open_private(Path(self.baseFilename), os.O_APPEND), "a",
                           encoding="utf-8")
        assert isinstance(stream, io.TextIOWrapper)
        return stream
