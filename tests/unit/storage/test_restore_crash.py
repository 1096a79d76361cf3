"""A restore stopped at any file operation leaves the old vault or the restored one, never a mix.

The file operations a restore performs (renames, writes, fsyncs, folder creations and
removals) are wrapped: the Nth one "crashes" the process (raises, and every file operation
after it fails too, as in a dead process), for every N from the first operation to the last.
Then the vault is opened again as a new process would (by unlock, by the sign-in list, or by
another restore); it must open with the right passphrase, pass ``vault check``, and hold
exactly the data of the old vault or of the backup.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from crash_support import Crash, Injector, file_operations
from peerdesk.domain.errors import UnknownUser
from peerdesk.storage import database, recovery
from peerdesk.storage.vault import Vault, inspect, restore

ALEX, ALEX_PASS = "Alex", "alex correct horse"
SAM, SAM_PASS = "Sam", "sam battery staple"


@dataclass(frozen=True)
class Scene:
    template: Path
    backup: Path


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Scene:
    """A vault whose backup holds Alex and Sam (mark "backup"); the vault now holds Alex only
    (Sam removed, so the database was re-keyed) with mark "current"."""
    from peerdesk.domain.members import Role
    from peerdesk.storage import crypto

    base = tmp_path_factory.mktemp("scene")
    folder = base / "vault"
    weak = crypto.KdfParams.weak_for_tests()
    vault, _ = Vault.create(folder, ALEX, ALEX_PASS, kdf=weak)
    try:
        sam = vault.add_member(SAM, SAM_PASS, frozenset({Role.SUPPORTER}), must_change=False,
                               kdf=weak)
        _mark(vault, "backup")
        backup = base / "team.peerdesk-backup"
        vault.backup(backup)
        vault.remove_member(sam.user_id)
        _mark(vault, "current")
    finally:
        vault.lock()
    return Scene(folder, backup)


def _mark(vault: Vault, value: str) -> None:
    with database.transaction(vault.conn):
        vault.conn.execute("INSERT OR REPLACE INTO vault_meta VALUES ('mark', ?)", (value,))


def _state(folder: Path) -> str:
    """"backup" or "current", after checking that everything agrees on it."""
    vault = Vault.unlock(folder, ALEX, ALEX_PASS)
    try:
        report = vault.check()
        assert report.ok, report
        mark = vault.conn.execute("SELECT value FROM vault_meta WHERE key = 'mark'").fetchone()[0]
        members = sorted(m for (m,) in vault.conn.execute("SELECT name FROM members"))
        slots = vault.slot_names()
    finally:
        vault.lock()
    expected = {"backup": [ALEX, SAM], "current": [ALEX]}[mark]
    assert members == expected
    assert slots == expected
    assert list(inspect(folder).member_names) == expected
    if mark == "backup":
        Vault.unlock(folder, SAM, SAM_PASS).lock()
    else:
        with pytest.raises(UnknownUser):
            Vault.unlock(folder, SAM, SAM_PASS)
    leftovers = [p.name for p in folder.iterdir()
                 if p.name.startswith(".peerdesk") or p.name == recovery.INTENT_NAME
                 or (p.name.startswith("before-restore-") and not any(p.iterdir()))]
    assert leftovers == []
    return str(mark)


def _fresh(scene: Scene, tmp_path: Path, n: int) -> Path:
    folder = tmp_path / f"vault-{n}"
    shutil.copytree(scene.template, folder)
    return folder


def _count_operations(scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    folder = _fresh(scene, tmp_path, -1)
    with file_operations(monkeypatch, Injector()) as counted:
        restore(scene.backup, folder, ALEX, ALEX_PASS).lock()
    assert _state(folder) == "backup"
    return counted.log


def test_restore_crashed_at_every_file_operation_leaves_one_whole_vault(
    scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    operations = _count_operations(scene, tmp_path, monkeypatch)
    assert operations.count("os.replace") >= 4  # the plan and the vault's files
    outcomes: dict[str, int] = {}
    for n in range(len(operations)):
        folder = _fresh(scene, tmp_path, n)
        crash = Injector(crash_at=n, watch=(folder,))
        with file_operations(monkeypatch, crash), pytest.raises(Crash):
            restore(scene.backup, folder, ALEX, ALEX_PASS)
        crash.put_back()
        # A new process: by unlock, by the sign-in list, or by restoring again.
        if n % 3 == 0:
            restore(scene.backup, folder, ALEX, ALEX_PASS).lock()
            assert _state(folder) == "backup", f"crash at {n} ({operations[n]})"
        else:
            if n % 3 == 1:
                inspect(folder)
            state = _state(folder)
            outcomes[state] = outcomes.get(state, 0) + 1
        shutil.rmtree(folder)
    # Both outcomes happen: early crashes keep the old vault, late ones finish the restore.
    assert outcomes.get("current", 0) > 0
    assert outcomes.get("backup", 0) > 0


def test_an_interrupted_restore_is_finished_and_reported_by_vault_check(
    scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first crash point after which the plan is on disk: nothing of the vault moved yet.
    for n in range(len(_count_operations(scene, tmp_path, monkeypatch))):
        folder = _fresh(scene, tmp_path, n)
        crash = Injector(crash_at=n, watch=(folder,))
        with file_operations(monkeypatch, crash), pytest.raises(Crash):
            restore(scene.backup, folder, ALEX, ALEX_PASS)
        crash.put_back()
        if (folder / recovery.INTENT_NAME).exists():
            break
        shutil.rmtree(folder)
    else:
        pytest.fail("no crash point left a restore plan behind")
    assert not any(p.name.startswith("before-restore-") for p in folder.iterdir())
    vault = Vault.unlock(folder, ALEX, ALEX_PASS)
    try:
        report = vault.check()
    finally:
        vault.lock()
    assert report.ok
    messages = [t.message for t in report.tidied]
    assert len(messages) == 1
    assert messages[0].startswith(
        "finished a restore that had been interrupted; the files it replaced are in ")
    kept = Path(messages[0].rsplit(" ", 1)[1])
    assert {"keyslots.json", "peerdesk.db"} <= {p.name for p in kept.iterdir()}
    assert _state(folder) == "backup"
