"""The signed-in window: header with Lock, navigation on the left, one page per section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action
from peerdesk.services.workspace import Workspace
from peerdesk.ui import messages
from peerdesk.ui.dialogs import DialogService
from peerdesk.ui.screen import DEFAULT_SIZE, MINIMUM_SIZE, training_banner
from peerdesk.ui.tasks import TaskRunner
from peerdesk.ui.widgets import MessageWidget, tag

IDLE_LOCK_MS = 5 * 60 * 1000  # DESIGN section 9: the app locks itself when idle
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class MainWindow(QMainWindow):
    """Everything a signed-in member works in. Later features register pages with
    :meth:`add_section`; a section whose action the member's roles lack is not shown.

    Signals:
        locked(): the workspace is locked and every page is gone.
    """

    locked = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 *, idle_lock_ms: int = IDLE_LOCK_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workspace: Workspace | None = workspace
        self.tasks = tasks
        self.dialogs = dialogs
        self.closing = False
        self._locking = False
        self._keys: list[str] = []
        self.setWindowTitle(messages.window_title(workspace.training))
        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(MINIMUM_SIZE)
        self.lock_action = tag(QAction(self.tr("&Lock"), self), "lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.setToolTip(self.tr("Lock PeerDesk (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if workspace.training:
            column.addWidget(training_banner())
        column.addWidget(self._header(workspace))
        self.notice = MessageWidget("failedAttemptsNotice", closable=True)
        if workspace.failed_attempts > 0:
            self.notice.show_message(
                messages.failed_attempts_text(workspace.failed_attempts), "warning")
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(24, 16, 24, 16)
        notice_row.addWidget(self.notice)
        column.addLayout(notice_row)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.navigation = tag(QListWidget(), "navigation", self.tr("Sections"))
        self.navigation.setFixedWidth(210)
        self.pages = tag(QStackedWidget(), "pages")
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        column.addLayout(body, 1)
        self.setCentralWidget(central)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_lock_ms)
        self._idle.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None and idle_lock_ms > 0:
            app.installEventFilter(self)
            self._idle.start()

    def _header(self, workspace: Workspace) -> QFrame:
        bar = QFrame()
        bar.setObjectName("headerBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 12, 16, 12)
        row.setSpacing(16)
        row.addWidget(tag(QLabel(self.tr("PeerDesk")), "headerTitle"))
        row.addStretch(1)
        member = workspace.member
        who = QVBoxLayout()
        who.setSpacing(0)
        name = tag(QLabel(member.name), "memberLabel", self.tr("Signed in as"))
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setAlignment(Qt.AlignmentFlag.AlignRight)
        roles = tag(QLabel(messages.roles_text(member.roles)), "rolesLabel", self.tr("Roles"))
        roles.setAlignment(Qt.AlignmentFlag.AlignRight)
        who.addWidget(name)
        who.addWidget(roles)
        row.addLayout(who)
        self.lock_button = tag(QToolButton(), "lockButton", self.tr("Lock"))
        self.lock_button.setProperty("secondary", True)
        self.lock_button.setDefaultAction(self.lock_action)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(self.lock_button)
        return bar

    # ------------------------------------------------------------------ sections

    def add_section(self, key: str, title: str, widget: QWidget,
                    action: Action | None = None) -> bool:
        """Add a page under ``title`` unless the member lacks ``action``; True when shown."""
        if self.workspace is None or (action is not None and not self.workspace.can(action)):
            widget.deleteLater()
            return False
        widget.setObjectName(widget.objectName() or f"{key}Page")
        self.pages.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        self._keys.append(key)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        return True

    def section_keys(self) -> list[str]:
        return list(self._keys)

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow(self._keys.index(key))

    # ------------------------------------------------------------------ locking

    def lock(self) -> None:
        """Lock the workspace through the worker, then drop every page and emit ``locked``."""
        if self._locking or self.workspace is None:
            return
        self._locking = True
        self._idle.stop()
        self.centralWidget().setEnabled(False)
        workspace = self.workspace
        self.tasks.run(workspace.lock, self._after_lock, self._after_lock)

    def _after_lock(self, _result: object) -> None:
        self.workspace = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._clear_pages()
        self._locking = False
        self.locked.emit()
        if self.closing:
            self.close()

    def _clear_pages(self) -> None:
        self.navigation.clear()
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        self._keys.clear()
        self.notice.hide_message()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._idle.isActive():
            self._idle.start()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None:
            self.closing = True  # lock first (in the worker), then close for real
            event.ignore()
            self.lock()
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
