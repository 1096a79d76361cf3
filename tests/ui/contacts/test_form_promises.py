"""The contact form keeps its promises to the hands on it: a new contact starts from the
program's defaults, Ctrl+S with a list open saves what the list showed and closes it, and a
date out of range is refused beside the field (never silently dropped)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from contact_ui_support import save_with_keyboard, sign_in
from peerdesk.domain.vocab import Channel, InitiatedBy, MemberGroup, Topic
from peerdesk.services import contacts
from peerdesk.ui.kit.vocab_labels import label

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def pick(qtbot, box, text: str) -> None:
    """Open the list with Alt+Down, walk to ``text`` with the arrows, take it with Enter."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    view = box.view()
    target = box.findText(text)
    while view.currentIndex().row() != target:
        key = Qt.Key.Key_Down if view.currentIndex().row() < target else Qt.Key.Key_Up
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def fill_routine_fields(qtbot, fields) -> None:
    fields.duration.setFocus()
    qtbot.keyClick(fields.duration, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(fields.duration, "45")
    pick(qtbot, fields.channel, label(Channel.PHONE))
    pick(qtbot, fields.initiated, label(InitiatedBy.PEER_OUTREACH))
    pick(qtbot, fields.group, label(MemberGroup.FIRE))
    QTest.mouseClick(fields.topics.chip(Topic.WORK_STRESS), Qt.MouseButton.LeftButton)


def assert_defaults(fields) -> None:
    assert fields.duration.value() == 30
    assert fields.channel.currentText() == label(Channel.IN_PERSON)
    assert fields.initiated.currentText() == label(InitiatedBy.SELF_REFERRAL)
    assert fields.group.currentText() == label(MemberGroup.POLICE)
    assert not fields.topics.chip(Topic.WORK_STRESS).isChecked()


def test_after_saving_and_after_start_over_the_form_starts_from_the_defaults(
        qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    window, section = sign_in(qtbot, shell, wait_idle)
    form, fields = section.form, section.form.fields
    fill_routine_fields(qtbot, fields)
    save_with_keyboard(qtbot, wait_idle)
    assert "Contact saved" in form.message.text()
    saved = contacts.page(window.workspace)[0]
    assert (saved.channel, saved.duration_min) == (Channel.PHONE, 45)
    assert_defaults(fields)  # never the last contact's answers
    fill_routine_fields(qtbot, fields)
    QTest.mouseClick(form.clear_button, Qt.MouseButton.LeftButton)
    assert_defaults(fields)
    # A new sign-in starts from the defaults too, not from the contact saved last time.
    QTest.keyClick(fields.duration, Qt.Key.Key_L, CTRL)
    wait_idle()
    _window, section = sign_in(qtbot, shell, wait_idle)
    assert_defaults(section.form.fields)


def test_ctrl_s_with_a_list_open_saves_what_the_list_shows_and_closes_it(
        qtbot, vault, make_shell, wait_idle):
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    fields = section.form.fields
    QTest.mouseClick(fields.topics.chip(Topic.WORK_STRESS), Qt.MouseButton.LeftButton)
    fields.channel.setFocus()
    qtbot.keyClick(fields.channel, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    view = fields.channel.view()
    start = view.currentIndex().row()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the list shows the next channel highlighted
    shown = fields.channel.itemText(start + 1)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_S, CTRL)
    wait_idle()
    assert QApplication.activePopupWidget() is None  # nothing floats over the new form
    assert not fields.channel.view().isVisible()
    saved = contacts.page(window.workspace)[0]
    assert label(saved.channel) == shown
    assert "Contact saved" in section.form.message.text()


def _type_year(qtbot, field, year: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End)  # the year, the last part
    for _ in range(4):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, year)


def test_dates_out_of_range_are_refused_beside_the_field(qtbot, vault, make_shell, wait_idle):
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    form, fields = section.form, section.form.fields
    QTest.mouseClick(fields.topics.chip(Topic.WORK_STRESS), Qt.MouseButton.LeftButton)
    error = fields.boxes["occurred_on"].error
    _type_year(qtbot, fields.date, "1899")
    assert fields.date.date().year() == 1899  # the typed year is kept, not clamped
    assert error.isVisible()
    assert "more than a year ago" in error.text()
    save_with_keyboard(qtbot, wait_idle)
    assert contacts.page(window.workspace) == []
    assert "need attention" in form.message.text()
    next_year = str(date.today().year + 1)
    _type_year(qtbot, fields.date, next_year)
    assert fields.date.date().year() == int(next_year)  # a future year is not dropped silently
    assert error.text() == "The date cannot be in the future."
    save_with_keyboard(qtbot, wait_idle)
    assert contacts.page(window.workspace) == []
    _type_year(qtbot, fields.date, str(date.today().year))
    assert not error.isVisible()
    save_with_keyboard(qtbot, wait_idle)
    assert len(contacts.page(window.workspace)) == 1
