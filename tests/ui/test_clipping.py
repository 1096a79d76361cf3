"""No cut words at the laptop sizes stations have (1280×720 and 1366×768), in English and
French: labels, buttons, chips (chosen or not), table cells and headers, and the items of every
drop-down list, on every screen of a coordinator and of a trainer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QListWidget,
    QPushButton,
    QTabWidget,
    QWidget,
)

from i18n_support import (
    FRENCH_QM,
    clipped,
    clipped_cells,
    clipped_choices,
    popup_clipped,
    real_theme,
)
from peerdesk.domain.members import Role
from peerdesk.domain.policy import Policy
from peerdesk.domain.quarters import first_open_quarter
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.workspace import Workspace
from peerdesk.ui.shell.main_window import MainWindow
from shell_support import PASSPHRASE, sign_in_window

SIZES = ((1280, 720), (1366, 768))


@pytest.fixture(params=["en", "fr_CA"])
def language(request: Any, qapp: QApplication) -> Iterator[str]:
    translator = QTranslator()
    if request.param == "fr_CA":
        assert translator.load(str(FRENCH_QM))
        qapp.installTranslator(translator)
    with real_theme(qapp):  # the real style sheet: its padding and fonts take room too
        yield request.param
    qapp.removeTranslator(translator)


def _with_contacts(folder: Path) -> Path:
    """Practice contacts of every kind, some with follow-ups overdue, so tables have rows;
    enough in the newest closed quarter for it to be released, not withheld."""
    workspace = Workspace.unlock(folder, "Dana Reyes", PASSPHRASE)
    closed = first_open_quarter(date.today(), Policy().close_days).previous()
    try:
        make_demo_contacts(workspace, 120, seed=5)
        make_demo_contacts(workspace, 120, seed=6, start=closed.first_day, end=closed.last_day)
    finally:
        workspace.lock()
    return folder


class Walk:
    """Collects each problem once, where first seen."""

    def __init__(self, qtbot: Any, wait_idle: Any, dialogs: Any) -> None:
        self.qtbot, self.wait_idle, self.dialogs = qtbot, wait_idle, dialogs
        self.tables_read = 0
        self.found: list[str] = []
        self.opened: set[tuple[str, int]] = set()

    def settle(self) -> None:
        self.wait_idle()
        self.qtbot.wait(30)
        QCoreApplication.processEvents()

    def check(self, window: QWidget, where: str) -> None:
        self.settle()
        for problem in [*clipped(window), *clipped_cells(window), *clipped_choices(window),
                        *self._popups(window)]:
            if not any(seen.endswith(problem) for seen in self.found):
                self.found.append(f"{where}: {problem}")

    def _popups(self, window: QWidget) -> list[str]:
        """Open each visible list once per width (the popup's room follows the box)."""
        problems = []
        for combo in window.findChildren(QComboBox):
            key = (combo.objectName(), combo.width())
            if not combo.isVisibleTo(window) or not combo.count() or key in self.opened:
                continue
            self.opened.add(key)
            combo.setFocus(Qt.FocusReason.TabFocusReason)
            self.qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
            self.qtbot.waitUntil(combo.view().isVisible, timeout=3_000)
            problems += [f"{combo.objectName()} list: {p}" for p in popup_clipped(combo)]
            self.qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
            self.qtbot.waitUntil(lambda c=combo: not c.view().isVisible(), timeout=3_000)
        return problems

    def screens(self, window: MainWindow, who: str) -> None:
        for width, height in SIZES:
            window.resize(width, height)
            for key in window.section_keys():
                window.show_section(key)
                where = f"{who} {width}×{height} {key}"
                self.check(window, where)
                if key == "contacts":
                    self._chosen_chips(window, where)
                if key == "statistics":
                    self._released_tables(window, where)
                page = window.findChild(QWidget, "pages")
                for tabs in page.findChildren(QTabWidget):
                    if not tabs.isVisibleTo(window):
                        continue
                    for index in range(1, tabs.count()):
                        tabs.setCurrentIndex(index)
                        self.check(window, f"{where} / {tabs.tabText(index)}")
                    tabs.setCurrentIndex(0)

    def _released_tables(self, window: QWidget, where: str) -> None:
        """Release the closed quarter shown (confirmed as a coordinator does) and read each of
        its tables: their headings ("Ticked", "Not ticked", "Total") and cells."""
        button = window.findChild(QPushButton, "releaseButton")
        if button is not None and button.isVisible() and button.isEnabled():
            self.dialogs.answers.append(True)
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            self.settle()
        tables = window.findChild(QListWidget, "tableList")
        if tables is None or not tables.isVisible():
            return
        for row in range(tables.count()):
            tables.setCurrentRow(row)
            self.check(window, f"{where} / {tables.item(row).text()}")
            self.tables_read += 1
        tables.setCurrentRow(0)

    def _chosen_chips(self, window: QWidget, where: str) -> None:
        """Every topic and referral chip chosen: each grows a check mark and referrals grow a
        "how" list; nothing may be cut or pushed off the side."""
        form = window.findChild(QWidget, "contactForm")
        assert form is not None
        chips = [b for b in form.findChildren(QPushButton)
                 if b.property("chip") and b.isVisibleTo(window) and not b.isChecked()]
        assert len(chips) > 10
        for chip in chips:
            chip.setChecked(True)
        self.check(window, f"{where} (every chip chosen)")
        for chip in chips:
            chip.setChecked(False)
        self.settle()


def test_no_text_is_cut_at_laptop_sizes(language: str, qtbot: Any, make_shell: Any,
                                        vault_factory: Any, wait_idle: Any,
                                        dialogs: Any) -> None:
    walk = Walk(qtbot, wait_idle, dialogs)
    folder = _with_contacts(vault_factory(
        "training", training=True, extra={"Sam Okafor": frozenset({Role.TRAINER})}))
    coordinator = make_shell(folder, training=True)
    walk.screens(sign_in_window(qtbot, coordinator, wait_idle), "coordinator")
    coordinator.window.lock()
    wait_idle()
    walk.screens(sign_in_window(qtbot, coordinator, wait_idle, "Sam Okafor"), "trainer")
    assert len(walk.opened) > 20  # the lists were opened, not skipped
    assert walk.tables_read > 10  # a released quarter's tables were read
    assert not walk.found, f"{len(walk.found)} cut texts ({language}):\n" + "\n".join(walk.found)


def test_no_text_is_cut_in_the_survey_kiosk_and_dialogs(language: str, qtbot: Any,
                                                         make_shell: Any, vault_factory: Any,
                                                         wait_idle: Any, dialogs: Any) -> None:
    """The kiosk at both laptop sizes in both of its own languages, page by page, and the
    new-cohort and paper-form dialogs."""
    from peerdesk.ui.surveys import kiosk as pages
    from survey_ui_support import open_kiosk, survey_cohort

    walk = Walk(qtbot, wait_idle, dialogs)
    folder = vault_factory("kiosk")
    survey_cohort(folder, instruments=("k6", "program-experience"))
    window, page, kiosk = open_kiosk(qtbot, make_shell(folder), wait_idle)
    kiosk.showNormal()
    for width, height in SIZES:
        kiosk.resize(width, height)
        for kiosk_language in ("en", "fr"):
            kiosk.set_language(kiosk_language)
            where = f"kiosk {kiosk_language} {width}×{height}"
            kiosk._show(pages.WELCOME)
            walk.check(kiosk, f"{where} welcome")
            kiosk.start()
            kiosk.code_edit.setText("x")
            kiosk.code_next.click()
            walk.check(kiosk, f"{where} code with its error")
            kiosk.code_edit.setText("MA04")
            kiosk.code_next.click()
            for index in range(len(kiosk.questionnaire)):  # every question and its answers
                kiosk.index = index
                kiosk._show(pages.QUESTION)
                kiosk.question.buttons[-1].click()
                walk.check(kiosk, f"{where} question {index + 1}")
            kiosk.next_question()
            walk.check(kiosk, f"{where} review")
            kiosk.ask_to_leave()
            walk.check(kiosk, f"{where} leave")
            kiosk.leave_panel.back_button.click()
            kiosk.clear_respondent()
    kiosk.end()
    window.resize(1280, 720)
    qtbot.mouseClick(page.paper_button, Qt.MouseButton.LeftButton)
    walk.settle()
    assert page.paper is not None
    walk.check(page.paper, "paper forms")
    page.paper.reject()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    walk.settle()
    assert page.dialog is not None
    walk.check(page.dialog, "new cohort")
    page.dialog.reject()
    assert not walk.found, f"{len(walk.found)} cut texts ({language}):\n" + "\n".join(walk.found)


def test_no_text_is_cut_in_the_incident_screens_and_dialogs(language: str, qtbot: Any,
                                                            make_shell: Any, vault_factory: Any,
                                                            wait_idle: Any,
                                                            dialogs: Any) -> None:
    """The incident list, one incident (top and bottom), each of its dialogs, the contact form
    for an incident and the incident follow-ups, at both laptop sizes."""
    from peerdesk.services.demo_incidents import make_demo_incidents
    from peerdesk.ui.contacts.section import FOLLOW_UPS_TAB, ContactsSection
    from peerdesk.ui.incidents.page import IncidentsPage

    walk = Walk(qtbot, wait_idle, dialogs)
    folder = vault_factory("incidents", training=True,
                           extra={"Ari Moreau": frozenset({Role.SUPPORTER})})
    workspace = Workspace.unlock(folder, "Dana Reyes", PASSPHRASE)
    try:
        make_demo_contacts(workspace, 200, seed=5)
        make_demo_incidents(workspace, 8, seed=5)
    finally:
        workspace.lock()
    window = sign_in_window(qtbot, make_shell(folder, training=True), wait_idle, "Dana Reyes")
    for width, height in SIZES:
        window.resize(width, height)
        where = f"{width}×{height}"
        window.show_section("incidents")
        page = window.findChild(IncidentsPage, "incidentsPage")
        assert page is not None
        page.status.setCurrentIndex(2)  # every incident
        walk.check(window, f"{where} incident list")
        target = next(s for s in page.model.rows() if s.status.value == "open")
        page.open_incident(target.id)
        walk.check(window, f"{where} incident")
        page.detail.scroll_area.verticalScrollBar().setValue(10_000)
        walk.check(window, f"{where} incident, scrolled down")
        for name, opener in (("change", page.edit_incident),
                             ("intervention", page.log_intervention),
                             ("share out", page.assign), ("close acute", page.close_acute)):
            dialog = opener()
            assert dialog is not None
            walk.check(dialog, f"{where} {name} dialog")
            dialog.reject()
        page.show_list()
        for name, opener in (("new incident", page.log_incident),
                             ("follow-up days", page.change_follow_up_days)):
            dialog = opener()
            assert dialog is not None
            walk.check(dialog, f"{where} {name} dialog")
            dialog.reject()
        page.open_incident(target.id)
        walk.settle()
        page.detail.contact_button.click()
        walk.check(window, f"{where} contact form for an incident")
        contacts = window.findChild(ContactsSection, "contactsPage")
        contacts.form.start_over()
        contacts.tabs.setCurrentIndex(FOLLOW_UPS_TAB)
        walk.check(window, f"{where} follow-ups with incident follow-ups")
    assert not walk.found, f"{len(walk.found)} cut texts ({language}):\n" + "\n".join(walk.found)


def test_no_text_is_cut_in_released_survey_results(language: str, qtbot: Any,
                                                     make_shell: Any, vault_factory: Any,
                                                     wait_idle: Any, dialogs: Any) -> None:
    """A full demo cohort's results on the Surveys section at both laptop sizes: the cohort
    table, the score and change tables (their headers and cells) and the credits."""
    from peerdesk.services.demo_data import make_demo_survey_cohort

    walk = Walk(qtbot, wait_idle, dialogs)
    folder = vault_factory("surveys", training=True)
    workspace = Workspace.unlock(folder, "Dana Reyes", PASSPHRASE)
    try:
        make_demo_survey_cohort(workspace, seed=2)
    finally:
        workspace.lock()
    window = sign_in_window(qtbot, make_shell(folder, training=True), wait_idle)
    window.show_section("surveys")
    walk.settle()
    page = window.pages.currentWidget()
    dialogs.answers.append(True)
    qtbot.mouseClick(page.results.release_button, Qt.MouseButton.LeftButton)
    walk.settle()
    assert page.results.scores.rowCount() > 5
    for width, height in SIZES:
        window.resize(width, height)
        walk.check(window, f"surveys results {width}×{height}")
    assert not walk.found, f"{len(walk.found)} cut texts ({language}):\n" + "\n".join(walk.found)
