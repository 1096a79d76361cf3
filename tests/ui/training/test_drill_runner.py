"""A whole drill from the sign-in screen: the training workspace, a scenario, the normal
contact form by keyboard, the feedback (critical misses first), and timed mode."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from peerdesk.domain.drills import model_answer
from peerdesk.domain.members import Role
from peerdesk.services import contacts
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.training.drill_runner import DRILL_PAGE, FEEDBACK_PAGE
from shell_support import PASSPHRASE
from training_ui_support import (
    key,
    log_self_harm_call,
    open_training,
    start,
    submit,
    use_training_dir,
)


def test_a_whole_drill_with_the_keyboard(qtbot, vault, make_shell, wait_idle, monkeypatch,
                                         tmp_path):
    use_training_dir(monkeypatch, tmp_path)
    shell = make_shell(vault)
    window, section = open_training(qtbot, shell, wait_idle)
    assert window.workspace.training
    assert window.findChild(QLabel, "trainingBanner") is not None
    assert shell.workspace.folder == tmp_path / "training"
    start(qtbot, section, wait_idle, "imminent-self-harm")
    runner = section.drills
    assert runner.pages.currentIndex() == DRILL_PAGE
    assert "pistol" in runner.card_text.text()
    assert runner.form.save_button.text() == "Submit for feedback"
    assert runner.timer_label.isHidden()  # not timed
    log_self_harm_call(qtbot, section, risk="Some")  # risk under-rated: critical misses
    submit(qtbot, wait_idle)
    assert runner.pages.currentIndex() == FEEDBACK_PAGE
    feedback = runner.feedback
    assert int(feedback.score.text()) <= 40
    assert "critical actions were missed" in feedback.verdict.text()
    critical = [row.property("verdict") for row in feedback.rows("criticalRow")]
    assert critical[0] == "fail"
    assert critical == sorted(critical)  # every "fail" before any "pass"
    first = feedback.rows("criticalRow")[0].accessibleName()
    assert "Escalate imminent danger" in first
    assert "Some concern" in first  # labels, never codes
    assert "some_concern" not in first
    fields = [row.property("verdict") for row in feedback.rows("fieldRow")]
    assert fields[0] == "fail"
    assert fields == sorted(fields)
    assert any("Risk" in row.accessibleName() and "Imminent danger" in row.accessibleName()
               for row in feedback.rows("fieldRow"))
    assert feedback.findChildren(QLabel, "debriefPoint")
    assert "not recorded" in feedback.recorded.text()
    assert contacts.count(shell.workspace) == 1  # logged as a practice contact
    key(qtbot, feedback.pick_button, Qt.Key.Key_Space)
    assert runner.pages.currentIndex() == 0


def test_timed_mode_shows_the_clock_and_the_minute(qtbot, vault, make_shell, wait_idle,
                                                   monkeypatch, tmp_path, clock):
    use_training_dir(monkeypatch, tmp_path)
    _window, section = open_training(qtbot, make_shell(vault), wait_idle)
    runner = section.drills
    runner.clock = clock
    qtbot.waitUntil(lambda: runner.model.rowCount() >= 10)
    runner.timed_check.setFocus()
    key(qtbot, runner.timed_check, Qt.Key.Key_Space)
    assert runner.timed_check.isChecked()
    for seconds, under in ((42, True), (75, False)):
        start(qtbot, section, wait_idle, "routine-work-stress")
        assert runner.timer_label.isVisible()
        assert runner.timer_limit.text() == "of 1:00"
        clock.advance(seconds)
        qtbot.waitUntil(lambda s=seconds: runner.timer_label.text() == f"{s // 60}:{s % 60:02d}")
        assert bool(runner.timer_label.property("over")) is not under
        scenario = runner.current.scenario
        runner.form.fields.load(model_answer(scenario), date.today())
        runner.form.fields.date.setDate(date.today())
        runner.form.checklist.set_ticked(scenario.checklist)
        runner.form.fields.setFocus()
        submit(qtbot, wait_idle)
        feedback = runner.feedback
        assert runner.pages.currentIndex() == FEEDBACK_PAGE
        assert feedback.score.text() == "100"
        text = feedback.timing.text()
        assert f"{seconds // 60}:{seconds % 60:02d}" in text
        assert ("under the 1:00 limit" in text) is under
        assert ("over the 1:00 limit" in text) is not under
        key(qtbot, feedback.pick_button, Qt.Key.Key_Space)


def test_training_section_in_a_real_vault_points_to_the_workspace(qtbot, vault_factory,
                                                                  make_shell, wait_idle):
    folder = vault_factory("real", extra={"Tess Ward": frozenset({Role.TRAINER})})
    shell = make_shell(folder)
    screen = shell.window
    screen.member_combo.setCurrentText("Tess Ward")
    qtbot.keyClicks(screen.passphrase.edit, PASSPHRASE)
    key(qtbot, screen.passphrase.edit, Qt.Key.Key_Return)
    wait_idle()
    window = shell.window
    assert isinstance(window, MainWindow)
    window.show_section("training")
    page = window.pages.currentWidget()
    assert page.objectName() == "trainingPage"
    assert "Open training workspace" in page.findChild(QLabel, "pageText").text()
    assert not page.findChildren(QLabel, "drillTimer")  # no drill runs in a real vault
