<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>Appearance</name>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>White text on black with a yellow focus ring; applies at once and is remembered</source>
        <translation>Texte blanc sur fond noir avec contour de focus jaune; s’applique aussitôt et est mémorisé</translation>
    </message>
    <message>
        <source>Switches the high-contrast colours on or off for every PeerDesk window</source>
        <translation>Active ou désactive les couleurs à contraste élevé dans toutes les fenêtres de PeerDesk</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Contraste&#xa0;: élevé</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Contraste&#xa0;: normal</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Share out the outreach</source>
        <translation>Répartir la prise de contact</translation>
    </message>
    <message>
        <source>How many of the %1 personnel involved each member on the response is to reach.</source>
        <translation>Combien des %1 membres du personnel touchés chaque membre de l’intervention doit joindre.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Personnel each member is to reach</source>
        <translation>Personnes que chaque membre doit joindre</translation>
    </message>
    <message>
        <source>A former member</source>
        <translation>Un ancien membre</translation>
    </message>
    <message>
        <source>Personnel %1 is to reach</source>
        <translation>Personnes que %1 doit joindre</translation>
    </message>
    <message>
        <source>To reach</source>
        <translation>À joindre</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Choisir les dates…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>The first day is after the last: choose a first day on or before the last.</source>
        <translation>Le premier jour suit le dernier&#xa0;: choisissez un premier jour égal ou antérieur au dernier.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>an entry is missing</source>
        <translation>une entrée manque</translation>
    </message>
    <message>
        <source>an entry was changed or moved</source>
        <translation>une entrée a été modifiée ou déplacée</translation>
    </message>
    <message>
        <source>the newest entries were removed</source>
        <translation>les entrées les plus récentes ont été supprimées</translation>
    </message>
    <message>
        <source>the chain does not fit</source>
        <translation>la chaîne ne concorde pas</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Every sign-in, lock, account and policy change, backup and export is recorded here with who and when, never what was said. Each entry is sealed to the one before, so a changed, removed or reordered entry shows up when you verify the chain.</source>
        <translation>Chaque ouverture de session, verrouillage, modification de compte ou de politique, sauvegarde et exportation est consigné ici avec qui et quand, jamais ce qui a été dit. Chaque entrée est scellée à la précédente&#xa0;: une entrée modifiée, supprimée ou déplacée apparaît quand vous vérifiez la chaîne.</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal d’audit est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n newest matching entries; scroll for more.</source>
        <translation>
            <numerusform>Voici l’entrée correspondante la plus récente (%n); faites défiler pour en voir plus.</numerusform>
            <numerusform>Voici les %n entrées correspondantes les plus récentes; faites défiler pour en voir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entry(ies).</source>
        <translation>
            <numerusform>%n entrée correspondante.</numerusform>
            <numerusform>%n entrées correspondantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: the %n entry(ies) are as they were written, in order, with none removed.</source>
        <translation>
            <numerusform>La chaîne est intacte&#xa0;: l’entrée (%n) est telle qu’elle a été écrite.</numerusform>
            <numerusform>La chaîne est intacte&#xa0;: les %n entrées sont telles qu’elles ont été écrites, dans l’ordre, sans suppression.</numerusform>
        </translation>
    </message>
    <message>
        <source>entry number {seq}</source>
        <translation>entrée numéro {seq}</translation>
    </message>
    <message>
        <source>entry number {seq} ({action}, {time})</source>
        <translation>entrée numéro {seq} ({action}, {time})</translation>
    </message>
    <message>
        <source>The audit log does not check out: {problem}, first at {which}. Someone may have edited the vault file outside PeerDesk. Keep this computer as it is and tell whoever looks after your team&apos;s records.</source>
        <translation>Le journal d’audit n’est pas conforme&#xa0;: {problem}, d’abord à l’{which}. Quelqu’un a peut-être modifié le fichier du coffre en dehors de PeerDesk. Laissez cet ordinateur tel quel et avertissez la personne responsable des dossiers de votre équipe.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Vault created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Session ouverte</translation>
    </message>
    <message>
        <source>Failed sign-in attempts</source>
        <translation>Tentatives de connexion échouées</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Membre ajouté</translation>
    </message>
    <message>
        <source>Member removed (vault re-keyed)</source>
        <translation>Membre retiré (coffre rechiffré)</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rôles modifiés</translation>
    </message>
    <message>
        <source>Account switched off</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Account switched on</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <source>Changed own passphrase</source>
        <translation>Phrase de passe personnelle changée</translation>
    </message>
    <message>
        <source>Passphrase reset</source>
        <translation>Phrase de passe réinitialisée</translation>
    </message>
    <message>
        <source>Told of a passphrase reset</source>
        <translation>Informé·e d’une réinitialisation de phrase de passe</translation>
    </message>
    <message>
        <source>Program policy changed</source>
        <translation>Politique du programme modifiée</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Liste de vérification modifiée</translation>
    </message>
    <message>
        <source>Contact deleted</source>
        <translation>Contact supprimé</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Interrupted work finished and cleaned up</source>
        <translation>Travail interrompu terminé et nettoyé</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Données de démonstration générées</translation>
    </message>
    <message>
        <source>Training record added</source>
        <translation>Formation ajoutée</translation>
    </message>
    <message>
        <source>Training record changed</source>
        <translation>Formation modifiée</translation>
    </message>
    <message>
        <source>Training record deleted</source>
        <translation>Formation supprimée</translation>
    </message>
    <message>
        <source>Demo incidents generated</source>
        <translation>Incidents de démonstration générés</translation>
    </message>
    <message>
        <source>Incident logged</source>
        <translation>Incident consigné</translation>
    </message>
    <message>
        <source>Incident deleted</source>
        <translation>Incident supprimé</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autotest</translation>
    </message>
    <message>
        <source>Survey kiosk started</source>
        <translation>Kiosque de sondage lancé</translation>
    </message>
    <message>
        <source>Survey kiosk ended with a passphrase</source>
        <translation>Kiosque de sondage fermé avec une phrase de passe</translation>
    </message>
    <message>
        <source>Wrong passphrases to end the survey kiosk</source>
        <translation>Phrases de passe erronées pour fermer le kiosque de sondage</translation>
    </message>
    <message>
        <source>Survey cohort created</source>
        <translation>Cohorte de sondage créée</translation>
    </message>
    <message>
        <source>Survey wave opened</source>
        <translation>Vague de sondage ouverte</translation>
    </message>
    <message>
        <source>Survey wave closed</source>
        <translation>Vague de sondage fermée</translation>
    </message>
    <message>
        <source>Survey results released</source>
        <translation>Résultats du sondage publiés</translation>
    </message>
    <message>
        <source>Survey results exported</source>
        <translation>Résultats du sondage exportés</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>germe</translation>
    </message>
    <message>
        <source>cohort/wave</source>
        <translation>cohorte/vague</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>questionnaires</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>reliés</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>idle lock minutes</source>
        <translation>minutes avant verrouillage</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>notes privées</translation>
    </message>
    <message>
        <source>notes expiry days</source>
        <translation>jours avant expiration des notes</translation>
    </message>
    <message>
        <source>suppression threshold</source>
        <translation>seuil de suppression</translation>
    </message>
    <message>
        <source>incident follow-up days</source>
        <translation>jours de suivi après incident</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>record</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>training records</source>
        <translation>formations</translation>
    </message>
    <message>
        <source>required courses</source>
        <translation>cours obligatoires</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>with the recovery key</source>
        <translation>avec la clé de récupération</translation>
    </message>
    <message>
        <source>with a temporary passphrase</source>
        <translation>avec une phrase de passe temporaire</translation>
    </message>
    <message>
        <source>sign-ins with a temporary passphrase</source>
        <translation>connexions avec une phrase de passe temporaire</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>removed member</source>
        <translation>membre retiré</translation>
    </message>
    <message>
        <source>member: {name}</source>
        <translation>membre&#xa0;: {name}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Choose your own passphrase</source>
        <translation>Choisissez votre propre phrase de passe</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Changer votre phrase de passe</translation>
    </message>
    <message>
        <source>You signed in with a temporary passphrase from a coordinator. Choose one only you know before you continue.</source>
        <translation>Vous avez ouvert une session avec une phrase de passe temporaire fournie par un·e coordonnateur·rice. Choisissez-en une que vous seul·e connaissez avant de continuer.</translation>
    </message>
    <message>
        <source>Your private notes stay readable; you will sign in with the new passphrase.</source>
        <translation>Vos notes privées restent lisibles; vous ouvrirez une session avec la nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Temporary passphrase</source>
        <translation>Phrase de passe temporaire</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase</source>
        <translation>Phrase de passe &amp;temporaire</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Phrase de passe a&amp;ctuelle</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase</source>
        <translation>&amp;Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Lock instead</source>
        <translation>Verrouiller plutôt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This is not your current passphrase. Check Caps Lock and try again.</source>
        <translation>Ce n’est pas votre phrase de passe actuelle. Vérifiez la touche Verr. maj. et réessayez.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Explained confidentiality and its limits</source>
        <translation>A expliqué la confidentialité et ses limites</translation>
    </message>
    <message>
        <source>Confidentiality explained</source>
        <translation>Confidentialité expliquée</translation>
    </message>
    <message>
        <source>Stayed in the peer role</source>
        <translation>Est resté·e dans le rôle de pair</translation>
    </message>
    <message>
        <source>Checked for safety</source>
        <translation>A vérifié la sécurité</translation>
    </message>
    <message>
        <source>Offered a referral where needed</source>
        <translation>A proposé une orientation au besoin</translation>
    </message>
    <message>
        <source>Offered a referral</source>
        <translation>Orientation proposée</translation>
    </message>
    <message>
        <source>No role conflict</source>
        <translation>Aucun conflit de rôle</translation>
    </message>
    <message>
        <source>Recorded no identifying details</source>
        <translation>N’a consigné aucun détail identifiant</translation>
    </message>
    <message>
        <source>No identifying details</source>
        <translation>Aucun détail identifiant</translation>
    </message>
    <message>
        <source>Has a self-care plan</source>
        <translation>A un plan d’autosoins</translation>
    </message>
    <message>
        <source>Self-care plan</source>
        <translation>Plan d’autosoins</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>I explained confidentiality and its limits.</source>
        <translation>J’ai expliqué la confidentialité et ses limites.</translation>
    </message>
    <message>
        <source>I stayed in the peer role: listened and supported; no counselling, diagnosis or therapy.</source>
        <translation>Je suis resté·e dans mon rôle de pair&#xa0;: écoute et soutien; aucun counseling, diagnostic ni thérapie.</translation>
    </message>
    <message>
        <source>I checked for safety where there was any sign of risk to self or others.</source>
        <translation>J’ai vérifié la sécurité devant tout signe de risque pour la personne ou pour autrui.</translation>
    </message>
    <message>
        <source>I offered a referral where the need went beyond peer support.</source>
        <translation>J’ai proposé une orientation quand le besoin dépassait le soutien par les pairs.</translation>
    </message>
    <message>
        <source>I have no role conflict: not a witness to or party in the incident, not in the member&apos;s chain of command, not investigating it.</source>
        <translation>Je n’ai aucun conflit de rôle&#xa0;: ni témoin ni partie à l’incident, pas dans la chaîne de commandement du membre, pas chargé·e de l’enquête.</translation>
    </message>
    <message>
        <source>I recorded no names or identifying details.</source>
        <translation>Je n’ai consigné aucun nom ni détail identifiant.</translation>
    </message>
    <message>
        <source>I have a plan to look after myself after this contact.</source>
        <translation>J’ai un plan pour prendre soin de moi après ce contact.</translation>
    </message>
    <message>
        <source>Boundary checklist</source>
        <translation>Liste de vérification des limites</translation>
    </message>
    <message>
        <source>Unticked items do not stop you saving; they are counted.</source>
        <translation>Les éléments non cochés n’empêchent pas l’enregistrement; ils sont comptés.</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 sur %2 cochés</translation>
    </message>
    <message numerus="yes">
        <source> · %n not ticked</source>
        <translation>
            <numerusform> · %n non coché</numerusform>
            <numerusform> · %n non cochés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>selected</source>
        <translation>sélectionné</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>non sélectionné</translation>
    </message>
