"""A lock always completes: whatever dialog, file chooser, popup list or calendar is open on any
page, Lock (mouse), Ctrl+L (keyboard) and the idle timer each leave only the unlock screen.

These tests use the real dialog service (real message boxes and file choosers), so a dialog's
own event loop is running when the lock comes; only the CSV to import is given in advance.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateEdit,
    QTabWidget,
    QWidget,
)

from conftest import make_vault
from contact_ui_support import draft, prepare
from peerdesk.domain.incidents import IncidentDraft
from peerdesk.domain.members import Role
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.training_records import Course, RecordDraft, RecordKind
from peerdesk.domain.vocab import IncidentType, MemberGroup, ReferralType, Topic
from peerdesk.services import contacts, incidents, training_records
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.signin.unlock_screen import UnlockScreen
from peerdesk.ui.statistics.page import PROGRAM_TAB, StatisticsPage
from peerdesk.ui.team.page import TRAINING_TAB
from peerdesk.ui.training.section import TrainingSection
from shell_support import sign_in_window
from survey_ui_support import survey_cohort
from training_ui_support import open_training, use_training_dir

LEFT = Qt.MouseButton.LeftButton
CLOSED = Quarter.of(date.today()).previous().previous()  # closed whatever the policy says
CSV = ("name,category,phone,hours,available_24_7,region,languages,cost,last_verified\n"
       "Harbour Counselling,clinician,+1 902 555 0144,,no,Nova Scotia,English,fee,2026-01-10\n")


class RealDialogs(DialogService):
    """The real dialogs, except the file to import, which the test chooses in advance."""

    import_file: Path | None = None

    def open_file(self, parent: QWidget | None, title: str, folder: Path, name_filter: str
                  ) -> Path | None:
        if self.import_file is not None:
            return self.import_file
        return super().open_file(parent, title, folder, name_filter)

    after_exec: Callable[[QWidget | None], None] | None = None

    def confirm(self, parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
        """The real question; ``after_exec`` runs before the caller resumes (a slow unwind)."""
        with self._modal():
            answer = super().confirm(parent, title, text, accept_label)
            if self.after_exec is not None:
                self.after_exec(parent)
        return answer


@pytest.fixture
def dialogs() -> RealDialogs:  # replaces the scripted answers of conftest for these tests
    return RealDialogs()


def others_on_screen(keep: QWidget | None) -> list[QWidget]:
    """Every visible top-level widget but ``keep`` (dialogs, file choosers, popups)."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not keep]


def child(window: QWidget, kind: type, name: str) -> Any:
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, LEFT)


# --------------------------------------------------------------------- what a person opens
# Each opener sends the events that open one thing and returns; an opener that runs a dialog
# with exec() returns only after the lock has closed it.

def combo_list(section: str, name: str) -> Callable[[MainWindow], None]:
    def opener(window: MainWindow) -> None:
        window.show_section(section)
        box = child(window, QComboBox, name)
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    return opener


