"""The signed-in window: header with Lock, navigation on the left, one page per section.

Session security: the window locks after the policy's idle time without input (an
app-wide event filter), and checks again whenever it comes back from being minimised or from
another application having the focus, so time spent minimised, in the background or with the
computer asleep counts as idle. Qt has no portable "the system session was locked" signal; the
screen locker taking the focus shows up as the application turning inactive, which is covered
by the same rule.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.appearance import ContrastToggle
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.screen import DEFAULT_SIZE, MINIMUM_SIZE, training_banner
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, tag
from peerdesk.ui.signin.change_passphrase_dialog import ChangePassphraseDialog

IDLE_LOCK_MS = 5 * 60 * 1000  # ARCHITECTURE section 9: the app locks itself when idle
IDLE_WARNING_MS = 30 * 1000  # the countdown before an idle lock (at most half the idle time)
LOCK_KEYS = QKeySequence("Ctrl+L")
IDLE = "idle"  # MainWindow.lock_reason after an idle lock
_log = logging.getLogger(__name__)
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


def session_clock() -> float:
    """Seconds on a clock that keeps counting while the computer sleeps where the OS has one
    (Linux CLOCK_BOOTTIME; Windows' monotonic clock counts sleep too)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.monotonic()


class MainWindow(QMainWindow):
    """Everything a signed-in member works in. Later features register pages with
    :meth:`add_section`; a section whose action the member's roles lack is not shown.

    Args:
        idle_lock_ms: a fixed idle time (tests); None: 5 minutes until the program policy's
            idle lock minutes arrive through :meth:`apply_policy_idle`.
        start_idle: start the idle timer now; False when the caller calls
            :meth:`apply_policy_idle` once it has read the policy (the shell does).

    Attributes:
        lock_reason: :data:`IDLE` after the idle time ran out, else None.
        discarded_work: a page held unsaved work (a contact being typed) when it locked.

    Signals:
        locked(): the workspace is locked and every page is gone.
        passphraseChanged(forced): the member set a new passphrase.
        policyChanged(Policy): a coordinator saved the program policy; pages that follow it
            (the contact form, statistics) read it again at once.
        ownRolesChanged(): the member changed their own roles; the shell adds the sections
            the new roles open.
    """

    locked = Signal()
    passphraseChanged = Signal(bool)
    policyChanged = Signal(object)
    ownRolesChanged = Signal()
    replacement: Workspace | None = None  # see reopen()
    lock_reason: str | None = None
    discarded_work = False

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 *, idle_lock_ms: int | None = None, start_idle: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workspace: Workspace | None = workspace
        self.tasks = tasks
        self.dialogs = dialogs
        self.closing = False
        self._locking = False
        self._keys: list[str] = []
        # Sections not yet opened: the page holding their place, and what builds the real one.
        self._unbuilt: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._idle_fixed = idle_lock_ms is not None
        idle_lock_ms = IDLE_LOCK_MS if idle_lock_ms is None else idle_lock_ms
        self._idle_ms = idle_lock_ms
        self._idle_on = False
        self.clock = session_clock
        self._last_activity = self.clock()
        self.setWindowTitle(messages.window_title(workspace.training))
        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(MINIMUM_SIZE)
        self._make_actions()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if workspace.training:
            column.addWidget(training_banner())
        column.addWidget(self._header(workspace))
        self.notice = MessageWidget("failedAttemptsNotice", closable=True)
        column.addWidget(self._notice_bar(self.notice))
        self.idle_warning = MessageWidget("idleWarning")
        column.addWidget(self._notice_bar(self.idle_warning))
        self._show_sign_in_notices(workspace)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.navigation = tag(QListWidget(), "navigation", self.tr("Sections"))
        self.navigation.setFixedWidth(210)
        self.pages = tag(QStackedWidget(), "pages")
        self.navigation.currentRowChanged.connect(self._open_row)
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        column.addLayout(body, 1)
        self.setCentralWidget(central)
        self._make_idle_timers(idle_lock_ms)
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)
        if app is not None:
            app.installEventFilter(self)  # Ctrl+L locks from any dialog too (eventFilter)
        if start_idle:
            self._start_idle()

    def _show_sign_in_notices(self, workspace: Workspace) -> None:
        """Failed attempts on the account, a reset of its passphrase by someone else."""
        notices = messages.sign_in_notices(workspace)
        if notices:
            self.notice.show_message(" ".join(notices), "warning")

    def tell_work_discarded(self) -> None:
        """Say that this member's unsaved contact was discarded when PeerDesk last locked
        (a lock keeps nothing of it, in memory or on disk; only that it happened)."""
        text = self.tr("An unsaved contact was discarded when PeerDesk locked. Nothing of it "
                       "was kept; log it again if it is needed.")
        earlier = self.notice.text()
        self.notice.show_message(f"{earlier} {text}" if earlier else text, "warning")

    def _make_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(LOCK_KEYS)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.setToolTip(self.tr("Lock PeerDesk (Ctrl+L)"))
        self.lock_action.triggered.connect(lambda _checked=False: self.lock())
        self.addAction(self.lock_action)
        self.passphrase_action = QAction(self.tr("&Passphrase…"), self)
        self.passphrase_action.setObjectName("changePassphraseAction")
        self.passphrase_action.triggered.connect(lambda _checked=False: self.change_passphrase())
        self.addAction(self.passphrase_action)

    def _make_idle_timers(self, idle_lock_ms: int) -> None:
        self._lock_deadline = 0.0
        self._warning_over_dialog: MessageWidget | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._warn_idle)
        self._countdown = QTimer(self)
        self._countdown.timeout.connect(self._count_down)
        self._set_idle_ms(idle_lock_ms)

    def _start_idle(self) -> None:
        if self._idle_ms > 0 and not self._idle_on:
            self._idle_on = True
            self._restart_idle()

    def _set_idle_ms(self, ms: int) -> None:
        """The idle time: quiet for all of it but the last :data:`IDLE_WARNING_MS` (at most
        half of it), which counts down on screen."""
        self._idle_ms = ms
        self._warning_ms = min(IDLE_WARNING_MS, ms // 2)
        self._idle.setInterval(max(ms - self._warning_ms, 0))
        self._countdown.setInterval(min(1000, max(self._warning_ms // 4, 10)))

    def _restart_idle(self) -> None:
        self._last_activity = self.clock()
        if self._countdown.isActive():
            self._stop_countdown()
        self._idle.start()

    def _stop_countdown(self) -> None:
        self._countdown.stop()
        self.idle_warning.hide_message()
        over, self._warning_over_dialog = self._warning_over_dialog, None
        if over is not None and shiboken6.isValid(over):
            over.hide()
            over.deleteLater()

    @staticmethod
    def _notice_bar(notice: MessageWidget) -> QWidget:
        """The notice with its margins; the bar takes no space while there is nothing to say."""
        bar = QWidget()
        bar.setObjectName("noticeBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 16, 24, 16)
        row.addWidget(notice)
        bar.hide()
        notice.displayed.connect(bar.setVisible)
        return bar

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
        self.roles_label = roles
        roles.setAlignment(Qt.AlignmentFlag.AlignRight)
        roles.setWordWrap(True)  # two roles in a longer language take a second line
        who.addWidget(name)
        who.addWidget(roles)
        row.addLayout(who)
        self.contrast_toggle = ContrastToggle()
        self.contrast_toggle.setProperty("secondary", True)
        row.addWidget(self.contrast_toggle)
        self.passphrase_button = tag(QToolButton(), "changePassphraseButton",
                                     self.tr("Change passphrase"))
        self.passphrase_button.setProperty("secondary", True)
        self.passphrase_button.setDefaultAction(self.passphrase_action)
        self.passphrase_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(self.passphrase_button)
        self.lock_button = tag(QToolButton(), "lockButton", self.tr("Lock"))
        self.lock_button.setProperty("secondary", True)
        self.lock_button.setDefaultAction(self.lock_action)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(self.lock_button)
        # Never cut their words: the name and roles above wrap instead.
        for button in (self.contrast_toggle, self.passphrase_button, self.lock_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        return bar

    # ------------------------------------------------------------------ sections

    def add_section(self, key: str, title: str, page: QWidget | Callable[[], QWidget],
                    action: Action | None = None) -> bool:
        """Add a page under ``title`` unless the member lacks ``action``; True when shown.

        ``page`` is the page, or a function building it when the section is first opened (or
        asked for by :meth:`section_page`), so a section's modules load only when needed.
        """
        if self.workspace is None or (action is not None and not self.workspace.can(action)):
            if isinstance(page, QWidget):
                page.deleteLater()
            return False
        if isinstance(page, QWidget):
            page.setObjectName(page.objectName() or f"{key}Page")
            self.pages.addWidget(page)
        else:
            holder = QWidget()
            self._unbuilt[key] = (holder, page)
            self.pages.addWidget(holder)
        self._keys.append(key)  # before the item: adding it may open its page
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        return True

    def section_page(self, key: str) -> QWidget:
        """The page of section ``key``, built now if it was never opened."""
        index = self._keys.index(key)
        unbuilt = self._unbuilt.pop(key, None)
        if unbuilt is None:
            page = self.pages.widget(index)
            assert page is not None
            return page
        holder, build = unbuilt
        page = build()
        page.setObjectName(page.objectName() or f"{key}Page")
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(holder)
        holder.deleteLater()
        return page

    def _open_row(self, row: int) -> None:
        # Locked (the navigation empties row by row as the pages go): nothing is built.
        if self.workspace is not None and 0 <= row < len(self._keys):
            self.pages.setCurrentWidget(self.section_page(self._keys[row]))

    def show_roles(self) -> None:
        """The header's roles, as stored now (after the member changed their own)."""
        if self.workspace is not None:
            self.roles_label.setText(messages.roles_text(self.workspace.member.roles))

    def section_keys(self) -> list[str]:
        return list(self._keys)

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow(self._keys.index(key))

    # ------------------------------------------------------------------ own passphrase

    def change_passphrase(self, forced: bool = False) -> ChangePassphraseDialog | None:
        """Open the change-passphrase dialog; when ``forced``, cancelling it locks."""
        if self.workspace is None or self._locking:
            return None
        member_label = self.findChild(QLabel, "memberLabel")
        name = member_label.text() if member_label is not None else ""
        dialog = ChangePassphraseDialog(self.workspace, self.tasks, name, forced=forced,
                                        parent=self)
        dialog.accepted.connect(lambda: self._passphrase_changed(forced))
        if forced:
            dialog.rejected.connect(self.lock)
        dialog.open()
        return dialog

    def _passphrase_changed(self, forced: bool) -> None:
        if self._locking or self.workspace is None:
            return
        self.notice.show_message(self.tr("Your new passphrase is set. Use it from now on."),
                                 "positive")
        self.passphraseChanged.emit(forced)

    # ------------------------------------------------------------------ idle and away

    def apply_policy_idle(self, minutes: int) -> None:
        """Use the program policy's idle time (unless the window was given a fixed one) and
        start counting if not yet started."""
        if self.workspace is None or self._locking:
            return
        if not self._idle_fixed and minutes > 0:
            self._set_idle_ms(minutes * 60 * 1000)
        if self._idle_on:
            last = self._last_activity
            self._restart_idle()
            self._last_activity = last
            self._check_idle()
        else:
            self._start_idle()

    def idle_interval_ms(self) -> int:
        return self._idle_ms

    def _check_idle(self) -> None:
        """Lock now if the time since the last input already exceeds the idle time (after
        being minimised, in the background, or asleep, when timers may not have run)."""
        if self._idle_on and (self.clock() - self._last_activity) * 1000 >= self._idle_ms:
            self.lock(idle=True)

    def _warn_idle(self) -> None:
        """The last seconds before an idle lock: a countdown the member can stop by moving."""
        if self.workspace is None or self._locking:
            return
        self._lock_deadline = self._last_activity + self._idle_ms / 1000
        self._count_down()
        if not self._locking:
            self._countdown.start()

    def _count_down(self) -> None:
        left = self._lock_deadline - self.clock()
        if left <= 0:
            self.lock(idle=True)
            return
        seconds = max(1, round(left))
        text = self.tr("PeerDesk locks in %n second(s): save your work or move the mouse.", "",
                       seconds)
        if self.idle_warning.isHidden():
            self.idle_warning.show_message(text, "warning")
        else:
            self.idle_warning.update_text(text)
        self._warn_over_dialog(text)

    def _warn_over_dialog(self, text: str) -> None:
        """The countdown also across the top of an open dialog, which may hide the window's
        own banner (and holds typed text the lock would discard too)."""
        modal = QApplication.activeModalWidget()
        over = self._warning_over_dialog
        if over is not None and shiboken6.isValid(over) and over.parentWidget() is modal:
            over.update_text(text)
            return
        if over is not None and shiboken6.isValid(over):
            over.deleteLater()
        self._warning_over_dialog = None
        if modal is None or modal is self:
            return
        over = MessageWidget("idleWarningOverDialog", parent=modal)
        over.setAutoFillBackground(True)
        over.show_message(text, "warning")
        over.setFixedWidth(modal.width())
        over.setFixedHeight(max(over.heightForWidth(modal.width()), over.sizeHint().height()))
        over.move(0, 0)
        over.raise_()
        self._warning_over_dialog = over

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self._check_idle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized():
            self._check_idle()

    # ------------------------------------------------------------------ locking

    def lock(self, *, idle: bool = False) -> None:
        """Lock the workspace through the worker, then drop every page and emit ``locked``.

        A security action, so it always completes: every dialog, file chooser, popup list and
        menu closes at once (what was typed in them goes too), and a page whose clean-up
        fails is logged and dropped all the same.
        """
        if self._locking or self.workspace is None:
            return
        self._locking = True
        self.lock_reason = IDLE if idle else None
        self._idle_on = False
        self._idle.stop()
        self._stop_countdown()
        self.discarded_work = self._pages_hold_unsaved_work()
        close_everything_over(self)
        central = self.centralWidget()
        if central is not None:
            central.setEnabled(False)
        workspace = self.workspace
        self.tasks.run(workspace.lock, self._after_lock, self._after_lock)

    def _pages_hold_unsaved_work(self) -> bool:
        for index in range(self.pages.count()):
            unsaved = getattr(self.pages.widget(index), "unsaved_work", None)
            try:
                if callable(unsaved) and unsaved():
                    return True
            except Exception:
                _log.exception("A page could not tell whether it held unsaved work")
        return False

    def reopen(self, workspace: Workspace) -> None:
        """The workspace was replaced by ``workspace`` (the training workspace started again
        from clean; the old one is already locked): drop every page and emit ``locked`` with
        :attr:`replacement` set, so the shell opens the new one instead of the sign-in."""
        if self._locking or self.workspace is None:
            return
        self._locking = True
        self._idle.stop()
        self.replacement = workspace
        self._after_lock(None)

    def _after_lock(self, _result: object, waited: int = 0) -> None:
        if self.dialogs.running and waited < 200:
            # A dialog closed by the lock is still returning from its exec(): the page that
            # opened it must outlive that, so the pages go on a later turn of the loop (two
            # seconds at most: the lock completes whatever happens).
            QTimer.singleShot(10, lambda: self._after_lock(_result, waited + 1))
            return
        self.workspace = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.disconnect(self._application_state_changed)
        self._clear_pages()
        self._locking = False
        self.locked.emit()
        if self.closing:
            self.close()

    def _clear_pages(self) -> None:
        self.navigation.clear()
        while self.pages.count():
            page = self.pages.widget(0)
            if page is None:
                break
            clear = getattr(page, "clear_sensitive", None)
            try:
                if callable(clear):
                    clear()
            except Exception:  # the page goes all the same, with whatever it held
                _log.exception("A page's clean-up failed while locking")
            self.pages.removeWidget(page)
            # Deleted now, not whenever deleteLater runs: every model and view under the page
            # (and the rows they hold) is gone before ``locked`` is emitted. Tasks queued
            # before the lock have all answered by now (one worker, in order).
            shiboken6.delete(page)
        self._keys.clear()
        self._unbuilt.clear()
        self.notice.hide_message()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == LOCK_KEYS
                and self.workspace is not None):
            # Reaches here only when no shortcut took it: a modal dialog or a popup is open.
            self.lock()
            return True
        if kind in _ACTIVITY and self._idle_on:
            self._restart_idle()
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


def close_everything_over(window: QWidget) -> None:
    """Close every popup list, menu, calendar, dialog and file chooser the app shows besides
    ``window`` (a lock leaves nothing on screen but the unlock screen to come)."""
    for _ in range(20):  # popups stack: each close makes the one under it active
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for dialog in window.findChildren(QDialog):
        dialog.reject()  # typed passphrases and member details go with them
    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None or modal is window:
            break
        if isinstance(modal, QDialog):
            modal.reject()
        modal.close()
    for widget in QApplication.topLevelWidgets():
        if widget is window or not shiboken6.isValid(widget) or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()
