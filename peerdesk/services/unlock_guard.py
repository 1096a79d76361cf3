"""Failed-unlock throttling, counted in memory (a failed unlock must not write anything)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from peerdesk.domain.errors import UnlockThrottled

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
        key = name.strip().casefold()
        self._failures_by_name[key] = self._failures_by_name.get(key, 0) + 1
        self._consecutive += 1
        if self._consecutive >= FREE_ATTEMPTS:
            self._not_before = self.clock() + WAIT_SECONDS

    def succeeded(self, name: str) -> int:
        """Reset the throttle; return (and forget) the failures counted against ``name``."""
        self._consecutive = 0
        self._not_before = 0.0
        return self._failures_by_name.pop(name.strip().casefold(), 0)
