"""Finishing what a crash interrupted: a restore half done, scratch files, half-removed members.

**Restore** replaces the vault's files by renames, and a crash can stop it between any two.
So the renames follow a plan written first (``restore-intent.json``, written atomically once
the new files are complete and on disk). Before the plan exists nothing of the vault has
moved, and an interrupted restore is undone by deleting its staging folder; once it exists,
the restore is finished by carrying out the plan again, every step of which can be repeated:
the old files go to ``before-restore-<time>/``, the new ones come in (the key slots last), the
staging folder and then the plan are deleted. Unlock, ``vault check``, the sign-in list and the
next restore all run :func:`finish_interrupted` first, so a crash at any point leaves either the
old vault or the restored one, and the right passphrase opens it.

**Scratch files** of checks, backups and restores live in the vault folder under names
starting ``.peerdesk-``; a backup's unfinished file in its output folder is named in
``.peerdesk-pending`` until it is renamed into place. All are removed at the next unlock.

Each thing cleaned is reported as a :class:`Tidied` (a code and its parameters), which
``vault check`` lists.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerdesk.domain.errors import DiskFull, VaultDamaged
from peerdesk.storage import audit, commits, database, member_repo, vault_files
from peerdesk.storage.atomic import fsync_dir, write_atomic
from peerdesk.storage.database import DB_NAME, Connection
from peerdesk.storage.process_lock import VaultLock
from peerdesk.storage.vault_files import ATOMIC_TEMPS, KEYSLOTS_NAME
from peerdesk.storage.vault_files import is_empty_dir as _is_empty_dir

# The folder's names live in vault_files, which the sign-in list reads without this module.
INTENT_NAME = vault_files.INTENT_NAME
STAGING_NAME = vault_files.STAGING_NAME
PENDING_NAME = vault_files.PENDING_NAME
NOTES_NAME = vault_files.NOTES_NAME
SCRATCH_PREFIX = vault_files.SCRATCH_PREFIX
KEEP_PREFIX = vault_files.KEEP_PREFIX
interrupted = vault_files.interrupted

# The files a restore brings in, in this order: the key slots last, so a folder holding the
# new key slots always holds the database they open.
RESTORED_FILES = (DB_NAME, f"{DB_NAME}-wal", commits.COMMITS_NAME, KEYSLOTS_NAME)
_INTENT_FORMAT = 1

_MESSAGES = {
    "restore_finished": "finished a restore that had been interrupted; the files it replaced "
                        "are in {path}",
    "restore_finished_new": "finished a restore into a new folder that had been interrupted",
    "restore_abandoned": "removed the files of a restore that had been interrupted before it "
                         "changed anything",
    "scratch_removed": "removed {count} scratch folder(s) of interrupted work ({size} KiB)",
    "partial_backup_removed": "removed the unfinished backup file {path}",
    "empty_folder_removed": "removed the empty folder {path}",
    "member_removal_finished": "finished removing a member whose removal had been "
                               "interrupted ({user})",
    "commit_record_rewritten": "rewrote the record of saved changes, which was unreadable",
}


@dataclass(frozen=True)
class Tidied:
    """One thing cleaned after an interrupted operation."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        return _MESSAGES[self.code].format(**dict(self.params))


def _tidied(code: str, **params: object) -> Tidied:
    return Tidied(code, tuple((k, str(v)) for k, v in params.items()))


# --------------------------------------------------------------------- the restore's plan


def write_intent(folder: Path, staged: Path) -> None:
    """Record the plan of a restore whose staged files are complete; from here it finishes.

    The staged files and their folder are flushed to disk first, so the plan never points at
    files a power cut could still take back.
    """
    for name in RESTORED_FILES:
        path = staged / name
        if path.exists():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    fsync_dir(staged)
    stamp = audit.now_utc().replace(":", "")
    keep = f"{KEEP_PREFIX}{stamp}"
    n = 1
    while (folder / keep).exists():
        n += 1
        keep = f"{KEEP_PREFIX}{stamp}-{n}"
    move_out = sorted(p.name for p in folder.iterdir() if _belongs_to_vault(p.name))
    intent = {
        "format": _INTENT_FORMAT,
        "staged": staged.name,
        "keep": keep,
        "move_out": move_out,
        "move_in": [n for n in RESTORED_FILES if (staged / n).exists()],
    }
    write_atomic(folder / INTENT_NAME, json.dumps(intent, indent=2).encode())


