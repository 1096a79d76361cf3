"""The contact form: keyboard-only logging, escalation, the note warning, self-care, editing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from contact_ui_support import draft, focused, prepare, press, save_with_keyboard, sign_in
from peerdesk.domain.vocab import ReferralType, Risk, SupporterState, Topic
from peerdesk.services import contacts
from peerdesk.ui.contacts.section import FORM_TAB, LIST_TAB
from peerdesk.ui.kit.vocab_labels import every_member_has_a_label


def test_every_vocabulary_member_has_a_label():
    assert every_member_has_a_label()


def test_log_a_contact_with_the_keyboard_only(qtbot, vault, make_shell, wait_idle):
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    assert section.tabs.currentIndex() == FORM_TAB
    form = section.form
    form.fields.date.setFocus()
    qtbot.waitUntil(lambda: focused() is form.fields.date.focusProxy()
                    or form.fields.date.isAncestorOf(focused()) or focused() is form.fields.date)
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the date in one press (arrows move in it)
    assert focused() is form.fields.duration
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "45")
    press(qtbot, Qt.Key.Key_Tab, times=5)  # channel, initiated by, group, format, first topic
    assert focused() is form.fields.topics.chip(Topic.WORK_STRESS)
    press(qtbot, Qt.Key.Key_Space)
    assert form.fields.topics.chip(Topic.WORK_STRESS).isChecked()
    assert form.fields.topics.chip(Topic.WORK_STRESS).text().startswith("✓")
    save_with_keyboard(qtbot, wait_idle)
    assert "Contact saved" in form.message.text()
    assert not form.fields.topics.chip(Topic.WORK_STRESS).isChecked()  # a fresh form
    assert form.fields.duration.value() == 30  # a fresh form from the defaults
    section.tabs.setCurrentIndex(LIST_TAB)
    qtbot.waitUntil(lambda: section.list.model.rowCount() == 1)
    model = section.list.model
    assert model.index(0, model.MINUTES).data() == "45"
    assert model.index(0, model.TOPICS).data() == "Work stress"
    assert model.index(0, model.DATE).data().endswith(str(date.today().year))
    window.lock()
    wait_idle()


def test_imminent_danger_blocks_saving_until_a_crisis_referral(qtbot, vault, make_shell,
                                                               wait_idle):
    _window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    form, fields = section.form, section.form.fields
    fields.topics.chip(Topic.MENTAL_HEALTH).setChecked(True)
    assert form.escalation.isHidden()
    fields.risk.setCurrentIndex(fields.risk.findData(Risk.IMMINENT_DANGER.value))
    assert form.escalation.isVisible()  # at once, before any save
    assert "Do not leave the person alone" in form.findChild(
        type(form.escalation.requirement), "escalationSteps").text()
    assert "crisis" in form.escalation.resources.text().lower()
    assert "Saving needs" in form.escalation.requirement.text()
    fields.referrals.group.chip(ReferralType.EAP).setChecked(True)  # not enough
    fields.setFocus()
    save_with_keyboard(qtbot, wait_idle)
    assert not fields.boxes["referrals"].error.isHidden()
    assert "Imminent danger needs" in fields.boxes["referrals"].error.text()
    assert contacts.count(_window.workspace) == 0
    chip = fields.referrals.group.chip(ReferralType.CLINICIAN)
    chip.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert "✓" in form.escalation.requirement.text()
    assert fields.boxes["referrals"].error.isHidden()  # the error clears once fixed
    save_with_keyboard(qtbot, wait_idle)
    assert "Contact saved" in form.message.text()
    assert form.escalation.isHidden()  # the fresh form has no risk set
    ws = _window.workspace
    saved = contacts.get(ws, contacts.page(ws)[0].id)[0]
    assert saved.draft.risk is Risk.IMMINENT_DANGER
    assert {r.type for r in saved.draft.referrals} == {ReferralType.EAP, ReferralType.CLINICIAN}


def test_escalation_panel_button_adds_a_crisis_line_handoff(qtbot, vault, make_shell, wait_idle):
    _window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    form, fields = section.form, section.form.fields
    fields.risk.setCurrentIndex(fields.risk.findData(Risk.IMMINENT_DANGER.value))
    qtbot.mouseClick(form.escalation.add_button, Qt.MouseButton.LeftButton)
    (referral,) = fields.referrals.referrals()
    assert referral.type is ReferralType.CRISIS_LINE
    assert referral.how.value == "warm_handoff"
    assert form.escalation.add_button.isHidden()


def _confirm_texts(dialogs):
    texts: list[str] = []
    original = dialogs.confirm

    def confirm(parent, title, text, accept_label):
        texts.append(text)
        return original(parent, title, text, accept_label)

    dialogs.confirm = confirm
    return texts


def test_note_warning_names_what_was_found_and_can_go_back(qtbot, vault, make_shell, wait_idle,
                                                           dialogs):
    prepare(vault, notes=True)
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    form, fields = section.form, section.form.fields
    assert fields.boxes["private_note"].isVisible()
    texts = _confirm_texts(dialogs)
    fields.topics.chip(Topic.WORK_STRESS).setChecked(True)
    fields.note.setFocus()
    qtbot.keyClicks(fields.note, "call John at 555-0134")
    dialogs.answers.append(False)  # go back
    save_with_keyboard(qtbot, wait_idle)
    assert dialogs.asked == [("confirm", "Check the note")]
    assert "a name" in texts[0]
    assert "a phone number" in texts[0]
    assert "John" not in texts[0]
    assert "555" not in texts[0]
    assert "Nothing was saved" in form.message.text()
    assert fields.note.toPlainText() == "call John at 555-0134"
    assert contacts.count(window.workspace) == 0
    dialogs.answers.append(True)  # save anyway
    save_with_keyboard(qtbot, wait_idle)
    assert len(dialogs.asked) == 2
    assert "Contact saved" in form.message.text()
    ws = window.workspace
    saved, unreadable = contacts.get(ws, contacts.page(ws)[0].id)
    assert saved.draft.private_note == "call John at 555-0134"
    assert not unreadable


def test_note_is_hidden_when_policy_turns_notes_off(qtbot, vault, make_shell, wait_idle):
    _window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    assert section.form.fields.boxes["private_note"].isHidden()


def test_self_care_is_offered_when_the_supporter_is_affected(qtbot, vault, make_shell,
                                                             wait_idle):
    _window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    form, fields = section.form, section.form.fields
    assert form.self_care.isHidden()
    fields.state.setCurrentIndex(fields.state.findData(SupporterState.WANTS_DEBRIEF.value))
    wait_idle()
    assert form.self_care.isVisible()
    assert form.self_care.resources.text()  # directory entries or the standard words


def test_group_size_and_incident_type_appear_when_they_apply(qtbot, vault, make_shell,
                                                             wait_idle):
    _window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    fields = section.form.fields
    assert fields.boxes["group_size"].isHidden()
    assert fields.boxes["incident_type"].isHidden()
    fields.format.setCurrentIndex(fields.format.findData("defusing"))
    assert fields.boxes["group_size"].isVisible()
    assert fields.boxes["incident_type"].isVisible()  # CISM formats concern an incident
    fields.exception.setCurrentIndex(fields.exception.findData("self_harm"))
    assert fields.boxes["disclosure_route"].isVisible()


def test_checklist_counts_unticked_items_without_blocking(qtbot, vault, make_shell, wait_idle):
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    form = section.form
    assert len(form.checklist.boxes) == 7
    assert "0 of 7 ticked" in form.checklist.count_label.text()
    form.checklist.boxes["stayed_in_role"].setChecked(True)
    assert form.checklist.count_label.text() == "1 of 7 ticked · 6 not ticked"
    form.fields.topics.chip(Topic.CAREER).setChecked(True)
    form.fields.setFocus()
    save_with_keyboard(qtbot, wait_idle)
    ws = window.workspace
    saved = contacts.get(ws, contacts.page(ws)[0].id)[0]
    assert saved.draft.checklist_ticked == frozenset({"stayed_in_role"})


def test_open_a_contact_to_edit_and_save_changes(qtbot, vault, make_shell, wait_idle):
    contact_id = prepare(vault, work=lambda ws: contacts.save_new(ws, draft(duration_min=15)))
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    section.tabs.setCurrentIndex(LIST_TAB)
    qtbot.waitUntil(lambda: section.list.model.rowCount() == 1)
    table = section.list.table
    table.setCurrentIndex(section.list.model.index(0, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_idle()
    assert section.tabs.currentIndex() == FORM_TAB
    form = section.form
    assert form.editing == contact_id
    assert form.fields.duration.value() == 15
    form.fields.duration.setValue(25)
    form.fields.setFocus()
    save_with_keyboard(qtbot, wait_idle)
    assert section.tabs.currentIndex() == LIST_TAB
    assert contacts.get(window.workspace, contact_id)[0].draft.duration_min == 25
    qtbot.waitUntil(lambda: section.list.model.index(0, 4).data() == "25")


def test_a_chosen_referral_opens_the_directory_for_its_category(qtbot, vault, make_shell,
                                                                 wait_idle):
    from peerdesk.domain.referrals import ResourceCategory
    from peerdesk.services import referrals

    prepare(vault, work=referrals.install_starter_directory)
    _window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    picker = section.form.fields.referrals
    # only chosen referrals offer it
    assert picker.find_buttons[ReferralType.CRISIS_LINE].isHidden()
    picker.group.chip(ReferralType.CRISIS_LINE).setChecked(True)
    assert not picker.find_buttons[ReferralType.CRISIS_LINE].isHidden()
    with qtbot.waitSignal(picker.lookupRequested) as asked:
        qtbot.mouseClick(picker.find_buttons[ReferralType.CRISIS_LINE], Qt.MouseButton.LeftButton)
    assert asked.args == [ReferralType.CRISIS_LINE]
    dialog = section.form.findChild(QDialog, "referralLookupDialog")
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5_000)
    found = [dialog.model.resource_at(r) for r in range(dialog.model.rowCount())]
    assert {r.category for r in found} == {ResourceCategory.CRISIS_LINE}
    dialog.close_button.click()
