"""The Audit log tab: who did what and when, newest first, filtered by action, member and
period, and a check of the hash chain. Nothing here exports the log (see services/audit_log.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import audit_log
from peerdesk.services.audit_log import AuditEntry, AuditFilter, ChainReport
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.row_table import row_table
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, busy_bar, primary_button, text_label
from peerdesk.ui.team.audit_filters import AuditFilters
from peerdesk.ui.team.audit_model import (
    ACTION,
    DETAILS,
    MEMBER,
    PAGE_SIZE,
    TIME,
    AuditTableModel,
    action_text,
)
from peerdesk.ui.team.model import local_time_text


def _problem_text(problem: str) -> str:
    """The chain check's English reason, in translated words."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("AuditPage", text)

    known = {
        "an entry is missing": lambda: translate("AuditPage", "an entry is missing"),
        "an entry was changed or moved": lambda: translate("AuditPage",
                "an entry was changed or moved"),
        "the newest entries were removed": lambda: translate("AuditPage",
                "the newest entries were removed"),
    }
    return known[problem]() if problem in known else translate("AuditPage",
            "the chain does not fit")


class AuditTable(QTableView):
    """The entries' table, without Qt's copy of the current cell (Ctrl+C): the log stays in
    the app, like everything that is not an aggregate."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            event.accept()
            return
        super().keyPressEvent(event)


class AuditPage(QWidget):
    """The audit log of the open vault (coordinators only), loaded when the tab is shown."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._ws = workspace
        self._tasks = tasks
        self.model = AuditTableModel(self)
        self.model.fetchRequested.connect(self._fetch)
        self.table = row_table(AuditTable(), "auditTable", self.tr("Audit log entries"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in (TIME, MEMBER, ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.verify_button = primary_button(self.tr("&Verify chain"), "verifyChainButton")
        self.filters = AuditFilters()
        self.status = text_label("", "auditStatus")
        self._only = AuditFilter()
        self.message = MessageWidget("auditMessage", closable=True)
        self.busy = busy_bar("auditBusy")
        intro = text_label(self.tr(
            "Every sign-in, lock, account and policy change, backup and export is recorded here "
            "with who and when, never what was said. Each entry is sealed to the one before, so "
            "a changed, removed or reordered entry shows up when you verify the chain."),
            "hint")
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(intro, 1)
        top.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.verify_button.clicked.connect(self.verify)
        self.filters.changed.connect(self.reload)
        QWidget.setTabOrder(self.verify_button, self.filters.action_combo)
        QWidget.setTabOrder(self.filters.clear_button, self.table)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the newest page matching the filters, the member names and the actions the
        log holds again (when the tab is shown, and when a filter changes)."""
        ws = self._ws
        problem = self.filters.problem()
        if problem:
            self.model.reset([], {})
            self.status.setText(problem)
            return
        only = self._only = self.filters.current()

        def work() -> tuple[list[AuditEntry], dict[str, str], list[str]]:
            return (audit_log.entries(ws, PAGE_SIZE, 0, only), audit_log.member_names(ws),
                    audit_log.actions(ws))

        self.busy.show()
        self._tasks.run(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[AuditEntry], dict[str, str], list[str]]) -> None:
        entries, names, actions = result
        self.busy.hide()
        self.model.reset(entries, names)
        self.filters.set_choices(actions, names)
        filtered = self._only != AuditFilter()
        if not entries:
            self.status.setText(self.tr("No entry matches these filters.") if filtered
                                else self.tr("The audit log is empty."))
        elif filtered:
            n = len(entries)
            self.status.setText(self.tr("Showing the %n newest matching entries; scroll for "
                                        "more.", "", n) if self.model.canFetchMore()
                                else self.tr("%n matching entry(ies).", "", n))
        else:
            self.status.setText("")

    def _fetch(self, offset: int) -> None:
        ws, only = self._ws, self._only
        self._tasks.run(lambda: audit_log.entries(ws, PAGE_SIZE, offset, only),
                        self.model.append_page, self._fetch_failed)

    def _fetch_failed(self, exc: BaseException) -> None:
        self.model.fetch_failed()
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.verify_button.setEnabled(True)
        self.message.show_message(messages.error_text(exc))

    def clear(self) -> None:
        """Forget every entry and name (on lock)."""
        self.model.clear()
        self.filters.set_choices([], {})
        self.status.setText("")
        self.message.hide_message()

    # ------------------------------------------------------------------ verifying

    def verify(self) -> None:
        ws = self._ws
        self.message.hide_message()
        self.busy.show()
        self.verify_button.setEnabled(False)
        self._tasks.run(lambda: audit_log.verify(ws), self._verified, self._failed)

    def _verified(self, report: ChainReport) -> None:
        self.busy.hide()
        self.verify_button.setEnabled(True)
        if report.ok:
            n = report.entries
            self.message.show_message(self.tr(
                "The chain is intact: the %n entry(ies) are as they were written, in order, "
                "with none removed.", "", n), "positive")
            return
        seq = report.first_bad_seq or 0
        entry = self.model.entry_for(seq)
        which = self.tr("entry number {seq}").replace("{seq}", str(seq))
        if entry is not None:
            which = self.tr("entry number {seq} ({action}, {time})").replace(
                "{seq}", str(seq)).replace("{action}", action_text(entry.action)).replace(
                "{time}", local_time_text(entry.at))
        self.message.show_message(self.tr(
            "The audit log does not check out: {problem}, first at {which}. Someone may have "
            "edited the vault file outside PeerDesk. Keep this computer as it is and tell "
            "whoever looks after your team's records.").replace(
            "{problem}", _problem_text(report.problem)).replace("{which}", which), "warning")
