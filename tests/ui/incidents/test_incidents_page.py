"""The Incidents section with real key and mouse events: logging an incident, updating reach in
a few keystrokes, a group intervention logged once, contacts linked to an incident one after
another, and the incident follow-ups in Follow-ups."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from contact_ui_support import NAME, prepare, save_with_keyboard
from peerdesk.domain.incidents import IncidentDraft
from peerdesk.domain.members import Role
from peerdesk.domain.vocab import IncidentType, MemberGroup
from peerdesk.services import contacts, incidents
from peerdesk.services.workspace import Workspace
from peerdesk.ui.contacts.section import FOLLOW_UPS_TAB, FORM_TAB, ContactsSection
from peerdesk.ui.incidents.page import DETAIL, LIST, IncidentsPage
from peerdesk.ui.shell.main_window import MainWindow
from shell_support import PASSPHRASE, sign_in_window

AT = datetime.now().replace(second=0, microsecond=0) - timedelta(days=2)


def log_one(ws: Workspace, involved: int = 20) -> int:
    me = ws.member.user_id
    return incidents.log(ws, IncidentDraft(
        occurred_at=AT, kind=IncidentType.LINE_OF_DUTY_DEATH,
        member_groups=frozenset({MemberGroup.FIRE}), personnel_involved=involved, lead=me))


def open_page(qtbot: Any, shell: Any, wait_idle: Any) -> tuple[MainWindow, IncidentsPage]:
    window = sign_in_window(qtbot, shell, wait_idle)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.navigation.visualItemRect(
                         window.navigation.item(window.section_keys().index("incidents")))
                     .center())
    wait_idle()
    page = window.findChild(IncidentsPage, "incidentsPage")
    assert page is not None
    wait_idle()
    return window, page


def focused() -> Any:
    return QApplication.focusWidget()


def dialog_of(qtbot: Any, page: IncidentsPage) -> Any:
    """The dialog the page opened, once it is the active window (where keys go)."""
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    return dialog


def type_number(qtbot: Any, spin: Any, value: int) -> None:
    """Select what the spin box holds and type ``value`` over it, as a person does."""
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))


def test_logging_an_incident_with_the_keyboard(qtbot, vault, make_shell, wait_idle):
    window, page = open_page(qtbot, make_shell(vault), wait_idle)
    assert page.empty.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)          # from the navigation into the page
    assert page.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(qtbot, page)
    # Saving without a kind says so under the field, and saves nothing.
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    kind_error = dialog.fields["kind"][0]
    assert kind_error.text() == "Choose the kind of critical incident."
    assert focused() is dialog.kind
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)        # the first kind
    dialog.group_checks[MemberGroup.POLICE].setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)        # Police involved
    type_number(qtbot, dialog.involved, 14)
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert page.dialog is None
    assert page.stack.currentIndex() == DETAIL
    assert page.detail.title.text().startswith("Line-of-duty death of ")
    assert page.detail.so_far.value.text() == "0 of 14"
    ws = window.workspace
    listed = incidents.incident_list(ws)
    assert [(s.kind, s.reach.involved) for s in listed] == [(IncidentType.LINE_OF_DUTY_DEATH, 14)]
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)       # back to the list
    assert page.stack.currentIndex() == LIST
    wait_idle()
    assert page.model.rowCount() == 1


def test_updating_reach_takes_a_count_and_enter(qtbot, vault, make_shell, wait_idle):
    incident_id = prepare(vault, work=log_one)
    _window, page = open_page(qtbot, make_shell(vault), wait_idle)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)      # opens the incident
    wait_idle()
    assert page.current == incident_id
    spin = page.detail.reached_spin
    assert focused() is spin                           # where a supporter lands
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "4")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    wait_idle()
    detail = page.detail
    assert detail.in_72.value.text() == "4 of 20"      # two days ago: inside 72 hours
    assert detail.so_far.value.text() == "4 of 20"
    assert "Recorded: 4 newly reached." in detail.message.text()
    assert focused() is detail.reached_spin            # ready for the next count
    assert detail.outreach.rowCount() == 1
    # More than are left to reach: the spin box stops at 16, and the service agrees.
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "99")
    assert spin.value() <= 16


def test_a_group_intervention_is_logged_once_with_its_attendees(qtbot, vault, make_shell,
                                                                 wait_idle):
    incident_id = prepare(vault, work=log_one)
    window, page = open_page(qtbot, make_shell(vault), wait_idle)
    page.open_incident(incident_id)
    wait_idle()
    qtbot.mouseClick(page.detail.intervention_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, page)
    type_number(qtbot, dialog.attendees, 12)
    type_number(qtbot, dialog.newly_reached, 9)
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert page.dialog is None, [e.text() for e, _ in dialog.fields.values()] + [
        dialog.message.text()]
    detail = page.detail
    assert detail.interventions.rowCount() == 1        # one intervention, not 12 contacts
    assert detail.interventions.index(0, detail.interventions.ATTENDEES).data() == "12"
    assert detail.so_far.value.text() == "9 of 20"     # only the newly reached count
    assert contacts.count(window.workspace) == 0


def test_contacts_for_an_incident_one_after_another(qtbot, vault, make_shell, wait_idle):
    incident_id = prepare(vault, work=log_one)
    window, page = open_page(qtbot, make_shell(vault), wait_idle)
    page.open_incident(incident_id)
    wait_idle()
    qtbot.mouseClick(page.detail.contact_button, Qt.MouseButton.LeftButton)
    wait_idle()
    section = window.findChild(ContactsSection, "contactsPage")
    assert section is not None
    assert section.tabs.currentIndex() == FORM_TAB
    fields = section.form.fields
    picker = fields.incident_link
    assert picker.isVisibleTo(window)
    # The picker names the incident by its kind and date, nothing else.
    assert picker.currentText() == f"Line-of-duty death, {AT.day} {AT.strftime('%b')} {AT.year}"
    assert section.form.title.text() == "Another contact for this incident"
    fields.setFocus()
    save_with_keyboard(qtbot, wait_idle)
    assert "another contact for this incident" in section.form.message.text()
    assert fields.incident_id() == incident_id          # the next form is for it too
    fields.setFocus()
    save_with_keyboard(qtbot, wait_idle)
    ws = window.workspace
    summary = next(s for s in incidents.incident_list(ws) if s.id == incident_id)
    assert summary.linked_contacts == 2
    # Start over leaves the incident: an unrelated contact is not linked.
    qtbot.mouseClick(section.form.clear_button, Qt.MouseButton.LeftButton)
    assert fields.incident_id() is None


def test_choosing_an_incident_in_the_contact_form_with_the_keyboard(qtbot, vault, make_shell,
                                                                    wait_idle):
    incident_id = prepare(vault, work=log_one)
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    section = window.findChild(ContactsSection, "contactsPage")
    wait_idle()
    fields = section.form.fields
    picker = fields.incident_link
    assert picker.isVisibleTo(window)
    assert picker.currentText() == "None"
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    assert fields.incident_id() == incident_id
    assert fields.incident.currentData() == IncidentType.LINE_OF_DUTY_DEATH.value


def close_a_week_ago(ws: Workspace) -> int:
    incident_id = log_one(ws)
    incidents.close_acute_phase(ws, incident_id, today=date.today() - timedelta(days=7))
    return incident_id


def test_incident_follow_ups_show_kind_and_date_and_logging_one_completes_it(
    qtbot, vault, make_shell, wait_idle
):
    incident_id = prepare(vault, work=close_a_week_ago)
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    section = window.findChild(ContactsSection, "contactsPage")
    wait_idle()
    assert section.notice_text.text() == "1 follow-up is due"
    qtbot.mouseClick(section.notice_button, Qt.MouseButton.LeftButton)
    assert section.tabs.currentIndex() == FOLLOW_UPS_TAB
    part = section.follow_ups.incidents
    assert part.isVisible()
    model = part.model
    assert model.rowCount() == 1
    assert model.index(0, model.KIND).data() == "Line-of-duty death"
    assert model.index(0, model.STATUS).data() == "Due today"
    part.table.setFocus()
    qtbot.keyClick(part.table, Qt.Key.Key_Return)
    wait_idle()
    assert section.tabs.currentIndex() == FORM_TAB
    assert section.form.title.text() == "Log an incident follow-up"
    assert section.form.fields.incident_id() == incident_id
    section.form.fields.setFocus()
    save_with_keyboard(qtbot, wait_idle)
    assert incidents.my_follow_ups(window.workspace) == []
    assert part.isHidden()


def test_trainers_have_no_incidents_section(qtbot, vault_factory, make_shell, wait_idle):
    folder = vault_factory("trainer", extra={"Tia Trainer": frozenset({Role.TRAINER}),
                                             "Sam Peer": frozenset({Role.SUPPORTER})})
    window = sign_in_window(qtbot, make_shell(folder), wait_idle, member="Tia Trainer")
    assert "incidents" not in window.section_keys()
    assert NAME
    assert PASSPHRASE
