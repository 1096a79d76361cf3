"""The key-slot file (``keyslots.json``) and the slots in it (ARCHITECTURE section 3).

A slot holds one X25519 key pair: the public key in clear, the private key wrapped with
AES-256-GCM under a key derived from the member's passphrase (Argon2id) or from the recovery
key (HKDF). The database's data key reaches each slot as an HPKE *grant* sealed to the slot's
public key. Associated data binds vault id, slot id, user id, kind and binding version, so a
slot or grant moved to another place does not open. A passphrase slot without a grant belongs to
a member who is switched off: their passphrase still unwraps their key, which opens nothing.

The file holds only what unlocking needs; roles and account state live in the database. Format 2
adds what tells a damaged or edited file apart from a wrong passphrase:

- a SHA-256 ``checksum`` on each slot and one on the whole file. A checksum catches bit rot and
  careless edits; it is no MAC (there is no key before unlocking), but a deliberate edit that
  recomputes it still opens nothing, because the AEAD binds every field that matters;
- the database's SQLCipher salt (``database_salt``), so slots put next to another vault's
  database are told apart from a damaged database;
- a ``revision`` counter, and every write is conditional on the file being the one its writer
  read (:meth:`KeySlotFile.save`);
- ``passphrase_form``: passphrases are NFC-normalised before derivation. Slots written before
  that (format 1) are tried with the typed form too and rewrapped at their next unlock.

Format 1 files still open; the vault rewrites them as format 2 at the next successful unlock.

Reading the file needs no cryptography library (the sign-in list reads it at start):
:mod:`~peerdesk.storage.crypto` is imported by the functions that make or open keys.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from peerdesk.domain.errors import KeySlotsChanged, KeySlotsMissing, KeySlotsTampered, VaultTooNew
from peerdesk.domain.members import member_name_key
from peerdesk.storage import key_params, vault_files
from peerdesk.storage.atomic import write_atomic

FORMAT_VERSION = 2
LEGACY_FORMAT = 1
# The version inside every slot's associated data. Format 2 changed the file around the slots,
# not the slots' cryptography, so it stays 1 and format 1 slots keep opening.
BINDING_VERSION = 1
KEYSLOTS_NAME = vault_files.KEYSLOTS_NAME
RECOVERY_USER = "recovery"
NFC_FORM = "nfc"
TYPED_FORM = "as_typed"
# A wrapped private key is nonce (12) + 32-byte key + tag (16).
_WRAPPED_BYTES = key_params.NONCE_BYTES + key_params.KEY_BYTES + 16

SlotKind = Literal["passphrase", "recovery"]


def _canonical(data: object) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _checksum(data: dict[str, Any]) -> str:
    body = {k: v for k, v in data.items() if k != "checksum"}
    return hashlib.sha256(_canonical(body)).hexdigest()


def _checksum_matches(data: dict[str, Any]) -> bool:
    try:
        return data.get("checksum") == _checksum(data)
    except (RecursionError, ValueError):
        return False  # nesting that parsed but does not re-serialise


def digest_of(raw: bytes) -> str:
    """The version of a key-slot file as its writers compare it: SHA-256 of its bytes."""
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class Slot:
    """One key slot. ``grants`` usually holds one grant; two while a re-key is in progress,
    none while its member is switched off."""

    slot_id: str
    kind: SlotKind
    user_id: str
    name: str
    salt: bytes
    wrapped_private: bytes
    public: bytes
    grants: tuple[bytes, ...]
    kdf: key_params.KdfParams | None = None
    nfc: bool = True

    def associated_data(self, vault_id: str, purpose: str) -> bytes:
        return json.dumps(
            [BINDING_VERSION, vault_id, self.slot_id, self.user_id, self.kind, purpose],
            separators=(",", ":"),
        ).encode()

    @property
    def switched_off(self) -> bool:
        return self.kind == "passphrase" and not self.grants

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "user_id": self.user_id,
            "name": self.name,
            "salt": key_params.b64(self.salt),
            "wrapped_private": key_params.b64(self.wrapped_private),
            "public": key_params.b64(self.public),
            "grants": [key_params.b64(g) for g in self.grants],
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
            data["passphrase_form"] = NFC_FORM if self.nfc else TYPED_FORM
        data["checksum"] = _checksum(data)
        return data

    @classmethod
    def from_json(cls, data: Any, file_format: int = FORMAT_VERSION) -> Slot:
        kind = data["kind"]
        if kind not in ("passphrase", "recovery"):
            raise ValueError(f"unknown slot kind {kind!r}")
        grants = tuple(key_params.unb64(g) for g in data["grants"])
        if not grants and kind == "recovery":
            raise ValueError("the recovery slot has no grant")
        for key in ("slot_id", "user_id", "name"):
            if not isinstance(data[key], str) or not data[key]:
                raise ValueError(f"slot field {key} is not text")
        nfc = True  # the recovery key is ASCII: there is no form to choose
        if kind == "passphrase":
            form = data["passphrase_form"] if file_format >= FORMAT_VERSION else TYPED_FORM
            if form not in (NFC_FORM, TYPED_FORM):
                raise ValueError("unknown passphrase form")
            nfc = form == NFC_FORM
        slot = cls(
            slot_id=data["slot_id"],
            kind=kind,
            user_id=data["user_id"],
            name=data["name"],
            salt=key_params.unb64(data["salt"]),
            wrapped_private=key_params.unb64(data["wrapped_private"]),
            public=key_params.unb64(data["public"]),
            grants=grants,
            kdf=key_params.KdfParams.from_json(data["kdf"]) if kind == "passphrase" else None,
            nfc=nfc,
        )
        # Lengths checked here, so an empty salt or a cut key is a damaged file, never an
        # exception from deep inside Argon2id or X25519.
        if len(slot.salt) != key_params.SALT_BYTES:
            raise ValueError("the salt is not 16 bytes")
        if len(slot.public) != key_params.KEY_BYTES or len(slot.wrapped_private) != _WRAPPED_BYTES:
            raise ValueError("a key has the wrong length")
        return slot


@dataclass(frozen=True)
class KeySlotFile:
    """The whole file. ``digest`` is the SHA-256 of the bytes it was read from or written as
    (empty for one made in memory): the version a conditional :meth:`save` expects on disk."""

    vault_id: str
    training: bool
    slots: tuple[Slot, ...] = field(default_factory=tuple)
    revision: int = 0
    database_salt: bytes = b""
    file_format: int = FORMAT_VERSION
    digest: str = field(default="", compare=False, repr=False)

    def passphrase_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "passphrase"]

    def slot_for_name(self, name: str) -> Slot | None:
        """The slot of ``name``, compared case-, width- and accent-form-insensitively."""
        wanted = member_name_key(name)
        return next((s for s in self.passphrase_slots() if member_name_key(s.name) == wanted),
                    None)

    def slot_for_user(self, user_id: str) -> Slot | None:
        return next((s for s in self.passphrase_slots() if s.user_id == user_id), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def with_slot(self, slot: Slot) -> KeySlotFile:
        """This file with ``slot`` added, or replacing the slot of the same id in its place."""
        if any(s.slot_id == slot.slot_id for s in self.slots):
            return replace(self, slots=tuple(
                slot if s.slot_id == slot.slot_id else s for s in self.slots))
        return replace(self, slots=(*self.slots, slot))

    def without_user(self, user_id: str) -> KeySlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.user_id != user_id))

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "app": "PeerDesk",
            "vault_id": self.vault_id,
            "training": self.training,
            "revision": self.revision,
            "database_salt": self.database_salt.hex(),
            "slots": [s.to_json() for s in self.slots],
        }
        data["checksum"] = _checksum(data)
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlotFile:
        """Parse the file, telling a newer format apart from a damaged or edited one."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError) as exc:
            # ValueError covers bad UTF-8, bad JSON and integers too long to convert;
            # RecursionError, arrays nested thousands deep.
            raise KeySlotsTampered(detail="not valid JSON") from exc
        if not isinstance(data, dict) or data.get("app") != "PeerDesk":
            raise KeySlotsTampered(detail="not a PeerDesk key-slot file")
        version = data.get("format")
        if type(version) is int and version > FORMAT_VERSION:
            raise VaultTooNew(found=version, supported=FORMAT_VERSION)
        if type(version) is not int or version not in (LEGACY_FORMAT, FORMAT_VERSION):
            raise KeySlotsTampered(detail="unknown format")
        if version == FORMAT_VERSION:
            _verify_checksums(data)
        try:
            vault_id = data["vault_id"]
            training = data["training"]
            if not isinstance(vault_id, str) or not isinstance(training, bool):
                raise ValueError("bad header")
            revision, salt = 0, b""
            if version == FORMAT_VERSION:
                revision = data["revision"]
                if type(revision) is not int or revision < 0:
                    raise ValueError("bad revision")
                salt = bytes.fromhex(data["database_salt"])
            slots = tuple(Slot.from_json(s, version) for s in data["slots"])
        except (KeyError, TypeError, ValueError) as exc:
            raise KeySlotsTampered(detail="a slot is incomplete") from exc
        ids = [s.slot_id for s in slots]
        # Plain case folding here, not the stricter name key: a format 1 file may hold two
        # names that only the stricter key finds equal, and its members must still get in.
        names = [s.name.casefold() for s in slots if s.kind == "passphrase"]
        if len(set(ids)) != len(ids) or len(set(names)) != len(names):
            raise KeySlotsTampered(detail="duplicate slots")
        if sum(1 for s in slots if s.kind == "recovery") > 1:
            raise KeySlotsTampered(detail="more than one recovery slot")
        return cls(vault_id=vault_id, training=training, slots=slots, revision=revision,
                   database_salt=salt, file_format=version, digest=digest_of(raw))

    @classmethod
    def load(cls, folder: Path) -> KeySlotFile:
        path = folder / KEYSLOTS_NAME
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeySlotsMissing(path=str(folder)) from exc
        return cls.from_bytes(raw)

    def save(self, folder: Path, based_on: str | None, *, undo: bool = False) -> KeySlotFile:
        """Write this file atomically, only over the version its writer read.

        Args:
            based_on: the ``digest`` of the file this write replaces, or None when there must
                be no file yet (a new vault).
            undo: put back this earlier version as it was (same revision, same bytes).

        Returns:
            The file as written: the next revision, and its new ``digest``.

        Raises:
            KeySlotsChanged: the file on disk is not the one ``based_on`` names: another writer
                changed it since it was read. Nothing is written.
        """
        path = folder / KEYSLOTS_NAME
        try:
            current: str | None = digest_of(path.read_bytes())
        except FileNotFoundError:
            current = None
        if current != based_on:
            raise KeySlotsChanged()
        revision = self.revision if undo else self.revision + 1
        written = replace(self, revision=revision, file_format=FORMAT_VERSION)
        raw = written.to_bytes()
        write_atomic(path, raw)
        return replace(written, digest=digest_of(raw))


