"""Single-instance lock on a vault folder: one PeerDesk process has a vault open at a time.

An operating-system lock held for the whole session, released by the OS when the process ends,
even after ``kill -9``:

- On POSIX, ``fcntl.flock`` on the vault **folder itself** (an open directory descriptor). A
  file inside the folder can be deleted and recreated with a new inode, and a second process
  would then lock the new file and get in; the folder cannot be swapped that way while the
  vault lives in it. The empty file ``lock`` is also locked, so an older PeerDesk that knows
  only that file still sees the vault as in use.
- On Windows, ``msvcrt.locking`` on the file ``lock``, kept open for the session: Windows
  refuses to delete a file that a process holds open, so the lock cannot be undone by deleting
  it. (Folders cannot be opened as files there.)
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import IO

from peerdesk.domain.errors import VaultInUse

LOCK_NAME = "lock"


class VaultLock:
    """Holds the lock of one vault folder until :meth:`release`."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._path = folder / LOCK_NAME
        self._handle: IO[bytes] | None = None
        self._folder_fd: int | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`VaultInUse` at once (never waits)."""
        if self._handle is not None:
            return
        folder_fd = _lock_folder(self._folder)
        try:
            handle = open(self._path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        except BaseException:
            _unlock_folder(folder_fd)
            raise
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            _unlock_folder(folder_fd)
            raise VaultInUse() from exc
        self._handle = handle
        self._folder_fd = folder_fd

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            with contextlib.suppress(OSError):
                _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None
            _unlock_folder(self._folder_fd)
            self._folder_fd = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock_folder(folder: Path) -> int | None:
        return None

    def _unlock_folder(fd: int | None) -> None:
        return None

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_folder(folder: Path) -> int | None:
        """Lock the folder's own inode; raises :class:`VaultInUse` when another holds it.

        Where the file system cannot lock a folder at all (some network shares refuse an
        exclusive lock on a read-only descriptor), the lock on the file ``lock`` is all there
        is: returns None rather than refusing every session.
        """
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise VaultInUse() from exc
            return None
        return fd

    def _unlock_folder(fd: int | None) -> None:
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
