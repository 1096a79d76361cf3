"""The contact log at scale: demo-data rate, save latency, list pages, RSS with the list open.

On a training vault with ``--contacts N`` demo contacts (default 1,000,000) prints one JSON line
per figure:

- ``demo_data_rate``: contacts per second made by ``make_demo_contacts``;
- ``save_latency``: p50/p95 of ``services.contacts.save_new`` (target p95 < 30 ms);
- ``first_page``: the list's first page, newest first (target < 100 ms);
- ``filtered_page``: the first page under several filters, the slowest reported (target < 300 ms);
- ``list_open_rss``: peak RSS of a separate app process that builds the contacts section
  offscreen on the vault and shows the first page (target < 300 MB).

Making a million contacts takes a while: ``--keep DIR`` keeps the vault in DIR and reuses it
on the next run (the demo-data rate is then not measured again).

Usage: .venv/bin/python bench/contacts.py [--contacts N] [--keep DIR] [--saves 200]
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
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")  # unlocking is not what is timed

PHRASE = "maple harbour lantern quietly 42"
USER = "Bench Coordinator"

CHILD = r"""
import os, resource, sys, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import theme
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.contacts.section import LIST_TAB, ContactsSection
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.tasks import TaskRunner

app = create_application()
theme.apply(app, True)
ws = Workspace.unlock(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
tasks = TaskRunner()
section = ContactsSection(ws, tasks, DialogService())
section.resize(1156, 640)
section.show()
started = time.perf_counter()
section.tabs.setCurrentIndex(LIST_TAB)
model = section.list.model
deadline = time.monotonic() + 60
while (model.rowCount() == 0 or tasks.busy) and time.monotonic() < deadline:
    app.processEvents()
shown = time.perf_counter() - started
for _ in range(20):
    app.processEvents()
section.list.table.grab()  # paint the visible rows
# VmHWM is this process's own peak; ru_maxrss can carry the parent's peak across fork and exec
# (Linux), which reported the demo-data generator's memory as the app's.
status = Path("/proc/self/status")
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if status.exists():
    peak_kb = next(int(line.split()[1]) for line in status.read_text().splitlines()
                   if line.startswith("VmHWM:"))
print(model.rowCount(), round(shown * 1000, 1), peak_kb, flush=True)
section.clear_sensitive()
tasks.run(ws.lock)
tasks.shutdown()
"""


def emit(**figure: object) -> None:
    print(json.dumps(figure), flush=True)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def make_or_reuse(folder: Path, n: int) -> None:
    from peerdesk.services.demo_data import make_demo_contacts
    from peerdesk.services.workspace import Workspace

    if (folder / "keyslots.json").exists():
        ws = Workspace.unlock(folder, USER, PHRASE)
        from peerdesk.services import contacts

        emit(figure="demo_data_rate", reused_vault=str(folder), contacts=contacts.count(ws))
        ws.lock()
        return
    ws, _key = Workspace.create(folder, USER, PHRASE, PHRASE, training=True)
    started = time.perf_counter()
    made = make_demo_contacts(ws, n, seed=11)
    took = time.perf_counter() - started
    emit(figure="demo_data_rate", contacts=made, seconds=round(took, 2),
         contacts_per_s=round(made / took))
    ws.lock()


def save_latency(ws: object, saves: int) -> None:
    from peerdesk.domain.contacts import ContactDraft, Referral
    from peerdesk.domain.vocab import (
        Channel,
        Format,
        IncidentType,
        InitiatedBy,
        MemberGroup,
        ReferralType,
        Topic,
    )
    from peerdesk.services import contacts

    groups, topics = list(MemberGroup), list(Topic)
    timings = []
    for i in range(saves):
        draft = ContactDraft(
            occurred_on=date.today() - timedelta(days=i % 30), duration_min=10 + i % 90,
            channel=Channel.PHONE, initiated_by=InitiatedBy.PEER_OUTREACH,
            member_group=groups[i % len(groups)], format=Format.ONE_TO_ONE,
            topics=frozenset({topics[i % len(topics)], Topic.WORK_STRESS}),
            incident_type=(IncidentType.OTHER if topics[i % len(topics)] is
                           Topic.CRITICAL_INCIDENT else None),
            referrals=(Referral(ReferralType.EAP),) if i % 3 == 0 else (),
            checklist_ticked=frozenset({"stayed_in_role", "no_identifying_details"}),
        )
        started = time.perf_counter()
        contacts.save_new(ws, draft)  # type: ignore[arg-type]
        timings.append(time.perf_counter() - started)
    emit(figure="save_latency", saves=saves, p50_ms=ms(statistics.median(timings)),
         p95_ms=ms(percentile(timings, 0.95)), max_ms=ms(max(timings)), target_p95_ms=30)


def pages(ws: object) -> None:
    from peerdesk.domain.contacts import ContactFilter
    from peerdesk.domain.vocab import Format, MemberGroup, Topic
    from peerdesk.services import contacts

    def timed(filters: ContactFilter, runs: int = 5) -> tuple[float, float, int]:
        times, rows = [], 0
        for _ in range(runs):
            started = time.perf_counter()
            rows = len(contacts.page(ws, filters))  # type: ignore[arg-type]
            times.append(time.perf_counter() - started)
        return times[0], statistics.median(times), rows

    first, median, rows = timed(ContactFilter())
    emit(figure="first_page", rows=rows, first_ms=ms(first), median_ms=ms(median),
         target_ms=100)
    today = date.today()
    filters = {
        "member_group=fire": ContactFilter(member_group=MemberGroup.FIRE),
        "topic=moral_injury": ContactFilter(topic=Topic.MORAL_INJURY),
        "format=debriefing,topic=grief_loss": ContactFilter(format=Format.DEBRIEFING,
                                                            topic=Topic.GRIEF_LOSS),
        "last_90_days,retiree": ContactFilter(date_from=today - timedelta(days=90),
                                              member_group=MemberGroup.RETIREE),
        "follow_up_due": ContactFilter(follow_up_due=True),
    }
    slowest = 0.0
    for name, chosen in filters.items():
        first, median, rows = timed(chosen)
        slowest = max(slowest, first, median)
        emit(figure="filtered_page_detail", filter=name, rows=rows, first_ms=ms(first),
             median_ms=ms(median))
    emit(figure="filtered_page", slowest_ms=ms(slowest), target_ms=300)


def list_open_rss(folder: Path) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), USER, PHRASE],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    if done.returncode != 0:
        emit(figure="list_open_rss", error=done.stderr.strip().splitlines()[-1:])
        return
    rows, shown_ms, max_rss_kb = done.stdout.split()[-3:]
    emit(figure="list_open_rss", rows_loaded=int(rows), first_page_shown_ms=float(shown_ms),
         peak_rss_mb=round(int(max_rss_kb) / 1024, 1), target_mb=300)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the vault in this folder")
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from peerdesk.services.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as temp:
        folder = args.keep or Path(temp) / "vault"
        make_or_reuse(folder, args.contacts)
        list_open_rss(folder)  # before the saves, on the vault as generated
        ws = Workspace.unlock(folder, USER, PHRASE)
        try:
            pages(ws)
            save_latency(ws, args.saves)
        finally:
            ws.lock()


if __name__ == "__main__":
    main()
