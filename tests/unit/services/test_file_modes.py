"""Vault folder 0700 and every file PeerDesk writes 0600 (POSIX), whatever the umask."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk.services import referrals
from peerdesk.services.bug_log import PrivateLogHandler
from peerdesk.services.recovery_sheet import write_recovery_sheet
from peerdesk.services.workspace import Workspace
from peerdesk.storage.atomic import write_atomic
from team_support import COORD_PASS, new_workspace


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def everything_in(folder: Path) -> list[Path]:
    return [folder, *sorted(folder.rglob("*"))]


def assert_private(paths: list[Path]) -> None:
    wrong = {str(p): oct(mode(p)) for p in paths
             if mode(p) != (0o700 if p.is_dir() else 0o600)}
    assert not wrong, wrong


@pytest.fixture(autouse=True)
def generous_umask() -> Iterator[None]:
    """A umask that would leave everything readable by others: the modes must not rely on it."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_vault_and_its_journals_are_for_this_user_only(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    ws = new_workspace(folder)
    names = {p.name for p in folder.iterdir()}
    assert {"peerdesk.db", "peerdesk.db-wal", "keyslots.json", "lock"} <= names
    assert_private(everything_in(folder))
    ws.lock()


def test_an_existing_vault_is_put_right_at_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    new_workspace(folder).lock()
    kept = folder / "before-restore-2026-01-01T000000Z"
    kept.mkdir()
    (kept / "keyslots.json").write_text("{}")
    for path in everything_in(folder):
        path.chmod(0o755 if path.is_dir() else 0o644)
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    assert_private(everything_in(folder))
    ws.lock()


def test_backups_exports_and_the_recovery_sheet_are_for_this_user_only(tmp_path: Path) -> None:
    ws = new_workspace(tmp_path / "vault")
    out = tmp_path / "out"
    out.mkdir()
    ws.backup(out / "team.peerdesk-backup")
    referrals.export_csv(ws, out / "directory.csv")
    write_recovery_sheet(out / "recovery.pdf", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG",
                         training=False)
    write_atomic(out / "stats.csv", b"quarter,table\n")
    ws.lock()
    assert sorted(p.name for p in out.iterdir()) == [
        "directory.csv", "recovery.pdf", "stats.csv", "team.peerdesk-backup"]
    assert_private(sorted(out.iterdir()))
    assert mode(out) == 0o755, "the folder the user chose is left as it was"


def test_a_restored_vault_is_for_this_user_only(tmp_path: Path) -> None:
    ws = new_workspace(tmp_path / "vault")
    ws.backup(tmp_path / "b.zip")
    ws.lock()
    restored = Workspace.restore(tmp_path / "b.zip", tmp_path / "restored", "Casey",
                                 COORD_PASS)
    assert_private(everything_in(tmp_path / "restored"))
    restored.lock()


def test_every_generation_of_the_log_is_for_this_user_only(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "peerdesk.log"
    handler = PrivateLogHandler(path, max_bytes=200, backups=2)
    logger = logging.getLogger("peerdesk.test_file_modes")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for n in range(20):
            logger.error("line %d of a message long enough to rotate the file", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted((tmp_path / "logs").iterdir())
    assert [p.name for p in files] == ["peerdesk.log", "peerdesk.log.1", "peerdesk.log.2"]
    assert_private([tmp_path / "logs", *files])
