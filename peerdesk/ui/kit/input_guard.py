"""App-wide rules for the mouse and keyboard, installed once on the application.

- The mouse wheel never changes an answer the member is not working in: over a combo box,
  spin box, date field or slider without keyboard focus it scrolls the page instead (a
  supporter scrolling the contact form must not turn "None observed" into "Imminent danger").
  Those controls take focus by click or Tab only, never by the wheel.
- Enter presses the focused push or tool button, as Space does.
- Alt+Down or F4 on a date field with a calendar opens the calendar (Qt steps the date).
- A drop-down list, open or closed, is at least as wide as its widest item, and shows up to
  twenty items before it scrolls.
- When a dialog closes, its window gets the keyboard back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDial,
    QDialog,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

# Controls whose value the wheel would change.
VALUE_CONTROLS = (QComboBox, QAbstractSpinBox, QSlider, QDial)
# How many items a drop-down list shows before it scrolls.
VISIBLE_ITEMS = 20
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
          Qt.Key.Key_Home, Qt.Key.Key_End)
_last = {"arrows": False}


def install(app: QApplication) -> None:
    """Install the rules on ``app`` (once; later calls do nothing)."""
    if app.property("peerdeskInputGuard"):
        return
    guard = InputGuard(app)
    app.installEventFilter(guard)
    app.setProperty("peerdeskInputGuard", True)


def moving_by_arrows() -> bool:
    """Whether the member's latest key press moved through a list (arrows, Page, Home, End):
    a page shown by that move leaves the keyboard where it is, so the next press goes on."""
    return _last["arrows"]


def value_control(widget: QWidget | None) -> QWidget | None:
    """The combo box, spin box, date field or slider ``widget`` is (or is part of)."""
    while widget is not None and not widget.isWindow():
        if isinstance(widget, VALUE_CONTROLS):
            return widget
        if isinstance(widget, QAbstractScrollArea):
            return None
        widget = widget.parentWidget()
    return None


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area around ``widget`` in its window."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class InputGuard(QObject):
    """The application event filter carrying the rules in this module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            return self._wheel(watched, event)
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            _last["arrows"] = event.key() in _MOVES and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier)
            return self._key(watched, event)
        if kind == QEvent.Type.MouseButtonPress:
            _last["arrows"] = False
        if kind == QEvent.Type.Polish:
            _polish(watched)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            combo = watched.parentWidget()
            if isinstance(combo, QComboBox):
                _widen_popup(watched, combo)
        elif kind == QEvent.Type.Hide and isinstance(watched, QDialog):
            _return_focus_after(watched)
        return False

    def _wheel(self, watched: QObject, event: QEvent) -> bool:
        control = value_control(watched) if isinstance(watched, QWidget) else None
        if control is None or control.hasFocus():
            return False
        area = scroll_area_of(control)
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)
        event.accept()
        return True

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if (isinstance(watched, QDateTimeEdit) and event.key() == Qt.Key.Key_Down
                    and event.modifiers() == Qt.KeyboardModifier.AltModifier):
                return _open_calendar(watched)
            return False
        if event.key() == Qt.Key.Key_F4 and isinstance(watched, QDateTimeEdit):
            return _open_calendar(watched)
        if (event.key() in _ENTER and isinstance(watched, (QPushButton, QToolButton))
                and watched.hasFocus() and watched.isEnabled()):
            if not event.isAutoRepeat():
                watched.click()
            return True
        return False


def _polish(widget: QObject) -> None:
    """Value controls take focus by click or Tab, not by the wheel; lists show more items."""
    if not isinstance(widget, VALUE_CONTROLS):
        return
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if isinstance(widget, QComboBox):
        if widget.maxVisibleItems() < VISIBLE_ITEMS:
            widget.setMaxVisibleItems(VISIBLE_ITEMS)
        # The box never narrower than its widest item: whichever is chosen shows whole, and
        # the layouts (the contact form's columns) make room or move the checklist below.
        if widget.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)


def _widen_popup(popup: QWidget, combo: QComboBox) -> None:
    """Make the opening list at least as wide as its widest item, kept on the screen."""
    view = combo.view()
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                 default=0)
    chrome = popup.width() - view.viewport().width()  # frames and the scroll bar
    if view.verticalScrollBar().isHidden() and combo.count() > combo.maxVisibleItems():
        chrome += view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    # The item's own padding as the style sheet draws it, or the view's own measure.
    needed = max(widest + 2 * 12, view.sizeHintForColumn(combo.modelColumn())) + chrome + 2
    if popup.width() >= needed:
        return
    geometry = popup.geometry()
    geometry.setWidth(needed)
    screen = combo.screen()
    if screen is not None:
        available = screen.availableGeometry()
        if geometry.right() > available.right():
            geometry.moveRight(available.right())
        geometry.moveLeft(max(geometry.left(), available.left()))
    popup.setGeometry(geometry)


def _open_calendar(edit: QDateTimeEdit) -> bool:
    """Open a date field's calendar as a click on its arrow does (Qt has no call for it)."""
    if not edit.calendarPopup() or edit.isReadOnly():
        return False
    option = QStyleOptionComboBox()
    option.initFrom(edit)
    option.subControls = QStyle.SubControl.SC_All
    arrow = edit.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxArrow, edit)
    centre = arrow.center() if arrow.isValid() else QPoint(edit.width() - 8, edit.height() // 2)
    press = QMouseEvent(QEvent.Type.MouseButtonPress, centre, edit.mapToGlobal(centre),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(edit, press)
    return True


def _return_focus_after(dialog: QDialog) -> None:
    """Once ``dialog`` is gone, give its parent window back the keyboard."""
    parent = dialog.parentWidget()
    if parent is None:
        return
    window = parent.window()

    def restore() -> None:
        active = QApplication.activeWindow()
        if active is not None and active is not dialog and active.isVisible():
            return
        if any(isinstance(other, QDialog) and other is not dialog and other.isVisible()
               for other in QApplication.topLevelWidgets()):
            return  # another dialog opened meanwhile: it keeps the keyboard
        if window.isVisible():
            window.activateWindow()
            focus = window.focusWidget()
            if focus is not None and focus.isVisible():
                focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    QTimer.singleShot(0, window, restore)


__all__ = ["VALUE_CONTROLS", "InputGuard", "install", "moving_by_arrows", "scroll_area_of",
           "value_control"]
