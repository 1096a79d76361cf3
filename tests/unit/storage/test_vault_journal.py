"""Saved changes never vanish silently with the ``-wal`` file, and a refused unlock changes nothing.

A "crash image" is the vault folder copied while a vault is open (what a crash leaves on
disk). A second reader holding a snapshot keeps SQLite from folding the log into the database,
so the saved changes live only in ``peerdesk.db-wal``: then deleting that file or changing a
byte of it must be reported, by unlock and by ``vault check`` (exit 4), and the refusal must
leave every byte of the folder as it was.
"""

from __future__ import annotations

import io
import shutil
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlcipher3

from crash_support import Crash, Injector, file_operations
from peerdesk import cli
from peerdesk.domain.errors import (
    RecentChangesDamaged,
    RecentChangesMissing,
    VaultDamaged,
)
from peerdesk.storage import audit, crypto, database, keyslots, wal
from peerdesk.storage.vault import Vault

PASS = "amber lantern over quiet harbour"
WAL = "peerdesk.db-wal"
Snapshot = Callable[[Path], dict[str, str]]


def _data_key(folder: Path) -> bytes:
    slots = keyslots.KeySlotFile.from_bytes((folder / "keyslots.json").read_bytes())
    slot = slots.slot_for_name("Alex")
    assert slot is not None
    assert slot.kdf is not None
    private = keyslots.unwrap_private(
        slot, slots.vault_id, crypto.derive_passphrase_key(PASS, slot.salt, slot.kdf))
    return keyslots.open_grants(slot, slots.vault_id, private)[-1]


