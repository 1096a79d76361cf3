"""Modal dialogs behind one injectable service, so tests can answer them in advance.

Screens never call ``QMessageBox``/``QFileDialog`` directly: they ask the
:class:`DialogService` they were given. Tests pass a subclass with prepared answers (the way
KeePassXC's GUI tests call ``MessageBox::setNextAnswer``). Modal boxes are only for blocking
failures and choices; validation and known errors are shown inline.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from peerdesk.ui.kit.i18n import translate

# Qt's own file chooser, not the platform's: it is a Qt window, so Ctrl+L locks from inside it
# and a lock (idle or Ctrl+L) closes it like any dialog; a native one is outside Qt's reach.
_CHOOSER = QFileDialog.Option.DontUseNativeDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("DialogService", text)


class DialogService:
    """The real dialogs. Every method blocks until the person answers.

    A lock closes whatever dialog is open: its method then returns the cancel answer (``None``
    or False), and :attr:`running` tells the window that a dialog's own event loop is still
    unwinding, so the page that asked is not deleted under it.
    """

    running = 0  # dialogs whose exec() has not returned yet

    @contextmanager
    def _modal(self) -> Iterator[None]:
        self.running += 1
        try:
            yield
        finally:
            self.running -= 1

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        """Ask where to save a file; ``None`` when cancelled."""
        with self._modal():
            chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter,
                                                    options=_CHOOSER)
        return Path(chosen) if chosen else None

    def open_file(self, parent: QWidget | None, title: str, folder: Path, name_filter: str
                  ) -> Path | None:
        """Ask for an existing file; ``None`` when cancelled."""
        with self._modal():
            chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder), name_filter,
                                                    options=_CHOOSER)
        return Path(chosen) if chosen else None

    def confirm(self, parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
        """A yes/no question whose yes button says what will happen."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        with self._modal():
            box.exec()
        return shiboken6.isValid(box) and box.clickedButton() is accept

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        with self._modal():
            QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        with self._modal():
            QMessageBox.warning(parent, title, text)

    def report_bug(self, parent: QWidget | None, log_file: Path) -> None:
        """The one dialog a bug produces: no exception text, only where the details are."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("DialogService", "PeerDesk"))
        box.setText(translate("DialogService", "Something went wrong"))
        box.setInformativeText(
            translate("DialogService",
                "PeerDesk ran into a problem it did not expect. The details were written to "
                "{path}.\n\nIf it happens again, lock PeerDesk, start it again, and give that "
                "file to whoever looks after your computers."
            ).replace("{path}", str(log_file))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        with self._modal():
            box.exec()
