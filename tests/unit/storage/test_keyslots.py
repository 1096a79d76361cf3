"""The key-slot file: parsing hostile input, binding of slots, and the atomic write."""

from __future__ import annotations

import contextlib
import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from peerdesk.domain.errors import (
    DiskFull,
    KeySlotsChanged,
    KeySlotsMissing,
    KeySlotsTampered,
    VaultTooNew,
)
from peerdesk.storage import crypto, keyslots
from peerdesk.storage.keyslots import KeySlotFile

WEAK = crypto.KdfParams.weak_for_tests()
ALLOWED = (KeySlotsTampered, VaultTooNew)
DISK_FULL = "The disk is full; nothing was changed. Free some space and try again."


def _sample_file() -> tuple[KeySlotFile, bytes]:
    data_key = crypto.new_data_key()
    slot = keyslots.make_passphrase_slot("vault1", "user1", "Alex", "pw", [data_key], WEAK)
    recovery = keyslots.make_recovery_slot("vault1", bytes(16), [data_key])
    return KeySlotFile("vault1", False, (slot, recovery)), data_key


SAMPLE, SAMPLE_KEY = _sample_file()
SAMPLE_JSON: dict[str, Any] = json.loads(SAMPLE.to_bytes())


def _legacy(data: dict[str, Any]) -> dict[str, Any]:
    """The same file as format 1 wrote it: no checksums, revision, binding or passphrase form."""
    old = {k: v for k, v in data.items()
           if k not in ("checksum", "revision", "database_salt")}
    old["format"] = 1
    old["slots"] = [{k: v for k, v in slot.items() if k not in ("checksum", "passphrase_form")}
                    for slot in data["slots"]]
    return old


LEGACY_JSON = _legacy(SAMPLE_JSON)


def _parse(raw: bytes) -> None:
    with contextlib.suppress(*ALLOWED):
        KeySlotFile.from_bytes(raw)


# ----------------------------------------------------------------------------- parsing


def test_round_trip() -> None:
    parsed = KeySlotFile.from_bytes(SAMPLE.to_bytes())
    assert parsed == SAMPLE
    assert parsed.to_bytes() == SAMPLE.to_bytes()
    assert parsed.digest == keyslots.digest_of(SAMPLE.to_bytes())


def test_format_one_file_still_reads_with_its_slots_marked_for_rewrapping() -> None:
    parsed = KeySlotFile.from_bytes(json.dumps(LEGACY_JSON).encode())
    assert parsed.file_format == 1
    assert [s.slot_id for s in parsed.slots] == [s.slot_id for s in SAMPLE.slots]
    slot = parsed.slot_for_name("Alex")
    assert slot is not None
    assert not slot.nfc
    private, outdated = keyslots.unlock_passphrase_slot(slot, "vault1", "pw")
    assert outdated
    assert keyslots.open_grants(slot, "vault1", private) == [SAMPLE_KEY]
    # Written again, it is format 2 with its checksums.
    assert json.loads(parsed.to_bytes())["format"] == 2


def test_file_holds_no_roles_or_account_state() -> None:
    text = SAMPLE.to_bytes().decode()
    for word in ("coordinator", "supporter", "role", "disabled"):
        assert word not in text.lower()


@settings(max_examples=300)
@example(b"")
@example(b"[" * 100_000)
@example(b'{"app": "PeerDesk", "format": ' + b"1" * 5000 + b"}")
@example(b"\xff\xfe")
@given(st.binary(max_size=400))
def test_from_bytes_on_arbitrary_bytes_raises_only_known_errors(raw: bytes) -> None:
    _parse(raw)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300)
@given(json_values)
def test_from_bytes_on_arbitrary_json_raises_only_known_errors(value: object) -> None:
    _parse(json.dumps(value).encode())
    _parse(json.dumps({"app": "PeerDesk", "format": 1, "vault_id": "v", "training": False,
                       "slots": value}).encode())
    _parse(json.dumps({"app": "PeerDesk", "format": 2, "vault_id": "v", "training": False,
                       "revision": 1, "database_salt": "", "slots": value}).encode())


