"""Real hands on every screen: the wheel changes no answer it is not focused on, drop-down lists
show their whole choice, Enter presses the focused button, the section list is walked with the
arrows, Alt+Down opens the date's calendar and focus comes back after a dialog."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDial,
    QDialog,
    QPushButton,
    QScrollBar,
    QSlider,
    QTabWidget,
    QToolButton,
    QWidget,
)

from i18n_support import popup_clipped, real_theme
from peerdesk.domain.members import Role
from peerdesk.domain.vocab import Topic
from peerdesk.ui.contacts.section import ContactsSection
from peerdesk.ui.kit import a11y
from peerdesk.ui.kit.input_guard import scroll_area_of
from peerdesk.ui.referrals.page import DirectoryPage
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.training.section import TrainingSection
from shell_support import sign_in_window

CONTROLS = (QComboBox, QAbstractSpinBox, QSlider, QDial)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The real style sheet: its padding and fonts decide how lists and popups are sized."""
    with real_theme(qapp):
        yield


def _screens(qtbot: Any, window: MainWindow, wait_idle: Any) -> Iterator[str]:
    """Show each section and each tab of it (nested tabs too); yields where it is."""
    window.resize(1280, 720)
    for key in window.section_keys():
        window.show_section(key)
        wait_idle()
        qtbot.wait(20)
        yield key
        page = window.findChild(QWidget, "pages")
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisibleTo(window):
                continue
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                wait_idle()
                qtbot.wait(20)
                yield f"{key} / {tabs.tabText(index)}"
            tabs.setCurrentIndex(0)


def _drill_and_dialog(qtbot: Any, window: MainWindow, wait_idle: Any) -> Iterator[
        tuple[str, QWidget]]:
    """A drill under way (its contact form) when the member trains, and the resource dialog
    when the member keeps the directory: each opened with the keyboard, then closed."""
    if "training" in window.section_keys():
        window.show_section("training")
        wait_idle()
        section = window.findChild(TrainingSection, "trainingPage")
        runner = section.drills
        qtbot.waitUntil(lambda: runner.model.rowCount() > 0, timeout=5_000)
        runner.table.setFocus()
        runner.table.setCurrentIndex(runner.model.index(0, 0))
        qtbot.keyClick(runner.table, Qt.Key.Key_Return)  # Enter on a scenario starts it
        wait_idle()
        qtbot.waitUntil(runner.form.isVisible, timeout=5_000)
        yield "training / drill under way", window
    window.show_section("referrals")
    wait_idle()
    qtbot.wait(20)  # the page has put the cursor in its search box
    add = window.findChild(QPushButton, "addResourceButton")
    if add is None or not add.isVisible():
        return
    add.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(add, Qt.Key.Key_Return)
    page = window.findChild(DirectoryPage, "referralsPage")
    dialog = page.directory_actions.dialog
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3_000)
    yield "referrals / Add resource dialog", dialog
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3_000)
    qtbot.waitUntil(add.hasFocus, timeout=3_000)  # the keyboard is back where it was


def _coordinator_and_trainer(qtbot: Any, make_shell: Any, vault_factory: Any,
                             wait_idle: Any) -> Iterator[tuple[str, MainWindow]]:
    real = make_shell(vault_factory("real"))
    yield "coordinator", sign_in_window(qtbot, real, wait_idle)
    training = make_shell(vault_factory(
        "training", training=True, extra={"Sam Okafor": frozenset({Role.TRAINER})}),
        training=True)
    yield "trainer", sign_in_window(qtbot, training, wait_idle, "Sam Okafor")


def _controls(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if isinstance(w, CONTROLS)
            and not isinstance(w, QScrollBar) and w.isVisibleTo(window) and w.isEnabled()]


def _value(control: QWidget) -> Any:
    if isinstance(control, QComboBox):
        return control.currentIndex(), control.currentText()
    if isinstance(control, QAbstractSlider):
        return control.value()
    assert isinstance(control, QAbstractSpinBox)
    return control.text()


def _wheel_at(window: QWidget, control: QWidget, down: bool = True) -> None:
    """A wheel turn over the middle of ``control``, delivered to the widget under the pointer
    there (a spin box's text field, say), as the window system does."""
    centre = control.mapTo(window, control.rect().center())
    target = window.childAt(centre) or control
    local = QPointF(target.mapFrom(window, centre))
    event = QWheelEvent(local, QPointF(target.mapToGlobal(local.toPoint())), QPoint(0, 0),
                        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)


