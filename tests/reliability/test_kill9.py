"""kill -9 during writes: every acknowledged write survives and the vault always opens.

A writer subprocess (``vault_writer.py``) unlocks the vault and writes in a loop, printing an
acknowledgement after each commit; the parent kills it with SIGKILL at a random moment
(seeded), then opens the vault itself and checks it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from peerdesk.domain.errors import UnknownUser, VaultInUse, WrongPassphrase
from peerdesk.storage import crypto
from peerdesk.storage.vault import Vault

pytestmark = pytest.mark.slow

WRITER = Path(__file__).with_name("vault_writer.py")
APPEND_ROUNDS = 20
MEMBER_ROUNDS = 12
ACK_TIMEOUT_S = 30.0


@dataclass
class Writer:
    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    first_ack: threading.Event = field(default_factory=threading.Event)
    reader: threading.Thread | None = None

    def read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if not line.endswith("\n"):
                break  # cut off by the kill: never acknowledged
            self.lines.append(line.strip())
            if line.startswith(("ack", "ready")):
                self.first_ack.set()


def start_writer(*args: str) -> Writer:
    env = dict(os.environ, PEERDESK_TESTONLY_WEAKEN_KDF="1")
    process = subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env,
    )
    writer = Writer(process)
    writer.reader = threading.Thread(target=writer.read, daemon=True)
    writer.reader.start()
    return writer


def kill_after_first_ack(writer: Writer, delay: float) -> list[str]:
    if not writer.first_ack.wait(ACK_TIMEOUT_S):
        writer.process.kill()
        _, err = writer.process.communicate()
        pytest.fail(f"the writer never acknowledged a write: {err}")
    time.sleep(delay)
    os.kill(writer.process.pid, signal.SIGKILL)
    writer.process.wait(timeout=10)
    assert writer.reader is not None
    writer.reader.join(timeout=10)
    assert writer.process.returncode == -signal.SIGKILL, writer.process.stderr
    if writer.process.stderr is not None:
        writer.process.stderr.close()
    if writer.process.stdin is not None:
        writer.process.stdin.close()
    return list(writer.lines)


def new_vault(folder: Path) -> None:
    vault, _ = Vault.create(folder, "Alex", "alex-pass", kdf=crypto.KdfParams.weak_for_tests())
    vault.lock()


def test_kill9_while_appending_keeps_every_acknowledged_write(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    new_vault(folder)
    rng = random.Random(20260901)
    acknowledged: set[int] = set()
    in_flight: set[int] = set()  # the write after each round's last ack may have committed
    next_i = 0
    for _ in range(APPEND_ROUNDS):
        writer = start_writer("append", str(folder), "Alex", "alex-pass", str(next_i))
        lines = kill_after_first_ack(writer, rng.uniform(0.05, 0.6))
        acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
        assert acks, "at least one write was acknowledged"
        acknowledged.update(acks)
        in_flight.add(max(acks) + 1)

        vault = Vault.unlock(folder, "Alex", "alex-pass")
        try:
            rows = vault.conn.execute(
                "SELECT detail FROM audit_log WHERE action = 'test_write'"
            ).fetchall()
            present = {json.loads(r[0])["n"] for r in rows}
            missing = acknowledged - present
            assert not missing, f"acknowledged writes lost: {sorted(missing)[:10]}"
            # At most the one write in flight may be there without its acknowledgement.
            assert present - acknowledged <= in_flight
            report = vault.check()
            assert report.ok, report
        finally:
            vault.lock()
        next_i = max(present) + 1


@dataclass
class Team:
    """What the parent knows: passphrases that may be current, per member."""

    coordinator: set[str]
    members: dict[str, set[str]] = field(default_factory=dict)
    removing: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    adding: dict[str, str] = field(default_factory=dict)

    def follow(self, line: str) -> None:
        words = line.split()
        match words:
            case ["begin", "add", name, passphrase]:
                self.adding[name] = passphrase
            case ["ack", "add", name, passphrase]:
                del self.adding[name]
                self.members[name] = {passphrase}
            case ["begin", "own", _, passphrase]:
                self.coordinator.add(passphrase)
            case ["ack", "own", _, passphrase]:
                self.coordinator = {passphrase}
            case ["begin", "remove", name]:
                self.removing.add(name)
            case ["ack", "remove", name]:
                # Already counted as removed when an earlier, killed removal had taken the
                # slot but not yet the row: the writer then removes the row again.
                self.removing.discard(name)
                self.removed.add(name)
                self.members.pop(name, None)
            case ["begin", "reset", name, passphrase]:
                self.members[name].add(passphrase)
            case ["ack", "reset", name, passphrase]:
                self.members[name] = {passphrase}
            case _:
                pytest.fail(f"unexpected writer line {line!r}")


def opens_with_one_of(folder: Path, name: str, candidates: set[str]) -> str:
    """The passphrase among ``candidates`` that opens the vault as ``name``; checks the vault."""
    for passphrase in sorted(candidates):
        try:
            vault = Vault.unlock(folder, name, passphrase)
        except WrongPassphrase:
            continue
        try:
            report = vault.check()
            assert report.ok, report
        finally:
            vault.lock()
        return passphrase
    pytest.fail(f"{name} opens with none of {sorted(candidates)}")


def test_kill9_during_member_changes_leaves_every_member_able_to_sign_in(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    new_vault(folder)
    rng = random.Random(424242)
    team = Team(coordinator={"alex-pass"})
    next_i = 0
    for _ in range(MEMBER_ROUNDS):
        (current,) = team.coordinator
        writer = start_writer("members", str(folder), "Alex", current, str(next_i))
        lines = kill_after_first_ack(writer, rng.uniform(0.05, 0.6))
        for line in lines:
            team.follow(line)

        team.coordinator = {opens_with_one_of(folder, "Alex", team.coordinator)}
        for name, candidates in team.members.items():
            if name in team.removing:
                try:
                    opens_with_one_of(folder, name, candidates)
                except UnknownUser:
                    continue  # the removal got far enough
            team.members[name] = {opens_with_one_of(folder, name, candidates)}
        for name in team.removed:
            with pytest.raises(UnknownUser):
                Vault.unlock(folder, name, "any")
        for name in list(team.removing):
            try:
                opens_with_one_of(folder, name, team.members[name])
            except UnknownUser:
                team.removed.add(name)
                del team.members[name]
            team.removing.discard(name)
        # A member whose addition was cut short either works or does not exist: never a
        # half-state that opens with a wrong passphrase or breaks the vault.
        for name, passphrase in team.adding.items():
            try:
                Vault.unlock(folder, name, passphrase).lock()
                team.members[name] = {passphrase}
            except UnknownUser:
                pass
        team.adding.clear()
        next_i = 1 + max((int(w[1:]) for line in lines for w in line.split()
                          if w.startswith("m") and w[1:].isdigit()), default=next_i)
    assert len(team.removed) >= 3, "the rounds should have removed members"


def test_vault_in_use_by_another_process(tmp_path: Path, snapshot: object) -> None:
    folder = tmp_path / "vault"
    new_vault(folder)
    holder = start_writer("hold", str(folder), "Alex", "alex-pass")
    assert holder.first_ack.wait(ACK_TIMEOUT_S), "the holder did not open the vault"
    before = snapshot(folder)  # type: ignore[operator]
    with pytest.raises(VaultInUse) as info:
        Vault.unlock(folder, "Alex", "alex-pass")
    assert str(info.value) == (
        "The vault is open in another PeerDesk window or process. Close it first."
    )
    assert snapshot(folder) == before  # type: ignore[operator]
    # The lock goes with the process, even after kill -9.
    os.kill(holder.process.pid, signal.SIGKILL)
    holder.process.wait(timeout=10)
    Vault.unlock(folder, "Alex", "alex-pass").lock()


def test_another_process_is_refused_while_this_one_holds_the_vault(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    new_vault(folder)
    vault = Vault.unlock(folder, "Alex", "alex-pass")
    try:
        env = dict(os.environ, PEERDESK_TESTONLY_WEAKEN_KDF="1")
        result = subprocess.run(
            [sys.executable, str(WRITER), "append", str(folder), "Alex", "alex-pass"],
            capture_output=True, text=True, env=env, timeout=60, check=False,
        )
        assert result.returncode != 0
        assert "VaultInUse" in result.stderr
        assert "ack" not in result.stdout
        assert vault.check().ok
    finally:
        vault.lock()