SLOT_FIELDS = ["slot_id", "kind", "user_id", "name", "salt", "wrapped_private", "public",
               "grants", "kdf"]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(
    slot_index=st.integers(min_value=0, max_value=1),
    field=st.sampled_from([*SLOT_FIELDS, "memory_kib", "iterations", "lanes"]),
    value=json_values,
)
@example(slot_index=0, field="memory_kib", value=float("inf"))
@example(slot_index=0, field="iterations", value=float("nan"))
@example(slot_index=0, field="grants", value=[])
@example(slot_index=0, field="grants", value={"a": 1})
@example(slot_index=0, field="salt", value="é")
def test_from_bytes_on_edited_slot_fields_raises_only_known_errors(
    slot_index: int, field: str, value: object
) -> None:
    data = json.loads(json.dumps(LEGACY_JSON))
    slot = data["slots"][slot_index]
    if field in ("memory_kib", "iterations", "lanes"):
        slot.setdefault("kdf", {})[field] = value
    else:
        slot[field] = value
    _parse(json.dumps(data).encode())
    del slot[field if field in slot else "kind"]
    _parse(json.dumps(data).encode())


@pytest.mark.parametrize(
    ("edit", "detail"),
    [
        (lambda d: d.pop("vault_id"), "a slot is incomplete"),
        (lambda d: d.update(training="no"), "a slot is incomplete"),
        (lambda d: d.update(app="KeePass"), "not a PeerDesk key-slot file"),
        (lambda d: d.update(format=0), "unknown format"),
        (lambda d: d.update(format="2"), "unknown format"),
        (lambda d: d.update(format=True), "unknown format"),
        (lambda d: d["slots"][0].update(kind="fingerprint"), "a slot is incomplete"),
        (lambda d: d["slots"][0].update(name=""), "a slot is incomplete"),
        (lambda d: d["slots"][0].update(salt="not base64!"), "a slot is incomplete"),
        (lambda d: d["slots"][0].update(kdf={"memory_kib": 10**9, "iterations": 1, "lanes": 1}),
         "a slot is incomplete"),
        (lambda d: d["slots"].append(dict(d["slots"][0])), "duplicate slots"),
        (lambda d: d["slots"].append(dict(d["slots"][0], slot_id="x", name="ALEX")),
         "duplicate slots"),
        (lambda d: d["slots"].append(dict(d["slots"][1], slot_id="x")),
         "more than one recovery slot"),
        (lambda d: d["slots"][0].update(salt=""), "a slot is incomplete"),
        (lambda d: d["slots"][1].update(grants=[]), "a slot is incomplete"),
    ],
)
def test_edited_format_one_file_is_refused_with_its_reason(edit: Any, detail: str) -> None:
    # Format 1 has no checksums: the fields themselves are checked.
    data = json.loads(json.dumps(LEGACY_JSON))
    edit(data)
    with pytest.raises(KeySlotsTampered) as info:
        KeySlotFile.from_bytes(json.dumps(data).encode())
    assert str(info.value) == (
        f"The key-slot file has been changed or damaged ({detail}). Restore it from a backup."
    )


@pytest.mark.parametrize(
    ("edit", "detail"),
    [
        (lambda d: d["slots"][0].update(salt=""), "the key slot of Alex was edited or damaged"),
        (lambda d: d["slots"][0].update(name="Al"), "the key slot of Al was edited or damaged"),
        (lambda d: d["slots"][0].update(name="A\nB"),
         "the key slot without a readable name was edited or damaged"),
        (lambda d: d["slots"][1].update(grants=[]),
         "the key slot of Recovery key was edited or damaged"),
        (lambda d: d["slots"][0].pop("checksum"), "the key slot of Alex was edited or damaged"),
        (lambda d: d.update(training=True), "the file was edited or damaged"),
        (lambda d: d.pop("checksum"), "the file was edited or damaged"),
        (lambda d: d["slots"].pop(1), "the file was edited or damaged"),
    ],
)
def test_edited_file_fails_its_checksums(edit: Any, detail: str) -> None:
    data = json.loads(json.dumps(SAMPLE_JSON))
    edit(data)
    with pytest.raises(KeySlotsTampered) as info:
        KeySlotFile.from_bytes(json.dumps(data).encode())
    assert info.value.params == {"detail": detail}


