"""The Statistics section: an open quarter shows only when it closes, a closed one is released
by its first look (confirmed in words), its tables as released ("hidden" cells, never "<k"),
two looks around a saved, edited and deleted contact identical, CSV and PDF exports equal to
the service's bytes, the annual summary, the trend, a supporter without the section, and a
lock that clears every model."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt

from contact_support import phone_and_text
from peerdesk.domain.errors import PermissionDenied, QuarterNotClosed
from peerdesk.domain.members import Role
from peerdesk.domain.quarters import Quarter, closes_on
from peerdesk.domain.stats import TABLES, Layout, Release
from peerdesk.domain.vocab import MemberGroup, Topic
from peerdesk.services import contacts
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.release import QuarterState
from peerdesk.services.workspace import Workspace
from peerdesk.ui.statistics.models import (
    QuarterModel,
    ReleaseTableModel,
    SuppressedRole,
    TrendTableModel,
)
from peerdesk.ui.statistics.page import TREND_TAB, StatisticsPage
from shell_support import sign_in_window
from stats_support import PAST, cells, open_statistics, release, with_workspace

SUPPORTER = "Pat Peer"
CURRENT = Quarter.of(date.today())


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


sign_in = sign_in_window


def every_table(qtbot: Any, page: StatisticsPage) -> dict[str, dict[tuple[str, str], str]]:
    """What the screen shows in every table, walked with the Down key in the table list."""
    view = page.release_view
    view.table_list.setFocus()
    qtbot.keyClick(view.table_list, Qt.Key.Key_Home)
    shown = {}
    for code in TABLES:
        assert view.model.table == code
        shown[code] = cells(view.model)
        qtbot.keyClick(view.table_list, Qt.Key.Key_Down)
    return shown


def choose_row(qtbot: Any, page: StatisticsPage, key: object) -> None:
    """Pick a quarter (or a year's annual summary) in the combo box with the keyboard."""
    view = page.release_view
    target = view.quarters.row_of(key)
    assert target >= 0
    view.quarter_combo.setFocus()
    while view.quarter_combo.currentIndex() != target:
        step = Qt.Key.Key_Down if view.quarter_combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(view.quarter_combo, step)


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
        QuarterState(Quarter(2026, 4), False, False, None, closes_on(Quarter(2026, 4), 14)),
        QuarterState(Quarter(2026, 3), True, True, "2026-10-16T09:00:00Z",
                     closes_on(Quarter(2026, 3), 14)),
        QuarterState(Quarter(2026, 2), True, False, None, closes_on(Quarter(2026, 2), 14)),
    ])
    qtmodeltester.check(quarters)
    rows = [quarters.index(r).data() for r in range(quarters.rowCount())]
    assert rows[0] == "2026 — annual summary"  # a year with a released quarter
    assert "Open: closes on 15 Jan 2027" in rows[1]
    assert "Released on 16 Oct 2026" in rows[2]
    assert "Closed, not yet released" in rows[3]
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
    assert shown[("Fire", "Contacts")] == "hidden"
    assert model.index(1, 0).data(SuppressedRole) is True
    assert "Hidden to protect privacy" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<" not in "".join(shown.values())
    small = _release()
    trend = TrendTableModel()
    trend.set_releases([Release(small.period, small.layout, 5, 0, True, "test",
                                {**small.values, "referrals": None})])
    assert [trend.index(0, c).data() for c in range(4)] == ["2026 Q3", "12", "12", "hidden"]
    assert trend.series(3) == [("2026 Q3", None)]
    model.set_table("member_group_by_format")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "One-to-one"
    assert model.headerData(model.rowCount() - 1, Qt.Orientation.Vertical) == "Total"


# ---------------------------------------------------------------------- the page


