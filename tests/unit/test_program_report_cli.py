"""``peerdesk stats report`` and ``peerdesk stats trend``: one line out, one clear line per
error, released quarters only."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from peerdesk.domain.quarters import Quarter
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from team_support import new_workspace
from test_stats_cli import run

COMMON = ("--user", "Casey", "--training")


@pytest.fixture
def folder(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 120, seed=2, start=date(2026, 4, 1), end=date(2026, 6, 30))
    stats.view(ws, Quarter.parse("2026-Q2"))
    ws.lock()
    return tmp_path / "v"


def test_report_and_trend_are_written(monkeypatch, capsys, folder, tmp_path):
    out_pdf = tmp_path / "report.pdf"
    code, out, err = run(monkeypatch, capsys, "stats", "report", "--quarter", "2026-Q2",
                         "--out", str(out_pdf), "--language", "fr_CA", "--vault", str(folder),
                         *COMMON)
    assert (code, err) == (0, "")
    assert out == f"Program report 2026-Q2 (from released 2026-Q2) written to {out_pdf}.\n"
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    assert "Rapport du programme" in text
    code, out, err = run(monkeypatch, capsys, "stats", "trend", "--out",
                         str(tmp_path / "t.csv"), "--vault", str(folder), *COMMON)
    assert (code, err) == (0, "")
    assert out == f"Trend written to {tmp_path / 't.csv'}: 3 published figures.\n"
    lines = (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "quarter,table,row,column,value"
    assert lines[1] == ",_meta,program,value,Peer Support Program"
    assert len(lines) == 5


@pytest.mark.parametrize(("period", "message", "status"), [
    (("--quarter", "2026-Q3"), "2026-Q3 not released yet: release it on the Statistics "
                               "screen first.", 1),
    (("--year", "2026"), "2026-Q1, 2026-Q3, 2026-Q4 not released yet: release it on the "
                         "Statistics screen first.", 1),
    (("--quarter", "2026-Q9"), "not a quarter like 2026-Q3: 2026-Q9.", 2),
])
def test_errors_are_one_line_and_write_nothing(monkeypatch, capsys, folder, tmp_path, period,
                                               message, status):
    out_pdf = tmp_path / "x.pdf"
    code, out, err = run(monkeypatch, capsys, "stats", "report", *period, "--out", str(out_pdf),
                         "--vault", str(folder), *COMMON)
    assert (code, out) == (status, "")
    assert err.strip().endswith(message)
    assert err.count("\n") == 1
    assert not out_pdf.exists()
