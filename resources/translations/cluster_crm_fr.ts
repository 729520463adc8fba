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
        <source>Objects to being contacted since {date}</source>
        <translation>S&apos;oppose à être contacté(e) depuis le {date}</translation>
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
        <source>O&amp;bjects to being contacted (prospection)</source>
        <translation>&amp;S&apos;oppose à être contacté(e) (prospection)</translation>
    </message>
    <message>
        <source>GDPR: an objection to prospection is absolute; they will not be introduced.</source>
        <translation>RGPD : l&apos;opposition à la prospection est absolue ; cette personne ne sera pas mise en relation.</translation>
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
        <source>GDPR</source>
        <translation>RGPD</translation>
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
        <source>Objected to being contacted on {date}</source>
        <translation>S&apos;oppose à être contacté(e) depuis le {date}</translation>
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
        <source>Introductions</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Introductions ({count})</source>
        <translation>Mises en relation ({count})</translation>
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
    <name>DismissDialog</name>
    <message>
        <source>Set the SME aside</source>
        <translation>Écarter la PME</translation>
    </message>
    <message>
        <source>Set “{name}” aside for this need?</source>
        <translation>Écarter « {name} » pour ce besoin ?</translation>
    </message>
    <message>
        <source>Capabilities do not match</source>
        <translation>Savoir-faire inadapté</translation>
    </message>
    <message>
        <source>Too far away</source>
        <translation>Trop éloignée</translation>
    </message>
    <message>
        <source>Too small for the volumes</source>
        <translation>Trop petite pour les volumes</translation>
    </message>
    <message>
        <source>Already solicited a lot recently</source>
        <translation>Déjà très sollicitée ces derniers temps</translation>
    </message>
    <message>
        <source>No capacity at the moment</source>
        <translation>Pas de capacité en ce moment</translation>
    </message>
    <message>
        <source>Reason (optional), chosen or typed</source>
        <translation>Raison (facultative), choisie ou saisie</translation>
    </message>
    <message>
        <source>It will no longer be suggested for this need. Tick “Show the ones set aside” to see it again and restore it.</source>
        <translation>Elle ne sera plus suggérée pour ce besoin. Cochez « Afficher les écartées » pour la revoir et la rétablir.</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Écarter</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Page {page} / {pages}</translation>
    </message>
    <message>
        <source>Organisation sheet</source>
        <translation>Fiche organisation</translation>
    </message>
    <message>
        <source>Person sheet</source>
        <translation>Fiche personne</translation>
    </message>
    <message>
        <source>{cluster} · {document} · {name}</source>
        <translation>{cluster} · {document} · {name}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
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
        <source>NAF code</source>
        <translation>Code NAF</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} depuis le {date}</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
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
        <source>Objected to being contacted on {date}: no prospection.</source>
        <translation>Opposition aux sollicitations depuis le {date} : aucune prospection.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Former contacts</source>
        <translation>Anciens contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title and role</source>
        <translation>Fonction et rôle</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>does not wish to be contacted</source>
        <translation>ne souhaite pas être sollicité</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Derniers échanges</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Contracting organisation ↔ SME</source>
        <translation>Donneur d&apos;ordres ↔ PME</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <source>{names} and {count} others</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Sector not given</source>
        <translation>Secteur non renseigné</translation>
    </message>
    <message>
        <source>objected to being contacted</source>
        <translation>s&apos;est opposé à être sollicité</translation>
    </message>
    <message>
        <source>no current organisation to write to</source>
        <translation>aucune organisation actuelle où lui écrire</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>n&apos;existe plus</translation>
    </message>
    <message>
        <source>Members&apos; directory</source>
        <translation>Annuaire des adhérents</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>Édité le {date}</translation>
    </message>
    <message>
        <source>{count} member organisations</source>
        <translation>{count} organisations adhérentes</translation>
    </message>
    <message>
        <source>1 member organisation</source>
        <translation>1 organisation adhérente</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Index of organisations</source>
        <translation>Index des organisations</translation>
    </message>
    <message>
        <source>Index of people</source>
        <translation>Index des personnes</translation>
    </message>
    <message>
        <source>{cluster} · Members&apos; directory {year}</source>
        <translation>{cluster} · Annuaire des adhérents {year}</translation>
    </message>
    <message>
        <source>member since {year}</source>
        <translation>adhérent depuis {year}</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>Tél.</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Savoir-faire :</translation>
    </message>
    <message>
        <source>The cluster has no member organisation yet.</source>
        <translation>Le cluster n&apos;a pas encore d&apos;organisation adhérente.</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Étiquettes d&apos;adresses</translation>
    </message>
