"""Follow-ups: the reminder after sign-in, overdue in words, logging one joins its episode."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from contact_ui_support import draft, prepare, save_with_keyboard, sign_in
from peerdesk.services import contacts
from peerdesk.ui.contacts.section import FOLLOW_UPS_TAB, FORM_TAB


def _two_due(ws):
    today = date.today()
    overdue = contacts.save_new(ws, draft(occurred_on=today - timedelta(days=10),
                                          follow_up_due=today - timedelta(days=3)))
    due = contacts.save_new(ws, draft(occurred_on=today - timedelta(days=2),
                                      follow_up_due=today))
    contacts.save_new(ws, draft(follow_up_due=today + timedelta(days=5)))  # not yet due
    return overdue, due


def test_reminder_after_sign_in_opens_the_view(qtbot, vault, make_shell, wait_idle):
    prepare(vault, work=_two_due)
    _window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    assert section.notice.isVisible()
    assert section.notice_text.text() == "2 follow-ups are due (1 overdue)"
    assert section.tabs.tabText(FOLLOW_UPS_TAB) == "Follow-ups (2)"
    qtbot.mouseClick(section.notice_button, Qt.MouseButton.LeftButton)
    assert section.tabs.currentIndex() == FOLLOW_UPS_TAB
    model = section.follow_ups.model
    assert model.rowCount() == 2
    assert model.index(0, model.STATUS).data() == "Overdue by 3 days"  # in words
    assert model.index(1, model.STATUS).data() == "Due today"


def test_no_reminder_without_follow_ups(qtbot, vault, make_shell, wait_idle):
    _window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    assert section.notice.isHidden()
    assert section.follow_ups.empty.isVisible() or section.tabs.currentIndex() != FOLLOW_UPS_TAB


def test_enter_logs_the_follow_up_in_the_same_episode(qtbot, vault, make_shell, wait_idle):
    overdue, _due = prepare(vault, work=_two_due)
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    section.show_follow_ups()
    table = section.follow_ups.table
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Return)  # one keystroke
    wait_idle()
    assert section.tabs.currentIndex() == FORM_TAB
    form = section.form
    assert form.follow_up_of == overdue
    assert form.title.text() == "Log a follow-up"
    assert form.fields.date.date().toPython() == date.today()
    form.fields.setFocus()
    save_with_keyboard(qtbot, wait_idle)
    assert "Contact saved" in form.message.text()
    ws = window.workspace
    first = contacts.get(ws, overdue)[0]
    newest = contacts.get(ws, contacts.page(ws)[0].id)[0]
    assert newest.draft.follow_up_of == overdue
    assert newest.episode_id == first.episode_id
    qtbot.waitUntil(lambda: section.follow_ups.model.rowCount() == 1)
    assert section.notice_text.text() == "1 follow-up is due"


def test_no_longer_needed_closes_the_follow_up(qtbot, vault, make_shell, wait_idle):
    prepare(vault, work=_two_due)
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    section.show_follow_ups()
    qtbot.mouseClick(section.follow_ups.dismiss_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert section.follow_ups.model.rowCount() == 1
    assert "no longer needed" in section.follow_ups.message.text()
    assert len(contacts.follow_ups(window.workspace)) == 1
    qtbot.mouseClick(section.follow_ups.dismiss_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert section.notice.isHidden()
    assert section.follow_ups.empty.isVisible()


def test_a_long_list_says_how_many_are_not_shown(qtbot):
    from datetime import date

    from peerdesk.domain.contacts import FollowUp
    from peerdesk.domain.vocab import Format, MemberGroup
    from peerdesk.ui.contacts.follow_ups_view import FollowUpsView

    view = FollowUpsView()
    qtbot.addWidget(view)
    items = [FollowUp(i, i, date(2026, 11, 1), date(2026, 10, 20), MemberGroup.FIRE,
                      Format.ONE_TO_ONE) for i in range(1, 4)]
    view.set_items(items, total=1200)
    assert not view.more.isHidden()
    assert view.more.text() == "Showing the 3 oldest of 1,200 follow-ups due."
    view.set_items(items, total=3)
    assert view.more.isHidden()
