"""Sign-in: right and wrong passphrases, the throttle countdown, error codes shown inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from i18n_support import FRENCH_QM
from peerdesk.domain import errors
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.storage.vault import inspect
from peerdesk.ui.kit import messages
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.signin.unlock_screen import UnlockScreen

NAME = "Dana Reyes"
PASSPHRASE = "maple harbour lantern quietly 42"


def _sign_in(qtbot, screen: UnlockScreen, passphrase: str) -> None:
    edit = screen.findChild(QLineEdit, "passphraseEdit")
    qtbot.keyClicks(edit, passphrase)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_right_passphrase_opens_the_main_window(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    screen = shell.window
    assert isinstance(screen, UnlockScreen)
    assert screen.windowTitle() == "PeerDesk"
    assert screen.findChild(QComboBox, "memberCombo").currentText() == NAME
    _sign_in(qtbot, screen, PASSPHRASE)
    assert screen.busy.isVisible()
    assert not screen.findChild(QPushButton, "unlockButton").isEnabled()
    wait_idle()
    window = shell.window
    assert isinstance(window, MainWindow)
    assert window.findChild(QLabel, "memberLabel").text() == NAME
    assert window.findChild(QLabel, "rolesLabel").text() == "Coordinator · Peer supporter"
    assert not window.findChild(QLabel, "failedAttemptsNotice").isVisible()
    assert shell.workspace is not None
    assert not shell.workspace.is_locked


def test_wrong_passphrase_shows_inline_error_and_clears_the_field(
    qtbot, vault, make_shell, wait_idle, dialogs
):
    shell = make_shell(vault)
    screen = shell.window
    _sign_in(qtbot, screen, "not the passphrase")
    wait_idle()
    assert shell.window is screen
    message = screen.findChild(QLabel, "unlockMessage")
    assert message.isVisible()
    assert message.text() == (
        f"That passphrase is not right for {NAME}. Check Caps Lock and try again.")
    edit = screen.findChild(QLineEdit, "passphraseEdit")
    assert edit.text() == ""
    assert edit.hasFocus()
    assert screen.findChild(QPushButton, "unlockButton").isEnabled()
    assert dialogs.asked == []  # inline, never a modal box


def test_failed_attempts_are_shown_once_after_signing_in(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    for _ in range(2):
        _sign_in(qtbot, shell.window, "wrong wrong wrong")
        wait_idle()
    _sign_in(qtbot, shell.window, PASSPHRASE)
    wait_idle()
    notice = shell.window.findChild(QLabel, "failedAttemptsNotice")
    assert notice.isVisible()
    assert notice.text() == (
        "There were 2 failed sign-in attempts on your account since your last sign-in.")


@pytest.fixture
def french(qapp):
    """The French translation installed for one test."""
    translator = QTranslator()
    assert translator.load(str(FRENCH_QM))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.parametrize(("failures", "said"), [
    (1, "Il y a eu 1 tentative de connexion échouée à votre compte"),
    (2, "Il y a eu 2 tentatives de connexion échouées à votre compte"),
    (5, "Il y a eu 5 tentatives de connexion échouées à votre compte"),
])
def test_failed_attempts_are_counted_in_french(
    qtbot, vault, make_shell, wait_idle, clock, french, failures, said
):
    shell = make_shell(vault, guard=UnlockGuard(clock=clock))
    for _ in range(failures):
        _sign_in(qtbot, shell.window, "wrong wrong wrong")
        wait_idle()
    if failures == 5:  # the throttle's countdown, in French too, then the sign-in
        screen = shell.window
        message = screen.findChild(QLabel, "unlockMessage")
        assert message.text() == (
            "Trop de tentatives échouées. Vous pourrez réessayer dans 30 secondes.")
        clock.advance(29)
        qtbot.waitUntil(lambda: message.text().endswith("dans 1 seconde."), timeout=3000)
        clock.advance(1)
        qtbot.waitUntil(screen.findChild(QPushButton, "unlockButton").isEnabled, timeout=3000)
        screen.findChild(QLineEdit, "passphraseEdit").clear()
    _sign_in(qtbot, shell.window, PASSPHRASE)
    wait_idle()
    notice = shell.window.findChild(QLabel, "failedAttemptsNotice")
    assert notice.isVisible()
    assert notice.text().startswith(said)


def test_five_failures_start_a_countdown_that_disables_unlock(
    qtbot, vault, make_shell, wait_idle, clock
):
    shell = make_shell(vault, guard=UnlockGuard(clock=clock))
    screen = shell.window
    for _ in range(5):
        _sign_in(qtbot, screen, "wrong wrong wrong")
        wait_idle()
    unlock = screen.findChild(QPushButton, "unlockButton")
    message = screen.findChild(QLabel, "unlockMessage")
    assert not unlock.isEnabled()
    assert message.text() == "Too many failed attempts. You can try again in 30 seconds."
    _sign_in(qtbot, screen, PASSPHRASE)  # Enter does nothing while waiting
    assert not tasks_busy(shell)
    clock.advance(12)
    qtbot.waitUntil(lambda: "18 seconds" in message.text(), timeout=3000)
    assert not unlock.isEnabled()
    clock.advance(18)
    qtbot.waitUntil(unlock.isEnabled, timeout=3000)
    assert message.text() == "You can try again now."
    screen.findChild(QLineEdit, "passphraseEdit").clear()
    _sign_in(qtbot, screen, PASSPHRASE)
    wait_idle()
    assert isinstance(shell.window, MainWindow)


def tasks_busy(shell) -> bool:
    return bool(shell.tasks.busy)


def test_show_toggle_reveals_the_passphrase(qtbot, vault, make_shell):
    screen = make_shell(vault).window
    edit = screen.findChild(QLineEdit, "passphraseEdit")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    reveal = screen.passphrase.reveal
    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    assert reveal.text() == "Hide"
    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Password


def test_damaged_key_file_is_reported_at_start(qtbot, vault, make_shell):
    (vault / "keyslots.json").write_text("{ not json")
    screen = make_shell(vault).window
    message = screen.findChild(QLabel, "unlockMessage")
    assert message.isVisible()
    assert "key file" in message.text()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (errors.WrongPassphrase(user="Ana"), "not right for Ana"),
        (errors.UnknownUser(user="Ana"), "no member called Ana"),
        (errors.VaultDamaged(detail="page 3"), "damaged"),
        (errors.KeySlotsMissing(path="/x"), "key file of this vault is missing"),
        (errors.KeySlotsTampered(detail="mac"), "changed or damaged"),
        (errors.VaultTooNew(found=9, supported=1), "newer version"),
        (errors.VaultInUse(), "open in another PeerDesk window"),
        (errors.UnlockThrottled(seconds=30), "try again in 30 seconds"),
        (errors.AccountDisabled(user="Ana"), "account of Ana is switched off"),
        (errors.DiskFull(), "disk is full"),
    ],
)
def test_every_unlock_error_code_has_a_clear_message(qapp, error, expected):
    assert expected in messages.error_text(error)


def test_a_bug_never_shows_its_exception_text(qapp):
    text = messages.error_text(RuntimeError("secret internals at 0xdeadbeef"))
    assert "0xdeadbeef" not in text
    assert text.startswith("Something went wrong.")
    assert "peerdesk.log" in text


def test_training_vault_shows_the_banner_before_sign_in(qtbot, vault_factory, make_shell):
    folder = vault_factory("practice", training=True)
    assert inspect(folder).training
    screen = make_shell(folder).window
    banner = screen.findChild(QLabel, "trainingBanner")
    assert banner.isVisible()
    assert banner.text() == "TRAINING — practice data"
    assert screen.windowTitle() == "PeerDesk — Training"
