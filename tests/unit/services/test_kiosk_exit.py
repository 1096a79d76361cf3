"""Leaving the survey kiosk: a coordinator's or trainer's passphrase against the real key
slots, throttled like sign-in, and recorded in the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerdesk.domain.errors import UnknownUser, UnlockThrottled, WrongPassphrase
from peerdesk.domain.members import Role
from peerdesk.services import kiosk_exit, team
from peerdesk.services.unlock_guard import FREE_ATTEMPTS, WAIT_SECONDS, UnlockGuard
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit
from team_support import COORD_PASS, MEMBER_PASS, add, new_workspace, sign_in_changed

SAM_PASS = "copper meadow violin thunder 8"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = new_workspace(tmp_path / "vault")
    add(workspace, "Pat Peer", Role.SUPPORTER)
    add(workspace, "Sam Okafor", Role.TRAINER)
    add(workspace, "Kim New", Role.COORDINATOR)  # still holds a temporary passphrase
    workspace.lock()
    sign_in_changed(tmp_path / "vault", "Sam Okafor", SAM_PASS).lock()
    workspace = Workspace.unlock(tmp_path / "vault", "Casey", COORD_PASS)
    yield workspace
    workspace.lock()


def actions(ws: Workspace) -> list[str]:
    return [e.action for e in audit.entries(ws.vault.conn, limit=20)]


def test_the_opener_and_any_trainer_may_end_the_kiosk_and_the_session_is_unchanged(ws):
    guard = UnlockGuard()
    assert [m.name for m in kiosk_exit.kiosk_keepers(ws)] == ["Casey", "Sam Okafor"]
    assert kiosk_exit.confirm_leave(ws, "Casey", COORD_PASS, guard).name == "Casey"
    assert kiosk_exit.confirm_leave(ws, "sam okafor", SAM_PASS, guard).name == "Sam Okafor"
    assert ws.member.name == "Casey"  # still signed in as the member who opened the kiosk
    assert actions(ws)[:2] == ["kiosk_left", "kiosk_left"]


def test_a_wrong_passphrase_or_a_supporter_is_refused_and_counted(ws):
    guard = UnlockGuard()
    with pytest.raises(WrongPassphrase):
        kiosk_exit.confirm_leave(ws, "Casey", "not it at all", guard)
    with pytest.raises(UnknownUser):  # a supporter's right passphrase does not end a kiosk
        kiosk_exit.confirm_leave(ws, "Pat Peer", MEMBER_PASS, guard)
    with pytest.raises(UnknownUser):  # whoever reset Kim's passphrase knows it
        kiosk_exit.confirm_leave(ws, "Kim New", MEMBER_PASS, guard)
    with pytest.raises(UnknownUser):
        kiosk_exit.confirm_leave(ws, "Nobody", COORD_PASS, guard)
    kiosk_exit.confirm_leave(ws, "Casey", COORD_PASS, guard)
    newest = audit.entries(ws.vault.conn, limit=2)
    assert [e.action for e in newest] == ["kiosk_left", "kiosk_failed_leaves"]
    assert newest[1].detail == {"count": 1}  # the failures counted against Casey


def test_after_five_failures_each_try_waits_even_with_the_right_passphrase(ws):
    clock = Clock()
    guard = UnlockGuard(clock=clock)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            kiosk_exit.confirm_leave(ws, "Casey", "guess", guard)
    with pytest.raises(UnlockThrottled):
        kiosk_exit.confirm_leave(ws, "Casey", COORD_PASS, guard)
    clock.now += WAIT_SECONDS
    assert kiosk_exit.confirm_leave(ws, "Casey", COORD_PASS, guard).name == "Casey"


def test_a_switched_off_trainer_cannot_end_a_kiosk(ws):
    sam = next(m for m in kiosk_exit.kiosk_keepers(ws) if m.name == "Sam Okafor")
    team.set_disabled(ws, sam.user_id, True)
    with pytest.raises(UnknownUser):  # their own passphrase still opens their slot
        kiosk_exit.confirm_leave(ws, "Sam Okafor", SAM_PASS, UnlockGuard())
    assert [m.name for m in kiosk_exit.kiosk_keepers(ws)] == ["Casey"]
