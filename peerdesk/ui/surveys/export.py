"""Exporting a cohort's released results: the save dialog, then the write in the worker.

Only released results reach this flow (the view offers it once they are frozen). The file is
written atomically by the engine, which also audits the export; the PDF is in the language
the app speaks and carries the instruments' credits.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import i18n, messages
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget
from peerdesk.ui.surveys import backend

FILTERS = {"csv": QT_TRANSLATE_NOOP("SurveyExport", "CSV files (*.csv)"),
           "pdf": QT_TRANSLATE_NOOP("SurveyExport", "PDF documents (*.pdf)")}


def suggested_name(cohort_id: int, title: str, fmt: str, training: bool) -> str:
    """``peerdesk-survey-3-spring-academy.pdf`` (``-training`` before the suffix)."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:40] or "cohort"
    return f"peerdesk-survey-{cohort_id}-{slug}{'-training' if training else ''}.{fmt}"


class SurveyExportFlow(QObject):
    """One export at a time, for the results view it belongs to (the dialog's parent)."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 message: MessageWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace, self.tasks, self.dialogs, self.message = (workspace, tasks, dialogs,
                                                                  message)
        self._parent = parent
        self.folder = Path.home()

    def start(self, cohort_id: int, title: str, fmt: str) -> None:
        caption = (self.tr("Export the survey results as CSV") if fmt == "csv"
                   else self.tr("Export the survey results as PDF"))
        suggested = self.folder / suggested_name(cohort_id, title, fmt, self.workspace.training)
        path = self.dialogs.save_file(self._parent, caption, suggested,
                                      translate("SurveyExport", FILTERS[fmt]))
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.folder = path.parent
        ws, language = self.workspace, i18n.current_language()
        self.message.hide_message()

        def written(_result: object) -> None:
            self.message.show_message(self.tr("Saved to %1.").replace("%1", str(path)),
                                      "positive")

        def failed(exc: BaseException) -> None:
            self.message.show_message(messages.error_text(exc), "error")

        self.tasks.run(lambda: backend.export(ws, cohort_id, fmt, path, language), written,
                       failed, owner=self)
