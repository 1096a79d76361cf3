"""The survey kiosk: the laptop handed to respondents, one after another, for one wave.

What it promises (ARCHITECTURE section 12):

* **Nothing else of PeerDesk.** A full-screen, application-modal window of its own: the Tab
  chain of a window never leaves it, the main window takes no mouse or key input while it is
  up, no key combination reaches a shortcut (every shortcut the kiosk's widgets are offered is
  taken as a plain key press, which the kiosk ignores), Escape does nothing on the survey, and
  every request to close the window (Alt+F4, the window's close button) is refused.
* **Leaving needs a passphrase.** "Coordinator" opens a panel inside the kiosk where a
  coordinator or trainer types their passphrase; it is checked against their key slot in the
  worker and throttled like sign-in. A wrong passphrase says so and the kiosk stays.
* **Locking still works.** Ctrl+L (and the app's idle lock) lock PeerDesk as anywhere else:
  the current respondent's unsent answers are dropped first, the kiosk closes, and signing in
  again is needed (answers already submitted are in the vault).
* **Idle clears.** After :data:`IDLE_MS` without a key press or mouse movement in the kiosk,
  the current respondent's unsent answers and code are dropped and the welcome page returns,
  which says so; the time is stated on every page.
* **Submitted is stored.** "Submit my answers" runs the engine's submit in the worker (one
  transaction, encrypted like everything in the vault); only its success shows "Thank you".
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.surveys import MAX_CODE, MIN_CODE, code_problem
from peerdesk.ui.kit import i18n, messages, theme
from peerdesk.ui.kit.i18n import QT_TRANSLATE_NOOP
from peerdesk.ui.kit.screen import scrolling
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, primary_button, secondary_button, tag
from peerdesk.ui.surveys.kiosk_words import KioskWords
from peerdesk.ui.surveys.leave_panel import LeaveCheck, LeavePanel
from peerdesk.ui.surveys.question_view import QuestionView
from peerdesk.ui.surveys.questionnaire import ENGLISH, FRENCH, Questionnaire
from peerdesk.ui.surveys.styles import kiosk_sheet

IDLE_MS = 90_000  # a respondent who walks away: their unsent answers go after this
THANKS_MS = 8_000  # the thank-you page returns to the welcome page by itself
LOCK_KEYS = QKeySequence("Ctrl+L")
WELCOME, CODE, QUESTION, REVIEW, THANKS, LEAVE = range(6)
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})
# Submits one respondent's answers (code, {question key: value}) in the worker.
Submit = Callable[[str, dict[str, int]], object]

T_WELCOME = QT_TRANSLATE_NOOP("Kiosk", "Welcome")
T_ABOUT = QT_TRANSLATE_NOOP(
    "Kiosk",
    "This survey is anonymous. Your answers are encrypted on this laptop, and only group "
    "results, for groups large enough that no one can be picked out, ever leave it. Nobody "
    "sees your own answers.")
T_START = QT_TRANSLATE_NOOP("Kiosk", "Start the survey")
T_CLEARED = QT_TRANSLATE_NOOP(
    "Kiosk",
    "The last answers were cleared because nobody touched the laptop for a while. Nothing "
    "of them was kept.")
T_CODE_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Your personal code")
T_CODE_ABOUT = QT_TRANSLATE_NOOP(
    "Kiosk",
    "So that your answers now and later can be compared without your name, make a code you "
    "will make the same way next time: the first two letters of your mother's first name, "
    "then the month you were born in as two digits (for example MA04). PeerDesk keeps only "
    "a scrambled form of it and deletes that when the survey ends.")
T_CODE_FIELD = QT_TRANSLATE_NOOP("Kiosk", "Personal code")
T_CODE_EMPTY = QT_TRANSLATE_NOOP("Kiosk", "Type your personal code to go on.")
T_CODE_LENGTH = QT_TRANSLATE_NOOP(
    "Kiosk",
    "A personal code has {low} to {high} letters or digits; spaces do not count.")
T_QUESTION_OF = QT_TRANSLATE_NOOP("Kiosk", "Question {n} of {total}")
T_REVIEW_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Ready to submit?")
T_REVIEW_ALL = QT_TRANSLATE_NOOP(
    "Kiosk",
    "You answered every question. Once submitted, your answers cannot be changed or seen "
    "again on this laptop.")
T_REVIEW_SOME = QT_TRANSLATE_NOOP(
    "Kiosk",
    "You answered {answered} of {total} questions; the others stay blank. Once submitted, "
    "your answers cannot be changed or seen again on this laptop.")
T_SUBMIT = QT_TRANSLATE_NOOP("Kiosk", "Submit my answers")
T_NOT_SAVED = QT_TRANSLATE_NOOP(
    "Kiosk",
    "Your answers could not be saved. Please tell the coordinator.")
T_THANKS = QT_TRANSLATE_NOOP("Kiosk", "Thank you. Your answers are saved.")
T_THANKS_ABOUT = QT_TRANSLATE_NOOP(
    "Kiosk",
    "Please hand the laptop to the next person, or to the coordinator.")
T_NEXT_PERSON = QT_TRANSLATE_NOOP("Kiosk", "Next person")
T_BACK = QT_TRANSLATE_NOOP("Kiosk", "Back")
T_NEXT = QT_TRANSLATE_NOOP("Kiosk", "Next")
T_IDLE = QT_TRANSLATE_NOOP(
    "Kiosk",
    "Answers not yet submitted are cleared after {seconds} seconds without use.")
T_LEAVE = QT_TRANSLATE_NOOP("Kiosk", "Coordinator")
T_LANGUAGE = QT_TRANSLATE_NOOP("Kiosk", "Language")


class KioskWindow(QWidget):
    """The kiosk for one wave's :class:`Questionnaire`.

    Args:
        questionnaire: the wave's questions.
        submit: stores one respondent's answers (runs in the worker).
        leave_check: checks a keeper's passphrase (runs in the worker), see
            :class:`~peerdesk.ui.surveys.leave_panel.LeavePanel`.
        keepers: names whose passphrase may end the kiosk; ``opener`` first.
        idle_ms: the idle time (tests shorten it).

    Signals:
        submitted(): a respondent's answers are in the vault.
        left(): a keeper's passphrase ended the kiosk (it has closed).
        lockRequested(): Ctrl+L in the kiosk (the respondent's answers are already dropped).
    """

    submitted = Signal()
    left = Signal()
    lockRequested = Signal()

    def __init__(self, questionnaire: Questionnaire, tasks: TaskRunner, *, submit: Submit,
                 leave_check: LeaveCheck, keepers: list[str], training: bool,
                 idle_ms: int = IDLE_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("surveyKiosk")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setWindowTitle(messages.window_title(training))
        theme.style_local(self, kiosk_sheet, training)
        self.questionnaire, self.tasks, self._submit = questionnaire, tasks, submit
        self.words = KioskWords()
        self._ending = False
        self._sending = False
        self.code = ""
        self.answers: dict[str, int] = {}
        self.index = 0
        self._before_leave = WELCOME
        self._code_problem = T_CODE_EMPTY
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self._idle_out)
        self._build(leave_check, keepers)
        for field in self.findChildren(QLineEdit):  # no menu anywhere in the kiosk
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._thanks = QTimer(self)
        self._thanks.setSingleShot(True)
        self._thanks.setInterval(THANKS_MS)
        self._thanks.timeout.connect(self.next_person)
        self.retranslate()
        self._show(WELCOME)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # ------------------------------------------------------------------ building

    def _top_bar(self) -> QFrame:
        self.title = tag(QLabel(), "kioskTitle")
        self.title.setWordWrap(True)
        # Each language a Tab stop of its own (no QButtonGroup: Tab skips its unchecked ones).
        # Each language in its own words, never translated (a reader finds their language).
        self.english = tag(QPushButton(i18n.LANGUAGES[i18n.ENGLISH]), "kioskEnglish")
        self.french = tag(QPushButton(i18n.LANGUAGES[i18n.FRENCH]), "kioskFrench")
        for button, code in ((self.english, ENGLISH), (self.french, FRENCH)):
            button.setCheckable(True)
            button.setProperty("language", True)
            button.setChecked(self.words.language == code)
            button.clicked.connect(lambda _c=False, lang=code: self.set_language(lang))
        self.leave_button = secondary_button("", "kioskLeaveButton")
        self.leave_button.clicked.connect(self.ask_to_leave)
        top = QFrame()
        top.setObjectName("kioskBar")
        row = QHBoxLayout(top)
        row.setContentsMargins(32, 16, 32, 16)
        row.setSpacing(12)
        row.addWidget(self.title, 1)
        row.addWidget(self.english)
        row.addWidget(self.french)
        row.addSpacing(24)
        row.addWidget(self.leave_button)
        return top

    def _build(self, leave_check: LeaveCheck, keepers: list[str]) -> None:
        top = self._top_bar()
        self.idle_note = tag(QLabel(), "kioskIdleNote")
        self.idle_note.setWordWrap(True)
        self.pages = tag(QStackedWidget(), "kioskPages")
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._code_page())
        self.pages.addWidget(self._question_page())
        self.pages.addWidget(self._review_page())
        self.pages.addWidget(self._thanks_page())
        self.leave_panel = LeavePanel(self.tasks, leave_check, keepers)
        self.leave_panel.cancelled.connect(self._back_from_leave)
        self.leave_panel.confirmed.connect(self._leave_confirmed)
        self.pages.addWidget(_page(self.leave_panel))
        body = QWidget()
        body.setObjectName("kioskBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages, 1)
        scroll = scrolling(body, "kioskScroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(top)
        outer.addWidget(scroll, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(32, 8, 32, 16)
        footer.addWidget(self.idle_note, 1)
        outer.addLayout(footer)

    def _welcome_page(self) -> QWidget:
        self.welcome_title = tag(QLabel(), "pageTitle")
        self.welcome_title.setWordWrap(True)
        self.cleared_note = MessageWidget("kioskClearedNote")
        self.about = _wrapped_label("kioskAbout")
        self.start_button = primary_button("", "kioskStartButton")
        self.start_button.clicked.connect(self.start)
        return _page(self.welcome_title, self.cleared_note, self.about,
                     _buttons(self.start_button))

    def _code_page(self) -> QWidget:
        self.code_title = tag(QLabel(), "pageTitle")
        self.code_about = _wrapped_label("kioskCodeAbout")
        self.code_label = tag(QLabel(), "fieldLabel")
        self.code_edit = tag(QLineEdit(), "kioskCodeEdit")
        self.code_edit.setMaxLength(24)
        self.code_edit.returnPressed.connect(self._code_done)
        self.code_label.setBuddy(self.code_edit)
        self.code_error = MessageWidget("kioskCodeError")
        self.code_back = secondary_button("", "kioskCodeBack")
        self.code_back.clicked.connect(lambda: self._show(WELCOME))
        self.code_next = primary_button("", "kioskCodeNext")
        self.code_next.clicked.connect(self._code_done)
        return _page(self.code_title, self.code_about, self.code_label, self.code_edit,
                     self.code_error, _buttons(self.code_back, self.code_next))

    def _question_page(self) -> QWidget:
        self.progress = tag(QLabel(), "kioskProgress")
        self.question = QuestionView()
        self.question.answered.connect(self._answered)
        self.question_back = secondary_button("", "kioskQuestionBack")
        self.question_back.clicked.connect(self.previous_question)
        self.question_next = primary_button("", "kioskQuestionNext")
        self.question_next.clicked.connect(self.next_question)
        return _page(self.progress, self.question,
                     _buttons(self.question_back, self.question_next))

    def _review_page(self) -> QWidget:
        self.review_title = tag(QLabel(), "pageTitle")
        self.review_text = _wrapped_label("kioskReviewText")
        self.review_error = MessageWidget("kioskSubmitError")
        self.review_back = secondary_button("", "kioskReviewBack")
        self.review_back.clicked.connect(self.previous_question)
        self.submit_button = primary_button("", "kioskSubmitButton")
        self.submit_button.clicked.connect(self.send)
        return _page(self.review_title, self.review_text, self.review_error,
                     _buttons(self.review_back, self.submit_button))

    def _thanks_page(self) -> QWidget:
        self.thanks_title = tag(QLabel(), "pageTitle")
        self.thanks_text = _wrapped_label("kioskThanksText")
        self.next_person_button = primary_button("", "kioskNextPerson")
        self.next_person_button.clicked.connect(self.next_person)
        return _page(self.thanks_title, self.thanks_text, _buttons(self.next_person_button))

    # ------------------------------------------------------------------ language

    def set_language(self, language: str) -> None:
        """Switch the kiosk (and the question on show) to ``language`` at once."""
        self.words.language = language
        self.french.setChecked(language == FRENCH)
        self.english.setChecked(language == ENGLISH)
        self.retranslate()

    def retranslate(self) -> None:
        t = self.words
        self.title.setText(self.questionnaire.title.get(t.language))
        self.leave_button.setText(t(T_LEAVE))
        self.english.setAccessibleDescription(t(T_LANGUAGE))
        self.french.setAccessibleDescription(t(T_LANGUAGE))
        seconds = str(max(1, round(self._idle.interval() / 1000)))
        self.idle_note.setText(t(T_IDLE).replace("{seconds}", seconds))
        self.welcome_title.setText(t(T_WELCOME))
        self.about.setText(t(T_ABOUT))
        self.start_button.setText(t(T_START))
        if self.cleared_note.isVisible():
            self.cleared_note.update_text(t(T_CLEARED))
        self.code_title.setText(t(T_CODE_TITLE))
        self.code_about.setText(t(T_CODE_ABOUT))
        self.code_label.setText(t(T_CODE_FIELD))
        if self.code_error.isVisible():
            self.code_error.update_text(self._code_words())
        for button in (self.code_back, self.question_back, self.review_back):
            button.setText(t(T_BACK))
        for button in (self.code_next, self.question_next):
            button.setText(t(T_NEXT))
        self.review_title.setText(t(T_REVIEW_TITLE))
        self.submit_button.setText(t(T_SUBMIT))
        if self.review_error.isVisible():
            self.review_error.update_text(t(T_NOT_SAVED))
        self.thanks_title.setText(t(T_THANKS))
        self.thanks_text.setText(t(T_THANKS_ABOUT))
        self.next_person_button.setText(t(T_NEXT_PERSON))
        if self.pages.currentIndex() == QUESTION:
            self._show_question()
        self._review_words()

    # ------------------------------------------------------------------ one respondent

    def start(self) -> None:
        self.cleared_note.hide_message()
        self.index = 0
        self._show(CODE if self.questionnaire.asks_code else QUESTION)

    def _code_done(self) -> None:
        code = self.code_edit.text().strip()
        if not code or code_problem(code) is not None:
            self._code_problem = T_CODE_LENGTH if code else T_CODE_EMPTY
            self.code_error.show_message(self._code_words(), "error")
            self.code_edit.setFocus()
            return
        self.code_error.hide_message()
        self.code = code
        self.index = 0
        self._show(QUESTION)

    def _code_words(self) -> str:
        return self.words(self._code_problem).replace("{low}", str(MIN_CODE)).replace(
            "{high}", str(MAX_CODE))

    def _answered(self, value: int) -> None:
        question = self.question.question
        if question is not None:
            self.answers[question.key] = value

    def next_question(self) -> None:
        if self.index + 1 < len(self.questionnaire):
            self.index += 1
            self._show(QUESTION)
        else:
            self._show(REVIEW)

    def previous_question(self) -> None:
        if self.pages.currentIndex() == REVIEW:
            self._show(QUESTION)
        elif self.index > 0:
            self.index -= 1
            self._show(QUESTION)
        else:
            self._show(CODE if self.questionnaire.asks_code else WELCOME)

    def _show_question(self) -> None:
        if not self.questionnaire.questions:
            return
        question = self.questionnaire.questions[self.index]
        self.progress.setText(self.words(T_QUESTION_OF).replace("{n}", str(self.index + 1))
                              .replace("{total}", str(len(self.questionnaire))))
        self.question.show_question(question, self.words.language,
                                    self.answers.get(question.key))
        # Reading order: the bar, the answers top to bottom, then Back and Next.
        chain = [self.leave_button, *self.question.buttons, self.question_back,
                 self.question_next]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _review_words(self) -> None:
        answered, total = len(self.answers), len(self.questionnaire)
        text = (self.words(T_REVIEW_ALL) if answered == total else
                self.words(T_REVIEW_SOME).replace("{answered}", str(answered))
                .replace("{total}", str(total)))
        self.review_text.setText(text)

    def send(self) -> None:
        """Store this respondent's answers now (in the worker); "Thank you" once stored."""
        if self._sending:
            return
        self._sending = True
        self.submit_button.setEnabled(False)
        self.review_back.setEnabled(False)
        self.review_error.hide_message()
        code, answers, submit = self.code, dict(self.answers), self._submit
        self.tasks.run(lambda: submit(code, answers), self._sent, self._not_sent, owner=self)

    def _sent(self, _result: object) -> None:
        self._sending = False
        self.submit_button.setEnabled(True)
        self.review_back.setEnabled(True)
        self.clear_respondent()
        self._show(THANKS)
        self._thanks.start()
        self.submitted.emit()

    def _not_sent(self, exc: BaseException) -> None:
        self._sending = False
        self.submit_button.setEnabled(True)
        self.review_back.setEnabled(True)
        text = self.words(T_NOT_SAVED)
        if isinstance(exc, PeerDeskError):
            text += " " + messages.error_text(exc)
        self.review_error.show_message(text, "error")

    def next_person(self) -> None:
        self._thanks.stop()
        if self.pages.currentIndex() == THANKS:
            self._show(WELCOME)

    def clear_respondent(self) -> None:
        """Forget the current respondent's code and unsent answers (nothing of them stays)."""
        self.code = ""
        self.answers = {}
        self.index = 0
        self.code_edit.clear()
        self.code_error.hide_message()
        self.review_error.hide_message()

    def holds_answers(self) -> bool:
        return bool(self.code or self.answers or self.code_edit.text())

    # ------------------------------------------------------------------ pages and focus

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        if page == QUESTION:
            self._show_question()
            self.question.focus_first()
        elif page == REVIEW:
            self._review_words()
            self.submit_button.setFocus()
        elif page == CODE:
            self.code_edit.setFocus()
        elif page == WELCOME:
            self.start_button.setFocus()
        elif page == THANKS:
            self.next_person_button.setFocus()
        elif page == LEAVE:
            self.leave_panel.focus_first()
        self.leave_button.setVisible(page != LEAVE)
        self._restart_idle()

    def current_page(self) -> int:
        return self.pages.currentIndex()

    # ------------------------------------------------------------------ leaving

    def ask_to_leave(self) -> None:
        """The coordinator's panel; the respondent's answers wait behind it (idle clears)."""
        if self.pages.currentIndex() != LEAVE:
            self._before_leave = self.pages.currentIndex()
        self._thanks.stop()
        self.leave_panel.reset()
        self._show(LEAVE)

    def _back_from_leave(self) -> None:
        self.leave_panel.reset()
        self._show(self._before_leave if self._before_leave != THANKS else WELCOME)

    def _leave_confirmed(self) -> None:
        self.clear_respondent()
        self.end()
        self.left.emit()

    def end(self) -> None:
        """Close the kiosk for good (left with a passphrase, or PeerDesk is locking): the
        current respondent's unsent answers go first."""
        if self._ending:
            return
        self._ending = True
        self._idle.stop()
        self._thanks.stop()
        self.clear_respondent()
        self.leave_panel.reset()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close()

    @property
    def ended(self) -> bool:
        return self._ending

    # ------------------------------------------------------------------ lock-down

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ending:
            super().closeEvent(event)
            return
        event.ignore()  # Alt+F4, the close button, anyone's close(): only end() closes

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if plain and self.pages.currentIndex() == LEAVE:
                self._back_from_leave()
            event.accept()  # Escape never leaves the kiosk
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._ending or not isinstance(watched, QWidget) or watched.window() is not self:
            return False
        kind = event.type()
        if kind in _INPUT:
            self._restart_idle()
        if isinstance(event, QKeyEvent):
            chord = QKeySequence(event.keyCombination())
            if kind == QEvent.Type.KeyPress and chord == LOCK_KEYS:
                self.clear_respondent()
                self.end()
                self.lockRequested.emit()
                return True
            if kind == QEvent.Type.ShortcutOverride and chord != LOCK_KEYS:
                # Offered to a shortcut: take it as a plain key instead, so no action of the
                # app fires from inside the kiosk (a field still gets its own Ctrl+A, Ctrl+V).
                event.accept()
                return True
        return False

    # ------------------------------------------------------------------ idle

    def _restart_idle(self) -> None:
        if not self._ending:
            self._idle.start()

    def _idle_out(self) -> None:
        """Nobody used the kiosk for the idle time: drop what the respondent left."""
        page = self.pages.currentIndex()
        held = self.holds_answers() or page not in (WELCOME, THANKS)
        self.clear_respondent()
        self.leave_panel.reset()
        self._thanks.stop()
        self._show(WELCOME)
        if held:
            self.cleared_note.show_message(self.words(T_CLEARED), "info")

    def idle_interval_ms(self) -> int:
        return self._idle.interval()

    def set_idle_ms(self, ms: int) -> None:
        """A different idle time (tests; the screen says the new one)."""
        self._idle.setInterval(ms)
        self.retranslate()
        self._restart_idle()


def _wrapped_label(object_name: str) -> QLabel:
    label = tag(QLabel(), object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _buttons(*buttons: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 16, 0, 0)
    layout.setSpacing(16)
    for button in buttons[:-1]:
        layout.addWidget(button)
    layout.addStretch(1)
    layout.addWidget(buttons[-1])
    return row


def _page(*widgets: QWidget) -> QWidget:
    """A page of the kiosk: its content in a readable column, centred."""
    page = QWidget()
    column = QVBoxLayout()
    column.setSpacing(16)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    holder = QWidget()
    holder.setObjectName("kioskColumn")
    holder.setLayout(column)
    holder.setMaximumWidth(980)
    row = QHBoxLayout(page)
    row.setContentsMargins(32, 16, 32, 8)
    row.addStretch(1)
    row.addWidget(holder, 100)
    row.addStretch(1)
    return page
