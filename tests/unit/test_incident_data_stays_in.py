"""Incident data leaves the app only as statistics (ARCHITECTURE section 11): no module below the
UI other than the incident repository, the contact repository (a contact's own link, shown to its
author), the statistics engine and the demo-data generator reads or writes the incident tables,
so no export, backup text, log or command can hold them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "peerdesk"
TABLES = (r"incidents|incident_outreach|incident_responders|incident_groups|"
          r"incident_follow_ups|group_interventions|group_intervention_facilitators")
SQL_USE = re.compile(rf"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:{TABLES})\b"
                     r"|\bincident_id\b.*\bFROM\b|\bSELECT\b[^\"']*\bincident_id\b")
ALLOWED = {
    "storage/incident_repo.py",
    "storage/contact_repo.py",
    "storage/stats_repo.py",
    "services/demo_incidents.py",
}


def _readers() -> set[str]:
    found = set()
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("ui/"):
            continue
        if SQL_USE.search(path.read_text(encoding="utf-8")):
            found.add(rel)
    return found


def test_only_the_repository_the_statistics_and_demo_data_touch_incident_tables():
    readers = _readers()
    assert "storage/incident_repo.py" in readers  # the pattern finds what it looks for
    outside = {r for r in readers if r not in ALLOWED and not r.startswith("services/stats/")}
    assert not outside, f"incident tables read outside the allowed modules: {sorted(outside)}"


def test_the_pattern_sees_a_reader_it_should_refuse():
    sample = 'rows = conn.execute("SELECT kind, personnel_involved FROM incidents")'
    assert SQL_USE.search(sample)
    assert not SQL_USE.search('"""Critical incidents: the record, outreach."""')
