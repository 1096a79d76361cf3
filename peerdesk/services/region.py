"""Regional programs (ARCHITECTURE section 14): a station's side and a region's side.

A station registers a region's key (after comparing its fingerprint words) and, for a quarter
it has released, writes a bundle: its true aggregate tables and its published release, signed
with its Ed25519 key and sealed to the region with HPKE. The regional vault imports bundles
from a folder, each checked in turn and stored (encrypted, in the vault's database) or refused
with its own message and nothing stored, and makes the regional releases
(``services/stats/region_release.py``). No network: files on a USB stick.

Every use case needs the ``export_statistics`` permission (a coordinator's) and is recorded in
the audit log with ids and counts only.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from peerdesk import __version__
from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.region import (
    BUNDLE_FORMAT,
    BUNDLE_SUFFIX,
    Payload,
    RegionKey,
    RegionProblem,
    Truth,
    fingerprint,
    key_file_text,
    key_id,
    parse_key_file,
    parse_payload,
    same_words,
    station_id_of,
    truth_matches,
)
from peerdesk.domain.stats import Release
from peerdesk.services.resources import resource_path
from peerdesk.services.stats.region_release import (
    RegionalRelease,
    StationFigures,
    regional_release,
)
from peerdesk.services.workspace import Workspace
from peerdesk.storage import (
    audit,
    crypto,
    database,
    policy_repo,
    region_crypto,
    region_repo,
    stats_repo,
)
from peerdesk.storage.atomic import write_atomic

ExportFormat = Literal["csv", "pdf"]
MAX_BUNDLE_BYTES = 4 * 1024 * 1024


class RegionRefused(PeerDeskError):
    """A regional action that cannot be done; ``why`` is a ``region.`` message."""

    code = "region_refused"
    template = "{why}"


@functools.cache
def word_list() -> tuple[str, ...]:
    """The 256 fingerprint words (``resources/region/words.txt``)."""
    lines = resource_path("region", "words.txt").read_text(encoding="utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def words_of(public_key: bytes) -> str:
    return fingerprint(public_key, word_list())


# ---------------------------------------------------------------------- a regional vault


@dataclass(frozen=True)
class RegionInfo:
    region_id: str
    fingerprint: str
    key_file: str          # the text of the public key file handed to stations


def _info(region_id: str, public: bytes) -> RegionInfo:
    return RegionInfo(region_id, words_of(public), key_file_text(public, word_list()))


def region_info(ws: Workspace) -> RegionInfo | None:
    """The vault's region key, or None when it is not a regional vault."""
    ws.require(Action.EXPORT_STATISTICS)
    found = region_repo.region_identity(ws.vault.conn)
    return None if found is None else _info(found[0], found[2])


def init_region(ws: Workspace) -> tuple[RegionInfo, bool]:
    """Make the vault a regional vault (its X25519 receiving key), or return the key it has.
    Returns the key and whether it was made now."""
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    found = region_repo.region_identity(conn)
    if found is not None:
        return _info(found[0], found[2]), False
    private, public = crypto.new_keypair()
    with database.transaction(conn):
        region_repo.store_region_identity(conn, key_id(public), private, public,
                                          audit.now_utc())
        audit.append(conn, ws.member.user_id, "region_created", region=key_id(public))
    return _info(key_id(public), public), True


def _require_region(ws: Workspace) -> tuple[str, bytes]:
    found = region_repo.region_identity(ws.vault.conn)
    if found is None:
        raise RegionRefused(why=Message("region.not_region"))
    return found[0], found[1]


# ---------------------------------------------------------------------- a station


def read_region_key(data: bytes) -> tuple[RegionKey, str]:
    """A region key file's key and its fingerprint words (recomputed from the key).

    Raises:
        RegionRefused: not a region key file.
    """
    try:
        key = parse_key_file(data)
    except RegionProblem as problem:
        raise RegionRefused(why=problem.why) from None
    return key, words_of(key.public_key)


