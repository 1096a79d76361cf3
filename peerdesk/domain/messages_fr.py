"""The French catalogue of the messages read below the UI: drill feedback and the PDF reports.

The statistics report and the drill debriefs are written below the UI, where there is no Qt,
so the French of their sentences and of the drill verdicts (and of the words they are built
from) is written here, by code, once. The app
shows the same codes through Qt: ``make translations`` copies these texts into
``resources/i18n/peerdesk_fr_CA.ts`` (``tools/messages_to_ts.py``), and a test fails when the
two differ, or when a code of ``ENGLISH`` that is read below the UI has no French here.
Every other code's French lives in the .ts only (only the UI reads it).

Codes are shown by their labels (``domain/labels_fr.py``), given by the caller; the pack's own
explanation ({then}) is in the pack's language and kept as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from peerdesk.domain.messages import text_in

NBSP = "\u00a0"

FRENCH: dict[str, str] = {
    "drill.critical.escalate_imminent_danger_with_crisis_referral":
        "Consignez le danger imminent avec une orientation vers une ligne de crise, les "
        "services médicaux ou un clinicien.",
    "drill.critical.record_confidentiality_exception":
        "Consignez l’exception à la confidentialité qui s’applique.",
    "drill.critical.record_disclosure_route":
        "Consignez à qui l’exception a été divulguée (un rôle, pas un nom).",
    "drill.critical.offer_referral": "Proposez une orientation adaptée au besoin.",
    "drill.critical.check_safety":
        "Vérifiez la sécurité et consignez le risque que vous avez observé.",
    "drill.critical.declare_role_conflict":
        f"Déclarez le conflit de rôle{NBSP}: laissez « Je n’ai aucun conflit de rôle » non "
        "coché.",
    "drill.critical.hand_over_to_another_supporter":
        "Passez le relais à un autre pair aidant (transfert accompagné).",
    "drill.critical.no_identifying_details": "Ne consignez ni noms ni détails identifiants.",
    "drill.escalate_risk":
        "Le risque a été consigné comme « {given} »; il s’agissait d’un danger imminent.",
    "drill.escalate_referral":
        "Un danger imminent exige une orientation vers une ligne de crise, les services "
        "médicaux ou un clinicien.",
    "drill.exception_wrong":
        "L’exception a été consignée comme « {given} »; il s’agit de « {expected} ».",
    "drill.no_route": "Aucune voie de divulgation n’a été consignée.",
    "drill.route_wrong": "Divulgué à « {given} »; il faut plutôt {either}.",
    "drill.no_referral": f"Aucune orientation adaptée n’a été proposée; attendu{NBSP}: {{either}}.",
    "drill.safety_unticked": "« J’ai vérifié la sécurité » n’a pas été coché.",
    "drill.risk_low":
        "Le risque a été consigné comme « {given} »; les signes indiquent « {expected} ».",
    "drill.conflict_ticked":
        "« Je n’ai aucun conflit de rôle » a été coché, mais vous étiez partie prenante de cet "
        "incident.",
    "drill.no_hand_over": "Aucun transfert accompagné vers {either} n’a été consigné.",
    "drill.identifiers":
        "La note contient ce qui ressemble à des détails identifiants ({kinds}).",
    "drill.right": "Juste.",
    "drill.logged_as": f"Consigné comme « {{given}} »; attendu{NBSP}: « {{expected}} ».",
    "drill.rated_lower": "Évalué plus bas que ne l’indiquent les signes de la fiche.",
    "drill.rated_higher": "Évalué plus haut que ce que la fiche justifie.",
    "drill.missing": f"Manquant{NBSP}: {{codes}}.",
    "drill.unfit": f"Ne convient pas à ce scénario{NBSP}: {{codes}}.",
    "drill.unticked": f"Non coché{NBSP}: {{codes}}.",
    "drill.then": "{first} {then}",
    "drill.quoted": "« {code} »",
    "word.or": "ou",
    "note.kind.email": "adresse courriel",
    "note.kind.phone": "numéro de téléphone",
    "note.kind.badge_number": "numéro de matricule",
    "note.kind.address": "adresse",
    "note.kind.name": "nom",
    # the PDF reports (services/stats/pdf_report.py, services/drill_pdf.py): what every page
    # of a training document says
    "pdf.training_mark": "FORMATION — données d’exercice",
    # the statistics report (services/stats/pdf_report.py)
    "report.year": "Année {year}",
    "report.quarter_months": "{first} à {last} {year}",
    "report.running_head": "{program} · Statistiques du soutien par les pairs {period}",
    "report.page_of": "Page {page} de {total}",
    "report.hidden_cells": "Cellules masquées",
    "report.unit.contacts": "contacts",
    "report.headline.hours": "heures de soutien",
    "report.headline.referrals": "orientations faites",
    "report.unit.hours": "heures",
    "report.unit.referrals": "orientations",
    "report.unit.ticked": "contacts où l’élément est coché",
    "report.hidden": "masqué",
    "report.hidden_note":
        "« masqué » : non affiché pour protéger la vie privée. Les cellules masquées "
        "comprennent de petites valeurs (de 1 à {below} contacts, ou des contacts issus des "
        "conversations de moins de 3 personnes) et des cellules, parfois grandes, masquées pour "
        "que les petites valeurs ne puissent pas être déduites du reste. On n’indique jamais "
        "lesquelles sont lesquelles.",
    "report.no_checklist_item":
        "Aucun élément ne figurait sur la liste de vérification de chaque contact de cette "
        "période; aucun n’est donc présenté.",
    "report.how.counts":
        "Chaque chiffre de ce rapport compte des contacts — conversations et interventions de "
        "pairs aidants formés — consignés pour cette période. PeerDesk ne conserve aucun nom; les "
        "chiffres viennent des champs structurés de chaque contact (qui a été soutenu, en tant "
        "que groupe, jamais en tant que personne; le type de soutien; les sujets; les "
        "orientations; le risque; le temps consacré).",
    "report.how.small_numbers":
        "<b>Les petits nombres sont masqués.</b> Un chiffre entre 1 et {below} n’est jamais "
        "affiché, car dans une petite équipe, il pourrait désigner une personne. Il en va de même "
        "d’un chiffre tiré des conversations de moins de 3 personnes (comptées en épisodes : un "
        "contact et ses suivis). Ces cellules affichent « masqué ». Le zéro est affiché : il ne "
        "désigne personne.",
    "report.how.not_worked_out":
        "<b>Les cellules masquées ne peuvent pas être déduites.</b> Lorsqu’un chiffre masqué "
        "pourrait être calculé en soustrayant les autres chiffres d’un total, d’autres cellules "
        "sont masquées. Avant la publication, PeerDesk le vérifie mathématiquement : pour chaque "
        "cellule masquée, il calcule, à partir de tout ce qui est publié dans ce rapport et dans "
        "chaque rapport publié auparavant, la plus petite et la plus grande valeur possible, et "
        "masque davantage jusqu’à ce que chaque nombre masqué soit seulement connu comme valant "
        "{k} ou plus, ou garde au moins {below} valeurs possibles, et qu’aucun nombre d’heures "
        "masqué ne puisse être estimé à 25 % près.",
    "report.how.several":
        "Un contact peut avoir plusieurs <b>sujets et orientations</b> : ces tableaux ne "
        "totalisent donc pas le nombre de contacts. Un élément de la liste de vérification n’est "
        "présenté que si chaque contact de la période a été consigné avec une liste qui le "
        "contenait, sous son propre libellé.",
    "report.how.one_release":
        "<b>Une seule publication par trimestre.</b> Un trimestre se ferme {days} jours après "
        "sa fin. D’ici là, aucun de ses chiffres ne peut être vu dans PeerDesk, pas même un total "
        "courant. La première fois que quelqu’un consulte les chiffres d’un trimestre fermé, ils "
        "sont publiés et figés : chaque consultation suivante, à l’écran ou dans un fichier, "
        "montre exactement ces chiffres. Les contacts consignés après la fermeture d’un trimestre "
        "comptent dans le prochain trimestre ouvert, et modifier ou supprimer un contact d’un "
        "trimestre publié ne change pas son rapport.",
    "report.how.guarantee":
        "<b>Ce qui est garanti, et contre qui.</b> La protection tient face à quelqu’un qui "
        "détient tous les rapports publiés par ce programme (trimestres et bilans annuels) et "
        "sait exactement comment PeerDesk décide quoi masquer : pour chaque nombre masqué, le "
        "mieux qu’il puisse déduire est qu’il vaut {k} ou plus, ou qu’il se trouve dans un "
        "intervalle d’au moins {below} valeurs possibles. Comparer deux consultations d’un même "
        "trimestre ne lui apprend rien de plus, car il n’y a jamais deux consultations "
        "différentes. Elle ne protège pas contre quelqu’un qui ouvre le coffre lui-même avec la "
        "phrase de passe d’un membre.",
    "report.how.annual":
        "<b>Bilan annuel.</b> Chaque chiffre est la somme des chiffres publiés de {quarters}; "
        "un chiffre masqué dans l’un d’eux est masqué ici. Le bilan est produit à partir de ces "
        "rapports seulement, jamais à partir des contacts, et masque les sommes inférieures à "
        "{k}, et d’autres selon les mêmes règles. Un chiffre qu’un trimestre a publié sous un "
        "seuil plus bas demeure dans le rapport de ce trimestre.",
    "report.intro":
        "Ce rapport montre comment le programme de soutien par les pairs a été utilisé pendant "
        "cette période. Il ne contient que des nombres : aucun nom, aucune note, rien sur une "
        "conversation ou un·e pair aidant·e en particulier. Les cellules marquées « masqué » ne "
        "sont pas affichées pour protéger la vie privée; la dernière page explique comment.",
    "report.about_out_of": "{about} Sur {total} contacts.",
    "report.about_total": "{about} Total : {total} {unit}.",
    "report.how.hours_checklist":
        "Les <b>heures</b> sont la durée totale des contacts, en heures entières; les heures "
        "d’un type de soutien sont masquées chaque fois que son nombre de contacts l’est. Les "
        "chiffres de la <b>liste de vérification</b> comptent les contacts où le ou la pair "
        "aidant·e a coché chaque élément de la liste de vérification des limites (ce qui reste "
        "non coché est masqué selon les mêmes règles).",
    "report.how.rounding":
        "<b>Arrondi.</b> Les chiffres ont été arrondis à un multiple de {base} (vers le haut ou "
        "vers le bas au hasard, toujours de la même façon); les totaux peuvent donc différer "
        "légèrement de la somme de leurs parties. Zéro signifie aucun.",
    "report.how.training":
        "<b>Formation.</b> Ce rapport a été produit à partir de données d’exercice dans un "
        "espace de formation. Il ne décrit aucune personne ni aucun contact réels.",
    "report.how": "Comment ces chiffres ont été produits",
    "report.document_title": "Statistiques du soutien par les pairs {period}",
    "report.subject": "Statistiques anonymisées",
    "report.title": "Statistiques du soutien par les pairs",
    "report.released":
        "Publié le {released}. Seuil de confidentialité : {k}. Produit avec {generator}.",
    # the drill debriefs (services/drill_pdf.py)
    "debrief.banner": "Exercices en classe PeerDesk",
    "debrief.footer": "{watermark} · pas un dossier de soutien réel",
    "debrief.page": "Page {page}",
    "debrief.score_pass": "{score}/100 · réussi",
    "debrief.score_not_yet": "{score}/100 · pas encore",
    "debrief.untimed": "non chronométré",
    "debrief.under_limit": "sous la limite",
    "debrief.over_limit": "au-delà de la limite",
    "debrief.timing": "{seconds} s sur {limit} s ({verdict})",
    "debrief.trainee_title": "Retour sur l’exercice : {name}",
    "debrief.trainee_subtitle": "{session} · {held_on} · imprimé le {today}",
    "debrief.trainee_no_drills": "Aucun exercice enregistré pour l’instant pour cette personne.",
    "debrief.trainee_summary":
        "{drills} exercice(s), {passed} réussi(s) (note de passage {mark}, aucune action "
        "essentielle manquée), note moyenne {average}. Actions essentielles manquées : {misses}.",
    "debrief.attempt_score": "Note {score} · {timing}",
    "debrief.critical_actions": "Actions essentielles",
    "debrief.missed_mark": "MANQUÉE",
    "debrief.done": "faite",
    "debrief.fields": "Le contact, champ par champ",
    "debrief.points": "Points de retour",
    "debrief.column.field": "Champ",
    "debrief.column.expected": "Attendu",
    "debrief.column.logged": "Consigné",
    "debrief.column.feedback": "Rétroaction",
    "debrief.right": "Juste",
    "debrief.class_title": "Retour de la classe : {title}",
    "debrief.class_subtitle":
        "{held_on} · {trainees} participant·e(s) · {drills} exercice(s) · imprimé le {today}",
    "debrief.most_missed": "Actions essentielles les plus manquées par la classe",
    "debrief.column.critical_action": "Action essentielle",
    "debrief.column.missed": "Manquée",
    "debrief.misses_of": "{misses} sur {attempts}",
    "debrief.none_missed": "Aucune action essentielle manquée. Bravo.",
    "debrief.per_trainee": "Résultats par participant·e",
    "debrief.column.trainee": "Participant·e",
    "debrief.column.drills": "Exercices",
    "debrief.column.passed": "Réussis",
    "debrief.column.average": "Moyenne",
    "debrief.column.critical_misses": "Actions manquées",
    "debrief.per_scenario": "Résultats par scénario (les plus difficiles d’abord)",
    "debrief.column.scenario": "Scénario",
    "debrief.no_drills": "Aucun exercice enregistré pour l’instant.",
    "debrief.scoring":
        "Notation : les actions essentielles valent 60 points sur 100 et les champs du contact, "
        "40; toute action essentielle manquée plafonne la note à 40. Un exercice est réussi à "
        "{mark} sans action essentielle manquée. Le temps est indiqué, pas noté.",
}


def french(message: str, label: Callable[[str], str], number: Callable[[int], str]) -> str:
    """``message`` in French (a plain text is returned as it is).

    ``label`` gives the French label of a code, ``number`` the French way of writing a number.
    A code without French here is written in English (the tests see to it that none is).
    """
    return text_in(message, FRENCH, label, number)
