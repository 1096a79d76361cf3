"""Render the training records screens to PNG files (offscreen) for review: the Team section's
Training records tab, the add-record dialog with its inline errors, the required training in
the policy, a supporter's sign-in reminder and their My training records page.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_training_records_shots.py
[OUT_DIR] [--fr] (default OUT_DIR: shots/; files training-records-*.png, fr-training-records-*
in French). Not a test: a tool to look at the screens while working on them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")
# --fr: a French-Canadian system, with settings of its own (before Qt loads).
os.environ.update({"LANG": "fr_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8",
                   "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="peerdesk-fr-config-")}
                  if "--fr" in sys.argv else {})

from peerdesk.domain.members import Role
from peerdesk.domain.training_records import Course, RecordDraft, RecordKind
from peerdesk.services import policy, training_records
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from peerdesk.ui.team.page import POLICY_TAB, TRAINING_TAB, TeamPage
from peerdesk.ui.team.training_page import TrainingRecordsPage
from render_shots import PASSPHRASE, save, settle, sign_in

FRENCH = "--fr" in sys.argv
TEMPORARY = "copper meadow violin sunrise 19"
TODAY = date.today()


def _record(kind: RecordKind, course: Course | None, done_days_ago: int, hours: float,
            provider: str, expires_in: int | None = None) -> RecordDraft:
    expires = None if expires_in is None else TODAY + timedelta(days=expires_in)
    return RecordDraft(kind, course, TODAY - timedelta(days=done_days_ago), round(hours * 60),
                       provider, expires)


def _vault(folder: Path) -> None:
    ws, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE)
    ids = {}
    for name in ("Sam Okafor", "Priya Natarajan", "Lee Halvorsen"):
        ids[name] = ws.vault.add_member(name, TEMPORARY, frozenset({Role.SUPPORTER}),
                                        must_change=False).user_id
    ids["Dana Reyes"] = ws.member.user_id
    policy.update_required_courses(ws, [Course.CRISIS_INTERVENTION.value,
                                        Course.PSYCHOLOGICAL_FIRST_AID.value])
    cert, course = RecordKind.CERTIFICATION, RecordKind.COURSE
    records = {
        "Dana Reyes": [_record(cert, Course.CRISIS_INTERVENTION, 700, 16, "ICISF", 400),
                       _record(course, Course.PSYCHOLOGICAL_FIRST_AID, 500, 6, "Red Cross")],
        "Sam Okafor": [_record(cert, Course.CRISIS_INTERVENTION, 1070, 16, "ICISF", 25),
                       _record(course, Course.PSYCHOLOGICAL_FIRST_AID, 300, 6, "Red Cross"),
                       _record(RecordKind.SUPERVISION, None, 12, 1.5, "Staff psychologist"),
                       _record(RecordKind.CONTINUING_EDUCATION, Course.SUBSTANCE_USE, 40, 3,
                               "Provincial EMS association")],
        "Priya Natarajan": [_record(cert, Course.CRISIS_INTERVENTION, 1100, 16, "ICISF", -3),
                            _record(course, Course.PSYCHOLOGICAL_FIRST_AID, 200, 6,
                                    "Red Cross")],
        "Lee Halvorsen": [_record(cert, Course.SUICIDE_INTERVENTION, 100, 14, "LivingWorks",
                                  55)],
    }
    for name, drafts in records.items():
        for draft in drafts:
            training_records.add(ws, draft, ids[name])
    ws.lock()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    prefix = "fr-training-records" if FRENCH else "training-records"
    app = create_application()
    theme.apply(app, False)
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-training-records-shots-")) / "vault"
    _vault(folder)
    shell = Shell(folder, False, dialogs=DialogService(), idle_lock_ms=0)
    shell.start()
    settle(shell)
    sign_in(shell, PASSPHRASE, "Dana Reyes")
    window = shell.window
    assert window is not None
    window.resize(1280, 720)  # the smaller laptop size stations have
    window.show_section("team")  # type: ignore[attr-defined]
    settle(shell)
    team = window.findChild(TeamPage, "teamPage")
    team.tabs.setCurrentIndex(TRAINING_TAB)
    settle(shell)
    team.training.standing_table.selectRow(2)
    settle(shell)
    save(window, out, f"{prefix}-team")
    team.training.add_record()
    dialog = team.training.dialog
    assert dialog is not None
    settle(shell)
    save(dialog, out, f"{prefix}-add")
    dialog.kind_combo.setCurrentIndex(1)
    dialog.hours_spin.setValue(0)
    dialog.provider_edit.setText("Sgt. Morrison")
    dialog.expires_check.setChecked(True)
    dialog.expiry_edit.setDate(dialog.completed_edit.date().addDays(-2))
    dialog.ok_button.click()
    settle(shell)
    save(dialog, out, f"{prefix}-add-errors")
    dialog.reject()
    team.tabs.setCurrentIndex(POLICY_TAB)
    settle(shell)
    scroll = team.policy.required.parentWidget().parentWidget().parentWidget()
    scroll.ensureWidgetVisible(team.policy.required)  # type: ignore[attr-defined]
    settle(shell)
    save(window, out, f"{prefix}-policy")
    window.lock()  # type: ignore[attr-defined]
    settle(shell)
    sign_in(shell, TEMPORARY, "Sam Okafor")
    window = shell.window
    assert window is not None
    window.resize(1280, 720)
    window.show_section("my_training")  # type: ignore[attr-defined]
    settle(shell)
    save(window, out, f"{prefix}-mine")
    assert window.findChild(TrainingRecordsPage, "myTrainingPage") is not None
    shell.shutdown()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--fr"]
    main(Path(args[0]) if args else Path("shots"))
