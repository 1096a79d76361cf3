"""Every failure on the way to an open vault: its class, its message, and no byte changed.

Each test hashes every file in the vault folder before and after the failed attempt; the
only file an attempt may create is the empty ``lock``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from peerdesk.domain.errors import (
    KeySlotsMissing,
    KeySlotsOfAnotherVault,
    KeySlotsTampered,
    PeerDeskError,
    UnknownUser,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from peerdesk.storage import audit, crypto, database, keyslots
from peerdesk.storage.vault import Vault

PAGE = 4096
Snapshot = Callable[[Path], dict[str, str]]


def damaged(detail: str) -> str:
    return f"The vault database is damaged ({detail}). Restore it from a backup."


def tampered(detail: str) -> str:
    return f"The key-slot file has been changed or damaged ({detail}). Restore it from a backup."


def assert_refused(
    snapshot: Snapshot,
    folder: Path,
    attempt: Callable[[], object],
    error: type[PeerDeskError],
    message: str,
) -> PeerDeskError:
    before = snapshot(folder)
    assert before, "the vault folder should hold files"
    with pytest.raises(error) as info:
        attempt()
    assert type(info.value) is error
    assert str(info.value) == message
    assert info.value.message == message
    assert snapshot(folder) == before
    return info.value


def data_key_of(folder: Path, name: str, passphrase: str) -> bytes:
    """The database key as the member's own slot gives it (newest grant)."""
    slots = keyslots.KeySlotFile.load(folder)
    slot = slots.slot_for_name(name)
    assert slot is not None
    assert slot.kdf is not None
    wrapping = crypto.derive_passphrase_key(passphrase, slot.salt, slot.kdf)
    private = keyslots.unwrap_private(slot, slots.vault_id, wrapping)
    return keyslots.open_grants(slot, slots.vault_id, private)[-1]


def raw_connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


@pytest.fixture
def big_team(team: Any) -> Any:
    """The team vault grown to many pages (filler rows in vault_meta and the audit log)."""
    vault = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        with database.transaction(vault.conn) as conn:
            for i in range(250):
                conn.execute("INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                             (f"filler-{i}", f"{i:04d}" * 100))
                audit.append(conn, vault.user_id, "test_filler", n=i)
    finally:
        vault.lock()
    assert (team.folder / "peerdesk.db").stat().st_size >= 40 * PAGE
    return team


def unlock_coordinator(team: Any) -> Callable[[], Vault]:
    return lambda: Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)


# ----------------------------------------------------------------------------- passphrases


def test_wrong_passphrase_coordinator(team: Any, snapshot: Snapshot) -> None:
    assert_refused(
        snapshot, team.folder,
        lambda: Vault.unlock(team.folder, "Alex", team.coordinator_pass + " "),
        WrongPassphrase,
        "The passphrase is not right for Alex. Check Caps Lock and try again.",
    )


def test_wrong_passphrase_supporter(team: Any, snapshot: Snapshot) -> None:
    assert_refused(
        snapshot, team.folder,
        lambda: Vault.unlock(team.folder, "sam", team.supporter_pass.upper()),
        WrongPassphrase,
        "The passphrase is not right for Sam. Check Caps Lock and try again.",
    )


def test_another_members_passphrase_is_wrong(team: Any, snapshot: Snapshot) -> None:
    assert_refused(
        snapshot, team.folder,
        lambda: Vault.unlock(team.folder, "Sam", team.coordinator_pass),
        WrongPassphrase,
        "The passphrase is not right for Sam. Check Caps Lock and try again.",
    )


def test_wrong_recovery_key(team: Any, snapshot: Snapshot) -> None:
    other = crypto.format_recovery_key(bytes(16))
    assert other != team.recovery_text
    assert_refused(
        snapshot, team.folder,
        lambda: Vault.unlock_with_recovery(team.folder, other),
        WrongRecoveryKey,
        "That recovery key does not open this vault. Check each group of characters.",
    )


