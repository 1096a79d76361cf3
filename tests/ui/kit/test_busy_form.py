"""BusyForm: one submit at a time, errors cleared first, controls back before the outcome."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.errors import PeerDeskError
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import FieldError, MessageWidget, busy_bar


@pytest.fixture
def tasks(qtbot):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


class _Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.ok = QPushButton("OK")
        self.error = FieldError("testError")
        self.message = MessageWidget("testMessage")
        self.busy = busy_bar("testBusy")
        layout = QVBoxLayout(self)
        for widget in (self.edit, self.error, self.message, self.busy, self.ok):
            layout.addWidget(widget)
        self.busy.hide()
        self.form = BusyForm(self.busy, (self.edit, self.ok), errors=(self.error,),
                             message=self.message)


def test_a_submit_clears_the_last_errors_and_a_second_one_waits(qtbot, tasks) -> None:
    widget = _Form()
    qtbot.addWidget(widget)
    widget.show()
    widget.error.set_error("Too short")
    widget.message.show_message("It failed")
    assert widget.form.begin()
    assert not widget.error.text()
    assert widget.message.isHidden()
    seen: list[tuple[bool, bool, int]] = []
    widget.form.run(tasks, lambda: 42,
                    lambda n: seen.append((widget.ok.isEnabled(), widget.busy.isVisible(), n)),
                    lambda _exc: None, owner=widget)
    assert widget.form.running
    assert not widget.ok.isEnabled()
    assert not widget.edit.isEnabled()
    widget.error.set_error("kept")
    assert not widget.form.begin()  # a second press while the job runs changes nothing
    assert widget.error.text() == "kept"
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(True, False, 42)]  # controls back before the outcome is shown
    assert widget.edit.isEnabled()


def test_a_failure_gives_the_controls_back_first(qtbot, tasks) -> None:
    widget = _Form()
    qtbot.addWidget(widget)
    widget.show()
    failures: list[tuple[bool, BaseException]] = []

    def fail() -> int:
        raise PeerDeskError

    widget.form.run(tasks, fail, lambda _n: None,
                    lambda exc: failures.append((widget.ok.isEnabled(), exc)), owner=widget)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0][0]
    assert isinstance(failures[0][1], PeerDeskError)
