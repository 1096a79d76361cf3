"""A training vault with released quarters of demo data, for the program report's tests."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from peerdesk.domain.quarters import Quarter, first_open_quarter
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto

PASSPHRASE = "correct horse battery staple"
SIZES = (120, 150, 170, 160, 190, 180, 210, 230, 220)


def released_quarters(count: int) -> list[Quarter]:
    """The ``count`` newest closed quarters (at the default 14 days), oldest first."""
    last = first_open_quarter(date.today(), 14).previous()
    quarters = [last]
    while len(quarters) < count:
        quarters.insert(0, quarters[0].previous())
    return quarters


def released_vault(folder: Path, sizes: tuple[int, ...] = SIZES) -> tuple[Workspace,
                                                                           list[Quarter]]:
    """A training vault signed in as its coordinator, one released quarter per size."""
    ws, _ = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                             kdf=crypto.KdfParams.weak_for_tests())
    quarters = released_quarters(len(sizes))
    for seed, (quarter, n) in enumerate(zip(quarters, sizes, strict=True), start=21):
        make_demo_contacts(ws, n, seed=seed, start=quarter.first_day, end=quarter.last_day)
        stats.view(ws, quarter)
    return ws, quarters


def pdf_pages(data: bytes) -> list[str]:
    """Each page's text as poppler's pdftotext lays it out."""
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True).stdout.decode("utf-8")
    return text.split("\f")
