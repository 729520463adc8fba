<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AffiliationDialog</name>
    <message>
        <source>Affiliation</source>
        <translation>Rattachement</translation>
    </message>
    <message>
        <source>Type a few letters of the organisation…</source>
        <translation>Tapez quelques lettres de l&apos;organisation…</translation>
    </message>
    <message>
        <source>e.g. Responsable achats</source>
        <translation>ex. Responsable achats</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Has ended</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Depuis le</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Choose an organisation in the list.</source>
        <translation>Choisissez une organisation dans la liste.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database {url} cannot be opened:
{detail}</source>
        <translation>La base de données {url} ne peut pas être ouverte :
{detail}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Filter by name or town — Enter ticks the highlighted one</source>
        <translation>Filtrer par nom ou ville — Entrée coche la ligne en surbrillance</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <translation>Cocher toutes les lignes affichées</translation>
    </message>
    <message>
        <source>Uncheck all shown</source>
        <translation>Décocher toutes les lignes affichées</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Member organisations, and those already taking part.</source>
        <translation>Les organisations adhérentes, et celles qui participent déjà.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n cochée</numerusform>
            <numerusform>%n cochées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Supprimer « {name} » ?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est définitive.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>It takes part in %n interaction(s): they are kept, without it.</source>
        <translation>
            <numerusform>Elle participe à %n échange : il est conservé, sans elle.</numerusform>
            <numerusform>Elle participe à %n échanges : ils sont conservés, sans elle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up(s) will be deleted.</source>
        <translation>
            <numerusform>Sa relance sera supprimée.</numerusform>
            <numerusform>Ses %n relances seront supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Not linked to any organisation.</source>
        <translation>Rattaché à aucune organisation.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Add an e-mail</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Link to an organisation…</source>
        <translation>Rattacher à une organisation…</translation>
    </message>
    <message>
        <source>Edit link…</source>
        <translation>Modifier le rattachement…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Retirer le rattachement</translation>
    </message>
    <message>
        <source>&amp;Civility</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>Fonctio&amp;n</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;E-mails</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Téléphones</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>O&amp;rganisations</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Search people: name, organisation, e-mail, phone… (Ctrl+F)</source>
        <translation>Rechercher une personne : nom, organisation, e-mail, téléphone… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Sélectionnez une personne pour voir sa fiche.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} contacts</source>
        <translation>
            <numerusform>%n contact sur {total}</numerusform>
            <numerusform>%n contacts sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n link(s) to organisations will be removed.</source>
        <translation>
            <numerusform>Son rattachement à une organisation sera supprimé.</numerusform>
            <numerusform>Ses %n rattachements à des organisations seront supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>interactions</source>
        <translation>échanges</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>follow-ups done</source>
        <translation>relances faites</translation>
    </message>
    <message>
        <source>organisations met</source>
        <translation>organisations rencontrées</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Aucune relance en retard. Bravo !</translation>
    </message>
    <message>
        <source>Nothing due in the next {days} days.</source>
        <translation>Rien à faire dans les {days} prochains jours.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Every relationship is up to date: nobody has been left aside.</source>
        <translation>Toutes les relations sont à jour : personne n&apos;a été oublié.</translation>
    </message>
    <message>
        <source>not met for longer than planned</source>
        <translation>pas rencontrées depuis plus longtemps que prévu</translation>
    </message>
    <message>
        <source>No interaction logged yet. Log your meetings, calls and events from an organisation&apos;s page.</source>
        <translation>Aucun échange enregistré. Notez vos réunions, appels et événements depuis la fiche d&apos;une organisation.</translation>
    </message>
    <message>
        <source>Latest interactions</source>
        <translation>Derniers échanges</translation>
    </message>
    <message>
        <source>This month ({month} {year})</source>
        <translation>Ce mois-ci ({month} {year})</translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups (%n)</source>
        <translation>
            <numerusform>Relances en retard (%n)</numerusform>
            <numerusform>Relances en retard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming follow-ups, next {days} days (%n)</source>
        <translation>
            <numerusform>Relances à venir, {days} prochains jours (%n)</numerusform>
            <numerusform>Relances à venir, {days} prochains jours (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dormant relationships (%n)</source>
        <translation>
            <numerusform>Relations en sommeil (%n)</numerusform>
            <numerusform>Relations en sommeil (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No interaction logged</source>
        <translation>Aucun échange enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meet at least every %n day(s)</source>
        <translation>
            <numerusform>À rencontrer au moins tous les %n jour</numerusform>
            <numerusform>À rencontrer au moins tous les %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu&apos;au {end}</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>depuis le {start}</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Interactions ({count}+)</source>
        <translation>Échanges ({count}+)</translation>
    </message>
    <message>
        <source>Interactions ({count})</source>
        <translation>Échanges ({count})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Organisation #{id} does not exist.</source>
        <translation>L&apos;organisation n° {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Contact #{id} does not exist.</source>
        <translation>Le contact n° {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A French postcode has 5 digits: {value}.</source>
        <translation>Un code postal français a 5 chiffres : {value}.</translation>
    </message>
    <message>
        <source>CEDEX is followed by a number only: {value}.</source>
        <translation>CEDEX n&apos;est suivi que d&apos;un numéro : {value}.</translation>
    </message>
    <message>
        <source>This phone number is not valid: {value}.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide : {value}.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid: {value}.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide : {value}.</translation>
    </message>
    <message>
        <source>This website address is not valid: {value}.</source>
        <translation>Cette adresse de site web n&apos;est pas valide : {value}.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Le nom de famille est obligatoire.</translation>
    </message>
    <message>
        <source>This name is too long ({max} characters at most).</source>
        <translation>Ce nom est trop long ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>An affiliation cannot end before it starts.</source>
        <translation>Un rattachement ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>The same organisation is listed twice.</source>
        <translation>La même organisation figure deux fois.</translation>
    </message>
    <message>
        <source>A SIRET has 14 digits ({value} has {count}).</source>
        <translation>Un SIRET a 14 chiffres ({value} en a {count}).</translation>
    </message>
    <message>
        <source>A SIRET contains only digits: {value}.</source>
        <translation>Un SIRET ne contient que des chiffres : {value}.</translation>
    </message>
    <message>
        <source>This SIRET is not valid (wrong check digit): {value}.</source>
        <translation>Ce SIRET n&apos;est pas valide (clé de contrôle erronée) : {value}.</translation>
    </message>
    <message>
        <source>A SIREN has 9 digits ({value} has {count}).</source>
        <translation>Un SIREN a 9 chiffres ({value} en a {count}).</translation>
    </message>
    <message>
        <source>A SIREN contains only digits: {value}.</source>
        <translation>Un SIREN ne contient que des chiffres : {value}.</translation>
    </message>
    <message>
        <source>This SIREN is not valid (wrong check digit): {value}.</source>
        <translation>Ce SIREN n&apos;est pas valide (clé de contrôle erronée) : {value}.</translation>
    </message>
    <message>
        <source>Unknown NAF rev. 2 code: {value} (expected e.g. 62.01Z).</source>
        <translation>Code NAF rév. 2 inconnu : {value} (attendu par exemple 62.01Z).</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The name is too long ({max} characters at most).</source>
        <translation>Le nom est trop long ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>The SIREN must be the first 9 digits of the SIRET.</source>
        <translation>Le SIREN doit être les 9 premiers chiffres du SIRET.</translation>
    </message>
    <message>
        <source>The stay-in-touch interval is between 1 and {max} days.</source>
        <translation>L&apos;intervalle de suivi est compris entre 1 et {max} jours.</translation>
    </message>
    <message>
        <source>The membership date cannot be in the future.</source>
        <translation>La date d&apos;adhésion ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Organisation #{id} no longer exists.</source>
        <translation>L&apos;organisation n° {id} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Backup and restore work on a SQLite file only, not on {url}.</source>
        <translation>La sauvegarde et la restauration ne concernent que les fichiers SQLite, pas {url}.</translation>
    </message>
    <message>
        <source>Backup file not found: {path}.</source>
        <translation>Fichier de sauvegarde introuvable : {path}.</translation>
    </message>
    <message>
        <source>{path} is not a sound Cluster CRM database.</source>
        <translation>{path} n&apos;est pas une base Cluster CRM intègre.</translation>
    </message>
    <message>
        <source>Another organisation already has this SIRET: {name}.</source>
        <translation>Une autre organisation a déjà ce SIRET : {name}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: the action was cancelled.</source>
        <translation>Un problème est survenu. Vos données sont intactes : l&apos;action a été annulée.</translation>
    </message>
    <message>
        <source>Details are in the log file: {path}</source>
        <translation>Les détails sont dans le journal : {path}</translation>
    </message>
    <message>
        <source>The database already holds {count} organisations: the demo cluster goes into an empty database only.</source>
        <translation>La base contient déjà {count} organisations : le cluster de démonstration ne se charge que dans une base vide.</translation>
    </message>
    <message>
        <source>Interaction #{id} does not exist.</source>
        <translation>L&apos;échange n° {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Follow-up #{id} does not exist.</source>
        <translation>La relance n° {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <source>The subject is required for this kind of interaction ({kind}).</source>
        <translation>L&apos;objet est obligatoire pour ce type d&apos;échange ({kind}).</translation>
    </message>
    <message>
        <source>The subject is too long ({max} characters at most).</source>
        <translation>L&apos;objet est trop long ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <source>An interaction lasts a week at most.</source>
        <translation>Un échange dure au plus une semaine.</translation>
    </message>
    <message>
        <source>Choose at least one organisation or person.</source>
        <translation>Choisissez au moins une organisation ou une personne.</translation>
    </message>
    <message>
        <source>This file cannot be read: {path}.</source>
        <translation>Ce fichier est illisible : {path}.</translation>
    </message>
    <message>
        <source>The follow-up needs a due date.</source>
        <translation>La relance doit avoir une date d&apos;échéance.</translation>
    </message>
    <message>
        <source>The follow-up is due before the interaction itself.</source>
        <translation>La relance tombe avant l&apos;échange lui-même.</translation>
    </message>
    <message>
        <source>{name}: unsupported file type, use {supported}.</source>
        <translation>{name} : type de fichier non pris en charge, choisissez {supported}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{path} cannot be written: permission denied, or the file is open in another program.</source>
        <translation>Impossible d&apos;écrire {path} : accès refusé, ou le fichier est ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>The disk is full: {path} cannot be written.</source>
        <translation>Le disque est plein : impossible d&apos;écrire {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>Impossible d&apos;écrire {path} ({reason}).</translation>
    </message>
    <message>
        <source>This file cannot be attached ({reason}): {path}.</source>
        <translation>Ce fichier ne peut pas être joint ({reason}) : {path}.</translation>
    </message>
    <message>
        <source>The attached file “{name}” is missing from {folder}.</source>
        <translation>La pièce jointe « {name} » est introuvable dans {folder}.</translation>
    </message>
    <message>
        <source>A follow-up is about an organisation or a person.</source>
        <translation>Une relance concerne une organisation ou une personne.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Following: {subject}</source>
        <translation>Suite à : {subject}</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label} : {text}</translation>
    </message>
    <message>
        <source>Participants: {names}</source>
        <translation>Participants : {names}</translation>
    </message>
    <message>
        <source>Follow-ups: {list}</source>
        <translation>Relances : {list}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <translation>{date} : {note}</translation>
    </message>
    <message>
        <source>{text} (done)</source>
        <translation>{text} (faite)</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Pick a date…</source>
        <translation>Choisir une date…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Open the organisation “{name}”</source>
        <translation>Ouvrir l&apos;organisation « {name} »</translation>
    </message>
    <message>
        <source>Open the person “{name}”</source>
        <translation>Ouvrir la personne « {name} »</translation>
    </message>
    <message>
        <source>Open the interaction “{subject}”</source>
        <translation>Ouvrir l&apos;échange « {subject} »</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>After the interaction</source>
        <translation>Suite à l&apos;échange</translation>
    </message>
    <message numerus="yes">
        <source>Due on {date}, %n day(s) late</source>
        <translation>
            <numerusform>Prévue le {date}, %n jour de retard</numerusform>
            <numerusform>Prévue le {date}, %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>Prévue le {date}</translation>
    </message>
    <message>
        <source>After: {subject}</source>
        <translation>Suite à : {subject}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Space or Ctrl+D: done · Enter: open · right click: more choices</source>
        <translation>Espace ou Ctrl+D : faite · Entrée : ouvrir · clic droit : autres choix</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>En retard ({count})</translation>
    </message>
    <message>
        <source>Due this week ({count})</source>
        <translation>Cette semaine ({count})</translation>
    </message>
    <message>
        <source>All open ({count})</source>
        <translation>Toutes à faire ({count})</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Aucune relance en retard. Bravo !</translation>
    </message>
    <message>
        <source>Nothing else is due this week.</source>
        <translation>Rien d&apos;autre à faire cette semaine.</translation>
    </message>
    <message>
        <source>No follow-up to do. Set one when you log an interaction, and it will wait for you here.</source>
        <translation>Aucune relance à faire. Programmez-en une en notant un échange : elle vous attendra ici.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Modifier l&apos;échange</translation>
    </message>
    <message>
        <source>No duration</source>
        <translation>Sans durée</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Jusqu&apos;à…</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Type a few letters of an organisation, then Enter</source>
        <translation>Tapez quelques lettres d&apos;une organisation, puis Entrée</translation>
    </message>
    <message>
        <source>Type a few letters of a name, then Enter</source>
        <translation>Tapez quelques lettres d&apos;un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Down arrow in the empty field: the people of the chosen organisations</source>
        <translation>Flèche bas dans le champ vide : les personnes des organisations choisies</translation>
    </message>
    <message>
        <source>e.g. on site, at the CCI, by video</source>
        <translation>ex. sur site, à la CCI, en visio</translation>
    </message>
    <message>
        <source>What it was about, in a few words</source>
        <translation>Le sujet, en quelques mots</translation>
    </message>
    <message>
        <source>What was said, decided, promised…</source>
        <translation>Ce qui a été dit, décidé, promis…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Pas de relance</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>À une date…</translation>
    </message>
    <message>
        <source>What to do (e.g. send the minutes)</source>
        <translation>À faire (ex. envoyer le compte rendu)</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Présence…</translation>
    </message>
    <message>
        <source>Tick the member organisations that attended</source>
        <translation>Cocher les adhérents présents</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>O&amp;rganisations</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>O&amp;bjet</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>R&amp;elance</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Enregistrer et fermer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>Already scheduled:</source>
        <translation>Déjà programmées :</translation>
    </message>
    <message>
        <source>No new follow-up</source>
        <translation>Pas de nouvelle relance</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>No application could open {name}.</source>
        <translation>Aucune application n&apos;a pu ouvrir {name}.</translation>
    </message>
    <message>
        <source>“{text}” was not added: choose it in the list with Enter, or clear it.</source>
        <translation>« {text} » n&apos;a pas été ajouté : choisissez-le dans la liste avec Entrée, ou effacez-le.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Contracting organisation</source>
        <translation>Donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Ancien adhérent</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Non adhérent</translation>
    </message>
    <message>
        <source>Madame</source>
        <translation>Madame</translation>
    </message>
    <message>
        <source>Monsieur</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>0 employees</source>
        <translation>0 salarié</translation>
    </message>
    <message>
        <source>1 or 2 employees</source>
        <translation>1 ou 2 salariés</translation>
    </message>
    <message>
        <source>3 to 5 employees</source>
        <translation>3 à 5 salariés</translation>
    </message>
    <message>
        <source>6 to 9 employees</source>
        <translation>6 à 9 salariés</translation>
    </message>
    <message>
        <source>10 to 19 employees</source>
        <translation>10 à 19 salariés</translation>
    </message>
    <message>
        <source>20 to 49 employees</source>
        <translation>20 à 49 salariés</translation>
    </message>
    <message>
        <source>50 to 99 employees</source>
        <translation>50 à 99 salariés</translation>
    </message>
    <message>
        <source>100 to 199 employees</source>
        <translation>100 à 199 salariés</translation>
    </message>
    <message>
        <source>200 to 249 employees</source>
        <translation>200 à 249 salariés</translation>
    </message>
    <message>
        <source>250 to 499 employees</source>
        <translation>250 à 499 salariés</translation>
    </message>
    <message>
        <source>500 to 999 employees</source>
        <translation>500 à 999 salariés</translation>
    </message>
    <message>
        <source>1,000 to 1,999 employees</source>
        <translation>1 000 à 1 999 salariés</translation>
    </message>
    <message>
        <source>2,000 to 4,999 employees</source>
        <translation>2 000 à 4 999 salariés</translation>
    </message>
    <message>
        <source>5,000 to 9,999 employees</source>
        <translation>5 000 à 9 999 salariés</translation>
    </message>
    <message>
        <source>10,000 employees or more</source>
        <translation>10 000 salariés et plus</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>in 1 week</source>
        <translation>dans 1 semaine</translation>
    </message>
    <message>
        <source>in 2 weeks</source>
        <translation>dans 2 semaines</translation>
    </message>
    <message>
        <source>in 3 weeks</source>
        <translation>dans 3 semaines</translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation>dans 1 mois</translation>
    </message>
    <message>
        <source>in 3 months</source>
        <translation>dans 3 mois</translation>
    </message>
    <message>
        <source>in 6 months</source>
        <translation>dans 6 mois</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cluster CRM — {database}</source>
        <translation>Cluster CRM — {database}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base : {path}</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>Nouveau &amp;contact…</translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <source>Load the &amp;demo cluster…</source>
        <translation>Charger le cluster de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Edit the selection</source>
        <translation>&amp;Modifier la sélection</translation>
    </message>
    <message>
        <source>&amp;Delete the selection</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>&amp;Export interactions…</source>
        <translation>&amp;Exporter les échanges…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>O&amp;rganisations</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Relances</translation>
    </message>
    <message>
        <source>&amp;About Cluster CRM</source>
        <translation>À &amp;propos de Cluster CRM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Welcome to Cluster CRM</source>
        <translation>Bienvenue dans Cluster CRM</translation>
    </message>
    <message>
        <source>This database is empty.</source>
        <translation>Cette base est vide.</translation>
    </message>
    <message>
        <source>Load the demo cluster (about 150 organisations and their contacts in Normandy) to discover the application, or start with an empty database.</source>
        <translation>Chargez le cluster de démonstration (environ 150 organisations normandes et leurs contacts) pour découvrir l&apos;application, ou commencez avec une base vide.</translation>
    </message>
    <message>
        <source>Load the demo cluster</source>
        <translation>Charger le cluster de démonstration</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer avec une base vide</translation>
    </message>
    <message>
        <source>Demo cluster loaded: {organisations} organisations, {contacts} contacts.</source>
        <translation>Cluster de démonstration chargé : {organisations} organisations, {contacts} contacts.</translation>
    </message>
    <message>
        <source>Loading the demo cluster…</source>
        <translation>Chargement du cluster de démonstration…</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <translation>Exporter les échanges</translation>
    </message>
    <message>
        <source>interactions.ics</source>
        <translation>echanges.ics</translation>
    </message>
    <message>
        <source>Calendar (*.ics);;CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Agenda (*.ics);;CSV pour Excel (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{interactions} interactions and {follow_ups} follow-ups exported to {path}.</source>
        <translation>{interactions} échanges et {follow_ups} relances exportés dans {path}.</translation>
    </message>
    <message>
        <source>About Cluster CRM</source>
        <translation>À propos de Cluster CRM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cluster CRM&lt;/b&gt; {version}&lt;br&gt;The CRM of a business cluster&apos;s animator: organisations, contacts, meetings and introductions, on your own computer.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Data folder: {data}</source>
        <translation>&lt;b&gt;Cluster CRM&lt;/b&gt; {version}&lt;br&gt;Le CRM de l&apos;animateur d&apos;un cluster d&apos;entreprises : organisations, contacts, rendez-vous et mises en relation, sur votre propre ordinateur.&lt;br&gt;&lt;br&gt;Base : {database}&lt;br&gt;Dossier des données : {data}</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>tous les {days} jours</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>NAF rev. 2</source>
        <translation>NAF rév. 2</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>ajouter une personne</translation>
    </message>
    <message>
        <source>No contact yet.</source>
        <translation>Aucun contact pour le moment.</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Filled in from the SIRET</source>
        <translation>Déduit du SIRET</translation>
    </message>
    <message>
        <source>e.g. 62.01Z, or a word of the activity</source>
        <translation>ex. 62.01Z, ou un mot de l&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>SI&amp;RET</source>
        <translation>SI&amp;RET</translation>
    </message>
    <message>
        <source>SIRE&amp;N</source>
        <translation>SIRE&amp;N</translation>
    </message>
    <message>
        <source>NAF &amp;code</source>
        <translation>&amp;Code NAF</translation>
    </message>
    <message>
        <source>&amp;Headcount</source>
        <translation>&amp;Effectif</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresse et coordonnées</translation>
    </message>
    <message>
        <source>Building, business park…</source>
        <translation>Bâtiment, zone d&apos;activités…</translation>
    </message>
    <message>
        <source>Number and street</source>
        <translation>Numéro et voie</translation>
    </message>
    <message>
        <source>PO box (BP), locality…</source>
        <translation>Boîte postale (BP), lieu-dit…</translation>
    </message>
    <message>
        <source>e.g. CEDEX 1</source>
        <translation>ex. CEDEX 1</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>&amp;Bâtiment, zone</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>N° et &amp;voie</translation>
    </message>
    <message>
        <source>&amp;Locality</source>
        <translation>BP, &amp;lieu-dit</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Code &amp;postal</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>V&amp;ille</translation>
    </message>
    <message>
        <source>CE&amp;DEX</source>
        <translation>CE&amp;DEX</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Site web</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. Usinage, Robotique</source>
        <translation>Séparées par des virgules, ex. Usinage, Robotique</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Adhésion</translation>
    </message>
    <message>
        <source>Member &amp;since</source>
        <translation>Adhérent &amp;depuis le</translation>
    </message>
    <message>
        <source>Stay in &amp;touch every</source>
        <translation>Garder le &amp;contact tous les</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <source>What the organisation knows how to do (savoir-faire)</source>
        <translation>Ce que l&apos;organisation sait faire (savoir-faire)</translation>
    </message>
    <message>
        <source>Ca&amp;pabilities</source>
        <translation>Sa&amp;voir-faire</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>NAF</source>
        <translation>NAF</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Search organisations: name, town, SIRET, NAF, capabilities… (Ctrl+F)</source>
        <translation>Rechercher une organisation : nom, ville, SIRET, NAF, savoir-faire… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any membership</source>
        <translation>Toutes adhésions</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Select an organisation to see its details.</source>
        <translation>Sélectionnez une organisation pour voir sa fiche.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} organisations</source>
        <translation>
            <numerusform>%n organisation sur {total}</numerusform>
            <numerusform>%n organisations sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n link(s) to contacts will be removed; the people themselves are kept.</source>
        <translation>
            <numerusform>Son rattachement à un contact sera supprimé ; la personne est conservée.</numerusform>
            <numerusform>Ses %n rattachements à des contacts seront supprimés ; les personnes sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All towns</source>
        <translation>Toutes les villes</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Postpone the follow-up</source>
        <translation>Reporter la relance</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Nouvelle échéance :</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the application.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark this follow-up as done (Space, Ctrl+D)</source>
        <translation>Marquer cette relance comme faite (Espace, Ctrl+D)</translation>
    </message>
    <message>
        <source>Move the due date later</source>
        <translation>Repousser l&apos;échéance</translation>
    </message>
    <message>
        <source>Open the organisation or person (Enter)</source>
        <translation>Ouvrir l&apos;organisation ou la personne (Entrée)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>(planned)</source>
        <translation>(prévu)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Avec : {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n relance à faire</numerusform>
            <numerusform>%n relances à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Log an interaction…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>Only the latest {limit} interactions are shown: narrow them with the filters.</source>
        <translation>Seuls les {limit} derniers échanges sont affichés : affinez avec les filtres.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>No interaction yet. Log the first one with the button above.</source>
        <translation>Aucun échange pour le moment. Notez le premier avec le bouton ci-dessus.</translation>
    </message>
    <message>
        <source>No interaction matches these filters.</source>
        <translation>Aucun échange ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>Open follow-ups (%n)</source>
        <translation>
            <numerusform>Relances à faire (%n)</numerusform>
            <numerusform>Relances à faire (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No interaction yet</source>
        <translation>Aucun échange pour le moment</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: {date} ({ago})</source>
        <translation>Dernier contact : {date} ({ago})</translation>
    </message>
</context>
</TS>
