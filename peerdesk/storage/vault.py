"""The vault: a folder with the key-slot file and the SQLCipher database (ARCHITECTURE section 3).

``Vault.create`` makes one; ``Vault.unlock`` and ``Vault.unlock_with_recovery`` open one for one
member; the open vault changes passphrases, adds and removes members (re-keying the database),
backs itself up, and checks itself. Every failure a person can meet is a ``domain.errors`` class,
and none of the failures on the way to an open vault changes a byte on disk.

This module is the one object callers hold; the work is done by job in
:mod:`~peerdesk.storage.unlock` (the folder, creating, unlocking, removing),
:mod:`~peerdesk.storage.membership` (passphrases, members, re-keying),
:mod:`~peerdesk.storage.vault_check` and :mod:`~peerdesk.storage.backup` (backup and restore;
the crash-safe swap is :mod:`~peerdesk.storage.recovery`'s).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peerdesk.domain.members import Member, Role
from peerdesk.storage import backup as backups
from peerdesk.storage import crypto, membership, vault_check
from peerdesk.storage import unlock as opening
from peerdesk.storage.keyslots import RECOVERY_USER
from peerdesk.storage.sign_in_list import VaultInfo, inspect
from peerdesk.storage.unlock import remove_vault, require_kind
from peerdesk.storage.unlocked import UnlockedVault
from peerdesk.storage.vault_check import CheckReport


class Vault(UnlockedVault):
    """An unlocked vault, signed in as one member (or as the recovery slot).

    Holds the open connection, the data key and the signed-in slot's private key until
    :meth:`lock`. Not thread-safe: one worker thread owns it (ARCHITECTURE section 2).
    """

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(
        cls,
        folder: Path,
        name: str,
        passphrase: str,
        *,
        training: bool = False,
        kdf: crypto.KdfParams | None = None,
    ) -> tuple[Vault, bytes]:
        """Create a vault whose first member (``name``) is a coordinator and supporter.

        Returns the open vault and the recovery key (show it once, then forget it).
        """
        return opening.create(cls, folder, name, passphrase, training=training, kdf=kdf)

    @classmethod
    def unlock(cls, folder: Path, name: str, passphrase: str, *, tidy: bool = True) -> Vault:
        """Open the vault as member ``name`` (:func:`peerdesk.storage.unlock.unlock`)."""
        return opening.unlock(cls, folder, name, passphrase, tidy=tidy)

    @classmethod
    def unlock_with_recovery(cls, folder: Path, recovery_key_text: str) -> Vault:
        """Open the vault with the recovery key (to set a coordinator's new passphrase)."""
        return opening.unlock_with_recovery(cls, folder, recovery_key_text)

    # ----------------------------------------------------------------- members and keys

    def change_passphrase(self, old: str, new: str, kdf: crypto.KdfParams | None = None) -> None:
        """Re-wrap the signed-in member's private key under a new passphrase."""
        membership.change_passphrase(self, old, new, kdf)

    def set_passphrase(
        self,
        user_id: str,
        new: str,
        *,
        must_change: bool,
        kdf: crypto.KdfParams | None = None,
    ) -> None:
        """Give ``user_id`` a new passphrase (and key pair) without the old one."""
        membership.set_passphrase(self, user_id, new, must_change=must_change, kdf=kdf)

    def add_member(
        self,
        name: str,
        passphrase: str,
        roles: frozenset[Role],
        *,
        must_change: bool = True,
        kdf: crypto.KdfParams | None = None,
    ) -> Member:
        """A new member with their own slot (the name is checked by the caller)."""
        return membership.add_member(
            self, name, passphrase, roles, must_change=must_change, kdf=kdf)

    def remove_member(self, user_id: str) -> None:
        """Remove a member and re-key the database so their old key opens nothing."""
        membership.remove_member(self, user_id)

    def switch_off(self, user_id: str) -> None:
        """Switch a member off and revoke their key as removal does."""
        membership.switch_off(self, user_id)

    def switch_on(self, user_id: str) -> None:
        """Switch a member on again: their slot gets a grant of the current data key."""
        membership.switch_on(self, user_id)

    # ----------------------------------------------------------------- integrity and backup

    def check(self) -> CheckReport:
        """Full integrity check: every page's HMAC, the b-tree, and the audit chain."""
        return vault_check.check(self)

    def backup(self, out: Path) -> None:
        """Write a verified, encrypted backup file (:func:`peerdesk.storage.backup.backup`)."""
        backups.backup(self, out)


def restore(
    backup: Path,
    folder: Path,
    name: str,
    passphrase: str,
    authorize: Callable[[Vault], None] | None = None,
) -> Vault:
    """Replace the vault in ``folder`` with a backup, after checking the backup opens.

    See :func:`peerdesk.storage.backup.restore` for the order that keeps it crash-safe.
    """
    return backups.restore(Vault, backup, folder, name, passphrase, authorize)


__all__ = ["RECOVERY_USER", "CheckReport", "Vault", "VaultInfo", "inspect", "remove_vault",
           "require_kind", "restore"]
