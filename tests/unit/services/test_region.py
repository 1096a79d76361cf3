"""Regional programs through the services: real vaults, real bundle files on disk.

Each way a bundle can be wrong is refused with its own message, and nothing of it is stored;
a bundle holds aggregates only; freezing a quarter's regional release deletes the true tables
it used, and a station that reports later counts in a correction release of its own.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from datetime import date

import pytest

from contact_support import draft
from peerdesk.domain.region import parse_key_file, same_words
from peerdesk.domain.stats import Release
from peerdesk.services import contacts, policy, region
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.storage import region_crypto, region_repo
from region_support import (
    QUARTER,
    RELEASED_ON,
    bundle,
    confirmations,
    new_region,
    released_station,
)
from team_support import new_workspace

NOTE_MARKER = "Marigold-Zx9"


@pytest.fixture(scope="module")
def stations(tmp_path_factory):
    """Three released demo stations and one that reports late (training vaults)."""
    root = tmp_path_factory.mktemp("stations")
    made = []
    for i, contacts_n in enumerate((90, 140, 60, 110)):
        ws = released_station(root / f"s{i}", contacts_n, seed=11 + i)
        made.append(ws)
    yield made
    for ws in made:
        ws.lock()


def _stored(ws) -> tuple[int, int, int]:
    conn = ws.vault.conn
    return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("region_bundles", "region_stations", "region_releases"))


def _import_one(ws, path, confirmed=None):
    [outcome] = region.import_folder(ws, path.parent, confirmed)
    return outcome


def test_the_region_key_file_and_its_words(tmp_path):
    ws, info = new_region(tmp_path / "r")
    again, made = region.init_region(ws)
    assert (again, made) == (info, False)
    key = parse_key_file(info.key_file.encode())
    assert key.region_id == info.region_id
    words = info.fingerprint.split()
    assert len(words) == 8
    assert set(words) <= set(region.word_list())
    assert len(region.word_list()) == len(set(region.word_list())) == 256
    assert same_words(info.fingerprint.upper().replace(" ", " - "), info.fingerprint)


def test_a_station_registers_a_region_only_with_its_words(tmp_path, stations):
    _, info = new_region(tmp_path / "r")
    station = stations[0]
    before = region.registered_regions(station)
    with pytest.raises(region.RegionRefused) as refused:
        region.register_region(station, info.key_file.encode(), "apple " * 8)
    assert refused.value.params["why"].code == "region.words_differ"
    with pytest.raises(region.RegionRefused) as needed:
        region.write_bundle(station, QUARTER, info.key_file.encode(), tmp_path / "b")
    assert needed.value.params["why"].code == "region.words_needed"
    assert info.fingerprint in str(needed.value.message)
    assert not (tmp_path / "b").exists()
    assert region.registered_regions(station) == before
    with pytest.raises(region.RegionRefused) as bad:
        region.register_region(station, b"PeerDesk region key\nkey: AAAA\n", info.fingerprint)
    assert bad.value.params["why"].code == "region.key_unreadable"


def test_a_bundle_holds_aggregates_only(tmp_path, stations):
    """Decrypted with the region's key, the payload has the statistics' figures and ids only:
    no contact row, no note, no member name or id."""
    station = new_workspace(tmp_path / "s", training=True)
    make_demo_contacts(station, 80, seed=5, start=QUARTER.first_day, end=QUARTER.last_day)
    policy.update_settings(station, idle_lock_minutes=5, private_notes_enabled=True,
                           notes_expiry_days=30, suppression_threshold=5)
    contacts.save_new(station, draft(occurred_on=date(2026, 6, 10),
                                     private_note=f"{NOTE_MARKER} talked about the move"),
                      today=date(2026, 6, 20))
    stats.view(station, QUARTER, today=RELEASED_ON)
    ws, info = new_region(tmp_path / "r")
    path = bundle(station, info, tmp_path / "in" / "s.peerdesk-bundle")
    data = path.read_bytes()
    assert NOTE_MARKER.encode() not in data
    outer = json.loads(data)
    _, private, _ = region_repo.region_identity(ws.vault.conn)
    inner = json.loads(region_crypto.open_for_region(base64.b64decode(outer["sealed"]),
                                                     private, info.region_id))
    payload = base64.b64decode(inner["payload"])
    assert json.loads(payload).keys() == {
        "format", "version", "station_id", "region_id", "quarter", "peerdesk_version",
        "bundle_id", "training", "written_at", "release", "true_tables"}
    text = payload.decode()
    member = station.member
    for secret in (NOTE_MARKER, member.name, member.user_id, "talked"):
        assert secret not in text
    tables = json.loads(payload)["true_tables"]
    assert all(isinstance(n, int) for entry in tables.values() for n in entry)
    published = Release.from_json(json.dumps(json.loads(payload)["release"]))
    assert set(tables) <= set(published.layout.variables)
    station.lock()


def _tamper(path):
    outer = json.loads(path.read_bytes())
    sealed = bytearray(base64.b64decode(outer["sealed"]))
    sealed[len(sealed) // 2] ^= 0x01
    outer["sealed"] = base64.b64encode(bytes(sealed)).decode()
    path.write_text(json.dumps(outer))


def _truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _forge(path, ws, info):
    """Re-sign the payload with another key and seal it again: the station it names did not
    write it."""
    _, private, _ = region_repo.region_identity(ws.vault.conn)
    outer = json.loads(path.read_bytes())
    inner = json.loads(region_crypto.open_for_region(base64.b64decode(outer["sealed"]),
                                                     private, info.region_id))
    payload = base64.b64decode(inner["payload"])
    other, other_public = region_crypto.new_signing_key()
    inner.update(signature=base64.b64encode(region_crypto.sign(other, payload)).decode(),
                 signing_key=base64.b64encode(other_public).decode())
    sealed = region_crypto.seal_to_region(json.dumps(inner).encode(),
                                          parse_key_file(info.key_file.encode()).public_key,
                                          info.region_id)
    outer["sealed"] = base64.b64encode(sealed).decode()
    path.write_text(json.dumps(outer))


@pytest.mark.parametrize(("damage", "code"), [
    (_tamper, "region.bundle_tampered"),
    (_truncate, "region.bundle_unreadable"),
    ("forge", "region.bundle_signature"),
])
def test_a_damaged_or_forged_bundle_is_refused_and_nothing_stored(tmp_path, stations, damage,
                                                                  code):
    ws, info = new_region(tmp_path / "r")
    path = bundle(stations[0], info, tmp_path / "in" / "a.peerdesk-bundle")
    if damage == "forge":
        _forge(path, ws, info)
    else:
        damage(path)
    outcome = _import_one(ws, path, confirmations(stations[0]))
    assert (outcome.imported, outcome.message.code) == (False, code)
    assert _stored(ws) == (0, 0, 0)


def test_a_bundle_for_another_region_is_refused(tmp_path, stations):
    ws, _ = new_region(tmp_path / "r")
    _, other = new_region(tmp_path / "other")
    path = bundle(stations[0], other, tmp_path / "in" / "a.peerdesk-bundle")
    outcome = _import_one(ws, path, confirmations(stations[0]))
    assert (outcome.imported, outcome.message.code) == (False, "region.bundle_other_region")
    assert _stored(ws) == (0, 0, 0)


def test_a_training_bundle_never_enters_a_real_region(tmp_path, stations):
    ws, info = new_region(tmp_path / "r", training=False)
    path = bundle(stations[0], info, tmp_path / "in" / "a.peerdesk-bundle")
    outcome = _import_one(ws, path, confirmations(stations[0]))
    assert (outcome.imported, outcome.message.code) == (False, "region.bundle_training")
    assert _stored(ws) == (0, 0, 0)


def test_a_real_bundle_never_enters_a_training_region(tmp_path):
    real = released_station(tmp_path / "s", 0, seed=1, training=False)
    ws, info = new_region(tmp_path / "r")
    path = bundle(real, info, tmp_path / "in" / "a.peerdesk-bundle")
    outcome = _import_one(ws, path, confirmations(real))
    assert (outcome.imported, outcome.message.code) == (False, "region.bundle_real")
    assert _stored(ws) == (0, 0, 0)
    real.lock()


def test_a_new_station_needs_its_words_confirmed(tmp_path, stations):
    ws, info = new_region(tmp_path / "r")
    path = bundle(stations[1], info, tmp_path / "in" / "a.peerdesk-bundle")
    station_id, words = region.station_identity(stations[1])
    outcome = _import_one(ws, path)
    assert (outcome.imported, outcome.message.code) == (False, "region.station_unconfirmed")
    assert (outcome.station_id, outcome.fingerprint) == (station_id, words)
    assert _stored(ws) == (0, 0, 0)
    wrong = _import_one(ws, path, {station_id: "apple " * 8})
    assert wrong.message.code == "region.station_unconfirmed"
    assert _stored(ws) == (0, 0, 0)
    assert _import_one(ws, path, {station_id: words}).imported
    assert _stored(ws) == (1, 1, 0)


def test_a_resent_or_replayed_bundle_is_refused(tmp_path, stations):
    ws, info = new_region(tmp_path / "r")
    first = bundle(stations[0], info, tmp_path / "in" / "a.peerdesk-bundle")
    assert _import_one(ws, first, confirmations(stations[0])).imported
    assert _stored(ws) == (1, 1, 0)
    resent = _import_one(ws, first)
    assert (resent.imported, resent.message.code) == (False, "region.bundle_resent")
    first.unlink()
    second = bundle(stations[0], info, tmp_path / "in" / "b.peerdesk-bundle")
    replay = _import_one(ws, second)
    assert (replay.imported, replay.message.code) == (False, "region.bundle_replay")
    assert _stored(ws) == (1, 1, 0)


def test_an_empty_folder_and_a_station_vault_are_refused(tmp_path, stations):
    ws, _ = new_region(tmp_path / "r")
    (tmp_path / "empty").mkdir()
    with pytest.raises(region.RegionRefused) as none:
        region.import_folder(ws, tmp_path / "empty")
    assert none.value.params["why"].code == "region.no_files"
    with pytest.raises(region.RegionRefused) as not_region:
        region.import_folder(stations[0], tmp_path / "empty")
    assert not_region.value.params["why"].code == "region.not_region"


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode())))


def test_release_freezes_deletes_true_tables_and_late_stations_make_a_correction(
        tmp_path, stations):
    ws, info = new_region(tmp_path / "r")
    folder = tmp_path / "usb"
    for i, station in enumerate(stations[:3]):
        bundle(station, info, folder / f"s{i}.peerdesk-bundle")
    outcomes = region.import_folder(ws, folder, confirmations(*stations[:3]))
    assert all(o.imported for o in outcomes)
    [reported] = region.reporting(ws)
    assert (reported.quarter, len(reported.stations), reported.pending) == (QUARTER, 3, 3)
    releases, data = region.export(ws, QUARTER, "csv")
    assert [r.seq for r in releases] == [1]
    conn = ws.vault.conn
    assert conn.execute("SELECT count(*) FROM region_bundles WHERE true_tables IS NOT NULL"
                        ).fetchone()[0] == 0
    again = region.export(ws, QUARTER, "csv")[1]
    assert again == data
    ids = {region.station_identity(s)[0] for s in stations[:3]}
    meta = {r["row"]: r["value"] for r in _rows(data) if r["table"] == "_meta"}
    assert set(meta["stations"].split()) == ids
    assert {r["scope"] for r in _rows(data)} == {"region", *ids}
    # A station that reports after the freeze counts in a correction of its own.
    for path in folder.iterdir():
        path.unlink()
    bundle(stations[3], info, folder / "late.peerdesk-bundle")
    assert all(o.imported for o in region.import_folder(ws, folder, confirmations(stations[3])))
    releases, data = region.export(ws, QUARTER, "csv")
    assert [r.seq for r in releases] == [1, 2]
    late = region.station_identity(stations[3])[0]
    assert releases[1].stations == (late,)
    rows = _rows(data)
    assert {r["release"] for r in rows} == {"1", "2"}
    assert {r["value"] for r in rows if r["release"] == "2" and r["row"] == "kind"} == {
        "correction"}
    assert releases[0].merged.values == region.export(ws, QUARTER, "csv")[0][0].merged.values
    pdf = region.export(ws, QUARTER, "pdf")[1]
    assert pdf.startswith(b"%PDF")
    assert conn.execute("SELECT count(*) FROM region_bundles WHERE true_tables IS NOT NULL"
                        ).fetchone()[0] == 0


def test_hidden_regional_cells_show_nothing_and_every_hidden_station_cell_stays_hidden(
        tmp_path, stations):
    """No hidden cell of the regional CSV carries a value, and a figure a station hid is never
    published in the merged tables (where it would be that station's part plus the others')."""
    ws, info = new_region(tmp_path / "r")
    folder = tmp_path / "usb"
    for i, station in enumerate(stations):
        bundle(station, info, folder / f"s{i}.peerdesk-bundle")
    region.import_folder(ws, folder, confirmations(*stations))
    [release], data = region.export(ws, QUARTER, "csv")
    for row in _rows(data):
        if row["status"] == "suppressed":
            assert row["value"] == ""
    merged = release.merged
    for agency in release.agencies.values():
        for v, value in agency.values.items():
            if value is None and v in merged.values:
                assert merged.values[v] is None, v
    assert merged.values["contacts"] == sum(a.values["contacts"] for a in
                                            release.agencies.values())
