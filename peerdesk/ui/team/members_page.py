"""The Members tab of the Team section: the table of members and what a coordinator may change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.members import Member, Role
from peerdesk.services import team
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.dialog_keeper import DialogKeeper
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.row_table import row_table
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    busy_bar,
    primary_button,
    secondary_button,
    text_label,
)
from peerdesk.ui.team.member_dialog import ADD, RESET, ROLES, MemberDialog
from peerdesk.ui.team.model import LAST_SIGN_IN, NAME, TeamTableModel

T = TypeVar("T")


class MembersPage(QWidget):
    """Members with their roles and status; add, change roles, switch off, remove, reset.

    Signals:
        ownRolesChanged(): the signed-in member's own roles were saved.
    """

    ownRolesChanged = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersPage")
        self._ws = workspace
        self._tasks = tasks
        self._dialogs = dialogs
        self._kept = DialogKeeper[MemberDialog](lambda d: d.form.running)
        self.model = TeamTableModel(self)
        self.table = self._table()
        self.message = MessageWidget("membersMessage", closable=True)
        self.busy = busy_bar("membersBusy")
        self.add_button = primary_button(self.tr("&Add member…"), "addMemberButton")
        self.roles_button = secondary_button(self.tr("Change &roles…"), "changeRolesButton")
        self.disable_button = secondary_button(self.tr("&Switch off"), "disableButton")
        self.reset_button = secondary_button(self.tr("Reset &passphrase…"),
                                             "resetPassphraseButton")
        self.remove_button = secondary_button(self.tr("Re&move…"), "removeMemberButton")
        top = QHBoxLayout()
        top.addWidget(text_label(self.tr(
            "Select a member to change their roles, switch their account off or on, give them "
            "a temporary passphrase, or remove them."), "hint"), 1)
        top.addSpacing(16)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        # Two rows, so longer words never cut a button: roles and account, then passphrase
        # and removal.
        actions = QVBoxLayout()
        actions.setSpacing(8)
        first, second = QHBoxLayout(), QHBoxLayout()
        for row in (first, second):
            row.setSpacing(8)
            actions.addLayout(row)
        for row, button in ((first, self.roles_button), (first, self.disable_button),
                            (second, self.reset_button), (second, self.remove_button)):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        first.addStretch(1)
        second.insertStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.add_button.clicked.connect(self.add_member)
        self.roles_button.clicked.connect(self.change_roles)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.remove_button.clicked.connect(self.remove_member)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._sync_buttons())
        self.model.modelReset.connect(self._sync_buttons)
        QWidget.setTabOrder(self.add_button, self.table)
        QWidget.setTabOrder(self.table, self.roles_button)
        QWidget.setTabOrder(self.roles_button, self.disable_button)
        QWidget.setTabOrder(self.disable_button, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.remove_button)
        self._sync_buttons()

    def _table(self) -> QTableView:
        table = row_table(QTableView(), "membersTable", self.tr("Team members"), row_height=36)
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LAST_SIGN_IN, QHeaderView.ResizeMode.ResizeToContents)
        return table

    # ------------------------------------------------------------------ loading

    def reload(self, select: str = "") -> None:
        ws = self._ws
        self._run(lambda: team.list_members(ws), lambda ms: self._loaded(ms, select))

    def _loaded(self, members: list[Member], select: str) -> None:
        self.model.set_members(members)
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.table.selectRow(row)

    def clear(self) -> None:
        """Drop every row and close an open dialog (on lock)."""
        self._kept.close()
        self.model.clear()
        self.message.hide_message()

    def selected(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member_at(rows[0].row()) if rows else None

    def _sync_buttons(self) -> None:
        member = self.selected()
        for button in (self.roles_button, self.disable_button, self.reset_button,
                       self.remove_button):
            button.setEnabled(member is not None)
        switched_off = member is not None and member.disabled
        self.disable_button.setText(self.tr("&Switch on") if switched_off
                                    else self.tr("&Switch off"))
        self.disable_button.setAccessibleName(self.disable_button.text().replace("&", ""))

    def _run(self, fn: Callable[[], T], on_success: Callable[[T], None]) -> None:
        self.busy.show()

        def done(result: T) -> None:
            self.busy.hide()
            on_success(result)

        self._tasks.run(fn, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.message.show_message(messages.error_text(exc), "error")
        if getattr(exc, "code", "") == "not_found":
            self.reload()

    def _is_me(self, member: Member) -> bool:
        """Your own account cannot be switched off or removed (someone must stay in)."""
        if member.user_id != self._ws.vault.user_id:
            return False
        self.message.show_message(self.tr(
            "You cannot switch off or remove your own account. Ask another coordinator."),
            "error")
        return True

    def _done(self, text: str, user_id: str = "") -> None:
        self.message.show_message(text, "positive")
        self.reload(select=user_id)

    # ------------------------------------------------------------------ actions

    def _open_dialog(self, mode: str, member: Member | None,
                     work: Callable[[MemberDialog], Callable[[], T]],
                     success: Callable[[T], None]) -> None:
        self.message.hide_message()
        dialog = self._kept.opened(MemberDialog(mode, self, member))

        def saved(result: T) -> None:
            dialog.accept()
            success(result)

        def submit() -> None:
            dialog.form.run(self._tasks, work(dialog), saved, dialog.show_error, owner=dialog)

        dialog.submitted.connect(submit)
        dialog.open()

    @property
    def dialog(self) -> MemberDialog | None:
        """The member dialog open now, if any."""
        return self._kept.current

    def add_member(self) -> None:
        ws = self._ws

        def work(dialog: MemberDialog) -> Callable[[], Member]:
            name, roles, passphrase = dialog.values()
            return lambda: team.add_member(ws, name, passphrase, roles)

        self._open_dialog(ADD, None, work, lambda m: self._done(
            self.tr("{name} was added. Give them the temporary passphrase in person; they "
                    "choose their own when they first sign in.").replace("{name}", m.name),
            m.user_id))

    def change_roles(self) -> None:
        member, ws = self.selected(), self._ws
        if member is None:
            return

        def work(dialog: MemberDialog) -> Callable[[], frozenset[Role]]:
            _name, roles, _p = dialog.values()
            def job() -> frozenset[Role]:
                team.set_roles(ws, member.user_id, roles)
                return frozenset(roles)
            return job

        def saved(roles: frozenset[Role]) -> None:
            text = self.tr("The roles of {name} were saved.").replace("{name}", member.name)
            if member.user_id == self._ws.vault.user_id:
                if member.roles - roles:
                    text += " " + self.tr("The sections of the roles you gave up stay until "
                                          "you sign out; they are gone at your next sign-in.")
                self.ownRolesChanged.emit()
            self._done(text, member.user_id)

        self._open_dialog(ROLES, member, work, saved)

    def reset_passphrase(self) -> None:
        member, ws = self.selected(), self._ws
        if member is None:
            return

        def work(dialog: MemberDialog) -> Callable[[], None]:
            passphrase = dialog.values()[2]
            return lambda: team.reset_passphrase(ws, member.user_id, passphrase)

        self._open_dialog(RESET, member, work, lambda _r: self._done(
            self.tr("{name} has a temporary passphrase now and must change it at the next "
                    "sign-in.").replace("{name}", member.name), member.user_id))

    def toggle_disabled(self) -> None:
        member, ws = self.selected(), self._ws
        if member is None or (not member.disabled and self._is_me(member)):
            return
        off = not member.disabled
        text = (self.tr("{name} is switched off and can no longer sign in. The vault has a "
                        "new key, so their key opens nothing; backups made before still open "
                        "with it.") if off
                else self.tr("{name} is switched on and can sign in again."))
        self.message.hide_message()
        self._run(lambda: team.set_disabled(ws, member.user_id, off),
                  lambda _r: self._done(text.replace("{name}", member.name), member.user_id))

    def remove_member(self) -> None:
        member, ws = self.selected(), self._ws
        if member is None or self._is_me(member):
            return
        self.message.hide_message()
        asked = self._dialogs.confirm(
            self, self.tr("Remove {name}?").replace("{name}", member.name),
            self.tr("{name} will no longer be able to sign in, and the vault gets a new key so "
                    "their old key opens nothing.\n\nBackups made before the removal can still "
                    "be opened with the old keys, including theirs.\n\nThis cannot be undone.")
            .replace("{name}", member.name),
            self.tr("Remove member"))
        if not asked:
            return
        self._run(lambda: team.remove_member(ws, member.user_id), lambda _r: self._done(
            self.tr("{name} was removed and the vault has a new key.").replace(
                "{name}", member.name)))

