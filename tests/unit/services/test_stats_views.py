"""No two views of one quarter a coordinator can obtain ever differ.

A quarter closes a set number of days after it ends; nothing of it can be seen before; the
first look is its release; contacts saved, edited or deleted afterwards change no later look,
through the service or the command line. Also: the annual summary as a release of its own,
"hidden" (never "<k") in the PDF, checklist items by version, the program's name as plain text.
"""

from __future__ import annotations

import io
import re
import sys
from dataclasses import replace
from datetime import date, timedelta

import pytest

from contact_support import draft, save_edit_delete
from peerdesk.cli import main
from peerdesk.domain.errors import QuarterNotClosed
from peerdesk.domain.quarters import Quarter, first_open_quarter
from peerdesk.domain.vocab import Format, MemberGroup
from peerdesk.services import contacts
from peerdesk.services import policy as policy_service
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.storage import contact_repo
from services.test_stats import pdf_text
from stats_attacker import Attacker, parse
from team_support import COORD_PASS, new_workspace

# The newest quarter closed on the real date (the command line runs on it), at the default 14.
CLOSED = first_open_quarter(date.today(), 14).previous()


def pdf_words(data: bytes) -> str:
    """The text a PDF shows, its lines joined by spaces (reportlab writes one string per line),
    from the decoded content streams only."""
    streams = pdf_text(data)[: -len(data)].decode("latin-1")
    parts = re.findall(r"\(((?:\\.|[^\\)])*)\)\s*Tj", streams)
    return " ".join(re.sub(r"\\([()\\])", r"\1", p) for p in parts)


def pages(text: str) -> int:
    return int(re.search(r"Page 1 of (\d+)", text).group(1))


def times(text: str, words: str) -> int:
    """How often ``words`` is printed (reportlab may write one line in several pieces)."""
    return text.replace(" ", "").count(words.replace(" ", ""))


def cli_export(monkeypatch, capsys, folder, out, *extra: str) -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO(COORD_PASS + "\n"))
    code = main(["stats", "export", "--format", "csv", "--out", str(out), "--user", "Casey",
                 "--vault", str(folder), "--training", *extra])
    printed, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return printed


# ---------------------------------------------------------------------- the invariant


def test_two_looks_at_a_finished_quarter_are_identical_service_and_cli(
        monkeypatch, capsys, tmp_path):
    folder = tmp_path / "v"
    ws = new_workspace(folder, training=True)
    make_demo_contacts(ws, 60, seed=8, start=CLOSED.first_day, end=CLOSED.last_day)
    first = stats.view(ws, CLOSED)  # the first look releases it
    assert first.frozen_at is not None
    csv_first = stats.export(ws, CLOSED, "csv").data
    save_edit_delete(ws, CLOSED)
    assert stats.view(ws, CLOSED).to_json() == first.to_json()
    assert stats.export(ws, CLOSED, "csv").data == csv_first
    ws.lock()
    printed = cli_export(monkeypatch, capsys, folder, tmp_path / "a.csv", "--quarter",
                         str(CLOSED))
    assert "already released" in printed
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    save_edit_delete(ws, CLOSED)
    ws.lock()
    cli_export(monkeypatch, capsys, folder, tmp_path / "b.csv", "--quarter", str(CLOSED))
    assert (tmp_path / "a.csv").read_bytes() == csv_first
    assert (tmp_path / "b.csv").read_bytes() == csv_first


def test_the_first_look_on_the_command_line_is_the_release_too(monkeypatch, capsys, tmp_path):
    folder = tmp_path / "v"
    ws = new_workspace(folder, training=True)
    make_demo_contacts(ws, 40, seed=5, start=CLOSED.first_day, end=CLOSED.last_day)
    ws.lock()
    printed = cli_export(monkeypatch, capsys, folder, tmp_path / "a.csv", "--quarter",
                         str(CLOSED))
    assert "released and frozen now" in printed
    ws = Workspace.unlock(folder, "Casey", COORD_PASS)
    save_edit_delete(ws, CLOSED)
    seen = stats.view(ws, CLOSED)
    program = stats.program_name(ws)
    ws.lock()
    assert stats.with_program(stats.release_csv(seen), program) == (
        tmp_path / "a.csv").read_bytes()


