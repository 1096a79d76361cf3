"""Passphrases and names in any Unicode form: NFC and NFD, case, full width.

Keyboards and systems differ in the form they type: "café" may arrive composed (NFC) or
decomposed (NFD). A passphrase opens whatever form it was typed in; a name finds its member
whatever its case, width or form, and two names that differ only so cannot both exist.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain.errors import MemberExists, WrongPassphrase
from peerdesk.domain.members import Role, member_name_key, normalize_member_name
from peerdesk.services import team as team_service
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto, keyslots
from peerdesk.storage.vault import Vault, inspect

WEAK = crypto.KdfParams.weak_for_tests()
CAFE_NFC = unicodedata.normalize("NFC", "café crème brûlée")
CAFE_NFD = unicodedata.normalize("NFD", CAFE_NFC)
ZOE_NFC = unicodedata.normalize("NFC", "Zoé")
ZOE_NFD = unicodedata.normalize("NFD", ZOE_NFC)
TEMPORARY = "violet canyon river stone 42"


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.mark.parametrize(("created", "typed"), [(CAFE_NFD, CAFE_NFC), (CAFE_NFC, CAFE_NFD)])
def test_passphrase_opens_in_either_form(tmp_path: Path, created: str, typed: str) -> None:
    assert created != typed
    vault, _ = Vault.create(tmp_path / "v", "Alex", created, kdf=WEAK)
    vault.lock()
    Vault.unlock(tmp_path / "v", "Alex", typed).lock()
    Vault.unlock(tmp_path / "v", "Alex", created).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "v", "Alex", "cafe creme brulee")


def test_changed_passphrase_opens_in_either_form(team: Any) -> None:
    vault = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        vault.change_passphrase(team.coordinator_pass, CAFE_NFD, kdf=WEAK)
    finally:
        vault.lock()
    Vault.unlock(team.folder, team.coordinator, CAFE_NFC).lock()


def _legacy_slot_file(folder: Path, name: str, raw_passphrase: str) -> None:
    """Rewrite ``name``'s slot and the file as the previous format did: the passphrase derived
    exactly as typed (here decomposed), format 1 without checksums or a database binding."""
    slots = keyslots.KeySlotFile.load(folder)
    slot = slots.slot_for_name(name)
    assert slot is not None
    assert slot.kdf is not None
    private = keyslots.unwrap_private(slot, slots.vault_id, crypto.derive_passphrase_key(
        "alex correct horse", slot.salt, slot.kdf))
    salt = crypto.new_salt()
    wrapped = crypto.aead_encrypt(
        crypto.derive_passphrase_key(raw_passphrase, salt, slot.kdf), private,
        slot.associated_data(slots.vault_id, "key"))
    data = json.loads(slots.to_bytes())
    data["format"] = 1
    for key in ("checksum", "revision", "database_salt"):
        data.pop(key)
    for entry in data["slots"]:
        entry.pop("checksum")
        entry.pop("passphrase_form", None)
        if entry["slot_id"] == slot.slot_id:
            entry["salt"] = crypto.b64(salt)
            entry["wrapped_private"] = crypto.b64(wrapped)
    (folder / "keyslots.json").write_text(json.dumps(data, indent=2))


@pytest.mark.parametrize("typed", [CAFE_NFD, CAFE_NFC])
def test_old_slot_made_with_a_decomposed_passphrase_opens_and_is_migrated(
    team: Any, typed: str
) -> None:
    _legacy_slot_file(team.folder, "Alex", CAFE_NFD)
    assert json.loads((team.folder / "keyslots.json").read_bytes())["format"] == 1

    Vault.unlock(team.folder, "Alex", typed).lock()

    data = json.loads((team.folder / "keyslots.json").read_bytes())
    assert data["format"] == keyslots.FORMAT_VERSION
    assert len(bytes.fromhex(data["database_salt"])) == 16
    forms = {s["name"]: s.get("passphrase_form") for s in data["slots"]}
    assert forms["Alex"] == "nfc"
    assert forms["Sam"] == "as_typed"  # migrated at Sam's own next unlock
    migrated = keyslots.KeySlotFile.load(team.folder).slot_for_name("Alex")
    assert migrated is not None
    assert migrated.kdf is not None
    # Now wrapped under the NFC form exactly.
    keyslots.unwrap_private(migrated, data["vault_id"], crypto.derive_passphrase_key(
        CAFE_NFC, migrated.salt, migrated.kdf))
    Vault.unlock(team.folder, "Alex", CAFE_NFD).lock()
    Vault.unlock(team.folder, "Sam", team.supporter_pass).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(team.folder, "Alex", "alex correct horse")


def test_format_one_file_opens_unchanged_and_is_upgraded(team: Any) -> None:
    _legacy_slot_file(team.folder, "Alex", "alex correct horse")
    Vault.unlock(team.folder, "Sam", team.supporter_pass).lock()
    assert keyslots.KeySlotFile.load(team.folder).file_format == keyslots.FORMAT_VERSION
    Vault.unlock(team.folder, "Alex", "alex correct horse").lock()


@pytest.mark.parametrize("typed", [ZOE_NFD, "ZOÉ", "zoé", _fullwidth("Zo") + "é", " Zoé  "])
def test_a_name_finds_its_member_in_any_form(tmp_path: Path, typed: str) -> None:
    vault, _ = Vault.create(tmp_path / "v", ZOE_NFC, "pw words here", kdf=WEAK)
    vault.lock()
    opened = Vault.unlock(tmp_path / "v", typed, "pw words here")
    try:
        assert opened.member is not None
        assert opened.member.name == ZOE_NFC
    finally:
        opened.lock()


@pytest.mark.parametrize("second", [ZOE_NFD, "ZOÉ", _fullwidth("ZO") + "É", "zoé "])
def test_a_second_name_that_looks_the_same_is_refused(team: Any, second: str) -> None:
    ws = Workspace.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        team_service.add_member(ws, ZOE_NFC, TEMPORARY, [Role.SUPPORTER], kdf=WEAK)
        with pytest.raises(MemberExists):
            team_service.add_member(ws, second, TEMPORARY, [Role.SUPPORTER], kdf=WEAK)
        assert ws.vault.slot_names() == ["Alex", "Sam", ZOE_NFC]
    finally:
        ws.lock()
    assert inspect(team.folder).member_names == ("Alex", "Sam", ZOE_NFC)


def test_full_width_names_are_stored_in_ordinary_letters(team: Any) -> None:
    vault = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        member = vault.add_member(_fullwidth("Robin 2"), "robin words here",
                                  frozenset({Role.SUPPORTER}), kdf=WEAK)
    finally:
        vault.lock()
    assert member.name == "Robin 2"
    assert "Robin 2" in inspect(team.folder).member_names
    Vault.unlock(team.folder, "robin 2", "robin words here").lock()


# ----------------------------------------------------------------------------- properties

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                max_size=12)


@given(names)
def test_name_key_ignores_form_case_and_width(name: str) -> None:
    key = member_name_key(name)
    assert member_name_key(unicodedata.normalize("NFD", name)) == key
    assert member_name_key(unicodedata.normalize("NFC", name)) == key
    assert member_name_key(unicodedata.normalize("NFKD", name)) == key
    assert member_name_key(name.casefold()) == key
    assert member_name_key(_fullwidth(name)) == member_name_key(name)
    assert member_name_key(normalize_member_name(name)) == key


@given(names)
def test_stored_names_are_nfc_and_stable(name: str) -> None:
    stored = normalize_member_name(name)
    assert unicodedata.is_normalized("NFC", stored)
    assert normalize_member_name(stored) == stored


@settings(max_examples=25, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
               max_size=16))
def test_a_slot_opens_with_its_passphrase_in_every_form(passphrase: str) -> None:
    data_key = crypto.new_data_key()
    slot = keyslots.make_passphrase_slot(
        "vault1", "user1", "Alex", unicodedata.normalize("NFD", passphrase), [data_key], WEAK)
    for form in ("NFC", "NFD"):
        private, outdated = keyslots.unlock_passphrase_slot(
            slot, "vault1", unicodedata.normalize(form, passphrase))
        assert not outdated
        assert keyslots.open_grants(slot, "vault1", private) == [data_key]


def test_failed_sign_ins_count_for_the_member_whatever_form_the_name_was_typed_in() -> None:
    guard = UnlockGuard(clock=lambda: 0.0)
    for typed in (ZOE_NFD, "ZOÉ", _fullwidth("Zo") + "é"):
        guard.failed(typed)
    assert guard.succeeded(ZOE_NFC) == 3
