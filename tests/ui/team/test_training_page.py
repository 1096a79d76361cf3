"""Training records in the app, driven by keys and clicks on real vaults: a coordinator's
Training records tab (standing, add, change, delete, inline errors), the policy's required
training, and a supporter's reminder at sign-in and My training records section."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from i18n_support import FRENCH_QM
from peerdesk.domain.members import Role
from peerdesk.domain.training_records import (
    Course,
    RecordDraft,
    RecordKind,
    Reminder,
    TrainingRecord,
)
from peerdesk.services import audit_log, policy, training_records
from peerdesk.services.training_records import MemberStanding
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit.training_text import reminder_text
from peerdesk.ui.team.page import POLICY_TAB, TRAINING_TAB
from peerdesk.ui.team.training_model import (
    EXPIRES,
    NAME,
    NEXT_EXPIRY,
    STANDING,
    RecordsTableModel,
    StandingTableModel,
    expiry_text,
)
from peerdesk.ui.team.training_page import TrainingRecordsPage
from peerdesk.ui.team.training_record_dialog import TrainingRecordDialog
from shell_support import PASSPHRASE, sign_in_window
from team.test_page import open_team

TODAY = date.today()


def cert(expires_in: int | None, course: Course = Course.CRISIS_INTERVENTION,
         done_days_ago: int = 400) -> RecordDraft:
    expires = None if expires_in is None else TODAY + timedelta(days=expires_in)
    return RecordDraft(RecordKind.CERTIFICATION, course, TODAY - timedelta(days=done_days_ago),
                       960, "ICISF", expires)


def seeded(vault_factory: Any) -> Any:
    """Dana (coordinator), Sam (supporter, certification expiring in 30 days), Priya
    (supporter, none); the crisis intervention course is required."""
    folder = vault_factory(extra={"Sam Okafor": frozenset({Role.SUPPORTER}),
                                  "Priya Natarajan": frozenset({Role.SUPPORTER})})
    ws = Workspace.unlock(folder, "Dana Reyes", PASSPHRASE)
    sam = next(s.user_id for s in training_records.team_standing(ws) if s.name == "Sam Okafor")
    training_records.add(ws, cert(30), sam)
    training_records.add(ws, cert(None, Course.CRISIS_INTERVENTION, 900), ws.member.user_id)
    policy.update_required_courses(ws, [Course.CRISIS_INTERVENTION.value])
    ws.lock()
    return folder


def key(qtbot: Any, key: Qt.Key, times: int = 1) -> None:
    """Press ``key`` where the keyboard focus is, as a person does."""
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key)


def typed(qtbot: Any, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def open_training_tab(qtbot: Any, shell: Any, wait_idle: Any) -> TrainingRecordsPage:
    team = open_team(qtbot, shell, wait_idle)
    bar = team.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TRAINING_TAB).center())
    wait_idle()
    assert team.tabs.currentIndex() == TRAINING_TAB
    return team.training


def column(model: Any, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    record = TrainingRecord(1, "u1", RecordKind.CERTIFICATION, Course.CRISIS_INTERVENTION,
                            TODAY - timedelta(days=10), 90, "ICISF", TODAY + timedelta(days=30))
    records = RecordsTableModel(today=TODAY)
    records.set_rows([record])
    qtmodeltester.check(records)
    assert records.index(0, EXPIRES).data().endswith("· in 30 days")
    standing = StandingTableModel(today=TODAY)
    standing.set_rows([MemberStanding("u1", "Sam", frozenset({Role.SUPPORTER}), (), (), 1)])
    qtmodeltester.check(standing)
    assert standing.index(0, STANDING).data() == "Current"


def test_the_coordinator_sees_who_is_not_current_and_what_expires(
        qtbot: Any, vault_factory: Any, make_shell: Any, wait_idle: Any) -> None:
    page = open_training_tab(qtbot, make_shell(seeded(vault_factory)), wait_idle)
    model = page.standing_model
    assert column(model, NAME) == ["Dana Reyes", "Priya Natarajan", "Sam Okafor"]
    standing = dict(zip(column(model, NAME), column(model, STANDING), strict=True))
    assert standing["Dana Reyes"] == "Current"
    assert standing["Sam Okafor"] == "Current"
    assert standing["Priya Natarajan"] == (
        "Not current (Individual crisis intervention: never done)")
    assert column(model, NEXT_EXPIRY)[2].endswith("· in 30 days")
    text = page.status.text()
    assert "1 member is not current: Priya Natarajan." in text
    assert "1 course or certification expires within 60 days" in text
    # Arrow keys in the standing table choose whose records are shown.
    page.standing_table.setFocus()
    key(qtbot, Qt.Key.Key_Down, 2)
    wait_idle()
    assert page.records_title.text() == "Records of Sam Okafor"
    assert page.records_model.rowCount() == 1


def test_the_coordinator_adds_with_the_keyboard_after_inline_errors(
        qtbot: Any, vault_factory: Any, make_shell: Any, wait_idle: Any) -> None:
    shell = make_shell(seeded(vault_factory))
    page = open_training_tab(qtbot, shell, wait_idle)
    page.standing_table.selectRow(1)  # Priya
    wait_idle()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TrainingRecordDialog)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.member_combo)
    assert dialog.member_combo.currentText() == "Priya Natarajan"  # the selected one first
    key(qtbot, Qt.Key.Key_Tab)            # kind: Course
    key(qtbot, Qt.Key.Key_Down)           # Certification
    key(qtbot, Qt.Key.Key_Tab)            # course: not chosen yet
    key(qtbot, Qt.Key.Key_Tab)            # completed on: today
    key(qtbot, Qt.Key.Key_Tab)            # hours
    typed(qtbot, "0")
    key(qtbot, Qt.Key.Key_Tab)            # provider
    typed(qtbot, "talked w/ Mike")
    key(qtbot, Qt.Key.Key_Return)         # Enter saves
    wait_idle()
    assert dialog.isVisible()
    errors = {name: dialog.findChild(QLabel, f"training_{name}Error").text()
              for name in ("course", "minutes", "provider")}
    assert errors == {
        "course": "Choose the course.",
        "minutes": "Enter the hours: at least one minute, at most 1,000 hours.",
        "provider": "This looks like a person's name or contact details. Write the "
                    "organization or the role (for example \"staff psychologist\"), never a "
                    "name."}
    assert QApplication.focusWidget() is dialog.course_combo  # the first field to fix
    key(qtbot, Qt.Key.Key_Down, 2)        # Individual crisis intervention
    key(qtbot, Qt.Key.Key_Tab, 2)
    typed(qtbot, "16")
    key(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "ICISF")
    key(qtbot, Qt.Key.Key_Tab)            # "It expires"
    key(qtbot, Qt.Key.Key_Space)
    assert dialog.expiry_edit.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert not dialog.isVisible()
    assert page.message.text() == "The record was saved."
    standing = dict(zip(column(page.standing_model, NAME),
                        column(page.standing_model, STANDING), strict=True))
    assert standing["Priya Natarajan"] == "Current"
    assert page.records_title.text() == "Records of Priya Natarajan"
    (record,) = page.records_model.rows()
    assert (record.kind, record.course, record.minutes, record.provider) == (
        RecordKind.CERTIFICATION, Course.CRISIS_INTERVENTION, 960, "ICISF")
    assert record.expires_on is not None
    assert record.expires_on > TODAY
    last = audit_log.entries(shell.workspace, 1)[0]
    assert (last.action, last.detail["kind"]) == ("training_record_added", "certification")


def test_the_coordinator_changes_and_deletes_a_record(
        qtbot: Any, vault_factory: Any, make_shell: Any, wait_idle: Any,
        dialogs: Any) -> None:
    shell = make_shell(seeded(vault_factory))
    page = open_training_tab(qtbot, shell, wait_idle)
    page.standing_table.selectRow(2)  # Sam
    wait_idle()
    assert page.edit_button.isEnabled()  # the member's first record is chosen
    page.records_table.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # Enter on a record opens it
    dialog = page.dialog
    assert isinstance(dialog, TrainingRecordDialog)
    assert not dialog.member_combo.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind_combo)
    key(qtbot, Qt.Key.Key_Tab, 3)         # course, completed on, hours
    assert QApplication.focusWidget() is dialog.hours_spin
    typed(qtbot, "18")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert page.records_model.rows()[0].minutes == 18 * 60
    page.records_table.selectRow(0)
    dialogs.answers.append(False)  # not confirmed: nothing deleted
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert page.records_model.rowCount() == 1
    dialogs.answers.append(True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert page.records_model.rowCount() == 0
    assert page.message.text() == "The record was deleted."
    actions = [e.action for e in audit_log.entries(shell.workspace, 2)]
    assert actions == ["training_record_deleted", "training_record_changed"]


def test_required_training_is_ticked_in_the_policy(
        qtbot: Any, vault_factory: Any, make_shell: Any, wait_idle: Any) -> None:
    shell = make_shell(seeded(vault_factory))
    team = open_team(qtbot, shell, wait_idle)
    team.tabs.setCurrentIndex(POLICY_TAB)
    wait_idle()
    boxes = team.policy.required.checks
    assert boxes["crisis_intervention"].isChecked()
    boxes["psychological_first_aid"].setFocus()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.mouseClick(team.policy.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert "required training" in team.policy.message.text()
    assert policy.current(shell.workspace).required_courses == (
        "crisis_intervention", "psychological_first_aid")
    bar = team.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(TRAINING_TAB).center())
    wait_idle()
    assert "3 members are not current" in team.training.status.text()


def test_a_supporter_is_reminded_at_sign_in_and_adds_their_own_record(
        qtbot: Any, vault_factory: Any, make_shell: Any, wait_idle: Any) -> None:
    shell = make_shell(seeded(vault_factory))
    window = sign_in_window(qtbot, shell, wait_idle, "Sam Okafor")
    notice = window.notice.text()
    assert "Individual crisis intervention expires on " in notice
    assert "in 30 days." in notice
    assert "team" not in window.section_keys()
    window.show_section("my_training")
    wait_idle()
    page = window.findChild(TrainingRecordsPage, "myTrainingPage")
    assert page.records_model.rowCount() == 1
    assert "expires on" in page.status.text()
    assert not page.edit_button.isVisible()
    assert not page.delete_button.isVisible()
    page.add_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    dialog = page.dialog
    assert isinstance(dialog, TrainingRecordDialog)
    assert not dialog.member_combo.isVisible()  # their own, nobody else's
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind_combo)
    key(qtbot, Qt.Key.Key_Down, 3)        # Supervision or clinical oversight
    assert not dialog.course_block.isVisible()
    assert not dialog.expiry_block.isVisible()
    key(qtbot, Qt.Key.Key_Tab, 2)         # completed on, then hours (no course field)
    typed(qtbot, "1.5")
    key(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "Staff psychologist")
    key(qtbot, Qt.Key.Key_Return)
    wait_idle()
    assert not dialog.isVisible()
    kinds = [r.kind for r in page.records_model.rows()]
    assert RecordKind.SUPERVISION in kinds
    assert len(kinds) == 2
    window.lock()
    wait_idle()
    # The reminder was told once: the next sign-in says nothing of it.
    window = sign_in_window(qtbot, shell, wait_idle, "Sam Okafor")
    assert "crisis intervention" not in window.notice.text()


def test_a_lock_empties_the_page_and_closes_its_dialog(
        qtbot: Any, vault_factory: Any, make_shell: Any, wait_idle: Any) -> None:
    shell = make_shell(seeded(vault_factory))
    page = open_training_tab(qtbot, shell, wait_idle)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.member_combo)
    page.clear()  # what the window runs on every page when it locks
    assert not dialog.isVisible()
    assert page.standing_model.rowCount() == 0
    assert page.records_model.rowCount() == 0
    assert page.status.text() == ""


def test_expiries_read_in_french_whatever_the_number_of_days(qapp: Any) -> None:
    translator = QTranslator()
    assert translator.load(str(FRENCH_QM))
    qapp.installTranslator(translator)
    try:
        record = TrainingRecord(1, "u1", RecordKind.CERTIFICATION, Course.CRISIS_INTERVENTION,
                                TODAY, 60, "ICISF", TODAY + timedelta(days=25))
        assert reminder_text(Reminder(record, 30, 25)).endswith(", dans 25 jours.")
        assert reminder_text(Reminder(record, 30, 1)).startswith(
            "Intervention de crise individuelle expire demain")
        assert expiry_text(TODAY + timedelta(days=25), TODAY).endswith(" · dans 25 jours")
        assert expiry_text(TODAY + timedelta(days=1), TODAY).endswith(" · demain")
    finally:
        qapp.removeTranslator(translator)
