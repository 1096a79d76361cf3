"""Import a directory CSV: a preview first, then every row or none.

The file is read and checked in the worker (``services.referrals.preview_import``), with a busy
bar meanwhile. The preview says how many resources will be added and lists every bad row as
"Line N: reason"; Import stays disabled while there is any problem, so nothing is applied
until the file is fixed. Applying runs in one transaction in the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import referrals
from peerdesk.services.referrals import ImportPreview
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.screen import heading
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    busy_bar,
    primary_button,
    secondary_button,
    tag,
    text_label,
)
from peerdesk.ui.referrals.models import ProblemListModel


class ImportDialog(QDialog):
    """Preview of importing ``path``; :attr:`imported` carries how many were added.

    Args:
        examples: how many starter examples the directory still holds (offers to remove them).
        choose_file: asks for another file (the page's dialog service); None hides the button.
    """

    imported = Signal(int)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, path: Path, examples: int,
                 parent: QWidget | None = None,
                 choose_file: Callable[[], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setModal(True)
        self.setMinimumSize(680, 520)
        self.workspace, self.tasks, self.path = workspace, tasks, path
        self.preview: ImportPreview | None = None
        self._request = 0
        self._choose_file = choose_file
        title = self.tr("Import a directory")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addLayout(heading(title, self.tr(
            "Nothing changes until you press Import. Every row is added, or none.")))
        self.file_label = text_label("", "importFile")
        self.busy = busy_bar("importBusy")
        self.summary = MessageWidget("importSummary")
        self.replace_examples = tag(QCheckBox(self.tr(
            "&Remove the example entries in the same step")), "replaceExamplesCheck")
        self.replace_examples.setChecked(examples > 0)
        self.replace_examples.setVisible(examples > 0)
        self.problems_model = ProblemListModel(self)
        self.problems = tag(QListView(), "importProblems", self.tr("Rows to fix"))
        self.problems.setModel(self.problems_model)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setAlternatingRowColors(True)
        self.problems.setWordWrap(True)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = MessageWidget("importMessage")
        layout.addWidget(self.file_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.replace_examples)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.message)
        layout.addStretch(0)
        layout.addLayout(self._buttons())
        self.replace_examples.toggled.connect(lambda _on: self.load(self.path))
        self.load(path)

    def _buttons(self) -> QHBoxLayout:
        self.apply_button = primary_button(self.tr("&Import"), "applyImportButton")
        self.apply_button.setDefault(True)
        self.other_button = secondary_button(self.tr("Choose &another file…"),
                                             "chooseOtherFileButton")
        self.other_button.setVisible(self._choose_file is not None)
        self.cancel_button = secondary_button(self.tr("Cancel"), "cancelImportButton")
        self.apply_button.clicked.connect(self.apply)
        self.other_button.clicked.connect(self._other_file)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.apply_button)
        return row

    # ------------------------------------------------------------------ preview

    def load(self, path: Path) -> None:
        """Read and check ``path`` in the worker; the newest request wins."""
        self.path = path
        self._request += 1
        request, ws, replace = self._request, self.workspace, self.replace_examples.isChecked()
        self.preview = None
        self.file_label.setText(self.tr("File: %1").replace("%1", path.name))
        self.summary.show_message(self.tr("Reading the file…"), "info")
        self.problems_model.set_problems([])
        self.problems.setVisible(False)
        self.message.hide_message()
        self._set_busy(True)
        self.tasks.run(
            lambda: referrals.preview_import(ws, path.read_bytes(), replace_examples=replace),
            lambda preview: self._previewed(request, preview),
            lambda exc: self._failed(request, exc), owner=self)

    def _previewed(self, request: int, preview: ImportPreview) -> None:
        if request != self._request:
            return
        self._set_busy(False)
        self.preview = preview
        self.problems_model.set_problems(preview.problems)
        self.problems.setVisible(bool(preview.problems))
        added = len(preview.resources)
        if preview.ok:
            text = self.tr("%n resource(s) will be added. No problems found.", "", added)
            self.apply_button.setText(self.tr("&Import %n resource(s)", "", added))
        elif preview.problems:
            bad = len(preview.problems)
            text = self.tr("%n row(s) need fixing; nothing will be imported until they are "
                           "fixed. Correct the file and choose it again.", "", bad)
        else:
            text = self.tr("The file holds no resources to add.")
        self.summary.show_message(text, "positive" if preview.ok else "error")
        self.apply_button.setEnabled(preview.ok)
        (self.apply_button if preview.ok else self.problems if preview.problems
         else self.cancel_button).setFocus()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self._set_busy(False)
        self.summary.hide_message()
        self.message.show_message(messages.error_text(exc), "error")

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.apply_button.setEnabled(not busy and self.preview is not None and self.preview.ok)
        self.replace_examples.setEnabled(not busy)

    def _other_file(self) -> None:
        path = self._choose_file() if self._choose_file else None
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------ applying

    def apply(self) -> None:
        preview, ws = self.preview, self.workspace
        if preview is None or not preview.ok or self.busy.isVisible():
            return
        self._set_busy(True)
        self.summary.show_message(self.tr("Importing…"), "info")

        def done(added: int) -> None:
            self._set_busy(False)
            self.accept()
            self.imported.emit(added)

        # owner: the dialog may be gone (closed by a lock) when the worker answers.
        self.tasks.run(lambda: referrals.apply_import(ws, preview), done,
                       lambda exc: self._failed(self._request, exc), owner=self)

    def done(self, result: int) -> None:
        self._request += 1  # a preview still in the worker answers no one
        self.problems_model.set_problems([])
        super().done(result)
