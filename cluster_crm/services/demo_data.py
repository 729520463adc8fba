"""Fixed tables of the demo cluster: fictional Normandy organisations, trades, towns, names."""

from __future__ import annotations

from typing import NamedTuple


class Contracting(NamedTuple):
    """A large organisation written out in full (BP and CEDEX included when it has them)."""

    name: str
    naf: str
    band: str
    building: str
    street: str
    locality: str
    postcode: str
    town: str
    cedex: str
    domain: str
    tags: tuple[str, ...]
    titles: str  # a key of TITLE_SETS
    since: int  # membership year; 0 = prospect, negative = former member since -since
    description: str
    capabilities: str


class Profile(NamedTuple):
    """A trade of SMEs: tags, capabilities (core + a pool to draw from), descriptions, titles."""

    tags: tuple[str, ...]
    extra_tags: tuple[str, ...]
    core: str
    pool: str
    descriptions: tuple[str, ...]
    titles: tuple[tuple[str, str], ...]


# Gendered job titles: (masculine, feminine).
Title = tuple[str, str]

CONTRACTING = (
    Contracting(
        "Usine automobile de Cléon", "29.10Z", "51", "", "Route des Essarts", "BP 105", "76410",
        "Cléon", "CEDEX", "usine-auto-cleon.fr", ("Automobile", "Usinage", "Énergie"), "industry",
        2012, "Site de production de moteurs et de chaînes de traction électriques du groupe, l'un "
        "des premiers employeurs industriels de la Seine-Maritime.",
        "moteurs électriques, boîtes de vitesses, fonderie aluminium, usinage de carters, "
        "assemblage de batteries",
    ),
    Contracting(
        "Centre hospitalier universitaire de Rouen", "86.10Z", "53", "Hôpital Charles-Nicolle",
        "1 rue des Hospitaliers", "", "76000", "Rouen", "CEDEX 1", "chu-rouen-normandie.fr",
        ("Santé", "Formation"), "hospital", 2013,
        "Premier employeur de Normandie, le CHU réunit cinq hôpitaux et une activité de recherche "
        "clinique reconnue.",
        "soins, recherche clinique, ingénierie biomédicale, achats hospitaliers, santé numérique",
    ),
    Contracting(
        "Centre de simulation médicale Medisim Normandie", "85.59A", "41",
        "Pôle Santé Martainville", "22 boulevard Gambetta", "", "76000", "Rouen", "",
        "medisim-normandie.fr",
        ("Santé", "Formation", "Numérique"), "training", 2016,
        "Centre de formation par la simulation des professionnels de santé de Normandie : "
        "mannequins haute fidélité, réalité virtuelle et salles de débriefing.",
        "simulation haute fidélité, réalité virtuelle, formation des soignants, "
        "mannequins connectés",
    ),
    Contracting(
        "Normandie Aérostructures", "30.30Z", "42", "Zone industrielle portuaire",
        "Route de l'Estuaire", "BP 48", "76700", "Gonfreville-l'Orcher", "CEDEX",
        "normandie-aerostructures.fr", ("Aéronautique", "Usinage", "Plasturgie"), "industry", 2012,
        "Conception et fabrication de nacelles et d'inverseurs de poussée pour avions commerciaux.",
        "pièces composites, usinage de grande dimension, assemblage de nacelles, essais",
    ),
    Contracting(
        "Raffinerie de l'Estuaire – site de Port-Jérôme", "19.20Z", "42", "",
        "Avenue de la Raffinerie", "BP 28", "76330", "Port-Jérôme-sur-Seine", "CEDEX",
        "raffinerie-estuaire.fr",
        ("Énergie", "Chimie", "Maintenance"), "industry", 2014,
        "Raffinerie et complexe pétrochimique de la vallée de Seine, engagé dans la production de "
        "carburants bas carbone.",
        "raffinage, lubrifiants, arrêts techniques, maintenance lourde, hydrogène bas carbone",
    ),
    Contracting(
        "Pétrochimie de Lillebonne", "20.16Z", "41", "Plateforme chimique", "Rue de l'Usine", "",
        "76170", "Lillebonne", "", "petrochimie-lillebonne.fr", ("Chimie", "Plasturgie"),
        "industry", 2015, "Production de polymères et de matières plastiques de base pour "
        "l'emballage et l'automobile.",
        "polyéthylène, polypropylène, procédés continus, sécurité des procédés",
    ),
    Contracting(
        "Verreries de la Vallée de la Bresle", "23.13Z", "41", "", "45 route de Monchaux", "",
        "76340", "Blangy-sur-Bresle", "", "verreries-bresle.fr", ("Verre", "Cosmétique"),
        "industry", 2017, "Verrerie spécialisée dans le flaconnage de luxe pour la parfumerie et "
        "la cosmétique, héritière d'une tradition de plusieurs siècles.",
        "verre creux, flaconnage, parachèvement, décoration, moules",
    ),
    Contracting(
        "Laboratoires pharmaceutiques d'Évreux", "21.20Z", "42", "Parc d'activités du Long Buisson",
        "8 rue du Professeur Calmette", "BP 70", "27000", "Évreux", "CEDEX",
        "labo-pharma-evreux.fr", ("Santé", "Chimie"), "industry", 2013,
        "Site de production de médicaments sous forme sèche et liquide, distribués dans plus de "
        "quatre-vingts pays.",
        "formes sèches, conditionnement pharmaceutique, salles propres, "
        "qualification d'équipements",
    ),
    Contracting(
        "Centre nucléaire de production d'électricité de la Côte d'Albâtre", "35.11Z", "41", "",
        "Route de la Centrale", "BP 48", "76450", "Paluel", "CEDEX", "cnpe-cote-albatre.fr",
        ("Énergie", "Maintenance"), "industry", 2014,
        "Centrale de quatre réacteurs produisant une part importante de l'électricité régionale.",
        "maintenance nucléaire, arrêts de tranche, robinetterie, radioprotection, logistique",
    ),
    Contracting(
        "Autorité portuaire de l'estuaire de la Seine", "52.22Z", "42", "Terre-plein de la Barre",
        "Quai Colbert", "BP 1413", "76600", "Le Havre", "CEDEX", "port-estuaire-seine.fr",
        ("Logistique", "Environnement"), "public", 2012,
        "Établissement public qui aménage et exploite les terminaux portuaires de l'estuaire.",
        "infrastructures portuaires, dragage, logistique multimodale, transition énergétique",
    ),
    Contracting(
        "Ateliers ferroviaires de Sotteville", "30.20Z", "41", "", "Rue de la Rotonde", "", "76300",
        "Sotteville-lès-Rouen", "", "ateliers-ferroviaires-sotteville.fr",
        ("Automobile", "Maintenance", "Usinage"), "industry", 2018,
        "Rénovation et maintenance de matériel roulant ferroviaire, de la voiture voyageurs à la "
        "locomotive.",
        "maintenance ferroviaire, bogies, chaudronnerie, câblage, peinture",
    ),
    Contracting(
        "Coopérative laitière du Bessin", "10.51C", "42", "", "Rue du Docteur Boutrois", "",
        "14400", "Bayeux", "", "cooperative-bessin.fr", ("Agroalimentaire",), "industry", 2016,
        "Coopérative de producteurs laitiers qui transforme le lait normand en beurre, crème et "
        "fromages d'appellation.",
        "transformation laitière, emballage, froid industriel, traçabilité",
    ),
    Contracting(
        "Parfums et Cosmétiques de Normandie", "20.42Z", "41", "", "Chemin des Fontaines", "",
        "27340", "Pont-de-l'Arche", "", "parfums-cosmetiques-normandie.fr",
        ("Cosmétique", "Chimie"), "industry", 2019,
        "Fabrication et conditionnement de parfums, de soins et de maquillage pour des maisons "
        "de luxe.",
        "formulation, remplissage, conditionnement, contrôle qualité",
    ),
    Contracting(
        "Logiparc Vallée de Seine", "52.10B", "41", "Zone d'activités du Bosc Hêtrel",
        "Rue des Entrepôts", "", "27340", "Criquebeuf-sur-Seine", "", "logiparc-vallee-seine.fr",
        ("Logistique",), "industry", 2020,
        "Plateforme logistique multi-clients de 120 000 m² reliée au fleuve et à l'autoroute A13.",
        "entreposage, préparation de commandes, transport fluvial, automatisation d'entrepôt",
    ),
    Contracting(
        "Communauté métropolitaine Rouen Seine", "84.11Z", "51", "Immeuble Le 108",
        "108 allée François Mitterrand", "CS 50589", "76100", "Rouen", "CEDEX",
        "metropole-rouen-seine.fr", ("Environnement", "Numérique", "BTP"), "public", 2012,
        "Collectivité de 71 communes, compétente en développement économique, mobilité, eau "
        "et transition écologique.",
        "commande publique, mobilités, réseaux d'eau, développement économique",
    ),
    Contracting(
        "Propulsion spatiale de Vernon", "30.30Z", "42", "", "Forêt de Vernon", "BP 802", "27200",
        "Vernon", "CEDEX", "propulsion-spatiale-vernon.fr", ("Aéronautique", "Usinage", "Énergie"),
        "industry", 2013, "Conception et essais de moteurs-fusées à ergols liquides pour les "
        "lanceurs européens.",
        "moteurs-fusées, bancs d'essais, usinage de précision, soudage, hydrogène",
    ),
    Contracting(
        "Constructions navales du Cotentin", "30.11Z", "42", "", "Rue de l'Arsenal", "BP 140",
        "50100", "Cherbourg-en-Cotentin", "CEDEX", "constructions-navales-cotentin.fr",
        ("Énergie", "Usinage", "Maintenance"), "industry", 2021,
        "Construction et maintien en condition opérationnelle de navires de haute technologie.",
        "construction navale, chaudronnerie, intégration de systèmes, maintenance",
    ),
    Contracting(
        "Centre hospitalier de l'agglomération havraise", "86.10Z", "52", "",
        "29 avenue Pierre Mendès France", "BP 24", "76290", "Montivilliers", "CEDEX",
        "ch-agglo-havraise.fr", ("Santé",), "hospital", -2015,
        "Groupe hospitalier public de l'estuaire : médecine, chirurgie, obstétrique et "
        "psychiatrie.",
        "soins, achats hospitaliers, ingénierie biomédicale, logistique hospitalière",
    ),
    Contracting(
        "Pales éoliennes du Cotentin", "28.11Z", "41", "Zone portuaire des Mielles",
        "Rue du Port", "", "50100", "Cherbourg-en-Cotentin", "", "pales-eoliennes-cotentin.fr",
        ("Énergie", "Plasturgie"), "industry", 0,
        "Usine de pales d'éoliennes en mer de plus de cent mètres, en matériaux composites.",
        "composites grande dimension, infusion de résine, contrôle non destructif",
    ),
    Contracting(
        "Papeteries de Grand-Couronne", "17.12Z", "41", "", "Route du Halage", "", "76530",
        "Grand-Couronne", "", "papeteries-grand-couronne.fr", ("Environnement", "Maintenance"),
        "industry", 2018, "Production de papier et de carton à partir de fibres recyclées.",
        "papier recyclé, chaudières biomasse, maintenance de machines à papier",
    ),
)

