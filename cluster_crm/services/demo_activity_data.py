"""Fixed tables of the demo's year of activity: subjects, notes, follow-ups and events, in French.

Subjects, notes and follow-ups are ``str.format`` templates. The fields they may use:
``{org}`` / ``{le_org}`` / ``{de_org}`` the organisation met (bare, with its article, after "de":
"d'Estuaire Digital", "de la CCI…"), ``{sme}`` / ``{de_sme}`` the SME of an introduction,
``{cd}`` / ``{le_cd}`` / ``{de_cd}`` a contracting organisation, ``{project}`` one of its projects,
``{core}`` an SME's trade, ``{de_workshop}`` what a visit shows (after "de"), ``{town}``, ``{year}``,
``{campaign}`` the membership year being called for, ``{event}`` / ``{de_event}`` the next event.
"""

from __future__ import annotations

from typing import NamedTuple


class Topic(NamedTuple):
    """What an interaction is about: its possible subjects, notes and follow-ups go together."""

    subjects: tuple[str, ...]
    notes: tuple[str, ...] = ()  # one to three of them make an interaction's notes
    follow_ups: tuple[str, ...] = ()


class ContractingTopics(NamedTuple):
    short: str  # "usine de Cléon"
    de: str  # "de l'usine de Cléon"
    le: str  # "l'usine de Cléon"
    projects: tuple[str, ...]  # read after "le": "Point sur le projet de …"


class Event(NamedTuple):
    subject: str
    de: str  # "du Forum numérique de Normandie", for "Préparation du …"
    place: str
    days_before: int  # before the demo's today; negative: planned
    start: str  # "HH:MM"
    minutes: int
    organisations: tuple[int, int]  # how many participant organisations, at least and at most
    people: tuple[int, int]
    audience: tuple[str, ...]  # tags of the organisations invited first; empty: every member
    host: str  # an organisation that always takes part, or ""
    contracting: bool  # every contracting organisation takes part
    notes: str
    follow_up: str


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

# What a visit of an SME shows, by trade (a key of demo_data.PROFILES): "Visite de …". Trades
# that work in offices (software, data, consulting) are met rather than visited.
WORKSHOPS: dict[str, tuple[str, ...]] = {
    "usinage": ("l'atelier de fraisage 5 axes", "l'atelier de tournage CN", "l'atelier de rectification"),
    "decolletage": ("l'atelier de décolletage multibroche", "l'atelier de reprise d'usinage"),
    "chaudronnerie": ("l'atelier de chaudronnerie", "l'atelier de découpe laser et de pliage"),
    "traitement": ("la ligne d'anodisation", "la cabine de peinture poudre"),
    "machines": ("l'atelier de montage des machines spéciales", "l'atelier de rétrofit"),
    "robotique": ("l'atelier d'intégration robotique", "la cellule de soudage robotisée"),
    "maintenance": ("l'atelier de révision de réducteurs", "l'atelier d'hydraulique"),
    "electronique": ("l'atelier de câblage de cartes", "le laboratoire de tests et de validation"),
    "instrumentation": ("le laboratoire d'étalonnage", "l'atelier de fabrication des capteurs"),
    "ingenierie": ("le bureau d'études",),
    "essais": ("le laboratoire d'essais mécaniques", "le laboratoire de contrôle non destructif"),
    "recherche": ("les bancs d'essais hydrogène", "l'atelier de prototypage"),
    "plasturgie": ("l'atelier d'injection plastique", "l'atelier de conception de moules"),
    "composites": ("l'atelier de drapage carbone", "l'atelier d'infusion de résine"),
    "chimie": ("l'unité de formulation", "la ligne de conditionnement"),
    "cosmetique": ("le laboratoire de formulation", "la ligne de conditionnement"),
    "verre": ("l'atelier de décoration de flacons", "l'atelier de sérigraphie sur verre"),
    "medtech": ("la salle blanche", "l'atelier d'orthèses sur mesure"),
    "biomedical": ("l'atelier de maintenance biomédicale",),
    "agro": ("l'atelier de transformation", "la ligne de conditionnement"),
    "equipement_agro": ("l'atelier de chaudronnerie inox", "l'atelier de montage des lignes"),
    "transport": ("le quai de messagerie", "la plateforme frigorifique"),
    "logistique": ("l'entrepôt automatisé", "la plateforme de préparation de commandes"),
    "electricite": ("l'atelier de câblage d'armoires électriques",),
    "environnement": ("le laboratoire d'analyses", "le centre de tri des métaux"),
    "design": ("le studio de design produit", "l'atelier de prototypage rapide"),
    "formation": ("le plateau technique de formation", "l'atelier de soudage"),
    "additive": ("l'atelier d'impression 3D métal", "l'atelier de post-traitement"),
    "textile": ("l'atelier de tissage technique", "la ligne d'enduction"),
}

