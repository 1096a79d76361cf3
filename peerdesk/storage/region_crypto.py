"""The keys of regional programs (ARCHITECTURE section 14): Ed25519 signing for stations, and
HPKE sealing to a region's X25519 key (``crypto.seal``, the same suite as the key slots)."""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from peerdesk.storage import crypto

SIGNED_CONTEXT = b"peerdesk region bundle v1\n"


def new_signing_key() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair as (private bytes, public bytes)."""
    private = Ed25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def signing_public(private_key: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw()


def sign(private_key: bytes, payload: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(SIGNED_CONTEXT + payload)


def verify(public_key: bytes, payload: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature,
                                                              SIGNED_CONTEXT + payload)
    except (InvalidSignature, ValueError):
        return False
    return True


def seal_to_region(data: bytes, region_public: bytes, region_id: str) -> bytes:
    return crypto.seal(data, region_public, _info(region_id))


def open_for_region(blob: bytes, region_private: bytes, region_id: str) -> bytes:
    """Raises crypto.DecryptionFailed when the blob was changed or sealed to another key."""
    return crypto.open_sealed(blob, region_private, _info(region_id))


def _info(region_id: str) -> bytes:
    return f"peerdesk region bundle|{region_id}".encode()
