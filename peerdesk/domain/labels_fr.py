"""The French label of every vocabulary code: the one place it is written.

The PDF reports and the drill debriefs are written below the UI, where there is no Qt, so the
French of each label of :mod:`peerdesk.domain.labels_en` is written here, once, with the same
rows; ``make translations`` copies it into ``resources/i18n/peerdesk_fr_CA.ts``
(``tools/messages_to_ts.py``, ``Vocab`` context), so the app and the PDFs say the same.
tests/unit/domain/test_labels.py fails when a code has no French or the two differ.
"""

from __future__ import annotations

from enum import StrEnum

from peerdesk.domain.labels_en import Row, key, labels_of
from peerdesk.domain.referrals import Cost, ResourceCategory
from peerdesk.domain.stats import LOGGED_LATE, NOT_RECORDED, TOTAL
from peerdesk.domain.training_records import Course, RecordKind
from peerdesk.domain.vocab import (
    Channel,
    ConfidentialityException,
    DisclosureRoute,
    FirstOrRepeat,
    Format,
    IncidentStatus,
    IncidentType,
    InitiatedBy,
    MemberGroup,
    Outcome,
    OutreachMethod,
    ReferralHow,
    ReferralType,
    Risk,
    SupporterState,
    Topic,
)

ROWS: tuple[Row, ...] = (
    (Channel.IN_PERSON, "En personne", ""),
    (Channel.PHONE, "Téléphone", ""),
    (Channel.VIDEO, "Vidéo", ""),
    (Channel.TEXT, "Messages texte", ""),
    (Channel.OTHER, "Autre", ""),
    (InitiatedBy.SELF_REFERRAL, "La personne m’a contacté·e", ""),
    (InitiatedBy.PEER_OUTREACH, "J’ai pris contact", ""),
    (InitiatedBy.SUPERVISOR_REFERRAL, "Demande d’un·e superviseur·e", ""),
    (InitiatedBy.AFTER_CRITICAL_INCIDENT, "Après un incident critique", ""),
    (InitiatedBy.FAMILY_REQUEST, "Demande de la famille", ""),
    (InitiatedBy.OTHER, "Autre", ""),
    (MemberGroup.POLICE, "Police", ""),
    (MemberGroup.FIRE, "Pompiers", ""),
    (MemberGroup.EMS, "Paramédics", ""),
    (MemberGroup.DISPATCH, "Répartition 911", ""),
    (MemberGroup.CORRECTIONS, "Services correctionnels", ""),
    (MemberGroup.CIVILIAN_STAFF, "Personnel civil", ""),
    (MemberGroup.FAMILY_MEMBER, "Membre de la famille", ""),
    (MemberGroup.RETIREE, "Retraité·e", ""),
    (MemberGroup.OTHER, "Autre", ""),
    (MemberGroup.UNDISCLOSED, "Non précisé", ""),
    (Format.ONE_TO_ONE, "Individuel", ""),
    (Format.SMALL_GROUP, "Petit groupe", ""),
    (Format.ON_SCENE_SUPPORT, "Soutien sur les lieux", "Sur les lieux"),
    (Format.DEFUSING, "Désamorçage", ""),
    (Format.DEBRIEFING, "Débreffage", ""),
    (Format.CRISIS_MANAGEMENT_BRIEFING, "Séance d’information en gestion de crise",
     "Info. de crise"),
    (Topic.WORK_STRESS, "Stress au travail", ""),
    (Topic.CRITICAL_INCIDENT, "Incident critique", ""),
    (Topic.FAMILY_RELATIONSHIPS, "Famille et relations", ""),
    (Topic.GRIEF_LOSS, "Deuil et perte", ""),
    (Topic.HEALTH_SLEEP, "Santé et sommeil", ""),
    (Topic.SUBSTANCE_USE, "Consommation de substances", ""),
    (Topic.FINANCIAL, "Finances", ""),
    (Topic.LEGAL_DISCIPLINARY, "Juridique ou disciplinaire", ""),
    (Topic.CAREER, "Carrière", ""),
    (Topic.MENTAL_HEALTH, "Santé mentale", ""),
    (Topic.MORAL_INJURY, "Blessure morale", ""),
    (Topic.OTHER, "Autre", ""),
    (Topic.UNDISCLOSED, "Non précisé", ""),
    (IncidentType.LINE_OF_DUTY_DEATH, "Décès en service", ""),
    (IncidentType.COLLEAGUE_SUICIDE, "Suicide d’un·e collègue", ""),
    (IncidentType.SERIOUS_INJURY_TO_PERSONNEL, "Blessure grave d’un membre du personnel", ""),
    (IncidentType.MASS_CASUALTY_DISASTER, "Nombreuses victimes ou catastrophe", ""),
    (IncidentType.CHILD_INVOLVED, "Un enfant impliqué", ""),
    (IncidentType.KNOWN_VICTIM, "Victime connue des intervenants", ""),
    (IncidentType.USE_OF_FORCE, "Recours à la force", ""),
    (IncidentType.PROLONGED_BAD_OUTCOME, "Incident prolongé, issue défavorable", ""),
    (IncidentType.OTHER, "Autre", ""),
    (Risk.NONE_OBSERVED, "Aucun observé", ""),
    (Risk.SOME_CONCERN, "Une certaine inquiétude", ""),
    (Risk.IMMINENT_DANGER, "Danger imminent", ""),
    (ConfidentialityException.NONE, "Aucune", ""),
    (ConfidentialityException.SELF_HARM, "Risque d’automutilation", ""),
    (ConfidentialityException.HARM_TO_OTHERS, "Risque pour autrui", ""),
    (ConfidentialityException.ABUSE_NEGLECT, "Mauvais traitements ou négligence", ""),
    (ConfidentialityException.CRIMINAL_CONDUCT, "Conduite criminelle", ""),
    (ConfidentialityException.OTHER_LEGAL, "Autre obligation légale", ""),
    (ReferralType.EAP, "PAE", ""),
    (ReferralType.CLINICIAN, "Clinicien·ne", ""),
    (ReferralType.CHAPLAIN, "Aumônier·ère", ""),
    (ReferralType.CRISIS_LINE, "Ligne de crise", ""),
    (ReferralType.MEDICAL, "Médical", ""),
    (ReferralType.SUBSTANCE_USE_TREATMENT, "Traitement des dépendances", ""),
    (ReferralType.FAMILY_VIOLENCE_SERVICE, "Service en violence familiale", ""),
    (ReferralType.CISM_TEAM, "Équipe GSIC", ""),
    (ReferralType.FINANCIAL_LEGAL, "Financier ou juridique", ""),
    (ReferralType.OTHER, "Autre", ""),
    (ReferralHow.INFO_GIVEN, "Information donnée", ""),
    (ReferralHow.WARM_HANDOFF, "Transfert accompagné", ""),
    (SupporterState.FINE, "Bien", ""),
    (SupporterState.TIRED, "Fatigué·e", ""),
    (SupporterState.AFFECTED, "Touché·e", ""),
    (SupporterState.WANTS_DEBRIEF, "J’aimerais un débreffage", ""),
    (Outcome.RESOLVED_PEER_LEVEL, "Réglé entre pairs", ""),
    (Outcome.REFERRED, "Orienté·e vers une ressource", ""),
    (Outcome.CONTINUING_SUPPORT, "Soutien qui se poursuit", ""),
    (FirstOrRepeat.FIRST, "Premier contact", ""),
    (FirstOrRepeat.REPEAT, "Contact répété", ""),
    (IncidentStatus.OPEN, "Ouvert", ""),
    (IncidentStatus.CLOSED, "Fermé", ""),
    (OutreachMethod.ONE_TO_ONE, "Individuel", ""),
    (OutreachMethod.ON_SCENE_SUPPORT, "Soutien sur les lieux", "Sur les lieux"),
    (OutreachMethod.DEFUSING, "Désamorçage", ""),
    (OutreachMethod.DEBRIEFING, "Débreffage", ""),
    (OutreachMethod.CRISIS_MANAGEMENT_BRIEFING, "Séance d’information en gestion de crise",
     "Info. de crise"),
    (DisclosureRoute.EMERGENCY_SERVICES, "Services d’urgence", ""),
    (DisclosureRoute.CLINICIAN, "Clinicien·ne", ""),
    (DisclosureRoute.PROGRAM_COORDINATOR, "Coordination du programme", ""),
    (DisclosureRoute.CHILD_PROTECTION, "Protection de l’enfance", ""),
    (DisclosureRoute.ADULT_PROTECTION, "Protection des adultes", ""),
    (DisclosureRoute.SUPERVISOR, "Superviseur·e", ""),
    (DisclosureRoute.LAW_ENFORCEMENT, "Forces de l’ordre", ""),
    (DisclosureRoute.OTHER, "Autre", ""),
    (ResourceCategory.EAP, "PAE", ""),
    (ResourceCategory.CLINICIAN, "Clinicien·ne", ""),
    (ResourceCategory.CHAPLAIN, "Aumônier·ère", ""),
    (ResourceCategory.CRISIS_LINE, "Ligne de crise", ""),
    (ResourceCategory.MEDICAL, "Médical", ""),
    (ResourceCategory.SUBSTANCE_USE_TREATMENT, "Traitement des dépendances", ""),
    (ResourceCategory.FAMILY_VIOLENCE_SERVICE, "Service en violence familiale", ""),
    (ResourceCategory.CISM_TEAM, "Équipe GSIC", ""),
    (ResourceCategory.FINANCIAL_LEGAL, "Financier ou juridique", ""),
    (ResourceCategory.PEER_TEAM, "Équipe de soutien par les pairs", ""),
    (ResourceCategory.OTHER, "Autre", ""),
    (Cost.FREE, "Gratuit", ""),
    (Cost.COVERED, "Couvert (employeur, syndicat ou assurance)", ""),
    (Cost.FEE, "Payant", ""),
    (RecordKind.COURSE, "Cours", ""),
    (RecordKind.CERTIFICATION, "Certification", ""),
    (RecordKind.CONTINUING_EDUCATION, "Formation continue", ""),
    (RecordKind.SUPERVISION, "Supervision ou encadrement clinique", "Supervision"),
    (Course.PEER_SUPPORT_FOUNDATIONS, "Bases du soutien par les pairs", ""),
    (Course.CRISIS_INTERVENTION, "Intervention de crise individuelle", ""),
    (Course.GROUP_CRISIS_INTERVENTION, "Intervention de crise en groupe", ""),
    (Course.PSYCHOLOGICAL_FIRST_AID, "Premiers soins psychologiques", ""),
    (Course.SUICIDE_INTERVENTION, "Intervention en prévention du suicide", ""),
    (Course.MENTAL_HEALTH_FIRST_AID, "Premiers soins en santé mentale", ""),
    (Course.CONFIDENTIALITY_ETHICS, "Confidentialité et éthique", ""),
    (Course.SUBSTANCE_USE, "Sensibilisation aux dépendances", ""),
    (Course.FAMILY_SUPPORT, "Soutien aux familles", ""),
    (Course.OTHER, "Autre", ""),
)

