"""The Training section: drills, the class, and the workspace's own tools.

In the training workspace: three tabs (Drills, Class, Workspace). In a real vault a trainer
sees where drills live instead: the services refuse drills there anyway.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import tag, text_label
from peerdesk.ui.training.drill_runner import ContactFormFactory, DrillRunner
from peerdesk.ui.training.tools import TrainingTools
from peerdesk.ui.training.trainer_view import TrainerView

DRILLS_TAB, CLASS_TAB, TOOLS_TAB = range(3)

_STYLE = """
QFrame#drillPreview, QFrame#drillCard, QFrame[panel="true"], QFrame#scoreBox {{
    background: {surface}; border: 1px solid {border}; border-radius: 10px;
}}
QFrame#drillCard {{ border-left: 4px solid {accent}; }}
QLabel#previewTitle, QLabel#drillCardTitle, QLabel#feedbackTitle {{
    font-size: 13pt; font-weight: 600;
}}
QLabel#previewScript {{
    background: {accent_soft}; border-radius: 6px; padding: 10px; color: {text};
}}
QLabel#panelTitle, QLabel#sectionHeading, QLabel[feedbackHeading="true"] {{
    font-size: 12pt; font-weight: 600; color: {accent_dark};
}}
QLabel#drillTimer {{
    font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 22pt; font-weight: 600;
    color: {text};
}}
QLabel#drillTimer[over="true"] {{ color: {error_text}; }}
QLabel#drillTimerLimit, QLabel#scoreOutOf, QLabel#feedbackRecorded, QLabel#hint,
QLabel#mostMissedCaption {{ color: {muted}; }}
QLabel#feedbackScore {{ font-size: 30pt; font-weight: 700; color: {accent_dark}; }}
QLabel#feedbackVerdict, QLabel#feedbackTiming {{ font-size: 11.5pt; font-weight: 600; }}
QLabel#feedbackVerdict[verdict="fail"] {{ color: {error_text}; }}
QLabel#feedbackTiming[verdict="over"] {{ color: {accent_dark}; }}
QLabel#feedbackVerdict[verdict="pass"], QLabel#feedbackTiming[verdict="pass"] {{
    color: {positive_text};
}}
QFrame#criticalRow, QFrame#fieldRow {{
    background: {surface}; border: 1px solid {border}; border-radius: 8px;
}}
QFrame#criticalRow[verdict="fail"], QFrame#fieldRow[verdict="fail"] {{
    background: {error_bg}; border-color: {error_edge};
}}
QLabel#verdictMark {{ font-weight: 700; }}
QLabel#verdictMark[verdict="fail"] {{ color: {error_text}; }}
QLabel#verdictMark[verdict="pass"] {{ color: {positive_text}; }}
QLabel#verdictName {{ font-weight: 600; }}
QLabel#verdictDetail {{ color: {text}; }}
QFrame#mostMissed {{
    background: {warning_bg}; border: 1px solid {warning_edge}; border-radius: 8px;
}}
QLabel#mostMissedText {{ font-weight: 600; font-size: 11.5pt; }}
QFrame#feedbackFooter {{ background: {surface}; border-top: 1px solid {border}; }}
QWidget#feedbackContent {{ background: {window}; }}
QWidget#previewTexts {{ background: {surface}; }}
QScrollArea#previewScroll {{ border: 2px solid transparent; border-radius: 8px; }}
QScrollArea#previewScroll:focus {{ border-color: {focus}; }}
"""


def style_sheet(training: bool) -> str:
    return theme.local_sheet(_STYLE, training)


class TrainingSection(QWidget):
    """The page of the "training" section in the training workspace.

    Args:
        contact_form: makes the drill's contact form (the Contacts feature's, passed in
            by the shell).

    Signals:
        statisticsRequested(): coordinator practice goes on to the Statistics section.
        workspaceReset(Workspace | None): the workspace was reset (None: it is gone, lock).
    """

    statisticsRequested = Signal()
    workspaceReset = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 contact_form: ContactFormFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPage")
        theme.style_local(self, style_sheet, True)
        self.drills = DrillRunner(workspace, tasks, dialogs, contact_form)
        self.trainer = TrainerView(workspace, tasks, dialogs)
        self.tools = TrainingTools(workspace, tasks, dialogs)
        self.tabs = tag(QTabWidget(), "trainingTabs", self.tr("Training"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.drills, self.tr("Drills"))
        self.tabs.addTab(self.trainer, self.tr("Class"))
        self.tabs.addTab(self.tools, self.tr("Workspace"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs)
        self.trainer.traineesChanged.connect(self.drills.set_trainees)
        self.drills.resultRecorded.connect(self.trainer.refresh)
        self.tools.packsChanged.connect(self.drills.load_packs)
        self.tools.statisticsRequested.connect(self.statisticsRequested)
        self.tools.workspaceReset.connect(self.workspaceReset)

    def clear_sensitive(self) -> None:
        """Drop every row and everything typed: the main window calls this when locking."""
        self.drills.clear_sensitive()
        self.trainer.clear_sensitive()
        self.tools.clear_sensitive()


class RealVaultTraining(QWidget):
    """What a trainer sees in a real vault: drills are in the training workspace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(10)
        layout.addWidget(tag(QLabel(self.tr("Training")), "pageTitle"))
        body = text_label(self.tr(
            "Drills, class sessions and demo data live in the training workspace, apart from "
            "your team's real contacts. Lock PeerDesk (Ctrl+L) and choose \"Open training "
            "workspace\" on the sign-in screen."), "pageText")
        body.setMaximumWidth(620)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        layout.addStretch(1)

