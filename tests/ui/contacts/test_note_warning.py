"""The identifying-details warning in the contact form, for the notes supporters really type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from contact_ui_support import prepare, save_with_keyboard, sign_in
from peerdesk.domain.vocab import Topic
from peerdesk.services import contacts


def type_text(qtbot, widget, text: str) -> None:
    """Key events as a keyboard sends them; accented letters come as one key with their text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.mark.parametrize(
    ("note", "phrases", "details"),
    [
        ("talked w/ mike from B shift, txt 5551234567", ["a name", "a phone number"],
         ["mike", "5551234567"]),
        ("lives at 42 Elm Street, badge 4471", ["a badge or employee number", "an address"],
         ["Elm", "4471"]),
        ("parlé avec marie-ève, le sergent Tremblay était là", ["a name"],
         ["marie", "Tremblay"]),
    ],
)
def test_ordinary_identifying_notes_are_warned_about(
    qtbot, vault, make_shell, wait_idle, dialogs, note, phrases, details
):
    prepare(vault, notes=True)
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    fields = section.form.fields
    texts: list[str] = []
    original = dialogs.confirm

    def confirm(parent, title, text, accept_label):
        texts.append(text)
        return original(parent, title, text, accept_label)

    dialogs.confirm = confirm
    fields.topics.chip(Topic.WORK_STRESS).setChecked(True)
    fields.note.setFocus()
    type_text(qtbot, fields.note, note)
    assert fields.note.toPlainText() == note
    dialogs.answers.append(False)  # go back and take the details out
    save_with_keyboard(qtbot, wait_idle)
    assert dialogs.asked == [("confirm", "Check the note")]
    for phrase in phrases:
        assert phrase in texts[0]
    for detail in details:
        assert detail not in texts[0], "the warning never repeats the note"
    assert contacts.count(window.workspace) == 0


def test_a_clean_note_saves_without_a_question(qtbot, vault, make_shell, wait_idle, dialogs):
    prepare(vault, notes=True)
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    fields = section.form.fields
    fields.topics.chip(Topic.WORK_STRESS).setChecked(True)
    fields.note.setFocus()
    qtbot.keyClicks(fields.note, "Will call him Thursday; he may come to the group with hope")
    save_with_keyboard(qtbot, wait_idle)
    assert dialogs.asked == []
    assert contacts.count(window.workspace) == 1
