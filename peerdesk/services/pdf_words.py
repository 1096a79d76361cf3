"""The words of the PDF reports in each language PeerDesk speaks (no Qt below ``ui``).

The statistics report and the drill debriefs are written in English in the code; :class:`Words`
gives the text in the report's language from the small catalogue below, fills ``{name}``
placeholders after translating, and writes numbers, months and dates the language's way. Labels
of codes (vocabularies, statistics tables and rows, checklist items) come from the catalogues the
app shows too, :mod:`peerdesk.domain.labels_en` and :mod:`peerdesk.domain.labels_fr`. The
CSV never uses any of this: it carries codes only (ARCHITECTURE section 6).

A text missing from a catalogue falls back to English and is remembered in :data:`MISSING`,
which the tests check after rendering every kind of report in French.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from peerdesk.domain import labels_en, labels_fr

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
        self._catalogue: Mapping[str, str] = FRENCH_TEXTS if self.language == FRENCH else {}
        own = labels_fr if self.language == FRENCH else labels_en
        self._vocab: Mapping[labels_en.Key, str] = own.LABELS
        self._short: Mapping[labels_en.Key, str] = own.SHORT_LABELS
        self._rows: Mapping[str, str] = own.ROW_LABELS
        self._checklist: tuple[tuple[str, str, str], ...] = own.CHECKLIST
        self._tables: tuple[tuple[str, str, str, str], ...] = own.TABLES
        self._fields: Mapping[str, str] = own.DRILL_FIELDS

    def __call__(self, text: str, **params: object) -> str:
        """``text`` in the report's language, with ``{name}`` filled from ``params``."""
        if self.language != ENGLISH:
            found = self._catalogue.get(text)
            if found is None:
                MISSING.add((self.language, text))
            else:
                text = found
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