def _verify_checksums(data: dict[str, Any]) -> None:
    """Each slot's checksum, then the file's: the first names the slot that was changed."""
    slots = data.get("slots")
    if isinstance(slots, list):
        for slot in slots:
            if isinstance(slot, dict) and not _checksum_matches(slot):
                name = slot.get("name")
                readable = isinstance(name, str) and 0 < len(name) <= 60 and name.isprintable()
                who = f"of {name}" if readable else "without a readable name"
                raise KeySlotsTampered(detail=f"the key slot {who} was edited or damaged")
    if not _checksum_matches(data):
        raise KeySlotsTampered(detail="the file was edited or damaged")


def new_id() -> str:
    return secrets.token_hex(8)


def normalize_passphrase(passphrase: str) -> str:
    """The form every passphrase is derived from: NFC (keyboards and systems differ)."""
    return unicodedata.normalize("NFC", passphrase)


def make_passphrase_slot(
    vault_id: str,
    user_id: str,
    name: str,
    passphrase: str,
    data_keys: list[bytes],
    kdf: key_params.KdfParams,
    private_key: bytes | None = None,
    slot_id: str | None = None,
) -> Slot:
    """A passphrase slot; reuses ``private_key`` (passphrase change) or makes a new key pair.

    An empty ``data_keys`` makes a slot without a grant (a switched-off member).
    """
    from peerdesk.storage import crypto  # noqa: PLC0415 - only to make or open keys

    if private_key is None:
        private_key, _ = crypto.new_keypair()
    salt = crypto.new_salt()
    wrapping_key = crypto.derive_passphrase_key(normalize_passphrase(passphrase), salt, kdf)
    return _make_slot(
        vault_id, slot_id or new_id(), "passphrase", user_id, name, private_key, salt,
        wrapping_key, data_keys, kdf,
    )