@contextmanager
def _reader_holding_a_snapshot(folder: Path) -> Iterator[None]:
    """Another connection in a read transaction: no checkpoint can fold the log in."""
    conn = sqlcipher3.connect(str(folder / "peerdesk.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{_data_key(folder).hex()}'\"")
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM audit_log").fetchone()
        yield
    finally:
        conn.close()


def _write(vault: Vault, first: int, count: int) -> None:
    for n in range(first, first + count):
        with database.transaction(vault.conn):
            audit.append(vault.conn, vault.user_id, "test_write", n=n)


def _written(vault: Vault) -> set[int]:
    return {e.detail["n"] for e in audit.entries(vault.conn, limit=10_000)
            if e.action == "test_write"}


def _copy_files(folder: Path, image: Path) -> None:
    """Copy the vault's files (not the lock) as they are on disk right now."""
    image.mkdir()
    for path in folder.iterdir():
        if path.is_file() and path.name != "lock":
            shutil.copy2(path, image / path.name)


def _new_vault(folder: Path) -> None:
    vault, _ = Vault.create(folder, "Alex", PASS, kdf=crypto.KdfParams.weak_for_tests())
    try:
        _write(vault, 0, 3)
    finally:
        vault.lock()


@pytest.fixture
def crash_image(tmp_path: Path) -> Path:
    """A copy of an open vault whose last 6 saved changes are only in its ``-wal`` file."""
    folder = tmp_path / "vault"
    _new_vault(folder)
    vault = Vault.unlock(folder, "Alex", PASS)
    try:
        with _reader_holding_a_snapshot(folder):
            _write(vault, 3, 6)
            image = tmp_path / "image"
            _copy_files(folder, image)
    finally:
        vault.lock()
    assert (image / WAL).stat().st_size > 6 * 4096
    return image


def _check_cli(folder: Path, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    code = cli.main(["vault", "check", "--user", "Alex", "--vault", str(folder)])
    return code, capsys.readouterr().err


# ----------------------------------------------------------------------------- the database file


def test_a_copy_of_an_open_vault_without_its_wal_has_every_saved_change(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _new_vault(folder)
    vault = Vault.unlock(folder, "Alex", PASS)
    try:
        _write(vault, 3, 20)
        # Copied while open, without the -wal file (a person copying the folder by hand).
        copy = tmp_path / "copy"
        _copy_files(folder, copy)
        (copy / WAL).unlink(missing_ok=True)
    finally:
        vault.lock()
    copied = Vault.unlock(copy, "Alex", PASS)
    try:
        assert _written(copied) == set(range(23))
        assert copied.check().ok
    finally:
        copied.lock()


def test_the_crash_image_itself_opens_with_every_saved_change(crash_image: Path) -> None:
    vault = Vault.unlock(crash_image, "Alex", PASS)
    try:
        assert _written(vault) == set(range(9))
        assert vault.check().ok
    finally:
        vault.lock()
    assert not (crash_image / WAL).exists() or (crash_image / WAL).stat().st_size == 0


# ------------------------------------------------------------------------- a lost or changed log


def test_a_lost_wal_is_reported_and_nothing_changes(
    crash_image: Path, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (crash_image / WAL).unlink()
    before = snapshot(crash_image)
    with pytest.raises(RecentChangesMissing) as info:
        Vault.unlock(crash_image, "Alex", PASS)
    assert str(info.value) == (
        "Changes saved recently are missing from the vault (the database holds 4 of 10 saved "
        "changes): its -wal file was lost or an older copy of the database was put in place. "
        "Put back the complete vault folder, or restore it from a backup."
    )
    assert info.value.exit_code == 4
    assert snapshot(crash_image) == before
    code, err = _check_cli(crash_image, monkeypatch, capsys)
    assert code == 4
    assert "Changes saved recently are missing from the vault" in err
    assert snapshot(crash_image) == before


def test_an_older_database_put_in_place_is_reported(tmp_path: Path, snapshot: Snapshot) -> None:
    folder = tmp_path / "vault"
    _new_vault(folder)
    old = (folder / "peerdesk.db").read_bytes()
    vault = Vault.unlock(folder, "Alex", PASS)
    try:
        _write(vault, 3, 2)
    finally:
        vault.lock()
    (folder / "peerdesk.db").write_bytes(old)
    before = snapshot(folder)
    with pytest.raises(RecentChangesMissing):
        Vault.unlock(folder, "Alex", PASS)
    assert snapshot(folder) == before


def _frames(path: Path) -> int:
    return (path.stat().st_size - wal.HEADER_SIZE) // (wal.FRAME_HEADER_SIZE + 4096)


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x04
    path.write_bytes(bytes(data))


FRAME = wal.FRAME_HEADER_SIZE + 4096
FLIPS: dict[str, tuple[Callable[[Path], int], type[VaultDamaged]]] = {
    # A page of the first frame: every later commit would be dropped by SQLite.
    "first-frame-page": (lambda p: wal.HEADER_SIZE + wal.FRAME_HEADER_SIZE + 100,
                         RecentChangesDamaged),
    # The salt of a frame in the middle.
    "middle-frame-salt": (lambda p: wal.HEADER_SIZE + (_frames(p) // 2) * FRAME + 9,
                          RecentChangesDamaged),
    "header": (lambda p: 13, RecentChangesDamaged),
    # The last frame: the last commit looks cut short, and the count shows it was saved.
    "last-frame-page": (lambda p: p.stat().st_size - 50, RecentChangesMissing),
}


@pytest.mark.parametrize("where", list(FLIPS))
def test_a_changed_byte_in_the_wal_is_reported_and_nothing_changes(
    crash_image: Path, snapshot: Snapshot, where: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    offset, expected = FLIPS[where]
    _flip(crash_image / WAL, offset(crash_image / WAL))
    before = snapshot(crash_image)
    with pytest.raises(expected) as info:
        Vault.unlock(crash_image, "Alex", PASS)
    assert str(info.value).startswith("Changes saved recently are ")
    assert snapshot(crash_image) == before
    code, err = _check_cli(crash_image, monkeypatch, capsys)
    assert code == 4
    assert "Changes saved recently are " in err
    assert snapshot(crash_image) == before


def test_scan_reads_a_sound_log_and_a_torn_tail(crash_image: Path, tmp_path: Path) -> None:
    log = crash_image / WAL
    sound = wal.scan(log)
    assert sound.damage == ""
    assert sound.commits == 6
    assert sound.frames == _frames(log)
    torn = tmp_path / "torn-wal"
    torn.write_bytes(log.read_bytes()[: -FRAME // 2])  # the last frame half written
    cut = wal.scan(torn)
    assert cut.damage == ""
    assert cut.commits == 5
    assert wal.scan(tmp_path / "none") == wal.WalScan()


def test_scan_holds_one_frame_at_a_time(crash_image: Path, tmp_path: Path) -> None:
    # SQLite leaves the frames of earlier rounds in the file; a big transaction makes a big
    # log. Reading it whole at unlock cost hundreds of megabytes on a large vault.
    log = crash_image / WAL
    stale = bytearray(log.read_bytes()[wal.HEADER_SIZE:wal.HEADER_SIZE + FRAME])
    stale[8] ^= 0xFF  # another round's salt: SQLite ignores such frames
    big = tmp_path / "big-wal"
    with big.open("wb") as out:
        out.write(log.read_bytes())
        for _ in range(32 * 1024 * 1024 // FRAME):
            out.write(stale)
    tracemalloc.start()
    try:
        found = wal.scan(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == wal.scan(log)
    assert peak < 1024 * 1024, f"scanning a 32 MB log held {peak} bytes"


# ----------------------------------------------------------------------------- refused unlocks


def test_a_damaged_database_with_a_wal_is_refused_without_changing_a_byte(
    crash_image: Path, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = crash_image / "peerdesk.db"
    _flip(db, db.stat().st_size - 3000)
    before = snapshot(crash_image)
    assert "peerdesk.db-wal" in before
    with pytest.raises(VaultDamaged):
        Vault.unlock(crash_image, "Alex", PASS)
    assert snapshot(crash_image) == before
    code, err = _check_cli(crash_image, monkeypatch, capsys)
    assert code == 4
    assert "damaged" in err
    assert snapshot(crash_image) == before
    assert sorted(p.name for p in crash_image.iterdir()) == sorted([*before, "lock"])


def test_a_damaged_database_without_a_wal_is_refused_without_changing_a_byte(
    tmp_path: Path, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "vault"
    _new_vault(folder)
    db = folder / "peerdesk.db"
    _flip(db, db.stat().st_size - 3000)
    (folder / "peerdesk.db-shm").write_bytes(b"\0" * 32768)  # left by a crash
    (folder / WAL).write_bytes(b"")
    before = snapshot(folder)
    with pytest.raises(VaultDamaged):
        Vault.unlock(folder, "Alex", PASS)
    code, _ = _check_cli(folder, monkeypatch, capsys)
    assert code == 4
    assert snapshot(folder) == before


def test_a_log_removed_while_it_was_being_folded_in_is_reported(
    tmp_path: Path, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    _new_vault(folder)
    vault = Vault.unlock(folder, "Alex", PASS)
    try:
        one_save = Injector()
        with file_operations(monkeypatch, one_save):
            _write(vault, 3, 1)
        # The record says "folding" (first write), the log is folded in, then the crash
        # strikes before the record says "commits" again (second write).
        second_write = [i for i, op in enumerate(one_save.log) if op == "os.write"][1]
        crash = Injector(crash_at=second_write, watch=(folder,))
        with file_operations(monkeypatch, crash), pytest.raises(Crash):
            _write(vault, 4, 1)
    finally:
        vault.lock()
    crash.put_back()
    without_log = tmp_path / "without-log"
    shutil.copytree(folder, without_log, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    before = snapshot(without_log)
    with pytest.raises(RecentChangesDamaged) as info:
        Vault.unlock(without_log, "Alex", PASS)
    assert "the -wal file was removed while changes were being written" in str(info.value)
    assert snapshot(without_log) == before
    # With its (empty) log the folder is whole, and the next unlock settles the record.
    reopened = Vault.unlock(folder, "Alex", PASS)
    try:
        assert _written(reopened) == set(range(5))
    finally:
        reopened.lock()
    (folder / WAL).unlink(missing_ok=True)
    Vault.unlock(folder, "Alex", PASS).lock()


@pytest.mark.parametrize("change", ["deleted", "garbled"])
def test_a_missing_or_unreadable_commit_record_is_rewritten_at_unlock(
    tmp_path: Path, change: str
) -> None:
    folder = tmp_path / "vault"
    _new_vault(folder)
    record = folder / "peerdesk.db-commits"
    if change == "deleted":
        record.unlink()
    else:
        record.write_bytes(b"commits 00000000000000000004 00000000\n")
    vault = Vault.unlock(folder, "Alex", PASS)
    try:
        codes = [t.code for t in vault.check().tidied]
    finally:
        vault.lock()
    assert codes == ([] if change == "deleted" else ["commit_record_rewritten"])
    assert record.read_bytes().startswith(b"commits ")
    assert record.read_bytes() != b"commits 00000000000000000004 00000000\n"
