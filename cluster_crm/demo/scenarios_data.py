"""Topics of the demo's meetings and calls, by trade: subjects, notes and follow-ups (data only)."""

from __future__ import annotations

from typing import NamedTuple


class Topic(NamedTuple):
    """What an interaction is about: its possible subjects, notes and follow-ups go together."""

    subjects: tuple[str, ...]
    notes: tuple[str, ...] = ()  # one to three of them make an interaction's notes
    follow_ups: tuple[str, ...] = ()


SCENARIOS: dict[str, tuple[Topic, ...]] = {
    "sme_meeting": (
        Topic(
            ("Point annuel d'adhérent avec {org}", "Rendez-vous avec la direction {de_org}"),
            (
                "L'entreprise a un carnet de commandes plein jusqu'à la fin du trimestre.",
                "Le dirigeant souhaite réduire sa dépendance à un seul gros client.",
                "Très satisfaits des dernières rencontres du cluster.",
                "Démarche RSE engagée, bilan carbone prévu l'an prochain.",
                "Réflexion sur la transmission de l'entreprise d'ici trois à cinq ans.",
                "Demande à être mise en avant dans la prochaine lettre d'information.",
            ),
            (
                "Envoyer le compte rendu du rendez-vous",
                "Envoyer la plaquette des services aux adhérents",
                "Proposer un article dans la lettre d'information",
            ),
        ),
        Topic(
            (
                "Point sur les projets de développement {de_org}",
                "Accompagnement {de_org} sur un dossier France 2030",
            ),
            (
                "Projet d'extension du bâtiment à l'étude, financement en cours avec la banque.",
                "Investissement récent dans une nouvelle machine, montée en charge prévue sur six mois.",
                "Le dossier France 2030 doit être déposé avant la fin du mois prochain.",
                "Besoin d'un appui pour chiffrer le projet et trouver un cofinancement.",
            ),
            (
                "Relancer pour le dossier France 2030",
                "Transmettre les coordonnées de l'AD Normandie pour le financement",
                "Mettre en contact avec la Banque coopérative",
            ),
        ),
        Topic(
            (
                "Préparation des rencontres d'affaires avec {org}",
                "Présentation {de_org} en vue d'une mise en relation avec {le_cd}",
            ),
            (
                "Intéressée par un rendez-vous d'affaires avec {le_cd}.",
                "Souhaite se positionner sur le {project}.",
                "Savoir-faire reconnu en {core}, mais peu de visibilité auprès des donneurs d'ordres.",
                "Capacités disponibles à partir du mois prochain : l'entreprise cherche du volume.",
            ),
            (
                "Proposer une mise en relation avec {le_cd}",
                "Inscrire l'entreprise aux rencontres d'affaires",
                "Envoyer la fiche de l'entreprise aux achats {de_cd}",
            ),
        ),
        Topic(
            ("Point sur les besoins de recrutement {de_org}",),
            (
                "Recherche deux techniciens et un apprenti ; difficultés de recrutement persistantes.",
                "Piste d'alternance à creuser avec le Campus des métiers de l'industrie du futur.",
                "Intéressée par une action commune des adhérents sur l'attractivité des métiers.",
            ),
            (
                "Transmettre l'offre d'emploi à l'Espace Emploi Industrie",
                "Mettre en relation avec le Campus des métiers",
            ),
        ),
        Topic(
            ("Échange sur la stratégie export {de_org}",),
            (
                "Premier client en Allemagne signé cette année.",
                "Réfléchit à un volontariat international en entreprise pour prospecter.",
                "Participation à un salon à Hanovre envisagée avec d'autres adhérents.",
            ),
            (
                "Transmettre le contact de Team France Export",
                "Envoyer le programme des salons internationaux",
            ),
        ),
        Topic(
            ("Diagnostic industrie du futur chez {org}",),
            (
                "Atelier peu connecté : le suivi de production se fait encore sur papier.",
                "Priorité de l'entreprise : la traçabilité des pièces et un premier MES.",
                "La cybersécurité n'a jamais été abordée, sauvegardes à vérifier.",
            ),
            (
                "Envoyer la synthèse du diagnostic",
                "Proposer une mise en relation avec une PME du numérique",
                "Inviter au prochain atelier du cluster",
            ),
        ),
    ),
    "prospect_meeting": (
        Topic(
            (
                "Présentation du cluster à {org}",
                "Premier rendez-vous avec {org}",
                "Présentation des services du cluster et de l'adhésion {campaign}",
                "Découverte {de_org} et de son activité de {core}",
            ),
            (
                "Première rencontre : l'entreprise connaît le cluster par le forum numérique.",
                "Activité de {core} en croissance, cherche de nouveaux donneurs d'ordres.",
                "Intéressée par l'adhésion, attend une proposition tarifaire.",
                "Le dirigeant hésite entre le cluster et un réseau national, à convaincre.",
                "Connaît déjà les achats {de_cd} : fournisseur occasionnel depuis deux ans.",
                "Souhaite d'abord participer à un événement avant de s'engager.",
            ),
            (
                "Envoyer le bulletin d'adhésion {campaign}",
                "Relancer pour l'adhésion",
                "Envoyer la plaquette du cluster",
                "Inviter au prochain petit-déjeuner du cluster",
            ),
        ),
    ),
    "sme_call": (
        Topic(
            ("Relance adhésion {campaign}", "Cotisation {campaign}"),
            (
                "Cotisation {campaign} validée en interne, règlement à venir.",
                "Le dirigeant demande que la facture soit renvoyée au service comptable.",
                "Hésite à renouveler faute de temps pour participer aux rencontres.",
            ),
            (
                "Vérifier le règlement de la cotisation {campaign}",
                "Envoyer la facture de cotisation",
                "Relancer pour l'adhésion",
            ),
        ),
        Topic(
            ("Suite de la mise en relation avec {le_cd}", "Point téléphonique sur le {project}"),
            (
                "Le rendez-vous avec {le_cd} s'est bien passé, devis en préparation.",
                "Pas de suite donnée par {le_cd} pour le moment.",
                "Les acheteurs ont demandé des échantillons avant de consulter.",
            ),
            ("Relancer pour le devis", "Prendre des nouvelles de la mise en relation"),
        ),
        Topic(
            ("Inscription aux rencontres d'affaires",),
            (
                "Souhaite cinq rendez-vous, dont un avec {le_cd}.",
                "Fiche de présentation de l'entreprise à compléter.",
            ),
            (
                "Confirmer l'inscription aux rencontres d'affaires",
                "Envoyer le formulaire de souhaits de rendez-vous",
            ),
        ),
        Topic(
            ("Demande d'un contact aux achats {de_cd}",),
            ("Souhaite présenter son offre de {core} au service achats {de_cd}.",),
            ("Envoyer le contact des achats {de_cd}",),
        ),
        Topic(
            ("Question sur les aides à l'investissement",),
            ("Projet d'achat d'une machine, cherche des aides régionales.",),
            ("Transmettre les coordonnées de l'AD Normandie",),
        ),
    ),
    "sme_email": (
        Topic(
            ("Envoi de la plaquette du cluster",),
            ("Plaquette et grille des cotisations envoyées après notre échange.",),
            ("Relancer sans réponse",),
        ),
        Topic(
            ("Transmission du cahier des charges {de_cd}",),
            ("Cahier des charges transmis avec l'accord {de_cd}, réponse attendue sous quinze jours.",),
            ("Vérifier la réception du cahier des charges", "Relancer pour la réponse à la consultation"),
        ),
        Topic(("Envoi du compte rendu de la visite",)),
        Topic(
            ("Transmission d'un appel à projets régional",),
            ("Appel à projets de la Région : dépôt des dossiers avant la fin du mois.",),
            ("Relancer pour le dépôt du dossier",),
        ),
        Topic(
            ("Relance adhésion {campaign}",),
            ("Courriel de relance après un premier envoi resté sans réponse.",),
            ("Relancer par téléphone",),
        ),
        Topic(("Invitation : {event}",), (), ("Relancer pour l'inscription",)),
    ),
    "sme_visit": (
        Topic(
            ("Visite {de_workshop}", "Visite {de_workshop} {de_org}", "Visite du site {de_org} à {town}"),
            (
                "Atelier propre et bien organisé, parc machines récent.",
                "Visite {de_workshop} : équipements récents et bien entretenus.",
                "Capacités disponibles à partir du mois prochain, l'entreprise cherche du volume.",
                "Certification qualité en cours de renouvellement.",
                "Le dirigeant souhaite présenter son savoir-faire aux équipes {de_cd}.",
                "Une quinzaine de salariés, dont deux apprentis ; projet d'embauche d'un technicien.",
                "Besoin d'un appui pour un projet d'investissement dans un nouvel équipement.",
                "Sujet de la cybersécurité de l'atelier soulevé : à orienter vers les PME du numérique.",
            ),
            (
                "Envoyer le compte rendu de visite",
                "Proposer une mise en relation avec {le_cd}",
                "Présenter l'entreprise aux achats {de_cd}",
                "Mettre en contact avec la Banque coopérative pour le financement",
            ),
        ),
    ),
    "contracting_meeting": (
        Topic(
            ("Point sur le {project}", "Comité de suivi du {project}"),
            (
                "Le calendrier du {project} est confirmé, consultation des fournisseurs au prochain trimestre.",
                "Budget validé en comité de direction.",
                "Plusieurs PME du cluster pourraient répondre, en {core} notamment.",
                "Souhaite limiter le nombre de consultations : préférer une courte liste qualifiée.",
            ),
            (
                "Envoyer une liste de PME pour le {project}",
                "Relancer pour le cahier des charges",
                "Envoyer le compte rendu de réunion",
            ),
        ),
        Topic(
            (
                "Revue des besoins de sous-traitance {year} {de_cd}",
                "Point trimestriel avec la direction des achats {de_cd}",
                "Présentation des nouvelles PME adhérentes aux achats {de_cd}",
            ),
            (
                "La direction des achats cherche des fournisseurs locaux pour réduire les délais.",
                "Besoin de compétences rares en maintenance et en automatisme.",
                "Retour positif sur les dernières PME présentées, une commande passée.",
                "Intérêt pour des PME en {core}.",
            ),
            ("Proposer une mise en relation avec trois PME", "Envoyer les fiches des PME présentées"),
        ),
        Topic(
            ("Préparation d'une visite {de_cd} avec des PME du cluster",),
            (
                "Visite à caler au prochain trimestre, une vingtaine de participants au plus.",
                "Équipements de protection fournis sur place, liste des participants à donner une semaine avant.",
                "Thèmes proposés : maintenance, petites séries et {core}.",
            ),
            ("Envoyer la liste des PME invitées", "Confirmer la date de la visite"),
        ),
        Topic(
            ("Point emploi et compétences avec {le_cd}",),
            (
                "Le site recrute une quarantaine de techniciens cette année.",
                "Intérêt pour les actions emploi du cluster et le petit-déjeuner sur l'emploi industriel.",
            ),
            ("Mettre en relation avec l'Espace Emploi Industrie",),
        ),
    ),
    "contracting_call": (
        Topic(
            ("Retour {de_cd} sur les PME présentées",),
            (
                "Deux des PME présentées sont retenues pour la consultation.",
                "Décision reportée au mois prochain.",
            ),
            ("Envoyer les coordonnées des PME retenues", "Relancer pour la décision"),
        ),
        Topic(
            ("Appel de la direction des achats {de_cd}", "Point téléphonique sur le {project}"),
            (
                "Besoin urgent d'un sous-traitant en {core}.",
                "Le calendrier du {project} est décalé d'un trimestre.",
            ),
            ("Proposer deux PME sous huit jours", "Envoyer une liste de PME pour le {project}"),
        ),
        Topic(
            ("Calage de la visite {de_cd}",),
            ("Date proposée, à confirmer par la direction du site.",),
            ("Confirmer la date de visite",),
        ),
    ),
    "introduction": (
        Topic(
            (
                "Présentation {de_sme} à la direction des achats {de_cd}",
                "Mise en relation {de_sme} avec {le_cd}",
                "Rendez-vous technique {sme} – {cd} : {core}",
                "Présentation {de_sme} pour le {project}",
            ),
            (
                "Présentation claire {de_sme}, bonne écoute des acheteurs.",
                "Les acheteurs {de_cd} demandent une offre pour une première série.",
                "Les acheteurs veulent visiter l'atelier avant toute commande.",
                "Échange technique approfondi sur le {project}.",
                "Délais et capacités de la PME jugés compatibles avec le besoin.",
                "Référencement fournisseur à lancer, dossier qualité à fournir.",
            ),
            (
                "Relancer pour le devis",
                "Vérifier que le dossier de référencement a été envoyé",
                "Prendre des nouvelles de la mise en relation",
                "Envoyer le courrier de suivi de la mise en relation",
            ),
        ),
    ),
    "institution": (
        Topic(
            ("Point partenariat avec {le_org}", "Réunion de coordination avec {le_org}"),
            (
                "Calendrier commun des événements arrêté pour le semestre.",
                "Partage de la liste des entreprises accompagnées pour éviter les doublons.",
                "Idée d'un atelier commun sur la cybersécurité des PME industrielles.",
            ),
            ("Transmettre le calendrier des événements", "Préparer la convention de partenariat"),
        ),
        Topic(
            (
                "Comité de pilotage du programme industrie du futur",
                "Préparation du plan d'actions {campaign} du cluster",
            ),
            (
                "Bilan à mi-parcours : vingt-cinq diagnostics réalisés chez les adhérents.",
                "Priorités retenues : emploi industriel et numérique dans les ateliers.",
                "Financement régional reconduit, montant à confirmer.",
            ),
            ("Envoyer le compte rendu du comité",),
        ),
        Topic(
            ("Point sur les financements régionaux avec {le_org}",),
            (
                "Financement reconduit, montant à confirmer en fin d'année.",
                "Dossier de subvention à déposer avant la fin du trimestre.",
            ),
            ("Envoyer le dossier de demande de subvention",),
        ),
    ),
    "event_prep": (
        Topic(
            (
                "Préparation {de_event}",
                "Point sur les inscriptions {de_event}",
                "Réunion d'organisation {de_event}",
            ),
            (
                "Programme presque bouclé, deux intervenants à confirmer.",
                "Une trentaine d'inscrits à ce jour, relance des adhérents prévue.",
                "Salle réservée, traiteur à commander.",
            ),
            ("Envoyer l'invitation aux adhérents", "Confirmer les intervenants", "Relancer les inscriptions"),
        ),
    ),
    "member_letter": (
        Topic(
            ("Appel de cotisation {campaign}",), (), ("Vérifier le règlement de la cotisation {campaign}",)
        ),
        Topic(
            ("Courrier de suivi de la mise en relation avec {le_cd}",),
            (),
            ("Prendre des nouvelles de la mise en relation",),
        ),
        Topic(("Attestation d'adhésion {year}",)),
    ),
    "prospect_letter": (
        Topic(
            ("Proposition d'adhésion {campaign}", "Courrier de présentation du cluster"),
            (),
            ("Relancer par téléphone",),
        ),
        Topic(("Relance adhésion {campaign}",), (), ("Relancer pour l'adhésion",)),
    ),
    "check_in": (
        Topic(
            ("Prise de nouvelles {de_org}", "Point rapide avec {le_org}"),
            (
                "Activité stable, pas de besoin particulier pour le moment.",
                "Souhaite un rendez-vous à l'atelier dans les prochains mois.",
                "Baisse d'activité passagère, reprise attendue au prochain trimestre.",
            ),
            ("Proposer un rendez-vous",),
        ),
        Topic(
            ("Invitation : {event}",),
            ("Remercie pour l'invitation, participera si l'agenda le permet.",),
            ("Relancer pour l'inscription",),
        ),
        Topic(
            ("Relance adhésion {campaign}",),
            ("Renouvellement prévu, en attente de la validation du budget.",),
            ("Vérifier le règlement de la cotisation {campaign}",),
        ),
    ),
}
