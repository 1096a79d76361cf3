"""Referral resources without a vault: validation, phone numbers, staleness, the CSV format."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import referral_csv
from peerdesk.domain.errors import CsvTooManyColumns
from peerdesk.domain.referrals import (
    Cost,
    Resource,
    ResourceCategory,
    add_months,
    category_for_referral,
    normalized,
    validate,
    validate_phone,
)
from peerdesk.domain.vocab import ReferralType
from peerdesk.storage.referral_repo import fts_query

TODAY = date(2026, 11, 20)
HEADER = ",".join(referral_csv.COLUMNS)


def resource(**changes: object) -> Resource:
    base: dict[str, object] = {"name": "Harbour EAP", "category": ResourceCategory.EAP,
                               "phone": "+1 (416) 555-0100"}
    base.update(changes)
    return Resource(**base)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- vocabulary


def test_eleven_categories_and_every_referral_type_maps_to_one() -> None:
    assert len(ResourceCategory) == 11
    assert {c.value for c in ResourceCategory} - {t.value for t in ReferralType} == {"peer_team"}
    for referral in ReferralType:
        assert category_for_referral(referral).value == referral.value
    assert [c.value for c in Cost] == ["free", "covered", "fee"]


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize("phone", [
    "988", "911", "211", "+1 416 555 0100", "(416) 555-0100", "416.555.0100",
    "+44 20 7946 0958", "1-800-555-0100 ext 12", "416 555 0100 x7", "416-555-0100 Ext. 300",
    "",
])
def test_valid_phones(phone: str) -> None:
    assert validate_phone(phone) is None


@pytest.mark.parametrize("phone", [
    "12", "call us", "416-555-0100 ext", "+1 416 + 555", "((416)) 555", "416) 555 (0100",
    "1234567890123456", "555-HELP", "0100#", "ext 12",
])
def test_malformed_phones(phone: str) -> None:
    assert validate_phone(phone)


def test_one_message_per_field() -> None:
    errors = validate(resource(name="  ", phone="12", notes="x" * 5000,
                               last_verified=date(2027, 1, 1)), TODAY)
    assert set(errors) == {"name", "phone", "notes", "last_verified"}
    assert validate(resource(), TODAY) == {}


def test_control_characters_and_example_numbers_are_refused() -> None:
    assert "name" in validate(resource(name="Bad\x00name"), TODAY)
    assert "region" in validate(resource(region="North\nEast"), TODAY)
    assert validate(resource(notes="line one\nline two"), TODAY) == {}
    assert "phone" in validate(resource(is_example=True), TODAY)
    assert validate(resource(is_example=True, phone=""), TODAY) == {}


def test_normalized_trims_and_tidies_languages() -> None:
    tidy = normalized(resource(name="  Harbour   EAP ", languages="English;french, English/ "))
    assert tidy.name == "Harbour EAP"
    assert tidy.languages == "English, french"


# --------------------------------------------------------------------------- staleness


def test_stale_after_twelve_months_or_never_verified() -> None:
    assert resource().is_stale(TODAY)
    assert not resource(last_verified=date(2025, 11, 21)).is_stale(TODAY)
    assert resource(last_verified=date(2025, 11, 20)).is_stale(TODAY)
    assert resource(last_verified=date(2020, 1, 1)).is_stale(TODAY)
    assert not resource(last_verified=TODAY).is_stale(TODAY)


def test_add_months_clamps_to_the_end_of_the_month() -> None:
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 12, 15), 1) == date(2026, 1, 15)


# --------------------------------------------------------------------------- FTS query text


@pytest.mark.parametrize(("text", "query"), [
    ("cri", '"cri"*'),
    ("Crisis  line", '"Crisis"* "line"*'),
    ('NEAR("a" b) OR x*', '"NEAR"* "a"* "b"* "OR"* "x"*'),
    ("^col:val", '"col"* "val"*'),
    ('"""', None),
    ("   ", None),
    ("Montréal", '"Montréal"*'),
])
def test_fts_query_quotes_every_word(text: str, query: str | None) -> None:
    assert fts_query(text) == query


# --------------------------------------------------------------------------- CSV


def parse(text: str) -> referral_csv.ParsedFile:
    return referral_csv.parse(text.encode(), TODAY)


