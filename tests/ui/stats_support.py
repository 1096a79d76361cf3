"""Helpers of the Statistics screen's tests: the newest closed quarter, a workspace for
setting a vault up, opening the section, releasing the chosen quarter, a table as shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from peerdesk.domain.quarters import first_open_quarter
from peerdesk.services.workspace import Workspace
from peerdesk.ui.statistics.models import ReleaseTableModel
from peerdesk.ui.statistics.page import StatisticsPage
from shell_support import PASSPHRASE, sign_in_window

COORDINATOR = "Dana Reyes"
PAST = first_open_quarter(date.today(), 14).previous()  # the newest closed quarter


def with_workspace(folder: Path, work: Any, member: str = COORDINATOR) -> Any:
    ws = Workspace.unlock(folder, member, PASSPHRASE)
    try:
        return work(ws)
    finally:
        ws.lock()


def open_statistics(qtbot: Any, shell: Any, wait_idle: Any) -> StatisticsPage:
    window = sign_in_window(qtbot, shell, wait_idle)
    window.show_section("statistics")
    page = window.findChild(StatisticsPage, "statisticsPage")
    assert page is not None
    wait_idle()
    return page


def release(qtbot: Any, page: StatisticsPage, wait_idle: Any, dialogs: Any) -> None:
    """Press "Release" for the chosen closed quarter and say yes."""
    view = page.release_view
    assert view.release_button.isVisible()
    assert view.model.release is None  # nothing of it before its release
    dialogs.answers.append(True)
    qtbot.mouseClick(view.release_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert view.model.release is not None


def cells(model: ReleaseTableModel) -> dict[tuple[str, str], str]:
    """(row label, column label) -> text shown."""
    return {(model.headerData(r, Qt.Orientation.Vertical),
             model.headerData(c, Qt.Orientation.Horizontal)): model.index(r, c).data()
            for r in range(model.rowCount()) for c in range(model.columnCount())}
