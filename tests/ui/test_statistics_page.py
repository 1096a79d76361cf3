"""The Statistics section: a quarter's tables as released (published and "<k" cells), the
freeze confirmation, CSV and PDF exports equal to the service's bytes, re-export, a quarter
not over, the trend, a supporter without the section, and a lock that clears every model."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt

from peerdesk.domain.errors import PermissionDenied, QuarterNotOver
from peerdesk.domain.members import Role
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import TABLES, Layout, Release
from peerdesk.domain.vocab import MemberGroup
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.release import QuarterState
from peerdesk.services.workspace import Workspace
from peerdesk.ui.statistics_page import TREND_TAB, StatisticsPage
from peerdesk.ui.stats_models import (
    QuarterModel,
    ReleaseTableModel,
    SuppressedRole,
    TrendTableModel,
)
from shell_support import PASSPHRASE, sign_in_window

COORDINATOR = "Dana Reyes"
SUPPORTER = "Pat Peer"
CURRENT = Quarter.of(date.today())
PAST = CURRENT.previous()


@pytest.fixture
def practice(vault_factory: Any) -> Path:
    """A training vault: 30 contacts in the last quarter (small, so cells are hidden) and a
    few in the current one."""
    folder = vault_factory("practice", training=True,
                           extra={SUPPORTER: frozenset({Role.SUPPORTER})})
    with_workspace(folder, lambda ws: (
        make_demo_contacts(ws, 30, seed=3, start=PAST.first_day, end=PAST.last_day),
        make_demo_contacts(ws, 8, seed=4, start=CURRENT.first_day, end=date.today()),
    ))
    return folder


def with_workspace(folder: Path, work: Any, member: str = COORDINATOR) -> Any:
    ws = Workspace.unlock(folder, member, PASSPHRASE)
    try:
        return work(ws)
    finally:
        ws.lock()


sign_in = sign_in_window


def open_statistics(qtbot: Any, shell: Any, wait_idle: Any) -> StatisticsPage:
    window = sign_in(qtbot, shell, wait_idle)
    window.show_section("statistics")
    page = window.findChild(StatisticsPage, "statisticsPage")
    assert page is not None
    wait_idle()
    assert page.release_view.model.release is not None
    return page


def cells(model: ReleaseTableModel) -> dict[tuple[str, str], str]:
    """(row label, column label) -> text shown."""
    return {(model.headerData(r, Qt.Orientation.Vertical),
             model.headerData(c, Qt.Orientation.Horizontal)): model.index(r, c).data()
            for r in range(model.rowCount()) for c in range(model.columnCount())}


def choose_table(page: StatisticsPage, code: str) -> None:
    page.release_view.table_list.setCurrentRow(TABLES.index(code))


def export(qtbot: Any, page: StatisticsPage, wait_idle: Any, fmt: str) -> None:
    button = page.release_view.csv_button if fmt == "csv" else page.release_view.pdf_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle()


# ---------------------------------------------------------------------- models


def _release(period: str = "2026-Q3", hidden: bool = True) -> Release:
    layout = Layout.for_quarter(Quarter.parse(period), ["safety_checked"])
    secret = {"member_group/fire", "member_group/ems"} if hidden else set()
    values = {v: None if v in secret else 12 for v in layout.variables}
    return Release(period, layout, 5, 0, True, "test", values, frozen_at="2026-10-04T09:00:00Z")


def test_models_pass_the_model_tester(qapp, qtmodeltester):
    quarters = QuarterModel()
    quarters.set_states([
        QuarterState(Quarter(2026, 4), over=False, frozen=False, frozen_at=None),
        QuarterState(Quarter(2026, 3), over=True, frozen=True, frozen_at="2026-10-04T09:00:00Z"),
        QuarterState(Quarter(2026, 2), over=True, frozen=False, frozen_at=None),
    ])
    qtmodeltester.check(quarters)
    assert "Frozen on 4 Oct 2026" in quarters.index(1).data()
    assert "Not yet released" in quarters.index(2).data()
    assert not quarters.flags(quarters.index(0)) & Qt.ItemFlag.ItemIsEnabled
    table = ReleaseTableModel()
    for code in TABLES:
        table.set_release(_release(), code)
        qtmodeltester.check(table)
    trend = TrendTableModel()
    trend.set_releases([_release("2026-Q2", hidden=False), _release()])
    qtmodeltester.check(trend)
    assert [trend.index(r, 0).data() for r in range(2)] == ["2026 Q2", "2026 Q3"]


def test_release_table_shows_labels_and_marks_hidden_cells(qapp):
    model = ReleaseTableModel()
    model.set_release(_release(), "contacts_by_member_group")
    shown = cells(model)
    assert shown[("Police", "Contacts")] == "12"
    assert shown[("Fire", "Contacts")] == "<5"
    assert model.index(1, 0).data(SuppressedRole) is True
    assert "Hidden to protect privacy" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    small = _release()
    trend = TrendTableModel()
    trend.set_releases([Release(small.period, small.layout, 5, 0, True, "test",
                                {**small.values, "referrals": None})])
    assert [trend.index(0, c).data() for c in range(4)] == ["2026 Q3", "12", "12", "<5"]
    assert trend.series(3) == [("2026 Q3", None)]
    model.set_table("member_group_by_format")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "One-to-one"
    assert model.headerData(model.rowCount() - 1, Qt.Orientation.Vertical) == "Total"


# ---------------------------------------------------------------------- the page


def test_quarter_preview_shows_published_and_hidden_cells(qtbot, practice, make_shell,
                                                          wait_idle):
    page = open_statistics(qtbot, make_shell(practice, training=True), wait_idle)
    view = page.release_view
    assert view.current_state().quarter == PAST
    assert "Not yet released" in view.quarter_combo.currentText()
    assert view.rounding.isEnabled()
    assert not page.training_note.isHidden()
    assert "watermark" in page.training_note.text()
    choose_table(page, "contacts_by_member_group")
    shown = cells(view.model)
    assert shown[("Total", "Contacts")] == "30"
    assert "<5" in shown.values()
    assert any(v.isdigit() for v in shown.values())
    assert "Police" in {r for r, _ in shown}  # labels, never codes
    assert MemberGroup.POLICE.value not in {r for r, _ in shown}
    assert view.legend.text().startswith("<5 = hidden to protect privacy")
    assert any(value is None for _, value in view.chart.bars())
    # The quarter that is not over is listed, marked, and cannot be chosen.
    row = view.quarters.row_of(CURRENT)
    assert "Not over yet" in view.quarters.index(row).data()
    assert not view.quarters.flags(view.quarters.index(row)) & Qt.ItemFlag.ItemIsEnabled
    view.quarter_combo.setCurrentIndex(row)
    assert view.model.release is None
    assert not view.csv_button.isEnabled()
    assert not view.pdf_button.isEnabled()


def test_csv_export_freezes_the_quarter_and_reexport_is_identical(
        qtbot, practice, make_shell, wait_idle, dialogs, tmp_path):
    shell = make_shell(practice, training=True)
    page = open_statistics(qtbot, shell, wait_idle)
    first, second = tmp_path / "q.csv", tmp_path / "again.csv"
    dialogs.answers.extend([True, first])
    export(qtbot, page, wait_idle, "csv")
    assert [kind for kind, _ in dialogs.asked] == ["confirm", "save_file"]
    assert first.exists()
    assert str(first) in page.message.text()
    assert "now frozen" in page.message.text()
    view = page.release_view
    assert view.current_state().frozen
    assert "Frozen on" in view.quarter_combo.currentText()
    assert not view.rounding.isEnabled()
    assert page.trend.model.rowCount() == 1
    page.tabs.setCurrentIndex(TREND_TAB)
    assert page.trend.model.index(0, 0).data() == f"{PAST.year} Q{PAST.number}"
    dialogs.answers.append(second)  # frozen now: no question before the save dialog
    export(qtbot, page, wait_idle, "csv")
    assert [kind for kind, _ in dialogs.asked][2:] == ["save_file"]
    assert second.read_bytes() == first.read_bytes()
    data = first.read_bytes()
    with qtbot.waitSignal(shell.window.locked, timeout=10_000):
        shell.window.lock()
    wait_idle()
    assert with_workspace(practice, lambda ws: stats.export(ws, PAST, "csv").data) == data
    assert b"_meta,training,value,true,published" in data


def test_pdf_export_is_a_real_pdf(qtbot, practice, make_shell, wait_idle, dialogs, tmp_path):
    page = open_statistics(qtbot, make_shell(practice, training=True), wait_idle)
    out = tmp_path / "q.pdf"
    dialogs.answers.extend([True, out])
    export(qtbot, page, wait_idle, "pdf")
    assert out.read_bytes().startswith(b"%PDF")
    assert page.release_view.current_state().frozen


def test_declining_the_confirmation_freezes_nothing(qtbot, practice, make_shell, wait_idle,
                                                    dialogs):
    page = open_statistics(qtbot, make_shell(practice, training=True), wait_idle)
    dialogs.answers.append(False)
    export(qtbot, page, wait_idle, "csv")
    assert [kind for kind, _ in dialogs.asked] == ["confirm"]
    assert not page.release_view.current_state().frozen


def test_the_service_refuses_a_quarter_not_over(practice):
    with pytest.raises(QuarterNotOver):
        with_workspace(practice, lambda ws: stats.export(ws, CURRENT, "csv"))


def test_a_supporter_never_sees_the_section(qtbot, practice, make_shell, wait_idle):
    window = sign_in(qtbot, make_shell(practice, training=True), wait_idle, SUPPORTER)
    assert "statistics" not in window.section_keys()
    assert window.findChild(StatisticsPage) is None


def test_the_service_refuses_a_supporter(practice):
    with pytest.raises(PermissionDenied):
        with_workspace(practice, stats.quarter_states, SUPPORTER)


def test_locking_clears_every_model(qtbot, practice, make_shell, wait_idle, dialogs, tmp_path):
    shell = make_shell(practice, training=True)
    page = open_statistics(qtbot, shell, wait_idle)
    dialogs.answers.extend([True, tmp_path / "q.csv"])
    export(qtbot, page, wait_idle, "csv")
    view = page.release_view
    models = {"quarters": view.quarters, "release": view.model, "trend": page.trend.model}
    assert all(m.rowCount() > 0 for m in models.values())
    seen: dict[str, int] = {}
    for name, model in models.items():
        model.modelReset.connect(lambda n=name, m=model: seen.__setitem__(n, m.rowCount()))
    with qtbot.waitSignal(shell.window.locked, timeout=10_000):
        shell.window.lock()
    wait_idle()
    assert seen == {"quarters": 0, "release": 0, "trend": 0}
    assert not any(shiboken6.isValid(m) for m in models.values())
