"""``peerdesk region ...`` and ``peerdesk stats bundle``: one line per outcome, one clear line
per error, the words asked for before anything is registered or imported."""

from __future__ import annotations

import io
import sys

import pytest

from peerdesk.cli import main
from region_support import released_station
from team_support import COORD_PASS, new_workspace


def run(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(COORD_PASS + "\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folders(tmp_path):
    released_station(tmp_path / "station", 80, seed=3).lock()
    new_workspace(tmp_path / "region", training=True).lock()
    return tmp_path


def _words(text: str, before: str) -> str:
    return text.split(before, 1)[1].strip().splitlines()[0].rstrip(".")


def test_the_regional_workflow_on_the_command_line(monkeypatch, capsys, folders):
    at_region = ("--user", "Casey", "--vault", str(folders / "region"), "--training")
    at_station = ("--user", "Casey", "--vault", str(folders / "station"), "--training")
    key = folders / "region.peerdesk-region-key"
    code, out, err = run(monkeypatch, capsys, "region", "init", "--out", str(key), *at_region)
    assert (code, err) == (0, "")
    region_words = _words(out, "over the phone): ")
    usb = folders / "usb"
    usb.mkdir()
    bundle = usb / "station.peerdesk-bundle"
    code, out, err = run(monkeypatch, capsys, "stats", "bundle", "--quarter", "2026-Q2",
                         "--to", str(key), "--out", str(bundle), *at_station)
    assert code == 1
    assert err.count("\n") == 1
    assert region_words in err
    assert not bundle.exists()
    code, out, err = run(monkeypatch, capsys, "stats", "bundle", "--quarter", "2026-Q2",
                         "--to", str(key), "--out", str(bundle), "--fingerprint", region_words,
                         *at_station)
    assert (code, err) == (0, "")
    station_words = _words(out, "compares them): ")
    station_id = out.split("This station is ", 1)[1].split(";")[0]
    code, out, _ = run(monkeypatch, capsys, "region", "import", str(usb), *at_region)
    assert code == 1
    assert "is new to this region" in out
    assert "0 of 1 bundle(s) imported." in out
    code, out, _ = run(monkeypatch, capsys, "region", "import", str(usb), "--confirm",
                       f"{station_id}={station_words}", *at_region)
    assert code == 0
    assert "imported." in out
    for fmt in ("csv", "pdf"):
        code, out, err = run(monkeypatch, capsys, "region", "export", "--quarter", "2026-Q2",
                             "--format", fmt, "--out", str(folders / f"r.{fmt}"), *at_region)
        assert (code, err) == (0, "")
        assert "1 release(s), 1 station(s)" in out
    assert (folders / "r.csv").read_bytes().startswith(b"quarter,release,scope,")
    assert (folders / "r.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("argv", "message", "status"), [
    (("region", "export", "--quarter", "2026-Q5", "--format", "csv", "--out", "x.csv"),
     "not a quarter like 2026-Q3: 2026-Q5", 2),
    (("region", "export", "--quarter", "2026-Q2", "--format", "csv", "--out", "x.csv"),
     "This vault is not a regional vault", 1),
    (("region", "import", "--confirm", "no-equals-sign", "."),
     "--confirm takes STATION=WORDS", 2),
])
def test_errors_are_one_line(monkeypatch, capsys, folders, argv, message, status):
    code, _, err = run(monkeypatch, capsys, *argv, "--user", "Casey", "--vault",
                       str(folders / "station"), "--training")
    assert code == status
    assert message in err
    assert err.count("\n") == 1