@pytest.mark.parametrize("mangle", ["typo", "short", "garbage", "passphrase"])
def test_malformed_recovery_key(team: Any, snapshot: Snapshot, mangle: str) -> None:
    text = team.recovery_text
    swap = "B" if text[0] != "B" else "C"
    mangled = {
        "typo": swap + text[1:],
        "short": text[:-5],
        "garbage": "hello world",
        "passphrase": team.coordinator_pass,
    }[mangle]
    assert_refused(
        snapshot, team.folder,
        lambda: Vault.unlock_with_recovery(team.folder, mangled),
        WrongRecoveryKey,
        "That recovery key does not open this vault. Check each group of characters.",
    )


def test_unknown_user(team: Any, snapshot: Snapshot) -> None:
    assert_refused(
        snapshot, team.folder,
        lambda: Vault.unlock(team.folder, "  Robin ", team.coordinator_pass),
        UnknownUser,
        "There is no member called Robin in this vault.",
    )


def test_recovery_is_not_a_member_name(team: Any, snapshot: Snapshot) -> None:
    assert_refused(
        snapshot, team.folder,
        lambda: Vault.unlock(team.folder, "Recovery key", team.recovery_text),
        UnknownUser,
        "There is no member called Recovery key in this vault.",
    )


def test_no_vault_in_folder(tmp_path: Path, snapshot: Snapshot) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("x")
    folder = tmp_path / "empty"
    assert_refused(
        snapshot, folder, lambda: Vault.unlock(folder, "Alex", "pw"),
        VaultNotFound, f"There is no PeerDesk vault in {folder}.",
    )


# ----------------------------------------------------------------------------- damage


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x04
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [0, 15, 16, 100, 2000, PAGE - 1])
def test_byte_flipped_on_page_one(big_team: Any, snapshot: Snapshot, offset: int) -> None:
    # Bytes 0-15 are SQLCipher's salt, the rest page 1's ciphertext and HMAC.
    _flip(big_team.folder / "peerdesk.db", offset)
    assert_refused(snapshot, big_team.folder, unlock_coordinator(big_team),
                   VaultDamaged, damaged("file is not a database"))


@pytest.mark.parametrize("page", [2, 7, 20, -1])
def test_byte_flipped_on_a_later_page(big_team: Any, snapshot: Snapshot, page: int) -> None:
    path = big_team.folder / "peerdesk.db"
    pages = path.stat().st_size // PAGE
    number = pages if page == -1 else page
    _flip(path, (number - 1) * PAGE + 1234)
    error = assert_refused(snapshot, big_team.folder, unlock_coordinator(big_team),
                           VaultDamaged, damaged(f"HMAC verification failed for page {number}"))
    assert error.params["detail"] == f"HMAC verification failed for page {number}"


MALFORMED = "database disk image is malformed"


@pytest.mark.parametrize(
    ("cut", "detail"),
    [
        pytest.param(lambda size: PAGE, MALFORMED, id="one-page-left"),
        pytest.param(lambda size: 10 * PAGE, MALFORMED, id="page-boundary"),
        pytest.param(lambda size: size - PAGE, MALFORMED, id="last-page-gone"),
        pytest.param(lambda size: 10 * PAGE + 1000, MALFORMED, id="mid-page"),
        pytest.param(lambda size: size - 1, None, id="one-byte-short"),
    ],
)
def test_truncated_database(
    big_team: Any, snapshot: Snapshot, cut: Callable[[int], int], detail: str | None
) -> None:
    path = big_team.folder / "peerdesk.db"
    data = path.read_bytes()
    path.write_bytes(data[: cut(len(data))])
    detail = detail or (
        f"the file is {len(data) - 1} bytes long, its header says {len(data)}"
    )
    assert_refused(snapshot, big_team.folder, unlock_coordinator(big_team),
                   VaultDamaged, damaged(detail))


def test_truncated_to_nothing(team: Any, snapshot: Snapshot) -> None:
    # An empty file opens as an empty SQLite database under any key: it must not be migrated
    # into a blank vault.
    (team.folder / "peerdesk.db").write_bytes(b"")
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   VaultDamaged, damaged("the database is empty"))


def test_database_file_missing(team: Any, snapshot: Snapshot) -> None:
    (team.folder / "peerdesk.db").unlink()
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   VaultDamaged, damaged("the database file is missing"))


