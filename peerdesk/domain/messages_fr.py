"""The French catalogue of the messages read below the UI: drill feedback.

The drill debrief PDF is written below the UI, where there is no Qt, so the French of the
drill verdicts (and of the words they are built from) is written here, by code, once. The app
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
}


def french(message: str, label: Callable[[str], str], number: Callable[[int], str]) -> str:
    """``message`` in French (a plain text is returned as it is).

    ``label`` gives the French label of a code, ``number`` the French way of writing a number.
    A code without French here is written in English (the tests see to it that none is).
    """
    return text_in(message, FRENCH, label, number)
