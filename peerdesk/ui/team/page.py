"""The Team section for coordinators: members, training records, program policy and the audit
log, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import tag, text_label
from peerdesk.ui.team.audit_page import AuditPage
from peerdesk.ui.team.members_page import MembersPage
from peerdesk.ui.team.policy_page import PolicyPage
from peerdesk.ui.team.training_page import TrainingRecordsPage

MEMBERS_TAB, TRAINING_TAB, POLICY_TAB, AUDIT_TAB = range(4)


class TeamPage(QWidget):
    """Four tabs over the open workspace; :meth:`clear_sensitive` empties them on lock.

    The shell connects what reaches beyond the page: ``policy.saved`` (the idle lock and
    the other sections follow a new policy) and ``members.ownRolesChanged``.
    """

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        self.members = MembersPage(workspace, tasks, dialogs)
        self.training = TrainingRecordsPage(workspace, tasks, dialogs, manage=True)
        self.policy = PolicyPage(workspace, tasks)
        self.audit = AuditPage(workspace, tasks)
        self.tabs = tag(QTabWidget(), "teamTabs", self.tr("Team"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.training, self.tr("Training records"))
        self.tabs.addTab(self.policy, self.tr("Program policy"))
        self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(tag(QLabel(self.tr("Team")), "pageTitle"))
        layout.addWidget(text_label(self.tr(
            "Add members and choose what they may do, keep the team's training records, set "
            "the program policy, and check the audit log."), "pageText"))
        layout.addWidget(self.tabs, 1)
        self.members.reload()

    def _tab_shown(self, index: int) -> None:
        if index == AUDIT_TAB:
            self.audit.reload()  # new entries appear each time the log is opened
        elif index == TRAINING_TAB:
            self.training.reload()  # expiries move with the days, and policy changes

    def clear_sensitive(self) -> None:
        """Empty every model and field and close open dialogs (called when the app locks)."""
        self.members.clear()
        self.training.clear()
        self.policy.clear()
        self.audit.clear()

