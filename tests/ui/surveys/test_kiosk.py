"""The survey kiosk, driven by the keys and clicks a respondent and a coordinator send, over a
real vault: nothing else of PeerDesk can be reached (Tab, every shortcut, Escape, closing the
window), leaving takes a coordinator's passphrase, an idle kiosk drops what the respondent
left, Ctrl+L locks, and each submitted form is in the vault at once."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from peerdesk.domain.surveys import WaveKind
from peerdesk.ui.signin.unlock_screen import UnlockScreen
from peerdesk.ui.surveys import kiosk as pages
from peerdesk.ui.surveys.kiosk import KioskWindow
from shell_support import PASSPHRASE, sign_in_window
from survey_ui_support import K6_ITEMS, modes, open_kiosk, stored, survey_cohort

KEYS = Qt.KeyboardModifier


@pytest.fixture
def cohort(vault: Any) -> int:
    return survey_cohort(vault)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = KEYS.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def others_on_screen(*keep: QWidget) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in keep]


def app_shortcuts(window: QWidget) -> set[str]:
    """Every key combination the signed-in window and its pages answer, and the usual ways
    out of a window on the desktops PeerDesk runs on."""
    found = {a.shortcut().toString() for a in window.findChildren(QAction)
             if not a.shortcut().isEmpty()}
    found |= {s.key().toString() for s in window.findChildren(QShortcut)}
    found |= {"Ctrl+S", "Ctrl+F", "Ctrl+W", "Ctrl+Q", "Alt+F4", "Ctrl+Tab", "Ctrl+Shift+Tab",
              "Alt+Tab", "Alt+Left", "Alt+Right", "F1", "F10", "Alt+F", "Ctrl+N", "Ctrl+O",
              "Ctrl+P", "Ctrl+Esc", "Meta+D"}
    found.discard("Ctrl+L")  # locks, on purpose (its own test)
    return found


def answer_by_keyboard(qtbot: Any, kiosk: KioskWindow, code: str, digits: str) -> None:
    """Start, type the code, answer each question (a digit, or Tab to an answer and Space;
    "-" leaves one blank), Tab to Next and Enter, until the review page."""
    assert focused() is kiosk.start_button
    press(Qt.Key.Key_Space)
    assert kiosk.current_page() == pages.CODE
    QTest.keyClicks(focused(), code)
    press(Qt.Key.Key_Return)
    for place, digit in enumerate(digits):
        assert kiosk.current_page() == pages.QUESTION
        if digit == "-":
            pass
        elif place % 2:  # every other question: Tab down to the answer, Space picks it
            for _ in range(int(digit) - 1):
                press(Qt.Key.Key_Tab)
            assert focused() is kiosk.question.buttons[int(digit) - 1]
            press(Qt.Key.Key_Space)
        else:
            QTest.keyClicks(focused(), digit)
        while focused() is not kiosk.question_next:
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Return)
    assert kiosk.current_page() == pages.REVIEW


def test_tab_shortcuts_escape_and_closing_never_leave_the_kiosk(qtbot, vault, cohort,
                                                                make_shell, wait_idle):
    window, _page, kiosk = open_kiosk(qtbot, make_shell(vault), wait_idle)
    assert kiosk.isFullScreen()
    assert kiosk.windowModality() == Qt.WindowModality.ApplicationModal
    assert QApplication.activeModalWidget() is kiosk  # the main window takes no input
    section = window.navigation.currentRow()
    shortcuts = app_shortcuts(window)
    assert {"Ctrl+S", "Ctrl+F"} <= shortcuts

    def still_inside(where: str) -> None:
        assert kiosk.isVisible(), where
        assert focused().window() is kiosk, where
        assert others_on_screen(window, kiosk) == [], where
        assert window.navigation.currentRow() == section, where

    right_clicked: set[str] = set()
    for page_index in (pages.WELCOME, pages.CODE, pages.QUESTION, pages.REVIEW, pages.LEAVE):
        if page_index == pages.LEAVE:
            QTest.mouseClick(kiosk.leave_button, Qt.MouseButton.LeftButton)
        else:
            kiosk._show(page_index)
        reached = set()
        for _ in range(40):  # forward and back: every stop is a control of the kiosk
            press(Qt.Key.Key_Tab)
            still_inside(f"Tab on page {page_index}")
            reached.add(focused())
        for _ in range(40):
            press(Qt.Key.Key_Backtab)
            still_inside(f"Shift+Tab on page {page_index}")
        assert kiosk.leave_button in reached or page_index == pages.LEAVE
        for keys in sorted(shortcuts):
            sequence = QKeySequence(keys)
            combination = sequence[0]
            QTest.keyClick(focused(), combination.key(), combination.keyboardModifiers())
            still_inside(f"{keys} on page {page_index}")
        for field in kiosk.findChildren(QLineEdit):  # a right click opens no menu either
            if field.isVisible():
                pos = field.rect().center()
                QApplication.sendEvent(field, QContextMenuEvent(
                    QContextMenuEvent.Reason.Mouse, pos, field.mapToGlobal(pos)))
                assert QApplication.activePopupWidget() is None, field.objectName()
                right_clicked.add(field.objectName())
        press(Qt.Key.Key_Escape)
        still_inside(f"Escape on page {page_index}")
        # Escape only takes the coordinator's panel back to the page it was opened over.
        assert kiosk.current_page() == (pages.REVIEW if page_index == pages.LEAVE
                                        else page_index)
        # The window's close button, Alt+F4 through the window system, anyone's close().
        assert kiosk.close() is False
        event = QCloseEvent()
        QApplication.sendEvent(kiosk, event)
        assert not event.isAccepted()
        still_inside(f"closing on page {page_index}")
    assert right_clicked == {"kioskCodeEdit", "kioskPassphraseEdit"}


def test_a_respondent_answers_by_keyboard_and_the_form_is_in_the_vault_at_once(
        qtbot, vault, cohort, make_shell, wait_idle, tasks):
    window, _page, kiosk = open_kiosk(qtbot, make_shell(vault), wait_idle)
    answer_by_keyboard(qtbot, kiosk, "Ma 04", "21-534")
    assert "5 of 6" in kiosk.review_text.text()  # one left blank, and said so
    assert focused() is kiosk.submit_button
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.current_page() == pages.THANKS, timeout=10_000)
    # Stored at once: in the vault before anyone does anything else.
    forms = stored(window, tasks, wait_idle, cohort)
    assert len(forms) == 1
    assert forms[0].wave is WaveKind.PRE
    assert modes(window, tasks, wait_idle, cohort) == ["kiosk"]
    # The digit picks an answer by its place (1 = the scale's first value, 0 for the K6).
    # A digit picks an answer by its place: "2" is the K6's second answer, value 1.
    assert forms[0].answers == {"k6": {"nervous": 1, "hopeless": 0, "nothing_cheers": 4,
                                       "effort": 2, "worthless": 3}}
    assert len(forms[0].answers["k6"]) == K6_ITEMS - 1  # "restless" left blank
    assert kiosk.answers == {}
    assert kiosk.code == ""
    press(Qt.Key.Key_Return)  # "Next person"
    assert kiosk.current_page() == pages.WELCOME
    answer_by_keyboard(qtbot, kiosk, "ZO11", "111111")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.current_page() == pages.THANKS, timeout=10_000)
    assert len(stored(window, tasks, wait_idle, cohort)) == 2


def test_the_mouse_answers_too_and_french_is_one_click_away(qtbot, vault, cohort, make_shell,
                                                            wait_idle):
    _window, _page, kiosk = open_kiosk(qtbot, make_shell(vault), wait_idle)
    QTest.mouseClick(kiosk.french, Qt.MouseButton.LeftButton)
    assert kiosk.start_button.text() == "Commencer le sondage"
    QTest.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(kiosk.code_edit, "x")
    QTest.mouseClick(kiosk.code_next, Qt.MouseButton.LeftButton)
    assert "4" in kiosk.code_error.text()
    assert kiosk.current_page() == pages.CODE
    kiosk.code_edit.clear()
    QTest.keyClicks(kiosk.code_edit, "MA04")
    QTest.mouseClick(kiosk.code_next, Qt.MouseButton.LeftButton)
    assert kiosk.question.prompt.text() == "nerveux(se)?"
    QTest.mouseClick(kiosk.question.buttons[4], Qt.MouseButton.LeftButton)
    assert kiosk.answers == {"k6:nervous": 4}
    QTest.mouseClick(kiosk.english, Qt.MouseButton.LeftButton)
    assert kiosk.question.prompt.text() == "nervous?"
    assert kiosk.question.buttons[4].isChecked()  # the answer stays through the switch


def test_leaving_takes_a_coordinators_passphrase_and_a_wrong_one_keeps_the_kiosk(
        qtbot, vault, cohort, make_shell, wait_idle):
    window, page, kiosk = open_kiosk(qtbot, make_shell(vault), wait_idle)
    while focused() is not kiosk.leave_button:
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)
    assert kiosk.current_page() == pages.LEAVE
    assert focused() is kiosk.leave_panel.passphrase.edit
    QTest.keyClicks(focused(), "not the passphrase")
    press(Qt.Key.Key_Return)
    wait_idle()
    panel = kiosk.leave_panel
    assert "not right" in panel.message.text()
    assert panel.message.kind() == "error"
    assert kiosk.isVisible()
    assert kiosk.current_page() == pages.LEAVE
    assert panel.passphrase.text() == ""  # the wrong passphrase does not stay on screen
    QTest.keyClicks(focused(), PASSPHRASE)
    press(Qt.Key.Key_Return)
    wait_idle()
    qtbot.waitUntil(lambda: page.kiosk is None, timeout=5_000)
    assert not shiboken6.isValid(kiosk) or not kiosk.isVisible()
    assert "ended" in page.message.text()
    assert QApplication.activeModalWidget() is None
    assert window.workspace is not None  # still signed in, as the one who opened it


def test_five_wrong_passphrases_make_the_next_try_wait(qtbot, vault, cohort, make_shell,
                                                       wait_idle):
    _window, page, kiosk = open_kiosk(qtbot, make_shell(vault), wait_idle)
    QTest.mouseClick(kiosk.leave_button, Qt.MouseButton.LeftButton)
    panel = kiosk.leave_panel
    for attempt in range(6):
        QTest.keyClicks(panel.passphrase.edit, PASSPHRASE if attempt == 5 else f"guess {attempt}")
        QTest.keyClick(panel.passphrase.edit, Qt.Key.Key_Return)
        wait_idle()
    assert "Too many failed attempts" in panel.message.text()
    assert kiosk.isVisible()
    assert page.kiosk is kiosk


def test_an_idle_kiosk_drops_the_respondents_unsent_answers(qtbot, vault, cohort, make_shell,
                                                            wait_idle, tasks):
    window, _page, kiosk = open_kiosk(qtbot, make_shell(vault), wait_idle)
    assert "90 seconds" in kiosk.idle_note.text()  # the time is said on screen
    kiosk.set_idle_ms(300)
    press(Qt.Key.Key_Space)
    QTest.keyClicks(focused(), "MA04")
    press(Qt.Key.Key_Return)
    QTest.keyClicks(focused(), "3")
    assert kiosk.answers
    qtbot.waitUntil(lambda: kiosk.current_page() == pages.WELCOME, timeout=5_000)
    assert kiosk.answers == {}
    assert kiosk.code == ""
    assert kiosk.code_edit.text() == ""
    assert "cleared" in kiosk.cleared_note.text()
    assert kiosk.isVisible()  # the kiosk stays for the next person
    assert stored(window, tasks, wait_idle, cohort) == []


def test_ctrl_l_in_the_kiosk_locks_peerdesk_and_keeps_nothing_unsent(qtbot, vault, cohort,
                                                                     make_shell, wait_idle,
                                                                     tasks):
    shell = make_shell(vault)
    _window, _page, _kiosk = open_kiosk(qtbot, shell, wait_idle)
    press(Qt.Key.Key_Space)
    QTest.keyClicks(focused(), "MA04")
    press(Qt.Key.Key_Return)
    QTest.keyClicks(focused(), "2")
    press(Qt.Key.Key_L, KEYS.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(shell.window, UnlockScreen), timeout=10_000)
    wait_idle()
    assert shell.workspace is None
    assert others_on_screen(shell.window) == []
    assert QApplication.activeModalWidget() is None
    window = sign_in_window(qtbot, shell, wait_idle)
    assert stored(window, tasks, wait_idle, cohort) == []


def test_the_follow_up_wave_asks_for_no_code(qtbot, vault, make_shell, wait_idle, tasks):
    cohort_id = survey_cohort(vault, wave=WaveKind.FOLLOW_UP)
    window, _page, kiosk = open_kiosk(qtbot, make_shell(vault), wait_idle)
    assert kiosk.windowTitle()
    press(Qt.Key.Key_Return)  # "Start the survey": the first question, no code page
    assert kiosk.current_page() == pages.QUESTION
    for _ in range(K6_ITEMS):
        QTest.keyClicks(focused(), "1")
        kiosk.next_question()
    kiosk.submit_button.setFocus()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.current_page() == pages.THANKS, timeout=10_000)
    forms = stored(window, tasks, wait_idle, cohort_id)
    assert [(f.wave, f.link_id) for f in forms] == [(WaveKind.FOLLOW_UP, None)]


def test_every_kiosk_button_has_words(qtbot, vault, cohort, make_shell, wait_idle):
    _window, _page, kiosk = open_kiosk(qtbot, make_shell(vault), wait_idle)
    for button in kiosk.findChildren(QPushButton):
        assert button.text().strip() or not button.isVisibleTo(kiosk), button.objectName()


def test_a_double_click_opens_one_kiosk(qtbot, vault, cohort, make_shell, wait_idle):
    from survey_ui_support import surveys_page

    _window, page = surveys_page(qtbot, make_shell(vault), wait_idle)
    qtbot.waitUntil(page.kiosk_button.isVisible, timeout=5_000)
    QTest.mouseDClick(page.kiosk_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.kiosk_button, Qt.MouseButton.LeftButton)
    wait_idle()
    kiosks = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, KioskWindow) and w.isVisible()]
    assert kiosks == [page.kiosk]
