"""Fixtures for the desktop tests: a fast KDF, vaults in tmp_path, prepared dialog answers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")
os.environ.setdefault("LANG", "en")

from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.domain.members import Role
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.kit import i18n
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.shell.shell import Shell
from shell_support import PASSPHRASE

NAME = "Dana Reyes"


class FakeClock:
    """A monotonic clock the test moves by hand (for UnlockGuard)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ScriptedDialogs(DialogService):
    """Answers dialogs from a queue prepared by the test and records what was asked."""

    def __init__(self) -> None:
        self.answers: deque[Any] = deque()
        self.asked: list[tuple[str, str]] = []

    def _next(self, kind: str, title: str) -> Any:
        self.asked.append((kind, title))
        if not self.answers:
            raise AssertionError(f"unexpected {kind} dialog: {title}")
        return self.answers.popleft()

    def save_file(self, parent: QWidget | None, title: str, suggested: Path,
                  name_filter: str) -> Path | None:
        return self._next("save_file", title)

    def open_file(self, parent: QWidget | None, title: str, folder: Path,
                  name_filter: str) -> Path | None:
        return self._next("open_file", title)

    def confirm(self, parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
        return bool(self._next("confirm", title))

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("inform", text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("warn", text))

    def report_bug(self, parent: QWidget | None, log_file: Path) -> None:
        self.asked.append(("bug", str(log_file)))


def make_vault(folder: Path, *, training: bool = False, extra: dict[str, frozenset[Role]]
               | None = None) -> Path:
    """A locked vault with coordinator ``NAME`` and optional extra members (same passphrase)."""
    kdf = crypto.KdfParams.weak_for_tests()
    workspace, _key = Workspace.create(folder, NAME, PASSPHRASE, PASSPHRASE, training=training,
                                       kdf=kdf)
    for name, roles in (extra or {}).items():
        workspace.vault.add_member(name, PASSPHRASE, roles, must_change=False, kdf=kdf)
    workspace.lock()
    return folder


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: Any) -> None:
    """English as the app speaks it: the forms of its plurals ("1 day", "2 days") come from
    peerdesk_en.qm, which the app installs at start."""
    i18n.install_translations(qapp, i18n.ENGLISH)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def tasks(qapp: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    return make_vault(tmp_path / "vault")


@pytest.fixture
def make_shell(qtbot: Any, dialogs: ScriptedDialogs, tasks: TaskRunner) -> Iterator[Any]:
    """Build a Shell for a folder; its windows and workspace are cleaned up afterwards."""
    shells: list[Shell] = []

    def build(folder: Path, *, training: bool = False, **kwargs: Any) -> Shell:
        shell = Shell(folder, training, tasks=tasks, dialogs=dialogs, **kwargs)
        shell.start()
        shells.append(shell)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window, timeout=5_000)
        return shell

    yield build
    for shell in shells:
        if shell.workspace is not None:
            tasks.run(shell.workspace.lock)
        if shell.window is not None:
            shell.window.hide()
            shell.window.deleteLater()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)


@pytest.fixture
def wait_idle(qtbot: Any, tasks: TaskRunner) -> Any:
    """Call after starting background work: returns once every job and callback has run."""

    def wait() -> None:
        qtbot.waitUntil(lambda: not tasks.busy, timeout=15_000)

    return wait


@pytest.fixture
def vault_factory(tmp_path: Path) -> Any:
    """``vault_factory(name, training=..., extra={member: roles})`` -> a locked vault folder."""

    def build(name: str = "vault", **kwargs: Any) -> Path:
        return make_vault(tmp_path / name, **kwargs)

    return build
