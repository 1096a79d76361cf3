"""``peerdesk stats export``: one line of output, one clear line per error, frozen re-exports."""

from __future__ import annotations

import io
import sys
from datetime import date

import pytest

from peerdesk.cli import main
from peerdesk.services.demo_data import make_demo_contacts
from team_support import COORD_PASS, new_workspace


def run(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(COORD_PASS + "\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 150, seed=2, start=date(2026, 4, 1), end=date(2026, 6, 30))
    ws.lock()
    return tmp_path / "v"


def test_csv_then_pdf_then_same_bytes_again(monkeypatch, capsys, folder, tmp_path):
    common = ("--user", "Casey", "--vault", str(folder), "--training")
    code, out, err = run(monkeypatch, capsys, "stats", "export", "--quarter", "2026-Q2",
                         "--format", "csv", "--out", str(tmp_path / "a.csv"), *common)
    assert (code, err) == (0, "")
    assert "released and frozen now" in out
    code, out, _ = run(monkeypatch, capsys, "stats", "export", "--quarter", "2026-Q2",
                       "--format", "csv", "--out", str(tmp_path / "b.csv"), *common)
    assert code == 0
    assert "already released" in out
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    code, _, _ = run(monkeypatch, capsys, "stats", "export", "--quarter", "2026-Q2",
                     "--format", "pdf", "--out", str(tmp_path / "r.pdf"), *common)
    assert code == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run(monkeypatch, capsys, "stats", "export", "--year", "2026",
                       "--format", "csv", "--out", str(tmp_path / "y.csv"), *common)
    assert code == 0
    assert b"_meta,quarters,value,2026-Q2" in (tmp_path / "y.csv").read_bytes()


@pytest.mark.parametrize(("quarter", "message", "status"), [
    ("2099-Q1", "2099-Q1 is still open: its statistics can be seen and released from "
                "2099-04-15", 1),
    ("2026-Q5", "not a quarter like 2026-Q3: 2026-Q5", 2),
])
def test_errors_are_one_line(monkeypatch, capsys, folder, tmp_path, quarter, message, status):
    code, _, err = run(monkeypatch, capsys, "stats", "export", "--quarter", quarter, "--format",
                       "csv", "--out", str(tmp_path / "x.csv"), "--user", "Casey", "--vault",
                       str(folder), "--training")
    assert code == status
    assert err.count("\n") == 1
    assert message in err
    assert not (tmp_path / "x.csv").exists()