def register_region(ws: Workspace, key_file: bytes, typed_words: str) -> RegionKey:
    """Register a region's key after the coordinator compared its fingerprint words.

    Raises:
        RegionRefused: not a key file, or the words differ (nothing registered).
    """
    ws.require(Action.EXPORT_STATISTICS)
    key, words = read_region_key(key_file)
    if not same_words(typed_words, words):
        raise RegionRefused(why=Message("region.words_differ"))
    conn = ws.vault.conn
    if region_repo.region_key(conn, key.region_id) is None:
        with database.transaction(conn):
            region_repo.register_region(conn, key.region_id, key.public_key, audit.now_utc(),
                                        ws.member.user_id)
            audit.append(conn, ws.member.user_id, "region_registered", region=key.region_id)
    return key


def registered_regions(ws: Workspace) -> list[str]:
    ws.require(Action.EXPORT_STATISTICS)
    return region_repo.registered_regions(ws.vault.conn)


def station_key(ws: Workspace) -> tuple[str, str] | None:
    """This station's id and fingerprint words, or None before its first bundle (a look makes
    no key)."""
    ws.require(Action.EXPORT_STATISTICS)
    found = region_repo.station_identity(ws.vault.conn)
    return None if found is None else (found[0], words_of(region_crypto.signing_public(found[1])))


def station_identity(ws: Workspace) -> tuple[str, str]:
    """This station's id and its key's fingerprint words (made at first use)."""
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    found = region_repo.station_identity(conn)
    if found is None:
        private, public = region_crypto.new_signing_key()
        with database.transaction(conn):
            region_repo.store_station_identity(conn, station_id_of(public), private,
                                               audit.now_utc())
        found = (station_id_of(public), private)
    return found[0], words_of(region_crypto.signing_public(found[1]))


@dataclass(frozen=True)
class BundleWritten:
    bundle_id: str
    station_id: str
    region_id: str
    quarter: Quarter
    size: int


def _true_tables(ws: Workspace, release: Release, quarter: Quarter) -> dict[str, Truth]:
    tallies = stats_repo.quarter_tallies(ws.vault.conn, quarter, release.layout.checklist)
    return {v: Truth(t.count, t.episodes, t.minutes) for v, t in tallies.items()
            if v in release.layout.position}


def station_payload(ws: Workspace, quarter: Quarter, region_id: str) -> Payload:
    """What this station signs for ``region_id``: its released quarter's aggregates.

    Raises:
        RegionRefused: a quarter not released at this station, or one whose contacts changed
            after its release.
    """
    ws.require(Action.EXPORT_STATISTICS)
    stored = stats_repo.stored(ws.vault.conn, quarter)
    if stored is None:
        raise RegionRefused(why=Message("region.quarter_not_released", quarter=str(quarter)))
    release = Release.from_json(stored.cells)
    truths = _true_tables(ws, release, quarter)
    if not truth_matches(release, truths):
        raise RegionRefused(why=Message("region.quarter_changed", quarter=str(quarter)))
    station_id, _ = station_identity(ws)
    return Payload(station_id, region_id, quarter, __version__, os.urandom(16).hex(),
                   ws.training, audit.now_utc(), release, truths)


def seal_bundle(payload: Payload, signing_key: bytes, region: RegionKey) -> bytes:
    """The bundle file: the payload signed with the station's Ed25519 key, sealed to the
    region's key (HPKE), addressed in clear to the region's id."""
    data = payload.to_json()
    inner = json.dumps({
        "payload": base64.b64encode(data).decode("ascii"),
        "signature": base64.b64encode(region_crypto.sign(signing_key, data)).decode("ascii"),
        "signing_key": base64.b64encode(region_crypto.signing_public(signing_key)
                                        ).decode("ascii"),
    }).encode("utf-8")
    sealed = region_crypto.seal_to_region(inner, region.public_key, region.region_id)
    return json.dumps({"format": BUNDLE_FORMAT, "to": region.region_id,
                       "sealed": base64.b64encode(sealed).decode("ascii")}).encode("utf-8")


