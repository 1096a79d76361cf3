"""Process start to a painted unlock window, beside a bare PySide6 window as the yardstick.

Creates one vault (fast test KDF; opening it is not timed), then starts fresh Python processes,
alternating two children: the app (imports PeerDesk, builds the unlock screen) and a bare
PySide6 window with four widgets (two labels, a line edit, a button). Each child prints the
wall-clock time of its window's first paint, detected the same way; the figure is that time
minus the moment the parent started the process. Alternating keeps a busy machine's noise
about the same on both sides; the medians and their ratio are printed, one JSON line each.
The children compile their bytecode once, into a cache of their own, before the timed runs
(an installed PeerDesk ships compiled; a checkout run with PYTHONDONTWRITEBYTECODE would
otherwise compile every module of PeerDesk on every start and none of PySide6's).

Targets: the app under 1.0 s, and at most twice the bare window.

Usage: .venv/bin/python bench/startup.py [--runs 7]
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

# Both children detect the first paint with the same application-wide event filter.
FIRST_PAINT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__()
        self.window = window

    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and hasattr(watched, "window")
                and watched.window() is self.window()):
            print(repr(time.time()), len(sys.modules), flush=True)
            QApplication.instance().exit(0)
        return False

def wait_for_paint(window):
    painted = FirstPaint(window)
    QApplication.instance().installEventFilter(painted)
    QTimer.singleShot(10_000, lambda: QApplication.instance().exit(1))
    return QApplication.instance().exec()
"""

APP_CHILD = FIRST_PAINT + r"""
from pathlib import Path
from peerdesk.ui.shell.app import build_shell

shell = build_shell(Path(sys.argv[1]), False)
status = wait_for_paint(lambda: shell.window)
shell.shutdown()
sys.exit(status)
"""

BARE_CHILD = FIRST_PAINT + r"""
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.setWindowTitle("Bare")
column = QVBoxLayout(window)
column.addWidget(QLabel("Sign in"))
column.addWidget(QLabel("Passphrase"))
column.addWidget(QLineEdit())
column.addWidget(QPushButton("Unlock"))
window.show()
sys.exit(wait_for_paint(lambda: window))
"""


def make_vault(folder: Path) -> None:
    os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")
    from peerdesk.services.workspace import Workspace

    phrase = "maple harbour lantern quietly 42"
    workspace, _key = Workspace.create(folder, "Bench Coordinator", phrase, phrase)
    workspace.lock()


def one_run(child: str, *args: str, bytecode: Path) -> tuple[float, int]:
    """Seconds from starting the process to its first paint, and the modules loaded by then."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    started = time.time()
    done = subprocess.run([sys.executable, "-c", child, *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child failed ({done.returncode}): {done.stderr[-800:]}")
    painted, modules = done.stdout.strip().splitlines()[-1].split()
    return float(painted) - started, int(modules)


def figure(metric: str, times: list[float], **extra: object) -> dict[str, object]:
    return {"metric": metric, "value": round(statistics.median(times), 3), "runs": len(times),
            "min": round(min(times), 3), "max": round(max(times), 3), **extra}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app_times: list[float] = []
    bare_times: list[float] = []
    app_modules = bare_modules = 0
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as tmp:
        vault = Path(tmp) / "vault"
        bytecode = Path(tmp) / "bytecode"
        make_vault(vault)
        # Compile into the bytecode cache and warm the file cache once; not counted.
        one_run(APP_CHILD, str(vault), bytecode=bytecode)
        one_run(BARE_CHILD, bytecode=bytecode)
        for _ in range(args.runs):
            app_time, app_modules = one_run(APP_CHILD, str(vault), bytecode=bytecode)
            bare_time, bare_modules = one_run(BARE_CHILD, bytecode=bytecode)
            app_times.append(app_time)
            bare_times.append(bare_time)
    app_median = statistics.median(app_times)
    ratio = app_median / statistics.median(bare_times)
    print(json.dumps(figure("start_to_unlock_window_s", app_times, modules=app_modules,
                            target=1.0, ok=app_median < 1.0)))
    print(json.dumps(figure("start_to_bare_window_s", bare_times, modules=bare_modules)))
    print(json.dumps({"metric": "unlock_window_over_bare_window", "value": round(ratio, 2),
                      "target": 2.0, "ok": ratio <= 2.0}))


if __name__ == "__main__":
    main()
