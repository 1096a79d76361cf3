"""The frame shared by the windows shown before sign-in: banner, title, a centred card."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui import messages
from peerdesk.ui.widgets import tag

DEFAULT_SIZE = QSize(960, 640)
MINIMUM_SIZE = QSize(640, 520)
CARD_WIDTH = 500


def training_banner() -> QLabel:
    """The permanent banner of a training vault (words, not only colour)."""
    banner = tag(QLabel(messages.training_banner()), "trainingBanner", messages.training_banner())
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return banner


def card_page(*, spacing: int = 16) -> tuple[QFrame, QVBoxLayout]:
    """A white card with generous padding; returns the card and its layout."""
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(36, 32, 36, 32)
    layout.setSpacing(spacing)
    return card, layout


def heading(title: str, intro: str = "") -> QVBoxLayout:
    block = QVBoxLayout()
    block.setSpacing(6)
    label = tag(QLabel(title), "screenTitle")
    label.setWordWrap(True)
    block.addWidget(label)
    if intro:
        text = tag(QLabel(intro), "screenIntro")
        text.setWordWrap(True)
        block.addWidget(text)
    return block


class ScreenWindow(QWidget):
    """A top-level window whose pages are cards centred in a scrollable area.

    Args:
        training: show the training banner and title.
    """

    def __init__(self, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.training = training
        self.setWindowTitle(messages.window_title(training))
        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(MINIMUM_SIZE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = training_banner() if training else None
        if self.banner is not None:
            outer.addWidget(self.banner)
        self.pages = tag(QStackedWidget(), "screenPages")
        outer.addWidget(self.pages, 1)

    def add_page(self, card: QWidget) -> int:
        """Centre ``card`` horizontally, near the top third vertically, scrolling if small."""
        holder = QWidget()
        holder.setObjectName("screen")
        column = QVBoxLayout(holder)
        column.setContentsMargins(24, 24, 24, 24)
        column.addStretch(1)
        card.setMaximumWidth(CARD_WIDTH)
        card.setMinimumWidth(min(CARD_WIDTH, 420))
        column.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        return self.pages.addWidget(scroll)

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
