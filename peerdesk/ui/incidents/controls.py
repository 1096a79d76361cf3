"""Controls the incident screens share: a date-and-time field, a list of team members to
tick, a read-only table, and how an incident is named (its kind and date, nothing else)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QTableView,
    QWidget,
)

from peerdesk.domain.members import Member
from peerdesk.domain.vocab import IncidentType
from peerdesk.ui.kit import table_fit
from peerdesk.ui.kit.i18n import short_date, translate
from peerdesk.ui.kit.vocab_labels import label
from peerdesk.ui.kit.widgets import tag


class DateTimeEdit(QDateTimeEdit):
    """A date and time field Tab leaves in one press (like every other field); Left and Right
    move between its parts, typing digits fills them in order."""

    def __init__(self, object_name: str, accessible: str) -> None:
        super().__init__()
        tag(self, object_name, accessible)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy HH:mm")

    def focusNextPrevChild(self, next_child: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_child)

    def set_value(self, moment: datetime) -> None:
        self.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                   QTime(moment.hour, moment.minute)))

    def value(self) -> datetime:
        chosen = self.dateTime()
        day, time = chosen.date(), chosen.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def when_text(moment: datetime) -> str:
    """A date and time as the locale writes it briefly: 22 Nov 2026, 14:30."""
    return translate("Incidents", "%1, %2").replace("%1", short_date(moment.date())).replace(
        "%2", f"{moment.hour:02d}:{moment.minute:02d}")


def incident_name(kind: IncidentType, day: date) -> str:
    """How an incident is named everywhere: its kind and its date (no place, no person)."""
    return translate("Incidents", "%1 of %2").replace("%1", label(kind)).replace(
        "%2", short_date(day))


class MemberChecks(QWidget):
    """One check box per team member (two columns), for responders or facilitators."""

    def __init__(self, object_name: str, accessible: str) -> None:
        super().__init__()
        tag(self, object_name, accessible)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(0)
        self.checks: dict[str, QCheckBox] = {}

    def set_members(self, members: Iterable[Member], checked: Iterable[str] = ()) -> None:
        wanted = set(checked)
        for box in self.checks.values():
            box.deleteLater()
        self.checks = {}
        for n, member in enumerate(sorted(members, key=lambda m: m.name.casefold())):
            box = tag(QCheckBox(member.name), f"member_{member.user_id}", member.name)
            box.setChecked(member.user_id in wanted)
            self.checks[member.user_id] = box
            self._grid.addWidget(box, n // 2, n % 2)

    def focus_first(self) -> None:
        """The first box shown takes the focus (no focus proxy: a hidden box would trap Tab)."""
        shown = [box for box in self.checks.values() if not box.isHidden()]
        if shown:
            shown[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def checked(self) -> frozenset[str]:
        return frozenset(user for user, box in self.checks.items() if box.isChecked())

    def focus_chain(self) -> list[QWidget]:
        return list(self.checks.values())


def read_only_table(object_name: str, accessible: str) -> QTableView:
    """A read-only, single-row-selection table (rows as tall as their text). Set its model,
    then :func:`fit_columns`."""
    table = tag(QTableView(), object_name, accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table_fit.rows_fit_contents(table)
    return table


def fit_columns(table: QTableView) -> None:
    """Share the width so every heading shows whole (wrapping onto lines), no sideways
    scrolling at any window size."""
    table_fit.columns_by_words(table)
