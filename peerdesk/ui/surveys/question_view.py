"""One question at a time, in large text: its words and one big button per answer.

Each answer is a checkable button and a Tab stop of its own (Up and Down move between them too);
Space or Enter picks the focused one, and picking one unpicks the others; the digit keys 1-9
pick an answer by its place (the number is written on the button). Nothing here stores
anything: the kiosk keeps the answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from peerdesk.ui.kit.widgets import tag
from peerdesk.ui.surveys.questionnaire import Question


class QuestionView(QWidget):
    """Shows one :class:`Question` in one language.

    Signals:
        answered(int): the respondent picked the answer with this value.
    """

    answered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionView")
        self.question: Question | None = None
        self.instruction = tag(QLabel(), "questionInstruction")
        self.instruction.setWordWrap(True)
        self.instruction.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = tag(QLabel(), "formTitle")  # a heading: a screen reader jumps to it
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        # No QButtonGroup: Qt's Tab skips the unchecked buttons of a group (radio-button
        # style, one stop walked with arrows); here each answer is a Tab stop of its own.
        self._values: dict[QPushButton, int] = {}
        self.buttons: list[QPushButton] = []
        self._answers = QVBoxLayout()
        self._answers.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.instruction)
        layout.addWidget(self.prompt)
        layout.addLayout(self._answers)
        layout.addStretch(1)

    def show_question(self, question: Question, language: str, chosen: int | None) -> None:
        """Show ``question`` with ``chosen`` (a value, or None) picked."""
        self.question = question
        instruction = question.instruction.get(language)
        self.instruction.setText(instruction)
        self.instruction.setVisible(bool(instruction))
        self.prompt.setText(question.words.get(language))
        for button in self.buttons:
            button.hide()
            button.deleteLater()
        self.buttons = []
        self._values = {}
        for place, choice in enumerate(question.choices, start=1):
            text = f"{place}   {choice.words.get(language)}" if place < 10 else \
                choice.words.get(language)
            button = tag(QPushButton(text), f"answer_{place}")
            button.setProperty("answer", True)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(choice.value == chosen)
            button.setAccessibleDescription(question.words.get(language))
            self._values[button] = choice.value
            button.clicked.connect(lambda _c=False, v=choice.value: self._picked(v))
            self._answers.addWidget(button)
            button.show()  # at once, so the focus can go to it now
            self.buttons.append(button)

    def focus_first(self) -> None:
        """The focus on the picked answer, else the first (where a keyboard user starts)."""
        picked = next((b for b in self.buttons if b.isChecked()), None)
        target = picked or (self.buttons[0] if self.buttons else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _picked(self, value: int) -> None:
        for button in self.buttons:
            button.setChecked(self._values[button] == value)
        self.answered.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text != "0" and int(text) <= len(self.buttons):
            button = self.buttons[int(text) - 1]
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._picked(self._values[button])
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused in self.buttons:
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                place = self.buttons.index(focused) + step
                if 0 <= place < len(self.buttons):
                    self.buttons[place].setFocus(Qt.FocusReason.TabFocusReason)
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused in self.buttons:
                self._picked(self._values[focused])
                return
        super().keyPressEvent(event)
