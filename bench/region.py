"""A regional release from many station bundles: import, merge and release times.

1. ``--templates`` seeded demo stations (training vaults, 40-200 demo contacts each, seeds
   1..T) release 2026-Q2 with the real engine.
2. ``max(--sizes)`` stations: station k is template k mod T under a fresh Ed25519 identity of
   its own, its bundle sealed to the region (``services.region.seal_bundle``, as ``peerdesk
   stats bundle`` writes it) into a folder.
3. For each size N: a fresh regional vault imports the first N bundle files
   (``region.import_folder``: open, verify, store each) and releases the quarter
   (``region.release_quarter``: merge, suppress, audit, freeze, delete the true tables).

Prints, per N, the import time, the merge-and-release time and the cells hidden in the merged
tables. With ``--templates`` equal to the largest size every station is its own seeded demo
station (slow to set up: each releases its own quarter first).

Run: .venv/bin/python bench/region.py [--templates 25] [--sizes 50,100,200,500]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")  # unlock speed is not measured here

from peerdesk.domain.errors import QuarterWithheld
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.region import BUNDLE_SUFFIX, Payload, station_id_of
from peerdesk.services import region
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto, region_crypto

QUARTER = Quarter(2026, 2)
PASSPHRASE = "amber lantern over quiet harbour"


def _vault(folder: Path) -> Workspace:
    ws, _ = Workspace.create(folder, "Casey", PASSPHRASE, PASSPHRASE, training=True,
                             kdf=crypto.KdfParams.weak_for_tests())
    return ws


def templates(root: Path, count: int, region_id: str) -> list[Payload]:
    """Each seeded demo station's payload for the region (its quarter released first; a
    station whose quarter is withheld has nothing to send and is left out)."""
    out = []
    for seed in range(1, count + 1):
        ws = _vault(root / f"station-{seed}")
        make_demo_contacts(ws, 40 + (seed * 37) % 161, seed=seed, start=QUARTER.first_day,
                           end=QUARTER.last_day)
        try:
            stats.view(ws, QUARTER, today=QUARTER.next().last_day)
            out.append(region.station_payload(ws, QUARTER, region_id))
        except QuarterWithheld:
            print(f"\nstation {seed}: {QUARTER} withheld, no bundle", file=sys.stderr)
        ws.lock()
        print(f"\rtemplate stations released: {seed}/{count}", end="", file=sys.stderr,
              flush=True)
    print(file=sys.stderr)
    return out


def write_bundles(folder: Path, payloads: list[Payload], count: int,
                  key: region.RegionKey) -> dict[str, str]:
    """``count`` bundle files, station k from template k mod T; returns each station's words."""
    folder.mkdir()
    words = {}
    for k in range(count):
        private, public = region_crypto.new_signing_key()
        station = station_id_of(public)
        payload = dataclasses.replace(payloads[k % len(payloads)], station_id=station,
                                      bundle_id=os.urandom(16).hex())
        (folder / f"{k:04d}{BUNDLE_SUFFIX}").write_bytes(
            region.seal_bundle(payload, private, key))
        words[station] = region.words_of(public)
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=int, default=25)
    parser.add_argument("--sizes", default="50,100,200,500")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        regional = _vault(root / "region-key")
        info, _ = region.init_region(regional)
        key, _ = region.read_region_key(info.key_file.encode())
        regional.lock()
        payloads = templates(root, args.templates, key.region_id)
        all_files = root / "all"
        words = write_bundles(all_files, payloads, sizes[-1], key)
        print(f"{len(payloads)} seeded demo stations as templates (of {args.templates}; the "
              f"others' quarters were withheld); {QUARTER}; "
              f"{os.cpu_count()} CPU(s)")
        print(f"{'stations':>8}  {'import s':>8}  {'release s':>9}  {'hidden':>9}")
        for n in sizes:
            folder = root / f"usb-{n}"
            folder.mkdir()
            for path in sorted(all_files.iterdir())[:n]:
                (folder / path.name).symlink_to(path)
            # Each size gets the region's own vault back (its key): copy before any import.
            ws = _region_copy(root, n)
            started = time.perf_counter()
            outcomes = region.import_folder(ws, folder, words)
            imported = time.perf_counter() - started
            assert all(o.imported for o in outcomes), outcomes[0].message
            started = time.perf_counter()
            [made] = region.release_quarter(ws, QUARTER)
            released = time.perf_counter() - started
            merged = made.merged
            print(f"{n:>8}  {imported:>8.2f}  {released:>9.2f}  "
                  f"{len(merged.suppressed):>4}/{len(merged.layout.variables):<4}")
            ws.lock()


def _region_copy(root: Path, n: int) -> Workspace:
    """A copy of the regional vault made before any import (same receiving key)."""
    folder = root / f"region-{n}"
    shutil.copytree(root / "region-key", folder, ignore=shutil.ignore_patterns("lock"))
    return Workspace.unlock(folder, "Casey", PASSPHRASE)


if __name__ == "__main__":
    main()
