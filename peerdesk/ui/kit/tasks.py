"""The one way the UI runs slow work: a single database worker thread (like Anki's QueryOp).

Key derivation, opening the vault, queries and PDF rendering never run on the UI thread
(ARCHITECTURE section 2). ``TaskRunner.run(fn, on_success, on_failure)`` runs ``fn`` on the worker;
its result or exception comes back to the UI thread by signal. One worker means the vault's
connection is only ever used serially. ``fn`` must not touch widgets.

``run`` is generic in the job's result: ``on_success`` must accept what ``fn`` returns, so
mypy checks each caller's pair (the model is Anki's ``QueryOp[T]``).
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Property, QObject, QThread, Signal, Slot

from peerdesk.domain.errors import PeerDeskError

log = logging.getLogger("peerdesk.ui")

T = TypeVar("T")
Failure = Callable[[BaseException], None]
# Inside the runner a result has crossed a signal as ``object``; ``run`` has already checked
# that each success callback accepts its own job's result.
_Delivery = Callable[[Any], None]


class _Worker(QObject):
    """Lives in the worker thread; runs one job at a time, in the order they were queued."""

    done = Signal(int, bool, object)

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except Exception as exc:
            self.done.emit(job_id, False, exc)
            return
        self.done.emit(job_id, True, result)

    @Slot()
    def stop(self) -> None:
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()


class TaskRunner(QObject):
    """Queue of background jobs on one worker thread.

    Signals:
        busyChanged(bool): a job started while idle, or the last job finished.
        idle(): every queued job has finished and its callback has run (tests wait on this).
    """

    busyChanged = Signal(bool)
    idle = Signal()
    _submit = Signal(int, object)
    _stop = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[_Delivery, Failure | None, QObject | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("peerdesk-db-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._stop.connect(self._worker.stop)
        self._worker.done.connect(self._finished)
        self._thread.start()

    # ------------------------------------------------------------------ public

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Queue ``fn``; call ``on_success(result)`` or ``on_failure(exc)`` on the UI thread.

        Exceptions that are not a :class:`PeerDeskError` are bugs: they are logged with their
        traceback before ``on_failure`` sees them. Without ``on_failure`` an exception goes to
        ``sys.excepthook`` (the "something went wrong" dialog in the app).

        ``owner`` is the widget or model the callbacks update: when it has been deleted by the
        time the job ends (the page closed, the app locked), the callbacks are skipped.
        """
        if not self._thread.isRunning():
            raise RuntimeError("the task runner has been shut down")
        job_id = next(self._ids)
        was_busy = self.busy
        owner = owner or _owner_of(on_success) or _owner_of(on_failure)
        self._callbacks[job_id] = (on_success or (lambda _result: None), on_failure, owner)
        if not was_busy:
            self.busyChanged.emit(True)
        self._submit.emit(job_id, fn)

    def isBusy(self) -> bool:
        return bool(self._callbacks)

    busy = Property(bool, isBusy, notify=busyChanged)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Let queued jobs finish, then stop the worker thread (call before the app quits)."""
        if self._thread.isRunning():
            self._stop.emit()
            self._thread.wait(timeout_ms)

    # ------------------------------------------------------------------ internals

    @Slot(int, bool, object)
    def _finished(self, job_id: int, ok: bool, payload: object) -> None:
        on_success, on_failure, owner = self._callbacks.pop(job_id)
        try:
            if owner is not None and not shiboken6.isValid(owner):
                # Whoever asked is gone; a bug is still logged.
                if not ok and not isinstance(payload, PeerDeskError):
                    assert isinstance(payload, BaseException)
                    log.error("A background task failed",
                              exc_info=(type(payload), payload, payload.__traceback__))
                return
            if ok:
                on_success(payload)
            else:
                assert isinstance(payload, BaseException)
                self._fail(payload, on_failure)
        finally:
            if not self._callbacks:
                self.busyChanged.emit(False)
                self.idle.emit()

    @staticmethod
    def _fail(exc: BaseException, on_failure: Failure | None) -> None:
        if not isinstance(exc, PeerDeskError):
            log.error("A background task failed", exc_info=(type(exc), exc, exc.__traceback__))
        if on_failure is None:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        else:
            on_failure(exc)


def _owner_of(callback: Callable[..., None] | None) -> QObject | None:
    """The QObject a bound-method callback belongs to (lambdas name their owner explicitly)."""
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None