def test_the_wheel_scrolls_the_page_and_changes_no_answer(themed: None, qtbot: Any,
                                                           make_shell: Any, vault_factory: Any,
                                                           wait_idle: Any) -> None:
    changed: list[str] = []
    scrolled = wheel_focus = checked = 0
    visited: set[str] = set()
    for who, window in _coordinator_and_trainer(qtbot, make_shell, vault_factory, wait_idle):
        places = itertools.chain(((where, window) for where in _screens(qtbot, window, wait_idle)),
                                 _drill_and_dialog(qtbot, window, wait_idle))
        for where, root in places:  # each checked while it shows
            visited.add(where)
            for control in _controls(root):
                name = f"{who} {where}: {control.objectName() or type(control).__name__}"
                if control.focusPolicy() & Qt.FocusPolicy.WheelFocus == \
                        Qt.FocusPolicy.WheelFocus:
                    wheel_focus += 1
                    changed.append(f"{name} takes the focus from the wheel")
                area = scroll_area_of(control)
                if isinstance(area, QAbstractScrollArea) and hasattr(area, "ensureWidgetVisible"):
                    area.ensureWidgetVisible(control)
                    QApplication.processEvents()
                bar = area.verticalScrollBar() if area is not None else None
                before, position = _value(control), bar.value() if bar is not None else 0
                room = bar is not None and bar.value() < bar.maximum()
                if control.hasFocus():
                    control.clearFocus()
                _wheel_at(control.window(), control)
                checked += 1
                if _value(control) != before:
                    changed.append(f"{name}: {before} became {_value(control)}")
                if room and bar is not None:
                    scrolled += bar.value() > position
                    if bar.value() <= position:
                        changed.append(f"{name}: the page did not scroll")
    assert not changed, f"{len(changed)} problems:\n" + "\n".join(changed)
    assert wheel_focus == 0
    assert checked > 20  # the form, filters, policy, statistics and drills were all reached
    assert {"training / drill under way", "referrals / Add resource dialog"} <= visited
    assert scrolled > 0


def test_a_focused_list_still_answers_the_wheel(themed: None, qtbot: Any, vault: Path,
                                                 make_shell: Any, wait_idle: Any) -> None:
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    risk = window.findChild(QComboBox, "riskCombo")
    risk.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(risk.hasFocus)
    before = risk.currentIndex()
    _wheel_at(window, risk)
    assert risk.currentIndex() == before + 1  # the member is working in it: the wheel steps


# --- drop-down lists --------------------------------------------------------------------------

def _open_by_keyboard(qtbot: Any, combo: QComboBox) -> None:
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.view().isVisible, timeout=3_000)


def _close(qtbot: Any, combo: QComboBox) -> None:
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=3_000)


def test_every_drop_down_list_shows_its_whole_choice(themed: None, qtbot: Any,
                                                     make_shell: Any, vault_factory: Any,
                                                     wait_idle: Any) -> None:
    folder = vault_factory("real", extra={
        "Alexandrina Montgomery-Whitfield": frozenset({Role.SUPPORTER}),
        "Jean-Baptiste Tremblay-Lafleur": frozenset({Role.SUPPORTER})})
    shell = make_shell(folder)
    found: list[str] = []
    opened = 0
    member = shell.window.findChild(QComboBox, "memberCombo")
    chosen = member.currentText()
    qtbot.mouseClick(member, Qt.MouseButton.LeftButton)  # opened by a click, as a person does
    qtbot.waitUntil(member.view().isVisible, timeout=3_000)
    found += [f"unlock memberCombo: {p}" for p in popup_clipped(member)]
    _close(qtbot, member)
    assert member.currentText() == chosen, "opening and closing the list chose a member"
    window = sign_in_window(qtbot, shell, wait_idle, "Dana Reyes")  # the coordinator
    seen: set[str] = set()
    places = itertools.chain(((where, window) for where in _screens(qtbot, window, wait_idle)),
                             _drill_and_dialog(qtbot, window, wait_idle))
    for where, root in places:
        for combo in [c for c in _controls(root) if isinstance(c, QComboBox)]:
            if combo.objectName() in seen or combo.count() == 0:
                continue
            seen.add(combo.objectName())
            _open_by_keyboard(qtbot, combo)
            opened += 1
            found += [f"{where} {combo.objectName()}: {p}" for p in popup_clipped(combo)]
            _close(qtbot, combo)
    assert opened >= 10
    assert "categoryEdit" in seen, sorted(seen)  # the dialog's lists too
    assert not found, "\n".join(found)


# --- keyboard ---------------------------------------------------------------------------------