def calendar(window: MainWindow) -> None:
    window.show_section("contacts")
    field = child(window, QDateEdit, "dateEdit")
    QTest.mouseClick(field, LEFT, pos=QPoint(field.width() - 6, field.height() // 2))


def button(section: str, name: str, first: Callable[[MainWindow], None] | None = None
           ) -> Callable[[MainWindow], None]:
    def opener(window: MainWindow) -> None:
        window.show_section(section)
        if first is not None:
            first(window)
        click(child(window, QAbstractButton, name))
    return opener


def escaped(opener: Callable[[MainWindow], None]) -> Callable[[MainWindow], None]:
    """Open, then close with Esc (the dialog deletes itself): what was left must not trip."""
    def run(window: MainWindow) -> None:
        opener(window)
        modal = QApplication.activeModalWidget()
        assert modal is not None
        QTest.keyClick(modal, Qt.Key.Key_Escape)
    return run


def passphrase_dialog(window: MainWindow) -> None:
    click(window.passphrase_button)


def choose_crisis_line(window: MainWindow) -> None:
    click(child(window, QAbstractButton, f"referralChip_{ReferralType.CRISIS_LINE.value}"))


def first_row(table_name: str) -> Callable[[MainWindow], None]:
    def select(window: MainWindow) -> None:
        table = child(window, QWidget, table_name)
        _wait(lambda: table.model().rowCount() > 0)
        rect = table.visualRect(table.model().index(0, 0))
        QTest.mouseClick(table.viewport(), LEFT, pos=rect.center())
    return select


def my_contacts(window: MainWindow) -> None:
    tabs = child(window, QWidget, "contactsTabs")
    tabs.setCurrentIndex(1)
    QTest.qWait(0)


def select_first_contact(window: MainWindow) -> None:
    my_contacts(window)
    first_row("contactTable")(window)


def select_pat(window: MainWindow) -> None:
    table = child(window, QWidget, "membersTable")
    model = table.model()
    _wait(lambda: model.rowCount() > 1)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Pat Peer")
    QTest.mouseClick(table.viewport(), LEFT, pos=table.visualRect(model.index(row, 0)).center())


def open_first_incident(window: MainWindow) -> None:
    """The Incidents section's first incident, opened with Enter."""
    window.show_section("incidents")
    table = child(window, QWidget, "incidentTable")
    _wait(lambda: table.model().rowCount() > 0)
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Return)
    detail = child(window, QWidget, "incidentDetail")
    _wait(detail.isVisible)


def _wait(condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        QTest.qWait(10)
    raise AssertionError("never happened")


def team_training_tab(window: MainWindow) -> None:
    """The Team section's Training records tab, by a click on it; its first member and their
    first record are chosen once loaded."""
    tabs = child(window, QTabWidget, "teamTabs")
    bar = tabs.tabBar()
    QTest.mouseClick(bar, LEFT, pos=bar.tabRect(TRAINING_TAB).center())
    table = child(window, QWidget, "teamTrainingPage").records_table
    _wait(lambda: table.model().rowCount() > 0)


def training_button(section: str, page: str, name: str,
                    first: Callable[[MainWindow], None] | None = None
                    ) -> Callable[[MainWindow], None]:
    """A button of one training records page (the own and the team's use the same names)."""
    def opener(window: MainWindow) -> None:
        window.show_section(section)
        if first is not None:
            first(window)
        click(child(child(window, QWidget, page), QAbstractButton, name))
    return opener


def note_question(window: MainWindow) -> None:
    """A note that names someone, then Ctrl+S: the "Check the note" question."""
    window.show_section("contacts")
    click(child(window, QAbstractButton, f"topicChip_{Topic.WORK_STRESS.value}"))
    note = child(window, QWidget, "noteEdit")
    _wait(note.isVisible)
    note.setFocus()
    QTest.keyClicks(note, "call John at 555-0134")
    QTest.keyClick(note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def context_menu(section: str, name: str) -> Callable[[MainWindow], None]:
    """The text field's own Copy/Paste menu."""
    def opener(window: MainWindow) -> None:
        window.show_section(section)
        field = child(window, QWidget, name)
        field.setFocus()
        if isinstance(field, QAbstractScrollArea):
            field = field.viewport()
        # What the platform sends after a right click (QTest's click does not make one).
        pos = field.rect().center()
        QApplication.sendEvent(field, QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, pos, field.mapToGlobal(pos)))
    return opener


def program_tab(window: MainWindow) -> None:
    """The Statistics section's Program report tab, by a click on it."""
    tabs = child(window, QTabWidget, "statisticsTabs")
    bar = tabs.tabBar()
    QTest.mouseClick(bar, LEFT, pos=bar.tabRect(PROGRAM_TAB).center())


def release_question(window: MainWindow) -> None:
    """The closed quarter two back, chosen with the arrow keys, then "Release…"."""
    window.show_section("statistics")
    page = window.findChild(StatisticsPage, "statisticsPage")
    combo = page.release_view.quarter_combo
    _wait(lambda: combo.count() > 2)
    combo.setFocus()
    for _ in range(combo.count()):
        state = page.release_view.current_state()
        if state is not None and state.quarter == CLOSED:
            break
        QTest.keyClick(combo, Qt.Key.Key_Down)
    click(page.release_view.release_button)


OPENERS: dict[str, Callable[[MainWindow], None]] = {
    "release question": release_question,
    "search field menu": context_menu("referrals", "searchEdit"),
    "note menu": context_menu("contacts", "noteEdit"),
    "note question": note_question,
    "channel list": combo_list("contacts", "channelCombo"),
    "risk list": combo_list("contacts", "riskCombo"),
    "calendar": calendar,
    "referral lookup": button("contacts", f"referralFind_{ReferralType.CRISIS_LINE.value}",
                              choose_crisis_line),
    "delete contact box": button("contacts", "deleteContactButton", select_first_contact),
    "period list": combo_list("contacts", "periodCombo"),
    "resource editor": button("referrals", "addResourceButton"),
    "resource editor after Esc": escaped(button("referrals", "addResourceButton")),
    "import file chooser": button("referrals", "importButton"),
    "import preview": button("referrals", "importButton"),
    "import preview after Esc": escaped(button("referrals", "importButton")),
    "export file chooser": button("referrals", "exportButton"),
    "delete resource box": button("referrals", "deleteResourceButton",
                                  first_row("resourceTable")),
    "category list": combo_list("referrals", "categoryFilter"),
    "quarter list": combo_list("statistics", "quarterCombo"),
    "trend file chooser": button("statistics", "exportTrendButton", program_tab),
    "make region question": button("region", "makeRegionButton"),
    "add member": button("team", "addMemberButton"),
    "change roles after Esc": escaped(button("team", "changeRolesButton", select_pat)),
    "remove member box": button("team", "removeMemberButton", select_pat),
    "passphrase dialog": passphrase_dialog,
    "own training record": training_button("my_training", "myTrainingPage",
                                           "addTrainingRecordButton"),
    "team training record": training_button("team", "teamTrainingPage",
                                            "changeTrainingRecordButton", team_training_tab),
    "delete training record box": training_button("team", "teamTrainingPage",
                                                  "deleteTrainingRecordButton",
                                                  team_training_tab),
    "new incident dialog": button("incidents", "logIncidentButton"),
    "group intervention dialog": button("incidents", "logInterventionButton",
                                        open_first_incident),
    "close acute phase dialog": button("incidents", "closeAcuteButton", open_first_incident),
    "delete incident box": button("incidents", "deleteIncidentButton", open_first_incident),
    "outreach method list": lambda w: (open_first_incident(w),
                                       combo_list("incidents", "outreachMethodCombo")(w)),
    "survey kiosk": button("surveys", "kioskButton"),
    "new cohort dialog": button("surveys", "newCohortButton"),
    "paper forms dialog": button("surveys", "paperButton"),
    "close wave box": button("surveys", "closeWaveButton"),
}
WITH_CSV = {"import preview", "import preview after Esc"}
LOCKS = ("button", "ctrl+l", "idle")


def lock_by(window: MainWindow, how: str) -> None:
    """Lock the way a person does (or the idle timer). A modal dialog keeps a person's mouse
    off the Lock button; QTest delivers the click to the button all the same, which still
    shows that a lock from the button copes with whatever is open."""
    if how == "button":
        click(window.lock_button)
    elif how == "ctrl+l":
        target = (QApplication.activePopupWidget() or QApplication.activeModalWidget()
                  or QApplication.focusWidget() or window)
        QTest.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        window._set_idle_ms(300)  # a short idle time; a policy cannot go below a minute
        window._restart_idle()


def arm(request: Any, window: MainWindow, how: str, *, wait_for_open: bool
        ) -> list[list[str]]:
    """Lock ``how`` as soon as something is open over ``window`` (at once when
    ``wait_for_open`` is False); returns the list that records what was open then. Armed
    before the opener runs, since an opener that exec()s a dialog returns only after the lock.
    """
    seen: list[list[str]] = []
    armed = [True]
    request.addfinalizer(armed.clear)

    def lock_once_open() -> None:
        if not armed or not shiboken6.isValid(window):
            return
        opened = others_on_screen(window)
        if not opened and wait_for_open:
            QTimer.singleShot(20, lock_once_open)
            return
        seen.append([type(w).__name__ for w in opened])
        lock_by(window, how)

    QTimer.singleShot(20, lock_once_open)
    return seen


@pytest.fixture
def station(tmp_path: Path) -> Path:
    folder = make_vault(tmp_path / "vault", extra={"Pat Peer": frozenset({Role.SUPPORTER})})
    prepare(folder, notes=True, work=lambda ws: (
        contacts.save_new(ws, draft()),
        contacts.save_new(ws, draft(occurred_on=CLOSED.first_day), today=CLOSED.first_day),
        training_records.add(ws, RecordDraft(RecordKind.COURSE, Course.PSYCHOLOGICAL_FIRST_AID,
                                             date.today(), 360, "Red Cross")),
        incidents.log(ws, IncidentDraft(
            occurred_at=datetime.now().replace(second=0, microsecond=0) - timedelta(days=1),
            kind=IncidentType.USE_OF_FORCE, member_groups=frozenset({MemberGroup.POLICE}),
            personnel_involved=6, lead=ws.member.user_id))))
    survey_cohort(folder)  # its pre wave open: the kiosk and the paper forms can start
    return folder


@pytest.mark.parametrize("how", LOCKS)
@pytest.mark.parametrize("what", list(OPENERS))
def test_lock_closes_everything_and_shows_only_the_unlock_screen(
        qtbot, station, make_shell, wait_idle, dialogs, tmp_path, request, what, how):
    if what in WITH_CSV:
        dialogs.import_file = tmp_path / "directory.csv"
        dialogs.import_file.write_text(CSV, encoding="utf-8")
    shell = make_shell(station, idle_lock_ms=600_000)
    window = sign_in_window(qtbot, shell, wait_idle)
    # Every section opened once (a page is built when first opened) and its lists loaded.
    for key in [*window.section_keys(), "contacts"]:
        window.show_section(key)
        wait_idle()
    seen = arm(request, window, how, wait_for_open=not what.endswith("after Esc"))
    OPENERS[what](window)
    qtbot.waitUntil(lambda: isinstance(shell.window, UnlockScreen), timeout=10_000)
    wait_idle()
    qtbot.waitUntil(shell.window.isVisible, timeout=5_000)
    assert seen, "nothing was open when the lock came"
    if not what.endswith("after Esc"):
        assert seen[0], what
    assert others_on_screen(shell.window) == []
    assert shell.workspace is None
    assert QApplication.activePopupWidget() is None
    assert QApplication.activeModalWidget() is None


# --------------------------------------------------------------------- the training workspace

def training_tab(index: int, then: Callable[[MainWindow], None]) -> Callable[[MainWindow], None]:
    def opener(window: MainWindow) -> None:
        section = window.findChild(TrainingSection, "trainingPage")
        bar = section.tabs.tabBar()
        click_at(bar, bar.tabRect(index).center())
        then(window)
    return opener


def click_at(widget: QWidget, pos: QPoint) -> None:
    QTest.mouseClick(widget, LEFT, pos=pos)


def reset_confirm(window: MainWindow) -> None:
    edit = child(window, QWidget, "resetPassphraseEdit")
    QTest.keyClicks(edit, "copper meadow violin thunder 8")
    QTest.keyClicks(child(window, QWidget, "resetRepeatEdit"), "copper meadow violin thunder 8")
    click(child(window, QAbstractButton, "resetTrainingButton"))


def drill_risk_list(window: MainWindow) -> None:
    section = window.findChild(TrainingSection, "trainingPage")
    _wait(lambda: section.drills.model.rowCount() >= 10)
    table = section.drills.table
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Return)  # Enter on a scenario starts it
    risk = section.drills.form.fields.risk
    _wait(risk.isVisible)
    risk.setFocus()
    QTest.keyClick(risk, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)


TRAINING_OPENERS: dict[str, Callable[[MainWindow], None]] = {
    "trainee list": training_tab(0, combo_list("training", "traineeCombo")),
    "drill risk list": training_tab(0, drill_risk_list),
    "scenario pack file chooser": training_tab(2, lambda w: click(
        child(w, QAbstractButton, "importPackButton"))),
    "reset box": training_tab(2, reset_confirm),
}


@pytest.mark.parametrize("how", LOCKS)
@pytest.mark.parametrize("what", list(TRAINING_OPENERS))
def test_lock_in_the_training_workspace_leaves_only_the_sign_in(
        qtbot, vault, make_shell, wait_idle, monkeypatch, tmp_path, request, what, how):
    use_training_dir(monkeypatch, tmp_path)
    shell = make_shell(vault, idle_lock_ms=600_000)
    window, _section = open_training(qtbot, shell, wait_idle)
    seen = arm(request, window, how, wait_for_open=True)
    TRAINING_OPENERS[what](window)
    qtbot.waitUntil(lambda: isinstance(shell.window, UnlockScreen), timeout=10_000)
    wait_idle()
    qtbot.waitUntil(shell.window.isVisible, timeout=5_000)
    assert seen
    assert seen[0]
    assert others_on_screen(shell.window) == []
    assert QApplication.activePopupWidget() is None
    assert QApplication.activeModalWidget() is None


class BrokenPage(QWidget):
    """A page whose clean-up fails, as the directory's did with a dialog already deleted."""

    def clear_sensitive(self) -> None:
        raise RuntimeError("Internal C++ object already deleted")


def test_a_failing_clean_up_is_logged_and_the_lock_still_completes(
        qtbot, station, make_shell, wait_idle, caplog):
    shell = make_shell(station)
    window = sign_in_window(qtbot, shell, wait_idle)
    window.add_section("broken", "Broken", BrokenPage())
    window.show_section("broken")
    QTest.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(shell.window, UnlockScreen), timeout=10_000)
    wait_idle()
    assert shell.workspace is None
    assert "clean-up failed while locking" in caplog.text
    assert others_on_screen(shell.window) == []


def test_the_page_that_asked_outlives_its_question_when_a_lock_closes_it(
        qtbot, station, make_shell, wait_idle, dialogs, tasks, request):
    shell = make_shell(station, idle_lock_ms=600_000)
    window = sign_in_window(qtbot, shell, wait_idle)
    alive: list[bool] = []

    def unwind_slowly(parent: QWidget | None) -> None:
        # The lock's answer from the worker arrives before the caller's code goes on.
        qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)
        alive.append(parent is not None and shiboken6.isValid(parent))

    dialogs.after_exec = unwind_slowly
    arm(request, window, "ctrl+l", wait_for_open=True)
    OPENERS["delete resource box"](window)
    qtbot.waitUntil(lambda: isinstance(shell.window, UnlockScreen), timeout=10_000)
    assert alive == [True]  # the page was still there when the question returned
    assert others_on_screen(shell.window) == []
