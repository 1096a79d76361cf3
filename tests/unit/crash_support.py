"""Crashes injected at file operations: the Nth rename, write, fsync, ... kills the "process".

:func:`file_operations` wraps the operating system's file operations for the length of a
``with`` block; an :class:`Injector` counts them and, from operation number ``crash_at`` on,
makes every one raise :class:`Crash` (a dead process does nothing more). Without
``crash_at`` it only counts, which gives the number of crash points to try.
"""

from __future__ import annotations

import builtins
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


class Crash(BaseException):
    """The process died at this file operation."""


def crash_on_call(target: Callable[..., Any], number: int) -> Callable[..., Any]:
    """``target``, except that its ``number``-th call raises :class:`Crash` instead of running."""
    calls = {"n": 0}

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == number:
            raise Crash(getattr(target, "__name__", "call"))
        return target(*args, **kwargs)

    return wrapper


@dataclass
class Injector:
    """Counts file operations; from operation number ``crash_at`` on, every one fails.

    A Python exception is not quite a dead process: on the way out, SQLite (which these
    wrappers do not reach) still closes its connections, folding its log into the database.
    So at the moment of the crash the folders in ``watch`` are copied as they are on disk;
    :meth:`put_back` puts those copies in place of the folders afterwards.
    """

    crash_at: int | None = None
    watch: tuple[Path, ...] = ()
    calls: int = 0
    dead: bool = False
    log: list[str] = field(default_factory=list)
    _imaging: bool = False

    def wrap(self, name: str, real: Callable[..., Any],
             counts: Callable[..., bool] = lambda *a, **k: True) -> Callable[..., Any]:
        def operation(*args: Any, **kwargs: Any) -> Any:
            if self._imaging:
                return real(*args, **kwargs)
            if self.dead:
                raise Crash(name)
            if counts(*args, **kwargs):
                if self.crash_at is not None and self.calls == self.crash_at:
                    self.dead = True
                    self._image()
                    raise Crash(name)
                self.calls += 1
                self.log.append(name)
            return real(*args, **kwargs)
        return operation

    def _image(self) -> None:
        self._imaging = True
        try:
            for folder in self.watch:
                if folder.exists():
                    shutil.copytree(folder, _image_of(folder), symlinks=True)
        finally:
            self._imaging = False

    def put_back(self) -> None:
        """Make each watched folder what it was on disk when the crash struck."""
        for folder in self.watch:
            image = _image_of(folder)
            if folder.exists():
                shutil.rmtree(folder)
            if image.exists():
                os.replace(image, folder)


def _image_of(folder: Path) -> Path:
    return folder.with_name(folder.name + ".at-crash")


def _writes_open(_file: Any, mode: str = "r", *_a: Any, **_k: Any) -> bool:
    return any(c in mode for c in "wax+")


def _writes_os_open(_path: Any, flags: int, *_a: Any, **_k: Any) -> bool:
    return bool(flags & _WRITE_FLAGS)


@contextmanager
def file_operations(monkeypatch: pytest.MonkeyPatch, injector: Injector) -> Iterator[Injector]:
    with monkeypatch.context() as patch:
        for module, name in ((os, "replace"), (os, "rename"), (os, "fsync"), (os, "mkdir"),
                             (os, "unlink"), (os, "rmdir"), (os, "write"),
                             (shutil, "rmtree"), (shutil, "copyfileobj"), (shutil, "copyfile")):
            patch.setattr(module, name, injector.wrap(f"{module.__name__}.{name}",
                                                      getattr(module, name)))
        patch.setattr(os, "open", injector.wrap("os.open", os.open, _writes_os_open))
        patch.setattr(builtins, "open", injector.wrap("open", builtins.open, _writes_open))
        yield injector


# The steps of a re-key (member removal and switching off share one routine): save the slots
# with both grants (save #1), the transaction changing the member's row, PRAGMA rekey and the
# checkpoint (translate_errors #2; #1 is the transaction's), then the final save (save #2).
REKEY_CRASH_POINTS = {
    "before-first-save": ("save", 1),
    "before-transaction": ("transaction", 1),
    "before-rekey": ("translate_errors", 2),
    "before-final-save": ("save", 2),
}


def crash_rekey_at(patch: pytest.MonkeyPatch, point: str) -> None:
    """Make the re-key die at ``point`` (a key of :data:`REKEY_CRASH_POINTS`)."""
    from peerdesk.storage import database, keyslots

    what, number = REKEY_CRASH_POINTS[point]
    if what == "save":
        patch.setattr(keyslots.KeySlotFile, "save",
                      crash_on_call(keyslots.KeySlotFile.save, number))
    else:
        patch.setattr(database, what, crash_on_call(getattr(database, what), number))

