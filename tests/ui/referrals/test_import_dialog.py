"""Importing a directory CSV from the Referrals section: a preview that lists every bad row with
its line number and keeps Import disabled, then a clean file that replaces the examples; export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from peerdesk.ui.referrals.import_dialog import ImportDialog
from referrals.test_page import names, open_directory

HEADER = "name,category,phone,hours,available_24_7,region,languages,cost,last_verified\n"
BAD = HEADER + (
    "Harbour Counselling,clinician,+1 902 555 0144,Mon–Fri 9–17,no,Nova Scotia,English,fee,"
    "2026-01-10\n"
    ",eap,+1 902 555 0100,,no,,,covered,\n"
    "Tidewater Chaplaincy,priest,+1 902 555 0111,,no,,,free,\n"
    "Bluenose Crisis Line,crisis_line,call us,,yes,,,free,\n"
)
GOOD = HEADER + (
    "Harbour Counselling,clinician,+1 902 555 0144,Mon–Fri 9–17,no,Nova Scotia,"
    "\"English, French\",fee,2026-01-10\n"
    "Bluenose Crisis Line,crisis_line,+1 902 555 0199,,yes,Nova Scotia,English,free,"
    "2026-02-01\n"
)


def _csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _open_import(qtbot, page, dialogs, path: Path) -> ImportDialog:
    dialogs.answers.append(path)
    qtbot.mouseClick(page.directory_actions.import_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_preview_lists_every_bad_row_and_applies_nothing(qtbot, vault, make_shell, wait_idle,
                                                         dialogs, tmp_path):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    before = names(page.model)
    dialog = _open_import(qtbot, page, dialogs, _csv(tmp_path, "bad.csv", BAD))
    assert dialog.busy.isVisible()  # parsing runs in the worker
    assert not dialog.apply_button.isEnabled()
    wait_idle()
    assert not dialog.busy.isVisible()
    rows = [dialog.problems_model.index(r, 0).data()
            for r in range(dialog.problems_model.rowCount())]
    assert [row.split(":")[0] for row in rows] == ["Line 3", "Line 4", "Line 5"]
    assert all(len(row) > len("Line 3: ") for row in rows)  # each with its reason
    assert dialog.problems.isVisible()
    assert "3 rows need fixing" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    dialog.apply()  # even asked directly, nothing is applied while there are errors
    wait_idle()
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    page.refresh()
    wait_idle()
    assert names(page.model) == before


def test_import_success_replaces_the_examples(qtbot, vault, make_shell, wait_idle, dialogs,
                                              tmp_path):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    assert page.directory_actions.first_run.isVisible()
    dialogs.answers.append(_csv(tmp_path, "good.csv", GOOD))
    # The prompt's button.
    qtbot.mouseClick(page.directory_actions.first_run_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ImportDialog)
    wait_idle()
    assert dialog.replace_examples.isChecked()
    assert "2 resources will be added" in dialog.summary.text()
    assert dialog.problems_model.rowCount() == 0
    assert not dialog.problems.isVisible()
    assert dialog.apply_button.isEnabled()
    assert dialog.apply_button.text().replace("&", "") == "Import 2 resources"
    with qtbot.waitSignal(page.overviewLoaded, timeout=10_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert "2 resources were imported" in page.message.text()
    found = names(page.model)
    assert "Harbour Counselling" in found
    assert "Bluenose Crisis Line" in found
    assert not any(name.startswith("EXAMPLE") for name in found)
    assert page.counts.examples == 0
    assert not page.directory_actions.first_run.isVisible()  # the prompt has done its job


def test_choose_another_file_after_fixing_it(qtbot, vault, make_shell, wait_idle, dialogs,
                                             tmp_path):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    dialog = _open_import(qtbot, page, dialogs, _csv(tmp_path, "bad.csv", BAD))
    wait_idle()
    assert not dialog.apply_button.isEnabled()
    dialogs.answers.append(_csv(tmp_path, "fixed.csv", GOOD))
    dialog.other_button.click()
    wait_idle()
    assert dialog.problems_model.rowCount() == 0
    assert dialog.apply_button.isEnabled()


def test_a_file_with_thousands_of_columns_is_refused_with_a_reason(qtbot, vault, make_shell,
                                                                   wait_idle, dialogs,
                                                                   tmp_path):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    wide = ",".join(["name"] * 32_000) + "\nA,eap\n"
    dialog = _open_import(qtbot, page, dialogs, _csv(tmp_path, "wide.csv", wide))
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=5_000)
    assert "32000 columns" in dialog.message.text()
    assert "at most 64" in dialog.message.text()
    assert dialog.message.kind() == "error"
    assert not dialog.apply_button.isEnabled()
    assert not dialog.busy.isVisible()


def test_export_writes_the_directory(qtbot, vault, make_shell, wait_idle, dialogs, tmp_path):
    page = open_directory(qtbot, make_shell(vault), wait_idle)
    out = tmp_path / "directory.csv"
    dialogs.answers.append(out)
    page.directory_actions.export_button.click()
    wait_idle()
    assert out.read_text(encoding="utf-8-sig").startswith("name,category,phone")
    assert "14 resources were saved" in page.message.text()
