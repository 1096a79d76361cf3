"""Render a demo cohort's survey results (PDF in English and French, and the CSV) from a
training vault, and every page of each PDF to PNG (pdftoppm).

Usage: PEERDESK_TESTONLY_WEAKEN_KDF=1 .venv/bin/python tools/shots/render_survey_report_shots.py
[OUT_DIR] (default OUT_DIR: shots/survey-report). Not a test: a tool to look at the pages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from peerdesk.services import demo_data, policy, survey_report
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto

PASSPHRASE = "correct horse battery staple"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws, _ = Workspace.create(Path(tmp) / "vault", "Dana Reyes", PASSPHRASE, PASSPHRASE,
                                 training=True, kdf=crypto.KdfParams.weak_for_tests())
        try:
            current = policy.current(ws)
            policy.update_settings(ws, idle_lock_minutes=current.idle_lock_minutes,
                                   private_notes_enabled=current.private_notes_enabled,
                                   notes_expiry_days=current.notes_expiry_days,
                                   suppression_threshold=current.suppression_threshold,
                                   program_name="Metro Fire & Police Peer Support")
            cohort_id = demo_data.make_demo_survey_cohort(ws)
            survey_report.write_export(ws, cohort_id, "csv", out / "survey-results.csv")
            for language in ("en", "fr_CA"):
                pdf = out / f"survey-results-{language}.pdf"
                survey_report.write_export(ws, cohort_id, "pdf", pdf, language=language)
                if shutil.which("pdftoppm"):
                    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf),
                                    str(out / f"survey-{language}")], check=True)
                print(pdf)
        finally:
            ws.lock()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots/survey-report"))
