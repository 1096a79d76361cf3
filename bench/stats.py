"""Statistics benchmark: release time, PDF time, encrypted / plain SQL ratio.

On a training vault with ``--contacts`` demo contacts over 12 months (default 1,000,000, so
about 250,000 in the measured quarter 2026-Q3). Prints JSON lines:
    {"metric": "release_s", ...}          tables + suppression + audit, target < 2 s
    {"metric": "pdf_s", ...}              rendering the report, target < 2 s
    {"metric": "sql_encrypted_s", ...}    the statistics SQL on the vault
    {"metric": "sql_plain_s", ...}        the same SQL on an unencrypted SQLite copy
    {"metric": "encrypted_over_plain", ...}  target < 1.3

Run: .venv/bin/python bench/stats.py [--contacts N] [--vault DIR] [--runs 3]
(``--vault`` reuses a vault this script made, so the slow bulk insert runs once.)
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")  # unlock speed is not measured here

from peerdesk.domain.quarters import Quarter
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release
from peerdesk.services.stats.pdf_report import release_pdf
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto, stats_repo

USER = "Bench"
PASSPHRASE = "granite harbour lantern 2026"
QUARTER = Quarter(2026, 3)


def emit(metric: str, values: list[float], **extra: object) -> None:
    print(json.dumps({"metric": metric, "median": round(statistics.median(values), 4),
                      "max": round(max(values), 4), "runs": len(values), **extra}), flush=True)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def open_vault(folder: Path, contacts: int) -> Workspace:
    if (folder / "keyslots.json").exists():
        return Workspace.unlock(folder, USER, PASSPHRASE)
    ws, _ = Workspace.create(folder, USER, PASSPHRASE, PASSPHRASE, training=True,
                             kdf=crypto.KdfParams.weak_for_tests())
    started = time.perf_counter()
    make_demo_contacts(ws, contacts, seed=3, start=date(2025, 10, 1), end=date(2026, 9, 30))
    print(json.dumps({"metric": "demo_insert_s", "value": round(time.perf_counter() - started, 1),
                      "contacts": contacts}), flush=True)
    return ws


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--vault", type=Path, help="reuse (or create) the vault in this folder")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="peerdesk-bench-stats-"))
    ws = open_vault(args.vault or scratch / "vault", args.contacts)
    conn = ws.vault.conn
    total = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    in_quarter = conn.execute("SELECT count(*) FROM contacts WHERE reporting_quarter = ?",
                              (str(QUARTER),)).fetchone()[0]
    info = {"contacts": total, "in_quarter": in_quarter}

    reports = []

    def run_release() -> None:
        reports.append(release.compute(ws, QUARTER)[1])

    emit("release_s", timed(run_release, args.runs), target=2.0,
         suppressed=reports[-1].primary + reports[-1].secondary,
         programs=reports[-1].programs_solved, **info)
    computed, _ = release.compute(ws, QUARTER)
    emit("pdf_s", timed(lambda: release_pdf(computed, "Bench Program"), args.runs), target=2.0)

    checklist = computed.layout.checklist
    encrypted = timed(lambda: stats_repo.quarter_tallies(conn, QUARTER, checklist), args.runs)
    plain_path = scratch / "plain.db"
    conn.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    ws.lock()
    plain = sqlite3.connect(plain_path, isolation_level=None)
    plain_times = timed(lambda: stats_repo.quarter_tallies(plain, QUARTER, checklist), args.runs)
    plain.close()
    plain_path.unlink()
    emit("sql_encrypted_s", encrypted, **info)
    emit("sql_plain_s", plain_times, **info)
    print(json.dumps({"metric": "encrypted_over_plain",
                      "value": round(statistics.median(encrypted) / statistics.median(plain_times),
                                     3), "target": 1.3}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
