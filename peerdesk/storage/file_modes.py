"""Files only this user can read (POSIX): folders 0700, files 0600.

Modes are given explicitly (``os.open`` with a mode, ``fchmod``/``chmod`` after the fact) rather
than through the process umask, which PeerDesk does not own. SQLite creates ``-wal`` and
``-shm`` with the mode of the database file, so a database made 0600 keeps its journals 0600.
On Windows these calls change nothing: the vault lives in the user's profile folder, which
Windows already keeps from other users.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) if needed; the folder itself ends up 0700."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    restrict(path)


def open_private(path: Path, flags: int = 0) -> int:
    """A descriptor of ``path`` opened for writing, created 0600 (an existing file is made 0600).

    ``flags`` adds ``os.O_TRUNC``, ``os.O_APPEND`` or ``os.O_EXCL`` as needed.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0) | flags,
                 PRIVATE_FILE)
    if _POSIX:
        try:
            os.fchmod(fd, PRIVATE_FILE)
        except BaseException:
            os.close(fd)
            raise
    return fd


def restrict(path: Path) -> None:
    """Make an existing folder 0700 or file 0600 (symbolic links and missing paths are left)."""
    if not _POSIX:
        return
    with contextlib.suppress(FileNotFoundError):
        info = path.lstat()
        if stat.S_ISDIR(info.st_mode):
            wanted = PRIVATE_DIR
        elif stat.S_ISREG(info.st_mode):
            wanted = PRIVATE_FILE
        else:
            return
        if stat.S_IMODE(info.st_mode) != wanted:
            os.chmod(path, wanted)


def restrict_vault_folder(folder: Path) -> None:
    """The vault folder 0700 and everything PeerDesk keeps in it 0600 (folders in it 0700).

    Vaults made before modes were set explicitly are put right this way at their next unlock.
    Only the folder and two levels below it are visited (the vault's files, and the files of
    kept ``before-restore-*`` folders).
    """
    if not _POSIX:
        return
    restrict(folder)
    for entry in _entries(folder):
        restrict(entry)
        if entry.is_dir() and not entry.is_symlink():
            for inner in _entries(entry):
                restrict(inner)


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return []
