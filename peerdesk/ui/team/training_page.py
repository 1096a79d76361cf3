"""The Training records page: a member's own records, or, for a coordinator, the whole team's.

``manage=False`` (the "My training" section of every member): their own records, whether they
are current with the training the program requires, what expires soon, and "Add record…".
``manage=True`` (the Team section's tab, coordinators): every member's standing (current or
not, next expiry), a notice of what needs attention (members not current, expiries within 60
days), and the selected member's records with add, change and delete.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.training_records import EXPIRED, TrainingRecord
from peerdesk.services import training_records
from peerdesk.services.training_records import MemberStanding
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.dialog_keeper import DialogKeeper
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.row_table import row_table
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.training_text import reminder_text
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    busy_bar,
    primary_button,
    secondary_button,
    tag,
    text_label,
)
from peerdesk.ui.team.training_model import (
    RecordsTableModel,
    StandingTableModel,
    gap_text,
)
from peerdesk.ui.team.training_record_dialog import TrainingRecordDialog

T = TypeVar("T")
NAMES_SHOWN = 4  # members named in the notice; the table shows every one


def make_table(name: str, accessible: str) -> QTableView:
    table = row_table(QTableView(), name, accessible)
    # Every column as wide as its words, the last too (a long row scrolls sideways, never
    # cut short).
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class TrainingRecordsPage(QWidget):
    """Training records of the open workspace (see the module docstring for the two modes)."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService, *,
                 manage: bool, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamTrainingPage" if manage else "myTrainingPage")
        self._ws = workspace
        self._tasks = tasks
        self._dialogs = dialogs
        self.manage = manage
        self.today = today or date.today()
        self._kept = DialogKeeper[TrainingRecordDialog](lambda d: d.form.running)
        self._shown_member = ""
        self._loading = False
        self.standing_model = StandingTableModel(self, self.today)
        self.records_model = RecordsTableModel(self, self.today)
        self.standing_table = make_table("trainingStandingTable", self.tr("Team training standing"))
        self.standing_table.setModel(self.standing_model)
        self.records_table = make_table("trainingRecordsTable", self.tr("Training records"))
        self.records_table.setModel(self.records_model)
        self.status = MessageWidget("trainingStatus")
        self.message = MessageWidget("trainingMessage", closable=True)
        self.busy = busy_bar("trainingBusy")
        self.add_button = primary_button(self.tr("&Add record…"), "addTrainingRecordButton")
        self.edit_button = secondary_button(self.tr("C&hange…"), "changeTrainingRecordButton")
        self.delete_button = secondary_button(self.tr("&Delete…"), "deleteTrainingRecordButton")
        self.records_title = tag(QLabel(self.tr("My records")), "sectionLabel")
        self._lay_out()
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.change_record)
        self.delete_button.clicked.connect(self.delete_record)
        # Bound methods, never lambdas over self: Qt drops their connections when the page is
        # deleted (a lock deletes it at once), so no signal reaches a page half gone.
        self.records_table.activated.connect(self._record_activated)
        self.records_table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.standing_table.selectionModel().selectionChanged.connect(self._standing_changed)
        self.records_model.modelReset.connect(self._sync_buttons)
        self._sync_buttons()

    def _lay_out(self) -> None:
        hint = (self.tr("Select a member to see and keep their records. The program policy "
                        "says which courses are required.")
                if self.manage else
                self.tr("Your courses, certifications, continuing education and supervision "
                        "sessions. Add each one you complete; a coordinator can correct or "
                        "remove a record."))
        top = QHBoxLayout()
        top.addWidget(text_label(hint, "hint"), 1)
        top.addSpacing(16)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if self.manage:  # a tab of the Team section, under its title
            layout.setContentsMargins(0, 16, 0, 0)
        else:  # a section of its own
            layout.setContentsMargins(32, 24, 32, 24)
            layout.addWidget(tag(QLabel(self.tr("My training records")), "pageTitle"))
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        if self.manage:
            layout.addWidget(self.standing_table, 3)
            layout.addWidget(self.records_title)
        else:
            self.standing_table.hide()
        layout.addWidget(self.records_table, 2)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.edit_button.setVisible(self.manage)
        self.delete_button.setVisible(self.manage)
        QWidget.setTabOrder(self.add_button, self.standing_table)
        QWidget.setTabOrder(self.standing_table, self.records_table)
        QWidget.setTabOrder(self.records_table, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)

    # ------------------------------------------------------------------ loading

    def reload(self, member: str = "", record_id: int = 0) -> None:
        """Read the standing and the records again (when the page or tab is shown), keeping
        ``member`` (default: the one selected) and ``record_id`` selected."""
        ws, today = self._ws, self.today
        if self.manage:
            keep = self.selected_member()
            member = member or (keep.user_id if keep else "")
            self._run(lambda: training_records.team_standing(ws, today=today),
                      lambda rows: self._team_loaded(rows, member, record_id))
        else:
            self._run(lambda: (training_records.my_standing(ws, today=today),
                               training_records.records_of(ws)),
                      lambda result: self._own_loaded(result, record_id))

    def _own_loaded(self, result: tuple[MemberStanding, list[TrainingRecord]],
                    record_id: int) -> None:
        standing, records = result
        self.records_model.set_rows(records)
        row = self.records_model.row_for(record_id) if record_id else -1
        if row >= 0:
            self.records_table.selectRow(row)
        self._show_status([standing])

    def _team_loaded(self, rows: list[MemberStanding], select: str, record_id: int) -> None:
        self._loading = True  # one read of the records below, not one per selection signal
        try:
            self.standing_model.set_rows(rows)
            row = self.standing_model.row_for(select) if select else -1
            if rows:
                self.standing_table.selectRow(max(row, 0))
        finally:
            self._loading = False
        self._show_status(rows)
        self._member_chosen(record_id)
        if not rows:
            self.records_model.clear()

    def _show_status(self, rows: list[MemberStanding]) -> None:
        """What needs attention, in words: who is not current, what expires soon."""
        lines: list[str] = []
        not_current = [s for s in rows if not s.current]
        if self.manage:
            if not_current:
                n = len(not_current)
                names = ", ".join(s.name for s in not_current[:NAMES_SHOWN])
                if n > NAMES_SHOWN:
                    names += " …"
                lines.append(self.tr("%n member(s) not current: {names}.", "", n).replace(
                    "{names}", names))
            soon = sum(1 for s in rows for r in s.reminders if r.stage != EXPIRED)
            if soon:
                lines.append(self.tr("%n course(s) or certification(s) expire within 60 days "
                                     "(see Next expiry).", "", soon))
        elif rows:
            own = rows[0]
            if not own.current:
                lines.append(self.tr("You are not current with the training the program "
                                     "requires: {gaps}.").replace(
                    "{gaps}", "; ".join(gap_text(g) for g in own.gaps)))
            lines.extend(reminder_text(r) for r in own.reminders)
        if lines:
            self.status.show_message("\n".join(lines), "warning")
        elif rows:
            self.status.show_message(
                self.tr("Everyone is current and nothing expires in the next 60 days.")
                if self.manage else
                self.tr("You are current and nothing of yours expires in the next 60 days."),
                "positive")
        else:
            self.status.hide_message()

    def selected_member(self) -> MemberStanding | None:
        rows = self.standing_table.selectionModel().selectedRows()
        return self.standing_model.row_at(rows[0].row()) if rows else None

    def selected_record(self) -> TrainingRecord | None:
        rows = self.records_table.selectionModel().selectedRows()
        return self.records_model.row_at(rows[0].row()) if rows else None

    def _member_chosen(self, record_id: int = 0) -> None:
        member = self.selected_member()
        if member is None or self._loading:
            return
        self.records_title.setText(self.tr("Records of {name}").replace("{name}", member.name))
        self._show_records(member.user_id, record_id)

    def _show_records(self, user_id: str, select: int = 0) -> None:
        ws = self._ws
        self._shown_member = user_id

        def shown(records: list[TrainingRecord]) -> None:
            if self._shown_member != user_id:
                return  # another member was chosen meanwhile
            self.records_model.set_rows(records)
            row = self.records_model.row_for(select) if select else -1
            if records:  # one chosen, so Change and Delete are a key press away
                self.records_table.selectRow(max(row, 0))

        self._run(lambda: training_records.records_of(ws, user_id), shown)

    def _record_activated(self, _index: object) -> None:
        self.change_record()

    def _standing_changed(self, *_selection: object) -> None:
        self._member_chosen()

    def _sync_buttons(self, *_selection: object) -> None:
        chosen = self.selected_record() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def clear_sensitive(self) -> None:
        """What the window calls on each section's page as it locks."""
        self.clear()

    def clear(self) -> None:
        """Forget every row and close an open dialog (on lock)."""
        self._kept.close()
        self.standing_model.clear()
        self.records_model.clear()
        self.status.hide_message()
        self.message.hide_message()

    def _run(self, fn: Callable[[], T], on_success: Callable[[T], None]) -> None:
        self.busy.show()

        def done(result: T) -> None:
            self.busy.hide()
            on_success(result)

        self._tasks.run(fn, done, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.message.show_message(messages.error_text(exc), "error")

    # ------------------------------------------------------------------ actions

    def _open_dialog(self, dialog: TrainingRecordDialog,
                     work: Callable[[], TrainingRecord]) -> None:
        self.message.hide_message()
        self._kept.opened(dialog)

        def saved(record: TrainingRecord) -> None:
            dialog.accept()
            self.message.show_message(self.tr("The record was saved."), "positive")
            self._after_change(record.user_id, record.id)

        dialog.submitted.connect(
            lambda: dialog.form.run(self._tasks, work, saved, dialog.show_error, owner=dialog))
        dialog.open()

    @property
    def dialog(self) -> TrainingRecordDialog | None:
        """The record dialog open now, if any."""
        return self._kept.current

    def _after_change(self, user_id: str, record_id: int = 0) -> None:
        self.reload(user_id, record_id)  # the standing changes too

    def add_record(self) -> None:
        ws, today = self._ws, self.today
        members: list[tuple[str, str]] = []
        if self.manage:
            chosen = self.selected_member()
            rows = self.standing_model.rows()
            if chosen is not None:  # the selected member first
                rows = [chosen] + [s for s in rows if s.user_id != chosen.user_id]
            members = [(s.user_id, s.name) for s in rows]
        dialog = TrainingRecordDialog(self, members=members, today=today)
        self._open_dialog(dialog, lambda: training_records.add(
            ws, dialog.values(), dialog.member_id(), today=today))

    def change_record(self) -> None:
        record, ws, today = self.selected_record(), self._ws, self.today
        if record is None or not self.manage:
            return
        member = self.selected_member()
        dialog = TrainingRecordDialog(self, record=record, today=today,
                                      member_name=member.name if member else "")
        self._open_dialog(dialog, lambda: training_records.update(
            ws, record.id, dialog.values(), today=today))

    def delete_record(self) -> None:
        record, ws = self.selected_record(), self._ws
        if record is None or not self.manage:
            return
        self.message.hide_message()
        if not self._dialogs.confirm(
                self, self.tr("Delete this record?"),
                self.tr("The record is deleted for good; the audit log keeps that it was."),
                self.tr("Delete record")):
            return

        def deleted(_result: None) -> None:
            self.message.show_message(self.tr("The record was deleted."), "positive")
            self._after_change(record.user_id)

        self._run(lambda: training_records.delete(ws, record.id), deleted)
