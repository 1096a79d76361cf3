"""Helpers for the translation tests: running lupdate, reading .ts files, the AST check, the
pseudo-translator and the clipping check."""

from __future__ import annotations

import ast
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from peerdesk.ui.kit import theme

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "peerdesk" / "ui"
FRENCH_TS = ROOT / "resources" / "i18n" / "peerdesk_fr_CA.ts"
FRENCH_QM = FRENCH_TS.with_suffix(".qm")
# the English catalogues below the UI that lupdate reads (messages and vocabulary labels)
MESSAGES = tuple(ROOT / "peerdesk" / "domain" / name
                 for name in ("messages_en.py", "labels_en.py"))
BIN = Path(sys.executable).parent


def run_lupdate(out: Path) -> None:
    """Extract the UI's texts into ``out`` exactly as ``make translations`` does."""
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         "-source-language", "en", "-target-language", "fr_CA",
         *sorted(str(p) for p in UI.rglob("*.py")), *map(str, MESSAGES), "-ts", str(out)],
        check=True, capture_output=True, timeout=120)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, timeout=120)


def messages(ts: Path) -> dict[tuple[str, str, str], list[str] | None]:
    """(context, source, comment) -> the finished translations (numerus forms), None if not."""
    found: dict[tuple[str, str, str], list[str] | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            done = translation.get("type") is None and all(f.strip() for f in forms)
            found[key] = forms if done else None
    return found


# --- the AST check ----------------------------------------------------------------------------

# Callee name -> positional arguments holding visible text.
TEXT_ARGUMENTS: dict[str, tuple[int, ...]] = {
    "setText": (0,), "setWindowTitle": (0,), "setPlaceholderText": (0,), "setToolTip": (0,),
    "setStatusTip": (0,), "setWhatsThis": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "addTab": (1,), "insertTab": (2,), "setTabText": (1,),
    "setTabToolTip": (1,), "setTitle": (0,), "setButtonText": (1,), "setLabelText": (0,),
    "setSuffix": (0,), "setPrefix": (0,), "setSpecialValueText": (0,), "addItem": (0,),
    "insertItem": (1,), "setItemText": (1,), "showMessage": (0,), "show_message": (0,),
    "set_error": (0,), "setFormat": (0,), "addAction": (0,), "addRow": (0,), "addItems": (0,),
    "setHorizontalHeaderLabels": (0,), "setHeaderLabels": (0,), "QLabel": (0,),
    "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0,), "QToolButton": (0,), "QMenu": (0,), "text_label": (0,),
    "primary_button": (0,), "secondary_button": (0,), "heading": (0, 1), "field_block": (0,),
    "FieldBox": (0,), "tag": (2,), "confirm": (1, 2, 3), "inform": (1, 2), "warn": (1, 2),
    "save_file": (1, 3), "open_file": (1, 3),
}
TEXT_KEYWORDS = {"text", "title", "accessible_name", "placeholder", "tooltip", "intro", "label"}
WORDS = re.compile(r"[A-Za-z]{2,}")
# Literal texts that are not words in any language (the recovery key's shape).
NOT_WORDS = {"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"}


def _callee(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _has_literal_words(node: ast.AST) -> bool:
    """A literal (or f-string, concatenation, list, conditional) with words, outside tr()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value not in NOT_WORDS and bool(WORDS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_has_literal_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _has_literal_words(node.left) or _has_literal_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_has_literal_words(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return _has_literal_words(node.body) or _has_literal_words(node.orelse)
    return False


def _translation_call_problem(node: ast.Call, name: str) -> str:
    """What lupdate would get wrong about this tr/translate/QT_TRANSLATE_NOOP call."""
    func = node.func
    if name == "tr":
        if isinstance(func, ast.Attribute) and not (
                isinstance(func.value, ast.Name) and func.value.id == "self"):
            return f"{ast.unparse(func)}(): lupdate takes the variable's name as the context"
        if isinstance(func, ast.Name):
            return "a bare tr(): lupdate cannot tell its context; use self.tr or translate"
        text = node.args[0]
    else:
        text = node.args[1] if len(node.args) > 1 else node.args[0]
        if not isinstance(node.args[0], ast.Constant) and isinstance(text, ast.Constant):
            return f"{name}() with a computed context: lupdate needs a literal"
        if name == "translate" and isinstance(func, ast.Name) and len(node.args) > 3:
            return "a plural through translate(): use QCoreApplication.translate or self.tr"
    if isinstance(text, (ast.JoinedStr, ast.BinOp)):
        return f"{name}() of a built string: fill placeholders after translating"
    return ""


def untranslated_literals(path: Path) -> Iterator[str]:
    """Each visible literal that bypasses translation, as "file:line: what"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(ROOT)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node.func)
        if (isinstance(node.func, ast.Name) and name.startswith("_t") and node.args
                and isinstance(node.args[0], ast.Constant)):
            yield (f"{where}:{node.lineno}: {name}({node.args[0].value!r}): lupdate does not "
                   "see helper calls; use translate(\"Context\", ...)")
            continue
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP") and node.args:
            problem = _translation_call_problem(node, name)
            if problem:
                yield f"{where}:{node.lineno}: {problem}"
            continue
        for index in TEXT_ARGUMENTS.get(name, ()):
            if index < len(node.args) and _has_literal_words(node.args[index]):
                yield f"{where}:{node.lineno}: {name}({ast.unparse(node.args[index])[:60]})"
        if name in TEXT_ARGUMENTS:
            for keyword in node.keywords:
                if keyword.arg in TEXT_KEYWORDS and _has_literal_words(keyword.value):
                    yield f"{where}:{node.lineno}: {name}({keyword.arg}=...)"


# --- pseudo-translation -----------------------------------------------------------------------

_ACCENTED = str.maketrans("aeiouycnAEIOUYCN", "àéîöüýçñÀÉÎÖÜÝÇÑ")
# Placeholders, markup and separators are kept as they are; everything else is a word.
_KEEP = re.compile(r"(%n|%L?\d|\{\w+\}|<[^>]+>|&\w+;|\s+)")
STRETCH = 0.4


def stretch(text: str) -> str:
    """``text`` 40% longer, each word lengthened in proportion, accented so it shows."""
    parts = _KEEP.split(text)
    words = [i for i, part in enumerate(parts) if part and not _KEEP.fullmatch(part)]
    letters = sum(len(parts[i]) for i in words)
    if not letters:
        return text
    extra = math.ceil(STRETCH * len(text))
    for i in words:
        share = math.ceil(extra * len(parts[i]) / letters)
        parts[i] = parts[i].translate(_ACCENTED) + "ë" * share
    return "".join(parts)


class PseudoTranslator(QTranslator):
    """Every PeerDesk text stretched by 40% (Qt's own texts are left alone)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # type: ignore[override]
        if not source or context.startswith("Q"):
            return ""  # not ours: the next translator, or the source
        return stretch(source)

    def isEmpty(self) -> bool:
        return False


# --- clipping ---------------------------------------------------------------------------------

def clipped(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit the room they were given, or that
    a parent cuts off at the side (vertical scrolling is fine, sideways cutting is not)."""
    problems: list[str] = []
    for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        if not widget.isVisibleTo(window) or not widget.text().strip():
            continue
        cut = _cut_off_by(widget, window)
        if cut:
            problems.append(f"{_name(widget)}: cut off at the side by {cut} "
                            f"({widget.text()[:40]!r})")
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text().strip() or label.width() <= 0:
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(f"{_name(label)}: needs {needed}px high, has {label.height()}"
                                f" ({label.text()[:40]!r})")
        elif label.sizeHint().width() > label.width() + 1:
            problems.append(f"{_name(label)}: needs {label.sizeHint().width()}px wide, has "
                            f"{label.width()} ({label.text()[:40]!r})")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text().strip():
            continue
        if button.sizeHint().width() > button.width() + 1:
            problems.append(f"{_name(button)}: needs {button.sizeHint().width()}px wide, has "
                            f"{button.width()} ({button.text()[:40]!r})")
    return problems


def _cut_off_by(widget: QWidget, window: QWidget) -> str:
    """The ancestor whose rectangle hides part of ``widget``'s width, if any."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if rect.left() < area.left() - 1 or rect.right() > area.right() + 1:
            return parent.objectName() or type(parent).__name__
        parent = parent.parentWidget()
    return ""


def _name(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 3:
        chain.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(chain))


# --- table cells, header sections and drop-down items -----------------------------------------

def clipped_cells(window: QWidget, rows: int = 30) -> list[str]:
    """Visible cells and header sections of tables and trees whose text is cut (elided, or
    wrapped onto more lines than the row shows)."""
    problems: list[str] = []
    for view in window.findChildren(QAbstractItemView):
        if not isinstance(view, (QTableView, QTreeView)) or not view.isVisibleTo(window):
            continue
        model = view.model()
        if model is None:
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        for column in range(model.columnCount()):
            if header.isSectionHidden(column) or header.sectionSize(column) <= 0:
                continue
            problems += [f"{_name(view)} {p}" for p in _header_cut(header, model, column)]
            for row in range(min(model.rowCount(), rows)):
                problem = _cell_cut(view, model.index(row, column))
                if problem:
                    problems.append(f"{_name(view)} row {row}: {problem}")
    return problems


def _header_cut(header: QHeaderView, model: QAbstractItemModel, column: int) -> list[str]:
    text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    if not header.isVisibleTo(header.window()) or not isinstance(text, str) or not text.strip():
        return []
    needed = header.sectionSizeFromContents(column)
    has = header.sectionSize(column)
    align = model.headerData(column, Qt.Orientation.Horizontal,
                             Qt.ItemDataRole.TextAlignmentRole)
    if isinstance(align, int) and align & Qt.TextFlag.TextWordWrap.value:
        problem = _wrapped_cut(text, needed, QRect(0, 0, has, header.height()),
                               header.fontMetrics(), rounding=0)
        return [f"header {problem}"] if problem else []
    if needed.width() > has + 1:
        return [f"header {text[:40]!r}: needs {needed.width()}px, has {has}"]
    return []


def _cell_cut(view: QAbstractItemView, index: QModelIndex) -> str:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text.strip():
        return ""
    rect = view.visualRect(index)
    if rect.width() <= 0 or rect.height() <= 0:
        return ""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = rect
    option.font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    option.fontMetrics = QFontMetrics(option.font)
    plain = view.itemDelegateForIndex(index).sizeHint(option, index)  # text, padding, margins
    metrics = option.fontMetrics
    if not view.wordWrap():
        if plain.width() > rect.width() + 1:
            return f"{text[:40]!r}: needs {plain.width()}px, has {rect.width()}"
        return ""
    return _wrapped_cut(text, plain, rect, metrics)


def _wrapped_cut(text: str, plain: QSize, rect: QRect, metrics: QFontMetrics,
                 rounding: int = 4) -> str:
    """A wrapped value measured in the room the padding leaves, here: the delegate's own
    wrapped measure leaves out the style sheet's padding and so misjudges its lines."""
    chrome = plain.width() - max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    room = max(1, rect.width() - chrome - rounding)  # a cell's text layout rounds
    height = metrics.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap),
                                  text).height()
    needed = height + plain.height() - metrics.height()
    words = [w for w in re.split(r"\s+|(?<=-)", text) if w]  # lines break at spaces, hyphens
    widest_word = max((metrics.horizontalAdvance(word) for word in words), default=0)
    if widest_word > room + 1:
        return f"{text[:40]!r}: a word needs {widest_word}px, has {room}"
    if needed > rect.height() + 1:
        return f"{text[:40]!r}: needs {needed}px high, has {rect.height()}"
    return ""


