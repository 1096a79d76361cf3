"""The audit log read through its filter (action, member by or about, period), coordinators
only, and no way out of PeerDesk for it: no command of the command line exports it."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from peerdesk import cli
from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.members import Role
from peerdesk.services import audit_log, team
from peerdesk.services.audit_log import AuditFilter, utc_stamp
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, database
from team_support import COORD_PASS, add, new_workspace, sign_in_changed

OWN = "cobalt meadow river lantern"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    ws = new_workspace(path)
    add(ws, "Ari", Role.SUPPORTER)
    add(ws, "Bo", Role.SUPPORTER)
    ws.lock()
    sign_in_changed(path, "Ari", OWN).lock()
    return path


@pytest.fixture
def ws(folder: Path) -> Iterator[Workspace]:
    opened = Workspace.unlock(folder, "Casey", COORD_PASS)
    yield opened
    opened.lock()


def ids(ws: Workspace) -> dict[str, str]:
    return {m.name: m.user_id for m in team.list_members(ws)}


def test_by_action(ws: Workspace) -> None:
    signed_in = audit_log.entries(ws, only=AuditFilter(actions=frozenset({"signed_in"})))
    assert signed_in
    assert {e.action for e in signed_in} == {"signed_in"}
    both = audit_log.entries(ws, only=AuditFilter(actions=frozenset({"signed_in", "locked"})))
    assert {e.action for e in both} == {"signed_in", "locked"}
    assert [e.seq for e in both] == sorted((e.seq for e in both), reverse=True)  # newest first
    assert audit_log.entries(ws, only=AuditFilter(actions=frozenset({"no_such"}))) == []
    offered = audit_log.actions(ws)
    assert offered[0] == "vault_created"
    assert {"member_added", "signed_in", "locked", "passphrase_changed"} <= set(offered)
    assert len(offered) == len(set(offered))


def test_by_member_finds_what_they_did_and_what_was_done_to_them(ws: Workspace) -> None:
    people = ids(ws)
    team.set_roles(ws, people["Bo"], {Role.SUPPORTER, Role.TRAINER})
    bo = audit_log.entries(ws, only=AuditFilter(member=people["Bo"]))
    assert [e.action for e in bo] == ["roles_changed", "member_added"]  # about Bo, by Casey
    assert all(e.user_id == people["Casey"] for e in bo)
    ari = audit_log.entries(ws, only=AuditFilter(member=people["Ari"]))
    assert {"signed_in", "passphrase_changed", "member_added"} <= {e.action for e in ari}
    assert all(e.user_id == people["Ari"] or e.detail.get("target") == people["Ari"]
               for e in ari)
    both = AuditFilter(actions=frozenset({"signed_in"}), member=people["Ari"])
    assert {(e.action, e.user_id) for e in audit_log.entries(ws, only=both)} == {
        ("signed_in", people["Ari"])}


def test_by_period_at_its_exact_ends(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    stamps = iter(["2026-03-31T23:59:59Z", "2026-04-01T00:00:00Z", "2026-06-30T23:59:59Z",
                   "2026-07-01T00:00:00Z"])
    monkeypatch.setattr(audit, "now_utc", lambda: next(stamps))
    with database.transaction(ws.vault.conn) as conn:
        for n in range(4):
            audit.append(conn, ws.member.user_id, "selftest", count=n)
    start = datetime(2026, 4, 1, tzinfo=UTC)
    end = datetime(2026, 7, 1, tzinfo=UTC)
    quarter = AuditFilter(actions=frozenset({"selftest"}), since=utc_stamp(start),
                          before=utc_stamp(end))
    assert [e.detail["count"] for e in audit_log.entries(ws, only=quarter)] == [2, 1]
    # A local day in another time zone is turned into the log's UTC stamps.
    eastern = timezone(timedelta(hours=-4))
    assert utc_stamp(datetime(2026, 6, 30, 20, 0, tzinfo=eastern)) == "2026-07-01T00:00:00Z"
    with pytest.raises(ValueError, match="time zone"):
        utc_stamp(datetime(2026, 7, 1))


def test_paging_keeps_the_filter(ws: Workspace) -> None:
    only = AuditFilter(actions=frozenset({"signed_in", "locked", "member_added"}))
    every = audit_log.entries(ws, only=only)
    pages = [*audit_log.entries(ws, 2, 0, only), *audit_log.entries(ws, 2, 2, only),
             *audit_log.entries(ws, 100, 4, only)]
    assert pages == every


def test_only_coordinators_read_it(folder: Path) -> None:
    supporter = Workspace.unlock(folder, "Ari", OWN)
    try:
        with pytest.raises(PermissionDenied):
            audit_log.entries(supporter, only=AuditFilter(member=supporter.member.user_id))
        with pytest.raises(PermissionDenied):
            audit_log.actions(supporter)
    finally:
        supporter.lock()


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
              ) -> Iterator[tuple[str, ...]]:
    for action in parser._actions:  # argparse keeps its subcommands here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name)
                yield from _commands(sub, (*path, name))


def test_no_command_exports_the_audit_log() -> None:
    commands = list(_commands(cli.build_parser()))
    assert len(commands) > 10  # the walk found the commands
    assert not [c for c in commands if any("audit" in part for part in c)]
