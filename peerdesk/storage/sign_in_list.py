"""What the sign-in window shows of a vault folder, read without a key.

The plain key-slot file only: whether a vault is there, whether it is a training vault, and the
names for the sign-in list. Importing this module pulls in neither the cryptography library nor
the database driver, so the sign-in window paints without them; the rare folder where a crash
interrupted work is handed to :mod:`peerdesk.storage.recovery`, imported then.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from peerdesk.domain.errors import VaultInUse
from peerdesk.storage.keyslots import KeySlotFile
from peerdesk.storage.vault_files import DB_NAME, INTENT_NAME, KEYSLOTS_NAME, interrupted


@dataclass(frozen=True)
class VaultInfo:
    """What can be known about a folder without a passphrase."""

    folder: Path
    exists: bool
    training: bool = False
    member_names: tuple[str, ...] = ()


def inspect(folder: Path) -> VaultInfo:
    """Read the plain key-slot file only: existence, training flag, names for the sign-in list.

    A restore that a crash interrupted is finished first (it needs no key), so the sign-in
    list is never read from a folder half way between two vaults.

    Raises:
        VaultInUse: another process is restoring into the folder right now.
        KeySlotsMissing, KeySlotsTampered, VaultTooNew: the key-slot file cannot be read.
    """
    if interrupted(folder):
        from peerdesk.storage import recovery  # noqa: PLC0415 - only after a crash

        with contextlib.suppress(VaultInUse):
            recovery.finish_interrupted(folder, report_later=True)
    if (folder / INTENT_NAME).exists():
        raise VaultInUse()
    if not (folder / KEYSLOTS_NAME).exists() and not (folder / DB_NAME).exists():
        return VaultInfo(folder, exists=False)
    slots = KeySlotFile.load(folder)
    names = tuple(sorted((s.name for s in slots.passphrase_slots()), key=str.casefold))
    return VaultInfo(folder, exists=True, training=slots.training, member_names=names)
