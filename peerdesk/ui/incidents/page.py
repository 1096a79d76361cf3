"""The Incidents section: the incident list with each incident's reach, and one incident.

A supporter sees the incidents whose response they are on; a coordinator sees every incident,
the outreach each team member still has to do across the open ones, and the program's
follow-up days. Enter on a row opens the incident; Esc goes back to the list. Ctrl+N logs a
new incident. "Log a contact for this incident" asks the shell to open the contact form
(``contactRequested``): this feature never imports another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.incidents import IncidentChoice, IncidentSummary
from peerdesk.domain.members import Member
from peerdesk.domain.permissions import Action
from peerdesk.domain.vocab import IncidentStatus, OutreachMethod
from peerdesk.services import incidents
from peerdesk.services.incidents import IncidentDetail
from peerdesk.services.workspace import Workspace
from peerdesk.ui.incidents.assign_dialog import AssignDialog
from peerdesk.ui.incidents.close_acute_dialog import CloseAcuteDialog
from peerdesk.ui.incidents.controls import fit_columns, incident_name, read_only_table
from peerdesk.ui.incidents.detail import IncidentDetailView
from peerdesk.ui.incidents.follow_up_days_dialog import FollowUpDaysDialog
from peerdesk.ui.incidents.incident_dialog import IncidentDialog
from peerdesk.ui.incidents.intervention_dialog import InterventionDialog
from peerdesk.ui.incidents.models import IncidentListModel
from peerdesk.ui.incidents.styles import style_sheet
from peerdesk.ui.kit import i18n, messages, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, primary_button, secondary_button, tag, text_label

LIST, DETAIL = range(2)


@dataclass(frozen=True)
class Listing:
    """What the list shows, read in one job."""

    rows: list[IncidentSummary]
    names: dict[str, str]
    team: list[Member]
    days: tuple[int, ...]
    outstanding: dict[str, int]


class IncidentsPage(QWidget):
    """The page of the "incidents" section.

    Signals:
        contactRequested(IncidentChoice): log a contact for this incident (the shell opens the
            contact form with it).
    """

    contactRequested = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsPage")
        theme.style_local(self, style_sheet, workspace.training)
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.manage = workspace.can(Action.MANAGE_INCIDENTS)
        self.listing: Listing | None = None
        self.current: int | None = None
        self.dialog: QDialog | None = None  # the open dialog (tests and the lock find it)
        self.model = IncidentListModel(self)
        self.detail = IncidentDetailView()
        self.detail.contact_button.setVisible(workspace.can(Action.LOG_CONTACTS))
        self.stack = tag(QStackedWidget(), "incidentsStack")
        self.stack.addWidget(self._list_page())
        self.stack.addWidget(self.detail)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._connect()

    def _list_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("incidentListPage")
        self.message = MessageWidget("incidentsMessage", closable=True)
        self.new_button = primary_button(self.tr("Log an incident"), "logIncidentButton")
        self.new_button.setToolTip(self.tr("Log an incident (Ctrl+N)"))
        self.status = tag(QComboBox(), "incidentStatusCombo", self.tr("Show incidents"))
        self.status.addItem(self.tr("Open incidents"), IncidentStatus.OPEN.value)
        self.status.addItem(self.tr("Closed incidents"), IncidentStatus.CLOSED.value)
        self.status.addItem(self.tr("All incidents"), None)
        show_label = QLabel(self.tr("&Show"))
        show_label.setBuddy(self.status)
        self.table = read_only_table("incidentTable", self.tr("Incidents"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        fit_columns(self.table)
        self.empty = text_label("", "incidentsEmpty")
        self.days_text = text_label("", "followUpDaysText")
        self.days_button = secondary_button(self.tr("Change…"), "changeFollowUpDaysButton",
                                            link=True)
        self.outstanding_text = text_label("", "outstandingText")
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(show_label)
        top.addWidget(self.status)
        days = QHBoxLayout()
        days.addWidget(self.days_text, 1)  # wraps rather than cut in a longer language
        days.addWidget(self.days_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 16, 32, 16)
        column.setSpacing(10)
        column.addWidget(tag(QLabel(self.tr("Critical incidents")), "pageTitle"))
        column.addWidget(text_label(self.tr(
            "Reach everyone involved, on time: reach is measured from the incident's date and "
            "time, within 72 hours and within 7 days (both inclusive). No names: counts only. "
            "Enter opens an incident."), "hint"))
        column.addWidget(self.message)
        column.addLayout(top)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        column.addWidget(self.outstanding_text)
        column.addLayout(days)
        for widget in (self.days_text, self.days_button, self.outstanding_text):
            widget.setVisible(self.manage)
        return page

    def _connect(self) -> None:
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.log_incident)
        self.new_button.clicked.connect(self.log_incident)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.activated.connect(self._activated)
        self.days_button.clicked.connect(self.change_follow_up_days)
        self.model.modelReset.connect(self._update_empty)
        d = self.detail
        d.backRequested.connect(self.show_list)
        d.outreachRequested.connect(self.record_outreach)
        d.interventionRequested.connect(self.log_intervention)
        d.assignRequested.connect(self.assign)
        d.closeAcuteRequested.connect(self.close_acute)
        d.editRequested.connect(self.edit_incident)
        d.closeRequested.connect(lambda: self._simple(incidents.close,
                                                      self.tr("The incident is closed.")))
        d.reopenRequested.connect(lambda: self._simple(incidents.reopen,
                                                       self.tr("The incident is open again.")))
        d.deleteRequested.connect(self.delete_incident)
        d.contactRequested.connect(self._contact_requested)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_of(index)
        if row is not None:
            self.open_incident(row.id)

    def showEvent(self, event: QShowEvent) -> None:
        """Read again whenever the section is shown: contacts linked, outreach recorded by
        others or follow-ups done meanwhile show at once."""
        super().showEvent(event)
        if self.stack.currentIndex() == LIST:
            self.refresh()
        elif self.current is not None:
            self.open_incident(self.current)

    # ------------------------------------------------------------------ work on the worker

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None],
             where: MessageWidget | None = None) -> None:
        target = where or (self.detail.message if self.stack.currentIndex() == DETAIL
                           else self.message)

        def failed(exc: BaseException) -> None:
            if not self.workspace.is_locked:
                target.show_message(messages.error_text(exc), "error")

        self.tasks.run(job, done, failed, owner=self)

    def refresh(self) -> None:
        """Read the list (and, for a coordinator, the outstanding outreach and the policy)."""
        ws, manage = self.workspace, self.manage
        code = self.status.currentData()
        status = None if code is None else IncidentStatus(str(code))

        def job() -> Listing:
            return Listing(incidents.incident_list(ws, status), incidents.member_names(ws),
                           incidents.team_members(ws), incidents.follow_up_days(ws),
                           incidents.outstanding_by_member(ws) if manage else {})

        self._run(job, self._listed, self.message)

    def _listed(self, listing: Listing) -> None:
        self.listing = listing
        current = self.current
        self.model.set_rows(listing.rows)
        row = next((n for n, s in enumerate(listing.rows) if s.id == current), 0)
        if listing.rows:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.days_text.setText(self.tr("Follow-ups after the acute phase: %1 days later.")
                               .replace("%1", ", ".join(i18n.number(d) for d in listing.days)))
        names = listing.names
        owed = sorted(listing.outstanding.items(), key=lambda kv: (-kv[1], names.get(kv[0], "")))
        self.outstanding_text.setText(
            self.tr("Outreach still to do on open incidents: %1.").replace(
                "%1", ", ".join(f"{names.get(u) or self.tr('a former member')} "
                                f"{i18n.number(n)}" for u, n in owed))
            if owed else self.tr("No outreach is still to do on open incidents."))

    def _update_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(self.tr(
            "No incidents to show. After a critical incident, Log an incident (Ctrl+N) to "
            "track who has been reached."))

    # ------------------------------------------------------------------ one incident

    def open_incident(self, incident_id: int | None, message: str = "") -> None:
        if incident_id is None:
            return
        ws = self.workspace

        def opened(detail: IncidentDetail) -> None:
            was_detail = self.stack.currentIndex() == DETAIL
            self.current = incident_id
            names = self.listing.names if self.listing else {}
            self.detail.show_detail(detail, names, self.manage)
            self.stack.setCurrentIndex(DETAIL)
            self.detail.message.hide_message()
            if message:
                self.detail.message.show_message(message, "positive")
            if not was_detail:
                self.detail.focus_outreach()

        self._run(lambda: incidents.detail(ws, incident_id), opened, self.message)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(LIST)
        self.refresh()
        self.table.setFocus()

    def _reopen_current(self, message: str) -> None:
        self.open_incident(self.current, message)

    def record_outreach(self, reached: int, method: str, at: datetime) -> None:
        ws, incident_id = self.workspace, self.current
        if incident_id is None:
            return

        def failed(exc: BaseException) -> None:
            if self.workspace.is_locked:
                return
            if isinstance(exc, ValidationError):
                self.detail.show_outreach_errors({k: str(v)
                                                  for k, v in exc.field_errors.items()})
            else:
                self.detail.message.show_message(messages.error_text(exc), "error")

        def done(_reach: object) -> None:
            self._reopen_current(self.tr("Recorded: %n newly reached.", "", reached))
            self.detail.focus_outreach()

        self.tasks.run(lambda: incidents.record_outreach(ws, incident_id, reached,
                                                         OutreachMethod(method), at=at),
                       done, failed, owner=self)

    def _simple(self, action: Callable[[Workspace, int], None], said: str) -> None:
        ws, incident_id = self.workspace, self.current
        if incident_id is not None:
            self._run(lambda: action(ws, incident_id), lambda _r: self._reopen_current(said))

    def _contact_requested(self) -> None:
        detail = self.detail.detail
        if detail is not None:
            draft = detail.incident.draft
            self.contactRequested.emit(IncidentChoice(detail.incident.id, draft.kind,
                                                      draft.occurred_at.date()))

    # ------------------------------------------------------------------ dialogs

    def _open_dialog(self, dialog: QDialog, done: Callable[[QDialog], None]) -> QDialog:
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                done(dialog)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _team(self) -> list[Member]:
        return self.listing.team if self.listing else []

    def log_incident(self) -> QDialog | None:
        if self.stack.currentIndex() != LIST or self.dialog is not None:
            return None
        dialog = IncidentDialog(self.workspace, self.tasks, self._team(),
                                self.workspace.member.user_id, self.manage, parent=self)

        def logged(d: QDialog) -> None:
            incident_id = int(getattr(d, "result_value", 0))
            self.message.show_message(self.tr("Incident logged."), "positive")
            self.refresh()
            self.open_incident(incident_id, self.tr("Incident logged. Record outreach as the "
                                                    "team reaches people."))

        return self._open_dialog(dialog, logged)

    def edit_incident(self) -> QDialog | None:
        detail = self.detail.detail
        if detail is None:
            return None
        dialog = IncidentDialog(self.workspace, self.tasks, self._team(),
                                self.workspace.member.user_id, self.manage, detail.incident,
                                parent=self)
        return self._open_dialog(dialog, lambda _d: self._reopen_current(
            self.tr("Changes saved.")))

    def log_intervention(self) -> QDialog | None:
        detail = self.detail.detail
        if detail is None:
            return None
        dialog = InterventionDialog(self.workspace, self.tasks, detail.incident, detail.reach,
                                    self._team(), self.workspace.member.user_id, parent=self)
        return self._open_dialog(dialog, lambda _d: self._reopen_current(
            self.tr("Group intervention logged: one intervention with its attendees.")))

    def assign(self) -> QDialog | None:
        detail = self.detail.detail
        if detail is None:
            return None
        assigned = {load.user_id: load.assigned for load in detail.loads}
        names = self.listing.names if self.listing else {}
        dialog = AssignDialog(self.workspace, self.tasks, detail.incident, assigned, names,
                              parent=self)
        return self._open_dialog(dialog, lambda _d: self._reopen_current(
            self.tr("Outreach shared out.")))

    def close_acute(self) -> QDialog | None:
        detail = self.detail.detail
        if detail is None:
            return None
        days = self.listing.days if self.listing else ()
        dialog = CloseAcuteDialog(self.workspace, self.tasks, detail.incident, days,
                                  self._team(), parent=self)
        return self._open_dialog(dialog, lambda d: self._reopen_current(
            self.tr("Acute phase closed: %n follow-ups planned, in Follow-ups.", "",
                    len(getattr(d, "result_value", None) or []))))

    def change_follow_up_days(self) -> QDialog | None:
        if not self.manage or self.dialog is not None:
            return None
        days = self.listing.days if self.listing else ()
        dialog = FollowUpDaysDialog(self.workspace, self.tasks, days, parent=self)

        def saved(_d: QDialog) -> None:
            self.message.show_message(self.tr("Follow-up days saved."), "positive")
            self.refresh()

        return self._open_dialog(dialog, saved)

    def delete_incident(self) -> None:
        detail = self.detail.detail
        if detail is None or not self.manage:
            return
        draft = detail.incident.draft
        text = self.tr("%1 will be deleted for good, with its outreach, group interventions "
                       "and follow-ups. Contacts logged for it stay, no longer linked.").replace(
            "%1", incident_name(draft.kind, draft.occurred_at.date()))
        if not self.dialogs.confirm(self, self.tr("Delete this incident?"), text,
                                    self.tr("Delete incident")):
            return
        ws, incident_id = self.workspace, detail.incident.id

        def deleted(_r: object) -> None:
            self.current = None
            self.detail.clear()
            self.show_list()
            self.message.show_message(self.tr("The incident was deleted."), "positive")

        self._run(lambda: incidents.delete(ws, incident_id), deleted)

    # ------------------------------------------------------------------ locking

    def unsaved_work(self) -> bool:
        return False

    def clear_sensitive(self) -> None:
        """Drop every row (the main window calls this when locking)."""
        if self.dialog is not None:
            self.dialog.reject()
        self.model.clear()
        self.detail.clear()
        self.listing = None
        self.stack.setCurrentIndex(LIST)

