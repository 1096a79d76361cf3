"""Helpers for the training tests: open the training workspace from a real vault's sign-in,
pick and run a drill with the keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from peerdesk.domain.vocab import Topic
from peerdesk.services import paths
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.training.section import TrainingSection

CLASSROOM = "copper meadow violin thunder 7"


def use_training_dir(monkeypatch: Any, tmp_path: Path) -> Path:
    folder = tmp_path / "training"
    monkeypatch.setattr(paths, "default_training_dir", lambda: folder)
    return folder


def key(qtbot: Any, widget: Any, k: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifier)


def open_training(qtbot: Any, shell: Any, wait_idle: Any, *, create: bool = True,
                  ) -> tuple[MainWindow, TrainingSection]:
    """From the real vault's sign-in: "Open training workspace", the classroom passphrase."""
    screen = shell.window
    screen.training_button.setFocus()
    key(qtbot, screen.training_button, Qt.Key.Key_Space)
    wait_idle()
    dialog = screen.training_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.repeat_block.isVisible() is create
    qtbot.keyClicks(dialog.passphrase.edit, CLASSROOM)
    if create:
        qtbot.keyClicks(dialog.repeat_edit, CLASSROOM)
        key(qtbot, dialog.repeat_edit, Qt.Key.Key_Return)
    else:
        key(qtbot, dialog.passphrase.edit, Qt.Key.Key_Return)
    wait_idle()
    window = shell.window
    assert isinstance(window, MainWindow)
    window.show_section("training")
    section = window.findChild(TrainingSection, "trainingPage")
    assert section is not None
    wait_idle()
    return window, section


def start(qtbot: Any, section: TrainingSection, wait_idle: Any, scenario_id: str) -> None:
    runner = section.drills
    qtbot.waitUntil(lambda: runner.model.rowCount() >= 10)
    runner.select_scenario(scenario_id)
    runner.table.setFocus()
    key(qtbot, runner.table, Qt.Key.Key_Return)  # Enter on a scenario starts it
    wait_idle()


def log_self_harm_call(qtbot: Any, section: TrainingSection, *, risk: str) -> None:
    """Log the imminent-self-harm card with the keyboard into the normal form (risk typed)."""
    fields = section.drills.form.fields
    for combo, text in ((fields.group, "Police"), (fields.risk, risk)):
        combo.setFocus()
        qtbot.keyClicks(combo, text)
    chip = fields.topics.chip(Topic.MENTAL_HEALTH)
    chip.setFocus()
    key(qtbot, chip, Qt.Key.Key_Space)
    for code in ("confidentiality_explained", "stayed_in_role"):
        box = section.drills.form.checklist.boxes[code]
        box.setFocus()
        key(qtbot, box, Qt.Key.Key_Space)


def submit(qtbot: Any, wait_idle: Any) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    key(qtbot, widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
