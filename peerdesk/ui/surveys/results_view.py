"""A cohort's results on screen: released once, aggregates only, with the instruments' credits.

The first look at a cohort whose waves have all closed is its release (``survey_results
.results``), asked for with "Release results…" and confirmed in words, as statistics are:
every later look and export shows the same frozen figures. The screen shows respondents per
wave, each score per wave (respondents, mean, SD, median), the change between waves and the
respondents by score band (a hidden count reads "hidden"); each question's answer counts are
in the PDF and the CSV. A withheld figure says why, in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.messages import Message
from peerdesk.domain.survey_results import Change, CohortResults, ScoreSummary
from peerdesk.domain.surveys import Instrument, WaveKind, WaveState
from peerdesk.services import survey_results, surveys
from peerdesk.services.surveys import Cohort
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import i18n, messages
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.message_text import message_text
from peerdesk.ui.kit.rows_model import RowsModel
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, secondary_button, tag, text_label
from peerdesk.ui.surveys.export import SurveyExportFlow
from peerdesk.ui.surveys.layout import button_row, fit_rows
from peerdesk.ui.surveys.models import WrappedHeadings, wave_name

_Index = QModelIndex | QPersistentModelIndex
DASH = "—"


def _number(value: float | None, decimals: int = 2) -> str:
    return DASH if value is None else i18n.number(float(value), decimals)


def _p(value: float | None) -> str:
    if value is None:
        return DASH
    return "< " + i18n.number(0.001, 3) if value < 0.001 else i18n.number(float(value), 3)


def withheld_text(code: str, minimum: int) -> str:
    """Why a figure is not shown, in words (the code is the engine's message code)."""
    return message_text(Message(code, minimum=minimum)) if code else ""


def _names(instruments: list[Instrument]) -> dict[tuple[str, str], str]:
    """(instrument id, score id) -> the score's title in the UI's language (it names its
    instrument: "Psychological distress (K6 total, 0-24)")."""
    language = i18n.current_language()
    found: dict[tuple[str, str], str] = {}
    for instrument in instruments:
        for rule in instrument.scores:
            found[(instrument.id, rule.id)] = rule.title.get(language)
    return found


class ScoresModel(WrappedHeadings[ScoreSummary]):
    """One row per score and wave."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[tuple[str, str], str] = {}
        self.minimum = 0
        self._headers = [translate("SurveyResults", "Score"), translate("SurveyResults", "Wave"),
                         translate("SurveyResults", "Respondents"),
                         translate("SurveyResults", "Mean"), translate("SurveyResults", "SD"),
                         translate("SurveyResults", "Median")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole,
                                       Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return self.names.get((row.instrument, row.score), row.score)
        if column == 1:
            return wave_name(row.wave)
        if column == 2:
            return i18n.number(row.n)
        if row.withheld:
            return withheld_text(row.withheld, self.minimum) if column == 3 else ""
        return _number((row.mean, row.sd, row.median)[column - 3])


class ChangesModel(WrappedHeadings[Change]):
    """One row per score and pair of waves."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[tuple[str, str], str] = {}
        self.minimum = 0
        self._headers = [translate("SurveyResults", "Score"),
                         translate("SurveyResults", "Waves"),
                         translate("SurveyResults", "Compared"),
                         translate("SurveyResults", "Change"),
                         translate("SurveyResults", "95 % interval"),
                         translate("SurveyResults", "p (t-test)"),
                         translate("SurveyResults", "p (rank test)"),
                         translate("SurveyResults", "Effect size")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole,
                                       Qt.ItemDataRole.AccessibleTextRole):
            return None
        return self._cells(row)[index.column()]

    def _cells(self, row: Change) -> list[str]:
        first = [self.names.get((row.instrument, row.score), row.score),
                 f"{wave_name(row.from_wave)} → {wave_name(row.to_wave)}",
                 self._compared(row)]
        if row.withheld:
            return [*first, withheld_text(row.withheld, self.minimum), "", "", "", ""]
        interval = translate("SurveyResults", "%1 to %2").replace(
            "%1", _number(row.ci_low)).replace("%2", _number(row.ci_high))
        return [*first, _number(row.mean_change), interval, _p(row.p_t), _p(row.p_rank),
                _number(row.effect)]

    @staticmethod
    def _compared(row: Change) -> str:
        if row.method == "paired":
            return translate("SurveyResults", "%1 linked").replace("%1", i18n.number(row.n))
        return translate("SurveyResults", "%1 and %2, unlinked").replace(
            "%1", i18n.number(row.n)).replace("%2", i18n.number(row.n_other or 0))


@dataclass(frozen=True)
class BandRow:
    """One score band of one wave: its score, wave, band and count (words when hidden)."""

    score: str
    wave: WaveKind
    band: str
    count: str


class BandsModel(WrappedHeadings[BandRow]):
    """Respondents by score band, one row per band of each score and wave."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [translate("SurveyResults", "Score"), translate("SurveyResults", "Wave"),
                         translate("SurveyResults", "Band"),
                         translate("SurveyResults", "Respondents")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole,
                                       Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (row.score, wave_name(row.wave), row.band, row.count)[index.column()]


def band_rows(results: CohortResults, instruments: list[Instrument]) -> list[BandRow]:
    """Every published band count, hidden ones as "hidden", withheld bands with their
    reason (the count of a band is never shown for fewer respondents than the minimum)."""
    language = i18n.current_language()
    rules = {(i.id, r.id): r for i in instruments for r in i.scores if r.bands}
    found: list[BandRow] = []
    for summary in results.scores:
        rule = rules.get((summary.instrument, summary.score))
        if rule is None:
            continue
        title = rule.title.get(language)
        why = summary.withheld or summary.bands_withheld
        if why or summary.bands is None:
            found.append(BandRow(title, summary.wave, DASH,
                                 withheld_text(why or "", results.minimum)))
            continue
        for band, count in zip(rule.bands, summary.bands.counts, strict=False):
            found.append(BandRow(title, summary.wave, band.label.get(language),
                                 translate("SurveyResults", "hidden") if count is None
                                 else i18n.number(count)))
    return found


def _results_table(name: str, accessible: str, model: RowsModel[Any]) -> QTableView:
    table = tag(QTableView(), name, accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    fit_rows(table)
    return table


class ResultsView(QWidget):
    """The chosen cohort's results, or why there are none yet.

    Signals:
        released(): the first look released the cohort's results (the page reloads).
        shown(): results arrived on screen (tests wait on it).
    """

    released = Signal()
    shown = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 message: MessageWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyResults")
        self.workspace, self.tasks, self.dialogs, self.message = (workspace, tasks, dialogs,
                                                                  message)
        self.cohort: Cohort | None = None
        self.current: CohortResults | None = None
        self.title = tag(QLabel(self.tr("Results")), "resultsTitle")
        self.title.setProperty("panelTitle", True)
        self.state = text_label("", "resultsState")
        self.release_button = secondary_button(self.tr("Release results…"),
                                               "releaseResultsButton")
        self.release_button.clicked.connect(self.release)
        self.pdf_button = secondary_button(self.tr("Export PDF…"), "surveyPdfButton")
        self.csv_button = secondary_button(self.tr("Export CSV…"), "surveyCsvButton")
        self.exports = SurveyExportFlow(workspace, tasks, dialogs, message, parent=self)
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.counts = text_label("", "resultsCounts")
        self.scores = ScoresModel(self)
        self.changes = ChangesModel(self)
        self.scores_table = _results_table("scoresTable", self.tr("Scores by wave"), self.scores)
        self.changes_table = _results_table("changesTable", self.tr("Change between waves"),
                                    self.changes)
        self.bands = BandsModel(self)
        self.bands_title = tag(QLabel(self.tr("Respondents by score band")), "tableTitle")
        self.bands_table = _results_table("bandsTable", self.tr("Respondents by score band"),
                                          self.bands)
        self.scores_title = tag(QLabel(self.tr("Scores by wave")), "tableTitle")
        self.changes_title = tag(QLabel(self.tr("Change between waves")), "tableTitle")
        self.changes_about = text_label(self.tr(
            "Change is the later wave's score minus the earlier one's. Linked: the same "
            "people's own changes (paired t-test, Wilcoxon signed-rank test, effect size "
            "d_z). Unlinked: the two waves compared as separate groups (Welch's t-test, "
            "Mann-Whitney test, effect size Hedges' g)."), "changesAbout")
        self.credits = text_label("", "surveyCredits")
        self.credits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = button_row(self.release_button, self.pdf_button, self.csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.counts)
        layout.addWidget(self.scores_title)
        layout.addWidget(self.scores_table)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes_about)
        layout.addWidget(self.changes_table)
        layout.addWidget(self.bands_title)
        layout.addWidget(self.bands_table)
        layout.addWidget(self.credits)
        self._figures(False)

    def _figures(self, shown: bool) -> None:
        for widget in (self.pdf_button, self.csv_button, self.counts, self.scores_title,
                       self.scores_table, self.changes_title, self.changes_about,
                       self.changes_table, self.bands_title, self.bands_table,
                       self.credits):
            widget.setVisible(shown)

    def show_cohort(self, cohort: Cohort | None) -> None:
        """Show ``cohort``'s results if released, else what stands before them."""
        self.cohort = cohort
        self.current = None
        self._figures(False)
        self.release_button.hide()
        if cohort is None:
            return
        done = {w.kind for w in cohort.waves if w.state is WaveState.CLOSED}
        if not set(surveys.planned_waves(cohort)) <= done:
            self.state.setText(self.tr(
                "Results can be released once every wave has closed."))
            return
        if not cohort.released:
            self.state.setText(self.tr(
                "Every wave has closed. The first look releases the results: they are "
                "worked out once and never change afterwards, on screen, in the PDF and in "
                "the CSV."))
            self.release_button.show()
            return
        self.state.setText(self.tr("Released results (they never change)."))
        ws, cohort_id = self.workspace, cohort.id
        self.tasks.run(lambda: (survey_results.released(ws, cohort_id),
                                surveys.cohort_instruments(cohort)),
                       self._arrived, self._failed, owner=self)

    def release(self) -> None:
        cohort = self.cohort
        if cohort is None:
            return
        if not self.dialogs.confirm(self, self.tr("Release results"), self.tr(
                "The results of “%1” will be worked out now and frozen: every later look and "
                "export shows exactly these figures.").replace("%1", cohort.title),
                self.tr("Release results")):
            return
        ws, cohort_id = self.workspace, cohort.id
        self.release_button.setEnabled(False)

        def done(found: tuple[CohortResults | None, list[Instrument]]) -> None:
            self.release_button.setEnabled(True)
            self._arrived(found)
            self.released.emit()

        def failed(exc: BaseException) -> None:
            self.release_button.setEnabled(True)
            self._failed(exc)

        self.tasks.run(lambda: (survey_results.results(ws, cohort_id),
                                surveys.cohort_instruments(cohort)), done, failed, owner=self)

    def _arrived(self, found: tuple[CohortResults | None, list[Instrument]]) -> None:
        results, instruments = found
        if results is None:
            return
        self.current = results
        names = _names(instruments)
        for model in (self.scores, self.changes):
            model.names, model.minimum = names, results.minimum
        self.scores.set_rows(results.scores)
        self.changes.set_rows(results.changes)
        self.bands.set_rows(band_rows(results, instruments))
        counts = " · ".join(translate("Surveys", "%1: %2").replace("%1", wave_name(w)).replace(
            "%2", i18n.number(n)) for w, n in results.responses)
        self.counts.setText(self.tr("Respondents: %1. Linked before and after: %2.")
                            .replace("%1", counts).replace("%2", i18n.number(results.linked)))
        language = i18n.current_language()
        self.credits.setText("\n".join(i.credit.get(language) for i in instruments))
        self.state.setText(self.tr("Released results (they never change).") + (
            " " + withheld_text(results.withheld, results.minimum) if results.withheld
            else ""))
        self._figures(True)
        self.release_button.hide()
        self.shown.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(messages.error_text(exc), "error")

    def _export(self, fmt: str) -> None:
        if self.cohort is not None and self.current is not None:
            self.exports.start(self.cohort.id, self.cohort.title, fmt)

    def clear(self) -> None:
        self.cohort = None
        self.current = None
        self.scores.clear()
        self.changes.clear()
        self.bands.clear()
        self.credits.clear()