# kind, name, NAF, band, building, street, postcode, town, domain, tags, titles, since
INSTITUTIONS = (
    ("institution", "CCI Vallée de Seine Normandie", "94.11Z", "32", "", "10 quai de la Bourse",
     "76000", "Rouen", "cci-vallee-seine.fr", ("Conseil", "Formation"), "institution", 0),
    ("institution", "Agence normande de développement économique", "84.13Z", "21",
     "Immeuble Les Docks", "2 place Jean Nouzille", "14000", "Caen", "agence-normande-eco.fr",
     ("Conseil",), "institution", 0),
    ("institution", "Laboratoire de mécanique et matériaux de Normandie", "72.19Z", "21",
     "Technopôle du Madrillet", "Avenue de l'Université", "76800", "Saint-Étienne-du-Rouvray",
     "lmm-normandie.fr", ("Usinage", "Formation"), "lab", 2014),
    ("institution", "Institut universitaire de santé numérique de Rouen", "85.42Z", "12", "",
     "22 boulevard Gambetta", "76000", "Rouen", "iusn-rouen.fr",
     ("Santé", "Data / IA", "Formation"), "lab", 2019),
    ("institution", "Espace Emploi Industrie Rouen-Elbeuf", "78.10Z", "11", "",
     "14 rue Jean Jaurès", "76500", "Elbeuf", "emploi-industrie-rouen-elbeuf.fr", ("Formation",),
     "institution", 0),
    ("institution", "Campus des métiers de l'industrie du futur", "85.59A", "12",
     "Lycée technique Colbert", "Rue Raymond Poincaré", "76130", "Mont-Saint-Aignan",
     "campus-industrie-futur.fr", ("Formation", "Robotique"), "institution", 2020),
    ("partner", "Banque coopérative de Normandie", "64.19Z", "22", "Centre d'affaires entreprises",
     "25 rue Jeanne d'Arc", "76000", "Rouen", "banque-coop-normandie.fr", ("Conseil",), "bank",
     2015),
    ("partner", "Pôle de compétitivité Mobilités et Industrie Normandie", "94.99Z", "11",
     "Seine Innopolis", "72 rue de la République", "76140", "Petit-Quevilly",
     "pole-mobilites-industrie.fr", ("Automobile", "Aéronautique", "Conseil"), "cluster", 2012),
    ("partner", "Incubateur Seine Innovation", "70.22Z", "03", "", "9 rue Jacques Monod", "76130",
     "Mont-Saint-Aignan", "incubateur-seine-innovation.fr", ("Numérique", "Conseil"), "cluster",
     2017),
    ("other", "Association des industriels de la vallée de Seine", "94.11Z", "02", "",
     "5 rue du Général Leclerc", "76300", "Sotteville-lès-Rouen", "industriels-vallee-seine.fr",
     ("Conseil",), "association", 2013),
    ("other", "Réseau normand des entreprises du numérique", "94.99Z", "01", "Les Docks Vauban",
     "Quai Frissard", "76600", "Le Havre", "reseau-normand-numerique.fr", ("Numérique",),
     "association", 2016),
)

