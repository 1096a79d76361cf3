"""kill -9, then the ``-wal`` file is lost: no acknowledged write goes with it.

Every commit is folded into ``peerdesk.db`` before it is acknowledged, so a folder copied or
left without its ``-wal`` after a crash still holds every acknowledged write; and the record of
commits beside the database says nothing is missing.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from test_kill9 import kill_after_first_ack, new_vault, start_writer

from peerdesk.storage.vault import Vault

pytestmark = pytest.mark.slow

ROUNDS = 6


def test_kill9_then_a_deleted_wal_loses_no_acknowledged_write(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    new_vault(folder)
    rng = random.Random(77)
    acknowledged: set[int] = set()
    next_i = 0
    for _ in range(ROUNDS):
        writer = start_writer("append", str(folder), "Alex", "alex-pass", str(next_i))
        lines = kill_after_first_ack(writer, rng.uniform(0.05, 0.4))
        acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
        assert acks
        acknowledged.update(acks)
        (folder / "peerdesk.db-wal").unlink(missing_ok=True)
        (folder / "peerdesk.db-shm").unlink(missing_ok=True)
        vault = Vault.unlock(folder, "Alex", "alex-pass")
        try:
            rows = vault.conn.execute(
                "SELECT detail FROM audit_log WHERE action = 'test_write'").fetchall()
            present = {json.loads(r[0])["n"] for r in rows}
            assert acknowledged <= present, sorted(acknowledged - present)[:10]
            assert vault.check().ok
        finally:
            vault.lock()
        next_i = max(present) + 1
