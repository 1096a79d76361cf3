"""What a coordinator may do on the directory page: add, edit, mark verified, delete, import,
export, and the calm first-run prompt while the starter examples are still there.

Built only for members who may edit (``Action.EDIT_REFERRALS``); the services check again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from peerdesk.domain.referrals import Resource
from peerdesk.services import referrals
from peerdesk.services.referrals import DirectoryCounts
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.i18n import QT_TRANSLATE_NOOP
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    primary_button,
    secondary_button,
    tag,
    text_label,
)
from peerdesk.ui.referrals.import_dialog import ImportDialog
from peerdesk.ui.referrals.resource_dialog import ResourceDialog

CSV_FILTER = QT_TRANSLATE_NOOP("DirectoryActions", "CSV files (*.csv)")
T = TypeVar("T")


def _if_alive(dialog: QWidget, fn: Callable[[BaseException], None], exc: BaseException) -> None:
    """Answer a dialog that may have been closed (and deleted) while its job ran."""
    if shiboken6.isValid(dialog):
        fn(exc)


class DirectoryActions(QObject):
    """The coordinator's buttons and dialogs for one directory page.

    Args:
        page: the page (the parent of the dialogs this opens).
        message: where the page says what was done.
        selected: the resource chosen in the page's table, if any.
        refresh: reloads the page, selecting the resource with this id (None: keep).
        failed: shows a failed job's error on the page.
        today: the day the editor counts a resource's age from.
    """

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 page: QWidget, message: MessageWidget, *,
                 selected: Callable[[], Resource | None],
                 refresh: Callable[[int | None], None],
                 failed: Callable[[BaseException], None], today: date) -> None:
        super().__init__(page)
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.page, self.message, self.today = page, message, today
        self.selected, self._refresh, self._failed = selected, refresh, failed
        self.examples = 0  # starter examples still in the directory (first-run prompt)
        self.dialog: QWidget | None = None
        self.add_button = secondary_button(self.tr("&Add resource…"), "addResourceButton")
        self.import_button = secondary_button(self.tr("&Import…"), "importButton")
        self.import_button.setToolTip(self.tr("Add resources from a CSV file, after a preview"))
        self.export_button = secondary_button(self.tr("E&xport…"), "exportButton")
        self.export_button.setToolTip(self.tr("Save the whole directory as a CSV file"))
        self.edit_button = secondary_button(self.tr("&Edit…"), "editResourceButton")
        self.verify_button = secondary_button(self.tr("Mark &verified"), "markVerifiedButton")
        self.verify_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.delete_button = secondary_button(self.tr("&Delete…"), "deleteResourceButton")
        self.first_run = tag(QFrame(), "firstRunPrompt")
        self.first_run_text = text_label(self.tr(
            "These are examples to replace. Import your local directory, or edit each example "
            "with the real details."), "firstRunText")
        self.first_run_button = primary_button(self.tr("Import your directory…"),
                                               "firstRunImportButton")
        row = QHBoxLayout(self.first_run)
        row.setContentsMargins(16, 12, 12, 12)
        row.setSpacing(14)
        row.addWidget(self.first_run_text, 1)
        row.addWidget(self.first_run_button)
        self.first_run.hide()
        self.add_button.clicked.connect(self.add_resource)
        self.import_button.clicked.connect(self.import_directory)
        self.first_run_button.clicked.connect(self.import_directory)
        self.export_button.clicked.connect(self.export_directory)
        self.edit_button.clicked.connect(self.edit_resource)
        self.verify_button.clicked.connect(self.mark_verified)
        self.delete_button.clicked.connect(self.delete_resource)
        self.sync_buttons(None)

    # ------------------------------------------------------------------ layout for the page

    def header_buttons(self) -> list[QPushButton]:
        return [self.add_button, self.import_button, self.export_button]

    def detail_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.edit_button)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        return row

    def focus_chain(self) -> list[QWidget]:
        return [self.edit_button, self.verify_button, self.delete_button,
                self.first_run_button, self.add_button, self.import_button, self.export_button]

    def show_counts(self, counts: DirectoryCounts) -> None:
        self.examples = counts.examples
        self.first_run.setVisible(counts.examples > 0)

    def sync_buttons(self, resource: Resource | None) -> None:
        for button in (self.edit_button, self.verify_button, self.delete_button):
            button.setEnabled(resource is not None)

    def clear(self) -> None:
        """Close the open editor or import preview, if any (it may be gone already: a closed
        dialog deletes itself)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()

    # ------------------------------------------------------------------ running work

    def _run(self, fn: Callable[[], T], done: Callable[[T], None]) -> None:
        self.message.hide_message()
        self.tasks.run(fn, done, self._failed)

    def _done(self, text: str, select_id: int | None = None) -> None:
        self.message.show_message(text, "positive")
        self._refresh(select_id)

    # ------------------------------------------------------------------ edits

    def add_resource(self) -> None:
        self._open_editor(None)

    def edit_resource(self) -> None:
        resource = self.selected()
        if resource is not None:
            self._open_editor(resource)

    def _open_editor(self, resource: Resource | None) -> None:
        ws = self.workspace
        dialog = ResourceDialog(self.page, resource, self.today)
        self.dialog = dialog

        def submit() -> None:
            value = dialog.value()
            rid = None if resource is None else resource.id

            def job() -> int:
                if rid is None:
                    return referrals.add(ws, value)
                referrals.edit(ws, rid, value)
                return rid

            def saved(resource_id: int) -> None:
                if shiboken6.isValid(dialog):
                    dialog.accept()
                self._done(self.tr("%1 was saved.").replace("%1", value.name.strip()),
                           resource_id)

            # No owner: the page hears of a save even when a lock has closed the dialog.
            dialog.form.run(self.tasks, job, saved,
                            lambda exc: _if_alive(dialog, dialog.show_error, exc), owner=None)

        dialog.submitted.connect(submit)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def mark_verified(self) -> None:
        resource, ws = self.selected(), self.workspace
        if resource is None or resource.id is None:
            return
        rid = resource.id
        self._run(lambda: referrals.mark_verified(ws, rid), lambda _r: self._done(
            self.tr("%1 is marked verified today.").replace("%1", resource.name), rid))

    def delete_resource(self) -> None:
        resource, ws = self.selected(), self.workspace
        if resource is None or resource.id is None:
            return
        rid = resource.id
        if not self.dialogs.confirm(
                self.page, self.tr("Delete %1?").replace("%1", resource.name),
                self.tr("%1 will be removed from the directory for everyone on the team. "
                        "This cannot be undone.").replace("%1", resource.name),
                self.tr("Delete resource")):
            return
        self._run(lambda: referrals.delete(ws, rid), lambda _r: self._done(
            self.tr("%1 was deleted.").replace("%1", resource.name)))

    # ------------------------------------------------------------------ import and export

    def _choose_csv(self) -> Path | None:
        return self.dialogs.open_file(self.page, self.tr("Import a directory"),
                                      Path.home(), self.tr(CSV_FILTER))

    def import_directory(self) -> None:
        path = self._choose_csv()
        if path is None:
            return
        dialog = ImportDialog(self.workspace, self.tasks, path, self.examples, self.page,
                              choose_file=self._choose_csv)
        self.dialog = dialog
        dialog.imported.connect(lambda added: self._done(
            self.tr("%n resource(s) imported.", "", added)))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def export_directory(self) -> None:
        path = self.dialogs.save_file(
            self.page, self.tr("Export the directory"), Path.home() / "referral-directory.csv",
            self.tr(CSV_FILTER))
        if path is None:
            return
        ws = self.workspace
        self._run(lambda: referrals.export_csv(ws, path), lambda count: (
            self.message.show_message(self.tr("%n resource(s) saved to %1.", "", count)
                                      .replace("%1", str(path)), "positive")))
