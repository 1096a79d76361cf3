"""Languages: every visible text translated into French, none bypassing tr(), none clipped when
40% longer, and the app starting in French on a French system."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTabWidget, QWidget

from i18n_support import (
    FRENCH_QM,
    FRENCH_TS,
    ROOT,
    UI,
    PseudoTranslator,
    clipped,
    messages,
    real_theme,
    run_lrelease,
    run_lupdate,
    stretch,
    untranslated_literals,
)
from peerdesk.domain.members import Role
from peerdesk.ui.shell.main_window import MainWindow

PASSPHRASE = "maple harbour lantern quietly 42"


def test_every_ui_text_has_a_finished_french_translation(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted.ts"
    run_lupdate(extracted)
    sources = messages(extracted)
    assert len(sources) > 500, "lupdate found too few texts: is it reading peerdesk/ui?"
    french = messages(FRENCH_TS)
    missing = sorted(f"{context}: {source!r}" for (context, source, comment) in sources
                     if french.get((context, source, comment)) is None)
    assert not missing, (f"{len(missing)} texts have no finished French translation; run "
                         "`make translations` and translate them in resources/i18n/"
                         "peerdesk_fr_CA.ts:\n" + "\n".join(missing))


def test_the_compiled_french_translation_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    run_lrelease(FRENCH_TS, fresh)
    assert fresh.read_bytes() == FRENCH_QM.read_bytes(), "run `make translations`"


def test_no_visible_literal_bypasses_translation() -> None:
    problems = [p for path in sorted(UI.rglob("*.py")) for p in untranslated_literals(path)]
    assert not problems, "wrap these in self.tr() or translate():\n" + "\n".join(problems)


def test_stretch_keeps_placeholders_and_adds_forty_percent() -> None:
    text = "Delete %1? {name} has %n entries & <b>more</b>"
    stretched = stretch(text)
    for kept in ("%1", "{name}", "%n", "<b>", "</b>"):
        assert kept in stretched
    assert len(stretched) >= 1.4 * len(text)


# --- the pseudo-translation walk --------------------------------------------------------------

@pytest.fixture(params=["pseudo", "fr_CA"])
def translator(request: Any, qapp: QApplication) -> Iterator[QTranslator]:
    """The 40%-longer pseudo-translation, then the real French one."""
    translator: QTranslator = PseudoTranslator()
    if request.param == "fr_CA":
        translator = QTranslator()
        assert translator.load(str(FRENCH_QM))
    qapp.installTranslator(translator)
    with real_theme(qapp):  # the real style sheet: its padding and fonts take room too
        yield translator
    qapp.removeTranslator(translator)


def _settle(qtbot: Any, wait_idle: Any) -> None:
    wait_idle()
    qtbot.wait(50)


def _check(window: QWidget, where: str, found: list[str]) -> None:
    QCoreApplication.processEvents()
    found += [f"{where}: {problem}" for problem in clipped(window)
              if not any(seen.endswith(problem) for seen in found)]  # once, where first seen


def _walk_tabs(window: QWidget, page: QWidget, where: str, found: list[str], qtbot: Any,
               wait_idle: Any) -> None:
    """Check ``page``, then each tab of every tab widget on it (nested ones too)."""
    _check(window, where, found)
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window) or tabs.parentWidget() is None:
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(qtbot, wait_idle)
            _check(window, f"{where} / tab {index}", found)


def _sign_in(qtbot: Any, shell: Any, wait_idle: Any, member: str = "") -> MainWindow:
    screen = shell.window
    if member:
        screen.findChild(QComboBox, "memberCombo").setCurrentText(member)
    edit = screen.findChild(QLineEdit, "passphraseEdit")
    edit.setText(PASSPHRASE)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    _settle(qtbot, wait_idle)
    assert isinstance(shell.window, MainWindow)
    return shell.window


def _walk_sections(window: MainWindow, label: str, found: list[str], qtbot: Any,
                   wait_idle: Any) -> None:
    for key in window.section_keys():
        window.show_section(key)
        _settle(qtbot, wait_idle)
        page = window.findChild(QWidget, "pages")
        assert page is not None
        _walk_tabs(window, page, f"{label} {key}", found, qtbot, wait_idle)


def test_longer_texts_clip_nowhere(translator: QTranslator, qtbot: Any,
                                                tmp_path: Path, vault_factory: Any,
                                                make_shell: Any, wait_idle: Any) -> None:
    found: list[str] = []
    setup = make_shell(tmp_path / "new")
    _check(setup.window, "setup", found)
    coordinator = make_shell(vault_factory("real"))
    _check(coordinator.window, "unlock", found)
    window = _sign_in(qtbot, coordinator, wait_idle)
    first = window.findChild(QWidget, "navigation").item(0).text()
    assert first == translator.translate("Sections", "Contacts")  # translated, not English
    _walk_sections(window, "coordinator", found, qtbot, wait_idle)
    training = make_shell(vault_factory(
        "training", training=True, extra={"Sam Okafor": frozenset({Role.TRAINER})}),
        training=True)
    _check(training.window, "training unlock", found)
    window = _sign_in(qtbot, training, wait_idle, "Sam Okafor")
    _walk_sections(window, "trainer", found, qtbot, wait_idle)
    assert not found, f"{len(found)} clipped texts:\n" + "\n".join(found)


# --- starting in French -----------------------------------------------------------------------

_START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QPushButton
from peerdesk.ui.shell.app import build_shell
shell = build_shell(Path(sys.argv[1]), False)
QApplication.processEvents()
print(QApplication.instance().property("peerdeskLanguage"))
print(shell.window.findChild(QPushButton, "unlockButton").text())
shell.shutdown()
"""


