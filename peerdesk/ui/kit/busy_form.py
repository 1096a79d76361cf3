"""The one way a form submits work to the database worker: busy, errors cleared, controls back.

A dialog or screen whose button starts a job (create a vault, change a passphrase, save a
member or a resource) does the same four things: ignore a second press while the job runs,
clear the last inline errors and message, show its busy bar with its controls disabled, and,
when the job ends, give the controls back before it shows the outcome. :class:`BusyForm`
does them; the form keeps what is its own (which errors go under which field).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import FieldError, MessageWidget

T = TypeVar("T")


class BusyForm:
    """The busy state of one form.

    Args:
        busy: the form's busy bar; shown while a job runs (and so the form is "running").
        controls: what is disabled while a job runs (fields and the submit button).
        errors: the inline field errors cleared before each submit.
        message: the form's message line, hidden before each submit.
    """

    def __init__(self, busy: QWidget, controls: Iterable[QWidget], *,
                 errors: Iterable[FieldError] = (), message: MessageWidget | None = None) -> None:
        self._busy = busy
        self._controls = tuple(controls)
        self._errors = tuple(errors)
        self._message = message

    @property
    def running(self) -> bool:
        """Whether a job of this form is still on the worker."""
        return self._busy.isVisible()

    def begin(self) -> bool:
        """Clear the last errors and message for a new submit; False while a job still runs
        (the press is ignored and nothing is cleared)."""
        if self.running:
            return False
        for error in self._errors:
            error.set_error("")
        if self._message is not None:
            self._message.hide_message()
        return True

    def set_busy(self, busy: bool) -> None:
        """Show the busy bar and disable the controls, or the reverse (nothing once the form
        has been deleted, as a lock deletes an open dialog)."""
        if not shiboken6.isValid(self._busy):
            return
        self._busy.setVisible(busy)
        for control in self._controls:
            control.setEnabled(not busy)

    def run(self, tasks: TaskRunner, fn: Callable[[], T], on_success: Callable[[T], None],
            on_failure: Callable[[BaseException], None], *, owner: QObject | None) -> None:
        """Run ``fn`` on the worker while busy; the controls come back before ``on_success``
        or ``on_failure`` runs. The callbacks are skipped once ``owner`` is deleted (usually
        the form itself; None when the outcome matters after the form has gone)."""
        self.set_busy(True)

        def succeeded(result: T) -> None:
            self.set_busy(False)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self.set_busy(False)
            on_failure(exc)

        tasks.run(fn, succeeded, failed, owner=owner)