def write_bundle(ws: Workspace, quarter: Quarter, region_key_file: bytes, out: Path,
                 typed_words: str | None = None) -> BundleWritten:
    """Write the sealed, signed bundle of a released quarter for a region.

    A region not registered yet is registered first, which needs ``typed_words``.

    Raises:
        RegionRefused: the key file, the words, a quarter not released at this station, or a
            quarter whose contacts changed after its release (nothing written).
    """
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    key, words = read_region_key(region_key_file)
    if region_repo.region_key(conn, key.region_id) is None:
        if typed_words is None:
            raise RegionRefused(why=Message("region.words_needed", words=words))
        register_region(ws, region_key_file, typed_words)
    payload = station_payload(ws, quarter, key.region_id)
    identity = region_repo.station_identity(conn)
    assert identity is not None
    data = seal_bundle(payload, identity[1], key)
    write_atomic(out, data)
    with database.transaction(conn):
        region_repo.record_bundle_written(conn, payload.bundle_id, key.region_id,
                                          str(quarter), audit.now_utc(), ws.member.user_id)
        audit.append(conn, ws.member.user_id, "region_bundle_written", quarter=str(quarter),
                     region=key.region_id, bundle=payload.bundle_id, bytes=len(data))
    return BundleWritten(payload.bundle_id, payload.station_id, key.region_id, quarter,
                         len(data))


# ---------------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportOutcome:
    """One file of the folder: imported, or refused with why (nothing of it stored)."""

    file: str
    imported: bool
    message: Message
    station_id: str | None = None
    fingerprint: str | None = None   # a new station's words, to compare before confirming


def _b64(value: object) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not text")
    return base64.b64decode(value, validate=True)


def _opened(data: bytes, region_id: str, private: bytes) -> tuple[bytes, bytes, bytes]:
    """(payload, signature, signing key) of a bundle file addressed to this region."""
    try:
        outer = json.loads(data.decode("utf-8"))
        if not isinstance(outer, dict) or outer.get("format") != BUNDLE_FORMAT:
            raise ValueError("not a bundle")
        to, sealed = outer["to"], _b64(outer["sealed"])
    except (UnicodeDecodeError, ValueError, KeyError, binascii.Error):
        raise RegionProblem(Message("region.bundle_unreadable")) from None
    if to != region_id:
        raise RegionProblem(Message("region.bundle_other_region"))
    try:
        inner = json.loads(region_crypto.open_for_region(sealed, private, region_id))
        return _b64(inner["payload"]), _b64(inner["signature"]), _b64(inner["signing_key"])
    except crypto.DecryptionFailed:
        raise RegionProblem(Message("region.bundle_tampered")) from None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error):
        raise RegionProblem(Message("region.bundle_unreadable")) from None


def _verified(ws: Workspace, data: bytes, region_id: str, private: bytes,
              confirmed: Mapping[str, str]) -> tuple[Payload, bytes, str, bool]:
    """The payload of a bundle that passes every check; (payload, signing key, fingerprint,
    whether the station is new)."""
    payload_bytes, signature, signing_key = _opened(data, region_id, private)
    if len(signing_key) != 32 or not region_crypto.verify(signing_key, payload_bytes,
                                                          signature):
        raise RegionProblem(Message("region.bundle_signature"))
    payload = parse_payload(payload_bytes)
    if payload.region_id != region_id:
        raise RegionProblem(Message("region.bundle_other_region"))
    if station_id_of(signing_key) != payload.station_id:
        raise RegionProblem(Message("region.bundle_signature"))
    conn = ws.vault.conn
    words = words_of(signing_key)
    known = region_repo.station(conn, payload.station_id)
    if known is None and not same_words(confirmed.get(payload.station_id, ""), words):
        raise RegionProblem(Message("region.station_unconfirmed", station=payload.station_id,
                                    words=words))
    if payload.training != ws.training:
        raise RegionProblem(Message("region.bundle_training" if payload.training
                                    else "region.bundle_real"))
    if region_repo.bundle_known(conn, payload.bundle_id):
        raise RegionProblem(Message("region.bundle_resent"))
    if region_repo.bundle_of(conn, payload.station_id, str(payload.quarter)) is not None:
        raise RegionProblem(Message("region.bundle_replay", station=payload.station_id,
                                    quarter=str(payload.quarter)))
    if not truth_matches(payload.release, payload.true_tables):
        raise RegionProblem(Message("region.bundle_mismatch"))
    return payload, signing_key, words, known is None


