"""The Audit log tab: entries in plain words, paging, and the chain check with tampering."""

from __future__ import annotations

from peerdesk.services.audit_log import AuditEntry
from peerdesk.ui.team.audit_model import ACTION, DETAILS, MEMBER, PAGE_SIZE, AuditTableModel
from peerdesk.ui.team.page import AUDIT_TAB
from team.test_page import open_team


def _entry(seq: int, action: str = "signed_in", **detail) -> AuditEntry:
    return AuditEntry(seq, "2025-03-01T09:30:00Z", "u1", action, detail)


def test_audit_model_pages_and_passes_the_model_tester(qtmodeltester):
    first_page = [_entry(PAGE_SIZE * 2 - i) for i in range(PAGE_SIZE)]
    checked = AuditTableModel()
    checked.reset(first_page, {"u1": "Dana"})
    qtmodeltester.check(checked)
    model = AuditTableModel()  # the tester keeps watching its model; page a fresh one
    asked: list[int] = []
    model.fetchRequested.connect(asked.append)
    model.reset(first_page, {"u1": "Dana"})
    assert model.canFetchMore()
    model.fetchMore()
    assert asked == [PAGE_SIZE]
    assert not model.canFetchMore()  # one request at a time
    model.append_page([_entry(5, "member_added", target="gone"), _entry(4, "locked")])
    assert model.rowCount() == PAGE_SIZE + 2
    assert not model.canFetchMore()  # a short page was the last
    row = PAGE_SIZE
    assert model.index(row, ACTION).data() == "Member added"
    assert model.index(row, DETAILS).data() == "member: removed member"
    assert model.index(row, MEMBER).data() == "Dana"
    model.clear()
    assert model.rowCount() == 0


def test_audit_lists_entries_and_verifies(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    team = open_team(qtbot, shell, wait_idle)
    team.tabs.setCurrentIndex(AUDIT_TAB)
    wait_idle()
    page = team.audit
    model = page.model
    actions = [model.index(r, ACTION).data() for r in range(model.rowCount())]
    assert actions[0] == "Signed in"  # newest first
    assert "Vault created" in actions
    assert "Locked" in actions
    assert {model.index(r, MEMBER).data() for r in range(model.rowCount())} == {"Dana Reyes"}
    page.verify_button.click()
    wait_idle()
    assert page.message.kind() == "positive"
    assert "The chain is intact" in page.message.text()
    conn = shell.workspace.vault.conn
    conn.execute("UPDATE audit_log SET action = 'member_removed' WHERE seq = 2")
    page.verify_button.click()
    wait_idle()
    assert page.message.kind() == "warning"
    text = page.message.text()
    assert "does not check out" in text
    assert "entry number 2" in text
    assert "changed or moved" in text