PROFILES = {
    "usinage": Profile(
        ("Usinage",), ("Aéronautique", "Automobile", "Énergie", "Santé"), "usinage de précision",
        "fraisage 5 axes, tournage CN, petites séries, prototypes, rectification, contrôle "
        "tridimensionnel, pièces en titane et inconel, électroérosion, certification EN 9100",
        ("Atelier d'usinage de précision installé à {town} depuis {year}, au service de "
         "l'aéronautique et de l'énergie.",
         "Sous-traitant en mécanique de précision créé en {year} : pièces unitaires et petites "
         "séries pour les donneurs d'ordres normands.",
         "Entreprise familiale d'usinage fondée en {year}, parc de machines 5 axes renouvelé.",),
        (("Responsable d'atelier", "Responsable d'atelier"),
         ("Programmeur CN", "Programmeuse CN"))),
    "decolletage": Profile(
        ("Usinage",), ("Automobile", "Électronique"), "décolletage de précision",
        "tournage multibroche, grandes séries, pièces de révolution, laiton et inox, usinage de "
        "précision, reprise d'usinage",
        ("Décolleteur fondé en {year} à {town}, spécialiste des pièces de révolution en grandes "
         "séries.",),
        (("Régleur décolleteur", "Régleuse décolleteuse"),
         ("Responsable de production", "Responsable de production"))),
    "chaudronnerie": Profile(
        ("Maintenance",), ("Énergie", "Chimie", "BTP"), "chaudronnerie industrielle",
        "tuyauterie, soudure TIG et MIG, mécano-soudure, découpe laser, pliage, montage sur site, "
        "appareils à pression",
        ("Chaudronnerie et tuyauterie industrielles pour les sites chimiques et énergétiques de "
         "l'estuaire, depuis {year}.",
         "Atelier de métallerie et de chaudronnerie créé en {year} à {town}.",),
        (("Chef d'atelier", "Cheffe d'atelier"), ("Chargé d'affaires", "Chargée d'affaires"))),
    "traitement": Profile(
        ("Chimie",), ("Aéronautique", "Automobile"), "traitement de surface",
        "anodisation, traitement thermique, peinture poudre, cataphorèse, passivation, "
        "revêtements techniques",
        ("Traitements de surface et thermiques des métaux pour l'industrie, à {town} depuis "
         "{year}.",),
        (("Responsable de ligne", "Responsable de ligne"),)),
    "machines": Profile(
        ("Robotique",), ("Automobile", "Agroalimentaire", "Usinage"), "machines spéciales",
        "conception mécanique, automatisation de lignes, intégration robotique, convoyage, "
        "rétrofit de machines, mise en service",
        ("Bureau d'études et atelier de machines spéciales fondé en {year} : de l'idée à la mise "
         "en service sur site.",
         "Concepteur de lignes automatisées et de postes de travail sur mesure installé "
         "à {town}.",),
        (("Responsable bureau d'études", "Responsable bureau d'études"),)),
    "robotique": Profile(
        ("Robotique",), ("Automobile", "Électronique", "Data / IA"), "robotique industrielle",
        "robotique collaborative, cobots, vision industrielle, automates programmables, "
        "supervision, cellules de soudage robotisées",
        ("Intégrateur de robots et de solutions d'automatisme créé en {year} à {town}.",
         "PME spécialisée dans la robotique collaborative et la vision industrielle.",),
        (("Automaticien", "Automaticienne"), ("Ingénieur roboticien", "Ingénieure roboticienne"))),
    "maintenance": Profile(
        ("Maintenance",), ("Énergie", "Chimie", "Automobile"), "maintenance industrielle",
        "dépannage mécanique, maintenance préventive, révision de réducteurs, hydraulique, "
        "alignement laser, analyse vibratoire, arrêts techniques",
        ("Maintenance industrielle et dépannage 24 h/24 pour les usines de la vallée de Seine "
         "depuis {year}.",
         "Société de services en maintenance mécanique et électrique fondée à {town} en {year}.",),
        (("Responsable d'intervention", "Responsable d'intervention"),
         ("Technicien de maintenance", "Technicienne de maintenance"))),
    "electronique": Profile(
        ("Électronique",), ("Aéronautique", "Santé", "Énergie"), "électronique industrielle",
        "conception de cartes électroniques, câblage, tests et validation, petites séries, "
        "systèmes embarqués, CEM",
        ("Conception et fabrication de cartes et de sous-ensembles électroniques depuis {year}.",
         "Sous-traitant en électronique installé à {town}, de la conception au câblage.",),
        (("Ingénieur électronicien", "Ingénieure électronicienne"),)),
    "instrumentation": Profile(
        ("Électronique",), ("Énergie", "Environnement", "Chimie"), "instrumentation et capteurs",
        "capteurs industriels, métrologie, acquisition de données, objets connectés, étalonnage",
        ("Fabricant de capteurs et d'instruments de mesure pour l'industrie, fondé en {year}.",),
        (("Responsable métrologie", "Responsable métrologie"),)),
    "logiciel": Profile(
        ("Numérique",), ("Santé", "Logistique", "Automobile"), "développement logiciel sur mesure",
        "applications web et mobiles, logiciels métier, MES, intégration d'ERP, API, maintenance "
        "applicative, méthodes agiles",
        ("Éditeur et intégrateur de logiciels métier créé en {year} à {town}.",
         "Entreprise de services numériques spécialisée dans les applications industrielles.",),
        (("Directeur technique", "Directrice technique"),
         ("Chef de projet informatique", "Cheffe de projet informatique"))),
    "infogerance": Profile(
        ("Numérique",), ("Conseil",), "conseil en systèmes d'information",
        "cybersécurité, infogérance, hébergement, cloud, réseaux industriels, audit de sécurité",
        ("Conseil et services informatiques pour les PME et les sites industriels normands depuis "
         "{year}.",),
        (("Ingénieur systèmes et réseaux", "Ingénieure systèmes et réseaux"),)),
    "data": Profile(
        ("Data / IA", "Numérique"), ("Santé", "Énergie", "Logistique", "Conseil"),
        "intelligence artificielle, data science",
        "apprentissage automatique, vision par ordinateur, maintenance prédictive, traitement du "
        "langage naturel, tableaux de bord, entrepôts de données, optimisation",
        ("Start-up fondée en {year} qui met l'intelligence artificielle au service de l'industrie "
         "normande.",
         "Cabinet de data science installé à {town} : données de production, prévision et modèles "
         "d'apprentissage.",),
        (("Data scientist", "Data scientist"),
         ("Ingénieur en apprentissage automatique", "Ingénieure en apprentissage automatique"))),
    "ingenierie": Profile(
        ("Conseil",), ("Aéronautique", "Énergie", "Chimie"), "ingénierie mécanique",
        "bureau d'études, calcul de structures, conception 3D, simulation numérique, dossiers "
        "techniques, ingénierie de process",
        ("Bureau d'ingénierie pluridisciplinaire créé en {year} à {town}.",
         "Ingénierie et études techniques pour les grands sites industriels de la région.",),
        (("Ingénieur d'études", "Ingénieure d'études"), ("Projeteur", "Projeteuse"))),
    "essais": Profile(
        ("Conseil",), ("Aéronautique", "Énergie", "Environnement"), "essais et contrôles",
        "contrôle non destructif, essais mécaniques, métrologie, analyses de laboratoire, "
        "expertise de défaillance",
        ("Laboratoire d'essais et de contrôle accrédité, à {town} depuis {year}.",),
        (("Responsable laboratoire", "Responsable laboratoire"),)),
    "recherche": Profile(
        ("Énergie",), ("Chimie", "Environnement"), "recherche et développement",
        "hydrogène, électrolyse, prototypage, recherche sous contrat, bancs d'essais",
        ("Jeune entreprise innovante issue des laboratoires normands, créée en {year}.",),
        (("Ingénieur de recherche", "Ingénieure de recherche"),)),
    "plasturgie": Profile(
        ("Plasturgie",), ("Automobile", "Santé", "Cosmétique"), "injection plastique",
        "surmoulage, pièces techniques, outillages, bi-injection, thermoformage, conception de "
        "moules",
        ("Plasturgiste fondé en {year} : pièces techniques injectées pour l'automobile et la "
         "santé.",
         "Transformateur de matières plastiques installé à {town}.",),
        (("Responsable injection", "Responsable injection"),)),
    "composites": Profile(
        ("Plasturgie",), ("Aéronautique", "Énergie", "Automobile"), "matériaux composites",
        "infusion, drapage carbone, fibre de verre, moules composites, réparation composite",
        ("Fabricant de pièces en matériaux composites pour le nautisme et l'aéronautique, depuis "
         "{year}.",),
        (("Responsable composites", "Responsable composites"),)),
    "chimie": Profile(
        ("Chimie",), ("Cosmétique", "Environnement", "Énergie"), "formulation chimique",
        "lubrifiants, peintures, produits de nettoyage industriel, analyses, petites séries, "
        "conditionnement",
        ("Formulateur et fabricant de spécialités chimiques fondé à {town} en {year}.",),
        (("Responsable formulation", "Responsable formulation"),)),
    "cosmetique": Profile(
        ("Cosmétique",), ("Chimie", "Agroalimentaire"), "formulation cosmétique",
        "sous-traitance cosmétique, conditionnement, huiles essentielles, actifs naturels, "
        "contrôle qualité",
        ("Laboratoire de formulation et de fabrication cosmétique créé en {year}.",),
        (("Responsable formulation", "Responsable formulation"),)),
    "verre": Profile(
        ("Verre",), ("Cosmétique",), "parachèvement du verre",
        "décoration de flacons, sérigraphie sur verre, laquage, tampographie, contrôle visuel",
        ("Spécialiste de la décoration de flacons pour la parfumerie, dans la vallée de la Bresle "
         "depuis {year}.",),
        (("Responsable décoration", "Responsable décoration"),)),
    "medtech": Profile(
        ("Santé",), ("Plasturgie", "Usinage"), "dispositifs médicaux",
        "instruments chirurgicaux, orthèses sur mesure, fabrication additive, marquage CE, salle "
        "blanche",
        ("Fabricant de dispositifs médicaux implanté à {town} depuis {year}.",),
        (("Responsable affaires réglementaires", "Responsable affaires réglementaires"),)),
    "esante": Profile(
        ("Santé", "Numérique"), ("Data / IA", "Formation"), "logiciels de santé",
        "télémédecine, dossier patient, interopérabilité, simulation numérique, réalité virtuelle",
        ("Éditeur de solutions numériques pour les établissements de santé, fondé en {year}.",),
        (("Chef de produit", "Cheffe de produit"),)),
    "biomedical": Profile(
        ("Santé", "Maintenance"), ("Électronique",), "maintenance biomédicale",
        "maintenance d'équipements médicaux, contrôle qualité, métrologie, formation des "
        "utilisateurs",
        ("Maintenance et contrôle des équipements biomédicaux des hôpitaux et cliniques depuis "
         "{year}.",),
        (("Technicien biomédical", "Technicienne biomédicale"),)),
    "agro": Profile(
        ("Agroalimentaire",), ("Logistique", "Environnement"), "agroalimentaire",
        "transformation, conditionnement, froid, traçabilité, circuits courts, produits du "
        "terroir normand",
        ("Entreprise agroalimentaire de {town}, fondée en {year}, qui valorise les produits "
         "normands.",),
        (("Responsable qualité", "Responsable qualité"),)),
    "equipement_agro": Profile(
        ("Agroalimentaire",), ("Usinage", "Maintenance", "Robotique"),
        "équipements agroalimentaires",
        "inox alimentaire, froid industriel, lignes de conditionnement, nettoyage en place",
        ("Constructeur d'équipements pour l'industrie agroalimentaire créé en {year}.",),
        (("Chargé d'affaires", "Chargée d'affaires"),)),
    "transport": Profile(
        ("Logistique",), ("Agroalimentaire", "Chimie"), "transport routier",
        "transport de marchandises, messagerie, transport frigorifique, matières dangereuses, "
        "transport exceptionnel",
        ("Transporteur régional fondé en {year} à {town}.",),
        (("Responsable d'exploitation", "Responsable d'exploitation"),)),
    "logistique": Profile(
        ("Logistique",), ("Agroalimentaire", "Automobile", "Numérique"), "logistique industrielle",
        "entreposage, préparation de commandes, manutention portuaire, commission de transport, "
        "douane, logistique inverse",
        ("Prestataire logistique de la vallée de Seine, fondé en {year}.",),
        (("Responsable logistique", "Responsable logistique"),)),
    "electricite": Profile(
        ("BTP", "Énergie"), ("Maintenance",), "installations électriques",
        "courants forts et faibles, bornes de recharge, photovoltaïque, armoires électriques, "
        "éclairage industriel",
        ("Entreprise d'électricité industrielle et tertiaire installée à {town} depuis {year}.",),
        (("Chef de chantier", "Cheffe de chantier"), ("Chargé d'affaires", "Chargée d'affaires"))),
    "environnement": Profile(
        ("Environnement",), ("Chimie", "Énergie", "BTP"), "environnement industriel",
        "dépollution des sols, traitement des eaux, recyclage des métaux, déchets industriels, "
        "analyses environnementales, géothermie",
        ("Services environnementaux aux industriels de l'estuaire depuis {year}.",
         "PME de {town} engagée dans le recyclage et la valorisation des déchets industriels.",),
        (("Responsable environnement", "Responsable environnement"),)),
    "conseil": Profile(
        ("Conseil",), ("Formation", "Numérique"), "conseil en organisation",
        "lean management, amélioration continue, qualité ISO 9001 et EN 9100, export, "
        "accompagnement RSE, ergonomie",
        ("Cabinet de conseil aux PME industrielles créé à {town} en {year}.",),
        (("Consultant", "Consultante"),)),
    "design": Profile(
        ("Conseil",), ("Plasturgie", "Santé"), "design industriel",
        "éco-conception, ergonomie, prototypage rapide, design produit, identité visuelle",
        ("Agence de design industriel fondée en {year}, de l'esquisse au prototype.",),
        (("Designer produit", "Designer produit"),)),
    "formation": Profile(
        ("Formation",), ("Maintenance", "Robotique", "Santé"), "formation professionnelle",
        "habilitations électriques, CACES, sécurité industrielle, soudage, apprentissage, "
        "formation continue",
        ("Organisme de formation aux métiers de l'industrie, à {town} depuis {year}.",),
        (("Responsable pédagogique", "Responsable pédagogique"), ("Formateur", "Formatrice"))),
    "additive": Profile(
        ("Usinage",), ("Aéronautique", "Santé"), "fabrication additive",
        "impression 3D métal, fusion laser, prototypage rapide, usinage de précision, "
        "post-traitement",
        ("Spécialiste de la fabrication additive métal et polymère créé en {year}.",),
        (("Ingénieur fabrication additive", "Ingénieure fabrication additive"),)),
    "textile": Profile(
        ("Plasturgie",), ("Santé", "Automobile"), "textiles techniques",
        "tissage, enduction, textiles médicaux, filtration, confection technique",
        ("Héritière de la tradition textile de l'Eure, l'entreprise fabrique depuis {year} des "
         "textiles techniques.",),
        (("Responsable production", "Responsable production"),)),
}

