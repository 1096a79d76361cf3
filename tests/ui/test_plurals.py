"""Plurals: every text the UI says with a count is one Qt plural (numerus) message, and the
French and English .qm give each count its form (French: 0 and 1 singular, 2 and more plural).

The counted texts are found in the source (each ``self.tr(text, "", n)`` and each translate call
given a count), so a count said through a message lupdate does not make plural is caught here:
Qt finds a plain message's translation for 0 and 1 only, and French showed English from 2 on.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from i18n_support import FRENCH_QM, FRENCH_TS, ROOT, UI, run_lrelease, run_lupdate

ENGLISH_TS = FRENCH_TS.with_name("peerdesk_en.ts")
ENGLISH_QM = ENGLISH_TS.with_suffix(".qm")
COUNTS = (1, 2, 5)
Key = tuple[str, str, str]  # context, source text, disambiguation


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _count_given(call: ast.Call, position: int) -> bool:
    return len(call.args) > position or any(k.arg == "n" for k in call.keywords)


class _Calls(ast.NodeVisitor):
    """Each tr/translate call of a literal: its key and whether it is given a count."""

    def __init__(self, where: str) -> None:
        self.where, self.classes = where, [""]
        self.found: list[tuple[str, Key, bool]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and node.args and _literal(node.args[0]) is not None:
            comment = _literal(node.args[1]) if len(node.args) > 1 else None
            key = (self.classes[-1], _literal(node.args[0]) or "", comment or "")
            self.found.append((f"{self.where}:{node.lineno}", key, _count_given(node, 2)))
        elif name == "translate" and len(node.args) > 1 and _literal(node.args[1]) is not None:
            comment = _literal(node.args[2]) if len(node.args) > 2 else None
            key = (_literal(node.args[0]) or "", _literal(node.args[1]) or "", comment or "")
            self.found.append((f"{self.where}:{node.lineno}", key, _count_given(node, 3)))
        self.generic_visit(node)


def translation_calls() -> Iterator[tuple[str, Key, bool]]:
    for path in sorted(UI.rglob("*.py")):
        calls = _Calls(str(path.relative_to(ROOT)))
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        yield from calls.found


def numerus(ts: Path) -> dict[Key, list[str] | None]:
    """The plural messages of ``ts``: their finished forms, or None."""
    found: dict[Key, list[str] | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            done = translation.get("type") is None and all(f.strip() for f in forms)
            found[(context.findtext("name") or "", message.findtext("source") or "",
                   message.findtext("comment") or "")] = forms if done else None
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, list[str] | None]:
    """The plural messages lupdate makes of the UI today."""
    out = tmp_path_factory.mktemp("plurals") / "extracted.ts"
    run_lupdate(out)
    return numerus(out)


def test_every_count_is_given_to_a_plural_message(
        extracted: dict[Key, list[str] | None]) -> None:
    wrong = [f"{where}: {key[1]!r}" for where, key, counted in translation_calls()
             if counted and key not in extracted]
    assert not wrong, ("a count given to a text lupdate does not make plural (use self.tr(text, "
                       "\"\", n) in a QObject named for the context):\n" + "\n".join(wrong))


def test_every_text_with_a_count_is_given_one() -> None:
    wrong = [f"{where}: {key[1]!r}" for where, key, counted in translation_calls()
             if not counted and "%n" in key[1].replace("%Ln", "%n")]
    assert not wrong, ("%n filled by hand: Qt chooses no plural form for these:\n"
                       + "\n".join(wrong))


def test_one_source_text_per_plural() -> None:
    """No code picks between a singular and a plural source text: Qt's forms do it, in each
    language's own rule (English's n == 1 is wrong for French 0)."""
    pairs = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            by_one = isinstance(node, ast.IfExp) and any(
                isinstance(c, ast.Constant) and c.value == 1
                for c in ast.walk(node.test))  # n == 1, n > 1, ...
            branches = ([node.body, node.orelse] if by_one
                        else node.args if isinstance(node, ast.Call) else [])
            counted = [b for b in branches if isinstance(b, ast.Call)
                       and "%n" in ast.unparse(b) and b.args and len(b.args) >= 3]
            if len(counted) >= 2:
                pairs.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not pairs, "one %n source text instead of two:\n" + "\n".join(pairs)


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Install the given translators for a test, removed after it."""
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def _said(qapp: QApplication, installed: list[QTranslator], qm: Path,
          plurals: dict[Key, list[str] | None]) -> dict[Key, list[str]]:
    translator = QTranslator()
    assert translator.load(str(qm))
    installed.append(translator)
    qapp.installTranslator(translator)
    return {key: [QCoreApplication.translate(key[0], key[1], key[2] or None, n) for n in COUNTS]
            for key in plurals}


