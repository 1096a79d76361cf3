"""Statistics of layout 2 (contacts by outcome and first/repeat, critical incidents, reach,
group interventions, incident hours): each table counted against a hand-built vault, their
release, CSV and PDF, releases made before the tables existed, and the independent attacker
holding every CSV of vaults of rare incidents."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
from datetime import date, datetime

import pytest

from incident_support import incident, intervention, linked_contact, random_quarter
from peerdesk.domain.errors import QuarterWithheld
from peerdesk.domain.incident_stats import reach_percent
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import TABLES_1, Layout, Release
from peerdesk.domain.vocab import FirstOrRepeat, Format, IncidentType, Outcome, OutreachMethod
from peerdesk.services import incidents
from peerdesk.services import policy as policy_service
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.stats.csv_export import release_csv
from peerdesk.storage import database, policy_repo, stats_repo
from stats_attacker import parse
from stats_truth import INCIDENT_TABLES, attack_every_csv, incident_truth
from team_support import new_workspace

Q3 = Quarter(2026, 3)
TODAY = date(2026, 11, 20)
NOW = datetime(2026, 9, 30, 20, 0)
LOGGED = date(2026, 9, 30)


def _set_threshold(ws, k: int) -> None:
    policy = policy_repo.load(ws.vault.conn)
    policy_service.update_settings(
        ws, idle_lock_minutes=policy.idle_lock_minutes,
        private_notes_enabled=policy.private_notes_enabled,
        notes_expiry_days=policy.notes_expiry_days, suppression_threshold=k)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}")


def hand_built(ws) -> None:
    """Three incidents of 2026-Q3 whose every figure is worked out in the tests below."""
    lodd = incident(ws, _at("07-10T08:00"), IncidentType.LINE_OF_DUTY_DEATH, 40, NOW)
    for when, n in (("07-13T08:00", 20), ("07-13T08:01", 5),     # 72 hours exactly, 1 min past
                    ("07-17T08:00", 10), ("07-17T08:01", 4)):    # 7 days exactly, 1 min past
        incidents.record_outreach(ws, lodd, n, OutreachMethod.ONE_TO_ONE, at=_at(when), now=NOW)
    incidents.close_acute_phase(ws, lodd, today=date(2026, 7, 20))
    for day, minutes, outcome, first in (
        ("07-11", 45, Outcome.RESOLVED_PEER_LEVEL, FirstOrRepeat.FIRST),
        ("07-11", 45, Outcome.REFERRED, FirstOrRepeat.REPEAT),
        ("07-20", 30, Outcome.CONTINUING_SUPPORT, None),       # the day the phase closed
        ("07-27", 30, None, FirstOrRepeat.FIRST),              # after: follow-up
    ):
        linked_contact(ws, lodd, date.fromisoformat(f"2026-{day}"), minutes, LOGGED, outcome,
                       first)
    suicide = incident(ws, _at("08-01T12:00"), IncidentType.COLLEAGUE_SUICIDE, 12, NOW)
    intervention(ws, suicide, Format.DEBRIEFING, _at("08-02T10:00"), 90, 10, 10, NOW)
    incidents.record_outreach(ws, suicide, 2, OutreachMethod.ONE_TO_ONE, at=_at("08-08T12:00"),
                              now=NOW)
    second = incident(ws, _at("08-20T09:00"), IncidentType.COLLEAGUE_SUICIDE, 6, NOW)
    intervention(ws, second, Format.DEFUSING, _at("08-20T14:00"), 60, 6, 6, NOW)
    incidents.close_acute_phase(ws, second, today=date(2026, 8, 25))
    intervention(ws, second, Format.DEBRIEFING, _at("08-26T10:00"), 120, 4, 0, NOW)
    linked_contact(ws, second, date(2026, 8, 25), 60, LOGGED)
    linked_contact(ws, second, date(2026, 9, 1), 60, LOGGED, Outcome.RESOLVED_PEER_LEVEL,
                   FirstOrRepeat.REPEAT)
    for outcome, first in ((Outcome.RESOLVED_PEER_LEVEL, FirstOrRepeat.FIRST), (None, None),
                           (Outcome.REFERRED, FirstOrRepeat.REPEAT)):
        linked_contact(ws, None, date(2026, 9, 2), 50, LOGGED, outcome, first)


EXPECTED = {
    "contacts": 9,
    "outcome/resolved_peer_level": 3, "outcome/referred": 2, "outcome/continuing_support": 1,
    "outcome/not_recorded": 3,
    "first_or_repeat/first": 3, "first_or_repeat/repeat": 3, "first_or_repeat/not_recorded": 3,
    "incidents": 3, "incident_kind/line_of_duty_death": 1, "incident_kind/colleague_suicide": 2,
    "reach/72_hours": 20 + 10 + 6, "reach/7_days": 35 + 12 + 6,
    "interventions": 3, "intervention/debriefing": 2, "intervention/defusing": 1,
    "incident_sessions/response": 6, "incident_sessions/follow_up": 3, "incident_sessions": 9,
}
# Hours, and the personnel involved and attendees (magnitudes), ride on their count as minutes.
MINUTES = {"incident_sessions/response": 45 + 45 + 30 + 60 + 90 + 60,
           "incident_sessions/follow_up": 30 + 60 + 120, "incident_sessions": 540,
           "incidents": 58 * 60, "incident_kind/line_of_duty_death": 40 * 60,
           "incident_kind/colleague_suicide": 18 * 60,
           "interventions": 20 * 60, "intervention/debriefing": 14 * 60,
           "intervention/defusing": 6 * 60}
MAGNITUDES = {"personnel": 58, "personnel/line_of_duty_death": 40,
              "personnel/colleague_suicide": 18, "attendees": 20, "attendees/debriefing": 14,
              "attendees/defusing": 6}
# Figures from one or two incidents: one or two stories.
EPISODES = {"incident_kind/line_of_duty_death": 1, "incident_kind/colleague_suicide": 2,
            "incidents": 3, "reach/72_hours": 3,
            "intervention/debriefing": 2, "intervention/defusing": 1}


@pytest.fixture
def ws(tmp_path):
    workspace = new_workspace(tmp_path / "v", training=True)
    hand_built(workspace)
    yield workspace
    workspace.lock()


def test_each_table_is_counted_from_the_vault(ws):
    tallies = stats_repo.quarter_tallies(ws.vault.conn, Q3, ())
    counts = {name: tally.count for name, tally in tallies.items() if name in EXPECTED}
    assert counts == EXPECTED
    assert {n: tallies[n].minutes for n in MINUTES} == MINUTES
    assert {n: tallies[n].episodes for n in EPISODES} == EPISODES
    # Kinds, formats and outcomes nobody logged are absent (zero).
    assert "incident_kind/use_of_force" not in tallies
    assert "intervention/crisis_management_briefing" not in tallies


def test_the_tests_own_truth_agrees_with_the_hand_count(ws):
    """incident_truth (used against the attacker) is written apart from stats_repo."""
    conn = ws.vault.conn
    layout = Layout.for_quarter(Q3, ())
    for table, row, column, variable in layout.cells:
        if table in INCIDENT_TABLES and variable in {**EXPECTED, **MAGNITUDES}:
            assert incident_truth(conn, "2026-Q3", (table, row, column)) == {
                **EXPECTED, **MAGNITUDES}[variable]
    assert incident_truth(conn, "2026-Q3", ("incident_hours", "response", "hours")) == 5.5
    assert incident_truth(conn, "2026-Q3", ("incident_hours", "Total", "hours")) == 9


def test_the_release_publishes_the_true_figures_and_hides_the_small(ws):
    _set_threshold(ws, 3)
    release = stats.view(ws, Q3, today=TODAY)
    assert release.layout.tables[-6:] == INCIDENT_TABLES
    values = release.values
    for variable, true in {**EXPECTED, **MAGNITUDES}.items():
        assert values[variable] in (None, true), variable
    # One or two incidents are one or two stories, whatever their size.
    for variable in ("incident_kind/line_of_duty_death", "incident_kind/colleague_suicide",
                     "intervention/defusing", "intervention/debriefing"):
        assert values[variable] is None, variable
    # Hours, personnel involved and attendees are hidden exactly with their count.
    for variable in release.layout.variables:
        count = release.layout.shown_with(variable)
        if count is not None:
            assert (values[variable] is None) == (values[count] is None), variable
    _, cells, _ = parse(stats.export(ws, Q3, "csv", today=TODAY).data)
    assert {t for t, _, _ in cells} >= set(INCIDENT_TABLES)
    assert cells[("incident_reach", "involved", "personnel")] == values["personnel"]
    attacked = attack_every_csv(ws, [release_csv(release)])
    assert attacked > 10


def test_reach_percentages_only_over_a_published_number_involved_at_least_the_threshold():
    layout = Layout.for_quarter(Q3, ())
    values: dict[str, int | None] = dict.fromkeys(layout.variables, 0)
    values.update({"personnel": 58, "reach/72_hours": 36, "reach/7_days": None})
    release = Release("2026-Q3", layout, 5, 0, True, "test", values)
    assert reach_percent(release, "within_72_hours") == 62      # 36 / 58 = 62.07 %
    assert reach_percent(release, "within_7_days") is None      # hidden count
    small = Release("2026-Q3", layout, 60, 0, True, "test", values)
    assert reach_percent(small, "within_72_hours") is None      # 58 involved < threshold 60
    hidden = Release("2026-Q3", layout, 5, 0, True, "test", {**values, "personnel": None})
    assert reach_percent(hidden, "within_72_hours") is None
    rounded = Release("2026-Q3", layout, 5, 5, True, "test",
                      {**values, "personnel": 55, "reach/72_hours": 60})
    assert reach_percent(rounded, "within_72_hours") == 100     # rounding never passes 100 %
    old = Release.from_json(_as_layout_1(release.to_json()))
    assert reach_percent(old, "within_72_hours") is None


def _as_layout_1(text: str) -> str:
    """A release as it was stored before the incident tables (no layout, none of their
    values)."""
    data = json.loads(text)
    del data["layout"]
    old = Layout(tuple(data["months"]), tuple(data["checklist"]), 1)
    data["values"] = {v: data["values"][v] for v in old.variables}
    return json.dumps(data, separators=(",", ":"))


def test_a_release_made_before_the_incident_tables_loads_and_is_audited(tmp_path):
    """Q2 frozen by an earlier version (layout 1) stays as it was; Q3 is released with the new
    tables and audited together with it; the year sums only the tables both have."""
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 60, seed=3, start=date(2026, 4, 1), end=date(2026, 6, 30))
    q2 = stats.view(ws, Quarter(2026, 2), today=TODAY)
    conn = ws.vault.conn
    old_json = _as_layout_1(q2.to_json())
    with database.transaction(conn):
        conn.execute("UPDATE releases SET cells = ?, csv = ? WHERE quarter = '2026-Q2'",
                     (old_json, release_csv(Release.from_json(old_json))))
    stored_q2 = stats.releases(ws)[0]
    assert stored_q2.layout.version == 1
    assert stored_q2.layout.tables == TABLES_1
    assert not any(t in INCIDENT_TABLES for t, *_ in stored_q2.layout.cells)
    hand_built(ws)
    q3 = stats.view(ws, Q3, today=TODAY)
    assert q3.layout.version == 2
    year = stats.annual_summary(ws, 2026)
    assert year.layout.tables == TABLES_1
    pdf = stats.export(ws, Quarter(2026, 2), "pdf", today=TODAY).data
    assert "Critical incidents" not in _pdf_text(pdf)
    csvs = [stats.export(ws, q, "csv", today=TODAY).data for q in (Quarter(2026, 2), Q3)]
    csvs.append(stats.export_annual_csv(ws, 2026))
    assert attack_every_csv(ws, csvs) > 0
    ws.lock()


def _pdf_text(data: bytes) -> str:
    """The PDF's text as poppler's pdftotext reads it."""
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True).stdout.decode("utf-8")


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Critical incidents", "Reach after incidents", "Group interventions",
            "Incident response and follow-up", "How contacts ended", "First or repeat contact",
            "Percentages are shown only")),
    ("fr_CA", ("Incidents critiques", "Personnel joint après les incidents",
               "Interventions de groupe", "Réponse aux incidents et suivi", "Issue des contacts",
               "Un pourcentage n’est donné")),
])
def test_the_pdf_has_the_incident_tables(tmp_path, language, words):
    ws = new_workspace(tmp_path / "v", training=True)
    hand_built(ws)
    make_demo_contacts(ws, 300, seed=4, start=date(2026, 7, 1), end=date(2026, 9, 30))
    _set_threshold(ws, 3)
    text = " ".join(_pdf_text(stats.export(ws, Q3, "pdf", language=language,
                                           today=TODAY).data).split())
    for word in words:
        assert word in text, word
    ws.lock()


# ---------------------------------------------------------------------- the attacker


# One seed holds a rounded quarter, a raised threshold and the year; seeds 2 and 3 passed too
# (71 s and 85 s on 2 cores) and are left out to keep the suite under ten minutes.
@pytest.mark.parametrize("seed", [1])
def test_the_attacker_holding_every_csv_of_a_vault_of_rare_incidents_narrows_nothing(
        tmp_path, monkeypatch, seed):
    """Three quarters of a few incidents each (most cells small), contacts around them, one
    quarter rounded, a threshold raised between releases, and the annual summary. The
    rounding secret is fixed so that a run is repeatable."""
    secret = hashlib.sha256(b"incidents %d" % seed).digest()
    monkeypatch.setattr(stats_repo, "vault_secret", lambda conn: secret)
    rng = random.Random(seed)
    ws = new_workspace(tmp_path / "v", training=True)
    quarters = (Quarter(2026, 1), Quarter(2026, 2), Q3)
    for quarter in quarters:
        make_demo_contacts(ws, rng.choice((40, 90)), seed=seed,
                           start=quarter.first_day, end=quarter.last_day)
        random_quarter(ws, rng, quarter.first_day, quarter.last_day, rng.randint(2, 7))
    csvs = []
    for i, quarter in enumerate(quarters):
        if i == 2:
            _set_threshold(ws, 6)
        try:
            csvs.append(stats.export(ws, quarter, "csv", rounding=(i == seed % 3),
                                     today=TODAY).data)
        except QuarterWithheld:
            continue  # nothing of it is published: there is no CSV to hold
    assert len(csvs) >= 2
    csvs.append(stats.export_annual_csv(ws, 2026))
    hidden = attack_every_csv(ws, csvs)
    incident_hidden = sum(1 for d in csvs for (t, _, _), v in parse(d)[1].items()
                          if t in INCIDENT_TABLES and v is None)
    assert incident_hidden > 10
    assert hidden > incident_hidden
    ws.lock()


def test_the_annual_summary_has_the_incident_tables_when_every_quarter_does(ws):
    _set_threshold(ws, 3)
    q3 = stats.view(ws, Q3, today=TODAY)
    year = stats.annual_summary(ws, 2026)
    assert year.layout.tables[-6:] == INCIDENT_TABLES
    for variable in ("incidents", "personnel", "reach/72_hours", "interventions"):
        assert year.values[variable] in (None, q3.values[variable]), variable
    _, pdf = stats.export_annual(ws, 2026, "pdf")
    text = " ".join(_pdf_text(pdf).split())
    assert "Reach after incidents" in text
    assert "Critical incidents" in text
