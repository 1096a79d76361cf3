"""The "Quarterly release" tab: choose a quarter, read its tables exactly as they will be
released, and export them.

A widget only: it shows what it is given and says what the person asked for through
signals; :class:`peerdesk.ui.statistics_page.StatisticsPage` runs the work in the worker.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.stats import TABLES, Release
from peerdesk.services.stats.release import QuarterState
from peerdesk.ui import stats_labels as labels
from peerdesk.ui.bar_chart import BarChart
from peerdesk.ui.stats_models import QuarterModel, ReleaseTableModel
from peerdesk.ui.widgets import (
    busy_bar,
    primary_button,
    secondary_button,
    set_style_property,
    tag,
    text_label,
)


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
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().setStretchLastSection(False)
    return table


class ReleaseView(QWidget):
    """Quarter picker, rounding option, export buttons, table chooser, table and chart.

    Signals:
        quarterChosen(object): a QuarterState that is over was chosen.
        roundingToggled(bool): the person changed "Round to base 5" (open quarters only).
        exportRequested(str): "csv" or "pdf".
    """

    quarterChosen = Signal(object)
    roundingToggled = Signal(bool)
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
        self.csv_button = secondary_button(self.tr("Export &CSV…"), "exportCsvButton")
        self.pdf_button = primary_button(self.tr("Export &PDF…"), "exportPdfButton")
        self.state_label = text_label("", "releaseState")
        self.busy = busy_bar("statisticsBusy")
        self.table_list = tag(QListWidget(), "tableList", self.tr("Tables"))
        self.table_list.setFixedWidth(228)
        self.table_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_list.setWordWrap(True)
        for code in TABLES:
            self.table_list.addItem(labels.table_title(code))
            item = self.table_list.item(self.table_list.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, code)
        self.title = tag(QLabel(), "tableTitle")
        self.about = text_label("", "tableAbout")
        self.table = stats_table("releaseTable", self.tr("Released figures"))
        self.table.setModel(self.model)
        self.chart = BarChart("releaseChart", training)
        self.legend = text_label("", "suppressionLegend")
        self.legend.setAccessibleName(self.tr("What the marks mean"))
        self._layout()
        self.setTabOrder(self.quarter_combo, self.rounding)
        self.setTabOrder(self.rounding, self.csv_button)
        self.setTabOrder(self.csv_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.table_list)
        self.setTabOrder(self.table_list, self.table)
        self.quarter_combo.currentIndexChanged.connect(self._quarter_changed)
        self.rounding.toggled.connect(self._rounding_changed)
        self.table_list.currentRowChanged.connect(self._table_changed)
        self.csv_button.clicked.connect(lambda: self.exportRequested.emit("csv"))
        self.pdf_button.clicked.connect(lambda: self.exportRequested.emit("pdf"))
        self._round_choice = False
        self._busy = False
        self._texts: Mapping[str, str] = {}
        self.table_list.setCurrentRow(0)
        self.set_actions_enabled(False)

    def _layout(self) -> None:
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
        body = QHBoxLayout()
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
        column.addLayout(body, 1)

    # ------------------------------------------------------------------ what is shown

    def set_states(self, states: list[QuarterState], keep: object = None) -> QuarterState | None:
        """New quarter list; keeps ``keep`` (a Quarter) chosen if it is there, else the newest
        quarter that is over. Returns the chosen state (the caller loads its release)."""
        self.quarter_combo.blockSignals(True)
        self.quarters.set_states(states)
        row = self.quarters.row_of(keep) if keep is not None else -1
        state = self.quarters.state(row)
        if state is None or not state.over:
            row = self.quarters.first_open_row()
        self.quarter_combo.setCurrentIndex(row)
        self.quarter_combo.blockSignals(False)
        self.quarter_combo.setEnabled(bool(states))
        if row < 0:
            self.show_release(None)
            self.state_label.setText(self.tr(
                "No quarter is over yet. Statistics are released for whole quarters: come back "
                "when the current quarter has ended.") if states else self.tr(
                "There are no contacts yet, so there is nothing to release."))
            self.set_actions_enabled(False)
            return None
        chosen = self.quarters.state(row)
        assert chosen is not None
        self._apply_state(chosen)
        return chosen

    def current_state(self) -> QuarterState | None:
        return self.quarters.state(self.quarter_combo.currentIndex())

    def set_checklist_texts(self, texts: Mapping[str, str]) -> None:
        self._texts = dict(texts)

    def show_release(self, release: Release | None) -> None:
        self.model.set_release(release, self._current_table(), self._texts)
        self._refresh_table()
        self.set_actions_enabled(release is not None and not self._busy)
        state = self.current_state()
        if release is not None and state is not None:
            self._describe(state, release)

    def clear(self) -> None:
        self.quarters.clear()
        self.model.clear()
        self.chart.clear()
        self.legend.clear()
        self.state_label.clear()
        self.set_actions_enabled(False)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        if text:
            self.state_label.setText(text)
        self.set_actions_enabled(not busy and self.model.release is not None)

    def set_actions_enabled(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    # ------------------------------------------------------------------ internals

    def _current_table(self) -> str:
        item = self.table_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else TABLES[0]

    def _describe(self, state: QuarterState, release: Release) -> None:
        if state.frozen:
            text = self.tr("Frozen on %1. Every export of this quarter gives the same figures."
                           ).replace("%1", labels.date_label(release.frozen_at))
        else:
            text = self.tr("Not yet released. The first export freezes these figures.")
        if release.rounding:
            text += " " + self.tr("Figures are rounded to a multiple of %1.").replace(
                "%1", str(release.rounding))
        self.state_label.setText(text)

    def _quarter_changed(self, row: int) -> None:
        state = self.quarters.state(row)
        if state is None:
            return
        if not state.over:  # only reachable from code: the item itself is disabled
            self.show_release(None)
            self.state_label.setText(self.quarters.status(state))
            self.set_actions_enabled(False)
            return
        self._apply_state(state)
        self.quarterChosen.emit(state)

    def _apply_state(self, state: QuarterState) -> None:
        """A frozen quarter keeps its stored form: rounding shows it and cannot change."""
        self.rounding.blockSignals(True)
        self.rounding.setEnabled(not state.frozen)
        if state.frozen:
            self.rounding.setToolTip(self.tr(
                "A frozen quarter keeps the form it was released in."))
        else:
            self.rounding.setChecked(self._round_choice)
            self.rounding.setToolTip(self.tr(
                "Rounds every figure up or down to a multiple of 5, the same way every time."))
        self.rounding.blockSignals(False)

    def _rounding_changed(self, checked: bool) -> None:
        self._round_choice = checked
        self.roundingToggled.emit(checked)

    def _table_changed(self, _row: int) -> None:
        self.model.set_table(self._current_table())
        self._refresh_table()

    def _refresh_table(self) -> None:
        release = self.model.release
        table = self._current_table()
        self.title.setText(labels.table_title(table))
        self.about.setText(labels.table_about(table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        two_way = table == "member_group_by_format"
        if two_way:  # the Total column as narrow as its figures, the formats share the rest
            header.setSectionResizeMode(self.model.columnCount() - 1,
                                        QHeaderView.ResizeMode.Fixed)
            header.resizeSection(self.model.columnCount() - 1, 58)
        # Six formats need the whole width and headers on several lines; the chart of group
        # totals would only repeat the Total column.
        header.setFixedHeight(64 if two_way else 36)
        self.chart.setVisible(not two_way)
        set_style_property(self.table, "twoWay", two_way)
        set_style_property(header, "twoWay", two_way)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if release is None:
            self.chart.clear()
            self.legend.clear()
            return
        if not self.rounding.isEnabled():  # a frozen quarter shows the form it was released in
            self.rounding.blockSignals(True)
            self.rounding.setChecked(bool(release.rounding))
            self.rounding.blockSignals(False)
        self.chart.set_bars(self.model.bars(), release.threshold, labels.table_title(table),
                            show_title=False)
        hidden = any(v is None for _, _, v in release.table(table))
        legend = labels.suppression_legend(release.threshold)
        self.legend.setText(legend if hidden else self.tr(
            "No figure in this table is hidden. %1").replace("%1", legend))
