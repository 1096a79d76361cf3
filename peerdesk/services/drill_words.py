"""Drill feedback in the reader's language: the one English -> French table (no Qt).

:mod:`peerdesk.domain.drills` writes its verdicts as stable English sentences with codes in
quotes ("Risk was logged as 'some_concern'; this was imminent danger."), and adds the scenario
pack's own explanation after them. This module turns such a text into Canadian French for the
debrief PDF (:mod:`drill_pdf`) and for the app (``ui/kit/domain_text.py`` reads the same table, so
the French is written once):

* the text is read sentence by sentence from the start; each sentence is an exact entry
  (``SENTENCES``) or matches a template (``TEMPLATES``), whose values are codes;
* each code is shown by its label, given by the caller (the UI's labels or the PDF's);
* whatever follows the last known sentence is the pack's own explanation, in the pack's
  language, and is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

FRENCH = "fr_CA"

# Exact sentences of domain/drills.py (the critical-action descriptions, then the reasons).
SENTENCES: dict[str, str] = {
    "Record imminent danger with a crisis line, medical or clinician referral.":
        "Consignez le danger imminent avec une orientation vers une ligne de crise, les "
        "services médicaux ou un clinicien.",
    "Record the confidentiality exception that applies.":
        "Consignez l’exception à la confidentialité qui s’applique.",
    "Record who the exception was disclosed to (a role, not a name).":
        "Consignez à qui l’exception a été divulguée (un rôle, pas un nom).",
    "Offer a referral that fits the need.": "Proposez une orientation adaptée au besoin.",
    "Check for safety and record the risk you saw.":
        "Vérifiez la sécurité et consignez le risque que vous avez observé.",
    "Declare the role conflict: leave 'I have no role conflict' unticked.":
        "Déclarez le conflit de rôle\u00a0: laissez « Je n’ai aucun conflit de rôle » non "
        "coché.",
    "Hand over to another supporter (a warm hand-off).":
        "Passez le relais à un autre pair aidant (transfert accompagné).",
    "Keep names and identifying details out of the log.":
        "Ne consignez ni noms ni détails identifiants.",
    "Imminent danger needs a crisis line, medical or clinician referral.":
        "Un danger imminent exige une orientation vers une ligne de crise, les services "
        "médicaux ou un clinicien.",
    "No disclosure route was recorded.": "Aucune voie de divulgation n’a été consignée.",
    "'I checked for safety' was not ticked.": "« J’ai vérifié la sécurité » n’a pas été coché.",
    "'I have no role conflict' was ticked, but you were part of this incident.":
        "« Je n’ai aucun conflit de rôle » a été coché, mais vous étiez partie prenante de cet "
        "incident.",
    "Right.": "Juste.",
    "Rated lower than the signs on the card.": "Évalué plus bas que ne l’indiquent les signes "
                                               "de la fiche.",
    "Rated higher than the card supports.": "Évalué plus haut que ce que la fiche justifie.",
}

# Sentences with values. {given} and {expected} are one quoted code, {either} a list of quoted
# codes ("'a', 'b' or 'c'"), {codes} a bare list ("a, b"), {kinds} what the note scan found.
TEMPLATES: dict[str, str] = {
    "Risk was logged as '{given}'; this was imminent danger.":
        "Le risque a été consigné comme {given}; il s’agissait d’un danger imminent.",
    "The exception was logged as '{given}'; this is '{expected}'.":
        "L’exception a été consignée comme {given}; il s’agit de {expected}.",
    "Disclosed to '{given}'; this needs {either}.":
        "Divulgué à {given}; il faut plutôt {either}.",
    "No fitting referral was offered; expected {either}.":
        "Aucune orientation adaptée n’a été proposée; attendu\u00a0: {either}.",
    "Risk was logged as '{given}'; the signs point to '{expected}'.":
        "Le risque a été consigné comme {given}; les signes indiquent {expected}.",
    "No warm hand-off to {either} was recorded.":
        "Aucun transfert accompagné vers {either} n’a été consigné.",
    "The note holds what looks like identifying details ({kinds}).":
        "La note contient ce qui ressemble à des détails identifiants ({kinds}).",
    "Logged as '{given}'; this is '{expected}'.":
        "Consigné comme {given}; attendu\u00a0: {expected}.",
    "Missing: {codes}.": "Manquant\u00a0: {codes}.",
    "Does not fit this scenario: {codes}.": "Ne convient pas à ce scénario\u00a0: {codes}.",
    "Not ticked: {codes}.": "Non coché\u00a0: {codes}.",
}

# What the note scan reports (FindingKind, "_" as a space) in French.
KINDS: dict[str, str] = {
    "email": "adresse courriel", "phone": "numéro de téléphone",
    "badge number": "numéro de matricule", "name": "nom", "address": "adresse",
}

_CODE = r"[a-z0-9_]+"
_VALUE = {
    "given": _CODE, "expected": _CODE,
    "codes": rf"{_CODE}(?:, {_CODE})*",
    "either": rf"'{_CODE}'(?:, '{_CODE}')*(?: or '{_CODE}')?",
    "kinds": r"[a-z ]+(?:, [a-z ]+)*",
}
_PLACEHOLDER = re.compile(r"\{([a-z]+)\}")
_QUOTED_CODE = re.compile(rf"'({_CODE})'")


def _compile(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        literal = template[position:match.start()]
        name = match.group(1)
        if name in ("given", "expected"):  # the quotes around a code are the value's
            literal = literal[:-1]
        parts.append(re.escape(literal))
        quoted = name in ("given", "expected")
        parts.append(("'" if quoted else "") + f"(?P<{name}>{_VALUE[name]})"
                     + ("'" if quoted else ""))
        position = match.end() + (1 if quoted else 0)
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts))


_PATTERNS = tuple((english, french, _compile(english)) for english, french in TEMPLATES.items())
_EXACT = tuple((english, french, re.compile(re.escape(english)))
               for english, french in SENTENCES.items())


def sources() -> tuple[str, ...]:
    """Every English sentence and template of the table (for the tests)."""
    return tuple(SENTENCES) + tuple(TEMPLATES)


def translate(text: str, language: str, label: Callable[[str], str]) -> str | None:
    """``text`` (a drill verdict, reason or description) in ``language``.

    ``label`` gives the reader's label of a code. Returns None when the text does not start
    with a known sentence; a text in English (or any language but French) is returned as the
    domain wrote it.
    """
    if language != FRENCH:
        return text
    shown: list[str] = []
    position = 0
    while position < len(text):
        found = _sentence_at(text, position, label)
        if found is None:
            break
        french, position = found
        shown.append(french)
        if position < len(text):
            if text[position] != " ":
                return None
            position += 1
    if not shown:
        return None
    rest = text[position:]  # the pack's own explanation, in the pack's language
    return " ".join([*shown, rest] if rest else shown)


def _sentence_at(text: str, position: int,
                 label: Callable[[str], str]) -> tuple[str, int] | None:
    for _english, french, pattern in (*_EXACT, *_PATTERNS):
        match = pattern.match(text, position)
        if match is None or (match.end() < len(text) and text[match.end()] != " "):
            continue
        shown = french
        for name, value in match.groupdict().items():
            shown = shown.replace("{" + name + "}", _shown(name, value, label))
        return shown, match.end()
    return None


def _shown(name: str, value: str, label: Callable[[str], str]) -> str:
    if name in ("given", "expected"):
        return f"« {label(value)} »"
    if name == "codes":
        return ", ".join(label(code) for code in value.split(", "))
    if name == "kinds":
        return ", ".join(KINDS.get(kind, kind) for kind in value.split(", "))
    names = [f"« {label(code)} »" for code in _QUOTED_CODE.findall(value)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " ou " + names[-1]


# Labels of the codes a drill verdict quotes, for the PDF (the app uses its own labels).
CODE_LABELS: dict[str, str] = {
    "none": "aucune", "self_harm": "risque pour soi-même", "harm_to_others": "risque pour autrui",
    "abuse_neglect": "mauvais traitements ou négligence",
    "criminal_conduct": "conduite criminelle", "other_legal": "autre obligation légale",
    "self_referral": "demande de la personne", "peer_outreach": "démarche d’un pair",
    "supervisor_referral": "orientation par un superviseur",
    "after_critical_incident": "après un incident critique",
    "family_request": "demande de la famille",
    "line_of_duty_death": "décès en service", "colleague_suicide": "suicide d’un collègue",
    "serious_injury_to_personnel": "blessure grave d’un membre du personnel",
    "mass_casualty_disaster": "sinistre à nombreuses victimes",
    "child_involved": "enfant impliqué", "known_victim": "victime connue",
    "use_of_force": "recours à la force", "prolonged_bad_outcome": "intervention prolongée "
                                                                   "à l’issue défavorable",
    "emergency_services": "services d’urgence", "program_coordinator": "coordination du "
                                                                       "programme",
    "child_protection": "protection de l’enfance", "adult_protection": "protection des adultes",
    "supervisor": "superviseur", "law_enforcement": "forces de l’ordre",
    "info_given": "information donnée", "warm_handoff": "transfert accompagné",
}
