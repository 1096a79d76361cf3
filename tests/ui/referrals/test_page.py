"""The Referrals section: type-to-search, filters, the detail pane, coordinator edits, a
supporter without edit controls, the first-run prompt, and a lock that empties the model."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.members import Role
from peerdesk.domain.referral_csv import ImportProblem
from peerdesk.domain.referrals import Cost, Resource, ResourceCategory
from peerdesk.domain.vocab import ReferralType
from peerdesk.services import referrals
from peerdesk.services.workspace import Workspace
from peerdesk.ui.referrals.lookup import ReferralLookupDialog
from peerdesk.ui.referrals.models import (
    HOURS,
    NAME,
    STATUS,
    NeedsAttentionRole,
    ProblemListModel,
    ResourceTableModel,
)
from peerdesk.ui.referrals.page import DirectoryPage
from peerdesk.ui.referrals.resource_dialog import ResourceDialog
from shell_support import PASSPHRASE, sign_in_window

COORDINATOR = "Dana Reyes"
SUPPORTER = "Pat Peer"
TODAY = date(2026, 5, 4)
HARBOUR = Resource("Harbour Counselling", ResourceCategory.CLINICIAN, phone="+1 902 555 0144",
                   region="Nova Scotia", languages="English, French", cost=Cost.FEE,
                   first_responder_informed=True, last_verified=date(2026, 1, 10))


def open_directory(qtbot: Any, shell: Any, wait_idle: Any, member: str = "") -> DirectoryPage:
    """Sign in (as ``member``), open the Referrals section and wait for its first results."""
    window = sign_in_window(qtbot, shell, wait_idle, member)
    window.show_section("referrals")
    page = window.findChild(DirectoryPage, "referralsPage")
    assert page is not None
    wait_idle()
    return page


def names(model: ResourceTableModel) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def with_workspace(folder: Path, work: Any, member: str = COORDINATOR) -> Any:
    ws = Workspace.unlock(folder, member, PASSPHRASE)
    try:
        return work(ws)
    finally:
        ws.lock()


def test_resource_model_passes_the_model_tester(qapp, qtmodeltester):
    model = ResourceTableModel(today=TODAY)
    model.set_resources([
        Resource("988 Lifeline", ResourceCategory.CRISIS_LINE, phone="988", available_24_7=True,
                 last_verified=date(2026, 3, 1), id=1),
        Resource("EXAMPLE — Chaplain", ResourceCategory.CHAPLAIN, is_example=True, id=2),
        Resource("Old Clinic", ResourceCategory.MEDICAL, hours="Mon–Fri 8–18",
                 last_verified=date(2024, 2, 3), id=3),
    ])
    qtmodeltester.check(model)
    assert [model.index(r, STATUS).data() for r in range(3)] == [
        "Verified Mar 2026", "Example to replace", "Not verified since Feb 2024"]
    assert [model.index(r, HOURS).data() for r in range(3)] == ["24/7", "", ""]
    assert [model.index(r, 0).data(NeedsAttentionRole) for r in range(3)] == [False, True, True]
    assert model.index(2, STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, STATUS).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.row_of(3) == 2
    model.clear()
    assert model.rowCount() == 0
    problems = ProblemListModel()
    problems.set_problems([ImportProblem(4, "unknown category")])
    qtmodeltester.check(problems)
    assert problems.index(0, 0).data() == "Line 4: unknown category"


def test_type_to_search_and_copy_the_number(qtbot, vault, make_shell, wait_idle):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    qtbot.waitUntil(page.search.hasFocus, timeout=5_000)  # focused when it opens
    assert page.model.rowCount() == 14  # the starter directory, installed at the first visit
    first = [page.model.resource_at(r).category for r in range(3)]
    assert first == [ResourceCategory.CRISIS_LINE] * 3  # crisis lines open 24/7 first
    with qtbot.waitSignal(page.resultsShown, timeout=5_000):
        qtbot.keyClicks(page.search, "helpl")  # a prefix, typed key by key
    qtbot.waitUntil(lambda: names(page.model) == ["9-8-8 Suicide Crisis Helpline"],
                    timeout=5_000)
    assert page.status.text() == "1 resource"
    assert page.detail.name.text() == "9-8-8 Suicide Crisis Helpline"
    assert page.detail.phone.text() == "988"
    assert page.detail.stale_flag.isVisible()  # never verified: said in words
    assert page.detail.stale_flag.label.text() == "Never verified"
    qtbot.mouseClick(page.detail.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "988"
    page.search.setText("zzzz nothing")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5_000)
    assert "No resource matches" in page.status.text()
    assert not page.detail.name.isVisible()


def test_stale_answers_are_dropped(qtbot, vault, make_shell, wait_idle):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    shown: list[int] = []
    page.resultsShown.connect(shown.append)
    page.search.setText("crisis")
    page.search_now()
    page.search.setText("helpline")
    page.search_now()  # two questions queued; only the newest answer reaches the model
    wait_idle()
    assert shown == [1]
    assert names(page.model) == ["9-8-8 Suicide Crisis Helpline"]


def test_filters_are_keyboard_reachable_and_narrow_the_results(qtbot, vault, make_shell,
                                                              wait_idle):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    qtbot.waitUntil(page.search.hasFocus, timeout=5_000)
    qtbot.keyClick(page.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.filters.category
    category = page.filters.category
    with qtbot.waitSignal(page.resultsShown, timeout=5_000):
        category.setCurrentIndex(category.findText("Crisis line"))
    assert len(names(page.model)) == 4  # three real lines and one example
    with qtbot.waitSignal(page.resultsShown, timeout=5_000):
        qtbot.keyClick(page.filters.around_clock, Qt.Key.Key_Space)
    assert "EXAMPLE — Local mobile crisis team" not in names(page.model)
    assert len(names(page.model)) == 3
    region = page.filters.region
    assert region.findText("Canada") > 0  # choices come from the directory
    with qtbot.waitSignal(page.resultsShown, timeout=5_000):
        region.setCurrentIndex(region.findText("Canada"))
    assert names(page.model) == ["9-8-8 Suicide Crisis Helpline"]
    assert page.filters.reset_button.isVisible()
    with qtbot.waitSignal(page.resultsShown, timeout=5_000):
        page.filters.reset_button.click()
    assert page.model.rowCount() == 14


def test_coordinator_adds_with_an_inline_phone_error_then_saves(qtbot, vault, make_shell,
                                                                wait_idle):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    assert page.directory_actions is not None
    assert page.directory_actions.first_run.isVisible()  # examples still there: the calm prompt
    qtbot.mouseClick(page.directory_actions.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ResourceDialog)
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.edits["name"], "Harbour Counselling")
    dialog.category.setCurrentIndex(dialog.category.findText("Clinician"))
    qtbot.keyClicks(dialog.edits["phone"], "902-CALL-NOW")
    qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Return)  # Enter saves
    wait_idle()
    assert dialog.isVisible()
    assert dialog.errors["phone"].isVisible()
    assert "digits" in dialog.errors["phone"].text()
    assert dialog.edits["phone"].hasFocus()
    assert "Harbour Counselling" not in names(page.model)
    dialog.edits["phone"].setText("+1 902 555 0144")
    assert not dialog.errors["phone"].isVisible()  # the error goes as the field changes
    with qtbot.waitSignal(page.resultsShown, timeout=5_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert "Harbour Counselling" in names(page.model)
    assert page.selected().name == "Harbour Counselling"
    assert page.detail.phone.text() == "+1 902 555 0144"
    assert not page.detail.stale_flag.isVisible()  # verified today when added
    assert "was saved" in page.message.text()


def test_coordinator_edits_marks_verified_and_deletes(qtbot, vault, make_shell, wait_idle,
                                                      dialogs):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    page.search.setText("department chaplain")
    qtbot.waitUntil(lambda: names(page.model) == ["EXAMPLE — Department chaplain"], timeout=5_000)
    assert page.detail.example_flag.isVisible()
    page.directory_actions.edit_button.click()
    dialog = page.findChild(ResourceDialog)
    dialog.edits["phone"].setText("+1 416 555 0100")
    dialog.ok_button.click()  # still marked an example: an example has no phone
    wait_idle()
    assert "example entry has no phone" in dialog.errors["phone"].text()
    dialog.edits["name"].setText("St Brendan chaplaincy")
    dialog.example.setChecked(False)
    dialog.ok_button.click()
    wait_idle()
    page.search.setText("brendan")
    qtbot.waitUntil(lambda: names(page.model) == ["St Brendan chaplaincy"], timeout=5_000)
    assert not page.detail.example_flag.isVisible()
    page.directory_actions.verify_button.click()
    wait_idle()
    assert "verified today" in page.message.text()
    dialogs.answers.append(True)
    page.directory_actions.delete_button.click()
    wait_idle()
    assert dialogs.asked[-1] == ("confirm", "Delete St Brendan chaplaincy?")
    assert page.model.rowCount() == 0


def test_supporter_sees_no_edit_controls_and_the_service_refuses(qtbot, vault_factory,
                                                                  make_shell, wait_idle, tasks):
    folder = vault_factory(extra={SUPPORTER: frozenset({Role.SUPPORTER})})
    with_workspace(folder, lambda ws: (referrals.install_starter_directory(ws),
                                       referrals.add(ws, HARBOUR)))
    page = open_directory(qtbot, make_shell(folder), wait_idle, SUPPORTER)
    assert page.directory_actions is None
    for name in ("addResourceButton", "importButton", "exportButton", "editResourceButton",
                 "markVerifiedButton", "deleteResourceButton", "firstRunImportButton"):
        assert page.findChild(QPushButton, name) is None
    assert page.findChild(QPushButton, "copyNumberButton") is not None
    assert "Harbour Counselling" in names(page.model)  # a supporter can still search
    failures: list[BaseException] = []
    ws = page.workspace
    tasks.run(lambda: referrals.add(ws, HARBOUR), None, failures.append)
    tasks.run(lambda: referrals.delete(ws, 1), None, failures.append)
    wait_idle()
    assert [type(f) for f in failures] == [PermissionDenied, PermissionDenied]


def test_first_run_prompt_goes_once_the_examples_are_replaced(qtbot, vault, make_shell,
                                                              wait_idle):
    with_workspace(vault, lambda ws: referrals.add(ws, HARBOUR))  # a directory of its own
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    assert page.counts.examples == 0
    assert not page.directory_actions.first_run.isVisible()
    assert names(page.model) == ["Harbour Counselling"]


def test_locking_empties_the_model(qtbot, vault, make_shell, wait_idle):
    shell = make_shell(vault)
    page = open_directory(qtbot, shell, wait_idle)
    page.search.setText("988")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5_000)
    model, window = page.model, shell.window
    seen: list[int] = []
    model.modelReset.connect(lambda: seen.append(model.rowCount()))
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    wait_idle()
    assert seen[-1] == 0  # emptied before the page was dropped
    assert not shiboken6.isValid(model)


def test_referral_lookup_shows_one_category(qtbot, vault, make_shell, wait_idle, tasks):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    dialog = ReferralLookupDialog(page.workspace, tasks, ReferralType.CRISIS_LINE, page)
    dialog.open()
    wait_idle()
    found = [dialog.model.resource_at(r) for r in range(dialog.model.rowCount())]
    assert len(found) == 4
    assert {r.category for r in found} == {ResourceCategory.CRISIS_LINE}
    assert found[0].available_24_7  # open around the clock first, the example last
    assert found[-1].is_example
    assert dialog.detail.phone.text() == "988"
    with qtbot.waitSignal(dialog.resultsShown, timeout=5_000):
        qtbot.keyClicks(dialog.search, "helpl")
    assert [r.name for r in (dialog.model.resource_at(0),)] == ["9-8-8 Suicide Crisis Helpline"]
    assert dialog.model.rowCount() == 1
    dialog.close_button.click()
    assert dialog.model.rowCount() == 0  # nothing kept once closed
