"""The identifying-details warning on the labelled note snippets of the tests.

Prints one JSON line per part of the set (all snippets, and the held-out part written after the
scanner was tuned): how many identifying snippets were warned (recall), how many clean ones
were warned (false alarms), and the scan time of a 2,000-character note. With ``--misses`` it
also lists the snippets it got wrong.

Usage: .venv/bin/python bench/note_scan.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from peerdesk.domain.note_scan import scan  # noqa: E402
from peerdesk.services.name_list import given_names  # noqa: E402

SNIPPETS = ROOT / "tests" / "unit" / "data" / "note_snippets.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the snippets it got wrong")
    args = parser.parse_args()
    names = given_names()
    parts: dict[str, list[tuple[str, str]]] = {"all": [], "held_out": []}
    held_out = False
    for line in SNIPPETS.read_text(encoding="utf-8").splitlines():
        held_out = held_out or line.startswith("# --- Held out")
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t", 1)
            parts["all"].append((label, text))
            if held_out:
                parts["held_out"].append((label, text))
    for part, rows in parts.items():
        identifying = [t for label, t in rows if label == "id"]
        clean = [t for label, t in rows if label == "clean"]
        missed = [t for t in identifying if not scan(t, names)]
        alarms = [t for t in clean if scan(t, names)]
        print(json.dumps({
            "figure": f"note_scan_{part}", "identifying": len(identifying), "clean": len(clean),
            "recall": round(1 - len(missed) / len(identifying), 3),
            "false_alarms": round(len(alarms) / len(clean), 3),
        }))
        if args.misses and part == "all":
            for text in missed:
                print(f"missed: {text}", file=sys.stderr)
            for text in alarms:
                print(f"false alarm: {text}", file=sys.stderr)
    note = "talked w/ the crew about the call, no names, 45 min. " * 40
    started = time.perf_counter()
    for _ in range(50):
        scan(note, names)
    print(json.dumps({"figure": "note_scan_2000_chars_ms",
                      "value": round((time.perf_counter() - started) / 50 * 1000, 2)}))


if __name__ == "__main__":
    main()
