"""The audit log as a table model: time, member, action in plain words, details as counts.

Entries carry ids, action codes and counts only (never contact content). Rows come a page at a
time: ``fetchMore`` asks for the next page through :attr:`fetchRequested` and the page answers
with :meth:`append_page` once the worker has read it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from peerdesk.domain.members import parse_roles
from peerdesk.services.audit_log import AuditEntry
from peerdesk.ui import messages
from peerdesk.ui.team_model import local_time_text

TIME, MEMBER, ACTION, DETAILS = range(4)
PAGE_SIZE = 200
EntryRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditTableModel", text)


_ACTIONS: dict[str, Callable[[], str]] = {
    "vault_created": lambda: _t("Vault created"),
    "signed_in": lambda: _t("Signed in"),
    "failed_sign_ins": lambda: _t("Failed sign-in attempts"),
    "locked": lambda: _t("Locked"),
    "member_added": lambda: _t("Member added"),
    "member_removed": lambda: _t("Member removed (vault re-keyed)"),
    "roles_changed": lambda: _t("Roles changed"),
    "member_disabled": lambda: _t("Account switched off"),
    "member_enabled": lambda: _t("Account switched on"),
    "passphrase_changed": lambda: _t("Changed own passphrase"),
    "passphrase_reset": lambda: _t("Passphrase reset"),
    "policy_changed": lambda: _t("Program policy changed"),
    "checklist_changed": lambda: _t("Checklist changed"),
    "contact_deleted": lambda: _t("Contact deleted"),
    "backup_written": lambda: _t("Backup made"),
    "backup_restored": lambda: _t("Backup restored"),
    "demo_data_generated": lambda: _t("Demo data generated"),
    "selftest": lambda: _t("Self-test"),
}

_DETAIL_LABELS: dict[str, Callable[[], str]] = {
    "count": lambda: _t("count"),
    "items": lambda: _t("items"),
    "version": lambda: _t("version"),
    "seed": lambda: _t("seed"),
    "idle_lock_minutes": lambda: _t("idle lock minutes"),
    "private_notes_enabled": lambda: _t("private notes"),
    "notes_expiry_days": lambda: _t("notes expiry days"),
    "suppression_threshold": lambda: _t("suppression threshold"),
    "contacts": lambda: _t("contacts"),
    "members": lambda: _t("members"),
    "training": lambda: _t("training"),
    "via_recovery": lambda: _t("with the recovery key"),
}


def action_text(code: str) -> str:
    describe = _ACTIONS.get(code)
    return describe() if describe else code.replace("_", " ").capitalize()


def member_text(user_id: str | None, names: Mapping[str, str]) -> str:
    if not user_id:
        return _t("Recovery key")
    return names.get(user_id) or _t("removed member")


def details_text(detail: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """Counts and settings in words; a target member by name (ids mean nothing to people)."""
    parts: list[str] = []
    for key, value in detail.items():
        if key == "target":
            parts.append(_t("member: {name}").replace("{name}", member_text(value, names)))
        elif key == "roles":
            parts.append(messages.roles_text(parse_roles(str(value))))
        elif isinstance(value, bool):
            label = _DETAIL_LABELS.get(key, lambda k=key: k.replace("_", " "))()
            if value:
                parts.append(label if key == "via_recovery" else label + ": " + _t("on"))
            elif key != "via_recovery":
                parts.append(label + ": " + _t("off"))
        else:
            label = _DETAIL_LABELS.get(key, lambda k=key: k.replace("_", " "))()
            parts.append(f"{label}: {value}")
    return " · ".join(parts)


class AuditTableModel(QAbstractTableModel):
    """Audit entries, newest first, loaded a page at a time.

    Signals:
        fetchRequested(int): the view wants the page starting at this offset.
    """

    fetchRequested = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self._names: dict[str, str] = {}
        self._more = False
        self._fetching = False

    def reset(self, entries: list[AuditEntry], names: Mapping[str, str]) -> None:
        """Show the first page (``entries``) and the member names to show by."""
        self.beginResetModel()
        self._entries = list(entries)
        self._names = dict(names)
        self._more = len(entries) >= PAGE_SIZE
        self._fetching = False
        self.endResetModel()

    def append_page(self, entries: list[AuditEntry]) -> None:
        self._fetching = False
        self._more = len(entries) >= PAGE_SIZE
        if entries:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._entries.extend(entries)
            self.endInsertRows()

    def fetch_failed(self) -> None:
        self._fetching = False
        self._more = False

    def clear(self) -> None:
        """Forget every row and name (on lock)."""
        self.reset([], {})

    def entry_for(self, seq: int) -> AuditEntry | None:
        return next((e for e in self._entries if e.seq == seq), None)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.fetchRequested.emit(len(self._entries))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == EntryRole:
            return entry
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        texts = {
            TIME: lambda: local_time_text(entry.at),
            MEMBER: lambda: member_text(entry.user_id, self._names),
            ACTION: lambda: action_text(entry.action),
            DETAILS: lambda: details_text(entry.detail, self._names),
        }
        return texts[index.column()]() if index.column() in texts else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {TIME: _t("Time"), MEMBER: _t("Member"), ACTION: _t("What happened"),
                  DETAILS: _t("Details")}
        return titles.get(section)
