"""Exporting a quarter: the freeze confirmation, the save dialog, the write in the worker.

The first export of a quarter freezes it for good, so it is confirmed in words first; later
exports write the stored figures without asking. The file is written atomically by the
service (``write_export``), which also audits the export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from peerdesk.services.stats import release as stats
from peerdesk.services.stats.release import ExportResult, QuarterState
from peerdesk.ui import i18n
from peerdesk.ui import stats_labels as labels

if TYPE_CHECKING:
    from peerdesk.ui.statistics_page import StatisticsPage

FILTERS = {"csv": QT_TRANSLATE_NOOP("ExportFlow", "CSV files (*.csv)"),
           "pdf": QT_TRANSLATE_NOOP("ExportFlow", "PDF documents (*.pdf)")}


def suggested_name(quarter: object, fmt: str, training: bool) -> str:
    """``peerdesk-statistics-2026-Q3.pdf`` (``-training`` before the suffix in training)."""
    return f"peerdesk-statistics-{quarter}{'-training' if training else ''}.{fmt}"


class ExportFlow(QObject):
    """Runs one export at a time for the page it belongs to."""

    def __init__(self, page: StatisticsPage) -> None:
        super().__init__(page)
        self.page = page
        self.folder = Path.home()

    def confirm_freeze(self, state: QuarterState, rounding: bool) -> bool:
        """The one question before a quarter is frozen; True to go ahead."""
        name = labels.quarter_label(state.quarter)
        text = self.tr(
            "Exporting %1 freezes it. After this, the quarter's figures never change; contacts "
            "logged later for it count in the next open quarter.").replace("%1", name)
        if rounding:
            text += "\n\n" + self.tr("The figures will be released rounded to base 5.")
        return self.page.dialogs.confirm(
            self.page, self.tr("Freeze %1?").replace("%1", name), text,
            self.tr("Freeze and export"))

    def start(self, fmt: str) -> None:
        page, view = self.page, self.page.release_view
        state = view.current_state()
        if state is None or not state.over or view.model.release is None:
            return
        rounding = view.rounding.isChecked() and not state.frozen
        if not state.frozen and not self.confirm_freeze(state, rounding):
            view.pdf_button.setFocus()
            return
        title = (self.tr("Export the statistics as CSV") if fmt == "csv"
                 else self.tr("Export the statistics as PDF"))
        suggested = self.folder / suggested_name(state.quarter, fmt, page.workspace.training)
        path = page.dialogs.save_file(page, title, suggested, self.tr(FILTERS[fmt]))
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.folder = path.parent
        ws, quarter = page.workspace, state.quarter
        page.message.hide_message()
        view.set_busy(True, self.tr("Exporting %1…").replace(
            "%1", labels.quarter_label(quarter)))

        def written(result: ExportResult) -> None:
            view.set_busy(False)
            text = self.tr("Saved to %1.").replace("%1", str(path))
            if result.first_export:
                text += " " + self.tr("%1 is now frozen: its figures will not change.").replace(
                    "%1", labels.quarter_label(quarter))
            page.message.show_message(text, "positive")
            page.reload(keep=quarter)

        def failed(_exc: BaseException) -> None:
            view.set_busy(False)
            page.reload(keep=quarter)

        chosen = cast(stats.ExportFormat, fmt)
        language = i18n.current_language()  # the PDF's, the first time it is made
        page.run(lambda: stats.write_export(ws, quarter, chosen, path, rounding=rounding,
                                            language=language), written, failed)
