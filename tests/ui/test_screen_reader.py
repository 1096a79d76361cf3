"""What a screen reader gets, read the way the platform bridge reads it.

Every check goes through ``QAccessible.queryAccessibleInterface(widget)`` (name, value, role,
states), as AT-SPI and UI Automation do, after real key presses and mouse clicks. What the app
says without moving the focus is captured from :data:`peerdesk.ui.kit.a11y.announcer`, the one
path every announcement takes.

* Referral details are reached by Tab and heard as caption and value ("Phone number: 988"); a
  newly chosen entry shows from its top; Copy number leaves the number whole on screen.
* Names follow the visible text (a button's name holds its words whatever they become); no
  two controls of one screen or dialog share a name; a reveal toggle keeps its name and says
  "checked"; page, dialog and panel titles are headings.
* Announcements are true and not missing: no error is announced that is not on screen, the
  imminent-danger panel and search counts are announced, a field's error is its description,
  and the focus follows the member back to the list after saving an edit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from contact_ui_support import draft, focused, prepare, press, save_with_keyboard
from contact_ui_support import sign_in as sign_in_contacts
from peerdesk.domain.referrals import Resource, ResourceCategory
from peerdesk.domain.vocab import ReferralType, Risk, SupporterState, Topic
from peerdesk.services import contacts, referrals
from peerdesk.ui.contacts.chips import CHECK
from peerdesk.ui.contacts.section import FORM_TAB, LIST_TAB
from peerdesk.ui.kit import a11y
from peerdesk.ui.kit.widgets import FieldError
from referrals.test_page import names, open_directory
from shell_support import sign_in_window

Name, Value, Description = (QAccessible.Text.Name, QAccessible.Text.Value,
                            QAccessible.Text.Description)


def face(widget: QWidget) -> Any:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, describe(widget)
    assert interface.isValid(), describe(widget)
    return interface


def name_of(widget: QWidget) -> str:
    return face(widget).text(Name)


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


@pytest.fixture
def heard() -> Iterator[list[tuple[str, bool]]]:
    """Every announcement made during the test: (words, assertive)."""
    said: list[tuple[str, bool]] = []

    def record(text: str, assertive: bool) -> None:
        said.append((text, assertive))

    a11y.announcer.announced.connect(record)
    yield said
    a11y.announcer.announced.disconnect(record)


# ---------------------------------------------------------------------- referral details


def test_referral_details_are_reached_by_tab_and_heard_with_their_values(qtbot, vault,
                                                                         make_shell, wait_idle,
                                                                         heard):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    page.window().resize(1280, 720)
    qtbot.waitUntil(page.search.hasFocus, timeout=5_000)
    heard.clear()
    qtbot.keyClicks(page.search, "helpl")
    qtbot.waitUntil(lambda: names(page.model) == ["9-8-8 Suicide Crisis Helpline"],
                    timeout=5_000)
    assert ("1 resource", False) in heard  # the count is said where the focus stays
    page.table.setFocus()
    reached: list[QWidget] = []
    for _ in range(20):
        press(qtbot, Qt.Key.Key_Tab)
        reached.append(focused())
        if focused() is page.detail.copy_button:
            break
    spoken = [name_of(w) for w in reached]
    assert "Phone number: 988" in spoken, spoken
    phone = face(page.detail.phone)
    assert phone.role() == QAccessible.Role.StaticText
    assert phone.state().focusable
    assert "9-8-8 Suicide Crisis Helpline" in spoken  # the entry's name, as a heading
    assert face(page.detail.name).role() == QAccessible.Role.Heading
    assert "Never verified" in spoken  # the warning is heard, not only seen
    for _ in range(6):  # on past Copy: each shown detail with its caption
        press(qtbot, Qt.Key.Key_Tab)
        reached.append(focused())
        spoken.append(name_of(focused()))
    assert "Hours: 24/7" in spoken, spoken
    assert "Cost: Free" in spoken, spoken
    assert any(s.startswith("Other ways to reach it: Call or text 9-8-8") for s in spoken)
    for widget in reached:
        if widget.parent() is page.detail and isinstance(widget, QLabel):
            assert widget.hasFocus() or face(widget).state().focusable
    page.search.clear()
    qtbot.keyClicks(page.search, "zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5_000)
    assert any(text.startswith("No resource matches") and not assertive
               for text, assertive in heard)


def test_a_new_entry_shows_from_its_top_and_copy_keeps_the_number_whole(qtbot, vault,
                                                                        make_shell, wait_idle,
                                                                        tmp_path):
    shots = tmp_path
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    window = page.window()
    window.resize(1280, 560)  # a short window: the details scroll
    wait_idle()
    scroll = page.detail_scroll
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: page.detail.resource is not None, timeout=5_000)
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5_000)  # the details are taller
    scroll.setFocus()
    press(qtbot, Qt.Key.Key_PageDown, times=5)  # read to the bottom of the first entry
    assert bar.value() == bar.maximum() > 0
    second = page.table.visualRect(page.model.index(1, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert page.detail.resource is page.model.resource_at(1)
    assert bar.value() == 0
    phone = page.detail.phone
    assert phone.visibleRegion().boundingRect() == phone.rect()

    # By keyboard to Copy number (the pane scrolls to the focused button), then Space.
    page.table.setFocus()
    for _ in range(10):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is page.detail.copy_button:
            break
    assert focused() is page.detail.copy_button
    press(qtbot, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == page.detail.resource.phone
    qtbot.waitUntil(page.message.isVisible, timeout=5_000)
    button = page.detail.copy_button
    qtbot.waitUntil(lambda: phone.visibleRegion().boundingRect() == phone.rect()
                    and button.visibleRegion().boundingRect() == button.rect(), timeout=5_000)
    window.grab().save(str(shots / "referral-copied.png"))


# ---------------------------------------------------------------------- names and headings


def visible_text(button: QAbstractButton) -> str:
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&") \
        .removeprefix(CHECK).strip()


def read_screen(root: QWidget, screen: str) -> list[str]:
    """Every visible control of ``root`` as the bridge reads it; the problems found."""
    problems = []
    named: defaultdict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        interface = face(widget)
        name, role, state = interface.text(Name), interface.role(), interface.state()
        interface.text(Value)  # read like the bridge does: it must not fail
        if isinstance(widget, QAbstractButton) and widget.text() and not widget.isCheckable():
            words = visible_text(widget)
            if not set(words.casefold().split()) <= set(name.casefold().split()):
                problems.append(f"{screen}: {describe(widget)} shows {words!r} but is "
                                f"named {name!r}")
        if isinstance(widget, QLabel) and a11y.is_heading(widget) \
                and role != QAccessible.Role.Heading:
            problems.append(f"{screen}: title {describe(widget)} is not a heading")
        if state.focusable and name.strip() and not isinstance(widget, QTabBar):
            # (a tab bar is named after its current tab, which names the page under it)
            named[name.strip()].append(describe(widget))
    problems += [f"{screen}: {', '.join(widgets)} are all named {name!r}"
                 for name, widgets in named.items() if len(widgets) > 1]
    return problems


def test_every_screen_reads_right_names_headings_and_no_twins(qtbot, vault_factory,
                                                              make_shell, wait_idle):
    vault = vault_factory(extra={})
    prepare(vault, work=lambda ws: contacts.save_new(ws, draft()))
    shell = make_shell(vault)
    problems: list[str] = read_screen(shell.window, "unlock")
    assert face(shell.window.findChild(QLabel, "screenTitle")).role() == \
        QAccessible.Role.Heading
    window = sign_in_window(qtbot, shell, wait_idle)
    window.resize(1366, 768)
    headings = 0
    for key in window.section_keys():
        window.show_section(key)
        wait_idle()
        page = window.pages.currentWidget()
        tabs = page.findChild(QTabWidget)
        count = tabs.count() if tabs is not None and tabs.isVisible() else 1
        for index in range(count):
            if count > 1:
                qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                                 pos=tabs.tabBar().tabRect(index).center())
                wait_idle()
            QApplication.processEvents()
            problems += read_screen(window, f"{key}/{index}")
            headings += sum(face(w).role() == QAccessible.Role.Heading
                            for w in window.findChildren(QLabel) if w.isVisible())
    assert not problems, "\n".join(problems)
    assert headings >= len(window.section_keys())  # every section has at least its title
    dialog = window.change_passphrase()
    qtbot.waitUntil(dialog.isVisible)
    assert not read_screen(dialog, "change passphrase")
    assert face(dialog.findChild(QLabel, "screenTitle")).role() == QAccessible.Role.Heading
    dialog.reject()
    window.show_section("my_training")
    wait_idle()
    own = window.findChild(QWidget, "myTrainingPage")
    own.add_record()
    record = own.dialog
    qtbot.waitUntil(record.isVisible)
    assert not read_screen(record, "training record")
    assert face(record.findChild(QLabel, "screenTitle")).role() == QAccessible.Role.Heading
    record.reject()


def test_edit_mode_buttons_are_announced_by_what_they_show(qtbot, vault, make_shell,
                                                           wait_idle):
    prepare(vault, work=lambda ws: contacts.save_new(ws, draft(duration_min=15)))
    _window, section = sign_in_contacts(qtbot, make_shell(vault), wait_idle)
    form = section.form
    assert name_of(form.save_button) == "Save contact"
    _open_first_contact(qtbot, section, wait_idle)
    assert form.save_button.text() == "Save changes"
    assert name_of(form.save_button) == "Save changes"
    assert name_of(form.clear_button) == "Cancel editing"
    assert face(form.title).role() == QAccessible.Role.Heading
    assert name_of(form.title) == "Edit contact"
    qtbot.mouseClick(form.clear_button, Qt.MouseButton.LeftButton)
    assert name_of(form.save_button) == "Save contact"
    assert name_of(form.clear_button) == "Start over"


def test_reveal_toggles_keep_their_name_say_checked_and_differ(qtbot, vault, make_shell,
                                                               wait_idle):
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    dialog = window.change_passphrase()
    qtbot.waitUntil(dialog.isVisible)
    reveals = [b for b in dialog.findChildren(QToolButton) if b.property("reveal")]
    assert len(reveals) == 2
    assert len({name_of(b) for b in reveals}) == 2, [name_of(b) for b in reveals]
    toggle = reveals[0]
    before = name_of(toggle)
    assert not face(toggle).state().checked
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert toggle.isChecked()
    assert name_of(toggle) == before  # the state says it is showing, not a new name
    assert face(toggle).state().checked
    assert face(toggle).role() in (QAccessible.Role.CheckBox, QAccessible.Role.Button)
    dialog.reject()


def test_the_two_other_chips_say_other_what(qtbot, vault, make_shell, wait_idle):
    _window, section = sign_in_contacts(qtbot, make_shell(vault), wait_idle)
    fields = section.form.fields
    topic, referral = fields.topics.chip(Topic.OTHER), fields.referrals.group.chip(
        ReferralType.OTHER)
    assert visible_text(topic) == visible_text(referral) == "Other"
    assert name_of(topic) == "Other topic"
    assert name_of(referral) == "Other referral"
    topic.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert face(topic).state().checked
    assert name_of(topic) == "Other topic"


# ---------------------------------------------------------------------- announcements


def _open_first_contact(qtbot: Any, section: Any, wait_idle: Any) -> None:
    """My contacts tab by mouse, the first row by keyboard (Enter)."""
    bar = section.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(LIST_TAB).center())
    qtbot.waitUntil(lambda: section.list.model.rowCount() >= 1, timeout=5_000)
    table = section.list.table
    table.setFocus()
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_idle()
    assert section.tabs.currentIndex() == FORM_TAB


def test_opening_a_contact_after_a_failed_save_announces_no_stale_error(qtbot, vault,
                                                                        make_shell, wait_idle,
                                                                        heard):
    prepare(vault, work=lambda ws: contacts.save_new(ws, draft()))
    _window, section = sign_in_contacts(qtbot, make_shell(vault), wait_idle)
    form = section.form
    form.fields.duration.setFocus()
    heard.clear()
    save_with_keyboard(qtbot, wait_idle)  # no topic chosen: refused
    errors = [text for text, assertive in heard if assertive]
    assert len(errors) == 1
    assert "Some fields need attention" in errors[0]
    topics_error = form.fields.boxes["topics"].error
    assert topics_error.isVisible()
    described = face(form.fields.topics.chip(Topic.WORK_STRESS)).text(Description)
    assert described == topics_error.text()  # the error is said with its field
    heard.clear()
    _open_first_contact(qtbot, section, wait_idle)
    assert [t for t, assertive in heard if assertive] == []
    assert not form.message.isVisible()
    assert not topics_error.isVisible()
    assert face(form.fields.topics.chip(Topic.WORK_STRESS)).text(Description) != \
        topics_error.text() or not topics_error.text()


def test_the_imminent_danger_panel_is_announced_when_it_opens(qtbot, vault, make_shell,
                                                              wait_idle, heard):
    _window, section = sign_in_contacts(qtbot, make_shell(vault), wait_idle)
    fields = section.form.fields
    fields.risk.setFocus()
    heard.clear()
    target = fields.risk.findData(Risk.IMMINENT_DANGER.value)
    while fields.risk.currentIndex() < target:
        press(qtbot, Qt.Key.Key_Down)
    assert section.form.escalation.isVisible()
    said = [text for text, assertive in heard if assertive]
    assert len(said) == 1, heard
    assert "Imminent danger: stay with the person" in said[0]
    assert "Saving needs a crisis line" in said[0]


def test_after_saving_an_edit_the_focus_and_the_confirmation_are_on_the_list(qtbot, vault,
                                                                             make_shell,
                                                                             wait_idle, heard):
    contact_id = prepare(vault, work=lambda ws: contacts.save_new(ws, draft(duration_min=15)))
    window, section = sign_in_contacts(qtbot, make_shell(vault), wait_idle)
    _open_first_contact(qtbot, section, wait_idle)
    form = section.form
    form.fields.duration.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "25")
    heard.clear()
    save_with_keyboard(qtbot, wait_idle)
    assert contacts.get(window.workspace, contact_id)[0].draft.duration_min == 25
    assert section.tabs.currentIndex() == LIST_TAB
    assert focused() is section.list.table
    assert focused().isVisible()
    assert "Changes saved" in section.list.message.text()
    assert section.list.message.isVisible()
    assert any("Changes saved" in text for text, _ in heard)


def _directory(ws: Any, own: bool) -> None:
    referrals.install_starter_directory(ws)  # its self-care entries are examples, no numbers
    if own:
        referrals.add(ws, Resource("Harbour EAP", ResourceCategory.EAP, phone="+1 902 555 0100",
                                   available_24_7=True, last_verified=date.today()))


@pytest.mark.parametrize("own", [False, True])
def test_self_care_after_affected_offers_the_programs_own_entries(qtbot, vault, make_shell,
                                                                 wait_idle, own):
    prepare(vault, work=lambda ws: (_directory(ws, own), contacts.save_new(ws, draft())))
    _window, section = sign_in_contacts(qtbot, make_shell(vault), wait_idle)
    form = section.form
    state = form.fields.state
    state.setFocus()
    while state.currentData() != SupporterState.AFFECTED.value:
        press(qtbot, Qt.Key.Key_Down)
    assert form.self_care.isVisible()
    wait_idle()
    text = form.self_care.resources.text()
    assert "EXAMPLE" not in text
    if own:
        assert "Harbour EAP — +1 902 555 0100 — 24/7" in text
    else:
        assert "a coordinator can add" in text
    # Editing a contact from My contacts: the advice after saving is on the tab the member
    # goes back to, with the same entries.
    _open_first_contact(qtbot, section, wait_idle)
    state.setFocus()
    while state.currentData() != SupporterState.AFFECTED.value:
        press(qtbot, Qt.Key.Key_Down)
    save_with_keyboard(qtbot, wait_idle)
    assert section.tabs.currentIndex() == LIST_TAB
    said = section.list.message.text()
    assert section.list.message.isVisible()
    assert "Please look after yourself too" in said
    assert "EXAMPLE" not in said
    assert ("Harbour EAP" in said) is own


def test_field_errors_are_the_descriptions_of_their_fields(qtbot, vault, make_shell,
                                                          wait_idle):
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    dialog = window.change_passphrase()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.current.edit, "not the passphrase")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    errors = [e for e in dialog.findChildren(FieldError) if e.isVisible()]
    assert errors
    for error in errors:
        assert error.field is not None
        assert face(error.field).text(Description) == error.text()
    for error in errors:
        qtbot.keyClicks(error.field, "x")  # typing clears the error and the description
        assert error.isHidden()
        assert face(error.field).text(Description) != error.text() or not error.text()
    dialog.reject()


# ---------------------------------------------------------------------- the survey kiosk


def test_every_page_of_the_survey_kiosk_reads_right_in_both_languages(qtbot, vault, make_shell,
                                                                      wait_idle):
    from peerdesk.ui.surveys import kiosk as pages
    from survey_ui_support import open_kiosk, survey_cohort

    survey_cohort(vault)
    _window, _page, kiosk = open_kiosk(qtbot, make_shell(vault), wait_idle)
    problems: list[str] = []
    seen: set[int] = set()

    def read(where: str) -> None:
        QApplication.processEvents()
        problems.extend(read_screen(kiosk, where))
        headings = [w for w in kiosk.findChildren(QLabel)
                    if w.isVisible() and face(w).role() == QAccessible.Role.Heading]
        if not headings:
            problems.append(f"{where}: no heading")
        seen.add(kiosk.current_page())

    for language in ("en", "fr"):
        qtbot.mouseClick(kiosk.french if language == "fr" else kiosk.english,
                         Qt.MouseButton.LeftButton)
        read(f"{language} welcome")
        qtbot.mouseClick(kiosk.start_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(kiosk.code_edit, "M")
        qtbot.mouseClick(kiosk.code_next, Qt.MouseButton.LeftButton)
        read(f"{language} code, with its error")
        assert face(kiosk.code_edit).text(Name) in ("Personal code", "Code personnel")
        kiosk.code_edit.clear()
        qtbot.keyClicks(kiosk.code_edit, "MA04")
        qtbot.mouseClick(kiosk.code_next, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(kiosk.question.buttons[1], Qt.MouseButton.LeftButton)
        read(f"{language} question")
        answer = face(kiosk.question.buttons[1])
        assert answer.state().checked  # the picked answer says so
        assert kiosk.question.prompt.text() in answer.text(Description)
        kiosk.index = len(kiosk.questionnaire) - 1
        kiosk.next_question()
        read(f"{language} review")
        qtbot.mouseClick(kiosk.leave_button, Qt.MouseButton.LeftButton)
        read(f"{language} leave")
        qtbot.mouseClick(kiosk.leave_panel.back_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(kiosk.submit_button, Qt.MouseButton.LeftButton)
        wait_idle()
        qtbot.waitUntil(lambda: kiosk.current_page() == pages.THANKS, timeout=10_000)
        read(f"{language} thanks")
        qtbot.mouseClick(kiosk.next_person_button, Qt.MouseButton.LeftButton)
    assert seen == {pages.WELCOME, pages.CODE, pages.QUESTION, pages.REVIEW, pages.LEAVE,
                    pages.THANKS}
    assert not problems, "\n".join(problems)


def test_incident_screens_read_right_names_headings_and_no_twins(qtbot, vault, make_shell,
                                                                 wait_idle):
    """One incident and each of its dialogs as the bridge reads them; the reach figures are
    heard with their caption."""
    from datetime import datetime, timedelta

    from peerdesk.domain.incidents import IncidentDraft
    from peerdesk.domain.vocab import IncidentType, MemberGroup
    from peerdesk.services import incidents
    from peerdesk.ui.incidents.page import IncidentsPage

    incident_id = prepare(vault, work=lambda ws: incidents.log(ws, IncidentDraft(
        occurred_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=5),
        kind=IncidentType.CHILD_INVOLVED, member_groups=frozenset({MemberGroup.EMS}),
        personnel_involved=8, lead=ws.member.user_id)))
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    window.resize(1366, 768)
    window.show_section("incidents")
    wait_idle()
    page = window.findChild(IncidentsPage, "incidentsPage")
    problems = read_screen(window, "incident list")
    page.open_incident(incident_id)
    wait_idle()
    QApplication.processEvents()
    problems += read_screen(window, "incident")
    assert name_of(page.detail.in_72) == "Reached within 72 hours: 0 of 8"
    assert face(page.detail.title).role() == QAccessible.Role.Heading
    for name, opener in (("change incident", page.edit_incident),
                         ("group intervention", page.log_intervention),
                         ("share out outreach", page.assign),
                         ("close acute phase", page.close_acute)):
        dialog = opener()
        qtbot.waitUntil(dialog.isVisible)
        problems += read_screen(dialog, name)
        assert face(dialog.findChild(QLabel, "screenTitle")).role() == QAccessible.Role.Heading
        dialog.reject()
    assert not problems, "\n".join(problems)
