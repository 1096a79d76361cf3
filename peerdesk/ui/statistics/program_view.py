"""The "Program report" tab: the report for management of a released quarter or a reporting
year, the coordinator's account of the period, and the trend's figures as CSV.

Everything goes through :mod:`peerdesk.services.stats.program_report` on the page's worker.
The account is checked for identifying details when it is saved (an error shows under it and
nothing is kept); exporting the report saves the account first, so the PDF always carries
what is on screen. Files are written atomically by the service, which also audits them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.services.stats import program_report as report
from peerdesk.services.stats.program_figures import Period
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import i18n, messages
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.widgets import (
    FieldError,
    MessageWidget,
    busy_bar,
    primary_button,
    secondary_button,
    tag,
    text_label,
)
from peerdesk.ui.statistics import labels

# Runs a job on the page's worker: (job, on_success, on_failure); the page shows a failure.
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]],
                  None]


def suggested_name(period: Period, suffix: str, training: bool) -> str:
    """``peerdesk-program-report-2026-Q3.pdf`` (``-training`` before the suffix)."""
    code = period.code.replace("..", "-to-")
    return f"peerdesk-program-report-{code}{'-training' if training else ''}.{suffix}"


class ProgramReportView(QWidget):
    """Choose a period, write the account, export the report or the trend.

    Signals:
        loaded(): the periods (and the chosen period's account) are on screen.
        done(): an export or a save finished (well or not).
    """

    loaded = Signal()
    done = Signal()

    def __init__(self, workspace: Workspace, dialogs: DialogService, message: MessageWidget,
                 run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programReportView")
        self.workspace, self.dialogs, self.message, self._run = workspace, dialogs, message, run
        self.folder = Path.home()
        self.period_combo = tag(QComboBox(), "programPeriodCombo",
                                self.tr("Period of the program report"))
        self.period_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_combo.setMinimumContentsLength(24)
        self.empty = text_label(self.tr(
            "No quarter has been released yet. The program report is made from released "
            "quarters only: release one on the Quarterly release tab first."), "programEmpty")
        self.narrative_edit = tag(QPlainTextEdit(), "narrativeEdit",
                                  self.tr("Your account of the period"))
        self.narrative_edit.setTabChangesFocus(True)
        # Tall enough for a few paragraphs, short enough that its error and the buttons stay
        # on a laptop's screen.
        self.narrative_edit.setMinimumHeight(140)
        self.narrative_edit.setMaximumHeight(190)
        self.narrative_edit.setPlaceholderText(self.tr(
            "What happened in the program this period, what the team did, what it needs. "
            "About the program only: no names or details of anyone supported."))
        self.narrative_error = FieldError("narrativeError")
        self.narrative_error.tie(self.narrative_edit)
        self.save_button = secondary_button(self.tr("Save account"), "saveNarrativeButton")
        self.pdf_button = primary_button(self.tr("Export program report (PDF)…"),
                                         "exportProgramButton")
        self.trend_button = secondary_button(self.tr("Export trend figures (CSV)…"),
                                             "exportTrendButton")
        self.busy = busy_bar("programBusy")
        self.busy.hide()
        self._build()
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.save_button.clicked.connect(self._save_clicked)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.trend_button.clicked.connect(self.export_trend)
        self._set_have(False)

    def _build(self) -> None:
        period_label = tag(QLabel(self.tr("&Period")), "fieldLabel")
        period_label.setBuddy(self.period_combo)
        narrative_label = tag(QLabel(self.tr("Your &account of the period")), "fieldLabel")
        narrative_label.setWordWrap(True)
        narrative_label.setBuddy(self.narrative_edit)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(period_label)
        top.addWidget(self.period_combo)
        top.addStretch(1)
        save = QHBoxLayout()
        save.addWidget(self.save_button)
        save.addStretch(1)
        # The exports one under the other: long button texts (French) side by side would
        # widen the page past a small laptop's screen.
        exports = QVBoxLayout()
        exports.setSpacing(8)
        right = Qt.AlignmentFlag.AlignRight
        exports.addWidget(self.pdf_button, 0, right)
        exports.addWidget(self.trend_button, 0, right)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 16, 0, 0)
        column.setSpacing(10)
        column.addWidget(text_label(self.tr(
            "A report for management of a released quarter, or of a reporting year whose four "
            "quarters are released: the figures with their change on the period before, the "
            "last eight released quarters as charts, critical incidents, the team's training "
            "readiness, your account and lines for sign-off. It shows released figures only, "
            "exactly as published."), "programIntro"))
        column.addWidget(self.empty)
        column.addLayout(top)
        column.addWidget(narrative_label)
        column.addWidget(self.narrative_edit)
        column.addWidget(self.narrative_error)
        column.addWidget(self.busy)
        column.addLayout(save)
        column.addSpacing(6)
        column.addLayout(exports)
        column.addStretch(1)
        QWidget.setTabOrder(self.period_combo, self.narrative_edit)
        QWidget.setTabOrder(self.narrative_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.trend_button)
        QWidget.setTabOrder(self.trend_button, self.pdf_button)

    def _set_have(self, have: bool) -> None:
        self.empty.setVisible(not have)
        for widget in (self.period_combo, self.narrative_edit, self.save_button,
                       self.pdf_button):
            widget.setEnabled(have)
        self.trend_button.setEnabled(True)  # with nothing released it holds the _meta rows

    def _period_text(self, period: Period) -> str:
        if not period.annual:
            return labels.quarter_label(period.quarters[0])
        first, last = period.quarters[0], period.quarters[-1]
        years = str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
        return self.tr("Reporting year %1").replace("%1", years)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the periods again, keeping the chosen one (after sign-in and each release)."""
        ws = self.workspace
        self._run(lambda: report.periods(ws), self._show_periods, lambda _exc: None)

    def _show_periods(self, periods: list[Period]) -> None:
        keep = self.current_period()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in periods:
            self.period_combo.addItem(self._period_text(period), period)
        index = max(0, self.period_combo.findData(keep)) if keep is not None else 0
        self.period_combo.setCurrentIndex(index if periods else -1)
        self.period_combo.blockSignals(False)
        self._set_have(bool(periods))
        self._period_chosen()

    def current_period(self) -> Period | None:
        data = self.period_combo.currentData()
        return data if isinstance(data, Period) else None

    def _period_chosen(self) -> None:
        self.narrative_error.set_error("")
        period = self.current_period()
        if period is None:
            self.narrative_edit.clear()
            self.loaded.emit()
            return
        ws = self.workspace

        def shown(text: str) -> None:
            if self.current_period() == period:
                self.narrative_edit.setPlainText(text)
            self.loaded.emit()

        self._run(lambda: report.narrative(ws, period), shown, lambda _exc: self.loaded.emit())

    # ------------------------------------------------------------------ saving, exporting

    def _save_clicked(self) -> None:
        self.save_narrative()

    def save_narrative(self, then: Callable[[], None] | None = None) -> None:
        """Check and store the account; ``then`` runs after a successful save."""
        period = self.current_period()
        if period is None or self.busy.isVisible():
            return
        self.narrative_error.set_error("")
        self.message.hide_message()
        ws, text = self.workspace, self.narrative_edit.toPlainText()
        self._set_busy(True)

        def saved(stored: str) -> None:
            self._set_busy(False)
            self.narrative_edit.setPlainText(stored)
            if then is not None:
                then()
                return
            self.message.show_message(self.tr("Account saved for %1.").replace(
                "%1", self._period_text(period)), "positive")
            self.done.emit()

        self._run(lambda: report.save_narrative(ws, period, text), saved, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError) and "narrative" in exc.field_errors:
            text = messages.field_error(exc.field_errors["narrative"])
            self.narrative_error.set_error(text)
            self.narrative_edit.setFocus()
            # Also at the top of the page, where it is seen without scrolling, in place of
            # the page's general "some fields need attention" (shown after this returns).
            QTimer.singleShot(0, lambda: self.message.show_message(text, "error"))
        self.done.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.save_button, self.pdf_button, self.trend_button):
            button.setEnabled(not busy)

    def _ask_path(self, title: str, name: str, name_filter: str, suffix: str) -> Path | None:
        path = self.dialogs.save_file(self, title, self.folder / name, name_filter)
        if path is None:
            return None
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        self.folder = path.parent
        return path

    def export_pdf(self) -> None:
        """Save the account, then write the report where the coordinator chooses."""
        period = self.current_period()
        if period is None or self.busy.isVisible():
            return
        path = self._ask_path(self.tr("Export the program report"),
                              suggested_name(period, "pdf", self.workspace.training),
                              self.tr("PDF documents (*.pdf)"), "pdf")
        if path is None:
            return
        ws, language = self.workspace, i18n.current_language()

        def write() -> None:
            self._set_busy(True)
            self._run(lambda: report.write_program_report(ws, period, path, language=language),
                      lambda _data: self._written(path), self._failed)

        self.save_narrative(then=write)

    def export_trend(self) -> None:
        if self.busy.isVisible():
            return
        path = self._ask_path(self.tr("Export the trend figures"),
                              f"peerdesk-trend{'-training' if self.workspace.training else ''}"
                              ".csv", self.tr("CSV files (*.csv)"), "csv")
        if path is None:
            return
        ws = self.workspace
        self._set_busy(True)
        self._run(lambda: report.write_trend_csv(ws, path), lambda _n: self._written(path),
                  self._failed)

    def _written(self, path: Path) -> None:
        self._set_busy(False)
        self.message.show_message(self.tr("Saved to %1.").replace("%1", str(path)), "positive")
        self.done.emit()

    def clear(self) -> None:
        """Forget the periods and the account (on lock)."""
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        self.period_combo.blockSignals(False)
        self.narrative_edit.clear()
        self.narrative_error.set_error("")
        self._set_busy(False)
        self._set_have(False)

