"""kill -9 while a survey kiosk submits: every acknowledged submission survives, with its code
hash in the same transaction, and the vault always opens."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from test_kill9 import Writer, kill_after_first_ack

from peerdesk.domain.surveys import WaveKind
from peerdesk.services import surveys
from peerdesk.services.workspace import Workspace
from team_support import COORD_PASS, new_workspace

pytestmark = pytest.mark.slow

WRITER = Path(__file__).with_name("survey_writer.py")
ROUNDS = 8


def start(folder: Path, cohort_id: int, first: int) -> Writer:
    env = dict(os.environ, PEERDESK_TESTONLY_WEAKEN_KDF="1")
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), "Casey", COORD_PASS, str(cohort_id),
         str(first)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env)
    writer = Writer(process)
    writer.reader = threading.Thread(target=writer.read, daemon=True)
    writer.reader.start()
    return writer


def test_kill9_during_submissions_keeps_every_acknowledged_answer(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    ws = new_workspace(folder)
    cohort_id = surveys.create_cohort(ws, "Spring", 5, ["k6"])
    surveys.open_wave(ws, cohort_id, WaveKind.PRE)
    ws.lock()
    rng = random.Random(20261129)
    acknowledged = 0
    first = 0
    for _ in range(ROUNDS):
        lines = kill_after_first_ack(start(folder, cohort_id, first), rng.uniform(0.05, 0.5))
        acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
        assert acks
        acknowledged += len(acks)
        ws = Workspace.unlock(folder, "Casey", COORD_PASS)
        try:
            stored = surveys.response_count(ws, cohort_id, WaveKind.PRE)
            # every acknowledged answer is there; at most the one in flight besides
            assert acknowledged <= stored <= acknowledged + 1
            acknowledged = stored
            hashes = ws.vault.conn.execute("SELECT count(*) FROM survey_links").fetchone()[0]
            assert hashes == stored  # each answer's code hash went in with it, or neither
            assert ws.check().ok
        finally:
            ws.lock()
        first = max(acks) + 2
