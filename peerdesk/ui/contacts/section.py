"""The Contacts section: log a contact, my contacts, follow-ups; and the follow-up reminder.

After sign-in the section asks for the follow-ups due; when there are some, a gentle notice
above the tabs says how many and opens the Follow-ups tab. Locking clears every model and the
form before the main window drops the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from peerdesk.domain.contacts import Contact, ContactDraft, ContactSummary
from peerdesk.domain.incidents import IncidentChoice, IncidentFollowUp
from peerdesk.services import contacts, incidents
from peerdesk.services.workspace import Workspace
from peerdesk.ui.contacts.follow_ups_view import FollowUpsView
from peerdesk.ui.contacts.form import ContactForm, ReferralLookup
from peerdesk.ui.contacts.page import MyContactsPage
from peerdesk.ui.contacts.styles import style_sheet
from peerdesk.ui.kit import messages, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, secondary_button, tag, text_label

FORM_TAB, LIST_TAB, FOLLOW_UPS_TAB = range(3)


class ContactsSection(QWidget):
    """The page of the "contacts" section."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None, *,
                 referral_lookup: ReferralLookup | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPage")
        theme.style_local(self, style_sheet, workspace.training)
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.form = ContactForm(workspace, tasks, dialogs, referral_lookup=referral_lookup)
        self.list = MyContactsPage(workspace, tasks)
        self.follow_ups = FollowUpsView()
        self.tabs = tag(QTabWidget(), "contactsTabs", self.tr("Contacts"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form, self.tr("Log a contact"))
        self.tabs.addTab(self.list, self.tr("My contacts"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.notice = tag(QFrame(), "followUpNotice")
        self.notice_text = text_label("", "followUpNoticeText", wrap=False)
        self.notice_button = secondary_button(self.tr("Show follow-ups"), "showFollowUpsButton",
                                              link=True)
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(12, 0, 4, 0)
        row.setSpacing(6)
        row.addWidget(self.notice_text, 1)
        row.addWidget(self.notice_button)
        self.notice.hide()
        self.message = MessageWidget("sectionMessage", closable=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        top = QVBoxLayout()
        top.setContentsMargins(24, 0, 24, 0)
        top.setSpacing(6)
        top.addWidget(self.message)
        column.addLayout(top)
        self.tabs.setCornerWidget(self.notice)
        column.addWidget(self.tabs, 1)
        self._list_loaded = False
        self.tabs.currentChanged.connect(self._tab_changed)
        self.notice_button.clicked.connect(self.show_follow_ups)
        self.form.saved.connect(self._after_change)
        self.form.editClosed.connect(self.show_list)  # the focus goes with the member
        self.form.editSaved.connect(lambda text: self.list.message.show_message(text,
                                                                                "positive"))
        self.list.openRequested.connect(self.open_contact)
        self.list.deleteRequested.connect(self.delete_contact)
        self.follow_ups.logRequested.connect(self.log_follow_up)
        self.follow_ups.dismissRequested.connect(self.dismiss_follow_up)
        self.follow_ups.incidents.logRequested.connect(self.log_incident_follow_up)
        self.follow_ups.incidents.dismissRequested.connect(self.dismiss_incident_follow_up)
        self.load_follow_ups()

    # ------------------------------------------------------------------ tabs

    def _tab_changed(self, index: int) -> None:
        if index == LIST_TAB and not self._list_loaded:
            self._list_loaded = True  # the first page is asked for when the list is first seen
            self.list.apply_filters()
        self.message.hide_message()

    def show_list(self) -> None:
        self.tabs.setCurrentIndex(LIST_TAB)
        self.list.table.setFocus()

    def show_follow_ups(self) -> None:
        self.tabs.setCurrentIndex(FOLLOW_UPS_TAB)
        self.follow_ups.table.setFocus()

    # ------------------------------------------------------------------ work on the worker

    def _run(self, job: Any, done: Any, where: MessageWidget | None = None) -> None:
        target = where or self.message

        def failed(exc: BaseException) -> None:
            if not self.workspace.is_locked:
                target.show_message(messages.error_text(exc), "error")

        self.tasks.run(job, done, failed, owner=self)

    def load_follow_ups(self) -> None:
        ws = self.workspace

        def job() -> tuple[contacts.FollowUpList, list[IncidentFollowUp], tuple[int, int]]:
            return (contacts.follow_up_list(ws), incidents.my_follow_ups(ws, limit=500),
                    incidents.my_follow_up_counts(ws))

        self._run(job, self._follow_ups_loaded)

    def _follow_ups_loaded(
        self, loaded: tuple[contacts.FollowUpList, list[IncidentFollowUp], tuple[int, int]]
    ) -> None:
        listing, incident_items, (incident_due, incident_overdue) = loaded
        self.follow_ups.set_items(listing.items, listing.due)
        self.follow_ups.set_incident_items(incident_items)
        count, overdue = listing.due + incident_due, listing.overdue + incident_overdue
        title = self.tr("Follow-ups") if not count else \
            self.tr("Follow-ups (%1)").replace("%1", str(count))
        self.tabs.setTabText(FOLLOW_UPS_TAB, title)
        if not count:
            self.notice.hide()
            return
        text = self.tr("%n follow-up(s) due", "", count)
        if overdue:
            text += self.tr(" (%n overdue)", "", overdue)
        self.notice_text.setText(text)
        self.notice.setToolTip(self.tr("A short check-in can mean a lot."))
        self.notice.setAccessibleName(self.notice_text.text())
        self.notice.show()

    def _after_change(self, _contact_id: int = 0) -> None:
        if self._list_loaded:
            self.list.refresh()
        self.load_follow_ups()

    def open_contact(self, contact_id: int) -> None:
        ws = self.workspace

        def opened(result: tuple[Contact, bool]) -> None:
            self.form.edit_contact(*result)
            self.tabs.setCurrentIndex(FORM_TAB)

        self._run(lambda: contacts.get(ws, contact_id), opened, self.list.message)

    def delete_contact(self, summary: ContactSummary) -> None:
        text = self.tr("The contact of %1 will be deleted for good. The audit log records that "
                       "a contact was deleted, never what it held.").replace(
            "%1", self.list.describe(summary))
        if not self.dialogs.confirm(self, self.tr("Delete this contact?"), text,
                                    self.tr("Delete contact")):
            return
        ws = self.workspace

        def deleted(_result: object) -> None:
            if self.form.editing == summary.id:
                self.form.start_over()
            self.list.message.show_message(self.tr("The contact was deleted."), "positive")
            self._after_change()

        self._run(lambda: contacts.delete(ws, summary.id), deleted, self.list.message)

    def log_follow_up(self, contact_id: int) -> None:
        ws = self.workspace

        def prepared(draft: ContactDraft) -> None:
            self.form.follow_up(draft)
            self.tabs.setCurrentIndex(FORM_TAB)

        self._run(lambda: contacts.follow_up_draft(ws, contact_id), prepared,
                  self.follow_ups.message)

    def dismiss_follow_up(self, contact_id: int) -> None:
        ws = self.workspace

        def dismissed(_result: object) -> None:
            self.follow_ups.message.show_message(
                self.tr("Follow-up closed as no longer needed."), "positive")
            self.load_follow_ups()

        self._run(lambda: contacts.dismiss_follow_up(ws, contact_id), dismissed,
                  self.follow_ups.message)

    def log_incident_follow_up(self, item: IncidentFollowUp) -> None:
        """The form for a contact completing an incident follow-up (its incident linked
        while the incident is open)."""
        self.form.log_for_incident(IncidentChoice(item.incident_id, item.kind, item.incident_on),
                                   item.id)
        self.tabs.setCurrentIndex(FORM_TAB)

    def log_for_incident(self, choice: IncidentChoice) -> None:
        """A contact for an incident (the Incidents section asks through the shell)."""
        self.form.log_for_incident(choice)
        self.tabs.setCurrentIndex(FORM_TAB)

    def dismiss_incident_follow_up(self, follow_up_id: int) -> None:
        ws = self.workspace

        def dismissed(_result: object) -> None:
            self.follow_ups.message.show_message(
                self.tr("Follow-up closed as no longer needed."), "positive")
            self.load_follow_ups()

        self._run(lambda: incidents.complete_follow_up(ws, follow_up_id), dismissed,
                  self.follow_ups.message)

    # ------------------------------------------------------------------ locking

    def policy_changed(self, _policy: object = None) -> None:
        """A coordinator saved the policy: the form follows it at once (private notes,
        checklist), keeping whatever is being typed."""
        self.form.reload_policy()

    def unsaved_work(self) -> bool:
        """Whether the contact form holds changes not yet saved (asked when locking)."""
        return self.form.unsaved_work()

    def clear_sensitive(self) -> None:
        """Drop every row and everything typed: the main window calls this when locking."""
        self.list.model.clear()
        self.follow_ups.model.clear()
        self.follow_ups.set_incident_items([])
        self.form.clear()
        self.notice.hide()

