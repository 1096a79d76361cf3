"""The frame shared by the windows shown before sign-in: banner, title, a centred card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.kit import messages
from peerdesk.ui.kit.appearance import ContrastToggle
from peerdesk.ui.kit.language_choice import LanguageChooser
from peerdesk.ui.kit.widgets import tag, text_label

DEFAULT_SIZE = QSize(960, 640)
MINIMUM_SIZE = QSize(640, 520)
CARD_WIDTH = 520


def scrolling(content: QWidget, object_name: str) -> QScrollArea:
    """``content`` in a frameless area that scrolls when the window is short; the area takes
    no focus of its own (it scrolls to the focused control)."""
    scroll = tag(QScrollArea(), object_name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    return scroll


def scrolling_page(owner: QWidget, name: str, title: str, intro: str) -> QVBoxLayout:
    """Lay ``owner`` out as a section page: a scrolling column (``{name}Content`` in
    ``{name}Scroll``) with the page's title and introduction; returns the column's layout."""
    content = QWidget()
    content.setObjectName(f"{name}Content")
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolling(content, f"{name}Scroll"))
    layout = QVBoxLayout(content)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.setSpacing(12)
    layout.addWidget(tag(QLabel(title), "pageTitle"))
    layout.addWidget(text_label(intro, "pageText"))
    return layout


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
    block.addSpacing(6)
    return block


class _CentredPage(QWidget):
    """Keeps its minimum height at what its wrapped text needs at the current width, so a
    short window scrolls instead of squeezing fields (Qt's minimum sizes ignore word wrap)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen")

    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


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
        # Appearance before signing in too: someone who needs high contrast needs it here.
        self.contrast_toggle = ContrastToggle()
        self.contrast_toggle.setProperty("link", True)
        # And the language (applies at the next start), right after it in reading order.
        self.language = LanguageChooser()
        top = QHBoxLayout()
        top.setContentsMargins(16, 8, 16, 0)
        top.addStretch(1)
        top.addWidget(self.contrast_toggle)
        top.addWidget(self.language)
        outer.addLayout(top)
        QWidget.setTabOrder(self.contrast_toggle, self.language.combo)
        self.pages = tag(QStackedWidget(), "screenPages")
        outer.addWidget(self.pages, 1)

    def add_page(self, card: QWidget) -> int:
        """Centre ``card`` horizontally, a little above the middle, scrolling when too tall."""
        holder = _CentredPage()
        card.setFixedWidth(CARD_WIDTH)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        column = QVBoxLayout(holder)
        column.setContentsMargins(24, 24, 24, 24)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it scrolls to the focused field
        scroll.setWidget(holder)
        return self.pages.addWidget(scroll)

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
