"""Small widgets the screens share: inline messages, passphrase field, strength meter, banner."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.passphrase import Strength, assess
from peerdesk.ui.kit import a11y, messages
from peerdesk.ui.kit.i18n import translate

W = TypeVar("W", bound=QWidget)


def tag(widget: W, object_name: str, accessible_name: str = "") -> W:
    """Name a widget for tests (object name) and screen readers (accessible name)."""
    widget.setObjectName(object_name)
    if accessible_name:
        widget.setAccessibleName(accessible_name)
    return widget


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet keys on and re-apply the style."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def primary_button(text: str, object_name: str) -> QPushButton:
    # No fixed accessible name: Qt reads the button's text, so the name follows every setText.
    button = tag(QPushButton(text), object_name)
    button.setProperty("primary", True)
    button.setAutoDefault(True)  # Enter on a focused button presses it, outside dialogs too
    return button


def secondary_button(text: str, object_name: str, *, link: bool = False) -> QPushButton:
    button = tag(QPushButton(text), object_name)
    button.setAutoDefault(True)
    if link:
        button.setProperty("link", True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def text_label(text: str, object_name: str, *, wrap: bool = True) -> QLabel:
    label = tag(QLabel(text), object_name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MessageWidget(QFrame):
    """An inline message with an icon and words (KeePassXC's MessageWidget), hidden when empty.

    ``kind`` is error, warning, info or positive; the icon and the words carry the meaning,
    the colour only repeats it.

    Signals:
        displayed(bool): a message was shown (True) or hidden (False), so a surrounding bar
            can take no space while there is nothing to say.
    """

    displayed = Signal(bool)

    _ICONS: ClassVar[dict[str, QStyle.StandardPixmap]] = {
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        "positive": QStyle.StandardPixmap.SP_DialogApplyButton,
    }

    def __init__(self, object_name: str, *, closable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageWidget")
        self._icon = QLabel()
        self._icon.setFixedSize(24, 24)
        self._label = tag(QLabel(), object_name)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._label, 1)
        if closable:
            close = tag(QToolButton(), object_name + "Close", self.tr("Dismiss message"))
            close.setText("✕")
            close.setAutoRaise(True)
            close.setToolTip(self.tr("Dismiss"))
            close.clicked.connect(self.hide_message)
            layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        self._label.setText(text)
        self._label.setAccessibleDescription(text)
        self._icon.setPixmap(self.style().standardIcon(self._ICONS[kind]).pixmap(22, 22))
        # The kind in words for screen readers (the icon says it to the eye).
        self.setAccessibleName(self._kind_word(kind))
        self.setAccessibleDescription(text)
        set_style_property(self, "kind", kind)
        self.show()
        self.displayed.emit(True)
        self._announce(text, kind)

    def _kind_word(self, kind: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"),
                "positive": self.tr("Done")}.get(kind, self.tr("Note"))

    def _announce(self, text: str, kind: str) -> None:
        """A live-region announcement, so a screen reader reads the message where the focus
        stays (errors interrupt, the rest waits its turn)."""
        a11y.announce(self._label, self._kind_word(kind) + ": " + text,
                      assertive=kind == "error")

    def update_text(self, text: str) -> None:
        """Change the text of the message on show without announcing it again (a countdown)."""
        self._label.setText(text)
        self._label.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

    def hide_message(self) -> None:
        self._label.clear()
        self.hide()
        self.displayed.emit(False)

    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()

    def kind(self) -> str:
        return str(self.property("kind") or "")


class FieldError(QLabel):
    """The error line under one field; takes no space while empty.

    Once :meth:`tie` names its field, the error is also the field's accessible description,
    so a screen reader says it with the field's name whenever the field takes the focus.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field: QWidget | None = None
        self._field_description = ""
        self.setObjectName(object_name)
        self.setProperty("fieldError", True)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def tie(self, field: QWidget) -> None:
        """Make this the error of ``field`` (its focus proxy, when it has one)."""
        self.field = field.focusProxy() or field
        self._field_description = self.field.accessibleDescription()

    def set_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if self.field is not None:
            self.field.setAccessibleDescription(text or self._field_description)


class DateEdit(QDateEdit):
    """A date field Tab leaves in one press, like every other field (QDateEdit's own Tab walks
    its day, month and year first, which traps a keyboard user); Left and Right still move
    between the parts, and typing digits fills them in order."""

    def focusNextPrevChild(self, next_child: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_child)


def busy_bar(object_name: str = "busyBar") -> QProgressBar:
    """An indeterminate progress bar shown while a task runs."""
    bar = tag(QProgressBar(), object_name)
    bar.setProperty("busy", True)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName(translate("BusyBar", "Working"))
    bar.setVisible(False)
    return bar


class PassphraseField(QWidget):
    """A password-mode line edit with a Show/Hide toggle (``edit`` is the line edit)."""

    returnPressed = Signal()

    def __init__(self, object_name: str, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = tag(QLineEdit(), object_name, accessible_name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.returnPressed.connect(self.returnPressed)
        # One name whether shown or hidden (the checked state says which), and the field's
        # own name in it, so two passphrase fields in one dialog are told apart.
        self.reveal = tag(QToolButton(), object_name + "Reveal", self.tr("Show %1").replace(
            "%1", accessible_name[:1].lower() + accessible_name[1:]))
        self.reveal.setProperty("reveal", True)
        self.reveal.setCheckable(True)
        self.reveal.setText(self.tr("Show"))
        self.reveal.setToolTip(self.tr("Show or hide the passphrase"))
        self.reveal.toggled.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.reveal)
        self.setFocusProxy(self.edit)

    def _toggle(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.reveal.setChecked(False)


class StrengthMeter(QWidget):
    """A bar, a word (Weak/Fair/Good/Strong) and zxcvbn's warning: never colour alone."""

    def __init__(self, object_name: str = "strength", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.bar = tag(QProgressBar(), "strengthBar", self.tr("Passphrase strength"))
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.word = tag(QLabel(), "strengthLabel")
        self.word.setMinimumWidth(70)
        self.warning = text_label("", "strengthWarning")
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.bar, 1)
        top.addWidget(self.word)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        self.update_for("")

    def update_for(self, passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
        strength = assess(passphrase, user_inputs)
        if not passphrase:
            self.bar.setValue(0)
            self.word.setText("")
            self.warning.setText(self.tr("Use four or more unusual words; length beats symbols."))
            self.warning.show()
            set_style_property(self.bar, "level", "")
            return strength
        word, level = messages.strength_word(strength.score, strength.acceptable)
        self.bar.setValue(max(1, strength.score if strength.acceptable else min(strength.score, 2)))
        self.word.setText(word)
        self.bar.setAccessibleDescription(word)
        self.warning.setText(messages.field_error(strength.warning) if strength.warning else "")
        self.warning.setVisible(bool(strength.warning))
        set_style_property(self.bar, "level", level)
        return strength


def field_block(label_text: str, field: QWidget, error: FieldError | None = None,
                extra: QWidget | None = None) -> QVBoxLayout:
    """Label above field, then optional extra (a meter) and the error line."""
    label = tag(QLabel(label_text), "fieldLabel")
    label.setBuddy(field.focusProxy() or field)
    if error is not None:
        error.tie(field)
    block = QVBoxLayout()
    block.setSpacing(6)
    block.addWidget(label)
    block.addWidget(field)
    if extra is not None:
        block.addWidget(extra)
    if error is not None:
        block.addWidget(error)
    return block
