"""The regional release against the independent attacker: holding every station's own CSV and
every regional CSV (a release and a correction), it narrows no hidden figure of any station
beyond what that station's own CSV allows, and no hidden merged figure beyond the rule (or
beyond what it can tell with every merged figure hidden, the case no hiding can help)."""

from __future__ import annotations

import csv
import io

import pytest

from peerdesk.services import region
from peerdesk.services.stats import release as stats
from region_attacker import RegionAttacker
from region_support import QUARTER, bundle, confirmations, new_region, released_station
from stats_attacker import count_rule_holds, p_rule_holds


@pytest.fixture(scope="module")
def region_files(tmp_path_factory):
    """Three stations released, the region released with two of them, then a correction with
    the third; the station CSVs and the regional CSV."""
    root = tmp_path_factory.mktemp("attack")
    stations = [released_station(root / f"s{i}", n, seed=31 + i)
                for i, n in enumerate((120, 70, 95))]
    ws, info = new_region(root / "r")
    usb = root / "usb"
    for i, s in enumerate(stations[:2]):
        bundle(s, info, usb / f"s{i}.peerdesk-bundle")
    region.import_folder(ws, usb, confirmations(*stations))
    region.release_quarter(ws, QUARTER)
    for path in usb.iterdir():
        path.unlink()
    bundle(stations[2], info, usb / "late.peerdesk-bundle")
    region.import_folder(ws, usb, confirmations(*stations))
    releases, regional = region.export(ws, QUARTER, "csv")
    assert [r.seq for r in releases] == [1, 2]
    own = {region.station_identity(s)[0]: stats.export(s, QUARTER, "csv").data
           for s in stations}
    for s in [*stations, ws]:
        s.lock()
    return own, regional


def _attacker(own, regional=None):
    attacker = RegionAttacker()
    for station_id, data in own.items():
        attacker.add_station(data, station_id)
    periods = attacker.add_regional(regional) if regional is not None else []
    return attacker, periods


def _all_hidden(regional: bytes) -> bytes:
    """The regional CSV with every non-zero merged figure hidden (what the classes and zeros
    alone tell)."""
    rows = list(csv.DictReader(io.StringIO(regional.decode())))
    for r in rows:
        if r["scope"] == "region" and r["table"] != "_meta" and r["value"] not in ("", "0"):
            r["value"], r["status"] = "", "suppressed"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def test_the_attacker_narrows_no_hidden_station_figure(region_files):
    own, regional = region_files
    alone, _ = _attacker(own)
    before = alone.intervals()
    holding, _ = _attacker(own, regional)
    after = holding.intervals()
    assert before, "the stations hide figures"
    for name, interval in before.items():
        assert after[name] == pytest.approx(interval), name


def test_the_attacker_narrows_no_hidden_merged_figure_beyond_the_rule(region_files):
    own, regional = region_files
    holding, periods = _attacker(own, regional)
    found = holding.intervals()
    floor, _ = _attacker(own, _all_hidden(regional))
    reach = floor.intervals()
    merged = [h for h in holding.hidden if h.period in periods]
    assert merged, "the region hides figures"
    for h in merged:
        lo, hi = found[h.name]
        ok = p_rule_holds(lo, hi) if h.hours else count_rule_holds(lo, hi, h.threshold)
        assert ok or (lo, hi) == pytest.approx(reach[h.name]), (h.name, lo, hi)