</context>
<context>
    <name>CloseAcuteDialog</name>
    <message>
        <source>Close the acute phase</source>
        <translation>Clore la phase aiguë</translation>
    </message>
    <message>
        <source>Each member chosen gets a follow-up on %1, in Follow-ups.</source>
        <translation>Chaque membre choisi aura un suivi le %1, dans Suivis.</translation>
    </message>
    <message>
        <source>Close acute phase</source>
        <translation>Clore la phase aiguë</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Qui fait le suivi</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <source>A cohort is the group one program evaluation surveys before, after and, if you wish, some time later. Give it a title without names, such as the program and the season.</source>
        <translation>Une cohorte est le groupe qu’une évaluation de programme sonde avant, après et, si vous le souhaitez, quelque temps plus tard. Donnez-lui un titre sans nom, par exemple le programme et la saison.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Minimum respondents</source>
        <translation>Minimum de répondants</translation>
    </message>
    <message>
        <source>No result is shown or exported for a wave with fewer respondents than this. It cannot be lower than the program&apos;s statistics threshold ({n}).</source>
        <translation>Aucun résultat n’est affiché ni exporté pour une vague qui compte moins de répondants. Ce minimum ne peut pas être inférieur au seuil des statistiques du programme ({n}).</translation>
    </message>
    <message>
        <source>&amp;Minimum respondents</source>
        <translation>&amp;Minimum de répondants</translation>
    </message>
    <message>
        <source>Add a follow-up wave after the post wave</source>
        <translation>Ajouter une vague de suivi après la vague post</translation>
    </message>
    <message>
        <source>Create cohort</source>
        <translation>Créer la cohorte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>Dans 2 semaines</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Date du contact</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>À l’initiative de</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>Groupe du membre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Taille du groupe</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Type d’incident</translation>
    </message>
    <message>
        <source>Choose the kind of incident…</source>
        <translation>Choisissez le type d’incident…</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation>Autre sujet</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Confidentiality exception</source>
        <translation>Exception à la confidentialité</translation>
    </message>
    <message>
        <source>Disclosed to (role)</source>
        <translation>Divulgué à (rôle)</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Choisissez un rôle…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>First or repeat contact</source>
        <translation>Premier contact ou contact répété</translation>
    </message>
    <message>
        <source>Critical incident this contact belongs to</source>
        <translation>Incident critique auquel ce contact se rattache</translation>
    </message>
    <message>
        <source>How you are after this contact</source>
        <translation>Comment vous allez après ce contact</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Only for you. No names or identifying details.</source>
        <translation>Pour vous seul·e. Aucun nom ni détail permettant d’identifier quelqu’un.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>People in the group</source>
        <translation>Personnes dans le groupe</translation>
    </message>
    <message>
        <source>Incident (optional)</source>
        <translation>Incident (facultatif)</translation>
    </message>
    <message>
        <source>Kind of critical incident</source>
        <translation>Type d’incident critique</translation>
    </message>
    <message>
        <source>First or repeat (your judgment)</source>
        <translation>Premier ou répété (selon vous)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Its incident (closed)</source>
        <translation>Son incident (fermé)</translation>
    </message>
    <message>
        <source>Kind of critical incident is now needed; it comes next.</source>
        <translation>Le type d’incident critique est maintenant requis; c’est le champ suivant.</translation>
    </message>
    <message>
        <source>Topics (one or more)</source>
        <translation>Sujets (un ou plusieurs)</translation>
    </message>
    <message>
        <source>Disclosed to (a role)</source>
        <translation>Divulgué à (un rôle)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>How are you after this?</source>
        <translation>Comment allez-vous après ce contact?</translation>
    </message>
    <message>
        <source>Private note (expires)</source>
        <translation>Note privée (expire)</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Aucun suivi</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>D’ici le %1</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>une adresse courriel</translation>
    </message>
    <message>
        <source>a badge or employee number</source>
        <translation>un numéro de matricule ou d’employé·e</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>une adresse</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>No names. Ctrl+S saves.</source>
        <translation>Aucun nom. Ctrl+S enregistre.</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>or press Ctrl+S · no names, no identifying details</source>
        <translation>ou Ctrl+S · aucun nom, aucun détail identifiant</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>The contact of %1. Ctrl+S saves the changes.</source>
        <translation>Le contact du %1. Ctrl+S enregistre les modifications.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>This contact&apos;s private note was written before your passphrase was reset and can no longer be read.</source>
        <translation>La note privée de ce contact a été écrite avant la réinitialisation de votre phrase de passe et ne peut plus être lue.</translation>
    </message>
    <message>
        <source>Log a follow-up</source>
        <translation>Consigner un suivi</translation>
    </message>
    <message>
        <source>This contact continues an earlier one (same episode). Ctrl+S saves.</source>
        <translation>Ce contact fait suite à un contact antérieur (même épisode). Ctrl+S enregistre.</translation>
    </message>
    <message>
        <source>Log an incident follow-up</source>
        <translation>Consigner un suivi d’incident</translation>
    </message>
    <message>
        <source>Another contact for this incident</source>
        <translation>Un autre contact pour cet incident</translation>
    </message>
    <message>
        <source>For the incident %1. Ctrl+S saves; Start over logs an unrelated contact.</source>
        <translation>Pour l’incident %1. Ctrl+S enregistre; Recommencer consigne un contact sans lien.</translation>
    </message>
    <message>
        <source>Some fields need attention; see the notes under them.</source>
        <translation>Certains champs demandent votre attention; voyez les remarques sous chacun.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The note seems to contain %1. Notes must not identify anyone, even privately. Save it anyway?</source>
        <translation>La note semble contenir %1. Les notes ne doivent identifier personne, même en privé. L’enregistrer quand même?</translation>
    </message>
    <message>
        <source>Check the note</source>
        <translation>Vérifiez la note</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Nothing was saved. Take the identifying details out of the note, then save again.</source>
        <translation>Rien n’a été enregistré. Retirez les détails identifiants de la note, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Contact saved. Thank you for being there for a colleague.</source>
        <translation>Contact enregistré. Merci d’avoir été là pour un·e collègue.</translation>
    </message>
    <message>
        <source>The form is ready for another contact for this incident.</source>
        <translation>Le formulaire est prêt pour un autre contact lié à cet incident.</translation>
    </message>
    <message>
        <source>Please look after yourself too: %1</source>
        <translation>Prenez soin de vous aussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>your peer team lead or EAP is there for you.</source>
        <translation>votre responsable d’équipe de pairs ou le PAE est là pour vous.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>Groupe du membre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue (due %1)</source>
        <translation>En retard (prévu le %1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prévu le %1</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation>Afficher les suivis</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Suivis (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n suivi à faire</numerusform>
            <numerusform>%n suivis à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform> (%n en retard)</numerusform>
            <numerusform> (%n en retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>A short check-in can mean a lot.</source>
        <translation>Une courte prise de nouvelles peut beaucoup compter.</translation>
    </message>
    <message>
        <source>The contact of %1 will be deleted for good. The audit log records that a contact was deleted, never what it held.</source>
        <translation>Le contact du %1 sera supprimé définitivement. Le journal d’audit consigne qu’un contact a été supprimé, jamais son contenu.</translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation>Supprimer ce contact?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>The contact was deleted.</source>
        <translation>Le contact a été supprimé.</translation>
    </message>
    <message>
        <source>Follow-up closed as no longer needed.</source>
        <translation>Suivi fermé&#xa0;: il n’est plus nécessaire.</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>PeerDesk ran into a problem it did not expect. The details were written to {path}.

If it happens again, lock PeerDesk, start it again, and give that file to whoever looks after your computers.</source>
        <translation>PeerDesk a rencontré un problème imprévu. Les détails ont été écrits dans {path}.

Si cela se reproduit, verrouillez PeerDesk, redémarrez-le et remettez ce fichier à la personne responsable de vos ordinateurs.</translation>
    </message>
</context>
<context>
    <name>DirectoryActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Add resource…</source>
        <translation>&amp;Ajouter une ressource…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add resources from a CSV file, after a preview</source>
        <translation>Ajouter des ressources à partir d’un fichier CSV, après un aperçu</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the whole directory as a CSV file</source>
        <translation>Enregistrer tout le répertoire dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation>Marquer &amp;vérifiée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>These are examples to replace. Import your local directory, or edit each example with the real details.</source>
        <translation>Ce sont des exemples à remplacer. Importez votre répertoire local ou modifiez chaque exemple avec les vrais renseignements.</translation>
    </message>
    <message>
        <source>Import your directory…</source>
        <translation>Importer votre répertoire…</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 a été enregistrée.</translation>
    </message>
    <message>
        <source>%1 is marked verified today.</source>
        <translation>%1 est marquée comme vérifiée aujourd’hui.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1?</translation>
    </message>
    <message>
        <source>%1 will be removed from the directory for everyone on the team. This cannot be undone.</source>
        <translation>%1 sera retirée du répertoire pour toute l’équipe. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimée.</translation>
    </message>
    <message>
        <source>Import a directory</source>
        <translation>Importer un répertoire</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) imported.</source>
        <translation>
            <numerusform>%n ressource a été importée.</numerusform>
            <numerusform>%n ressources ont été importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) saved to %1.</source>
        <translation>
            <numerusform>%n ressource a été enregistrée dans %1.</numerusform>
            <numerusform>%n ressources ont été enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Exporter le répertoire</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search the directory</source>
        <translation>Chercher dans le répertoire</translation>
    </message>
    <message>
        <source>Search by name, region, language or notes (Ctrl+F)</source>
        <translation>Chercher par nom, région, langue ou notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Resources found</source>
        <translation>Ressources trouvées</translation>
    </message>
    <message>
        <source>%1 is on the clipboard.</source>
        <translation>%1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Find the right professional resource when a conversation goes beyond peer support. No network needed.</source>
        <translation>Trouvez la bonne ressource professionnelle quand une conversation dépasse le soutien par les pairs. Aucun réseau requis.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource matches. Try fewer or shorter words, or clear the filters.</source>
        <translation>Aucune ressource ne correspond. Essayez des mots moins nombreux ou plus courts, ou effacez les filtres.</translation>
    </message>
    <message>
        <source>The directory is empty.</source>
        <translation>Le répertoire est vide.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date is more than a year ago. Log a contact within a year of it.</source>
        <translation>La date remonte à plus d’un an. Un contact se saisit dans l’année qui le suit.</translation>
    </message>
    <message>
        <source>Group size applies to group formats only.</source>
        <translation>La taille du groupe ne s’applique qu’aux formats de groupe.</translation>
    </message>
    <message>
        <source>Choose at least one topic.</source>
        <translation>Choisissez au moins un sujet.</translation>
    </message>
    <message>
        <source>Choose the kind of critical incident.</source>
        <translation>Choisissez le type d’incident critique.</translation>
    </message>
    <message>
        <source>Imminent danger needs a crisis line, medical or clinician referral before saving.</source>
        <translation>Un danger imminent exige une orientation vers une ligne de crise, des soins médicaux ou un clinicien avant l’enregistrement.</translation>
    </message>
    <message>
        <source>Record who it was disclosed to (a role, not a name).</source>
        <translation>Indiquez à qui l’information a été divulguée (un rôle, pas un nom).</translation>
    </message>
    <message>
        <source>Each referral type may appear once.</source>
        <translation>Chaque type d’orientation ne peut figurer qu’une fois.</translation>
    </message>
    <message>
        <source>The follow-up cannot be due before the contact.</source>
        <translation>Le suivi ne peut pas être prévu avant le contact.</translation>
    </message>
    <message>
        <source>The note contains control characters; retype it.</source>
        <translation>La note contient des caractères de contrôle; retapez-la.</translation>
    </message>
    <message>
        <source>The note contains unreadable characters; retype it.</source>
        <translation>La note contient des caractères illisibles; retapez-la.</translation>
    </message>
    <message>
        <source>This checklist version does not exist.</source>
        <translation>Cette version de la liste de vérification n’existe pas.</translation>
    </message>
    <message>
        <source>An item that is not on the checklist was ticked.</source>
        <translation>Un élément qui ne figure pas dans la liste de vérification a été coché.</translation>
    </message>
    <message>
        <source>Private notes are turned off by the program&apos;s policy.</source>
        <translation>Les notes privées sont désactivées par la politique du programme.</translation>
    </message>
    <message>
        <source>The contact this follows up was not found.</source>
        <translation>Le contact auquel ce suivi fait suite est introuvable.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Entrez un nombre entier.</translation>
    </message>
    <message>
        <source>Keep at least one checklist item.</source>
        <translation>Gardez au moins un élément dans la liste de vérification.</translation>
    </message>
    <message>
        <source>This item is already in the list.</source>
        <translation>Cet élément figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Enter the program&apos;s name.</source>
        <translation>Entrez le nom du programme.</translation>
    </message>
    <message>
        <source>Use one line of text.</source>
        <translation>Utilisez une seule ligne de texte.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Entrez un nom.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and punctuation only.</source>
        <translation>Utilisez uniquement des lettres, des chiffres, des espaces et de la ponctuation.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Choose a stronger temporary passphrase.</source>
        <translation>Choisissez une phrase de passe temporaire plus robuste.</translation>
    </message>
    <message>
        <source>Choose a passphrase different from the current one.</source>
        <translation>Choisissez une phrase de passe différente de l’actuelle.</translation>
    </message>
    <message>
        <source>Add another word or two that are not a common phrase.</source>
        <translation>Ajoutez un ou deux mots qui ne forment pas une expression courante.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase.</source>
        <translation>Choisissez une phrase de passe plus robuste.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
    <message>
        <source>Demo contacts cannot be in the future.</source>
        <translation>Les contacts de démonstration ne peuvent pas être dans le futur.</translation>
    </message>
    <message>
        <source>it is the real vault&apos;s folder.</source>
        <translation>c’est le dossier du vrai coffre.</translation>
    </message>
    <message>
        <source>its key-slot file cannot be read, so it cannot be told apart from a real vault. Move the folder away by hand if it is a training vault.</source>
        <translation>son fichier de clés est illisible; on ne peut donc pas le distinguer d’un vrai coffre. S’il s’agit d’un coffre de formation, déplacez le dossier vous-même.</translation>
    </message>
    <message>
        <source>Enter the resource&apos;s name.</source>
        <translation>Entrez le nom de la ressource.</translation>
    </message>
    <message>
        <source>It contains control or unreadable characters; retype it.</source>
        <translation>Le texte contient des caractères de contrôle ou illisibles; retapez-le.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Choose free, covered or fee.</source>
        <translation>Choisissez gratuit, couvert ou payant.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + - ( ) . only, with an optional extension (for example +1 416 555 0100 ext 12).</source>
        <translation>Utilisez uniquement des chiffres, des espaces et + - ( ) ., avec un poste facultatif (par exemple +1 416 555 0100 ext 12).</translation>
    </message>
    <message>
        <source>An example entry has no phone number; mark it as real to add one.</source>
        <translation>Une entrée d’exemple n’a pas de numéro de téléphone; marquez-la comme réelle pour en ajouter un.</translation>
    </message>
    <message>
        <source>The verification date cannot be in the future.</source>
        <translation>La date de vérification ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The directory changed since the preview; nothing was imported. Preview again.</source>
        <translation>Le répertoire a changé depuis l’aperçu; rien n’a été importé. Refaites l’aperçu.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>le fichier n’est pas du texte UTF-8; enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et réessayez</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row and at least one resource</source>
        <translation>le fichier est vide; il lui faut une ligne d’en-tête et au moins une ressource</translation>
    </message>
    <message>
        <source>the file has a header but no resources</source>
        <translation>le fichier a un en-tête, mais aucune ressource</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>le nom manque</translation>
    </message>
    <message>
        <source>the category is missing</source>
        <translation>la catégorie manque</translation>
    </message>
    <message>
        <source>duplicate: already in the directory (same name and phone)</source>
        <translation>doublon&#xa0;: déjà dans le répertoire (même nom et même téléphone)</translation>
    </message>
    <message>
        <source>That incident is not open to you. Choose another or none.</source>
        <translation>Cet incident ne vous est pas ouvert. Choisissez-en un autre ou aucun.</translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation>L’heure ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date is more than a year ago. Log an incident within a year of it.</source>
        <translation>La date remonte à plus d’un an. Consignez un incident dans l’année qui le suit.</translation>
    </message>
    <message>
        <source>Choose at least one member group.</source>
        <translation>Choisissez au moins un groupe de membres.</translation>
    </message>
    <message>
        <source>Enter {low}–{high} personnel (an estimate is fine).</source>
        <translation>Entrez de {low} à {high} personnes (une estimation convient).</translation>
    </message>
    <message>
        <source>Choose the team&apos;s response lead.</source>
        <translation>Choisissez la personne responsable de l’intervention de l’équipe.</translation>
    </message>
    <message>
        <source>Choose active supporters or coordinators of the team.</source>
        <translation>Choisissez des pairs aidants ou des coordonnateurs actifs de l’équipe.</translation>
    </message>
    <message>
        <source>Choose members who are on this incident&apos;s response.</source>
        <translation>Choisissez des membres qui participent à l’intervention pour cet incident.</translation>
    </message>
    <message>
        <source>This cannot be before the incident&apos;s date and time.</source>
        <translation>Ceci ne peut pas précéder la date et l’heure de l’incident.</translation>
    </message>
    <message>
        <source>Enter {low}–{high} personnel.</source>
        <translation>Entrez de {low} à {high} personnes.</translation>
    </message>
    <message>
        <source>All {count} personnel involved are already reached. If the number involved was an estimate, change it first.</source>
        <translation>Les {count} personnes touchées ont déjà toutes été jointes. Si ce nombre était une estimation, modifiez-le d’abord.</translation>
    </message>
    <message>
        <source>Enter {low}–{high}: newly reached attendees are some of the attendees.</source>
        <translation>Entrez de {low} à {high} : les personnes nouvellement jointes font partie des participants.</translation>
    </message>
    <message>
        <source>Choose a defusing, a debriefing or a crisis management briefing.</source>
        <translation>Choisissez un désamorçage, un débreffage ou une séance d’information en gestion de crise.</translation>
    </message>
    <message>
        <source>Choose at least one facilitator.</source>
        <translation>Choisissez au moins une personne animatrice.</translation>
    </message>
    <message>
        <source>{count} personnel are already reached: the number involved cannot be lower.</source>
        <translation>{count} personnes ont déjà été jointes : le nombre de personnes touchées ne peut pas être inférieur.</translation>
    </message>
    <message>
        <source>The team cannot be given more than the {count} personnel involved.</source>
        <translation>L’équipe ne peut pas se voir confier plus que les {count} personnes touchées.</translation>
    </message>
    <message>
        <source>This incident is closed. Reopen it to record more.</source>
        <translation>Cet incident est fermé. Rouvrez-le pour consigner davantage.</translation>
    </message>
    <message>
        <source>The acute phase of this incident is already closed.</source>
        <translation>La phase aiguë de cet incident est déjà close.</translation>
    </message>
    <message>
        <source>Enter 1–6 different numbers of days from 1 to 365, separated by commas.</source>
        <translation>Entrez de 1 à 6 nombres de jours différents, de 1 à 365, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Choose the course.</source>
        <translation>Choisissez le cours.</translation>
    </message>
    <message>
        <source>Enter a date from 1970 on.</source>
        <translation>Entrez une date à partir de 1970.</translation>
    </message>
    <message>
        <source>Enter the hours: at least one minute, at most {high} hours.</source>
        <translation>Entrez les heures&#xa0;: au moins une minute, au plus {high} heures.</translation>
    </message>
    <message>
        <source>Only a course or a certification can expire.</source>
        <translation>Seul un cours ou une certification peut expirer.</translation>
    </message>
    <message>
        <source>The expiry date cannot be before the date completed.</source>
        <translation>La date d’expiration ne peut pas précéder la date où la formation a été suivie.</translation>
    </message>
    <message>
        <source>This looks like a person&apos;s name or contact details. Write the organization or the role (for example &quot;staff psychologist&quot;), never a name.</source>
        <translation>Cela ressemble au nom d’une personne ou à des coordonnées. Écrivez l’organisme ou le rôle (par exemple «&#xa0;psychologue du service&#xa0;»), jamais un nom.</translation>
    </message>
    <message>
        <source>Choose courses from the list.</source>
        <translation>Choisissez les cours dans la liste.</translation>
    </message>
    <message>
        <source>The period&apos;s start cannot be after its end.</source>
        <translation>Le début de la période ne peut pas suivre sa fin.</translation>
    </message>
    <message>
        <source>List at most {count} agencies.</source>
        <translation>Indiquez au plus {count} organismes.</translation>
    </message>
    <message>
        <source>An agency is in the list twice.</source>
        <translation>Un organisme figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Choose January, April, July or October: a reporting year is four quarters.</source>
        <translation>Choisissez janvier, avril, juillet ou octobre&#xa0;: une année de rapport compte quatre trimestres.</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the pack nests values too deeply</source>
        <translation>l’ensemble imbrique des valeurs trop profondément</translation>
    </message>
    <message>
        <source>the pack holds no scenarios</source>
        <translation>l’ensemble ne contient aucun scénario</translation>
    </message>
    <message>
        <source>the [pack] table (id, title, version, language) is missing</source>
        <translation>la table [pack] (id, title, version, language) manque</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number from 1</source>
        <translation>«&#xa0;version&#xa0;» doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot; or &quot;fr-CA&quot;</source>
        <translation>«&#xa0;language&#xa0;» doit être un code de langue comme «&#xa0;en&#xa0;» ou «&#xa0;fr-CA&#xa0;»</translation>
    </message>
    <message>
        <source>the pack needs at least one [[scenario]]</source>
        <translation>l’ensemble doit contenir au moins un [[scenario]]</translation>
    </message>
    <message>
        <source>each scenario must be a [[scenario]] table</source>
        <translation>chaque scénario doit être une table [[scenario]]</translation>
    </message>
    <message>
        <source>&apos;debrief&apos; must list at least one debrief point</source>
        <translation>«&#xa0;debrief&#xa0;» doit contenir au moins un point de bilan</translation>
    </message>
    <message>
        <source>each debrief point must be non-empty text</source>
        <translation>chaque point de bilan doit être un texte non vide</translation>
    </message>
    <message>
        <source>&apos;why&apos; must be a table of field = &quot;explanation&quot;</source>
        <translation>«&#xa0;why&#xa0;» doit être une table de la forme champ = «&#xa0;explication&#xa0;»</translation>
    </message>
    <message>
        <source>the expected log ([scenario.expected]) is missing</source>
        <translation>le journal attendu ([scenario.expected]) manque</translation>
    </message>
    <message>
        <source>the expected log needs at least one topic</source>
        <translation>le journal attendu doit contenir au moins un sujet</translation>
    </message>
    <message>
        <source>&apos;group_size&apos; must be a whole number</source>
        <translation>«&#xa0;group_size&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>a scenario</source>
        <translation>un scénario</translation>
    </message>
    <message>
        <source>the expected log</source>
        <translation>le journal attendu</translation>
    </message>
    <message>
        <source>member group</source>
        <translation>groupe de membres</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <source>confidentiality exception</source>
        <translation>exception à la confidentialité</translation>
    </message>
    <message>
        <source>incident type</source>
        <translation>type d’incident</translation>
    </message>
    <message>
        <source>initiated-by</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>disclosure route</source>
        <translation>voie de divulgation</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>élément de liste de vérification</translation>
    </message>
    <message>
        <source>critical action</source>
        <translation>action critique</translation>
    </message>
    <message>
        <source>imminent danger</source>
        <translation>un danger imminent</translation>
    </message>
    <message>
        <source>a confidentiality exception</source>
        <translation>une exception à la confidentialité</translation>
    </message>
    <message>
        <source>needs risk = &quot;imminent_danger&quot;</source>
        <translation>exige risk = «&#xa0;imminent_danger&#xa0;»</translation>
    </message>
    <message>
        <source>needs a confidentiality_exception other than &quot;none&quot;</source>
        <translation>exige une confidentiality_exception autre que «&#xa0;none&#xa0;»</translation>
    </message>
    <message>
        <source>needs at least one referral</source>
        <translation>exige au moins une orientation</translation>
    </message>
    <message>
        <source>needs the referral to hand over to</source>
        <translation>exige l’orientation vers laquelle passer le relais</translation>
    </message>
    <message>
        <source>needs a risk other than &quot;none_observed&quot;</source>
        <translation>exige un risque autre que «&#xa0;none_observed&#xa0;»</translation>
    </message>
    <message>
        <source>cannot go with &apos;no_role_conflict&apos; in the checklist to tick</source>
        <translation>est incompatible avec «&#xa0;no_role_conflict&#xa0;» dans la liste de vérification à cocher</translation>
    </message>
    <message>
        <source>Record imminent danger with a crisis line, medical or clinician referral.</source>
        <translation>Consignez le danger imminent avec une orientation vers une ligne de crise, les services médicaux ou un clinicien.</translation>
    </message>
    <message>
        <source>Record the confidentiality exception that applies.</source>
        <translation>Consignez l’exception à la confidentialité qui s’applique.</translation>
    </message>
    <message>
        <source>Record who the exception was disclosed to (a role, not a name).</source>
        <translation>Consignez à qui l’exception a été divulguée (un rôle, pas un nom).</translation>
    </message>
    <message>
        <source>Offer a referral that fits the need.</source>
        <translation>Proposez une orientation adaptée au besoin.</translation>
    </message>
    <message>
        <source>Check for safety and record the risk you saw.</source>
        <translation>Vérifiez la sécurité et consignez le risque que vous avez observé.</translation>
    </message>
    <message>
        <source>Declare the role conflict: leave &apos;I have no role conflict&apos; unticked.</source>
        <translation>Déclarez le conflit de rôle&#xa0;: laissez « Je n’ai aucun conflit de rôle » non coché.</translation>
    </message>
    <message>
        <source>Hand over to another supporter (a warm hand-off).</source>
        <translation>Passez le relais à un autre pair aidant (transfert accompagné).</translation>
    </message>
    <message>
        <source>Keep names and identifying details out of the log.</source>
        <translation>Ne consignez ni noms ni détails identifiants.</translation>
    </message>
    <message>
        <source>Risk was logged as &apos;{given}&apos;; this was imminent danger.</source>
        <translation>Le risque a été consigné comme « {given} »; il s’agissait d’un danger imminent.</translation>
    </message>
    <message>
        <source>Imminent danger needs a crisis line, medical or clinician referral.</source>
        <translation>Un danger imminent exige une orientation vers une ligne de crise, les services médicaux ou un clinicien.</translation>
    </message>
    <message>
        <source>The exception was logged as &apos;{given}&apos;; this is &apos;{expected}&apos;.</source>
        <translation>L’exception a été consignée comme « {given} »; il s’agit de « {expected} ».</translation>
    </message>
    <message>
        <source>No disclosure route was recorded.</source>
        <translation>Aucune voie de divulgation n’a été consignée.</translation>
    </message>
    <message>
        <source>Disclosed to &apos;{given}&apos;; this needs {either}.</source>
        <translation>Divulgué à « {given} »; il faut plutôt {either}.</translation>
    </message>
    <message>
        <source>No fitting referral was offered; expected {either}.</source>
        <translation>Aucune orientation adaptée n’a été proposée; attendu&#xa0;: {either}.</translation>
    </message>
    <message>
        <source>&apos;I checked for safety&apos; was not ticked.</source>
        <translation>« J’ai vérifié la sécurité » n’a pas été coché.</translation>
    </message>
    <message>
        <source>Risk was logged as &apos;{given}&apos;; the signs point to &apos;{expected}&apos;.</source>
        <translation>Le risque a été consigné comme « {given} »; les signes indiquent « {expected} ».</translation>
    </message>
    <message>
        <source>&apos;I have no role conflict&apos; was ticked, but you were part of this incident.</source>
        <translation>« Je n’ai aucun conflit de rôle » a été coché, mais vous étiez partie prenante de cet incident.</translation>
    </message>
    <message>
        <source>No warm hand-off to {either} was recorded.</source>
        <translation>Aucun transfert accompagné vers {either} n’a été consigné.</translation>
    </message>
    <message>
        <source>The note holds what looks like identifying details ({kinds}).</source>
        <translation>La note contient ce qui ressemble à des détails identifiants ({kinds}).</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Juste.</translation>
    </message>
    <message>
        <source>Logged as &apos;{given}&apos;; this is &apos;{expected}&apos;.</source>
        <translation>Consigné comme « {given} »; attendu&#xa0;: « {expected} ».</translation>
    </message>
    <message>
        <source>Rated lower than the signs on the card.</source>
        <translation>Évalué plus bas que ne l’indiquent les signes de la fiche.</translation>
    </message>
    <message>
        <source>Rated higher than the card supports.</source>
        <translation>Évalué plus haut que ce que la fiche justifie.</translation>
    </message>
    <message>
        <source>Missing: {codes}.</source>
        <translation>Manquant&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>Does not fit this scenario: {codes}.</source>
        <translation>Ne convient pas à ce scénario&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>Not ticked: {codes}.</source>
        <translation>Non coché&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos;</source>
        <translation>« {code} »</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adresse courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>numéro de matricule</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>TRAINING — practice data</source>
        <translation>FORMATION — données d’exercice</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Année {year}</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>{first} à {last} {year}</translation>
    </message>
    <message>
        <source>{program} · Peer support statistics {period}</source>
        <translation>{program} · Statistiques du soutien par les pairs {period}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} de {total}</translation>
    </message>
    <message>
        <source>Hidden cells</source>
        <translation>Cellules masquées</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>hours of support</source>
        <translation>heures de soutien</translation>
    </message>
    <message>
        <source>referrals made</source>
        <translation>orientations faites</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>orientations</translation>
    </message>
    <message>
        <source>contacts with the item ticked</source>
        <translation>contacts où l’élément est coché</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>group interventions</source>
        <translation>interventions de groupe</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>membres du personnel</translation>
    </message>
    <message>
        <source>{row}: {percent} % of the personnel involved.</source>
        <translation>{row} : {percent} % du personnel touché.</translation>
    </message>
    <message>
        <source>Percentages are shown only where the number of personnel involved is published and at least {k}.</source>
        <translation>Un pourcentage n’est donné que si le nombre de membres du personnel touchés est publié et d’au moins {k}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Critical incidents&lt;/b&gt; count the quarter&apos;s incidents and the personnel they involved (as counted or estimated). Each incident is one story: a figure drawn from fewer than 3 incidents is hidden like a small one. A group intervention counts once with its attendees, never as that many contacts. Reach percentages are shown only where the number of personnel involved is published and at least {k}.</source>
        <translation>Les &lt;b&gt;incidents critiques&lt;/b&gt; comptent les incidents du trimestre et le personnel touché (compté ou estimé). Chaque incident est une seule histoire : un chiffre tiré de moins de 3 incidents est masqué comme une petite valeur. Une intervention de groupe compte une fois avec ses participants, jamais comme autant de contacts. Les pourcentages de personnel joint ne sont donnés que si le nombre de membres du personnel touchés est publié et d’au moins {k}.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>“hidden”: not shown to protect privacy. Hidden cells include small ones (1 to {below} contacts, or contacts from fewer than 3 people&apos;s conversations) and cells, possibly large, hidden so that the small ones cannot be worked out from the rest. Which is which is never shown.</source>
        <translation>« masqué » : non affiché pour protéger la vie privée. Les cellules masquées comprennent de petites valeurs (de 1 à {below} contacts, ou des contacts issus des conversations de moins de 3 personnes) et des cellules, parfois grandes, masquées pour que les petites valeurs ne puissent pas être déduites du reste. On n’indique jamais lesquelles sont lesquelles.</translation>
    </message>
    <message>
        <source>No checklist item was on the checklist of every contact of this period, so none is reported.</source>
        <translation>Aucun élément ne figurait sur la liste de vérification de chaque contact de cette période; aucun n’est donc présenté.</translation>
    </message>
    <message>
        <source>Every figure in this report counts contacts — conversations and interventions by trained peer supporters — that were logged for this period. PeerDesk stores no names; the figures come from the structured fields of each contact (who was supported as a group, never as a person; the kind of support; topics; referrals; risk; time spent).</source>
        <translation>Chaque chiffre de ce rapport compte des contacts — conversations et interventions de pairs aidants formés — consignés pour cette période. PeerDesk ne conserve aucun nom; les chiffres viennent des champs structurés de chaque contact (qui a été soutenu, en tant que groupe, jamais en tant que personne; le type de soutien; les sujets; les orientations; le risque; le temps consacré).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden cells cannot be worked out.&lt;/b&gt; Where a hidden figure could be calculated by subtracting the other figures from a total, more cells are hidden. Before release, PeerDesk checks this mathematically: for every hidden cell it computes, from everything published in this report and in every earlier released report, the lowest and highest value the cell could have, and hides more until each hidden count is either known only to be {k} or more or left with at least {below} possible values, and no hidden number of hours can be estimated to within 25 %.</source>
        <translation>&lt;b&gt;Les cellules masquées ne peuvent pas être déduites.&lt;/b&gt; Lorsqu’un chiffre masqué pourrait être calculé en soustrayant les autres chiffres d’un total, d’autres cellules sont masquées. Avant la publication, PeerDesk le vérifie mathématiquement : pour chaque cellule masquée, il calcule, à partir de tout ce qui est publié dans ce rapport et dans chaque rapport publié auparavant, la plus petite et la plus grande valeur possible, et masque davantage jusqu’à ce que chaque nombre masqué soit seulement connu comme valant {k} ou plus, ou garde au moins {below} valeurs possibles, et qu’aucun nombre d’heures masqué ne puisse être estimé à 25 % près.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Topics and referrals&lt;/b&gt; can be several per contact, so those tables do not add up to the number of contacts. A checklist item is reported only when every contact of the period was logged with a checklist that had it, by its own wording.</source>
        <translation>Un contact peut avoir plusieurs &lt;b&gt;sujets et orientations&lt;/b&gt; : ces tableaux ne totalisent donc pas le nombre de contacts. Un élément de la liste de vérification n’est présenté que si chaque contact de la période a été consigné avec une liste qui le contenait, sous son propre libellé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One release per quarter.&lt;/b&gt; A quarter closes {days} days after it ends. Until then no figure of it can be seen anywhere in PeerDesk, not even a running total. The first time anyone looks at a closed quarter&apos;s figures, they are released and frozen: every later look, on screen or in a file, shows exactly these figures. Contacts logged after a quarter closed count in the next open quarter, and editing or deleting a contact of a released quarter does not change its report.</source>
        <translation>&lt;b&gt;Une seule publication par trimestre.&lt;/b&gt; Un trimestre se ferme {days} jours après sa fin. D’ici là, aucun de ses chiffres ne peut être vu dans PeerDesk, pas même un total courant. La première fois que quelqu’un consulte les chiffres d’un trimestre fermé, ils sont publiés et figés : chaque consultation suivante, à l’écran ou dans un fichier, montre exactement ces chiffres. Les contacts consignés après la fermeture d’un trimestre comptent dans le prochain trimestre ouvert, et modifier ou supprimer un contact d’un trimestre publié ne change pas son rapport.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Annual summary.&lt;/b&gt; Each figure is the sum of the released figures of {quarters}; a figure hidden in any of them is hidden here. The summary is made from those reports only, never from the contacts, and hides sums under {k} and more by the same rules. A figure a quarter published under a lower threshold remains in that quarter&apos;s report.</source>
        <translation>&lt;b&gt;Bilan annuel.&lt;/b&gt; Chaque chiffre est la somme des chiffres publiés de {quarters}; un chiffre masqué dans l’un d’eux est masqué ici. Le bilan est produit à partir de ces rapports seulement, jamais à partir des contacts, et masque les sommes inférieures à {k}, et d’autres selon les mêmes règles. Un chiffre qu’un trimestre a publié sous un seuil plus bas demeure dans le rapport de ce trimestre.</translation>
    </message>
    <message>
        <source>This report shows how the peer support program was used in this period. It holds counts only: no names, no notes, nothing about any one conversation or any one supporter. Cells marked “hidden” are not shown to protect privacy; the last page explains how.</source>
        <translation>Ce rapport montre comment le programme de soutien par les pairs a été utilisé pendant cette période. Il ne contient que des nombres : aucun nom, aucune note, rien sur une conversation ou un·e pair aidant·e en particulier. Les cellules marquées « masqué » ne sont pas affichées pour protéger la vie privée; la dernière page explique comment.</translation>
    </message>
    <message>
        <source>{about} Out of {total} contacts.</source>
        <translation>{about} Sur {total} contacts.</translation>
    </message>
    <message>
        <source>{about} Total: {total} {unit}.</source>
        <translation>{about} Total : {total} {unit}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hours&lt;/b&gt; are the total time of the contacts in whole hours; the hours of a kind of support are hidden whenever its number of contacts is. &lt;b&gt;Checklist&lt;/b&gt; figures count the contacts where the supporter ticked each item of the boundary checklist (what is left unticked is hidden by the same rules).</source>
        <translation>Les &lt;b&gt;heures&lt;/b&gt; sont la durée totale des contacts, en heures entières; les heures d’un type de soutien sont masquées chaque fois que son nombre de contacts l’est. Les chiffres de la &lt;b&gt;liste de vérification&lt;/b&gt; comptent les contacts où le ou la pair aidant·e a coché chaque élément de la liste de vérification des limites (ce qui reste non coché est masqué selon les mêmes règles).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rounding.&lt;/b&gt; Figures were rounded to a multiple of {base} (up or down at random, the same way every time), so totals may differ slightly from the sum of their parts. Zero means none.</source>
        <translation>&lt;b&gt;Arrondi.&lt;/b&gt; Les chiffres ont été arrondis à un multiple de {base} (vers le haut ou vers le bas au hasard, toujours de la même façon); les totaux peuvent donc différer légèrement de la somme de leurs parties. Zéro signifie aucun.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training.&lt;/b&gt; This report was made from practice data in a training workspace. It describes no real person or contact.</source>
        <translation>&lt;b&gt;Formation.&lt;/b&gt; Ce rapport a été produit à partir de données d’exercice dans un espace de formation. Il ne décrit aucune personne ni aucun contact réels.</translation>
    </message>
    <message>
        <source>How these figures were made</source>
        <translation>Comment ces chiffres ont été produits</translation>
    </message>
    <message>
        <source>Peer support statistics {period}</source>
        <translation>Statistiques du soutien par les pairs {period}</translation>
    </message>
    <message>
        <source>Anonymized statistics</source>
        <translation>Statistiques anonymisées</translation>
    </message>
    <message>
        <source>Peer support statistics</source>
        <translation>Statistiques du soutien par les pairs</translation>
    </message>
    <message>
        <source>Released {released}. Privacy threshold: {k}. Made with {generator}.</source>
        <translation>Publié le {released}. Seuil de confidentialité : {k}. Produit avec {generator}.</translation>
    </message>
    <message>
        <source>{periods} not released yet: release it on the Statistics screen first.</source>
        <translation>{periods} pas encore publié&#xa0;: publiez-le d’abord dans l’écran Statistiques.</translation>
    </message>
    <message>
        <source>The account holds what looks like identifying details ({kinds}). It leaves PeerDesk with the report: write about the program, never about a person.</source>
        <translation>Le compte rendu contient ce qui ressemble à des détails identifiants ({kinds}). Il quitte PeerDesk avec le rapport&#xa0;: écrivez sur le programme, jamais sur une personne.</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <source>{program} · Program report {period}</source>
        <translation>{program} · Rapport du programme {period}</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>T{number} {year}</translation>
    </message>
    <message>
        <source>Quarter {number}, {year}</source>
        <translation>Trimestre {number}, {year}</translation>
    </message>
    <message>
        <source>Reporting year {year}</source>
        <translation>Année de rapport {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} à {last}</translation>
    </message>
    <message>
        <source>Serving {agencies}</source>
        <translation>Au service de {agencies}</translation>
    </message>
    <message>
        <source>This report tells management how the peer support program was used and how ready its team is. Every figure about contacts is a figure of a released quarterly report, exactly as published, or a sum or difference of such figures. It holds no names, no notes and nothing about any one conversation or any one supporter.</source>
        <translation>Ce rapport présente à la direction l’utilisation du programme de soutien par les pairs et l’état de préparation de son équipe. Chaque chiffre sur les contacts est un chiffre d’un rapport trimestriel publié, tel quel, ou une somme ou une différence de tels chiffres. Il ne contient aucun nom, aucune note et rien sur une conversation ou un pair aidant en particulier.</translation>
    </message>
    <message>
        <source>Prepared by {name} on {date}.</source>
        <translation>Préparé par {name} le {date}.</translation>
    </message>
    <message>
        <source>“hidden”: not shown to protect privacy (a small figure, or one hidden so that a small one cannot be worked out). A hidden figure is never compared, summed or charted; “not compared” marks a change that would need one.</source>
        <translation>« masqué »&#xa0;: non affiché pour protéger la vie privée (un petit chiffre, ou un chiffre masqué pour qu’un petit ne puisse pas être déduit). Un chiffre masqué n’est jamais comparé, additionné ni représenté; « non comparé » marque une variation qui en aurait besoin.</translation>
    </message>
    <message>
        <source>{change} ({percent}%)</source>
        <translation>{change} ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>no earlier release to compare with</source>
        <translation>aucune publication antérieure à comparer</translation>
    </message>
    <message>
        <source>Rows that are zero in both periods are left out.</source>
        <translation>Les lignes nulles dans les deux périodes sont omises.</translation>
    </message>
    <message>
        <source>Rows hidden in this release and in every release they are compared with are left out.</source>
        <translation>Les lignes masquées dans cette publication et dans toutes celles auxquelles elles sont comparées sont omises.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs an English and a French wording (en = &quot;...&quot;, fr = &quot;...&quot;)</source>
        <translation>«&#xa0;{key}&#xa0;» demande un libellé anglais et un libellé français (en = &quot;...&quot;, fr = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>Every figure is a sum over the contributing stations. A count between 1 and {threshold} minus one, or from fewer than three episodes, is hidden, and more figures are hidden until nobody holding every station&apos;s own report and every regional report can narrow a hidden count or hours figure. A figure any station hid in its own report stays hidden here: someone who knows every other station&apos;s true figures could otherwise subtract them. The agencies&apos; lines repeat what each station published itself.</source>
        <translation>Chaque chiffre est une somme sur les postes qui y contribuent. Un compte de 1 à {threshold} moins un, ou issu de moins de trois épisodes, est masqué, et d’autres chiffres sont masqués jusqu’à ce que personne, avec le rapport de chaque poste et chaque rapport régional, ne puisse resserrer un compte ou un nombre d’heures masqué. Un chiffre qu’un poste a masqué dans son propre rapport reste masqué ici&#xa0;: qui connaît les vrais chiffres de tous les autres postes pourrait sinon les soustraire. Les lignes des organismes reprennent ce que chaque poste a lui-même publié.</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Small numbers are hidden.&lt;/b&gt; A figure between 1 and {below} is never shown, because in a small team it could point to one person. Neither is a figure drawn from the conversations of fewer than 3 people (counted as episodes: a contact and its follow-ups). Such cells read “hidden”. Zero is shown: it points to no one. Inside a hidden small total, though, every part is hidden, zeros too, so no one can count how many parts are not zero.</source>
        <translation>&lt;b&gt;Les petits nombres sont masqués.&lt;/b&gt; Un chiffre entre 1 et {below} n’est jamais affiché, car dans une petite équipe, il pourrait désigner une personne. Il en va de même d’un chiffre tiré des conversations de moins de 3 personnes (comptées en épisodes : un contact et ses suivis). Ces cellules affichent « masqué ». Le zéro est affiché : il ne désigne personne. Dans un petit total masqué, toutefois, toutes les parties sont masquées, zéros compris, pour que personne ne puisse compter les parties non nulles.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is guaranteed, and against whom.&lt;/b&gt; The protection holds against someone who holds every report this program has released (quarters and annual summaries) and knows exactly how PeerDesk decides what to hide: for every hidden count, the most they can work out is that it is {k} or more, or that it lies in a range of at least {below} possible values. Comparing two looks at one quarter tells them nothing more, because there are never two different looks. A quarter for which no set of hidden figures keeps that promise is withheld: nothing of it is published. The protection does not hold against someone who opens the vault itself with a member&apos;s passphrase.</source>
        <translation>&lt;b&gt;Ce qui est garanti, et contre qui.&lt;/b&gt; La protection tient face à quelqu’un qui détient tous les rapports publiés par ce programme (trimestres et bilans annuels) et sait exactement comment PeerDesk décide quoi masquer : pour chaque nombre masqué, le mieux qu’il puisse déduire est qu’il vaut {k} ou plus, ou qu’il se trouve dans un intervalle d’au moins {below} valeurs possibles. Comparer deux consultations d’un même trimestre ne lui apprend rien de plus, car il n’y a jamais deux consultations différentes. Un trimestre pour lequel aucun choix de chiffres masqués ne tient cette promesse est retenu : rien n’en est publié. Cette protection ne vaut pas contre quelqu’un qui ouvre le coffre lui-même avec la phrase de passe d’un membre.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>No critical incident, group intervention or incident follow-up was recorded in this period or the one before.</source>
        <translation>Aucun incident critique, aucune intervention de groupe et aucun suivi d’incident n’a été consigné pendant cette période ni la précédente.</translation>
    </message>
    <message>
        <source>on the previous quarter</source>
        <translation>par rapport au trimestre précédent</translation>
    </message>
    <message>
        <source>on the previous year</source>
        <translation>par rapport à l’année précédente</translation>
    </message>
    <message>
        <source>on the same quarter last year</source>
        <translation>par rapport au même trimestre l’an dernier</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <source>This quarter&apos;s released figures beside the previous quarter&apos;s and the same quarter&apos;s a year before, each from its own released report.</source>
        <translation>Les chiffres publiés de ce trimestre à côté de ceux du trimestre précédent et du même trimestre un an plus tôt, chacun tiré de son propre rapport publié.</translation>
    </message>
    <message>
        <source>The reporting year&apos;s figures (the sums of its four released quarters) beside the year before&apos;s.</source>
        <translation>Les chiffres de l’année de rapport (les sommes de ses quatre trimestres publiés) à côté de ceux de l’année précédente.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Un an plus tôt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Hours of support</source>
        <translation>Heures de soutien</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Orientations faites</translation>
    </message>
    <message>
        <source>Contacts by member group</source>
        <translation>Contacts par groupe de membres</translation>
    </message>
    <message>
        <source>Contacts by kind of support</source>
        <translation>Contacts par type de soutien</translation>
    </message>
    <message>
        <source>Trends over the last {n} released quarters</source>
        <translation>Tendances sur les {n} derniers trimestres publiés</translation>
    </message>
    <message>
        <source>Each bar is the figure of one released quarter, as published. A hidden figure has no bar and reads “hidden”.</source>
        <translation>Chaque barre est le chiffre d’un trimestre publié, tel qu’il a été publié. Un chiffre masqué n’a pas de barre et se lit « masqué ».</translation>
    </message>
    <message>
        <source>Contacts per quarter</source>
        <translation>Contacts par trimestre</translation>
    </message>
    <message>
        <source>Hours of support per quarter</source>
        <translation>Heures de soutien par trimestre</translation>
    </message>
    <message>
        <source>Referrals made per quarter</source>
        <translation>Orientations faites par trimestre</translation>
    </message>
    <message>
        <source>Critical-incident response and follow-up</source>
        <translation>Intervention après incident critique et suivi</translation>
    </message>
    <message>
        <source>From the released tables on critical incidents and follow-up, beside the previous period&apos;s.</source>
        <translation>Tiré des tableaux publiés sur les incidents critiques et le suivi, à côté de ceux de la période précédente.</translation>
    </message>
    <message>
        <source>Team readiness</source>
        <translation>Préparation de l’équipe</translation>
    </message>
    <message>
        <source>From the team&apos;s training records over the period: records about the supporters, never about the people they support.</source>
        <translation>Tiré des dossiers de formation de l’équipe sur la période&#xa0;: des dossiers sur les pairs aidants, jamais sur les personnes qu’ils soutiennent.</translation>
    </message>
    <message>
        <source>No training records are kept in this workspace yet, so the team&apos;s readiness is not reported.</source>
        <translation>Aucun dossier de formation n’est encore tenu dans cet espace de travail; la préparation de l’équipe n’est donc pas présentée.</translation>
    </message>
    <message>
        <source>active supporters</source>
        <translation>pairs aidants actifs</translation>
    </message>
    <message>
        <source>with their required training current</source>
        <translation>avec leur formation obligatoire à jour</translation>
    </message>
    <message>
        <source>with required training lapsed</source>
        <translation>avec une formation obligatoire échue</translation>
    </message>
    <message>
        <source>hours of training in the period</source>
        <translation>heures de formation sur la période</translation>
    </message>
    <message>
        <source>Also in the period: {hours} hours of supervision and clinical oversight.</source>
        <translation>Aussi sur la période&#xa0;: {hours} heures de supervision et d’encadrement clinique.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s account</source>
        <translation>Le compte rendu de la coordination</translation>
    </message>
    <message>
        <source>No account was written for this period.</source>
        <translation>Aucun compte rendu n’a été rédigé pour cette période.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Révisé par</translation>
    </message>
    <message>
        <source>Name, title and signature</source>
        <translation>Nom, titre et signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&lt;b&gt;This program report&lt;/b&gt; shows only figures of released quarters, exactly as published, their sums over a reporting year and the differences between them (a percentage change is that difference over the earlier figure). A figure hidden in any report it would need reads “hidden” and is never compared, summed or charted. Team readiness comes from the training records, not from contacts.</source>
        <translation>&lt;b&gt;Ce rapport du programme&lt;/b&gt; ne présente que des chiffres de trimestres publiés, tels qu’ils ont été publiés, leurs sommes sur une année de rapport et leurs différences (une variation en pourcentage est cette différence rapportée au chiffre antérieur). Un chiffre masqué dans un rapport dont il aurait besoin se lit « masqué » et n’est jamais comparé, additionné ni représenté. La préparation de l’équipe provient des dossiers de formation, pas des contacts.</translation>
    </message>
    <message>
        <source>PeerDesk classroom drills</source>
        <translation>Exercices en classe PeerDesk</translation>
    </message>
    <message>
        <source>{watermark} · not a record of real support work</source>
        <translation>{watermark} · pas un dossier de soutien réel</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>{score}/100 · pass</source>
        <translation>{score}/100 · réussi</translation>
    </message>
    <message>
        <source>{score}/100 · not yet</source>
        <translation>{score}/100 · pas encore</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>non chronométré</translation>
    </message>
    <message>
        <source>under the limit</source>
        <translation>sous la limite</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>au-delà de la limite</translation>
    </message>
    <message>
        <source>{seconds} s of {limit} s ({verdict})</source>
        <translation>{seconds} s sur {limit} s ({verdict})</translation>
    </message>
    <message>
        <source>Drill debrief: {name}</source>
        <translation>Retour sur l’exercice : {name}</translation>
    </message>
    <message>
        <source>{session} · {held_on} · printed {today}</source>
        <translation>{session} · {held_on} · imprimé le {today}</translation>
    </message>
    <message>
        <source>No drills recorded yet for this trainee.</source>
        <translation>Aucun exercice enregistré pour l’instant pour cette personne.</translation>
    </message>
    <message>
        <source>{drills} drill(s), {passed} passed (pass mark {mark}, no critical miss), average score {average}. Critical actions missed: {misses}.</source>
        <translation>{drills} exercice(s), {passed} réussi(s) (note de passage {mark}, aucune action essentielle manquée), note moyenne {average}. Actions essentielles manquées : {misses}.</translation>
    </message>
    <message>
        <source>Score {score} · {timing}</source>
        <translation>Note {score} · {timing}</translation>
    </message>
    <message>
        <source>Critical actions</source>
        <translation>Actions essentielles</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>MANQUÉE</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>The log, field by field</source>
        <translation>Le contact, champ par champ</translation>
    </message>
    <message>
        <source>Debrief points</source>
        <translation>Points de retour</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rétroaction</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Class debrief: {title}</source>
        <translation>Retour de la classe : {title}</translation>
    </message>
    <message>
        <source>{held_on} · {trainees} trainee(s) · {drills} drill(s) · printed {today}</source>
        <translation>{held_on} · {trainees} participant·e(s) · {drills} exercice(s) · imprimé le {today}</translation>
    </message>
    <message>
        <source>Critical actions the class missed most</source>
        <translation>Actions essentielles les plus manquées par la classe</translation>
    </message>
    <message>
        <source>Critical action</source>
        <translation>Action essentielle</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>{misses} of {attempts}</source>
        <translation>{misses} sur {attempts}</translation>
    </message>
    <message>
        <source>No critical action was missed. Well done.</source>
        <translation>Aucune action essentielle manquée. Bravo.</translation>
    </message>
    <message>
        <source>Results per trainee</source>
        <translation>Résultats par participant·e</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Critical misses</source>
        <translation>Actions manquées</translation>
    </message>
    <message>
        <source>Results per scenario (hardest first)</source>
        <translation>Résultats par scénario (les plus difficiles d’abord)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>No drills recorded yet.</source>
        <translation>Aucun exercice enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Scoring: critical actions carry 60 of 100 points and the log&apos;s fields 40; any missed critical action caps the score at 40. A drill passes at {mark} with no critical miss. Time is reported, not scored.</source>
        <translation>Notation : les actions essentielles valent 60 points sur 100 et les champs du contact, 40; toute action essentielle manquée plafonne la note à 40. Un exercice est réussi à {mark} sans action essentielle manquée. Le temps est indiqué, pas noté.</translation>
    </message>
    <message>
        <source>unknown question &apos;{item}&apos;</source>
        <translation>question inconnue «&#xa0;{item}&#xa0;»</translation>
    </message>
    <message>
        <source>the answer to &apos;{item}&apos; must be one of the scale&apos;s values, {low} to {high}</source>
        <translation>la réponse à «&#xa0;{item}&#xa0;» doit être une des valeurs de l’échelle, de {low} à {high}</translation>
    </message>
    <message>
        <source>No question was answered, so nothing was saved.</source>
        <translation>Aucune question n’a reçu de réponse&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A personal code has {low} to {high} letters or digits (spaces do not count).</source>
        <translation>Un code personnel compte de {low} à {high} lettres ou chiffres (les espaces ne comptent pas).</translation>
    </message>
    <message>
        <source>The minimum is a whole number from {low} (the statistics threshold) to {high}.</source>
        <translation>Le minimum est un nombre entier de {low} (le seuil des statistiques) à {high}.</translation>
    </message>
    <message>
        <source>Give the cohort a title of {low} to {high} characters.</source>
        <translation>Donnez à la cohorte un titre de {low} à {high} caractères.</translation>
    </message>
    <message>
        <source>The title seems to hold a name or contact details. Name the program or the period instead.</source>
        <translation>Le titre semble contenir un nom ou des coordonnées. Nommez plutôt le programme ou la période.</translation>
    </message>
    <message>
        <source>Choose at least one questionnaire.</source>
        <translation>Choisissez au moins un questionnaire.</translation>
    </message>
    <message>
        <source>This cohort does not use the questionnaire &apos;{instrument}&apos;.</source>
        <translation>Cette cohorte n’utilise pas le questionnaire «&#xa0;{instrument}&#xa0;».</translation>
    </message>
    <message>
        <source>This cohort has no follow-up wave.</source>
        <translation>Cette cohorte n’a pas de vague de suivi.</translation>
    </message>
    <message>
        <source>The {wave} wave has already been opened; a wave runs once.</source>
        <translation>La vague {wave} a déjà été ouverte&#xa0;; une vague n’a lieu qu’une fois.</translation>
    </message>
    <message>
        <source>Close the {wave} wave first: one wave runs at a time.</source>
        <translation>Fermez d’abord la vague {wave}&#xa0;: une seule vague à la fois.</translation>
    </message>
    <message>
        <source>The next wave to open is the {wave} wave.</source>
        <translation>La prochaine vague à ouvrir est la vague {wave}.</translation>
    </message>
    <message>
        <source>The {wave} wave is not open.</source>
        <translation>La vague {wave} n’est pas ouverte.</translation>
    </message>
    <message>
        <source>No wave of this cohort is open: the answers were not saved.</source>
        <translation>Aucune vague de cette cohorte n’est ouverte&#xa0;: les réponses n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Results can be seen once every wave of the cohort has closed.</source>
        <translation>Les résultats sont visibles une fois toutes les vagues de la cohorte fermées.</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>initiale</translation>
    </message>
    <message>
        <source>post</source>
        <translation>finale</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>de suivi</translation>
    </message>
    <message>
        <source>not shown: fewer respondents than the cohort&apos;s minimum</source>
        <translation>non affiché&#xa0;: moins de répondants que le minimum de la cohorte</translation>
    </message>
    <message>
        <source>not shown: the answers could not be shown without singling someone out</source>
        <translation>non affiché&#xa0;: les réponses ne pouvaient être montrées sans isoler quelqu’un</translation>
    </message>
    <message>
        <source>not computed: every respondent has the same score</source>
        <translation>non calculé&#xa0;: tous les répondants ont le même score</translation>
    </message>
    <message>
        <source>the [{key}] table is missing</source>
        <translation>la table [{key}] manque</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from {low} to {high}</source>
        <translation>«&#xa0;{key}&#xa0;» doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one of: {allowed}</source>
        <translation>«&#xa0;{key}&#xa0;» doit être l’un de&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a non-empty list</source>
        <translation>«&#xa0;{key}&#xa0;» doit être une liste non vide</translation>
    </message>
    <message>
        <source>each of &apos;{key}&apos; must be a table</source>
        <translation>chaque élément de «&#xa0;{key}&#xa0;» doit être une table</translation>
    </message>
    <message>
        <source>keep to {count} entries in &apos;{key}&apos;</source>
        <translation>limitez «&#xa0;{key}&#xa0;» à {count} éléments</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>«&#xa0;{key}&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>the [scale] needs &apos;options&apos;, a list of at least two answers</source>
        <translation>la table [scale] demande «&#xa0;options&#xa0;», une liste d’au moins deux réponses</translation>
    </message>
    <message>
        <source>the scale&apos;s values must be whole numbers in steps of one, none missing</source>
        <translation>les valeurs de l’échelle doivent être des nombres entiers qui se suivent, sans trou</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; lists {value} twice</source>
        <translation>«&#xa0;{key}&#xa0;» donne {value} deux fois</translation>
    </message>
    <message>
        <source>{value} is not the id of an [[item]] of this file</source>
        <translation>{value} n’est l’identifiant d’aucun [[item]] de ce fichier</translation>
    </message>
    <message>
        <source>a band needs numbers &apos;low&apos; and &apos;high&apos;</source>
        <translation>une tranche demande des nombres «&#xa0;low&#xa0;» et «&#xa0;high&#xa0;»</translation>
    </message>
    <message>
        <source>a band must lie within the score&apos;s range, {low} to {high}, low before high</source>
        <translation>une tranche doit tenir dans l’étendue du score, de {low} à {high}, low avant high</translation>
    </message>
    <message>
        <source>bands must go up without overlapping</source>
        <translation>les tranches doivent monter sans se chevaucher</translation>
    </message>
    <message>
        <source>{why}</source>
        <translation>{why}</translation>
    </message>
    <message>
        <source>This vault is not a regional vault. Make it one first (peerdesk region init).</source>
        <translation>Ce coffre n’est pas un coffre régional. Faites-en un d’abord (peerdesk region init).</translation>
    </message>
    <message>
        <source>The file is not a PeerDesk region key, or it was changed.</source>
        <translation>Ce fichier n’est pas une clé de région PeerDesk, ou il a été modifié.</translation>
    </message>
    <message>
        <source>This region is not registered here yet. Read its fingerprint words to the regional coordinator and type them if they match: {words}.</source>
        <translation>Cette région n’est pas encore enregistrée ici. Lisez ses mots d’empreinte au coordonnateur régional et tapez-les s’ils correspondent&#xa0;: {words}.</translation>
    </message>
    <message>
        <source>The fingerprint words differ from this region key&apos;s. Do not use this key; ask the regional coordinator for it again. Nothing was registered.</source>
        <translation>Les mots d’empreinte diffèrent de ceux de cette clé de région. N’utilisez pas cette clé&#xa0;; redemandez-la au coordonnateur régional. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>{quarter} is not released at this station yet. Release its statistics first: a bundle carries the published release.</source>
        <translation>{quarter} n’est pas encore publié dans ce poste. Publiez d’abord ses statistiques&#xa0;: un lot contient la publication.</translation>
    </message>
    <message>
        <source>Contacts of {quarter} were changed after its release, so its figures no longer match the published ones. No bundle was written.</source>
        <translation>Des contacts de {quarter} ont été modifiés après sa publication, si bien que ses chiffres ne correspondent plus à ceux publiés. Aucun lot n’a été écrit.</translation>
    </message>
    <message>
        <source>The file is cut short or is not a PeerDesk bundle. Nothing was stored; ask the station for the file again.</source>
        <translation>Le fichier est tronqué ou n’est pas un lot PeerDesk. Rien n’a été conservé&#xa0;; redemandez le fichier au poste.</translation>
    </message>
    <message>
        <source>A newer PeerDesk wrote this bundle (format {version}). Update PeerDesk here first. Nothing was stored.</source>
        <translation>Une version plus récente de PeerDesk a écrit ce lot (format {version}). Mettez d’abord PeerDesk à jour ici. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>This bundle is addressed to another region. Nothing was stored.</source>
        <translation>Ce lot est adressé à une autre région. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>This bundle was changed or damaged after it was sealed, so it does not open. Nothing was stored; ask the station for the file again.</source>
        <translation>Ce lot a été modifié ou endommagé après avoir été scellé, il ne s’ouvre donc pas. Rien n’a été conservé&#xa0;; redemandez le fichier au poste.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match the station it names: the station did not write it. Nothing was stored.</source>
        <translation>La signature du lot ne correspond pas au poste qu’il nomme&#xa0;: ce poste ne l’a pas écrit. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Station {station} is new to this region. Compare its fingerprint words with the station&apos;s coordinator, then confirm them and import again: {words}.</source>
        <translation>Le poste {station} est nouveau pour cette région. Comparez ses mots d’empreinte avec son coordonnateur, puis confirmez-les et importez de nouveau&#xa0;: {words}.</translation>
    </message>
    <message>
        <source>This is a training bundle (practice data): a real regional vault does not take it. Nothing was stored.</source>
        <translation>C’est un lot de formation (données d’exercice)&#xa0;: un vrai coffre régional ne l’accepte pas. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>This bundle holds real figures: a training regional vault does not take it. Nothing was stored.</source>
        <translation>Ce lot contient de vrais chiffres&#xa0;: un coffre régional de formation ne l’accepte pas. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>This bundle was imported before (the same file sent again). Nothing was stored.</source>
        <translation>Ce lot a déjà été importé (le même fichier envoyé de nouveau). Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Station {station} already reported {quarter} in another bundle; only the first counts. Nothing was stored.</source>
        <translation>Le poste {station} a déjà rendu compte de {quarter} dans un autre lot&#xa0;; seul le premier compte. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The bundle&apos;s release is not the release of {quarter}. Nothing was stored.</source>
        <translation>La publication du lot n’est pas celle de {quarter}. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The bundle&apos;s true tables and its published release disagree. Nothing was stored.</source>
        <translation>Les vrais tableaux du lot et sa publication ne concordent pas. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Station {station}, {quarter}: imported.</source>
        <translation>Poste {station}, {quarter}&#xa0;: importé.</translation>
    </message>
    <message>
        <source>There is no bundle file (*.peerdesk-bundle) in {folder}.</source>
        <translation>Il n’y a aucun fichier de lot (*.peerdesk-bundle) dans {folder}.</translation>
    </message>
    <message>
        <source>No station has reported {quarter} yet, so there is nothing to release.</source>
        <translation>Aucun poste n’a encore rendu compte de {quarter}&#xa0;: il n’y a rien à publier.</translation>
    </message>
    <message>
        <source>Regional statistics</source>
        <translation>Statistiques régionales</translation>
    </message>
    <message>
        <source>Release {seq}, frozen {date}: {count} station(s) contributed.</source>
        <translation>Publication {seq}, figée le {date}&#xa0;: {count} poste(s) y ont contribué.</translation>
    </message>
    <message>
        <source>Correction {seq}, frozen {date}: {count} station(s) that reported after the release before it. Add its figures to the earlier ones.</source>
        <translation>Correction {seq}, figée le {date}&#xa0;: {count} poste(s) qui ont rendu compte après la publication précédente. Ajoutez ses chiffres aux précédents.</translation>
    </message>
    <message>
        <source>The region, release {seq}</source>
        <translation>La région, publication {seq}</translation>
    </message>
    <message>
        <source>Agencies, as each published</source>
        <translation>Organismes, tels que chacun a publié</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>{title} · Survey results</source>
        <translation>{title} · Résultats du sondage</translation>
    </message>
    <message>
        <source>Anonymous pre/post survey results (aggregates only)</source>
        <translation>Résultats d’un sondage anonyme avant/après (données agrégées seulement)</translation>
    </message>
    <message>
        <source>{title} · Survey results · aggregates only</source>
        <translation>{title} · Résultats du sondage · données agrégées seulement</translation>
    </message>
    <message>
        <source>{program} · Survey results, released {date}</source>
        <translation>{program} · Résultats du sondage, publiés le {date}</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{wave} {count}</source>
        <translation>{wave} {count}</translation>
    </message>
    <message>
        <source>Respondents per wave: {waves}.</source>
        <translation>Répondants par vague&#xa0;: {waves}.</translation>
    </message>
    <message>
        <source>Respondents whose pre and post answers were linked by their personal code: {count}.</source>
        <translation>Répondants dont les réponses initiales et finales ont été reliées par leur code personnel&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>This report holds aggregates only, never one person&apos;s answers. Nothing is shown for fewer than {minimum} respondents, small counts are hidden, and these results were released once and will not change.</source>
        <translation>Ce rapport ne contient que des données agrégées, jamais les réponses d’une personne. Rien n’est affiché pour moins de {minimum} répondants, les petits nombres sont masqués, et ces résultats ont été publiés une seule fois et ne changeront pas.</translation>
    </message>
    <message>
        <source>Every wave had fewer than {minimum} respondents: no result is shown.</source>
        <translation>Chaque vague a eu moins de {minimum} répondants&#xa0;: aucun résultat n’est affiché.</translation>
    </message>
    <message>
        <source>Not a validated instrument: written for PeerDesk. Its scores describe this cohort only and cannot be compared with published norms.</source>
        <translation>Instrument non validé&#xa0;: rédigé pour PeerDesk. Ses scores ne décrivent que cette cohorte et ne peuvent être comparés à des normes publiées.</translation>
    </message>
    <message>
        <source>Scores by wave</source>
        <translation>Scores par vague</translation>
    </message>
    <message>
        <source>Change between waves</source>
        <translation>Variation entre les vagues</translation>
    </message>
    <message>
        <source>Respondents by score band</source>
        <translation>Répondants par tranche de score</translation>
    </message>
    <message>
        <source>Answers to each question</source>
        <translation>Réponses à chaque question</translation>
    </message>
    <message>
        <source>{wave} wave</source>
        <translation>Vague {wave}</translation>
    </message>
    <message>
        <source>reverse-scored</source>
        <translation>score inversé</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation>Moyenne (ÉT)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Change [95 % CI]</source>
        <translation>Variation [IC à 95&#xa0;%]</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Effect size</source>
        <translation>Taille d’effet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{first} to {second}, linked respondents</source>
        <translation>{first} à {second}, répondants reliés</translation>
    </message>
    <message>
        <source>{first} to {second}, waves as separate groups</source>
        <translation>{first} à {second}, vagues comme groupes distincts</translation>
    </message>
    <message>
        <source>{change} [{low} to {high}]</source>
        <translation>{change} [{low} à {high}]</translation>
    </message>
    <message>
        <source>paired t = {t}, p {p_t}; Wilcoxon p {p_rank}</source>
        <translation>t apparié = {t}, p {p_t}&#xa0;; Wilcoxon p {p_rank}</translation>
    </message>
    <message>
        <source>Welch t = {t}, p {p_t}; Mann-Whitney p {p_rank}</source>
        <translation>t de Welch = {t}, p {p_t}&#xa0;; Mann-Whitney p {p_rank}</translation>
    </message>
    <message>
        <source>d_z = {effect}</source>
        <translation>d_z = {effect}</translation>
    </message>
    <message>
        <source>g = {effect}</source>
        <translation>g = {effect}</translation>
    </message>
    <message>
        <source>in the better direction</source>
        <translation>dans le sens d’une amélioration</translation>
    </message>
    <message>
        <source>in the worse direction</source>
        <translation>dans le sens d’une détérioration</translation>
    </message>
    <message>
        <source>How to read these results</source>
        <translation>Comment lire ces résultats</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minimum.&lt;/b&gt; The cohort&apos;s minimum is {minimum}: no score, answer count or change is shown for fewer respondents.</source>
        <translation>&lt;b&gt;Minimum.&lt;/b&gt; Le minimum de la cohorte est de {minimum}&#xa0;: aucun score, nombre de réponses ni variation n’est affiché pour moins de répondants.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden counts.&lt;/b&gt; A count of 1 to {below} is hidden, and so are other counts where needed so that a hidden one cannot be worked out from the total, the other counts or the mean. “hidden” never says whether a count is small.</source>
        <translation>&lt;b&gt;Nombres masqués.&lt;/b&gt; Un nombre de 1 à {below} est masqué, ainsi que d’autres nombres au besoin pour qu’un nombre masqué ne puisse être déduit du total, des autres nombres ou de la moyenne. «&#xa0;masqué&#xa0;» ne dit jamais si un nombre est petit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Linking.&lt;/b&gt; Respondents typed a personal code of their own at the pre and post waves. PeerDesk kept only a keyed hash of it, deleted when the post wave closed; a code given twice in one wave links no one.</source>
        <translation>&lt;b&gt;Liaison.&lt;/b&gt; Les répondants ont tapé un code personnel de leur choix aux vagues initiale et finale. PeerDesk n’en a gardé qu’un hachage à clé, supprimé à la fermeture de la vague finale&#xa0;; un code donné deux fois dans une vague ne relie personne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Linked change.&lt;/b&gt; For linked respondents, the change is the mean of each person&apos;s post score less their pre score, with its 95 % confidence interval (t distribution), the paired t-test, the Wilcoxon signed-rank test and Cohen&apos;s d_z (mean change divided by the standard deviation of the changes). It is used only when at least {minimum} respondents are linked and, in each wave, the respondents left out of the pairs are none or at least {minimum}.</source>
        <translation>&lt;b&gt;Variation des répondants reliés.&lt;/b&gt; Pour les répondants reliés, la variation est la moyenne, pour chaque personne, de son score final moins son score initial, avec son intervalle de confiance à 95&#xa0;% (loi de Student), le test t apparié, le test des rangs signés de Wilcoxon et le d_z de Cohen (variation moyenne divisée par l’écart type des variations). Elle n’est utilisée que si au moins {minimum} répondants sont reliés et si, dans chaque vague, les répondants hors des paires sont zéro ou au moins {minimum}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waves as groups.&lt;/b&gt; Otherwise, and for the follow-up wave, the waves are compared as separate groups: difference of means with Welch&apos;s 95 % interval, Welch&apos;s t-test, the Mann-Whitney U test and Hedges&apos; g. This is weaker evidence: the groups need not be the same people.</source>
        <translation>&lt;b&gt;Vagues comme groupes.&lt;/b&gt; Sinon, et pour la vague de suivi, les vagues sont comparées comme des groupes distincts&#xa0;: différence des moyennes avec l’intervalle à 95&#xa0;% de Welch, le test t de Welch, le test U de Mann-Whitney et le g de Hedges. C’est une preuve plus faible&#xa0;: les groupes ne sont pas forcément les mêmes personnes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Released once.&lt;/b&gt; These results were computed after the last wave closed and frozen: every later look and export shows the same figures. A p-value is not proof that the program caused a change.</source>
        <translation>&lt;b&gt;Publiés une fois.&lt;/b&gt; Ces résultats ont été calculés après la fermeture de la dernière vague, puis figés&#xa0;: chaque consultation et exportation ultérieure montre les mêmes chiffres. Une valeur p ne prouve pas que le programme a causé une variation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice data.&lt;/b&gt; These are demo answers from the training workspace.</source>
        <translation>&lt;b&gt;Données d’exercice.&lt;/b&gt; Ce sont des réponses fictives de l’espace de formation.</translation>
    </message>
    <message>
        <source>Questionnaires: sources, terms and credits</source>
        <translation>Questionnaires&#xa0;: sources, conditions et mentions</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Source&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Terms: {text}</source>
        <translation>Conditions&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots et évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Pas besoin de symboles, de chiffres ni de majuscules.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les courts motifs de clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de changements de direction.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous sont associées.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années qui vous sont associées.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C’est l’un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C’est l’un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C’est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et les noms de famille seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et les noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n’aident pas beaucoup.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots à l’envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme «&#xa0;@&#xa0;» au lieu de «&#xa0;a&#xa0;» n’aident pas beaucoup.</translation>
    </message>
    <message>
        <source>Enter {low}–{high} minutes.</source>
        <translation>Entrez de {low} à {high} minutes.</translation>
    </message>
    <message>
        <source>Enter {low}–{high} days.</source>
        <translation>Entrez de {low} à {high} jours.</translation>
    </message>
    <message>
        <source>Enter {low}–{high} contacts.</source>
        <translation>Entrez de {low} à {high} contacts.</translation>
    </message>
    <message>
        <source>A group has {low}–{high} people.</source>
        <translation>Un groupe compte de {low} à {high} personnes.</translation>
    </message>
    <message>
        <source>Keep the note under {count} characters.</source>
        <translation>La note doit compter moins de {count} caractères.</translation>
    </message>
    <message>
        <source>Use at most {count} items.</source>
        <translation>Utilisez au plus {count} éléments.</translation>
    </message>
    <message>
        <source>Use at most {count} characters.</source>
        <translation>Utilisez au plus {count} caractères.</translation>
    </message>
    <message>
        <source>Use at least {count} characters; a few unusual words work well.</source>
        <translation>Utilisez au moins {count} caractères; quelques mots inhabituels font bien l’affaire.</translation>
    </message>
    <message>
        <source>Choose {low}–{high} contacts.</source>
        <translation>Choisissez de {low} à {high} contacts.</translation>
    </message>
    <message>
        <source>Give the session a title of {low}–{high} characters.</source>
        <translation>Donnez à la séance un titre de {low} à {high} caractères.</translation>
    </message>
    <message>
        <source>Type a name of {low}–{high} characters.</source>
        <translation>Tapez un nom de {low} à {high} caractères.</translation>
    </message>
    <message>
        <source>Keep it under {count} characters.</source>
        <translation>Le texte doit compter moins de {count} caractères.</translation>
    </message>
    <message>
        <source>A phone number has at least {count} digits.</source>
        <translation>Un numéro de téléphone compte au moins {count} chiffres.</translation>
    </message>
    <message>
        <source>A phone number has at most {count} digits (before any extension).</source>
        <translation>Un numéro de téléphone compte au plus {count} chiffres (avant le poste).</translation>
    </message>
    <message>
        <source>The file has {count} bad row(s); nothing was imported. Fix them and try again.</source>
        <translation>Le fichier contient {count} ligne(s) erronée(s); rien n’a été importé. Corrigez-les et réessayez.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a directory file: {detail}.</source>
        <translation>{path} ne peut pas être lu comme fichier de répertoire&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>the file is larger than {count} MB; split it</source>
        <translation>le fichier dépasse {count} Mo; divisez-le</translation>
    </message>
    <message>
        <source>more than {count} rows; split the file</source>
        <translation>plus de {count} lignes; divisez le fichier</translation>
    </message>
    <message>
        <source>header: {problems}</source>
        <translation>en-tête&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>unknown column(s) {names} (the columns are: {columns})</source>
        <translation>colonne(s) inconnue(s) {names} (les colonnes sont&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>column(s) named twice: {columns}</source>
        <translation>colonne(s) nommée(s) deux fois&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>required column(s) missing: {columns}</source>
        <translation>colonne(s) obligatoire(s) manquante(s)&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>has {count} fields but the header has {expected} (check for a missing or extra comma, or an unclosed quote)</source>
        <translation>compte {count} champs, mais l’en-tête en compte {expected} (vérifiez s’il manque une virgule, s’il y en a une de trop ou si un guillemet n’est pas fermé)</translation>
    </message>
    <message>
        <source>duplicate of line {line} (same name and phone)</source>
        <translation>doublon de la ligne {line} (même nom et même téléphone)</translation>
    </message>
    <message>
        <source>cannot be read as CSV from here on ({detail}); nothing after it was read</source>
        <translation>illisible en CSV à partir d’ici ({detail}); rien n’a été lu après</translation>
    </message>
    <message>
        <source>unknown category {value} (use one of: {codes})</source>
        <translation>catégorie inconnue {value} (utilisez l’une de ces valeurs&#xa0;: {codes})</translation>
    </message>
    <message>
        <source>unknown cost {value} (use free, covered or fee)</source>
        <translation>coût inconnu {value} (utilisez free, covered ou fee)</translation>
    </message>
    <message>
        <source>bad yes/no value in {column}: {value} (use yes or no)</source>
        <translation>valeur oui/non invalide dans {column}&#xa0;: {value} (utilisez yes ou no)</translation>
    </message>
    <message>
        <source>bad date in last_verified: {value} (use YYYY-MM-DD)</source>
        <translation>date invalide dans last_verified&#xa0;: {value} (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>bad date in last_verified: {message}</source>
        <translation>date invalide dans last_verified&#xa0;: {message}</translation>
    </message>
    <message>
        <source>malformed phone {value}: {message}</source>
        <translation>téléphone mal formé {value}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{source}:{line}: scenario &apos;{scenario}&apos;: {message}</source>
        <translation>{source}, ligne {line}, scénario «&#xa0;{scenario}&#xa0;»&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{source}:{line}: {message}</source>
        <translation>{source}, ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>the file is larger than {count} kB</source>
        <translation>le fichier dépasse {count} ko</translation>
    </message>
    <message>
        <source>the pack is larger than {count} kB</source>
        <translation>l’ensemble dépasse {count} ko</translation>
    </message>
    <message>
        <source>TOML syntax: {detail}</source>
        <translation>syntaxe TOML&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing</source>
        <translation>«&#xa0;{key}&#xa0;» manque</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text</source>
        <translation>«&#xa0;{key}&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is empty</source>
        <translation>«&#xa0;{key}&#xa0;» est vide</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is longer than {count} characters</source>
        <translation>«&#xa0;{key}&#xa0;» dépasse {count} caractères</translation>
    </message>
    <message>
        <source>id &apos;{key}&apos; must be lower-case letters, digits and dashes, starting with a letter or digit</source>
        <translation>l’identifiant «&#xa0;{key}&#xa0;» doit contenir des lettres minuscules, des chiffres et des traits d’union, et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {what} (expected one of: {keys})</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;» dans {what} (clés attendues&#xa0;: {keys})</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {table} (expected one of: {keys})</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;» dans {table} (clés attendues&#xa0;: {keys})</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing from the expected log</source>
        <translation>«&#xa0;{key}&#xa0;» manque dans le journal attendu</translation>
    </message>
    <message>
        <source>unknown {noun} code {value} (did you mean &apos;{code}&apos;?)</source>
        <translation>code inconnu pour {noun}&#xa0;: {value} (vouliez-vous dire «&#xa0;{code}&#xa0;»&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown {noun} code {value}</source>
        <translation>code inconnu pour {noun}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list like [&quot;{code}&quot;]</source>
        <translation>«&#xa0;{key}&#xa0;» doit être une liste comme [&quot;{code}&quot;]</translation>
    </message>
    <message>
        <source>{noun} &apos;{code}&apos; is listed twice</source>
        <translation>{noun} «&#xa0;{code}&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>a pack holds at most {count} scenarios</source>
        <translation>un ensemble contient au plus {count} scénarios</translation>
    </message>
    <message>
        <source>the id &apos;{key}&apos; is used by another scenario in this pack</source>
        <translation>l’identifiant «&#xa0;{key}&#xa0;» est déjà utilisé par un autre scénario de cet ensemble</translation>
    </message>
    <message>
        <source>&apos;time_limit_seconds&apos; must be a whole number from {low} to {high}</source>
        <translation>«&#xa0;time_limit_seconds&#xa0;» doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>keep to {count} debrief points</source>
        <translation>limitez-vous à {count} points de bilan</translation>
    </message>
    <message>
        <source>why.{key} must be non-empty text</source>
        <translation>why.{key} doit être un texte non vide</translation>
    </message>
    <message>
        <source>the expected log could not be saved: {message}</source>
        <translation>le journal attendu ne pourrait pas être enregistré&#xa0;: {message}</translation>
    </message>
    <message>
        <source>critical action &apos;{code}&apos; {why}</source>
        <translation>l’action critique «&#xa0;{code}&#xa0;» {why}</translation>
    </message>
    <message>
        <source>{what} must be a critical action: add &apos;{code}&apos; to critical</source>
        <translation>{what} doit être une action critique&#xa0;: ajoutez «&#xa0;{code}&#xa0;» à critical</translation>
    </message>
    <message>
        <source>{items}</source>
        <translation>{items}</translation>
    </message>
</context>
<context>
    <name>DrillFeedbackView</name>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Try this scenario again</source>
        <translation>Refaire ce scénario</translation>
    </message>
    <message>
        <source>Choose another scenario</source>
        <translation>Choisir un autre scénario</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>sur 100</translation>
    </message>
    <message>
        <source>%1 out of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>Passed. Every critical action was done.</source>
        <translation>Réussi. Toutes les actions essentielles ont été faites.</translation>
    </message>
    <message numerus="yes">
        <source>Not passed: %n critical action(s) missed.</source>
        <translation>
            <numerusform>Non réussi&#xa0;: %n action essentielle a été manquée.</numerusform>
            <numerusform>Non réussi&#xa0;: %n actions essentielles ont été manquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not passed: the pass mark is %1.</source>
        <translation>Non réussi&#xa0;: la note de passage est %1.</translation>
    </message>
    <message>
        <source>Logged in %1, under the %2 limit.</source>
        <translation>Consigné en %1, sous la limite de %2.</translation>
    </message>
    <message>
        <source>Logged in %1, over the %2 limit. Accuracy first: speed comes with practice.</source>
        <translation>Consigné en %1, au-delà de la limite de %2. La justesse d’abord&#xa0;: la rapidité vient avec la pratique.</translation>
    </message>
    <message>
        <source>Recorded for %1 in the class session.</source>
        <translation>Enregistré pour %1 dans la séance de formation.</translation>
    </message>
    <message>
        <source>Practice on your own: not recorded.</source>
        <translation>Pratique individuelle&#xa0;: non enregistrée.</translation>
    </message>
    <message>
        <source>Critical actions</source>
        <translation>Actions essentielles</translation>
    </message>
    <message>
        <source>The log, field by field</source>
        <translation>Le contact, champ par champ</translation>
    </message>
    <message>
        <source>You logged: %1. Expected: %2.</source>
        <translation>Vous avez inscrit&#xa0;: %1. Attendu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Debrief points</source>
        <translation>Points de retour</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Juste</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Manqué</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ Erroné</translation>
    </message>
</context>
<context>
    <name>DrillModels</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> (importé)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Essentielles</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Temps limite</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Critical misses</source>
        <translation>Actions essentielles manquées</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Manquées</translation>
    </message>
    <message>
        <source>Critical action</source>
        <translation>Action essentielle</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>DrillRunner</name>
    <message>
        <source>Pick a scenario, read the card, then log the contact as you would for real. Feedback follows at once.</source>
        <translation>Choisissez un scénario, lisez la fiche, puis consignez le contact comme en situation réelle. La rétroaction suit aussitôt.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>Choisissez un scénario</translation>
    </message>
    <message>
        <source>Show the role-player&apos;s script</source>
        <translation>Afficher le texte du jeu de rôle</translation>
    </message>
    <message>
        <source>Who is practising</source>
        <translation>Qui s’exerce</translation>
    </message>
    <message>
        <source>Timed (within the limit)</source>
        <translation>Chronométré (dans la limite)</translation>
    </message>
    <message>
        <source>Start drill</source>
        <translation>Commencer l’exercice</translation>
    </message>
    <message>
        <source>Scenario card</source>
        <translation>Fiche du scénario</translation>
    </message>
    <message>
        <source>&amp;Who is practising</source>
        <translation>&amp;Qui s’exerce</translation>
    </message>
    <message>
        <source>Show the card</source>
        <translation>Afficher la fiche</translation>
    </message>
    <message>
        <source>Just practising (not recorded)</source>
        <translation>Simple pratique (non enregistrée)</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Back to scenarios</source>
        <translation>Retour aux scénarios</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Submit for feedback</source>
        <translation>Soumettre pour rétroaction</translation>
    </message>
    <message>
        <source>Submit for feedback (Ctrl+S)</source>
        <translation>Soumettre pour rétroaction (Ctrl+S)</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Au-delà de la limite</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Dans la limite</translation>
    </message>
</context>
<context>
    <name>Drills</name>
    <message>
        <source>Member group</source>
        <translation>Groupe du membre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>À l’initiative de</translation>
    </message>
    <message>
        <source>People in the group</source>
        <translation>Personnes dans le groupe</translation>
    </message>
    <message>
        <source>Kind of critical incident</source>
        <translation>Type d’incident critique</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Confidentiality exception</source>
        <translation>Exception à la confidentialité</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Boundary checklist</source>
        <translation>Liste de vérification des limites</translation>
    </message>
    <message>
        <source>Escalate imminent danger with a crisis referral</source>
        <translation>Signaler le danger imminent avec une orientation d’urgence</translation>
    </message>
    <message>
        <source>Record the confidentiality exception</source>
        <translation>Consigner l’exception à la confidentialité</translation>
    </message>
    <message>
        <source>Record who it was disclosed to</source>
        <translation>Consigner à qui l’information a été divulguée</translation>
    </message>
    <message>
        <source>Offer a fitting referral</source>
        <translation>Proposer une orientation adaptée</translation>
    </message>
    <message>
        <source>Check for safety</source>
        <translation>Vérifier la sécurité</translation>
    </message>
    <message>
        <source>Declare the role conflict</source>
        <translation>Déclarer le conflit de rôle</translation>
    </message>
    <message>
        <source>Hand over to another supporter</source>
        <translation>Confier le suivi à un·e autre pair aidant·e</translation>
    </message>
    <message>
        <source>Keep identifying details out</source>
        <translation>Ne consigner aucun détail identifiant</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the annual summary as CSV</source>
        <translation>Exporter le bilan annuel en CSV</translation>
    </message>
    <message>
        <source>Export the annual summary as PDF</source>
        <translation>Exporter le bilan annuel en PDF</translation>
    </message>
    <message>
        <source>Export the statistics as CSV</source>
        <translation>Exporter les statistiques en CSV</translation>
    </message>
    <message>
        <source>Export the statistics as PDF</source>
        <translation>Exporter les statistiques en PDF</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtre par langue</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtre par région</translation>
    </message>
    <message>
        <source>Open 2&amp;4/7</source>
        <translation>Ouvert 2&amp;4/7</translation>
    </message>
    <message>
        <source>Only resources open 24/7</source>
        <translation>Seulement les ressources ouvertes 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Knows first &amp;responders</source>
        <translation>Connaît les premiers &amp;répondants</translation>
    </message>
    <message>
        <source>Only resources that know first responders</source>
        <translation>Seulement les ressources qui connaissent les premiers répondants</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toute région</translation>
    </message>
</context>
<context>
    <name>FollowUpDaysDialog</name>
    <message>
        <source>Follow-ups after an incident</source>
        <translation>Suivis après un incident</translation>
    </message>
    <message>
        <source>Closing an incident&apos;s acute phase plans a follow-up this many days later, for each member chosen. Common practice: 7, 14, 28 (one, two and four weeks).</source>
        <translation>Clore la phase aiguë d’un incident planifie un suivi ce nombre de jours plus tard, pour chaque membre choisi. Pratique courante : 7, 14, 28 (une, deux et quatre semaines).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Days after the acute phase closes</source>
        <translation>Jours après la fin de la phase aiguë</translation>
    </message>
    <message>
        <source>&amp;Days after the acute phase closes</source>
        <translation>&amp;Jours après la fin de la phase aiguë</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Contact on</source>
        <translation>Contact du</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>Groupe du membre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Prévu aujourd’hui</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prévu le %1</translation>
    </message>
</context>
<context>
    <name>FollowUpRowsModel</name>
    <message>
        <source>Team member</source>
        <translation>Membre de l’équipe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>No follow-ups are due. When you plan one on a contact, it appears here on the day it is due.</source>
        <translation>Aucun suivi à faire. Quand vous en prévoyez un sur un contact, il apparaît ici le jour prévu.</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>Consigner le suivi</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>N’est plus nécessaire</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Conversations you planned to come back to. Enter logs the follow-up; it joins the same episode.</source>
        <translation>Les conversations sur lesquelles vous avez prévu de revenir. Entrée consigne le suivi; il s’ajoute au même épisode.</translation>
    </message>
    <message>
        <source>Showing the %1 oldest of %2 follow-ups due.</source>
        <translation>Affichage des %1 suivis dus les plus anciens sur %2.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a directory</source>
        <translation>Importer un répertoire</translation>
    </message>
    <message>
        <source>Nothing changes until you press Import. Every row is added, or none.</source>
        <translation>Rien ne change avant que vous appuyiez sur Importer. Toutes les lignes sont ajoutées, ou aucune.</translation>
    </message>
    <message>
        <source>&amp;Remove the example entries in the same step</source>
        <translation>&amp;Retirer les exemples du même coup</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Lignes à corriger</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Choisir un &amp;autre fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) will be added. No problems found.</source>
        <translation>
            <numerusform>%n ressource sera ajoutée. Aucun problème trouvé.</numerusform>
            <numerusform>%n ressources seront ajoutées. Aucun problème trouvé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n resource(s)</source>
        <translation>
            <numerusform>&amp;Importer %n ressource</numerusform>
            <numerusform>&amp;Importer %n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) need fixing; nothing will be imported until they are fixed. Correct the file and choose it again.</source>
        <translation>
            <numerusform>%n ligne est à corriger; rien ne sera importé avant sa correction. Corrigez le fichier et choisissez-le de nouveau.</numerusform>
            <numerusform>%n lignes sont à corriger; rien ne sera importé avant leur correction. Corrigez le fichier et choisissez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no resources to add.</source>
        <translation>Le fichier ne contient aucune ressource à ajouter.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>IncidentDetailView</name>
    <message>
        <source>← All incidents</source>
        <translation>← Tous les incidents</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Reached within 72 hours</source>
        <translation>Jointes en 72 heures</translation>
    </message>
    <message>
        <source>Reached within 7 days</source>
        <translation>Jointes en 7 jours</translation>
    </message>
    <message>
        <source>Reached so far</source>
        <translation>Jointes à ce jour</translation>
    </message>
    <message>
        <source>Outreach still to do</source>
        <translation>Prises de contact à faire</translation>
    </message>
    <message>
        <source>Group interventions</source>
        <translation>Interventions de groupe</translation>
    </message>
    <message>
        <source>Outreach recorded</source>
        <translation>Prises de contact consignées</translation>
    </message>
    <message>
        <source>Follow-ups planned</source>
        <translation>Suivis planifiés</translation>
    </message>
    <message>
        <source>A former member</source>
        <translation>Un ancien membre</translation>
    </message>
    <message>
        <source>Personnel newly reached</source>
        <translation>Personnes nouvellement jointes</translation>
    </message>
    <message>
        <source>How they were reached</source>
        <translation>Comment elles ont été jointes</translation>
    </message>
    <message>
        <source>When they were reached</source>
        <translation>Quand elles ont été jointes</translation>
    </message>
    <message>
        <source>Record outreach</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>Type the number and press Enter</source>
        <translation>Tapez le nombre et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Log a group intervention…</source>
        <translation>Consigner une intervention de groupe…</translation>
    </message>
    <message>
        <source>Share out the outreach…</source>
        <translation>Répartir la prise de contact…</translation>
    </message>
    <message>
        <source>Log a contact for this incident</source>
        <translation>Consigner un contact pour cet incident</translation>
    </message>
    <message>
        <source>Close the acute phase…</source>
        <translation>Clore la phase aiguë…</translation>
    </message>
    <message>
        <source>Change the record…</source>
        <translation>Modifier la fiche…</translation>
    </message>
    <message>
        <source>Close the incident</source>
        <translation>Fermer l’incident</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Newly reached</source>
        <translation>&amp;Nouvellement jointes</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>Q&amp;uand</translation>
    </message>
    <message>
        <source>about %1 personnel involved (an estimate)</source>
        <translation>environ %1 personnes touchées (estimation)</translation>
    </message>
    <message>
        <source>%1 personnel involved</source>
        <translation>%1 personnes touchées</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>acute phase closed on %1</source>
        <translation>phase aiguë close le %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Change the incident</source>
        <translation>Modifier l’incident</translation>
    </message>
    <message>
        <source>Log an incident</source>
        <translation>Consigner un incident</translation>
    </message>
    <message>
        <source>No names, no places: the kind, when, who was involved as a count, and the team&apos;s response.</source>
        <translation>Aucun nom, aucun lieu : le type, le moment, le nombre de personnes touchées et l’intervention de l’équipe.</translation>
    </message>
    <message>
        <source>Save incident</source>
        <translation>Enregistrer l’incident</translation>
    </message>
    <message>
        <source>Date and time of the incident</source>
        <translation>Date et heure de l’incident</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Type d’incident</translation>
    </message>
    <message>
        <source>Choose the kind of incident…</source>
        <translation>Choisissez le type d’incident…</translation>
    </message>
    <message>
        <source>Member groups involved</source>
        <translation>Groupes de membres touchés</translation>
    </message>
    <message>
        <source>Personnel involved</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>C’est une estimation</translation>
    </message>
    <message>
        <source>The number involved is an estimate</source>
        <translation>Le nombre de personnes touchées est une estimation</translation>
    </message>
    <message>
        <source>The team&apos;s response lead</source>
        <translation>Responsable de l’intervention de l’équipe</translation>
    </message>
    <message>
        <source>Others on the response</source>
        <translation>Autres membres de l’intervention</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Member &amp;groups involved</source>
        <translation>&amp;Groupes de membres touchés</translation>
    </message>
    <message>
        <source>&amp;Personnel involved</source>
        <translation>&amp;Personnes touchées</translation>
    </message>
    <message>
        <source>Response &amp;lead</source>
        <translation>&amp;Responsable de l’intervention</translation>
    </message>
    <message>
        <source>Others on the &amp;response</source>
        <translation>&amp;Autres membres de l’intervention</translation>
    </message>
    <message>
        <source>A coordinator decides who is on a response.</source>
        <translation>Une personne coordonnatrice décide qui participe à une intervention.</translation>
    </message>
</context>
<context>
    <name>IncidentFollowUpModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Incident on</source>
        <translation>Incident du</translation>
    </message>
</context>
<context>
    <name>IncidentFollowUps</name>
    <message>
        <source>Follow-ups after critical incidents</source>
        <translation>Suivis après des incidents critiques</translation>
    </message>
    <message>
        <source>Log incident follow-up</source>
        <translation>Consigner le suivi d’incident</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Plus nécessaire</translation>
    </message>
    <message>
        <source>After critical incidents</source>
        <translation>Après des incidents critiques</translation>
    </message>
    <message>
        <source>Planned when an incident&apos;s acute phase closed. The contact you log completes it.</source>
        <translation>Planifiés à la fin de la phase aiguë d’un incident. Le contact que vous consignez le complète.</translation>
    </message>
</context>
<context>
    <name>IncidentFormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Within 72 hours</source>
        <translation>En 72 heures</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>En 7 jours</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>À ce jour</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a count out of the personnel involved</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Acute phase</source>
        <translation>Phase aiguë</translation>
    </message>
    <message>
        <source>Follow-up phase</source>
        <translation>Phase de suivi</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Log an incident</source>
        <translation>Consigner un incident</translation>
    </message>
    <message>
        <source>Log an incident (Ctrl+N)</source>
        <translation>Consigner un incident (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show incidents</source>
        <translation>Incidents affichés</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Closed incidents</source>
        <translation>Incidents fermés</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>Incidents critiques</translation>
    </message>
    <message>
        <source>Reach everyone involved, on time: reach is measured from the incident&apos;s date and time, within 72 hours and within 7 days (both inclusive). No names: counts only. Enter opens an incident.</source>
        <translation>Joindre à temps toutes les personnes touchées : la portée se mesure à partir de la date et de l’heure de l’incident, en 72 heures et en 7 jours (bornes incluses). Aucun nom : des nombres seulement. Entrée ouvre un incident.</translation>
    </message>
    <message>
        <source>The incident is closed.</source>
        <translation>L’incident est fermé.</translation>
    </message>
    <message>
        <source>The incident is open again.</source>
        <translation>L’incident est de nouveau ouvert.</translation>
    </message>
    <message>
        <source>Follow-ups after the acute phase: %1 days later.</source>
        <translation>Suivis après la phase aiguë : %1 jours plus tard.</translation>
    </message>
    <message>
        <source>Outreach still to do on open incidents: %1.</source>
        <translation>Prises de contact à faire pour les incidents ouverts : %1.</translation>
    </message>
    <message>
        <source>No outreach is still to do on open incidents.</source>
        <translation>Aucune prise de contact à faire pour les incidents ouverts.</translation>
    </message>
    <message>
        <source>No incidents to show. After a critical incident, Log an incident (Ctrl+N) to track who has been reached.</source>
        <translation>Aucun incident à afficher. Après un incident critique, consignez-le (Ctrl+N) pour suivre qui a été joint.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n newly reached.</source>
        <translation>
            <numerusform>Consigné : %n personne nouvellement jointe.</numerusform>
            <numerusform>Consigné : %n personnes nouvellement jointes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident logged.</source>
        <translation>Incident consigné.</translation>
    </message>
    <message>
        <source>Incident logged. Record outreach as the team reaches people.</source>
        <translation>Incident consigné. Consignez les prises de contact au fur et à mesure.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Group intervention logged: one intervention with its attendees.</source>
        <translation>Intervention de groupe consignée : une intervention avec ses participants.</translation>
    </message>
    <message>
        <source>Outreach shared out.</source>
        <translation>Prise de contact répartie.</translation>
    </message>
    <message numerus="yes">
        <source>Acute phase closed: %n follow-ups planned, in Follow-ups.</source>
        <translation>
            <numerusform>Phase aiguë close : %n suivi planifié, dans Suivis.</numerusform>
            <numerusform>Phase aiguë close : %n suivis planifiés, dans Suivis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up days saved.</source>
        <translation>Jours de suivi enregistrés.</translation>
    </message>
    <message>
        <source>%1 will be deleted for good, with its outreach, group interventions and follow-ups. Contacts logged for it stay, no longer linked.</source>
        <translation>%1 sera supprimé définitivement, avec ses prises de contact, interventions de groupe et suivis. Les contacts consignés pour cet incident restent, sans lien.</translation>
    </message>
    <message>
        <source>Delete this incident?</source>
        <translation>Supprimer cet incident?</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Supprimer l’incident</translation>
    </message>
    <message>
        <source>The incident was deleted.</source>
        <translation>L’incident a été supprimé.</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Log a group intervention</source>
        <translation>Consigner une intervention de groupe</translation>
    </message>
    <message>
        <source>Logged once with its attendee count: it is one intervention, not a contact per attendee. %1 of the %2 personnel involved are still to be reached.</source>
        <translation>Consignée une fois avec son nombre de participants : c’est une intervention, pas un contact par participant. %1 des %2 personnes touchées restent à joindre.</translation>
    </message>
    <message>
        <source>Log intervention</source>
        <translation>Consigner l’intervention</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>When it was held</source>
        <translation>Quand elle a eu lieu</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attendees not reached before</source>
        <translation>Participants pas encore joints</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>A clinician co-facilitated</source>
        <translation>Coanimée par un ou une clinicienne</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Of them, &amp;not reached before</source>
        <translation>Dont &amp;pas encore joints</translation>
    </message>
    <message>
        <source>Facilitators (team members)</source>
        <translation>Animation (membres de l’équipe)</translation>
    </message>
</context>
<context>
    <name>InterventionModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Newly reached</source>
        <translation>Nouvellement jointes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Clinician co-facilitated</source>
        <translation>Coanimation clinique</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This survey is anonymous. Your answers are encrypted on this laptop, and only group results, for groups large enough that no one can be picked out, ever leave it. Nobody sees your own answers.</source>
        <translation>Ce sondage est anonyme. Vos réponses sont chiffrées sur cet ordinateur, et seuls des résultats de groupe, pour des groupes assez grands pour que personne ne puisse être reconnu, en sortent. Personne ne voit vos propres réponses.</translation>
    </message>
    <message>
        <source>Start the survey</source>
        <translation>Commencer le sondage</translation>
    </message>
    <message>
        <source>The last answers were cleared because nobody touched the laptop for a while. Nothing of them was kept.</source>
        <translation>Les dernières réponses ont été effacées parce que personne n’a touché l’ordinateur depuis un moment. Rien n’en a été gardé.</translation>
    </message>
    <message>
        <source>Your personal code</source>
        <translation>Votre code personnel</translation>
    </message>
    <message>
        <source>So that your answers now and later can be compared without your name, make a code you will make the same way next time: the first two letters of your mother&apos;s first name, then the month you were born in as two digits (for example MA04). PeerDesk keeps only a scrambled form of it and deletes that when the survey ends.</source>
        <translation>Pour que vos réponses d’aujourd’hui et de plus tard puissent être comparées sans votre nom, formez un code que vous formerez de la même façon la prochaine fois&#xa0;: les deux premières lettres du prénom de votre mère, puis votre mois de naissance en deux chiffres (par exemple MA04). PeerDesk n’en garde qu’une forme brouillée et l’efface à la fin du sondage.</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Code personnel</translation>
    </message>
    <message>
        <source>Type your personal code to go on.</source>
        <translation>Tapez votre code personnel pour continuer.</translation>
    </message>
    <message>
        <source>A personal code has {low} to {high} letters or digits; spaces do not count.</source>
        <translation>Un code personnel compte de {low} à {high} lettres ou chiffres&#xa0;; les espaces ne comptent pas.</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Question {n} sur {total}</translation>
    </message>
    <message>
        <source>Ready to submit?</source>
        <translation>Prêt·e à envoyer&#xa0;?</translation>
    </message>
    <message>
        <source>You answered every question. Once submitted, your answers cannot be changed or seen again on this laptop.</source>
        <translation>Vous avez répondu à toutes les questions. Une fois envoyées, vos réponses ne peuvent plus être modifiées ni revues sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You answered {answered} of {total} questions; the others stay blank. Once submitted, your answers cannot be changed or seen again on this laptop.</source>
        <translation>Vous avez répondu à {answered} questions sur {total}&#xa0;; les autres restent sans réponse. Une fois envoyées, vos réponses ne peuvent plus être modifiées ni revues sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Submit my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Please tell the coordinator.</source>
        <translation>Vos réponses n’ont pas pu être enregistrées. Prévenez la personne qui coordonne.</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved.</source>
        <translation>Merci. Vos réponses sont enregistrées.</translation>
    </message>
    <message>
        <source>Please hand the laptop to the next person, or to the coordinator.</source>
        <translation>Passez l’ordinateur à la personne suivante ou à la personne qui coordonne.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Answers not yet submitted are cleared after {seconds} seconds without use.</source>
        <translation>Les réponses pas encore envoyées sont effacées après {seconds} secondes sans utilisation.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of PeerDesk; a change applies the next time PeerDesk starts</source>
        <translation>La langue de PeerDesk; un changement s’applique au prochain démarrage de PeerDesk</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Applies when PeerDesk restarts</source>
        <translation>S’applique au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>LeavePanel</name>
    <message>
        <source>Leave the kiosk</source>
        <translation>Quitter le kiosque</translation>
    </message>
    <message>
        <source>For the coordinator: type your passphrase to end the survey kiosk and go back to PeerDesk. Answers already submitted are kept.</source>
        <translation>Pour la coordination&#xa0;: tapez votre phrase de passe pour fermer le kiosque de sondage et revenir à PeerDesk. Les réponses déjà envoyées sont conservées.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordonnateur·rice</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Back to the survey</source>
        <translation>Retour au sondage</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <source>Team member</source>
        <translation>Membre de l’équipe</translation>
    </message>
    <message>
        <source>To reach</source>
        <translation>À joindre</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Jointes</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Reste à faire</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>An unsaved contact was discarded when PeerDesk locked. Nothing of it was kept; log it again if it is needed.</source>
        <translation>Un contact non enregistré a été abandonné quand PeerDesk s’est verrouillé. Rien n’en a été gardé; saisissez-le de nouveau au besoin.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock PeerDesk (Ctrl+L)</source>
        <translation>Verrouiller PeerDesk (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Phrase de passe…</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Session ouverte par</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Use it from now on.</source>
        <translation>Votre nouvelle phrase de passe est enregistrée. Utilisez-la désormais.</translation>
    </message>
    <message numerus="yes">
        <source>PeerDesk locks in %n second(s): save your work or move the mouse.</source>
        <translation>
            <numerusform>PeerDesk se verrouille dans %n seconde&#xa0;: enregistrez votre travail ou bougez la souris.</numerusform>
            <numerusform>PeerDesk se verrouille dans %n secondes&#xa0;: enregistrez votre travail ou bougez la souris.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>They sign in with this name and the temporary passphrase you give them, then choose their own passphrase at once.</source>
        <translation>La personne ouvre une session avec ce nom et la phrase de passe temporaire que vous lui donnez, puis choisit aussitôt sa propre phrase de passe.</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Modifier les rôles</translation>
    </message>
    <message>
        <source>Choose what {name} may do.</source>
        <translation>Choisissez ce que {name} peut faire.</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Réinitialiser la phrase de passe</translation>
    </message>
    <message>
        <source>{name} signs in with this temporary passphrase and then chooses a new one. Their private notes become unreadable: they are locked with the old passphrase and nobody can open them again.</source>
        <translation>{name} ouvre une session avec cette phrase de passe temporaire, puis en choisit une nouvelle. Ses notes privées deviennent illisibles&#xa0;: elles sont verrouillées avec l’ancienne phrase de passe et personne ne pourra plus les ouvrir.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Temporary passphrase</source>
        <translation>Phrase de passe temporaire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase</source>
        <translation>Phrase de passe &amp;temporaire</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter le membre</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Enregistrer les rôles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Modifier les &amp;rôles…</translation>
    </message>
    <message>
        <source>&amp;Switch off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>Réinitialiser la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Select a member to change their roles, switch their account off or on, give them a temporary passphrase, or remove them.</source>
        <translation>Choisissez un membre pour modifier ses rôles, désactiver ou réactiver son compte, lui donner une phrase de passe temporaire ou le retirer.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l’équipe</translation>
    </message>
    <message>
        <source>&amp;Switch on</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>You cannot switch off or remove your own account. Ask another coordinator.</source>
        <translation>Vous ne pouvez pas désactiver ni retirer votre propre compte. Demandez à un·e autre coordonnateur·rice.</translation>
    </message>
    <message>
        <source>{name} was added. Give them the temporary passphrase in person; they choose their own when they first sign in.</source>
        <translation>{name} a été ajouté·e. Remettez-lui la phrase de passe temporaire en personne; la personne choisira la sienne à sa première connexion.</translation>
    </message>
    <message>
        <source>The roles of {name} were saved.</source>
        <translation>Les rôles de {name} ont été enregistrés.</translation>
    </message>
    <message>
        <source>The sections of the roles you gave up stay until you sign out; they are gone at your next sign-in.</source>
        <translation>Les sections des rôles que vous avez quittés restent jusqu’à la fin de votre session; elles disparaissent à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>{name} has a temporary passphrase now and must change it at the next sign-in.</source>
        <translation>{name} a maintenant une phrase de passe temporaire et devra la changer à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>{name} is switched off and can no longer sign in. The vault has a new key, so their key opens nothing; backups made before still open with it.</source>
        <translation>Le compte de {name} est désactivé&#xa0;: cette personne ne peut plus ouvrir de session. Le coffre a une nouvelle clé, et son ancienne clé n’ouvre plus rien; les sauvegardes faites avant s’ouvrent encore avec elle.</translation>
    </message>
    <message>
        <source>{name} is switched on and can sign in again.</source>
        <translation>Le compte de {name} est réactivé&#xa0;: cette personne peut de nouveau ouvrir une session.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Retirer {name}?</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in, and the vault gets a new key so their old key opens nothing.

Backups made before the removal can still be opened with the old keys, including theirs.

This cannot be undone.</source>
        <translation>{name} ne pourra plus ouvrir de session, et le coffre reçoit une nouvelle clé&#xa0;: son ancienne clé n’ouvre plus rien.

Les sauvegardes faites avant le retrait peuvent encore être ouvertes avec les anciennes clés, y compris la sienne.

Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>{name} was removed and the vault has a new key.</source>
        <translation>{name} a été retiré·e et le coffre a une nouvelle clé.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives échouées. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed sign-in attempt(s) on your account since your last sign-in.</source>
        <translation>
            <numerusform>Il y a eu %n tentative de connexion échouée à votre compte depuis votre dernière connexion.</numerusform>
            <numerusform>Il y a eu %n tentatives de connexion échouées à votre compte depuis votre dernière connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before this sign-in, a temporary passphrase was used to sign in as you %n time(s).</source>
        <translation>
            <numerusform>Avant cette connexion, une phrase de passe temporaire a servi %n fois à ouvrir une session à votre nom.</numerusform>
            <numerusform>Avant cette connexion, une phrase de passe temporaire a servi %n fois à ouvrir une session à votre nom.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase is not right for {user}. Check Caps Lock and try again.</source>
        <translation>Cette phrase de passe n’est pas la bonne pour {user}. Vérifiez la touche Verr. maj. et réessayez.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of characters.</source>
        <translation>Cette clé de récupération n’ouvre pas ce coffre. Vérifiez chaque groupe de caractères.</translation>
    </message>
    <message>
        <source>There is no member called {user} in this vault. Check the spelling.</source>
        <translation>Aucun membre nommé {user} dans ce coffre. Vérifiez l’orthographe.</translation>
    </message>
    <message>
        <source>The account of {user} is switched off. Ask a coordinator to switch it on again.</source>
        <translation>Le compte de {user} est désactivé. Demandez à un·e coordonnateur·rice de le réactiver.</translation>
    </message>
    <message>
        <source>The vault could not be read because it is damaged. Nothing was changed. Restore it from your most recent backup.</source>
        <translation>Le coffre n’a pas pu être lu, car il est endommagé. Rien n’a été modifié. Restaurez-le à partir de votre sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>Changes saved recently are missing from the vault: its -wal file was lost or an older copy of the database was put in place. Nothing was changed. Put back the complete vault folder, or restore it from your most recent backup.</source>
        <translation>Des modifications enregistrées récemment manquent dans le coffre : son fichier -wal a été perdu, ou une copie plus ancienne de la base de données a été mise à sa place. Rien n’a été modifié. Remettez le dossier complet du coffre, ou restaurez-le à partir de votre sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>Changes saved recently are damaged: the vault&apos;s -wal file was changed. Nothing was changed. Put back an undamaged copy of the vault folder, or restore it from your most recent backup.</source>
        <translation>Des modifications enregistrées récemment sont endommagées : le fichier -wal du coffre a été modifié. Rien n’a été modifié. Remettez une copie intacte du dossier du coffre, ou restaurez-le à partir de votre sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>The key file of this vault is missing, so it cannot be opened. Restore the vault from a backup.</source>
        <translation>Le fichier de clés de ce coffre est introuvable; le coffre ne peut donc pas être ouvert. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file of this vault has been changed or damaged. Nothing was changed. Restore it from a backup.</source>
        <translation>Le fichier de clés de ce coffre a été modifié ou endommagé. Rien n’a été modifié. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file in this folder belongs to another vault than the database beside it, so it cannot be opened. Nothing was changed. Put back the key file that came with this database, or restore the vault from a backup.</source>
        <translation>Le fichier de clés de ce dossier appartient à un autre coffre que la base de données qui l’accompagne&#xa0;: le coffre ne peut donc pas être ouvert. Rien n’a été modifié. Remettez le fichier de clés fourni avec cette base de données ou restaurez le coffre à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Another PeerDesk window changed this vault&apos;s key file while you were working, so nothing was changed. Lock PeerDesk, sign in again and repeat the change.</source>
        <translation>Une autre fenêtre de PeerDesk a modifié le fichier de clés de ce coffre pendant que vous travailliez&#xa0;: rien n’a donc été modifié. Verrouillez PeerDesk, ouvrez une nouvelle session et refaites la modification.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of PeerDesk. Install that version to open it.</source>
        <translation>Ce coffre a été écrit par une version plus récente de PeerDesk. Installez cette version pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This vault is open in another PeerDesk window. Close that window, then try again.</source>
        <translation>Ce coffre est ouvert dans une autre fenêtre PeerDesk. Fermez cette fenêtre, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no PeerDesk vault in this folder.</source>
        <translation>Ce dossier ne contient aucun coffre PeerDesk.</translation>
    </message>
    <message>
        <source>A PeerDesk vault already exists in this folder.</source>
        <translation>Un coffre PeerDesk existe déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>{quarter} is still open: its statistics can be seen and released from {closes_on}, when it closes. Until then contacts logged late still count in it.</source>
        <translation>{quarter} est encore ouvert&#xa0;: ses statistiques pourront être vues et publiées à partir du {closes_on}, à sa fermeture. D’ici là, les contacts consignés en retard y comptent encore.</translation>
    </message>
    <message>
        <source>The statistics for {period} could not be made safe to publish, so nothing was exported and nothing was frozen.</source>
        <translation>Les statistiques de {period} n’ont pas pu être rendues sûres à publier&#xa0;: rien n’a été exporté ni figé.</translation>
    </message>
    <message>
        <source>{period} is withheld: no set of hidden figures could keep every small count of it safe, so nothing of it is published, now or later.</source>
        <translation>{period} est retenu&#xa0;: aucun choix de chiffres masqués ne pouvait protéger chacun de ses petits nombres, donc rien n’en est publié, ni maintenant ni plus tard.</translation>
    </message>
    <message>
        <source>No quarter of {year} has been released yet, so there is no annual summary.</source>
        <translation>Aucun trimestre de {year} n’a encore été publié&#xa0;: il n’y a donc pas de bilan annuel.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: rien n’a été modifié. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>{user} is the last active coordinator. A vault must keep at least one: make another member a coordinator first.</source>
        <translation>{user} est le dernier ou la dernière coordonnateur·rice actif·ve. Un coffre doit en garder au moins un·e&#xa0;: nommez d’abord un autre membre coordonnateur·rice.</translation>
    </message>
    <message>
        <source>A member called {user} already exists. Choose another name.</source>
        <translation>Un membre nommé {user} existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This could not be found; it may have been removed in the meantime.</source>
        <translation>Élément introuvable; il a peut-être été retiré entre-temps.</translation>
    </message>
    <message>
        <source>This folder holds a different kind of vault.</source>
        <translation>Ce dossier contient un autre type de coffre.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Certains champs demandent votre attention.</translation>
    </message>
    <message>
        <source>Drills and class sessions live in the training workspace only. Lock PeerDesk and choose Open training workspace on the sign-in screen.</source>
        <translation>Les exercices et les séances de formation se trouvent seulement dans l’espace de formation. Verrouillez PeerDesk et choisissez Ouvrir l’espace de formation à l’écran de connexion.</translation>
    </message>
    <message>
        <source>Demo data can only be made in the training workspace; this is a real vault.</source>
        <translation>Les données de démonstration ne peuvent être créées que dans l’espace de formation; ceci est un vrai coffre.</translation>
    </message>
    <message>
        <source>The training workspace in {path} was not reset: {reason}</source>
        <translation>L’espace de formation dans {path} n’a pas été réinitialisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>A pack shipped with PeerDesk already uses the id &quot;{pack_id}&quot;. Give the imported pack its own id in its [pack] table.</source>
        <translation>Un ensemble fourni avec PeerDesk utilise déjà l’identifiant «&#xa0;{pack_id}&#xa0;». Donnez à l’ensemble importé son propre identifiant dans sa table [pack].</translation>
    </message>
    <message>
        <source>{source} is not a usable scenario pack. First problem: {first}</source>
        <translation>{source} n’est pas un ensemble de scénarios utilisable. Premier problème&#xa0;: {first}</translation>
    </message>
    <message>
        <source>{source} is not a usable survey instrument. First problem: {first}</source>
        <translation>{source} n’est pas un questionnaire utilisable. Premier problème&#xa0;: {first}</translation>
    </message>
    <message>
        <source>{path} is a backup of another kind of vault. Choose a backup of this kind of vault.</source>
        <translation>{path} est la sauvegarde d’un autre type de coffre. Choisissez une sauvegarde de ce type de coffre.</translation>
    </message>
    <message>
        <source>{path} is not a usable PeerDesk backup. Nothing was changed.</source>
        <translation>{path} n’est pas une sauvegarde PeerDesk utilisable. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file&apos;s first row has {count} columns; a directory file has at most {limit}. Check that you chose the right file and that it is separated by commas.</source>
        <translation>La première ligne du fichier a {count} colonnes; un fichier de répertoire en a au plus {limit}. Vérifiez que vous avez choisi le bon fichier et qu’il est séparé par des virgules.</translation>
    </message>
    <message>
        <source>PeerDesk could not read or write a file it needed. Check that the folder exists, that you may use it, and that the disk has space.</source>
        <translation>PeerDesk n’a pas pu lire ou écrire un fichier nécessaire. Vérifiez que le dossier existe, que vous y avez accès et que le disque a de l’espace.</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to {path}.</source>
        <translation>Un problème est survenu. Les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <source>Your passphrase was reset with the recovery key on {when}.</source>
        <translation>Votre phrase de passe a été réinitialisée avec la clé de récupération le {when}.</translation>
    </message>
    <message>
        <source>Your passphrase was reset by {name} on {when}.</source>
        <translation>Votre phrase de passe a été réinitialisée par {name} le {when}.</translation>
    </message>
    <message>
        <source>Until you choose your own passphrase, whoever knows the temporary one can sign in as you.</source>
        <translation>Tant que vous n’aurez pas choisi votre propre phrase de passe, quiconque connaît la phrase temporaire peut ouvrir une session à votre nom.</translation>
    </message>
    <message>
        <source>Renew it in time and add the renewal under My training records.</source>
        <translation>Renouvelez-la à temps et ajoutez le renouvellement sous Mes formations.</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Pair aidant·e</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordonnateur·rice</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur·rice</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>PeerDesk — Training</source>
        <translation>PeerDesk — Formation</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>TRAINING — practice data</source>
        <translation>FORMATION — données d’exercice</translation>
    </message>
</context>
<context>
    <name>MyContactsPage</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>En tout temps</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Choisir les dates…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Member group filter</source>
        <translation>Filtre par groupe du membre</translation>
    </message>
    <message>
        <source>All member groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Format filter</source>
        <translation>Filtre par format</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtre par sujet</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Suivi à faire</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Only you see these. Enter opens a contact; Delete removes it.</source>
        <translation>Vous seul·e les voyez. Entrée ouvre un contact; Suppr le supprime.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation>Aucun contact ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No contacts yet. Contacts you log appear here.</source>
        <translation>Aucun contact pour l’instant. Les contacts que vous consignez apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n contacts; scroll for more.</source>
        <translation>
            <numerusform>Affichage du contact le plus récent (%n); faites défiler pour en voir plus.</numerusform>
            <numerusform>Affichage des %n contacts les plus récents; faites défiler pour en voir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s).</source>
        <translation>
            <numerusform>%n contact.</numerusform>
            <numerusform>%n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenTrainingDialog</name>
    <message>
        <source>Training workspace</source>
        <translation>Espace de formation</translation>
    </message>
    <message>
        <source>Classroom passphrase</source>
        <translation>Phrase de passe de la classe</translation>
    </message>
    <message>
        <source>Repeat the classroom passphrase</source>
        <translation>Répétez la phrase de passe de la classe</translation>
    </message>
    <message>
        <source>Forgot the classroom passphrase?</source>
        <translation>Phrase de passe de la classe oubliée?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Classroom &amp;passphrase</source>
        <translation>&amp;Phrase de passe de la classe</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Répétez la phrase de passe</translation>
    </message>
    <message>
        <source>Open the training workspace</source>
        <translation>Ouvrir l’espace de formation</translation>
    </message>
    <message>
        <source>Type the classroom passphrase your trainer gave you. Everything in the training workspace is practice data, kept apart from your team&apos;s vault.</source>
        <translation>Tapez la phrase de passe de la classe que votre formateur·rice vous a donnée. Tout ce qui se trouve dans l’espace de formation est fictif et séparé du coffre de votre équipe.</translation>
    </message>
    <message>
        <source>Set up the training workspace</source>
        <translation>Créer l’espace de formation</translation>
    </message>
    <message>
        <source>Choose a classroom passphrase to share with this class. The training workspace holds practice data only, never your team&apos;s real contacts.</source>
        <translation>Choisissez une phrase de passe à communiquer à la classe. L’espace de formation ne contient que des données d’exercice, jamais les vrais contacts de votre équipe.</translation>
    </message>
    <message>
        <source>Start the training workspace again</source>
        <translation>Recommencer l’espace de formation</translation>
    </message>
    <message>
        <source>Choose a new classroom passphrase. The practice contacts, class sessions and results are deleted; your team&apos;s real vault is not touched.</source>
        <translation>Choisissez une nouvelle phrase de passe pour la classe. Les contacts d’exercice, les séances et les résultats sont supprimés; le vrai coffre de votre équipe n’est pas touché.</translation>
    </message>
    <message>
        <source>Create and open</source>
        <translation>Créer et ouvrir</translation>
    </message>
    <message>
        <source>Start again and open</source>
        <translation>Recommencer et ouvrir</translation>
    </message>
    <message>
        <source>Start the training workspace again?</source>
        <translation>Recommencer l’espace de formation?</translation>
    </message>
    <message>
        <source>Without the classroom passphrase the practice data cannot be opened. You can start the training workspace again, empty, with a new passphrase. Practice contacts, class sessions and results are deleted.</source>
        <translation>Sans la phrase de passe de la classe, les données d’exercice ne peuvent pas être ouvertes. Vous pouvez recommencer l’espace de formation, vide, avec une nouvelle phrase de passe. Les contacts d’exercice, les séances et les résultats sont supprimés.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>OutreachModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Newly reached</source>
        <translation>Nouvellement jointes</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>(group intervention)</source>
        <translation>(intervention de groupe)</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <source>Key in paper forms</source>
        <translation>Saisir des formulaires papier</translation>
    </message>
    <message>
        <source>Type the number of the answer ticked on the paper form for each question; the next question follows by itself. Leave a field empty for a question left blank. Each form is stored as soon as you save it.</source>
        <translation>Pour chaque question, tapez le numéro de la réponse cochée sur le formulaire papier&#xa0;; la question suivante vient d’elle-même. Laissez vide le champ d’une question sans réponse. Chaque formulaire est enregistré dès que vous le sauvegardez.</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Code personnel</translation>
    </message>
    <message>
        <source>&amp;Personal code (as written on the form)</source>
        <translation>Code &amp;personnel (tel qu’écrit sur le formulaire)</translation>
    </message>
    <message>
        <source>Save form (Ctrl+S)</source>
        <translation>Enregistrer le formulaire (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>not on the scale</source>
        <translation>hors de l’échelle</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) saved in this session.</source>
        <translation>
            <numerusform>%n formulaire enregistré pendant cette séance.</numerusform>
            <numerusform>%n formulaires enregistrés pendant cette séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>These answers are not on the scale: %1. Correct them or leave them empty.</source>
        <translation>Ces réponses sont hors de l’échelle&#xa0;: %1. Corrigez-les ou laissez-les vides.</translation>
    </message>
    <message>
        <source>Form saved. Key in the next one.</source>
        <translation>Formulaire enregistré. Saisissez le suivant.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show %1</source>
        <translation>Afficher : %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Afficher ou masquer la phrase de passe</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Idle lock, in minutes</source>
        <translation>Verrouillage après inactivité, en minutes</translation>
    </message>
    <message>
        <source>Allow private &amp;notes</source>
        <translation>Permettre les &amp;notes privées</translation>
    </message>
    <message>
        <source>Allow private notes</source>
        <translation>Permettre les notes privées</translation>
    </message>
    <message>
        <source>Private notes expire after, in days</source>
        <translation>Expiration des notes privées, en jours</translation>
    </message>
    <message>
        <source>Suppression threshold, in contacts</source>
        <translation>Seuil de suppression, en contacts</translation>
    </message>
    <message>
        <source>Quarters close after, in days</source>
        <translation>Les trimestres se ferment après, en jours</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>Agencies or services covered, one per line</source>
        <translation>Organismes ou services desservis, un par ligne</translation>
    </message>
    <message>
        <source>Reporting year starts in</source>
        <translation>L’année de rapport commence en</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Éléments de la liste</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <source>&amp;Agencies covered</source>
        <translation>&amp;Organismes desservis</translation>
    </message>
    <message>
        <source>The agencies or services the program serves, one per line (at most 12). Printed on the program report and the trend export.</source>
        <translation>Les organismes ou services que le programme dessert, un par ligne (12 au plus). Imprimés sur le rapport du programme et l’exportation des tendances.</translation>
    </message>
    <message>
        <source>Reporting &amp;year starts in</source>
        <translation>L’&amp;année de rapport commence en</translation>
    </message>
    <message>
        <source>The annual program report covers the four quarters from this month.</source>
        <translation>Le rapport annuel du programme couvre les quatre trimestres à partir de ce mois.</translation>
    </message>
    <message>
        <source>&amp;Idle lock</source>
        <translation>&amp;Verrouillage</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>1–60. The app locks itself after this long without use.</source>
        <translation>1 à 60. L’application se verrouille après ce délai sans utilisation.</translation>
    </message>
    <message>
        <source>Notes &amp;expire after</source>
        <translation>Les notes &amp;expirent après</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>1–365. Private notes are deleted after this.</source>
        <translation>1 à 365. Les notes privées sont supprimées après ce délai.</translation>
    </message>
    <message>
        <source>Su&amp;ppression threshold</source>
        <translation>Seuil de su&amp;ppression</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>3 or more. Smaller groups are hidden in statistics.</source>
        <translation>3 ou plus. Les groupes plus petits sont masqués dans les statistiques.</translation>
    </message>
    <message>
        <source>Quarters c&amp;lose after</source>
        <translation>Les trimestres se &amp;ferment après</translation>
    </message>
    <message>
        <source>0–60 days after a quarter ends. Until then contacts logged late count in it and none of its statistics can be seen; the first look after that releases them for good.</source>
        <translation>De 0 à 60 jours après la fin d’un trimestre. D’ici là, les contacts consignés en retard y comptent et aucune de ses statistiques ne peut être vue; la première consultation ensuite les publie pour de bon.</translation>
    </message>
    <message numerus="yes">
        <source>idle lock after %n minute(s)</source>
        <translation>
            <numerusform>verrouillage après %n minute d’inactivité</numerusform>
            <numerusform>verrouillage après %n minutes d’inactivité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes expire after %n day(s)</source>
        <translation>
            <numerusform>les notes expirent après %n jour</numerusform>
            <numerusform>les notes expirent après %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>groups under %n contact(s) hidden in statistics</source>
        <translation>
            <numerusform>groupes de moins de %n contact masqués dans les statistiques</numerusform>
            <numerusform>groupes de moins de %n contacts masqués dans les statistiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quarters close %n day(s) after they end</source>
        <translation>
            <numerusform>les trimestres se ferment %n jour après leur fin</numerusform>
            <numerusform>les trimestres se ferment %n jours après leur fin</numerusform>
        </translation>
    </message>
    <message>
        <source>Pro&amp;gram name</source>
        <translation>Nom du pro&amp;gramme</translation>
    </message>
    <message>
        <source>Printed on every statistics report.</source>
        <translation>Imprimé sur chaque rapport statistique.</translation>
    </message>
    <message>
        <source>Boundary &amp;checklist</source>
        <translation>&amp;Liste de vérification des limites</translation>
    </message>
    <message>
        <source>Shown to supporters after each contact. Double-click or press F2 to edit an item; saving a changed list starts a new version.</source>
        <translation>Présentée aux pairs aidants après chaque contact. Double-cliquez ou appuyez sur F2 pour modifier un élément; enregistrer une liste modifiée crée une nouvelle version.</translation>
    </message>
    <message>
        <source>private notes allowed</source>
        <translation>notes privées permises</translation>
    </message>
    <message>
        <source>private notes not allowed</source>
        <translation>notes privées non permises</translation>
    </message>
    <message>
        <source>program name</source>
        <translation>nom du programme</translation>
    </message>
    <message>
        <source>agencies covered</source>
        <translation>organismes desservis</translation>
    </message>
    <message>
        <source>reporting year start</source>
        <translation>début de l’année de rapport</translation>
    </message>
    <message>
        <source>checklist version {n}</source>
        <translation>liste de vérification version {n}</translation>
    </message>
    <message>
        <source>required training</source>
        <translation>formation obligatoire</translation>
    </message>
    <message>
        <source>Nothing to save: the policy was already like this.</source>
        <translation>Rien à enregistrer&#xa0;: la politique était déjà ainsi.</translation>
    </message>
    <message>
        <source>Saved: {changes}. In effect now.</source>
        <translation>Enregistré&#xa0;: {changes}. En vigueur dès maintenant.</translation>
    </message>
    <message>
        <source>Item {n}: {error}</source>
        <translation>Élément {n}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Nothing was saved. Some fields need attention; each says what it needs.</source>
        <translation>Rien n’a été enregistré. Certains champs demandent votre attention; chacun indique ce qu’il faut.</translation>
    </message>
</context>
<context>
    <name>ProgramReportView</name>
    <message>
        <source>Period of the program report</source>
        <translation>Période du rapport du programme</translation>
    </message>
    <message>
        <source>No quarter has been released yet. The program report is made from released quarters only: release one on the Quarterly release tab first.</source>
        <translation>Aucun trimestre n’a encore été publié. Le rapport du programme est fait uniquement de trimestres publiés&#xa0;: publiez-en un d’abord dans l’onglet Publication trimestrielle.</translation>
    </message>
    <message>
        <source>Your account of the period</source>
        <translation>Votre compte rendu de la période</translation>
    </message>
    <message>
        <source>What happened in the program this period, what the team did, what it needs. About the program only: no names or details of anyone supported.</source>
        <translation>Ce qui s’est passé dans le programme pendant la période, ce que l’équipe a fait, ce dont elle a besoin. Sur le programme seulement&#xa0;: aucun nom ni détail sur une personne soutenue.</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Enregistrer le compte rendu</translation>
    </message>
    <message>
        <source>Export program report (PDF)…</source>
        <translation>Exporter le rapport du programme (PDF)…</translation>
    </message>
    <message>
        <source>Export trend figures (CSV)…</source>
        <translation>Exporter les chiffres des tendances (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Your &amp;account of the period</source>
        <translation>Votre &amp;compte rendu de la période</translation>
    </message>
    <message>
        <source>A report for management of a released quarter, or of a reporting year whose four quarters are released: the figures with their change on the period before, the last eight released quarters as charts, critical incidents, the team&apos;s training readiness, your account and lines for sign-off. It shows released figures only, exactly as published.</source>
        <translation>Un rapport pour la direction sur un trimestre publié, ou sur une année de rapport dont les quatre trimestres sont publiés&#xa0;: les chiffres et leur variation par rapport à la période précédente, les huit derniers trimestres publiés en graphiques, les incidents critiques, la préparation de l’équipe, votre compte rendu et des lignes d’approbation. Il ne montre que des chiffres publiés, tels qu’ils ont été publiés.</translation>
    </message>
    <message>
        <source>Reporting year %1</source>
        <translation>Année de rapport %1</translation>
    </message>
    <message>
        <source>Account saved for %1.</source>
        <translation>Compte rendu enregistré pour %1.</translation>
    </message>
    <message>
        <source>Export the program report</source>
        <translation>Exporter le rapport du programme</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the trend figures</source>
        <translation>Exporter les chiffres des tendances</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>RealVaultTraining</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Drills, class sessions and demo data live in the training workspace, apart from your team&apos;s real contacts. Lock PeerDesk (Ctrl+L) and choose &quot;Open training workspace&quot; on the sign-in screen.</source>
        <translation>Les exercices, les séances de formation et les données de démonstration se trouvent dans l’espace de formation, à l’écart des vrais contacts de votre équipe. Verrouillez PeerDesk (Ctrl+L) et choisissez «&#xa0;Ouvrir l’espace de formation&#xa0;» à l’écran de connexion.</translation>
    </message>
</context>
<context>
    <name>RecoveryFlow</name>
    <message>
        <source>Recover access</source>
        <translation>Récupérer l’accès</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet made when PeerDesk was set up. It lets you give a coordinator a new passphrase.</source>
        <translation>Tapez la clé de récupération inscrite sur la feuille produite à l’installation de PeerDesk. Elle permet de donner une nouvelle phrase de passe à un·e coordonnateur·rice.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Clé de récupération</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Private notes written under the old passphrase can no longer be read. The contact log and everything else stay as they are.</source>
        <translation>Les notes privées écrites avec l’ancienne phrase de passe ne peuvent plus être lues. Le registre des contacts et tout le reste demeurent intacts.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordonnateur·rice</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Définir la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordonnateur·rice</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase</source>
        <translation>&amp;Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>{name} has a new passphrase. Sign in with it now.</source>
        <translation>{name} a une nouvelle phrase de passe. Ouvrez une session avec celle-ci maintenant.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
</context>
<context>
    <name>ReferralLookupDialog</name>
    <message>
        <source>Find a resource: %1</source>
        <translation>Trouver une ressource&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search these resources</source>
        <translation>Chercher dans ces ressources</translation>
    </message>
    <message>
        <source>Search by name, region, language or notes</source>
        <translation>Chercher par nom, région, langue ou notes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>From your team&apos;s directory. Copy the number to give it to the member.</source>
        <translation>Tiré du répertoire de votre équipe. Copiez le numéro pour le donner au membre.</translation>
    </message>
    <message>
        <source>%1 is on the clipboard.</source>
        <translation>%1 est dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory has no resource of this kind yet. Ask your coordinator to add one; meanwhile use your program&apos;s standard contacts.</source>
        <translation>Le répertoire n’a pas encore de ressource de ce type. Demandez à votre coordonnateur·rice d’en ajouter une; entre-temps, utilisez les coordonnées habituelles de votre programme.</translation>
    </message>
</context>
<context>
    <name>ReferralPicker</name>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation>Autre orientation</translation>
    </message>
    <message>
        <source>How the referral to %1 was made</source>
        <translation>Comment l’orientation vers %1 a été faite</translation>
    </message>
    <message>
        <source>Find %1 in the directory</source>
        <translation>Trouver %1 dans le répertoire</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Trouver…</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Jamais vérifiée</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>Vérifiée le %1</translation>
    </message>
    <message>
        <source>Not verified since %1</source>
        <translation>Non vérifiée depuis le %1</translation>
    </message>
    <message>
        <source>Example to replace</source>
        <translation>Exemple à remplacer</translation>
    </message>
    <message>
        <source>This is an example to replace. It has no phone number on purpose: enter the real details, check them with the service, then mark it verified.</source>
        <translation>Ceci est un exemple à remplacer. Il n’a volontairement aucun numéro de téléphone&#xa0;: entrez les vrais renseignements, vérifiez-les auprès du service, puis marquez la ressource comme vérifiée.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Released quarter to send</source>
        <translation>Trimestre publié à envoyer</translation>
    </message>
    <message>
        <source>&amp;Write a bundle for a region…</source>
        <translation>&amp;Écrire un lot pour une région…</translation>
    </message>
    <message>
        <source>&amp;Make this vault a regional vault…</source>
        <translation>Faire de ce coffre un coffre &amp;régional…</translation>
    </message>
    <message>
        <source>Save the region&apos;s &amp;public key…</source>
        <translation>Enregistrer la clé &amp;publique de la région…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importer des lots…</translation>
    </message>
    <message>
        <source>Quarter to export</source>
        <translation>Trimestre à exporter</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Stations that reported, by quarter</source>
        <translation>Postes qui ont rendu compte, par trimestre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>A regional program gathers many stations&apos; figures into one protected report, by files carried on a USB stick: no network, no server. A station sends a sealed, signed bundle of a released quarter&apos;s aggregates; the regional vault imports the bundles and releases one report.</source>
        <translation>Un programme régional réunit les chiffres de nombreux postes en un seul rapport protégé, par des fichiers portés sur une clé USB&#xa0;: ni réseau, ni serveur. Un poste envoie un lot scellé et signé des agrégats d’un trimestre publié&#xa0;; le coffre régional importe les lots et publie un seul rapport.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Regional vault</source>
        <translation>Coffre régional</translation>
    </message>
    <message>
        <source>This station&apos;s signing key is made with its first bundle.</source>
        <translation>La clé de signature de ce poste est créée avec son premier lot.</translation>
    </message>
    <message>
        <source>Station %1. Fingerprint words, for the regional coordinator: %2</source>
        <translation>Poste %1. Mots d’empreinte, pour le coordonnateur régional&#xa0;: %2</translation>
    </message>
    <message>
        <source>No quarter is released at this station yet. Release one in Statistics, then send it from here.</source>
        <translation>Aucun trimestre n’est encore publié dans ce poste. Publiez-en un dans Statistiques, puis envoyez-le d’ici.</translation>
    </message>
    <message>
        <source>This vault is not a regional vault. The regional coordinator&apos;s vault is made one once; stations then send their bundles to it.</source>
        <translation>Ce coffre n’est pas un coffre régional. Le coffre du coordonnateur régional le devient une fois&#xa0;; les postes lui envoient ensuite leurs lots.</translation>
    </message>
    <message>
        <source>Region %1. Fingerprint words, for each station: %2</source>
        <translation>Région %1. Mots d’empreinte, pour chaque poste&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Choose the region&apos;s key file</source>
        <translation>Choisissez le fichier de clé de la région</translation>
    </message>
    <message>
        <source>Region keys (*%1)</source>
        <translation>Clés de région (*%1)</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Comparez l’empreinte</translation>
    </message>
    <message>
        <source>Ask the regional coordinator to read their region&apos;s fingerprint words. This key&apos;s words are:

%1

Register it only if every word matches.</source>
        <translation>Demandez au coordonnateur régional de lire les mots d’empreinte de sa région. Les mots de cette clé sont&#xa0;:

%1

Enregistrez-la seulement si chaque mot correspond.</translation>
    </message>
    <message>
        <source>The words match</source>
        <translation>Les mots correspondent</translation>
    </message>
    <message>
        <source>Nothing was registered or written.</source>
        <translation>Rien n’a été enregistré ni écrit.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Enregistrer le lot</translation>
    </message>
    <message>
        <source>PeerDesk bundles (*%1)</source>
        <translation>Lots PeerDesk (*%1)</translation>
    </message>
    <message>
        <source>Make a regional vault</source>
        <translation>Créer un coffre régional</translation>
    </message>
    <message>
        <source>This vault gets a key for receiving the stations&apos; bundles; its public half is a file you give to each station. A vault stays a regional vault.</source>
        <translation>Ce coffre reçoit une clé pour recevoir les lots des postes&#xa0;; sa moitié publique est un fichier que vous remettez à chaque poste. Un coffre reste un coffre régional.</translation>
    </message>
    <message>
        <source>Make it a regional vault</source>
        <translation>En faire un coffre régional</translation>
    </message>
    <message>
        <source>Save the region&apos;s public key</source>
        <translation>Enregistrer la clé publique de la région</translation>
    </message>
    <message>
        <source>Choose a bundle: every bundle of its folder is imported</source>
        <translation>Choisissez un lot&#xa0;: tous les lots de son dossier sont importés</translation>
    </message>
    <message>
        <source>A new station</source>
        <translation>Un nouveau poste</translation>
    </message>
    <message>
        <source>Station %1 is new to this region. Ask its coordinator to read their fingerprint words. This bundle&apos;s words are:

%2

Take its bundles only if every word matches.</source>
        <translation>Le poste %1 est nouveau pour cette région. Demandez à son coordonnateur de lire ses mots d’empreinte. Les mots de ce lot sont&#xa0;:

%2

Acceptez ses lots seulement si chaque mot correspond.</translation>
    </message>
    <message>
        <source>%1 of %2 bundle(s) imported.</source>
        <translation>%1 lot(s) sur %2 importé(s).</translation>
    </message>
    <message>
        <source>Export the regional statistics</source>
        <translation>Exporter les statistiques régionales</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReleaseView</name>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>&amp;Round to base 5</source>
        <translation>&amp;Arrondir à un multiple de 5</translation>
    </message>
    <message>
        <source>Round to base 5</source>
        <translation>Arrondir à un multiple de 5</translation>
    </message>
    <message>
        <source>Rounds every figure up or down to a multiple of 5, the same way every time.</source>
        <translation>Arrondit chaque chiffre vers le haut ou vers le bas à un multiple de 5, toujours de la même façon.</translation>
    </message>
    <message>
        <source>R&amp;elease and show the figures…</source>
        <translation>&amp;Publier et afficher les chiffres…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Released figures</source>
        <translation>Chiffres publiés</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>Ce que signifient les marques</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <source>Annual summary made from the released quarters %1 only, hidden and checked again at the threshold it states (%2).</source>
        <translation>Bilan annuel produit uniquement à partir des trimestres publiés %1, masqué et vérifié de nouveau au seuil qu’il indique (%2).</translation>
    </message>
    <message>
        <source>Released on %1. These figures never change: every look and every export of this quarter gives exactly them.</source>
        <translation>Publié le %1. Ces chiffres ne changent jamais&#xa0;: chaque consultation et chaque exportation de ce trimestre donnent exactement ceux-ci.</translation>
    </message>
    <message>
        <source>There is no quarter to show yet.</source>
        <translation>Il n’y a encore aucun trimestre à afficher.</translation>
    </message>
    <message>
        <source>%1 is open. Its figures can be seen from %2, when it closes; until then contacts logged late still count in it. Nothing of an open quarter is shown, not even a running total: two looks at a count that is still changing would tell what one contact was.</source>
        <translation>%1 est ouvert. Ses chiffres pourront être vus à partir du %2, à sa fermeture; d’ici là, les contacts consignés en retard y comptent encore. Rien d’un trimestre ouvert n’est affiché, pas même un total courant&#xa0;: deux consultations d’un nombre qui change encore révéleraient ce qu’était un contact.</translation>
    </message>
    <message>
        <source>%1 closed on %2 and has not been released. The first look at its figures is its release: they are frozen then and never change, so no two looks at this quarter can ever differ. Contacts logged from now on for it count in the next open quarter.</source>
        <translation>%1 s’est fermé le %2 et n’a pas été publié. La première consultation de ses chiffres est sa publication&#xa0;: ils sont alors figés et ne changent plus jamais, si bien que deux consultations de ce trimestre ne peuvent jamais différer. Les contacts consignés désormais pour ce trimestre comptent dans le prochain trimestre ouvert.</translation>
    </message>
    <message>
        <source>Figures are rounded to a multiple of %1.</source>
        <translation>Les chiffres sont arrondis à un multiple de %1.</translation>
    </message>
    <message>
        <source>%1 is withheld. When its figures were first looked at, PeerDesk could not find a set of hidden figures that keeps every small count safe from someone who knows how the hiding works, so nothing of this quarter is published, now or later. This happens when a quarter has very few contacts, split into small groups. Its contacts stay in the log, and are in no published figure.</source>
        <translation>%1 est retenu. À la première consultation de ses chiffres, PeerDesk n’a trouvé aucun choix de chiffres masqués qui protège chacun de ses petits nombres contre quelqu’un qui sait comment le masquage fonctionne&#xa0;; rien de ce trimestre n’est donc publié, ni maintenant ni plus tard. Cela arrive quand un trimestre compte très peu de contacts, répartis en petits groupes. Ses contacts restent dans le registre et ne figurent dans aucun chiffre publié.</translation>
    </message>
    <message>
        <source>No figure in this table is hidden. %1</source>
        <translation>Aucun chiffre de ce tableau n’est masqué. %1</translation>
    </message>
</context>
<context>
    <name>ReportingModel</name>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Compté dans</translation>
    </message>
    <message>
        <source>Not released yet</source>
        <translation>Pas encore publié</translation>
    </message>
    <message>
        <source>Regional release</source>
        <translation>Publication régionale</translation>
    </message>
    <message>
        <source>Correction %1</source>
        <translation>Correction %1</translation>
    </message>
</context>
<context>
    <name>RequiredCoursesBox</name>
    <message>
        <source>Required training</source>
        <translation>Formation obligatoire</translation>
    </message>
    <message>
        <source>A supporter is current when they hold each ticked course and it has not expired. Members and coordinators are reminded 60 and 30 days before an expiry.</source>
        <translation>Un·e pair aidant·e est à jour lorsqu’il ou elle détient chaque cours coché et que celui-ci n’a pas expiré. Les membres et les coordonnateur·trice·s reçoivent un rappel 60 et 30 jours avant une expiration.</translation>
    </message>
</context>
<context>
    <name>ResourceDetail</name>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <source>Put the phone number on the clipboard</source>
        <translation>Copier le numéro de téléphone dans le presse-papiers</translation>
    </message>
    <message>
        <source>Choose a resource to see how to reach it.</source>
        <translation>Choisissez une ressource pour voir comment la joindre.</translation>
    </message>
    <message>
        <source>Other ways to reach it</source>
        <translation>Autres moyens de la joindre</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Knows first responders</source>
        <translation>Connaît les premiers répondants</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Ouvert 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Numéro de téléphone : %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Détails de la ressource</translation>
    </message>
    <message>
        <source>Arrow keys scroll long details</source>
        <translation>Les flèches font défiler les longs détails</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Change resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <source>Only what a supporter needs to reach the service. Check the details with the service before you mark it verified.</source>
        <translation>Seulement ce dont un·e pair aidant·e a besoin pour joindre le service. Vérifiez les renseignements auprès du service avant de la marquer comme vérifiée.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Open &amp;24/7</source>
        <translation>Ouvert &amp;24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Knows &amp;first responders</source>
        <translation>Connaît les &amp;premiers répondants</translation>
    </message>
    <message>
        <source>Mark &amp;verified today</source>
        <translation>Marquer &amp;vérifiée aujourd’hui</translation>
    </message>
    <message>
        <source>Still an &amp;example to replace</source>
        <translation>Encore un &amp;exemple à remplacer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>Numéro de &amp;téléphone</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>&amp;Languages (comma-separated)</source>
        <translation>&amp;Langues (séparées par des virgules)</translation>
    </message>
    <message>
        <source>&amp;Other ways to reach it</source>
        <translation>&amp;Autres moyens de la joindre</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>C&amp;oût</translation>
    </message>
    <message>
        <source>Save resource</source>
        <translation>Enregistrer la ressource</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>Dernière vérification le %1</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Release results…</source>
        <translation>Publier les résultats…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Scores by wave</source>
        <translation>Scores par vague</translation>
    </message>
    <message>
        <source>Change between waves</source>
        <translation>Changement d’une vague à l’autre</translation>
    </message>
    <message>
        <source>Respondents by score band</source>
        <translation>Répondants par tranche de score</translation>
    </message>
    <message>
        <source>Change is the later wave&apos;s score minus the earlier one&apos;s. Linked: the same people&apos;s own changes (paired t-test, Wilcoxon signed-rank test, effect size d_z). Unlinked: the two waves compared as separate groups (Welch&apos;s t-test, Mann-Whitney test, effect size Hedges&apos; g).</source>
        <translation>Le changement est le score de la vague la plus récente moins celui de la précédente. Liés&#xa0;: les changements des mêmes personnes (test t apparié, test des rangs signés de Wilcoxon, taille d’effet d_z). Non liés&#xa0;: les deux vagues comparées comme des groupes distincts (test t de Welch, test de Mann-Whitney, taille d’effet g de Hedges).</translation>
    </message>
    <message>
        <source>Results can be released once every wave has closed.</source>
        <translation>Les résultats peuvent être publiés une fois toutes les vagues fermées.</translation>
    </message>
    <message>
        <source>Every wave has closed. The first look releases the results: they are worked out once and never change afterwards, on screen, in the PDF and in the CSV.</source>
        <translation>Toutes les vagues sont fermées. La première consultation publie les résultats&#xa0;: ils sont calculés une seule fois et ne changent plus ensuite, à l’écran, dans le PDF et dans le CSV.</translation>
    </message>
    <message>
        <source>Released results (they never change).</source>
        <translation>Résultats publiés (ils ne changent plus).</translation>
    </message>
    <message>
        <source>Release results</source>
        <translation>Publier les résultats</translation>
    </message>
    <message>
        <source>The results of “%1” will be worked out now and frozen: every later look and export shows exactly these figures.</source>
        <translation>Les résultats de «&#xa0;%1&#xa0;» seront calculés maintenant et figés&#xa0;: chaque consultation et exportation ultérieure montrera exactement ces chiffres.</translation>
    </message>
    <message>
        <source>Respondents: %1. Linked before and after: %2.</source>
        <translation>Répondants&#xa0;: %1. Liés avant et après&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>My training records</source>
        <translation>Mes formations</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>You will be this team&apos;s first coordinator. Choose the name you sign in with and a passphrase only you know. Everything is stored encrypted on this computer.</source>
        <translation>Vous serez le premier ou la première coordonnateur·rice de cette équipe. Choisissez le nom avec lequel vous ouvrirez une session et une phrase de passe que vous seul·e connaissez. Tout est chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Set up a practice vault</source>
        <translation>Créer un coffre d’exercice</translation>
    </message>
    <message>
        <source>Set up PeerDesk</source>
        <translation>Configurer PeerDesk</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Répétez la phrase de passe</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If every coordinator forgets their passphrase, this key is the only way back into the vault. It is shown this once: save it as a PDF and print it, or write it down.</source>
        <translation>Si tous les coordonnateurs et coordonnatrices oublient leur phrase de passe, cette clé est le seul moyen de rouvrir le coffre. Elle n’est affichée qu’une fois&#xa0;: enregistrez-la en PDF et imprimez-la, ou notez-la.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Keep it where only coordinators can reach it, such as a sealed envelope in a locked cabinet. Anyone holding it can open the vault.</source>
        <translation>Gardez-la là où seuls les coordonnateurs et coordonnatrices y ont accès, par exemple dans une enveloppe scellée, dans une armoire verrouillée. Quiconque la détient peut ouvrir le coffre.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>J’ai rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>PeerDesk recovery key.pdf</source>
        <translation>Clé de récupération PeerDesk.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {file}. Print it, keep the paper safe, then delete the file.</source>
        <translation>Enregistrée sous {file}. Imprimez-la, rangez la feuille en lieu sûr, puis supprimez le fichier.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>PeerDesk locked itself because the computer was idle. Sign in to go on.</source>
        <translation>PeerDesk s’est verrouillé parce que l’ordinateur était inactif. Ouvrez une session pour continuer.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Contacts by month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>Conversations and interventions, by the month they took place.</source>
        <translation>Conversations et interventions, selon le mois où elles ont eu lieu.</translation>
    </message>
    <message>
        <source>Conversations and interventions logged.</source>
        <translation>Conversations et interventions consignées.</translation>
    </message>
    <message>
        <source>Who was supported</source>
        <translation>Qui a été soutenu</translation>
    </message>
    <message>
        <source>Contacts by the member&apos;s group.</source>
        <translation>Contacts selon le groupe du membre.</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Type de soutien</translation>
    </message>
    <message>
        <source>Contacts by format.</source>
        <translation>Contacts par format.</translation>
    </message>
    <message>
        <source>How contacts took place</source>
        <translation>Comment les contacts ont eu lieu</translation>
    </message>
    <message>
        <source>Contacts by channel.</source>
        <translation>Contacts par canal.</translation>
    </message>
    <message>
        <source>Who received which kind of support</source>
        <translation>Qui a reçu quel type de soutien</translation>
    </message>
    <message>
        <source>Contacts by member group, split by format; the Total column is the same as Who was supported.</source>
        <translation>Contacts par groupe du membre, répartis par format; la colonne Total est la même que Qui a été soutenu.</translation>
    </message>
    <message>
        <source>Contacts by member group, split by format.</source>
        <translation>Contacts par groupe du membre, répartis par format.</translation>
    </message>
    <message>
        <source>What was talked about</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <source>Contacts by topic; a contact can have several topics, so rows add up to more.</source>
        <translation>Contacts par sujet; un contact peut avoir plusieurs sujets, donc les lignes totalisent davantage.</translation>
    </message>
    <message>
        <source>Contacts by topic; a contact can have several topics.</source>
        <translation>Contacts par sujet; un contact peut avoir plusieurs sujets.</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Orientations faites</translation>
    </message>
    <message>
        <source>Referrals by service; a contact can lead to several.</source>
        <translation>Orientations par service; un contact peut en donner plusieurs.</translation>
    </message>
    <message>
        <source>Risk observed</source>
        <translation>Risque observé</translation>
    </message>
    <message>
        <source>Contacts by the risk the supporter observed.</source>
        <translation>Contacts selon le risque observé par le ou la pair aidant·e.</translation>
    </message>
    <message>
        <source>Hours of support</source>
        <translation>Heures de soutien</translation>
    </message>
    <message>
        <source>Time spent in contacts, by format, in whole hours.</source>
        <translation>Temps passé en contacts, par format, en heures entières.</translation>
    </message>
    <message>
        <source>Boundary checklist</source>
        <translation>Liste de vérification des limites</translation>
    </message>
    <message>
        <source>Contacts where the supporter ticked each checklist item. The chart shows ticked.</source>
        <translation>Contacts où le ou la pair aidant·e a coché chaque élément de la liste. Le graphique montre les éléments cochés.</translation>
    </message>
    <message>
        <source>Contacts where the supporter ticked each checklist item.</source>
        <translation>Contacts où le ou la pair aidant·e a coché chaque élément de la liste.</translation>
    </message>
    <message>
        <source>How contacts ended</source>
        <translation>Issue des contacts</translation>
    </message>
    <message>
        <source>Contacts by their outcome; Not recorded: saved without one.</source>
        <translation>Contacts selon leur issue; Non consigné : enregistré sans issue.</translation>
    </message>
    <message>
        <source>Contacts by their outcome.</source>
        <translation>Contacts selon leur issue.</translation>
    </message>
    <message>
        <source>First or repeat contact</source>
        <translation>Premier contact ou contact répété</translation>
    </message>
    <message>
        <source>Contacts the supporter judged a first or a repeat contact; Not recorded: saved without it.</source>
        <translation>Contacts que le ou la pair aidant·e a jugés premiers ou répétés; Non consigné : enregistré sans ce choix.</translation>
    </message>
    <message>
        <source>Contacts the supporter judged a first or a repeat contact.</source>
        <translation>Contacts que le ou la pair aidant·e a jugés premiers ou répétés.</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>Incidents critiques</translation>
    </message>
    <message>
        <source>Critical incidents by kind, and the personnel they involved (counted or estimated). The chart shows incidents.</source>
        <translation>Incidents critiques par genre, et le personnel touché (compté ou estimé). Le graphique montre les incidents.</translation>
    </message>
    <message>
        <source>Critical incidents by kind.</source>
        <translation>Incidents critiques par genre.</translation>
    </message>
    <message>
        <source>Reach after incidents</source>
        <translation>Personnel joint après les incidents</translation>
    </message>
    <message>
        <source>Personnel involved in the quarter&apos;s incidents, and how many were reached within 72 hours and within 7 days.</source>
        <translation>Personnel touché par les incidents du trimestre, et combien ont été joints en 72 heures et en 7 jours.</translation>
    </message>
    <message>
        <source>Group interventions</source>
        <translation>Interventions de groupe</translation>
    </message>
    <message>
        <source>Defusings, debriefings and crisis management briefings, each counted once, and their attendees. The chart shows interventions.</source>
        <translation>Désamorçages, débreffages et séances d’information en gestion de crise, chacun compté une fois, et leurs participants. Le graphique montre les interventions.</translation>
    </message>
    <message>
        <source>Defusings, debriefings and crisis management briefings, each counted once.</source>
        <translation>Désamorçages, débreffages et séances d’information en gestion de crise, chacun compté une fois.</translation>
    </message>
    <message>
        <source>Incident response and follow-up</source>
        <translation>Réponse aux incidents et suivi</translation>
    </message>
    <message>
        <source>Contacts and group interventions for an incident, up to the day its acute phase closed (response) and after (follow-up), with their hours. The chart shows hours.</source>
        <translation>Contacts et interventions de groupe liés à un incident, jusqu’au jour où sa phase aiguë a pris fin (réponse) et après (suivi), avec leurs heures. Le graphique montre les heures.</translation>
    </message>
    <message>
        <source>Hours of contacts and group interventions for an incident, up to the day its acute phase closed (response) and after (follow-up).</source>
        <translation>Heures des contacts et interventions de groupe liés à un incident, jusqu’au jour où sa phase aiguë a pris fin (réponse) et après (suivi).</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <source>Personnel involved</source>
        <translation>Personnel touché</translation>
    </message>
    <message>
        <source>Reached within 72 hours</source>
        <translation>Joints en 72 heures</translation>
    </message>
    <message>
        <source>Reached within 7 days</source>
        <translation>Joints en 7 jours</translation>
    </message>
    <message>
        <source>Response (acute phase)</source>
        <translation>Réponse (phase aiguë)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Coché</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Non coché</translation>
    </message>
    <message>
        <source>%1: %2 % of the personnel involved.</source>
        <translation>%1 : %2 % du personnel touché.</translation>
    </message>
    <message>
        <source>Percentages are shown only where the number of personnel involved is published and at least %1.</source>
        <translation>Un pourcentage n’est donné que si le nombre de membres du personnel touchés est publié et d’au moins %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Logged late (earlier quarter)</source>
        <translation>Consigné en retard (trimestre antérieur)</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>T%2 %1</translation>
    </message>
    <message>
        <source>%1 Q%2 (%3–%4)</source>
        <translation>T%2 %1 (%3 à %4)</translation>
    </message>
    <message>
        <source>“hidden” = not shown to protect privacy. Hidden cells include small ones (1 to %1 contacts, or contacts from fewer than 3 people&apos;s conversations) and cells, possibly large, hidden so that the small ones cannot be worked out from the rest. Which is which is never shown.</source>
        <translation>«&#xa0;masqué&#xa0;» = non affiché pour protéger la vie privée. Les cellules masquées comprennent de petites valeurs (de 1 à %1 contacts, ou des contacts issus des conversations de moins de 3 personnes) et des cellules, parfois grandes, masquées pour que les petites valeurs ne puissent pas être déduites du reste. On n’indique jamais lesquelles sont lesquelles.</translation>
    </message>
    <message>
        <source>Hidden to protect privacy: a small figure, or one hidden so that a small one cannot be worked out</source>
        <translation>Masqué pour protéger la vie privée&#xa0;: un petit chiffre, ou un chiffre masqué pour qu’un petit ne puisse pas être déduit</translation>
    </message>
    <message>
        <source>Released on %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <source>Withheld on %1</source>
        <translation>Retenu le %1</translation>
    </message>
    <message>
        <source>Open: closes on %1</source>
        <translation>Ouvert&#xa0;: se ferme le %1</translation>
    </message>
    <message>
        <source>Closed, not yet released</source>
        <translation>Fermé, pas encore publié</translation>
    </message>
    <message>
        <source>%1 — annual summary</source>
        <translation>%1 — bilan annuel</translation>
    </message>
    <message>
        <source>Not in this release: it was made before this table existed</source>
        <translation>Absent de cette publication : elle a été faite avant que ce tableau existe</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation>Heures de soutien</translation>
    </message>
    <message>
        <source>Reached in 7 days</source>
        <translation>Joints en 7 jours</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Training workspace: every export carries the TRAINING watermark and is marked as practice data.</source>
        <translation>Espace de formation&#xa0;: chaque exportation porte le filigrane FORMATION et est marquée comme données d’exercice.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Quarterly release</source>
        <translation>Publication trimestrielle</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <source>Anonymized figures for management, one quarter at a time: no names, no small groups. A quarter closes a set number of days after it ends (Program policy); the first look at its figures is its release, and every later look and export shows exactly the same figures.</source>
        <translation>Des chiffres anonymisés pour la direction, un trimestre à la fois&#xa0;: aucun nom, aucun petit groupe. Un trimestre se ferme un nombre fixe de jours après sa fin (Politique du programme); la première consultation de ses chiffres est sa publication, et chaque consultation et exportation suivante montre exactement les mêmes chiffres.</translation>
    </message>
    <message>
        <source>Reading the released figures…</source>
        <translation>Lecture des chiffres publiés…</translation>
    </message>
    <message>
        <source>Looking at the figures of %1 releases it: they are worked out now, checked, and frozen for good. Every later look and export shows exactly these figures; contacts logged later for it count in the next open quarter. If no set of hidden figures can keep every small count safe, the quarter is withheld for good instead, with nothing of it published.</source>
        <translation>Consulter les chiffres de %1 le publie&#xa0;: ils sont calculés maintenant, vérifiés et figés pour de bon. Chaque consultation et exportation suivante montre exactement ces chiffres; les contacts consignés plus tard pour ce trimestre comptent dans le prochain trimestre ouvert. Si aucun choix de chiffres masqués ne peut protéger chacun de ses petits nombres, le trimestre est plutôt retenu pour de bon, sans que rien n’en soit publié.</translation>
    </message>
    <message>
        <source>The figures will be released rounded to base 5.</source>
        <translation>Les chiffres seront publiés arrondis à un multiple de 5.</translation>
    </message>
    <message>
        <source>Release %1?</source>
        <translation>Publier %1?</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Working out the figures and checking that no one can be identified…</source>
        <translation>Calcul des chiffres et vérification que personne ne peut être identifié…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Use four or more unusual words; length beats symbols.</source>
        <translation>Utilisez quatre mots inhabituels ou plus; la longueur compte plus que les symboles.</translation>
    </message>
</context>
<context>
    <name>SupportPanels</name>
    <message>
        <source>24/7</source>
        <translation>24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Call your local crisis line or emergency services.
In the US and Canada: call or text 988 (Suicide and Crisis Lifeline).</source>
        <translation>Appelez votre ligne de crise locale ou les services d’urgence.
Au Canada et aux États-Unis&#xa0;: appelez ou textez le 988 (ligne d’aide en cas de crise de suicide).</translation>
    </message>
    <message>
        <source>Talk to your peer team lead, or call your EAP. You do not need a reason beyond &quot;that one stayed with me&quot;.</source>
        <translation>Parlez-en à votre responsable d’équipe de pairs ou appelez votre PAE. Pas besoin d’autre raison que «&#xa0;celle-là m’est restée&#xa0;».</translation>
    </message>
    <message>
        <source>Your program&apos;s own support services are not in the directory yet: a coordinator can add the peer team, EAP and clinicians under Referrals.</source>
        <translation>Les services de soutien de votre programme ne sont pas encore dans le répertoire : un·e coordonnateur·rice peut ajouter l’équipe de pairs, le PAE et les clinicien·ne·s sous Orientations.</translation>
    </message>
    <message>
        <source>Imminent danger: stay with the person</source>
        <translation>Danger imminent&#xa0;: restez avec la personne</translation>
    </message>
    <message>
        <source>1. Do not leave the person alone.
2. Call a crisis line or emergency services now.
3. Tell your program coordinator as your policy says.</source>
        <translation>1. Ne laissez pas la personne seule.
2. Appelez maintenant une ligne de crise ou les services d’urgence.
3. Avisez la coordination de votre programme selon votre politique.</translation>
    </message>
    <message>
        <source>Add crisis line referral (warm handoff)</source>
        <translation>Ajouter une orientation vers une ligne de crise (transfert accompagné)</translation>
    </message>
    <message>
        <source>✓ A crisis line, medical or clinician referral is chosen.</source>
        <translation>✓ Une orientation vers une ligne de crise, un service médical ou un·e clinicien·ne est choisie.</translation>
    </message>
    <message>
        <source>Saving needs a crisis line, medical or clinician referral.</source>
        <translation>L’enregistrement exige une orientation vers une ligne de crise, un service médical ou un·e clinicien·ne.</translation>
    </message>
    <message>
        <source>Look after yourself too</source>
        <translation>Prenez soin de vous aussi</translation>
    </message>
    <message>
        <source>Hard conversations stay with us. Support for you is part of the program:</source>
        <translation>Les conversations difficiles nous marquent. Le soutien pour vous fait partie du programme&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SurveyExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SurveyExportFlow</name>
    <message>
        <source>Export the survey results as CSV</source>
        <translation>Exporter les résultats du sondage en CSV</translation>
    </message>
    <message>
        <source>Export the survey results as PDF</source>
        <translation>Exporter les résultats du sondage en PDF</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>É.-T.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Vagues</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparés</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>p (t-test)</source>
        <translation>p (test t)</translation>
    </message>
    <message>
        <source>p (rank test)</source>
        <translation>p (test des rangs)</translation>
    </message>
    <message>
        <source>Effect size</source>
        <translation>Taille d’effet</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 linked</source>
        <translation>%1 liés</translation>
    </message>
    <message>
        <source>%1 and %2, unlinked</source>
        <translation>%1 et %2, non liés</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>not opened yet</source>
        <translation>pas encore ouverte</translation>
    </message>
    <message numerus="yes">
        <source>open, %Ln response(s)</source>
        <translation>
            <numerusform>ouverte, %Ln réponse</numerusform>
            <numerusform>ouverte, %Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed, %Ln response(s)</source>
        <translation>
            <numerusform>fermée, %Ln réponse</numerusform>
            <numerusform>fermée, %Ln réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Vagues</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publiés</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Non publiés</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>New cohort…</source>
        <translation>Nouvelle cohorte…</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <source>Anonymous pre and post surveys of a cohort, answered on this laptop in a locked survey kiosk or keyed in from paper forms. Answers stay encrypted in the vault; only results for groups of at least the cohort&apos;s minimum are shown or exported, once every wave has closed.</source>
        <translation>Sondages anonymes avant et après d’une cohorte, remplis sur cet ordinateur dans un kiosque de sondage verrouillé ou saisis à partir de formulaires papier. Les réponses restent chiffrées dans le coffre&#xa0;; seuls des résultats de groupes d’au moins le minimum de la cohorte sont affichés ou exportés, une fois toutes les vagues fermées.</translation>
    </message>
    <message>
        <source>Start the survey kiosk</source>
        <translation>Lancer le kiosque de sondage</translation>
    </message>
    <message>
        <source>Key in paper forms…</source>
        <translation>Saisir des formulaires papier…</translation>
    </message>
    <message>
        <source>Open the %1 wave</source>
        <translation>Ouvrir la vague %1</translation>
    </message>
    <message>
        <source>Close the %1 wave…</source>
        <translation>Fermer la vague %1…</translation>
    </message>
    <message>
        <source>Cohort created. Open its pre wave when the group is ready.</source>
        <translation>Cohorte créée. Ouvrez sa vague pré quand le groupe est prêt.</translation>
    </message>
    <message>
        <source>No more answers can be given to the %1 wave once it is closed, and it cannot be opened again.</source>
        <translation>Une fois fermée, la vague %1 ne reçoit plus de réponses et ne peut pas être rouverte.</translation>
    </message>
    <message>
        <source>Closing the post wave also deletes every personal code&apos;s scrambled form: only the answers already linked stay linked.</source>
        <translation>Fermer la vague post efface aussi la forme brouillée de chaque code personnel&#xa0;: seules les réponses déjà liées le restent.</translation>
    </message>
    <message>
        <source>Close the wave</source>
        <translation>Fermer la vague</translation>
    </message>
    <message>
        <source>The survey kiosk has ended.</source>
        <translation>Le kiosque de sondage est fermé.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Program policy</source>
        <translation>Politique du programme</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Add members and choose what they may do, keep the team&apos;s training records, set the program policy, and check the audit log.</source>
        <translation>Ajoutez des membres et choisissez ce qu’ils peuvent faire, tenez à jour les formations de l’équipe, fixez la politique du programme et consultez le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Switched off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Must change passphrase</source>
        <translation>Doit changer sa phrase de passe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>TrainerView</name>
    <message>
        <source>Debrief PDFs carry the training watermark and hold no real contacts.</source>
        <translation>Les PDF de retour portent le filigrane de formation et ne contiennent aucun vrai contact.</translation>
    </message>
    <message>
        <source>Class session</source>
        <translation>Séance de formation</translation>
    </message>
    <message>
        <source>New session title</source>
        <translation>Titre de la nouvelle séance</translation>
    </message>
    <message>
        <source>New session, e.g. Spring class, day 2</source>
        <translation>Nouvelle séance, p. ex. Groupe du printemps, jour 2</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <source>Class &amp;session</source>
        <translation>&amp;Séance de formation</translation>
    </message>
    <message>
        <source>Results per trainee</source>
        <translation>Résultats par participant·e</translation>
    </message>
    <message>
        <source>Trainee&apos;s name</source>
        <translation>Nom du ou de la participant·e</translation>
    </message>
    <message>
        <source>Add trainee</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save trainee&apos;s debrief PDF…</source>
        <translation>PDF de retour individuel…</translation>
    </message>
    <message>
        <source>Save class debrief PDF…</source>
        <translation>PDF de retour de la classe…</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Participant·e·s</translation>
    </message>
    <message>
        <source>The class misses most</source>
        <translation>Ce que la classe manque le plus</translation>
    </message>
    <message>
        <source>Results per scenario</source>
        <translation>Résultats par scénario</translation>
    </message>
    <message>
        <source>Critical actions missed</source>
        <translation>Actions essentielles manquées</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Critical actions, most missed first</source>
        <translation>Actions essentielles, les plus manquées d’abord</translation>
    </message>
    <message>
        <source>No critical action missed yet.</source>
        <translation>Aucune action essentielle manquée pour l’instant.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Aucun résultat pour l’instant.</translation>
    </message>
    <message>
        <source>%1: missed in %2 of %3 attempts.</source>
        <translation>%1&#xa0;: manquée dans %2 essais sur %3.</translation>
    </message>
    <message>
        <source>Session started. Add the trainees by name.</source>
        <translation>Séance commencée. Ajoutez les participant·e·s par leur nom.</translation>
    </message>
    <message>
        <source>%1 — class debrief.pdf</source>
        <translation>%1 — retour de la classe.pdf</translation>
    </message>
    <message>
        <source>%1 — debrief.pdf</source>
        <translation>%1 — retour.pdf</translation>
    </message>
    <message>
        <source>Save debrief PDF</source>
        <translation>Enregistrer le PDF de retour</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>TrainingRecordDialog</name>
    <message>
        <source>Change a training record</source>
        <translation>Modifier une formation</translation>
    </message>
    <message>
        <source>Add a training record</source>
        <translation>Ajouter une formation</translation>
    </message>
    <message>
        <source>A course, certification, continuing education or supervision session. Records are about the team: never write anything about the people you support.</source>
        <translation>Un cours, une certification, une formation continue ou une séance de supervision. Ces dossiers portent sur l’équipe&#xa0;: n’écrivez jamais rien sur les personnes que vous soutenez.</translation>
    </message>
    <message>
        <source>For {name}.</source>
        <translation>Pour {name}.</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Choose the course…</source>
        <translation>Choisissez le cours…</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Suivie le</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Offerte par</translation>
    </message>
    <message>
        <source>An organization or a role</source>
        <translation>Un organisme ou un rôle</translation>
    </message>
    <message>
        <source>It e&amp;xpires</source>
        <translation>E&amp;xpire le</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translation>&amp;Cours</translation>
    </message>
    <message>
        <source>&amp;Completed on</source>
        <translation>&amp;Suivie le</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Offerte par</translation>
    </message>
    <message>
        <source>Who gave it: an organization or a role, never a person&apos;s name.</source>
        <translation>Qui l’a donnée&#xa0;: un organisme ou un rôle, jamais le nom d’une personne.</translation>
    </message>
</context>
<context>
    <name>TrainingRecords</name>
    <message numerus="yes">
        <source>{course} expires on {date}, in %n day(s).</source>
        <translation>
            <numerusform>{course} expire le {date}, dans %n jour.</numerusform>
            <numerusform>{course} expire le {date}, dans %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} · in %n day(s)</source>
        <translation>
            <numerusform>{date} · dans %n jour</numerusform>
            <numerusform>{date} · dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{course} expired on {date}.</source>
        <translation>{course} a expiré le {date}.</translation>
    </message>
    <message>
        <source>{course} expires today.</source>
        <translation>{course} expire aujourd’hui.</translation>
    </message>
    <message>
        <source>{course} expires tomorrow, {date}.</source>
        <translation>{course} expire demain, le {date}.</translation>
    </message>
    <message>
        <source>{date} · expired</source>
        <translation>{date} · expirée</translation>
    </message>
    <message>
        <source>{date} · expires today</source>
        <translation>{date} · expire aujourd’hui</translation>
    </message>
    <message>
        <source>{course}: never done</source>
        <translation>{course}&#xa0;: jamais suivi</translation>
    </message>
    <message>
        <source>{course}: lapsed on {date}</source>
        <translation>{course}&#xa0;: échu le {date}</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Not current ({gaps})</source>
        <translation>Pas à jour ({gaps})</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Suivie le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Offerte par</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Prochaine expiration</translation>
    </message>
    <message>
        <source>{date} · tomorrow</source>
        <translation>{date} · demain</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Entrées</translation>
    </message>
</context>
<context>
    <name>TrainingRecordsPage</name>
    <message>
        <source>Team training standing</source>
        <translation>Situation de formation de l’équipe</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>&amp;Add record…</source>
        <translation>&amp;Ajouter une formation…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>My records</source>
        <translation>Mes formations</translation>
    </message>
    <message>
        <source>Select a member to see and keep their records. The program policy says which courses are required.</source>
        <translation>Choisissez un membre pour voir et tenir à jour ses formations. La politique du programme indique les cours obligatoires.</translation>
    </message>
    <message>
        <source>Your courses, certifications, continuing education and supervision sessions. Add each one you complete; a coordinator can correct or remove a record.</source>
        <translation>Vos cours, certifications, formations continues et séances de supervision. Ajoutez chacun dès qu’il est terminé; un·e coordonnateur·trice peut corriger ou retirer une entrée.</translation>
    </message>
    <message>
        <source>My training records</source>
        <translation>Mes formations</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not current: {names}.</source>
        <translation>
            <numerusform>%n membre n’est pas à jour&#xa0;: {names}.</numerusform>
            <numerusform>%n membres ne sont pas à jour&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) or certification(s) expire within 60 days (see Next expiry).</source>
        <translation>
            <numerusform>%n cours ou certification expire d’ici 60 jours (voir Prochaine expiration).</numerusform>
            <numerusform>%n cours ou certifications expirent d’ici 60 jours (voir Prochaine expiration).</numerusform>
        </translation>
    </message>
    <message>
        <source>You are not current with the training the program requires: {gaps}.</source>
        <translation>Vous n’êtes pas à jour dans la formation exigée par le programme&#xa0;: {gaps}.</translation>
    </message>
    <message>
        <source>Everyone is current and nothing expires in the next 60 days.</source>
        <translation>Tout le monde est à jour et rien n’expire dans les 60 prochains jours.</translation>
    </message>
    <message>
        <source>You are current and nothing of yours expires in the next 60 days.</source>
        <translation>Vous êtes à jour et aucune de vos formations n’expire dans les 60 prochains jours.</translation>
    </message>
    <message>
        <source>Records of {name}</source>
        <translation>Formations de {name}</translation>
    </message>
    <message>
        <source>The record was saved.</source>
        <translation>La formation a été enregistrée.</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Supprimer cette formation?</translation>
    </message>
    <message>
        <source>The record is deleted for good; the audit log keeps that it was.</source>
        <translation>La formation est supprimée pour de bon; le journal d’audit garde la trace de la suppression.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Supprimer la formation</translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation>La formation a été supprimée.</translation>
    </message>
</context>
<context>
    <name>TrainingSection</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace</translation>
    </message>
</context>
<context>
    <name>TrainingTools</name>
    <message>
        <source>Demo data progress</source>
        <translation>Progression des données de démonstration</translation>
    </message>
    <message>
        <source>Training tools</source>
        <translation>Outils de formation</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Made-up contacts spread over the last twelve months, for practising the contact list and follow-ups.</source>
        <translation>Des contacts fictifs répartis sur les douze derniers mois, pour s’exercer avec la liste des contacts et les suivis.</translation>
    </message>
    <message>
        <source>Number of demo contacts</source>
        <translation>Nombre de contacts de démonstration</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> contacts</translation>
    </message>
    <message>
        <source>Add demo contacts</source>
        <translation>Ajouter des contacts de démonstration</translation>
    </message>
    <message>
        <source>Coordinator practice</source>
        <translation>Exercice de coordination</translation>
    </message>
    <message>
        <source>A realistic quarter of demo contacts (%1), then the Statistics section to walk through the quarterly export. Its files carry the training watermark.</source>
        <translation>Un trimestre réaliste de contacts de démonstration (%1), puis la section Statistiques pour parcourir l’exportation trimestrielle. Ses fichiers portent le filigrane de formation.</translation>
    </message>
    <message>
        <source>Make a practice quarter</source>
        <translation>Créer un trimestre d’exercice</translation>
    </message>
    <message>
        <source>Scenario packs</source>
        <translation>Ensembles de scénarios</translation>
    </message>
    <message>
        <source>Import your own scenarios as a pack file (.toml). It is checked first; every problem is listed with its line.</source>
        <translation>Importez vos propres scénarios dans un fichier d’ensemble (.toml). Il est d’abord vérifié; chaque problème est indiqué avec sa ligne.</translation>
    </message>
    <message>
        <source>Import a pack…</source>
        <translation>Importer un ensemble…</translation>
    </message>
    <message>
        <source>Start again from clean</source>
        <translation>Repartir à zéro</translation>
    </message>
    <message>
        <source>Deletes the practice contacts, class sessions and results, and sets a new classroom passphrase. Imported packs are kept. Your team&apos;s real vault is not touched.</source>
        <translation>Supprime les contacts d’exercice, les séances et les résultats, et définit une nouvelle phrase de passe pour la classe. Les ensembles importés sont conservés. Le vrai coffre de votre équipe n’est pas touché.</translation>
    </message>
    <message>
        <source>New classroom passphrase</source>
        <translation>Nouvelle phrase de passe de la classe</translation>
    </message>
    <message>
        <source>Repeat the new classroom passphrase</source>
        <translation>Répétez la nouvelle phrase de passe de la classe</translation>
    </message>
    <message>
        <source>Reset training workspace…</source>
        <translation>Réinitialiser l’espace de formation…</translation>
    </message>
    <message>
        <source>New classroom &amp;passphrase</source>
        <translation>Nouvelle &amp;phrase de passe de la classe</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 contacts sur %2</translation>
    </message>
    <message>
        <source>%1 demo contacts added.</source>
        <translation>%1 contacts de démonstration ajoutés.</translation>
    </message>
    <message>
        <source>%1 demo contacts made for %2. Practise the export in Statistics.</source>
        <translation>%1 contacts de démonstration créés pour %2. Exercez-vous à l’exportation dans Statistiques.</translation>
    </message>
    <message>
        <source>Import a scenario pack</source>
        <translation>Importer un ensemble de scénarios</translation>
    </message>
    <message>
        <source>Scenario packs (*.toml)</source>
        <translation>Ensembles de scénarios (*.toml)</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” with %n scenario(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» importé avec %n scénario.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» importé avec %n scénarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack was not imported:</source>
        <translation>L’ensemble n’a pas été importé&#xa0;:</translation>
    </message>
    <message>
        <source>Type the new classroom passphrase.</source>
        <translation>Tapez la nouvelle phrase de passe de la classe.</translation>
    </message>
    <message>
        <source>Reset the training workspace?</source>
        <translation>Réinitialiser l’espace de formation?</translation>
    </message>
    <message>
        <source>Every practice contact, class session and result in the training workspace is deleted for good. Imported packs are kept. Your team&apos;s real vault is not touched.</source>
        <translation>Tous les contacts d’exercice, séances et résultats de l’espace de formation sont supprimés définitivement. Les ensembles importés sont conservés. Le vrai coffre de votre équipe n’est pas touché.</translation>
    </message>
    <message>
        <source>Reset training workspace</source>
        <translation>Réinitialiser l’espace de formation</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Released quarters only, exactly as they were published; a hidden total reads “hidden”.</source>
        <translation>Trimestres publiés seulement, exactement tels qu’ils ont été publiés; un total masqué affiche «&#xa0;masqué&#xa0;».</translation>
    </message>
    <message>
        <source>No quarter has been released yet. The trend appears here after the first export.</source>
        <translation>Aucun trimestre n’a encore été publié. La tendance apparaît ici après la première exportation.</translation>
    </message>
    <message>
        <source>Headline figures per released quarter</source>
        <translation>Chiffres clés par trimestre publié</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation>Heures de soutien</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>Incidents critiques</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>PeerDesk training</source>
        <translation>PeerDesk formation</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Sign in to the practice vault. Nothing in it is real.</source>
        <translation>Ouvrez une session dans le coffre d’exercice. Rien n’y est réel.</translation>
    </message>
    <message>
        <source>Sign in to open your team&apos;s vault.</source>
        <translation>Ouvrez une session pour accéder au coffre de votre équipe.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>Phrase de passe oubliée?</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>Open training workspace</source>
        <translation>Ouvrir l’espace de formation</translation>
    </message>
    <message>
        <source>Practice data for classroom drills, kept apart from this vault</source>
        <translation>Données d’exercice pour la formation en classe, séparées de ce coffre</translation>
    </message>
    <message>
        <source>{name} can now sign in with the new passphrase.</source>
        <translation>{name} peut maintenant ouvrir une session avec la nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Messages texte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>They reached out</source>
        <translation>La personne m’a contacté·e</translation>
    </message>
    <message>
        <source>I reached out</source>
        <translation>J’ai pris contact</translation>
    </message>
    <message>
        <source>Supervisor referral</source>
        <translation>Demande d’un·e superviseur·e</translation>
    </message>
    <message>
        <source>After a critical incident</source>
        <translation>Après un incident critique</translation>
    </message>
    <message>
        <source>Family request</source>
        <translation>Demande de la famille</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Pompiers</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>Paramédics</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Répartition 911</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Services correctionnels</translation>
    </message>
    <message>
        <source>Civilian staff</source>
        <translation>Personnel civil</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Membre de la famille</translation>
    </message>
    <message>
        <source>Retiree</source>
        <translation>Retraité·e</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Small group</source>
        <translation>Petit groupe</translation>
    </message>
    <message>
        <source>On-scene support</source>
        <translation>Soutien sur les lieux</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>Sur les lieux</translation>
    </message>
    <message>
        <source>Defusing</source>
        <translation>Désamorçage</translation>
    </message>
    <message>
        <source>Debriefing</source>
        <translation>Débreffage</translation>
    </message>
    <message>
        <source>Crisis management briefing</source>
        <translation>Séance d’information en gestion de crise</translation>
    </message>
    <message>
        <source>Crisis briefing</source>
        <translation>Info. de crise</translation>
    </message>
    <message>
        <source>Work stress</source>
        <translation>Stress au travail</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Incident critique</translation>
    </message>
    <message>
        <source>Family and relationships</source>
        <translation>Famille et relations</translation>
    </message>
    <message>
        <source>Grief and loss</source>
        <translation>Deuil et perte</translation>
    </message>
    <message>
        <source>Health and sleep</source>
        <translation>Santé et sommeil</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consommation de substances</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Legal or disciplinary</source>
        <translation>Juridique ou disciplinaire</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Carrière</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Moral injury</source>
        <translation>Blessure morale</translation>
    </message>
    <message>
        <source>Line-of-duty death</source>
        <translation>Décès en service</translation>
    </message>
    <message>
        <source>Suicide of a colleague</source>
        <translation>Suicide d’un·e collègue</translation>
    </message>
    <message>
        <source>Serious injury to personnel</source>
        <translation>Blessure grave d’un membre du personnel</translation>
    </message>
    <message>
        <source>Mass casualty or disaster</source>
        <translation>Nombreuses victimes ou catastrophe</translation>
    </message>
    <message>
        <source>A child involved</source>
        <translation>Un enfant impliqué</translation>
    </message>
    <message>
        <source>Victim known to responders</source>
        <translation>Victime connue des intervenants</translation>
    </message>
    <message>
        <source>Use of force</source>
        <translation>Recours à la force</translation>
    </message>
    <message>
        <source>Prolonged incident, bad outcome</source>
        <translation>Incident prolongé, issue défavorable</translation>
    </message>
    <message>
        <source>None observed</source>
        <translation>Aucun observé</translation>
    </message>
    <message>
        <source>Some concern</source>
        <translation>Une certaine inquiétude</translation>
    </message>
    <message>
        <source>Imminent danger</source>
        <translation>Danger imminent</translation>
    </message>
    <message>
        <source>Substance use treatment</source>
        <translation>Traitement des dépendances</translation>
    </message>
    <message>
        <source>Resolved at peer level</source>
        <translation>Réglé entre pairs</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orienté·e vers une ressource</translation>
    </message>
    <message>
        <source>Continuing support</source>
        <translation>Soutien qui se poursuit</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Contact répété</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Peer support team</source>
        <translation>Équipe de soutien par les pairs</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Covered (employer, union or insurance)</source>
        <translation>Couvert (employeur, syndicat ou assurance)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Payant</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Formation continue</translation>
    </message>
    <message>
        <source>Supervision or clinical oversight</source>
        <translation>Supervision ou encadrement clinique</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Peer support foundations</source>
        <translation>Bases du soutien par les pairs</translation>
    </message>
    <message>
        <source>Individual crisis intervention</source>
        <translation>Intervention de crise individuelle</translation>
    </message>
    <message>
        <source>Group crisis intervention</source>
        <translation>Intervention de crise en groupe</translation>
    </message>
    <message>
        <source>Psychological first aid</source>
        <translation>Premiers soins psychologiques</translation>
    </message>
    <message>
        <source>Suicide intervention</source>
        <translation>Intervention en prévention du suicide</translation>
    </message>
    <message>
        <source>Mental health first aid</source>
        <translation>Premiers soins en santé mentale</translation>
    </message>
    <message>
        <source>Confidentiality and ethics</source>
        <translation>Confidentialité et éthique</translation>
    </message>
    <message>
        <source>Substance use awareness</source>
        <translation>Sensibilisation aux dépendances</translation>
    </message>
    <message>
        <source>Supporting families</source>
        <translation>Soutien aux familles</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Risk of self-harm</source>
        <translation>Risque d’automutilation</translation>
    </message>
    <message>
        <source>Risk of harm to others</source>
        <translation>Risque pour autrui</translation>
    </message>
    <message>
        <source>Abuse or neglect</source>
        <translation>Mauvais traitements ou négligence</translation>
    </message>
    <message>
        <source>Criminal conduct</source>
        <translation>Conduite criminelle</translation>
    </message>
    <message>
        <source>Other legal duty</source>
        <translation>Autre obligation légale</translation>
    </message>
    <message>
        <source>EAP</source>
        <translation>PAE</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinicien·ne</translation>
    </message>
    <message>
        <source>Chaplain</source>
        <translation>Aumônier·ère</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Ligne de crise</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Family violence service</source>
        <translation>Service en violence familiale</translation>
    </message>
    <message>
        <source>CISM team</source>
        <translation>Équipe GSIC</translation>
    </message>
    <message>
        <source>Financial or legal</source>
        <translation>Financier ou juridique</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information donnée</translation>
    </message>
    <message>
        <source>Warm handoff</source>
        <translation>Transfert accompagné</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Fatigué·e</translation>
    </message>
    <message>
        <source>Affected by it</source>
        <translation>Touché·e</translation>
    </message>
    <message>
        <source>I&apos;d like a debrief</source>
        <translation>J’aimerais un débreffage</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Services d’urgence</translation>
    </message>
    <message>
        <source>Program coordinator</source>
        <translation>Coordination du programme</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protection de l’enfance</translation>
    </message>
    <message>
        <source>Adult protection</source>
        <translation>Protection des adultes</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur·e</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Forces de l’ordre</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
</TS>
