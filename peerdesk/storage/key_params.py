"""Sizes of the vault's keys, the Argon2id parameters stored beside each passphrase slot, and
the base64 the key-slot file stores keys in.

What reading the key-slot file needs, without the cryptography library: the sign-in list reads
it before anything heavy is imported. :mod:`peerdesk.storage.crypto` derives and opens keys.
"""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass
from typing import Any

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# ARCHITECTURE section 3: the floor below which no real slot is ever created.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
FLOOR_LANES = 4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters stored beside each passphrase slot."""

    memory_kib: int
    iterations: int
    lanes: int

    @classmethod
    def floor(cls) -> KdfParams:
        return cls(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, FLOOR_LANES)

    @classmethod
    def weak_for_tests(cls) -> KdfParams:
        """Tiny parameters for the test suite only (see ``crypto.WEAKEN_ENV``)."""
        return cls(memory_kib=8 * 1024, iterations=1, lanes=1)

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict):
            raise ValueError("kdf parameters are not an object")
        values: list[Any] = [data.get(name) for name in ("memory_kib", "iterations", "lanes")]
        # Whole numbers only: int() would accept "64", 3.9 or true, and fail on Infinity with
        # an OverflowError that a tampered file must not be able to raise.
        if any(type(value) is not int for value in values):
            raise ValueError("kdf parameters are not whole numbers")
        params = cls(*values)
        # Refuse absurd values that would hang or exhaust memory before failing.
        if not (1024 <= params.memory_kib <= 4 * 1024 * 1024 and 1 <= params.iterations <= 64
                and 1 <= params.lanes <= 16):
            raise ValueError("kdf parameters out of range")
        return params


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
