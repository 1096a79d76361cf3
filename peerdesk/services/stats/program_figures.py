"""The program report's figures, from frozen releases alone (ARCHITECTURE section 15).

Pure: no database, no reportlab. Every figure about contacts is a published cell of a frozen
quarterly release, its sum over a reporting year's four quarters (only when published in all
four), or a difference of two of those; a cell hidden in, or missing from, a release it would
need is None and is never compared, summed or charted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import TOTAL, Release
from peerdesk.domain.vocab import Format, MemberGroup

Cell = tuple[str, str, str]  # (table, row, column), as the release CSV names a cell
TREND_QUARTERS = 8

# The headline figures and the cell each one is (the trend view shows the same three).
HEADLINES: tuple[tuple[str, Cell], ...] = (
    ("contacts", ("contacts_by_month", TOTAL, "contacts")),
    ("hours", ("support_hours", TOTAL, "hours")),
    ("referrals", ("referrals_by_type", TOTAL, "referrals")),
)
# The rows of the comparison table after the headlines: who was supported, and how.
BREAKDOWN: tuple[Cell, ...] = (
    *(("contacts_by_member_group", g.value, "contacts") for g in MemberGroup),
    *(("contacts_by_format", f.value, "contacts") for f in Format),
)
# The tables on critical incidents a release may hold (releases made before them do not): the
# report shows those the release has, by their names, and nothing when it has none.
INCIDENT_TABLES = ("incidents_by_kind", "incident_reach", "group_interventions",
                   "incident_hours")


class ReportNotReady(PeerDeskError):
    """A quarter the report needs is not released (a report is made from releases only)."""

    code = "report.not_released"
    template = "{periods} not released yet: release it on the Statistics screen first."


# ---------------------------------------------------------------------- the period


@dataclass(frozen=True)
class Period:
    """A quarter, or a reporting year of four quarters (``year`` is the year it starts in)."""

    quarters: tuple[Quarter, ...]
    annual: bool

    @classmethod
    def quarter(cls, quarter: Quarter) -> Period:
        return cls((quarter,), False)

    @classmethod
    def reporting_year(cls, year: int, start_month: int) -> Period:
        first = Quarter(year, (start_month - 1) // 3 + 1)
        quarters = [first]
        while len(quarters) < 4:
            quarters.append(quarters[-1].next())
        return cls(tuple(quarters), True)

    @property
    def code(self) -> str:
        """``2026-Q3``, or ``2026`` for a calendar year, ``2026-Q2..2027-Q1`` for another."""
        if not self.annual:
            return str(self.quarters[0])
        if self.quarters[0].number == 1:
            return str(self.quarters[0].year)
        return f"{self.quarters[0]}..{self.quarters[-1]}"

    def shifted(self, quarters: int) -> Period:
        """The same length of period ``quarters`` quarters earlier."""
        moved = list(self.quarters)
        for _ in range(quarters):
            moved = [q.previous() for q in moved]
        return Period(tuple(moved), self.annual)

    @property
    def first_day(self) -> date:
        return self.quarters[0].first_day

    @property
    def last_day(self) -> date:
        return self.quarters[-1].last_day


# ---------------------------------------------------------------------- the figures


@dataclass(frozen=True)
class Compared:
    """One figure of the period beside the same figure of earlier periods (None: hidden in,
    or missing from, a release it would be made from)."""

    cell: Cell
    now: int | None
    previous: int | None
    year_ago: int | None
    previous_released: bool = True   # False: a quarter of the earlier period is not released
    year_ago_released: bool = True

    @property
    def all_hidden(self) -> bool:
        """Hidden now and in every earlier release it is compared with."""
        return self.now is None and self.previous is None and self.year_ago is None

    @staticmethod
    def change(now: int | None, then: int | None) -> int | None:
        """The difference of two published figures; None when either is hidden or missing."""
        return None if now is None or then is None else now - then

    @staticmethod
    def percent(now: int | None, then: int | None) -> int | None:
        """The change as a whole percentage of the earlier figure (None from zero)."""
        if now is None or then is None or then == 0:
            return None
        return round(100 * (now - then) / then)


@dataclass(frozen=True)
class Readiness:
    """The team's readiness over the period, from the training records (not from contacts)."""

    active: int
    current: int
    lapsed: int
    hours: float              # courses, certifications and continuing education
    supervision_hours: float  # supervision and clinical-oversight sessions


