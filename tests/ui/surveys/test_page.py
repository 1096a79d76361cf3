"""The Surveys section over a real vault, driven by keys and clicks: a cohort made through the
dialog (its minimum never below the statistics threshold), waves opened and closed in order,
paper forms keyed in with digits and stored one after another, and the results released once
and exported as CSV (nothing of a wave below the minimum)."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from conftest import NAME
from peerdesk.domain.surveys import WaveKind, WaveState
from peerdesk.services import policy, surveys
from peerdesk.services.workspace import Workspace
from shell_support import PASSPHRASE
from survey_ui_support import K6_ITEMS, modes, stored, survey_cohort, surveys_page

LEFT = Qt.MouseButton.LeftButton


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, LEFT)


def test_a_cohort_is_made_with_the_keyboard_and_its_minimum_keeps_to_the_threshold(
        qtbot, vault, make_shell, wait_idle):
    ws = Workspace.unlock(vault, NAME, PASSPHRASE)
    policy.update_settings(ws, idle_lock_minutes=5, private_notes_enabled=False,
                           notes_expiry_days=30, suppression_threshold=8)
    ws.lock()
    _window, page = surveys_page(qtbot, make_shell(vault), wait_idle)
    assert page.model.rowCount() == 0
    click(page.new_button)
    wait_idle()
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert focused() is dialog.title_edit
    QTest.keyClicks(focused(), "Call Jane at 555-0134")  # a name and a number: refused
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.minimum
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "3")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.minimum.value() == 8  # below the threshold is not taken
    QTest.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    wait_idle()
    assert dialog.title_error.text()
    assert dialog.instruments_error.text()  # no questionnaire chosen
    assert focused() is dialog.title_edit
    dialog.title_edit.clear()
    QTest.keyClicks(focused(), "Spring peer academy")
    box = dialog.instrument_checks["k6"]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    QTest.keyClick(dialog.follow_up, Qt.Key.Key_Space)
    QTest.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    wait_idle()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    cohort = page.chosen()
    assert cohort is not None
    assert (cohort.title, cohort.minimum, cohort.follow_up) == ("Spring peer academy", 8, True)
    assert "Created" in page.message.text() or "created" in page.message.text()
    assert page.open_button.isVisible()
    assert not page.kiosk_button.isVisible()  # no wave open yet


def test_waves_open_and_close_in_order_and_closing_asks_first(qtbot, vault, make_shell,
                                                              wait_idle, dialogs):
    survey_cohort(vault, wave=None)
    _window, page = surveys_page(qtbot, make_shell(vault), wait_idle)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert page.open_button.text() == "Open the pre wave"
    click(page.open_button)
    wait_idle()
    assert page.close_button.text() == "Close the pre wave…"
    assert page.kiosk_button.isVisible()
    assert page.paper_button.isVisible()
    assert not page.open_button.isVisible()  # one wave at a time
    dialogs.answers.append(False)
    click(page.close_button)
    wait_idle()
    assert page.chosen().waves[0].state is WaveState.OPEN  # the question said no
    dialogs.answers.append(True)
    click(page.close_button)
    wait_idle()
    assert [w.state for w in page.chosen().waves] == [WaveState.CLOSED]
    assert page.open_button.text() == "Open the post wave"
    click(page.open_button)
    wait_idle()
    dialogs.answers.append(True)
    click(page.close_button)
    wait_idle()
    assert ("confirm", "Close the wave") in dialogs.asked
    assert page.open_button.text() == "Open the follow-up wave"


def test_paper_forms_are_keyed_in_with_digits_and_stored_one_after_another(
        qtbot, vault, make_shell, wait_idle, tasks):
    cohort_id = survey_cohort(vault)
    window, page = surveys_page(qtbot, make_shell(vault), wait_idle)
    qtbot.waitUntil(page.paper_button.isVisible, timeout=5_000)
    click(page.paper_button)
    wait_idle()
    paper = page.paper
    assert paper is not None
    qtbot.waitUntil(paper.isVisible, timeout=5_000)
    assert focused() is paper.code_edit
    QTest.keyClicks(focused(), "ma 04")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    # Each digit on the scale is a whole answer and moves on by itself; "9" is off the scale.
    QTest.keyClicks(focused(), "1")
    QTest.keyClicks(focused(), "0")
    QTest.keyClicks(focused(), "9")
    assert "not on the scale" in paper.words["k6:restless"].text()
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert "3" in paper.message.text()  # the third question is named
    assert stored(window, tasks, wait_idle, cohort_id) == []  # nothing stored half-right
    assert focused() is paper.fields["k6:restless"]
    QTest.keyClick(focused(), Qt.Key.Key_Backspace)
    QTest.keyClicks(focused(), "4")
    assert paper.words["k6:restless"].text() == "All of the time"
    QTest.keyClicks(focused(), "2")
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    forms = stored(window, tasks, wait_idle, cohort_id)
    assert [f.answers for f in forms] == [
        {"k6": {"nervous": 1, "hopeless": 0, "restless": 4, "nothing_cheers": 2}}]
    assert "1 form saved" in paper.count.text()
    assert paper.code_edit.text() == ""  # emptied for the next form
    assert focused() is paper.code_edit
    QTest.keyClicks(focused(), "ZO11")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    for _ in range(K6_ITEMS):
        QTest.keyClicks(focused(), "3")
    assert focused() is paper.save_button  # the last answer moves on to Save
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    wait_idle()
    assert len(stored(window, tasks, wait_idle, cohort_id)) == 2
    assert modes(window, tasks, wait_idle, cohort_id) == ["paper", "paper"]
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.paper is None, timeout=5_000)


def _run_waves(folder: Path, pre: int, post: int, *, minimum: int = 5) -> int:
    """A cohort whose pre and post waves took ``pre`` and ``post`` forms (linked by code)."""
    ws = Workspace.unlock(folder, NAME, PASSPHRASE)
    try:
        cohort_id = surveys.create_cohort(ws, "Fall academy", minimum, ["k6"])
        for wave, count in ((WaveKind.PRE, pre), (WaveKind.POST, post)):
            surveys.open_wave(ws, cohort_id, wave)
            for person in range(count):
                answers = {item: (person + i + (wave is WaveKind.PRE)) % 5
                           for i, item in enumerate(("nervous", "hopeless", "restless",
                                                     "nothing_cheers", "effort",
                                                     "worthless"))}
                surveys.submit(ws, cohort_id, {"k6": answers}, f"code{person:02d}")
            surveys.close_wave(ws, cohort_id, wave)
        return cohort_id
    finally:
        ws.lock()


def test_results_are_released_once_shown_and_exported_as_csv(qtbot, vault, make_shell,
                                                              wait_idle, dialogs, tmp_path):
    _run_waves(vault, 9, 7)
    _window, page = surveys_page(qtbot, make_shell(vault), wait_idle)
    view = page.results
    qtbot.waitUntil(view.release_button.isVisible, timeout=5_000)
    assert not view.csv_button.isVisible()  # nothing to export before the release
    dialogs.answers.append(True)
    with qtbot.waitSignal(view.shown, timeout=20_000):
        click(view.release_button)
    assert ("confirm", "Release results") in dialogs.asked
    assert view.scores.rowCount() == 2  # the K6 total, pre and post
    first = view.scores.index(0, 2).data()
    assert first == "9"
    assert "Kessler" in view.credits.text() or "K6" in view.credits.text()
    assert view.changes.rowCount() == 1
    bands = [[view.bands.index(r, c).data() for c in range(4)]
             for r in range(view.bands.rowCount())]
    assert {row[1] for row in bands} == {"Pre", "Post"}
    for _score, _wave, band, count in bands:  # a number, or "hidden": never a small count
        assert band
        assert count == "hidden" or int(count) == 0 or int(count) >= 5
    assert not view.release_button.isVisible()
    wait_idle()
    assert page.model.index(0, 3).data() == "Released"
    out = tmp_path / "results.csv"
    dialogs.answers.append(out)
    click(view.csv_button)
    wait_idle()
    assert "Saved to" in page.message.text()
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    respondents = {r["wave"]: r["value"] for r in rows if r["section"] == "responses"}
    assert respondents == {"pre": "9", "post": "7"}
    pdf = tmp_path / "results"  # the suffix is added
    dialogs.answers.append(pdf)
    click(view.pdf_button)
    wait_idle()
    text = subprocess.run(["pdftotext", "-layout", str(pdf.with_suffix(".pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Fall academy" in text
    assert "Kessler" in text  # the instrument's credit goes with its results


def test_a_wave_below_the_minimum_shows_and_exports_no_figure(qtbot, vault, make_shell,
                                                              wait_idle, dialogs, tmp_path):
    _run_waves(vault, 6, 4, minimum=5)
    _window, page = surveys_page(qtbot, make_shell(vault), wait_idle)
    view = page.results
    qtbot.waitUntil(view.release_button.isVisible, timeout=5_000)
    dialogs.answers.append(True)
    with qtbot.waitSignal(view.shown, timeout=20_000):
        click(view.release_button)
    post = [r for r in range(view.scores.rowCount()) if view.scores.index(r, 1).data() == "Post"]
    assert post
    for row in post:
        assert "fewer respondents" in view.scores.index(row, 3).data()
        assert view.scores.index(row, 4).data() == ""  # no SD, no median
    post_bands = [view.bands.index(r, 3).data() for r in range(view.bands.rowCount())
                  if view.bands.index(r, 1).data() == "Post"]
    assert post_bands
    assert all("fewer respondents" in count for count in post_bands)
    out = tmp_path / "results.csv"
    dialogs.answers.append(out)
    click(view.csv_button)
    wait_idle()
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    post_means = [r["value"] for r in rows
                  if r["section"] == "score" and r["wave"] == "post" and r["statistic"] == "mean"]
    assert post_means == ["withheld"]
    assert not [r for r in rows if r["section"] == "item" and r["wave"] == "post"
                and r["statistic"] == "count" and r["value"] not in ("hidden", "withheld")]


def test_locking_closes_the_paper_entry_and_keeps_nothing_typed(qtbot, vault, make_shell,
                                                                wait_idle, tasks):
    survey_cohort(vault)
    shell = make_shell(vault)
    window, page = surveys_page(qtbot, shell, wait_idle)
    qtbot.waitUntil(page.paper_button.isVisible, timeout=5_000)
    click(page.paper_button)
    wait_idle()
    paper = page.paper
    assert paper is not None
    QTest.keyClicks(paper.code_edit, "MA04")
    QTest.keyClick(paper.code_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shell.workspace is None, timeout=10_000)
    wait_idle()
    assert [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not shell.window] == []
    del window, tasks