def test_enter_presses_the_focused_header_button_and_focus_comes_back(
        themed: None, qtbot: Any, vault: Path, make_shell: Any, wait_idle: Any) -> None:
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    button = window.findChild(QToolButton, "changePassphraseButton")
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    dialog = window.findChild(QWidget, "changePassphraseDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3_000)
    qtbot.waitUntil(button.hasFocus, timeout=3_000)  # the keyboard is back where it was


def test_the_arrows_walk_the_whole_section_list(themed: None, qtbot: Any, vault: Path,
                                                make_shell: Any, wait_idle: Any) -> None:
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    navigation = window.navigation
    navigation.setFocus()
    qtbot.waitUntil(navigation.hasFocus)
    assert "referrals" in window.section_keys()[:-1]  # one at least comes after it
    for row in range(1, navigation.count()):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        wait_idle()
        qtbot.wait(10)  # the page's own focus timer has had its turn
        assert navigation.hasFocus(), f"{window.section_keys()[row]} took the keyboard"
        assert navigation.currentRow() == row
    # Opened by other means (here after the passphrase's Enter), Referrals still starts in
    # its search box.
    qtbot.keyClick(navigation, Qt.Key.Key_Tab)
    window.show_section("referrals")
    wait_idle()
    search = window.findChild(QWidget, "searchEdit")
    assert search is not None
    qtbot.waitUntil(search.hasFocus, timeout=3_000)


def test_alt_down_opens_the_calendar_without_changing_the_date(
        themed: None, qtbot: Any, vault: Path, make_shell: Any, wait_idle: Any) -> None:
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    date = window.findChild(QDateEdit, "dateEdit")
    assert date is not None
    assert date.calendarPopup()
    date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(date.hasFocus)
    before = date.date()
    qtbot.keyClick(date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = date.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=3_000)
    assert date.date() == before
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=3_000)
    assert date.date() == before


# --- fields that become needed, errors and the form after saving -----------------------------

def _in_view(scroll: Any, widget: QWidget) -> bool:
    """Whether all of ``widget`` shows in the form's scrolling area."""
    viewport = scroll.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(rect)


def _scroll_to_bottom_by_wheel(qtbot: Any, scroll: Any) -> None:
    bar = scroll.verticalScrollBar()
    while bar.value() < bar.maximum():
        before = bar.value()
        viewport = scroll.viewport()
        centre = QPointF(viewport.rect().center())
        QApplication.sendEvent(viewport, QWheelEvent(
            centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
        assert bar.value() > before
    qtbot.wait(10)


def _form(qtbot: Any, vault: Path, make_shell: Any, wait_idle: Any) -> tuple[MainWindow, Any]:
    window = sign_in_window(qtbot, make_shell(vault), wait_idle)
    window.resize(1280, 720)
    form = window.findChild(ContactsSection, "contactsPage").form
    wait_idle()
    return window, form


def test_a_field_that_becomes_needed_comes_next_and_is_said(
        themed: None, qtbot: Any, vault: Path, make_shell: Any, wait_idle: Any) -> None:
    _window, form = _form(qtbot, vault, make_shell, wait_idle)
    said: list[str] = []
    a11y.announcer.announced.connect(lambda text, _assertive: said.append(text))
    chips = form.fields.topics
    chips.focus_chain()[0].setFocus(Qt.FocusReason.TabFocusReason)
    target = chips.chip(Topic.CRITICAL_INCIDENT)
    for _ in range(len(chips.focus_chain())):
        if target.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert target.hasFocus()
    qtbot.keyClick(target, Qt.Key.Key_Space)
    assert target.isChecked()
    box = form.fields.boxes["incident_type"]
    assert box.isVisible()
    assert any("Kind of critical incident" in text for text in said)
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.fields.incident  # next, not 14 chips later
    qtbot.waitUntil(lambda: _in_view(form.scroll_area, box), timeout=3_000)
    # Below the chips that made it needed, never above them out of sight.
    assert box.mapTo(form, QPoint(0, 0)).y() > target.mapTo(form, QPoint(0, 0)).y()


def test_a_failed_save_scrolls_to_and_focuses_the_first_field_in_error(
        themed: None, qtbot: Any, vault: Path, make_shell: Any, wait_idle: Any) -> None:
    _window, form = _form(qtbot, vault, make_shell, wait_idle)
    _scroll_to_bottom_by_wheel(qtbot, form.scroll_area)  # a member who scrolled down to Save
    topics = form.fields.boxes["topics"]
    assert not _in_view(form.scroll_area, topics)
    form.save_button.setFocus()
    qtbot.keyClick(form.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert focus is not None
    assert topics.isAncestorOf(focus)  # no topic chosen: the topics are the first in error
    assert topics.error.text()
    qtbot.waitUntil(lambda: _in_view(form.scroll_area, topics.error)
                    and _in_view(form.scroll_area, focus), timeout=3_000)


def test_after_saving_the_new_form_shows_its_date(
        themed: None, qtbot: Any, vault: Path, make_shell: Any, wait_idle: Any) -> None:
    _window, form = _form(qtbot, vault, make_shell, wait_idle)
    chip = form.fields.topics.chip(Topic.WORK_STRESS)
    chip.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    _scroll_to_bottom_by_wheel(qtbot, form.scroll_area)
    form.save_button.setFocus()
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.keyClick(form.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    qtbot.waitUntil(form.message.isVisible, timeout=3_000)
    date_row = form.fields.boxes["occurred_on"]
    qtbot.waitUntil(lambda: _in_view(form.scroll_area, date_row), timeout=3_000)
    window = form.window()
    banner = QRect(form.message.mapTo(window, QPoint(0, 0)), form.message.size())
    assert not banner.intersects(QRect(date_row.mapTo(window, QPoint(0, 0)), date_row.size()))
