"""A page's open form dialog, and the closed ones kept until their worker job has answered.

A form dialog submits through :class:`~peerdesk.ui.kit.busy_form.BusyForm`; when it closes
(saved, cancelled, or rejected by a lock) a job it started may still be on the worker and
answer it, so it is not deleted then. It goes with its page, or when the page opens its next
dialog and it no longer waits for the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class DialogKeeper(Generic[D]):
    """Holds :attr:`current` (the open dialog, or None) and the closed ones still waiting.

    Args:
        waiting: whether a closed dialog still waits for the worker (its form is running).
    """

    def __init__(self, waiting: Callable[[D], bool]) -> None:
        self.current: D | None = None
        self._waiting = waiting
        self._closed: list[D] = []

    def opened(self, dialog: D) -> D:
        """Keep ``dialog`` as the open one (deleting closed ones done with the worker)."""
        for old in [d for d in self._closed if not self._waiting(d)]:
            self._closed.remove(old)
            old.deleteLater()
        self.current = dialog
        dialog.finished.connect(partial(self._closed_one, dialog))
        return dialog

    def close(self) -> None:
        """Reject the open dialog, if any (on lock)."""
        if self.current is not None:
            self.current.reject()

    def _closed_one(self, dialog: D, _result: int) -> None:
        if self.current is dialog:
            self.current = None
        self._closed.append(dialog)
