"""Checkable chips for topics and referrals: a flow of toggle buttons, keyboard-first.

A chip is a checkable push button: Tab reaches it, Space toggles it, focus draws a thick
border, and its state is in its words (a check mark before the label, "selected" for screen
readers), not only in its colour.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.contacts import Referral
from peerdesk.domain.vocab import ReferralHow, ReferralType
from peerdesk.ui.kit.vocab_labels import label
from peerdesk.ui.kit.widgets import tag

E = TypeVar("E", bound=enum.StrEnum)

CHECK = "✓ "


class FlowLayout(QLayout):
    """Lays items left to right and wraps them (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 7) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y()


class Chip(QPushButton):
    """One checkable chip; its width holds the check mark so the row never jumps."""

    def __init__(self, text: str, object_name: str, spoken: str = "") -> None:
        super().__init__()
        self._text = text
        # The name is the words without the check mark (the checked state says that);
        # ``spoken`` when the words alone are ambiguous ("Other" of which group).
        tag(self, object_name, spoken or text)
        self.setProperty("chip", True)
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def sizeHint(self) -> QSize:
        """Room for the words as a chosen chip draws them (heavier, after the check mark),
        whatever the state: choosing a chip never cuts its words nor moves the row."""
        hint = super().sizeHint()
        chosen = QFont(self.font())
        chosen.setWeight(QFont.Weight.Bold)
        extra = (QFontMetrics(chosen).horizontalAdvance(CHECK + self._text)
                 - self.fontMetrics().horizontalAdvance(self.text()))
        return QSize(hint.width() + max(0, extra), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _show_state(self, checked: bool) -> None:
        self.setText((CHECK if checked else "") + self._text)
        self.setAccessibleDescription(self.tr("selected") if checked else self.tr("not selected"))


class ChipGroup(QWidget, Generic[E]):
    """A group of chips, one per member of one vocabulary.

    Signals:
        changed(): a chip was toggled.
    """

    changed = Signal()

    def __init__(self, members: Sequence[E], object_name: str, accessible_name: str,
                 parent: QWidget | None = None, *, other_name: str = "") -> None:
        super().__init__(parent)
        tag(self, object_name, accessible_name)
        self.members = list(members)
        self.chips: dict[str, Chip] = {}
        flow = FlowLayout(self)
        for member in self.members:
            chip = Chip(label(member), f"{object_name}_{member.value}",
                        other_name if member.value == "other" else "")
            chip.toggled.connect(self.changed)
            self.chips[str(member.value)] = chip
            flow.addWidget(chip)
        self.setFocusProxy(self.chips[str(self.members[0].value)])

    def selected(self) -> list[E]:
        return [m for m in self.members if self.chips[str(m.value)].isChecked()]

    def set_selected(self, chosen: Iterable[E]) -> None:
        wanted = {str(m.value) for m in chosen}
        for code, chip in self.chips.items():
            chip.setChecked(code in wanted)

    def chip(self, member: E) -> Chip:
        return self.chips[str(member.value)]

    def focus_chain(self) -> list[QWidget]:
        return [self.chips[str(m.value)] for m in self.members]


class ReferralPicker(QWidget):
    """Referral chips plus, for each chosen referral, how it was made (information or handoff).

    Signals:
        changed(): a referral or its "how" changed.
        lookupRequested(object): the ReferralType whose directory entries the supporter wants.
    """

    changed = Signal()
    lookupRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralPicker")
        self.group = ChipGroup(list(ReferralType), "referralChip", self.tr("Referrals"),
                               other_name=self.tr("Other referral"))
        self.group.changed.connect(self._sync)
        self.how: dict[ReferralType, QComboBox] = {}
        self.how_labels: dict[ReferralType, QLabel] = {}
        # Not ``find``: that name is QWidget.find, which this attribute would hide.
        self.find_buttons: dict[ReferralType, QToolButton] = {}
        self._how_grid = QGridLayout()
        self._how_grid.setContentsMargins(0, 0, 0, 0)
        self._how_grid.setHorizontalSpacing(12)
        self._how_grid.setVerticalSpacing(6)
        self._how_grid.setColumnStretch(3, 1)  # the rest of the row: "how" beside its name
        for kind in ReferralType:
            name = label(kind)
            caption = tag(QLabel(name), f"referralHowLabel_{kind.value}")
            caption.setWordWrap(True)  # a long name takes a second line, not the form's room
            combo = tag(QComboBox(), f"referralHow_{kind.value}",
                        self.tr("How the referral to %1 was made").replace("%1", name))
            for how in ReferralHow:
                combo.addItem(label(how), how.value)
            combo.currentIndexChanged.connect(self.changed)
            caption.setBuddy(combo)
            find = tag(QToolButton(), f"referralFind_{kind.value}",
                       self.tr("Find %1 in the directory").replace("%1", name))
            find.setText(self.tr("Find…"))
            find.setToolTip(self.tr("Find %1 in the directory").replace("%1", name))
            find.clicked.connect(lambda _checked=False, k=kind: self.lookupRequested.emit(k))
            self.how[kind], self.how_labels[kind], self.find_buttons[kind] = combo, caption, find
            for column, widget in enumerate((caption, combo, find)):
                self._how_grid.addWidget(widget, 0, column)  # parented now; placed by _sync
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.group)
        layout.addLayout(self._how_grid)
        self.setFocusProxy(self.group)
        self._sync()

    def _sync(self) -> None:
        chosen = set(self.group.selected())
        # Re-place the visible rows so chosen referrals sit together in order.
        for kind in ReferralType:
            for old in (self.how_labels[kind], self.how[kind], self.find_buttons[kind]):
                self._how_grid.removeWidget(old)
        index = 0
        for kind in ReferralType:
            shown = kind in chosen
            row_widgets = (self.how_labels[kind], self.how[kind], self.find_buttons[kind])
            for column, widget in enumerate(row_widgets):
                if shown:  # one referral a row: two side by side would widen the column
                    self._how_grid.addWidget(widget, index, column)
                widget.setVisible(shown)
            index += shown
        self.changed.emit()

    def referrals(self) -> tuple[Referral, ...]:
        return tuple(
            Referral(kind, ReferralHow(self.how[kind].currentData()))
            for kind in self.group.selected()
        )

    def set_referrals(self, referrals: Iterable[Referral]) -> None:
        referrals = list(referrals)
        for kind, combo in self.how.items():
            combo.setCurrentIndex(0)
            for r in referrals:
                if r.type is kind:
                    combo.setCurrentIndex(combo.findData(r.how.value))
        self.group.set_selected(r.type for r in referrals)
        self._sync()

    def choose(self, kind: ReferralType, how: ReferralHow) -> None:
        """Select one referral (the escalation panel's shortcut)."""
        self.how[kind].setCurrentIndex(self.how[kind].findData(how.value))
        self.group.chip(kind).setChecked(True)

    def focus_chain(self) -> list[QWidget]:
        """Chips first, then the "how" and "Find…" of each referral in order."""
        return [*self.group.focus_chain(),
                *(w for k in ReferralType for w in (self.how[k], self.find_buttons[k]))]
