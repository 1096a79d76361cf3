"""A quarter that no set of hidden cells can protect is withheld: frozen at the first look,
nothing of it published, every later look (screen, service, command line) the same, and no
annual summary or region bundle made from it.

The team: 7 contacts in a quarter, alike but for the channel, 4 by phone and 3 by text. Every
set of hidden cells short of hiding every non-zero count fails the audit (the two small
channels beside a published total of 7 are each 3..4), and hiding every non-zero count fails
the search for worlds in which every smaller set fails too: a reader who re-runs the hiding
would learn from its going that far that the total is 6..8, so that neither count is 1.
"""

from __future__ import annotations

import io
import sys
from datetime import date

import pytest

from contact_support import draft, phone_and_text, save_edit_delete
from peerdesk.cli import main
from peerdesk.domain.errors import NoSuchRelease, QuarterWithheld, ReleaseRefused
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import Layout, Release
from peerdesk.services import contacts
from peerdesk.services.region import RegionRefused, station_payload
from peerdesk.services.stats import program_figures as figures
from peerdesk.services.stats import program_report as report
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.csv_export import release_csv
from peerdesk.services.stats.engine import protect
from peerdesk.services.stats.program_pdf import report_pdf
from peerdesk.storage import audit, contact_repo, database, stats_repo
from team_support import COORD_PASS, new_workspace

Q3 = Quarter(2026, 3)
TODAY = date(2026, 11, 20)


@pytest.fixture
def small_team(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    phone_and_text(ws, Q3)
    yield ws
    if not ws.is_locked:
        ws.lock()


def test_the_engine_refuses_rather_than_publish_a_pattern_that_tells(small_team, tmp_path):
    """Taken on the audit alone (as PeerDesk once did), hiding every non-zero count would be
    published here; held to the search for worlds too, no set of hidden cells is. With 4 and
    1 (a total of 5, where the first set passes) the quarter is released."""
    conn = small_team.vault.conn
    layout = Layout.for_quarter(Q3, stats._checklist_items(small_team, Q3))
    tallies = stats_repo.quarter_tallies(conn, Q3, layout.checklist)

    def make(values: dict[str, int | None]) -> Release:
        return Release(str(Q3), layout, 5, 0, True, "test", values)

    with pytest.raises(ReleaseRefused):
        protect(str(Q3), layout, tallies, 5, 0, [], make)
    other = new_workspace(tmp_path / "other", training=True)
    phone_and_text(other, Q3, 4, 1)
    released = stats.view(other, Q3, today=TODAY)
    assert released.values["contacts"] == 5
    assert released.values["channel/phone"] is None
    other.lock()


def test_a_quarter_that_cannot_be_protected_is_withheld_for_good(small_team):
    ws = small_team
    with pytest.raises(QuarterWithheld, match="2026-Q3 is withheld"):
        stats.view(ws, Q3, today=TODAY)
    # Frozen: a contact logged now for it counts in the next open quarter, and saving,
    # editing or deleting changes nothing of what any look says.
    late = contacts.save_new(ws, draft(occurred_on=date(2026, 9, 20)), today=TODAY)
    assert contact_repo.get(ws.vault.conn, late).reporting_quarter == "2026-Q4"
    save_edit_delete(ws, Q3, today=TODAY)
    for look in (lambda: stats.view(ws, Q3, today=TODAY),
                 lambda: stats.view(ws, Q3, rounding=True, today=TODAY),
                 lambda: stats.export(ws, Q3, "csv", today=TODAY),
                 lambda: stats.export(ws, Q3, "pdf", rounding=True, today=TODAY)):
        with pytest.raises(QuarterWithheld):
            look()
    state = next(s for s in stats.quarter_states(ws, TODAY) if s.quarter == Q3)
    assert (state.closed, state.frozen, state.withheld) == (True, False, True)
    assert state.frozen_at is not None
    assert stats.releases(ws) == []
    assert stats_repo.stored(ws.vault.conn, Q3) is None
    with pytest.raises(NoSuchRelease):
        stats.annual_summary(ws, 2026)
    with pytest.raises(RegionRefused):
        station_payload(ws, Q3, "region")
    entries = [e for e in audit.entries(ws.vault.conn) if e.action.startswith("stats_")]
    assert [(e.action, e.detail) for e in entries] == [("stats_withheld", {"quarter": "2026-Q3"})]


def test_the_command_line_says_so_in_one_line_and_writes_nothing(small_team, monkeypatch,
                                                                 capsys, tmp_path):
    small_team.lock()
    out = tmp_path / "q3.csv"
    for _ in range(2):
        monkeypatch.setattr(sys, "stdin", io.StringIO(COORD_PASS + "\n"))
        code = main(["stats", "export", "--quarter", "2026-Q3", "--format", "csv", "--out",
                     str(out), "--user", "Casey", "--vault", str(tmp_path / "v"), "--training"])
        printed, err = capsys.readouterr()
        assert code == 1
        assert printed == ""
        assert err.count("\n") == 1
        assert "2026-Q3 is withheld" in err
        assert not out.exists()


def test_a_withheld_quarter_completes_its_year_in_the_program_report(tmp_path):
    """The annual program report needs every quarter of its year: a withheld one counts, and
    every figure that needs it reads hidden (never a sum of the other three called the
    year's). Its three released quarters are stored as they would be; the withholding too."""
    ws = new_workspace(tmp_path / "v", training=True)
    conn = ws.vault.conn
    quarters = [Quarter(2025, n) for n in (1, 2, 3, 4)]
    with database.transaction(conn):
        for quarter in quarters:
            if quarter.number == 3:
                stats_repo.withhold(conn, quarter, "2025-10-20T09:00:00Z", "x", 7)
                continue
            layout = Layout.for_quarter(quarter, ())
            release = Release(str(quarter), layout, 5, 0, True, "test",
                              dict.fromkeys(layout.variables, 20))
            stats_repo.freeze(conn, quarter, "2026-01-20T09:00:00Z", "x", 5, 0,
                              release.to_json(), release_csv(release))
    year = figures.Period.reporting_year(2025, 1)
    assert year in report.periods(ws)
    assert figures.Period.quarter(Quarter(2025, 3)) not in report.periods(ws)
    data = report.report_data(ws, year, TODAY)
    assert [figure.now for figure in data.headlines] == [None, None, None]
    assert data.threshold == 7  # the threshold the withheld quarter was held to
    trend = dict(data.trend[0][1])
    assert trend["2025-Q2"] == 20
    assert trend["2025-Q3"] is None
    assert report_pdf(data).startswith(b"%PDF")
    quarter = report.report_data(ws, figures.Period.quarter(Quarter(2025, 4)), TODAY)
    assert quarter.headlines[0].now == 20
    assert quarter.headlines[0].previous is None  # the quarter before is withheld
    ws.lock()