def carry_out(folder: Path) -> str:
    """Carry out the recorded plan from wherever it stopped.

    Returns the name of the folder holding the replaced files ("" when there were none).
    """
    intent = _read_intent(folder)
    staged = folder / intent["staged"]
    keep = folder / intent["keep"]
    if intent["move_out"]:
        with contextlib.suppress(FileExistsError):
            os.mkdir(keep)
        for name in intent["move_out"]:
            if (folder / name).exists() and not (keep / name).exists():
                os.replace(folder / name, keep / name)
        fsync_dir(keep)
        fsync_dir(folder)
    for name in intent["move_in"]:
        if (staged / name).exists():
            os.replace(staged / name, folder / name)
    fsync_dir(folder)
    if not all((folder / name).exists() for name in intent["move_in"]):
        raise VaultDamaged(detail="a restore was interrupted and its files are incomplete")
    if staged.exists():
        shutil.rmtree(staged)
    os.unlink(folder / INTENT_NAME)
    fsync_dir(folder)
    return keep.name if intent["move_out"] else ""


def _read_intent(folder: Path) -> dict[str, Any]:
    try:
        intent = json.loads((folder / INTENT_NAME).read_bytes())
        valid = (
            isinstance(intent, dict) and intent.get("format") == _INTENT_FORMAT
            and _plain_name(intent.get("staged")) and _plain_name(intent.get("keep"))
            and all(_plain_name(n) for n in intent.get("move_out", [None]))
            and all(n in RESTORED_FILES for n in intent.get("move_in", [None]))
        )
    except (OSError, ValueError, TypeError) as exc:
        raise VaultDamaged(detail="the record of an interrupted restore is unreadable") from exc
    if not valid:
        raise VaultDamaged(detail="the record of an interrupted restore is unreadable")
    return dict(intent)


def _plain_name(name: object) -> bool:
    return isinstance(name, str) and name not in ("", ".", "..") and "/" not in name \
        and "\\" not in name


def _belongs_to_vault(name: str) -> bool:
    """The vault's own files, which a restore moves aside (not the lock, not scratch)."""
    return name.startswith((DB_NAME, KEYSLOTS_NAME))


# --------------------------------------------------------------------- finishing and cleaning


def finish_interrupted(folder: Path, *, report_later: bool = False) -> list[Tidied]:
    """Finish or undo interrupted work in ``folder`` and remove its debris.

    Returns what was cleaned, including what was cleaned earlier with ``report_later`` (the
    sign-in list, before anyone signed in: kept in ``.peerdesk-tidied`` until the next unlock
    reports it). Takes the vault's lock for the time it works (raises VaultInUse while
    another process holds it: that process may be the one doing the work).
    """
    if not interrupted(folder):
        return []
    lock = VaultLock(folder)
    lock.acquire()
    try:
        done = finish_interrupted_locked(folder)
        if report_later:
            keep_for_report(folder, done)
            return []
        return _take_notes(folder) + done
    finally:
        lock.release()


def keep_for_report(folder: Path, done: list[Tidied]) -> None:
    """Keep ``done`` for the next unlock to report (the caller holds the lock)."""
    if done:
        notes = _read_notes(folder) + done
        write_atomic(folder / NOTES_NAME, json.dumps(
            [{"code": t.code, "params": dict(t.params)} for t in notes]).encode())


