"""The tidy CSV of a release (ARCHITECTURE section 6): ``quarter,table,row,column,value,status``."""

from __future__ import annotations

import csv
import io

from peerdesk.domain.stats import META_TABLE, Release, Status

HEADER = ("quarter", "table", "row", "column", "value", "status")


def release_csv(release: Release) -> bytes:
    """UTF-8, one header row, ``_meta`` rows first, then every cell of every table in order.

    Rows and columns are the stable vocabulary codes; a suppressed cell has an empty value.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    for key, value in release.meta():
        writer.writerow((release.period, META_TABLE, key, "value", value, Status.PUBLISHED))
    for table, row, column, variable in release.layout.cells:
        cell = release.values[variable]
        writer.writerow((
            release.period, table, row, column, "" if cell is None else cell,
            Status.SUPPRESSED if cell is None else Status.PUBLISHED,
        ))
    return buffer.getvalue().encode("utf-8")


def with_program(data: bytes, program: str) -> bytes:
    """A release's CSV as exported: its frozen rows with a ``_meta`` ``program`` row (the
    program's name from the policy) after the header, so every export says whose figures
    these are. The frozen bytes themselves never change."""
    header, _, rest = data.decode("utf-8").partition("\n")
    period = next(csv.reader([rest.partition("\n")[0]]))[0] if rest else ""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow((period, META_TABLE, "program", "value", program, Status.PUBLISHED))
    return f"{header}\n{buffer.getvalue()}{rest}".encode()
