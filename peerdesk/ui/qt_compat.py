"""A guard against a reference-counting bug in PySide6 6.12.0 on Python 3.11.

PySide6/shiboken6 6.12.0 returns ``None`` from void methods (``setText``, ``setObjectName``,
...) and ``True`` from ``Signal.emit`` without taking a reference. From Python 3.12 these
objects are immortal and nothing happens; on 3.11 each call drops their count by one and,
after a few thousand calls, the interpreter aborts ("Fatal Python error: none_dealloc").

When (and only when) a quick probe shows the leak, this module gives ``None``, ``True`` and
``False`` a very large reference count: what Python 3.12 does for every interpreter. Remove it
once the project requires a PySide6 without the bug or Python >= 3.12.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# Large enough never to reach zero, small enough never to overflow Py_ssize_t when counted up.
_PIN = 1 << 40
_PROBES = 64


class _Probe(QObject):
    ping = Signal()


def _leaks() -> tuple[bool, bool]:
    probe = _Probe()
    before_none = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    none_leaks = sys.getrefcount(None) < before_none - _PROBES // 2
    before_true = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    true_leaks = sys.getrefcount(True) < before_true - _PROBES // 2
    # Give back what the probe itself took, so the probe cannot be what tips anything over.
    if none_leaks:
        _add(None, _PROBES)
    if true_leaks:
        _add(True, _PROBES)
    return none_leaks, true_leaks


def _add(obj: object, count: int) -> None:
    ctypes.c_ssize_t.from_address(id(obj)).value += count


def install() -> bool:
    """Pin the singletons if this PySide6 leaks them; True when the guard was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    none_leaks, true_leaks = _leaks()
    if none_leaks or true_leaks:
        for singleton in (None, True, False):
            _add(singleton, _PIN)
        return True
    return False
