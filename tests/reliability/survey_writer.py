"""A survey kiosk stand-in for the kill -9 test (not a test module: run with sys.executable).

Usage: survey_writer.py FOLDER NAME PASSPHRASE COHORT START
Submits K6 answers with a personal code to the cohort's open wave in a loop, printing
``ack <i>`` after each submission returned (its transaction committed). Every line is
flushed at once: the parent trusts only what it has read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from peerdesk.services import surveys
from peerdesk.services.workspace import Workspace

ITEMS = ("nervous", "hopeless", "restless", "nothing_cheers", "effort", "worthless")


def main() -> None:
    folder, name, passphrase, cohort, start = sys.argv[1:6]
    ws = Workspace.unlock(Path(folder), name, passphrase)
    i = int(start)
    while True:
        answers = {"k6": {item: (i + n) % 5 for n, item in enumerate(ITEMS)}}
        surveys.submit(ws, int(cohort), answers, f"code {i:05d}")
        sys.stdout.write(f"ack {i}\n")
        sys.stdout.flush()
        i += 1


if __name__ == "__main__":
    main()