# name, profile, NAF code, town (a key of TOWNS)
SMES = (
    ("Usinage Précision Normand", "usinage", "25.62B", "Elbeuf"),
    ("Mécanique de la Risle", "usinage", "25.62B", "Pont-Audemer"),
    ("Ateliers Mécaniques du Roumois", "usinage", "25.62B", "Bourg-Achard"),
    ("Précimeca Seine", "usinage", "25.62B", "Saint-Étienne-du-Rouvray"),
    ("Usinage de l'Andelle", "usinage", "25.62B", "Romilly-sur-Andelle"),
    ("Tournage Fraisage du Bray", "usinage", "25.62B", "Gournay-en-Bray"),
    ("Cotentin Usinage Industrie", "usinage", "25.62B", "Cherbourg-en-Cotentin"),
    ("Mécanique Générale Cauchoise", "usinage", "25.62B", "Yvetot"),
    ("Normandie Micro-Usinage", "usinage", "25.62B", "Alençon"),
    ("Atelier Mécanique de la Vire", "usinage", "25.62B", "Vire Normandie"),
    ("Usinage Aéro Vernonnais", "usinage", "25.62B", "Vernon"),
    ("Mécanique de Précision de l'Iton", "usinage", "25.62B", "Évreux"),
    ("Rectif'Estuaire", "usinage", "25.62B", "Harfleur"),
    ("Décolletage de la Bresle", "decolletage", "25.62A", "Eu"),
    ("Décolletage de l'Epte", "decolletage", "25.62A", "Gisors"),
    ("Chaudronnerie Industrielle de Port-Jérôme", "chaudronnerie", "25.29Z", "Lillebonne"),
    ("Soudure et Structures du Havre", "chaudronnerie", "25.11Z", "Le Havre"),
    ("Tôlerie Fine de l'Eure", "chaudronnerie", "25.11Z", "Val-de-Reuil"),
    ("Métallerie Dieppoise", "chaudronnerie", "25.11Z", "Dieppe"),
    ("Chaudronnerie du Cailly", "chaudronnerie", "33.11Z", "Déville-lès-Rouen"),
    ("Traitements de Surface Seine-Aval", "traitement", "25.61Z", "Le Trait"),
    ("Normandie Anodisation", "traitement", "25.61Z", "Louviers"),
    ("Thermi-Traitements Caennais", "traitement", "25.61Z", "Colombelles"),
    ("Caux Automatismes", "robotique", "33.20C", "Bolbec"),
    ("Robotique Industrielle Normande", "robotique", "28.99B", "Saint-Étienne-du-Rouvray"),
    ("Machines Spéciales de la Vallée de Seine", "machines", "28.99B", "Oissel"),
    ("Seine Cobotique", "robotique", "33.20C", "Petit-Quevilly"),
    ("Automation Bocage", "robotique", "33.20C", "Flers"),
    ("Vision Industrielle Normandie", "robotique", "26.51B", "Caen"),
    ("Intégration Robot Cotentin", "robotique", "33.20C", "Saint-Lô"),
    ("Atelier d'Automatisme du Lieuvin", "machines", "28.99B", "Bernay"),
    ("Normandie Convoyage", "machines", "28.22Z", "Barentin"),
    ("Maintenance Industrielle de l'Estuaire", "maintenance", "33.12Z", "Gonfreville-l'Orcher"),
    ("Seine Maintenance Services", "maintenance", "33.12Z", "Grand-Quevilly"),
    ("Normandie Bobinage", "maintenance", "33.14Z", "Sotteville-lès-Rouen"),
    ("Hydraulique Service Caux", "maintenance", "33.12Z", "Fécamp"),
    ("Maintenance Ferroviaire Normande", "maintenance", "33.17Z", "Sotteville-lès-Rouen"),
    ("Réparation Navale du Cotentin", "maintenance", "33.15Z", "Cherbourg-en-Cotentin"),
    ("Mainteco Évreux", "maintenance", "33.12Z", "Évreux"),
    ("Électronique de la Vallée de l'Eure", "electronique", "26.12Z", "Val-de-Reuil"),
    ("Capteurs et Mesures de Normandie", "instrumentation", "26.51B", "Hérouville-Saint-Clair"),
    ("Cartes Électroniques du Vexin", "electronique", "26.12Z", "Gisors"),
    ("Instrumentation Seine-Estuaire", "instrumentation", "26.51B", "Le Havre"),
    ("Normandie Hyperfréquences", "electronique", "26.11Z", "Caen"),
    ("Câblage Industriel de Bernay", "electronique", "27.33Z", "Bernay"),
    ("Optronique Cherbourgeoise", "electronique", "26.70Z", "Cherbourg-en-Cotentin"),
    ("Électrotechnique du Pays d'Auge", "electronique", "27.12Z", "Lisieux"),
    ("Seine Data Lab", "data", "62.01Z", "Rouen"),
    ("Atelier Numérique du Vexin", "logiciel", "62.01Z", "Les Andelys"),
    ("Rollon Informatique", "infogerance", "62.02A", "Rouen"),
    ("Cauchoise de Logiciels", "logiciel", "62.01Z", "Yvetot"),
    ("Cybersécurité Normande", "infogerance", "62.02A", "Hérouville-Saint-Clair"),
    ("Estuaire Digital", "logiciel", "62.01Z", "Le Havre"),
    ("Viking Développement", "logiciel", "62.01Z", "Mont-Saint-Aignan"),
    ("Neustrie Systèmes d'Information", "infogerance", "62.02A", "Bois-Guillaume"),
    ("Bray Web Services", "infogerance", "63.11Z", "Neufchâtel-en-Bray"),
    ("Albâtre Cloud", "infogerance", "63.11Z", "Fécamp"),
    ("Cotentin Numérique", "infogerance", "62.02A", "Cherbourg-en-Cotentin"),
    ("MES Industrie Normandie", "logiciel", "62.01Z", "Sotteville-lès-Rouen"),
    ("Logiciels Métiers de l'Eure", "logiciel", "62.01Z", "Évreux"),
    ("Pixel Normand", "logiciel", "62.01Z", "Caen"),
    ("Neuronique Normandie", "data", "72.19Z", "Mont-Saint-Aignan"),
    ("Caux Analytics", "data", "62.02A", "Le Havre"),
    ("Algorithmes de la Vatine", "data", "62.01Z", "Mont-Saint-Aignan"),
    ("Prédictif Industrie", "data", "62.01Z", "Caen"),
    ("Vision et Apprentissage Rouen", "data", "72.19Z", "Rouen"),
    ("Normandie IA Santé", "data", "62.01Z", "Rouen"),
    ("Quantia Data Conseil", "data", "62.02A", "Évreux"),
    ("Éole Data", "data", "62.01Z", "Fécamp"),
    ("Bureau d'Études Mécaniques de Seine", "ingenierie", "71.12B", "Rouen"),
    ("Ingénierie Process Estuaire", "ingenierie", "71.12B", "Le Havre"),
    ("Calcul et Structures Normandie", "ingenierie", "71.12B", "Caen"),
    ("Essais Matériaux du Madrillet", "essais", "71.20B", "Saint-Étienne-du-Rouvray"),
    ("Contrôle Non Destructif Normand", "essais", "71.20B", "Grand-Quevilly"),
    ("Hydrogène Seine Innovation", "recherche", "72.19Z", "Petit-Quevilly"),
    ("Métrologie de l'Avre", "essais", "71.20B", "Verneuil d'Avre et d'Iton"),
    ("Ingénierie Nucléaire du Cotentin", "ingenierie", "71.12B", "Cherbourg-en-Cotentin"),
    ("Hydroliennes Ingénierie Normandie", "recherche", "71.12B", "Granville"),
    ("Bocage Composites", "composites", "22.29A", "Vire Normandie"),
    ("Plastiques Techniques de l'Eure", "plasturgie", "22.29A", "Louviers"),
    ("Injection Plastique du Bray", "plasturgie", "22.29A", "Forges-les-Eaux"),
    ("Composites Nautiques de la Manche", "composites", "30.12Z", "Granville"),
    ("Moules et Outillages Normands", "plasturgie", "25.73A", "Bolbec"),
    ("Élastomères de la Seine", "plasturgie", "22.19Z", "Elbeuf"),
    ("Thermoformage Cauchois", "plasturgie", "22.22Z", "Yvetot"),
    ("Carbone Aéro Normandie", "composites", "22.29A", "Vernon"),
    ("Formulations Chimiques de Lillebonne", "chimie", "20.59Z", "Lillebonne"),
    ("Lubrifiants de l'Estuaire", "chimie", "20.59Z", "Gonfreville-l'Orcher"),
    ("Peintures Industrielles de Seine", "chimie", "20.30Z", "Canteleu"),
    ("Laboratoire Cosmétique de la Côte Fleurie", "cosmetique", "20.42Z", "Honfleur"),
    ("Essences et Arômes Normands", "cosmetique", "20.53Z", "Bernay"),
    ("Cosmétiques du Pays de Bray", "cosmetique", "20.42Z", "Gournay-en-Bray"),
    ("Parachèvement Verrier de la Bresle", "verre", "23.19Z", "Blangy-sur-Bresle"),
    ("Sérigraphie Flacons Normandie", "verre", "23.19Z", "Aumale"),
    ("Orthèses Normandes", "medtech", "32.50A", "Bois-Guillaume"),
    ("Instruments Chirurgicaux de la Risle", "medtech", "32.50A", "Pont-Audemer"),
    ("Normandie Biomédical Services", "biomedical", "33.13Z", "Rouen"),
    ("Simulation Santé 3D", "esante", "62.01Z", "Rouen"),
    ("E-Santé Normandie", "esante", "62.01Z", "Caen"),
    ("Prothèses Dentaires de l'Orne", "medtech", "32.50A", "Alençon"),
    ("Impression 3D Médicale Normande", "medtech", "32.50A", "Isneauville"),
    ("Équipements Laitiers du Bessin", "equipement_agro", "28.93Z", "Bayeux"),
    ("Cidrerie Technique du Pays d'Auge", "agro", "11.02B", "Lisieux"),
    ("Froid Industriel Normand", "equipement_agro", "28.25Z", "Barentin"),
    ("Conserverie de la Côte d'Albâtre", "agro", "10.20Z", "Fécamp"),
    ("Emballages Alimentaires du Caux", "agro", "17.21B", "Bolbec"),
    ("Biscuiterie du Vexin normand", "agro", "10.72Z", "Gaillon"),
    ("Transports Seine-Eure", "transport", "49.41A", "Val-de-Reuil"),
    ("Logistique Portuaire Havraise", "logistique", "52.24A", "Le Havre"),
    ("Messagerie Express Normande", "logistique", "52.29A", "Rouen"),
    ("Entrepôts du Roumois", "logistique", "52.10B", "Bourg-Achard"),
    ("Transports Frigorifiques du Bessin", "transport", "49.41A", "Saint-Lô"),
    ("Commissionnaire de l'Estuaire", "logistique", "52.29B", "Le Havre"),
    ("Solaire Vallée de Seine", "electricite", "43.21A", "Darnétal"),
    ("Électricité Industrielle Cauchoise", "electricite", "43.21A", "Saint-Valery-en-Caux"),
    ("Électricité Générale Lexovienne", "electricite", "43.21A", "Lisieux"),
    ("Recyclage Métaux Normandie", "environnement", "38.32Z", "Petit-Couronne"),
    ("Dépollution Seine Environnement", "environnement", "39.00Z", "Oissel"),
    ("Analyses Environnementales de Normandie", "essais", "71.20B", "Hérouville-Saint-Clair"),
    ("Géothermie Normande", "environnement", "43.22B", "Bois-Guillaume"),
    ("Traitement des Eaux Industrielles du Havre", "environnement", "37.00Z", "Harfleur"),
    ("Génie Civil Industriel de Seine", "environnement", "42.99Z", "Grand-Couronne"),
    ("Lean Conseil Normandie", "conseil", "70.22Z", "Bois-Guillaume"),
    ("Design Industriel Rouennais", "design", "74.10Z", "Rouen"),
    ("Formation Industrie Seine", "formation", "85.59A", "Saint-Étienne-du-Rouvray"),
    ("Qualité Plus Normandie", "conseil", "70.22Z", "Caen"),
    ("Atelier de Design du Perche", "design", "74.10Z", "Mortagne-au-Perche"),
    ("Campus Compétences Industrielles", "formation", "85.59A", "Le Havre"),
    ("Conseil Export Normandie", "conseil", "70.22Z", "Caen"),
    ("Fabrication Additive Normande", "additive", "25.62B", "Argentan"),
    ("Textiles Techniques de l'Andelle", "textile", "13.96Z", "Louviers"),
)

