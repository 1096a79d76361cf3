"""The referral directory's CSV file: reading it row by row with reasons, and writing it.

The file (UTF-8, a byte-order mark allowed; comma-separated, or semicolon- or tab-separated as
some spreadsheet programs save it) starts with a header row naming its columns, in any order:

    name,category,phone,contact_details,hours,available_24_7,region,languages,cost,
    first_responder_informed,notes,last_verified,is_example

(one line in the file). ``name`` and ``category`` are required; any other column may be left
out and then takes its default. Unknown or repeated columns are refused (a misspelt column
would otherwise lose its data silently). A header wider than ``MAX_COLUMNS`` is refused as a
whole (``CsvTooManyColumns``) before any row is read, and header checks take time linear in the
header's width, so a file of thousands of columns answers at once.

==========================  ===============================================================
column                      values
==========================  ===============================================================
name                        required, up to 200 characters
category                    eap · clinician · chaplain · crisis_line · medical ·
                            substance_use_treatment · family_violence_service · cism_team ·
                            financial_legal · peer_team · other (case and spaces ignored)
phone                       digits, spaces, + - ( ) . and an optional extension
                            ("ext 12", "x12"); at least 3 digits (988 and 911 are valid);
                            may be empty
contact_details             free text (other numbers, text lines, web address, address)
hours                       free text ("Mon–Fri 8–18")
available_24_7              yes/no (also true/false, y/n, 1/0); empty means no
region                      free text ("Ontario", "United States")
languages                   comma-separated ("English, French")
cost                        free · covered · fee; empty means free
first_responder_informed    yes/no; empty means no
notes                       free text
last_verified               YYYY-MM-DD, not in the future; empty means never verified
is_example                  yes/no; starter entries to replace are marked yes
==========================  ===============================================================

The export writes every column, in this order, with a byte-order mark so spreadsheet programs
read accents correctly. A text cell that a spreadsheet would run as a formula (starting with
``=``, ``+``, ``-``, ``@``) is written with a leading apostrophe, which the import removes.
Line numbers in reasons are the file's physical lines (the header is line 1); a row whose
quoted field spans several lines is reported at its first line.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from peerdesk.domain.errors import CsvTooManyColumns
from peerdesk.domain.messages import Message, joined
from peerdesk.domain.referrals import (
    Cost,
    Resource,
    ResourceCategory,
    normalized,
    validate,
    validate_phone,
)

COLUMNS: tuple[str, ...] = (
    "name", "category", "phone", "contact_details", "hours", "available_24_7", "region",
    "languages", "cost", "first_responder_informed", "notes", "last_verified", "is_example",
)
REQUIRED_COLUMNS = ("name", "category")
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 64  # the format has 13; room for a few stray empty columns, no more

_KNOWN = frozenset(COLUMNS)
_TRUE = frozenset({"yes", "y", "true", "1"})
_FALSE = frozenset({"no", "n", "false", "0", ""})
_FORMULA_START = ("=", "+", "-", "@")
_BOOLEAN_COLUMNS = ("available_24_7", "first_responder_informed", "is_example")


@dataclass(frozen=True)
class ImportProblem:
    """A bad row (or a problem with the whole file) and why, in one line."""

    line: int
    reason: Message

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class ParsedRow:
    line: int
    resource: Resource


@dataclass(frozen=True)
class ParsedFile:
    """Rows that can be added and the problems found; ``rows`` counts every data row seen."""

    rows: tuple[ParsedRow, ...]
    problems: tuple[ImportProblem, ...]
    data_rows: int


# --------------------------------------------------------------------------- reading


def parse(data: bytes, today: date) -> ParsedFile:
    """Read a directory file; problems are returned, not raised.

    Raises:
        CsvTooManyColumns: the header row has more than ``MAX_COLUMNS`` columns (not a
            directory file, or not comma-, semicolon- or tab-separated); nothing is read.
    """
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        return _fail(1, Message("csv.too_large", count=limit))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return _fail(line, Message("csv.not_utf8"))
    # Python's csv refuses NUL outright; keep the row so it is reported with its line number.
    text = text.replace("\x00", "\ufffd")
    if not text.strip():
        return _fail(1, Message("csv.empty"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    return _Reader(today).read(reader)


def _fail(line: int, reason: Message) -> ParsedFile:
    return ParsedFile((), (ImportProblem(line, reason),), 0)


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


class _Reader:
    def __init__(self, today: date) -> None:
        self.today = today
        self.rows: list[ParsedRow] = []
        self.problems: list[ImportProblem] = []
        self.seen: dict[tuple[str, str], int] = {}
        self.data_rows = 0

    def read(self, reader: Iterable[list[str]]) -> ParsedFile:
        records = _records(reader)
        header: list[str] | None = None
        for line, record in records:
            if isinstance(record, Message):  # the CSV cannot be read from here on
                self.problems.append(ImportProblem(line, record))
                break
            if header is None:
                header = self._header(line, record)
                if header is None:
                    break
                continue
            if not any(cell.strip() for cell in record):
                continue  # blank lines and rows of empty cells (spreadsheets write them)
            self.data_rows += 1
            if self.data_rows > MAX_ROWS:
                self.problems.append(ImportProblem(line, Message("csv.too_many_rows",
                                                                 count=MAX_ROWS)))
                break
            self._row(line, header, record)
        else:
            if header is not None and self.data_rows == 0 and not self.problems:
                self.problems.append(ImportProblem(2, Message("csv.no_rows")))
        return ParsedFile(tuple(self.rows), tuple(self.problems), self.data_rows)

    def _header(self, line: int, record: list[str]) -> list[str] | None:
        if len(record) > MAX_COLUMNS:
            raise CsvTooManyColumns(count=len(record), limit=MAX_COLUMNS)
        names = [cell.strip().lstrip("\ufeff").casefold().replace(" ", "_") for cell in record]
        problems: list[Message] = []
        unknown = [n for n in names if n not in _KNOWN]
        if unknown:
            shown = ", ".join(repr(_clip(n)) for n in unknown[:5])
            problems.append(Message("csv.unknown_columns", names=shown,
                                    columns=", ".join(COLUMNS)))
        repeated = sorted(n for n, times in Counter(names).items() if times > 1 and n in _KNOWN)
        if repeated:
            problems.append(Message("csv.columns_twice", columns=", ".join(repeated)))
        missing = [c for c in REQUIRED_COLUMNS if c not in names]
        if missing:
            problems.append(Message("csv.columns_missing", columns=", ".join(missing)))
        if problems:
            self.problems.append(ImportProblem(line, Message("csv.header",
                                                             problems=tuple(problems))))
            return None
        return names

    def _row(self, line: int, header: list[str], record: list[str]) -> None:
        if len(record) != len(header):
            self.problems.append(ImportProblem(line, Message(
                "csv.field_count", count=len(record), expected=len(header))))
            return
        cells = {name: _unguard(value) for name, value in zip(header, record, strict=True)}
        resource, reasons = _resource(cells, self.today)
        if resource is not None:
            key = resource.duplicate_key()
            first = self.seen.get(key)
            if first is not None:
                reasons.append(Message("csv.duplicate_row", line=first))
            else:
                self.seen[key] = line
        if reasons:
            self.problems.append(ImportProblem(line, joined(reasons)))
        elif resource is not None:
            self.rows.append(ParsedRow(line, resource))


def _records(reader: Iterable[list[str]]) -> Iterable[tuple[int, list[str] | Message]]:
    """(first physical line, fields) per record; a reason instead of fields on a CSV error."""
    iterator = iter(reader)
    line_num = 0
    while True:
        start = line_num + 1
        try:
            record = next(iterator)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, Message("csv.unreadable_from_here", detail=str(exc))
            return
        line_num = getattr(reader, "line_num", start)
        yield start, record


def _unguard(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1] in _FORMULA_START:
        return value[1:]
    return value


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _resource(cells: dict[str, str], today: date) -> tuple[Resource | None, list[Message]]:
    """The row's resource and every reason it cannot be added (the resource only if none)."""
    reasons: list[Message] = []
    name = cells.get("name", "").strip()
    if not name:
        reasons.append(Message("csv.no_name"))
    category = _category(cells.get("category", ""), reasons)
    cost = _cost(cells.get("cost", ""), reasons)
    flags = {column: _boolean(column, cells.get(column, ""), reasons)
             for column in _BOOLEAN_COLUMNS}
    resource = normalized(Resource(
        name=name,
        category=category or ResourceCategory.OTHER,
        phone=cells.get("phone", ""),
        contact_details=cells.get("contact_details", ""),
        hours=cells.get("hours", ""),
        available_24_7=flags["available_24_7"],
        region=cells.get("region", ""),
        languages=cells.get("languages", ""),
        cost=cost or Cost.FREE,
        first_responder_informed=flags["first_responder_informed"],
        notes=cells.get("notes", ""),
        last_verified=_date(cells.get("last_verified", ""), reasons),
        is_example=flags["is_example"],
    ))
    for field_name, message in validate(resource, today).items():
        if field_name == "name" and not name:
            continue  # already said
        if field_name == "phone" and validate_phone(resource.phone):
            reasons.append(Message("csv.bad_phone", value=repr(_clip(resource.phone)),
                                   message=message))
        elif field_name == "last_verified":
            reasons.append(Message("csv.date_problem", message=message))
        else:
            reasons.append(Message("csv.column_problem", column=field_name, message=message))
    return (None if reasons else resource), reasons


