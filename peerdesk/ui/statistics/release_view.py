"""The "Quarterly release" tab: choose a quarter (or a year's annual summary), release it, read
its tables exactly as released, and export them.

No two views of one quarter ever differ: an open quarter shows only the day it closes (not
even a running total: two looks at a count that still changes tell what one contact was), a
closed quarter shows a "Release" button (the first look at its figures is its release), and a
released quarter shows its stored figures.

A widget only: it shows what it is given and says what the person asked for through
signals; :class:`peerdesk.ui.statistics.page.StatisticsPage` runs the work in the worker.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.stats import TABLES, Release
from peerdesk.services.stats.release import QuarterState
from peerdesk.ui.kit import table_fit
from peerdesk.ui.kit.widgets import (
    busy_bar,
    primary_button,
    secondary_button,
    set_style_property,
    tag,
    text_label,
)
from peerdesk.ui.statistics import labels
from peerdesk.ui.statistics.bar_chart import BarChart
from peerdesk.ui.statistics.models import QuarterModel, ReleaseTableModel


def stats_table(object_name: str, name: str) -> QTableView:
    """A read-only table for released figures (numbers right-aligned, row labels at left)."""
    table = tag(QTableView(), object_name, name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setVerticalHeader(table_fit.WrappingRowHeader(table))  # long row labels wrap
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().setStretchLastSection(False)
    return table


class ReleaseView(QWidget):
    """Quarter picker, release button and rounding, export buttons, table chooser, table, chart.

    Signals:
        quarterChosen(object): a released QuarterState, or a year (int) for its annual
            summary, was chosen: its figures are to be loaded.
        releaseRequested(): "Release" was pressed for the chosen closed quarter.
        exportRequested(str): "csv" or "pdf".
    """

    quarterChosen = Signal(object)
    releaseRequested = Signal()
    exportRequested = Signal(str)

    def __init__(self, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseView")
        self.quarters = QuarterModel(self)
        self.model = ReleaseTableModel(self)
        self.quarter_combo = tag(QComboBox(), "quarterCombo", self.tr("Quarter"))
        self.quarter_combo.setModel(self.quarters)
        self.quarter_combo.setMinimumWidth(260)
        self.quarter_combo.setMaximumWidth(560)
        self.rounding = tag(QCheckBox(self.tr("&Round to base 5")), "roundingCheck",
                            self.tr("Round to base 5"))
        self.rounding.setToolTip(self.tr(
            "Rounds every figure up or down to a multiple of 5, the same way every time."))
        self.rounding.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.release_button = primary_button(self.tr("R&elease and show the figures…"),
                                             "releaseButton")
        self.csv_button = secondary_button(self.tr("Export &CSV…"), "exportCsvButton")
        self.pdf_button = primary_button(self.tr("Export &PDF…"), "exportPdfButton")
        self.state_label = text_label("", "releaseState")
        self.busy = busy_bar("statisticsBusy")
        self.table_list = tag(QListWidget(), "tableList", self.tr("Tables"))
        self.table_list.setFixedWidth(228)
        self.table_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_list.setWordWrap(True)
        self._fill_tables(TABLES)
        self.title = tag(QLabel(), "tableTitle")
        self.about = text_label("", "tableAbout")
        self.table = stats_table("releaseTable", self.tr("Released figures"))
        self.table.setModel(self.model)
        self.chart = BarChart("releaseChart", training)
        self.legend = text_label("", "suppressionLegend")
        self.legend.setAccessibleName(self.tr("What the marks mean"))
        self._layout()
        self.setTabOrder(self.quarter_combo, self.rounding)
        self.setTabOrder(self.rounding, self.release_button)
        self.setTabOrder(self.release_button, self.csv_button)
        self.setTabOrder(self.csv_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.table_list)
        self.setTabOrder(self.table_list, self.table)
        self.quarter_combo.currentIndexChanged.connect(self._quarter_changed)
        self.release_button.clicked.connect(self.releaseRequested.emit)
        self.table_list.currentRowChanged.connect(self._table_changed)
        self.csv_button.clicked.connect(lambda: self.exportRequested.emit("csv"))
        self.pdf_button.clicked.connect(lambda: self.exportRequested.emit("pdf"))
        self._busy = False
        self._texts: Mapping[str, str] = {}
        self.table_list.setCurrentRow(0)
        self.set_actions_enabled(False)
        self.release_button.hide()
        self.rounding.hide()

    def _layout(self) -> None:
        self.figures = QWidget(self)
        self.figures.hide()
        bar = QHBoxLayout()
        bar.setSpacing(12)
        label = tag(QLabel(self.tr("&Quarter")), "fieldLabel")
        label.setBuddy(self.quarter_combo)
        bar.addWidget(label)
        bar.addWidget(self.quarter_combo)
        bar.addStretch(1)
        # Rounding and the exports on a row of their own: a longer language keeps every word
        # of the quarter (its status included) and of these controls whole.
        exports = QHBoxLayout()
        exports.addWidget(self.rounding)
        exports.addWidget(self.release_button)
        exports.addStretch(1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.pdf_button)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.title)
        right.addWidget(self.about)
        figures = QHBoxLayout()
        figures.setSpacing(16)
        figures.addWidget(self.table, 5)
        figures.addWidget(self.chart, 4)
        right.addLayout(figures, 1)
        right.addWidget(self.legend)
        # The tables appear only with a release: before it there is nothing to show, and
        # empty frames would read as figures missing.
        body = QHBoxLayout(self.figures)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(20)
        body.addWidget(self.table_list)
        body.addLayout(right, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 16, 0, 0)
        column.setSpacing(10)
        column.addLayout(bar)
        column.addLayout(exports)
        column.addWidget(self.state_label)
        column.addWidget(self.busy)
        column.addWidget(self.figures, 1)
        column.addStretch(1)  # holds the quarter's words at the top while no figures show
        self._column = column

    # ------------------------------------------------------------------ what is shown

    def set_states(self, states: list[QuarterState], keep: object = None) -> object:
        """New quarter list; keeps ``keep`` (a Quarter or a year) chosen if it is there, else
        the newest closed quarter. Returns what is to be loaded (a released QuarterState or a
        year), else None."""
        self.quarter_combo.blockSignals(True)
        self.quarters.set_states(states)
        row = self.quarters.row_of(keep) if keep is not None else -1
        if row < 0:
            row = self.quarters.first_open_row()
        self.quarter_combo.setCurrentIndex(row)
        self.quarter_combo.blockSignals(False)
        self.quarter_combo.setEnabled(bool(states))
        return self._apply_row(row)

    def current_state(self) -> QuarterState | None:
        return self.quarters.state(self.quarter_combo.currentIndex())

    def current_year(self) -> int | None:
        """The year whose annual summary is chosen, else None."""
        return self.quarters.year(self.quarter_combo.currentIndex())

    def set_checklist_texts(self, texts: Mapping[str, str]) -> None:
        self._texts = dict(texts)

    def show_release(self, release: Release | None) -> None:
        self._offer_tables(release)
        self.model.set_release(release, self._current_table(), self._texts)
        self._show_figures(release is not None)
        self._refresh_table()
        self.set_actions_enabled(release is not None and not self._busy)
        if release is not None:
            self._describe(release)

    def clear(self) -> None:
        self.quarters.clear()
        self.model.clear()
        self._show_figures(False)
        self.chart.clear()
        self.legend.clear()
        self.state_label.clear()
        self.release_button.hide()
        self.rounding.hide()
        self.set_actions_enabled(False)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        if text:
            self.state_label.setText(text)
        self.set_actions_enabled(not busy and self.model.release is not None)
        self.release_button.setEnabled(not busy)

    def set_actions_enabled(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    # ------------------------------------------------------------------ internals

    def _offer_tables(self, release: Release | None) -> None:
        """List the tables the release has: one frozen before the incident tables existed
        keeps its own ten (nothing of it is shown as missing). The list is rebuilt rather
        than rows hidden, so that no key (End, Page Down) can land on a table it lacks."""
        tables = release.layout.tables if release is not None else TABLES
        listed = [self.table_list.item(r).data(Qt.ItemDataRole.UserRole)
                  for r in range(self.table_list.count())]
        if tuple(listed) == tables:
            return
        current = self._current_table()
        self.table_list.blockSignals(True)
        self.table_list.clear()
        self._fill_tables(tables)
        self.table_list.setCurrentRow(tables.index(current) if current in tables else 0)
        self.table_list.blockSignals(False)

    def _fill_tables(self, tables: tuple[str, ...]) -> None:
        for code in tables:
            self.table_list.addItem(labels.table_title(code))
            item = self.table_list.item(self.table_list.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, code)

    def _show_figures(self, shown: bool) -> None:
        self.figures.setVisible(shown)
        self._column.setStretch(self._column.count() - 1, 0 if shown else 1)

    def _current_table(self) -> str:
        item = self.table_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else TABLES[0]

    def _describe(self, release: Release) -> None:
        if release.quarters:
            names = ", ".join(labels.short_quarter_label(q) for q in release.quarters)
            text = self.tr("Annual summary made from the released quarters %1 only, hidden "
                           "and checked again at the threshold it states (%2).").replace(
                "%1", names).replace("%2", str(release.threshold))
        else:
            text = self.tr("Released on %1. These figures never change: every look and every "
                           "export of this quarter gives exactly them.").replace(
                "%1", labels.date_label(release.frozen_at))
        if release.rounding:
            text += " " + self.tr("Figures are rounded to a multiple of %1.").replace(
                "%1", str(release.rounding))
        self.state_label.setText(text)

    def _quarter_changed(self, row: int) -> None:
        chosen = self._apply_row(row)
        if chosen is not None:
            self.quarterChosen.emit(chosen)

    def _apply_row(self, row: int) -> object:
        """Show what the chosen row allows; returns what is to be loaded, else None."""
        year, state = self.quarters.year(row), self.quarters.state(row)
        releasable = state is not None and state.closed and not state.frozen \
            and not state.withheld
        self.rounding.setVisible(releasable)
        self.release_button.setVisible(releasable)
        if year is not None:
            return year
        self.show_release(None)
        self.set_actions_enabled(False)
        if state is None:
            self.state_label.setText(self.tr("There is no quarter to show yet."))
            return None
        name = labels.quarter_label(state.quarter)
        if state.frozen:
            return state
        if state.withheld:
            self.state_label.setText(self.tr(
                "%1 is withheld. When its figures were first looked at, PeerDesk could not "
                "find a set of hidden figures that keeps every small count safe from someone "
                "who knows how the hiding works, so nothing of this quarter is published, now "
                "or later. This happens when a quarter has very few contacts, split into small "
                "groups. Its contacts stay in the log, and are in no published figure.").replace(
                "%1", name))
            return None
        day = state.closes_on
        closes = labels.day_label(QDate(day.year, day.month, day.day))
        if not state.closed:
            self.state_label.setText(self.tr(
                "%1 is open. Its figures can be seen from %2, when it closes; until then "
                "contacts logged late still count in it. Nothing of an open quarter is shown, "
                "not even a running total: two looks at a count that is still changing would "
                "tell what one contact was.").replace("%1", name).replace("%2", closes))
        else:
            self.state_label.setText(self.tr(
                "%1 closed on %2 and has not been released. The first look at its figures is "
                "its release: they are frozen then and never change, so no two looks at this "
                "quarter can ever differ. Contacts logged from now on for it count in the next "
                "open quarter.").replace("%1", name).replace("%2", closes))
        return None

    def _table_changed(self, _row: int) -> None:
        self.model.set_table(self._current_table())
        self._refresh_table()

    def _refresh_table(self) -> None:
        release = self.model.release
        table = self._current_table()
        self.title.setText(labels.table_title(table))
        about = labels.table_about(table)
        if table == "incident_reach" and release is not None:
            about += " " + labels.reach_text(release)
        self.about.setText(about)
        header = self.table.horizontalHeader()
        two_way = table == "member_group_by_format"
        # Six formats need the whole width and headers on several lines; the chart of group
        # totals would only repeat the Total column.
        self.chart.setVisible(not two_way)
        set_style_property(self.table, "twoWay", two_way)
        set_style_property(header, "twoWay", two_way)
        # Each column as wide as its longest word and figures, sharing the rest; headings as
        # tall as the longest needs (measured in their own font, bold but in a two-way table).
        table_fit.columns_by_words(self.table)
        if release is None:
            self.chart.clear()
            self.legend.clear()
            return
        self.chart.set_bars(self.model.bars(), release.threshold, labels.table_title(table),
                            show_title=False)
        hidden = any(v is None for _, _, v in release.table(table))
        legend = labels.suppression_legend(release.threshold)
        self.legend.setText(legend if hidden else self.tr(
            "No figure in this table is hidden. %1").replace("%1", legend))
