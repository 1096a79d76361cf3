"""Log a contact: one keyboard-first screen, fields on the left, the boundary checklist right.

Ctrl+S saves from anywhere in the form (one keystroke). Imminent danger opens the escalation
panel at once and saving stays blocked until a crisis line, medical or clinician referral is
chosen; errors appear under their fields. A note that looks like it names someone is confirmed
before saving. After saving: a calm confirmation and a fresh form from the program's defaults
(never the last contact's answers, which would be saved again by accident).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import note_scan
from peerdesk.domain.contacts import Contact, ContactDraft, validate
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.incidents import IncidentChoice
from peerdesk.domain.note_scan import FindingKind
from peerdesk.domain.vocab import (
    ESCALATION_REFERRALS,
    FirstOrRepeat,
    InitiatedBy,
    ReferralHow,
    ReferralType,
    Topic,
)
from peerdesk.services import contacts, incidents, policy
from peerdesk.services.name_list import given_names
from peerdesk.services.workspace import Workspace
from peerdesk.ui.contacts.checklist_panel import ChecklistPanel
from peerdesk.ui.contacts.fields import ContactFields
from peerdesk.ui.contacts.support_panels import (
    EscalationPanel,
    SelfCarePanel,
    crisis_resource_lines,
    self_care_resource_lines,
)
from peerdesk.ui.kit import a11y, messages
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.i18n import short_date, translate
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, primary_button, secondary_button, tag, text_label


def finding_phrase(kind: FindingKind) -> str:
    """What the note scan found, by kind only: never the text itself."""
    return {
        FindingKind.NAME: translate("ContactForm", "a name"),
        FindingKind.PHONE: translate("ContactForm", "a phone number"),
        FindingKind.EMAIL: translate("ContactForm", "an e-mail address"),
        FindingKind.BADGE: translate("ContactForm", "a badge or employee number"),
        FindingKind.ADDRESS: translate("ContactForm", "an address"),
    }[kind]


# Opens the referral directory filtered to one referral type, over a parent (Referrals'
# ReferralLookupDialog): (workspace, tasks, referral, parent) -> a dialog to open.
ReferralLookup = Callable[[Workspace, TaskRunner, ReferralType, QWidget], QDialog]


class ContactForm(QWidget):
    """The contact form (new, follow-up or editing).

    Args:
        submit_drafts: drill mode (training): the form starts empty (no routine fields from
            the last contact) and Save emits ``draftSubmitted`` with the checked draft instead
            of saving it; the owner decides what happens next.

    Signals:
        saved(int): a contact was saved (new or changed); carries its id.
        editClosed(): editing ended (saved or cancelled); the page may go back to the list.
        editSaved(str): an edit was saved; the confirmation to show where the member now is.
        draftSubmitted(ContactDraft): drill mode only: a validated, confirmed draft.
    """

    saved = Signal(int)
    editClosed = Signal()
    editSaved = Signal(str)
    draftSubmitted = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None, *, submit_drafts: bool = False,
                 referral_lookup: ReferralLookup | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactForm")
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.submit_drafts = submit_drafts
        self.referral_lookup = referral_lookup
        self.editing: int | None = None
        self.follow_up_of: int | None = None
        # "Another contact for this incident": the incident the next fresh form is for, and
        # the incident follow-up (id) this contact completes.
        self.for_incident: IncidentChoice | None = None
        self.incident_follow_up: int | None = None
        self._clean: ContactDraft | None = None  # what the form showed before any typing
        self.saving = False
        self._crisis_lines: list[str] | None = None
        self._self_care_lines: list[str] | None = None
        self.fields = ContactFields(notes_enabled=False)
        self.checklist = ChecklistPanel()
        self.escalation = EscalationPanel()
        self.self_care = SelfCarePanel()
        self.fields.grid.addWidget(self.escalation, self.fields.escalation_row, 0, 1, 3)
        self.escalation.hide()
        self.self_care.hide()
        self.title = tag(QLabel(self.tr("Log a contact")), "formTitle")
        self.mode = text_label(self.tr("No names. Ctrl+S saves."), "formMode")
        self.mode.setProperty("hint", True)
        self.message = MessageWidget("formMessage", closable=True)
        self.save_button = primary_button(self.tr("Save contact"), "saveContactButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.clear_button = secondary_button(self.tr("Start over"), "clearFormButton")
        self._lay_out()
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.start_over)
        self.fields.changed.connect(self._fields_changed)
        self.escalation.addCrisisReferral.connect(self._add_crisis_referral)
        self.fields.referrals.lookupRequested.connect(self.open_lookup)
        self._errors: dict[str, str] = {}
        self.fields.reset(None, date.today())
        self._set_tab_order()
        self._mark_clean()
        self.reload_policy()

    def reload_policy(self) -> None:
        """Read the program policy again (checklist, private notes): at sign-in, and whenever
        a coordinator saves it, so a change shows at once."""
        ws = self.workspace
        self.tasks.run(lambda: policy.current(ws), self._loaded, self._failed, owner=self)
        self.reload_incidents()

    def reload_incidents(self) -> None:
        """Read the open incidents a contact may belong to (kind and date only)."""
        ws = self.workspace
        if self.submit_drafts or ws.is_locked:
            return  # a drill's contacts belong to no real incident
        self.tasks.run(lambda: incidents.choices(ws), self.fields.set_incident_choices,
                       lambda _exc: None, owner=self)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload_incidents()  # an incident logged or closed meanwhile

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            self._fit_columns(self.scroll_area.viewport().width())
        return super().eventFilter(watched, event)

    def _fit_columns(self, width: int) -> None:
        """Fields beside the checklist when both fit the width with every answer whole, else
        the checklist below (a narrow window, larger text, or a language that runs longer)."""
        margins = self._columns.contentsMargins()
        needed = (self.fields.sizeHint().width() + self.checklist.width()
                  + self._columns.spacing() + margins.left() + margins.right())
        direction = (QBoxLayout.Direction.LeftToRight if width >= needed
                     else QBoxLayout.Direction.TopToBottom)
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    def _lay_out(self) -> None:
        content = QWidget()
        content.setObjectName("formContent")
        columns = QHBoxLayout(content)
        self._columns = columns
        columns.setContentsMargins(24, 8, 24, 16)
        columns.setSpacing(24)
        columns.addWidget(self.fields, 1, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self.checklist)
        self.fields.wrap_up.setFixedWidth(self.checklist.width())
        right.addWidget(self.fields.wrap_up)
        self.self_care.setFixedWidth(self.checklist.width())
        right.addWidget(self.self_care)
        right.addStretch(1)
        columns.addLayout(right)
        # Not ``scroll``: that name is QWidget.scroll, which this attribute would hide.
        self.scroll_area = tag(QScrollArea(), "formScroll")
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it scrolls to the focused field
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        self.scroll_area.viewport().installEventFilter(self)
        head = QVBoxLayout()
        head.setContentsMargins(24, 10, 24, 0)
        head.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.setSpacing(14)
        title_row.addWidget(self.title)
        title_row.addWidget(self.mode, 1, Qt.AlignmentFlag.AlignBottom)
        head.addLayout(title_row)
        head.addWidget(self.message)
        self.title.hide()  # the tab already says "Log a contact"; shown for edits and follow-ups
        self.mode.hide()
        footer = tag(QFrame(), "formFooter")
        buttons = QHBoxLayout(footer)
        buttons.setContentsMargins(24, 10, 24, 10)
        buttons.setSpacing(12)
        buttons.addWidget(self.save_button)
        buttons.addWidget(text_label(self.tr("or press Ctrl+S · no names, no identifying "
                                             "details"), "hint"), 1)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(head)
        column.addWidget(self.scroll_area, 1)
        column.addWidget(footer)

    def _set_tab_order(self) -> None:
        chain = [*self.fields.focus_chain(), self.escalation.add_button,
                 *self.fields.referral_focus_chain(), *self.checklist.focus_chain(),
                 *self.fields.wrap_up_focus_chain(), self.save_button, self.clear_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ loading

    def _loaded(self, current: Any) -> None:
        dirty = self.unsaved_work()
        ticked = self.checklist.ticked()
        self.checklist.set_checklist(current.checklist)
        self._set_tab_order()
        self.fields.notes_enabled = current.private_notes_enabled
        if (not dirty and self.editing is None and self.follow_up_of is None
                and self.for_incident is None):
            self.fields.reset(None, date.today())
        else:  # keep what the member is typing; only the policy's parts change
            self.checklist.set_ticked(ticked & {item.code for item in current.checklist.items})
            self.fields.refresh_visibility()
        if not dirty:
            self._mark_clean()

    def _mark_clean(self) -> None:
        self._clean = self.current_draft()

    def unsaved_work(self) -> bool:
        """Whether the member changed anything since the form was last fresh (or opened)."""
        return self._clean is not None and self.current_draft() != self._clean

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        if self.workspace.is_locked:
            return  # locked while the job was queued: the page is going away
        if isinstance(exc, ValidationError):
            self._show_errors(exc.field_errors)
            return
        self.message.show_message(messages.error_text(exc), "error")

    # ------------------------------------------------------------------ modes

    def start_over(self) -> None:
        """A fresh form from the program's defaults (leaves edit mode)."""
        was_editing = self.editing is not None
        self.editing = self.follow_up_of = self.incident_follow_up = None
        self.for_incident = None
        self.title.setText(self.tr("Log a contact"))
        self.mode.setText(self.tr("No names. Ctrl+S saves."))
        self.title.hide()
        self.mode.hide()
        self.save_button.setText(self.tr("Save contact"))
        self.clear_button.setText(self.tr("Start over"))
        self._errors = {}  # before the reset, whose changes must not re-check old errors
        self.fields.reset(None, date.today())
        self.checklist.set_ticked(frozenset())
        self._mark_clean()
        self._errors = {}
        self.message.hide_message()
        self.scroll_area.verticalScrollBar().setValue(0)  # a new form from its first row, the Date
        if was_editing:
            self.editClosed.emit()

    def edit_contact(self, contact: Contact, note_unreadable: bool) -> None:
        """Open a saved contact for changes."""
        self.editing, self.follow_up_of = contact.id, None
        self._errors = {}  # a failed save of another draft says nothing about this one
        self.fields.load(contact.draft, date.today())
        self.checklist.set_ticked(contact.draft.checklist_ticked)
        day = short_date(contact.draft.occurred_on)
        self.title.setText(self.tr("Edit contact"))
        self.title.show()
        self.mode.show()
        self.mode.setText(self.tr("The contact of %1. Ctrl+S saves the changes.")
                          .replace("%1", day))
        self.save_button.setText(self.tr("Save changes"))
        self.clear_button.setText(self.tr("Cancel editing"))
        self._mark_clean()
        self.message.hide_message()
        if note_unreadable:
            self.message.show_message(self.tr(
                "This contact's private note was written before your passphrase was reset and "
                "can no longer be read."), "info")
        self.fields.setFocus()

    def follow_up(self, draft: ContactDraft) -> None:
        """A new contact continuing the episode of ``draft.follow_up_of``."""
        self.start_over()
        self.follow_up_of = draft.follow_up_of
        self.fields.load(draft, date.today())
        self.title.setText(self.tr("Log a follow-up"))
        self.title.show()
        self.mode.show()
        self.mode.setText(self.tr("This contact continues an earlier one (same episode). "
                                  "Ctrl+S saves."))
        self._mark_clean()
        self.fields.setFocus()

    def log_for_incident(self, choice: IncidentChoice, follow_up_id: int | None = None) -> None:
        """A fresh contact for the incident ``choice`` (its kind filled in); with
        ``follow_up_id``, the contact is that incident follow-up and completes it."""
        self.start_over()
        self._prepare_for_incident(choice, follow_up_id)
        self._mark_clean()
        self.fields.setFocus()

    def _prepare_for_incident(self, choice: IncidentChoice, follow_up_id: int | None,
                              keep: ContactDraft | None = None) -> None:
        self.for_incident, self.incident_follow_up = choice, follow_up_id
        known = self.fields.incident_choices()
        if choice.id not in [c.id for c in known]:
            self.fields.set_incident_choices([*known, choice])
        base = keep or self.current_draft()
        draft = replace(
            base, incident_id=choice.id, incident_type=choice.kind,
            topics=base.topics | {Topic.CRITICAL_INCIDENT},
            initiated_by=(InitiatedBy.PEER_OUTREACH if follow_up_id is not None
                          else InitiatedBy.AFTER_CRITICAL_INCIDENT),
            first_or_repeat=FirstOrRepeat.REPEAT if follow_up_id is not None
            else FirstOrRepeat.FIRST,
            occurred_on=date.today(), follow_up_due=None, follow_up_of=None, private_note="",
        )
        self.fields.load(draft, date.today())
        what = self.fields.incident_text(choice.kind, choice.occurred_on)
        self.title.setText(self.tr("Log an incident follow-up") if follow_up_id is not None
                           else self.tr("Another contact for this incident"))
        self.mode.setText(self.tr("For the incident %1. Ctrl+S saves; Start over logs an "
                                  "unrelated contact.").replace("%1", what))
        self.title.show()
        self.mode.show()

    # ------------------------------------------------------------------ live changes

    def current_draft(self) -> ContactDraft:
        return self.fields.draft(checklist_version=self.checklist.version,
                                 ticked=self.checklist.ticked(), follow_up_of=self.follow_up_of)

    def _fields_changed(self) -> None:
        draft = self.current_draft()
        opening = draft.needs_escalation and self.escalation.isHidden()
        self.escalation.setVisible(draft.needs_escalation)
        self.escalation.set_satisfied(bool(draft.referral_types & ESCALATION_REFERRALS))
        if opening:
            a11y.announce(self.escalation, self.escalation.spoken(), assertive=True)
            self._load_lines("_crisis_lines", crisis_resource_lines, self.escalation)
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.escalation))
        self.self_care.setVisible(draft.wants_self_care)
        if draft.wants_self_care:
            self._load_lines("_self_care_lines", self_care_resource_lines, self.self_care)
        if self._errors:  # after a failed save, errors clear as they are fixed
            self._show_errors({k: v for k, v in validate(draft, date.today()).items()
                               if k in self._errors})

    def _load_lines(self, attr: str, loader: Any, panel: Any) -> None:
        cached = getattr(self, attr)
        if cached is not None:
            panel.set_resources(cached)
            return
        ws = self.workspace

        def done(lines: list[str]) -> None:
            setattr(self, attr, lines)
            panel.set_resources(lines)

        # A directory that cannot be read leaves the standard text in place.
        self.tasks.run(lambda: loader(ws), done, lambda _exc: None, owner=self)

    def open_lookup(self, referral: ReferralType) -> QWidget | None:
        """The directory filtered to ``referral``'s category, over the form (modal).

        The lookup dialog comes from the Referrals feature, which the shell passes in
        (``referral_lookup``); without one, "Find…" opens nothing.
        """
        if self.referral_lookup is None:
            return None
        dialog = self.referral_lookup(self.workspace, self.tasks, referral, self)
        dialog.open()
        return dialog

    def _add_crisis_referral(self) -> None:
        self.fields.referrals.choose(ReferralType.CRISIS_LINE, ReferralHow.WARM_HANDOFF)
        self.fields.referrals.group.chip(ReferralType.CRISIS_LINE).setFocus()

    def _show_errors(self, errors: Mapping[str, str], *, again: bool = False) -> None:
        """Errors under their fields and one message above; said again only for a new save."""
        self._errors = dict(errors)
        self.fields.set_errors(errors)
        if errors and (again or self.message.kind() != "error" or self.message.isHidden()):
            self.message.show_message(self.tr("Some fields need attention; see the notes under "
                                              "them."), "error")
        elif self.message.kind() == "error":
            self.message.hide_message()

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Check, confirm an identifying-looking note, then save through the worker."""
        if self.saving or self.workspace.is_locked:
            return
        self._close_open_list()
        draft = self.current_draft()
        errors = validate(draft, date.today())
        if errors:
            self._show_errors(errors, again=True)
            target = self.fields.first_error_widget(errors)
            if target is not None:
                target.setFocus()
                self._scroll_to(target)
            return
        if not self._note_confirmed(draft.private_note):
            return
        if self.submit_drafts:
            self.draftSubmitted.emit(draft)
            return
        self.saving = True
        ws, editing, completes = self.workspace, self.editing, self.incident_follow_up

        def job() -> int:
            if editing is None:
                return contacts.save_new(ws, draft, incident_follow_up=completes)
            contacts.update(ws, editing, draft)
            return editing
        self.tasks.run(job, lambda contact_id: self._saved(contact_id, draft), self._failed)

    def _scroll_to(self, control: QWidget) -> None:
        """Bring ``control``'s field (title, control and error note) into view, once the
        message above the form has taken its room."""
        box = control.parentWidget() or control

        def show() -> None:
            self.scroll_area.ensureWidgetVisible(box, 0, 8)
            self.scroll_area.ensureWidgetVisible(control, 0, 8)  # a tall field: its control first

        QTimer.singleShot(0, self, show)

    def _close_open_list(self) -> None:
        """Ctrl+S with a drop-down list open: take the item the list shows highlighted (what
        the member was looking at), and close the list so it never floats over the next form."""
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        box = popup.parentWidget()
        while box is not None and not isinstance(box, QComboBox):
            box = box.parentWidget()
        if isinstance(box, QComboBox) and self.isAncestorOf(box):
            row = box.view().currentIndex().row()
            box.hidePopup()
            if row >= 0:
                box.setCurrentIndex(row)
        else:
            popup.close()

    def _note_confirmed(self, note: str) -> bool:
        """Warn about a note that looks identifying, naming only the kinds found."""
        found = note_scan.kinds(note, given_names()) if note else set()
        if not found:
            return True
        order = [FindingKind.NAME, FindingKind.PHONE, FindingKind.EMAIL, FindingKind.BADGE,
                 FindingKind.ADDRESS]
        phrases = [finding_phrase(k) for k in order if k in found]
        listed = phrases[0] if len(phrases) == 1 else self.tr("%1 and %2").replace(
            "%1", ", ".join(phrases[:-1])).replace("%2", phrases[-1])
        text = self.tr("The note seems to contain %1. Notes must not identify anyone, even "
                       "privately. Save it anyway?").replace("%1", listed)
        if self.dialogs.confirm(self, self.tr("Check the note"), text, self.tr("Save anyway")):
            return True
        self.message.show_message(self.tr("Nothing was saved. Take the identifying details out "
                                          "of the note, then save again."), "info")
        self.fields.note.setFocus()
        return False

    def _saved(self, contact_id: int, draft: ContactDraft) -> None:
        self.saving = False
        was_editing = self.editing is not None
        self.saved.emit(contact_id)
        linked = self.fields.incident_choice() if not was_editing else None
        self.start_over()
        text = (self.tr("Changes saved.") if was_editing else
                self.tr("Contact saved. Thank you for being there for a colleague."))
        if linked is not None:
            # After a major call a supporter logs many in a row: the next form is for the same
            # incident, its kind and member group filled in (Start over leaves it).
            self._prepare_for_incident(linked, None, keep=replace(
                self.current_draft(), member_group=draft.member_group))
            self._mark_clean()
            text += " " + self.tr("The form is ready for another contact for this incident.")
        if draft.wants_self_care:
            text += " " + self.tr("Please look after yourself too: %1").replace(
                "%1", "; ".join(self._self_care_lines or []) or
                self.tr("your peer team lead or EAP is there for you."))
        if was_editing:  # the page went back to the list: the member reads it there
            self.editSaved.emit(text)
            return
        self.message.show_message(text, "positive")
        self.fields.setFocus()

    def clear(self) -> None:
        """Forget everything typed (the workspace is locking)."""
        self.editing = self.follow_up_of = self.incident_follow_up = None
        self.for_incident = None
        self.fields.set_incident_choices([])
        self.fields.reset(None, date.today())
        self.checklist.set_ticked(frozenset())
        self._mark_clean()
        self.message.hide_message()