def _category(value: str, reasons: list[Message]) -> ResourceCategory | None:
    code = "_".join(value.strip().casefold().replace("-", " ").split())
    try:
        return ResourceCategory(code)
    except ValueError:
        if not code:
            reasons.append(Message("csv.no_category"))
        else:
            reasons.append(Message("csv.unknown_category", value=repr(_clip(value.strip())),
                                   codes=", ".join(c.value for c in ResourceCategory)))
        return None


def _cost(value: str, reasons: list[Message]) -> Cost | None:
    code = value.strip().casefold()
    if not code:
        return Cost.FREE
    try:
        return Cost(code)
    except ValueError:
        reasons.append(Message("csv.unknown_cost", value=repr(_clip(value.strip()))))
        return None


def _boolean(column: str, value: str, reasons: list[Message]) -> bool:
    word = value.strip().casefold()
    if word in _TRUE:
        return True
    if word not in _FALSE:
        reasons.append(Message("csv.bad_yes_no", column=column,
                               value=repr(_clip(value.strip()))))
    return False


def _date(value: str, reasons: list[Message]) -> date | None:
    text = value.strip()
    if not text:
        return None
    try:
        # fromisoformat accepts forms like 20260131 too; insist on the documented one.
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        reasons.append(Message("csv.bad_date", value=repr(_clip(text))))
        return None


# --------------------------------------------------------------------------- writing


def _guard(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def write(resources: Iterable[Resource]) -> bytes:
    """The directory as the documented CSV (UTF-8 with a byte-order mark, CRLF line ends)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in resources:
        writer.writerow([
            _guard(r.name), r.category.value, r.phone, _guard(r.contact_details),
            _guard(r.hours), _yes(r.available_24_7), _guard(r.region), _guard(r.languages),
            r.cost.value, _yes(r.first_responder_informed), _guard(r.notes),
            "" if r.last_verified is None else r.last_verified.isoformat(), _yes(r.is_example),
        ])
    return out.getvalue().encode("utf-8-sig")
