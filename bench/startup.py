"""Process start to a painted unlock window, in seconds (target: under 1.0 s).

Creates one vault (fast test KDF; opening it is not timed), then starts a fresh Python process
several times; each imports the app, builds the unlock screen and prints the wall-clock time of
the window's first paint. Prints one JSON line per figure.

Usage: .venv/bin/python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from peerdesk.ui.app import build_shell
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and hasattr(watched, "window")
                and watched.window() is shell.window):
            print(repr(time.time()), flush=True)
            QApplication.instance().exit(0)
        return False

shell = build_shell(Path(sys.argv[1]), False)
painted = FirstPaint()
QApplication.instance().installEventFilter(painted)
QTimer.singleShot(10_000, lambda: QApplication.instance().exit(1))
status = QApplication.instance().exec()
shell.shutdown()
sys.exit(status)
"""


def make_vault(folder: Path) -> None:
    os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")
    from peerdesk.services.workspace import Workspace

    phrase = "maple harbour lantern quietly 42"
    workspace, _key = Workspace.create(folder, "Bench Coordinator", phrase, phrase)
    workspace.lock()


def one_run(vault: Path) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault)], capture_output=True,
                          text=True, env=env, timeout=60, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child failed ({done.returncode}): {done.stderr[-800:]}")
    return float(done.stdout.strip().splitlines()[-1]) - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as tmp:
        vault = Path(tmp) / "vault"
        make_vault(vault)
        one_run(vault)  # warm the file cache once; not counted
        times = [one_run(vault) for _ in range(args.runs)]
    median = statistics.median(times)
    print(json.dumps({"metric": "start_to_unlock_window_s", "value": round(median, 3),
                      "runs": args.runs, "min": round(min(times), 3),
                      "max": round(max(times), 3), "target": 1.0, "ok": median < 1.0}))


if __name__ == "__main__":
    main()
