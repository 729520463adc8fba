"""The demo cluster's needs (besoins) of hospitals, public bodies and institutions, in French; those
of industrial contracting organisations are in ``industry_needs``.

Dates are anchors relative to the demo's ``today``: a number of days ago, or ``"q0:0.5"`` (half-way
through the elapsed part of the current quarter) / ``"q1:0.3"`` (30 % into the previous quarter).
"""

from __future__ import annotations

from typing import NamedTuple

Anchor = int | str


class NeedSpec(NamedTuple):
    key: str
    organisation: str
    contact: str  # a fragment of the job title of the person who expressed it
    title: str
    description: str
    keywords: str
    tags: tuple[str, ...]
    naf: str
    headcount: tuple[str, str] | None  # INSEE band codes, smallest and largest
    town: str
    distance_km: int | None
    received: Anchor
    deadline_in: int  # days from the demo's today (negative: already past)
    status: str = "open"  # or "satisfied" (when its last concluded introduction ended), "abandoned"
    abandoned: Anchor = 0  # when it was abandoned


CLEON = "Usine automobile de Cléon"
CHU = "Centre hospitalier universitaire de Rouen"

# The university hospital's need the animator starts from: open, and no introduction yet.
HOSPITAL_DATA_NEED = "chu-data"

NEEDS: tuple[NeedSpec, ...] = (
    NeedSpec(
        HOSPITAL_DATA_NEED,
        CHU,
        "réanimation",
        "Partenaire data et intelligence artificielle pour l'exploitation des données de santé",
        "Le CHU structure son entrepôt de données de santé et cherche une entreprise régionale pour "
        "l'accompagner : modèles d'apprentissage automatique d'aide à la décision en réanimation, "
        "traitement du langage naturel sur les comptes rendus, tableaux de bord pour les services. "
        "Hébergement certifié HDS et respect du RGPD indispensables ; un projet pilote de six mois est "
        "envisagé avec le service de réanimation.",
        "intelligence artificielle, data science, apprentissage automatique, "
        "traitement du langage naturel, entrepôts de données",
        ("Data / IA", "Santé"),
        "62.01Z 72.19Z",
        ("11", "22"),
        "Rouen",
        60,
        16,
        150,
    ),
    NeedSpec(
        "chu-biomed",
        CHU,
        "biomédical",
        "Maintenance des équipements biomédicaux des blocs opératoires",
        "Le marché de maintenance des tables d'opération, éclairages et bistouris électriques arrive "
        "à échéance. Le service biomédical cherche un prestataire de proximité capable d'intervenir en "
        "moins de quatre heures et d'assurer les contrôles qualité réglementaires.",
        "maintenance biomédicale, maintenance d'équipements médicaux, métrologie, contrôle qualité",
        ("Santé", "Maintenance"),
        "33.13Z",
        None,
        "Rouen",
        50,
        400,
        -250,
        "satisfied",
    ),
    NeedSpec(
        "chu-interop",
        CHU,
        "achats",
        "Interopérabilité des logiciels des services avec le dossier patient informatisé",
        "Une quinzaine de logiciels de spécialité échangent encore mal avec le dossier patient "
        "informatisé. Le CHU cherche un éditeur ou un intégrateur maîtrisant les standards HL7 et FHIR "
        "pour développer et maintenir les interfaces.",
        "interopérabilité, logiciels de santé, dossier patient, API",
        ("Santé", "Numérique"),
        "62.01Z",
        ("11", "22"),
        "Rouen",
        150,
        200,
        120,
    ),
    NeedSpec(
        "chu-instruments",
        CHU,
        "Achet",
        "Instruments chirurgicaux réutilisables fabriqués en Normandie",
        "Pour sécuriser ses approvisionnements, la direction des achats recherche un fabricant régional "
        "d'instruments chirurgicaux réutilisables (pinces, écarteurs) marqués CE, capable de produire "
        "des séries courtes et des modèles sur mesure pour la chirurgie orthopédique.",
        "instruments chirurgicaux, dispositifs médicaux, marquage CE, salle blanche",
        ("Santé",),
        "32.50A",
        None,
        "Rouen",
        120,
        75,
        180,
    ),
    NeedSpec(
        "medisim-vr",
        "Centre de simulation médicale Medisim Normandie",
        "pédagogique",
        "Scénarios de réalité virtuelle pour la formation aux gestes d'urgence",
        "Le centre veut compléter ses mannequins haute fidélité par des scénarios de réalité virtuelle : "
        "prise en charge d'un arrêt cardiaque, triage en situation sanitaire exceptionnelle. Il cherche "
        "un développeur capable de co-construire les scénarios avec les formateurs.",
        "réalité virtuelle, simulation numérique, logiciels de santé",
        ("Santé", "Numérique", "Formation"),
        "62.01Z",
        None,
        "Rouen",
        100,
        330,
        -120,
        "satisfied",
    ),
    NeedSpec(
        "pharma-metrologie",
        "Laboratoires pharmaceutiques d'Évreux",
        "méthodes",
        "Qualification d'équipements et métrologie des salles propres",
        "En vue d'une inspection, le site doit requalifier ses équipements de production et étalonner "
        "les capteurs de ses salles propres. Il cherche un laboratoire accrédité COFRAC capable "
        "d'intervenir pendant les arrêts de ligne.",
        "métrologie, qualification d'équipements, essais et contrôles, salle blanche",
        ("Santé", "Conseil"),
        "71.20B",
        None,
        "Évreux",
        80,
        60,
        75,
    ),
    NeedSpec(
        "port-jumeau",
        "Autorité portuaire de l'estuaire de la Seine",
        "développement",
        "Jumeau numérique des flux de conteneurs du port",
        "L'autorité portuaire veut modéliser les flux de conteneurs entre les terminaux, les voies "
        "ferrées et le fleuve pour tester des scénarios d'exploitation. Elle cherche un partenaire "
        "data pour un projet collaboratif.",
        "data science, optimisation, intelligence artificielle, tableaux de bord",
        ("Data / IA", "Logistique"),
        "62.01Z",
        None,
        "Le Havre",
        100,
        360,
        -90,
        "satisfied",
    ),
    NeedSpec(
        "port-eau",
        "Autorité portuaire de l'estuaire de la Seine",
        "durables",
        "Suivi de la qualité de l'eau des bassins portuaires",
        "Dans le cadre de son plan environnement, l'autorité portuaire veut suivre en continu la "
        "turbidité et l'oxygène dissous de ses bassins et cherche une entreprise pour installer et "
        "exploiter des sondes.",
        "traitement des eaux, capteurs, acquisition de données, environnement industriel",
        ("Environnement",),
        "",
        None,
        "Le Havre",
        60,
        "q1:0.6",
        120,
    ),
    NeedSpec(
        "metropole-bornes",
        "Communauté métropolitaine Rouen Seine",
        "commande publique",
        "Sourçage : bornes de recharge pour les parkings relais",
        "Avant de lancer sa consultation, la métropole veut connaître les entreprises du territoire "
        "capables d'installer et d'entretenir une soixantaine de bornes de recharge, avec ombrières "
        "photovoltaïques.",
        "bornes de recharge, installations électriques, photovoltaïque",
        ("BTP", "Énergie"),
        "43.21A",
        None,
        "Rouen",
        60,
        "q1:0.3",
        70,
    ),
    NeedSpec(
        "metropole-friche",
        "Communauté métropolitaine Rouen Seine",
        "développement",
        "Dépollution d'une friche industrielle en bord de Seine",
        "La métropole préparait la reconversion d'une ancienne friche industrielle et cherchait des "
        "entreprises pour le diagnostic et la dépollution des sols.",
        "dépollution des sols, environnement industriel, traitement des eaux",
        ("Environnement",),
        "39.00Z",
        None,
        "Rouen",
        50,
        330,
        -120,
        "abandoned",
        160,
    ),
    NeedSpec(
        "havre-telesurveillance",
        "Centre hospitalier de l'agglomération havraise",
        "numériques",
        "Télésurveillance des patients insuffisants cardiaques",
        "Le service de cardiologie veut suivre à domicile ses patients insuffisants cardiaques et "
        "cherche une solution de télésurveillance interopérable avec son dossier patient.",
        "télémédecine, logiciels de santé, objets connectés, interopérabilité",
        ("Santé", "Numérique"),
        "62.01Z",
        None,
        "Montivilliers",
        150,
        "q0:0.5",
        150,
    ),
    NeedSpec(
        "campus-cobot",
        "Campus des métiers de l'industrie du futur",
        "Directeur",
        "Cobot pédagogique pour la plateforme de formation",
        "Le campus équipe sa plateforme de formation d'un cobot avec préhenseur et vision, et cherche "
        "une entreprise pour l'installer et former les enseignants.",
        "cobots, robotique collaborative, formation",
        ("Robotique", "Formation"),
        "33.20C",
        None,
        "Mont-Saint-Aignan",
        60,
        250,
        -90,
        "satisfied",
    ),
    NeedSpec(
        "institut-imagerie",
        "Institut universitaire de santé numérique de Rouen",
        "valorisation",
        "Partenaire industriel pour un projet de recherche en imagerie médicale",
        "L'institut monte un projet de recherche sur la détection automatique de lésions en imagerie et "
        "cherche une entreprise pour industrialiser les modèles de vision par ordinateur.",
        "vision par ordinateur, apprentissage automatique, intelligence artificielle",
        ("Data / IA", "Santé"),
        "72.19Z 62.01Z",
        None,
        "Rouen",
        100,
        110,
        200,
    ),
)
