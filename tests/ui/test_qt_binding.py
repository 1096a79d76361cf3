"""The installed Qt binding survives many calls (PySide6 6.12.0 aborts Python 3.11 here).

6.12.0 drops a reference to None on every void call or emit; on Python 3.11, where None is
not immortal, the interpreter aborts after some thousands. pyproject.toml keeps PySide6 below
6.12 for that reason; this test fails if a release with the bug is installed again.
"""

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
