"""The frame of every incident dialog: heading, fields with their error lines, a message line,
a busy bar, Save and Cancel; the service call runs on the worker and its field errors come
back under their fields.

Enter or Ctrl+S saves, Esc cancels. A subclass adds its fields with :meth:`add_field` and
returns the work to do from :meth:`job` (a function run on the worker).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from peerdesk.domain.errors import ValidationError
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.screen import heading
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    FieldError,
    MessageWidget,
    busy_bar,
    field_block,
    primary_button,
    secondary_button,
)


class IncidentFormDialog(QDialog):
    """A modal form whose Save runs :meth:`job` on the worker.

    Attributes:
        result_value: what the job returned, once the dialog was accepted.
    """

    def __init__(self, workspace: Workspace, tasks: TaskRunner, object_name: str, title: str,
                 intro: str, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.tasks = workspace, tasks
        self.setObjectName(object_name)
        self.setModal(True)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.result_value: Any = None
        self.fields: dict[str, tuple[FieldError, QWidget]] = {}
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self.message = MessageWidget(f"{object_name}Message")
        self.busy = busy_bar(f"{object_name}Busy")
        self.ok_button = primary_button(save_text, f"{object_name}Ok")
        self.ok_button.setDefault(True)
        self.cancel_button = secondary_button(self.tr("Cancel"), f"{object_name}Cancel")
        self.cancel_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addLayout(heading(title, intro))
        layout.addLayout(self.body)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.submit)

    def open(self) -> None:
        """Sized once styled: the page's style sheet makes check boxes and fields taller, and
        a size taken before it squeezed a list of members onto itself."""
        self.ensurePolished()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        super().open()

    def add_field(self, key: str, caption: str, control: QWidget,
                  into: QVBoxLayout | QHBoxLayout | None = None) -> FieldError:
        """A captioned field with its error line; ``key`` is the service's field name."""
        error = FieldError(f"{key}Error")
        (into if into is not None else self.body).addLayout(
            field_block(caption, control, error))
        self.fields[key] = (error, control)
        return error

    def busy_form(self) -> BusyForm:
        controls = [self.ok_button, *(control for _, control in self.fields.values())]
        return BusyForm(self.busy, controls, errors=[e for e, _ in self.fields.values()],
                        message=self.message)

    def job(self) -> Callable[[], Any] | None:
        """The work Save does (run on the worker); None when the form itself refused."""
        raise NotImplementedError

    def submit(self) -> None:
        form = self.busy_form()
        if not form.begin():
            return
        work = self.job()
        if work is None:
            return
        form.run(self.tasks, work, self._succeeded, self.show_error, owner=self)

    def _succeeded(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def show_error(self, exc: BaseException) -> None:
        """Field errors under their fields (focus on the first); anything else above Save."""
        if self.workspace.is_locked:
            return
        if not isinstance(exc, ValidationError):
            self.message.show_message(messages.error_text(exc), "error")
            return
        self.show_field_errors({k: str(v) for k, v in exc.field_errors.items()})

    def show_field_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        unplaced = []
        for key, text in errors.items():
            if key in self.fields:
                error, control = self.fields[key]
                error.set_error(messages.field_error(text))
                first = first or control
            else:
                unplaced.append(messages.field_error(text))
        if unplaced:
            self.message.show_message(" ".join(unplaced), "error")
        if first is not None:
            focus_first = getattr(first, "focus_first", None)
            if focus_first is not None:
                focus_first()
            else:
                (first.focusProxy() or first).setFocus(Qt.FocusReason.OtherFocusReason)
