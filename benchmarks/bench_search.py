"""Search, list and record-page benchmark at region scale, side by side with the bare engine.

Builds (or reuses) a SQLite database of 100,000 organisations and 300,000 contacts of realistic
synthetic data, then times what the interface does -- search-as-you-type, opening a list, a filter,
opening a record -- through the application's services, and the same work done by hand-written SQL
on a plain ``sqlite3`` connection. See benchmarks/README.md.

    .venv/bin/python benchmarks/bench_search.py [--organisations 100000] [--contacts 300000]
                                                [--db PATH] [--keep] [--runs 30] [--explain]
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy  # noqa: E402
from sqlalchemy import event, insert  # noqa: E402
from stdnum import luhn  # noqa: E402

from cluster_crm.db import search_index  # noqa: E402
from cluster_crm.db.database import Database, open_database  # noqa: E402
from cluster_crm.db.models import (  # noqa: E402
    Affiliation,
    Contact,
    ContactEmail,
    ContactPhone,
    Organisation,
    Tag,
    organisation_tag,
)
from cluster_crm.demo import data as demo_data  # noqa: E402
from cluster_crm.domain.enums import MembershipStatus, OrganisationKind  # noqa: E402
from cluster_crm.domain.queries import (  # noqa: E402
    ContactQuery,
    OrganisationQuery,
    OrganisationSort,
)
from cluster_crm.domain.text import fold, search_words  # noqa: E402
from cluster_crm.services.contacts import contact_rows, get_contact, search_contact_ids  # noqa: E402
from cluster_crm.services.organisations import (  # noqa: E402
    get_organisation,
    organisation_rows,
    search_organisation_ids,
)

FIRST_BATCH = 200  # rows a list shows first (fetchMore loads the rest on scrolling)
CHUNK = 20_000  # rows per executemany
NAF_CSV = ROOT / "resources" / "naf" / "naf_rev2.csv"

# --- word lists (on top of the demo cluster's tables) -------------------------------------------

TRADES = (
    "Usinage",
    "Mécanique",
    "Décolletage",
    "Chaudronnerie",
    "Tôlerie",
    "Métallerie",
    "Soudure",
    "Fonderie",
    "Forge",
    "Traitement thermique",
    "Peinture industrielle",
    "Plasturgie",
    "Composites",
    "Menuiserie",
    "Charpente",
    "Couverture",
    "Maçonnerie",
    "Électricité",
    "Électronique",
    "Automatismes",
    "Robotique",
    "Hydraulique",
    "Pneumatique",
    "Froid industriel",
    "Climatisation",
    "Chauffage",
    "Plomberie",
    "Transports",
    "Logistique",
    "Messagerie",
    "Levage",
    "Manutention",
    "Emballages",
    "Cartonnerie",
    "Imprimerie",
    "Verrerie",
    "Céramique",
    "Biscuiterie",
    "Laiterie",
    "Fromagerie",
    "Cidrerie",
    "Distillerie",
    "Boulangerie industrielle",
    "Salaisons",
    "Conserverie",
    "Textile",
    "Maroquinerie",
    "Ingénierie",
    "Études techniques",
    "Contrôle qualité",
    "Métrologie",
    "Informatique",
    "Logiciels",
    "Conseil",
    "Formation",
    "Nettoyage industriel",
    "Environnement",
    "Recyclage",
    "Dépollution",
    "Énergies",
    "Photovoltaïque",
    "Éolien",
    "Biogaz",
    "Scierie",
    "Parqueterie",
    "Ébénisterie",
    "Miroiterie",
    "Outillage",
    "Moules",
    "Rectification",
    "Électroérosion",
    "Câblage",
    "Instrumentation",
    "Équipements",
    "Machines spéciales",
)
PREFIXES = (
    "Ateliers",
    "Société",
    "Établissements",
    "Compagnie",
    "Groupe",
    "Entreprise",
    "Manufacture",
    "Industries",
    "Atelier",
    "Comptoir",
    "Bureau d'études",
    "Agence",
    "Cabinet",
    "Laboratoire",
    "Fabrique",
    "Maison",
    "Coopérative",
    "Union",
    "Centre technique",
    "Pôle",
)
PLACES = (
    "de la Risle",
    "du Roumois",
    "du Vexin",
    "de l'Eure",
    "de la Seine",
    "du Cotentin",
    "du Bessin",
    "du Pays d'Auge",
    "de la Bresle",
    "de l'Andelle",
    "du Lieuvin",
    "du Perche",
    "de la Hague",
    "du Bocage",
    "du Pays de Caux",
    "de l'Estuaire",
    "de la Vallée",
    "des Deux Rives",
    "du Bray",
    "de la Côte d'Albâtre",
    "de l'Iton",
    "de l'Avre",
    "de l'Orne",
    "de la Dives",
    "de la Touques",
    "de la Vire",
    "du Plateau",
    "des Boucles de Seine",
    "du Neubourg",
    "d'Ouche",
    "du Marais",
    "de la Suisse normande",
    "du Domfrontais",
    "de l'Avranchin",
    "du Val de Saire",
    "de Normandie",
    "normande",
    "normands",
    "de l'Ouest",
    "du Grand Ouest",
    "de Haute-Normandie",
    "de la Manche",
    "de la Vallée de la Seine",
    "des Falaises",
    "du Littoral",
    "du Calvados",
    "de l'Oise normande",
)
LEGAL_FORMS = ("SAS", "SARL", "SA", "SASU", "EURL", "SNC", "SCOP", "& Fils", "et Associés", "Frères")
EXTRA_FEMALE = (
    "Léa",
    "Chloé",
    "Zoé",
    "Inès",
    "Maëlle",
    "Anaïs",
    "Noémie",
    "Gaëlle",
    "Héloïse",
    "Clémence",
    "Mélanie",
    "Solène",
    "Océane",
    "Maëva",
    "Bérénice",
    "Agnès",
    "Geneviève",
    "Françoise",
    "Thérèse",
    "Josée",
    "Marie-Hélène",
    "Anne-Sophie",
    "Marie-Noëlle",
    "Cécile",
    "Séverine",
    "Rozenn",
    "Adèle",
    "Aude",
    "Eugénie",
    "Léonie",
)
EXTRA_MALE = (
    "Jérôme",
    "Cédric",
    "Frédéric",
    "Stéphane",
    "Sébastien",
    "Grégory",
    "Aurélien",
    "Valentin",
    "Mathéo",
    "Léo",
    "Raphaël",
    "Noël",
    "Joël",
    "Gaël",
    "Loïc",
    "Benoît",
    "François",
    "Hervé",
    "Rémi",
    "Jérémy",
    "Théo",
    "Émile",
    "Étienne",
    "Jean-François",
    "Jean-Noël",
    "Anaël",
    "Mickaël",
    "Joachim",
    "Gérard",
    "Régis",
)
EXTRA_LAST = (
    "Lecoq",
    "Lemonnier",
    "Lepetit",
    "Lebreton",
    "Quesnel",
    "Hébert",
    "Anquetil",
    "Lecanu",
    "Vautier",
    "Lemaître",
    "Gosselin",
    "Letellier",
    "Lefrançois",
    "Leroux",
    "Lecœur",
    "Delahaye",
    "Lechevalier",
    "Duhamel",
    "Hamel",
    "Houel",
    "Osmont",
    "Toutain",
    "Grenier",
    "Marie",
    "Lesueur",
    "Cauchois",
    "Énault",
    "Féron",
    "Legrand",
    "Lecomte",
    "Lemercier",
    "Levasseur",
    "Lefèvre",
    "Deschamps",
    "Bénard",
    "Thiébaut",
    "Mézière",
    "Lemée",
    "Lhôte",
    "Prévost",
    "Guérin",
    "Géhin",
    "Hélie",
    "Hue",
    "Lebœuf",
    "Crevel",
    "Delaunay",
    "Désert",
    "Dumesnil",
    "Fréret",
    "Gancel",
    "Godefroy",
    "Guéroult",
    "Jouënne",
    "Lebas",
    "Lefrançoise",
    "Legendre",
    "Lelièvre",
    "Lenoël",
    "Leprévost",
    "Lerebours",
    "Lesauvage",
    "Letourneur",
    "Levillain",
    "Maréchal",
    "Ménard",
    "Morin",
    "Noël",
    "Pétel",
    "Poirier",
    "Quétel",
    "Renouf",
    "Sénécal",
    "Tesnière",
    "Vallée",
    "Vasse",
    "Vimont",
    "Yvon",
    "Allain",
    "Bréard",
    "Cuvelier",
    "Dieulois",
    "Enée",
    "Fouché",
)
# Normandy towns beyond the demo's, then towns of other regions (département from the postcode).
MORE_NORMANDY = {
    "Cléon": "76410",
    "Saint-Pierre-lès-Elbeuf": "76320",
    "Caudebec-lès-Elbeuf": "76320",
    "Tourville-la-Rivière": "76410",
    "Pont-de-l'Arche": "27340",
    "Maromme": "76150",
    "Malaunay": "76770",
    "Port-Jérôme-sur-Seine": "76330",
    "Montivilliers": "76290",
    "Étretat": "76790",
    "Octeville-sur-Mer": "76930",
    "Saint-Romain-de-Colbosc": "76430",
    "Pîtres": "27590",
    "Pacy-sur-Eure": "27120",
    "Conches-en-Ouche": "27190",
    "Brionne": "27800",
    "Beaumont-le-Roger": "27170",
    "Le Neubourg": "27110",
    "Étrépagny": "27150",
    "Ifs": "14123",
    "Mondeville": "14120",
    "Giberville": "14730",
    "Falaise": "14700",
    "Deauville": "14800",
    "Trouville-sur-Mer": "14360",
    "Condé-en-Normandie": "14110",
    "Valognes": "50700",
    "Coutances": "50200",
    "Avranches": "50300",
    "Carentan-les-Marais": "50500",
    "L'Aigle": "61300",
    "Sées": "61500",
    "Domfront en Poiraie": "61700",
    "Notre-Dame-de-Bondeville": "76960",
    "Franqueville-Saint-Pierre": "76520",
    "Bonsecours": "76240",
    "Le Mesnil-Esnard": "76240",
    "Saint-Aubin-lès-Elbeuf": "76410",
    "Criquebeuf-sur-Seine": "27340",
    "Incarville": "27400",
}
OTHER_REGIONS = {
    "Saint-Étienne": "42000",
    "Besançon": "25000",
    "Orléans": "45000",
    "Nîmes": "30000",
    "Béziers": "34500",
    "Angoulême": "16000",
    "Valenciennes": "59300",
    "Béthune": "62400",
    "Châteauroux": "36000",
    "Mâcon": "71000",
    "Fréjus": "83600",
    "Sète": "34200",
    "Montbéliard": "25200",
    "Clermont-Ferrand": "63000",
    "Poitiers": "86000",
    "Nantes": "44000",
    "Rennes": "35000",
    "Le Mans": "72000",
    "Amiens": "80000",
    "Beauvais": "60000",
    "Compiègne": "60200",
    "Chartres": "28000",
    "Dreux": "28100",
    "Paris": "75008",
    "Boulogne-Billancourt": "92100",
    "Créteil": "94000",
    "Évry-Courcouronnes": "91000",
    "Lyon": "69003",
    "Villeurbanne": "69100",
    "Grenoble": "38000",
    "Échirolles": "38130",
    "Toulouse": "31000",
    "Blagnac": "31700",
    "Bordeaux": "33000",
    "Mérignac": "33700",
    "Marseille": "13002",
    "Aix-en-Provence": "13100",
    "Lille": "59000",
    "Roubaix": "59100",
    "Strasbourg": "67000",
    "Nancy": "54000",
    "Metz": "57000",
    "Reims": "51100",
    "Troyes": "10000",
    "Dijon": "21000",
    "Tours": "37000",
    "Brest": "29200",
    "Lorient": "56100",
    "Saint-Nazaire": "44600",
    "Cholet": "49300",
    "La Roche-sur-Yon": "85000",
    "Limoges": "87000",
    "Périgueux": "24000",
    "Pau": "64000",
    "Bayonne": "64100",
    "Perpignan": "66000",
    "Montpellier": "34000",
    "Avignon": "84000",
    "Toulon": "83000",
    "Nice": "06000",
    "Saint-Quentin": "02100",
    "Épinal": "88000",
    "Chalon-sur-Saône": "71100",
    "Bourg-en-Bresse": "01000",
    "Annecy": "74000",
    "Chambéry": "73000",
    "Valence": "26000",
    "Cergy": "95000",
    "Saint-Ouen-l'Aumône": "95310",
    "Vélizy-Villacoublay": "78140",
}
BIG_TOWN_WEIGHT = {"Rouen": 40, "Le Havre": 30, "Caen": 30, "Évreux": 12, "Cherbourg-en-Cotentin": 10}
ILE_DE_FRANCE = {"75", "77", "78", "91", "92", "93", "94", "95"}
NORTH_WEST = {
    "14",
    "27",
    "50",
    "61",
    "76",
    "28",
    "35",
    "44",
    "49",
    "72",
    "85",
    "29",
    "56",
    "37",
    "45",
    "36",
    "86",
    "16",
    "22",
    "53",
}
NORTH_EAST = {"59", "62", "80", "60", "02", "51", "10", "54", "57", "67", "88", "25", "21", "71"}
SOUTH_WEST = {"31", "33", "64", "24", "87"}
MAIL_HOSTS = ("gmail.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr")
EXTRA_TAGS = (
    "Export",
    "Industrie 4.0",
    "RSE",
    "Sous-traitance",
    "Start-up",
    "Filière nucléaire",
    "Éolien en mer",
    "Hydrogène",
    "Cybersécurité",
    "Économie circulaire",
    "Agriculture",
    "Ferroviaire",
    "Naval",
    "Défense",
    "Luxe",
    "Pharmacie",
    "Bois",
    "Numérique",
    "Apprentissage",
    "Lauréat France 2030",
)
SECONDARY_ROLES = (
    ("Administrateur", "Administratrice"),
    ("Consultant", "Consultante"),
    ("Associé", "Associée"),
    ("Ancien directeur", "Ancienne directrice"),
    ("Membre du conseil", "Membre du conseil"),
    ("Référent innovation", "Référente innovation"),
    ("Formateur", "Formatrice"),
)

# kind, weight (share of organisations), weight of each one when drawing affiliations
KINDS = (
    (OrganisationKind.SME, 880, 1.0),
    (OrganisationKind.CONTRACTING, 4, 120.0),
    (OrganisationKind.INSTITUTION, 30, 6.0),
    (OrganisationKind.PARTNER, 26, 2.0),
    (OrganisationKind.OTHER, 60, 0.6),
)
MEMBERSHIP = (
    (MembershipStatus.NONE, 76),
    (MembershipStatus.PROSPECT, 11),
    (MembershipStatus.MEMBER, 9),
    (MembershipStatus.FORMER, 4),
)
BANDS = (
    ("NN", 4),
    ("00", 10),
    ("01", 16),
    ("02", 16),
    ("03", 14),
    ("11", 14),
    ("12", 12),
    ("21", 6),
    ("22", 4),
    ("31", 1),
    ("32", 1.5),
    ("41", 0.8),
    ("42", 0.4),
    ("51", 0.2),
)


# --- synthetic data ---------------------------------------------------------------------------


def _naf_codes() -> list[str]:
    with NAF_CSV.open(encoding="utf-8", newline="") as f:
        return [row["code"] for row in csv.DictReader(f, delimiter=";")]


def _towns() -> tuple[list[tuple[str, str]], list[float]]:
    """(town, postcode) and weights: mostly Normandy (big towns more), a fifth elsewhere in France."""
    normandy = [(t, p) for t, codes in demo_data.TOWNS.items() for p in codes] + list(MORE_NORMANDY.items())
    others = list(OTHER_REGIONS.items())
    towns = normandy + others
    weights = [float(BIG_TOWN_WEIGHT.get(t, 3)) for t, _ in normandy]
    share = 0.2 * sum(weights) / 0.8 / len(others)
    weights += [share] * len(others)
    return towns, weights


def _phone_prefix(postcode: str) -> str:
    dep = postcode[:2]
    if dep in ILE_DE_FRANCE:
        return "+331"
    if dep == "76":
        return "+33235"
    if dep == "27":
        return "+33232"
    if dep == "14":
        return "+33231"
    if dep in ("50", "61"):
        return "+33233"
    if dep in NORTH_WEST:
        return "+3322"
    if dep in NORTH_EAST:
        return "+3333"
    if dep in SOUTH_WEST:
        return "+3355"
    return "+3344"


def _number(rng: random.Random, prefix: str) -> str:
    digits = 12 - len(prefix)
    return prefix + str(rng.randrange(10**digits)).zfill(digits)


def _slug(text: str, limit: int = 40) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))[:limit].strip("-")


def _email_local(text: str) -> str:
    return ".".join(re.findall(r"[a-z0-9]+", fold(text)))


def _of_town(town: str) -> str:
    """``"de Cléon"``, ``"du Havre"``, ``"des Andelys"``, ``"d'Évreux"``."""
    if town.startswith("Le "):
        return f"du {town[3:]}"
    if town.startswith("Les "):
        return f"des {town[4:]}"
    if fold(town[0]) in "aeiouyh":
        return f"d'{town}"
    return f"de {town}"


def _siret(sequence: int) -> tuple[str, str]:
    siren8 = f"{sequence:08d}"
    siren = siren8 + luhn.calc_check_digit(siren8)
    nic4 = f"{(sequence * 7) % 10000:04d}"
    body = siren + nic4
    return body + luhn.calc_check_digit(body), siren


def _day(rng: random.Random, first_year: int, last_year: int) -> date:
    start = date(first_year, 1, 1)
    return start + timedelta(days=rng.randrange((date(last_year, 12, 31) - start).days))


@dataclass
class Plan:
    tags: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    organisation_tags: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    emails: list[dict[str, Any]] = field(default_factory=list)
    phones: list[dict[str, Any]] = field(default_factory=list)
    affiliations: list[dict[str, Any]] = field(default_factory=list)


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.naf = _naf_codes()
        known = set(self.naf)
        self.profile_naf: dict[str, list[str]] = {}
        for _name, profile, naf, _town in demo_data.SMES:
            if naf in known:
                self.profile_naf.setdefault(profile, []).append(naf)
        self.profiles = list(demo_data.PROFILES)
        self.towns, self.town_weights = _towns()
        self.surnames = sorted(set(demo_data.LAST_NAMES) | set(EXTRA_LAST))
        self.female = list(demo_data.FEMALE_FIRST_NAMES) + list(EXTRA_FEMALE)
        self.male = list(demo_data.MALE_FIRST_NAMES) + list(EXTRA_MALE)
        tag_names = sorted({t for p in demo_data.PROFILES.values() for t in p.tags + p.extra_tags})
        self.tag_names = tag_names + [t for t in EXTRA_TAGS if t not in tag_names]
        self.org_domain: list[str] = []
        self.org_title_set: list[str] = []

    # organisations

    def _name(self, profile_key: str, town: str, used: set[str]) -> str:
        rng = self.rng
        core = demo_data.PROFILES[profile_key].core
        trade = rng.choice(TRADES) if rng.random() < 0.6 else core.capitalize()
        surname = rng.choice(self.surnames)
        for attempt in range(20):
            shape = rng.randrange(7)
            if shape == 0:
                name = f"{trade} {rng.choice(PLACES)}"
            elif shape == 1:
                name = f"{trade} {surname}"
            elif shape == 2:
                name = f"{surname} {rng.choice(LEGAL_FORMS)}"
            elif shape == 3:
                name = f"{rng.choice(PREFIXES)} {surname}"
            elif shape == 4:
                name = f"{rng.choice(PREFIXES)} {trade.lower()} {rng.choice(PLACES)}"
            elif shape == 5:
                name = f"{trade} {_of_town(town)}"
            else:
                name = f"{surname}-{rng.choice(self.surnames)} {trade}"
            if attempt >= 2:
                name = f"{name} {rng.choice(LEGAL_FORMS)}"
            if attempt >= 6:
                name = f"{rng.choice(PREFIXES)} {rng.choice(self.surnames)} {name}"
            if name not in used:
                used.add(name)
                return name
        raise RuntimeError("could not draw a distinct organisation name")

    def organisations(self, count: int, plan: Plan) -> list[float]:
        """Fills plan.organisations (ids 1..count); returns each one's weight as an employer."""
        rng = self.rng
        plan.tags = [{"id": i + 1, "name": n, "key": fold(n)} for i, n in enumerate(self.tag_names)]
        kinds = [k for k, _, _ in KINDS]
        kind_weights = [w for _, w, _ in KINDS]
        employer_weight = {k: w for k, _, w in KINDS}
        statuses = [s for s, _ in MEMBERSHIP]
        status_weights = [w for _, w in MEMBERSHIP]
        bands = [b for b, _ in BANDS]
        band_weights = [w for _, w in BANDS]
        zones = list(demo_data.ZONES)
        streets = list(demo_data.STREETS)
        sequences = rng.sample(range(10_000_000, 99_999_999), count)
        drawn_kinds = rng.choices(kinds, kind_weights, k=count)
        drawn_towns = rng.choices(self.towns, self.town_weights, k=count)
        used: set[str] = set()
        weights: list[float] = []
        for index in range(count):
            org_id = index + 1
            kind = drawn_kinds[index]
            town, postcode = drawn_towns[index]
            profile_key = rng.choice(self.profiles)
            profile = demo_data.PROFILES[profile_key]
            name = self._name(profile_key, town, used)
            if rng.random() < 0.85 and profile_key in self.profile_naf:
                naf = rng.choice(self.profile_naf[profile_key])
            else:
                naf = rng.choice(self.naf)
            siret, siren = _siret(sequences[index]) if rng.random() < 0.97 else (None, None)
            status = rng.choices(statuses, status_weights)[0]
            since = None
            if status in (MembershipStatus.MEMBER, MembershipStatus.FORMER):
                since = _day(rng, 2008, 2025)
            domain = f"{_slug(name, 30)}.fr"
            pool = profile.pool.split(", ")
            capabilities = ", ".join([profile.core, *rng.sample(pool, rng.randint(2, min(5, len(pool))))])
            year = rng.randint(1950, 2022)
            description = rng.choice(profile.descriptions).format(town=town, year=year)
            band = rng.choices(bands, band_weights)[0]
            if kind is OrganisationKind.CONTRACTING:
                band = rng.choice(("41", "42", "51", "52", "53"))
            plan.organisations.append(
                {
                    "id": org_id,
                    "name": name,
                    "sort_name": fold(name),
                    "kind": kind.value,
                    "siret": siret,
                    "siren": siren,
                    "naf_code": naf,
                    "naf_nomenclature": "NAFRev2",
                    "headcount_band": band,
                    "address_building": rng.choice(zones) if rng.random() < 0.3 else None,
                    "address_street": f"{rng.randint(1, 180)} {rng.choice(streets)}",
                    "address_locality": f"BP {rng.randint(10, 990)}" if rng.random() < 0.08 else None,
                    "postcode": postcode,
                    "town": town,
                    "town_key": fold(town),
                    "cedex": "CEDEX" if rng.random() < 0.05 else None,
                    "country": "France",
                    "phone": _number(rng, _phone_prefix(postcode)) if rng.random() < 0.9 else None,
                    "email": f"contact@{domain}" if rng.random() < 0.8 else None,
                    "website": f"https://www.{domain}" if rng.random() < 0.7 else None,
                    "description": description,
                    "capabilities": capabilities,
                    "membership_status": status.value,
                    "member_since": since,
                    "stay_in_touch_days": (
                        rng.choice((30, 60, 90, 180)) if status is not MembershipStatus.NONE else None
                    ),
                }
            )
            for tag_id in rng.sample(range(1, len(plan.tags) + 1), rng.choice((0, 1, 1, 2, 2, 3))):
                plan.organisation_tags.append({"organisation_id": org_id, "tag_id": tag_id})
            self.org_domain.append(domain)
            self.org_title_set.append(
                "industry"
                if kind is OrganisationKind.CONTRACTING
                else "institution"
                if kind is OrganisationKind.INSTITUTION
                else "sme"
            )
            weights.append(employer_weight[kind] * rng.uniform(0.3, 1.7))
        return weights

    # contacts

    def contacts(self, count: int, employer_weights: list[float], plan: Plan) -> None:
        rng = self.rng
        org_count = len(employer_weights)
        cum: list[float] = []
        total = 0.0
        for w in employer_weights:
            total += w
            cum.append(total)
        affiliation_counts = rng.choices((1, 2, 3), (75, 20, 5), k=count)
        first_orgs = rng.choices(range(1, org_count + 1), cum_weights=cum, k=count)
        email_id = phone_id = affiliation_id = 0
        today = date(2026, 11, 30)
        for index in range(count):
            contact_id = index + 1
            female = rng.random() < 0.45
            first = rng.choice(self.female if female else self.male)
            last = rng.choice(self.surnames)
            if rng.random() < 0.04:
                last = f"{last}-{rng.choice(self.surnames)}"
            orgs = [first_orgs[index]]
            while len(orgs) < affiliation_counts[index]:
                other = rng.choices(range(1, org_count + 1), cum_weights=cum)[0]
                if other not in orgs:
                    orgs.append(other)
            title_set = demo_data.TITLE_SETS.get(self.org_title_set[orgs[0] - 1], demo_data.TITLE_SETS["sme"])
            leaders, others = title_set
            title = rng.choice(leaders if rng.random() < 0.2 else others)[1 if female else 0]
            plan.contacts.append(
                {
                    "id": contact_id,
                    "civility": "mme" if female else "m",
                    "first_name": first,
                    "last_name": last,
                    "sort_name": fold(f"{last} {first}"),
                    "job_title": title,
                    "notes": rng.choice(demo_data.NOTES) if rng.random() < 0.1 else "",
                }
            )
            for position, org_id in enumerate(orgs):
                affiliation_id += 1
                start = _day(rng, 1995, 2025)
                end = None
                if position > 0 and rng.random() < 0.6:
                    end = min(start + timedelta(days=rng.randint(200, 3000)), today - timedelta(days=1))
                role = title if position == 0 else rng.choice(SECONDARY_ROLES)[1 if female else 0]
                plan.affiliations.append(
                    {
                        "id": affiliation_id,
                        "contact_id": contact_id,
                        "organisation_id": org_id,
                        "role": role,
                        "start_date": start,
                        "end_date": end,
                    }
                )
            local = f"{_email_local(first)}.{_email_local(last)}"
            addresses = [f"{local}@{self.org_domain[orgs[0] - 1]}"]
            if rng.random() < 0.4:
                addresses.append(f"{local}{rng.randint(1, 99)}@{rng.choice(MAIL_HOSTS)}")
            for position, address in enumerate(addresses):
                email_id += 1
                plan.emails.append(
                    {"id": email_id, "contact_id": contact_id, "position": position, "address": address}
                )
            org_phone = plan.organisations[orgs[0] - 1]["phone"] or "+33235000000"
            numbers = [org_phone[:-2] + f"{rng.randrange(100):02d}"]
            if rng.random() < 0.6:
                numbers.append(_number(rng, rng.choice(("+336", "+337"))))
            for position, number in enumerate(numbers):
                phone_id += 1
                plan.phones.append(
                    {"id": phone_id, "contact_id": contact_id, "position": position, "number": number}
                )


