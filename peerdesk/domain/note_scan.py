"""Warn before saving free text that looks like it identifies someone (ARCHITECTURE section 5).

A warning, not a block: the scan errs on the side of asking. It looks for e-mail addresses,
phone numbers (formatted or as bare 7 to 11 digits), badge, employee and unit numbers, street
addresses and postal codes (English and French forms), and names:

* a given name from the curated list (:class:`NameList`, loaded by the services from
  ``resources/names``), written lower-case as notes often are ("talked w/ mike");
* a given name that is also an everyday word ("will", "grace", "rose", "pierre") only where it
  reads as a name: capitalised inside a sentence, or right after a cue such as "w/", "talked
  to", "named", "parlé avec";
* a rank or title and the word after it ("Sgt. Morrison", "capt roy", "le sergent Tremblay");
* a capitalised word after a cue ("met with Kowalski"), or two capitalised words inside a
  sentence ("Jaspreet Dhillon").

The measured recall and false-alarm rate on a labelled set of notes are in the README.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass


class FindingKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    BADGE = "badge_number"
    ADDRESS = "address"
    NAME = "name"


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class NameList:
    """Given names (case-folded), and those of them that are also everyday words."""

    names: frozenset[str]
    common_words: frozenset[str]

    @classmethod
    def of(cls, names: Iterable[str], common_words: Iterable[str] = ()) -> NameList:
        folded = frozenset(n.strip().casefold() for n in names if n.strip())
        common = frozenset(w.strip().casefold() for w in common_words if w.strip())
        return cls(folded | common, common)


NO_NAMES = NameList(frozenset(), frozenset())


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_UNITS = (r"(?!\s*(?:h\b|hrs?\b|hours?\b|min|sec|days?\b|weeks?\b|wks?\b|months?\b|years?\b|"
          r"yrs?\b|ans?\b|jours?\b|heures?\b|semaines?\b|mois\b|%|am\b|pm\b|people\b|personnes\b|"
          r"calls?\b|appels?\b|x\b))")

_EMAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w.+-]+\s?(?:\(at\)|\[at\])\s?[\w-]+(?:\s?(?:\.|\(dot\)|"
    r"\[dot\])\s?[\w-]+)+"
)
_PHONE = re.compile(
    r"(?<![\w.])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])?\d{3}[\s.-]\d{4}(?![\w.])"
    r"|(?<![\w.:/-])\+?1?\d{10}(?![\w.:/-])"
    r"|(?<![\w.:/-])\d{7}(?![\w.:/-])"
    r"|(?i:\b(?:ext|extension|poste|local)\.?\s*#?\d{3,5}\b)"
)
_BADGE = re.compile(
    r"(?i)\b(?:badge|employee|employ[ée]e?|emp|staff|service|payroll|id|matricule|"
    r"num[ée]ro|no\.?|n[°o]|number|#)"
    r"(?:\s+(?:no\.?|number|num[ée]ro|id|d'employ[ée]e?|de\s+badge|#))?"
    r"(?:\s+(?:is|was|est|was))?\s*:?\s*#?[a-z]?\d{3,}\b"
    r"|#\d{2,}\b"
    r"|\b(?:unit|car|engine|ladder|medic|truck|squad|rescue|ambulance|rig|tanker|pumper|"
    r"unit[ée]|camion|v[ée]hicule|auto-?patrouille)\s+#?\d{1,4}\b" + _UNITS +
    r"|\b[A-Z]{1,3}-?\d{4,6}\b"
)
_STREET_EN = (r"street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|crescent|cres|"
              r"court|ct|way|place|pl|terrace|circle|cir|highway|hwy|parkway|pkwy|trail|"
              r"concession|sideroad")
_STREET_FR = (r"rue|avenue|av|boulevard|boul|bd|chemin|ch|rang|route|place|mont[ée]e|c[ôo]te|"
              r"all[ée]e|impasse|croissant|promenade|terrasse")
_ADDRESS_EN = re.compile(
    r"(?i)\b\d{1,6}[a-z]?\s+((?:[\w'.-]+\s+){1,3}?)(?:" + _STREET_EN + r")\b\.?"
)
_ADDRESS_FR = re.compile(
    r"(?i)\b\d{1,6},?\s+(?:" + _STREET_FR + r")\.?\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l'|de\s+)?"
    r"[\w'-]+"
)
_NAMED_STREET = re.compile(
    r"\b(?:(?i:rue|boulevard|boul\.?|avenue|chemin|rang|mont[ée]e|c[ôo]te)\s+"
    r"(?:de\s+la\s+|du\s+|des\s+|de\s+l'|de\s+)?[A-Z\u00c0-\u00dd][\w'-]+"
    r"|[A-Z][a-z]+\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|"
    r"Crescent|Lane|Court|Way|Terrace|Circle)(?![\w])"
    r"|\d+(?:st|nd|rd|th)\s+(?i:ave|avenue|street|st)\b"
    r"|(?i:corner\s+of|coin\s+(?:de\s+)?)\s*[A-Z]\w+\s+(?:and|&|et)\s+[A-Z]\w+)"
)
_POSTAL = re.compile(r"(?i)\b[abceghj-nprstvxy]\d[abceghj-nprstv-z]\s?\d[abceghj-nprstv-z]\d\b")

_ABBREVIATED_RANKS = (r"sgt|sgte|lt|lieut|capt|cpt|cpl|cst|det|insp|cmdr|cmdt|dr|mr|mrs|ms|mx|"
                      r"mme|mlle|ff|pc")
_FULL_RANKS = (r"sergeant|sergent|sergente|lieutenant|lieutenante|captain|capitaine|chief|chef|"
               r"corporal|caporal|caporale|constable|detective|d[ée]tective|inspector|"
               r"inspecteur|inspectrice|officer|deputy|commander|commandant|agent|agente|"
               r"paramedic|param[ée]dic|firefighter|pompier|pompi[èe]re|doctor|docteur|"
               r"docteure|monsieur|madame|mister|miss")
_ABBREVIATED = re.compile(
    r"(?i)\b(?:" + _ABBREVIATED_RANKS + r")(?:\.\s*|\s+)((?!(?:" + _ABBREVIATED_RANKS
    + r")\b)[^\W\d_][\w'’-]+)"
)
_TITLED = re.compile(r"(?i:\b(?:" + _FULL_RANKS + r"))\s+([^\W\d_][\w'’-]+)")
_CUE = re.compile(
    r"(?i)(?:\bw/\s*|\b(?:talked|talk|spoke|speak|speaking|chatted|met|meeting|mtg|"
    r"coffee|text|texted|txt|txted|email|emailed|meet|checked\s+in)"
    r"\s+(?:to|with|w/)\s+|\b(?:named|called|call|texted|txt|told|asked|ask|meet|met|see|saw|"
    r"reached\s+out\s+to|follow\s+up\s+with|followup:?|check\s+in\s+on|"
    r"avec|appeler|rappeler|rappel\s+[àa]|parl[ée]\s+(?:avec|[àa])|rencontr[ée]e?|"
    r"nomm[ée]e?|appel[ée]e?|s'appelle|dit\s+[àa]|demand[ée]\s+[àa]|joindre|texter)\s+)"
    r"[\"“«']?$"
)
# What follows a word and makes it a person: "Rob M.", "pat (dispatcher)", "Laura asked".
_AFTER_CUE = re.compile(
    r"(?:\s+[A-Z]\.|\s*\((?!\d)|['’]s\b|\s+(?:from|said|says|asked|called|texted|wants|"
    r"wanted|came|told|feels|thinks|et\s+sa|et\s+son|ne|veut|m'a|a\s+dit|a\s+demand[ée])\b)"
)
# Upper-case words of two or three letters that are agencies or services, not initials.
_ACRONYMS = _word_set(
    "EAP HR ER EMS EMT ICU OPP RCMP GRC SQ SPVM CISM PTSD OSI MD RN PSW PAE RH MVC OD CPR "
    "DOA ETA OT LTD STD ED IT US UK FF PCP ACP CAD MCI"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TWO_CAPS = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff'-]+"
    r"\s+[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff'-]+)\b"
)

# Words that follow a rank without being a name.
_NOT_AFTER_RANK = _word_set(
    "the a an on of in at is was and or said says who from to for with about his her their "
    "my our your has had have will would should can could did does do asked told called "
    "le la les de du des en au aux est et ou qui sur dans a été était sont son sa ses mon ma "
    "nous vous il elle ils elles veut dit m'a lui"
)

# Words that are never a name, even after "with" or "avec".
_FUNCTION_WORDS = _word_set(
    "the a an his her him them their my our your me us it its this that these those some all "
    "no one any each both others un une le la les des du de ce cet cette mon ton son ma ta sa "
    "mes tes ses nos vos leur leurs lui elle il on nous vous eux tout tous toute toutes"
)

# Capitalised words that are not names (start of a reference, days, months, agencies).
_NOT_NAMES = frozenset(
    (
        "I", "EAP", "CISM", "EMS", "PTSD", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December",
        "Christmas", "Police", "Fire", "Dispatch", "Corrections", "The", "A", "An", "He",
        "She", "They", "We", "You", "It", "This", "That", "Today", "Tomorrow", "Yesterday",
        "Chaplain", "Peer", "Support", "Team", "Crisis", "Line", "Medical", "Clinician",
        "Station", "Hospital", "Employee", "Assistance", "Program", "Critical", "Incident",
        "Stress", "Canada", "Day", "Emergency", "Department", "Tim", "Hortons", "Canadian",
        "Tire", "Member", "Members", "Francophone", "Anglophone", "French", "English",
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Noël",
        "Pâques", "Le", "La", "Les", "Il", "Elle", "On", "Un", "Une", "Discuté", "Appel",
        "Membre", "Rencontre", "Suivi", "Parlé", "Info", "Plan", "Claire", "Temps", "Ma",
        "Son", "Sa", "Ses", "Débriefing", "Référé", "Aucune", "Deuxième", "Discussed",
    )
)


def scan(text: str, names: NameList = NO_NAMES) -> list[Finding]:
    """Every span that looks identifying, in order of position, without overlaps."""
    findings: list[Finding] = []

    def add(kind: FindingKind, start: int, end: int) -> None:
        if not any(f.start < end and start < f.end for f in findings):
            findings.append(Finding(kind, start, end, text[start:end]))

    for kind, pattern in (
        (FindingKind.EMAIL, _EMAIL),
        (FindingKind.PHONE, _PHONE),
        (FindingKind.ADDRESS, _POSTAL),
        (FindingKind.ADDRESS, _ADDRESS_FR),
        (FindingKind.ADDRESS, _NAMED_STREET),
        (FindingKind.BADGE, _BADGE),
    ):
        for match in pattern.finditer(text):
            add(kind, *match.span())
    for match in _ADDRESS_EN.finditer(text):
        if _plausible_street_words(match.group(1)):
            add(FindingKind.ADDRESS, *match.span())
    for start, end in _names(text, names):
        add(FindingKind.NAME, start, end)
    return sorted(findings, key=lambda f: f.start)


def kinds(text: str, names: NameList = NO_NAMES) -> set[FindingKind]:
    return {f.kind for f in scan(text, names)}


def _plausible_street_words(words: str) -> bool:
    """"42 Elm Street", "1280 oak ave"; not "2 weeks on the road" or "3 calls in a row"."""
    parts = words.split()
    return not any(p.casefold() in _NOT_AFTER_RANK or p.casefold() in _QUANTITIES for p in parts)


_QUANTITIES = _word_set(
    "hours hour hrs minutes mins days weeks months years times calls people kids members shifts "
    "crews sessions beers drinks nights km miles blocks"
)


def _names(text: str, names: NameList) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern, any_word in ((_ABBREVIATED, True), (_TITLED, False)):
        for match in pattern.finditer(text):
            word = match.group(1)
            if word.casefold() in _NOT_AFTER_RANK:
                continue
            if any_word or word[0].isupper() or _listed(word, names, lower_ok=True):
                spans.append(match.span(1))
    for match in _WORD.finditer(text):
        word = _strip_possessive(match.group(0))
        start = match.start()
        end = start + len(word)
        if _is_name(text, start, word, names):
            spans.append((start, end))
    for match in _TWO_CAPS.finditer(text):
        pair = match.group(1)
        if not any(w in _NOT_NAMES for w in pair.split()) and not _at_sentence_start(
            text, match.start(1)
        ):
            spans.append(match.span(1))
    return spans


def _is_name(text: str, start: int, word: str, names: NameList) -> bool:
    if word in _NOT_NAMES or word.casefold() in _FUNCTION_WORDS:
        return False
    cue = _CUE.search(text[max(0, start - 40):start]) is not None
    if word.isupper() and len(word) < 4:  # initials ("spoke to JT"), not agencies ("EAP")
        return cue and len(word) >= 2 and word not in _ACRONYMS
    capitalised = word[0].isupper()
    if cue and capitalised:
        return True
    if not _listed(word, names, lower_ok=True):
        return False
    if cue or word.casefold() not in names.common_words:
        return not (capitalised and _after_saint(text, start))
    # An everyday word ("will", "grace", "rose"): a name only where it reads as one.
    return _AFTER_CUE.match(text, start + len(word)) is not None or (
        capitalised and not _at_sentence_start(text, start) and not _after_saint(text, start))


def _listed(word: str, names: NameList, *, lower_ok: bool) -> bool:
    key = _strip_possessive(word).casefold()
    if key in names.names:
        return True
    parts = re.split(r"['’-]", key)
    return len(parts) > 1 and all(p in names.names for p in parts) and lower_ok


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“«(-•*")
    return not before or before[-1] in ".!?:;\n"


def _after_saint(text: str, start: int) -> bool:
    """"St. John", "Saint-Jean": a place, a school, a hospital."""
    return re.search(r"(?i)\b(?:st|ste|saint|sainte|mount|mont|fort|port|lake|lac)\.?[\s-]$",
                     text[max(0, start - 8):start]) is not None
