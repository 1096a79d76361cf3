"""Sign-in: failed attempts counted in memory, throttled, then audited at the next sign-in."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from peerdesk.domain.errors import UnlockThrottled, WrongPassphrase
from peerdesk.services import audit_log
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.services.workspace import Workspace
from team_support import COORD_PASS, new_workspace


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    new_workspace(path).lock()
    return path


def test_five_failures_then_wait_thirty_seconds(folder):
    clock = FakeClock()
    guard = UnlockGuard(clock=clock)
    before = snapshot(folder)
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            Workspace.unlock(folder, "Casey", "not it at all", guard)
    with pytest.raises(UnlockThrottled) as err:
        Workspace.unlock(folder, "Casey", COORD_PASS, guard)
    assert err.value.message == "Too many failed attempts. Wait 30 seconds before trying again."
    clock.now += 29.5
    with pytest.raises(UnlockThrottled) as err:
        Workspace.unlock(folder, "Casey", COORD_PASS, guard)
    assert err.value.params["seconds"] == 1
    assert snapshot(folder) == before, "a failed unlock must not write"
    clock.now += 1
    ws = Workspace.unlock(folder, "Casey", COORD_PASS, guard)
    assert ws.failed_attempts == 5
    entries = audit_log.entries(ws)
    assert [e.action for e in entries[:2]] == ["signed_in", "failed_sign_ins"]
    assert entries[1].detail == {"count": 5}
    ws.lock()
    again = Workspace.unlock(folder, "Casey", COORD_PASS, guard)
    assert again.failed_attempts == 0
    again.lock()


def test_each_further_failure_after_the_fifth_waits_again(folder):
    clock = FakeClock()
    guard = UnlockGuard(clock=clock)
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            Workspace.unlock(folder, "Casey", "wrong wrong wrong", guard)
    clock.now += 31
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(folder, "Casey", "wrong wrong wrong", guard)
    assert guard.seconds_to_wait() == pytest.approx(30)


def test_lock_and_unlock_are_audited(folder):
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    ws.lock()
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    actions = [e.action for e in audit_log.entries(ws)]
    assert actions[:3] == ["signed_in", "locked", "signed_in"]
    assert audit_log.verify(ws).ok
    ws.vault.conn.execute("UPDATE audit_log SET action = 'x' WHERE seq = 2")
    report = audit_log.verify(ws)
    assert not report.ok
    assert report.first_bad_seq == 2
    ws.lock()
