"""Which window is showing: setup, sign-in or the signed-in window, and the moves between them.

The shell owns the app-wide pieces: the one task runner, the dialog service, the unlock guard
and the open workspace, which it locks before the app quits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.domain.errors import PeerDeskError
from peerdesk.services import paths
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.storage.sign_in_list import VaultInfo, inspect
from peerdesk.ui.kit import a11y, input_guard, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.shell.pages import open_training_dialog
from peerdesk.ui.signin.unlock_screen import UnlockScreen

# Start light: the signed-in window, its sections and the setup wizard (with the services and
# libraries behind them) are imported when first shown, not before the sign-in window paints.
if TYPE_CHECKING:
    from peerdesk.services.workspace import Workspace
    from peerdesk.ui.shell.main_window import MainWindow

# The signed-in window's comfortable size: the contact form's two columns and the tables fit
# without clipping (a 1366×768 station laptop maximizes to about this).
WORK_SIZE = QSize(1280, 720)


class Shell(QObject):
    """Moves between the app's windows for one vault folder.

    Args:
        vault: the vault folder.
        training: create a training vault if the folder holds none yet.
    """

    def __init__(self, vault: Path, training: bool, *, tasks: TaskRunner | None = None,
                 dialogs: DialogService | None = None, guard: UnlockGuard | None = None,
                 idle_lock_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            input_guard.install(app)  # the wheel, Enter and drop-down rules, app-wide
        a11y.install()  # titles read as headings from the first window on
        self.folder = vault
        self.tasks = tasks or TaskRunner(self)
        self.dialogs = dialogs or DialogService()
        self.guard = guard or UnlockGuard()
        self.idle_lock_ms = idle_lock_ms
        self.window: QWidget | None = None
        self.workspace: Workspace | None = None
        self._last_member = ""
        self._idle_locked = False
        # Whose unsaved contact a lock discarded (a user id only, in memory): told at their
        # next sign-in.
        self._discarded_by: str | None = None
        self.info, self.startup_error = self._inspect()
        self.training = self.info.training if self.info.exists else training

    def _inspect(self) -> tuple[VaultInfo, PeerDeskError | None]:
        try:
            return inspect(self.folder), None
        except PeerDeskError as exc:
            return VaultInfo(self.folder, exists=True), exc

    def start(self) -> None:
        if self.info.exists:
            self.show_unlock()
        else:
            self.show_setup()

    # ------------------------------------------------------------------ windows

    def show_setup(self) -> None:
        from peerdesk.ui.signin.setup_wizard import SetupWizard  # noqa: PLC0415

        wizard = SetupWizard(self.folder, self.training, self.tasks, self.dialogs)
        wizard.created.connect(self._opened)
        wizard.finished.connect(self.show_main)
        self._switch_to(wizard)

    def show_unlock(self) -> None:
        info, error = self._inspect()
        if error is None:
            self.info = info
        # A real vault's sign-in also opens the training workspace; a training
        # vault's own sign-in already is one. Locking it comes back here, to this vault.
        training_folder = None if self.info.training else paths.default_training_dir()
        note = (self.tr("PeerDesk locked itself because the computer was idle. Sign in to "
                        "go on.") if self._idle_locked else "")
        self._idle_locked = False
        screen = UnlockScreen(self.info, self.tasks, self.guard, self.dialogs,
                              member=self._last_member, startup_error=error,
                              training_folder=training_folder, note=note,
                              training_dialog=open_training_dialog)
        screen.unlocked.connect(self.show_main)
        theme.follow(self.training)
        self._switch_to(screen)

    def show_main(self, workspace: Workspace) -> None:
        from peerdesk.ui.shell.main_window import MainWindow  # noqa: PLC0415
        from peerdesk.ui.shell.sections import add_default_sections  # noqa: PLC0415

        self._opened(workspace)
        if workspace.training == self.training:  # not the classroom account of a real vault
            self._last_member = workspace.member.name
        theme.follow(workspace.training)
        window = MainWindow(workspace, self.tasks, self.dialogs, idle_lock_ms=self.idle_lock_ms,
                            start_idle=False)
        add_default_sections(window)
        member_id = workspace.member.user_id
        if self._discarded_by == member_id:
            self._discarded_by = None
            window.tell_work_discarded()
        window.locked.connect(lambda: self._locked(window, member_id))
        window.passphraseChanged.connect(lambda _forced: self._sections_after_change(window))
        window.ownRolesChanged.connect(lambda: self._roles_changed(window))
        self._switch_to(window, work=True)
        window.navigation.setFocus()
        # The policy's idle time, and whether a temporary passphrase must be replaced before
        # anything else (until then the member's permissions show no section at all).
        self.tasks.run(lambda: _session_facts(workspace),
                       lambda facts: self._apply_session(window, facts),
                       lambda _exc: window.lock())

    def _apply_session(self, window: MainWindow, facts: tuple[int, bool]) -> None:
        idle_minutes, must_change = facts
        if window.workspace is None:
            return
        window.apply_policy_idle(idle_minutes)
        if must_change:
            window.change_passphrase(forced=True)

    def _sections_after_change(self, window: MainWindow) -> None:
        from peerdesk.ui.shell.sections import add_default_sections  # noqa: PLC0415

        if window.workspace is not None and not window.section_keys():
            add_default_sections(window)
            window.navigation.setFocus()

    def _roles_changed(self, window: MainWindow) -> None:
        """The member changed their own roles: the sections they open appear at once."""
        from peerdesk.ui.shell.sections import add_default_sections  # noqa: PLC0415

        if window.workspace is not None:
            window.show_roles()
            add_default_sections(window)

    def _opened(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def _locked(self, window: MainWindow, member_id: str) -> None:
        from peerdesk.ui.shell.main_window import IDLE  # noqa: PLC0415

        self.workspace = None
        self._idle_locked = window.lock_reason == IDLE
        if window.discarded_work:
            self._discarded_by = member_id
        if window.replacement is not None:  # the training workspace was reset
            replacement, window.replacement = window.replacement, None
            self.show_main(replacement)
        elif not window.closing:
            self.show_unlock()

    def _switch_to(self, widget: QWidget, *, work: bool = False) -> None:
        """Show ``widget`` in place of the current window; ``work``: the signed-in window."""
        old, self.window = self.window, widget
        if old is not None:
            widget.setGeometry(old.geometry())
            if work and not old.isMaximized():
                _fit_for_work(widget)
            if old.isMaximized():
                widget.showMaximized()
            else:
                widget.show()
            old.hide()
            old.deleteLater()
        else:
            widget.show()
        widget.activateWindow()

    # ------------------------------------------------------------------ quitting

    def shutdown(self) -> None:
        """Lock whatever is open (in the worker) and stop the worker; call when quitting."""
        workspace, self.workspace = self.workspace, None
        if workspace is not None and not workspace.is_locked:
            self.tasks.run(workspace.lock)
        if isinstance(self.window, UnlockScreen):
            self.window.recovery.close_workspace()
        self.tasks.shutdown()
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None


def _session_facts(workspace: Workspace) -> tuple[int, bool]:
    """(idle lock minutes, must change passphrase), read in the worker after sign-in."""
    from peerdesk.services import policy  # noqa: PLC0415

    return policy.current(workspace).idle_lock_minutes, workspace.must_change_passphrase


def _fit_for_work(window: QWidget) -> None:
    """Grow the signed-in window to WORK_SIZE around its centre, kept on the screen.

    The sign-in card is small; the contact form and the tables need room. A screen whose free
    area is smaller than WORK_SIZE keeps the window as it was (the member can maximize it).
    """
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    if available.width() < WORK_SIZE.width() or available.height() < WORK_SIZE.height():
        return
    geometry = window.geometry()
    centre = geometry.center()
    geometry.setSize(geometry.size().expandedTo(WORK_SIZE))
    geometry.moveCenter(centre)
    geometry.moveTop(min(max(geometry.top(), available.top()),
                         available.bottom() - geometry.height() + 1))
    geometry.moveLeft(min(max(geometry.left(), available.left()),
                          available.right() - geometry.width() + 1))
    window.setGeometry(geometry)
