"""Calendar quarters, when one closes, and the reporting-quarter rule (ARCHITECTURE sections 4, 6).

A quarter *closes* a set number of days after it ends (the program's policy, default 14): until
then late entries still count in it and nobody sees any of its figures; from then on nothing
more counts in it, and the first look at its statistics is its release (which freezes it).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from datetime import date, timedelta

_PATTERN = re.compile(r"^(\d{4})-Q([1-4])$")


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """``2026-Q3`` -> Quarter(2026, 3); raises ValueError for anything else."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"not a quarter like 2026-Q3: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"

    def next(self) -> Quarter:
        if self.number == 4:
            return Quarter(self.year + 1, 1)
        return Quarter(self.year, self.number + 1)

    def previous(self) -> Quarter:
        if self.number == 1:
            return Quarter(self.year - 1, 4)
        return Quarter(self.year, self.number - 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        following = self.next().first_day
        return date.fromordinal(following.toordinal() - 1)

    def months(self) -> list[str]:
        """The quarter's months as ``YYYY-MM`` codes."""
        first = 3 * self.number - 2
        return [f"{self.year}-{m:02d}" for m in range(first, first + 3)]


def closes_on(quarter: Quarter, close_days: int) -> date:
    """The first day ``quarter`` is closed: ``close_days`` whole days after its last day."""
    return quarter.last_day + timedelta(days=close_days + 1)


def is_closed(quarter: Quarter, today: date, close_days: int) -> bool:
    return today >= closes_on(quarter, close_days)


def first_open_quarter(today: date, close_days: int) -> Quarter:
    """The oldest quarter not yet closed on ``today`` (the one just ended while its closing
    days run, else the current one)."""
    quarter = Quarter.of(today)
    while not is_closed(quarter.previous(), today, close_days):
        quarter = quarter.previous()
    return quarter


def reporting_quarter(
    occurred_on: date, frozen: Container[Quarter], first_open: Quarter | None = None
) -> Quarter:
    """The quarter a contact counts in when saved.

    Its own quarter, or, when that quarter is closed (older than ``first_open``) or its
    release is already frozen, the first quarter after it that is neither: a contact logged
    late never changes a release, whether it is published or only due.
    """
    quarter = Quarter.of(occurred_on)
    if first_open is not None and quarter < first_open:
        quarter = first_open
    while quarter in frozen:
        quarter = quarter.next()
    return quarter
