"""The dialog that adds or changes one training record.

It only collects values and shows errors; the training page runs the service call in the
worker and answers with :meth:`show_error` or ``accept()``. Every field is reached by Tab and
labelled with a mnemonic; Enter saves, Esc cancels. A course is asked for courses,
certifications and continuing education, an expiry only for courses and certifications.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.training_records import (
    COURSE_KINDS,
    MAX_MINUTES,
    MAX_PROVIDER,
    Course,
    RecordDraft,
    RecordKind,
    TrainingRecord,
)
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.screen import heading
from peerdesk.ui.kit.vocab_labels import label
from peerdesk.ui.kit.widgets import (
    DateEdit,
    FieldError,
    MessageWidget,
    busy_bar,
    field_block,
    primary_button,
    secondary_button,
    tag,
    text_label,
)

TOP = Qt.AlignmentFlag.AlignTop  # fields side by side start level; their errors hang below


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TrainingRecordDialog(QDialog):
    """Collects one record: for oneself, for a chosen member, or changes to ``record``.

    Args:
        members: (user id, name) a coordinator may add for; empty adds for oneself.
        record: the record changed (None adds one).
        today: the latest completion date offered.

    Signals:
        submitted(): the person asked to save; read :meth:`values`.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 members: list[tuple[str, str]] | None = None,
                 record: TrainingRecord | None = None, member_name: str = "",
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.record = record
        today = today or date.today()
        self.setObjectName("trainingRecordDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        title = self.tr("Change a training record") if record else self.tr(
            "Add a training record")
        intro = self.tr("A course, certification, continuing education or supervision "
                        "session. Records are about the team: never write anything about "
                        "the people you support.")
        if member_name:
            intro = self.tr("For {name}.").replace("{name}", member_name) + " " + intro
        self.setWindowTitle(title)
        self._make_fields(members or [], today)
        self.errors = {key: FieldError(f"training_{key}Error") for key in (
            "course", "completed_on", "minutes", "provider", "expires_on")}
        self.message = MessageWidget("trainingDialogMessage")
        self.busy = busy_bar("trainingDialogBusy")
        self.ok_button = primary_button(self.tr("Save record"), "trainingDialogOk")
        self.ok_button.setDefault(True)
        self.cancel_button = secondary_button(self.tr("Cancel"), "trainingDialogCancel")
        self.cancel_button.setAutoDefault(False)
        self._lay_out(title, intro, bool(members))
        self.form = BusyForm(self.busy, (self.ok_button,), errors=self.errors.values(),
                             message=self.message)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.expires_check.toggled.connect(self.expiry_edit.setEnabled)
        self.provider_edit.returnPressed.connect(self._submit)
        if record is not None:
            self._show_record(record)
        self._kind_changed()
        self.expiry_edit.setEnabled(self.expires_check.isChecked())
        (self.member_combo if members else self.kind_combo).setFocus()

    def _make_fields(self, members: list[tuple[str, str]], today: date) -> None:
        self.member_combo = tag(QComboBox(), "trainingMemberCombo", self.tr("Member"))
        for user_id, name in members:
            self.member_combo.addItem(name, user_id)
        self.kind_combo = tag(QComboBox(), "trainingKindCombo", self.tr("Kind"))
        for kind in RecordKind:
            self.kind_combo.addItem(label(kind), kind.value)
        self.course_combo = tag(QComboBox(), "trainingCourseCombo", self.tr("Course"))
        for box in (self.member_combo, self.kind_combo, self.course_combo):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.course_combo.addItem(self.tr("Choose the course…"), None)
        for course in Course:
            self.course_combo.addItem(label(course), course.value)
        self.completed_edit = self._date_edit("trainingCompletedEdit", self.tr("Completed on"))
        self.completed_edit.setMaximumDate(_qdate(today))
        self.completed_edit.setDate(_qdate(today))
        self.hours_spin = tag(QDoubleSpinBox(), "trainingHoursSpin", self.tr("Hours"))
        self.hours_spin.setRange(0, MAX_MINUTES / 60)
        self.hours_spin.setDecimals(2)
        self.hours_spin.setSingleStep(0.5)
        self.hours_spin.setValue(1)
        self.provider_edit = tag(QLineEdit(), "trainingProviderEdit", self.tr("Provider"))
        self.provider_edit.setMaxLength(MAX_PROVIDER)
        self.provider_edit.setPlaceholderText(self.tr("An organization or a role"))
        self.expires_check = tag(QCheckBox(self.tr("It e&xpires")), "trainingExpiresCheck")
        self.expiry_edit = self._date_edit("trainingExpiryEdit", self.tr("Expiry date"))
        self.expiry_edit.setDate(_qdate(today).addYears(3))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # styled now: wrapped hints get the height their width needs

    def _date_edit(self, name: str, accessible: str) -> DateEdit:
        edit = tag(DateEdit(), name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumDate(QDate(1970, 1, 1))
        return edit

    def _lay_out(self, title: str, intro: str, with_member: bool) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addLayout(heading(title, intro))
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # The lists take a row each, as wide as their longest choice; the short fields pair up.
        row = 0
        if with_member:
            grid.addLayout(field_block(self.tr("&Member"), self.member_combo), row, 0, 1, 2)
            row += 1
        grid.addLayout(field_block(self.tr("&Kind"), self.kind_combo), row, 0, 1, 2)
        self.course_block = QWidget()
        self.course_block.setObjectName("trainingCourseBlock")
        course_layout = field_block(self.tr("C&ourse"), self.course_combo,
                                    self.errors["course"])
        course_layout.setContentsMargins(0, 0, 0, 0)
        self.course_block.setLayout(course_layout)
        grid.addWidget(self.course_block, row + 1, 0, 1, 2)
        row += 1
        grid.addLayout(field_block(self.tr("&Completed on"), self.completed_edit,
                                   self.errors["completed_on"]), row + 1, 0, TOP)
        grid.addLayout(field_block(self.tr("&Hours"), self.hours_spin, self.errors["minutes"]),
                       row + 1, 1, TOP)
        provider = field_block(self.tr("&Provider"), self.provider_edit,
                               self.errors["provider"])
        provider.insertWidget(2, text_label(self.tr(
            "Who gave it: an organization or a role, never a person's name."), "hint"))
        grid.addLayout(provider, row + 2, 0, 1, 2)
        grid.addWidget(self._expiry_block(), row + 3, 0, 1, 2)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        order = (self.member_combo, self.kind_combo, self.course_combo, self.completed_edit,
                 self.hours_spin, self.provider_edit, self.expires_check, self.expiry_edit,
                 self.cancel_button, self.ok_button)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.member_combo.setVisible(with_member)

    def _expiry_block(self) -> QWidget:
        """"It expires" and its date, with the date's error line."""
        self.expiry_block = QWidget()
        self.expiry_block.setObjectName("trainingExpiryBlock")
        expiry = QVBoxLayout(self.expiry_block)
        expiry.setContentsMargins(0, 0, 0, 0)
        expiry.setSpacing(6)
        line = QHBoxLayout()
        line.setSpacing(12)
        line.addWidget(self.expires_check)
        line.addWidget(self.expiry_edit)
        line.addStretch(1)
        expiry.addLayout(line)
        self.errors["expires_on"].tie(self.expiry_edit)
        expiry.addWidget(self.errors["expires_on"])
        return self.expiry_block

    def _show_record(self, record: TrainingRecord) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind.value))
        if record.course is not None:
            self.course_combo.setCurrentIndex(self.course_combo.findData(record.course.value))
        self.completed_edit.setDate(_qdate(record.completed_on))
        self.hours_spin.setValue(record.minutes / 60)
        self.provider_edit.setText(record.provider)
        self.expires_check.setChecked(record.expires_on is not None)
        if record.expires_on is not None:
            self.expiry_edit.setDate(_qdate(record.expires_on))

    def _kind(self) -> RecordKind:
        return RecordKind(str(self.kind_combo.currentData()))

    def _kind_changed(self) -> None:
        kind = self._kind()
        self.course_block.setVisible(kind is not RecordKind.SUPERVISION)
        self.expiry_block.setVisible(kind in COURSE_KINDS)

    # ------------------------------------------------------------------ for the page

    def member_id(self) -> str | None:
        """The member chosen (None: the dialog adds for the signed-in member)."""
        data = self.member_combo.currentData() if self.member_combo.count() else None
        return None if data is None else str(data)

    def values(self) -> RecordDraft:
        """The record as entered (the service validates it)."""
        kind = self._kind()
        course = self.course_combo.currentData()
        expires = (_day(self.expiry_edit.date())
                   if kind in COURSE_KINDS and self.expires_check.isChecked() else None)
        return RecordDraft(
            kind=kind,
            course=None if course is None or kind is RecordKind.SUPERVISION
            else Course(str(course)),
            completed_on=_day(self.completed_edit.date()),
            minutes=round(self.hours_spin.value() * 60),
            provider=self.provider_edit.text(),
            expires_on=expires,
        )

    def _submit(self) -> None:
        if self.form.begin():
            self.submitted.emit()

    def _fit(self) -> None:
        """Grow to hold what is shown now (wrapped error lines need more height than the
        dialog's current size gives them)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        wanted = self.sizeHint().expandedTo(self.size())
        if layout.hasHeightForWidth():
            wanted.setHeight(max(wanted.height(), layout.totalHeightForWidth(wanted.width())))
        self.resize(wanted)

    def show_error(self, exc: BaseException) -> None:
        """Field errors under their fields; anything else in the message line."""
        if not isinstance(exc, ValidationError):
            self.message.show_message(messages.error_text(exc))
            self._fit()
            return
        fields: dict[str, QWidget] = {
            "course": self.course_combo, "completed_on": self.completed_edit,
            "minutes": self.hours_spin, "provider": self.provider_edit,
            "expires_on": self.expiry_edit}
        first: QWidget | None = None
        for key, text in exc.field_errors.items():
            if key in self.errors:
                self.errors[key].set_error(messages.field_error(text))
                first = first or fields[key]
            else:
                self.message.show_message(messages.field_error(text))
        self._fit()  # room for the error lines, never squeezed over their fields
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