def test_french_gives_every_count_its_form(
        qapp: QApplication, installed: list[QTranslator],
        extracted: dict[Key, list[str] | None]) -> None:
    plurals = set(extracted) | {key for _w, key, counted in translation_calls() if counted}
    french = numerus(FRENCH_TS)
    said = _said(qapp, installed, FRENCH_QM, dict.fromkeys(plurals))
    wrong = []
    for key, texts in sorted(said.items()):
        forms = french.get(key)
        for n, text in zip(COUNTS, texts, strict=True):
            english = key[1].replace("%Ln", str(n)).replace("%n", str(n))
            if (forms is None or str(n) not in text or text == english
                    or text != forms[0 if n == 1 else 1].replace("%Ln", str(n))
                    .replace("%n", str(n))):
                wrong.append(f"{key[0]}: {key[1]!r} with {n}: {text!r}")
    assert len(plurals) > 30
    assert not wrong, ("French plurals missing (translate both numerus forms in "
                       "peerdesk_fr_CA.ts):\n" + "\n".join(wrong))


def test_english_gives_every_count_its_form(
        qapp: QApplication, installed: list[QTranslator],
        extracted: dict[Key, list[str] | None]) -> None:
    english = numerus(ENGLISH_TS)
    unfinished = sorted(f"{k[0]}: {k[1]!r}" for k in extracted if english.get(k) is None)
    assert not unfinished, ("no English forms (run `make translations` and give both in "
                            "resources/i18n/peerdesk_en.ts):\n" + "\n".join(unfinished))
    said = _said(qapp, installed, ENGLISH_QM, extracted)
    for key, (one, two, five) in said.items():
        forms = english[key]
        assert forms is not None
        assert (one, two, five) == tuple(forms[0 if n == 1 else 1].replace("%Ln", str(n))
                                         .replace("%n", str(n)) for n in COUNTS)
        assert "(s)" not in one + two, key
        assert "(ies)" not in one + two, key
    assert said[("FollowUpModel", "Overdue by %n day(s)", "")] == [
        "Overdue by 1 day", "Overdue by 2 days", "Overdue by 5 days"]


def test_the_english_translation_holds_plurals_only_and_is_up_to_date(
        tmp_path: Path, extracted: dict[Key, list[str] | None]) -> None:
    messages = list(ET.parse(ENGLISH_TS).getroot().iter("message"))
    assert messages
    assert all(m.get("numerus") == "yes" for m in messages)
    assert set(numerus(ENGLISH_TS)) == set(extracted)
    fresh = tmp_path / "fresh.qm"
    run_lrelease(ENGLISH_TS, fresh)
    assert fresh.read_bytes() == ENGLISH_QM.read_bytes(), "run `make translations`"


def test_making_the_translations_again_keeps_every_plural_form(tmp_path: Path) -> None:
    """``make translations`` run on the committed files changes nothing: lupdate keeps the
    numerus forms, and copying the French written below the UI leaves them alone."""
    copy = tmp_path / "peerdesk_fr_CA.ts"
    shutil.copy(FRENCH_TS, copy)
    run_lupdate(copy)
    subprocess.run([sys.executable, str(ROOT / "tools" / "messages_to_ts.py"), str(copy),
                    "fr_CA"], check=True, cwd=ROOT, capture_output=True, timeout=120)
    assert numerus(copy) == numerus(FRENCH_TS)
    fresh = tmp_path / "fresh.qm"
    run_lrelease(copy, fresh)
    assert fresh.read_bytes() == FRENCH_QM.read_bytes()
