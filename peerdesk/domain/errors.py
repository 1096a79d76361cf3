"""One hierarchy of known errors.

Every error a person can cause or meet (a wrong passphrase, a damaged file, a full disk) is a
``PeerDeskError`` subclass with a stable ``code``, the parameters its message needs, and the exit
code the command line uses (ARCHITECTURE section 7). The UI maps codes to translated text; the
English ``message`` is what the command line prints. Anything that is not a ``PeerDeskError`` is
a bug.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from peerdesk.domain.messages import Message
from peerdesk.domain.messages_en import ENGLISH

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_DAMAGED = 4
EXIT_IN_USE = 5


class PeerDeskError(Exception):
    """A known, user-facing error.

    Attributes:
        code: stable identifier, used by the UI to choose the translated message.
        params: values the message refers to.
        exit_code: the command line's exit status for this error.
    """

    code: ClassVar[str] = "error"
    exit_code: ClassVar[int] = EXIT_ERROR
    template: ClassVar[str] = "Something went wrong."

    def __init__(self, **params: Any) -> None:
        self.params: dict[str, Any] = dict(params)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message, one line, with parameters filled in: a
        :class:`~peerdesk.domain.messages.Message` when the catalogue has the code."""
        if self.code in ENGLISH:
            return Message(self.code, **self.params)
        return self.template.format(**self.params)


class WrongPassphrase(PeerDeskError):
    code = "wrong_passphrase"
    exit_code = EXIT_WRONG_PASSPHRASE
    template = "The passphrase is not right for {user}. Check Caps Lock and try again."


class WrongRecoveryKey(PeerDeskError):
    code = "wrong_recovery_key"
    exit_code = EXIT_WRONG_PASSPHRASE
    template = "That recovery key does not open this vault. Check each group of characters."


class UnknownUser(PeerDeskError):
    code = "unknown_user"
    exit_code = EXIT_WRONG_PASSPHRASE
    template = "There is no member called {user} in this vault."


class AccountDisabled(PeerDeskError):
    code = "account_disabled"
    exit_code = EXIT_WRONG_PASSPHRASE
    template = "The account of {user} is disabled. Ask a coordinator."


class UnlockThrottled(PeerDeskError):
    code = "unlock_throttled"
    exit_code = EXIT_WRONG_PASSPHRASE
    template = "Too many failed attempts. Wait {seconds} seconds before trying again."


class VaultNotFound(PeerDeskError):
    code = "vault_not_found"
    template = "There is no PeerDesk vault in {path}."


class VaultExists(PeerDeskError):
    code = "vault_exists"
    template = "A PeerDesk vault already exists in {path}."


class VaultDamaged(PeerDeskError):
    code = "vault_damaged"
    exit_code = EXIT_DAMAGED
    template = "The vault database is damaged ({detail}). Restore it from a backup."


class RecentChangesMissing(VaultDamaged):
    """Changes the vault acknowledged are not in its database (a lost ``-wal``, an old copy)."""

    code = "recent_changes_missing"
    template = (
        "Changes saved recently are missing from the vault ({detail}): its -wal file was lost "
        "or an older copy of the database was put in place. Put back the complete vault "
        "folder, or restore it from a backup."
    )


class RecentChangesDamaged(VaultDamaged):
    """The write-ahead log holds committed changes that fail their checksums."""

    code = "recent_changes_damaged"
    template = (
        "Changes saved recently are damaged ({detail}): the vault's -wal file was changed. "
        "Put back an undamaged copy of the vault folder, or restore it from a backup."
    )


class KeySlotsMissing(PeerDeskError):
    code = "keyslots_missing"
    exit_code = EXIT_DAMAGED
    template = "The key-slot file is missing from {path}. Restore the vault from a backup."


class KeySlotsTampered(PeerDeskError):
    code = "keyslots_tampered"
    exit_code = EXIT_DAMAGED
    template = "The key-slot file has been changed or damaged ({detail}). Restore it from a backup."


class KeySlotsOfAnotherVault(KeySlotsTampered):
    """The key-slot file is bound to another database than the one beside it."""

    code = "keyslots_other_vault"
    exit_code = EXIT_DAMAGED
    template = (
        "The key-slot file in {path} belongs to another vault than the database beside it. "
        "Put back the key-slot file that came with this database, or restore from a backup."
    )


class KeySlotsChanged(PeerDeskError):
    code = "keyslots_changed"
    exit_code = EXIT_IN_USE
    template = (
        "The key-slot file was changed by another PeerDesk process while this one had the vault "
        "open; nothing was changed. Lock PeerDesk, sign in again and repeat the change."
    )


class VaultTooNew(PeerDeskError):
    code = "vault_too_new"
    template = (
        "This vault was written by a newer PeerDesk (format {found}; this app reads up to "
        "{supported}). Install the newer version."
    )


class VaultInUse(PeerDeskError):
    code = "vault_in_use"
    exit_code = EXIT_IN_USE
    template = "The vault is open in another PeerDesk window or process. Close it first."


class DiskFull(PeerDeskError):
    code = "disk_full"
    template = "The disk is full; nothing was changed. Free some space and try again."


class WrongVaultKind(PeerDeskError):
    code = "wrong_vault_kind"
    template = "{path} is a {found} vault, not a {expected} vault."


class WrongBackupKind(PeerDeskError):
    code = "wrong_backup_kind"
    template = "{path} is a backup of a {found} vault, not of a {expected} vault."


class NotATrainingVault(PeerDeskError):
    code = "not_training_vault"
    template = "Demo data can only be made in a training vault; this is a real vault."


class BackupInvalid(PeerDeskError):
    code = "backup_invalid"
    exit_code = EXIT_DAMAGED
    template = "{path} is not a usable PeerDesk backup ({detail})."


class PermissionDenied(PeerDeskError):
    code = "permission_denied"
    template = "Your role does not allow this: {action}."


class LastCoordinator(PeerDeskError):
    code = "last_coordinator"
    template = "A vault must keep at least one active coordinator; {user} is the last one."


class NotFound(PeerDeskError):
    code = "not_found"
    template = "No {what} with that identifier."


class MemberExists(PeerDeskError):
    code = "member_exists"
    template = "A member called {user} already exists."


class ValidationError(PeerDeskError):
    """One or more fields are invalid; ``field_errors`` maps field name to a message."""

    code = "validation"
    template = "{summary}"

    def __init__(self, field_errors: Mapping[str, str]) -> None:
        self.field_errors = dict(field_errors)
        summary = "; ".join(f"{k}: {v}" for k, v in self.field_errors.items())
        super().__init__(summary=summary)


class QuarterNotClosed(PeerDeskError):
    code = "quarter_not_closed"
    template = (
        "{quarter} is still open: its statistics can be seen and released from {closes_on}, "
        "when it closes. Until then contacts logged late still count in it."
    )


class ReleaseRefused(PeerDeskError):
    code = "release_refused"
    template = (
        "The statistics for {period} could not be made safe to publish; nothing was exported."
    )


class QuarterWithheld(PeerDeskError):
    code = "quarter_withheld"
    template = (
        "{period} is withheld: no set of hidden figures could keep every small count of it "
        "safe, so nothing of it is published, now or later."
    )


class NoSuchRelease(PeerDeskError):
    code = "no_such_release"
    template = "No quarter of {year} has been released yet, so there is no annual summary."


class CsvTooManyColumns(PeerDeskError):
    """A CSV file's header has far more columns than the format has; refused before any row."""

    code = "csv_too_many_columns"
    template = (
        "The file's header has {count} columns; a directory file has at most {limit}. "
        "Check that it is the right file and that it is separated by commas."
    )