TEN_BAD = "\n".join([
    HEADER,
    "Good EAP,eap,416 555 0100,,,no,,,covered,no,,2026-01-05,no",                 # 2 ok
    ",eap,416 555 0101,,,no,,,,no,,,no",                                         # 3 no name
    "Mystery,astrology,416 555 0102,,,no,,,,no,,,no",                            # 4 category
    "Bad phone,clinician,call me maybe,,,no,,,,no,,,no",                         # 5 phone
    "Bad date,clinician,416 555 0103,,,no,,,,no,,2026-13-45,no",                 # 6 date
    "Good EAP,eap,(416) 555-0100,,,no,,,,no,,,no",                               # 7 duplicate
    "Bad bool,chaplain,416 555 0104,,,maybe,,,,no,,,no",                         # 8 boolean
    "Bad cost,chaplain,416 555 0105,,,no,,,priceless,no,,,no",                   # 9 cost
    "Future,medical,416 555 0106,,,no,,,,no,,2099-01-01,no",                     # 10 future date
    "Short row,medical,416 555 0107",                                            # 11 fields
    "Example with number,other,416 555 0108,,,no,,,,no,,,yes",                   # 12 example
    "",
])


def test_ten_bad_rows_give_ten_reasons_with_line_numbers() -> None:
    parsed = parse(TEN_BAD)
    assert [r.line for r in parsed.rows] == [2]
    reasons = {p.line: p.reason for p in parsed.problems}
    assert [p.line for p in parsed.problems] == list(range(3, 13))
    assert "name is missing" in reasons[3]
    assert "unknown category 'astrology'" in reasons[4]
    assert "malformed phone 'call me maybe'" in reasons[5]
    assert "bad date" in reasons[6]
    assert "duplicate of line 2" in reasons[7]
    assert "bad yes/no value in available_24_7: 'maybe'" in reasons[8]
    assert "unknown cost 'priceless'" in reasons[9]
    assert "future" in reasons[10]
    assert "has 3 fields but the header has 13" in reasons[11]
    assert "example entry has no phone" in reasons[12]
    assert str(parsed.problems[0]).startswith("line 3: ")


def test_header_problems_are_reported_on_line_one() -> None:
    parsed = parse("name,catgory,phone,phone\nX,eap,988,988\n")
    assert len(parsed.problems) == 1
    problem = parsed.problems[0]
    assert problem.line == 1
    assert "unknown column(s) 'catgory'" in problem.reason
    assert "named twice: phone" in problem.reason
    assert "required column(s) missing: category" in problem.reason


@pytest.mark.parametrize("columns", [16_000, 32_000, 2_000_000])
@pytest.mark.parametrize("cell", ["name", "c"])
def test_a_header_of_thousands_of_columns_is_refused_at_once(columns: int, cell: str) -> None:
    data = (",".join([cell] * columns) + "\nA,eap\n").encode()
    started = time.perf_counter()
    with pytest.raises(CsvTooManyColumns) as refused:
        referral_csv.parse(data, TODAY)
    assert time.perf_counter() - started < 2.0
    assert refused.value.code == "csv_too_many_columns"
    assert refused.value.params == {"count": columns, "limit": referral_csv.MAX_COLUMNS}
    assert f"{columns} columns" in refused.value.message


