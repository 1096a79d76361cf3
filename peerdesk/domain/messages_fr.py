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
    "report.unit.incidents": "incidents",
    "report.unit.interventions": "interventions de groupe",
    "report.unit.personnel": "membres du personnel",
    "report.reach_percent": "{row} : {percent} % du personnel touché.",
    "report.reach_no_percent":
        "Un pourcentage n’est donné que si le nombre de membres du personnel touchés est "
        "publié et d’au moins {k}.",
    "report.how.incidents":
        "Les <b>incidents critiques</b> comptent les incidents du trimestre et le personnel "
        "touché (compté ou estimé). Chaque incident est une seule histoire : un chiffre tiré "
        "de moins de 3 incidents est masqué comme une petite valeur. Une intervention de "
        "groupe compte une fois avec ses participants, jamais comme autant de contacts. Les "
        "pourcentages de personnel joint ne sont donnés que si le nombre de membres du "
        "personnel touchés est publié et d’au moins {k}.",
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
        "désigne personne. Dans un petit total masqué, toutefois, toutes les parties sont "
        "masquées, zéros compris, pour que personne ne puisse compter les parties non nulles.",
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
        "différentes. Un trimestre pour lequel aucun choix de chiffres masqués ne tient cette "
        "promesse est retenu : rien n’en est publié. Cette protection ne vaut pas contre "
        "quelqu’un qui ouvre le coffre lui-même avec la phrase de passe d’un membre.",
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
    # the program report
    "report.not_released":
        "{periods} pas encore publié : publiez-le d’abord dans l’écran Statistiques.",
    "report.narrative_identifying":
        "Le compte rendu contient ce qui ressemble à des détails identifiants ({kinds}). Il "
        "quitte PeerDesk avec le rapport : écrivez sur le programme, jamais sur une personne.",
    "report.program.title": "Rapport du programme",
    "report.program.document_title": "{program} · Rapport du programme {period}",
    "report.program.running_head": "{program} · Rapport du programme {period}",
    "report.program.quarter_short": "T{number} {year}",
    "report.program.quarter_title": "Trimestre {number}, {year}",
    "report.program.year_title": "Année de rapport {year}",
    "report.program.year_months": "{first} à {last}",
    "report.program.covers": "Au service de {agencies}",
    "report.program.intro":
        "Ce rapport présente à la direction l’utilisation du programme de soutien par les pairs "
        "et l’état de préparation de son équipe. Chaque chiffre sur les contacts est un chiffre "
        "d’un rapport trimestriel publié, tel quel, ou une somme ou une différence de tels "
        "chiffres. Il ne contient aucun nom, aucune note et rien sur une conversation ou un "
        "pair aidant en particulier.",
    "report.program.prepared": "Préparé par {name} le {date}.",
    "report.program.hidden_note":
        "« masqué » : non affiché pour protéger la vie privée (un petit chiffre, ou un chiffre "
        "masqué pour qu’un petit ne puisse pas être déduit). Un chiffre masqué n’est jamais "
        "comparé, additionné ni représenté; « non comparé » marque une variation qui en aurait "
        "besoin.",
    "report.program.change_percent": "{change} ({percent} %)",
    "report.program.not_compared": "non comparé",
    "report.program.no_release": "non publié",
    "report.program.column.hours": "Heures",
    "report.program.no_incidents":
        "Aucun incident critique, aucune intervention de groupe et aucun suivi d’incident "
        "n’a été consigné pendant cette période ni la précédente.",
    "report.program.nothing_to_compare": "aucune publication antérieure à comparer",
    "report.program.zero_rows_left_out":
        "Les lignes nulles dans les deux périodes sont omises.",
    "report.program.rows_left_out":
        "Les lignes masquées dans cette publication et dans toutes celles auxquelles elles sont "
        "comparées sont omises.",
    "report.program.on_previous_quarter": "par rapport au trimestre précédent",
    "report.program.on_previous_year": "par rapport à l’année précédente",
    "report.program.on_year_ago": "par rapport au même trimestre l’an dernier",
    "report.program.at_a_glance": "En un coup d’œil",
    "report.program.glance_intro":
        "Les chiffres publiés de ce trimestre à côté de ceux du trimestre précédent et du même "
        "trimestre un an plus tôt, chacun tiré de son propre rapport publié.",
    "report.program.glance_intro_year":
        "Les chiffres de l’année de rapport (les sommes de ses quatre trimestres publiés) à "
        "côté de ceux de l’année précédente.",
    "report.program.column.figure": "Chiffre",
    "report.program.column.this_quarter": "Ce trimestre",
    "report.program.column.this_year": "Cette année",
    "report.program.column.previous_quarter": "Trimestre précédent",
    "report.program.column.previous_year": "Année précédente",
    "report.program.column.year_ago": "Un an plus tôt",
    "report.program.column.change": "Variation",
    "report.program.row.contacts": "Contacts",
    "report.program.row.hours": "Heures de soutien",
    "report.program.row.referrals": "Orientations faites",
    "report.program.row.by_group": "Contacts par groupe de membres",
    "report.program.row.by_format": "Contacts par type de soutien",
    "report.program.trends": "Tendances sur les {n} derniers trimestres publiés",
    "report.program.trends_intro":
        "Chaque barre est le chiffre d’un trimestre publié, tel qu’il a été publié. Un chiffre "
        "masqué n’a pas de barre et se lit « masqué ».",
    "report.program.trend.contacts": "Contacts par trimestre",
    "report.program.trend.hours": "Heures de soutien par trimestre",
    "report.program.trend.referrals": "Orientations faites par trimestre",
    "report.program.incidents": "Intervention après incident critique et suivi",
    "report.program.incidents_intro":
        "Tiré des tableaux publiés sur les incidents critiques et le suivi, à côté de ceux de "
        "la période précédente.",
    "report.program.readiness": "Préparation de l’équipe",
    "report.program.readiness_about":
        "Tiré des dossiers de formation de l’équipe sur la période : des dossiers sur les pairs "
        "aidants, jamais sur les personnes qu’ils soutiennent.",
    "report.program.readiness_none":
        "Aucun dossier de formation n’est encore tenu dans cet espace de travail; la "
        "préparation de l’équipe n’est donc pas présentée.",
    "report.program.readiness.active": "pairs aidants actifs",
    "report.program.readiness.current": "avec leur formation obligatoire à jour",
    "report.program.readiness.lapsed": "avec une formation obligatoire échue",
    "report.program.readiness.hours": "heures de formation sur la période",
    "report.program.readiness.supervision":
        "Aussi sur la période : {hours} heures de supervision et d’encadrement clinique.",
    "report.program.narrative": "Le compte rendu de la coordination",
    "report.program.no_narrative": "Aucun compte rendu n’a été rédigé pour cette période.",
    "report.program.sign_off": "Approbation",
    "report.program.prepared_by": "Préparé par",
    "report.program.reviewed_by": "Révisé par",
    "report.program.name_title_signature": "Nom, titre et signature",
    "report.program.date": "Date",
    "report.program.method":
        "<b>Ce rapport du programme</b> ne présente que des chiffres de trimestres publiés, "
        "tels qu’ils ont été publiés, leurs sommes sur une année de rapport et leurs "
        "différences (une variation en pourcentage est cette différence rapportée au chiffre "
        "antérieur). Un chiffre masqué dans un rapport dont il aurait besoin se lit « masqué » "
        "et n’est jamais comparé, additionné ni représenté. La préparation de l’équipe provient "
        "des dossiers de formation, pas des contacts.",
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
    # surveys: read below the UI too (the command line's checks, the results' PDF and CSV)
    "survey.unknown_item": "question inconnue «\u00a0{item}\u00a0»",
    "survey.value_off_scale":
        "la réponse à «\u00a0{item}\u00a0» doit être une des valeurs de l’échelle, de {low} "
        "à {high}",
    "survey.nothing_answered": "Aucune question n’a reçu de réponse\u00a0: rien n’a été "
                               "enregistré.",
    "survey.code_length":
        "Un code personnel compte de {low} à {high} lettres ou chiffres (les espaces ne "
        "comptent pas).",
    "survey.minimum_range":
        "Le minimum est un nombre entier de {low} (le seuil des statistiques) à {high}.",
    "survey.title_length": "Donnez à la cohorte un titre de {low} à {high} caractères.",
    "survey.title_identifying":
        "Le titre semble contenir un nom ou des coordonnées. Nommez plutôt le programme ou la "
        "période.",
    "survey.instruments_needed": "Choisissez au moins un questionnaire.",
    "survey.unknown_instrument":
        "Cette cohorte n’utilise pas le questionnaire «\u00a0{instrument}\u00a0».",
    "survey.no_follow_up": "Cette cohorte n’a pas de vague de suivi.",
    "survey.wave_done": "La vague {wave} a déjà été ouverte\u00a0; une vague n’a lieu "
                        "qu’une fois.",
    "survey.wave_open": "Fermez d’abord la vague {wave}\u00a0: une seule vague à la fois.",
    "survey.wave_order": "La prochaine vague à ouvrir est la vague {wave}.",
    "survey.wave_not_open": "La vague {wave} n’est pas ouverte.",
    "survey.no_open_wave":
        "Aucune vague de cette cohorte n’est ouverte\u00a0: les réponses n’ont pas été "
        "enregistrées.",
    "survey.results_not_ready":
        "Les résultats sont visibles une fois toutes les vagues de la cohorte fermées.",
    "survey.wave.pre": "initiale",
    "survey.wave.post": "finale",
    "survey.wave.follow_up": "de suivi",
    "survey.withheld.too_few": "non affiché\u00a0: moins de répondants que le minimum de la "
                               "cohorte",
    "survey.withheld.items":
        "non affiché\u00a0: les réponses ne pouvaient être montrées sans isoler quelqu’un",
    "survey.withheld.no_spread": "non calculé\u00a0: tous les répondants ont le même score",
    "survey.pack.table_missing": "la table [{key}] manque",
    "survey.pack.needs_both":
        "«\u00a0{key}\u00a0» demande un libellé anglais et un libellé français "
        "(en = \"...\", fr = \"...\")",
    "survey.pack.whole_range": "«\u00a0{key}\u00a0» doit être un nombre entier de {low} à "
                               "{high}",
    "survey.pack.one_of": "«\u00a0{key}\u00a0» doit être l’un de\u00a0: {allowed}",
    "survey.pack.needs_list": "«\u00a0{key}\u00a0» doit être une liste non vide",
    "survey.pack.not_table": "chaque élément de «\u00a0{key}\u00a0» doit être une table",
    "survey.pack.too_many": "limitez «\u00a0{key}\u00a0» à {count} éléments",
    "survey.pack.needs_bool": "«\u00a0{key}\u00a0» doit valoir true ou false",
    "survey.pack.options":
        "la table [scale] demande «\u00a0options\u00a0», une liste d’au moins deux réponses",
    "survey.pack.options_steps":
        "les valeurs de l’échelle doivent être des nombres entiers qui se suivent, sans trou",
    "survey.pack.twice": "«\u00a0{key}\u00a0» donne {value} deux fois",
    "survey.pack.unknown_item": "{value} n’est l’identifiant d’aucun [[item]] de ce fichier",
    "survey.pack.band_ends": "une tranche demande des nombres «\u00a0low\u00a0» et "
                             "«\u00a0high\u00a0»",
    "survey.pack.band_range":
        "une tranche doit tenir dans l’étendue du score, de {low} à {high}, low avant high",
    "survey.pack.band_order": "les tranches doivent monter sans se chevaucher",
    "region.pdf.title": "Statistiques régionales",
    "region.pdf.first": "Publication {seq}, figée le {date}\u00a0: {count} poste(s) y ont "
                        "contribué.",
    "region.pdf.correction": "Correction {seq}, figée le {date}\u00a0: {count} poste(s) qui "
                             "ont rendu compte après la publication précédente. Ajoutez ses "
                             "chiffres aux précédents.",
    "region.pdf.method":
        "Chaque chiffre est une somme sur les postes qui y contribuent. Un compte de 1 à "
        "{threshold} moins un, ou issu de moins de trois épisodes, est masqué, et d’autres "
        "chiffres sont masqués jusqu’à ce que personne, avec le rapport de chaque poste et "
        "chaque rapport régional, ne puisse resserrer un compte ou un nombre d’heures masqué. "
        "Un chiffre qu’un poste a masqué dans son propre rapport reste masqué ici\u00a0: qui "
        "connaît les vrais chiffres de tous les autres postes pourrait sinon les soustraire. "
        "Les lignes des organismes reprennent ce que chaque poste a lui-même publié.",
    "region.pdf.merged": "La région, publication {seq}",
    "region.pdf.agencies": "Organismes, tels que chacun a publié",
    "region.pdf.station": "Poste",
    # the survey results' PDF
    "survey.report.document_title": "{title} · Résultats du sondage",
    "survey.report.subject": "Résultats d’un sondage anonyme avant/après (données agrégées "
                             "seulement)",
    "survey.report.running_head": "{title} · Résultats du sondage · données agrégées seulement",
    "survey.report.subtitle": "{program} · Résultats du sondage, publiés le {date}",
    "survey.report.wave.pre": "Initiale",
    "survey.report.wave.post": "Finale",
    "survey.report.wave.follow_up": "Suivi",
    "survey.report.wave_count": "{wave} {count}",
    "survey.report.respondents": "Répondants par vague\u00a0: {waves}.",
    "survey.report.linked":
        "Répondants dont les réponses initiales et finales ont été reliées par leur code "
        "personnel\u00a0: {count}.",
    "survey.report.intro":
        "Ce rapport ne contient que des données agrégées, jamais les réponses d’une personne. "
        "Rien n’est affiché pour moins de {minimum} répondants, les petits nombres sont "
        "masqués, et ces résultats ont été publiés une seule fois et ne changeront pas.",
    "survey.report.nothing_shown":
        "Chaque vague a eu moins de {minimum} répondants\u00a0: aucun résultat n’est affiché.",
    "survey.report.not_validated":
        "Instrument non validé\u00a0: rédigé pour PeerDesk. Ses scores ne décrivent que cette "
        "cohorte et ne peuvent être comparés à des normes publiées.",
    "survey.report.scores": "Scores par vague",
    "survey.report.changes": "Variation entre les vagues",
    "survey.report.bands": "Répondants par tranche de score",
    "survey.report.items": "Réponses à chaque question",
    "survey.report.items_in": "Vague {wave}",
    "survey.report.reversed": "score inversé",
    "survey.report.column.score": "Score",
    "survey.report.column.wave": "Vague",
    "survey.report.column.n": "n",
    "survey.report.column.mean_sd": "Moyenne (ÉT)",
    "survey.report.column.median": "Médiane",
    "survey.report.column.comparison": "Comparaison",
    "survey.report.column.change": "Variation [IC à 95\u00a0%]",
    "survey.report.column.tests": "Tests",
    "survey.report.column.effect": "Taille d’effet",
    "survey.report.column.total": "Total",
    "survey.report.method.paired": "{first} à {second}, répondants reliés",
    "survey.report.method.unlinked": "{first} à {second}, vagues comme groupes distincts",
    "survey.report.change_ci": "{change} [{low} à {high}]",
    "survey.report.tests.paired": "t apparié = {t}, p {p_t}\u00a0; Wilcoxon p {p_rank}",
    "survey.report.tests.unlinked": "t de Welch = {t}, p {p_t}\u00a0; Mann-Whitney p {p_rank}",
    "survey.report.effect.paired": "d_z = {effect}",
    "survey.report.effect.unlinked": "g = {effect}",
    "survey.report.better": "dans le sens d’une amélioration",
    "survey.report.not_better": "dans le sens d’une détérioration",
    "survey.report.how": "Comment lire ces résultats",
    "survey.report.how.minimum":
        "<b>Minimum.</b> Le minimum de la cohorte est de {minimum}\u00a0: aucun score, nombre "
        "de réponses ni variation n’est affiché pour moins de répondants.",
    "survey.report.how.hidden":
        "<b>Nombres masqués.</b> Un nombre de 1 à {below} est masqué, ainsi que d’autres "
        "nombres au besoin pour qu’un nombre masqué ne puisse être déduit du total, des "
        "autres nombres ou de la moyenne. «\u00a0masqué\u00a0» ne dit jamais si un nombre "
        "est petit.",
    "survey.report.how.linking":
        "<b>Liaison.</b> Les répondants ont tapé un code personnel de leur choix aux vagues "
        "initiale et finale. PeerDesk n’en a gardé qu’un hachage à clé, supprimé à la "
        "fermeture de la vague finale\u00a0; un code donné deux fois dans une vague ne relie "
        "personne.",
    "survey.report.how.paired":
        "<b>Variation des répondants reliés.</b> Pour les répondants reliés, la variation est "
        "la moyenne, pour chaque personne, de son score final moins son score initial, avec "
        "son intervalle de confiance à 95\u00a0% (loi de Student), le test t apparié, le test "
        "des rangs signés de Wilcoxon et le d_z de Cohen (variation moyenne divisée par "
        "l’écart type des variations). Elle n’est utilisée que si au moins {minimum} "
        "répondants sont reliés et si, dans chaque vague, les répondants hors des paires sont "
        "zéro ou au moins {minimum}.",
    "survey.report.how.unlinked":
        "<b>Vagues comme groupes.</b> Sinon, et pour la vague de suivi, les vagues sont "
        "comparées comme des groupes distincts\u00a0: différence des moyennes avec "
        "l’intervalle à 95\u00a0% de Welch, le test t de Welch, le test U de Mann-Whitney et "
        "le g de Hedges. C’est une preuve plus faible\u00a0: les groupes ne sont pas "
        "forcément les mêmes personnes.",
    "survey.report.how.once":
        "<b>Publiés une fois.</b> Ces résultats ont été calculés après la fermeture de la "
        "dernière vague, puis figés\u00a0: chaque consultation et exportation ultérieure "
        "montre les mêmes chiffres. Une valeur p ne prouve pas que le programme a causé une "
        "variation.",
    "survey.report.how.training":
        "<b>Données d’exercice.</b> Ce sont des réponses fictives de l’espace de formation.",
    "survey.report.sources": "Questionnaires\u00a0: sources, conditions et mentions",
    "survey.report.source": "Source\u00a0: {text}",
    "survey.report.licence": "Conditions\u00a0: {text}",
}


def french(message: str, label: Callable[[str], str], number: Callable[[int], str]) -> str:
    """``message`` in French (a plain text is returned as it is).

    ``label`` gives the French label of a code, ``number`` the French way of writing a number.
    A code without French here is written in English (the tests see to it that none is).
    """
    return text_in(message, FRENCH, label, number)
