"""Paper mode: the coordinator keys in paper forms of the open wave, one after another.

Each question is one short field for the number of the answer ticked on paper, with the
answer's words shown beside it to check against the form; typing a number that is on the
scale moves to the next question, so a form is keyed in with digits alone. A blank field is
a question left blank. "Save form" stores the form at once (one transaction) and empties the
fields for the next one; nothing is kept when the dialog closes or PeerDesk locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.surveys import MAX_CODE
from peerdesk.ui.kit import i18n, messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.screen import heading, scrolling
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    FieldError,
    MessageWidget,
    busy_bar,
    field_block,
    primary_button,
    secondary_button,
    tag,
    text_label,
)
from peerdesk.ui.surveys.questionnaire import ENGLISH, FRENCH, Question, Questionnaire

# Stores one form: (personal code, {question key: value}) in the worker.
Submit = Callable[[str, dict[str, int]], object]


class PaperEntryDialog(QDialog):
    """Keys in paper forms for one wave."""

    def __init__(self, questionnaire: Questionnaire, tasks: TaskRunner, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperEntryDialog")
        self.setModal(True)
        self.questionnaire, self.tasks, self._submit = questionnaire, tasks, submit
        self.language = FRENCH if i18n.current_language() == i18n.FRENCH else ENGLISH
        self.saved = 0
        title = self.tr("Key in paper forms")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addLayout(heading(title, self.tr(
            "Type the number of the answer ticked on the paper form for each question; the "
            "next question follows by itself. Leave a field empty for a question left blank. "
            "Each form is stored as soon as you save it.")))
        self.code_edit = tag(QLineEdit(), "paperCodeEdit", self.tr("Personal code"))
        self.code_edit.setMaxLength(MAX_CODE)
        self.code_error = FieldError("paperCodeError")
        if questionnaire.asks_code:
            layout.addLayout(field_block(self.tr("&Personal code (as written on the form)"),
                                         self.code_edit, self.code_error))
        else:
            self.code_edit.hide()
        self.fields: dict[str, QLineEdit] = {}
        self.words: dict[str, QLabel] = {}
        layout.addWidget(self._questions(), 1)
        self.count = text_label("", "paperCount")
        self.message = MessageWidget("paperMessage")
        self.busy = busy_bar("paperBusy")
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        self.save_button = primary_button(self.tr("Save form (Ctrl+S)"), "paperSaveButton")
        self.save_button.clicked.connect(self.save)
        self.close_button = secondary_button(self.tr("Close"), "paperCloseButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.activated.connect(self.save)
        self.form = BusyForm(self.busy, (self.save_button,), errors=(self.code_error,),
                             message=self.message)
        self._count_words()
        self._first_field().setFocus()

    def _questions(self) -> QWidget:
        holder = QWidget()
        holder.setObjectName("paperQuestions")
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 12, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        row, legend_of = 0, ""
        for number, question in enumerate(self.questionnaire.questions, start=1):
            legend = self._legend(question)
            if legend != legend_of:  # each instrument's scale once, above its questions
                legend_of = legend
                label = text_label(legend, "paperLegend")
                label.setProperty("panelTitle", False)
                grid.addWidget(label, row, 0, 1, 4)
                row += 1
            text = f"{number}. {question.words.get(self.language)}"
            field = tag(QLineEdit(), f"paperAnswer_{number}", text)
            field.setMaxLength(2)
            field.setFixedWidth(64)
            field.setAlignment(Qt.AlignmentFlag.AlignCenter)
            field.textEdited.connect(lambda _t, q=question, n=number: self._typed(q, n))
            prompt = text_label(text, "paperQuestion")
            prompt.setBuddy(field)
            words = tag(QLabel(), f"paperWords_{number}")
            words.setMinimumWidth(220)
            grid.addWidget(prompt, row, 0, 1, 2)
            grid.addWidget(words, row, 2)
            grid.addWidget(field, row, 3)
            self.fields[question.key] = field
            self.words[question.key] = words
            row += 1
        grid.setRowStretch(row, 1)
        scroll = scrolling(holder, "paperScroll")
        scroll.setMinimumHeight(320)
        return scroll

    def _legend(self, question: Question) -> str:
        scale = "   ".join(f"{c.value} = {c.words.get(self.language)}" for c in question.choices)
        stem = question.instruction.get(self.language)
        return f"{stem}\n{scale}" if stem else scale

    def _first_field(self) -> QWidget:
        if self.questionnaire.asks_code:
            return self.code_edit
        return next(iter(self.fields.values()), self.save_button)

    def _typed(self, question: Question, number: int) -> None:
        field, words = self.fields[question.key], self.words[question.key]
        text = field.text().strip()
        choice = question.choice_of(int(text)) if text.isdigit() else None
        if not text:
            words.setText("")
        elif choice is None:
            words.setText(self.tr("not on the scale"))
        else:
            words.setText(choice.words.get(self.language))
        field.setAccessibleDescription(words.text())
        # Every value of the scale has one digit: a digit on the scale is a whole answer.
        if choice is not None and len(text) == 1:
            keys = list(self.fields)
            following = keys.index(question.key) + 1
            target = self.fields[keys[following]] if following < len(keys) else \
                self.save_button
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _count_words(self) -> None:
        n = self.saved
        self.count.setText(self.tr("%n form(s) saved in this session.", "", n))

    # ------------------------------------------------------------------ saving

    def answers(self) -> tuple[dict[str, int], list[int]]:
        """The typed answers, and the numbers of the questions whose value is off the scale."""
        found: dict[str, int] = {}
        wrong: list[int] = []
        for number, question in enumerate(self.questionnaire.questions, start=1):
            text = self.fields[question.key].text().strip()
            if not text:
                continue
            choice = question.choice_of(int(text)) if text.isdigit() else None
            if choice is None:
                wrong.append(number)
            else:
                found[question.key] = choice.value
        return found, wrong

    def holds_answers(self) -> bool:
        return bool(self.code_edit.text() or any(f.text() for f in self.fields.values()))

    def save(self) -> None:
        if not self.form.begin():
            return
        answers, wrong = self.answers()
        if wrong:
            self.message.show_message(self.tr(
                "These answers are not on the scale: %1. Correct them or leave them empty.")
                .replace("%1", ", ".join(str(n) for n in wrong)), "error")
            self.fields[self.questionnaire.questions[wrong[0] - 1].key].setFocus()
            return
        code, submit = self.code_edit.text().strip(), self._submit
        self.form.run(self.tasks, lambda: submit(code, answers), self._saved, self._refused,
                      owner=self)

    def _saved(self, _result: object) -> None:
        self.saved += 1
        self._count_words()
        self.code_edit.clear()
        for key, field in self.fields.items():
            field.clear()
            self.words[key].setText("")
        self.message.show_message(self.tr("Form saved. Key in the next one."), "positive")
        self._first_field().setFocus()

    def _refused(self, exc: BaseException) -> None:
        self.message.show_message(messages.error_text(exc), "error")

    def done(self, result: int) -> None:
        self.code_edit.clear()  # nothing typed outlives the dialog
        for field in self.fields.values():
            field.clear()
        super().done(result)
