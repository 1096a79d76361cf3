"""The English messages of the domain and the services reach a French reader in French.

The messages are collected two ways: by running the validators, the directory import, the
pack checker and the passphrase rules on bad input (so composed messages such as "line 4: ...;
..." are covered as the reader sees them), and by reading the source of the modules that write
them (so a new message no bad input here reaches still needs an entry in ui/kit/domain_text.py).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from drill_feedback_support import feedback_texts
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

import peerdesk.domain
import peerdesk.services
import peerdesk.storage
from i18n_support import FRENCH_QM, ROOT
from peerdesk.domain.errors import PeerDeskError
from peerdesk.services import drill_words
from peerdesk.ui.kit import domain_text as dt
from peerdesk.ui.kit import messages
from peerdesk.ui.training import labels as drill_labels

TODAY = date(2026, 5, 14)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(FRENCH_QM))
    qapp.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))  # as i18n.install_translations does
    yield translator
    QLocale.setDefault(previous)
    qapp.removeTranslator(translator)


# --- messages made by running the code on bad input -------------------------------------------

def _error_messages() -> set[str]:
    """The English message of every known error the UI shows by text (no entry for its code)."""
    for package in (peerdesk.domain, peerdesk.storage, peerdesk.services):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    found = set()
    for error in _subclasses(PeerDeskError):
        if error.code in messages._BY_CODE or error.__module__.startswith("peerdesk.cli"):
            continue  # the command line's own errors never reach the UI
        names = {n for _t, n, _f, _c in string.Formatter().parse(error.template)
                 if n}
        found.add(error.template.format(**dict.fromkeys(names, "12")))
    return found


def _subclasses(cls: type) -> Iterator[type[Any]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


@pytest.fixture
def produced(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    del monkeypatch
    found = _error_messages()
    return found - {""}


def test_every_produced_message_reads_in_french(produced: set[str], french: QTranslator) -> None:
    assert len(produced) > 2, "too few messages collected: is the bad input still bad?"
    unknown = sorted(m for m in produced if dt.known(m) is None)
    assert not unknown, ("add these to peerdesk/ui/kit/domain_text.py, then `make translations` "
                         "and translate them:\n" + "\n".join(unknown))
    english = sorted(m for m in produced if dt.domain_text(m) == m)
    assert not english, "still English in French:\n" + "\n".join(english)


def test_english_reads_as_written(produced: set[str]) -> None:
    changed = sorted(m for m in produced if dt.domain_text(m) != m)
    assert not changed, "domain_text changes the English:\n" + "\n".join(changed)


# --- messages found in the source ------------------------------------------------------------

MESSAGE_MODULES = ["peerdesk/domain/drill_pack.py", "peerdesk/services/drills.py"]
# Calls whose text arguments are messages for the reader, and the keyword arguments that are.
# Texts only the command line prints (the UI writes its own sentence for them).
CLI_ONLY = {"read:", "resource(s) to add, no problems.",
            "problem(s); nothing will be imported until they are fixed."}
MESSAGE_CALLS = {"append", "add", "ImportProblem", "_fail", "PackInvalid", "ValidationError"}
MESSAGE_KEYWORDS = {"reason"}


def _message_nodes(tree: ast.AST) -> Iterator[ast.expr]:
    """Text written into field errors, reasons and problems (assignments, calls, returns)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                and t.value.id == "errors" for t in node.targets):
            yield node.value
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", "")
            if name in MESSAGE_CALLS:
                yield from node.args
            yield from (k.value for k in node.keywords if k.arg in MESSAGE_KEYWORDS)
        elif isinstance(node, ast.Return) and node.value is not None:
            yield node.value
        elif isinstance(node, ast.BoolOp):  # strength.warning or "Choose a ..."
            yield from node.values[1:]
        elif isinstance(node, ast.Dict):
            yield from (v for v in node.values if v is not None)


