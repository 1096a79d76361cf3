"""Single-instance lock on a vault folder: one PeerDesk process has a vault open at a time.

An OS-level advisory lock on the file ``lock`` (``fcntl.flock`` or ``msvcrt.locking``), so the
lock disappears with the process, even after ``kill -9``; the file itself stays and is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from peerdesk.domain.errors import VaultInUse

LOCK_NAME = "lock"


class VaultLock:
    """Holds the lock of one vault folder until :meth:`release`."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_NAME
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`VaultInUse` at once (never waits)."""
        if self._handle is not None:
            return
        handle = open(self._path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise VaultInUse() from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
