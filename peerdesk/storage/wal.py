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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

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
    """Read the log at ``path`` (a missing or empty file is an empty, sound log).

    The log is read one frame at a time, so a large log (a big transaction, or the stale
    frames of earlier rounds that SQLite leaves in the file) costs no more memory than a page.
    """
    try:
        log = path.open("rb")
    except FileNotFoundError:
        return WalScan()
    with log:
        return _scan(log)


def _scan(log: BinaryIO) -> WalScan:
    header = log.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        return WalScan()  # a header never written in full: nothing was committed here
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", header)
    if magic not in (_MAGIC_LE, _MAGIC_BE) or version != _VERSION or not _power_of_two(page_size):
        return _damaged_unless_empty(log, "its header is not a write-ahead log header")
    big_endian = magic == _MAGIC_BE
    if _checksum(header[:24], big_endian, 0, 0) != (c1, c2):
        return _damaged_unless_empty(log, "its header fails its checksum")
    frame_size = FRAME_HEADER_SIZE + page_size
    s0, s1 = c1, c2
    valid = commits = replayed = replayed_commits = 0
    sound = True
    # (commit flag, salts match, checksum pair) of each whole frame after the first broken one
    previous: tuple[int, int] = (s0, s1)
    broken_at = 0
    for index, frame in enumerate(_frames(log, frame_size)):
        pgno, commit, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", frame[:FRAME_HEADER_SIZE])
        ours = (f_salt1, f_salt2) == (salt1, salt2) and pgno != 0
        if sound:
            if ours:
                s0, s1 = _checksum(frame[:8] + frame[FRAME_HEADER_SIZE:], big_endian, s0, s1)
            if ours and (s0, s1) == (f1, f2):
                valid = index + 1
                if commit:
                    commits += 1
                    replayed, replayed_commits = valid, commits
            else:
                sound = False
                broken_at = valid
        elif ours and commit and index > broken_at and _checksum(
            frame[:8] + frame[FRAME_HEADER_SIZE:], big_endian, *previous
        ) == (f1, f2):
            # A later commit frame of this round that is sound in itself: the log was damaged
            # in the middle, and SQLite would drop that committed transaction without a word.
            return WalScan(replayed, replayed_commits,
                           f"frame {broken_at + 1} fails its checksum before a later commit")
        previous = (f1, f2)
    return WalScan(replayed, replayed_commits)


def _frames(log: BinaryIO, frame_size: int) -> Iterator[bytes]:
    """Each whole frame after the header, in order (a frame cut short at the end is left out)."""
    while len(frame := log.read(frame_size)) == frame_size:
        yield frame


def _damaged_unless_empty(log: BinaryIO, problem: str) -> WalScan:
    if not log.read(1):
        return WalScan()
    return WalScan(damage=problem)


def _power_of_two(n: int) -> bool:
    return 512 <= n <= 65536 and n & (n - 1) == 0
