"""The guard against PySide6 6.12.0's reference-count bug on Python 3.11 keeps the app alive."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import peerdesk.ui
from PySide6.QtCore import QObject, Signal
class Pinger(QObject):
    ping = Signal()
p = Pinger()
for _ in range(50_000):
    p.setObjectName("x")
    p.ping.emit()
print("alive")
"""


def test_many_void_calls_and_emits_do_not_abort_the_interpreter():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"
