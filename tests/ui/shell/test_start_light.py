"""Starting light: the sign-in window loads none of the signed-in sections, nor the libraries
behind them, nor the vault's cryptography and database driver (the sign-in list reads the plain
key-slot file), and each section loads when it is first opened.

Checked on the modules a fresh process holds, not on the clock (``bench/startup.py`` times the
start against a bare PySide6 window).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import NAME
from shell_support import PASSPHRASE

HEAVY = ("numpy", "scipy", "reportlab", "PIL", "zxcvbn", "peerdesk.services.stats")
# Needed from unlocking on; the sign-in list reads the key-slot file without them.
VAULT_LIBRARIES = ("cryptography", "sqlcipher3")
SECTIONS = tuple(f"peerdesk.ui.{name}"
                 for name in ("contacts", "referrals", "statistics", "region", "team",
                              "surveys", "training"))

# A fresh interpreter: this test session has imported every module already.
CHILD = r"""
import json, sys
from pathlib import Path
from peerdesk.ui.shell.app import build_shell

names = json.loads(sys.argv[4])

def loaded():
    return sorted({name for name in names for module in sys.modules
                   if module == name or module.startswith(name + ".")})

folder = Path(sys.argv[1])
shell = build_shell(folder, False)
seen = {"unlock": loaded()}
from peerdesk.services.workspace import Workspace  # after: it opens vaults
shell.show_main(Workspace.unlock(folder, sys.argv[2], sys.argv[3], shell.guard))
seen["signed_in"] = loaded()
window, seen["opened"] = shell.window, {}
for key in window.section_keys():
    window.show_section(key)
    seen["opened"][key] = [window.pages.currentWidget().objectName(), loaded()]
shell.shutdown()
print(json.dumps(seen))
"""


def modules_seen(vault: Path, home: Path) -> dict:
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen"}
    names = json.dumps(HEAVY + VAULT_LIBRARIES + SECTIONS)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault), NAME, PASSPHRASE, names],
        capture_output=True, text=True, timeout=120, check=False, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_sections_load_when_first_opened_and_not_before_sign_in(vault, tmp_path):
    seen = modules_seen(vault, tmp_path / "home")
    assert seen["unlock"] == []
    # Signed in, the vault is open, and the first section; the others and their libraries wait.
    assert set(VAULT_LIBRARIES) <= set(seen["signed_in"])
    assert set(seen["signed_in"]) - set(VAULT_LIBRARIES) <= {
        "peerdesk.ui.contacts", "peerdesk.ui.referrals"}
    opened = seen["opened"]
    named = ["contacts", "referrals", "statistics", "region", "team", "surveys"]
    assert [key for key in opened if key in named] == named
    assert {key: opened[key][0] for key in named} == {key: f"{key}Page" for key in named}
    assert "peerdesk.ui.region" not in opened["statistics"][1]
    assert "peerdesk.ui.region" in opened["region"][1]
    assert "numpy" not in opened["referrals"][1]
    assert {"numpy", "peerdesk.services.stats", "peerdesk.ui.statistics"} <= set(
        opened["statistics"][1])
    assert "peerdesk.ui.team" not in opened["statistics"][1]
    assert "peerdesk.ui.team" in opened["team"][1]
    assert "peerdesk.ui.surveys" not in opened["team"][1]
    assert "peerdesk.ui.surveys" in opened["surveys"][1]
    assert not {"scipy", "reportlab"} & set(opened["surveys"][1]) - set(opened["team"][1])
