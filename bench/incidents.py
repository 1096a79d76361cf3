"""The incident list and its reach figures at scale: 1,000 incidents beside 1,000,000 contacts.

On a training vault with ``--contacts N`` demo contacts (default 1,000,000) and ``--incidents
M`` demo incidents (default 1,000, each with its outreach, group interventions, follow-ups and
up to 12 linked contacts) prints one JSON line per figure:

- ``made``: how long the demo data took (not a target);
- ``incident_list_all``: p50/p95 of ``services.incidents.incident_list`` for a coordinator
  (every incident, newest first, each with its reach within 72 hours, within 7 days and so far,
  its group interventions and linked contacts) (target < 100 ms);
- ``incident_list_member``: the same for one supporter (the incidents whose response they are
  on) (target < 100 ms);
- ``incident_detail``: p50/p95 of ``services.incidents.detail`` for the newest incident;
- ``list_model_fill``: p95 of filling the page's table model with every row (UI thread).

``--keep DIR`` keeps the vault in DIR and reuses it on the next run.

Usage: .venv/bin/python bench/incidents.py [--contacts N] [--incidents M] [--keep DIR]
       [--runs 30]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")  # unlocking is not what is timed
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHRASE = "maple harbour lantern quietly 42"
USER = "Bench Coordinator"
SUPPORTERS = ("Ari Bench", "Bo Bench", "Chris Bench", "Dee Bench")


def emit(**figure: object) -> None:
    print(json.dumps(figure), flush=True)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(fn: Callable[[], object], runs: int) -> tuple[list[float], object]:
    fn()  # warm: the first read brings the pages into SQLCipher's cache
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        timings.append(time.perf_counter() - started)
    return timings, result


def make_or_reuse(folder: Path, contacts: int, incidents: int) -> None:
    from peerdesk.domain.members import Role
    from peerdesk.services.demo_data import make_demo_contacts
    from peerdesk.services.demo_incidents import make_demo_incidents
    from peerdesk.services.workspace import Workspace
    from peerdesk.storage import crypto

    if (folder / "keyslots.json").exists():
        emit(figure="made", reused_vault=str(folder))
        return
    ws, _key = Workspace.create(folder, USER, PHRASE, PHRASE, training=True)
    for name in SUPPORTERS:  # their own passphrase already (no first-sign-in change)
        ws.vault.add_member(name, PHRASE, frozenset({Role.SUPPORTER}), must_change=False,
                            kdf=crypto.KdfParams.weak_for_tests())
    started = time.perf_counter()
    make_demo_contacts(ws, contacts, seed=11)
    contacts_took = time.perf_counter() - started
    started = time.perf_counter()
    make_demo_incidents(ws, incidents, seed=11)
    incidents_took = time.perf_counter() - started
    emit(figure="made", contacts=contacts, contacts_seconds=round(contacts_took, 1),
         incidents=incidents, incidents_seconds=round(incidents_took, 1))
    ws.lock()


def measure(folder: Path, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from peerdesk.services import incidents
    from peerdesk.services.workspace import Workspace
    from peerdesk.ui.incidents.models import IncidentListModel

    ws = Workspace.unlock(folder, USER, PHRASE)
    try:
        timings, rows = timed(lambda: incidents.incident_list(ws), runs)
        listed = list(rows)  # type: ignore[call-overload]
        emit(figure="incident_list_all", incidents=len(listed), contacts=contacts_in(ws),
             linked_contacts=sum(s.linked_contacts for s in listed),
             p50_ms=ms(statistics.median(timings)), p95_ms=ms(percentile(timings, 0.95)),
             target_ms=100)
        newest = listed[0].id
        detail_timings, _ = timed(lambda: incidents.detail(ws, newest), runs)
        emit(figure="incident_detail", p50_ms=ms(statistics.median(detail_timings)),
             p95_ms=ms(percentile(detail_timings, 0.95)))
        _app = QApplication.instance() or QApplication(sys.argv)  # models need one
        model = IncidentListModel()
        fill, _ = timed(lambda: model.set_rows(listed), runs)
        emit(figure="list_model_fill", rows=len(listed), p95_ms=ms(percentile(fill, 0.95)))
    finally:
        ws.lock()
    member = Workspace.unlock(folder, SUPPORTERS[0], PHRASE)
    try:
        timings, rows = timed(lambda: incidents.incident_list(member), runs)
        emit(figure="incident_list_member", incidents=len(rows),  # type: ignore[arg-type]
             p50_ms=ms(statistics.median(timings)), p95_ms=ms(percentile(timings, 0.95)),
             target_ms=100)
    finally:
        member.lock()


def contacts_in(ws: object) -> int:
    conn = ws.vault.conn  # type: ignore[attr-defined]
    return int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--incidents", type=int, default=1_000)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the vault in this folder")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="peerdesk-bench-incidents-")) / "vault"
    make_or_reuse(folder, args.contacts, args.incidents)
    measure(folder, args.runs)


if __name__ == "__main__":
    main()
