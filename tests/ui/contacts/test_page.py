"""My contacts: lazy keyset paging, filters in SQL, delete with confirmation, lock clears rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt

from contact_ui_support import draft, prepare, sign_in
from peerdesk.domain.vocab import Format, MemberGroup, Topic
from peerdesk.services import audit_log, contacts
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.ui.contacts.list_model import PAGE_SIZE
from peerdesk.ui.contacts.section import LIST_TAB

DEMO = 2_500


@pytest.fixture
def demo_vault(vault_factory):
    folder = vault_factory("practice", training=True)
    prepare(folder, work=lambda ws: make_demo_contacts(ws, DEMO, seed=5))
    return folder


def _open_list(qtbot, section):
    section.tabs.setCurrentIndex(LIST_TAB)
    qtbot.waitUntil(lambda: section.list.model.rowCount() > 0 and not section.list.model.loading)
    return section.list.model


def test_fetch_more_loads_pages_lazily(qtbot, demo_vault, make_shell, wait_idle):
    window, section = sign_in(qtbot, make_shell(demo_vault), wait_idle)
    model = _open_list(qtbot, section)
    wait_idle()
    assert model.rowCount() == PAGE_SIZE  # only the first page, not all 2,500
    assert model.canFetchMore(QModelIndex())
    section.list.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 2 * PAGE_SIZE)
    wait_idle()
    assert model.rowCount() < DEMO
    days = [model.summary(i).occurred_on for i in range(model.rowCount())]
    assert days == sorted(days, reverse=True)  # newest first, across pages
    ids = [model.summary(i).id for i in range(model.rowCount())]
    assert len(set(ids)) == len(ids)  # keyset paging never repeats a row
    assert "scroll for more" in section.list.status.text()
    total = contacts.count(window.workspace)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_idle()
    assert model.rowCount() == total


def test_the_list_model_passes_the_model_tester(qtbot, qtmodeltester, vault_factory, make_shell,
                                                wait_idle):
    # The tester calls fetchMore after every insertion, so it pages through everything: a
    # smaller vault keeps that quick.
    folder = vault_factory("practice", training=True)
    prepare(folder, work=lambda ws: make_demo_contacts(ws, 450, seed=6))
    _window, section = sign_in(qtbot, make_shell(folder), wait_idle)
    model = _open_list(qtbot, section)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    wait_idle()
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    codes = {m.value for m in MemberGroup}
    shown = {model.index(r, model.GROUP).data() for r in range(model.rowCount())}
    assert not shown & (codes - {"police", "fire", "ems"})  # labels, never codes
    qtmodeltester.check(section.follow_ups.model)


def test_filters_run_in_sql_and_reset_the_model(qtbot, vault, make_shell, wait_idle):
    today = date.today()

    def add(ws):
        contacts.save_new(ws, draft(member_group=MemberGroup.FIRE))
        contacts.save_new(ws, draft(member_group=MemberGroup.EMS, topics=frozenset(
            {Topic.GRIEF_LOSS}), occurred_on=today - timedelta(days=100)))
        contacts.save_new(ws, draft(format=Format.SMALL_GROUP, group_size=4,
                                    follow_up_due=today - timedelta(days=1)))

    prepare(vault, work=add)
    _window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    page = section.list
    model = _open_list(qtbot, section)
    assert model.rowCount() == 3

    def choose(box, code):
        box.setCurrentIndex(box.findData(code))
        wait_idle()

    choose(page.group, "ems")
    assert model.rowCount() == 1
    assert model.index(0, model.GROUP).data() == "EMS"
    choose(page.group, None)
    choose(page.topic, "grief_loss")
    assert model.rowCount() == 1
    choose(page.topic, None)
    choose(page.format, "small_group")
    assert model.rowCount() == 1
    assert model.index(0, model.FORMAT).data() == "Small group"
    choose(page.format, None)
    page.due.setChecked(True)
    wait_idle()
    assert model.rowCount() == 1
    assert model.index(0, model.FOLLOW_UP).data().startswith("Overdue")
    page.due.setChecked(False)
    choose(page.period, "30")
    assert model.rowCount() == 2
    choose(page.period, "custom")
    page.date_from.setDate(page.date_from.date().addDays(-200))
    wait_idle()
    assert model.rowCount() == 3
    choose(page.group, "retiree")
    assert model.rowCount() == 0
    assert "No contacts match" in page.status.text()


def test_delete_asks_first_and_is_audited(qtbot, vault, make_shell, wait_idle, dialogs):
    prepare(vault, work=lambda ws: (contacts.save_new(ws, draft()), contacts.save_new(ws, draft())))
    window, section = sign_in(qtbot, make_shell(vault), wait_idle)
    model = _open_list(qtbot, section)
    table = section.list.table
    table.setCurrentIndex(model.index(0, 0))
    table.setFocus()
    dialogs.answers.append(False)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    wait_idle()
    assert dialogs.asked == [("confirm", "Delete this contact?")]
    assert contacts.count(window.workspace) == 2
    dialogs.answers.append(True)
    qtbot.mouseClick(section.list.delete_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert contacts.count(window.workspace) == 1
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert "deleted" in section.list.message.text()
    assert "contact_deleted" in [e.action for e in audit_log.entries(window.workspace)]


def test_locking_drops_every_row(qtbot, demo_vault, make_shell, wait_idle):
    window, section = sign_in(qtbot, make_shell(demo_vault), wait_idle)
    model = _open_list(qtbot, section)
    follow_ups = section.follow_ups.model
    assert model.rowCount() > 0
    assert follow_ups.rowCount() > 0
    section.form.fields.duration.setValue(77)
    seen = []
    form = section.form
    # Record what each model holds when it is reset during locking (the page is deleted after).
    model.modelReset.connect(lambda: seen.append(("list", model.rowCount())))
    follow_ups.modelReset.connect(lambda: seen.append(("follow_ups", follow_ups.rowCount())))
    form.fields.duration.valueChanged.connect(lambda value: seen.append(("duration", value)))
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    wait_idle()
    assert ("list", 0) in seen
    assert ("follow_ups", 0) in seen
    assert ("duration", 30) in seen  # what was typed is gone too
    assert not shiboken6.isValid(model)  # and the page itself is gone