# town: postcodes (several for the big towns)
TOWNS = {
    "Rouen": ("76000", "76100"), "Le Havre": ("76600", "76610", "76620"), "Évreux": ("27000",),
    "Caen": ("14000",), "Elbeuf": ("76500",), "Louviers": ("27400",), "Vernon": ("27200",),
    "Dieppe": ("76200",), "Fécamp": ("76400",), "Yvetot": ("76190",), "Bolbec": ("76210",),
    "Lillebonne": ("76170",), "Saint-Étienne-du-Rouvray": ("76800",),
    "Sotteville-lès-Rouen": ("76300",), "Mont-Saint-Aignan": ("76130",),
    "Bois-Guillaume": ("76230",), "Barentin": ("76360",), "Pont-Audemer": ("27500",),
    "Bernay": ("27300",), "Gisors": ("27140",), "Lisieux": ("14100",), "Alençon": ("61000",),
    "Cherbourg-en-Cotentin": ("50100",), "Saint-Lô": ("50000",), "Grand-Quevilly": ("76120",),
    "Petit-Quevilly": ("76140",), "Déville-lès-Rouen": ("76250",), "Val-de-Reuil": ("27100",),
    "Eu": ("76260",), "Gournay-en-Bray": ("76220",), "Neufchâtel-en-Bray": ("76270",),
    "Bourg-Achard": ("27310",), "Romilly-sur-Andelle": ("27610",), "Vire Normandie": ("14500",),
    "Harfleur": ("76700",), "Gonfreville-l'Orcher": ("76700",), "Le Trait": ("76580",),
    "Colombelles": ("14460",), "Oissel": ("76350",), "Flers": ("61100",),
    "Hérouville-Saint-Clair": ("14200",), "Les Andelys": ("27700",), "Granville": ("50400",),
    "Verneuil d'Avre et d'Iton": ("27130",), "Forges-les-Eaux": ("76440",),
    "Canteleu": ("76380",), "Honfleur": ("14600",), "Blangy-sur-Bresle": ("76340",),
    "Aumale": ("76390",), "Isneauville": ("76230",), "Bayeux": ("14400",), "Gaillon": ("27600",),
    "Darnétal": ("76160",), "Saint-Valery-en-Caux": ("76460",), "Petit-Couronne": ("76650",),
    "Grand-Couronne": ("76530",), "Mortagne-au-Perche": ("61400",), "Argentan": ("61200",),
}

