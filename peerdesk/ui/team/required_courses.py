"""The policy's required courses: one check box per course a program may require.

A supporter who lacks one of the ticked courses, or whose record of it has expired, is shown
as not current (``domain/training_records.py``). Part of the Program policy tab.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QVBoxLayout, QWidget

from peerdesk.domain.training_records import REQUIRABLE
from peerdesk.ui.kit.vocab_labels import label
from peerdesk.ui.kit.widgets import FieldError, tag, text_label

COLUMNS = 1  # one column: long course names (in French too) never widen the policy page


class RequiredCoursesBox(QWidget):
    """Check boxes of the courses a program may require; :meth:`courses` reads them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requiredCoursesBox")
        self.checks = {course.value: tag(QCheckBox(label(course)), f"required_{course.value}",
                                         label(course)) for course in REQUIRABLE}
        self.error = FieldError("required_coursesError")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)  # apart from the checklist above
        column.setSpacing(6)
        title = tag(text_label(self.tr("Required training"), "fieldLabel", wrap=False),
                    "fieldLabel")
        column.addWidget(title)
        column.addWidget(text_label(self.tr(
            "A supporter is current when they hold each ticked course and it has not expired. "
            "Members and coordinators are reminded 60 and 30 days before an expiry."), "hint"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        for number, box in enumerate(self.checks.values()):
            grid.addWidget(box, number // COLUMNS, number % COLUMNS)
        column.addLayout(grid)
        column.addWidget(self.error)

    def set_courses(self, codes: tuple[str, ...]) -> None:
        for code, box in self.checks.items():
            box.setChecked(code in codes)

    def courses(self) -> list[str]:
        """The ticked course codes."""
        return [code for code, box in self.checks.items() if box.isChecked()]

    def boxes(self) -> list[QCheckBox]:
        """In tab order."""
        return list(self.checks.values())