# The article of organisations whose name needs one in a sentence: "avec la CCI…", "du Pôle…".
ARTICLES = {
    "CCI Vallée de Seine Normandie": "la ",
    "Agence normande de développement économique": "l'",
    "Laboratoire de mécanique et matériaux de Normandie": "le ",
    "Institut universitaire de santé numérique de Rouen": "l'",
    "Espace Emploi Industrie Rouen-Elbeuf": "l'",
    "Campus des métiers de l'industrie du futur": "le ",
    "Banque coopérative de Normandie": "la ",
    "Pôle de compétitivité Mobilités et Industrie Normandie": "le ",
    "Incubateur Seine Innovation": "l'",
    "Association des industriels de la vallée de Seine": "l'",
    "Réseau normand des entreprises du numérique": "le ",
}

CONTRACTING_TOPICS: dict[str, ContractingTopics] = {
    "Usine automobile de Cléon": ContractingTopics(
        "usine de Cléon",
        "de l'usine de Cléon",
        "l'usine de Cléon",
        (
            "projet de ligne d'usinage de carters",
            "programme d'électrification des moteurs",
            "chantier de maintenance prédictive des presses",
        ),
    ),
    "Centre hospitalier universitaire de Rouen": ContractingTopics(
        "CHU de Rouen",
        "du CHU de Rouen",
        "le CHU de Rouen",
        (
            "projet de télésurveillance des patients",
            "programme de maintenance biomédicale",
            "projet d'entrepôt de données de santé",
        ),
    ),
    "Centre de simulation médicale Medisim Normandie": ContractingTopics(
        "Medisim",
        "de Medisim",
        "Medisim",
        ("projet de salle de simulation immersive", "programme de mannequins connectés"),
    ),
    "Normandie Aérostructures": ContractingTopics(
        "Normandie Aérostructures",
        "de Normandie Aérostructures",
        "Normandie Aérostructures",
        ("programme de nacelles nouvelle génération", "plan de montée en cadence"),
    ),
    "Raffinerie de l'Estuaire – site de Port-Jérôme": ContractingTopics(
        "raffinerie de Port-Jérôme",
        "de la raffinerie de Port-Jérôme",
        "la raffinerie de Port-Jérôme",
        ("grand arrêt technique", "projet d'hydrogène bas carbone"),
    ),
    "Pétrochimie de Lillebonne": ContractingTopics(
        "Pétrochimie de Lillebonne",
        "de Pétrochimie de Lillebonne",
        "Pétrochimie de Lillebonne",
        ("programme de fiabilisation des pompes", "projet de recyclage des plastiques"),
    ),
    "Verreries de la Vallée de la Bresle": ContractingTopics(
        "Verreries de la Bresle",
        "des Verreries de la Bresle",
        "les Verreries de la Bresle",
        ("projet de nouvelle ligne de décoration", "programme de décarbonation des fours"),
    ),
    "Laboratoires pharmaceutiques d'Évreux": ContractingTopics(
        "Laboratoires d'Évreux",
        "des Laboratoires d'Évreux",
        "les Laboratoires d'Évreux",
        ("projet de ligne de conditionnement", "chantier de qualification des équipements"),
    ),
    "Centre nucléaire de production d'électricité de la Côte d'Albâtre": ContractingTopics(
        "centrale de Paluel",
        "de la centrale de Paluel",
        "la centrale de Paluel",
        ("prochain arrêt de tranche", "programme de robinetterie"),
    ),
    "Autorité portuaire de l'estuaire de la Seine": ContractingTopics(
        "port du Havre",
        "du port du Havre",
        "le port du Havre",
        ("projet d'électrification des quais", "programme de dragage"),
    ),
    "Ateliers ferroviaires de Sotteville": ContractingTopics(
        "ateliers de Sotteville",
        "des ateliers de Sotteville",
        "les ateliers de Sotteville",
        ("programme de rénovation des bogies", "projet de modernisation de la peinture"),
    ),
    "Coopérative laitière du Bessin": ContractingTopics(
        "coopérative du Bessin",
        "de la coopérative du Bessin",
        "la coopérative du Bessin",
        ("projet de nouvelle ligne d'emballage", "programme de traçabilité"),
    ),
    "Parfums et Cosmétiques de Normandie": ContractingTopics(
        "Parfums et Cosmétiques de Normandie",
        "de Parfums et Cosmétiques de Normandie",
        "Parfums et Cosmétiques de Normandie",
        ("projet de ligne de remplissage", "programme d'éco-conception des flacons"),
    ),
    "Logiparc Vallée de Seine": ContractingTopics(
        "Logiparc",
        "de Logiparc",
        "Logiparc",
        ("projet d'automatisation de l'entrepôt", "projet de transport fluvial"),
    ),
    "Communauté métropolitaine Rouen Seine": ContractingTopics(
        "Métropole",
        "de la Métropole",
        "la Métropole",
        ("plan de rénovation des réseaux d'eau", "programme de bornes de recharge"),
    ),
    "Propulsion spatiale de Vernon": ContractingTopics(
        "site de Vernon",
        "du site de Vernon",
        "le site de Vernon",
        ("programme de bancs d'essais", "projet de soudage robotisé"),
    ),
    "Constructions navales du Cotentin": ContractingTopics(
        "chantier naval de Cherbourg",
        "du chantier naval de Cherbourg",
        "le chantier naval de Cherbourg",
        ("programme de sous-marins", "plan de charge en chaudronnerie"),
    ),
    "Centre hospitalier de l'agglomération havraise": ContractingTopics(
        "hôpital du Havre",
        "de l'hôpital du Havre",
        "l'hôpital du Havre",
        ("projet de logistique hospitalière", "programme de maintenance biomédicale"),
    ),
    "Pales éoliennes du Cotentin": ContractingTopics(
        "usine de pales de Cherbourg",
        "de l'usine de pales de Cherbourg",
        "l'usine de pales de Cherbourg",
        ("projet de contrôle non destructif des pales", "plan de montée en cadence"),
    ),
    "Papeteries de Grand-Couronne": ContractingTopics(
        "papeterie de Grand-Couronne",
        "de la papeterie de Grand-Couronne",
        "la papeterie de Grand-Couronne",
        ("projet de chaudière biomasse", "programme de maintenance des machines à papier"),
    ),
}