# Switchboard prefixes by département (Seine-Maritime mostly 02 35, some 02 32).
PHONE_PREFIXES = {
    "76": ("02 35", "02 35", "02 32"), "27": ("02 32",), "14": ("02 31",), "50": ("02 33",),
    "61": ("02 33",),
}

ZONES_BY_TOWN = {
    "Mont-Saint-Aignan": "Parc d'activités de la Vatine",
    "Saint-Étienne-du-Rouvray": "Technopôle du Madrillet",
    "Évreux": "Parc d'activités du Long Buisson",
    "Petit-Quevilly": "Seine Innopolis",
    "Le Havre": "Zone industrielle portuaire",
    "Caen": "Parc de la Folie-Couvrechef",
    "Val-de-Reuil": "Parc d'activités des Portes",
}
ZONES = (
    "ZA du Clos Allard", "Zone industrielle des Hauts Prés", "Parc d'activités de la Briqueterie",
    "ZA de la Mare aux Saules", "Pépinière d'entreprises Créaparc", "ZI du Pont de l'Arche",
    "Parc d'activités du Moulin", "ZA des Coutures", "Hôtel d'entreprises Le Phare",
)
STREETS = (
    "rue des Forgerons", "rue de l'Industrie", "avenue des Canadiens", "rue Jacques Monod",
    "rue Louis Blériot", "allée de la Mare", "chemin des Coutures", "rue Gustave Eiffel",
    "rue Pierre et Marie Curie", "boulevard de l'Europe", "rue du Général de Gaulle",
    "rue Lavoisier", "rue des Tisserands", "avenue de la Libération", "rue Denis Papin",
    "rue Antoine de Saint-Exupéry", "impasse des Artisans", "rue du Moulin", "route de Dieppe",
    "rue Ampère", "rue Thomas Edison", "allée des Tilleuls", "rue de la Briqueterie",
    "avenue du Mont Riboudet", "rue Georges Charpak", "rue Claude Bernard", "quai de Seine",
    "rue des Charrons", "rue Nicolas Appert", "rue Jean Rostand", "chemin du Halage",
    "rue de la Forge", "rue Émile Zola", "rue Jules Verne", "avenue Jean Jaurès",
)

