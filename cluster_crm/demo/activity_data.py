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

from cluster_crm.demo.scenarios_data import SCENARIOS, Topic  # noqa: F401


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
