"""One incident: its reach against the number involved, outreach in a few keystrokes, who still
has outreach to do, its group interventions and follow-ups, and what can be done next.

Recording outreach: type how many were newly reached, Enter (the method and time keep their
last choice and now). Every action runs on the worker; the view shows the service's answer.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.incidents import MAX_INVOLVED
from peerdesk.domain.vocab import OutreachMethod
from peerdesk.services.incidents import IncidentDetail
from peerdesk.ui.incidents.controls import (
    DateTimeEdit,
    fit_columns,
    incident_name,
    read_only_table,
    when_text,
)
from peerdesk.ui.incidents.models import (
    FollowUpRowsModel,
    InterventionModel,
    LoadModel,
    OutreachModel,
    of_involved,
    phase_text,
)
from peerdesk.ui.kit import i18n, messages
from peerdesk.ui.kit.i18n import short_date
from peerdesk.ui.kit.vocab_labels import label, labels
from peerdesk.ui.kit.widgets import (
    FieldError,
    MessageWidget,
    field_block,
    primary_button,
    secondary_button,
    tag,
    text_label,
)


class ReachFigure(QFrame):
    """One reach figure: a caption and ``n of N`` in large type (its accessible name says
    both)."""

    def __init__(self, object_name: str, caption: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setProperty("reachFigure", True)
        self.caption = caption
        self.value = tag(QLabel(""), f"{object_name}Value")
        self.value.setProperty("figure", True)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(2)
        column.addWidget(text_label(caption, "hint"))
        column.addWidget(self.value)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption}: {text}")
        self.value.setAccessibleName(f"{self.caption}: {text}")


class IncidentDetailView(QWidget):
    """The incident page's detail; the page wires its signals to the service.

    Signals:
        backRequested(): back to the list (Esc, or the button).
        outreachRequested(int, str, object): newly reached, method code, datetime.
        interventionRequested(), assignRequested(), closeAcuteRequested(), editRequested(),
        closeRequested(), reopenRequested(), deleteRequested(), contactRequested(): the
        buttons of the same names.
    """

    backRequested = Signal()
    outreachRequested = Signal(int, str, object)
    interventionRequested = Signal()
    assignRequested = Signal()
    closeAcuteRequested = Signal()
    editRequested = Signal()
    closeRequested = Signal()
    reopenRequested = Signal()
    deleteRequested = Signal()
    contactRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDetail")
        self.detail: IncidentDetail | None = None
        self.names: dict[str, str] = {}
        self.back_button = secondary_button(self.tr("← All incidents"), "backToIncidentsButton",
                                            link=True)
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.title = tag(QLabel(""), "pageTitle")
        self.title.setWordWrap(True)
        self.facts = text_label("", "incidentFacts")
        self.message = MessageWidget("incidentMessage", closable=True)
        self.in_72 = ReachFigure("reach72", self.tr("Reached within 72 hours"))
        self.in_7d = ReachFigure("reach7d", self.tr("Reached within 7 days"))
        self.so_far = ReachFigure("reachTotal", self.tr("Reached so far"))
        self._make_outreach_row()
        self._make_buttons()
        self.loads = LoadModel(self.name_of, self)
        self.interventions = InterventionModel(self)
        self.outreach = OutreachModel(self.name_of, self)
        self.follow_ups = FollowUpRowsModel(self.name_of, self)
        self.load_table = self._table(self.loads, "loadTable", self.tr("Outreach still to do"))
        self.intervention_table = self._table(self.interventions, "interventionTable",
                                              self.tr("Group interventions"))
        self.outreach_table = self._table(self.outreach, "outreachTable",
                                          self.tr("Outreach recorded"))
        self.follow_up_table = self._table(self.follow_ups, "incidentFollowUpsTable",
                                           self.tr("Follow-ups planned"))
        self._lay_out()
        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_shortcut.activated.connect(self.backRequested)
        self.back_button.clicked.connect(self.backRequested)

    def name_of(self, user_id: str) -> str:
        return self.names.get(user_id) or self.tr("A former member")

    def _make_outreach_row(self) -> None:
        self.reached_spin = tag(QSpinBox(), "reachedSpin",
                                self.tr("Personnel newly reached"))
        self.reached_spin.setRange(1, MAX_INVOLVED)
        self.method = tag(QComboBox(), "outreachMethodCombo", self.tr("How they were reached"))
        for method in OutreachMethod:
            self.method.addItem(label(method), method.value)
        self.reached_at = DateTimeEdit("outreachWhenEdit", self.tr("When they were reached"))
        self.record_button = primary_button(self.tr("Record outreach"), "recordOutreachButton")
        self.record_button.setToolTip(self.tr("Type the number and press Enter"))
        self.reached_error = FieldError("reachedError")
        self.at_error = FieldError("outreachWhenError")
        self.reached_spin.editingFinished.connect(self._spin_done)
        self.record_button.clicked.connect(self._record)
        self._enter_pressed = False

    def _make_buttons(self) -> None:
        self.intervention_button = secondary_button(self.tr("Log a group intervention…"),
                                                    "logInterventionButton")
        self.assign_button = secondary_button(self.tr("Share out the outreach…"),
                                              "assignOutreachButton")
        self.contact_button = secondary_button(self.tr("Log a contact for this incident"),
                                               "logIncidentContactButton")
        self.close_acute_button = secondary_button(self.tr("Close the acute phase…"),
                                                   "closeAcuteButton")
        self.edit_button = secondary_button(self.tr("Change the record…"), "editIncidentButton")
        self.close_button = secondary_button(self.tr("Close the incident"),
                                             "closeIncidentButton")
        self.reopen_button = secondary_button(self.tr("Reopen"), "reopenIncidentButton")
        self.delete_button = secondary_button(self.tr("Delete…"), "deleteIncidentButton")
        for button, signal in ((self.intervention_button, self.interventionRequested),
                               (self.assign_button, self.assignRequested),
                               (self.contact_button, self.contactRequested),
                               (self.close_acute_button, self.closeAcuteRequested),
                               (self.edit_button, self.editRequested),
                               (self.close_button, self.closeRequested),
                               (self.reopen_button, self.reopenRequested),
                               (self.delete_button, self.deleteRequested)):
            button.clicked.connect(signal)

    def _table(self, model: object, name: str, accessible: str) -> QTableView:
        table = read_only_table(name, accessible)
        table.setModel(model)  # type: ignore[arg-type]
        fit_columns(table)
        table.setMinimumHeight(120)
        return table

    def _lay_out(self) -> None:
        content = QWidget()
        content.setObjectName("incidentDetailContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 12, 32, 16)
        column.setSpacing(10)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.title)
        column.addWidget(self.facts)
        column.addWidget(self.message)
        figures = QHBoxLayout()
        figures.setSpacing(12)
        for figure in (self.in_72, self.in_7d, self.so_far):
            figures.addWidget(figure, 1)
        column.addLayout(figures)
        outreach = QGridLayout()
        outreach.setHorizontalSpacing(12)
        outreach.setAlignment(Qt.AlignmentFlag.AlignTop)
        outreach.addLayout(field_block(self.tr("&Newly reached"), self.reached_spin,
                                       self.reached_error), 0, 0)
        outreach.addLayout(field_block(self.tr("&How"), self.method), 0, 1)
        outreach.addLayout(field_block(self.tr("W&hen"), self.reached_at, self.at_error), 0, 2)
        outreach.addWidget(self.record_button, 0, 3, Qt.AlignmentFlag.AlignBottom)
        outreach.setColumnStretch(4, 1)
        column.addLayout(outreach)
        first = QHBoxLayout()
        first.setSpacing(8)
        for button in (self.intervention_button, self.assign_button, self.contact_button):
            first.addWidget(button)
        first.addStretch(1)
        column.addLayout(first)
        second = QHBoxLayout()
        second.setSpacing(8)
        for button in (self.close_acute_button, self.edit_button, self.close_button,
                       self.reopen_button, self.delete_button):
            second.addWidget(button)
        second.addStretch(1)
        column.addLayout(second)
        for heading, table in ((self.tr("Outreach still to do"), self.load_table),
                               (self.tr("Group interventions"), self.intervention_table),
                               (self.tr("Outreach recorded"), self.outreach_table),
                               (self.tr("Follow-ups planned"), self.follow_up_table)):
            column.addWidget(tag(QLabel(heading), "sectionHeading"))
            column.addWidget(table)
        column.addStretch(1)
        self.scroll_area = tag(QScrollArea(), "incidentDetailScroll")
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    # ------------------------------------------------------------------ showing

    def show_detail(self, detail: IncidentDetail, names: dict[str, str], manage: bool) -> None:
        self.detail, self.names = detail, names
        incident, reach = detail.incident, detail.reach
        draft = incident.draft
        self.title.setText(incident_name(draft.kind, draft.occurred_at.date()))
        involved = (self.tr("about %1 personnel involved (an estimate)")
                    if draft.involved_estimated else self.tr("%1 personnel involved"))
        facts = [when_text(draft.occurred_at), phase_text(incident.status,
                                                          incident.acute_closed_on),
                 labels(sorted(draft.member_groups)),
                 involved.replace("%1", i18n.number(draft.personnel_involved)),
                 self.tr("Lead: %1").replace("%1", self.name_of(draft.lead))]
        if incident.acute_closed_on is not None:
            facts.append(self.tr("acute phase closed on %1").replace(
                "%1", short_date(incident.acute_closed_on)))
        self.facts.setText(" · ".join(facts))
        self.in_72.set_value(of_involved(reach.within_72_hours, reach))
        self.in_7d.set_value(of_involved(reach.within_7_days, reach))
        self.so_far.set_value(of_involved(reach.total, reach))
        self.loads.set_rows(detail.loads)
        self.interventions.set_rows(detail.interventions)
        self.outreach.set_rows(detail.outreach)
        self.follow_ups.set_rows(detail.follow_ups)
        is_open = incident.is_open
        for widget in (self.reached_spin, self.method, self.reached_at, self.record_button):
            widget.setEnabled(is_open and reach.remaining > 0)
        for widget in (self.intervention_button, self.assign_button, self.contact_button):
            widget.setEnabled(is_open)
        self.close_acute_button.setVisible(incident.acute)
        self.close_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)
        self.delete_button.setVisible(manage)
        self.reached_spin.setMaximum(max(1, reach.remaining))
        self.reached_spin.setValue(1)
        self.reached_at.set_value(datetime.now())
        self.reached_error.set_error("")
        self.at_error.set_error("")

    def focus_outreach(self) -> None:
        """Where a supporter lands: the count to type."""
        if self.reached_spin.isEnabled():
            self.reached_spin.setFocus()
            self.reached_spin.selectAll()
        else:
            self.back_button.setFocus()

    def _spin_done(self) -> None:
        # editingFinished also fires when the focus leaves; only Enter records.
        if self.reached_spin.hasFocus():
            self._record()

    def _record(self) -> None:
        if self.detail is None or not self.record_button.isEnabled():
            return
        self.reached_error.set_error("")
        self.at_error.set_error("")
        self.outreachRequested.emit(self.reached_spin.value(),
                                    str(self.method.currentData()), self.reached_at.value())

    def show_outreach_errors(self, errors: dict[str, str]) -> None:
        if "reached" in errors:
            self.reached_error.set_error(messages.field_error(errors["reached"]))
            self.reached_spin.setFocus()
        if "at" in errors:
            self.at_error.set_error(messages.field_error(errors["at"]))
            self.reached_at.setFocus()
        other = [messages.field_error(v) for k, v in errors.items() if k not in ("reached", "at")]
        if other:
            self.message.show_message(" ".join(other), "error")

    def clear(self) -> None:
        self.detail, self.names = None, {}
        for model in (self.loads, self.interventions, self.outreach, self.follow_ups):
            model.clear()
        self.title.clear()
        self.facts.clear()
        for figure in (self.in_72, self.in_7d, self.so_far):
            figure.set_value("")
        self.message.hide_message()
