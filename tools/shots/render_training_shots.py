"""Render the training screens to PNG files, offscreen, at a 1366x768 laptop size.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_training_shots.py \
    [--fr] [OUT_DIR]
(default OUT_DIR: shots/). The trainee and class debrief PDFs are rendered there too, with
``pdftoppm -png -r 70``. ``--fr``: on a French-Canadian system, with the French packs and PDFs
(files fr-*.png). Not a test: a tool to look at the screens while working on them.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")
# --fr: a French-Canadian system, and settings of its own (the system's language wins).
os.environ.update({"LANG": "fr_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8", "XDG_CONFIG_HOME":
                   tempfile.mkdtemp(prefix="peerdesk-fr-config-")} if "--fr" in sys.argv else {})


from peerdesk.domain.drills import model_answer
from peerdesk.domain.vocab import MemberGroup, ReferralType, Risk, Topic
from peerdesk.services import drills, paths
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from peerdesk.ui.training.section import CLASS_TAB, TOOLS_TAB, TrainingSection
from render_shots import PASSPHRASE, save, settle

FRENCH = "--fr" in sys.argv
LANGUAGE = "fr_CA" if FRENCH else "en"
PREFIX = "fr-" if FRENCH else ""
CLASSROOM = "copper meadow violin thunder 7"


def prepare_class(folder: Path) -> None:
    """A training vault with a class session, three trainees and their attempts."""
    ws, _key = drills.open_training_workspace(CLASSROOM, CLASSROOM, folder=folder,
                                              kdf=crypto.KdfParams.weak_for_tests())
    session = drills.start_session(ws, "Classe de pairs du printemps, jour 2" if FRENCH
                                   else "Spring peer class, day 2", date.today())
    people = {name: drills.add_trainee(ws, session, name)
              for name in ("Alex Moreau", "Jordan Lee", "Sam Okafor")}
    packs = {e.pack.id: e.pack for e in drills.available_packs(ws, LANGUAGE)}
    crit = packs["critical-incidents"]
    found = packs["foundations"]
    harm = crit.scenario("imminent-self-harm")
    abuse = found.scenario("disclosed-abuse")
    stress = found.scenario("routine-work-stress")
    assert harm
    assert abuse
    assert stress
    under = dataclasses.replace(model_answer(harm), risk=Risk.SOME_CONCERN, referrals=())
    for name, attempts in {
        "Alex Moreau": [(crit, harm, model_answer(harm), 48), (found, abuse, model_answer(abuse),
                                                                71)],
        "Jordan Lee": [(crit, harm, under, 55), (found, stress, model_answer(stress), 40)],
        "Sam Okafor": [(crit, harm, under, 80),
                       (found, abuse, dataclasses.replace(model_answer(abuse),
                                                          disclosure_route=None), 66)],
    }.items():
        for pack, scenario, draft, seconds in attempts:
            drills.submit_attempt(ws, people[name], pack.id, scenario.id, draft, seconds,
                                  LANGUAGE)
    ws.lock()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    root = Path(tempfile.mkdtemp(prefix="peerdesk-training-shots-"))
    real, training = root / "vault", root / "training"
    ws, _key = Workspace.create(real, "Dana Reyes", PASSPHRASE, PASSPHRASE,
                                kdf=crypto.KdfParams.weak_for_tests())
    ws.lock()
    prepare_class(training)
    paths.default_training_dir = lambda: training  # type: ignore[assignment]
    theme.apply(app, False)
    shell = Shell(real, False, dialogs=DialogService(), idle_lock_ms=0)
    shell.start()
    screen = shell.window
    assert screen is not None
    screen.resize(1366, 768)
    settle(shell)
    screen.training_button.setFocus()  # type: ignore[attr-defined]
    save(screen, out, PREFIX + "training-unlock")
    screen.open_training()  # type: ignore[attr-defined]
    settle(shell)
    dialog = screen.training_dialog  # type: ignore[attr-defined]
    dialog.passphrase.edit.setText(CLASSROOM)
    settle(shell)
    save(dialog, out, PREFIX + "training-open-dialog")
    dialog.mode = "create"
    dialog._show_mode()
    dialog.passphrase.edit.setText("copper meadow violin")
    dialog.repeat_edit.setText("copper meadow violin")
    settle(shell)
    save(dialog, out, PREFIX + "training-create-dialog")
    dialog.mode = "open"
    dialog._show_mode()
    dialog.passphrase.edit.setText(CLASSROOM)
    dialog.passphrase.edit.returnPressed.emit()
    settle(shell, 0.5)
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    window.show_section("training")  # type: ignore[attr-defined]
    section = window.findChild(TrainingSection, "trainingPage")
    settle(shell)
    runner = section.drills
    runner.select_scenario("imminent-self-harm")
    runner.timed_check.setChecked(True)
    runner.trainee_combo.setCurrentIndex(2)
    runner.table.setFocus()
    save(window, out, PREFIX + "drill-picker")
    runner.script_button.setChecked(True)
    save(window, out, PREFIX + "drill-picker-script")
    runner.script_button.setChecked(False)
    start = time.monotonic() - 42
    runner.clock = lambda: time.monotonic() - start
    runner.start_drill()
    runner._started -= 42
    runner.tick()
    settle(shell)
    save(window, out, PREFIX + "drill-card")
    fields = runner.form.fields
    fields.group.setCurrentIndex(fields.group.findData(MemberGroup.EMS.value))
    fields.topics.chip(Topic.MENTAL_HEALTH).setChecked(True)
    fields.risk.setCurrentIndex(fields.risk.findData(Risk.SOME_CONCERN.value))
    fields.referrals.group.chip(ReferralType.EAP).setChecked(True)
    runner.clock = lambda: 73.0
    runner._started = 0.0
    runner.form.save()
    settle(shell, 0.5)
    save(window, out, PREFIX + "drill-feedback")
    section.tabs.setCurrentIndex(CLASS_TAB)
    settle(shell, 0.5)
    section.trainer.trainee_table.selectRow(1)
    save(window, out, PREFIX + "trainer-view")
    session = section.trainer.session_id()
    ws = shell.workspace
    assert ws is not None
    assert session is not None
    people = drills.trainees(ws, session)
    drills.debrief_pdf(ws, root / f"{PREFIX}training-debrief-class.pdf", session,
                       language=LANGUAGE)
    drills.debrief_pdf(ws, root / f"{PREFIX}training-debrief-trainee.pdf", session,
                       people[1].id, language=LANGUAGE)
    for name in (f"{PREFIX}training-debrief-class", f"{PREFIX}training-debrief-trainee"):
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(root / f"{name}.pdf"),
                        str(out / name)], check=True)
        print(out / f"{name}-*.png")
    section.tabs.setCurrentIndex(TOOLS_TAB)
    settle(shell)
    save(window, out, PREFIX + "training-tools")
    shell.shutdown()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--fr"]
    main(Path(args[0]) if args else Path("shots"))