def test_a_switched_off_slot_has_no_grant_and_reads_back() -> None:
    alex = SAMPLE.slot_for_name("Alex")
    assert alex is not None
    off = SAMPLE.with_slot(keyslots.regrant(alex, "vault1", []))
    parsed = KeySlotFile.from_bytes(off.to_bytes())
    slot = parsed.slot_for_name("Alex")
    assert slot is not None
    assert slot.switched_off
    assert [s.slot_id for s in parsed.slots] == [s.slot_id for s in SAMPLE.slots]
    private = _unwrap(slot, "vault1")
    assert keyslots.open_grants(slot, "vault1", private) == []


def test_newer_format_is_vault_too_new() -> None:
    data = dict(SAMPLE_JSON, format=keyslots.FORMAT_VERSION + 1)
    with pytest.raises(VaultTooNew) as info:
        KeySlotFile.from_bytes(json.dumps(data).encode())
    assert str(info.value) == (
        "This vault was written by a newer PeerDesk (format 3; this app reads up to 2). "
        "Install the newer version."
    )


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeySlotsMissing) as info:
        KeySlotFile.load(tmp_path)
    assert str(info.value) == (
        f"The key-slot file is missing from {tmp_path}. Restore the vault from a backup."
    )


# ----------------------------------------------------------------------------- slot binding


def _unwrap(slot: keyslots.Slot, vault_id: str, passphrase: str = "pw") -> bytes:
    assert slot.kdf is not None
    return keyslots.unwrap_private(
        slot, vault_id, crypto.derive_passphrase_key(passphrase, slot.salt, slot.kdf)
    )


def test_slot_opens_with_its_passphrase_and_grant() -> None:
    slot = SAMPLE.slot_for_name("alex")
    assert slot is not None
    private = _unwrap(slot, "vault1")
    assert keyslots.open_grants(slot, "vault1", private) == [SAMPLE_KEY]
    with pytest.raises(crypto.DecryptionFailed):
        _unwrap(slot, "vault1", "PW")


@pytest.mark.parametrize("field", ["slot_id", "user_id", "kind"])
def test_slot_moved_or_relabelled_does_not_open(field: str) -> None:
    slot = SAMPLE.slot_for_name("Alex")
    assert slot is not None
    value = "recovery" if field == "kind" else "someone-else"
    moved = keyslots.Slot(**{**slot.__dict__, field: value})
    with pytest.raises(crypto.DecryptionFailed):
        _unwrap(moved, "vault1")


def test_slot_in_another_vault_does_not_open() -> None:
    slot = SAMPLE.slot_for_name("Alex")
    assert slot is not None
    with pytest.raises(crypto.DecryptionFailed):
        _unwrap(slot, "vault2")


def test_grant_of_another_slot_does_not_open() -> None:
    slot = SAMPLE.slot_for_name("Alex")
    other = keyslots.make_passphrase_slot("vault1", "user2", "Sam", "pw", [SAMPLE_KEY], WEAK)
    assert slot is not None
    private = _unwrap(slot, "vault1")
    swapped = keyslots.Slot(**{**slot.__dict__, "grants": other.grants})
    with pytest.raises(KeySlotsTampered, match="a grant does not open"):
        keyslots.open_grants(swapped, "vault1", private)


def test_regrant_needs_only_the_public_key() -> None:
    slot = SAMPLE.slot_for_name("Alex")
    assert slot is not None
    new_key = crypto.new_data_key()
    regranted = keyslots.regrant(slot, "vault1", [SAMPLE_KEY, new_key])
    private = _unwrap(regranted, "vault1")
    assert keyslots.open_grants(regranted, "vault1", private) == [SAMPLE_KEY, new_key]


