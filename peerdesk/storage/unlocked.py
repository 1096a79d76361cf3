"""What an unlocked vault holds, and the one order in which it writes its key slots.

:class:`UnlockedVault` keeps the open connection, the data key and the signed-in slot's
private key until :meth:`UnlockedVault.lock`. The modules that open a vault
(:mod:`peerdesk.storage.unlock`), change its members and keys
(:mod:`peerdesk.storage.membership`), check it (:mod:`peerdesk.storage.vault_check`) and back
it up (:mod:`peerdesk.storage.backup`) work on it; :class:`peerdesk.storage.vault.Vault` gathers
them behind one object.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from peerdesk.domain.errors import DiskFull, KeySlotsChanged
from peerdesk.domain.members import Member
from peerdesk.storage import commits, crypto, member_repo
from peerdesk.storage.database import DB_NAME, Connection
from peerdesk.storage.keyslots import KeySlotFile, Slot
from peerdesk.storage.process_lock import VaultLock
from peerdesk.storage.recovery import Tidied


class UnlockedVault:
    """An unlocked vault, signed in as one member (or as the recovery slot).

    Holds the open connection, the data key and the signed-in slot's private key until
    :meth:`lock`. Not thread-safe: one worker thread owns it (ARCHITECTURE section 2).
    """

    def __init__(
        self,
        folder: Path,
        conn: Connection,
        slots: KeySlotFile,
        data_key: bytes,
        slot: Slot,
        private_key: bytes,
        process_lock: VaultLock,
    ) -> None:
        self.folder = folder
        self._conn: Connection | None = conn
        self.slots = slots
        self._data_key: bytes | None = data_key
        self.slot = slot
        self._private_key: bytes | None = private_key
        self._lock = process_lock
        self.tidied: tuple[Tidied, ...] = ()  # what opening cleaned after interrupted work

    def lock(self) -> None:
        """Close the database and drop the key material this object holds."""
        if self._conn is not None:
            count = None
            with contextlib.suppress(Exception):
                count = commits.database_count(self._conn)
                self._conn.close()
            # Closing folded the log in and removed it: a "folding" record left by a save whose
            # bookkeeping failed would otherwise read as a log lost half-way at the next unlock.
            if count is not None and not (self.folder / f"{DB_NAME}-wal").exists():
                with contextlib.suppress(Exception):
                    if commits.folding(self.folder):
                        commits.record(self.folder, count)
        self._conn = None
        self._data_key = None
        self._private_key = None
        self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    # ----------------------------------------------------------------- state

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("the vault is locked")
        return self._conn

    @property
    def user_id(self) -> str:
        return self.slot.user_id

    @property
    def is_recovery(self) -> bool:
        return self.slot.kind == "recovery"

    @property
    def training(self) -> bool:
        return self.slots.training

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def member(self) -> Member | None:
        return None if self.is_recovery else member_repo.get(self.conn, self.user_id)

    @property
    def personal_key(self) -> bytes:
        """The signed-in member's key for private notes (derived from their private key)."""
        return crypto.derive_subkey(self.private_key, "peerdesk personal notes v1")

    @property
    def private_key(self) -> bytes:
        """The signed-in slot's private key."""
        if self._private_key is None:
            raise RuntimeError("the vault is locked")
        return self._private_key

    @property
    def data_key(self) -> bytes:
        """The key the database is encrypted under now."""
        if self._data_key is None:
            raise RuntimeError("the vault is locked")
        return self._data_key

    def rekeyed(self, new_key: bytes) -> None:
        """Record that the database is now encrypted under ``new_key``."""
        self._data_key = new_key

    def slot_names(self) -> list[str]:
        return sorted((s.name for s in self.slots.passphrase_slots()), key=str.casefold)

    # ----------------------------------------------------------------- key-slot writes

    @contextlib.contextmanager
    def slots_then_database(self, slots: KeySlotFile) -> Iterator[None]:
        """Write ``slots``, then run the caller's database transaction.

        The key-slot file goes first (a crash in between leaves a slot that opens nothing
        new), but when the transaction fails, a full disk most often, the previous file is put
        back: the error promises that nothing was changed, and a retry must not meet a
        half-added member (MemberExists) or a passphrase changed without its audit entry.
        """
        previous_slots, previous_slot = self.slots, self.slot
        self.save_slots(slots)
        try:
            yield
        except BaseException:
            with contextlib.suppress(DiskFull, OSError, KeySlotsChanged):
                restored = previous_slots.save(self.folder, based_on=self.slots.digest,
                                               undo=True)
                self.slots, self.slot = restored, previous_slot
            raise

    def save_slots(self, slots: KeySlotFile) -> None:
        """Write ``slots`` over the version this vault read or last wrote, never another's.

        Raises:
            KeySlotsChanged: another process wrote the file since (nothing is written).
        """
        self.slots = slots.save(self.folder, based_on=self.slots.digest)
        refreshed = next((s for s in self.slots.slots if s.slot_id == self.slot.slot_id), None)
        if refreshed is not None:
            self.slot = refreshed
