"""``peerdesk referrals import|export`` in a real child process (weak KDF)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from peerdesk.storage import crypto

USER = "Dana Brooks"
PASSPHRASE = "amber kettle violin harbour"
GOOD = (
    "name,category,phone,available_24_7,languages,last_verified\n"
    "Harbour EAP,eap,416 555 0100,no,English,2026-01-05\n"
    "Town Crisis Line,crisis_line,416 555 0101,yes,\"English, French\",\n"
)
BAD = (
    "name,category,phone,last_verified\n"
    ",eap,416 555 0100,\n"
    "Mystery,astrology,416 555 0101,\n"
    "Ok,eap,416 555 0102,\n"
    "Bad phone,eap,phone me,\n"
    "Bad date,eap,416 555 0103,31/12/2025\n"
)


def peerdesk(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {**os.environ, crypto.WEAKEN_ENV: "1", "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CACHE_HOME": str(home / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *argv], input=PASSPHRASE + "\n",
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )


def test_import_reports_bad_rows_then_imports_a_clean_file_and_exports(tmp_path: Path) -> None:
    folder = str(tmp_path / "vault")
    init = peerdesk(tmp_path, "vault", "init", "--user", USER, "--vault", folder)
    assert init.returncode == 0, init.stderr

    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    result = peerdesk(tmp_path, "referrals", "import", str(bad), "--user", USER,
                      "--vault", folder)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stdout.splitlines() if line.startswith("line ")]
    assert [line.split(":")[0] for line in lines] == ["line 2", "line 3", "line 5", "line 6"]
    assert "unknown category 'astrology'" in lines[1]
    assert result.stderr.strip().startswith("peerdesk: The file has 4 bad row(s)")

    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    dry = peerdesk(tmp_path, "referrals", "import", str(good), "--dry-run", "--user", USER,
                   "--vault", folder)
    assert dry.returncode == 0, dry.stderr
    assert "2 resource(s) to add" in dry.stdout
    result = peerdesk(tmp_path, "referrals", "import", str(good), "--replace-examples",
                      "--user", USER, "--vault", folder)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 resource(s)" in result.stdout

    out = tmp_path / "export.csv"
    export = peerdesk(tmp_path, "referrals", "export", "--out", str(out), "--user", USER,
                      "--vault", folder)
    assert export.returncode == 0, export.stderr
    text = out.read_text(encoding="utf-8-sig")
    # the starter's real crisis lines stay; its examples were replaced
    assert "988 Suicide & Crisis Lifeline" in text
    assert "Town Crisis Line" in text
    assert "EXAMPLE" not in text
    assert "Wrote 5 resource(s)" in export.stdout

    missing = peerdesk(tmp_path, "referrals", "import", str(tmp_path / "nope.csv"),
                       "--user", USER, "--vault", folder)
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1
    assert "Traceback" not in missing.stderr
