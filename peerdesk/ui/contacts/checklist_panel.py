"""The boundary checklist beside the contact form (ARCHITECTURE section 5).

Items come from the program's policy (versioned; each item has a stable code). Unticked items
never block saving: they are shown and counted ("5 of 7 ticked").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from peerdesk.domain.policy import Checklist
from peerdesk.ui.kit.i18n import QT_TRANSLATE_NOOP
from peerdesk.ui.kit.widgets import tag, text_label

PANEL_WIDTH = 390
_TEXT_WIDTH = PANEL_WIDTH - 2 * 18 - 48  # margins, indicator, its spacing, rounding slack


# The built-in checklist (domain.policy.DEFAULT_CHECKLIST) in other languages: an item whose
# text is still exactly the default is shown translated; a program's own wording is shown as
# the coordinator wrote it.
_DEFAULT_ITEMS = (
    QT_TRANSLATE_NOOP("ChecklistPanel", "I explained confidentiality and its limits."),
    QT_TRANSLATE_NOOP("ChecklistPanel", "I stayed in the peer role: listened and supported; no "
                                        "counselling, diagnosis or therapy."),
    QT_TRANSLATE_NOOP("ChecklistPanel", "I checked for safety where there was any sign of risk "
                                        "to self or others."),
    QT_TRANSLATE_NOOP("ChecklistPanel", "I offered a referral where the need went beyond peer "
                                        "support."),
    QT_TRANSLATE_NOOP("ChecklistPanel", "I have no role conflict: not a witness to or party in "
                                        "the incident, not in the member's chain of command, "
                                        "not investigating it."),
    QT_TRANSLATE_NOOP("ChecklistPanel", "I recorded no names or identifying details."),
    QT_TRANSLATE_NOOP("ChecklistPanel", "I have a plan to look after myself after this "
                                        "contact."),
)


def default_item_text(text: str) -> str:
    """``text`` translated when it is one of the built-in items, else as written."""
    if text in _DEFAULT_ITEMS:
        return QCoreApplication.translate("ChecklistPanel", text)
    return text


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """Break ``text`` into lines no wider than ``width`` (a QCheckBox does not wrap)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and metrics.horizontalAdvance(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return "\n".join(lines)


class ChecklistPanel(QFrame):
    """One checkbox per item of the checklist in force, and the count of ticked items.

    Signals:
        changed(): an item was ticked or unticked.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tag(self, "checklistPanel", self.tr("Boundary checklist"))
        self.setFixedWidth(PANEL_WIDTH)
        self.version = 1
        self.boxes: dict[str, QCheckBox] = {}
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(18, 12, 18, 12)
        self._column.setSpacing(4)
        title = tag(QLabel(self.tr("Boundary checklist")), "checklistTitle")
        title.setProperty("panelTitle", True)
        self._column.addWidget(title)
        self._column.addSpacing(2)
        self._items = QVBoxLayout()
        self._items.setSpacing(2)
        self._column.addLayout(self._items)
        self._column.addSpacing(6)
        self.count_label = tag(QLabel(), "checklistCount")
        self.count_label.setWordWrap(True)
        self._column.addWidget(self.count_label)
        self._column.addWidget(text_label(
            self.tr("Unticked items do not stop you saving; they are counted."), "hint"))
        self._column.addStretch(1)

    def set_checklist(self, checklist: Checklist) -> None:
        """Show the items of ``checklist`` (all unticked)."""
        for box in self.boxes.values():
            self._items.removeWidget(box)
            box.deleteLater()
        self.boxes.clear()
        self.version = checklist.version
        metrics = QFontMetrics(self.font())
        for item in checklist.items:
            text = default_item_text(item.text)
            box = tag(QCheckBox(wrap_text(text, metrics, _TEXT_WIDTH)),
                      f"checklist_{item.code}", text)
            box.setProperty("checklist", True)
            box.toggled.connect(self._update_count)
            self.boxes[item.code] = box
            self._items.addWidget(box)
        self._update_count()

    def ticked(self) -> frozenset[str]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())

    def set_ticked(self, codes: frozenset[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def focus_chain(self) -> list[QWidget]:
        return list(self.boxes.values())

    def _update_count(self) -> None:
        ticked, total = len(self.ticked()), len(self.boxes)
        text = self.tr("%1 of %2 ticked").replace("%1", str(ticked)).replace("%2", str(total))
        if ticked < total:
            text += self.tr(" · %n not ticked", "", total - ticked)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        self.changed.emit()
