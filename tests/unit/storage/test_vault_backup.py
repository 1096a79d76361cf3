"""Backup and restore, and no plaintext in any file the vault writes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from peerdesk.domain.errors import BackupInvalid, WrongPassphrase
from peerdesk.storage import audit, database, member_repo
from peerdesk.storage.vault import Vault, restore

MARKER = "PLAINTEXT-MARKER-7f3e91c2-Zebra-Quokka"


def _rows(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "members": vault.conn.execute("SELECT * FROM members ORDER BY user_id").fetchall(),
        "audit_log": vault.conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall(),
        "vault_meta": vault.conn.execute(
            "SELECT * FROM vault_meta WHERE key NOT IN ('audit_head', 'commit_seq') ORDER BY key"
        ).fetchall(),
    }


def _backup(team: Any, out: Path) -> dict[str, list[tuple[Any, ...]]]:
    vault = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        with database.transaction(vault.conn) as conn:
            conn.execute("INSERT INTO vault_meta (key, value) VALUES ('backup-test', 'kept')")
            audit.append(conn, vault.user_id, "test_write", n=1)
        rows = _rows(vault)
        vault.backup(out)
        assert audit.entries(vault.conn)[0].action == "backup_written"
    finally:
        vault.lock()
    return rows


def _outside(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir())


def test_backup_then_restore_gives_the_same_rows(team: Any, tmp_path: Path) -> None:
    out = tmp_path / "backups" / "team.peerdesk-backup"
    out.parent.mkdir()
    rows = _backup(team, out)
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no temp files
    assert zipfile.is_zipfile(out)

    # Changes after the backup are undone by the restore.
    vault = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        vault.remove_member(team.supporter_id)
    finally:
        vault.lock()

    restored = restore(out, team.folder, team.coordinator, team.coordinator_pass)
    try:
        after = _rows(restored)
        assert after["members"] == rows["members"]
        assert after["vault_meta"] == rows["vault_meta"]
        assert after["audit_log"][: len(rows["audit_log"])] == rows["audit_log"]
        assert [r[3] for r in after["audit_log"][len(rows["audit_log"]):]] == ["backup_restored"]
        assert restored.check().ok
    finally:
        restored.lock()
    Vault.unlock(team.folder, team.supporter, team.supporter_pass).lock()
    kept = [p for p in team.folder.iterdir() if p.name.startswith("before-restore-")]
    assert len(kept) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".peerdesk-")]


def test_restore_into_an_empty_folder(team: Any, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    rows = _backup(team, out)
    restored = restore(out, tmp_path / "new", team.supporter, team.supporter_pass)
    try:
        assert _rows(restored)["members"] == rows["members"]
    finally:
        restored.lock()


def _damaged_variants(good: bytes) -> dict[str, bytes]:
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0xFF
    variants = {
        "byte-flipped": bytes(flipped),
        "truncated-half": good[: len(good) // 2],
        "truncated-end": good[:-30],
        "empty": b"",
        "not-a-zip": b"PeerDesk backup, honestly\n" * 50,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(buffer, "w") as dst:
        for name in src.namelist():
            if name != "peerdesk.db":
                dst.writestr(name, src.read(name))
    variants["part-missing"] = buffer.getvalue()
    variants["database-damaged-inside"] = _rezip(good, "peerdesk.db", _flip_at(20000))
    variants["database-truncated-inside"] = _rezip(good, "peerdesk.db", lambda d: d[:8192])
    variants["keyslots-edited-inside"] = _rezip(
        good, "keyslots.json", lambda d: d.replace(b'"training": false', b'"training": true')
    )
    return variants


def _flip_at(offset: int) -> Any:
    def flip(data: bytes) -> bytes:
        changed = bytearray(data)
        changed[offset] ^= 0x01
        return bytes(changed)

    return flip


def _rezip(good: bytes, part: str, change: Any) -> bytes:
    """The backup with one part changed, in a well-formed zip (right CRCs)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(buffer, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, change(data) if name == part else data)
    return buffer.getvalue()


DETAILS = {
    "byte-flipped": "the file is damaged",
    "truncated-half": "the file is damaged",
    "truncated-end": "the file is damaged",
    "empty": "the file is damaged",
    "not-a-zip": "the file is damaged",
    "part-missing": "parts are missing",
    "database-damaged-inside": "its contents are damaged",
    "database-truncated-inside": "its contents are damaged",
    "keyslots-edited-inside": "its contents are damaged",
}


@pytest.mark.parametrize("kind", list(DETAILS))
def test_damaged_backup_is_refused_and_changes_nothing(
    team: Any, tmp_path: Path, snapshot: Any, kind: str
) -> None:
    good = tmp_path / "good.zip"
    _backup(team, good)
    bad = tmp_path / f"{kind}.zip"
    bad.write_bytes(_damaged_variants(good.read_bytes())[kind])
    before = snapshot(team.folder)
    outside = _outside(tmp_path)
    with pytest.raises(BackupInvalid) as info:
        restore(bad, team.folder, team.coordinator, team.coordinator_pass)
    assert str(info.value) == f"{bad} is not a usable PeerDesk backup ({DETAILS[kind]})."
    assert snapshot(team.folder) == before
    assert _outside(tmp_path) == outside  # no scratch folder left behind
    Vault.unlock(team.folder, team.coordinator, team.coordinator_pass).lock()


def test_missing_backup_file(team: Any, tmp_path: Path, snapshot: Any) -> None:
    before = snapshot(team.folder)
    with pytest.raises(BackupInvalid) as info:
        restore(tmp_path / "nope.zip", team.folder, team.coordinator, team.coordinator_pass)
    assert str(info.value) == (
        f"{tmp_path / 'nope.zip'} is not a usable PeerDesk backup (the file does not exist)."
    )
    assert snapshot(team.folder) == before


def test_restore_with_a_wrong_passphrase_changes_nothing(
    team: Any, tmp_path: Path, snapshot: Any
) -> None:
    out = tmp_path / "b.zip"
    _backup(team, out)
    before = snapshot(team.folder)
    with pytest.raises(WrongPassphrase):
        restore(out, team.folder, team.coordinator, "wrong")
    assert snapshot(team.folder) == before


# ----------------------------------------------------------------------------- no plaintext


def _assert_no_marker(paths: list[Path]) -> None:
    needles = [MARKER.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    needles.append(MARKER.lower().encode())
    for path in paths:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"plaintext found in {path.name}"


def test_no_plaintext_in_vault_files_wal_or_backup(team: Any, tmp_path: Path) -> None:
    vault = Vault.unlock(team.folder, team.coordinator, team.coordinator_pass)
    try:
        with database.transaction(vault.conn) as conn:
            conn.execute("INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                         ("marker", MARKER))
            conn.execute("INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                         ("marker16", MARKER.encode("utf-16-le").decode("latin-1")))
            audit.append(conn, vault.user_id, "test_write", note=MARKER)
        # While open: the WAL holds the newest pages.
        files = [p for p in team.folder.iterdir() if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files)
        _assert_no_marker(files)
        # The marker really is in the database (the test can fail).
        assert vault.conn.execute(
            "SELECT value FROM vault_meta WHERE key = 'marker'"
        ).fetchone()[0] == MARKER
        out = tmp_path / "backup.zip"
        vault.backup(out)
        _assert_no_marker([out])
        with zipfile.ZipFile(out) as archive:
            for name in archive.namelist():
                assert MARKER.encode() not in archive.read(name)
        assert member_repo.get(vault.conn, vault.user_id) is not None
    finally:
        vault.lock()
    _assert_no_marker([p for p in team.folder.rglob("*") if p.is_file()])