def test_the_app_starts_in_french_on_a_french_system(vault: Path, tmp_path: Path) -> None:
    env = {**os.environ, "LANG": "fr_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8",
           "LANGUAGE": "fr_CA", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _START, str(vault)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    language, unlock = done.stdout.split("\n")[-3:-1]
    assert language == "fr_CA"
    assert unlock == "Déverrouiller"


_MONTHS = """
import datetime as dt
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QApplication, QCalendarWidget
from peerdesk.domain.stats import Quarter
from peerdesk.ui.kit import i18n
from peerdesk.ui.shell.app import create_application
from peerdesk.ui.statistics import labels
app = create_application()
print(app.property("peerdeskLanguage"))
print(labels.month_label("2026-07"))
print(labels.quarter_label(Quarter.parse("2026-Q3")))
print(i18n.short_date(dt.date(2026, 2, 3)))
print(i18n.stamp_text("2026-08-04T12:00:00Z"))
print(QCalendarWidget().locale().monthName(12))
"""


@pytest.mark.parametrize(("system", "months"), [
    # a French UI whose system writes dates in English (LC_TIME) or speaks French only in its
    # messages (LC_MESSAGES): month names in French all the same
    ({"LANG": "fr_CA.UTF-8", "LC_TIME": "en_US.UTF-8"},
     ["fr_CA", "juillet 2026", "(juillet à septembre)", "févr.", "août", "décembre"]),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8"},
     ["fr_CA", "juillet 2026", "(juillet à septembre)", "févr.", "août", "décembre"]),
    ({"LANG": "fr_FR.UTF-8"},
     ["fr_CA", "juillet 2026", "(juillet à septembre)", "févr.", "août", "décembre"]),
    # an English UI on a system in another language: month names in English
    ({"LANG": "de_DE.UTF-8"},
     ["en", "July 2026", "(July–September)", "Feb", "Aug", "December"]),
])
def test_month_names_are_in_the_language_of_the_ui(
        tmp_path: Path, system: dict[str, str], months: list[str]) -> None:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("LC_") and key not in ("LANG", "LANGUAGE")}
    env.update(system, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _MONTHS], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    shown = done.stdout.strip().split("\n")[-6:]
    assert shown[0] == months[0]
    for line, month in zip(shown[1:], months[1:], strict=True):
        assert month in line, (line, month)


# --- the language setting ---------------------------------------------------------------------

@pytest.fixture
def settings_in_tmp(tmp_path: Path) -> Iterator[None]:
    """QSettings in tmp_path, so the language choice never touches the real settings."""
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, home)


def test_choosing_a_language_is_remembered_for_the_next_start(
        settings_in_tmp: None, qtbot: Any, vault: Path, make_shell: Any) -> None:
    from peerdesk.ui.kit import i18n

    screen = make_shell(vault).window
    combo = screen.findChild(QComboBox, "languageCombo")
    note = screen.findChild(QWidget, "languageNote")
    assert combo.currentData() == ""  # follows the system until someone chooses
    assert combo.accessibleName() == "Language"
    assert not note.isVisible()
    combo.setCurrentIndex(combo.findData(i18n.FRENCH))
    assert note.isVisible()
    assert i18n.chosen_language() == i18n.FRENCH
    assert i18n.effective_language() == i18n.FRENCH
    assert QSettings().value(i18n.SETTINGS_KEY) == "fr_CA"  # a language code, nothing else
    combo.setCurrentIndex(0)
    assert i18n.chosen_language() == ""
    assert QSettings().value(i18n.SETTINGS_KEY) is None


def test_the_chosen_language_wins_over_the_system(vault: Path, tmp_path: Path) -> None:
    config = tmp_path / "config" / "PeerDesk"
    config.mkdir(parents=True)
    (config / "PeerDesk.conf").write_text("[ui]\nlanguage=fr_CA\n", encoding="utf-8")
    env = {**os.environ, "LANG": "en_CA.UTF-8", "LC_ALL": "en_CA.UTF-8",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _START, str(vault)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split("\n")[-3:-1] == ["fr_CA", "Déverrouiller"]