def _store(ws: Workspace, payload: Payload, signing_key: bytes, words: str, new: bool) -> None:
    conn = ws.vault.conn
    now = audit.now_utc()
    with database.transaction(conn):
        if new:
            region_repo.add_station(conn, payload.station_id, signing_key, words, now,
                                    ws.member.user_id)
        region_repo.store_bundle(conn, region_repo.StoredBundle(
            payload.bundle_id, payload.station_id, str(payload.quarter),
            payload.peerdesk_version, payload.training, now, payload.release.to_json(),
            json.dumps({v: [t.count, t.episodes, t.minutes]
                        for v, t in sorted(payload.true_tables.items())}), None,
        ), payload.written_at, ws.member.user_id)
        audit.append(conn, ws.member.user_id, "region_bundle_imported",
                     station=payload.station_id, quarter=str(payload.quarter),
                     bundle=payload.bundle_id)


def import_file(ws: Workspace, path: Path,
                confirmed: Mapping[str, str] | None = None) -> ImportOutcome:
    """Check one bundle file and store it, or refuse it with its reason (nothing stored)."""
    ws.require(Action.EXPORT_STATISTICS)
    region_id, private = _require_region(ws)
    data = path.read_bytes()[:MAX_BUNDLE_BYTES + 1]
    try:
        if len(data) > MAX_BUNDLE_BYTES:
            raise RegionProblem(Message("region.bundle_unreadable"))
        payload, signing_key, words, new = _verified(ws, data, region_id, private,
                                                     confirmed or {})
    except RegionProblem as problem:
        station, shown = problem.why.params.get("station"), problem.why.params.get("words")
        return ImportOutcome(path.name, False, problem.why,
                             station if isinstance(station, str) else None,
                             shown if isinstance(shown, str) else None)
    _store(ws, payload, signing_key, words, new)
    return ImportOutcome(path.name, True, Message(
        "region.imported", station=payload.station_id, quarter=str(payload.quarter)),
        payload.station_id)


def import_folder(ws: Workspace, folder: Path,
                  confirmed: Mapping[str, str] | None = None) -> list[ImportOutcome]:
    """Import every ``*.peerdesk-bundle`` of ``folder`` (by name), each on its own.

    ``confirmed`` maps a new station's id to the fingerprint words the coordinator compared
    with that station; a bundle of a new station without them is refused, with its words.

    Raises:
        RegionRefused: not a regional vault, or no bundle file in the folder.
    """
    ws.require(Action.EXPORT_STATISTICS)
    _require_region(ws)
    files = sorted(p for p in folder.iterdir() if p.name.endswith(BUNDLE_SUFFIX)
                   and p.is_file())
    if not files:
        raise RegionRefused(why=Message("region.no_files", folder=str(folder)))
    return [import_file(ws, p, confirmed) for p in files]


# ---------------------------------------------------------------------- what the screen shows


@dataclass(frozen=True)
class Reported:
    """A station that reported a quarter, and the regional release that counts it (None:
    not released yet)."""

    station_id: str
    imported_at: str
    released_in: int | None


@dataclass(frozen=True)
class QuarterReporting:
    quarter: Quarter
    stations: tuple[Reported, ...]
    releases: int              # regional releases frozen (1 + corrections)

    @property
    def pending(self) -> int:
        return sum(1 for s in self.stations if s.released_in is None)


def reporting(ws: Workspace) -> list[QuarterReporting]:
    """Which stations reported each quarter, newest quarter first."""
    ws.require(Action.EXPORT_STATISTICS)
    conn = ws.vault.conn
    by_quarter: dict[str, list[Reported]] = {}
    for b in region_repo.bundles(conn):
        by_quarter.setdefault(b.quarter, []).append(
            Reported(b.station_id, b.imported_at, b.released_in))
    released: dict[str, int] = {}
    for r in region_repo.regional_releases(conn):
        released[r.quarter] = released.get(r.quarter, 0) + 1
    return [QuarterReporting(Quarter.parse(q), tuple(sorted(s, key=lambda r: r.station_id)),
                             released.get(q, 0))
            for q, s in sorted(by_quarter.items(), key=lambda i: Quarter.parse(i[0]),
                               reverse=True)]