@dataclass(frozen=True)
class ReportData:
    """Everything a program report prints, gathered from the ledger and the policy."""

    period: Period
    program: str
    agencies: tuple[str, ...]
    releases: dict[str, Release]        # every frozen release, by quarter
    headlines: tuple[Compared, ...]
    breakdown: tuple[Compared, ...]
    trend: tuple[tuple[str, tuple[tuple[str, int | None], ...]], ...]  # (headline, quarters)
    incidents: tuple[tuple[str, tuple[Compared, ...]], ...]  # critical-incident tables
    readiness: Readiness | None
    narrative: str
    prepared_by: str
    prepared_on: date
    training: bool
    threshold: int = 0
    rounding: int = 0
    method_release: Release | None = field(default=None, compare=False)

    @property
    def previous_period(self) -> Period:
        return self.period.shifted(4 if self.period.annual else 1)

    @property
    def year_ago_period(self) -> Period | None:
        return None if self.period.annual else self.period.shifted(4)


def cell_value(release: Release, cell: Cell) -> int | None:
    """A published cell of a release; None when hidden or when the release has no such cell."""
    for table, row, column, variable in release.layout.cells:
        if (table, row, column) == cell:
            return release.values[variable]
    return None


def period_value(releases: dict[str, Release], period: Period, cell: Cell) -> int | None:
    """The cell over the period: one quarter's published value, or the sum of the quarters'
    published values; None when a quarter is not released or the cell is hidden in any."""
    total = 0
    for quarter in period.quarters:
        release = releases.get(str(quarter))
        value = None if release is None else cell_value(release, cell)
        if value is None:
            return None
        total += value
    return total


def released(releases: dict[str, Release], period: Period | None) -> bool:
    """Every quarter of the period is released (a period that is not there is not)."""
    return period is not None and all(str(q) in releases for q in period.quarters)


def compare(releases: dict[str, Release], period: Period, cell: Cell) -> Compared:
    previous = period.shifted(4 if period.annual else 1)
    year_ago = None if period.annual else period.shifted(4)
    return Compared(
        cell, period_value(releases, period, cell), period_value(releases, previous, cell),
        None if year_ago is None else period_value(releases, year_ago, cell),
        released(releases, previous), released(releases, year_ago))


def trend_quarters(releases: dict[str, Release], last: Quarter) -> list[str]:
    """The last :data:`TREND_QUARTERS` frozen quarters up to ``last``, oldest first."""
    frozen = sorted(q for q in releases if Quarter.parse(q) <= last)
    return frozen[-TREND_QUARTERS:]


def incident_tables(release: Release) -> list[str]:
    """The critical-incident tables the release holds (response, reach within 72 hours and 7
    days, group interventions, follow-up), in the release's order; none in older releases."""
    return [t for t in dict.fromkeys(t for t, *_ in release.layout.cells)
            if t in INCIDENT_TABLES]


def gather(releases: Sequence[Release], period: Period, *, program: str,
           agencies: tuple[str, ...], readiness: Readiness | None, narrative: str,
           prepared_by: str, prepared_on: date, training: bool) -> ReportData:
    """The report's figures from the frozen ``releases``.

    Raises:
        ReportNotReady: a quarter of the period is not released.
    """
    by_quarter = {r.period: r for r in releases if "-Q" in r.period}
    missing = [str(q) for q in period.quarters if str(q) not in by_quarter]
    if missing:
        raise ReportNotReady(periods=", ".join(missing))
    own = [by_quarter[str(q)] for q in period.quarters]
    last = own[-1]
    quarters = trend_quarters(by_quarter, period.quarters[-1])
    trend = tuple(
        (name, tuple((q, cell_value(by_quarter[q], cell)) for q in quarters))
        for name, cell in HEADLINES)
    incidents = tuple(
        (table, tuple(compare(by_quarter, period, (t, r, c))
                      for t, r, c, _ in last.layout.cells if t == table))
        for table in incident_tables(last))
    return ReportData(
        period=period, program=program, agencies=agencies, releases=by_quarter,
        headlines=tuple(compare(by_quarter, period, cell) for _, cell in HEADLINES),
        breakdown=tuple(compare(by_quarter, period, cell) for cell in BREAKDOWN),
        trend=trend, incidents=incidents, readiness=readiness, narrative=narrative,
        prepared_by=prepared_by, prepared_on=prepared_on, training=training,
        threshold=max(r.threshold for r in own), rounding=max(r.rounding for r in own),
        method_release=last)