def make_recovery_slot(vault_id: str, recovery_key: bytes, data_keys: list[bytes]) -> Slot:
    from peerdesk.storage import crypto  # noqa: PLC0415 - only to make or open keys

    private_key, _ = crypto.new_keypair()
    salt = crypto.new_salt()
    wrapping_key = crypto.derive_recovery_key(recovery_key, salt)
    return _make_slot(
        vault_id, new_id(), "recovery", RECOVERY_USER, "Recovery key", private_key, salt,
        wrapping_key, data_keys, None,
    )


def _make_slot(
    vault_id: str,
    slot_id: str,
    kind: SlotKind,
    user_id: str,
    name: str,
    private_key: bytes,
    salt: bytes,
    wrapping_key: bytes,
    data_keys: list[bytes],
    kdf: key_params.KdfParams | None,
) -> Slot:
    from peerdesk.storage import crypto  # noqa: PLC0415 - only to make or open keys

    public = crypto.public_of(private_key)
    shell = Slot(slot_id, kind, user_id, name, salt, b"", public, (b"",), kdf)
    wrapped = crypto.aead_encrypt(wrapping_key, private_key, shell.associated_data(vault_id, "key"))
    info = shell.associated_data(vault_id, "grant")
    grants = tuple(crypto.seal(k, public, info) for k in data_keys)
    return replace(shell, wrapped_private=wrapped, grants=grants)


