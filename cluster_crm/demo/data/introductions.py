"""The demo cluster's introductions (mises en relation), objections and links between organisations.

An introduction's ``path`` lists the stages it went through after its proposal, each with the days
since the previous one: A accepted by both sides, I introduced, M meeting held, P in progress,
C concluded, X closed without result. ``at`` dates its last stage (days ago, or ``"q0:0.5"`` /
``"q1:0.3"`` within the current / previous quarter, as for needs); ``"I@26"`` dates the stage I
instead, the later stages following it (compressed if they would reach today).
"""

from __future__ import annotations

from typing import NamedTuple

from cluster_crm.demo.data.needs import CHU, CLEON, Anchor


class IntroductionSpec(NamedTuple):
    need: str | None  # a NeedSpec key; None: an introduction without a need
    sme: str
    path: str
    at: Anchor
    outcome: str | None = None  # for C: contract, partnership, other
    amount_eur: int | None = None
    reason: str | None = None  # for X: unreachable, not_for_us, declined, other
    notes: dict[str, str] | None = None  # stage letter → note of that change
    contracting: str = ""  # without a need: the contracting organisation
    contracting_contact: str = ""  # a job-title fragment; default: the need's contact, or the head
    sme_contact: str = ""  # default: the sales person if there is one, or the head
    note: str = ""


I = IntroductionSpec  # noqa: E741 - a short name keeps the table readable

