"""Calendar quarters and the reporting-quarter rule (DESIGN sections 4 and 6)."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from datetime import date

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


def reporting_quarter(occurred_on: date, frozen: Container[Quarter]) -> Quarter:
    """The quarter a contact counts in when saved.

    Its own quarter, or, when that release is already frozen, the first quarter after it that
    is not: a contact logged late never changes a published release.
    """
    quarter = Quarter.of(occurred_on)
    while quarter in frozen:
        quarter = quarter.next()
    return quarter
