"""The Program policy tab: idle lock, private notes, statistics (threshold, the days before a
quarter closes), the program's profile (its name, the agencies or services it covers and the
month its reporting year starts, printed on every report), boundary checklist, required
training.

The number fields are plain line edits so anything can be typed; Save validates in the worker
and shows each service field error under its field. A checklist change saves a new version.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.policy import (
    MAX_PROGRAM_NAME,
    YEAR_START_MONTHS,
    Policy,
    agency_lines,
    validate_checklist_texts,
    validate_profile,
    validate_settings,
)
from peerdesk.domain.training_records import validate_required
from peerdesk.services import policy
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    FieldError,
    MessageWidget,
    busy_bar,
    primary_button,
    secondary_button,
    tag,
    text_label,
)
from peerdesk.ui.team.required_courses import RequiredCoursesBox


def _number(text: str) -> int | str:
    """An int when the text is one; otherwise the text, which the service then refuses."""
    try:
        return int(text.strip())
    except ValueError:
        return text


class PolicyPage(QWidget):
    """Edits the program policy of the open vault (coordinators only).

    Signals:
        saved(Policy): the policy now in force, after a successful save.
    """

    saved = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyPage")
        self._ws = workspace
        self._tasks = tasks
        self._policy: Policy | None = None
        self.idle_edit = self._number_edit("idleLockEdit", self.tr("Idle lock, in minutes"))
        self.notes_check = tag(QCheckBox(self.tr("Allow private &notes")), "privateNotesCheck",
                               self.tr("Allow private notes"))
        self.expiry_edit = self._number_edit("notesExpiryEdit",
                                             self.tr("Private notes expire after, in days"))
        self.threshold_edit = self._number_edit("suppressionEdit",
                                                self.tr("Suppression threshold, in contacts"))
        self.close_edit = self._number_edit("closeDaysEdit",
                                            self.tr("Quarters close after, in days"))
        self.program_edit = tag(QLineEdit(), "programNameEdit", self.tr("Program name"))
        self.program_edit.setMaxLength(MAX_PROGRAM_NAME)
        self.program_edit.setMinimumWidth(180)
        self.agencies_edit = tag(QPlainTextEdit(), "agenciesEdit",
                                 self.tr("Agencies or services covered, one per line"))
        self.agencies_edit.setTabChangesFocus(True)
        self.agencies_edit.setFixedHeight(84)
        self.year_start_combo = tag(QComboBox(), "yearStartCombo",
                                    self.tr("Reporting year starts in"))
        months = {1: self.tr("January"), 4: self.tr("April"), 7: self.tr("July"),
                  10: self.tr("October")}
        for month in YEAR_START_MONTHS:
            self.year_start_combo.addItem(months[month], month)
        self.errors = {key: FieldError(key + "Error") for key in (
            "idle_lock_minutes", "notes_expiry_days", "suppression_threshold", "close_days",
            "program_name", "agencies", "year_start_month", "checklist")}
        self.checklist = QStringListModel(self)
        self.checklist_view = tag(QListView(), "checklistView", self.tr("Checklist items"))
        self.checklist_view.setModel(self.checklist)
        self.checklist_view.setWordWrap(True)
        triggers = QAbstractItemView.EditTrigger
        self.checklist_view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        self.checklist_view.setMinimumHeight(190)
        self.add_item_button = secondary_button(self.tr("Add item"), "addItemButton")
        self.remove_item_button = secondary_button(self.tr("Remove"), "removeItemButton")
        self.up_button = secondary_button(self.tr("Move up"), "moveUpButton")
        self.down_button = secondary_button(self.tr("Move down"), "moveDownButton")
        self.required = RequiredCoursesBox()
        self.message = MessageWidget("policyMessage", closable=True)
        self.busy = busy_bar("policyBusy")
        self.save_button = primary_button(self.tr("Save policy"), "savePolicyButton")
        self._build()
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.save_button.clicked.connect(self.save)
        for edit in (self.idle_edit, self.expiry_edit, self.threshold_edit, self.close_edit,
                     self.program_edit):
            edit.returnPressed.connect(self.save)
        self.notes_check.toggled.connect(self.expiry_edit.setEnabled)
        self.reload()

    def _number_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = tag(QLineEdit(), name, accessible)
        edit.setMaximumWidth(110)
        edit.setMaxLength(6)
        return edit

    def _row(self, grid: QGridLayout, row: int, label: str, edit: QWidget, unit: str,
             hint: str, error: FieldError) -> None:
        caption = tag(QLabel(label), "fieldLabel")
        caption.setBuddy(edit)
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignVCenter)
        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(edit)
        line.addWidget(tag(QLabel(unit), "hint"))
        line.addSpacing(12)
        line.addWidget(text_label(hint, "hint"), 1)
        grid.addLayout(line, row, 1)
        error.tie(edit)
        grid.addWidget(error, row + 1, 1)

    def _profile_rows(self, grid: QGridLayout, row: int) -> None:
        """The program's name, the agencies it covers and the month its reporting year
        starts."""
        self._row(grid, row, self.tr("Pro&gram name"), self.program_edit, "",
                  self.tr("Printed on every statistics report."), self.errors["program_name"])
        row += 2
        self._row(grid, row, self.tr("&Agencies covered"), self.agencies_edit, "",
                  self.tr("The agencies or services the program serves, one per line "
                          "(at most 12). Printed on the program report and the trend export."),
                  self.errors["agencies"])
        self._row(grid, row + 2, self.tr("Reporting &year starts in"), self.year_start_combo,
                  "", self.tr("The annual program report covers the four quarters from this "
                              "month."), self.errors["year_start_month"])

    def _build(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self._row(grid, 0, self.tr("&Idle lock"), self.idle_edit, self.tr("minutes"),
                  self.tr("1–60. The app locks itself after this long without use."),
                  self.errors["idle_lock_minutes"])
        grid.addWidget(self.notes_check, 2, 1)
        self._row(grid, 3, self.tr("Notes &expire after"), self.expiry_edit, self.tr("days"),
                  self.tr("1–365. Private notes are deleted after this."),
                  self.errors["notes_expiry_days"])
        self._row(grid, 5, self.tr("Su&ppression threshold"), self.threshold_edit,
                  self.tr("contacts"),
                  self.tr("3 or more. Smaller groups are hidden in statistics."),
                  self.errors["suppression_threshold"])
        self._row(grid, 7, self.tr("Quarters c&lose after"), self.close_edit, self.tr("days"),
                  self.tr("0–60 days after a quarter ends. Until then contacts logged late "
                          "count in it and none of its statistics can be seen; the first look "
                          "after that releases them for good."),
                  self.errors["close_days"])
        self._profile_rows(grid, 9)
        items = QHBoxLayout()
        items.setSpacing(12)
        items.addWidget(self.checklist_view, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        for button in (self.add_item_button, self.remove_item_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        items.addLayout(buttons)
        checklist_title = tag(QLabel(self.tr("Boundary &checklist")), "fieldLabel")
        checklist_title.setBuddy(self.checklist_view)
        content = QWidget()
        content.setObjectName("policyContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 16, 12, 8)
        column.setSpacing(14)
        column.addWidget(self.message)  # on top: seen without scrolling, also on success
        column.addLayout(grid)
        column.addSpacing(6)
        column.addWidget(checklist_title)
        column.addWidget(text_label(self.tr(
            "Shown to supporters after each contact. Double-click or press F2 to edit an item; "
            "saving a changed list starts a new version."), "hint"))
        column.addLayout(items)
        column.addWidget(self.errors["checklist"])
        column.addWidget(self.required)
        column.addWidget(self.busy)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.save_button)
        column.addLayout(end)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("policyScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it scrolls to the focused field
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        order = (self.idle_edit, self.notes_check, self.expiry_edit, self.threshold_edit,
                 self.close_edit, self.program_edit, self.agencies_edit, self.year_start_combo,
                 self.checklist_view, self.add_item_button, self.remove_item_button,
                 self.up_button, self.down_button, *self.required.boxes(), self.save_button)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        ws = self._ws
        self.busy.show()
        self._tasks.run(lambda: policy.current(ws), self._show_policy, self._failed)

    def _show_policy(self, value: Policy) -> None:
        self.busy.hide()
        self._policy = value
        self.idle_edit.setText(str(value.idle_lock_minutes))
        self.notes_check.setChecked(value.private_notes_enabled)
        self.expiry_edit.setText(str(value.notes_expiry_days))
        self.expiry_edit.setEnabled(value.private_notes_enabled)
        self.threshold_edit.setText(str(value.suppression_threshold))
        self.close_edit.setText(str(value.close_days))
        self.program_edit.setText(value.program_name)
        self.agencies_edit.setPlainText("\n".join(value.agencies))
        self.year_start_combo.setCurrentIndex(
            max(0, self.year_start_combo.findData(value.year_start_month)))
        self.checklist.setStringList([item.text for item in value.checklist.items])
        self.required.set_courses(value.required_courses)

    def clear(self) -> None:
        """Forget what is shown (on lock)."""
        self._policy = None
        self.checklist.setStringList([])
        self.required.set_courses(())
        for edit in (self.idle_edit, self.expiry_edit, self.threshold_edit, self.close_edit,
                     self.program_edit):
            edit.clear()
        self.agencies_edit.clear()
        self.message.hide_message()

    # ------------------------------------------------------------------ checklist editing

    def add_item(self) -> None:
        row = self.checklist.rowCount()
        self.checklist.insertRows(row, 1)
        index = self.checklist.index(row)
        self.checklist_view.setCurrentIndex(index)
        self.checklist_view.edit(index)

    def remove_item(self) -> None:
        index = self.checklist_view.currentIndex()
        if index.isValid():
            self.checklist.removeRows(index.row(), 1)

    def move_item(self, step: int) -> None:
        index = self.checklist_view.currentIndex()
        row, target = index.row(), index.row() + step
        if not index.isValid() or not 0 <= target < self.checklist.rowCount():
            return
        texts = self.checklist.stringList()
        texts[row], texts[target] = texts[target], texts[row]
        self.checklist.setStringList(texts)
        self.checklist_view.setCurrentIndex(self.checklist.index(target))

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        if self.busy.isVisible():
            return
        for error in self.errors.values():
            error.set_error("")
        self.message.hide_message()
        ws = self._ws
        idle, expiry, threshold, close = (_number(e.text()) for e in (
            self.idle_edit, self.expiry_edit, self.threshold_edit, self.close_edit))
        program = self.program_edit.text()
        agencies = agency_lines(self.agencies_edit.toPlainText())
        year_start = self.year_start_combo.currentData()
        notes = self.notes_check.isChecked()
        texts = self.checklist.stringList()  # blanks are skipped; numbers match rows
        courses = self.required.courses()

        def work() -> tuple[Policy, Policy]:
            errors = validate_settings(idle, expiry, threshold, close_days=close,
                                       program_name=program)
            errors.update(validate_profile(agencies, year_start))
            errors.update(validate_checklist_texts(texts))
            errors.update(validate_required(courses))
            if errors:  # nothing is written unless everything is valid
                raise ValidationError(errors)
            before = policy.current(ws)
            policy.update_settings(ws, idle_lock_minutes=int(idle), private_notes_enabled=notes,
                                   notes_expiry_days=int(expiry),
                                   suppression_threshold=int(threshold), close_days=int(close),
                                   program_name=program)
            policy.update_profile(ws, agencies=agencies, year_start_month=int(year_start))
            policy.update_checklist(ws, texts)
            return before, policy.update_required_courses(ws, courses)

        self.busy.show()
        self._tasks.run(work, self._saved, self._failed)

    def _saved(self, result: tuple[Policy, Policy]) -> None:
        before, after = result
        self._show_policy(after)
        self.message.show_message(self._summary(before, after), "positive")
        self.saved.emit(after)

    def _summary(self, before: Policy, after: Policy) -> str:
        changes: list[str] = []
        if before.idle_lock_minutes != after.idle_lock_minutes:
            n = after.idle_lock_minutes
            changes.append(self.tr("idle lock after %n minute(s)", "", n))
        if before.private_notes_enabled != after.private_notes_enabled:
            changes.append(self.tr("private notes allowed") if after.private_notes_enabled
                           else self.tr("private notes not allowed"))
        if before.notes_expiry_days != after.notes_expiry_days:
            n = after.notes_expiry_days
            changes.append(self.tr("notes expire after %n day(s)", "", n))
        if before.suppression_threshold != after.suppression_threshold:
            n = after.suppression_threshold
            changes.append(self.tr("groups under %n contact(s) hidden in statistics", "", n))
        if before.close_days != after.close_days:
            n = after.close_days
            changes.append(self.tr("quarters close %n day(s) after they end", "", n))
        if before.program_name != after.program_name:
            changes.append(self.tr("program name"))
        if before.agencies != after.agencies:
            changes.append(self.tr("agencies covered"))
        if before.year_start_month != after.year_start_month:
            changes.append(self.tr("reporting year start"))
        if before.checklist.version != after.checklist.version:
            changes.append(self.tr("checklist version {n}").replace(
                "{n}", str(after.checklist.version)))
        if before.required_courses != after.required_courses:
            changes.append(self.tr("required training"))
        if not changes:
            return self.tr("Nothing to save: the policy was already like this.")
        return self.tr("Saved: {changes}. In effect now.").replace(
            "{changes}", "; ".join(changes))

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        if not isinstance(exc, ValidationError):
            self.message.show_message(messages.error_text(exc))
            return
        first: QWidget | None = None
        widgets = {"idle_lock_minutes": self.idle_edit, "notes_expiry_days": self.expiry_edit,
                   "suppression_threshold": self.threshold_edit, "close_days": self.close_edit,
                   "program_name": self.program_edit, "agencies": self.agencies_edit,
                   "year_start_month": self.year_start_combo}
        items: list[str] = []
        for key, text in exc.field_errors.items():
            if key in self.errors and key != "checklist":
                self.errors[key].set_error(messages.field_error(text))
                first = first or widgets[key]
            elif key == "required_courses":
                self.required.error.set_error(messages.field_error(text))
            elif key.startswith("item_"):
                items.append(self.tr("Item {n}: {error}").replace("{n}", key[5:]).replace(
                    "{error}", messages.field_error(text)))
            else:
                items.insert(0, messages.field_error(text))
        if items:
            self.errors["checklist"].set_error("\n".join(items))
            first = first or self.checklist_view
        self.message.show_message(self.tr("Nothing was saved. Some fields need attention; "
                                          "each says what it needs."), "error")
        if first is not None:
            first.setFocus()