INTRODUCTIONS: tuple[IntroductionSpec, ...] = (
    # car plant
    I(
        "cleon-cobots",
        "Robotique Industrielle Normande",
        "A8 I2 M15 P30 C75",
        250,
        "contract",
        185_000,
        notes={
            "M": "Visite de la ligne batteries avec le bureau des méthodes.",
            "C": "Commande de deux cellules cobotisées pour l'assemblage des modules.",
        },
    ),
    I(
        "cleon-cobots",
        "Seine Cobotique",
        "A12 I4 M20 X15",
        330,
        reason="not_for_us",
        notes={"X": "Cobots proposés trop légers pour les charges manipulées au poste."},
    ),
    I(
        "cleon-predictive",
        "Éole Data",
        "A8 I3 M18 P25",
        12,
        notes={"P": "Pilote sur deux centres d'usinage, capteurs posés."},
    ),
    I("cleon-predictive", "Capteurs et Mesures de Normandie", "A10 I3 M21", "q0:0.8"),
    I(
        "cleon-usinage",
        "Ateliers Mécaniques du Roumois",
        "A9 I3",
        "I@24",
        notes={"A": "Accord de la PME après la visite de son atelier par les méthodes."},
    ),
    I("cleon-usinage", "Usinage de l'Andelle", "", 6),
    I(
        None,
        "Logistique Portuaire Havraise",
        "A9 I2 M14 P21 C45",
        340,
        "other",
        contracting=CLEON,
        contracting_contact="maintenance",
        note="Stockage tampon de pièces de rechange ; rencontre aux Rencontres d'affaires.",
        notes={"C": "Essai logistique de trois mois, sans contrat cadre à ce stade."},
    ),
    I(
        None,
        "Formation Industrie Seine",
        "A6 I2 M12 C20",
        "I@q0:0.15",
        "partnership",
        contracting=CLEON,
        note="Apprentissage en maintenance industrielle.",
        contracting_contact="industriel",
        notes={"C": "Convention d'apprentissage : douze alternants par an en maintenance."},
    ),
    # university hospital (its data / AI need has no introduction: the animator starts from it)
    I(
        "chu-biomed",
        "Normandie Biomédical Services",
        "A14 I3 M25 P30 C90",
        190,
        "contract",
        96_000,
        notes={"C": "Marché de maintenance de trois ans pour les blocs opératoires."},
    ),
    I(
        "chu-interop",
        "E-Santé Normandie",
        "A12 I3 M20 P30",
        60,
        notes={"P": "Développement de deux premières interfaces FHIR engagé."},
    ),
    I(
        "chu-interop",
        "Cauchoise de Logiciels",
        "A8 I3 M15 X10",
        150,
        reason="not_for_us",
        notes={"X": "Pas de compétence HL7 dans l'équipe de la PME."},
    ),
    I("chu-instruments", "Impression 3D Médicale Normande", "A12", 30),
    I("chu-instruments", "Instruments Chirurgicaux de la Risle", "", 9),
    I(
        None,
        "Albâtre Cloud",
        "A12 I4 M15 X8",
        310,
        reason="not_for_us",
        contracting=CHU,
        note="Hébergement de données du CHU.",
        contracting_contact="achats",
        notes={"X": "Hébergement non certifié HDS."},
    ),
    # other contracting organisations
    I(
        "medisim-vr",
        "Simulation Santé 3D",
        "A14 I3 M20 P40 C60",
        95,
        "partnership",
        notes={"C": "Scénarios co-développés, licence partagée entre le centre et la PME."},
    ),
    I(
        "medisim-vr",
        "E-Santé Normandie",
        "A10 I3 M18 X12",
        240,
        reason="other",
        notes={"X": "Offre hors du budget du projet."},
    ),
    I(
        "aero-anodisation",
        "Traitements de Surface Seine-Aval",
        "X18",
        395,
        reason="declined",
        notes={"X": "La direction qualité refuse tout fournisseur sans agrément Nadcap."},
    ),
    I(
        "aero-anodisation",
        "Normandie Anodisation",
        "A9 I2 M18 P40 C110",
        215,
        "contract",
        240_000,
        notes={
            "P": "Audit qualité du donneur d'ordres réussi.",
            "C": "Contrat de deux ans pour l'anodisation des pièces de nacelles.",
        },
    ),
    I("aero-cnd", "Essais Matériaux du Madrillet", "A7 I2 M18 P25", 35),
    I(
        "raffinerie-arret",
        "Chaudronnerie Industrielle de Port-Jérôme",
        "A6 I2 M12 P25 C60",
        300,
        "contract",
        420_000,
        notes={"C": "Lot tuyauterie du grand arrêt attribué."},
    ),
    I(
        "raffinerie-arret",
        "Chaudronnerie du Cailly",
        "A10 I3 M14 P30 C50",
        "q1:0.2",
        "contract",
        135_000,
        notes={"C": "Réparation de deux appareils à pression pendant l'arrêt."},
    ),
    I("raffinerie-corrosion", "Instrumentation Seine-Estuaire", "A9 I3 M15", 55),
    I(
        None,
        "Campus Compétences Industrielles",
        "A8 I2",
        "I@60",
        contracting="Raffinerie de l'Estuaire – site de Port-Jérôme",
        contracting_contact="maintenance",
        note="Habilitations et CACES des intervenants de l'arrêt.",
    ),
    I("petrochimie-vibratoire", "Mainteco Évreux", "A9", "q0:0.7"),
    I(
        "verreries-decor",
        "Parachèvement Verrier de la Bresle",
        "A7 I2 M16 P20 C45",
        "q1:0.55",
        "contract",
        68_000,
    ),
    I(
        "verreries-decor",
        "Sérigraphie Flacons Normandie",
        "A10 I3 M20 C40",
        120,
        "other",
        notes={"C": "Série d'essais de sérigraphie réalisée ; référencement prévu l'an prochain."},
    ),
    I("pharma-metrologie", "Métrologie de l'Avre", "A10 I3", "I@26"),
    I(
        None,
        "Rollon Informatique",
        "A8 I2 M12 P15 C30",
        "I@q1:0.1",
        "contract",
        28_000,
        contracting="Laboratoires pharmaceutiques d'Évreux",
        note="Cybersécurité des automates de production.",
        contracting_contact="industriel",
        notes={"C": "Audit de cybersécurité des automates commandé."},
    ),
    I("cnpe-robinetterie", "Précimeca Seine", "A10 I3 M20 P30", 45),
    I("cnpe-robinetterie", "Mécanique Générale Cauchoise", "A8 I2 M25", 20),
    I(
        "cnpe-logistique",
        "Messagerie Express Normande",
        "A12 I4 X30",
        255,
        reason="other",
        notes={"X": "Besoin finalement repris en interne par la centrale."},
    ),
    I(
        "port-jumeau",
        "Seine Data Lab",
        "A10 I4 M25 P35 C70",
        140,
        "partnership",
        notes={"C": "Projet collaboratif déposé ensemble à l'appel à projets régional."},
    ),
    I(
        "port-jumeau",
        "Quantia Data Conseil",
        "A15 I3 M21 X10",
        260,
        reason="not_for_us",
        notes={"X": "Équipe trop réduite pour un projet de cette taille."},
    ),
    I("port-eau", "Traitement des Eaux Industrielles du Havre", "A12 I3", 50),
    I(
        None,
        "Hydrogène Seine Innovation",
        "X14",
        "q1:0.35",
        reason="declined",
        contracting="Autorité portuaire de l'estuaire de la Seine",
        note="Projet de station hydrogène portuaire.",
        contracting_contact="développement",
        notes={"X": "Proposition déclinée : le projet hydrogène est confié à un consortium national."},
    ),
    I(
        "ferroviaire-cablage",
        "Câblage Industriel de Bernay",
        "A12 I2 M20 P45 C80",
        175,
        "contract",
        310_000,
        notes={"C": "Commande des faisceaux des vingt premières rames."},
    ),
    I(
        "ferroviaire-cablage",
        "Électrotechnique du Pays d'Auge",
        "X35",
        380,
        reason="unreachable",
        notes={"X": "Aucune réponse de la PME après trois relances."},
    ),
    I("ferroviaire-peinture", "Thermi-Traitements Caennais", "A9 I3 M21 P30", 25),
    I(
        None,
        "Qualité Plus Normandie",
        "",
        3,
        contracting="Ateliers ferroviaires de Sotteville",
        contracting_contact="Directrice",
        note="Préparation de la certification ISO 14001 du site.",
    ),
    I("laitiere-nep", "Froid Industriel Normand", "A8 I2 M18 P20", "q0:0.4"),
    I(
        "laitiere-transport",
        "Transports Frigorifiques du Bessin",
        "A5 I2 M14 P20 C35",
        "q0:0.5",
        "contract",
        180_000,
        notes={"C": "Contrat de transport d'un an, reconductible."},
    ),
    I(
        "laitiere-transport",
        "Transports Seine-Eure",
        "A9 I3 M12 X20",
        150,
        reason="not_for_us",
        notes={"X": "Pas de tournées régulières dans le Bessin."},
    ),
    I(
        None,
        "Lean Conseil Normandie",
        "X30",
        "q0:0.6",
        reason="unreachable",
        contracting="Coopérative laitière du Bessin",
        note="Démarche lean sur les lignes de conditionnement.",
        contracting_contact="supply",
        notes={"X": "La coopérative n'a pas donné suite aux relances."},
    ),
    I("cosmetique-actifs", "Cosmétiques du Pays de Bray", "A12 I3 M25", 40),
    I(
        "logiparc-convoyage",
        "Machines Spéciales de la Vallée de Seine",
        "A10 I3 M15 X20",
        30,
        reason="other",
        notes={"X": "Délais de fabrication incompatibles avec l'ouverture du nouvel entrepôt."},
    ),
    I("logiparc-convoyage", "Robotique Industrielle Normande", "A6 I2", "I@10"),
    I("metropole-bornes", "Solaire Vallée de Seine", "A10 I3 M20", "q1:0.9"),
    I("metropole-bornes", "Électricité Industrielle Cauchoise", "A9", 20),
    I(
        "metropole-friche",
        "Recyclage Métaux Normandie",
        "A10 I3 M20 X40",
        205,
        reason="other",
        notes={"X": "Projet d'aménagement de la friche reporté par la collectivité."},
    ),
    I("vernon-inconel", "Usinage Aéro Vernonnais", "A6 I2 M10 P25 C55", 200, "contract", 95_000),
    I(
        "vernon-inconel",
        "Normandie Micro-Usinage",
        "A10 I2 M18 X14",
        270,
        reason="not_for_us",
        notes={"X": "Atelier trop éloigné pour les allers-retours d'essais."},
    ),
    I("vernon-additive", "Fabrication Additive Normande", "A10 I3 M20", 15),
    I(
        "naval-hydraulique",
        "Réparation Navale du Cotentin",
        "A7 I2 M12 P20 C40",
        "q1:0.8",
        "contract",
        72_000,
    ),
    I("havre-telesurveillance", "E-Santé Normandie", "", "q0:0.9"),
    I("eolien-moules", "Bocage Composites", "A10 I3 M25 P30", 70),
    I(
        None,
        "Géothermie Normande",
        "A11",
        8,
        contracting="Papeteries de Grand-Couronne",
        contracting_contact="R&D",
        note="Récupération de chaleur sur les eaux de process.",
    ),
    I("campus-cobot", "Seine Cobotique", "A5 I2 M15 C45", 110, "contract", 38_000),
    I("institut-imagerie", "Normandie IA Santé", "A7 I3", "I@80"),
)

