"""Bugs: logged with their traceback, shown as "something went wrong" (never raw text).

Known errors (:class:`PeerDeskError`) are shown inline by the screens; anything else reaching
the top is a bug. The log holds tracebacks only, never contact data or typed text.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from peerdesk.services import paths
from peerdesk.services.bug_log import PrivateLogHandler

LOG_NAME = "peerdesk.log"
log = logging.getLogger("peerdesk")


def log_path() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Send the ``peerdesk`` logger to the log file (created readable by this user only)."""
    path = log_path()
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        return path
    try:
        handler = PrivateLogHandler(path)  # 0600 in a 0700 folder; tracebacks quote no input
    except OSError:
        return path  # a read-only home must not stop the app; the dialog still names the path
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def install_excepthook(show: Callable[[Path], None]) -> None:
    """Route uncaught exceptions (UI thread and stray threads) to the log and ``show(path)``."""
    showing = threading.Event()

    def hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        if showing.is_set():
            return  # an error while showing the dialog must not recurse
        showing.set()
        try:
            with contextlib.suppress(Exception):
                show(log_path())
        finally:
            showing.clear()

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error(
            "Unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