</context>
<context>
    <name>DocumentsActions</name>
    <message>
        <source>Contact &amp;sheet…</source>
        <translation>&amp;Fiche…</translation>
    </message>
    <message>
        <source>Member &amp;directory…</source>
        <translation>&amp;Annuaire des adhérents…</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>&amp;Étiquettes…</translation>
    </message>
    <message>
        <source>L&amp;etters…</source>
        <translation>&amp;Courriers…</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>&amp;Modèles de courrier…</translation>
    </message>
    <message>
        <source>&amp;Mail merge…</source>
        <translation>&amp;Publipostage…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Select an organisation or a person in its list first.</source>
        <translation>Sélectionnez d’abord une organisation ou une personne dans sa liste.</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Préparation de la fiche…</translation>
    </message>
    <message>
        <source>sheet.pdf</source>
        <translation>fiche.pdf</translation>
    </message>
    <message>
        <source>By sector of activity</source>
        <translation>Par secteur d’activité</translation>
    </message>
    <message>
        <source>By kind of organisation</source>
        <translation>Par type d’organisation</translation>
    </message>
    <message>
        <source>Member directory</source>
        <translation>Annuaire des adhérents</translation>
    </message>
    <message>
        <source>Group the members</source>
        <translation>Regrouper les adhérents</translation>
    </message>
    <message>
        <source>Preparing the directory…</source>
        <translation>Préparation de l’annuaire…</translation>
    </message>
    <message>
        <source>directory.pdf</source>
        <translation>annuaire.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s).</source>
        <translation>
            <numerusform>%n étiquette.</numerusform>
            <numerusform>%n étiquettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the labels…</source>
        <translation>Préparation des étiquettes…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>etiquettes.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s).</source>
        <translation>
            <numerusform>%n courrier.</numerusform>
            <numerusform>%n courriers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail merge</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <source>No letter was written: none of the records can receive one.</source>
        <translation>Aucun courrier n’a été rédigé : aucune des fiches ne peut en recevoir.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Rédaction des courriers…</translation>
    </message>
    <message>
        <source>Letters: {template}</source>
        <translation>Courriers : {template}</translation>
    </message>
    <message>
        <source>letters.pdf</source>
        <translation>courriers.pdf</translation>
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
        <source>The objection date cannot be in the future.</source>
        <translation>La date d&apos;opposition ne peut pas être dans le futur.</translation>
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
    <message>
        <source>Need #{id} does not exist.</source>
        <translation>Le besoin n° {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Introduction #{id} does not exist.</source>
        <translation>La mise en relation n° {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Link #{id} does not exist.</source>
        <translation>La relation n° {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The introduction is already at this stage ({status}).</source>
        <translation>La mise en relation est déjà à cette étape ({status}).</translation>
    </message>
    <message>
        <source>A change of stage cannot be dated in the future.</source>
        <translation>Un changement d&apos;étape ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>This date is before the current stage was reached ({date}).</source>
        <translation>Cette date est antérieure à l&apos;étape actuelle (atteinte le {date}).</translation>
    </message>
    <message>
        <source>Record the day the contracting organisation agreed to the introduction.</source>
        <translation>Indiquez le jour où le donneur d&apos;ordres a accepté la mise en relation.</translation>
    </message>
    <message>
        <source>Record the day the SME agreed to the introduction.</source>
        <translation>Indiquez le jour où la PME a accepté la mise en relation.</translation>
    </message>
    <message>
        <source>An agreement cannot come after the day of this stage.</source>
        <translation>Un accord ne peut pas être postérieur à la date de cette étape.</translation>
    </message>
    <message>
        <source>An agreement cannot come before the introduction was proposed.</source>
        <translation>Un accord ne peut pas précéder la proposition de mise en relation.</translation>
    </message>
    <message>
        <source>An agreement cannot be dated in the future.</source>
        <translation>Un accord ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>A concluded introduction needs its outcome (contract, partnership or other).</source>
        <translation>Une mise en relation conclue a besoin de son résultat (contrat, partenariat ou autre).</translation>
    </message>
    <message>
        <source>An amount goes with a concluded introduction only.</source>
        <translation>Un montant ne s&apos;indique que pour une mise en relation conclue.</translation>
    </message>
    <message>
        <source>The amount is between 0 and 1,000,000,000 euros.</source>
        <translation>Le montant est compris entre 0 et 1 000 000 000 euros.</translation>
    </message>
    <message>
        <source>Say why the introduction is closed without result.</source>
        <translation>Indiquez pourquoi la mise en relation est close sans suite.</translation>
    </message>
    <message>
        <source>Explain the other reason in the note.</source>
        <translation>Précisez l&apos;autre motif dans la note.</translation>
    </message>
    <message>
        <source>The note is too long ({max} characters at most).</source>
        <translation>La note est trop longue ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>Check-ups are between 1 and 24 months after the introduction.</source>
        <translation>Les points de suivi se placent entre 1 et 24 mois après la mise en relation.</translation>
    </message>
    <message>
        <source>Choose the contracting organisation that has this need.</source>
        <translation>Choisissez le donneur d&apos;ordres qui exprime ce besoin.</translation>
    </message>
    <message>
        <source>The title of the need is required.</source>
        <translation>Le titre du besoin est obligatoire.</translation>
    </message>
    <message>
        <source>The title is too long ({max} characters at most).</source>
        <translation>Le titre est trop long ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>The smallest headcount is above the largest one.</source>
        <translation>L&apos;effectif minimal dépasse l&apos;effectif maximal.</translation>
    </message>
    <message>
        <source>The distance is between 1 and {max} km.</source>
        <translation>La distance est comprise entre 1 et {max} km.</translation>
    </message>
    <message>
        <source>A distance needs the town it is measured from.</source>
        <translation>Une distance a besoin de la ville depuis laquelle elle se mesure.</translation>
    </message>
    <message>
        <source>The need cannot be received in the future.</source>
        <translation>Le besoin ne peut pas être reçu dans le futur.</translation>
    </message>
    <message>
        <source>The deadline is before the day the need was received.</source>
        <translation>L&apos;échéance précède le jour où le besoin a été reçu.</translation>
    </message>
    <message>
        <source>Invalid period: {value} (expected a quarter 2026-Q4, a month 2026-12 or a year 2026).</source>
        <translation>Période invalide : {value} (attendu un trimestre 2026-Q4, un mois 2026-12 ou une année 2026).</translation>
    </message>
    <message>
        <source>Invalid quarter: {value} (expected e.g. 2026-Q4).</source>
        <translation>Trimestre invalide : {value} (attendu par exemple 2026-Q4).</translation>
    </message>
    <message>
        <source>Invalid month: {value} (expected e.g. 2026-12).</source>
        <translation>Mois invalide : {value} (attendu par exemple 2026-12).</translation>
    </message>
    <message>
        <source>Invalid year: {value} (expected e.g. 2026).</source>
        <translation>Année invalide : {value} (attendu par exemple 2026).</translation>
    </message>
    <message>
        <source>Choose the other organisation.</source>
        <translation>Choisissez l&apos;autre organisation.</translation>
    </message>
    <message>
        <source>An organisation cannot be linked to itself.</source>
        <translation>Une organisation ne peut pas être liée à elle-même.</translation>
    </message>
    <message>
        <source>The link cannot end before it starts.</source>
        <translation>La relation ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>Choose the contracting organisation.</source>
        <translation>Choisissez le donneur d&apos;ordres.</translation>
    </message>
    <message>
        <source>Choose the SME to introduce.</source>
        <translation>Choisissez la PME à présenter.</translation>
    </message>
    <message>
        <source>An organisation cannot be introduced to itself.</source>
        <translation>Une organisation ne peut pas être mise en relation avec elle-même.</translation>
    </message>
    <message>
        <source>An introduction cannot be proposed in the future.</source>
        <translation>Une mise en relation ne peut pas être proposée dans le futur.</translation>
    </message>
    <message>
        <source>The parties of an introduction cannot change: create another one.</source>
        <translation>Les parties d&apos;une mise en relation ne changent pas : créez-en une autre.</translation>
    </message>
    <message>
        <source>{name} objected to being solicited on {date}: it cannot be introduced.</source>
        <translation>{name} s&apos;est opposée à toute sollicitation le {date} : elle ne peut pas être mise en relation.</translation>
    </message>
    <message>
        <source>{name} objected to being contacted on {date}: choose someone else.</source>
        <translation>{name} s&apos;est opposé(e) à être contacté(e) le {date} : choisissez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>{name} does not work for {organisation}.</source>
        <translation>{name} ne travaille pas chez {organisation}.</translation>
    </message>
    <message>
        <source>This need is not one of {name}&apos;s.</source>
        <translation>Ce besoin n&apos;est pas un besoin de {name}.</translation>
    </message>
    <message>
        <source>{name} is already introduced for this need ({status}).</source>
        <translation>{name} est déjà présentée pour ce besoin ({status}).</translation>
    </message>
    <message>
        <source>{name} is not a contracting organisation ({kind}).</source>
        <translation>{name} n&apos;est pas un donneur d&apos;ordres ({kind}).</translation>
    </message>
    <message>
        <source>{name} is not an SME ({kind}).</source>
        <translation>{name} n&apos;est pas une PME ({kind}).</translation>
    </message>
    <message>
        <source>The need “{title}” is no longer open ({status}).</source>
        <translation>Le besoin « {title} » n&apos;est plus ouvert ({status}).</translation>
    </message>
    <message>
        <source>{sme} and {contracting} already have an introduction under way.</source>
        <translation>{sme} et {contracting} ont déjà une mise en relation en cours.</translation>
    </message>
    <message>
        <source>{name} is an SME: needs are those of contracting organisations or institutions.</source>
        <translation>{name} est une PME : les besoins sont ceux des donneurs d&apos;ordres ou des institutions.</translation>
    </message>
    <message>
        <source>This link between {first} and {second} already exists.</source>
        <translation>Cette relation entre {first} et {second} existe déjà.</translation>
    </message>
    <message>
        <source>Unknown grouping: {value} (expected contracting or sector).</source>
        <translation>Regroupement inconnu : {value} (attendu contracting ou sector).</translation>
    </message>
    <message>
        <source>Give whole numbers of months between 1 and 24, separated by commas (e.g. 1, 3).</source>
        <translation>Indiquez des nombres entiers de mois entre 1 et 24, séparés par des virgules (par ex. 1, 3).</translation>
    </message>
    <message>
        <source>The amount is a whole number of euros, e.g. 45 000.</source>
        <translation>Le montant est un nombre entier d&apos;euros, par ex. 45 000.</translation>
    </message>
    <message>
        <source>The reason is too long ({max} characters at most).</source>
        <translation>La raison est trop longue ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>Give a number of millimetres between {low} and {high}.</source>
        <translation>Indiquez un nombre de millimètres entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Letter template #{id} does not exist.</source>
        <translation>Le modèle de courrier n° {id} n’existe pas.</translation>
    </message>
    <message>
        <source>The letter&apos;s text is too long.</source>
        <translation>Le texte du courrier est trop long.</translation>
    </message>
    <message>
        <source>Unknown field(s) in the letter template: {names}.</source>
        <translation>Champ(s) inconnu(s) dans le modèle de courrier : {names}.</translation>
    </message>
    <message>
        <source>This letter cannot fill the field(s) {names}: choose another template.</source>
        <translation>Ce courrier ne peut pas remplir le(s) champ(s) {names} : choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>Incomplete postal address: no recipient</source>
        <translation>Adresse postale incomplète : pas de destinataire</translation>
    </message>
    <message>
        <source>Incomplete postal address: no street nor locality</source>
        <translation>Adresse postale incomplète : ni voie ni lieu-dit</translation>
    </message>
    <message>
        <source>Incomplete postal address: no postcode</source>
        <translation>Adresse postale incomplète : pas de code postal</translation>
    </message>
    <message>
        <source>Incorrect postal address: a French postcode has 5 digits ({postcode})</source>
        <translation>Adresse postale incorrecte : un code postal français a 5 chiffres ({postcode})</translation>
    </message>
    <message>
        <source>Incomplete postal address: no town</source>
        <translation>Adresse postale incomplète : pas de commune</translation>
    </message>
    <message>
        <source>No organisation has the SIRET {siret}.</source>
        <translation>Aucune organisation n&apos;a le SIRET {siret}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>There is no letter template named “{name}”.</source>
        <translation>Aucun modèle de courrier ne s&apos;appelle « {name} ».</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Le modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The letter has no text.</source>
        <translation>Le courrier n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>Unknown field(s): {names}.</source>
        <translation>Champ(s) inconnu(s) : {names}.</translation>
    </message>
    <message>
        <source>Another template is already named “{name}”.</source>
        <translation>Un autre modèle s&apos;appelle déjà « {name} ».</translation>
    </message>
    <message>
        <source>“{name}” comes with the application: it can be reset, not deleted.</source>
        <translation>« {name} » est fourni avec l&apos;application : il peut être rétabli, pas supprimé.</translation>
    </message>
    <message>
        <source>“{name}” is one of your own templates: there is nothing to reset.</source>
        <translation>« {name} » est un de vos propres modèles : il n&apos;y a rien à rétablir.</translation>
    </message>
    <message>
        <source>objected to being contacted on {date}</source>
        <translation>s&apos;est opposé(e) à être sollicité(e) le {date}</translation>
    </message>
    <message>
        <source>no organisation, hence no postal address</source>
        <translation>aucune organisation, donc aucune adresse postale</translation>
    </message>
    <message>
        <source>No letter can be written to {name}: {reason}.</source>
        <translation>Impossible d&apos;écrire à {name} : {reason}.</translation>
    </message>
    <message>
        <source>None of the participants can receive a letter: {reasons}.</source>
        <translation>Aucun participant ne peut recevoir de courrier : {reasons}.</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>n&apos;existe plus</translation>
    </message>
    <message>
        <source>{name} belongs to no organisation: a letter needs its address.</source>
        <translation>{name} n’est rattaché(e) à aucune organisation : un courrier a besoin de son adresse.</translation>
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
        <source>Introductions</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Contracting organisation</source>
        <translation>Donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>Contracting organisation&apos;s contact</source>
        <translation>Contact du donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>SME&apos;s contact</source>
        <translation>Contact de la PME</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stage reached on</source>
        <translation>Étape atteinte le</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposée le</translation>
    </message>
    <message>
        <source>Contracting organisation agreed on</source>
        <translation>Accord du donneur d&apos;ordres le</translation>
    </message>
    <message>
        <source>SME agreed on</source>
        <translation>Accord de la PME le</translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation>Mise en relation le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Introduction No.</source>
        <translation>N° de la mise en relation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Étape de départ</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Enregistré le</translation>
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
    <name>FollowUpLetterDialog</name>
    <message>
        <source>Follow-up letter</source>
        <translation>Courrier de suivi</translation>
    </message>
    <message>
        <source>The first participant a letter can reach</source>
        <translation>Le premier participant qu’un courrier peut atteindre</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Pas de relance</translation>
    </message>
    <message>
        <source>What to do (e.g. call back about the offer)</source>
        <translation>À faire (ex. rappeler au sujet de l’offre)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Letter to {recipient}</source>
        <translation>Courrier à {recipient}</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Rédaction du courrier…</translation>
    </message>
    <message>
        <source>letter.pdf</source>
        <translation>courrier.pdf</translation>
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
        <source>Open the introduction “{title}”</source>
        <translation>Ouvrir la mise en relation « {title} »</translation>
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
        <source>Follow-up letter…</source>
        <translation>Courrier de suivi…</translation>
    </message>
    <message>
        <source>Write a letter after this interaction, preview and print it</source>
        <translation>Rédiger un courrier après cet échange, le prévisualiser et l’imprimer</translation>
    </message>
    <message>
        <source>The introduction this interaction is part of</source>
        <translation>La mise en relation dont fait partie cet échange</translation>
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
        <source>&amp;Introduction</source>
        <translation>&amp;Mise en relation</translation>
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
        <source>(none)</source>
        <translation>(aucune)</translation>
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
    <name>IntroductionDetail</name>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>accord le {date}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore d&apos;accord</translation>
    </message>
    <message>
        <source>Contracting organisation</source>
        <translation>Donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Contracting side</source>
        <translation>Côté donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>SME side</source>
        <translation>Côté PME</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée le</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Mise en relation le</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Interactions ({count})</source>
        <translation>Échanges ({count})</translation>
    </message>
    <message>
        <source>log an interaction about this introduction</source>
        <translation>consigner un échange sur cette mise en relation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>New introduction</source>
        <translation>Nouvelle mise en relation</translation>
    </message>
    <message>
        <source>Edit introduction</source>
        <translation>Modifier la mise en relation</translation>
    </message>
    <message>
        <source>Type a few letters of the contracting organisation…</source>
        <translation>Tapez quelques lettres du donneur d&apos;ordres…</translation>
    </message>
    <message>
        <source>Type a few letters of the SME…</source>
        <translation>Tapez quelques lettres de la PME…</translation>
    </message>
    <message>
        <source>Why these two should meet, what was said to each side…</source>
        <translation>Pourquoi ces deux-là doivent se rencontrer, ce qui a été dit à chacun…</translation>
    </message>
    <message>
        <source>&amp;Contracting organisation</source>
        <translation>&amp;Donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>Its &amp;contact</source>
        <translation>Son &amp;interlocuteur</translation>
    </message>
    <message>
        <source>&amp;SME</source>
        <translation>&amp;PME</translation>
    </message>
    <message>
        <source>Its c&amp;ontact</source>
        <translation>Son i&amp;nterlocuteur</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Besoin</translation>
    </message>
    <message>
        <source>&amp;Proposed on</source>
        <translation>P&amp;roposée le</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The parties of an introduction cannot change: create another one.</source>
        <translation>Les parties d&apos;une mise en relation ne changent pas : créez-en une autre.</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(personne en particulier)</translation>
    </message>
    <message>
        <source>(objected to being contacted on {date})</source>
        <translation>(s&apos;oppose à être contacté(e) depuis le {date})</translation>
    </message>
    <message>
        <source>(no particular need)</source>
        <translation>(aucun besoin en particulier)</translation>
    </message>
    <message>
        <source>“{text}” was not chosen: pick it in the list with Enter, or clear it.</source>
        <translation>« {text} » n&apos;a pas été choisi : prenez-le dans la liste avec Entrée, ou effacez-le.</translation>
    </message>
    <message>
        <source>Is this really the introduction you mean?</source>
        <translation>Est-ce bien la mise en relation voulue ?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>Introductions</name>
    <message>
        <source>Check the outcome of the introduction ({months} months)</source>
        <translation>Vérifier le résultat de la mise en relation ({months} mois)</translation>
    </message>
    <message>
        <source>Check the outcome of the introduction (1 month)</source>
        <translation>Vérifier le résultat de la mise en relation (1 mois)</translation>
    </message>
</context>
<context>
    <name>IntroductionsPage</name>
    <message>
        <source>Search by organisation name…</source>
        <translation>Rechercher par nom d&apos;organisation…</translation>
    </message>
    <message>
        <source>All introductions</source>
        <translation>Toutes les mises en relation</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Under way and ended lately</source>
        <translation>En cours et terminées récemment</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>New introduction…</source>
        <translation>Nouvelle mise en relation…</translation>
    </message>
    <message>
        <source>Change the stage…</source>
        <translation>Changer l&apos;étape…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>Consigner un échange…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Letters to both parties…</source>
        <translation>Courriers aux deux parties…</translation>
    </message>
    <message>
        <source>One PDF with a letter to each party, previewed before printing</source>
        <translation>Un PDF avec un courrier à chaque partie, prévisualisé avant impression</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Contracting organisation</source>
        <translation>Donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Select an introduction to see its details and history.</source>
        <translation>Sélectionnez une mise en relation pour voir son détail et son historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s)</source>
        <translation>
            <numerusform>%n mise en relation</numerusform>
            <numerusform>%n mises en relation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest {shown} of %n introductions: narrow them with the search.</source>
        <translation>
            <numerusform>Les {shown} plus récentes sur %n mise en relation : affinez avec la recherche.</numerusform>
            <numerusform>Les {shown} plus récentes sur %n mises en relation : affinez avec la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under way</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Its history and its check-ups are deleted; its interactions are kept.</source>
        <translation>Son historique et ses points de suivi sont supprimés ; ses échanges sont conservés.</translation>
    </message>
</context>
<context>
    <name>IntroductionsTab</name>
    <message>
        <source>New introduction…</source>
        <translation>Nouvelle mise en relation…</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>No introduction yet.</source>
        <translation>Aucune mise en relation pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n under way</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concluded</source>
        <translation>
            <numerusform>%n conclue</numerusform>
            <numerusform>%n conclues</numerusform>
        </translation>
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
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Accepted by both sides</source>
        <translation>Acceptée des deux côtés</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Mise en relation faite</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Rendez-vous tenu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclue</translation>
    </message>
    <message>
        <source>Closed without result</source>
        <translation>Close sans suite</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Autre résultat</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Pas pour nous</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>client of</source>
        <translation>client de</translation>
    </message>
    <message>
        <source>supplier of</source>
        <translation>fournisseur de</translation>
    </message>
    <message>
        <source>subsidiary of</source>
        <translation>filiale de</translation>
    </message>
    <message>
        <source>parent company of</source>
        <translation>maison mère de</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>partenaire de</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>The {count} people of the current list</source>
        <translation>Les {count} personnes de la liste affichée</translation>
    </message>
    <message>
        <source>The {count} organisations of the current list</source>
        <translation>Les {count} organisations de la liste affichée</translation>
    </message>
    <message>
        <source>Every member organisation</source>
        <translation>Toutes les organisations adhérentes</translation>
    </message>
    <message>
        <source>14 per page (99.1 × 38.1 mm, Avery L7163)</source>
        <translation>14 par page (99,1 × 38,1 mm, Avery L7163)</translation>
    </message>
    <message>
        <source>21 per page (70 × 42.3 mm, Avery 3652)</source>
        <translation>21 par page (70 × 42,3 mm, Avery 3652)</translation>
    </message>
    <message>
        <source>top</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>Labels for</source>
        <translation>Étiquettes pour</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Planche</translation>
    </message>
    <message>
        <source>Page margins</source>
        <translation>Marges de la page</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Générer…</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <source>Organisation&apos;s name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>Civility (Madame, Monsieur)</source>
        <translation>Civilité (Madame, Monsieur)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Salutation (« Madame, »)</source>
        <translation>Formule d&apos;appel (« Madame, »)</translation>
    </message>
    <message>
        <source>Form of address in the closing (« Madame »)</source>
        <translation>Appel dans la formule de politesse (« Madame »)</translation>
    </message>
    <message>
        <source>Meeting date (« 12 novembre 2026 »)</source>
        <translation>Date du rendez-vous (« 12 novembre 2026 »)</translation>
    </message>
    <message>
        <source>Meeting subject</source>
        <translation>Objet du rendez-vous</translation>
    </message>
    <message>
        <source>Kind of meeting (« rendez-vous », « visite »…)</source>
        <translation>Nature de l&apos;échange (« rendez-vous », « visite »…)</translation>
    </message>
    <message>
        <source>Introduction partner</source>
        <translation>Partenaire de la mise en relation</translation>
    </message>
    <message>
        <source>Introduction partner&apos;s contact</source>
        <translation>Contact du partenaire</translation>
    </message>
    <message>
        <source>Introduction partner&apos;s town</source>
        <translation>Ville du partenaire</translation>
    </message>
    <message>
        <source>Need&apos;s title</source>
        <translation>Intitulé du besoin</translation>
    </message>
    <message>
        <source>Animator&apos;s name</source>
        <translation>Nom de l&apos;animateur</translation>
    </message>
    <message>
        <source>Animator&apos;s title</source>
        <translation>Fonction de l&apos;animateur</translation>
    </message>
    <message>
        <source>Cluster&apos;s name</source>
        <translation>Nom du cluster</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Date du jour</translation>
    </message>
</context>
<context>
    <name>LetterSourcePicker</name>
    <message>
        <source>an organisation</source>
        <translation>une organisation</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>an interaction</source>
        <translation>un échange</translation>
    </message>
    <message>
        <source>an introduction</source>
        <translation>une mise en relation</translation>
    </message>
    <message>
        <source>With an interaction or an introduction, its fields are filled in (the saved template is used)</source>
        <translation>Avec un échange ou une mise en relation, ses champs sont remplis (le modèle enregistré est utilisé)</translation>
    </message>
    <message>
        <source>Type a few letters, then Enter</source>
        <translation>Tapez quelques lettres, puis Entrée</translation>
    </message>
    <message>
        <source>Choose the organisation or the person to preview the letter with</source>
        <translation>Choisissez l’organisation ou la personne avec qui prévisualiser le courrier</translation>
    </message>
</context>
<context>
    <name>LetterheadForm</name>
    <message>
        <source>e.g. Normandie Industrie Cluster</source>
        <translation>ex. Cluster Normandie Industrie</translation>
    </message>
    <message>
        <source>One line per line of the address</source>
        <translation>Une ligne par ligne de l&apos;adresse</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>e.g. Rouen, for « Rouen, le 1er décembre 2026 »</source>
        <translation>ex. Rouen, pour « Rouen, le 1er décembre 2026 »</translation>
    </message>
    <message>
        <source>e.g. Animatrice du cluster</source>
        <translation>ex. Animatrice du cluster</translation>
    </message>
    <message>
        <source>Cluster &amp;name</source>
        <translation>&amp;Nom du cluster</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
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
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Pla&amp;ce of the date</source>
        <translation>Lie&amp;u de la date</translation>
    </message>
    <message>
        <source>&amp;Signatory</source>
        <translation>&amp;Signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;title</source>
        <translation>&amp;Fonction du signataire</translation>
    </message>
    <message>
        <source>Envelope window (from the sheet&apos;s top left corner)</source>
        <translation>Fenêtre de l&apos;enveloppe (depuis le coin supérieur gauche de la feuille)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>A DL window envelope (French layout): 110 mm from the left, 47 mm from the top, 85 × 35 mm.</source>
        <translation>Enveloppe DL à fenêtre (format français) : à 110 mm du bord gauche, 47 mm du haut, 85 × 35 mm.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Date and signature</source>
        <translation>Date et signature</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tél. {phone}</translation>
    </message>
    <message>
        <source>{sender} · {recipient} · {date} (continued)</source>
        <translation>{sender} · {recipient} · {date} (suite)</translation>
    </message>
    <message>
        <source>{title} ({count} letters)</source>
        <translation>{title} ({count} courriers)</translation>
    </message>
    <message>
        <source>Letters ({count})</source>
        <translation>Courriers ({count})</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Letters to {count} recipients</source>
        <translation>Courriers à {count} destinataires</translation>
    </message>
    <message>
        <source>Letter « {template} » ({file}).</source>
        <translation>Courrier « {template} » ({file}).</translation>
    </message>
    <message>
        <source>Letter « {template} », number {number} of {total} in {file}.</source>
        <translation>Courrier « {template} », n° {number} sur {total} dans {file}.</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>telephone conversation</source>
        <translation>entretien téléphonique</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>échange</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>to be specified together</source>
        <translation>à préciser ensemble</translation>
    </message>
    <message>
        <source>its manager</source>
        <translation>son dirigeant</translation>
    </message>
    <message>
        <source>its purchasing department</source>
        <translation>son service achats</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>New relationship</source>
        <translation>Nouvelle relation</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>Type a few letters of the other organisation…</source>
        <translation>Tapez quelques lettres de l&apos;autre organisation…</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Has ended</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>e.g. machined parts since the 2020 call for tenders</source>
        <translation>ex. pièces usinées depuis l&apos;appel d&apos;offres de 2020</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Avec</translation>
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
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>{organisation} is {kind} {other}.</source>
        <translation>{organisation} est {kind} {other}.</translation>
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
    <name>MailMergeDialog</name>
    <message>
        <source>Mail merge</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <source>The {count} people of the current list</source>
        <translation>Les {count} personnes de la liste affichée</translation>
    </message>
    <message>
        <source>The {count} organisations of the current list</source>
        <translation>Les {count} organisations de la liste affichée</translation>
    </message>
    <message>
        <source>Records without a usable postal address, and people or organisations who objected to being contacted, get no letter: they are listed beside the preview.</source>
        <translation>Les fiches sans adresse postale utilisable, et les personnes ou organisations opposées à être contactées, ne reçoivent pas de courrier : elles sont listées à côté de l’aperçu.</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire à</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Générer…</translation>
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
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
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
        <source>&amp;Needs</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>&amp;Introductions</source>
        <translation>&amp;Mises en relation</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>New &amp;introduction…</source>
        <translation>Nouvelle &amp;mise en relation…</translation>
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
    <name>Matchmaking</name>
    <message>
        <source>Know-how: {words}</source>
        <translation>Savoir-faire : {words}</translation>
    </message>
    <message>
        <source>Presentation: {words}</source>
        <translation>Dans sa présentation : {words}</translation>
    </message>
    <message>
        <source>Shared tags: {tags}</source>
        <translation>Étiquettes communes : {tags}</translation>
    </message>
    <message>
        <source>Same NAF code {code}</source>
        <translation>Même code NAF {code}</translation>
    </message>
    <message>
        <source>Same NAF class {code}</source>
        <translation>Même classe NAF {code}</translation>
    </message>
    <message>
        <source>Same NAF group {code}</source>
        <translation>Même groupe NAF {code}</translation>
    </message>
    <message>
        <source>Same NAF division {code}</source>
        <translation>Même division NAF {code}</translation>
    </message>
    <message>
        <source>Member of the cluster</source>
        <translation>Adhérente du cluster</translation>
    </message>
    <message>
        <source>In {town}</source>
        <translation>Située à {town}</translation>
    </message>
    <message>
        <source>{km} km from {town}</source>
        <translation>À {km} km de {town}</translation>
    </message>
    <message>
        <source>{km} km from {town}, beyond the {max} km sought</source>
        <translation>À {km} km de {town}, au-delà des {max} km demandés</translation>
    </message>
    <message>
        <source>Distance unknown</source>
        <translation>Distance inconnue</translation>
    </message>
    <message>
        <source>Headcount within the range sought ({band})</source>
        <translation>Effectif dans la fourchette demandée ({band})</translation>
    </message>
    <message>
        <source>Headcount outside the range sought ({band})</source>
        <translation>Effectif hors de la fourchette demandée ({band})</translation>
    </message>
    <message>
        <source>Headcount unknown</source>
        <translation>Effectif inconnu</translation>
    </message>
    <message>
        <source>Already introduced for this need ({status})</source>
        <translation>Déjà présentée pour ce besoin ({status})</translation>
    </message>
    <message>
        <source>Declined an introduction with {name} on {date}</source>
        <translation>A décliné une mise en relation avec {name} le {date}</translation>
    </message>
    <message>
        <source>Objects to being solicited since {date}</source>
        <translation>S&apos;oppose à être sollicitée depuis le {date}</translation>
    </message>
    <message>
        <source>Every one of its people objects to being contacted</source>
        <translation>Toutes ses personnes s&apos;opposent à être contactées</translation>
    </message>
</context>
<context>
    <name>NeedDetail</name>
    <message numerus="yes">
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>dépassée depuis %n jour</numerusform>
            <numerusform>dépassée depuis %n jours</numerusform>
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
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>expressed by {name}</source>
        <translation>exprimé par {name}</translation>
    </message>
    <message>
        <source>within {km} km of {town}</source>
        <translation>à moins de {km} km de {town}</translation>
    </message>
    <message>
        <source>Capabilities sought</source>
        <translation>Savoir-faire recherchés</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>NAF codes</source>
        <translation>Codes NAF</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Modifier le besoin</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Type a few letters of the contracting organisation, then Enter</source>
        <translation>Tapez quelques lettres du donneur d&apos;ordres, puis Entrée</translation>
    </message>
    <message>
        <source>e.g. Precision machining of gearbox housings</source>
        <translation>ex. Usinage de précision de carters de boîte de vitesses</translation>
    </message>
    <message>
        <source>What they said: volumes, quality, timing…</source>
        <translation>Ce qui a été dit : volumes, qualité, calendrier…</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>fixée</translation>
    </message>
    <message>
        <source>e.g. usinage de précision, rectification</source>
        <translation>ex. usinage de précision, rectification</translation>
    </message>
    <message>
        <source>Words looked for in the SMEs&apos; capabilities and descriptions</source>
        <translation>Mots cherchés dans les savoir-faire et les présentations des PME</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. Usinage, Automobile</source>
        <translation>Séparées par des virgules, ex. Usinage, Automobile</translation>
    </message>
    <message>
        <source>e.g. 25.62A, 25.61Z, or a word of the activity</source>
        <translation>ex. 25.62A, 25.61Z, ou un mot de l&apos;activité</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>toute taille</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>At most this far from the town above</source>
        <translation>Au plus à cette distance de la ville ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Donneur d&apos;&amp;ordres</translation>
    </message>
    <message>
        <source>Expressed &amp;by</source>
        <translation>Exprimé &amp;par</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Reçu le</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>The need</source>
        <translation>Le besoin</translation>
    </message>
    <message>
        <source>&amp;Capabilities sought</source>
        <translation>&amp;Savoir-faire recherchés</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>&amp;NAF codes</source>
        <translation>Codes &amp;NAF</translation>
    </message>
    <message>
        <source>&amp;Headcount</source>
        <translation>&amp;Effectif</translation>
    </message>
    <message>
        <source>N&amp;ear</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Within</source>
        <translation>Dans un ra&amp;yon de</translation>
    </message>
    <message>
        <source>The suggested SMEs are ranked by these criteria: shared tags, words of their capabilities, NAF code, size, distance and membership.</source>
        <translation>Les PME suggérées sont classées selon ces critères : étiquettes communes, mots de leurs savoir-faire, code NAF, taille, distance et adhésion.</translation>
    </message>
    <message>
        <source>What is sought</source>
        <translation>Ce qui est recherché</translation>
    </message>
    <message>
        <source>Choose the organisation first</source>
        <translation>Choisissez d&apos;abord le donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <source>“{text}” was not chosen: pick it in the list with Enter, or clear it.</source>
        <translation>« {text} » n&apos;a pas été choisi : choisissez-le dans la liste avec Entrée, ou effacez-le.</translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>from {low} to {high} employees</source>
        <translation>de {low} à {high} salariés</translation>
    </message>
    <message>
        <source>at least {low} employees</source>
        <translation>au moins {low} salariés</translation>
    </message>
    <message>
        <source>at most {high} employees</source>
        <translation>au plus {high} salariés</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Présentées</translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s)</source>
        <translation>
            <numerusform>%n mise en relation</numerusform>
            <numerusform>%n mises en relation</numerusform>
        </translation>
    </message>
    <message>
        <source>Search needs: title, capabilities, organisation… (Ctrl+F)</source>
        <translation>Rechercher un besoin : titre, savoir-faire, organisation… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n besoin</numerusform>
            <numerusform>%n besoins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} needs</source>
        <translation>
            <numerusform>%n besoin sur {total}</numerusform>
            <numerusform>%n besoins sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfaits</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnés</translation>
    </message>
    <message numerus="yes">
        <source>The deadline passed %n day(s) ago</source>
        <translation>
            <numerusform>Échéance dépassée depuis %n jour</numerusform>
            <numerusform>Échéance dépassée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a need to see its details and the SMEs that could meet it.</source>
        <translation>Sélectionnez un besoin pour voir son détail et les PME qui pourraient y répondre.</translation>
    </message>
    <message>
        <source>Mark as satisfied</source>
        <translation>Marquer satisfait</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>An SME was found: the need is met</source>
        <translation>Une PME a été trouvée : le besoin est satisfait</translation>
    </message>
    <message>
        <source>The contracting organisation no longer needs it</source>
        <translation>Le donneur d&apos;ordres n&apos;en a plus besoin</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>SME contact</source>
        <translation>Contact de la PME</translation>
    </message>
    <message>
        <source>No introduction for this need yet: “Introduce…” on a suggested SME makes one.</source>
        <translation>Aucune mise en relation pour ce besoin : « Présenter… » sur une PME suggérée en crée une.</translation>
    </message>
    <message>
        <source>Suggested SMEs</source>
        <translation>PME suggérées</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>No need matches.</source>
        <translation>Aucun besoin ne correspond.</translation>
    </message>
    <message>
        <source>No open need. When a contracting organisation tells you what it is looking for, record it with “New need” (Ctrl+N): the SMEs that could meet it are suggested here.</source>
        <translation>Aucun besoin ouvert. Quand un donneur d&apos;ordres vous dit ce qu&apos;il cherche, enregistrez-le avec « Nouveau besoin » (Ctrl+N) : les PME qui pourraient y répondre sont suggérées ici.</translation>
    </message>
    <message>
        <source>Introductions ({count})</source>
        <translation>Mises en relation ({count})</translation>
    </message>
    <message>
        <source>Suggested SMEs ({count})</source>
        <translation>PME suggérées ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Its %n introduction(s) are kept, no longer linked to a need.</source>
        <translation>
            <numerusform>Sa mise en relation est gardée, sans lien avec un besoin.</numerusform>
            <numerusform>Ses %n mises en relation sont gardées, sans lien avec un besoin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SMEs set aside for it will be forgotten.</source>
        <translation>Les PME écartées pour ce besoin seront oubliées.</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>Asks not to be solicited any more since {date}</source>
        <translation>Ne souhaite plus être sollicitée depuis le {date}</translation>
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
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>add a relationship</source>
        <translation>ajouter une relation</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>No relationship recorded.</source>
        <translation>Aucune relation enregistrée.</translation>
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
        <source>Asks not to be sol&amp;icited any more</source>
        <translation>Ne s&amp;ouhaite plus être sollicitée</translation>
    </message>
    <message>
        <source>GDPR: an objection to prospection is absolute; it will not be introduced.</source>
        <translation>RGPD : l&apos;opposition à la prospection est absolue ; elle ne sera pas mise en relation.</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>RGPD</translation>
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
    <message numerus="yes">
        <source>Its %n relationship(s) with other organisations will be deleted.</source>
        <translation>
            <numerusform>Sa relation avec une autre organisation sera supprimée.</numerusform>
            <numerusform>Ses %n relations avec d&apos;autres organisations seront supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n need(s) will be deleted.</source>
        <translation>
            <numerusform>Son besoin sera supprimé.</numerusform>
            <numerusform>Ses %n besoins seront supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n introduction(s) it is part of will be deleted.</source>
        <translation>
            <numerusform>La mise en relation dont elle fait partie sera supprimée.</numerusform>
            <numerusform>Les %n mises en relation dont elle fait partie seront supprimées.</numerusform>
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
    <name>PdfPreviewDialog</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width</source>
        <translation>Ajuster la page à la largeur de la fenêtre</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Record in the history</source>
        <translation>Enregistrer dans l&apos;historique</translation>
    </message>
    <message>
        <source>When printed or saved, the letter is recorded on its recipient&apos;s timeline, the PDF attached</source>
        <translation>Une fois imprimé ou enregistré, le courrier est consigné dans l&apos;historique de son destinataire, avec le PDF en pièce jointe</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>When saved, each letter is recorded on its recipient&apos;s timeline, naming the saved file</source>
        <translation>Une fois enregistré, chaque courrier est noté dans l’historique de son destinataire, avec le nom du fichier enregistré</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Recorded in the history</source>
        <translation>Consigné dans l&apos;historique</translation>
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
        <source>When an introduction is made, follow-ups are scheduled to check its outcome after these months.</source>
        <translation>Quand une mise en relation est faite, des relances sont prévues pour en vérifier le résultat après ces nombres de mois.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Introduction &amp;check-ups (months)</source>
        <translation>&amp;Points de suivi des mises en relation (mois)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête des courriers</translation>
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
    <name>Reports</name>
    <message>
        <source>Introductions report</source>
        <translation>Bilan des mises en relation</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Édité le {date}</translation>
    </message>
    <message>
        <source>The period is not over: these are the figures known on {date}.</source>
        <translation>La période n&apos;est pas terminée : voici les chiffres connus au {date}.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Trend over the last {count} quarters</source>
        <translation>Évolution sur les {count} derniers trimestres</translation>
    </message>
    <message>
        <source>Trend over the last {count} months</source>
        <translation>Évolution sur les {count} derniers mois</translation>
    </message>
    <message>
        <source>Trend over the last {count} years</source>
        <translation>Évolution sur les {count} dernières années</translation>
    </message>
    <message>
        <source>By contracting organisation</source>
        <translation>Par donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>By sector of the contracting organisation</source>
        <translation>Par secteur d&apos;activité du donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>Outcomes and reasons for closing</source>
        <translation>Résultats et motifs de clôture</translation>
    </message>
    <message>
        <source>Outcome of the concluded introductions</source>
        <translation>Résultat des mises en relation conclues</translation>
    </message>
    <message>
        <source>Reason for closing without result</source>
        <translation>Motif de clôture sans suite</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Introductions concluded in the period</source>
        <translation>Mises en relation conclues dans la période</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Conclue le</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Édité le</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>No introduction was concluded in the period.</source>
        <translation>Aucune mise en relation n&apos;a été conclue dans la période.</translation>
    </message>
    <message>
        <source>No need nor introduction in the period.</source>
        <translation>Aucun besoin ni aucune mise en relation dans la période.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{concluded} of {made} concluded to date</source>
        <translation>{concluded} sur {made} conclues à ce jour</translation>
    </message>
    <message>
        <source>{cluster} · Introductions report · {period}</source>
        <translation>{cluster} · Bilan des mises en relation · {period}</translation>
    </message>
    <message>
        <source>Needs, introductions and their outcomes: {period}</source>
        <translation>Besoins, mises en relation et résultats : {period}</translation>
    </message>
    <message>
        <source>Introductions made</source>
        <translation>Mises en relation réalisées</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclues</translation>
    </message>
    <message>
        <source>Contracting organisation</source>
        <translation>Donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>Sector (NAF section)</source>
        <translation>Secteur (section NAF)</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Needs received</source>
        <translation>Besoins reçus</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Needs of contracting organisations recorded with a date of receipt in the period.</source>
        <translation>Besoins des donneurs d&apos;ordres enregistrés avec une date de réception dans la période.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposées</translation>
    </message>
    <message>
        <source>Introductions proposed in the period, whatever became of them.</source>
        <translation>Mises en relation proposées dans la période, quelle qu&apos;en soit la suite.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Réalisées</translation>
    </message>
    <message>
        <source>Introductions whose parties were put in touch in the period (after both agreed), even if they were later closed without result.</source>
        <translation>Mises en relation dont les parties ont été mises en contact dans la période (après l&apos;accord des deux), même si elles ont ensuite été closes sans suite.</translation>
    </message>
    <message>
        <source>Made and concluded to date</source>
        <translation>Réalisées et conclues à ce jour</translation>
    </message>
    <message>
        <source>Of which concluded</source>
        <translation>dont conclues</translation>
    </message>
    <message>
        <source>Among the introductions made in the period, those concluded by the date of the report.</source>
        <translation>Parmi les mises en relation réalisées dans la période, celles conclues à la date du rapport.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Introductions made in the period and concluded by the date of the report, divided by the introductions made in the period.</source>
        <translation>Mises en relation réalisées dans la période et conclues à la date du rapport, rapportées aux mises en relation réalisées dans la période.</translation>
    </message>
    <message>
        <source>Concluded in the period</source>
        <translation>Conclues dans la période</translation>
    </message>
    <message>
        <source>Introductions concluded in the period (contract, partnership or other outcome), whenever they were made.</source>
        <translation>Mises en relation conclues dans la période (contrat, partenariat ou autre résultat), quelle que soit la date de leur réalisation.</translation>
    </message>
    <message>
        <source>Closed without result</source>
        <translation>Closes sans suite</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Sans suite</translation>
    </message>
    <message>
        <source>Introductions closed without result in the period.</source>
        <translation>Mises en relation closes sans suite dans la période.</translation>
    </message>
    <message>
        <source>Contracts amount</source>
        <translation>Montant des contrats</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Sum of the amounts recorded for the introductions concluded in the period (an outcome without an amount counts for zero).</source>
        <translation>Somme des montants enregistrés pour les mises en relation conclues dans la période (un résultat sans montant compte pour zéro).</translation>
    </message>
    <message>
        <source>Median time to conclusion</source>
        <translation>Délai médian de conclusion</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Délai médian (j)</translation>
    </message>
    <message>
        <source>Median number of days from the introduction to its conclusion, for the introductions concluded in the period; those closed without result are not counted.</source>
        <translation>Nombre médian de jours entre la mise en relation et sa conclusion, pour les mises en relation conclues dans la période ; celles closes sans suite ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation>Mise en relation le</translation>
    </message>
    <message>
        <source>Days to conclusion</source>
        <translation>Jours jusqu&apos;à la conclusion</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>By contracting organisation</source>
        <translation>Par donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export as XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>Introductions made and concluded</source>
        <translation>Mises en relation réalisées et conclues</translation>
    </message>
    <message>
        <source>Outcomes of the concluded introductions</source>
        <translation>Résultats des mises en relation conclues</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Conclue le</translation>
    </message>
    <message>
        <source>Contracting organisation</source>
        <translation>Donneur d&apos;ordres</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Introductions concluded in the period</source>
        <translation>Mises en relation conclues dans la période</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>Figures known on {date}</source>
        <translation>Chiffres connus au {date}</translation>
    </message>
    <message>
        <source>the period is not over yet</source>
        <translation>la période n&apos;est pas terminée</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Réalisées</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclues</translation>
    </message>
    <message>
        <source>No introduction concluded</source>
        <translation>Aucune mise en relation conclue</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>Ensemble du cluster</translation>
    </message>
    <message>
        <source>introductions-report-{period}.{ext}</source>
        <translation>bilan-mises-en-relation-{period}.{ext}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Bilan écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Souligné (Ctrl+U)</translation>
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
    <name>Scope</name>
    <message>
        <source>Only {name}</source>
        <translation>Seulement {name}</translation>
    </message>
    <message>
        <source>Only the selected record</source>
        <translation>Seulement la fiche sélectionnée</translation>
    </message>