def stations(ws: Workspace) -> list[region_repo.Station]:
    ws.require(Action.EXPORT_STATISTICS)
    return region_repo.stations(ws.vault.conn)


# ---------------------------------------------------------------------- releases


def _stored_releases(ws: Workspace) -> list[RegionalRelease]:
    return [RegionalRelease.from_json(r.cells, r.frozen_at)
            for r in region_repo.regional_releases(ws.vault.conn)]


def _figures(bundle: region_repo.StoredBundle) -> StationFigures:
    assert bundle.true_tables is not None
    truths = {v: Truth(int(c), int(e), int(m))
              for v, (c, e, m) in json.loads(bundle.true_tables).items()}
    return StationFigures(bundle.station_id, Release.from_json(bundle.station_release), truths)


def release_quarter(ws: Workspace, quarter: Quarter) -> list[RegionalRelease]:
    """The quarter's regional releases, making one now from the bundles not yet counted: the
    first release, or a correction for stations that reported after it. Freezing a release
    deletes the true tables of the stations it counts, in the same transaction.

    Raises:
        RegionRefused: not a regional vault, or no bundle of the quarter.
        ReleaseRefused: no safe pattern (nothing frozen, nothing deleted).
    """
    from peerdesk.services.stats.region_report import regional_csv  # noqa: PLC0415

    ws.require(Action.EXPORT_STATISTICS)
    _require_region(ws)
    conn = ws.vault.conn
    pending = [b for b in region_repo.bundles(conn, str(quarter)) if b.true_tables is not None]
    earlier = _stored_releases(ws)
    mine = [r for r in earlier if r.quarter == str(quarter)]
    if not pending:
        if not mine:
            raise RegionRefused(why=Message("region.no_bundles", quarter=str(quarter)))
        return mine
    seq = len(mine) + 1
    threshold = policy_repo.load(conn).suppression_threshold
    made, _ = regional_release(quarter, seq, [_figures(b) for b in pending], threshold,
                               earlier, ws.training)
    frozen = RegionalRelease.from_json(made.to_json(), audit.now_utc())
    with database.transaction(conn):
        region_repo.freeze_release(conn, str(quarter), seq, frozen.merged.frozen_at or "",
                                   ws.member.user_id, frozen.to_json(), regional_csv(frozen))
        region_repo.mark_released(conn, str(quarter), list(frozen.stations), seq)
        audit.append(conn, ws.member.user_id, "region_released", quarter=str(quarter),
                     seq=seq, stations=len(frozen.stations),
                     suppressed=len(frozen.merged.suppressed))
    return [*mine, frozen]


def export(ws: Workspace, quarter: Quarter, fmt: ExportFormat, *, program: str | None = None,
           language: str = "en") -> tuple[list[RegionalRelease], bytes]:
    """The quarter's regional report (every release of it, corrections included) as CSV or
    PDF, releasing first what is pending. Audited."""
    from peerdesk.services.stats.region_report import regional_csv, regional_pdf  # noqa: PLC0415

    releases = release_quarter(ws, quarter)
    conn = ws.vault.conn
    if fmt == "csv":
        data = b"".join(regional_csv(r, header=i == 0) for i, r in enumerate(releases))
    else:
        data = regional_pdf(releases, program or policy_repo.load(conn).program_name, language)
    with database.transaction(conn):
        audit.append(conn, ws.member.user_id, "region_exported", quarter=str(quarter),
                     format=fmt, releases=len(releases), bytes=len(data))
    return releases, data


def write_export(ws: Workspace, quarter: Quarter, fmt: ExportFormat, out: Path,
                 **options: str) -> list[RegionalRelease]:
    releases, data = export(ws, quarter, fmt, **options)
    write_atomic(out, data)
    return releases
