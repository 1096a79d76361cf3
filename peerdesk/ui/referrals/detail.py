"""One directory entry in full: the phone number large with a Copy button, then the details.

Shared by the directory page and the referral lookup dialog. Copying a referral's phone number
is allowed (the directory holds no contact data). Example and stale entries say so in words
with an icon, above the number, so nobody dials an unverified entry without knowing.

Every value is a read-only, selectable label in the Tab order whose accessible name is its
caption and its value ("Phone number: 988"), so a screen reader user hears the number to give
and Tab reaches each detail; a newly chosen entry always shows from its top.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.referrals import Resource
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.widgets import secondary_button, tag, text_label
from peerdesk.ui.referrals.labels import (
    category_label,
    cost_label,
    day_text,
    example_text,
    stale_text,
    yes_no,
)


class _Flag(QFrame):
    """An icon and a sentence (example or stale): never colour alone."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setProperty("resourceFlag", True)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(8)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(18, 18))
        icon.setFixedSize(20, 20)
        self.label = text_label("", object_name + "Text")
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.hide()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


class ResourceDetail(QFrame):
    """The selected resource; empty (with a hint) when nothing is selected.

    Signals:
        copied(str): the phone number was put on the clipboard.
        shown(): another resource (or none) is shown.
    """

    copied = Signal(str)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceDetail")
        self.today = today or date.today()
        self.resource: Resource | None = None
        self.name = readable(text_label("", "detailName"))  # a heading: its name is its text
        self.category = readable(text_label("", "detailCategory"))
        self.example_flag = _Flag("exampleFlag")
        self.stale_flag = _Flag("staleFlag")
        readable(self.example_flag.label)
        readable(self.stale_flag.label)
        self.phone = readable(text_label("", "detailPhone"))
        self.copy_button: QPushButton = secondary_button(self.tr("&Copy number"),
                                                         "copyNumberButton")
        self.copy_button.setToolTip(self.tr("Put the phone number on the clipboard"))
        self.copy_button.clicked.connect(self.copy_number)
        self.empty = text_label(self.tr("Choose a resource to see how to reach it."),
                                "detailEmpty")
        self._values: dict[str, QLabel] = {}
        self._lay_out()
        self.show_resource(None)

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 18, 22, 18)
        column.setSpacing(10)
        column.addWidget(self.empty)
        column.addWidget(self.name)
        column.addWidget(self.category)
        column.addWidget(self.example_flag)
        column.addWidget(self.stale_flag)
        column.addWidget(self.phone)
        column.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(6)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow pane a long value goes under its label instead of widening the pane.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, caption in (
                ("contact_details", self.tr("Other ways to reach it")),
                ("hours", self.tr("Hours")), ("region", self.tr("Region")),
                ("languages", self.tr("Languages")), ("cost", self.tr("Cost")),
                ("first_responder_informed", self.tr("Knows first responders")),
                ("last_verified", self.tr("Last verified")), ("notes", self.tr("Notes"))):
            value = readable(text_label("", f"detail_{key}"))
            value.setProperty("caption", caption)
            label = tag(QLabel(caption), "detailLabel")
            label.setBuddy(value)
            self._values[key] = value
            self.form.addRow(label, value)
        column.addLayout(self.form)
        column.addStretch(1)

    def show_resource(self, resource: Resource | None) -> None:
        """Show ``resource`` (None: the empty hint)."""
        self.resource = resource
        shown = resource is not None
        self.empty.setVisible(not shown)
        for widget in (self.name, self.category, self.phone, self.copy_button):
            widget.setVisible(shown)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, shown)
        if resource is None:
            self.example_flag.set_text("")
            self.stale_flag.set_text("")
            self.shown.emit()
            return
        self.name.setText(resource.name)
        self.category.setText(category_label(resource.category) + (
            "  ·  " + self.tr("Open 24/7") if resource.available_24_7 else ""))
        self.example_flag.set_text(example_text() if resource.is_example else "")
        self.stale_flag.set_text(stale_text(resource) if not resource.is_example
                                 and resource.is_stale(self.today) else "")
        self.phone.setText(resource.phone or self.tr("No phone number"))
        self.phone.setAccessibleName(self.tr("Phone number: %1").replace("%1", resource.phone)
                                     if resource.phone else "")
        self.phone.setProperty("empty", not resource.phone)
        self.phone.style().unpolish(self.phone)
        self.phone.style().polish(self.phone)
        self.copy_button.setEnabled(bool(resource.phone))
        values = {
            "contact_details": resource.contact_details,
            "hours": resource.hours or (self.tr("Open 24/7") if resource.available_24_7
                                        else ""),
            "region": resource.region, "languages": resource.languages,
            "cost": cost_label(resource.cost),
            "first_responder_informed": yes_no(resource.first_responder_informed),
            "last_verified": (day_text(resource.last_verified) if resource.last_verified
                              else self.tr("Never")),
            "notes": resource.notes,
        }
        for row, (key, text) in enumerate(values.items()):
            value = self._values[key]
            value.setText(text)
            value.setAccessibleName(self.tr("%1: %2").replace("%1", value.property("caption"))
                                    .replace("%2", text))
            self.form.setRowVisible(row, bool(text))
        self.shown.emit()

    def focus_chain(self) -> list[QWidget]:
        """Name, category, flags, number, Copy, then each detail (hidden ones are skipped)."""
        return [self.name, self.category, self.example_flag.label, self.stale_flag.label,
                self.phone, self.copy_button, *self._values.values()]

    def copy_number(self) -> None:
        if self.resource is None or not self.resource.phone:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.resource.phone)
        self.copied.emit(self.resource.phone)


def readable(label: QLabel) -> QLabel:
    """A value label a keyboard reaches and a screen reader reads (selectable, not editable)."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setProperty("readable", True)
    return label


def detail_scroll(detail: ResourceDetail) -> QScrollArea:
    """``detail`` in a frameless vertical scroll area (long notes scroll; width follows).

    A newly chosen entry starts at the top (its name and number), wherever the last one was
    scrolled to.
    """
    scroll = tag(QScrollArea(), "detailScroll", translate("ResourceDetail", "Resource details"))
    scroll.setAccessibleDescription(translate("ResourceDetail", "Arrow keys scroll long details"))
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(detail)
    detail.shown.connect(lambda: scroll.verticalScrollBar().setValue(0))

    def keep_number_in_view() -> None:
        # After the page's confirmation has moved the pane: the button, then the number
        # (the number wins when both do not fit).
        scroll.ensureWidgetVisible(detail.copy_button, 0, 6)
        scroll.ensureWidgetVisible(detail.phone, 0, 6)

    detail.copied.connect(lambda _phone: QTimer.singleShot(0, scroll, keep_number_in_view))
    return scroll
