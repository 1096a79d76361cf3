"""Key derivation parameters, the recovery key's text form, and the sealing primitives."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from peerdesk.storage import crypto

BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
recovery_keys = st.binary(min_size=crypto.RECOVERY_KEY_BYTES, max_size=crypto.RECOVERY_KEY_BYTES)


# ----------------------------------------------------------------------------- Argon2id


def test_calibrate_with_real_parameters_never_goes_below_the_floor() -> None:
    # The one test that runs real Argon2id parameters (ARCHITECTURE section 3: 64 MiB, 3, 4).
    params = crypto.calibrate()
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 3
    assert params.lanes >= 4
    assert params.memory_kib <= crypto.CALIBRATION_MAX_MEMORY_KIB
    # Even a machine that meets any target at once stays exactly at the floor.
    assert crypto.calibrate(target_s=0.0) == crypto.KdfParams(64 * 1024, 3, 4)


def test_floor_matches_the_design() -> None:
    assert crypto.KdfParams.floor() == crypto.KdfParams(memory_kib=65536, iterations=3, lanes=4)


def test_weak_parameters_only_with_the_test_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crypto.WEAKEN_ENV, "1")
    assert crypto.default_kdf_params() == crypto.KdfParams.weak_for_tests()
    calibrated = crypto.KdfParams(128 * 1024, 3, 4)
    monkeypatch.setattr(crypto, "calibrate", lambda: calibrated)
    monkeypatch.setenv(crypto.WEAKEN_ENV, "0")
    assert crypto.default_kdf_params() is calibrated


def test_kdf_params_json_round_trip() -> None:
    params = crypto.KdfParams(131072, 4, 4)
    assert crypto.KdfParams.from_json(params.to_json()) == params


@pytest.mark.parametrize(
    "data",
    [
        {"memory_kib": 1023, "iterations": 3, "lanes": 4},
        {"memory_kib": 4 * 1024 * 1024 + 1, "iterations": 3, "lanes": 4},
        {"memory_kib": 65536, "iterations": 0, "lanes": 4},
        {"memory_kib": 65536, "iterations": 65, "lanes": 4},
        {"memory_kib": 65536, "iterations": 3, "lanes": 0},
        {"memory_kib": 65536, "iterations": 3, "lanes": 17},
        {"memory_kib": -65536, "iterations": -3, "lanes": -4},
        {"memory_kib": 10**400, "iterations": 3, "lanes": 4},
        {"memory_kib": float("inf"), "iterations": 3, "lanes": 4},
        {"memory_kib": float("nan"), "iterations": 3, "lanes": 4},
        {"memory_kib": "65536", "iterations": 3, "lanes": 4},
        {"memory_kib": 65536.5, "iterations": 3, "lanes": 4},
        {"memory_kib": 65536, "iterations": True, "lanes": 4},
        {"memory_kib": None, "iterations": 3, "lanes": 4},
        {"iterations": 3, "lanes": 4},
        [65536, 3, 4],
        "65536,3,4",
        None,
    ],
)
def test_kdf_params_from_json_rejects(data: object) -> None:
    with pytest.raises(ValueError, match="kdf parameters"):
        crypto.KdfParams.from_json(data)


@given(
    memory=st.integers(min_value=-(2**70), max_value=2**70),
    iterations=st.integers(min_value=-(2**40), max_value=2**40),
    lanes=st.integers(min_value=-(2**40), max_value=2**40),
)
def test_kdf_params_from_json_accepts_only_the_range(
    memory: int, iterations: int, lanes: int
) -> None:
    data = {"memory_kib": memory, "iterations": iterations, "lanes": lanes}
    in_range = 1024 <= memory <= 4 * 1024 * 1024 and 1 <= iterations <= 64 and 1 <= lanes <= 16
    if in_range:
        assert crypto.KdfParams.from_json(data) == crypto.KdfParams(memory, iterations, lanes)
    else:
        with pytest.raises(ValueError, match="out of range"):
            crypto.KdfParams.from_json(data)


def test_passphrase_derivation_depends_on_passphrase_salt_and_parameters() -> None:
    weak = crypto.KdfParams.weak_for_tests()
    salt = bytes(16)
    key = crypto.derive_passphrase_key("pass", salt, weak)
    assert len(key) == 32
    assert key == crypto.derive_passphrase_key("pass", salt, weak)
    assert key != crypto.derive_passphrase_key("Pass", salt, weak)
    assert key != crypto.derive_passphrase_key("pass", b"\x01" + bytes(15), weak)
    assert key != crypto.derive_passphrase_key("pass", salt, crypto.KdfParams(8192, 2, 1))


# ----------------------------------------------------------------------------- recovery key


@given(recovery_keys)
def test_recovery_key_format_parse_round_trip(key: bytes) -> None:
    text = crypto.format_recovery_key(key)
    groups = text.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4, 4, 4, 4]
    assert set(text.replace("-", "")) <= set(BASE32)
    assert crypto.parse_recovery_key(text) == key
    # Typing is forgiven: case, spaces instead of dashes, no separators, stray whitespace.
    assert crypto.parse_recovery_key(text.lower()) == key
    assert crypto.parse_recovery_key(" " + text.replace("-", " ") + "\n") == key
    assert crypto.parse_recovery_key(text.replace("-", "")) == key
    # 0/O, 1/I and 8/B are read as the letters (the digits are not in the alphabet).
    confused = text.replace("O", "0").replace("I", "1").replace("B", "8")
    assert crypto.parse_recovery_key(confused) == key


@given(recovery_keys, st.data())
def test_recovery_key_with_one_wrong_character_is_rejected(key: bytes, data: st.DataObject) -> None:
    text = crypto.format_recovery_key(key).replace("-", "")
    position = data.draw(st.integers(min_value=0, max_value=len(text) - 1), label="position")
    wrong = data.draw(st.sampled_from([c for c in BASE32 if c != text[position]]), label="char")
    typo = text[:position] + wrong + text[position + 1 :]
    assert crypto.parse_recovery_key(typo) is None


@pytest.mark.parametrize("seed", range(8))
def test_recovery_key_every_single_substitution_is_rejected(seed: int) -> None:
    # Exhaustive for a few keys: each of 28 positions times 31 other characters.
    key = bytes((seed * 37 + i * 11) % 256 for i in range(16))
    text = crypto.format_recovery_key(key).replace("-", "")
    accepted = [
        text[:i] + c + text[i + 1 :]
        for i in range(len(text))
        for c in BASE32
        if c != text[i] and crypto.parse_recovery_key(text[:i] + c + text[i + 1 :]) is not None
    ]
    assert accepted == []


@given(recovery_keys, st.data())
def test_recovery_key_with_two_neighbours_swapped_is_rejected(
    key: bytes, data: st.DataObject
) -> None:
    text = crypto.format_recovery_key(key).replace("-", "")
    swaps = [i for i in range(len(text) - 1) if text[i] != text[i + 1]]
    assume(swaps)
    i = data.draw(st.sampled_from(swaps), label="position")
    swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    assert crypto.parse_recovery_key(swapped) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not a key",
        "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ",  # one character short
        "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ234",  # one too many
        "9999-9999-9999-9999-9999-9999-9999",  # 9 is not base32
        "ÄBCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23",
    ],
)
def test_parse_recovery_key_rejects_malformed_text(text: str) -> None:
    assert crypto.parse_recovery_key(text) is None


@given(st.text(max_size=60))
def test_parse_recovery_key_never_raises(text: str) -> None:
    result = crypto.parse_recovery_key(text)
    assert result is None or crypto.parse_recovery_key(crypto.format_recovery_key(result)) == result


def test_non_canonical_last_character_is_rejected() -> None:
    # The 26th character carries 3 key bits and 2 padding bits; a variant differing only in
    # the padding bits decodes to the same bytes but is not what was printed.
    key = bytes(16)
    text = crypto.format_recovery_key(key).replace("-", "")
    assert text[25] == "A"
    variant = text[:25] + "B" + text[26:]
    assert crypto.parse_recovery_key(variant) is None


# ----------------------------------------------------------------------------- primitives


def test_aead_detects_any_change() -> None:
    key = bytes(range(32))
    blob = crypto.aead_encrypt(key, b"private key bytes", b"ad")
    assert crypto.aead_decrypt(key, blob, b"ad") == b"private key bytes"
    with pytest.raises(crypto.DecryptionFailed):
        crypto.aead_decrypt(key, blob, b"other ad")
    with pytest.raises(crypto.DecryptionFailed):
        crypto.aead_decrypt(bytes(32), blob, b"ad")
    for i in range(len(blob)):
        changed = bytearray(blob)
        changed[i] ^= 0x80
        with pytest.raises(crypto.DecryptionFailed):
            crypto.aead_decrypt(key, bytes(changed), b"ad")
    with pytest.raises(crypto.DecryptionFailed):
        crypto.aead_decrypt(key, blob[:20], b"ad")


def test_sealed_grant_opens_only_with_its_private_key_and_info() -> None:
    private, public = crypto.new_keypair()
    other_private, _ = crypto.new_keypair()
    data_key = crypto.new_data_key()
    sealed = crypto.seal(data_key, public, b"info")
    assert crypto.open_sealed(sealed, private, b"info") == data_key
    assert crypto.public_of(private) == public
    with pytest.raises(crypto.DecryptionFailed):
        crypto.open_sealed(sealed, other_private, b"info")
    with pytest.raises(crypto.DecryptionFailed):
        crypto.open_sealed(sealed, private, b"other info")
    with pytest.raises(crypto.DecryptionFailed):
        crypto.open_sealed(sealed[:-1] + bytes([sealed[-1] ^ 1]), private, b"info")


@example(b"")
@given(st.binary(max_size=64))
def test_unb64_accepts_only_base64_text(data: bytes) -> None:
    assert crypto.unb64(crypto.b64(data)) == data
    with pytest.raises(ValueError, match="base64"):
        crypto.unb64(data)
