"""One vault, one session: the operating-system lock and the conditional key-slot writes.

The lock must hold even when its file is deleted, and a key-slot write must never replace a
version its writer did not read (two writers that both got past the lock would otherwise lose
every key: one re-keys the database, the other writes back grants of the old key).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from peerdesk.domain.errors import EXIT_DAMAGED, EXIT_IN_USE, KeySlotsChanged, VaultInUse
from peerdesk.domain.members import Role
from peerdesk.storage import crypto, process_lock
from peerdesk.storage import unlock as unlock_module
from peerdesk.storage.vault import Vault

WEAK = crypto.KdfParams.weak_for_tests()
IN_USE = "The vault is open in another PeerDesk window or process. Close it first."


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    return {**os.environ, crypto.WEAKEN_ENV: "1", "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}


def _cli_check(tmp_path: Path, folder: Path, user: str, passphrase: str) -> Any:
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", "vault", "check", "--vault", str(folder),
         "--user", user],
        input=passphrase + "\n", capture_output=True, text=True, env=_env(tmp_path),
        timeout=60, check=False,
    )


def test_deleting_the_lock_file_lets_no_second_session_in(team: Any, tmp_path: Path) -> None:
    first = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        (team.folder / "lock").unlink()
        # Another process: the command line refuses with "in use" (exit 5).
        result = _cli_check(tmp_path, team.folder, team.supporter, team.supporter_pass)
        assert result.returncode == EXIT_IN_USE, result.stderr
        assert result.stderr.strip() == f"peerdesk: {IN_USE}"
        # This process, a second session: refused too, as often as it tries.
        for _ in range(5):
            with pytest.raises(VaultInUse):
                Vault.unlock(team.folder, team.supporter, team.supporter_pass)
        assert first.check().ok
    finally:
        first.lock()
    result = _cli_check(tmp_path, team.folder, team.supporter, team.supporter_pass)
    assert result.returncode == 0, result.stderr


def test_a_session_in_another_process_keeps_the_vault_after_its_lock_file_goes(
    team: Any, tmp_path: Path
) -> None:
    holder = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from peerdesk.storage.vault import Vault
        folder = Path({str(team.folder)!r})
        vault = Vault.unlock(folder, {team.coordinator!r}, {team.coordinator_pass!r})
        (folder / "lock").unlink()
        print("open", flush=True)
        sys.stdin.readline()
        vault.lock()
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env=_env(tmp_path),
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        assert not (team.folder / "lock").exists()
        with pytest.raises(VaultInUse) as info:
            Vault.unlock(team.folder, team.supporter, team.supporter_pass)
        assert str(info.value) == IN_USE
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.wait(timeout=60) == 0
    Vault.unlock(team.folder, team.supporter, team.supporter_pass).lock()


# ----------------------------------------------------------------------------- two writers


class _NoLock:
    """A session that got past the lock (an older PeerDesk, a share without working locks)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def acquire(self) -> None:
        return None

    def release(self) -> None:
        return None


@pytest.fixture
def three(team: Any) -> Any:
    """The team vault with a third member, Jo, whom the coordinator will remove."""
    vault = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        jo = vault.add_member("Jo", "jo quiet meadow", frozenset({Role.SUPPORTER}),
                              must_change=False, kdf=WEAK)
    finally:
        vault.lock()
    return team, jo.user_id


def _second_session(monkeypatch: pytest.MonkeyPatch, team: Any) -> Vault:
    with monkeypatch.context() as patch:
        patch.setattr(unlock_module, "VaultLock", _NoLock)
        return Vault.unlock(team.folder, team.supporter, team.supporter_pass)


def _everyone_still_opens(team: Any, sam_pass: str) -> None:
    for name, passphrase in ((team.coordinator, team.coordinator_pass),
                             (team.supporter, sam_pass)):
        opened = Vault.unlock(team.folder, name, passphrase)
        try:
            assert opened.check().ok
            assert opened.slot_names() == ["Alex", "Sam"]
        finally:
            opened.lock()
    Vault.unlock_with_recovery(team.folder, team.recovery_text).lock()


def test_passphrase_change_after_a_rekey_by_another_writer_is_refused(
    three: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    team, jo = three
    coordinator = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    supporter = _second_session(monkeypatch, team)
    try:
        coordinator.remove_member(jo)  # re-keys the database, rewrites every grant
        coordinator.lock()
        slots_before = (team.folder / "keyslots.json").read_bytes()
        with pytest.raises(KeySlotsChanged) as info:
            supporter.change_passphrase(team.supporter_pass, "sam new words here", kdf=WEAK)
        assert info.value.exit_code == EXIT_IN_USE
        assert (team.folder / "keyslots.json").read_bytes() == slots_before
    finally:
        supporter.lock()
        coordinator.lock()
    _everyone_still_opens(team, team.supporter_pass)


def test_rekey_after_a_passphrase_change_by_another_writer_is_refused(
    three: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    team, jo = three
    coordinator = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    supporter = _second_session(monkeypatch, team)
    try:
        supporter.change_passphrase(team.supporter_pass, "sam new words here", kdf=WEAK)
        supporter.lock()
        slots_before = (team.folder / "keyslots.json").read_bytes()
        with pytest.raises(KeySlotsChanged):
            coordinator.remove_member(jo)
        assert (team.folder / "keyslots.json").read_bytes() == slots_before
    finally:
        supporter.lock()
        coordinator.lock()
    # Nothing of the refused removal happened: Jo is still a member, the new passphrase holds.
    again = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        assert again.slot_names() == ["Alex", "Jo", "Sam"]
        assert again.check().ok
        again.remove_member(jo)  # signed in afresh, the removal goes through
    finally:
        again.lock()
    _everyone_still_opens(team, "sam new words here")


def test_where_folders_cannot_be_locked_the_lock_file_still_holds(
    team: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import fcntl

    real_flock = fcntl.flock

    def no_folder_locks(fd: int, operation: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.ENOLCK, "No locks available")
        real_flock(fd, operation)

    monkeypatch.setattr(process_lock.fcntl, "flock", no_folder_locks)
    first = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        with pytest.raises(VaultInUse):
            Vault.unlock(team.folder, team.supporter, team.supporter_pass)
    finally:
        first.lock()
    Vault.unlock(team.folder, team.supporter, team.supporter_pass).lock()


def test_command_line_tells_key_slots_of_another_vault_apart(team: Any, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", "Alex", team.coordinator_pass, kdf=WEAK)
    other.lock()
    (team.folder / "keyslots.json").write_bytes((tmp_path / "other" / "keyslots.json")
                                                 .read_bytes())
    result = _cli_check(tmp_path, team.folder, team.coordinator, team.coordinator_pass)
    assert result.returncode == EXIT_DAMAGED
    assert result.stderr.strip() == (
        f"peerdesk: The key-slot file in {team.folder} belongs to another vault than the "
        "database beside it. Put back the key-slot file that came with this database, or "
        "restore from a backup.")