</context>
<context>
    <name>SkippedPanel</name>
    <message numerus="yes">
        <source>%n record(s) skipped:</source>
        <translation>
            <numerusform>%n fiche écartée :</numerusform>
            <numerusform>%n fiches écartées :</numerusform>
        </translation>
    </message>
    <message>
        <source>No record skipped.</source>
        <translation>Aucune fiche écartée.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the stage of the introduction</source>
        <translation>Changer l&apos;étape de la mise en relation</translation>
    </message>
    <message>
        <source>Current stage: {stage}, since {date}</source>
        <translation>Étape actuelle : {stage}, depuis le {date}</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Accord le</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Choisissez le résultat…</translation>
    </message>
    <message>
        <source>optional, in euros, e.g. 45 000</source>
        <translation>facultatif, en euros, par ex. 45 000</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>Choisissez le motif…</translation>
    </message>
    <message>
        <source>Months after the introduction when its outcome is checked</source>
        <translation>Mois après la mise en relation où son résultat est vérifié</translation>
    </message>
    <message>
        <source>What happened, in a few words (kept in the history)</source>
        <translation>Ce qui s&apos;est passé, en quelques mots (gardé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>New &amp;stage</source>
        <translation>Nouvelle é&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <source>Check-ups after (months)</source>
        <translation>Points de suivi après (mois)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Both sides&apos; agreement to be introduced:</source>
        <translation>Accord des deux parties pour être mises en relation :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Open the organisation</source>
        <translation>Ouvrir l&apos;organisation</translation>
    </message>
    <message>
        <source>member</source>
        <translation>adhérente</translation>
    </message>
    <message>
        <source>already introduced</source>
        <translation>déjà présentée</translation>
    </message>
    <message>
        <source>objects to being solicited</source>
        <translation>s&apos;oppose à être sollicitée</translation>
    </message>
    <message>
        <source>GDPR: an objection to prospection is absolute; it cannot be introduced.</source>
        <translation>RGPD : l&apos;opposition à la prospection est absolue ; elle ne peut pas être présentée.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Raison : {reason}</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>écartée</translation>
    </message>
    <message>
        <source>contact: {name}</source>
        <translation>contact : {name}</translation>
    </message>
    <message>
        <source>set aside: “{reason}”</source>
        <translation>écartée : « {reason} »</translation>
    </message>
    <message>
        <source>Introduce…</source>
        <translation>Présenter…</translation>
    </message>
    <message>
        <source>See the introduction</source>
        <translation>Voir la mise en relation</translation>
    </message>
    <message>
        <source>Set aside…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Propose this SME to the contracting organisation: the introduction is filled in</source>
        <translation>Proposer cette PME au donneur d&apos;ordres : la mise en relation est pré-remplie</translation>
    </message>
    <message>
        <source>No longer suggest it for this need (remembered)</source>
        <translation>Ne plus la suggérer pour ce besoin (mémorisé)</translation>
    </message>
    <message>
        <source>It objected to being solicited: it cannot be introduced.</source>
        <translation>Elle s&apos;est opposée à être sollicitée : elle ne peut pas être présentée.</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>Score : {score}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Show the ones set aside</source>
        <translation>Afficher les écartées</translation>
    </message>
    <message>
        <source>Select a need to see the SMEs that could meet it.</source>
        <translation>Sélectionnez un besoin pour voir les PME qui pourraient y répondre.</translation>
    </message>
    <message>
        <source>Looking for SMEs…</source>
        <translation>Recherche des PME…</translation>
    </message>
    <message>
        <source>No SME matches this need yet. Add capabilities sought, tags or NAF codes to widen the search.</source>
        <translation>Aucune PME ne correspond encore à ce besoin. Ajoutez des savoir-faire recherchés, des étiquettes ou des codes NAF pour élargir la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n SME(s), best match first</source>
        <translation>
            <numerusform>%n PME, la mieux placée d&apos;abord</numerusform>
            <numerusform>%n PME, les mieux placées d&apos;abord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n écartée</numerusform>
            <numerusform>%n écartées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de courrier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Printed after « Objet : »</source>
        <translation>Imprimé après « Objet : »</translation>
    </message>
    <message>
        <source>e.g. Je vous prie d’agréer, {{appel}}, …</source>
        <translation>ex. Je vous prie d’agréer, {{appel}}, …</translation>
    </message>
    <message>
        <source>Double-click a field to insert it at the cursor</source>
        <translation>Double-cliquez sur un champ pour l’insérer au curseur</translation>
    </message>
    <message>
        <source>Insert the field</source>
        <translation>Insérer le champ</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Closing</source>
        <translation>&amp;Formule de politesse</translation>
    </message>
    <message>
        <source>The date, the recipient&apos;s address, the salutation and the signature are added by the letter itself: write only the text.</source>
        <translation>La date, l’adresse du destinataire, la formule d’appel et la signature sont ajoutées par le courrier lui-même : n’écrivez que le texte.</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Champs</translation>
    </message>
    <message>
        <source>Preview with</source>
        <translation>Aperçu avec</translation>
    </message>
    <message>
        <source>Shipped with Cluster CRM: Delete restores its original text</source>
        <translation>Livré avec Cluster CRM : « Rétablir » remet son texte d’origine</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Put back the text shipped with Cluster CRM</source>
        <translation>Remettre le texte livré avec Cluster CRM</translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation>Supprimer ce modèle</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Nouveau courrier</translation>
    </message>
    <message>
        <source>Restore the original text of « {name} »?</source>
        <translation>Rétablir le texte d’origine de « {name} » ?</translation>
    </message>
    <message>
        <source>Delete the template « {name} »?</source>
        <translation>Supprimer le modèle « {name} » ?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Unknown field: {names}. Choose one from the list.</source>
        <translation>Champ inconnu : {names}. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Save the changes to « {name} »?</source>
        <translation>Enregistrer les modifications de « {name} » ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>Aperçu : {name}</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
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
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Follow-up letter…</source>
        <translation>Courrier de suivi…</translation>
    </message>
</context>
</TS>