def test_nothing_of_a_quarter_is_seen_before_it_closes(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    q3 = Quarter(2026, 3)
    make_demo_contacts(ws, 40, seed=3, start=q3.first_day, end=q3.last_day)
    before, closing = date(2026, 10, 14), date(2026, 10, 15)
    for look in (lambda: stats.view(ws, q3, today=before),
                 lambda: stats.export(ws, q3, "csv", today=before),
                 lambda: stats.export(ws, q3, "pdf", today=before)):
        with pytest.raises(QuarterNotClosed) as err:
            look()
        assert "from 2026-10-15" in err.value.message
    assert stats.releases(ws) == []
    states = {s.quarter: s for s in stats.quarter_states(ws, today=before)}
    assert not states[q3].closed
    assert states[q3].closes_on == closing
    assert not states[Quarter(2026, 4)].closed
    # Logged late but before it closes: it still counts in its quarter.
    late = contacts.save_new(ws, draft(occurred_on=date(2026, 9, 20)), today=before)
    assert contact_repo.get(ws.vault.conn, late).reporting_quarter == "2026-Q3"
    # Closed (not yet looked at): nothing more counts in it.
    later = contacts.save_new(ws, draft(occurred_on=date(2026, 9, 21)), today=closing)
    assert contact_repo.get(ws.vault.conn, later).reporting_quarter == "2026-Q4"
    first = stats.view(ws, q3, today=closing)
    assert first.values["contacts"] == 41
    save_edit_delete(ws, q3, today=closing)
    assert stats.view(ws, q3, today=closing).to_json() == first.to_json()
    ws.lock()


def test_the_closing_days_are_the_programs_policy(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    q3 = Quarter(2026, 3)
    make_demo_contacts(ws, 60, seed=8, start=q3.first_day, end=q3.last_day)
    with pytest.raises(QuarterNotClosed):
        stats.view(ws, q3, today=date(2026, 10, 2))
    policy_service.update_settings(ws, idle_lock_minutes=5, private_notes_enabled=False,
                                   notes_expiry_days=30, suppression_threshold=5, close_days=0)
    assert stats.view(ws, q3, today=date(2026, 10, 2)).period == "2026-Q3"
    assert [r.period for r in stats.releases(ws)] == ["2026-Q3"]
    with pytest.raises(Exception, match="close_days"):
        policy_service.update_settings(ws, idle_lock_minutes=5, private_notes_enabled=False,
                                       notes_expiry_days=30, suppression_threshold=5,
                                       close_days=61)
    ws.lock()


# ---------------------------------------------------------------------- the annual release


def _insert(ws: Workspace, quarter: Quarter, drafts: list) -> None:
    today = quarter.last_day + timedelta(days=1)
    for d in drafts:
        contacts.save_new(ws, d, today=today)


def test_the_annual_summary_holds_the_threshold_and_rounding_it_states(
        monkeypatch, capsys, tmp_path):
    folder = tmp_path / "v"
    ws = new_workspace(folder, training=True)
    q1, q2 = Quarter(2025, 1), Quarter(2025, 2)
    settings = {"idle_lock_minutes": 5, "private_notes_enabled": False, "notes_expiry_days": 30}
    police = [draft(occurred_on=date(2025, 2, 1 + i % 27)) for i in range(40)]
    fire = [draft(occurred_on=date(2025, 2, 3 + i), member_group=MemberGroup.EMS,
                  format=Format.ONE_TO_ONE) for i in range(4)]
    _insert(ws, q1, police + fire)
    _insert(ws, q2, [replace(d, occurred_on=date(2025, 5, 1 + i % 27))
                     for i, d in enumerate(police)])
    # Q1 released exactly at threshold 3 (4 EMS contacts published), Q2 at 5 and rounded.
    policy_service.update_settings(ws, suppression_threshold=3, **settings)
    q1_csv = stats.export(ws, q1, "csv", today=date(2025, 12, 1)).data
    assert parse(q1_csv)[1][("contacts_by_member_group", "ems", "contacts")] == 4
    policy_service.update_settings(ws, suppression_threshold=5, **settings)
    stats.export(ws, q2, "csv", rounding=True, today=date(2025, 12, 1))
    summary = stats.annual_summary(ws, 2025)
    assert (summary.threshold, summary.rounding) == (5, 5)
    assert summary.values["member_group/ems"] is None  # 4 < 5: hidden, though Q1 showed it
    data = stats.export_annual_csv(ws, 2025)
    meta, cells, period = parse(data)
    assert (period, meta["threshold"], meta["rounding"]) == ("2025", "5", "5")
    for (table, _, _), value in cells.items():
        if table != "support_hours" and value is not None:
            assert value == 0 or value >= 5
            assert value % 5 == 0  # rounded, though Q1 was exact
    attacker = Attacker()
    attacker.add_release(data)
    assert attacker.narrowest() == []
    ws.lock()
    # The same release from the command line, as CSV and as PDF.
    cli_export(monkeypatch, capsys, folder, tmp_path / "y.csv", "--year", "2025")
    assert (tmp_path / "y.csv").read_bytes() == data
    monkeypatch.setattr(sys, "stdin", io.StringIO(COORD_PASS + "\n"))
    assert main(["stats", "export", "--year", "2025", "--format", "pdf", "--out",
                 str(tmp_path / "y.pdf"), "--user", "Casey", "--vault", str(folder),
                 "--training", "--program", "Ambulance & Fire <North>"]) == 0
    text = pdf_words((tmp_path / "y.pdf").read_bytes())
    # On the cover (plain text, not reportlab markup) and in every page's footer.
    assert times(text, "Ambulance & Fire <North>") == pages(text) + 1
    assert "Annual summary." in text
    assert "2025-Q1, 2025-Q2" in text


# ---------------------------------------------------------------------- the PDF and its words


def test_the_pdf_says_hidden_never_less_than_k_and_escapes_the_program_name(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    q3 = Quarter(2026, 3)
    make_demo_contacts(ws, 30, seed=3, start=q3.first_day, end=q3.last_day)
    policy_service.update_settings(ws, idle_lock_minutes=5, private_notes_enabled=False,
                                   notes_expiry_days=30, suppression_threshold=5,
                                   program_name="Fire & Rescue <Team>")
    result = stats.export(ws, q3, "pdf", today=date(2026, 11, 20))
    assert result.release.suppressed
    text = pdf_words(result.data)
    assert "<5" not in text
    assert "&lt;" not in text
    assert " hidden " in text
    assert "Which is which is never shown." in text
    assert times(text, "Fire & Rescue <Team>") == pages(text) + 1  # cover and every footer
    assert "A quarter closes 14 days after it ends." in text
    assert "What is guaranteed, and against whom." in text
    ws.lock()


def test_a_checklist_item_is_reported_only_where_every_contact_was_asked_it(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    q2, q3 = Quarter(2026, 2), Quarter(2026, 3)
    make_demo_contacts(ws, 60, seed=8, start=q2.first_day, end=q2.last_day)
    old = [item.text for item in policy_service.current(ws).checklist.items]
    policy_service.update_checklist(ws, [*old, "I told them how to reach the team again."])
    make_demo_contacts(ws, 60, seed=8, start=q3.first_day, end=q3.last_day)
    new_code = policy_service.current(ws).checklist.items[-1].code
    earlier = stats.view(ws, q2, today=date(2026, 11, 20))
    later = stats.export(ws, q3, "pdf", today=date(2026, 11, 20))
    assert new_code not in earlier.layout.checklist
    assert new_code in later.release.layout.checklist
    ticked = later.release.values[f"checklist/{new_code}/ticked"]
    not_ticked = later.release.values[f"checklist/{new_code}/not_ticked"]
    assert None in (ticked, not_ticked) or ticked + not_ticked == 60
    assert "I told them how to reach the team again." in pdf_words(later.data)
    assert new_code not in stats.annual_summary(ws, 2026).layout.checklist
    ws.lock()
