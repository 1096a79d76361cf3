"""The single database worker: serial, off the UI thread, callbacks on the UI thread."""

from __future__ import annotations

import threading

import pytest

from peerdesk.domain.errors import DiskFull


def test_jobs_run_in_order_on_one_other_thread(qtbot, tasks, wait_idle):
    ui_thread = threading.get_ident()
    seen: list[tuple[int, int]] = []
    results: list[tuple[int, int]] = []

    def job(n: int) -> int:
        seen.append((n, threading.get_ident()))
        return n

    for n in range(5):
        tasks.run(lambda n=n: job(n), lambda r: results.append((r, threading.get_ident())))
    assert tasks.busy
    with qtbot.waitSignal(tasks.idle, timeout=5_000):
        pass
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert len({t for _, t in seen}) == 1
    assert seen[0][1] != ui_thread
    assert results == [(n, ui_thread) for n in range(5)]
    assert not tasks.busy


def test_failures_reach_on_failure(qtbot, tasks, wait_idle):
    failures: list[BaseException] = []

    def fail() -> None:
        raise DiskFull()

    tasks.run(fail, lambda _r: pytest.fail("should fail"), failures.append)
    wait_idle()
    assert isinstance(failures[0], DiskFull)


def test_bugs_are_logged_with_their_traceback(qtbot, tasks, wait_idle, caplog):
    failures: list[BaseException] = []

    def bug() -> None:
        raise ValueError("internal detail")

    tasks.run(bug, None, failures.append)
    wait_idle()
    assert isinstance(failures[0], ValueError)
    assert any(r.exc_info and r.exc_info[0] is ValueError for r in caplog.records)


def test_busy_changed_is_emitted(qtbot, tasks):
    with qtbot.waitSignals([tasks.busyChanged, tasks.busyChanged], timeout=5_000):
        tasks.run(lambda: None)


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot, tasks, wait_idle):
    import shiboken6
    from PySide6.QtCore import QObject

    owner = QObject()
    kept_owner = QObject()
    seen: list[str] = []
    tasks.run(lambda: 1, lambda _r: seen.append("gone"), owner=owner)
    tasks.run(lambda: 2, lambda _r: seen.append("kept"), owner=kept_owner)
    shiboken6.delete(owner)  # the page closed while its job was queued
    wait_idle()
    assert seen == ["kept"]