# Job titles by kind of organisation: (leaders, others); the first contact gets a leader title.
TITLE_SETS: dict[str, tuple[tuple[Title, ...], tuple[Title, ...]]] = {
    "industry": (
        (
            ("Directeur du site", "Directrice du site"),
            ("Directeur industriel", "Directrice industrielle"),
        ),
        (
            ("Responsable achats",) * 2, ("Acheteur industriel", "Acheteuse industrielle"),
            ("Directeur R&D", "Directrice R&D"), ("Responsable maintenance",) * 2,
            ("Responsable innovation",) * 2, ("Responsable HSE",) * 2,
            ("Ingénieur méthodes", "Ingénieure méthodes"), ("Responsable supply chain",) * 2,
            ("Responsable des relations fournisseurs", "Responsable des relations fournisseurs"),
        ),
    ),
    "hospital": (
        (("Directeur des achats", "Directrice des achats"), ("Directeur général adjoint",
                                                             "Directrice générale adjointe")),
        (
            ("Ingénieur biomédical", "Ingénieure biomédicale"),
            ("Directeur des services numériques", "Directrice des services numériques"),
            ("Responsable innovation", "Responsable innovation"),
            ("Acheteur hospitalier", "Acheteuse hospitalière"),
            ("Responsable des services techniques", "Responsable des services techniques"),
            ("Médecin urgentiste",) * 2, ("Cadre de santé",) * 2,
            ("Chef du service de réanimation", "Cheffe du service de réanimation"),
        ),
    ),
    "training": (
        (("Directeur", "Directrice"),),
        (
            ("Responsable pédagogique", "Responsable pédagogique"),
            ("Ingénieur simulation", "Ingénieure simulation"),
            ("Responsable des partenariats", "Responsable des partenariats"),
            ("Technicien simulation", "Technicienne simulation"),
        ),
    ),
    "public": (
        (("Directeur du développement économique", "Directrice du développement économique"),),
        (
            ("Responsable de la commande publique", "Responsable de la commande publique"),
            ("Chargé de mission innovation", "Chargée de mission innovation"),
            ("Responsable des achats durables", "Responsable des achats durables"),
            ("Chef de projet transition énergétique", "Cheffe de projet transition énergétique"),
        ),
    ),
    "sme": (
        (
            ("Gérant", "Gérante"), ("Président", "Présidente"),
            ("Directeur général", "Directrice générale"),
        ),
        (
            ("Responsable commercial", "Responsable commerciale"),
            ("Chargé d'affaires", "Chargée d'affaires"), ("Responsable technique",) * 2,
            ("Responsable qualité", "Responsable qualité"), ("Responsable de production",) * 2,
            ("Responsable administratif et financier", "Responsable administrative et financière"),
            ("Assistant de direction", "Assistante de direction"),
        ),
    ),
    "institution": (
        (("Directeur", "Directrice"),),
        (
            ("Chargé de mission innovation", "Chargée de mission innovation"),
            ("Conseiller entreprises", "Conseillère entreprises"),
            ("Chargé de développement", "Chargée de développement"),
            ("Responsable du pôle industrie", "Responsable du pôle industrie"),
        ),
    ),
    "lab": (
        (("Directeur du laboratoire", "Directrice du laboratoire"),),
        (
            ("Maître de conférences", "Maîtresse de conférences"),
            ("Ingénieur de recherche", "Ingénieure de recherche"),
            ("Chargé de valorisation", "Chargée de valorisation"),
        ),
    ),
    "bank": (
        (("Directeur du centre d'affaires", "Directrice du centre d'affaires"),),
        (("Chargé d'affaires entreprises", "Chargée d'affaires entreprises"),
         ("Conseiller innovation", "Conseillère innovation")),
    ),
    "cluster": (
        (("Délégué général", "Déléguée générale"),),
        (("Chef de projet innovation", "Cheffe de projet innovation"),
         ("Chargé d'accompagnement", "Chargée d'accompagnement")),
    ),
    "association": (
        (("Délégué général", "Déléguée générale"),),
        (("Chargé de mission", "Chargée de mission"), ("Assistant", "Assistante")),
    ),
}

