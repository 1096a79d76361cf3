"""The workspace: an unlocked vault and the member signed in to it.

Every use case the UI and the command line offer goes through here, and every permission is
checked here (ARCHITECTURE section 2; the UI only hides what this refuses anyway).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from peerdesk.domain.errors import (
    PeerDeskError,
    PermissionDenied,
    UnknownUser,
    ValidationError,
    WrongBackupKind,
    WrongPassphrase,
)
from peerdesk.domain.members import Member, validate_member_name
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action, allowed
from peerdesk.domain.training_records import Reminder
from peerdesk.services import passphrase as passphrase_rules
from peerdesk.services import reset_notice, training_reminders
from peerdesk.services.reset_notice import ResetNotice
from peerdesk.services.unlock_guard import UnlockGuard
from peerdesk.storage import audit, contact_repo, crypto, database, member_repo
from peerdesk.storage.vault import CheckReport, Vault, inspect, restore


class Workspace:
    """An open vault, signed in as one member (or, for recovery only, as the recovery slot).

    Attributes:
        failed_attempts: failed unlocks counted against this member since their last sign-in
            in this app (shown to them once).
        reset_notice: someone else reset this member's passphrase (shown at each sign-in until
            they sign in with a passphrase of their own).
        training_reminders: the member's own courses or certifications expiring within 60
            days, or expired, not told before (``services/training_reminders.py``).
    """

    def __init__(self, vault: Vault, failed_attempts: int = 0,
                 reset_notice: ResetNotice | None = None,
                 training_reminders: tuple[Reminder, ...] = ()) -> None:
        self._vault: Vault | None = vault
        self.failed_attempts = failed_attempts
        self.reset_notice = reset_notice
        self.training_reminders = training_reminders
        self.folder = vault.folder
        self.training = vault.training

    # ------------------------------------------------------------------ opening

    @classmethod
    def create(
        cls,
        folder: Path,
        name: str,
        passphrase: str,
        repeat: str,
        *,
        training: bool = False,
        kdf: crypto.KdfParams | None = None,
    ) -> tuple[Workspace, str]:
        """Create a vault with its first coordinator; returns the workspace and recovery key text.

        Raises:
            ValidationError: a bad name or a weak or mistyped passphrase (one message per field).
        """
        errors: dict[str, Message] = {}
        name_error = validate_member_name(name)
        if name_error:
            errors["name"] = name_error
        errors.update(passphrase_rules.check_new(passphrase, repeat, [name]))
        if errors:
            raise ValidationError(errors)
        vault, recovery_key = Vault.create(folder, name, passphrase, training=training, kdf=kdf)
        workspace = cls(vault)
        with database.transaction(vault.conn):
            member_repo.record_sign_in(vault.conn, vault.user_id)
        return workspace, crypto.format_recovery_key(recovery_key)

    @classmethod
    def unlock(
        cls, folder: Path, name: str, passphrase: str, guard: UnlockGuard | None = None,
        *, today: date | None = None,
    ) -> Workspace:
        """Sign ``name`` in; failures are counted in ``guard`` (memory only, nothing written).

        ``today`` (default: the computer's date) decides which training expiries are told.
        """
        guard = guard or UnlockGuard()
        guard.check()
        try:
            vault = Vault.unlock(folder, name, passphrase)
        except (WrongPassphrase, UnknownUser):
            guard.failed(name)
            raise
        failures = guard.succeeded(name)
        try:
            with database.transaction(vault.conn):
                member_repo.record_sign_in(vault.conn, vault.user_id)
                if failures:
                    audit.append(vault.conn, vault.user_id, "failed_sign_ins", count=failures)
                member = vault.member
                assert member is not None  # Vault.unlock refuses a slot without a member
                told = reset_notice.on_sign_in(vault.conn, member)
                if member.must_change_passphrase:
                    audit.append(vault.conn, vault.user_id, "signed_in",
                                 temporary_passphrase=True)
                else:
                    audit.append(vault.conn, vault.user_id, "signed_in")
                # Expired private notes go at every unlock (secure_delete overwrites them).
                contact_repo.purge_expired_notes(vault.conn, date.today())
                expiring = training_reminders.on_sign_in(vault.conn, member,
                                                         today or date.today())
        except BaseException:
            vault.lock()
            raise
        return cls(vault, failed_attempts=failures, reset_notice=told,
                   training_reminders=expiring)

    @classmethod
    def recover(
        cls, folder: Path, recovery_key: str, guard: UnlockGuard | None = None
    ) -> Workspace:
        """Open with the recovery key; the workspace may only reset a coordinator's passphrase."""
        guard = guard or UnlockGuard()
        guard.check()
        try:
            vault = Vault.unlock_with_recovery(folder, recovery_key)
        except PeerDeskError as exc:
            if exc.code == "wrong_recovery_key":
                guard.failed("recovery")
            raise
        guard.succeeded("recovery")
        return cls(vault)

    @staticmethod
    def restore(
        backup: Path, folder: Path, name: str, passphrase: str, *, training: bool = False
    ) -> Workspace:
        """Replace the vault with a backup of the same kind (training or real).

        ``name`` must be a coordinator *in the backup*; nothing is replaced otherwise.
        """

        def authorize(opened: Vault) -> None:
            if opened.training != training:
                kinds = {True: "training", False: "real"}
                raise WrongBackupKind(
                    path=str(backup), found=kinds[opened.training], expected=kinds[training]
                )
            member = opened.member
            if member is None or not allowed(member, Action.BACKUP):
                raise PermissionDenied(action="restore a backup")

        return Workspace(restore(backup, folder, name, passphrase, authorize=authorize))

    def lock(self) -> None:
        """Close the vault and drop every key this workspace held."""
        if self._vault is not None:
            vault, self._vault = self._vault, None
            if vault.is_open and not vault.is_recovery:
                try:
                    with database.transaction(vault.conn):
                        audit.append(vault.conn, vault.user_id, "locked")
                except PeerDeskError:
                    pass  # locking must always succeed; a full disk must not keep it open
            vault.lock()

    # ------------------------------------------------------------------ state

    @property
    def is_locked(self) -> bool:
        return self._vault is None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("the workspace is locked")
        return self._vault

    @property
    def is_recovery(self) -> bool:
        return self.vault.is_recovery

    @property
    def member(self) -> Member:
        """The signed-in member as stored now (roles can change while signed in)."""
        member = self.vault.member
        if member is None:
            raise PermissionDenied(action="use the app with the recovery key")
        return member

    @property
    def must_change_passphrase(self) -> bool:
        return not self.is_recovery and self.member.must_change_passphrase

    def can(self, action: Action) -> bool:
        """Whether the signed-in member may do ``action`` now.

        A member still holding a temporary passphrase may only change it.
        """
        if self.is_locked or self.is_recovery:
            return False
        member = self.member
        if member.must_change_passphrase and action is not Action.CHANGE_OWN_PASSPHRASE:
            return False
        return allowed(member, action)

    def require(self, action: Action) -> None:
        if not self.can(action):
            raise PermissionDenied(action=action.value.replace("_", " "))

    # ------------------------------------------------------------------ use cases

    def change_own_passphrase(self, old: str, new: str, repeat: str) -> None:
        self.require(Action.CHANGE_OWN_PASSPHRASE)
        errors = passphrase_rules.check_new(new, repeat, [self.member.name])
        if not errors and old == new:
            errors["passphrase"] = Message("passphrase.unchanged")
        if errors:
            raise ValidationError(errors)
        self.vault.change_passphrase(old, new)

    def recovery_coordinators(self) -> list[Member]:
        """The coordinators whose passphrase the recovery key may reset."""
        return [m for m in member_repo.all_members(self.vault.conn) if m.is_coordinator]

    def reset_with_recovery(self, user_id: str, new: str, repeat: str) -> None:
        """With the recovery key: give a coordinator a new passphrase."""
        if not self.is_recovery:
            raise PermissionDenied(action="use the recovery flow while signed in")
        target = next((m for m in self.recovery_coordinators() if m.user_id == user_id), None)
        if target is None:
            raise PermissionDenied(action="reset a member who is not a coordinator")
        errors = passphrase_rules.check_new(new, repeat, [target.name])
        if errors:
            raise ValidationError(errors)
        self.vault.set_passphrase(user_id, new, must_change=False)
        # After the reset's own transaction (with its audit entry): a crash in between loses
        # only the notice, never the reset's record.
        with database.transaction(self.vault.conn):
            reset_notice.record_reset(self.vault.conn, user_id, None)

    def backup(self, out: Path) -> None:
        self.require(Action.BACKUP)
        self.vault.backup(out)

    def check(self) -> CheckReport:
        return self.vault.check()


__all__ = ["Workspace", "inspect"]
