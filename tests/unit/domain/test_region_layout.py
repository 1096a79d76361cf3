"""The regional tables' layout has only the tables every station's release has."""

from __future__ import annotations

from peerdesk.domain.quarters import Quarter
from peerdesk.domain.region import regional_layout
from peerdesk.domain.stats import INCIDENT_TABLES, TABLES, TABLES_1, Layout, Release

Q3 = Quarter(2026, 3)


def _release(version: int, checklist: tuple[str, ...]) -> Release:
    layout = Layout(tuple(Q3.months()), checklist, version)
    return Release(str(Q3), layout, 5, 0, False, "test", dict.fromkeys(layout.variables, 0))


def test_a_station_released_before_the_incident_tables_leaves_them_out_of_the_region():
    older, newer = _release(1, ("a", "b")), _release(2, ("b", "a"))
    layout = regional_layout([newer, older], Q3)
    assert layout.tables == TABLES_1
    assert layout.checklist == ("b", "a")
    assert not any(t in INCIDENT_TABLES for t, *_ in layout.cells)
    assert regional_layout([newer, newer], Q3).tables == TABLES
    assert regional_layout([], Q3).tables == TABLES
