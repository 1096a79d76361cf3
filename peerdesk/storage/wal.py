"""Reading a SQLite write-ahead log without SQLite: which committed changes it still holds.

SQLite replays ``peerdesk.db-wal`` when it opens the database and silently stops at the first
frame whose checksum or salt is wrong, so a flipped byte makes every later commit vanish
without an error. :func:`scan` walks the log as the SQLite file format describes it (a 32-byte
header, then frames of a 24-byte header and one page; each frame's checksum continues the one
before) and tells such damage apart from the harmless ends a crash leaves: a frame cut short
at the end of the file, or stale frames of an earlier round of the log.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_MAGIC_LE = 0x377F0682
_MAGIC_BE = 0x377F0683
_VERSION = 3007000
HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalScan:
    """What a write-ahead log holds.

    Attributes:
        frames: frames SQLite will replay (up to and including the last valid commit frame).
        commits: committed transactions among them.
        damage: empty when the log is sound; otherwise what is wrong with a committed part.
    """

    frames: int = 0
    commits: int = 0
    damage: str = ""


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum (file format section 4.4) over ``data``, from ``(s0, s1)``."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def scan(path: Path) -> WalScan:
    """Read the log at ``path`` (a missing or empty file is an empty, sound log)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return WalScan()
    if len(data) < HEADER_SIZE:
        return WalScan()  # a header never written in full: nothing was committed here
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(
        ">8I", data[:HEADER_SIZE]
    )
    frame_size = FRAME_HEADER_SIZE + page_size
    if magic not in (_MAGIC_LE, _MAGIC_BE) or version != _VERSION or not _power_of_two(page_size):
        return _damaged_unless_empty(data, "its header is not a write-ahead log header")
    big_endian = magic == _MAGIC_BE
    if _checksum(data[:24], big_endian, 0, 0) != (c1, c2):
        return _damaged_unless_empty(data, "its header fails its checksum")
    frames = _frame_headers(data, frame_size)
    s0, s1 = c1, c2
    valid = commits = replayed = replayed_commits = 0
    for index, (offset, pgno, commit, f_salt1, f_salt2, f1, f2) in enumerate(frames):
        if (f_salt1, f_salt2) != (salt1, salt2) or pgno == 0:
            break
        page = data[offset + FRAME_HEADER_SIZE: offset + frame_size]
        s0, s1 = _checksum(data[offset: offset + 8] + page, big_endian, s0, s1)
        if (s0, s1) != (f1, f2):
            break
        valid = index + 1
        if commit:
            commits += 1
            replayed, replayed_commits = valid, commits
    broken = valid
    for index in range(broken + 1, len(frames)):
        # A later commit frame of this round that is sound in itself: the log was damaged
        # in the middle, and SQLite would drop that committed transaction without a word.
        offset, pgno, commit, f_salt1, f_salt2, f1, f2 = frames[index]
        previous = frames[index - 1]
        if (f_salt1, f_salt2) != (salt1, salt2) or not commit or pgno == 0:
            continue
        page = data[offset + FRAME_HEADER_SIZE: offset + frame_size]
        if _checksum(data[offset: offset + 8] + page, big_endian,
                     previous[5], previous[6]) == (f1, f2):
            return WalScan(replayed, replayed_commits,
                           f"frame {broken + 1} fails its checksum before a later commit")
    return WalScan(replayed, replayed_commits)


def _frame_headers(data: bytes, frame_size: int) -> list[tuple[int, int, int, int, int, int, int]]:
    """``(offset, page, commit size, salt1, salt2, checksum1, checksum2)`` of each whole frame."""
    found = []
    offset = HEADER_SIZE
    while offset + frame_size <= len(data):
        found.append((offset, *struct.unpack(">6I", data[offset: offset + FRAME_HEADER_SIZE])))
        offset += frame_size
    return found


def _damaged_unless_empty(data: bytes, problem: str) -> WalScan:
    if len(data) <= HEADER_SIZE:
        return WalScan()
    return WalScan(damage=problem)


def _power_of_two(n: int) -> bool:
    return 512 <= n <= 65536 and n & (n - 1) == 0
