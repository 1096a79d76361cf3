"""Statistics releases: every export is attacked by an independent LP and checked against raw data.

Sizes from 20 to 100,000 contacts in a quarter (the largest once), adversarial shapes,
freezing and byte-identical re-export, late contacts, differencing across a year's releases.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import re
import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from contact_support import draft
from peerdesk.domain.errors import PermissionDenied, QuarterNotClosed
from peerdesk.domain.members import Role
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import (
    Layout,
    primary_suppressed,
    round_base5,
    rounding_digest,
)
from peerdesk.domain.vocab import Format, MemberGroup, Risk, Topic
from peerdesk.services import contacts as contact_service
from peerdesk.services import policy as policy_service
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.storage import contact_repo, database
from stats_attacker import Attacker, is_magnitude, parse
from stats_truth import INCIDENT_TABLES, truth
from team_support import add, new_workspace

TODAY = date(2026, 11, 20)
Q3 = Quarter(2026, 3)


def export_both(ws, quarter=Q3, **options):
    csv_result = stats.export(ws, quarter, "csv", today=TODAY, **options)
    pdf_result = stats.export(ws, quarter, "pdf", today=TODAY)
    return csv_result.data, pdf_result.data


# ---------------------------------------------------------------------- raw-data checks

_WHERE = {
    "contacts_by_member_group": "c.member_group = ?",
    "contacts_by_format": "c.format = ?",
    "contacts_by_channel": "c.channel = ?",
    "contacts_by_risk": "c.risk = ?",
    "contacts_by_topic": "EXISTS (SELECT 1 FROM contact_topics t WHERE t.contact_id = c.id "
                         "AND t.topic = ?)",
    "referrals_by_type": "EXISTS (SELECT 1 FROM contact_referrals r WHERE r.contact_id = c.id "
                         "AND r.type = ?)",
    "contacts_by_outcome": "coalesce(c.outcome, 'not_recorded') = ?",
    "contacts_by_first_or_repeat": "coalesce(c.first_or_repeat, 'not_recorded') = ?",
}
# Incident tables whose figures are not contacts: their truth is stats_truth's.
_NOT_CONTACTS = frozenset(INCIDENT_TABLES) - {"contacts_by_outcome", "contacts_by_first_or_repeat"}


def raw_episodes(conn, quarter: str, table: str, row: str, column: str) -> tuple[int, int]:
    """(count, distinct episodes) of one published cell, straight from the contact tables."""
    where, params = ["c.reporting_quarter = ?"], [quarter]
    if table == "contacts_by_month":
        if row == "logged_late":
            where.append("c.occurred_on < ?")
            params.append(Quarter.parse(quarter).first_day.isoformat())
        elif row != "Total":
            where.append("substr(c.occurred_on, 1, 7) = ? AND c.occurred_on >= ?")
            params += [row, Quarter.parse(quarter).first_day.isoformat()]
    elif table == "member_group_by_format":
        if row != "Total":
            where.append("c.member_group = ?")
            params.append(row)
        if column != "Total":
            where.append("c.format = ?")
            params.append(column)
    elif table == "checklist_completion":
        if column != "Total":
            op = ">" if column == "ticked" else "="
            where.append(f"instr(',' || c.checklist_ticked || ',', ?) {op} 0")
            params.append(f",{row},")
    elif row != "Total":
        where.append(_WHERE[table])
        params.append(row)
    sql = " AND ".join(where)
    if table == "referrals_by_type" and row == "Total":
        return conn.execute(
            "SELECT count(*), count(DISTINCT c.episode_id) FROM contacts c JOIN "
            f"contact_referrals r ON r.contact_id = c.id WHERE {sql}", params).fetchone()
    return conn.execute(
        f"SELECT count(*), count(DISTINCT c.episode_id) FROM contacts c WHERE {sql}", params
    ).fetchone()


def check_release(ws, data: bytes, earlier: list[bytes] = (), frozen_raw: bool = True) -> None:
    """The three promises of ARCHITECTURE section 6 for one CSV, checked apart from the engine."""
    meta, cells, period = parse(data)
    k = int(meta["threshold"])
    rounding = int(meta.get("rounding", "0"))
    attacker = Attacker()
    for other in earlier:
        attacker.add_release(other)
    attacker.add_release(data)
    assert attacker.narrowest() == []
    conn = ws.vault.conn
    for (table, row, column), value in cells.items():
        if is_magnitude((table, row, column)) or value is None:
            continue
        assert not 1 <= value < k, (table, row, column, value)
        if table in _NOT_CONTACTS:
            if frozen_raw and not rounding:
                assert truth(conn, period, (table, row, column)) == value, (table, row)
            continue
        if value and frozen_raw:
            count, episodes = raw_episodes(conn, period, table, row, column)
            assert episodes >= 3, (table, row, column)
            if not rounding:
                assert count == value, (table, row, column)


# ---------------------------------------------------------------------- pure rules


def test_primary_rule_small_counts_and_few_episodes():
    assert not primary_suppressed(0, 0, 5)
    assert primary_suppressed(1, 1, 5)
    assert primary_suppressed(4, 4, 5)
    assert not primary_suppressed(5, 5, 5)
    assert primary_suppressed(40, 2, 5)  # one or two people's episodes
    assert not primary_suppressed(3, 3, 3)


def test_rounding_is_deterministic_unbiased_and_keeps_zero_meaningful():
    key = b"k" * 32
    assert round_base5(0, rounding_digest(key, "2026-Q3", "contacts")) == 0
    for value in range(1, 60):
        rounded = round_base5(value, rounding_digest(key, "2026-Q3", f"x/{value}"))
        assert rounded % 5 == 0
        assert rounded >= 5
        assert abs(rounded - value) < 5
        assert rounded == round_base5(value, rounding_digest(key, "2026-Q3", f"x/{value}"))
    ups = sum(round_base5(7, rounding_digest(key, "q", f"c{i}")) == 10 for i in range(2000))
    assert 700 < ups < 900  # 7 rounds up with probability 2/5


def test_layout_margins_are_the_one_way_cells():
    layout = Layout.for_quarter(Q3, ("a",))
    by_cell = {(t, r, c): v for t, r, c, v in layout.cells}
    assert by_cell[("member_group_by_format", "police", "Total")] == by_cell[
        ("contacts_by_member_group", "police", "contacts")]
    assert by_cell[("member_group_by_format", "Total", "defusing")] == by_cell[
        ("contacts_by_format", "defusing", "contacts")]


# ---------------------------------------------------------------------- sizes


@pytest.mark.parametrize(("n", "seed"), [(20, 1), (60, 2), (300, 3), (3000, 4)])
def test_demo_quarters_of_many_sizes_are_safe(tmp_path, n, seed):
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, n, seed=seed, start=date(2026, 7, 1), end=date(2026, 9, 30))
    csv_bytes, pdf_bytes = export_both(ws)
    check_release(ws, csv_bytes)
    assert pdf_bytes.startswith(b"%PDF")
    again_csv = stats.export(ws, Q3, "csv", today=TODAY)
    again_pdf = stats.export(ws, Q3, "pdf", today=TODAY)
    assert again_csv.data == csv_bytes
    assert not again_csv.first_export
    assert again_pdf.data == pdf_bytes
    ws.lock()


def test_a_hundred_thousand_contacts_in_a_quarter(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 100_000, seed=9, start=date(2026, 7, 1), end=date(2026, 9, 30))
    csv_bytes = stats.export(ws, Q3, "csv", today=TODAY).data
    check_release(ws, csv_bytes, frozen_raw=False)
    _, cells, _ = parse(csv_bytes)
    assert cells[("contacts_by_month", "Total", "contacts")] == 100_000
    ws.lock()


def test_rounded_release_is_safe_and_reproducible(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 400, seed=5, start=date(2026, 7, 1), end=date(2026, 9, 30))
    data = stats.export(ws, Q3, "csv", rounding=True, today=TODAY).data
    meta, cells, _ = parse(data)
    assert meta["rounding"] == "5"
    assert all(v is None or v % 5 == 0 for (t, _, _), v in cells.items()
               if t != "support_hours")
    check_release(ws, data)
    # A second request for rounding=False changes nothing: the quarter is frozen.
    assert stats.export(ws, Q3, "csv", today=TODAY).data == data
    ws.lock()


# ---------------------------------------------------------------------- adversarial shapes


def insert(ws, drafts, episodes=None) -> None:
    conn = ws.vault.conn
    author = ws.member.user_id
    with database.transaction(conn):
        first = contact_repo.next_id(conn)
        rows = []
        for i, d in enumerate(drafts):
            cid = first + i
            episode = cid if episodes is None else episodes[i] or cid
            rows.append((cid, author, d, str(Quarter.of(d.occurred_on)), episode))
        contact_repo.insert_many(conn, rows)


def spread(i: int) -> date:
    return date(2026, 7 + i % 3, 1 + i % 28)


def test_one_group_dominates_with_a_cell_of_one(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    drafts = [draft(occurred_on=spread(i), member_group=MemberGroup.POLICE) for i in range(80)]
    drafts.append(draft(occurred_on=spread(3), member_group=MemberGroup.CORRECTIONS,
                        topics=frozenset({Topic.SUBSTANCE_USE})))
    insert(ws, drafts)
    data = stats.export(ws, Q3, "csv", today=TODAY).data
    _, cells, _ = parse(data)
    assert cells[("contacts_by_member_group", "corrections", "contacts")] is None
    assert cells[("contacts_by_member_group", "police", "contacts")] is None  # secondary
    assert cells[("contacts_by_topic", "substance_use", "contacts")] is None
    check_release(ws, data)
    ws.lock()


def test_a_whole_row_of_small_cells(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    drafts = [draft(occurred_on=spread(i)) for i in range(50)]
    for i, fmt in enumerate(Format):
        size = None if fmt is Format.ONE_TO_ONE else 4
        drafts += [draft(occurred_on=spread(i + j), member_group=MemberGroup.DISPATCH,
                         format=fmt, group_size=size, incident_type=None if size is None
                         else contact_repo.IncidentType.OTHER) for j in range(1 + i % 3)]
    insert(ws, drafts)
    data = stats.export(ws, Q3, "csv", today=TODAY).data
    _, cells, _ = parse(data)
    assert all(cells[("member_group_by_format", "dispatch", f.value)] is None for f in Format)
    check_release(ws, data)
    ws.lock()


def test_one_long_episode_is_hidden_whatever_its_size(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    drafts = [draft(occurred_on=spread(i)) for i in range(60)]
    drafts += [draft(occurred_on=spread(i), member_group=MemberGroup.RETIREE,
                     risk=Risk.SOME_CONCERN) for i in range(12)]
    episodes = [None] * 60 + [0] * 12
    insert(ws, drafts, episodes)
    conn = ws.vault.conn
    first_retiree = conn.execute(
        "SELECT min(id) FROM contacts WHERE member_group = 'retiree'").fetchone()[0]
    conn.execute("UPDATE contacts SET episode_id = ? WHERE member_group = 'retiree'",
                 (first_retiree,))
    data = stats.export(ws, Q3, "csv", today=TODAY).data
    _, cells, _ = parse(data)
    assert cells[("contacts_by_member_group", "retiree", "contacts")] is None
    assert cells[("contacts_by_risk", "some_concern", "contacts")] is None
    check_release(ws, data)
    ws.lock()


def test_an_empty_quarter_publishes_zeros(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    data = stats.export(ws, Q3, "csv", today=TODAY).data
    _, cells, _ = parse(data)
    assert set(cells.values()) == {0}
    ws.lock()


# ---------------------------------------------------------------------- the ledger


def test_refuses_a_quarter_that_is_not_closed(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    with pytest.raises(QuarterNotClosed) as err:
        stats.export(ws, Quarter(2026, 4), "csv", today=TODAY)
    assert "2026-Q4 is still open" in err.value.message
    assert "from 2027-01-15" in err.value.message
    assert [(s.quarter, s.closed) for s in stats.quarter_states(ws, today=TODAY)] == [
        (Quarter(2026, 4), False)]
    ws.lock()


def test_supporters_cannot_export(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    add(ws, "Robin", Role.SUPPORTER)
    ws.lock()
    from team_support import sign_in_changed
    robin = sign_in_changed(tmp_path / "v", "Robin", "quiet meadow lantern 77")
    with pytest.raises(PermissionDenied):
        stats.export(robin, Q3, "csv", today=TODAY)
    robin.lock()


def test_contacts_saved_after_freezing_count_in_the_next_open_quarter(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 200, seed=7, start=date(2026, 7, 1), end=date(2026, 9, 30))
    first = stats.export(ws, Q3, "csv", today=TODAY).data
    late = contact_service.save_new(ws, draft(occurred_on=date(2026, 8, 3)), today=TODAY)
    assert contact_repo.get(ws.vault.conn, late).reporting_quarter == "2026-Q4"
    assert stats.export(ws, Q3, "csv", today=TODAY).data == first
    states = {s.quarter: s for s in stats.quarter_states(ws, today=TODAY)}
    assert states[Q3].frozen
    assert not states[Quarter(2026, 4)].frozen
    # Q4, once over, counts it as logged late.
    q4 = stats.view(ws, Quarter(2026, 4), today=date(2027, 1, 15))
    assert q4.values["month/logged_late"] is None  # one contact: hidden
    assert q4.values["contacts"] is None
    ws.lock()


def test_export_is_audited_with_counts_only(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 100, seed=3, start=date(2026, 7, 1), end=date(2026, 9, 30))
    stats.export(ws, Q3, "csv", today=TODAY)
    stats.export(ws, Q3, "pdf", today=TODAY)
    entries = [e for e in ws.vault.conn.execute(
        "SELECT action, detail FROM audit_log WHERE action = 'stats_exported' ORDER BY seq")]
    assert len(entries) == 2
    assert '"froze":true' in entries[0][1]
    assert '"format":"pdf"' in entries[1][1]
    ws.lock()


# ---------------------------------------------------------------------- differencing


def test_four_quarters_and_the_annual_summary_do_not_narrow_any_hidden_cell(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    make_demo_contacts(ws, 360, seed=11, start=date(2025, 1, 1), end=date(2025, 12, 31))
    # A small cell in every quarter, in the same place.
    insert(ws, [draft(occurred_on=date(2025, 3 * q - 1, 10), member_group=MemberGroup.RETIREE,
                      format=Format.ONE_TO_ONE) for q in (1, 2, 3, 4)])
    releases = [stats.export(ws, Quarter(2025, q), "csv", today=TODAY).data
                for q in (1, 2, 3, 4)]
    annual = stats.export_annual_csv(ws, 2025)
    attacker = Attacker()
    ids = [attacker.add_release(r) for r in releases]
    _, annual_cells, _ = parse(annual)
    # The attacker assumes each published annual figure is the sum of the true quarterly ones.
    for key, value in annual_cells.items():
        if value is None or key[0] in ("contacts_by_month", "checklist_completion",
                                       "support_hours"):
            continue
        attacker.add_equation({q[key]: 1.0 for q in ids if key in q}, float(value))
    assert attacker.narrowest() == []
    for data in releases:
        check_release(ws, data, frozen_raw=False)
    assert parse(annual)[1][("contacts_by_member_group", "retiree", "contacts")] is None
    ws.lock()


# ---------------------------------------------------------------------- no other door


def pdf_text(data: bytes) -> bytes:
    """Every stream of the PDF decoded (reportlab writes ASCII85 over FlateDecode), plus the
    raw file: independent of any PDF library."""
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        body = match.group(1).strip()
        with contextlib.suppress(ValueError, zlib.error):
            body = base64.a85decode(body.removesuffix(b"~>"))
        with contextlib.suppress(zlib.error):
            body = zlib.decompress(body)
        out.append(body)
    return b"\n".join(out) + data


def test_no_other_door_exports_hold_aggregates_only(tmp_path):
    ws = new_workspace(tmp_path / "v", training=True)
    policy_service.update_settings(ws, idle_lock_minutes=5, private_notes_enabled=True,
                                   notes_expiry_days=30, suppression_threshold=5)
    supporter = add(ws, "Zebulon Quartermaine", Role.SUPPORTER)
    make_demo_contacts(ws, 300, seed=4, start=date(2026, 7, 1), end=date(2026, 9, 30))
    secret = "Xylophone-Marmalade disclosed at station nine"
    contact_service.save_new(ws, replace(draft(occurred_on=date(2026, 8, 1)),
                                         private_note=secret), today=date(2026, 8, 2))
    csv_bytes, pdf_bytes = export_both(ws)
    ids = [r[0] for r in ws.vault.conn.execute("SELECT DISTINCT author FROM contacts")]
    forbidden = [secret, "Xylophone", "Zebulon", "Quartermaine", "Casey", supporter, *ids]
    text = pdf_text(pdf_bytes)
    for needle in forbidden:
        assert needle.encode() not in csv_bytes
        assert needle.encode() not in text
    assert b"practice data" in text  # the training watermark
    meta, cells, _ = parse(csv_bytes)
    assert set(meta) == {"threshold", "generated_by", "training", "rules", "program"}
    layout_cells = {(t, r, c) for t, r, c, _ in stats.view(ws, Q3).layout.cells}
    assert set(cells) == layout_cells  # fixed tables only: no row-level data
    ws.lock()


# Modules allowed to write files, and why. Anything else that writes is a new door.
WRITERS = {
    "peerdesk/storage/atomic.py": "the one atomic file writer",
    "peerdesk/storage/keyslots.py": "key-slot file",
    "peerdesk/storage/backup.py": "backups (encrypted) and the unpacked copy a restore checks",
    "peerdesk/storage/process_lock.py": "the empty single-instance lock file",
    "peerdesk/services/recovery_sheet.py": "recovery key sheet",
    "peerdesk/cli.py": "bug log (traceback, no arguments)",
}


def test_no_module_writes_files_outside_the_known_doors():
    root = Path(__file__).resolve().parents[3]
    offenders = []
    for path in sorted((root / "peerdesk").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("peerdesk/ui/") or rel in WRITERS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("write_bytes", "write_text",
                                                                 "setText", "setMimeData"):
                offenders.append(f"{rel}:{node.lineno} {node.attr}")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "open" and len(node.args) > 1
                    and isinstance(node.args[1], ast.Constant)
                    and any(m in str(node.args[1].value) for m in "wax")):
                offenders.append(f"{rel}:{node.lineno} open")
    assert offenders == []