LABELS, SHORT_LABELS = labels_of(ROWS)

# The statistics tables, rows and checklist items, as in labels_en (same order, same codes).
TABLES: tuple[tuple[str, str, str, str], ...] = (
    ("contacts_by_month", "Contacts par mois",
     "Conversations et interventions, selon le mois où elles ont eu lieu.",
     "Conversations et interventions consignées."),
    ("contacts_by_member_group", "Qui a été soutenu", "Contacts selon le groupe du membre.",
     "Contacts selon le groupe du membre."),
    ("contacts_by_format", "Type de soutien", "Contacts par format.", "Contacts par format."),
    ("contacts_by_channel", "Comment les contacts ont eu lieu", "Contacts par canal.",
     "Contacts par canal."),
    ("member_group_by_format", "Qui a reçu quel type de soutien",
     "Contacts par groupe du membre, répartis par format; la colonne Total est la même que Qui "
     "a été soutenu.",
     "Contacts par groupe du membre, répartis par format."),
    ("contacts_by_topic", "Sujets abordés",
     "Contacts par sujet; un contact peut avoir plusieurs sujets, donc les lignes totalisent "
     "davantage.",
     "Contacts par sujet; un contact peut avoir plusieurs sujets."),
    ("referrals_by_type", "Orientations faites",
     "Orientations par service; un contact peut en donner plusieurs.",
     "Orientations par service; un contact peut en donner plusieurs."),
    ("contacts_by_risk", "Risque observé",
     "Contacts selon le risque observé par le ou la pair aidant·e.",
     "Contacts selon le risque observé par le ou la pair aidant·e."),
    ("support_hours", "Heures de soutien",
     "Temps passé en contacts, par format, en heures entières.",
     "Temps passé en contacts, par format, en heures entières."),
    ("checklist_completion", "Liste de vérification des limites",
     "Contacts où le ou la pair aidant·e a coché chaque élément de la liste. Le graphique "
     "montre les éléments cochés.",
     "Contacts où le ou la pair aidant·e a coché chaque élément de la liste."),
    ("contacts_by_outcome", "Issue des contacts",
     "Contacts selon leur issue; Non consigné : enregistré sans issue.",
     "Contacts selon leur issue."),
    ("contacts_by_first_or_repeat", "Premier contact ou contact répété",
     "Contacts que le ou la pair aidant·e a jugés premiers ou répétés; Non consigné : "
     "enregistré sans ce choix.",
     "Contacts que le ou la pair aidant·e a jugés premiers ou répétés."),
    ("incidents_by_kind", "Incidents critiques",
     "Incidents critiques par genre, et le personnel touché (compté ou estimé). Le graphique "
     "montre les incidents.",
     "Incidents critiques par genre."),
    ("incident_reach", "Personnel joint après les incidents",
     "Personnel touché par les incidents du trimestre, et combien ont été joints en 72 heures "
     "et en 7 jours.",
     "Personnel touché par les incidents du trimestre, et combien ont été joints en 72 heures "
     "et en 7 jours."),
    ("group_interventions", "Interventions de groupe",
     "Désamorçages, débreffages et séances d’information en gestion de crise, chacun compté "
     "une fois, et leurs participants. Le graphique montre les interventions.",
     "Désamorçages, débreffages et séances d’information en gestion de crise, chacun compté "
     "une fois."),
    ("incident_hours", "Réponse aux incidents et suivi",
     "Contacts et interventions de groupe liés à un incident, jusqu’au jour où sa phase aiguë "
     "a pris fin (réponse) et après (suivi), avec leurs heures. Le graphique montre les "
     "heures.",
     "Heures des contacts et interventions de groupe liés à un incident, jusqu’au jour où sa "
     "phase aiguë a pris fin (réponse) et après (suivi)."),
)

