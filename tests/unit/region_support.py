"""Released demo stations and regional vaults for the regional tests (real vaults, real bundles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from peerdesk.domain.quarters import Quarter
from peerdesk.services import region
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from team_support import new_workspace

QUARTER = Quarter(2026, 2)
RELEASED_ON = date(2026, 8, 1)


def released_station(folder: Path, contacts: int, seed: int, *,
                     training: bool = True) -> Workspace:
    """A station whose 2026-Q2 is released (demo contacts; none in a real vault)."""
    ws = new_workspace(folder, training=training)
    if contacts:
        make_demo_contacts(ws, contacts, seed=seed, start=QUARTER.first_day,
                           end=QUARTER.last_day)
    stats.view(ws, QUARTER, today=RELEASED_ON)
    return ws


def new_region(folder: Path, *, training: bool = True) -> tuple[Workspace, region.RegionInfo]:
    ws = new_workspace(folder, training=training)
    info, _ = region.init_region(ws)
    return ws, info


def bundle(station: Workspace, info: region.RegionInfo, out: Path,
           quarter: Quarter = QUARTER) -> Path:
    """The station's bundle of ``quarter`` for the region (registering it, words compared)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    region.write_bundle(station, quarter, info.key_file.encode(), out, info.fingerprint)
    return out


def confirmations(*stations: Workspace) -> dict[str, str]:
    """Each station's fingerprint words, as its coordinator reads them to the region."""
    return dict(region.station_identity(s) for s in stations)