# Who objected to being solicited: the first SME, and the first people (organisation, job-title
# fragment) with nothing planned with them since their last contact.
OBJECTING_SMES = ("Vision et Apprentissage Rouen", "Caux Analytics")
OBJECTING_CONTACTS = (
    ("Algorithmes de la Vatine", "commercial"),
    (CLEON, "HSE"),
    ("Transports Seine-Eure", "commercial"),
    ("Rollon Informatique", "Responsable"),
    ("Mainteco Évreux", "Responsable"),
)
OBJECTING_CONTACT_COUNT = 3


# What the animator logs along an introduction (str.format with {sme}, {le_cd} / {Le_cd} the
# contracting organisation with its article, {need} and {core} the SME's trade).
INTRODUCTION_EMAIL = "Mise en relation : {sme} et {le_cd}"
INTRODUCTION_EMAIL_NOTES = (
    "Courriel de mise en relation envoyé aux deux parties avec leurs coordonnées. Objet : {need}.",
    "Présentation croisée par courriel : {sme} ({core}) et {le_cd}. Objet : {need}.",
)
MEETING = "Rendez-vous de mise en relation : {sme} et {le_cd}"
MEETING_NOTES = (
    "{sme} a présenté ses savoir-faire ({core}) ; {le_cd} a détaillé son besoin : {need}.",
    "Bon échange technique, les interlocuteurs se sont accordés sur un calendrier.",
    "Visite de l'atelier prévue, une offre chiffrée sera remise sous trois semaines.",
    "Questions sur les capacités et les délais, auxquelles la PME a répondu précisément.",
)
OUTCOME_CALL = "Issue de la mise en relation : {sme} et {le_cd}"
NO_NEED = "une première présentation de leurs activités"
OUTCOME_NOTES = {
    "contract": "Contrat signé entre {le_cd} et {sme}.",
    "partnership": "Partenariat engagé entre {le_cd} et {sme}.",
    "other": "{Le_cd} et {sme} poursuivent sans contrat pour l'instant.",
}
