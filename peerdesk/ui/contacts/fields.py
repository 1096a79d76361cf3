"""The fields of the contact form: building them, reading a draft, filling from one, errors.

Kept apart from :mod:`peerdesk.ui.contacts.form` (the screen: saving, panels, messages) so each
stays readable. Every field has a label above it and its error line below it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.contacts import (
    CISM_FORMATS,
    MAX_DURATION_MIN,
    MAX_GROUP_SIZE,
    ContactDraft,
    occurred_on_error,
)
from peerdesk.domain.incidents import IncidentChoice
from peerdesk.domain.vocab import (
    GROUP_FORMATS,
    Channel,
    ConfidentialityException,
    DisclosureRoute,
    FirstOrRepeat,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    Outcome,
    Risk,
    SupporterState,
    Topic,
)
from peerdesk.ui.contacts.chips import ChipGroup, ReferralPicker
from peerdesk.ui.kit import a11y, messages
from peerdesk.ui.kit.i18n import QT_TRANSLATE_NOOP, short_date
from peerdesk.ui.kit.vocab_labels import label
from peerdesk.ui.kit.widgets import DateEdit, FieldError, tag

# (days after the contact, label), translated when shown.
FOLLOW_UP_CHOICES = (
    (1, QT_TRANSLATE_NOOP("ContactFields", "Tomorrow")),
    (3, QT_TRANSLATE_NOOP("ContactFields", "In 3 days")),
    (7, QT_TRANSLATE_NOOP("ContactFields", "In a week")),
    (14, QT_TRANSLATE_NOOP("ContactFields", "In 2 weeks")),
    (30, QT_TRANSLATE_NOOP("ContactFields", "In a month")),
)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FieldBox(QWidget):
    """A label, one control and its error line; hiding the box hides all three."""

    def __init__(self, title: str, control: QWidget, key: str) -> None:
        super().__init__()
        self.setObjectName(f"{key}Field")
        self.control = control
        self.caption = tag(QLabel(title), "fieldLabel")
        self.caption.setWordWrap(True)  # longer words in other languages take a second line
        self.caption.setBuddy(control.focusProxy() or control)
        self.error = FieldError(f"{key}Error")
        self.error.tie(control)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(5)
        column.addWidget(self.caption)
        column.addWidget(control)
        column.addWidget(self.error)
        column.addStretch(1)


E = TypeVar("E", bound=enum.StrEnum)


def combo(members: Sequence[enum.StrEnum], object_name: str, accessible: str,
          placeholder: str = "") -> QComboBox:
    """A combo box of vocabulary labels whose item data is the code (never shown)."""
    box = tag(QComboBox(), object_name, accessible)
    # Wanting the width of its widest label, so any answer shows whole once chosen: the form
    # puts the checklist below rather than cut "Crisis management briefing" (only a window
    # narrower than a laptop's squeezes it, down to eight letters).
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.setMinimumContentsLength(8)
    if placeholder:
        box.addItem(placeholder, None)
    for member in members:
        box.addItem(label(member), str(member.value))
    return box


def _code(box: QComboBox) -> str | None:
    data = box.currentData()
    return None if data is None else str(data)


def _chosen(box: QComboBox, vocabulary: type[E]) -> E:
    """The member a combo without a placeholder shows (it always shows one)."""
    return vocabulary(str(box.currentData()))


def _select(box: QComboBox, member: enum.Enum | None) -> None:
    index = box.findData(None if member is None else str(member.value))
    box.setCurrentIndex(max(index, 0))


class ContactFields(QWidget):
    """Every contact field of ARCHITECTURE section 4 except the checklist (see ChecklistPanel).

    Signals:
        changed(): any field changed (the screen re-checks what to show).
    """

    changed = Signal()

    def __init__(self, notes_enabled: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactFields")
        self.notes_enabled = notes_enabled
        self.boxes: dict[str, FieldBox] = {}
        self._make_controls()
        self._lay_out()
        self._connect()
        self.setFocusProxy(self.date)

    def _make_controls(self) -> None:
        self.date = tag(DateEdit(), "dateEdit", self.tr("Date of the contact"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.duration = tag(QSpinBox(), "durationSpin", self.tr("Duration in minutes"))
        self.duration.setRange(1, MAX_DURATION_MIN)
        self.duration.setSuffix(self.tr(" min"))
        self.channel = combo(list(Channel), "channelCombo", self.tr("Channel"))
        self.initiated = combo(list(InitiatedBy), "initiatedCombo", self.tr("Initiated by"))
        self.group = combo(list(MemberGroup), "memberGroupCombo", self.tr("Member group"))
        self.format = combo(list(Format), "formatCombo", self.tr("Format"))
        self.group_size = tag(QSpinBox(), "groupSizeSpin", self.tr("Group size"))
        self.group_size.setRange(2, MAX_GROUP_SIZE)
        self.incident = combo(list(IncidentType), "incidentCombo", self.tr("Kind of incident"),
                              self.tr("Choose the kind of incident…"))
        self.topics = ChipGroup(list(Topic), "topicChip", self.tr("Topics"),
                                other_name=self.tr("Other topic"))
        self.risk = combo(list(Risk), "riskCombo", self.tr("Risk"))
        self.exception = combo(list(ConfidentialityException), "exceptionCombo",
                               self.tr("Confidentiality exception"))
        self.route = combo(list(DisclosureRoute), "routeCombo", self.tr("Disclosed to (role)"),
                           self.tr("Choose a role…"))
        self.referrals = ReferralPicker()
        self.follow_up = tag(QComboBox(), "followUpCombo", self.tr("Follow-up"))
        self._fill_follow_up(None)
        self.outcome = combo(list(Outcome), "outcomeCombo", self.tr("Outcome"))
        self.first_or_repeat = combo(list(FirstOrRepeat), "firstOrRepeatCombo",
                                     self.tr("First or repeat contact"))
        self.incident_link = tag(QComboBox(), "incidentLinkCombo",
                                 self.tr("Critical incident this contact belongs to"))
        self.incident_link.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.incident_link.setMinimumContentsLength(8)
        self._incident_choices: list[IncidentChoice] = []
        self.set_incident_choices([])
        self.state = combo(list(SupporterState), "supporterStateCombo",
                           self.tr("How you are after this contact"))
        self.note = tag(QPlainTextEdit(), "noteEdit", self.tr("Private note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Only for you. No names or identifying details."))
        self.note.setFixedHeight(72)

    def _lay_out(self) -> None:
        add = self._box
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        # No stretch factors: each column gets at least what its widest answer wants, then a
        # share of the rest (equal stretch squeezed "Crisis management briefing" to share).
        grid.addWidget(add("occurred_on", self.tr("Date"), self.date), 0, 0)
        grid.addWidget(add("duration_min", self.tr("Duration"), self.duration), 0, 1)
        grid.addWidget(add("channel", self.tr("Channel"), self.channel), 0, 2)
        grid.addWidget(add("initiated_by", self.tr("Initiated by"), self.initiated), 1, 0)
        grid.addWidget(add("member_group", self.tr("Member group"), self.group), 1, 1)
        grid.addWidget(add("format", self.tr("Format"), self.format), 1, 2)
        grid.addWidget(add("group_size", self.tr("People in the group"), self.group_size), 2, 0)
        # Only while the supporter has an open incident to attach a contact to (kind and date).
        grid.addWidget(add("incident_id", self.tr("Incident (optional)"), self.incident_link),
                       2, 1, 1, 2)
        grid.addWidget(add("topics", self.tr("Topics (one or more)"), self.topics), 3, 0, 1, 3)
        # Under the topics, where a keyboard user goes next once "Critical incident" is chosen
        # (above them it appeared out of sight and was found only when saving failed).
        grid.addWidget(add("incident_type", self.tr("Kind of critical incident"), self.incident),
                       4, 0, 1, 2)
        grid.addWidget(add("risk", self.tr("Risk"), self.risk), 5, 0)
        grid.addWidget(add("confidentiality_exception", self.tr("Confidentiality exception"),
                           self.exception), 5, 1)
        grid.addWidget(add("disclosure_route", self.tr("Disclosed to (a role)"), self.route),
                       5, 2)
        self.grid = grid
        self.escalation_row = 6  # the screen puts its escalation panel here
        grid.addWidget(add("referrals", self.tr("Referrals"), self.referrals), 7, 0, 1, 3)
        # "After the contact" fields sit under the checklist, in the form's right column.
        self.wrap_up = QWidget()
        self.wrap_up.setObjectName("wrapUpFields")
        after = QGridLayout(self.wrap_up)
        after.setContentsMargins(0, 0, 0, 0)
        after.setHorizontalSpacing(16)
        after.setVerticalSpacing(10)
        # One a row: side by side, a longer answer ("J'aimerais un débreffage") was cut.
        after.addWidget(add("outcome", self.tr("Outcome"), self.outcome), 0, 0)
        after.addWidget(add("first_or_repeat", self.tr("First or repeat (your judgment)"),
                            self.first_or_repeat), 1, 0)
        after.addWidget(add("follow_up_due", self.tr("Follow-up"), self.follow_up), 2, 0)
        after.addWidget(add("supporter_state", self.tr("How are you after this?"), self.state),
                        3, 0)
        after.addWidget(add("private_note", self.tr("Private note (expires)"), self.note),
                        4, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(grid)

    def _connect(self) -> None:
        for box in (self.channel, self.initiated, self.group, self.format, self.incident,
                    self.risk, self.exception, self.route, self.state, self.outcome,
                    self.first_or_repeat):
            box.currentIndexChanged.connect(self._changed)
        for spin in (self.duration, self.group_size):
            spin.valueChanged.connect(self._changed)
        self.date.dateChanged.connect(self._date_changed)
        self.follow_up.currentIndexChanged.connect(self._changed)
        self.incident_link.currentIndexChanged.connect(self._incident_linked)
        self.topics.changed.connect(self._changed)
        self.referrals.changed.connect(self._changed)
        self.note.textChanged.connect(self._changed)

    def _box(self, key: str, title: str, control: QWidget) -> FieldBox:
        box = FieldBox(title, control, key)
        self.boxes[key] = box
        return box

    # ------------------------------------------------------------------ draft in, draft out

    def reset(self, defaults: ContactDraft | None, today: date) -> None:
        """An empty form for ``today``, keeping the routine fields of the last contact."""
        self.date.setDate(to_qdate(today))
        self.duration.setValue(defaults.duration_min if defaults else 30)
        _select(self.channel, defaults.channel if defaults else Channel.IN_PERSON)
        _select(self.initiated, defaults.initiated_by if defaults else InitiatedBy.SELF_REFERRAL)
        _select(self.group, defaults.member_group if defaults else MemberGroup.POLICE)
        _select(self.format, defaults.format if defaults else Format.ONE_TO_ONE)
        self.group_size.setValue((defaults.group_size if defaults else None) or 2)
        _select(self.incident, None)
        self.topics.set_selected(())
        _select(self.risk, Risk.NONE_OBSERVED)
        _select(self.exception, ConfidentialityException.NONE)
        _select(self.route, None)
        self.referrals.set_referrals(())
        self._fill_follow_up(None)
        _select(self.state, SupporterState.FINE)
        # The program's defaults: most peer contacts end at peer level and are a first contact.
        _select(self.outcome, Outcome.RESOLVED_PEER_LEVEL)
        _select(self.first_or_repeat, FirstOrRepeat.FIRST)
        self._select_incident(None)
        self.note.clear()
        self.set_errors({})
        self._changed()

    def load(self, draft: ContactDraft, today: date) -> None:
        """Fill every field from ``draft`` (editing, or a follow-up's prepared draft)."""
        self.reset(draft, today)
        self.date.setDate(to_qdate(draft.occurred_on))
        _select(self.incident, draft.incident_type)
        self.topics.set_selected(draft.topics)
        _select(self.risk, draft.risk)
        _select(self.exception, draft.confidentiality_exception)
        _select(self.route, draft.disclosure_route)
        self.referrals.set_referrals(draft.referrals)
        self._fill_follow_up(draft.follow_up_due)
        _select(self.state, draft.supporter_state)
        # A contact saved before these fields existed shows the defaults until it is saved.
        _select(self.outcome, draft.outcome or Outcome.RESOLVED_PEER_LEVEL)
        _select(self.first_or_repeat, draft.first_or_repeat or FirstOrRepeat.FIRST)
        self._select_incident(draft.incident_id)
        self.note.setPlainText(draft.private_note)
        self._changed()

    def draft(self, *, checklist_version: int, ticked: frozenset[str],
              follow_up_of: int | None) -> ContactDraft:
        """The draft the fields describe; hidden fields contribute nothing."""
        fmt = _chosen(self.format, Format)
        exception = _chosen(self.exception, ConfidentialityException)
        incident = _code(self.incident)
        route = _code(self.route)
        draft = ContactDraft(
            occurred_on=to_date(self.date.date()),
            duration_min=self.duration.value(),
            channel=_chosen(self.channel, Channel),
            initiated_by=_chosen(self.initiated, InitiatedBy),
            member_group=_chosen(self.group, MemberGroup),
            format=fmt,
            topics=frozenset(self.topics.selected()),
            risk=_chosen(self.risk, Risk),
            group_size=self.group_size.value() if fmt in GROUP_FORMATS else None,
            incident_type=IncidentType(incident) if incident else None,
            confidentiality_exception=exception,
            disclosure_route=(DisclosureRoute(route) if route and
                              exception is not ConfidentialityException.NONE else None),
            referrals=self.referrals.referrals(),
            follow_up_of=follow_up_of,
            follow_up_due=self._follow_up_due(to_date(self.date.date())),
            supporter_state=_chosen(self.state, SupporterState),
            checklist_version=checklist_version,
            checklist_ticked=ticked,
            private_note=self.note.toPlainText() if self.notes_enabled else "",
            outcome=_chosen(self.outcome, Outcome),
            first_or_repeat=_chosen(self.first_or_repeat, FirstOrRepeat),
            incident_id=self.incident_id(),
        )
        if not draft.critical_incident_involved:
            return replace(draft, incident_type=None)
        return draft

    # ------------------------------------------------------------------ incident link

    def set_incident_choices(self, choices: list[IncidentChoice]) -> None:
        """The open incidents a contact may belong to (kind and date only), keeping the one
        chosen; the field shows only when there is one to choose (or one is linked)."""
        chosen = self.incident_id()
        self._incident_choices = list(choices)
        box = self.incident_link
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("None"), None)
        for choice in choices:
            box.addItem(self.incident_text(choice.kind, choice.occurred_on), choice.id)
        box.blockSignals(False)
        self._select_incident(chosen)
        if "incident_id" in self.boxes:  # not while the controls are being made
            self._changed()

    def incident_text(self, kind: IncidentType, day: date) -> str:
        """How an incident is named anywhere in the form: its kind and its date, nothing else."""
        return self.tr("%1, %2").replace("%1", label(kind)).replace("%2", short_date(day))

    def incident_choices(self) -> list[IncidentChoice]:
        return list(self._incident_choices)

    def incident_id(self) -> int | None:
        data = self.incident_link.currentData()
        return None if data is None else int(data)

    def incident_choice(self) -> IncidentChoice | None:
        wanted = self.incident_id()
        return next((c for c in self._incident_choices if c.id == wanted), None)

    def _select_incident(self, incident_id: int | None) -> None:
        box = self.incident_link
        index = box.findData(incident_id) if incident_id is not None else 0
        box.blockSignals(True)
        if index < 0:  # a contact of an incident closed since: it keeps its link
            box.addItem(self.tr("Its incident (closed)"), incident_id)
            index = box.count() - 1
        box.setCurrentIndex(index)
        box.blockSignals(False)

    def _incident_linked(self) -> None:
        """Choosing an incident fills in its kind, so the contact's kind matches it."""
        choice = self.incident_choice()
        if choice is not None:
            _select(self.incident, choice.kind)
        self._changed()

    # ------------------------------------------------------------------ follow-up choices

    def _fill_follow_up(self, due: date | None) -> None:
        """Quick choices counted from the contact's date; a saved exact date is kept as is."""
        box = self.follow_up
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("No follow-up"), None)
        for days, text in FOLLOW_UP_CHOICES:
            box.addItem(self.tr(text), days)
        if due is not None:
            box.addItem(self.tr("By %1").replace("%1", short_date(due)),
                        due.isoformat())
            box.setCurrentIndex(box.count() - 1)
        box.blockSignals(False)

    def _follow_up_due(self, occurred_on: date) -> date | None:
        data = self.follow_up.currentData()
        if data is None:
            return None
        if isinstance(data, str):
            return date.fromisoformat(data)
        return occurred_on + timedelta(days=int(data))

    # ------------------------------------------------------------------ showing

    def _date_changed(self) -> None:
        # Said at once, beside the field: the editor lets any typed year through (it used to
        # drop a future one silently) and the domain's rule says why a date is refused.
        problem = occurred_on_error(to_date(self.date.date()), date.today())
        self.boxes["occurred_on"].error.set_error(messages.field_error(problem or ""))
        self._changed()

    def refresh_visibility(self) -> None:
        """Show or hide the fields that depend on others or on the policy (private notes)."""
        self._changed()

    def _changed(self) -> None:
        fmt = _code(self.format)
        self.boxes["group_size"].setVisible(fmt is not None and Format(fmt) in GROUP_FORMATS)
        self._show_incident(self._critical_incident())
        self.boxes["disclosure_route"].setVisible(
            _code(self.exception) != ConfidentialityException.NONE.value)
        self.boxes["private_note"].setVisible(self.notes_enabled)
        self.boxes["incident_id"].setVisible(bool(self._incident_choices)
                                             or self.incident_id() is not None)
        self.changed.emit()

    def _show_incident(self, needed: bool) -> None:
        """Show or hide "Kind of critical incident"; when it becomes needed it comes next in
        the Tab order after the control that made it needed, and a screen reader hears so."""
        box = self.boxes["incident_type"]
        if needed == (not box.isHidden()):
            return
        box.setVisible(needed)
        focus = QApplication.focusWidget()
        triggers = [self.initiated, self.format, *self.topics.focus_chain()]
        if needed and focus in triggers:  # the member's own choice, not a contact loading
            QWidget.setTabOrder(focus, self.incident)
            a11y.announce(self.incident, self.tr(
                "Kind of critical incident is now needed; it comes next."))

    def _critical_incident(self) -> bool:
        fmt, initiated = _code(self.format), _code(self.initiated)
        return (Topic.CRITICAL_INCIDENT in self.topics.selected()
                or initiated == InitiatedBy.AFTER_CRITICAL_INCIDENT.value
                or (fmt is not None and Format(fmt) in CISM_FORMATS))

    def set_errors(self, errors: Mapping[str, str]) -> None:
        """Show each service error under its field (English source, translated)."""
        for key, box in self.boxes.items():
            box.error.set_error(messages.field_error(errors[key]) if key in errors else "")

    def focus_chain(self) -> list[QWidget]:
        return [self.date, self.duration, self.channel, self.initiated, self.group, self.format,
                self.group_size, self.incident_link, *self.topics.focus_chain(), self.incident,
                self.risk,
                self.exception, self.route]

    def referral_focus_chain(self) -> list[QWidget]:
        """The fields after the escalation panel."""
        return self.referrals.focus_chain()

    def wrap_up_focus_chain(self) -> list[QWidget]:
        """The fields under the checklist."""
        return [self.outcome, self.first_or_repeat, self.follow_up, self.state, self.note]

    def first_error_widget(self, errors: Mapping[str, str]) -> QWidget | None:
        for key, box in self.boxes.items():
            if key in errors and box.isVisible():
                return box.control
        return None