ROW_LABELS: dict[str, str] = {
    TOTAL: "Total",
    LOGGED_LATE: "Consigné en retard (trimestre antérieur)",
    NOT_RECORDED: "Non consigné",
    "involved": "Personnel touché",
    "within_72_hours": "Joints en 72 heures",
    "within_7_days": "Joints en 7 jours",
    "response": "Réponse (phase aiguë)",
    "follow_up": "Suivi",
    "incidents": "Incidents",
    "personnel": "Personnel",
    "interventions": "Interventions",
    "attendees": "Participants",
    "sessions": "Séances",
    "hours": "Heures",
}

CHECKLIST: tuple[tuple[str, str, str], ...] = (
    ("confidentiality_explained", "A expliqué la confidentialité et ses limites",
     "Confidentialité expliquée"),
    ("stayed_in_role", "Est resté·e dans le rôle de pair", ""),
    ("safety_checked", "A vérifié la sécurité", ""),
    ("referral_offered", "A proposé une orientation au besoin", "Orientation proposée"),
    ("no_role_conflict", "Aucun conflit de rôle", ""),
    ("no_identifying_details", "N’a consigné aucun détail identifiant",
     "Aucun détail identifiant"),
    ("self_care_plan", "A un plan d’autosoins", "Plan d’autosoins"),
)


def label(member: StrEnum) -> str:
    """The French label of a vocabulary member."""
    return LABELS[key(member)]

DRILL_FIELDS: dict[str, str] = {
    "member_group": "Groupe du membre",
    "format": "Format",
    "initiated_by": "À l’initiative de",
    "group_size": "Personnes dans le groupe",
    "incident_type": "Type d’incident critique",
    "topics": "Sujets",
    "risk": "Risque",
    "confidentiality_exception": "Exception à la confidentialité",
    "referrals": "Orientations",
    "checklist": "Liste de vérification des limites",
}
