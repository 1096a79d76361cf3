"""kill -9, then the ``-wal`` file is lost: no acknowledged write goes with it, silently or not.

Every commit is folded into ``peerdesk.db`` before it is acknowledged. After each kill the
vault folder is copied without its ``-wal`` and ``-shm``: the copy opens with every
acknowledged write and passes ``vault check``, unless the kill struck while the log was being
folded in, when the database file alone may hold half of the write in flight: then unlock
says so (recent changes damaged) rather than open it. The original folder, log and all,
always opens with every acknowledged write.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from test_kill9 import kill_after_first_ack, new_vault, start_writer

from peerdesk.domain.errors import RecentChangesDamaged
from peerdesk.storage.vault import Vault

pytestmark = pytest.mark.slow

ROUNDS = 10


def _present(folder: Path) -> set[int]:
    """The writes found in the vault, after checking it."""
    vault = Vault.unlock(folder, "Alex", "alex-pass")
    try:
        rows = vault.conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'test_write'").fetchall()
        report = vault.check()
        assert report.ok, report
    finally:
        vault.lock()
    return {json.loads(r[0])["n"] for r in rows}


def test_kill9_then_a_deleted_wal_loses_no_acknowledged_write(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    new_vault(folder)
    rng = random.Random(77)
    acknowledged: set[int] = set()
    next_i = 0
    for round_no in range(ROUNDS):
        writer = start_writer("append", str(folder), "Alex", "alex-pass", str(next_i))
        lines = kill_after_first_ack(writer, rng.uniform(0.05, 0.4))
        acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
        assert acks
        acknowledged.update(acks)

        copy = tmp_path / f"copy-{round_no}"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*-wal", "*-shm", "lock"))
        refused: list[RecentChangesDamaged] = []
        try:
            present = _present(copy)
        except RecentChangesDamaged as exc:
            refused.append(exc)
        if refused:
            # The kill struck while the log was being folded in: never opened half-written.
            assert "removed while changes were being written" in str(refused[0])
        else:
            assert acknowledged <= present, sorted(acknowledged - present)[:10]

        present = _present(folder)
        assert acknowledged <= present, sorted(acknowledged - present)[:10]
        next_i = max(present) + 1