def popup_clipped(combo: QComboBox) -> list[str]:
    """Each item of ``combo``'s open list that is not wholly inside the list or whose text is
    cut (each is scrolled to first, so a long list may scroll)."""
    view = combo.view()
    problems = []
    for row in range(combo.count()):
        index = combo.model().index(row, combo.modelColumn())
        view.scrollTo(index)
        QApplication.processEvents()
        rect = view.visualRect(index)
        inside = view.viewport().rect()
        text = combo.itemText(row)
        needed = view.fontMetrics().horizontalAdvance(text)
        if not inside.contains(rect):
            problems.append(f"{text[:40]!r} at {rect.getRect()} outside {inside.getRect()}")
        elif needed > min(rect.width(), inside.width()) - 8:
            problems.append(f"{text[:40]!r} needs {needed}px, has "
                            f"{min(rect.width(), inside.width())}")
    return problems


def clipped_choices(window: QWidget) -> list[str]:
    """Chosen chips (drawn heavier, after a check mark) and the shown value of drop-down lists
    whose words do not fit."""
    problems: list[str] = []
    for button in window.findChildren(QPushButton):
        if not (button.property("chip") and button.isChecked() and button.isVisibleTo(window)):
            continue
        heavy = QFont(button.font())
        heavy.setWeight(QFont.Weight.DemiBold)
        text = button.text()
        padding = QPushButton.sizeHint(button).width() - button.fontMetrics().horizontalAdvance(
            text)  # Qt's own measure, padding and border, without the chip's allowance
        needed = padding + QFontMetrics(heavy).horizontalAdvance(text)
        if needed > button.width() + 1:
            problems.append(f"{_name(button)}: chosen, needs {needed}px wide, has "
                            f"{button.width()} ({text[:40]!r})")
    for combo in window.findChildren(QComboBox):
        if not combo.isVisibleTo(window) or not combo.count():
            continue
        option = QStyleOptionComboBox()
        option.initFrom(combo)
        option.editable = combo.isEditable()
        option.frame = combo.hasFrame()
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        # Any item may be chosen: the widest must show whole once chosen.
        widest = max(range(combo.count()),
                     key=lambda i, c=combo: c.fontMetrics().horizontalAdvance(c.itemText(i)))
        text = combo.itemText(widest)
        needed = combo.fontMetrics().horizontalAdvance(text)
        if needed > field.width() + 1:
            problems.append(f"{_name(combo)}: would show {text[:40]!r} in {field.width()}px, "
                            f"needs {needed}")
    return problems


@contextmanager
def real_theme(app: QApplication) -> Iterator[QApplication]:
    """The app's real style sheet (its padding and fonts take room), undone afterwards so the
    tests that follow see the app as they expect."""
    font, palette, style = QFont(app.font()), QPalette(app.palette()), app.style().name()
    theme.apply(app, False)
    try:
        yield app
    finally:
        app.setStyleSheet("")
        app.setProperty("peerdeskTraining", None)
        app.setProperty("peerdeskHighContrast", None)
        app.setStyle(style)
        app.setPalette(palette)
        app.setFont(font)