# --- database ------------------------------------------------------------------------------------


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _existing_size(path: Path) -> tuple[int, int, int, int] | None:
    """(organisations, contacts, organisation_search rows, contact_search rows), None if unusable."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(path) as con:
            return tuple(  # type: ignore[return-value]
                con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("organisation", "contact", "organisation_search", "contact_search")
            )
    except sqlite3.Error:
        return None


def _insert(connection: sqlalchemy.Connection, table: sqlalchemy.Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        connection.execute(insert(table), rows[start : start + CHUNK])


def build_database(path: Path, organisations: int, contacts: int, seed: int) -> Database:
    _remove_database(path)
    print(f"Building {path} ({organisations:,} organisations, {contacts:,} contacts)…", flush=True)
    started = time.perf_counter()
    db = open_database(f"sqlite:///{path}", None)
    migrated = time.perf_counter()

    generator = Generator(seed)
    plan = Plan()
    weights = generator.organisations(organisations, plan)
    generator.contacts(contacts, weights, plan)
    generated = time.perf_counter()

    with db.engine.begin() as connection:
        _insert(connection, Tag.__table__, plan.tags)
        _insert(connection, Organisation.__table__, plan.organisations)
        _insert(connection, organisation_tag, plan.organisation_tags)
        _insert(connection, Contact.__table__, plan.contacts)
        _insert(connection, Affiliation.__table__, plan.affiliations)
        _insert(connection, ContactEmail.__table__, plan.emails)
        _insert(connection, ContactPhone.__table__, plan.phones)
    inserted = time.perf_counter()

    with db.uow() as uow:
        search_index.rebuild(uow.session)
        uow.commit()
    indexed = time.perf_counter()
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    size_mb = path.stat().st_size / 1e6
    print(
        f"  rows: {len(plan.organisations):,} organisations, {len(plan.contacts):,} contacts, "
        f"{len(plan.affiliations):,} affiliations ({len(plan.affiliations) / max(1, contacts):.2f}/contact), "
        f"{len(plan.emails):,} e-mails, {len(plan.phones):,} phones, "
        f"{len(plan.organisation_tags):,} organisation tags; file {size_mb:,.0f} MB"
    )
    print(f"  migrations (schema)          {migrated - started:8.1f} s")
    print(f"  generating synthetic data    {generated - migrated:8.1f} s")
    print(f"  bulk insert (Core executemany){inserted - generated:7.1f} s")
    print(f"  search_index.rebuild + commit{indexed - inserted:8.1f} s")
    print(f"  total build                  {indexed - started:8.1f} s", flush=True)
    return db


# --- measuring -----------------------------------------------------------------------------------


class StatementCounter:
    """Counts (and optionally records) the SQL statements the application sends to the engine."""

    def __init__(self, engine: sqlalchemy.Engine) -> None:
        self.count = 0
        self.recording: list[tuple[str, Any]] | None = None
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, parameters, _context, executemany) -> None:  # noqa: ANN001
        self.count += 1
        if self.recording is not None and not executemany:
            self.recording.append((statement, parameters))


Step = Callable[[Any], Any]


@dataclass
class Case:
    group: str
    label: str
    app: list[tuple[str, Step]]
    bare: list[tuple[str, Step]]
    check: Callable[[Any, Any], bool] | None = None  # compares the first steps' results


@dataclass
class Timing:
    totals: list[float]
    parts: dict[str, list[float]]
    result: Any = None


def _run(steps: list[tuple[str, Step]]) -> tuple[list[float], Any, Any]:
    value: Any = None
    first: Any = None
    times = []
    for index, (_name, step) in enumerate(steps):
        t0 = time.perf_counter()
        value = step(value)
        times.append(time.perf_counter() - t0)
        if index == 0:
            first = value
    return times, first, value


def measure(steps: list[tuple[str, Step]], runs: int, warmup: int) -> Timing:
    first = None
    for _ in range(warmup):
        _, first, _ = _run(steps)
    timing = Timing([], {name: [] for name, _ in steps})
    for _ in range(runs):
        times, first, _ = _run(steps)
        timing.totals.append(sum(times))
        for (name, _), t in zip(steps, times, strict=True):
            timing.parts[name].append(t)
    timing.result = first
    return timing


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def p95_ms(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(0.95 * len(ordered)) - 1))] * 1000


# --- the bare engine: hand-written SQL on a plain sqlite3 connection ------------------------------


class Bare:
    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path, check_same_thread=False)
        self.con.execute("PRAGMA foreign_keys = ON")
        self.con.execute("PRAGMA busy_timeout = 5000")

    @staticmethod
    def match(text: str) -> str:
        return " ".join(f'"{w}"*' for w in search_words(text))

    @staticmethod
    def marks(ids: list[int]) -> str:
        return ",".join("?" * len(ids))

    def organisation_ids(self, text: str, order: str = "o.sort_name, o.id") -> list[int]:
        sql = (
            "SELECT o.id FROM organisation o WHERE o.id IN "
            "(SELECT rowid FROM organisation_search WHERE organisation_search MATCH ?) "
            f"ORDER BY {order}"
        )
        return [r[0] for r in self.con.execute(sql, (self.match(text),))]

    def all_organisation_ids(self, order: str) -> list[int]:
        return [r[0] for r in self.con.execute(f"SELECT o.id FROM organisation o ORDER BY {order}")]

    def filtered_organisation_ids(self, kind: str, membership: str, town_key: str) -> list[int]:
        sql = (
            "SELECT o.id FROM organisation o WHERE o.kind = ? AND o.membership_status = ? "
            "AND o.town_key = ? ORDER BY o.sort_name, o.id"
        )
        return [r[0] for r in self.con.execute(sql, (kind, membership, town_key))]

    def organisation_rows(self, ids: list[int]) -> list[tuple]:
        if not ids:
            return []
        marks = self.marks(ids)
        rows = {
            r[0]: r
            for r in self.con.execute(
                "SELECT id, name, kind, town, membership_status, naf_code FROM organisation "
                f"WHERE id IN ({marks})",
                ids,
            )
        }
        tags: dict[int, list[str]] = {}
        for org_id, name in self.con.execute(
            "SELECT ot.organisation_id, t.name FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
            f"WHERE ot.organisation_id IN ({marks}) ORDER BY t.name",
            ids,
        ):
            tags.setdefault(org_id, []).append(name)
        return [(*rows[i], tuple(tags.get(i, ()))) for i in ids if i in rows]

    def contact_ids(self, text: str) -> list[int]:
        sql = (
            "SELECT c.id FROM contact c WHERE c.id IN "
            "(SELECT rowid FROM contact_search WHERE contact_search MATCH ?) ORDER BY c.sort_name, c.id"
        )
        return [r[0] for r in self.con.execute(sql, (self.match(text),))]

    def contact_rows(self, ids: list[int]) -> list[tuple]:
        if not ids:
            return []
        marks = self.marks(ids)
        con = self.con
        rows = {
            r[0]: r
            for r in con.execute(
                f"SELECT id, last_name, first_name, job_title FROM contact WHERE id IN ({marks})", ids
            )
        }
        emails: dict[int, str] = {}
        for contact_id, address in con.execute(
            f"SELECT contact_id, address FROM contact_email WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position",
            ids,
        ):
            emails.setdefault(contact_id, address)
        phones: dict[int, str] = {}
        for contact_id, number in con.execute(
            f"SELECT contact_id, number FROM contact_phone WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position",
            ids,
        ):
            phones.setdefault(contact_id, number)
        orgs: dict[int, list[str]] = {}
        for contact_id, name in con.execute(
            "SELECT a.contact_id, o.name FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
            f"WHERE a.contact_id IN ({marks}) AND (a.end_date IS NULL OR a.end_date >= date('now'))",
            ids,
        ):
            orgs.setdefault(contact_id, []).append(name)
        return [
            (
                i,
                f"{r[1].upper()} {r[2]}",
                r[3],
                ", ".join(sorted(orgs.get(i, ()))),
                emails.get(i),
                phones.get(i),
            )
            for i in ids
            if (r := rows.get(i))
        ]

    def organisation_detail(self, org_id: int) -> tuple:
        con = self.con
        org = con.execute("SELECT * FROM organisation WHERE id = ?", (org_id,)).fetchone()
        tags = con.execute(
            "SELECT t.name FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
            "WHERE ot.organisation_id = ? ORDER BY t.name",
            (org_id,),
        ).fetchall()
        people = con.execute(
            "SELECT a.id, a.contact_id, c.first_name, c.last_name, c.job_title, a.role, a.start_date, "
            "a.end_date FROM affiliation a JOIN contact c ON c.id = a.contact_id WHERE a.organisation_id = ?",
            (org_id,),
        ).fetchall()
        return org, tags, people

    def contact_detail(self, contact_id: int) -> tuple:
        con = self.con
        contact = con.execute("SELECT * FROM contact WHERE id = ?", (contact_id,)).fetchone()
        emails = con.execute(
            "SELECT address FROM contact_email WHERE contact_id = ? ORDER BY position", (contact_id,)
        ).fetchall()
        phones = con.execute(
            "SELECT number FROM contact_phone WHERE contact_id = ? ORDER BY position", (contact_id,)
        ).fetchall()
        links = con.execute(
            "SELECT a.id, a.organisation_id, o.name, a.role, a.start_date, a.end_date FROM affiliation a "
            "JOIN organisation o ON o.id = a.organisation_id WHERE a.contact_id = ?",
            (contact_id,),
        ).fetchall()
        return contact, emails, phones, links


# --- the cases --------------------------------------------------------------------------------------


def _typed(word: str) -> list[str]:
    return [word[:n] for n in range(1, len(word) + 1)]


def _same(app: Any, bare: Any) -> bool:
    return list(app) == list(bare)


def build_cases(db: Database, bare: Bare, picks: dict[str, int]) -> list[Case]:
    cases: list[Case] = []

    def org_search(text: str, group: str) -> Case:
        query = OrganisationQuery(text=text)
        return Case(
            group,
            f"organisations {text!r}",
            [
                ("ids", lambda _: search_organisation_ids(query, db.uow())),
                ("rows", lambda ids: organisation_rows(ids[:FIRST_BATCH], db.uow())),
            ],
            [
                ("ids", lambda _: bare.organisation_ids(text)),
                ("rows", lambda ids: bare.organisation_rows(ids[:FIRST_BATCH])),
            ],
            _same,
        )

    def contact_search(text: str, group: str) -> Case:
        query = ContactQuery(text=text)
        return Case(
            group,
            f"contacts {text!r}",
            [
                ("ids", lambda _: search_contact_ids(query, db.uow())),
                ("rows", lambda ids: contact_rows(ids[:FIRST_BATCH], db.uow())),
            ],
            [
                ("ids", lambda _: bare.contact_ids(text)),
                ("rows", lambda ids: bare.contact_rows(ids[:FIRST_BATCH])),
            ],
            _same,
        )

    for text in [*_typed("cleon"), "usinage prec", "Évreux"]:
        cases.append(org_search(text, "search-as-you-type, organisations"))
    for text in [*_typed("lefebvre")[:5], "lefebvre", "claire lef"]:
        cases.append(contact_search(text, "search-as-you-type, contacts"))

    by_name = OrganisationQuery()
    by_town = OrganisationQuery(sort=OrganisationSort.TOWN)
    for label, query, order in (
        ("all organisations by name", by_name, "o.sort_name, o.id"),
        ("all organisations by town", by_town, "o.town_key, o.sort_name, o.id"),
    ):
        cases.append(
            Case(
                "open the full list (ids of all + first rows)",
                label,
                [
                    ("ids", lambda _, q=query: search_organisation_ids(q, db.uow())),
                    ("rows", lambda ids: organisation_rows(ids[:FIRST_BATCH], db.uow())),
                ],
                [
                    ("ids", lambda _, o=order: bare.all_organisation_ids(o)),
                    ("rows", lambda ids: bare.organisation_rows(ids[:FIRST_BATCH])),
                ],
                _same,
            )
        )

    for town in ("Rouen", "Évreux"):
        query = OrganisationQuery(kind=OrganisationKind.SME, membership=MembershipStatus.MEMBER, town=town)
        cases.append(
            Case(
                "filter without text",
                f"SME + member + {town}",
                [
                    ("ids", lambda _, q=query: search_organisation_ids(q, db.uow())),
                    ("rows", lambda ids: organisation_rows(ids[:FIRST_BATCH], db.uow())),
                ],
                [
                    ("ids", lambda _, t=town: bare.filtered_organisation_ids("sme", "member", fold(t))),
                    ("rows", lambda ids: bare.organisation_rows(ids[:FIRST_BATCH])),
                ],
                _same,
            )
        )

    for label, key in (
        (f"get_organisation (SME, {picks['sme_contacts']} contacts)", "sme"),
        (f"get_organisation (largest, {picks['big_contacts']} contacts)", "big"),
    ):
        org_id = picks[key]
        cases.append(
            Case(
                "open a record",
                label,
                [("view", lambda _, i=org_id: get_organisation(i, db.uow()))],
                [("view", lambda _, i=org_id: bare.organisation_detail(i))],
            )
        )
    contact_id = picks["contact"]
    cases.append(
        Case(
            "open a record",
            f"get_contact ({picks['contact_affiliations']} affiliations)",
            [("view", lambda _: get_contact(contact_id, db.uow()))],
            [("view", lambda _: bare.contact_detail(contact_id))],
        )
    )
    return cases


def pick_records(bare: Bare) -> dict[str, int]:
    con = bare.con
    sme, sme_n = con.execute(
        "SELECT a.organisation_id, count(*) n FROM affiliation a "
        "JOIN organisation o ON o.id = a.organisation_id WHERE o.kind = 'sme' "
        "GROUP BY a.organisation_id HAVING n BETWEEN 6 AND 10 ORDER BY a.organisation_id LIMIT 1"
    ).fetchone()
    big, big_n = con.execute(
        "SELECT organisation_id, count(*) n FROM affiliation GROUP BY organisation_id ORDER BY n DESC LIMIT 1"
    ).fetchone()
    contact, contact_n = con.execute(
        "SELECT a.contact_id, count(*) n FROM affiliation a "
        "WHERE a.contact_id IN (SELECT contact_id FROM contact_email WHERE position = 1) "
        "AND a.contact_id IN (SELECT contact_id FROM contact_phone WHERE position = 1) "
        "GROUP BY a.contact_id HAVING n >= 3 ORDER BY a.contact_id LIMIT 1"
    ).fetchone()
    return {
        "sme": sme,
        "sme_contacts": sme_n,
        "big": big,
        "big_contacts": big_n,
        "contact": contact,
        "contact_affiliations": contact_n,
    }


# --- report ----------------------------------------------------------------------------------------


def machine() -> str:
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = os.cpu_count() or 0
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"nproc {affinity} ({cpu or platform.processor() or platform.machine()}), "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"SQLAlchemy {sqlalchemy.__version__}, {platform.system()} {platform.release()}"
    )


def _count(result: Any) -> str:
    if isinstance(result, list):
        return f"{len(result):,}"
    return "1"


def report(cases: list[Case], timings: list[tuple[Timing, Timing, int]], runs: int, warmup: int) -> None:
    print()
    print(f"Timings: median and p95 of {runs} runs after {warmup} warm-up runs, in milliseconds;")
    print("'stmts' = SQL statements the application path sent; ratio = app median / bare median.")
    header = (
        f"{'query':<44} {'hits':>8} {'app med':>9} {'app p95':>9} {'stmts':>6} "
        f"{'bare med':>9} {'bare p95':>9} {'ratio':>7}"
    )
    group = None
    print("=" * len(header))
    print(header)
    for case, (app, bare, stmts) in zip(cases, timings, strict=True):
        if case.group != group:
            group = case.group
            print("-" * len(header))
            print(f"[{group}]")
        am, bm = median_ms(app.totals), median_ms(bare.totals)
        print(
            f"{case.label:<44} {_count(app.result):>8} {am:9.1f} {p95_ms(app.totals):9.1f} {stmts:6d} "
            f"{bm:9.1f} {p95_ms(bare.totals):9.1f} {am / bm if bm else float('inf'):6.1f}x"
        )
    print("=" * len(header))
    print()
    print(
        "Where the time goes (medians, ms): ids = the sorted id list, rows = the first "
        f"{FIRST_BATCH} rows shown"
    )
    sub = (
        f"{'query':<44} {'app ids':>9} {'bare ids':>9} {'ratio':>7} "
        f"{'app rows':>9} {'bare rows':>9} {'ratio':>7}"
    )
    print(sub)
    print("-" * len(sub))
    for case, (app, bare, _) in zip(cases, timings, strict=True):
        if "ids" not in app.parts:
            continue
        ai, bi = median_ms(app.parts["ids"]), median_ms(bare.parts["ids"])
        ar, br = median_ms(app.parts["rows"]), median_ms(bare.parts["rows"])
        print(f"{case.label:<44} {ai:9.1f} {bi:9.1f} {ai / bi:6.1f}x {ar:9.1f} {br:9.1f} {ar / br:6.1f}x")


def explain(counter: StatementCounter, cases: list[Case], bare: Bare) -> None:
    """The SQL each application path emits, with SQLite's plan for it."""
    print()
    print("SQL emitted by the application paths, with EXPLAIN QUERY PLAN")
    for case in cases:
        counter.recording = []
        _run(case.app)
        statements = counter.recording
        counter.recording = None
        print("=" * 100)
        print(f"{case.label}: {len(statements)} statements")
        shown: set[str] = set()
        for statement, parameters in statements:
            key = re.sub(r"\s+", " ", statement)
            if key in shown:
                continue
            shown.add(key)
            repeats = sum(1 for s, _ in statements if re.sub(r"\s+", " ", s) == key)
            text = re.sub(r"\(\?(, \?)+\)", "(?, …)", key)
            print(f"  SQL x{repeats}: {text[:400]}")
            try:
                plan = bare.con.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            except sqlite3.Error as error:
                print(f"    (no plan: {error})")
                continue
            for _id, _parent, _unused, detail in plan:
                print(f"    plan: {detail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=300_000)
    parser.add_argument("--db", type=Path, help="database file (reused when it has the right size; kept)")
    parser.add_argument("--keep", action="store_true", help="keep (and reuse) the database in /tmp")
    parser.add_argument("--rebuild", action="store_true", help="build the database even if it exists")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--explain", action="store_true", help="print the SQL the app emits and its plan")
    parser.add_argument("--only", help="only the queries whose label contains this text")
    args = parser.parse_args(argv)

    path = args.db or Path("/tmp") / f"cluster_crm_bench_{args.organisations}_{args.contacts}.sqlite"
    reusable = (args.db is not None or args.keep) and not args.rebuild
    print(machine())
    wanted = (args.organisations, args.contacts, args.organisations, args.contacts)
    if reusable and _existing_size(path) == wanted:
        print(f"Reusing {path} ({args.organisations:,} organisations, {args.contacts:,} contacts)")
        db = open_database(f"sqlite:///{path}", None)
    else:
        db = build_database(path, args.organisations, args.contacts, args.seed)

    counter = StatementCounter(db.engine)
    bare = Bare(path)
    try:
        cases = build_cases(db, bare, pick_records(bare))
        if args.only:
            cases = [c for c in cases if args.only.lower() in c.label.lower()]
        timings = []
        for case in cases:
            print(f"  measuring {case.label}…", end="", flush=True)
            before = counter.count
            _run(case.app)
            stmts = counter.count - before
            app = measure(case.app, args.runs, args.warmup)
            bare_timing = measure(case.bare, args.runs, args.warmup)
            if case.check is not None and not case.check(app.result, bare_timing.result):
                print(" MISMATCH: the application and the bare SQL do not return the same ids", end="")
            print(f" {median_ms(app.totals):.1f} ms / {median_ms(bare_timing.totals):.1f} ms", flush=True)
            timings.append((app, bare_timing, stmts))
        print()
        print(machine())
        report(cases, timings, args.runs, args.warmup)
        if args.explain:
            explain(counter, cases, bare)
    finally:
        bare.con.close()
        db.dispose()
        if args.db is None and not args.keep:
            _remove_database(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
