"""The audit log's filters: an action, a member (what they did or what was done to them) and a
period (a preset, or two days chosen), each reached by Tab with a labelled mnemonic.

:meth:`AuditFilters.current` turns the choices into the service's
:class:`~peerdesk.services.audit_log.AuditFilter`; local days become the log's UTC stamps, the
"to" day included. There is no export here, on purpose (see ``services/audit_log.py``).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from peerdesk.services.audit_log import AuditFilter, utc_stamp
from peerdesk.ui.kit.widgets import DateEdit, secondary_button, tag
from peerdesk.ui.team.audit_model import action_text

ANY, TODAY, WEEK, MONTH, YEAR, CHOSEN = "any", "today", "7", "30", "365", "chosen"
_DAYS = {TODAY: 0, WEEK: 6, MONTH: 29, YEAR: 364}  # days before today the period starts


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()  # the computer's own time zone


class AuditFilters(QWidget):
    """The filter controls; ``changed`` fires whenever a choice changes.

    Signals:
        changed(): read :meth:`current` and load again.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditFilters")
        self.action_combo = tag(QComboBox(), "auditActionFilter", self.tr("Action"))
        self.member_combo = tag(QComboBox(), "auditMemberFilter", self.tr("Member"))
        self.period_combo = tag(QComboBox(), "auditPeriodFilter", self.tr("Period"))
        for text, key in ((self.tr("Any time"), ANY), (self.tr("Today"), TODAY),
                          (self.tr("Last 7 days"), WEEK), (self.tr("Last 30 days"), MONTH),
                          (self.tr("Last 12 months"), YEAR), (self.tr("Choose dates…"), CHOSEN)):
            self.period_combo.addItem(text, key)
        self.from_edit = self._date_edit("auditFromEdit", self.tr("From"))
        self.to_edit = self._date_edit("auditToEdit", self.tr("To"))
        today = date.today()
        self.from_edit.setDate(_qdate(today - timedelta(days=30)))
        self.to_edit.setDate(_qdate(today))
        self.clear_button = secondary_button(self.tr("&Clear filters"), "clearAuditFilters")
        for box in (self.action_combo, self.member_combo, self.period_combo):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_choices([], {})
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self._field(grid, 0, 0, self.tr("Ac&tion"), self.action_combo)
        self._field(grid, 0, 2, self.tr("&Member"), self.member_combo)
        self._field(grid, 1, 0, self.tr("P&eriod"), self.period_combo)
        dates = QHBoxLayout()
        dates.setSpacing(8)
        self.from_label = self._label(self.tr("&From"), self.from_edit)
        self.to_label = self._label(self.tr("T&o"), self.to_edit)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        grid.addLayout(dates, 1, 2, 1, 2)
        grid.setColumnStretch(3, 1)
        order = (self.action_combo, self.member_combo, self.period_combo, self.from_edit,
                 self.to_edit, self.clear_button)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._show_dates()
        for box in (self.action_combo, self.member_combo, self.period_combo):
            box.currentIndexChanged.connect(self._changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)

    @staticmethod
    def _date_edit(name: str, accessible: str) -> DateEdit:
        edit = tag(DateEdit(), name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = tag(QLabel(text), "fieldLabel")
        label.setBuddy(buddy)
        return label

    def _field(self, grid: QGridLayout, row: int, column: int, text: str,
               field: QWidget) -> None:
        grid.addWidget(self._label(text, field), row, column)
        grid.addWidget(field, row, column + 1)

    # ------------------------------------------------------------------ choices

    def set_choices(self, actions: list[str], names: dict[str, str]) -> None:
        """Offer the actions the log holds and the members, keeping what was chosen."""
        chosen_action = self.action_combo.currentData()
        chosen_member = self.member_combo.currentData()
        for box in (self.action_combo, self.member_combo):
            box.blockSignals(True)
            box.clear()
        self.action_combo.addItem(self.tr("All actions"), None)
        for text, code in sorted((action_text(code), code) for code in actions):
            self.action_combo.addItem(text, code)
        self.member_combo.addItem(self.tr("Everyone"), None)
        for user_id, name in sorted(names.items(), key=lambda item: item[1].casefold()):
            self.member_combo.addItem(name, user_id)
        for box, chosen in ((self.action_combo, chosen_action),
                            (self.member_combo, chosen_member)):
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
            box.blockSignals(False)

    def problem(self) -> str:
        """Why the chosen dates cannot make a period ("" when they can)."""
        if (self.period_combo.currentData() == CHOSEN
                and self.from_edit.date() > self.to_edit.date()):
            return self.tr("The first day is after the last: choose a first day on or before "
                           "the last.")
        return ""

    def is_filtered(self) -> bool:
        return self.current() != AuditFilter()

    def current(self) -> AuditFilter:
        """The service's filter for what is chosen now."""
        action = self.action_combo.currentData()
        member = self.member_combo.currentData()
        period = self.period_combo.currentData()
        start = end = None
        today = date.today()
        if period in _DAYS:
            start, end = today - timedelta(days=_DAYS[period]), today
        elif period == CHOSEN:
            start, end = _day(self.from_edit.date()), _day(self.to_edit.date())
        return AuditFilter(
            actions=frozenset() if action is None else frozenset({str(action)}),
            member=None if member is None else str(member),
            since=None if start is None else utc_stamp(_local_midnight(start)),
            before=None if end is None else utc_stamp(_local_midnight(end + timedelta(days=1))),
        )

    def clear(self) -> None:
        """Every filter back to "all" (one reload, not one per control)."""
        for box in (self.action_combo, self.member_combo, self.period_combo):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._changed()

    def _show_dates(self) -> None:
        chosen = self.period_combo.currentData() == CHOSEN
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(chosen)

    def _changed(self, *_args: object) -> None:
        self._show_dates()
        self.changed.emit()