def other_vault(folder: Path) -> str:
    return (f"The key-slot file in {folder} belongs to another vault than the database beside "
            "it. Put back the key-slot file that came with this database, or restore from a "
            "backup.")


def test_database_of_another_vault(team: Any, tmp_path: Path, snapshot: Snapshot) -> None:
    # The key-slot file is bound to its database's salt: another database is a mix-up, not
    # damage (which of the two files moved cannot be known, so the message names both).
    other, _ = Vault.create(tmp_path / "other", "Alex", team.coordinator_pass,
                            kdf=crypto.KdfParams.weak_for_tests())
    other.lock()
    shutil.copy2(tmp_path / "other" / "peerdesk.db", team.folder / "peerdesk.db")
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsOfAnotherVault, other_vault(team.folder))


# ----------------------------------------------------------------------------- key slots


def test_keyslots_missing(team: Any, snapshot: Snapshot) -> None:
    (team.folder / "keyslots.json").unlink()
    assert_refused(
        snapshot, team.folder, unlock_coordinator(team), KeySlotsMissing,
        f"The key-slot file is missing from {team.folder}. Restore the vault from a backup.",
    )


def _checksum(data: dict[str, Any]) -> str:
    """The format's checksum, written out here from its definition: SHA-256 of the canonical
    JSON (sorted keys, no spaces, UTF-8) of the object without its ``checksum``."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _edit_slots(
    folder: Path, edit: Callable[[dict[str, Any]], object], *, reseal: bool = True
) -> None:
    """Edit the file; ``reseal`` recomputes every checksum, as a deliberate editor would."""
    path = folder / "keyslots.json"
    data = json.loads(path.read_bytes())
    edit(data)
    if reseal:
        for slot in data["slots"]:
            slot["checksum"] = _checksum(slot)
        data["checksum"] = _checksum(data)
    path.write_text(json.dumps(data, indent=2))


def _slot(data: dict[str, Any], name: str) -> dict[str, Any]:
    return next(s for s in data["slots"] if s["name"] == name)


def _flip_b64(text: str, index: int) -> str:
    raw = bytearray(crypto.unb64(text))
    raw[index] ^= 0x01
    return crypto.b64(bytes(raw))


@pytest.mark.parametrize("content", [b"", b"{", b"\x00" * 100, b"\xff\xfe{}", b"[]"])
def test_keyslots_not_json(team: Any, snapshot: Snapshot, content: bytes) -> None:
    (team.folder / "keyslots.json").write_bytes(content)
    detail = "not a PeerDesk key-slot file" if content == b"[]" else "not valid JSON"
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsTampered, tampered(detail))


def test_keyslots_truncated(team: Any, snapshot: Snapshot) -> None:
    path = team.folder / "keyslots.json"
    path.write_bytes(path.read_bytes()[:-40])
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsTampered, tampered("not valid JSON"))


def test_edited_grant(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: _slot(d, "Alex").update(
        grants=[_flip_b64(_slot(d, "Alex")["grants"][0], 40)]))
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsTampered, tampered("a grant does not open"))


def test_grant_copied_from_another_slot(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: _slot(d, "Alex").update(grants=_slot(d, "Sam")["grants"]))
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsTampered, tampered("a grant does not open"))


def test_edited_public_key(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: _slot(d, "Alex").update(
        public=_flip_b64(_slot(d, "Alex")["public"], 5)))
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsTampered, tampered("public key does not match"))


def test_public_key_of_another_slot(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: _slot(d, "Alex").update(public=_slot(d, "Sam")["public"]))
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsTampered, tampered("public key does not match"))


# The tests above and below edit the file deliberately: they recompute the checksums, as only
# someone who knows the format would. The wrapped private key is AES-256-GCM with the vault id,
# slot id, user id and kind as associated data, so such an edit makes the tag fail exactly as a
# wrong passphrase does, and is reported so; what matters is that nothing opens and nothing
# changes. Careless edits and bit rot fail a checksum and are reported as such (further down).
WRONG_FOR_ALEX = "The passphrase is not right for Alex. Check Caps Lock and try again."


def test_edited_wrapped_key(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: _slot(d, "Alex").update(
        wrapped_private=_flip_b64(_slot(d, "Alex")["wrapped_private"], 20)))
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   WrongPassphrase, WRONG_FOR_ALEX)


def test_slot_moved_to_another_user_id(team: Any, snapshot: Snapshot) -> None:
    # Sam's slot relabelled with Alex's user id would sign Sam in as the coordinator.
    _edit_slots(team.folder, lambda d: _slot(d, "Sam").update(user_id=team.coordinator_id))
    assert_refused(
        snapshot, team.folder,
        lambda: Vault.unlock(team.folder, "Sam", team.supporter_pass),
        WrongPassphrase, "The passphrase is not right for Sam. Check Caps Lock and try again.",
    )


def test_slot_ids_swapped(team: Any, snapshot: Snapshot) -> None:
    def swap(d: dict[str, Any]) -> None:
        alex, sam = _slot(d, "Alex"), _slot(d, "Sam")
        alex["slot_id"], sam["slot_id"] = sam["slot_id"], alex["slot_id"]

    _edit_slots(team.folder, swap)
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   WrongPassphrase, WRONG_FOR_ALEX)


def test_vault_id_edited(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: d.update(vault_id="0123456789abcdef"))
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   WrongPassphrase, WRONG_FOR_ALEX)


def test_keyslots_of_another_vault(team: Any, tmp_path: Path, snapshot: Snapshot) -> None:
    # A whole key-slot file from another vault, with the same name and passphrase: the slot
    # opens, but its data key does not open this database.
    other, _ = Vault.create(tmp_path / "other", "Alex", team.coordinator_pass,
                            kdf=crypto.KdfParams.weak_for_tests())
    other.lock()
    shutil.copy2(tmp_path / "other" / "keyslots.json", team.folder / "keyslots.json")
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsOfAnotherVault, other_vault(team.folder))


def test_vault_id_header_swapped_with_matching_slots(team: Any, snapshot: Snapshot) -> None:
    # Re-create the slots under another vault id with the right data key: every slot opens,
    # but the database knows its own vault id.
    data_key = data_key_of(team.folder, "Alex", team.coordinator_pass)
    weak = crypto.KdfParams.weak_for_tests()
    slot = keyslots.make_passphrase_slot("f" * 16, team.coordinator_id, "Alex",
                                         team.coordinator_pass, [data_key], weak)
    keyslots.KeySlotFile("f" * 16, False, (slot,)).save(
        team.folder, based_on=keyslots.KeySlotFile.load(team.folder).digest)
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsTampered, tampered("it belongs to another vault"))


def test_training_flag_flipped(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: d.update(training=True))
    assert_refused(snapshot, team.folder, unlock_coordinator(team),
                   KeySlotsTampered, tampered("the training flag was changed"))


def test_training_flag_flipped_recovery(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: d.update(training=True))
    assert_refused(snapshot, team.folder,
                   lambda: Vault.unlock_with_recovery(team.folder, team.recovery_text),
                   KeySlotsTampered, tampered("the training flag was changed"))


def test_recovery_slot_removed(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: d.update(
        slots=[s for s in d["slots"] if s["kind"] != "recovery"]))
    assert_refused(snapshot, team.folder,
                   lambda: Vault.unlock_with_recovery(team.folder, team.recovery_text),
                   KeySlotsTampered, tampered("the recovery slot is missing"))


# Careless edits and bit rot: each field of the file edited without recomputing checksums.
def _set_slot_field(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target = _slot(data, "Alex")
        *parents, last = path.split(".")
        for part in parents:
            target = target[part]
        target[last] = value(target[last]) if callable(value) else value
    return edit


SLOT_EDITS = {
    "salt": _set_slot_field("salt", lambda v: _flip_b64(v, 3)),
    "empty-salt": _set_slot_field("salt", ""),
    "kdf-memory": _set_slot_field("kdf.memory_kib", lambda v: v * 2),
    "kdf-iterations": _set_slot_field("kdf.iterations", lambda v: v + 1),
    "kdf-lanes": _set_slot_field("kdf.lanes", lambda v: v + 1),
    "wrapped-key": _set_slot_field("wrapped_private", lambda v: _flip_b64(v, 20)),
    "slot-id": _set_slot_field("slot_id", "0123456789abcdef"),
    "user-id": _set_slot_field("user_id", "0123456789abcdef"),
    "public-key": _set_slot_field("public", lambda v: _flip_b64(v, 5)),
    "grant": _set_slot_field("grants", lambda v: [_flip_b64(v[0], 40)]),
    "passphrase-form": _set_slot_field("passphrase_form", "as_typed"),
}
SLOT_EDITED = tampered("the key slot of Alex was edited or damaged")


@pytest.mark.parametrize("field", list(SLOT_EDITS))
def test_careless_edit_of_a_slot_field_is_reported_as_an_edit(
    team: Any, snapshot: Snapshot, field: str
) -> None:
    _edit_slots(team.folder, SLOT_EDITS[field], reseal=False)
    assert_refused(snapshot, team.folder, unlock_coordinator(team), KeySlotsTampered,
                   SLOT_EDITED)
    # The other member's sign-in meets the same file: refused the same way, never "wrong
    # passphrase" or "no member".
    assert_refused(snapshot, team.folder,
                   lambda: Vault.unlock(team.folder, "Sam", team.supporter_pass),
                   KeySlotsTampered, SLOT_EDITED)


def test_careless_edit_of_a_name_names_the_edited_slot(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: _slot(d, "Alex").update(name="Alexa"), reseal=False)
    assert_refused(snapshot, team.folder,
                   lambda: Vault.unlock(team.folder, "Alexa", team.coordinator_pass),
                   KeySlotsTampered, tampered("the key slot of Alexa was edited or damaged"))


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: d.update(vault_id="0123456789abcdef"), id="vault-id"),
        pytest.param(lambda d: d.update(training=True), id="training"),
        pytest.param(lambda d: d.update(revision=d["revision"] + 1), id="revision"),
        pytest.param(lambda d: d.update(database_salt="00" * 16), id="database-salt"),
        pytest.param(lambda d: d["slots"].reverse(), id="slot-order"),
        pytest.param(lambda d: d.update(slots=[s for s in d["slots"] if s["name"] != "Sam"]),
                     id="slot-removed"),
    ],
)
def test_careless_edit_of_the_file_is_reported_as_an_edit(
    team: Any, snapshot: Snapshot, edit: Callable[[dict[str, Any]], object]
) -> None:
    _edit_slots(team.folder, edit, reseal=False)
    assert_refused(snapshot, team.folder, unlock_coordinator(team), KeySlotsTampered,
                   tampered("the file was edited or damaged"))


@pytest.mark.parametrize("offset", [100, 700, 1500, -30])
def test_bit_rot_in_the_key_slot_file_is_reported_as_damage(
    team: Any, snapshot: Snapshot, offset: int
) -> None:
    path = team.folder / "keyslots.json"
    data = bytearray(path.read_bytes())
    while chr(data[offset]) in '":,{}[] \n':  # rot a value, not the JSON's structure
        offset += 1
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
    error = assert_refused_any(snapshot, team.folder, unlock_coordinator(team))
    assert isinstance(error, KeySlotsTampered)
    assert error.params["detail"] in {"the file was edited or damaged", "not valid JSON",
                                      "the key slot of Alex was edited or damaged",
                                      "the key slot of Sam was edited or damaged",
                                      "the key slot without a readable name was edited or damaged"}


def assert_refused_any(
    snapshot: Snapshot, folder: Path, attempt: Callable[[], object]
) -> PeerDeskError:
    before = snapshot(folder)
    with pytest.raises(PeerDeskError) as info:
        attempt()
    assert snapshot(folder) == before
    return info.value


@pytest.mark.parametrize(
    ("edit", "detail"),
    [
        pytest.param(_set_slot_field("salt", ""), "a slot is incomplete", id="empty-salt"),
        pytest.param(_set_slot_field("salt", crypto.b64(b"12345678")), "a slot is incomplete",
                     id="short-salt"),
        pytest.param(_set_slot_field("kdf.lanes", 0), "a slot is incomplete", id="no-lanes"),
        pytest.param(_set_slot_field("kdf.memory_kib", 8), "a slot is incomplete",
                     id="tiny-memory"),
        pytest.param(_set_slot_field("kdf", {"memory_kib": 1024, "iterations": 1}),
                     "a slot is incomplete", id="kdf-missing-lanes"),
        pytest.param(_set_slot_field("wrapped_private", ""), "a slot is incomplete",
                     id="empty-wrapped-key"),
        pytest.param(_set_slot_field("public", crypto.b64(b"x" * 31)), "a slot is incomplete",
                     id="short-public-key"),
    ],
)
def test_deliberate_impossible_values_are_a_clear_error(
    team: Any, snapshot: Snapshot, edit: Callable[[dict[str, Any]], object], detail: str
) -> None:
    _edit_slots(team.folder, edit, reseal=True)
    assert_refused(snapshot, team.folder, unlock_coordinator(team), KeySlotsTampered,
                   tampered(detail))


def test_key_slots_of_another_vault_with_another_passphrase(
    team: Any, tmp_path: Path, snapshot: Snapshot
) -> None:
    # Vault B's own member opens B's slot; the mix-up is found at the database, not reported
    # as damage.
    other, _ = Vault.create(tmp_path / "other", "Robin", "robin other words",
                            kdf=crypto.KdfParams.weak_for_tests())
    other.lock()
    shutil.copy2(tmp_path / "other" / "keyslots.json", team.folder / "keyslots.json")
    assert_refused(snapshot, team.folder,
                   lambda: Vault.unlock(team.folder, "Robin", "robin other words"),
                   KeySlotsOfAnotherVault, other_vault(team.folder))
    assert_refused(snapshot, team.folder,
                   lambda: Vault.unlock_with_recovery(team.folder, team.recovery_text),
                   WrongRecoveryKey,
                   "That recovery key does not open this vault. Check each group of characters.")


# ----------------------------------------------------------------------------- versions


def test_database_newer_than_the_app(team: Any, snapshot: Snapshot) -> None:
    key = data_key_of(team.folder, "Alex", team.coordinator_pass)
    conn = raw_connect(team.folder / "peerdesk.db", key)
    newer = database.SCHEMA_VERSION + 1
    conn.execute(f"PRAGMA user_version = {newer}")
    conn.close()
    assert_refused(
        snapshot, team.folder, unlock_coordinator(team), VaultTooNew,
        f"This vault was written by a newer PeerDesk (format {newer}; this app reads up to "
        f"{database.SCHEMA_VERSION}). Install the newer version.",
    )


def test_keyslots_format_newer_than_the_app(team: Any, snapshot: Snapshot) -> None:
    _edit_slots(team.folder, lambda d: d.update(format=keyslots.FORMAT_VERSION + 5))
    assert_refused(
        snapshot, team.folder, unlock_coordinator(team), VaultTooNew,
        f"This vault was written by a newer PeerDesk (format {keyslots.FORMAT_VERSION + 5}; "
        f"this app reads up to {keyslots.FORMAT_VERSION}). Install the newer version.",
    )


# ----------------------------------------------------------------------------- in use


IN_USE = "The vault is open in another PeerDesk window or process. Close it first."


def test_second_unlock_while_open(team: Any, snapshot: Snapshot) -> None:
    first = Vault.unlock(team.folder, "Alex", team.coordinator_pass)
    try:
        assert_refused(snapshot, team.folder,
                       lambda: Vault.unlock(team.folder, "Sam", team.supporter_pass),
                       VaultInUse, IN_USE)
        assert_refused(snapshot, team.folder,
                       lambda: Vault.unlock_with_recovery(team.folder, team.recovery_text),
                       VaultInUse, IN_USE)
        assert first.is_open
        assert first.check().ok
    finally:
        first.lock()
    Vault.unlock(team.folder, "Sam", team.supporter_pass).lock()


def test_wrong_passphrase_while_open_is_still_wrong_passphrase(
    team: Any, snapshot: Snapshot
) -> None:
    first = Vault.unlock(team.folder, "Alex", team.coordinator_pass)
    try:
        assert_refused(snapshot, team.folder,
                       lambda: Vault.unlock(team.folder, "Sam", "nope"),
                       WrongPassphrase,
                       "The passphrase is not right for Sam. Check Caps Lock and try again.")
    finally:
        first.lock()
