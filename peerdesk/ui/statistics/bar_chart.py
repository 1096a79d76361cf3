"""A calm horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

One bar per label, the value written at its end. A suppressed value has no bar: the word
"hidden" and a dotted baseline stand in its place, so the meaning never rests on colour. The
chart repeats what the table beside it says, so it takes no keyboard focus; its accessible
description reads every bar out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.theme import colours
from peerdesk.ui.statistics import labels

ROW_MAX, ROW_MIN, GAP = 28, 14, 6
LABEL_MAX = 190
PAD = 12


def _t(text: str) -> str:
    return QCoreApplication.translate("Statistics", text)


class BarChart(QWidget):
    """Bars for ``(label, value-or-None)`` pairs; None is drawn as "hidden"."""

    def __init__(self, object_name: str, training: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 120)
        palette = colours(training)
        self._bar = QColor(palette.accent)
        self._text = QColor(palette.text)
        self._muted = QColor(palette.muted)
        self._edge = QColor(palette.border)
        self._surface = QColor(palette.surface)
        self._bars: list[tuple[str, int | None]] = []
        self._threshold = 0
        self._title = ""

    def set_bars(self, bars: Sequence[tuple[str, int | None]], threshold: int,
                 title: str = "", *, show_title: bool = True) -> None:
        self._bars, self._threshold = list(bars), threshold
        self._title = title if show_title else ""
        self.setAccessibleName(title or translate("Statistics", "Chart"))
        spoken = [translate("Statistics", "%1: %2").replace("%1", name).replace(
            "%2", translate("Statistics",
                    "hidden") if value is None else labels.shown(value, threshold))
            for name, value in self._bars]
        self.setAccessibleDescription("; ".join(spoken))
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_bars([], 0)

    def bars(self) -> list[tuple[str, int | None]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        return QSize(420, 2 * PAD + self._title_height() + rows * (ROW_MAX + GAP))

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + 8 if self._title else 0

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self._surface)
        painter.setPen(QPen(self._edge, 1))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        top = PAD
        if self._title:
            painter.setFont(self._title_font())
            painter.setPen(self._muted)
            painter.drawText(QRectF(PAD, top, self.width() - 2 * PAD, self._title_height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self._title)
            top += self._title_height()
        if not self._bars:
            painter.end()
            return
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        step = (self.height() - top - PAD) / len(self._bars)
        row = max(ROW_MIN, min(ROW_MAX, step - GAP))
        step = min(max(step, row + 2.0), ROW_MAX + GAP)  # few bars stay together at the top
        label_width = min(LABEL_MAX, max(metrics.horizontalAdvance(n) for n, _ in self._bars) + 8)
        value_width = max(metrics.horizontalAdvance(labels.shown(v, self._threshold))
                          for _, v in self._bars) + 10
        left = PAD + label_width + 8
        span = max(10, self.width() - left - PAD - value_width)
        peak = max([v for _, v in self._bars if v] or [1])
        for i, (name, value) in enumerate(self._bars):
            y = top + i * step
            band = QRectF(PAD, y, label_width, row)
            painter.setPen(self._text)
            painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width))
            self._draw_bar(painter, QRectF(left, y, span, row), value, peak)
        painter.end()

    def _draw_bar(self, painter: QPainter, area: QRectF, value: int | None, peak: int) -> None:
        text = labels.shown(value, self._threshold)
        if value is None:
            pen = QPen(self._muted, 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            middle = area.center().y()
            painter.drawLine(int(area.left()), int(middle), int(area.left() + 24), int(middle))
            painter.setPen(self._muted)
            painter.drawText(QRectF(area.left() + 30, area.top(), 80, area.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            return
        width = area.width() * value / peak if peak else 0.0
        if value > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._bar)
            painter.drawRoundedRect(QRectF(area.left(), area.top() + 3, max(width, 2.0),
                                           area.height() - 6), 3, 3)
        painter.setPen(self._text)
        painter.drawText(QRectF(area.left() + width + 6, area.top(), 120, area.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
