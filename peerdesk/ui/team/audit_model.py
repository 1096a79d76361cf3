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
from peerdesk.domain.training_records import RecordKind
from peerdesk.services.audit_log import AuditEntry
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.vocab_labels import label as vocab_label
from peerdesk.ui.team.model import local_time_text

TIME, MEMBER, ACTION, DETAILS = range(4)
PAGE_SIZE = 200
EntryRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditTableModel", text)


_ACTIONS: dict[str, Callable[[], str]] = {
    "vault_created": lambda: translate("AuditTableModel", "Vault created"),
    "signed_in": lambda: translate("AuditTableModel", "Signed in"),
    "failed_sign_ins": lambda: translate("AuditTableModel", "Failed sign-in attempts"),
    "locked": lambda: translate("AuditTableModel", "Locked"),
    "member_added": lambda: translate("AuditTableModel", "Member added"),
    "member_removed": lambda: translate("AuditTableModel", "Member removed (vault re-keyed)"),
    "roles_changed": lambda: translate("AuditTableModel", "Roles changed"),
    "member_disabled": lambda: translate("AuditTableModel", "Account switched off"),
    "member_enabled": lambda: translate("AuditTableModel", "Account switched on"),
    "passphrase_changed": lambda: translate("AuditTableModel", "Changed own passphrase"),
    "passphrase_reset": lambda: translate("AuditTableModel", "Passphrase reset"),
    "told_of_reset": lambda: translate("AuditTableModel", "Told of a passphrase reset"),
    "policy_changed": lambda: translate("AuditTableModel", "Program policy changed"),
    "checklist_changed": lambda: translate("AuditTableModel", "Checklist changed"),
    "contact_deleted": lambda: translate("AuditTableModel", "Contact deleted"),
    "backup_written": lambda: translate("AuditTableModel", "Backup made"),
    "backup_restored": lambda: translate("AuditTableModel", "Backup restored"),
    "interrupted_work_tidied": lambda: translate(
        "AuditTableModel", "Interrupted work finished and cleaned up"),
    "demo_data_generated": lambda: translate("AuditTableModel", "Demo data generated"),
    "training_record_added": lambda: translate("AuditTableModel", "Training record added"),
    "training_record_changed": lambda: translate("AuditTableModel",
                                                 "Training record changed"),
    "training_record_deleted": lambda: translate("AuditTableModel",
                                                 "Training record deleted"),
    "demo_incidents_generated": lambda: translate("AuditTableModel",
                                                  "Demo incidents generated"),
    "incident_logged": lambda: translate("AuditTableModel", "Incident logged"),
    "incident_deleted": lambda: translate("AuditTableModel", "Incident deleted"),
    "selftest": lambda: translate("AuditTableModel", "Self-test"),
    "kiosk_opened": lambda: translate("AuditTableModel", "Survey kiosk started"),
    "kiosk_left": lambda: translate("AuditTableModel", "Survey kiosk ended with a passphrase"),
    "kiosk_failed_leaves": lambda: translate(
        "AuditTableModel", "Wrong passphrases to end the survey kiosk"),
    "survey_cohort_created": lambda: translate("AuditTableModel", "Survey cohort created"),
    "survey_wave_opened": lambda: translate("AuditTableModel", "Survey wave opened"),
    "survey_wave_closed": lambda: translate("AuditTableModel", "Survey wave closed"),
    "survey_results_released": lambda: translate("AuditTableModel",
                                                  "Survey results released"),
    "survey_exported": lambda: translate("AuditTableModel", "Survey results exported"),
}

_DETAIL_LABELS: dict[str, Callable[[], str]] = {
    "count": lambda: translate("AuditTableModel", "count"),
    "items": lambda: translate("AuditTableModel", "items"),
    "version": lambda: translate("AuditTableModel", "version"),
    "seed": lambda: translate("AuditTableModel", "seed"),
    "wave": lambda: translate("AuditTableModel", "cohort/wave"),
    "cohort": lambda: translate("AuditTableModel", "cohort"),
    "minimum": lambda: translate("AuditTableModel", "minimum"),
    "instruments": lambda: translate("AuditTableModel", "questionnaires"),
    "responses": lambda: translate("AuditTableModel", "responses"),
    "linked": lambda: translate("AuditTableModel", "linked"),
    "format": lambda: translate("AuditTableModel", "format"),
    "bytes": lambda: translate("AuditTableModel", "bytes"),
    "idle_lock_minutes": lambda: translate("AuditTableModel", "idle lock minutes"),
    "private_notes_enabled": lambda: translate("AuditTableModel", "private notes"),
    "notes_expiry_days": lambda: translate("AuditTableModel", "notes expiry days"),
    "suppression_threshold": lambda: translate("AuditTableModel", "suppression threshold"),
    "incident_follow_up_days": lambda: translate("AuditTableModel",
                                                 "incident follow-up days"),
    "contacts": lambda: translate("AuditTableModel", "contacts"),
    "record": lambda: translate("AuditTableModel", "record"),
    "training_records": lambda: translate("AuditTableModel", "training records"),
    "required_courses": lambda: translate("AuditTableModel", "required courses"),
    "members": lambda: translate("AuditTableModel", "members"),
    "training": lambda: translate("AuditTableModel", "training"),
    "via_recovery": lambda: translate("AuditTableModel", "with the recovery key"),
    "temporary_passphrase": lambda: translate("AuditTableModel",
                                              "with a temporary passphrase"),
    "temporary_sign_ins": lambda: translate("AuditTableModel",
                                            "sign-ins with a temporary passphrase"),
}
_RECORD_KINDS = frozenset(kind.value for kind in RecordKind)
# Flags shown by their label alone when set, and not at all when not.
_FLAGS = frozenset({"via_recovery", "temporary_passphrase"})


def action_text(code: str) -> str:
    describe = _ACTIONS.get(code)
    return describe() if describe else code.replace("_", " ").capitalize()


def member_text(user_id: str | None, names: Mapping[str, str]) -> str:
    if not user_id:
        return translate("AuditTableModel", "Recovery key")
    return names.get(user_id) or translate("AuditTableModel", "removed member")


def details_text(detail: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """Counts and settings in words; a target member by name (ids mean nothing to people)."""
    parts: list[str] = []
    for key, value in detail.items():
        if key == "target":
            parts.append(translate("AuditTableModel",
                    "member: {name}").replace("{name}", member_text(value, names)))
        elif key == "roles":
            parts.append(messages.roles_text(parse_roles(str(value))))
        elif key == "kind" and value in _RECORD_KINDS:  # a training record's kind, by label
            parts.append(vocab_label(RecordKind(str(value))))
        elif isinstance(value, bool):
            label = _DETAIL_LABELS.get(key, lambda k=key: k.replace("_", " "))()
            if value:
                parts.append(label if key in _FLAGS
                             else label + ": " + translate("AuditTableModel", "on"))
            elif key not in _FLAGS:
                parts.append(label + ": " + translate("AuditTableModel", "off"))
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
        titles = {TIME: translate("AuditTableModel", "Time"), MEMBER: translate("AuditTableModel",
                "Member"), ACTION: translate("AuditTableModel", "What happened"),
                  DETAILS: translate("AuditTableModel", "Details")}
        return titles.get(section)
