"""The feedback after a drill: score, critical actions (misses first), each field, debrief.

Every verdict is in words and a mark (✗ / ✓), never colour alone; the colour only repeats it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from peerdesk.domain.drills import PASS_MARK, DrillFeedback, Scenario
from peerdesk.ui.kit.message_text import message_text
from peerdesk.ui.kit.widgets import (
    primary_button,
    secondary_button,
    set_style_property,
    tag,
    text_label,
)
from peerdesk.ui.training import labels as drill_labels


class DrillFeedbackView(QWidget):
    """Shows one :class:`DrillFeedback`.

    Signals:
        againRequested(): run the same scenario again.
        pickRequested(): go back to the scenario list.
    """

    againRequested = Signal()
    pickRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillFeedback")
        self.title = tag(QLabel(), "feedbackTitle")
        self.title.setWordWrap(True)
        self.score = tag(QLabel(), "feedbackScore", self.tr("Score"))
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict = text_label("", "feedbackVerdict")
        self.timing = text_label("", "feedbackTiming")
        self.recorded = text_label("", "feedbackRecorded")
        self.recorded.setProperty("hint", True)
        self.again_button = secondary_button(self.tr("Try this scenario again"),
                                             "drillAgainButton")
        self.pick_button = primary_button(self.tr("Choose another scenario"), "drillPickButton")
        self.again_button.clicked.connect(self.againRequested)
        self.pick_button.clicked.connect(self.pickRequested)
        for button in (self.again_button, self.pick_button):  # room for the focus frame
            button.setMinimumWidth(button.sizeHint().width() + 24)
        self._body = QVBoxLayout()
        self._body.setSpacing(8)
        content = QWidget()
        content.setObjectName("feedbackContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(28, 20, 28, 20)
        column.setSpacing(10)
        head = self._head()
        column.addLayout(head)
        column.addSpacing(6)
        column.addLayout(self._body)
        column.addStretch(1)
        # Not ``scroll``: that name is QWidget.scroll, which this attribute would hide.
        self.scroll_area = tag(QScrollArea(), "feedbackScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        footer = tag(QFrame(), "feedbackFooter")
        buttons = QHBoxLayout(footer)
        buttons.setContentsMargins(28, 10, 28, 10)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pick_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(footer)
        QWidget.setTabOrder(self.scroll_area, self.pick_button)
        QWidget.setTabOrder(self.pick_button, self.again_button)

    def _head(self) -> QHBoxLayout:
        head = QHBoxLayout()
        head.setSpacing(22)
        score_box = tag(QFrame(), "scoreBox")
        score_layout = QVBoxLayout(score_box)
        score_layout.setContentsMargins(18, 10, 18, 10)
        score_layout.setSpacing(0)
        score_layout.addWidget(self.score, 0, Qt.AlignmentFlag.AlignHCenter)
        score_layout.addWidget(text_label(self.tr("out of 100"), "scoreOutOf", wrap=False), 0,
                               Qt.AlignmentFlag.AlignHCenter)
        head.addWidget(score_box, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addWidget(self.title)
        words.addWidget(self.verdict)
        words.addWidget(self.timing)
        words.addWidget(self.recorded)
        words.addStretch(1)
        head.addLayout(words, 1)
        return head

    # ------------------------------------------------------------------ filling

    def show_feedback(self, scenario: Scenario, feedback: DrillFeedback,
                      trainee: str = "") -> None:
        self.clear()
        self.title.setText(scenario.title)
        self.score.setText(str(feedback.score))
        self.score.setAccessibleDescription(
            self.tr("%1 out of 100").replace("%1", str(feedback.score)))
        misses = len(feedback.critical_misses)
        if feedback.passed:
            verdict, kind = self.tr("Passed. Every critical action was done."), "pass"
        elif misses:
            verdict = self.tr("Not passed: %n critical action(s) missed.", "", misses)
            kind = "fail"
        else:
            verdict = self.tr("Not passed: the pass mark is %1.").replace("%1", str(PASS_MARK))
            kind = "fail"
        self.verdict.setText(verdict)
        set_style_property(self.verdict, "verdict", kind)
        self.timing.setVisible(feedback.timing is not None)
        if feedback.timing is not None:
            t = feedback.timing
            text = (self.tr("Logged in %1, under the %2 limit.") if t.under_limit else
                    self.tr("Logged in %1, over the %2 limit. Accuracy first: speed comes "
                            "with practice."))
            self.timing.setText(text.replace("%1", drill_labels.clock_text(t.seconds))
                                .replace("%2", drill_labels.clock_text(t.limit)))
            set_style_property(self.timing, "verdict", "pass" if t.under_limit else "over")
        self.recorded.setText(self.tr("Recorded for %1 in the class session.").replace(
            "%1", trainee) if trainee else self.tr("Practice on your own: not recorded."))
        if feedback.critical:
            self._section(self.tr("Critical actions"), "criticalSection")
            for verdict_row in feedback.critical:  # misses first (the domain orders them)
                self._row(verdict_row.done, drill_labels.critical_name(verdict_row.action),
                          message_text(verdict_row.reason, drill_labels.code_label)
                          if not verdict_row.done
                          else "", "criticalRow")
        self._section(self.tr("The log, field by field"), "fieldsSection")
        for field in feedback.fields:  # wrong first
            detail = ""
            if not field.right:
                detail = self.tr("You logged: %1. Expected: %2.").replace(
                    "%1", drill_labels.value_text(field.field, field.given)).replace(
                    "%2", drill_labels.value_text(field.field, field.expected))
                why = scenario.why.get(field.field)
                if why:
                    detail += " " + why
            self._row(field.right, drill_labels.field_name(field.field), detail, "fieldRow")
        if feedback.debrief:
            self._section(self.tr("Debrief points"), "debriefSection")
            for point in feedback.debrief:
                label = text_label("•  " + point, "debriefPoint")
                self._body.addWidget(label)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.pick_button.setFocus()

    def _section(self, title: str, name: str) -> None:
        if self._body.count():
            self._body.addSpacing(10)
        heading = tag(QLabel(title), name)
        heading.setProperty("feedbackHeading", True)
        self._body.addWidget(heading)

    def _row(self, right: bool, name: str, detail: str, object_name: str) -> None:
        row = tag(QFrame(), object_name)
        row.setProperty("verdict", "pass" if right else "fail")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        mark = text_label(self.tr("✓ Right") if right else self.tr("✗ Missed")
                          if object_name == "criticalRow" else self.tr("✗ Wrong"),
                          "verdictMark", wrap=False)
        mark.setProperty("verdict", "pass" if right else "fail")
        mark.setFixedWidth(88)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(text_label(name, "verdictName"))
        if detail:
            words.addWidget(text_label(detail, "verdictDetail"))
        layout.addLayout(words, 1)
        row.setAccessibleName(f"{mark.text()}: {name}. {detail}".strip())
        self._body.addWidget(row)

    def rows(self, object_name: str) -> list[QFrame]:
        """The verdict rows of one kind, top to bottom (tests read them)."""
        found = []
        for i in range(self._body.count()):
            item = self._body.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QFrame) and widget.objectName() == object_name:
                found.append(widget)
        return found

    def clear(self) -> None:
        while self._body.count():
            item = self._body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for label in (self.title, self.score, self.verdict, self.timing, self.recorded):
            label.clear()
