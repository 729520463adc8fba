"""The demo cluster's links between organisations: suppliers, clients, subsidiaries and partners."""

from __future__ import annotations

from typing import NamedTuple

from cluster_crm.demo.data.needs import CHU, CLEON


class LinkSpec(NamedTuple):
    organisation: str
    kind: str  # a LinkKind value, read "<organisation> is <kind> <other>"
    other: str
    start: str  # "2016-03-01"
    end: str = ""
    note: str = ""


L = LinkSpec
LINKS: tuple[LinkSpec, ...] = (
    L("Usinage Précision Normand", "supplier_of", CLEON, "2016-03-01", note="Usinage de pièces de boîtes"),
    L("Décolletage de la Bresle", "supplier_of", CLEON, "2011-09-01"),
    L("Seine Maintenance Services", "supplier_of", CLEON, "2018-01-15", note="Contrat de maintenance"),
    L("Mécanique de la Risle", "supplier_of", "Normandie Aérostructures", "2013-04-01"),
    L("Précimeca Seine", "supplier_of", "Propulsion spatiale de Vernon", "2015-05-01"),
    L(
        "Maintenance Industrielle de l'Estuaire",
        "supplier_of",
        "Raffinerie de l'Estuaire – site de Port-Jérôme",
        "2012-01-01",
        note="Maintenance des pompes",
    ),
    L(
        "Ingénierie Nucléaire du Cotentin",
        "supplier_of",
        "Centre nucléaire de production d'électricité de la Côte d'Albâtre",
        "2010-01-01",
    ),
    L(
        "Sérigraphie Flacons Normandie",
        "supplier_of",
        "Verreries de la Vallée de la Bresle",
        "2012-03-01",
        "2022-12-31",
        note="Contrat non renouvelé",
    ),
    L("Cosmétiques du Pays de Bray", "supplier_of", "Parfums et Cosmétiques de Normandie", "2018-05-01"),
    L("Communauté métropolitaine Rouen Seine", "client_of", "Dépollution Seine Environnement", "2021-06-01"),
    L("Logiparc Vallée de Seine", "client_of", "Normandie Convoyage", "2020-01-01"),
    L("Commissionnaire de l'Estuaire", "subsidiary_of", "Logistique Portuaire Havraise", "2017-01-01"),
    L("Décolletage de l'Epte", "subsidiary_of", "Décolletage de la Bresle", "2019-07-01"),
    L("Transports Frigorifiques du Bessin", "subsidiary_of", "Transports Seine-Eure", "2014-01-01"),
    L("Mécanique de Précision de l'Iton", "subsidiary_of", "Précimeca Seine", "2021-03-01"),
    L(
        "Parfums et Cosmétiques de Normandie",
        "parent_of",
        "Laboratoire Cosmétique de la Côte Fleurie",
        "2020-10-01",
    ),
    L(
        "CCI Vallée de Seine Normandie",
        "partner_of",
        "Agence normande de développement économique",
        "2017-01-01",
    ),
    L(
        CHU,
        "partner_of",
        "Institut universitaire de santé numérique de Rouen",
        "2015-09-01",
        note="Convention de recherche",
    ),
    L(CHU, "partner_of", "Centre de simulation médicale Medisim Normandie", "2016-01-01"),
    L(
        "Pôle de compétitivité Mobilités et Industrie Normandie",
        "partner_of",
        "Laboratoire de mécanique et matériaux de Normandie",
        "2014-01-01",
    ),
    L(
        "Normandie IA Santé",
        "partner_of",
        "Institut universitaire de santé numérique de Rouen",
        "2018-06-01",
        note="Thèse CIFRE en imagerie",
    ),
)

# A contract or a partnership that came out of an introduction also links its parties from that day.
FROM_INTRODUCTION = "À la suite d'une mise en relation du cluster"
