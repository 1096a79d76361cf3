"""First-run setup: inline validation, the recovery key shown once, PDF, then signed in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from peerdesk.storage.vault import inspect
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.signin.setup_wizard import SetupWizard

STRONG = "maple harbour lantern quietly 42"


def _wizard(qtbot, tmp_path: Path, tasks, dialogs, *, training: bool = False) -> SetupWizard:
    wizard = SetupWizard(tmp_path / "vault", training, tasks, dialogs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill(qtbot, wizard: SetupWizard, name: str, passphrase: str, repeat: str) -> None:
    qtbot.keyClicks(wizard.findChild(QLineEdit, "nameEdit"), name)
    qtbot.keyClicks(wizard.findChild(QLineEdit, "passphraseEdit"), passphrase)
    qtbot.keyClicks(wizard.findChild(QLineEdit, "repeatEdit"), repeat)


def _error(wizard: SetupWizard, name: str) -> QLabel:
    return wizard.findChild(QLabel, name)


def test_weak_passphrase_shows_inline_error(qtbot, tmp_path, tasks, dialogs, wait_idle):
    wizard = _wizard(qtbot, tmp_path, tasks, dialogs)
    _fill(qtbot, wizard, "Dana", "password1", "password1")
    assert wizard.findChild(QLabel, "strengthLabel").text() == "Weak"
    qtbot.mouseClick(wizard.findChild(QPushButton, "createButton"), Qt.MouseButton.LeftButton)
    assert wizard.busy.isVisible()
    assert not wizard.findChild(QPushButton, "createButton").isEnabled()
    wait_idle()
    error = _error(wizard, "passphraseError")
    assert error.isVisible()
    assert "at least 10 characters" in error.text()
    assert not _error(wizard, "repeatError").isVisible()
    assert wizard.findChild(QLineEdit, "passphraseEdit").hasFocus()
    assert not inspect(tmp_path / "vault").exists


def test_mismatched_repeat_shows_inline_error(qtbot, tmp_path, tasks, dialogs, wait_idle):
    wizard = _wizard(qtbot, tmp_path, tasks, dialogs)
    _fill(qtbot, wizard, "Dana", STRONG, STRONG + "x")
    qtbot.keyClick(wizard.findChild(QLineEdit, "repeatEdit"), Qt.Key.Key_Return)
    wait_idle()
    assert _error(wizard, "repeatError").text() == "The two passphrases are not the same."
    assert _error(wizard, "repeatError").isVisible()
    assert wizard.findChild(QLineEdit, "repeatEdit").text() == ""
    assert wizard.pages.currentIndex() == 0


def test_empty_name_shows_inline_error(qtbot, tmp_path, tasks, dialogs, wait_idle):
    wizard = _wizard(qtbot, tmp_path, tasks, dialogs)
    _fill(qtbot, wizard, "", STRONG, STRONG)
    qtbot.keyClick(wizard.findChild(QLineEdit, "repeatEdit"), Qt.Key.Key_Return)
    wait_idle()
    assert _error(wizard, "nameError").text() == "Enter a name."
    assert wizard.findChild(QLineEdit, "nameEdit").hasFocus()


def test_strength_meter_words_follow_the_passphrase(qtbot, tmp_path, tasks, dialogs):
    wizard = _wizard(qtbot, tmp_path, tasks, dialogs)
    edit = wizard.findChild(QLineEdit, "passphraseEdit")
    qtbot.keyClicks(edit, "abc")
    assert wizard.findChild(QLabel, "strengthLabel").text() == "Weak"
    assert "10 characters" in wizard.findChild(QLabel, "strengthWarning").text()
    edit.clear()
    qtbot.keyClicks(edit, STRONG)
    assert wizard.findChild(QLabel, "strengthLabel").text() in {"Good", "Strong"}


def test_success_shows_key_once_and_continue_needs_the_box(
    qtbot, tmp_path, tasks, dialogs, wait_idle
):
    wizard = _wizard(qtbot, tmp_path, tasks, dialogs)
    _fill(qtbot, wizard, "Dana", STRONG, STRONG)
    with qtbot.waitSignal(wizard.created, timeout=15_000) as created:
        qtbot.mouseClick(wizard.findChild(QPushButton, "createButton"), Qt.MouseButton.LeftButton)
    wait_idle()
    workspace = created.args[0]
    key = wizard.findChild(QLabel, "recoveryKey").text().replace("\n", "-")
    assert len(key.replace("-", "")) == 28
    assert wizard.pages.currentIndex() == 1
    assert wizard.findChild(QLineEdit, "passphraseEdit").text() == ""
    continue_button = wizard.findChild(QPushButton, "continueButton")
    assert not continue_button.isEnabled()
    wizard.findChild(QCheckBox, "storedCheck").setChecked(True)
    assert continue_button.isEnabled()
    with qtbot.waitSignal(wizard.finished) as finished:
        qtbot.mouseClick(continue_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is workspace
    assert wizard.findChild(QLabel, "recoveryKey").text() == ""  # shown once, then dropped
    assert workspace.member.name == "Dana"
    workspace.lock()


def test_save_as_pdf_writes_a_real_pdf(qtbot, tmp_path, tasks, dialogs, wait_idle):
    wizard = _wizard(qtbot, tmp_path, tasks, dialogs, training=True)
    _fill(qtbot, wizard, "Dana", STRONG, STRONG)
    with qtbot.waitSignal(wizard.created, timeout=15_000) as created:
        qtbot.keyClick(wizard.findChild(QLineEdit, "repeatEdit"), Qt.Key.Key_Return)
    wait_idle()
    out = tmp_path / "sheet"  # the suffix is added when missing
    dialogs.answers.append(out)
    qtbot.mouseClick(wizard.findChild(QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    wait_idle()
    pdf = tmp_path / "sheet.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert dialogs.asked == [("save_file", "Save recovery key")]
    assert "sheet.pdf" in wizard.findChild(QLabel, "saveMessage").text()
    created.args[0].lock()


def test_cancelled_save_writes_nothing(qtbot, tmp_path, tasks, dialogs, wait_idle):
    wizard = _wizard(qtbot, tmp_path, tasks, dialogs)
    _fill(qtbot, wizard, "Dana", STRONG, STRONG)
    with qtbot.waitSignal(wizard.created, timeout=15_000) as created:
        qtbot.keyClick(wizard.findChild(QLineEdit, "repeatEdit"), Qt.Key.Key_Return)
    wait_idle()
    dialogs.answers.append(None)
    qtbot.mouseClick(wizard.findChild(QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    assert not tasks.busy
    assert not list(tmp_path.glob("*.pdf"))
    created.args[0].lock()


def test_first_run_goes_from_setup_to_main_window(qtbot, tmp_path, make_shell, wait_idle):
    shell = make_shell(tmp_path / "new", training=True)
    wizard = shell.window
    assert isinstance(wizard, SetupWizard)
    assert wizard.windowTitle() == "PeerDesk — Training"
    _fill(qtbot, wizard, "Dana", STRONG, STRONG)
    qtbot.keyClick(wizard.findChild(QLineEdit, "repeatEdit"), Qt.Key.Key_Return)
    wait_idle()
    wizard.findChild(QCheckBox, "storedCheck").setChecked(True)
    qtbot.mouseClick(wizard.findChild(QPushButton, "continueButton"), Qt.MouseButton.LeftButton)
    assert isinstance(shell.window, MainWindow)
    assert shell.window.findChild(QLabel, "trainingBanner").isVisible()
    assert inspect(tmp_path / "new").training