def _read_notes(folder: Path) -> list[Tidied]:
    try:
        raw = json.loads((folder / NOTES_NAME).read_bytes())
        return [Tidied(n["code"], tuple((str(k), str(v)) for k, v in n["params"].items()))
                for n in raw if n["code"] in _MESSAGES]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def _take_notes(folder: Path) -> list[Tidied]:
    notes = _read_notes(folder)
    with contextlib.suppress(FileNotFoundError):
        (folder / NOTES_NAME).unlink()
    return notes


def finish_interrupted_locked(folder: Path) -> list[Tidied]:
    """:func:`finish_interrupted` for a caller that holds the vault's lock."""
    done: list[Tidied] = []
    if (folder / INTENT_NAME).exists():
        kept = carry_out(folder)
        done.append(_tidied("restore_finished", path=folder / kept) if kept
                    else _tidied("restore_finished_new"))
    elif (folder / STAGING_NAME).exists():
        shutil.rmtree(folder / STAGING_NAME)
        done.append(_tidied("restore_abandoned"))
    partial = _read_pending(folder)
    if partial is not None:
        if partial.is_file() and partial.name.endswith(_PARTIAL_SUFFIX):
            partial.unlink()
            done.append(_tidied("partial_backup_removed", path=partial))
        (folder / PENDING_NAME).unlink()
    scratch = [p for p in folder.iterdir()
               if p.name.startswith(SCRATCH_PREFIX) and p.is_dir() and p.name != STAGING_NAME]
    if scratch:
        size = sum(f.stat().st_size for p in scratch for f in p.rglob("*") if f.is_file())
        for path in scratch:
            shutil.rmtree(path)
        done.append(_tidied("scratch_removed", count=len(scratch), size=(size + 1023) // 1024))
    for name in ATOMIC_TEMPS:
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
    for path in sorted(folder.iterdir()):
        if path.name.startswith(KEEP_PREFIX) and _is_empty_dir(path):
            path.rmdir()
            done.append(_tidied("empty_folder_removed", path=path))
    fsync_dir(folder)
    return done


# --------------------------------------------------------------------- scratch and pending files

_PARTIAL_SUFFIX = ".peerdesk-partial"


@contextlib.contextmanager
def scratch_dir(folder: Path, purpose: str) -> Iterator[Path]:
    """A private scratch folder inside the vault folder, removed afterwards (or at next unlock)."""
    try:
        path = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{purpose}-", dir=folder))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def partial_path(out: Path) -> Path:
    """Where a backup to ``out`` is written before it is renamed into place."""
    return out.with_name(f".{out.name}{_PARTIAL_SUFFIX}")


@contextlib.contextmanager
def pending_file(folder: Path, partial: Path) -> Iterator[Path]:
    """Name ``partial`` in the vault folder while it exists, so a crash cannot strand it."""
    write_atomic(folder / PENDING_NAME, json.dumps({"partial": str(partial)}).encode())
    try:
        yield partial
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        with contextlib.suppress(FileNotFoundError):
            (folder / PENDING_NAME).unlink()


def _read_pending(folder: Path) -> Path | None:
    try:
        data = json.loads((folder / PENDING_NAME).read_bytes())
        return Path(data["partial"]) if isinstance(data, dict) else None
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        with contextlib.suppress(OSError):
            (folder / PENDING_NAME).unlink()
        return None


# --------------------------------------------------------------------- inside the database


def finish_member_removals(conn: Connection, slot_users: set[str], actor: str) -> list[Tidied]:
    """Delete member rows whose key slot is gone: a removal that stopped after its first step.

    Removal writes the key slots without the member's slot first, then deletes the row; a
    crash in between left an account that can never sign in but still showed in the team.
    """
    orphans = [m for m in member_repo.all_members(conn) if m.user_id not in slot_users]
    if not orphans:
        return []
    with database.transaction(conn):
        for member in orphans:
            member_repo.delete(conn, member.user_id)
            audit.append(conn, actor, "member_removed", target=member.user_id)
    return [_tidied("member_removal_finished", user=m.name) for m in orphans]
