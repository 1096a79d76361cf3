"""Regional programs: what a region key file and a station bundle say, and the rules for them.

ARCHITECTURE section 14. Pure: no key is made or opened here (``storage/region_crypto.py``
does that), but every piece of text or JSON that crosses a USB stick is parsed here, and each
way it can be wrong has its own :class:`~peerdesk.domain.messages.Message` code (``region.``).

- A **region key file** is a short text file: the region's id, its X25519 public key (base64)
  and the key's fingerprint in words. The words are recomputed from the key, never trusted.
- A **fingerprint** is the first 8 bytes of SHA-256 of a public key, one word per byte from the
  fixed 256-word list ``resources/region/words.txt``: read over the phone, a changed key
  changes the words (64 bits).
- A **bundle payload** (signed by the station, sealed to the region) holds the station's id, the
  region's id, the quarter, the PeerDesk version, a unique bundle id, the training flag, the
  station's own published release and its true aggregate tables: counts, their distinct
  episodes (up to 3, the rule's limit) and minutes, keyed by the statistics variables. Nothing
  else: :func:`parse_payload` refuses any other key, text in a count, or a variable the
  statistics do not have.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from peerdesk.domain.messages import Message
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import MIN_EPISODES, Kind, Layout, Release

FINGERPRINT_WORDS = 8
KEY_FILE_TITLE = "PeerDesk region key"
BUNDLE_FORMAT = "peerdesk-region-bundle"
BUNDLE_VERSION = 1
BUNDLE_SUFFIX = ".peerdesk-bundle"
KEY_SUFFIX = ".peerdesk-region-key"
_PAYLOAD_KEYS = frozenset({
    "format", "version", "station_id", "region_id", "quarter", "peerdesk_version",
    "bundle_id", "training", "written_at", "release", "true_tables",
})
_ID = re.compile(r"^[0-9a-f]{32}$")
_STATION = re.compile(r"^ST-[0-9A-Z]{4}-[0-9A-Z]{4}$")


class RegionProblem(Exception):
    """A file that cannot be used, and why (a ``region.`` message)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.why = message


def key_id(public_key: bytes) -> str:
    """A region's id: the first 16 bytes of SHA-256 of its public key, in hex."""
    return hashlib.sha256(b"peerdesk region id|" + public_key).hexdigest()[:32]


def station_id_of(signing_key: bytes) -> str:
    """A station's id, from its Ed25519 public key: ``ST-XXXX-XXXX`` (base32)."""
    digest = base64.b32encode(hashlib.sha256(b"peerdesk station id|" + signing_key).digest())
    text = digest.decode("ascii")
    return f"ST-{text[:4]}-{text[4:8]}"


def fingerprint(public_key: bytes, words: Sequence[str]) -> str:
    """The key's fingerprint: :data:`FINGERPRINT_WORDS` words from the 256-word list."""
    if len(words) != 256:
        raise ValueError("the fingerprint word list must hold 256 words")
    digest = hashlib.sha256(b"peerdesk fingerprint|" + public_key).digest()
    return " ".join(words[b] for b in digest[:FINGERPRINT_WORDS])


def same_words(typed: str, expected: str) -> bool:
    """Whether ``typed`` says the fingerprint ``expected`` (case, spaces and dashes aside)."""
    def norm(text: str) -> list[str]:
        return re.split(r"[\s,;-]+", text.strip().casefold())
    return norm(typed) == norm(expected)


@dataclass(frozen=True)
class RegionKey:
    """A region's public key as a station receives it."""

    region_id: str
    public_key: bytes


def key_file_text(public_key: bytes, words: Sequence[str]) -> str:
    """The region key file a regional coordinator hands to stations."""
    return (f"{KEY_FILE_TITLE}\nregion: {key_id(public_key)}\n"
            f"key: {base64.b64encode(public_key).decode('ascii')}\n"
            f"fingerprint: {fingerprint(public_key, words)}\n")


def parse_key_file(data: bytes) -> RegionKey:
    """The key of a region key file; the fingerprint line is only for people (it is recomputed).

    Raises:
        RegionProblem: not a region key file, or its key and id disagree.
    """
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise RegionProblem(Message("region.key_unreadable")) from None
    fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    if not lines or lines[0].strip() != KEY_FILE_TITLE or "key" not in fields:
        raise RegionProblem(Message("region.key_unreadable"))
    try:
        public = base64.b64decode(fields["key"].strip(), validate=True)
    except (binascii.Error, ValueError):
        raise RegionProblem(Message("region.key_unreadable")) from None
    if len(public) != 32 or fields.get("region", "").strip() != key_id(public):
        raise RegionProblem(Message("region.key_unreadable"))
    return RegionKey(key_id(public), public)


# ---------------------------------------------------------------------- the bundle's content


@dataclass(frozen=True)
class Truth:
    """One true count of a station's quarter (never shown, never exported)."""

    count: int
    episodes: int
    minutes: int