def test_a_closed_quarter_is_released_by_its_first_look(qtbot, practice, make_shell,
                                                         wait_idle, dialogs):
    page = open_statistics(qtbot, make_shell(practice, training=True), wait_idle)
    view = page.release_view
    assert view.current_state().quarter == PAST
    assert "Closed, not yet released" in view.quarter_combo.currentText()
    assert "first look at its figures is its release" in view.state_label.text()
    assert not view.csv_button.isEnabled()
    assert not view.pdf_button.isEnabled()
    assert view.rounding.isVisible()
    assert not page.training_note.isHidden()
    assert "watermark" in page.training_note.text()
    release(qtbot, page, wait_idle, dialogs)
    assert [kind for kind, _ in dialogs.asked] == ["confirm"]
    assert view.current_state().frozen
    assert "Released on" in view.quarter_combo.currentText()
    assert not view.release_button.isVisible()
    assert not view.rounding.isVisible()
    assert view.csv_button.isEnabled()
    released = stats.releases(page.workspace)[0]
    assert released.period == str(PAST)
    choose_table(page, "contacts_by_member_group")
    shown = cells(view.model)
    total = released.values["contacts"]
    assert shown[("Total", "Contacts")] == ("hidden" if total is None else str(total))
    assert "hidden" in shown.values()
    assert not any(v.startswith("<") for v in shown.values())
    assert any(v.isdigit() for v in shown.values())
    assert "Police" in {r for r, _ in shown}  # labels, never codes
    assert MemberGroup.POLICE.value not in {r for r, _ in shown}
    assert view.legend.text().startswith("\u201chidden\u201d = not shown to protect privacy")
    assert "Which is which is never shown" in view.legend.text()
    assert any(value is None for _, value in view.chart.bars())


def test_an_open_quarter_shows_only_when_it_closes(qtbot, practice, make_shell, wait_idle):
    page = open_statistics(qtbot, make_shell(practice, training=True), wait_idle)
    view = page.release_view
    choose_row(qtbot, page, CURRENT)
    wait_idle()
    assert view.current_state().quarter == CURRENT
    assert view.model.release is None
    assert not view.csv_button.isEnabled()
    assert not view.release_button.isVisible()
    day = closes_on(CURRENT, 14)
    assert f"closes on {day.day} {day.strftime('%b')} {day.year}" in (
        view.quarter_combo.currentText())
    assert "is open" in view.state_label.text()
    assert "not even a running total" in view.state_label.text()
    with pytest.raises(QuarterNotClosed):
        stats.view(page.workspace, CURRENT)


