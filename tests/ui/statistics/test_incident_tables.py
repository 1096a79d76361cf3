"""The Statistics screen's incident tables: reached with the keyboard in the table list, their
rows and columns in words, the reach percentages where the release allows them, the trend's
incident columns, and a quarter released before the tables existed (its own ten tables, a dash
in the trend)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from incident_support import incident
from peerdesk.domain.stats import TABLES, TABLES_1, Layout, Release
from peerdesk.domain.vocab import IncidentType, OutreachMethod
from peerdesk.services import incidents
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.csv_export import release_csv
from peerdesk.storage import database
from peerdesk.ui.statistics.models import HEADLINES
from peerdesk.ui.statistics.page import TREND_TAB
from stats_support import PAST, cells, open_statistics, release, with_workspace


def _six_incidents(ws: Any) -> None:
    """Six line-of-duty deaths of the last closed quarter, 10 personnel each, 8 of them
    reached a day after: 60 involved, 48 within 72 hours (80 %)."""
    now = datetime.combine(PAST.last_day, datetime.min.time()) + timedelta(hours=20)
    for day in range(6):
        at = datetime.combine(PAST.first_day + timedelta(days=3 + 7 * day),
                              datetime.min.time()) + timedelta(hours=10)
        ident = incident(ws, at, IncidentType.LINE_OF_DUTY_DEATH, 10, now)
        incidents.record_outreach(ws, ident, 8, OutreachMethod.ONE_TO_ONE,
                                  at=at + timedelta(days=1), now=now)


@pytest.fixture
def with_incidents(vault_factory: Any) -> Path:
    """Six incidents and no contact: the contact tables are zeros, quick to release."""
    folder = vault_factory("incidents", training=True)
    with_workspace(folder, _six_incidents)
    return folder


def _to_table(qtbot: Any, view: Any, code: str) -> None:
    """Walk the table list with the Down key, from the top, to ``code``."""
    view.table_list.setFocus()
    qtbot.keyClick(view.table_list, Qt.Key.Key_Home)
    for _ in range(len(TABLES)):
        if view.model.table == code:
            return
        qtbot.keyClick(view.table_list, Qt.Key.Key_Down)
    raise AssertionError(f"{code} not reached")


def test_the_incident_tables_are_shown_in_words_with_the_reach_percentages(
        qtbot, with_incidents, make_shell, wait_idle, dialogs):
    page = open_statistics(qtbot, make_shell(with_incidents, training=True), wait_idle)
    view = page.release_view
    release(qtbot, page, wait_idle, dialogs)
    released = stats.releases(page.workspace)[0]
    assert (released.values["incidents"], released.values["personnel"]) == (6, 60)
    assert released.values["reach/72_hours"] == 48
    _to_table(qtbot, view, "incidents_by_kind")
    shown = cells(view.model)
    assert view.title.text() == "Critical incidents"
    assert shown[("Line-of-duty death", "Incidents")] == "6"
    assert shown[("Line-of-duty death", "Personnel")] == "60"
    assert shown[("Total", "Personnel")] == "60"
    assert ("Line-of-duty death", 6) in view.chart.bars()  # the chart shows incidents
    qtbot.keyClick(view.table_list, Qt.Key.Key_Down)
    assert view.model.table == "incident_reach"
    shown = cells(view.model)
    assert shown[("Reached within 72 hours", "Personnel")] == "48"
    assert "Reached within 72 hours: 80 % of the personnel involved." in view.about.text()
    assert "at least 5" in view.about.text()
    for code in ("group_interventions", "incident_hours", "contacts_by_outcome",
                 "contacts_by_first_or_repeat"):
        _to_table(qtbot, view, code)
        assert all(not label.startswith(("incident", "contacts_")) for label, _ in cells(
            view.model))  # row labels in words, never codes
    page.tabs.setCurrentIndex(TREND_TAB)
    trend = page.trend.model
    row = {trend.headerData(c, Qt.Orientation.Horizontal): trend.index(0, c).data()
           for c in range(trend.columnCount())}
    assert row["Incidents"] == "6"
    assert row["Reached in 7 days"] == "48"
    assert page.trend.charts[3].bars() == [(row["Quarter"], 6)]


def _as_layout_1(ws: Any) -> None:
    """Store the released quarter as a release made before the incident tables existed."""
    conn = ws.vault.conn
    (quarter, text), = conn.execute("SELECT quarter, cells FROM releases").fetchall()
    data = json.loads(text)
    del data["layout"]
    old = Layout(tuple(data["months"]), tuple(data["checklist"]), 1)
    data["values"] = {v: data["values"][v] for v in old.variables}
    cells_text = json.dumps(data, separators=(",", ":"))
    with database.transaction(conn):
        conn.execute("UPDATE releases SET cells = ?, csv = ? WHERE quarter = ?",
                     (cells_text, release_csv(Release.from_json(cells_text)), quarter))


def test_a_quarter_released_before_the_incident_tables_keeps_its_own_tables(
        qtbot, with_incidents, make_shell, wait_idle):
    with_workspace(with_incidents, lambda ws: (stats.view(ws, PAST), _as_layout_1(ws)))
    page = open_statistics(qtbot, make_shell(with_incidents, training=True), wait_idle)
    view = page.release_view
    assert view.model.release is not None
    assert view.model.release.layout.tables == TABLES_1
    listed = [view.table_list.item(r).data(Qt.ItemDataRole.UserRole)
              for r in range(view.table_list.count())]
    assert tuple(listed) == TABLES_1
    view.table_list.setFocus()
    qtbot.keyClick(view.table_list, Qt.Key.Key_End)
    assert view.model.table == TABLES_1[-1]  # the keyboard never lands on a table it lacks
    page.tabs.setCurrentIndex(TREND_TAB)
    trend = page.trend.model
    column = 1 + HEADLINES.index("incidents")
    assert trend.index(0, column).data() == "\u2014"
    assert "made before this table existed" in trend.index(0, column).data(
        Qt.ItemDataRole.AccessibleTextRole)
    assert page.trend.charts[3].bars() == []
