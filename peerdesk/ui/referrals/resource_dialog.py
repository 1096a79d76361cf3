"""A coordinator adds or changes one directory entry; errors appear under their fields.

The dialog only collects a :class:`Resource` and shows errors; the directory page saves it
through the worker (``services.referrals.add``/``edit``, which validate with the same rules as
``check``) and answers with :meth:`show_error` or ``accept()``. Enter in a one-line field
saves, Esc cancels.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.referrals import Cost, Resource, ResourceCategory
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.screen import heading
from peerdesk.ui.kit.widgets import (
    FieldError,
    MessageWidget,
    busy_bar,
    primary_button,
    secondary_button,
    tag,
)
from peerdesk.ui.referrals.labels import category_label, cost_label, day_text

_LINES = ("name", "phone", "hours", "region", "languages")
_TEXTS = ("contact_details", "notes")


class ResourceDialog(QDialog):
    """Collects a new resource, or changes to ``resource``.

    Signals:
        submitted(): the person asked to save; read :meth:`value`.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, resource: Resource | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceDialog")
        self.setModal(True)
        self.setMinimumWidth(640)
        self.original = resource
        self.today = today or date.today()
        title = self.tr("Change resource") if resource else self.tr("Add a resource")
        self.setWindowTitle(title)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, FieldError] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addLayout(heading(title, self.tr(
            "Only what a supporter needs to reach the service. Check the details with the "
            "service before you mark it verified.")))
        self.category = tag(QComboBox(), "categoryEdit", self.tr("Category"))
        for category in ResourceCategory:
            self.category.addItem(category_label(category), category.value)
        self.cost = tag(QComboBox(), "costEdit", self.tr("Cost"))
        for cost in Cost:
            self.cost.addItem(cost_label(cost), cost.value)
        self.around_clock = tag(QCheckBox(self.tr("Open &24/7")), "available247Edit")
        self.informed = tag(QCheckBox(self.tr("Knows &first responders")), "informedEdit")
        self.verified = tag(QCheckBox(self.tr("Mark &verified today")), "verifiedTodayEdit")
        self.example = tag(QCheckBox(self.tr("Still an &example to replace")), "exampleEdit")
        layout.addLayout(self._grid())
        self.message = MessageWidget("resourceDialogMessage")
        self.busy = busy_bar("resourceDialogBusy")
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addSpacing(6)
        layout.addLayout(self._buttons())
        self.form = BusyForm(self.busy, (self.ok_button,), errors=tuple(self.errors.values()),
                             message=self.message)
        self._load(resource)
        e = self.edits
        chain = [e["name"], self.category, e["phone"], e["hours"], e["region"], e["languages"],
                 self.cost, self.around_clock, self.informed, self.verified,
                 e["contact_details"], e["notes"], self.example, self.cancel_button,
                 self.ok_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        e["name"].setFocus()

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        captions = {"name": self.tr("&Name"), "phone": self.tr("&Phone number"),
                    "hours": self.tr("&Hours"), "region": self.tr("&Region"),
                    "languages": self.tr("&Languages (comma-separated)"),
                    "contact_details": self.tr("&Other ways to reach it"),
                    "notes": self.tr("No&tes"), "category": self.tr("&Category"),
                    "cost": self.tr("C&ost")}
        for key in (*_LINES, *_TEXTS):
            edit: QLineEdit | QPlainTextEdit
            if key in _LINES:
                edit = QLineEdit()
                edit.returnPressed.connect(self._submit)
                edit.textChanged.connect(lambda _t, k=key: self.errors[k].set_error(""))
            else:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(64)
                edit.textChanged.connect(lambda k=key: self.errors[k].set_error(""))
            self.edits[key] = tag(edit, f"{key}Edit", captions[key].replace("&", ""))
            self.errors[key] = FieldError(f"{key}Error")
        self.errors["last_verified"] = FieldError("last_verifiedError")
        places = (("name", 0, 0, 2), ("category", 1, 0, 1), ("phone", 1, 1, 1),
                  ("hours", 2, 0, 1), ("region", 2, 1, 1), ("languages", 3, 0, 1),
                  ("cost", 3, 1, 1), ("contact_details", 5, 0, 2), ("notes", 6, 0, 2))
        for key, row, col, span in places:
            # Label, field and error on rows of their own, so fields side by side stay aligned
            # when only one of them shows an error.
            field = {"category": self.category, "cost": self.cost}.get(key) or self.edits[key]
            label = tag(QLabel(captions[key]), "fieldLabel")
            label.setBuddy(field)
            grid.addWidget(label, 3 * row, col, 1, span, Qt.AlignmentFlag.AlignBottom)
            if row:
                grid.setRowMinimumHeight(3 * row, 32)  # breathing room above each label
            grid.addWidget(field, 3 * row + 1, col, 1, span)
            if key in self.errors:
                self.errors[key].tie(field)
                grid.addWidget(self.errors[key], 3 * row + 2, col, 1, span)
        checks = QHBoxLayout()
        checks.setSpacing(24)
        for box in (self.around_clock, self.informed, self.verified):
            checks.addWidget(box)
        checks.addStretch(1)
        grid.addLayout(checks, 12, 0, 1, 2)
        grid.addWidget(self.example, 21, 0, 1, 2)
        grid.addWidget(self.errors["last_verified"], 22, 0, 1, 2)
        return grid

    def _buttons(self) -> QHBoxLayout:
        self.ok_button = primary_button(self.tr("Save resource"), "resourceDialogOk")
        self.ok_button.setDefault(True)
        self.cancel_button = secondary_button(self.tr("Cancel"), "resourceDialogCancel")
        self.cancel_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        return row

    def _load(self, resource: Resource | None) -> None:
        r = resource or Resource("", ResourceCategory.OTHER)
        for key, edit in self.edits.items():
            text = getattr(r, key)
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
        self.category.setCurrentIndex(self.category.findData(r.category.value))
        self.cost.setCurrentIndex(self.cost.findData(r.cost.value))
        self.around_clock.setChecked(r.available_24_7)
        self.informed.setChecked(r.first_responder_informed)
        self.example.setChecked(r.is_example)
        self.example.setVisible(r.is_example)  # examples are only ever turned into real ones
        self.verified.setChecked(resource is None)
        if r.last_verified is not None:
            self.verified.setToolTip(self.tr("Last verified %1").replace(
                "%1", day_text(r.last_verified)))
        self.example.toggled.connect(lambda _on: self.errors["phone"].set_error(""))

    # ------------------------------------------------------------------ for the page

    def value(self) -> Resource:
        """The resource as typed (not yet normalised or checked)."""
        # The edits are keyed by Resource's text fields, so each value is a str field's.
        texts: dict[str, Any] = {k: (e.text() if isinstance(e, QLineEdit) else e.toPlainText())
                                 for k, e in self.edits.items()}
        base = self.original or Resource("", ResourceCategory.OTHER)
        return replace(
            base, **texts,
            category=ResourceCategory(self.category.currentData()),
            cost=Cost(self.cost.currentData()),
            available_24_7=self.around_clock.isChecked(),
            first_responder_informed=self.informed.isChecked(),
            is_example=self.example.isChecked(),
            last_verified=self.today if self.verified.isChecked() else base.last_verified)

    def _submit(self) -> None:
        if self.form.begin():
            self.submitted.emit()

    def show_error(self, exc: BaseException) -> None:
        """Field errors under their fields; anything else in the message line."""
        if not isinstance(exc, ValidationError):
            self.message.show_message(messages.error_text(exc))
            return
        first: QWidget | None = None
        for key, text in exc.field_errors.items():
            error = self.errors.get(key)
            if error is None:
                self.message.show_message(messages.field_error(text))
                continue
            error.set_error(messages.field_error(text))
            first = first or self.edits.get(key)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        # Room for the error lines once they are laid out, without squeezing the fields.
        QTimer.singleShot(0, self._grow)

    def _grow(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