def test_header_checks_take_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Below any cap, a wide header of repeated and unknown columns is judged in one pass."""
    monkeypatch.setattr(referral_csv, "MAX_COLUMNS", 10**7)
    header = ",".join(["name", "category", "phone", "bogus"] * 8_000)
    started = time.perf_counter()
    parsed = parse(header + "\nA,eap\n")
    assert time.perf_counter() - started < 1.0
    assert [p.line for p in parsed.problems] == [1]
    assert "named twice: category, name, phone" in parsed.problems[0].reason
    wide = ",".join(referral_csv.COLUMNS) + "," * (referral_csv.MAX_COLUMNS - 13)
    assert "unknown column(s) ''" in parse(wide + "\nA,eap\n").problems[0].reason


def test_minimal_file_other_separators_bom_and_multiline_rows() -> None:
    parsed = parse("Name;Category\nTown Chaplaincy;Chaplain\n")
    assert [r.resource.category for r in parsed.rows] == [ResourceCategory.CHAPLAIN]
    text = f'{HEADER}\n"Multi\nline",eap,,,,,,,,,,,\nBad,nope,,,,,,,,,,,\n'
    multi = parse(text)
    assert [p.line for p in multi.problems] == [4]
    assert multi.rows[0].resource.name == "Multi line"  # spacing in a name is tidied
    assert "category is missing" in parse("name,category\nA,\n").problems[0].reason
    spread = parse('name,category,notes\nA,eap,"one\ntwo\nthree"\nB,bogus,\n')
    assert spread.rows[0].resource.notes == "one\ntwo\nthree"
    assert [p.line for p in spread.problems] == [5]
    bom = referral_csv.parse(b"\xef\xbb\xbfname,category\nA,eap\n", TODAY)
    assert len(bom.rows) == 1


def test_unreadable_files_are_problems_not_exceptions() -> None:
    assert "not UTF-8" in referral_csv.parse(b"name,category\nA,eap\n\xff\xfe", TODAY) \
        .problems[0].reason
    assert referral_csv.parse(b"name,category\nA,eap\n\xff", TODAY).problems[0].line == 3
    assert "empty" in referral_csv.parse(b"", TODAY).problems[0].reason
    assert "no resources" in parse("name,category\n\n,\n").problems[0].reason
    nul = parse("name,category\nA\x00B,eap\nC,eap\n")
    assert [p.line for p in nul.problems] == [2]
    assert [r.resource.name for r in nul.rows] == ["C"]
    huge = parse("name,category,notes\nA,eap," + "x" * 200_000 + "\n")
    assert huge.problems
    assert not huge.rows


def test_export_round_trips_and_guards_formulas() -> None:
    rows = [
        resource(name="=HYPERLINK(\"x\")", notes="-5 sessions\nthen review", languages="English",
                 available_24_7=True, last_verified=date(2026, 3, 1), cost=Cost.COVERED),
        resource(name="Town Chaplaincy", category=ResourceCategory.CHAPLAIN, phone="988",
                 region="@home", first_responder_informed=True),
    ]
    data = referral_csv.write(rows)
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode())
    assert b"'=HYPERLINK" in data
    assert b"'@home" in data
    back = referral_csv.parse(data, TODAY)
    assert back.problems == ()
    assert [r.resource for r in back.rows] == rows


# --------------------------------------------------------------------------- hypothesis

_cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "eap", "crisis_line", "yes", "no", "maybe", "988", "+1 (416) 555-0100",
                     "2026-02-30", "2026-01-01", '"', '""', "\x00", "\u202eטקסט", "😀" * 3,
                     "a\nb", "\r", "free", "fee", ",", ";"]),
    st.just("x" * 5000),
)
_headers = st.one_of(
    st.just(list(referral_csv.COLUMNS)),
    st.permutations(list(referral_csv.COLUMNS)).map(lambda c: c[:5]),
    st.lists(st.sampled_from([*referral_csv.COLUMNS, "bogus", "", "Name", " category "]),
             max_size=8),
)


def _quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if any(ch in cell for ch in ',"\n\r') else cell


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["bytes", "text", "table"]))
    if kind == "bytes":
        return draw(st.binary(max_size=400))
    if kind == "text":
        return draw(st.text(max_size=400)).encode("utf-8", "surrogatepass")
    header = draw(_headers)
    rows = draw(st.lists(st.lists(_cells, max_size=len(header) + 2), max_size=6))
    sep = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines = [",".join(header)] + [",".join(_quote(c) for c in row) for row in rows]
    raw = sep.join(lines)
    if draw(st.booleans()):
        raw = raw.replace(draw(st.sampled_from(['"', ",", "\n"])), draw(st.sampled_from(
            ['"', "", '""', "\x00"])), 1)
    return raw.encode("utf-8", "surrogatepass")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(csv_files())
def test_any_file_gives_rows_or_problems_never_an_exception(data: bytes) -> None:
    first_row = data.decode("utf-8-sig", "replace").replace("\r", "\n").split("\n", 1)[0]
    if max(first_row.count(sep) for sep in ",;\t") >= referral_csv.MAX_COLUMNS:
        return  # may be refused as a whole for its width (tested above)
    parsed = referral_csv.parse(data, TODAY)
    assert parsed.rows or parsed.problems
    for problem in parsed.problems:
        assert problem.line >= 1
        assert "\n" not in problem.reason  # one line each, whatever the cell held
    for row in parsed.rows:
        assert validate(row.resource, TODAY) == {}
    keys = [r.resource.duplicate_key() for r in parsed.rows]
    assert len(keys) == len(set(keys))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fts_query_is_always_quoted_terms(text: str) -> None:
    query = fts_query(text)
    if query is not None:
        for term in query.split(" "):
            assert term.startswith('"')
            assert term.endswith('"*')
            assert '"' not in term[1:-2]
