"""Settings shared by every test, and a few fixtures for the storage tests.

The environment is set at import, before any test module imports Qt or PeerDesk: Qt renders
off screen, messages are English, and key derivation is weak (``default_kdf_params`` reads the
switch; subprocesses inherit it). The real Argon2id parameters have one test of their own.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en"
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")


def _hash_files(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` by relative path; an empty ``lock`` is left out.

    The lock file is the one thing opening a vault may create, and it must stay empty.
    """
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        rel = path.relative_to(folder).as_posix()
        if rel == "lock":
            assert data == b"", "the lock file must stay empty"
            continue
        found[rel] = hashlib.sha256(data).hexdigest()
    return found


@pytest.fixture
def snapshot() -> Callable[[Path], dict[str, str]]:
    """A function hashing every file in a folder (compare before and after an operation)."""
    return _hash_files


@dataclass(frozen=True)
class Team:
    """A locked vault with a coordinator and a supporter, and what it takes to open it."""

    folder: Path
    coordinator: str
    coordinator_pass: str
    coordinator_id: str
    supporter: str
    supporter_pass: str
    supporter_id: str
    recovery_text: str


@pytest.fixture
def team(tmp_path: Path) -> Team:
    """A real SQLCipher vault in ``tmp_path/vault``: Alex (coordinator), Sam (supporter)."""
    from peerdesk.domain.members import Role
    from peerdesk.storage import crypto
    from peerdesk.storage.vault import Vault

    folder = tmp_path / "vault"
    kdf = crypto.KdfParams.weak_for_tests()
    vault, recovery = Vault.create(folder, "Alex", "alex correct horse", kdf=kdf)
    try:
        sam = vault.add_member(
            "Sam", "sam battery staple", frozenset({Role.SUPPORTER}), must_change=False, kdf=kdf
        )
        coordinator_id = vault.user_id
    finally:
        vault.lock()
    return Team(
        folder=folder,
        coordinator="Alex",
        coordinator_pass="alex correct horse",
        coordinator_id=coordinator_id,
        supporter="Sam",
        supporter_pass="sam battery staple",
        supporter_id=sam.user_id,
        recovery_text=crypto.format_recovery_key(recovery),
    )
