"""Bugs end in the log and a calm dialog naming the log file, never raw exception text."""

from __future__ import annotations

import logging
import sys

import pytest

from peerdesk.ui.kit import crash


@pytest.fixture
def restore_hooks():
    saved = sys.excepthook, crash.threading.excepthook
    yield
    sys.excepthook, crash.threading.excepthook = saved


def test_excepthook_logs_and_shows_the_log_path(restore_hooks, caplog):
    shown = []
    crash.install_excepthook(shown.append)
    try:
        raise KeyError("private words")
    except KeyError:
        with caplog.at_level(logging.ERROR, logger="peerdesk"):
            sys.excepthook(*sys.exc_info())
    assert shown == [crash.log_path()]
    assert crash.log_path().name == "peerdesk.log"
    assert caplog.records[-1].exc_info[0] is KeyError


def test_a_failing_dialog_does_not_recurse(restore_hooks):
    calls = []

    def broken(path):
        calls.append(path)
        raise RuntimeError("dialog failed")

    crash.install_excepthook(broken)
    sys.excepthook(ValueError, ValueError("x"), None)
    assert len(calls) == 1


def test_setup_logging_writes_to_the_log_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(crash.paths, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(crash.log, "handlers", [])
    path = crash.setup_logging()
    crash.log.error("hello from the test")
    for handler in crash.log.handlers:
        handler.flush()
    assert path == tmp_path / "logs" / "peerdesk.log"
    assert "hello from the test" in path.read_text()
    for handler in list(crash.log.handlers):
        handler.close()
