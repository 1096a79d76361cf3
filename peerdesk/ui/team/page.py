"""The Team section for coordinators: members, program policy and the audit log, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from peerdesk.ui.kit.widgets import tag, text_label
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.team.audit_page import AuditPage
from peerdesk.ui.team.members_page import MembersPage
from peerdesk.ui.team.policy_page import PolicyPage

MEMBERS_TAB, POLICY_TAB, AUDIT_TAB = range(3)


class TeamPage(QWidget):
    """Three tabs over the open workspace; :meth:`clear_sensitive` empties them on lock."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        workspace = window.workspace
        assert workspace is not None  # sections are built only while signed in
        self.members = MembersPage(workspace, window.tasks, window.dialogs)
        self.policy = PolicyPage(workspace, window.tasks)
        self.audit = AuditPage(workspace, window.tasks)
        self.tabs = tag(QTabWidget(), "teamTabs", self.tr("Team"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.policy, self.tr("Program policy"))
        self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.policy.saved.connect(lambda p: window.apply_policy_idle(p.idle_lock_minutes))
        self.policy.saved.connect(window.policyChanged)
        self.members.ownRolesChanged.connect(window.ownRolesChanged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(tag(QLabel(self.tr("Team")), "pageTitle"))
        layout.addWidget(text_label(self.tr(
            "Add members and choose what they may do, set the program policy, and check the "
            "audit log."), "pageText"))
        layout.addWidget(self.tabs, 1)
        self.members.reload()

    def _tab_shown(self, index: int) -> None:
        if index == AUDIT_TAB:
            self.audit.reload()  # new entries appear each time the log is opened

    def clear_sensitive(self) -> None:
        """Empty every model and field and close open dialogs (called when the app locks)."""
        self.members.clear()
        self.policy.clear()
        self.audit.clear()


def team_page(window: MainWindow) -> QWidget:
    """The factory the "team" section uses."""
    return TeamPage(window)