def regrant(slot: Slot, vault_id: str, data_keys: list[bytes]) -> Slot:
    """The same slot with grants of ``data_keys``: needs only the slot's public key."""
    from peerdesk.storage import crypto  # noqa: PLC0415 - only to make or open keys

    info = slot.associated_data(vault_id, "grant")
    return replace(slot, grants=tuple(crypto.seal(k, slot.public, info) for k in data_keys))


def unwrap_private(slot: Slot, vault_id: str, wrapping_key: bytes) -> bytes:
    """The slot's private key; raises ``crypto.DecryptionFailed`` for a wrong key."""
    from peerdesk.storage import crypto  # noqa: PLC0415 - only to make or open keys

    private = crypto.aead_decrypt(
        wrapping_key, slot.wrapped_private, slot.associated_data(vault_id, "key")
    )
    if crypto.public_of(private) != slot.public:
        raise KeySlotsTampered(detail="public key does not match")
    return private


def unlock_passphrase_slot(slot: Slot, vault_id: str, passphrase: str) -> tuple[bytes, bool]:
    """The slot's private key from a typed passphrase, and whether the slot should be rewrapped.

    A slot written with NFC passphrases takes the NFC form only. An older slot was derived from
    the passphrase exactly as typed then, which may have been decomposed: it is tried in NFC,
    as typed, then decomposed (NFD), and reported for rewrapping under NFC on success.

    Raises:
        crypto.DecryptionFailed: no form opens the slot (a wrong passphrase).
    """
    from peerdesk.storage import crypto  # noqa: PLC0415 - only to make or open keys

    if slot.kdf is None:
        raise crypto.DecryptionFailed("not a passphrase slot")
    nfc = normalize_passphrase(passphrase)
    forms = [nfc]
    if not slot.nfc:
        for form in (passphrase, unicodedata.normalize("NFD", passphrase)):
            if form not in forms:
                forms.append(form)
    for form in forms:
        try:
            wrapping_key = crypto.derive_passphrase_key(form, slot.salt, slot.kdf)
            return unwrap_private(slot, vault_id, wrapping_key), not slot.nfc
        except crypto.DecryptionFailed:
            continue
    raise crypto.DecryptionFailed("authentication failed")


def rewrap(slot: Slot, vault_id: str, private_key: bytes, passphrase: str) -> Slot:
    """The same slot (key pair, grants, parameters) wrapped under the NFC passphrase."""
    from peerdesk.storage import crypto  # noqa: PLC0415 - only to make or open keys

    assert slot.kdf is not None
    salt = crypto.new_salt()
    wrapping_key = crypto.derive_passphrase_key(normalize_passphrase(passphrase), salt, slot.kdf)
    shell = replace(slot, salt=salt, nfc=True)
    wrapped = crypto.aead_encrypt(wrapping_key, private_key, shell.associated_data(vault_id, "key"))
    return replace(shell, wrapped_private=wrapped)


def open_grants(slot: Slot, vault_id: str, private_key: bytes) -> list[bytes]:
    """Every data key the slot's grants hold (newest last; none for a switched-off member)."""
    from peerdesk.storage import crypto  # noqa: PLC0415 - only to make or open keys

    info = slot.associated_data(vault_id, "grant")
    keys = []
    for grant in slot.grants:
        try:
            keys.append(crypto.open_sealed(grant, private_key, info))
        except crypto.DecryptionFailed as exc:
            raise KeySlotsTampered(detail="a grant does not open") from exc
    return keys
