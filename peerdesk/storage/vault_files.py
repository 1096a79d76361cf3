"""The names of a vault folder's files, and whether a crash left work in it to finish.

Plain names and one folder listing: no key, no database driver, no cryptography, so the
sign-in list (:mod:`peerdesk.storage.sign_in_list`) can read a folder before anything heavy is
imported. What the names mean, and how interrupted work is finished, is
:mod:`peerdesk.storage.recovery`'s.
"""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "peerdesk.db"
COMMITS_NAME = "peerdesk.db-commits"
KEYSLOTS_NAME = "keyslots.json"
INTENT_NAME = "restore-intent.json"
STAGING_NAME = ".peerdesk-restore"
PENDING_NAME = ".peerdesk-pending"
NOTES_NAME = ".peerdesk-tidied"  # what was cleaned before anyone signed in, to report at unlock
SCRATCH_PREFIX = ".peerdesk-"
KEEP_PREFIX = "before-restore-"
# write_atomic's temporary names for the files of a vault folder.
ATOMIC_TEMPS = tuple(f".{name}.tmp" for name in (KEYSLOTS_NAME, INTENT_NAME, PENDING_NAME,
                                                 NOTES_NAME, COMMITS_NAME))


def is_empty_dir(path: Path) -> bool:
    try:
        return path.is_dir() and not any(path.iterdir())
    except OSError:
        return False


def interrupted(folder: Path) -> bool:
    """Whether ``folder`` shows work a crash interrupted (cheap: one listing, no lock)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(
        n in (INTENT_NAME, PENDING_NAME) or n.startswith(SCRATCH_PREFIX) or n in ATOMIC_TEMPS
        or (n.startswith(KEEP_PREFIX) and is_empty_dir(folder / n))
        for n in names
    )