def test_declining_the_release_freezes_nothing(qtbot, practice, make_shell, wait_idle, dialogs):
    page = open_statistics(qtbot, make_shell(practice, training=True), wait_idle)
    dialogs.answers.append(False)
    qtbot.mouseClick(page.release_view.release_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert [kind for kind, _ in dialogs.asked] == ["confirm"]
    assert page.release_view.model.release is None
    assert not page.release_view.current_state().frozen
    assert stats.releases(page.workspace) == []


def _save_edit_delete(ws: Workspace) -> None:
    """A contact dated in the released quarter saved, one of its contacts edited, one deleted."""
    ids = [r[0] for r in ws.vault.conn.execute(
        "SELECT id FROM contacts WHERE reporting_quarter = ? AND author = ? ORDER BY id",
        (str(PAST), ws.member.user_id))]
    first, _ = contacts.get(ws, ids[0])
    contacts.save_new(ws, replace(first.draft, occurred_on=PAST.first_day + timedelta(days=2),
                                  follow_up_of=None, follow_up_due=None))
    contacts.update(ws, ids[0], replace(first.draft, topics=frozenset({Topic.MORAL_INJURY}),
                                        member_group=MemberGroup.CORRECTIONS))
    contacts.delete(ws, ids[1])


def test_two_looks_on_screen_are_identical_around_a_saved_edited_and_deleted_contact(
        qtbot, practice, make_shell, wait_idle, dialogs, tmp_path):
    shell = make_shell(practice, training=True)
    page = open_statistics(qtbot, shell, wait_idle)
    release(qtbot, page, wait_idle, dialogs)
    first = every_table(qtbot, page)
    dialogs.answers.append(tmp_path / "first.csv")
    export(qtbot, page, wait_idle, "csv")
    with qtbot.waitSignal(shell.window.locked, timeout=10_000):
        shell.window.lock()
    wait_idle()
    with_workspace(practice, _save_edit_delete, SUPPORTER)
    page = open_statistics(qtbot, shell, wait_idle)
    assert page.release_view.current_state().quarter == PAST
    assert page.release_view.current_state().frozen
    assert every_table(qtbot, page) == first
    dialogs.answers.append(tmp_path / "second.csv")
    export(qtbot, page, wait_idle, "csv")
    assert (tmp_path / "second.csv").read_bytes() == (tmp_path / "first.csv").read_bytes()
    assert stats.export(page.workspace, PAST, "csv").data == (
        tmp_path / "first.csv").read_bytes()


def test_csv_export_of_a_released_quarter_is_the_services_bytes(
        qtbot, practice, make_shell, wait_idle, dialogs, tmp_path):
    shell = make_shell(practice, training=True)
    page = open_statistics(qtbot, shell, wait_idle)
    release(qtbot, page, wait_idle, dialogs)
    first, second = tmp_path / "q.csv", tmp_path / "again.csv"
    dialogs.answers.extend([first, second])
    export(qtbot, page, wait_idle, "csv")
    assert [kind for kind, _ in dialogs.asked] == ["confirm", "save_file"]
    assert str(first) in page.message.text()
    assert page.trend.model.rowCount() == 1
    page.tabs.setCurrentIndex(TREND_TAB)
    assert page.trend.model.index(0, 0).data() == f"{PAST.year} Q{PAST.number}"
    export(qtbot, page, wait_idle, "csv")
    assert second.read_bytes() == first.read_bytes()
    data = first.read_bytes()
    with qtbot.waitSignal(shell.window.locked, timeout=10_000):
        shell.window.lock()
    wait_idle()
    assert with_workspace(practice, lambda ws: stats.export(ws, PAST, "csv").data) == data
    assert b"_meta,training,value,true,published" in data


def test_pdf_export_is_a_real_pdf(qtbot, practice, make_shell, wait_idle, dialogs, tmp_path):
    page = open_statistics(qtbot, make_shell(practice, training=True), wait_idle)
    release(qtbot, page, wait_idle, dialogs)
    out = tmp_path / "q.pdf"
    dialogs.answers.append(out)
    export(qtbot, page, wait_idle, "pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_the_annual_summary_is_shown_and_exported(qtbot, practice, make_shell, wait_idle,
                                                 dialogs, tmp_path):
    page = open_statistics(qtbot, make_shell(practice, training=True), wait_idle)
    release(qtbot, page, wait_idle, dialogs)
    choose_row(qtbot, page, PAST.year)
    wait_idle()
    view = page.release_view
    assert view.current_year() == PAST.year
    assert view.model.release.period == str(PAST.year)
    assert "Annual summary made from the released quarters" in view.state_label.text()
    out = tmp_path / "year.pdf"
    dialogs.answers.append(out)
    export(qtbot, page, wait_idle, "pdf")
    assert out.read_bytes().startswith(b"%PDF")
    csv_out = tmp_path / "year.csv"
    dialogs.answers.append(csv_out)
    export(qtbot, page, wait_idle, "csv")
    assert csv_out.read_bytes() == stats.export_annual_csv(page.workspace, PAST.year)


def test_the_service_refuses_a_quarter_not_closed(practice):
    with pytest.raises(QuarterNotClosed):
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
    release(qtbot, page, wait_idle, dialogs)
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


def test_a_quarter_that_cannot_be_protected_is_withheld_on_screen(qtbot, vault_factory,
                                                                   make_shell, wait_idle,
                                                                   dialogs, tmp_path):
    """Releasing a quarter no set of hidden cells can protect withholds it: the message says
    so, the quarter list says "Withheld on", no figure or export button shows, and the Release
    button is gone for good (a second look says the same)."""
    folder = vault_factory("sparse", training=True)
    with_workspace(folder, lambda ws: phone_and_text(ws, PAST))
    page = open_statistics(qtbot, make_shell(folder, training=True), wait_idle)
    view = page.release_view
    assert view.current_state().quarter == PAST
    dialogs.answers.append(True)
    qtbot.mouseClick(view.release_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: view.current_state() is not None and view.current_state().withheld)
    assert "is withheld" in page.message.text()
    assert "is withheld. When its figures were first looked at" in view.state_label.text()
    assert not view.release_button.isVisible()
    assert not view.rounding.isVisible()
    assert view.model.release is None
    assert not view.figures.isVisible()
    assert not view.csv_button.isEnabled()
    assert not view.pdf_button.isEnabled()
    row = view.quarters.row_of(PAST)
    assert "Withheld on" in view.quarters.index(row).data()
    page.window().resize(1280, 800)
    page.window().grab().save(str(tmp_path / "withheld.png"))
    with qtbot.waitSignal(page.overviewLoaded):
        page.refresh()  # read again from the vault: still withheld, still no Release button
    assert view.current_state().withheld
    assert not view.release_button.isVisible()
