"""The training workspace from the trainer's side: class results and debrief PDFs, reset with
confirmation, reopening with the classroom passphrase, locking back to the real vault."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, Qt

from peerdesk.domain.errors import WrongPassphrase
from peerdesk.services import contacts, drills
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.signin.unlock_screen import UnlockScreen
from peerdesk.ui.training.models import ScenarioListModel, TraineeResultsModel
from peerdesk.ui.training.section import CLASS_TAB, TOOLS_TAB
from training_ui_support import (
    CLASSROOM,
    key,
    log_self_harm_call,
    open_training,
    start,
    submit,
    use_training_dir,
)


def _class_with_two_attempts(qtbot, section, wait_idle):
    trainer = section.trainer
    section.tabs.setCurrentIndex(CLASS_TAB)
    qtbot.keyClicks(trainer.session_edit, "Spring class, day 2")
    key(qtbot, trainer.session_edit, Qt.Key.Key_Return)
    wait_idle()
    assert trainer.session_id() is not None
    for name in ("Alex Moreau", "Jordan Lee"):
        qtbot.keyClicks(trainer.trainee_edit, name)
        key(qtbot, trainer.trainee_edit, Qt.Key.Key_Return)
        wait_idle()
    assert trainer.trainee_model.rowCount() == 2
    runner = section.drills
    assert runner.trainee_combo.count() == 3  # practising alone, then the two trainees
    section.tabs.setCurrentIndex(0)
    for index, risk in ((1, "Some"), (2, "None")):
        runner.trainee_combo.setCurrentIndex(index)
        start(qtbot, section, wait_idle, "imminent-self-harm")
        log_self_harm_call(qtbot, section, risk=risk)
        submit(qtbot, wait_idle)
        assert "Recorded for" in runner.feedback.recorded.text()
        runner.show_picker()
    section.tabs.setCurrentIndex(CLASS_TAB)
    wait_idle()


def test_trainer_view_lists_results_and_the_most_missed_action(
        qtbot, qtmodeltester, vault, make_shell, wait_idle, monkeypatch, tmp_path, dialogs):
    use_training_dir(monkeypatch, tmp_path)
    _window, section = open_training(qtbot, make_shell(vault), wait_idle)
    _class_with_two_attempts(qtbot, section, wait_idle)
    trainer = section.trainer
    for model in (trainer.trainee_model, trainer.scenario_model, trainer.missed_model,
                  section.drills.model):
        qtmodeltester.check(model)
    rows = trainer.trainee_model.rows()
    assert [(r.name, r.attempts, r.passed) for r in rows] == [
        ("Alex Moreau", 1, 0), ("Jordan Lee", 1, 0)]
    assert trainer.scenario_model.rowCount() == 1
    assert trainer.scenario_model.index(0, 1).data() == "2"  # two attempts of the scenario
    top = trainer.missed_model.rows()[0]
    assert top.misses == 2
    assert trainer.missed_model.index(0, 1).data() == "2 of 2"
    assert "missed in 2 of 2 attempts" in trainer.most_missed_text.text()
    # The class's debrief PDF, then one trainee's, through the dialog service.
    class_pdf, person_pdf = tmp_path / "class.pdf", tmp_path / "jordan"
    dialogs.answers.extend([class_pdf, person_pdf])
    key(qtbot, trainer.class_pdf_button, Qt.Key.Key_Space)
    wait_idle()
    assert class_pdf.read_bytes().startswith(b"%PDF")
    assert not trainer.trainee_pdf_button.isEnabled()  # until a trainee is chosen
    trainer.trainee_table.selectRow(1)
    assert trainer.trainee_pdf_button.isEnabled()
    key(qtbot, trainer.trainee_pdf_button, Qt.Key.Key_Space)
    wait_idle()
    saved = tmp_path / "jordan.pdf"  # the extension is added
    assert saved.read_bytes().startswith(b"%PDF")
    assert "Saved as" in trainer.message.text()
    assert [kind for kind, _title in dialogs.asked] == ["save_file", "save_file"]


def test_reset_asks_first_and_leaves_a_clean_training_vault(
        qtbot, vault, make_shell, wait_idle, monkeypatch, tmp_path, dialogs):
    folder = use_training_dir(monkeypatch, tmp_path)
    shell = make_shell(vault)
    _window, section = open_training(qtbot, shell, wait_idle)
    _class_with_two_attempts(qtbot, section, wait_idle)
    old = shell.workspace
    assert contacts.count(old) == 2
    tools = section.tools
    section.tabs.setCurrentIndex(TOOLS_TAB)
    new_passphrase = "amber kestrel lighthouse drifting 19"
    qtbot.keyClicks(tools.reset_passphrase.edit, new_passphrase)
    qtbot.keyClicks(tools.reset_repeat, new_passphrase)
    dialogs.answers.append(False)  # the trainer thinks again
    key(qtbot, tools.reset_button, Qt.Key.Key_Space)
    wait_idle()
    assert shell.workspace is old
    assert not old.is_locked
    dialogs.answers.append(True)
    key(qtbot, tools.reset_repeat, Qt.Key.Key_Return)
    wait_idle()
    assert [kind for kind, _t in dialogs.asked] == ["confirm", "confirm"]
    assert old.is_locked
    window = shell.window
    assert isinstance(window, MainWindow)
    fresh = shell.workspace
    assert fresh is not old
    assert window.workspace is fresh
    assert fresh.training
    assert fresh.folder == folder
    assert contacts.count(fresh) == 0
    assert drills.class_sessions(fresh) == []
    window.show_section("training")
    page = window.findChild(type(section), "trainingPage")
    wait_idle()
    assert page.trainer.session_combo.count() == 0
    # The new classroom passphrase opens it; the old one does not.
    window.lock()
    wait_idle()
    with pytest.raises(WrongPassphrase):
        drills.open_training_workspace(CLASSROOM, folder=folder)
    drills.open_training_workspace(new_passphrase, folder=folder)[0].lock()


def test_locking_clears_the_models_and_returns_to_the_real_vault(
        qtbot, vault, make_shell, wait_idle, monkeypatch, tmp_path):
    use_training_dir(monkeypatch, tmp_path)
    shell = make_shell(vault)
    window, section = open_training(qtbot, shell, wait_idle)
    _class_with_two_attempts(qtbot, section, wait_idle)
    models = [m for m in window.findChildren(QAbstractItemModel)
              if isinstance(m, (ScenarioListModel, TraineeResultsModel))]
    assert all(m.rowCount() > 0 for m in models)
    seen: dict[int, int] = {}
    window.locked.connect(lambda: seen.update(
        {id(m): m.rowCount() for m in models if shiboken6.isValid(m)}))
    window.lock()
    wait_idle()
    assert set(seen.values()) <= {0}
    assert all(not shiboken6.isValid(m) or m.rowCount() == 0 for m in models)
    screen = shell.window
    assert isinstance(screen, UnlockScreen)
    assert not screen.training  # the real vault's sign-in, not the training one
    assert screen.windowTitle() == "PeerDesk"
    assert screen.member_combo.currentText() == "Dana Reyes"
    # Opening again asks for the classroom passphrase only (the vault exists now).
    window, section = open_training(qtbot, shell, wait_idle, create=False)
    assert window.workspace.training
    section.tabs.setCurrentIndex(CLASS_TAB)
    wait_idle()
    assert section.trainer.trainee_model.rowCount() == 2  # the class is still there


def test_wrong_classroom_passphrase_is_shown_in_the_dialog(
        qtbot, vault, make_shell, wait_idle, monkeypatch, tmp_path):
    folder = use_training_dir(monkeypatch, tmp_path)
    drills.open_training_workspace(CLASSROOM, CLASSROOM, folder=folder)[0].lock()
    shell = make_shell(vault)
    screen = shell.window
    screen.open_training()
    wait_idle()
    dialog = screen.training_dialog
    assert dialog.repeat_block.isHidden()
    qtbot.keyClicks(dialog.passphrase.edit, "not the classroom one at all")
    key(qtbot, dialog.passphrase.edit, Qt.Key.Key_Return)
    wait_idle()
    assert "not right" in dialog.message.text()
    assert shell.window is screen
    assert dialog.passphrase.text() == ""
    key(qtbot, dialog.cancel_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()
