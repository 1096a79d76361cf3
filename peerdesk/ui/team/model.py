"""The team members as a table model: name, roles, status (in words) and last sign-in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from peerdesk.domain.members import Member
from peerdesk.ui.kit import i18n, messages
from peerdesk.ui.kit.i18n import translate

NAME, ROLES, STATUS, LAST_SIGN_IN = range(4)
MemberRole = Qt.ItemDataRole.UserRole + 1  # the Member of a row
_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("TeamTableModel", text)


def local_time_text(stamp: str | None) -> str:
    """A stored UTC stamp (``2025-03-01T09:30:00Z``) as a short local date and time."""
    return i18n.stamp_text(stamp, with_time=True)


def status_text(member: Member) -> str:
    """The account state in words (the table never relies on colour)."""
    if member.disabled:
        return translate("TeamTableModel", "Switched off")
    if member.must_change_passphrase:
        return translate("TeamTableModel", "Must change passphrase")
    return translate("TeamTableModel", "Active")


class TeamTableModel(QAbstractTableModel):
    """Immutable :class:`Member` rows; :meth:`set_members` replaces them all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self._members = sorted(members, key=lambda m: m.name.casefold())
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.set_members([])

    def member_at(self, row: int) -> Member | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def row_of(self, user_id: str) -> int:
        return next((i for i, m in enumerate(self._members) if m.user_id == user_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._members):
            return None
        member = self._members[index.row()]
        if role == MemberRole:
            return member
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(member, index.column())
        return None

    @staticmethod
    def _text(member: Member, column: int) -> str | None:
        if column == NAME:
            return member.name
        if column == ROLES:
            return messages.roles_text(member.roles)
        if column == STATUS:
            return status_text(member)
        if column == LAST_SIGN_IN:
            return local_time_text(member.last_sign_in) or translate("TeamTableModel", "Never")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {NAME: translate("TeamTableModel", "Name"), ROLES: translate("TeamTableModel",
                "Roles"), STATUS: translate("TeamTableModel", "Status"),
                  LAST_SIGN_IN: translate("TeamTableModel", "Last sign-in")}
        return titles.get(section)