# ----------------------------------------------------------------------------- atomic write


def test_save_replaces_the_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    written = SAMPLE.save(tmp_path, based_on=None)
    assert written.revision == SAMPLE.revision + 1
    loaded = KeySlotFile.load(tmp_path)
    assert loaded == written
    assert loaded.digest == written.digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyslots.json"]
    again = loaded.save(tmp_path, based_on=loaded.digest)
    assert again.revision == written.revision + 1
    assert KeySlotFile.load(tmp_path).digest == again.digest


def test_save_over_another_writers_version_is_refused(tmp_path: Path) -> None:
    first = SAMPLE.save(tmp_path, based_on=None)
    with pytest.raises(KeySlotsChanged):
        SAMPLE.save(tmp_path, based_on=None)  # "new vault", but a file is there
    other_writer = first.save(tmp_path, based_on=first.digest)
    before = (tmp_path / "keyslots.json").read_bytes()
    with pytest.raises(KeySlotsChanged) as info:
        first.save(tmp_path, based_on=first.digest)  # stale: read before other_writer wrote
    assert info.value.exit_code == 5
    assert str(info.value).startswith("The key-slot file was changed by another PeerDesk")
    assert (tmp_path / "keyslots.json").read_bytes() == before
    assert KeySlotFile.load(tmp_path).digest == other_writer.digest


def _enospc(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _FullDiskFile:
    """A real file whose writes fail as on a full disk (after the file was created)."""

    def __init__(self, path: Path | int, mode: str) -> None:
        self._handle = open(path, mode)  # noqa: SIM115 - closed in __exit__

    def __enter__(self) -> _FullDiskFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self._handle.flush()

    def fileno(self) -> int:
        return self._handle.fileno()


@pytest.mark.parametrize("failure", ["fsync", "write"])
def test_save_on_a_full_disk_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    saved = SAMPLE.save(tmp_path, based_on=None)
    before = (tmp_path / "keyslots.json").read_bytes()
    changed = saved.with_slot(
        keyslots.make_passphrase_slot("vault1", "user2", "Sam", "pw", [SAMPLE_KEY], WEAK)
    )
    if failure == "fsync":
        monkeypatch.setattr(os, "fsync", _enospc)
    else:
        monkeypatch.setattr(os, "fdopen", _FullDiskFile)
    with pytest.raises(DiskFull) as info:
        changed.save(tmp_path, based_on=saved.digest)
    assert str(info.value) == DISK_FULL
    assert (tmp_path / "keyslots.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyslots.json"]


def test_other_os_errors_are_not_disk_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = SAMPLE.save(tmp_path, based_on=None)
    before = (tmp_path / "keyslots.json").read_bytes()

    def eio(*_args: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", eio)
    with pytest.raises(OSError, match="I/O error"):
        saved.save(tmp_path, based_on=saved.digest)
    assert (tmp_path / "keyslots.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyslots.json"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    slot_index=st.integers(min_value=0, max_value=1),
    field=st.sampled_from([*SLOT_FIELDS, "memory_kib", "iterations", "lanes",
                           "passphrase_form", "checksum"]),
    value=json_values,
)
def test_any_careless_edit_of_a_format_two_slot_is_reported_as_an_edit(
    slot_index: int, field: str, value: object
) -> None:
    data = json.loads(json.dumps(SAMPLE_JSON))
    slot = data["slots"][slot_index]
    in_kdf = field in ("memory_kib", "iterations", "lanes")
    (slot.setdefault("kdf", {}) if in_kdf else slot)[field] = value
    if json.dumps(data, sort_keys=True) == json.dumps(SAMPLE_JSON, sort_keys=True):
        return  # the same value again: not an edit
    with pytest.raises(KeySlotsTampered) as info:
        KeySlotFile.from_bytes(json.dumps(data).encode())
    assert info.value.params["detail"].endswith("was edited or damaged")
