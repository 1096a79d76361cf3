"""Exporting a released quarter or a year's annual summary: the save dialog, the write in
the worker.

Only released figures reach this flow (a quarter is released by its first look, on the page),
so nothing here asks before freezing. The file is written atomically by the service
(``write_export``, ``write_annual_export``), which also audits the export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import i18n
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.i18n import QT_TRANSLATE_NOOP
from peerdesk.ui.kit.widgets import MessageWidget
from peerdesk.ui.statistics import labels
from peerdesk.ui.statistics.release_view import ReleaseView

# Runs a job on the worker: (job, on_success, on_failure); a failure is shown by the runner.
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]

FILTERS = {"csv": QT_TRANSLATE_NOOP("ExportFlow", "CSV files (*.csv)"),
           "pdf": QT_TRANSLATE_NOOP("ExportFlow", "PDF documents (*.pdf)")}


def suggested_name(quarter: object, fmt: str, training: bool) -> str:
    """``peerdesk-statistics-2026-Q3.pdf`` (``-training`` before the suffix in training)."""
    return f"peerdesk-statistics-{quarter}{'-training' if training else ''}.{fmt}"


class ExportFlow(QObject):
    """Runs one export at a time for the page it belongs to.

    Args:
        view: the release view whose quarter or year is exported (and shows the busy bar).
        message: where the page says where the file was saved.
        run: the page's worker runner (it shows a failure inline).
        reload: asks the page for its quarters again, keeping the exported one chosen.
        parent: the page (the save dialog's parent).
    """

    def __init__(self, workspace: Workspace, dialogs: DialogService, view: ReleaseView,
                 message: MessageWidget, *, run: Runner, reload: Callable[[object], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace, self.dialogs, self.view, self.message = workspace, dialogs, view, message
        self._run, self._reload, self._parent = run, reload, parent
        self.folder = Path.home()

    def start(self, fmt: str) -> None:
        view = self.view
        state, year = view.current_state(), view.current_year()
        if view.model.release is None:
            return
        if year is None:
            if state is None or not state.frozen:
                return
            quarter = state.quarter
        key: object = year if year is not None else quarter
        if year is not None:
            title = (self.tr("Export the annual summary as CSV") if fmt == "csv"
                     else self.tr("Export the annual summary as PDF"))
        else:
            title = (self.tr("Export the statistics as CSV") if fmt == "csv"
                     else self.tr("Export the statistics as PDF"))
        suggested = self.folder / suggested_name(key, fmt, self.workspace.training)
        path = self.dialogs.save_file(self._parent, title, suggested, self.tr(FILTERS[fmt]))
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.folder = path.parent
        ws = self.workspace
        self.message.hide_message()
        name = str(year) if year is not None else labels.quarter_label(quarter)
        view.set_busy(True, self.tr("Exporting %1…").replace("%1", name))

        def written(_result: object) -> None:
            view.set_busy(False)
            self.message.show_message(self.tr("Saved to %1.").replace("%1", str(path)),
                                      "positive")
            self._reload(key)

        def failed(_exc: BaseException) -> None:
            view.set_busy(False)
            self._reload(key)

        chosen = cast(stats.ExportFormat, fmt)
        language = i18n.current_language()  # the PDF's, the first time it is made
        if year is not None:
            self._run(lambda: stats.write_annual_export(ws, year, chosen, path,
                                                       language=language), written, failed)
        else:
            self._run(lambda: stats.write_export(ws, quarter, chosen, path, language=language),
                     written, failed)