CCI = "CCI Vallée de Seine Normandie"
CCI_PLACE = "CCI Vallée de Seine Normandie, Rouen"
VISIO = "Visio"

EVENTS = (
    Event(
        "Rencontres d'affaires donneurs d'ordres / PME",
        "des Rencontres d'affaires donneurs d'ordres / PME",
        CCI_PLACE,
        330,
        "09:00",
        480,
        (50, 60),
        (12, 18),
        (),
        CCI,
        True,
        "Plus de 200 rendez-vous d'affaires de vingt minutes, organisés à l'avance. Les donneurs "
        "d'ordres ont salué la qualité de la préparation. Trois consultations lancées dans la foulée.",
        "Envoyer le questionnaire de satisfaction aux participants",
    ),
    Event(
        "Atelier cybersécurité : protéger son atelier connecté",
        "de l'atelier cybersécurité",
        CCI_PLACE,
        290,
        "14:00",
        180,
        (16, 24),
        (6, 10),
        ("Numérique", "Usinage", "Robotique", "Électronique"),
        "",
        False,
        "Démonstration d'une attaque sur un automate, très parlante pour les industriels. "
        "Forte demande d'audits : orienter vers les PME du numérique adhérentes.",
        "Envoyer les supports de l'atelier",
    ),
    Event(
        "Visite de l'usine automobile de Cléon",
        "de la visite de l'usine de Cléon",
        "Usine automobile de Cléon, Cléon",
        250,
        "09:30",
        210,
        (16, 22),
        (8, 12),
        ("Usinage", "Automobile", "Robotique", "Maintenance"),
        "Usine automobile de Cléon",
        False,
        "Visite des lignes d'usinage de carters et de l'assemblage des moteurs électriques. "
        "La direction des achats a présenté ses besoins en maintenance et en petites séries.",
        "Transmettre la liste des participants à la direction des achats",
    ),
    Event(
        "Petit-déjeuner innovation santé",
        "du petit-déjeuner innovation santé",
        "Centre de simulation médicale Medisim Normandie, Rouen",
        205,
        "08:30",
        120,
        (15, 22),
        (8, 12),
        ("Santé", "Data / IA", "Numérique"),
        "Centre de simulation médicale Medisim Normandie",
        False,
        "Présentation des besoins du CHU en télésurveillance et en maintenance biomédicale. "
        "Plusieurs PME du numérique se sont fait connaître des équipes hospitalières.",
        "Envoyer le compte rendu aux participants",
    ),
    Event(
        "Assemblée générale du cluster",
        "de l'assemblée générale du cluster",
        CCI_PLACE,
        165,
        "17:30",
        150,
        (45, 60),
        (15, 20),
        (),
        CCI,
        True,
        "Rapport d'activité et comptes approuvés à l'unanimité. Renouvellement d'un tiers du bureau. "
        "Le programme de l'année prochaine met l'accent sur l'emploi industriel.",
        "Envoyer le procès-verbal de l'assemblée générale",
    ),
    Event(
        "Visite des ateliers ferroviaires de Sotteville",
        "de la visite des ateliers de Sotteville",
        "Ateliers ferroviaires de Sotteville, Sotteville-lès-Rouen",
        130,
        "14:00",
        180,
        (15, 20),
        (6, 10),
        ("Maintenance", "Usinage", "Automobile"),
        "Ateliers ferroviaires de Sotteville",
        False,
        "Visite de la ligne de rénovation des bogies. Besoins identifiés en chaudronnerie et en "
        "peinture industrielle.",
        "",
    ),
    Event(
        "Forum numérique de Normandie",
        "du Forum numérique de Normandie",
        "Carré des Docks, Le Havre",
        95,
        "09:00",
        480,
        (40, 55),
        (12, 18),
        ("Numérique", "Data / IA", "Électronique"),
        "Réseau normand des entreprises du numérique",
        False,
        "Stand du cluster très fréquenté, une vingtaine de contacts qualifiés. La table ronde sur "
        "l'IA dans l'industrie a fait salle comble.",
        "Envoyer les contacts du stand aux PME concernées",
    ),
    Event(
        "Atelier industrie du futur : cobots et vision",
        "de l'atelier industrie du futur",
        "Campus des métiers de l'industrie du futur, Mont-Saint-Aignan",
        60,
        "14:00",
        180,
        (15, 22),
        (6, 10),
        ("Robotique", "Usinage", "Data / IA", "Plasturgie"),
        "Campus des métiers de l'industrie du futur",
        False,
        "Démonstrations de cobots sur le plateau technique du campus. Les PME présentes cherchent "
        "surtout des exemples chiffrés de retour sur investissement.",
        "",
    ),
    Event(
        "Webinaire : financer l'innovation des PME",
        "du webinaire sur le financement de l'innovation",
        VISIO,
        35,
        "11:00",
        90,
        (18, 28),
        (6, 10),
        (),
        "Banque coopérative de Normandie",
        False,
        "Présentation des aides régionales et des prêts d'innovation. Questions nombreuses sur le "
        "crédit d'impôt recherche.",
        "Envoyer le replay du webinaire",
    ),
    Event(
        "Visite de Normandie Aérostructures",
        "de la visite de Normandie Aérostructures",
        "Normandie Aérostructures, Gonfreville-l'Orcher",
        16,
        "09:30",
        180,
        (15, 20),
        (6, 10),
        ("Aéronautique", "Usinage", "Plasturgie"),
        "Normandie Aérostructures",
        False,
        "Visite de l'assemblage des nacelles et de l'atelier composites. Le plan de montée en "
        "cadence ouvre des besoins en usinage de grande dimension.",
        "Transmettre la liste des participants aux achats de Normandie Aérostructures",
    ),
    Event(
        "Petit-déjeuner du cluster : l'emploi industriel",
        "du petit-déjeuner sur l'emploi industriel",
        "Espace Emploi Industrie Rouen-Elbeuf, Elbeuf",
        -9,
        "08:30",
        120,
        (15, 22),
        (5, 8),
        (),
        "Espace Emploi Industrie Rouen-Elbeuf",
        False,
        "",
        "",
    ),
)

# Follow-ups about an organisation rather than an interaction.
ORGANISATION_FOLLOW_UPS = (
    "Reprendre contact : aucun échange depuis plusieurs mois",
    "Vérifier le renouvellement de l'adhésion",
    "Relancer pour l'adhésion",
    "Proposer une visite de l'atelier",
    "Inviter aux prochaines rencontres d'affaires",
    "Mettre à jour la fiche de l'entreprise",
)

PLANNED_NOTE = "Rendez-vous confirmé par courriel."

# French public holidays on fixed dates (month, day): no business that day.
HOLIDAYS = ((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25))
