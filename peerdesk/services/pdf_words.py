"""The words of the PDF reports in each language PeerDesk speaks (no Qt below ``ui``).

The statistics report and the drill debriefs write their sentences by code (``report.hidden``,
``debrief.scoring``); :class:`Words` takes the code's sentence from the one catalogue of the
report's language (:mod:`peerdesk.domain.messages_en`, :mod:`peerdesk.domain.messages_fr`,
which the app's ``.ts`` copies), fills ``{name}`` placeholders after, and writes numbers, months
and dates the language's way. Labels of codes (vocabularies, statistics tables and rows,
checklist items, drill fields) come from the catalogues the app shows too,
:mod:`peerdesk.domain.labels_en` and :mod:`peerdesk.domain.labels_fr`. The CSV never uses any of
this: it carries codes only (ARCHITECTURE section 6).

A code missing from the French catalogue is written in English and remembered in
:data:`MISSING`, which the tests check after rendering every kind of report in French.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from peerdesk.domain import labels_en, labels_fr
from peerdesk.domain.messages_en import ENGLISH as ENGLISH_MESSAGES
from peerdesk.domain.messages_fr import FRENCH as FRENCH_MESSAGES

ENGLISH = "en"
FRENCH = "fr_CA"
LANGUAGES = (ENGLISH, FRENCH)

MISSING: set[tuple[str, str]] = set()

_MONTHS = {
    ENGLISH: ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    FRENCH: ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"),
}


class Words:
    """Translation and formats for one report language (``en`` or ``fr_CA``)."""

    def __init__(self, language: str = ENGLISH) -> None:
        self.language = language if language in LANGUAGES else ENGLISH
        self._catalogue: Mapping[str, str] = FRENCH_MESSAGES if self.language == FRENCH else {}
        own = labels_fr if self.language == FRENCH else labels_en
        self._vocab: Mapping[labels_en.Key, str] = own.LABELS
        self._short: Mapping[labels_en.Key, str] = own.SHORT_LABELS
        self._rows: Mapping[str, str] = own.ROW_LABELS
        self._checklist: tuple[tuple[str, str, str], ...] = own.CHECKLIST
        self._tables: tuple[tuple[str, str, str, str], ...] = own.TABLES
        self._fields: Mapping[str, str] = own.DRILL_FIELDS

    def __call__(self, code: str, **params: object) -> str:
        """The sentence of ``code`` in the report's language, with ``{name}`` filled from
        ``params`` (a code without French is written in English and remembered in MISSING)."""
        text = self._catalogue.get(code) if self.language != ENGLISH else None
        if text is None:
            if self.language != ENGLISH:
                MISSING.add((self.language, code))
            text = ENGLISH_MESSAGES.get(code, code)
        for key, value in params.items():
            text = text.replace("{" + key + "}", str(value))
        return text

    def number(self, value: int) -> str:
        """1,234 in English; 1 234 in French (a no-break space, which the PDF fonts have)."""
        text = f"{value:,}"
        return text.replace(",", "\u00a0") if self.language == FRENCH else text

    def month(self, year: int, month: int) -> str:
        """July 2026 · juillet 2026."""
        return f"{_MONTHS[self.language][month - 1]} {year}"

    def month_name(self, month: int) -> str:
        return _MONTHS[self.language][month - 1]

    def day(self, day: date) -> str:
        """22 November 2026 · 22 novembre 2026."""
        return f"{day.day} {_MONTHS[self.language][day.month - 1]} {day.year}"

    def label(self, code: str, checklist_texts: Mapping[str, str] | None = None, *,
              short: bool = False) -> str:
        """A code of a report (a vocabulary code, a statistics row, a default checklist item) by
        its label, ``short`` for a narrow column; a month as "July 2026"; another checklist item
        in the program's wording (``checklist_texts``)."""
        if len(code) == 7 and code[4] == "-" and code[:4].isdigit():
            return self.month(int(code[:4]), int(code[5:]))
        member = labels_en.member_of(code)
        if member is not None:
            return (self._short if short else self._vocab)[labels_en.key(member)]
        if code in self._rows:
            return self._rows[code]
        for item, text, short_text in self._checklist:
            if item == code:
                return (short_text or text) if short else text
        if checklist_texts and code in checklist_texts:
            return checklist_texts[code]
        return code.replace("_", " ").capitalize()

    def field(self, name: str) -> str:
        """A field a drill scores, by its name."""
        return self._fields.get(name, name)

    def table(self, table: str) -> tuple[str, str]:
        """A statistics table's title and what it shows, as the report says it."""
        for code, title, _, about in self._tables:
            if code == table:
                return title, about
        raise KeyError(table)