# English source -> Canadian French. Keep the {placeholders} and the <b> markup.
FRENCH_TEXTS: dict[str, str] = {
    # statistics report: sentences
    "Year {year}": "Année {year}",
    "{first} to {last} {year}": "{first} à {last} {year}",
    "TRAINING — practice data": "FORMATION — données d’exercice",
    "{program} · Peer support statistics {period}":
        "{program} · Statistiques du soutien par les pairs {period}",
    "Page {page} of {total}": "Page {page} de {total}",
    "Hidden cells": "Cellules masquées",
    "contacts": "contacts", "hours of support": "heures de soutien",
    "referrals made": "orientations faites", "hours": "heures", "referrals": "orientations",
    "contacts with the item ticked": "contacts où l’élément est coché",
    "hidden": "masqué",
    "“hidden”: not shown to protect privacy. Hidden cells include small ones (1 to {below} "
    "contacts, or contacts from fewer than 3 people's conversations) and cells, possibly large, "
    "hidden so that the small ones cannot be worked out from the rest. Which is which is never "
    "shown.":
        "« masqué » : non affiché pour protéger la vie privée. Les cellules masquées comprennent "
        "de petites valeurs (de 1 à {below} contacts, ou des contacts issus des conversations de "
        "moins de 3 personnes) et des cellules, parfois grandes, masquées pour que les petites "
        "valeurs ne puissent pas être déduites du reste. On n’indique jamais lesquelles sont "
        "lesquelles.",
    "No checklist item was on the checklist of every contact of this period, so none is "
    "reported.":
        "Aucun élément ne figurait sur la liste de vérification de chaque contact de cette "
        "période; aucun n’est donc présenté.",
    "Every figure in this report counts contacts — conversations and interventions by trained "
    "peer supporters — that were logged for this period. PeerDesk stores no names; the "
    "figures come from the structured fields of each contact (who was supported as a group, "
    "never as a person; the kind of support; topics; referrals; risk; time spent).":
        "Chaque chiffre de ce rapport compte des contacts — conversations et interventions de "
        "pairs aidants formés — consignés pour cette période. PeerDesk ne conserve aucun nom; "
        "les chiffres viennent des champs structurés de chaque contact (qui a été soutenu, en "
        "tant que groupe, jamais en tant que personne; le type de soutien; les sujets; les "
        "orientations; le risque; le temps consacré).",
    "<b>Small numbers are hidden.</b> A figure between 1 and {below} is never shown, because "
    "in a small team it could point to one person. Neither is a figure drawn from the "
    "conversations of fewer than 3 people (counted as episodes: a contact and its follow-ups). "
    "Such cells read “hidden”. Zero is shown: it points to no one.":
        "<b>Les petits nombres sont masqués.</b> Un chiffre entre 1 et {below} n’est jamais "
        "affiché, car dans une petite équipe, il pourrait désigner une personne. Il en va de "
        "même d’un chiffre tiré des conversations de moins de 3 personnes (comptées en "
        "épisodes : un contact et ses suivis). Ces cellules affichent « masqué ». Le zéro est "
        "affiché : il ne désigne personne.",
    "<b>Hidden cells cannot be worked out.</b> Where a hidden figure could be calculated by "
    "subtracting the other figures from a total, more cells are hidden. Before release, "
    "PeerDesk checks this mathematically: for every hidden cell it computes, from everything "
    "published in this report and in every earlier released report, the lowest and highest "
    "value the cell could have, and hides more until each hidden count is either known only to "
    "be {k} or more or left with at least {below} possible values, and no hidden number of "
    "hours can be estimated to within 25 %.":
        "<b>Les cellules masquées ne peuvent pas être déduites.</b> Lorsqu’un chiffre masqué "
        "pourrait être calculé en soustrayant les autres chiffres d’un total, d’autres cellules "
        "sont masquées. Avant la publication, PeerDesk le vérifie mathématiquement : pour chaque "
        "cellule masquée, il calcule, à partir de tout ce qui est publié dans ce rapport et dans "
        "chaque rapport publié auparavant, la plus petite et la plus grande valeur possible, et "
        "masque davantage jusqu’à ce que chaque nombre masqué soit seulement connu comme valant "
        "{k} ou plus, ou garde au moins {below} valeurs possibles, et qu’aucun nombre d’heures "
        "masqué ne puisse être estimé à 25 % près.",
    "<b>Topics and referrals</b> can be several per contact, so those tables do not add up to "
    "the number of contacts. A checklist item is reported only when every contact of the "
    "period was logged with a checklist that had it, by its own wording.":
        "Un contact peut avoir plusieurs <b>sujets et orientations</b> : ces tableaux ne "
        "totalisent donc pas le nombre de contacts. Un élément de la liste de vérification "
        "n’est présenté que si chaque contact de la période a été consigné avec une liste qui "
        "le contenait, sous son propre libellé.",
    "<b>One release per quarter.</b> A quarter closes {days} days after it ends. Until then no "
    "figure of it can be seen anywhere in PeerDesk, not even a running total. The first time "
    "anyone looks at a closed quarter's figures, they are released and frozen: every later "
    "look, on screen or in a file, shows exactly these figures. Contacts logged after a "
    "quarter closed count in the next open quarter, and editing or deleting a contact of a "
    "released quarter does not change its report.":
        "<b>Une seule publication par trimestre.</b> Un trimestre se ferme {days} jours après "
        "sa fin. D’ici là, aucun de ses chiffres ne peut être vu dans PeerDesk, pas même un "
        "total courant. La première fois que quelqu’un consulte les chiffres d’un trimestre "
        "fermé, ils sont publiés et figés : chaque consultation suivante, à l’écran ou dans un "
        "fichier, montre exactement ces chiffres. Les contacts consignés après la fermeture "
        "d’un trimestre comptent dans le prochain trimestre ouvert, et modifier ou supprimer un "
        "contact d’un trimestre publié ne change pas son rapport.",
    "<b>What is guaranteed, and against whom.</b> The protection holds against someone who "
    "holds every report this program has released (quarters and annual summaries) and knows "
    "exactly how PeerDesk decides what to hide: for every hidden count, the most they can "
    "work out is that it is {k} or more, or that it lies in a range of at least {below} "
    "possible values. Comparing two looks at one quarter tells them nothing more, because "
    "there are never two different looks. It does not protect against someone who opens the "
    "vault itself with a member's passphrase.":
        "<b>Ce qui est garanti, et contre qui.</b> La protection tient face à quelqu’un qui "
        "détient tous les rapports publiés par ce programme (trimestres et bilans annuels) et "
        "sait exactement comment PeerDesk décide quoi masquer : pour chaque nombre masqué, le "
        "mieux qu’il puisse déduire est qu’il vaut {k} ou plus, ou qu’il se trouve dans un "
        "intervalle d’au moins {below} valeurs possibles. Comparer deux consultations d’un même "
        "trimestre ne lui apprend rien de plus, car il n’y a jamais deux consultations "
        "différentes. Elle ne protège pas contre quelqu’un qui ouvre le coffre lui-même avec la "
        "phrase de passe d’un membre.",
    "<b>Annual summary.</b> Each figure is the sum of the released figures of {quarters}; a "
    "figure hidden in any of them is hidden here. The summary is made from those reports "
    "only, never from the contacts, and hides sums under {k} and more by the same rules. A "
    "figure a quarter published under a lower threshold remains in that quarter's report.":
        "<b>Bilan annuel.</b> Chaque chiffre est la somme des chiffres publiés de {quarters}; "
        "un chiffre masqué dans l’un d’eux est masqué ici. Le bilan est produit à partir de ces "
        "rapports seulement, jamais à partir des contacts, et masque les sommes inférieures à "
        "{k}, et d’autres selon les mêmes règles. Un chiffre qu’un trimestre a publié sous un "
        "seuil plus bas demeure dans le rapport de ce trimestre.",
    "This report shows how the peer support program was used in this period. It holds counts "
    "only: no names, no notes, nothing about any one conversation or any one supporter. Cells "
    "marked “hidden” are not shown to protect privacy; the last page explains how.":
        "Ce rapport montre comment le programme de soutien par les pairs a été utilisé pendant "
        "cette période. Il ne contient que des nombres : aucun nom, aucune note, rien sur une "
        "conversation ou un·e pair aidant·e en particulier. Les cellules marquées « masqué » ne "
        "sont pas affichées pour protéger la vie privée; la dernière page explique comment.",
    "{about} Out of {total} contacts.": "{about} Sur {total} contacts.",
    "{about} Total: {total} {unit}.": "{about} Total : {total} {unit}.",
    "<b>Hours</b> are the total time of the contacts in whole hours; the hours of a kind of "
    "support are hidden whenever its number of contacts is. <b>Checklist</b> figures count the "
    "contacts where the supporter ticked each item of the boundary checklist (what is left "
    "unticked is hidden by the same rules).":
        "Les <b>heures</b> sont la durée totale des contacts, en heures entières; les heures "
        "d’un type de soutien sont masquées chaque fois que son nombre de contacts l’est. Les "
        "chiffres de la <b>liste de vérification</b> comptent les contacts où le ou la pair "
        "aidant·e a coché chaque élément de la liste de vérification des limites (ce qui reste "
        "non coché est masqué selon les mêmes règles).",
    "<b>Rounding.</b> Figures were rounded to a multiple of {base} (up or down at random, the "
    "same way every time), so totals may differ slightly from the sum of their parts. Zero "
    "means none.":
        "<b>Arrondi.</b> Les chiffres ont été arrondis à un multiple de {base} (vers le haut ou "
        "vers le bas au hasard, toujours de la même façon); les totaux peuvent donc différer "
        "légèrement de la somme de leurs parties. Zéro signifie aucun.",
    "<b>Training.</b> This report was made from practice data in a training workspace. It "
    "describes no real person or contact.":
        "<b>Formation.</b> Ce rapport a été produit à partir de données d’exercice dans un "
        "espace de formation. Il ne décrit aucune personne ni aucun contact réels.",
    "How these figures were made": "Comment ces chiffres ont été produits",
    "Peer support statistics {period}": "Statistiques du soutien par les pairs {period}",
    "Anonymized statistics": "Statistiques anonymisées",
    "Peer support statistics": "Statistiques du soutien par les pairs",
    "Released {released}. Privacy threshold: {k}. Made with {generator}.":
        "Publié le {released}. Seuil de confidentialité : {k}. Produit avec {generator}.",
    # drill debriefs
    "PeerDesk classroom drills": "Exercices en classe PeerDesk",
    "{watermark} · not a record of real support work":
        "{watermark} · pas un dossier de soutien réel",
    "Page {page}": "Page {page}",
    "{score}/100 · pass": "{score}/100 · réussi",
    "{score}/100 · not yet": "{score}/100 · pas encore",
    "untimed": "non chronométré", "under the limit": "sous la limite",
    "over the limit": "au-delà de la limite",
    "{seconds} s of {limit} s ({verdict})": "{seconds} s sur {limit} s ({verdict})",
    "Drill debrief: {name}": "Retour sur l’exercice : {name}",
    "{session} · {held_on} · printed {today}": "{session} · {held_on} · imprimé le {today}",
    "No drills recorded yet for this trainee.":
        "Aucun exercice enregistré pour l’instant pour cette personne.",
    "{drills} drill(s), {passed} passed (pass mark {mark}, no critical miss), average score "
    "{average}. Critical actions missed: {misses}.":
        "{drills} exercice(s), {passed} réussi(s) (note de passage {mark}, aucune action "
        "essentielle manquée), note moyenne {average}. Actions essentielles manquées : "
        "{misses}.",
    "Score {score} · {timing}": "Note {score} · {timing}",
    "Critical actions": "Actions essentielles", "MISSED": "MANQUÉE", "done": "faite",
    "The log, field by field": "Le contact, champ par champ", "Debrief points": "Points de retour",
    "Field": "Champ", "Expected": "Attendu", "Logged": "Consigné", "Feedback": "Rétroaction",
    "Right": "Juste",
    "Class debrief: {title}": "Retour de la classe : {title}",
    "{held_on} · {trainees} trainee(s) · {drills} drill(s) · printed {today}":
        "{held_on} · {trainees} participant·e(s) · {drills} exercice(s) · imprimé le {today}",
    "Critical actions the class missed most":
        "Actions essentielles les plus manquées par la classe",
    "Critical action": "Action essentielle", "Missed": "Manquée",
    "{misses} of {attempts}": "{misses} sur {attempts}",
    "No critical action was missed. Well done.": "Aucune action essentielle manquée. Bravo.",
    "Results per trainee": "Résultats par participant·e", "Trainee": "Participant·e",
    "Drills": "Exercices", "Passed": "Réussis", "Average": "Moyenne",
    "Critical misses": "Actions manquées", "Results per scenario (hardest first)":
        "Résultats par scénario (les plus difficiles d’abord)",
    "Scenario": "Scénario", "No drills recorded yet.": "Aucun exercice enregistré pour l’instant.",
    "Scoring: critical actions carry 60 of 100 points and the log's fields 40; any missed "
    "critical action caps the score at 40. A drill passes at {mark} with no critical miss. Time "
    "is reported, not scored.":
        "Notation : les actions essentielles valent 60 points sur 100 et les champs du contact, "
        "40; toute action essentielle manquée plafonne la note à 40. Un exercice est réussi à "
        "{mark} sans action essentielle manquée. Le temps est indiqué, pas noté.",
}
