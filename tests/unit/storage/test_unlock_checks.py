"""Unlock checks every page of a small vault; a large one gets the length check only.

A full sweep of a 650 MB vault took 3.7 s, so past FULL_CHECK_MAX_BYTES the sweep is left to
`vault check`; damage met later still surfaces as VaultDamaged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from peerdesk.domain.errors import VaultDamaged
from peerdesk.storage import crypto, database
from peerdesk.storage.vault import Vault

PASS = "amber lantern over quiet harbour"


def make_vault(folder: Path) -> int:
    vault, _ = Vault.create(folder, "Alex", PASS, kdf=crypto.KdfParams.weak_for_tests())
    with database.transaction(vault.conn):
        for i in range(2000):
            vault.conn.execute("INSERT INTO vault_meta VALUES (?, ?)", (f"k{i}", "v" * 300))
    vault.lock()
    return (folder / database.DB_NAME).stat().st_size


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def test_small_vault_damage_is_found_at_unlock(tmp_path):
    folder = tmp_path / "v"
    size = make_vault(folder)
    flip(folder / database.DB_NAME, size - 2000)
    with pytest.raises(VaultDamaged, match="HMAC verification failed"):
        Vault.unlock(folder, "Alex", PASS)


def test_large_vault_unlocks_on_the_length_check_and_vault_check_finds_damage(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(database, "FULL_CHECK_MAX_BYTES", 0)
    folder = tmp_path / "v"
    size = make_vault(folder)
    flip(folder / database.DB_NAME, size - 2000)
    vault = Vault.unlock(folder, "Alex", PASS)
    try:
        report = vault.check()
        assert not report.pages_ok
        assert not report.ok
        with pytest.raises(VaultDamaged), database.translate_errors():
            vault.conn.execute("SELECT count(*), max(length(value)) FROM vault_meta").fetchone()
    finally:
        vault.lock()


def test_large_vault_cut_short_is_refused_at_unlock(tmp_path, monkeypatch):
    monkeypatch.setattr(database, "FULL_CHECK_MAX_BYTES", 0)
    folder = tmp_path / "v"
    size = make_vault(folder)
    path = folder / database.DB_NAME
    path.write_bytes(path.read_bytes()[: size - 10])
    with pytest.raises(VaultDamaged, match="bytes long, its header says"):
        Vault.unlock(folder, "Alex", PASS)
