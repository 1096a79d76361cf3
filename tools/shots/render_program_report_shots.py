"""Render the program report (quarterly and annual, English and French) from a training vault
with nine released quarters of demo data, and every page of each PDF to PNG (pdftoppm).

Usage: PEERDESK_TESTONLY_WEAKEN_KDF=1 .venv/bin/python tools/shots/render_program_report_shots.py
[OUT_DIR] (default OUT_DIR: shots/program-report). Not a test: a tool to look at the pages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from peerdesk.domain.quarters import Quarter, first_open_quarter
from peerdesk.services import policy
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.demo_incidents import make_demo_incidents
from peerdesk.services.stats import program_report as report
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.program_figures import Period
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto

PASSPHRASE = "correct horse battery staple"
NARRATIVE = (
    "The quarter was shaped by two line-of-duty deaths in the region and the debriefings that "
    "followed them. The team answered every request within a day.\n\n"
    "Two new supporters finished their training in August, and the dispatch centre asked for "
    "a standing monthly session, which starts next quarter. We ask management to keep the "
    "training budget at this year's level."
)


def released_quarters(count: int = 9) -> list[Quarter]:
    """The ``count`` newest closed quarters, oldest first."""
    last = first_open_quarter(date.today(), 14).previous()
    quarters = [last]
    while len(quarters) < count:
        quarters.insert(0, quarters[0].previous())
    return quarters


def demo_vault(folder: Path, sizes: tuple[int, ...] = (180, 220, 260, 240, 300, 280, 320,
                                                      350, 330)) -> Workspace:
    """A training vault with one released quarter of demo data per size (oldest first)."""
    ws, _ = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                             kdf=crypto.KdfParams.weak_for_tests())
    for seed, (quarter, n) in enumerate(zip(released_quarters(len(sizes)), sizes,
                                            strict=True), start=21):
        make_demo_contacts(ws, n, seed=seed, start=quarter.first_day, end=quarter.last_day)
        make_demo_incidents(ws, 8, seed=seed, start=quarter.first_day, end=quarter.last_day)
        stats.export(ws, quarter, "csv")
    current = policy.current(ws)
    policy.update_settings(ws, idle_lock_minutes=current.idle_lock_minutes,
                           private_notes_enabled=current.private_notes_enabled,
                           notes_expiry_days=current.notes_expiry_days,
                           suppression_threshold=current.suppression_threshold,
                           program_name="Metro Fire & Police Peer Support")
    policy.update_profile(ws, agencies=["Metro Fire Rescue", "Metro Police Service",
                                        "Regional 911 Communications"], year_start_month=1)
    return ws


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = demo_vault(Path(tmp) / "vault")
        try:
            last = released_quarters()[-1]
            periods = {"quarterly": Period.quarter(last),
                       "annual": Period.reporting_year(last.year - 1, 1)}
            report.save_narrative(ws, periods["quarterly"], NARRATIVE)
            for name, period in periods.items():
                for language in ("en", "fr_CA"):
                    pdf = out / f"program-report-{name}-{language}.pdf"
                    report.write_program_report(ws, period, pdf, language=language)
                    if shutil.which("pdftoppm"):
                        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf),
                                        str(out / f"{name}-{language}")], check=True)
                    print(pdf)
        finally:
            ws.lock()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots/program-report"))
