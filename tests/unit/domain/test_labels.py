"""Every vocabulary code, statistics table and row, and default checklist item has its English
and its French label, and the app shows that French.

The English is ``domain/labels_en.py`` and the French ``domain/labels_fr.py``, written once each;
the UI translates the English through the ``Vocab`` context of ``resources/i18n/peerdesk_fr_CA.ts``
(read here as XML, without Qt), into which ``make translations`` copies ``labels_fr.py``.
"""

from __future__ import annotations

import enum
import inspect
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from peerdesk.domain import labels_en, labels_fr, referrals, stats, training_records, vocab
from peerdesk.domain.policy import DEFAULT_CHECKLIST
from peerdesk.domain.quarters import Quarter

ROOT = Path(__file__).resolve().parents[3]
FRENCH_TS = ROOT / "resources" / "i18n" / "peerdesk_fr_CA.ts"


def _vocabularies() -> list[type[enum.StrEnum]]:
    """Every vocabulary of domain/vocab.py, of the referral directory and of the training
    records."""
    return [value for module in (vocab, referrals, training_records)
            for _, value in inspect.getmembers(module, inspect.isclass)
            if issubclass(value, enum.StrEnum) and value.__module__ == module.__name__]


def _ts_french(context: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in ET.parse(FRENCH_TS).getroot().iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_every_code_of_every_vocabulary_has_an_english_and_a_french_label() -> None:
    vocabularies = _vocabularies()
    assert len(vocabularies) >= 14
    assert set(vocabularies) == set(labels_en.VOCABULARIES), "list it in VOCABULARIES"
    keys = {labels_en.key(member) for v in vocabularies for member in v}
    assert not sorted(map(str, keys - set(labels_en.LABELS))), "no English label"
    assert not sorted(map(str, keys - set(labels_fr.LABELS))), "no French label"
    assert set(labels_en.LABELS) == keys == set(labels_fr.LABELS)
    assert set(labels_en.SHORT_LABELS) == set(labels_fr.SHORT_LABELS) == keys
    short_en = {labels_en.key(m): short for m, _, short in labels_en.ROWS}
    short_fr = {labels_en.key(m): short for m, _, short in labels_fr.ROWS}
    for key in keys:
        assert labels_en.LABELS[key].strip(), key
        assert labels_fr.LABELS[key].strip(), key
        assert bool(short_en[key]) == bool(short_fr[key]), f"{key}: a short label in one language"


def test_one_english_label_has_one_french_label() -> None:
    """The .ts holds one translation per English text of a context: a label written alike for
    two codes ("Other") must be translated alike too."""
    french_of: dict[str, set[str]] = {}
    for table_en, table_fr in ((labels_en.LABELS, labels_fr.LABELS),
                               (labels_en.SHORT_LABELS, labels_fr.SHORT_LABELS)):
        for key, english in table_en.items():
            french_of.setdefault(english, set()).add(table_fr[key])
    assert not {english: fr for english, fr in french_of.items() if len(fr) > 1}


def test_the_french_labels_are_the_french_the_app_shows() -> None:
    ts = _ts_french("Vocab")
    differ = sorted(f"{english!r}: {ts.get(english)!r} != {table_fr[key]!r}"
                    for table_en, table_fr in ((labels_en.LABELS, labels_fr.LABELS),
                                               (labels_en.SHORT_LABELS, labels_fr.SHORT_LABELS))
                    for key, english in table_en.items()
                    if ts.get(english) != table_fr[key])
    assert not differ, ("domain/labels_fr.py and resources/i18n/peerdesk_fr_CA.ts differ; run "
                        "`make translations`:\n" + "\n".join(differ))


def test_a_code_quoted_alone_is_found_in_its_vocabulary() -> None:
    assert labels_en.member_of("some_concern") is vocab.Risk.SOME_CONCERN
    assert labels_en.member_of("none") is vocab.ConfidentialityException.NONE
    assert labels_en.member_of("no_such_code") is None


def test_every_statistics_table_row_checklist_item_and_drill_field_has_english_and_french(
) -> None:
    assert [t[0] for t in labels_en.TABLES] == list(stats.TABLES)
    assert [t[0] for t in labels_fr.TABLES] == list(stats.TABLES)
    for row_en, row_fr in zip(labels_en.TABLES, labels_fr.TABLES, strict=True):
        assert all(text.strip() for text in (*row_en, *row_fr)), row_en[0]
    assert set(labels_en.ROW_LABELS) == set(labels_fr.ROW_LABELS)
    items = [item.code for item in DEFAULT_CHECKLIST]
    # Every row and column of every table is a vocabulary code, a month, a checklist item, a
    # column the screen names itself, or has its label in ROW_LABELS.
    layout = stats.Layout.for_quarter(Quarter(2026, 3), items)
    screen_columns = {"contacts", "referrals", "hours", "ticked", "not_ticked"}
    for table, row, column, _ in layout.cells:
        for code in (row, column):
            assert (code in labels_en.ROW_LABELS or labels_en.member_of(code) is not None
                    or code in layout.months or code in items or code in screen_columns), (
                table, code)
    assert [c[0] for c in labels_en.CHECKLIST] == items == [c[0] for c in labels_fr.CHECKLIST]
    for (_, text_en, short_en), (_, text_fr, short_fr) in zip(
            labels_en.CHECKLIST, labels_fr.CHECKLIST, strict=True):
        assert text_en.strip()
        assert text_fr.strip()
        assert bool(short_en) == bool(short_fr), text_en
    assert set(labels_en.DRILL_FIELDS) == set(labels_fr.DRILL_FIELDS)


def _pairs(rows_en: tuple[tuple[str, ...], ...],
           rows_fr: tuple[tuple[str, ...], ...]) -> list[tuple[str, str]]:
    return [(en, fr) for row_en, row_fr in zip(rows_en, rows_fr, strict=True)
            for en, fr in zip(row_en[1:], row_fr[1:], strict=True) if en]


@pytest.mark.parametrize(("context", "pairs"), [
    ("Statistics", _pairs(labels_en.TABLES, labels_fr.TABLES)
     + [(labels_en.ROW_LABELS[c], labels_fr.ROW_LABELS[c]) for c in labels_en.ROW_LABELS]),
    ("Checklist", _pairs(labels_en.CHECKLIST, labels_fr.CHECKLIST)),
    ("Drills", [(labels_en.DRILL_FIELDS[f], labels_fr.DRILL_FIELDS[f])
                for f in labels_en.DRILL_FIELDS]),
])
def test_the_french_of_tables_checklist_items_and_drill_fields_is_the_french_the_app_shows(
        context: str, pairs: list[tuple[str, str]]) -> None:
    ts = _ts_french(context)
    differ = [f"{en!r}: {ts.get(en)!r} != {fr!r}" for en, fr in pairs if ts.get(en) != fr]
    assert not differ, "run `make translations`:\n" + "\n".join(differ)
