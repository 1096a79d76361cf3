"""Render the Statistics screen's incident tables (critical incidents, reach with its
percentages, group interventions, incident response and follow-up, contacts by outcome and by
first or repeat) and the trend with its incidents column, in English and French, at 1366x768,
and the PDF report of the same quarter. Uses a training vault with demo contacts and demo
incidents logged through the incident services.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/render_incident_stats_shots.py
[OUT_DIR [NAME_SUFFIX]] (default OUT_DIR: shots/, suffix en); for French run it with
LANG=fr_CA.UTF-8 LC_ALL=fr_CA.UTF-8 and the suffix fr. Not a test: a tool to look at the screens.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_TESTONLY_WEAKEN_KDF", "1")

from peerdesk.domain.contacts import ContactDraft
from peerdesk.domain.incidents import GroupInterventionDraft, IncidentDraft
from peerdesk.domain.quarters import Quarter, first_open_quarter
from peerdesk.domain.stats import TABLES
from peerdesk.domain.vocab import (
    Channel,
    FirstOrRepeat,
    Format,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    Outcome,
    OutreachMethod,
    Topic,
)
from peerdesk.services import contacts, incidents
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto
from peerdesk.ui.kit import theme
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.shell.shell import Shell
from peerdesk.ui.statistics.page import TREND_TAB, StatisticsPage
from render_shots import PASSPHRASE, save, settle, sign_in
from render_stats_shots import _Answers

LAST = first_open_quarter(date.today(), 14).previous()  # the newest closed quarter
QUARTERS = (LAST.previous().previous(), LAST.previous(), LAST)
GROUP = (Format.DEFUSING, Format.DEBRIEFING, Format.CRISIS_MANAGEMENT_BRIEFING)


def demo_incidents(ws: Workspace, quarter: Quarter, n: int, rng: random.Random) -> None:
    """``n`` incidents of the quarter with outreach, group interventions, a closed acute phase
    and linked contacts with outcomes, logged as of the quarter's last day."""
    now = datetime.combine(quarter.last_day, datetime.min.time()) + timedelta(hours=22)
    kinds = list(IncidentType)[:5]
    for _ in range(n):
        at = datetime.combine(quarter.first_day + timedelta(days=rng.randrange(75)),
                              datetime.min.time()) + timedelta(hours=rng.randrange(24))
        involved = rng.choice((6, 10, 14, 25, 40))
        ident = incidents.log(ws, IncidentDraft(
            occurred_at=at, kind=rng.choice(kinds), member_groups=frozenset({MemberGroup.FIRE}),
            personnel_involved=involved, lead=ws.member.user_id), now=now)
        left = involved
        for fmt in rng.sample(GROUP, rng.randint(1, 2)):
            newly = min(left, rng.randint(3, 8))
            incidents.log_intervention(ws, ident, GroupInterventionDraft(
                format=fmt, held_at=at + timedelta(hours=rng.randint(3, 60)),
                duration_min=rng.choice((60, 90, 120)), attendees=max(2, newly + rng.randint(0, 4)),
                facilitators=frozenset({ws.member.user_id}), newly_reached=newly), now=now)
            left -= newly
        if left > 0:
            incidents.record_outreach(ws, ident, rng.randint(1, left), OutreachMethod.ONE_TO_ONE,
                                      at=at + timedelta(hours=rng.randint(4, 150)), now=now)
        closed = at.date() + timedelta(days=rng.randint(2, 4))
        incidents.close_acute_phase(ws, ident, today=closed)
        for days in (1, 2, 9, 15):
            contacts.save_new(ws, ContactDraft(
                occurred_on=at.date() + timedelta(days=days), duration_min=rng.choice((30, 60)),
                channel=Channel.IN_PERSON, initiated_by=InitiatedBy.AFTER_CRITICAL_INCIDENT,
                member_group=MemberGroup.FIRE, format=Format.ONE_TO_ONE,
                topics=frozenset({Topic.CRITICAL_INCIDENT}), incident_type=IncidentType.OTHER,
                incident_id=ident, outcome=rng.choice(list(Outcome)),
                first_or_repeat=FirstOrRepeat.FIRST if days < 5 else FirstOrRepeat.REPEAT,
                checklist_ticked=frozenset({"confidentiality_explained"})),
                today=quarter.last_day)


def _vault(folder: Path) -> None:
    ws, _key = Workspace.create(folder, "Dana Reyes", PASSPHRASE, PASSPHRASE, training=True,
                                kdf=crypto.KdfParams.weak_for_tests())
    rng = random.Random(7)
    for seed, quarter in enumerate(QUARTERS, start=11):
        make_demo_contacts(ws, 260, seed=seed, start=quarter.first_day, end=quarter.last_day)
        demo_incidents(ws, quarter, 22 + 4 * seed % 9, rng)
        stats.export(ws, quarter, "csv")
    (folder.parent / "report.pdf").write_bytes(stats.export(ws, LAST, "pdf").data)
    (folder.parent / "rapport.pdf").write_bytes(
        stats.export(ws, LAST.previous(), "pdf", language="fr_CA").data)
    ws.lock()


def main(out: Path, language: str = "en") -> None:
    """``language`` only names the files: the app takes the system's language."""
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    theme.apply(app, True)
    root = Path(tempfile.mkdtemp(prefix="peerdesk-incident-stats-shots-"))
    _vault(root / "vault")
    for name in ("report.pdf", "rapport.pdf"):
        (out / f"incident-stats-{name}").write_bytes((root / name).read_bytes())
    shell = Shell(root / "vault", True, dialogs=_Answers(out, root), idle_lock_ms=0)
    shell.start()
    sign_in(shell, PASSPHRASE)
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    window.show_section("statistics")  # type: ignore[attr-defined]
    settle(shell, 1.0)
    page = window.findChild(StatisticsPage, "statisticsPage")
    view = page.release_view
    view.quarter_combo.setCurrentIndex(view.quarters.row_of(LAST))
    settle(shell, 1.0)
    for table in ("incidents_by_kind", "incident_reach", "group_interventions",
                  "incident_hours", "contacts_by_outcome", "contacts_by_first_or_repeat"):
        view.table_list.setCurrentRow(TABLES.index(table))
        settle(shell)
        save(window, out, f"statistics-{table}-{language}")
    page.tabs.setCurrentIndex(TREND_TAB)
    settle(shell)
    save(window, out, f"statistics-trend-incidents-{language}")
    shell.shutdown()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"),
         sys.argv[2] if len(sys.argv) > 2 else "en")