def _literal_parts(node: ast.expr) -> Iterator[str]:
    """The literal words of a message (a constant, an f-string's text, either side of a join)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                yield value.value
    elif isinstance(node, ast.BinOp | ast.IfExp | ast.List | ast.Tuple | ast.BoolOp):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                yield from _literal_parts(child)


def _core(text: str) -> str:
    """The words of a literal piece without the ":1: " or "1–" around a value."""
    return re.sub(r"[\d–\s]+$", "", re.sub(r"^[:\d\s]+", "", text))


def _is_prose(text: str) -> bool:
    words = [w for w in text.replace("_", " ").split() if w.isalpha() and w.islower()]
    return len(words) >= 2 and " " in text.strip()


def source_messages() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for module in MESSAGE_MODULES:
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        for node in _message_nodes(tree):
            for part in _literal_parts(node):
                if _is_prose(part) and _core(part) not in CLI_ONLY:
                    found.setdefault(_core(part), set()).add(module)
    return found


# --- how the table behaves ------------------------------------------------------------------

def test_an_import_row_reads_in_french_with_its_values_kept(french: QTranslator) -> None:
    text = ("line 12: unknown category 'Astrologer' (use one of: eap, clinician); "
            "bad yes/no value in is_example: 'maybe' (use yes or no)")
    shown = dt.domain_text(text)
    assert shown.startswith("ligne 12")
    for kept in ("'Astrologer'", "eap, clinician", "is_example"):
        assert kept in shown
    for english in ("unknown", "use yes"):
        assert english not in shown


def test_numbers_take_the_french_separators(french: QTranslator) -> None:
    assert "100\u00a0000" in dt.domain_text("more than 100,000 rows; split the file").replace(
        "\u202f", "\u00a0")


def test_unknown_text_is_shown_as_it_is(french: QTranslator) -> None:
    assert dt.domain_text("Something nobody wrote.") == "Something nobody wrote."
    assert dt.domain_text("Enter a name.; Mystery") == dt.domain_text("Enter a name.") + "; Mystery"


def test_every_template_has_a_french_translation_with_the_same_placeholders(
        french: QTranslator) -> None:
    for template in dt.sources():
        translated = dt._tr(template)
        assert sorted(dt._PLACEHOLDER.findall(translated)) == sorted(
            dt._PLACEHOLDER.findall(template)), template


# --- drill feedback (domain/drills.py; the French is in services/drill_words.py) -------------

@pytest.fixture
def french_ui(qapp: QApplication, french: QTranslator) -> Iterator[None]:
    """French as the running app speaks it: the translation and the chosen language."""
    previous = qapp.property("peerdeskLanguage")
    qapp.setProperty("peerdeskLanguage", "fr_CA")
    yield
    qapp.setProperty("peerdeskLanguage", previous)


@pytest.mark.parametrize("language", ["en", "fr_CA"])
def test_every_drill_feedback_text_reads_in_french(language: str, french_ui: None) -> None:
    texts = feedback_texts(language)
    assert len(texts) > 60, "too few drill verdicts collected: do the drafts still miss?"
    unknown = sorted(t for t in texts if not dt.drill_known(t))
    assert not unknown, ("add these to peerdesk/services/drill_words.py with their French:\n"
                         + "\n".join(unknown))
    for text in texts:
        shown = dt.drill_text(text)
        assert shown != text, text
        # no English sentence of the scoring and no code is left
        for english in drill_words.sources():
            core = english.split("{")[0].strip(" '")
            assert len(core) < 8 or core not in shown, (core, shown)
        assert not re.search(r"'[a-z0-9]+(_[a-z0-9]+)+'", shown), shown
        assert "\u00a0:" in shown or " :" not in shown, shown  # a no-break space before ":"


def test_drill_feedback_keeps_the_pack_explanation_and_shows_labels(french_ui: None) -> None:
    shown = dt.drill_text("Risk was logged as 'some_concern'; this was imminent danger. "
                          "Elle a dit avoir un plan.")
    assert shown.startswith("Le risque a été consigné comme « ")
    assert shown.endswith(" Elle a dit avoir un plan.")
    assert "some_concern" not in shown
    missing = dt.drill_text("Missing: work_stress, grief_loss.")
    assert missing.startswith("Manquant\u00a0: ")
    assert "_" not in missing


def test_drill_feedback_reads_as_before_in_english(qapp: QApplication) -> None:
    assert qapp.property("peerdeskLanguage") in (None, "en")
    text = "Logged as 'police'; this is 'fire'."
    assert dt.drill_text(text) == drill_labels.readable(text)


def test_every_drill_sentence_in_the_source_has_an_entry() -> None:
    """Each literal piece of a verdict in domain/drills.py is part of an entry of the table."""
    tree = ast.parse((ROOT / "peerdesk/domain/drills.py").read_text(encoding="utf-8"))
    nodes = list(_message_nodes(tree))
    nodes += [n.value for n in ast.walk(tree) if isinstance(n, ast.Assign | ast.AugAssign)
              and any(getattr(t, "id", "") == "reason"
                      for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
    pieces = {_core(p) for node in nodes for p in _literal_parts(node) if _is_prose(p)}
    assert len(pieces) > 20, "the source scan found too few verdicts: has the code moved?"
    entries = drill_words.sources()
    missing = sorted(p for p in pieces if not any(p.strip() in e for e in entries))
    assert not missing, ("domain/drills.py writes these but services/drill_words.py does not "
                         "know them:\n" + "\n".join(missing))
