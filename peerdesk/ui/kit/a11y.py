"""What a screen reader gets beyond Qt's defaults: headings and announcements.

**Headings.** Page, screen, dialog and panel titles are plain ``QLabel``s named by object name
(``pageTitle``, ``screenTitle``, ...) or marked with the ``panelTitle`` property. Qt gives every
label the static-text role, so :func:`install` adds an accessibility factory that reports those
labels with the heading role (their name stays their text, whatever it becomes later). A screen
reader can then jump from section to section.

**Announcements.** :func:`announce` is the one way the app speaks without moving the focus
(a live region): an error interrupts (assertive), everything else waits its turn (polite). It
sends Qt's ``QAccessibleAnnouncementEvent`` when an assistive technology is listening, and
always emits :attr:`Announcer.announced`, so what the app says can be observed (and tested)
without a platform bridge.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel

HEADING_NAMES = frozenset({
    "pageTitle", "screenTitle", "formTitle", "panelTitle", "tableTitle", "feedbackTitle",
    "previewTitle", "drillCardTitle", "detailName",
})


def is_heading(widget: QObject) -> bool:
    """True for a label the app shows as a title (by object name or ``panelTitle``)."""
    return isinstance(widget, QLabel) and (
        widget.objectName() in HEADING_NAMES or bool(widget.property("panelTitle")))


class _HeadingInterface(QAccessibleWidget):
    """A title label as a screen reader should meet it: role heading, name its text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text().replace("&", "")
        return super().text(kind)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if is_heading(obj):
        assert isinstance(obj, QLabel)
        return _HeadingInterface(obj)
    return None


_installed: list[bool] = []


def install() -> None:
    """Add the heading factory once (before the first title is asked for)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


class Announcer(QObject):
    """Emits every announcement the app makes.

    Signals:
        announced(str, bool): the words and whether they interrupt (assertive).
    """

    announced = Signal(str, bool)


announcer = Announcer()


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Say ``text`` without moving the focus (errors ``assertive``, the rest polite)."""
    if not text:
        return
    announcer.announced.emit(text, assertive)
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
