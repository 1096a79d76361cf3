"""Key derivation, wrapping and sealing: cryptography's primitives composed as in ARCHITECTURE
section 3.

Nothing here invents a primitive: Argon2id and HKDF derive keys, AES-256-GCM wraps private keys,
and HPKE (RFC 9180, X25519 / HKDF-SHA256 / AES-256-GCM) seals the data key to each slot.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from peerdesk.storage import key_params

# Sizes, the Argon2id parameters and the base64 of stored keys live in key_params, which
# reading the key-slot file needs without this module (and the cryptography library).
KEY_BYTES = key_params.KEY_BYTES
SALT_BYTES = key_params.SALT_BYTES
NONCE_BYTES = key_params.NONCE_BYTES
RECOVERY_KEY_BYTES = 16
FLOOR_MEMORY_KIB = key_params.FLOOR_MEMORY_KIB
FLOOR_ITERATIONS = key_params.FLOOR_ITERATIONS
FLOOR_LANES = key_params.FLOOR_LANES
KdfParams = key_params.KdfParams
b64 = key_params.b64
unb64 = key_params.unb64

CALIBRATION_TARGET_S = 0.5
CALIBRATION_MAX_MEMORY_KIB = 256 * 1024
CALIBRATION_MAX_ITERATIONS = 16

_HPKE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)

# A test-only switch in the spirit of borg's BORG_TESTONLY_WEAKEN_KDF: subprocess tests of the
# command line would otherwise spend most of their time in Argon2id. Never set it for real use.
WEAKEN_ENV = "PEERDESK_TESTONLY_WEAKEN_KDF"


class DecryptionFailed(Exception):
    """An authenticated decryption failed: wrong key or changed ciphertext."""


def default_kdf_params() -> KdfParams:
    """Parameters for a new slot: calibrated, unless the test-only switch is set."""
    if os.environ.get(WEAKEN_ENV) == "1":
        return KdfParams.weak_for_tests()
    return calibrate()


def calibrate(target_s: float = CALIBRATION_TARGET_S) -> KdfParams:
    """Find Argon2id parameters that take about ``target_s`` (0.5–1 s) on this machine.

    Starts at the floor (ARCHITECTURE section 3); raises memory first (costlier for an attacker's
    hardware), then iterations, never going below the floor.
    """
    params = KdfParams.floor()
    while True:
        started = time.perf_counter()
        derive_passphrase_key("calibration", os.urandom(SALT_BYTES), params)
        elapsed = time.perf_counter() - started
        if elapsed >= target_s:
            return params
        if params.memory_kib < CALIBRATION_MAX_MEMORY_KIB:
            params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        elif params.iterations < CALIBRATION_MAX_ITERATIONS:
            wanted = int(params.iterations * target_s / max(elapsed, 1e-3))
            iterations = min(CALIBRATION_MAX_ITERATIONS, max(params.iterations + 1, wanted))
            params = KdfParams(params.memory_kib, iterations, params.lanes)
        else:
            return params


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase) -> 32-byte wrapping key."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def derive_recovery_key(recovery_key: bytes, salt: bytes) -> bytes:
    """HKDF-SHA256(recovery key) -> wrapping key. The key is 128 random bits, so no stretching."""
    return HKDF(hashes.SHA256(), KEY_BYTES, salt, b"peerdesk recovery slot").derive(recovery_key)


def derive_subkey(secret: bytes, purpose: str) -> bytes:
    """A purpose-bound 32-byte key from a secret (HKDF-SHA256, no salt)."""
    return HKDF(hashes.SHA256(), KEY_BYTES, None, purpose.encode()).derive(secret)


def aead_encrypt(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """AES-256-GCM with a random nonce; returns nonce || ciphertext || tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated_data)


def aead_decrypt(key: bytes, blob: bytes, associated_data: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise DecryptionFailed("ciphertext too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated_data)
    except InvalidTag as exc:
        raise DecryptionFailed("authentication failed") from exc


def new_keypair() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair as (private bytes, public bytes)."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def seal(data: bytes, public_key: bytes, info: bytes) -> bytes:
    """HPKE-seal ``data`` to an X25519 public key; ``info`` binds the context."""
    return _HPKE.encrypt(data, X25519PublicKey.from_public_bytes(public_key), info=info)


def open_sealed(blob: bytes, private_key: bytes, info: bytes) -> bytes:
    try:
        return _HPKE.decrypt(blob, X25519PrivateKey.from_private_bytes(private_key), info=info)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed("grant does not open") from exc


def public_of(private_key: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw()


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def new_recovery_key() -> bytes:
    return os.urandom(RECOVERY_KEY_BYTES)


_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _check_characters(body: str) -> str:
    """Two check characters c1, c2 making the WHOLE key satisfy, over its values v1..v28 mod 32:

        v1 + v2 + ... + v28 = 0        and        1·v1 + 2·v2 + ... + 28·v28 = 0

    One wrong character anywhere (check characters included) breaks the first; swapping any
    two neighbours, including the last of the body and the first check character, changes the
    second by their difference. (Checks computed over the body alone missed that last swap.)
    """
    values = [_BASE32.index(ch) for ch in body]
    plain = sum(values)
    weighted = sum(position * value for position, value in enumerate(values, 1))
    n = len(values)
    # Solve plain + c1 + c2 = 0 and weighted + (n+1)·c1 + (n+2)·c2 = 0 (mod 32).
    first = (weighted - (n + 2) * plain) % 32
    second = (-plain - first) % 32
    return _BASE32[first] + _BASE32[second]


def format_recovery_key(key: bytes) -> str:
    """128 bits as 26 base32 characters in groups of four with a 2-character check group.

    Example: ``ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23``.
    """
    body = base64.b32encode(key).decode().rstrip("=")
    text = body + _check_characters(body)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """Parse a typed recovery key, forgiving case, spaces, dashes and 0/O, 1/I, 8/B confusion."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != 28:
        return None
    try:
        key = base64.b32decode(cleaned[:26] + "======")
    except ValueError:
        return None
    if len(key) != RECOVERY_KEY_BYTES or format_recovery_key(key).replace("-", "") != cleaned:
        return None
    return key


def mac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()
