"""kill -9 during restores: the vault is always the last restored backup or the one in flight.

A child process restores two backups in turn, reporting each finished restore on a pipe; the
parent kills it with SIGKILL at a random moment (seeded), then opens the vault as the next
process would: by unlock (checking it), or by letting the next child's restore finish what
the killed one left. The child is forked rather than started afresh, so a round costs
milliseconds of start-up instead of an interpreter's import time.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path

import pytest

from peerdesk.domain.errors import UnknownUser
from peerdesk.domain.members import Role
from peerdesk.storage import crypto, database
from peerdesk.storage.vault import Vault, inspect, restore

pytestmark = pytest.mark.slow

ROUNDS = 120
ALEX, ALEX_PASS = "Alex", "alex-pass"
WEAK = crypto.KdfParams.weak_for_tests()
# What each state holds: its mark and its members (who may sign in).
MEMBERS = {"current": ["Alex"], "a": ["Alex", "Sam"], "b": ["Alex", "Kim", "Sam"]}


def _mark(vault: Vault, value: str) -> None:
    with database.transaction(vault.conn):
        vault.conn.execute("INSERT OR REPLACE INTO vault_meta VALUES ('mark', ?)", (value,))


def _make(folder: Path, backups: Path) -> dict[str, Path]:
    vault, _ = Vault.create(folder, ALEX, ALEX_PASS, kdf=WEAK)
    try:
        sam = vault.add_member("Sam", "sam-pass", frozenset({Role.SUPPORTER}),
                               must_change=False, kdf=WEAK)
        _mark(vault, "a")
        vault.backup(backups / "a.zip")
        vault.add_member("Kim", "kim-pass", frozenset({Role.SUPPORTER}), must_change=False,
                         kdf=WEAK)
        _mark(vault, "b")
        vault.backup(backups / "b.zip")
        vault.remove_member(sam.user_id)
        kim = next(m for m in vault.conn.execute("SELECT user_id FROM members WHERE name='Kim'"))
        vault.remove_member(kim[0])
        _mark(vault, "current")
    finally:
        vault.lock()
    return {"a": backups / "a.zip", "b": backups / "b.zip"}


def _state(folder: Path) -> str:
    """The vault's state, after checking that it opens, passes its check and agrees with itself."""
    vault = Vault.unlock(folder, ALEX, ALEX_PASS)
    try:
        report = vault.check()
        assert report.ok, report
        mark = str(vault.conn.execute(
            "SELECT value FROM vault_meta WHERE key = 'mark'").fetchone()[0])
        members = sorted(m for (m,) in vault.conn.execute("SELECT name FROM members"))
        slots = vault.slot_names()
    finally:
        vault.lock()
    assert members == MEMBERS[mark] == slots
    assert list(inspect(folder).member_names) == MEMBERS[mark]
    if "Sam" not in MEMBERS[mark]:
        with pytest.raises(UnknownUser):
            Vault.unlock(folder, "Sam", "sam-pass")
    return mark


def _targets(first: str) -> list[str]:
    other = {"a": "b", "b": "a"}
    order = [first]
    for _ in range(200):
        order.append(other[order[-1]])
    return order


def _child(folder: Path, backups: dict[str, Path], order: list[str], pipe: int) -> None:
    """Restore the backups of ``order`` one after another, reporting each; never returns."""
    code = 0
    try:
        for i, name in enumerate(order):
            restore(backups[name], folder, ALEX, ALEX_PASS).lock()
            os.write(pipe, f"ack {i}\n".encode())
    except BaseException:
        os.write(pipe, ("error " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
        code = 1
    finally:
        os._exit(code)


def _run_child(folder: Path, backups: dict[str, Path], order: list[str],
               delay: float) -> list[int]:
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns to pytest
        os.close(read_end)
        _child(folder, backups, order, write_end)
    os.close(write_end)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    with os.fdopen(read_end, "rb") as pipe:
        lines = pipe.read().decode().splitlines()
    errors = [line for line in lines if line.startswith("error")]
    assert not errors, errors[0]
    assert os.WIFSIGNALED(status), f"the child ended by itself ({status})"
    assert os.WTERMSIG(status) == signal.SIGKILL
    return [int(line.split()[1]) for line in lines if line.startswith("ack ")]


def test_kill9_during_restores_leaves_the_last_restored_or_the_one_in_flight(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    backups_dir = tmp_path / "backups"
    backups_dir.mkdir()
    backups = _make(folder, backups_dir)
    started = time.perf_counter()
    restore(backups["a"], folder, ALEX, ALEX_PASS).lock()
    one_restore = time.perf_counter() - started
    assert _state(folder) == "a"
    possible = {"a"}
    rng = random.Random(20261129)
    seen: dict[str, int] = {}
    checked = 0
    for round_no in range(ROUNDS):
        order = _targets(rng.choice(["a", "b"]))
        acks = _run_child(folder, backups, order, rng.uniform(0.0, 2.5 * one_restore))
        # Finished restores pin the state; otherwise it is the old one or the one in flight.
        possible = {order[max(acks)], order[max(acks) + 1]} if acks else possible | {order[0]}
        if rng.random() < 0.3:
            continue  # the next round's restore finds what this one left, and finishes it
        state = _state(folder)
        checked += 1
        assert state in possible, f"round {round_no}: {state} not in {sorted(possible)}"
        possible = {state}
        seen[state] = seen.get(state, 0) + 1
    assert checked >= ROUNDS // 2
    assert set(seen) == {"a", "b"}
    assert _state(folder) in possible  # the last round's debris goes at this unlock
    leftovers = [p.name for p in folder.iterdir() if p.name.startswith(".peerdesk")]
    assert leftovers == []
