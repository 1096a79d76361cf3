"""Crash-safe file replacement: temp file (0600), fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from peerdesk.domain.errors import DiskFull
from peerdesk.storage.file_modes import open_private


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    Raises:
        DiskFull: the disk ran out of space; ``path`` is unchanged and no temp file is left.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        # Created for this user only: the key slots, the recovery sheet and every export.
        with os.fdopen(open_private(tmp, os.O_TRUNC), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise
