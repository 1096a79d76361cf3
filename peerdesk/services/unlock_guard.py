"""Failed-unlock throttling: counted in memory in the app (a failed unlock there writes
nothing), and in a small file beside the vault's own files for the command line."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.domain.errors import PeerDeskError, UnlockThrottled
from peerdesk.domain.members import member_name_key
from peerdesk.storage.atomic import write_atomic

FREE_ATTEMPTS = 5
WAIT_SECONDS = 30


@dataclass
class UnlockGuard:
    """After ``FREE_ATTEMPTS`` failed unlocks in this process, each next attempt waits.

    The failures per member are remembered until that member signs in, so the count can be
    written to the audit log and shown to them then.
    """

    clock: Callable[[], float] = time.monotonic
    _consecutive: int = 0
    _not_before: float = 0.0
    _failures_by_name: dict[str, int] = field(default_factory=dict)

    def check(self) -> None:
        """Raise :class:`UnlockThrottled` while an attempt must wait."""
        remaining = self._not_before - self.clock()
        if remaining > 0:
            raise UnlockThrottled(seconds=int(remaining + 0.999))

    def seconds_to_wait(self) -> float:
        return max(0.0, self._not_before - self.clock())

    def failed(self, name: str) -> None:
        key = member_name_key(name)
        self._failures_by_name[key] = self._failures_by_name.get(key, 0) + 1
        self._consecutive += 1
        if self._consecutive >= FREE_ATTEMPTS:
            self._not_before = self.clock() + WAIT_SECONDS

    def succeeded(self, name: str) -> int:
        """Reset the throttle; return (and forget) the failures counted against ``name``."""
        self._consecutive = 0
        self._not_before = 0.0
        return self._failures_by_name.pop(member_name_key(name), 0)


GUARD_FILE = "sign-in-failures.json"


def _now() -> float:
    return time.time()


class FileUnlockGuard(UnlockGuard):
    """The same throttle for processes that live for one attempt (the command line).

    The counts live in ``sign-in-failures.json`` in the vault folder (0600), read before and
    written after each attempt. It holds no secret: the number of consecutive failures, until
    when the next attempt must wait (wall-clock time, never more than ``WAIT_SECONDS`` ahead),
    and failures per member, keyed by member names the plain key-slot file lists anyway; a name
    that is no member (which could be a passphrase typed in the wrong place) is counted but
    never written. Deleting the file resets the throttle, like restarting the app does.
    """

    def __init__(self, folder: Path, members: Iterable[str] = (),
                 clock: Callable[[], float] | None = None) -> None:
        super().__init__(clock=clock or _now)
        self._path = folder / GUARD_FILE
        self._members = {member_name_key(m) for m in members}
        self._load()

    def check(self) -> None:
        self._load()
        super().check()

    def failed(self, name: str) -> None:
        self._load()
        super().failed(name)
        self._save()

    def succeeded(self, name: str) -> int:
        self._load()
        count = super().succeeded(name)
        self._save()
        return count

    def _load(self) -> None:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            consecutive = int(data["consecutive"])
            not_before = float(data["not_before"])
            by_name = {str(k): int(v) for k, v in dict(data["failures"]).items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            consecutive, not_before, by_name = 0, 0.0, {}  # missing or damaged: start again
        # A clock set back must not make anyone wait longer than the rule says.
        self._consecutive = max(0, consecutive)
        self._not_before = min(not_before, self.clock() + WAIT_SECONDS)
        self._failures_by_name = {k: v for k, v in by_name.items() if v > 0}

    def _save(self) -> None:
        data = {
            "consecutive": self._consecutive,
            "not_before": round(self._not_before, 3),
            "failures": {k: v for k, v in self._failures_by_name.items() if k in self._members},
        }
        # A folder that cannot be written must not turn a wrong passphrase into another error.
        with contextlib.suppress(OSError, PeerDeskError):
            write_atomic(self._path, json.dumps(data, sort_keys=True).encode())