@dataclass(frozen=True)
class Payload:
    """What a station signs: its quarter's aggregates, and who, when, for whom."""

    station_id: str
    region_id: str
    quarter: Quarter
    peerdesk_version: str
    bundle_id: str
    training: bool
    written_at: str
    release: Release
    true_tables: Mapping[str, Truth]

    def to_json(self) -> bytes:
        return json.dumps({
            "format": BUNDLE_FORMAT, "version": BUNDLE_VERSION, "station_id": self.station_id,
            "region_id": self.region_id, "quarter": str(self.quarter),
            "peerdesk_version": self.peerdesk_version, "bundle_id": self.bundle_id,
            "training": self.training, "written_at": self.written_at,
            "release": json.loads(self.release.to_json()),
            "true_tables": {v: [t.count, t.episodes, t.minutes]
                            for v, t in sorted(self.true_tables.items())},
        }, separators=(",", ":"), sort_keys=True).encode("utf-8")


def _whole(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RegionProblem(Message("region.bundle_unreadable"))
    return value


def parse_payload(data: bytes) -> Payload:
    """A signed payload, checked field by field: only the statistics' aggregates pass.

    Raises:
        RegionProblem: anything but the keys above, a value of the wrong kind, a variable the
            quarter's tables do not have, or a release of another quarter.
    """
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise RegionProblem(Message("region.bundle_unreadable")) from None
    if not isinstance(raw, dict) or set(raw) != _PAYLOAD_KEYS or raw["format"] != BUNDLE_FORMAT:
        raise RegionProblem(Message("region.bundle_unreadable"))
    if raw["version"] != BUNDLE_VERSION:
        raise RegionProblem(Message("region.bundle_version", version=str(raw["version"])))
    strings = ("station_id", "region_id", "quarter", "peerdesk_version", "bundle_id",
               "written_at")
    if not all(isinstance(raw[k], str) and len(raw[k]) <= 64 for k in strings) or not (
            _STATION.match(raw["station_id"]) and _ID.match(raw["region_id"])
            and _ID.match(raw["bundle_id"]) and isinstance(raw["training"], bool)):
        raise RegionProblem(Message("region.bundle_unreadable"))
    try:
        quarter = Quarter.parse(raw["quarter"])
        release = Release.from_json(json.dumps(raw["release"]))
    except (ValueError, KeyError, TypeError):
        raise RegionProblem(Message("region.bundle_unreadable")) from None
    if release.period != str(quarter) or tuple(release.layout.months) != tuple(quarter.months()):
        raise RegionProblem(Message("region.bundle_quarter", quarter=str(quarter)))
    if set(release.values) != set(release.layout.variables):
        raise RegionProblem(Message("region.bundle_unreadable"))
    tables = raw["true_tables"]
    counts = {v for v in release.layout.variables if release.layout.kind(v) is Kind.COUNT}
    if not isinstance(tables, dict) or not set(tables) <= counts:
        raise RegionProblem(Message("region.bundle_unreadable"))
    truths: dict[str, Truth] = {}
    for variable, entry in tables.items():
        if not isinstance(entry, list) or len(entry) != 3:
            raise RegionProblem(Message("region.bundle_unreadable"))
        count, episodes, minutes = entry
        truths[variable] = Truth(_whole(count, 0, 10**9), _whole(episodes, 0, MIN_EPISODES),
                                 _whole(minutes, 0, 10**12))
    return Payload(raw["station_id"], raw["region_id"], quarter, raw["peerdesk_version"],
                   raw["bundle_id"], raw["training"], raw["written_at"], release, truths)


def truth_matches(release: Release, truths: Mapping[str, Truth]) -> bool:
    """Whether a station's published release says what its true tables say (a contact of the
    quarter changed after the release would make them differ: such a bundle is not written)."""
    layout = release.layout
    for v in layout.variables:
        shown = release.values[v]
        if shown is None:
            continue
        source = layout.shown_with(v)
        if source is not None:
            minutes = truths[source].minutes if source in truths else 0
            true = (minutes + 30) // 60
        else:
            true = truths[v].count if v in truths else 0
        if abs(shown - true) > (release.rounding - 1 if release.rounding else 0):
            return False
    return True


def regional_layout(releases: Sequence[Release], quarter: Quarter) -> Layout:
    """The merged tables' layout: the quarter's months, the checklist items every
    contributing station reports (an item some stations do not report has no regional total),
    in the first station's order, and the tables every station has (a station whose release
    was made before the incident tables has layout 1, so the region has none of them)."""
    if not releases:
        return Layout.for_quarter(quarter, ())
    common = set.intersection(*(set(r.layout.checklist) for r in releases))
    checklist = tuple(c for c in releases[0].layout.checklist if c in common)
    return Layout(tuple(quarter.months()), checklist, min(r.layout.version for r in releases))
