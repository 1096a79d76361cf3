"""The key-slot file (``keyslots.json``) and the slots in it (DESIGN section 3).

A slot holds one X25519 key pair: the public key in clear, the private key wrapped with
AES-256-GCM under a key derived from the member's passphrase (Argon2id) or from the recovery
key (HKDF). The database's data key reaches each slot as an HPKE *grant* sealed to the slot's
public key. Associated data binds vault id, slot id, user id, kind and format version, so a
slot or grant moved to another place does not open.

The file holds only what unlocking needs; roles and account state live in the database.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from peerdesk.domain.errors import KeySlotsMissing, KeySlotsTampered, VaultTooNew
from peerdesk.storage import crypto
from peerdesk.storage.atomic import write_atomic

FORMAT_VERSION = 1
KEYSLOTS_NAME = "keyslots.json"
RECOVERY_USER = "recovery"

SlotKind = Literal["passphrase", "recovery"]


@dataclass(frozen=True)
class Slot:
    """One key slot. ``grants`` usually holds one grant; two while a re-key is in progress."""

    slot_id: str
    kind: SlotKind
    user_id: str
    name: str
    salt: bytes
    wrapped_private: bytes
    public: bytes
    grants: tuple[bytes, ...]
    kdf: crypto.KdfParams | None = None

    def associated_data(self, vault_id: str, purpose: str) -> bytes:
        return json.dumps(
            [FORMAT_VERSION, vault_id, self.slot_id, self.user_id, self.kind, purpose],
            separators=(",", ":"),
        ).encode()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "user_id": self.user_id,
            "name": self.name,
            "salt": crypto.b64(self.salt),
            "wrapped_private": crypto.b64(self.wrapped_private),
            "public": crypto.b64(self.public),
            "grants": [crypto.b64(g) for g in self.grants],
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        return data

    @classmethod
    def from_json(cls, data: Any) -> Slot:
        kind = data["kind"]
        if kind not in ("passphrase", "recovery"):
            raise ValueError(f"unknown slot kind {kind!r}")
        grants = tuple(crypto.unb64(g) for g in data["grants"])
        if not grants:
            raise ValueError("slot has no grant")
        for key in ("slot_id", "user_id", "name"):
            if not isinstance(data[key], str) or not data[key]:
                raise ValueError(f"slot field {key} is not text")
        return cls(
            slot_id=data["slot_id"],
            kind=kind,
            user_id=data["user_id"],
            name=data["name"],
            salt=crypto.unb64(data["salt"]),
            wrapped_private=crypto.unb64(data["wrapped_private"]),
            public=crypto.unb64(data["public"]),
            grants=grants,
            kdf=crypto.KdfParams.from_json(data["kdf"]) if kind == "passphrase" else None,
        )


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    training: bool
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    def passphrase_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "passphrase"]

    def slot_for_name(self, name: str) -> Slot | None:
        wanted = name.strip().casefold()
        for slot in self.passphrase_slots():
            if slot.name.casefold() == wanted:
                return slot
        return None

    def slot_for_user(self, user_id: str) -> Slot | None:
        return next((s for s in self.passphrase_slots() if s.user_id == user_id), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def with_slot(self, slot: Slot) -> KeySlotFile:
        """This file with ``slot`` added, or replacing the slot of the same id."""
        others = tuple(s for s in self.slots if s.slot_id != slot.slot_id)
        return replace(self, slots=(*others, slot))

    def without_user(self, user_id: str) -> KeySlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.user_id != user_id))

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_VERSION,
            "app": "PeerDesk",
            "vault_id": self.vault_id,
            "training": self.training,
            "slots": [s.to_json() for s in self.slots],
        }
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
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise VaultTooNew(found=version, supported=FORMAT_VERSION)
        if version != FORMAT_VERSION:
            raise KeySlotsTampered(detail="unknown format")
        try:
            vault_id = data["vault_id"]
            training = data["training"]
            if not isinstance(vault_id, str) or not isinstance(training, bool):
                raise ValueError("bad header")
            slots = tuple(Slot.from_json(s) for s in data["slots"])
        except (KeyError, TypeError, ValueError) as exc:
            raise KeySlotsTampered(detail="a slot is incomplete") from exc
        ids = [s.slot_id for s in slots]
        names = [s.name.casefold() for s in slots if s.kind == "passphrase"]
        if len(set(ids)) != len(ids) or len(set(names)) != len(names):
            raise KeySlotsTampered(detail="duplicate slots")
        if sum(1 for s in slots if s.kind == "recovery") > 1:
            raise KeySlotsTampered(detail="more than one recovery slot")
        return cls(vault_id=vault_id, training=training, slots=slots)

    @classmethod
    def load(cls, folder: Path) -> KeySlotFile:
        path = folder / KEYSLOTS_NAME
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeySlotsMissing(path=str(folder)) from exc
        return cls.from_bytes(raw)

    def save(self, folder: Path) -> None:
        write_atomic(folder / KEYSLOTS_NAME, self.to_bytes())


def new_id() -> str:
    return secrets.token_hex(8)


def make_passphrase_slot(
    vault_id: str,
    user_id: str,
    name: str,
    passphrase: str,
    data_keys: list[bytes],
    kdf: crypto.KdfParams,
    private_key: bytes | None = None,
    slot_id: str | None = None,
) -> Slot:
    """A passphrase slot; reuses ``private_key`` (passphrase change) or makes a new key pair."""
    if private_key is None:
        private_key, _ = crypto.new_keypair()
    salt = crypto.new_salt()
    wrapping_key = crypto.derive_passphrase_key(passphrase, salt, kdf)
    return _make_slot(
        vault_id, slot_id or new_id(), "passphrase", user_id, name, private_key, salt,
        wrapping_key, data_keys, kdf,
    )


def make_recovery_slot(vault_id: str, recovery_key: bytes, data_keys: list[bytes]) -> Slot:
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
    kdf: crypto.KdfParams | None,
) -> Slot:
    public = crypto.public_of(private_key)
    shell = Slot(slot_id, kind, user_id, name, salt, b"", public, (b"",), kdf)
    wrapped = crypto.aead_encrypt(wrapping_key, private_key, shell.associated_data(vault_id, "key"))
    info = shell.associated_data(vault_id, "grant")
    grants = tuple(crypto.seal(k, public, info) for k in data_keys)
    return replace(shell, wrapped_private=wrapped, grants=grants)


def regrant(slot: Slot, vault_id: str, data_keys: list[bytes]) -> Slot:
    """The same slot with grants of ``data_keys``: needs only the slot's public key."""
    info = slot.associated_data(vault_id, "grant")
    return replace(slot, grants=tuple(crypto.seal(k, slot.public, info) for k in data_keys))


def unwrap_private(slot: Slot, vault_id: str, wrapping_key: bytes) -> bytes:
    """The slot's private key; raises ``crypto.DecryptionFailed`` for a wrong key."""
    private = crypto.aead_decrypt(
        wrapping_key, slot.wrapped_private, slot.associated_data(vault_id, "key")
    )
    if crypto.public_of(private) != slot.public:
        raise KeySlotsTampered(detail="public key does not match")
    return private


def open_grants(slot: Slot, vault_id: str, private_key: bytes) -> list[bytes]:
    """Every data key the slot's grants hold (newest last)."""
    info = slot.associated_data(vault_id, "grant")
    keys = []
    for grant in slot.grants:
        try:
            keys.append(crypto.open_sealed(grant, private_key, info))
        except crypto.DecryptionFailed as exc:
            raise KeySlotsTampered(detail="a grant does not open") from exc
    return keys