# Roles held in a second organisation (masculine, feminine), by scenario.
BOARD_ROLES = (("Président", "Présidente"), ("Vice-président", "Vice-présidente"),
               ("Trésorier", "Trésorière"), ("Membre du bureau", "Membre du bureau"))
CCI_ROLE = ("Membre élu", "Membre élue")
TEACHING_ROLE = ("Chargé d'enseignement", "Chargée d'enseignement")
SIMULATION_ROLE = ("Formateur en simulation", "Formatrice en simulation")
CLUSTER_BOARD_ROLE = ("Administrateur", "Administratrice")
ADVISER_ROLE = ("Conseiller scientifique", "Conseillère scientifique")

NOTES = (
    "Préfère un appel le matin.",
    "Première rencontre au Forum numérique de Rouen.",
    "Intérêt marqué pour la fabrication additive.",
    "Contact privilégié pour les appels d'offres.",
    "Participe à la convention d'affaires du cluster.",
    "Souhaite recevoir la lettre d'information du cluster.",
    "A demandé une visite d'usine au printemps.",
    "Ne pas appeler le vendredi après-midi.",
    "Parle anglais et allemand.",
    "Pilote la démarche RSE de l'entreprise.",
    "Membre du jury du Trophée de l'innovation.",
    "Cherche des sous-traitants pour un projet de nouvelle ligne.",
    "Relancer après les congés d'été.",
    "Demande des rendez-vous d'affaires avec les donneurs d'ordres.",
)

FEMALE_FIRST_NAMES = (
    "Claire", "Sophie", "Isabelle", "Nathalie", "Céline", "Aurélie", "Émilie", "Julie", "Camille",
    "Laure", "Anne", "Marie", "Hélène", "Sandrine", "Valérie", "Caroline", "Élodie", "Mathilde",
    "Pauline", "Charlotte", "Léa", "Manon", "Sarah", "Inès", "Amina", "Yasmine", "Fatou", "Mélanie",
    "Virginie", "Stéphanie", "Agnès", "Béatrice", "Catherine", "Delphine", "Florence", "Géraldine",
    "Karine", "Laëtitia", "Marion", "Noémie", "Océane", "Patricia", "Solène", "Sylvie", "Véronique",
    "Anne-Sophie", "Marie-Laure", "Chloé", "Lucie", "Justine", "Margaux", "Nadia", "Leïla", "Linh",
    "Gwenaëlle", "Armelle", "Brigitte", "Christelle", "Estelle", "Jeanne",
)
MALE_FIRST_NAMES = (
    "Jean", "Pierre", "Nicolas", "Julien", "Thomas", "Sébastien", "Laurent", "Olivier", "François",
    "Philippe", "Éric", "Christophe", "Stéphane", "David", "Frédéric", "Vincent", "Guillaume",
    "Antoine", "Maxime", "Alexandre", "Romain", "Benoît", "Mathieu", "Jérôme", "Cédric", "Karim",
    "Mehdi", "Yannick", "Hervé", "Patrick", "Thierry", "Bruno", "Didier", "Arnaud", "Damien",
    "Fabien", "Gilles", "Hugo", "Louis", "Lucas", "Mamadou", "Samir", "Paul", "Raphaël", "Xavier",
    "Jean-Marc", "Jean-Luc", "Pierre-Yves", "Loïc", "Gaël", "Tanguy", "Youssef", "Minh", "Rémi",
    "Florian", "Adrien", "Benjamin", "Alain", "Serge", "Étienne",
)
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
    "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller",
    "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont",
    "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer",
    "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer",
    "Lucas", "Meunier", "Jean", "Perez", "Marchand", "Dufour", "Blanchard", "Marie", "Barbier",
    "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre", "Renard",
    "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud",
    "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis",
    "Olivier", "Rodriguez", "Da Silva", "Hubert", "Louis", "Charles", "Guillot", "Rivière",
    "Le Gall", "Guillaume", "Adam", "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte", "Menard",
    "Fleury", "Deschamps", "Carpentier", "Julien", "Benoît", "Paris", "Maillard", "Marchal",
    "Aubry", "Vasseur", "Le Roux", "Renault", "Jacquet", "Collet", "Prévost", "Poirier",
    "Charpentier", "Royer", "Huet", "Baron", "Dupuy", "Pons", "Paul", "Laine", "Carré", "Breton",
    "Lecoq", "Lemonnier", "Hébert", "Lemaître", "Anquetil", "Delamare", "Letellier", "Lecanu",
    "Quesnel", "Vauclin", "Lepetit", "Leprévost", "Levasseur", "Hauguel", "Bellet", "Lebourg",
    "Benali", "Haddad", "Bouzid", "Diallo", "Traoré", "Kowalski", "Rossi", "Martins", "Ferreira",
    "Kerbrat", "Tran", "Cissé", "Mendy", "Ozturk", "Benkirane", "N'Diaye", "Saïdi", "Wojcik",
)
