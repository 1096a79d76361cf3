"""The Team section's Members tab: add, change roles, remove with confirmation, last coordinator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget

from peerdesk.domain.members import Member, Role
from peerdesk.ui.team.member_dialog import MemberDialog
from peerdesk.ui.team.model import LAST_SIGN_IN, NAME, ROLES, STATUS, TeamTableModel
from peerdesk.ui.team.page import TeamPage
from shell_support import PASSPHRASE, sign_in_window

TEMPORARY = "copper meadow violin sunrise 19"


def open_team(qtbot, shell, wait_idle, member: str = "") -> TeamPage:
    window = sign_in_window(qtbot, shell, wait_idle, member)
    window.show_section("team")
    page = window.findChild(TeamPage, "teamPage")
    wait_idle()
    return page


def names(model: TeamTableModel) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def select(page: TeamPage, name: str) -> None:
    page.members.table.selectRow(names(page.members.model).index(name))


def test_team_model_passes_the_model_tester(qtmodeltester):
    model = TeamTableModel()
    model.set_members([
        Member("u2", "Sam Okafor", frozenset({Role.SUPPORTER}), disabled=True),
        Member("u1", "Ana Lima", frozenset({Role.COORDINATOR, Role.TRAINER}),
               must_change_passphrase=True, last_sign_in="2025-03-01T09:30:00Z"),
        Member("u3", "Bo Chen", frozenset({Role.SUPPORTER})),
    ])
    qtmodeltester.check(model)
    assert names(model) == ["Ana Lima", "Bo Chen", "Sam Okafor"]
    assert model.index(0, ROLES).data() == "Coordinator · Trainer"
    assert [model.index(r, STATUS).data() for r in range(3)] == [
        "Must change passphrase", "Active", "Switched off"]
    assert "2025" in model.index(0, LAST_SIGN_IN).data() or "25" in model.index(
        0, LAST_SIGN_IN).data()
    assert model.index(1, LAST_SIGN_IN).data() == "Never"
    model.clear()
    assert model.rowCount() == 0


def test_add_member_weak_passphrase_then_success(qtbot, vault, make_shell, wait_idle):
    page = open_team(qtbot, make_shell(vault), wait_idle)
    assert names(page.members.model) == ["Dana Reyes"]
    qtbot.mouseClick(page.members.add_button, Qt.MouseButton.LeftButton)
    dialog = page.members.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Sam Okafor")
    qtbot.keyClicks(dialog.passphrase.edit, "password1")
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)  # Enter submits
    wait_idle()
    error = dialog.findChild(QLabel, "temporaryPassphraseError")
    assert dialog.isVisible()
    assert error.isVisible()
    assert error.text()
    assert names(page.members.model) == ["Dana Reyes"]
    dialog.passphrase.edit.setText(TEMPORARY)
    assert not error.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert not dialog.isVisible()
    assert dialog.passphrase.text() == ""
    model = page.members.model
    assert names(model) == ["Dana Reyes", "Sam Okafor"]
    row = names(model).index("Sam Okafor")
    assert model.index(row, STATUS).data() == "Must change passphrase"
    assert model.index(row, ROLES).data() == "Peer supporter"
    assert "Sam Okafor was added" in page.members.message.text()


def test_duplicate_name_is_refused_in_the_dialog(qtbot, vault, make_shell, wait_idle):
    page = open_team(qtbot, make_shell(vault), wait_idle)
    page.members.add_member()
    dialog = page.members.dialog
    dialog.name_edit.setText("dana reyes")
    dialog.passphrase.edit.setText(TEMPORARY)
    dialog.ok_button.click()
    wait_idle()
    assert "already exists" in dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels
    assert not dialog.isVisible()


def test_change_roles(qtbot, vault_factory, make_shell, wait_idle):
    folder = vault_factory(extra={"Pat Peer": frozenset({Role.SUPPORTER})})
    page = open_team(qtbot, make_shell(folder), wait_idle)
    select(page, "Pat Peer")
    assert page.members.roles_button.isEnabled()
    page.members.roles_button.click()
    dialog = page.members.dialog
    dialog.role_checks[Role.TRAINER].setChecked(True)
    dialog.ok_button.click()
    wait_idle()
    model = page.members.model
    row = names(model).index("Pat Peer")
    assert model.index(row, ROLES).data() == "Trainer · Peer supporter"
    assert page.members.selected().name == "Pat Peer"


def test_remove_with_confirmation(qtbot, vault_factory, make_shell, dialogs, wait_idle):
    folder = vault_factory(extra={"Pat Peer": frozenset({Role.SUPPORTER})})
    page = open_team(qtbot, make_shell(folder), wait_idle)
    select(page, "Pat Peer")
    dialogs.answers.append(False)
    page.members.remove_button.click()
    wait_idle()
    assert dialogs.asked[-1] == ("confirm", "Remove Pat Peer?")
    assert "Pat Peer" in names(page.members.model)
    dialogs.answers.append(True)
    page.members.remove_button.click()
    wait_idle()
    assert names(page.members.model) == ["Dana Reyes"]
    assert "removed" in page.members.message.text()


def test_switch_off_and_on(qtbot, vault_factory, make_shell, wait_idle):
    folder = vault_factory(extra={"Pat Peer": frozenset({Role.SUPPORTER})})
    page = open_team(qtbot, make_shell(folder), wait_idle)
    select(page, "Pat Peer")
    page.members.disable_button.click()
    wait_idle()
    model = page.members.model
    assert model.index(names(model).index("Pat Peer"), STATUS).data() == "Switched off"
    assert page.members.disable_button.text() == "&Switch on"
    page.members.disable_button.click()
    wait_idle()
    assert model.index(names(model).index("Pat Peer"), STATUS).data() == "Active"


def test_last_coordinator_cannot_be_demoted(qtbot, vault, make_shell, wait_idle):
    page = open_team(qtbot, make_shell(vault), wait_idle)
    select(page, "Dana Reyes")
    page.members.roles_button.click()
    dialog = page.members.dialog
    dialog.role_checks[Role.COORDINATOR].setChecked(False)
    dialog.role_checks[Role.SUPPORTER].setChecked(True)
    dialog.ok_button.click()
    wait_idle()
    assert dialog.isVisible()
    text = dialog.message.text()
    assert "last active coordinator" in text
    assert dialog.message.kind() == "error"
    dialog.reject()
    page.members.remove_button.click()  # your own account: refused before any question
    assert "your own account" in page.members.message.text()


def test_reset_passphrase_explains_private_notes(qtbot, vault_factory, make_shell, wait_idle):
    folder = vault_factory(extra={"Pat Peer": frozenset({Role.SUPPORTER})})
    page = open_team(qtbot, make_shell(folder), wait_idle)
    select(page, "Pat Peer")
    page.members.reset_button.click()
    dialog = page.members.dialog
    intro = dialog.findChild(QLabel, "screenIntro").text()
    assert "private notes become unreadable" in intro
    dialog.passphrase.edit.setText(TEMPORARY)
    dialog.ok_button.click()
    wait_idle()
    model = page.members.model
    assert model.index(names(model).index("Pat Peer"), STATUS).data() == "Must change passphrase"


def test_supporter_has_no_team_section(qtbot, vault_factory, make_shell, wait_idle):
    folder = vault_factory(extra={"Pat Peer": frozenset({Role.SUPPORTER})})
    shell = make_shell(folder)
    shell.window.findChild(QComboBox, "memberCombo").setCurrentText("Pat Peer")
    shell.window.findChild(QLineEdit, "passphraseEdit").setText(PASSPHRASE)
    shell.window.unlock_button.click()
    wait_idle()
    nav = shell.window.findChild(QListWidget, "navigation")
    assert "Team" not in [nav.item(i).text() for i in range(nav.count())]
    assert shell.window.findChild(TeamPage) is None
