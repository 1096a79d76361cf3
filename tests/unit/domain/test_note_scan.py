"""The identifying-details warning, measured on a labelled set of realistic note snippets."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain.note_scan import NO_NAMES, FindingKind, NameList, kinds, scan
from peerdesk.services.name_list import given_names

SNIPPETS = Path(__file__).parents[1] / "data" / "note_snippets.tsv"
HELD_OUT_MARK = "# --- Held out"


def labelled() -> list[tuple[str, str, bool]]:
    """(label, text, held_out) for every snippet of the set."""
    rows: list[tuple[str, str, bool]] = []
    held_out = False
    for line in SNIPPETS.read_text(encoding="utf-8").splitlines():
        if line.startswith(HELD_OUT_MARK):
            held_out = True
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        assert label in ("id", "clean"), line
        rows.append((label, text, held_out))
    return rows


def rates(rows: list[tuple[str, str, bool]], names: NameList) -> tuple[float, float]:
    """(share of identifying snippets warned, share of clean snippets warned)."""
    warned = {text: bool(scan(text, names)) for _, text, _ in rows}
    identifying = [t for label, t, _ in rows if label == "id"]
    clean = [t for label, t, _ in rows if label == "clean"]
    return (sum(warned[t] for t in identifying) / len(identifying),
            sum(warned[t] for t in clean) / len(clean))


def test_the_set_is_large_mixed_and_bilingual() -> None:
    rows = labelled()
    assert len(rows) >= 300
    assert sum(label == "id" for label, _, _ in rows) >= 150
    assert sum(label == "clean" for label, _, _ in rows) >= 150
    french = [t for _, t, _ in rows if any(w in t.split() for w in ("le", "la", "avec", "au"))]
    assert len(french) >= 60
    assert len({t for _, t, _ in rows}) == len(rows), "no snippet twice"


def test_recall_and_false_alarms_on_the_labelled_set() -> None:
    rows = labelled()
    recall, false_alarms = rates(rows, given_names())
    held_recall, held_false = rates([r for r in rows if r[2]], given_names())
    print(f"\nnote scan on {len(rows)} snippets: recall {recall:.1%}, "
          f"false alarms {false_alarms:.1%}; held-out part: recall {held_recall:.1%}, "
          f"false alarms {held_false:.1%}")
    assert recall >= 0.95
    assert false_alarms <= 0.05
    assert held_recall >= 0.95
    assert held_false <= 0.05


def test_the_name_list_is_what_lifts_recall() -> None:
    """Without the list the patterns alone miss most lower-case names: the list is used."""
    recall_without, _ = rates(labelled(), NO_NAMES)
    recall_with, _ = rates(labelled(), given_names())
    assert recall_with - recall_without >= 0.15


def test_the_name_list_holds_thousands_of_english_and_french_names() -> None:
    names = given_names()
    assert len(names.names) >= 5000
    for name in ("mike", "jennifer", "geneviève", "jean-françois", "marie-ève", "gurpreet"):
        assert name in names.names, name
    for word in ("will", "grace", "may", "bill", "mark", "rose", "art", "joy", "hope",
                 "pierre", "claire"):
        assert word in names.common_words, word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("talked w/ mike from B shift, txt 5551234567", {FindingKind.NAME, FindingKind.PHONE}),
        ("cell 5551234", {FindingKind.PHONE}),
        ("unit 12 crew", {FindingKind.BADGE}),
        ("his badge number is 8812", {FindingKind.BADGE}),
        ("write to him at dave_k@firehall.ca", {FindingKind.EMAIL}),
        ("Sgt. Morrison", {FindingKind.NAME}),
        ("capt roy", {FindingKind.NAME}),
        ("le sergent Tremblay", {FindingKind.NAME}),
        ("Lt Gagnon était là", {FindingKind.NAME}),
        ("lives at 42 Elm Street", {FindingKind.ADDRESS}),
        ("habite au 1234 rue Sherbrooke Est", {FindingKind.ADDRESS}),
        ("sur la rue Saint-Denis", {FindingKind.ADDRESS}),
        ("postal code K1A 0B1", {FindingKind.ADDRESS}),
        ("talked to will about it", {FindingKind.NAME}),
        ("I think Grace is not ok", {FindingKind.NAME}),
        ("pat (dispatcher) is not sleeping", {FindingKind.NAME}),
        ("Will call him Thursday", set()),
        ("he may come to the group", set()),
        ("handled the call with grace", set()),
        ("2 weeks on the road", set()),
        ("crew of car 3 hours late", set()),
        ("the sergeant said to take a day", set()),
        ("Parlé de la pierre tombale", set()),
        ("went to Tim Hortons after", set()),
        ("Saint-Jean hospital", set()),
    ],
)
def test_ordinary_cases(text: str, expected: set[FindingKind]) -> None:
    assert kinds(text, given_names()) == expected


def test_findings_point_at_the_identifying_words() -> None:
    found = scan("talked w/ mike from B shift, txt 5551234567", given_names())
    assert [(f.kind, f.text) for f in found] == [
        (FindingKind.NAME, "mike"), (FindingKind.PHONE, "5551234567")]


def test_a_long_note_is_scanned_quickly() -> None:
    note = "talked w/ the crew about the call, no names, 45 min. " * 40  # 2,000 characters
    names = given_names()
    started = time.perf_counter()
    for _ in range(20):
        scan(note, names)
    assert (time.perf_counter() - started) / 20 < 0.05


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600))
def test_any_text_scans_to_spans_of_itself(text: str) -> None:
    for finding in scan(text, given_names()):
        assert text[finding.start:finding.end] == finding.text
        assert finding.text.strip()
