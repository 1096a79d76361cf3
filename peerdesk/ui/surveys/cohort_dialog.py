"""A new cohort: a title, its minimum size, the questionnaires, and whether it has a follow-up.

The dialog only collects values and shows errors next to their fields; the page runs
``surveys.create_cohort`` in the worker and answers with :meth:`show_error` or ``accept()``.
The minimum starts at, and cannot go below, the program's statistics threshold (the service
refuses less anyway). Enter creates, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.surveys import MAX_COHORT_MINIMUM, MAX_COHORT_TITLE, Instrument
from peerdesk.ui.kit import i18n, messages
from peerdesk.ui.kit.busy_form import BusyForm
from peerdesk.ui.kit.screen import heading
from peerdesk.ui.kit.widgets import (
    FieldError,
    MessageWidget,
    busy_bar,
    field_block,
    primary_button,
    secondary_button,
    tag,
    text_label,
)


class CohortDialog(QDialog):
    """Collects a cohort. Signals: submitted() -- read :meth:`values`."""

    submitted = Signal()

    def __init__(self, instruments: list[Instrument], floor: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohortDialog")
        self.setModal(True)
        self.setMinimumWidth(720)  # the questionnaires' titles are long and never cut
        title = self.tr("New cohort")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addLayout(heading(title, self.tr(
            "A cohort is the group one program evaluation surveys before, after and, if you "
            "wish, some time later. Give it a title without names, such as the program and "
            "the season.")))
        self.title_edit = tag(QLineEdit(), "cohortTitleEdit", self.tr("Title"))
        self.title_edit.setMaxLength(MAX_COHORT_TITLE)
        self.title_error = FieldError("cohortTitleError")
        layout.addLayout(field_block(self.tr("&Title"), self.title_edit, self.title_error))
        self.minimum = tag(QSpinBox(), "cohortMinimumSpin", self.tr("Minimum respondents"))
        self.minimum.setRange(floor, MAX_COHORT_MINIMUM)
        self.minimum.setValue(floor)
        self.minimum_error = FieldError("cohortMinimumError")
        note = text_label(self.tr(
            "No result is shown or exported for a wave with fewer respondents than this. It "
            "cannot be lower than the program's statistics threshold ({n}).").replace(
                "{n}", i18n.number(floor)), "hint")
        layout.addLayout(field_block(self.tr("&Minimum respondents"), self.minimum,
                                     self.minimum_error, note))
        self.instruments_error = FieldError("cohortInstrumentsError")
        layout.addLayout(self._instruments_block(instruments))
        self.follow_up = tag(QCheckBox(self.tr("Add a follow-up wave after the post wave")),
                             "cohortFollowUpCheck")
        layout.addWidget(self.follow_up)
        self.message = MessageWidget("cohortDialogMessage")
        self.busy = busy_bar("cohortDialogBusy")
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.ok_button = primary_button(self.tr("Create cohort"), "cohortDialogOk")
        self.ok_button.setDefault(True)
        self.cancel_button = secondary_button(self.tr("Cancel"), "cohortDialogCancel")
        self.cancel_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        self.form = BusyForm(self.busy, (self.ok_button,), message=self.message,
                             errors=(self.title_error, self.minimum_error,
                                     self.instruments_error))
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.title_edit.setFocus()

    def _instruments_block(self, instruments: list[Instrument]) -> QVBoxLayout:
        block = QVBoxLayout()
        block.setSpacing(4)
        block.addWidget(tag(QLabel(self.tr("Questionnaires")), "fieldLabel"))
        language = i18n.current_language()
        self.instrument_checks: dict[str, QCheckBox] = {}
        for instrument in instruments:
            # A questionnaire written for PeerDesk says so in its own title.
            box = tag(QCheckBox(instrument.title.get(language)), f"instrument_{instrument.id}")
            box.toggled.connect(lambda _on: self.instruments_error.set_error(""))
            self.instrument_checks[instrument.id] = box
            block.addWidget(box)
        if self.instrument_checks:
            self.instruments_error.tie(next(iter(self.instrument_checks.values())))
        block.addWidget(self.instruments_error)
        return block

    def values(self) -> tuple[str, int, list[str], bool]:
        """(title, minimum, instrument ids in order, follow-up) as chosen."""
        chosen = [i for i, box in self.instrument_checks.items() if box.isChecked()]
        return (self.title_edit.text().strip(), self.minimum.value(), chosen,
                self.follow_up.isChecked())

    def _submit(self) -> None:
        if self.form.begin():
            self.submitted.emit()

    def show_error(self, exc: BaseException) -> None:
        """Field errors next to their fields; anything else in the message line."""
        if not isinstance(exc, ValidationError):
            self.message.show_message(messages.error_text(exc))
            return
        first_box = next(iter(self.instrument_checks.values()), None)
        first: QWidget | None = None
        for key, label, widget in (("title", self.title_error, self.title_edit),
                                   ("minimum", self.minimum_error, self.minimum),
                                   ("instruments", self.instruments_error, first_box)):
            if key in exc.field_errors:
                label.set_error(messages.field_error(exc.field_errors[key]))
                first = first or widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        # Grow with the error lines rather than squeeze the fields between them.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
