"""Work cut short by a crash leaves nothing behind: the next unlock cleans it and says so.

Crashes are injected at every file operation of a backup and of a member removal
(``crash_support``); afterwards the vault opens, ``vault check`` passes and lists what was
cleaned, and no scratch folder, unfinished backup file or half-removed member remains.
"""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from crash_support import Crash, Injector, file_operations
from peerdesk import cli
from peerdesk.domain.errors import UnknownUser
from peerdesk.domain.members import Role
from peerdesk.storage import crypto, member_repo
from peerdesk.storage.vault import Vault

ALEX, ALEX_PASS = "Alex", "alex correct horse"
SAM, SAM_PASS = "Sam", "sam battery staple"
WEAK = crypto.KdfParams.weak_for_tests()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, _ = Vault.create(folder, ALEX, ALEX_PASS, kdf=WEAK)
    try:
        vault.add_member(SAM, SAM_PASS, frozenset({Role.SUPPORTER}), must_change=False, kdf=WEAK)
    finally:
        vault.lock()
    return folder


def _copy(template: Path, tmp_path: Path, n: int) -> Path:
    folder = tmp_path / f"vault-{n}"
    shutil.copytree(template, folder)
    return folder


def _debris(*folders: Path) -> list[str]:
    return sorted(p.name for folder in folders for p in folder.iterdir()
                  if p.name.startswith(".") or p.name.endswith("-partial"))


def _operations(run: object) -> int:
    injector = Injector()
    with file_operations(pytest.MonkeyPatch(), injector):
        run()  # type: ignore[operator]
    return injector.calls


def test_a_backup_crashed_at_any_point_leaves_no_debris_after_the_next_unlock(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    counting = _copy(template, tmp_path, -1)
    vault = Vault.unlock(counting, ALEX, ALEX_PASS)
    try:
        total = _operations(lambda: vault.backup(out_dir / "counting.zip"))
    finally:
        vault.lock()
    (out_dir / "counting.zip").unlink()
    assert total >= 8
    cleaned_something = 0
    for n in range(total):
        folder = _copy(template, tmp_path, n)
        vault = Vault.unlock(folder, ALEX, ALEX_PASS)
        crash = Injector(crash_at=n, watch=(folder, out_dir))
        try:
            with file_operations(monkeypatch, crash), pytest.raises(Crash):
                vault.backup(out_dir / "team.zip")
        finally:
            vault.lock()
        crash.put_back()
        reopened = Vault.unlock(folder, ALEX, ALEX_PASS)
        try:
            report = reopened.check()
        finally:
            reopened.lock()
        assert report.ok
        assert _debris(folder, out_dir) == [], f"crash at operation {n}"
        cleaned_something += bool(report.tidied)
        (out_dir / "team.zip").unlink(missing_ok=True)
        shutil.rmtree(folder)
    assert cleaned_something > total // 2


def test_vault_check_lists_what_it_cleaned(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = _copy(template, tmp_path, 0)
    out = tmp_path / "elsewhere" / "team.zip"
    out.parent.mkdir()
    vault = Vault.unlock(folder, ALEX, ALEX_PASS)
    try:
        # Crash while the zip is being written beside ``out``.
        operations = Injector()
        with file_operations(monkeypatch, operations):
            vault.backup(tmp_path / "elsewhere" / "counting.zip")
        zip_write = operations.log.index("shutil.copyfileobj")
        crash = Injector(crash_at=zip_write, watch=(folder, out.parent))
        with file_operations(monkeypatch, crash), pytest.raises(Crash):
            vault.backup(out)
    finally:
        vault.lock()
    crash.put_back()
    partial = out.with_name(".team.zip.peerdesk-partial")
    assert partial.exists()
    (folder / "before-restore-20260101T000000Z").mkdir()
    monkeypatch.setattr(sys, "stdin", io.StringIO(ALEX_PASS + "\n"))
    code = cli.main(["vault", "check", "--user", ALEX, "--vault", str(folder)])
    printed = capsys.readouterr().out
    assert code == 0
    assert f"Cleaned:        removed the unfinished backup file {partial}" in printed
    assert "removed 1 scratch folder(s) of interrupted work" in printed
    assert "removed the empty folder " in printed
    assert not partial.exists()
    assert _debris(folder, out.parent) == []
    assert not (folder / "before-restore-20260101T000000Z").exists()


def test_a_removal_crashed_at_any_point_leaves_no_member_without_a_slot(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def remove_sam(folder: Path) -> None:
        vault = Vault.unlock(folder, ALEX, ALEX_PASS)
        try:
            sam = next(m for m in member_repo.all_members(vault.conn) if m.name == SAM)
            vault.remove_member(sam.user_id)
        finally:
            vault.lock()

    counting = _copy(template, tmp_path, -1)
    injector = Injector()
    with file_operations(monkeypatch, injector):
        remove_sam(counting)
    finished = 0
    for n in range(injector.calls):
        folder = _copy(template, tmp_path, n)
        crash = Injector(crash_at=n, watch=(folder,))
        with file_operations(monkeypatch, crash), pytest.raises(Crash):
            remove_sam(folder)
        crash.put_back()
        vault = Vault.unlock(folder, ALEX, ALEX_PASS)
        try:
            report = vault.check()
            rows = sorted(m.name for m in member_repo.all_members(vault.conn))
            slots = vault.slot_names()
        finally:
            vault.lock()
        assert report.ok
        assert rows == slots, f"crash at operation {n} ({injector.log[n]})"
        if rows == [ALEX]:
            with pytest.raises(UnknownUser):
                Vault.unlock(folder, SAM, SAM_PASS)
        codes = [t.code for t in report.tidied]
        if "member_removal_finished" in codes:
            finished += 1
            assert [t.message for t in report.tidied if t.code == "member_removal_finished"] \
                == [f"finished removing a member whose removal had been interrupted ({SAM})"]
        shutil.rmtree(folder)
    assert finished >= 1
