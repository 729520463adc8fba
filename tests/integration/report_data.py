"""A small cluster whose report figures were counted by hand, built through the real services.

Four contracting organisations (two in NAF section C, one in Q, one institution without a NAF code),
four SMEs, eight needs and ten introductions from January to October 2026. The report of the
3rd quarter 2026, printed on 10 October 2026 (``REPORT_DAY``), counts:

====================  =====  ==============  =============  ==============  =======
figure                total  CHU de Rouen    Métropole      Safran          Cléon
====================  =====  ==============  =============  ==============  =======
needs received        5      2               1              1               1
proposals             6      1 (I10)         1 (I7)         2 (I5, I6)      2 (I3, I4)
introductions made    5      2 (I2, I10)     0              1 (I5)          2 (I3, I4)
of which concluded    4      2               0              1 (I5, 5 Oct.)  1 (I3)
concluded in Q3       4      3 (I1, I2, I10) 0              0               1 (I3)
closed in Q3          3      1 (I8)          0              1 (I6)          1 (I4)
amount (€)            57500  45000           0              0               12500
median days           75     90 (30 90 91)   –              –               60
====================  =====  ==============  =============  ==============  =======

Concluded in Q3 (days from introduction): I1 90 (contract 40 000 €), I2 30 (partnership, no
amount), I3 60 (contract 12 500 €), I10 91 (contract 5 000 €) → median (60 + 90) / 2 = 75.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cluster_crm.db.database import Database
from cluster_crm.domain.enums import OrganisationKind
from cluster_crm.domain.introductions import (
    CloseReason,
    IntroductionDraft,
    IntroductionStatus,
    Outcome,
    StatusChange,
)
from cluster_crm.domain.needs import NeedDraft
from cluster_crm.services.introductions import change_status, propose_introduction
from cluster_crm.services.needs import add_need
from tests.factories import make_organisation

REPORT_DAY = date(2026, 10, 10)
S = IntroductionStatus


@dataclass(frozen=True)
class Cluster:
    chu: int
    metropole: int
    safran: int
    cleon: int
    introductions: dict[str, int]
    needs: dict[str, int]


def build_report_cluster(database: Database) -> Cluster:
    def contracting(name: str, naf: str, kind: OrganisationKind = OrganisationKind.CONTRACTING) -> int:
        return make_organisation(database, name, kind=kind, naf_code=naf)

    chu = contracting("CHU de Rouen", "86.10Z")
    metropole = contracting("Métropole Rouen Normandie", "", OrganisationKind.INSTITUTION)
    safran = contracting("Safran Nacelles", "30.30Z")
    cleon = contracting("Usine de Cléon", "29.10Z")
    usinage = make_organisation(database, "Usinage Précis", naf_code="25.62B")
    numerique = make_organisation(database, "Numérique 76", naf_code="62.01Z")
    tolerie = make_organisation(database, "Tôlerie Normande", naf_code="25.11Z")
    robotique = make_organisation(database, "Robotique Seine")

    needs = {}
    for key, organisation, received_on, title in (
        ("N1", cleon, date(2026, 3, 31), "Outillage de presse"),  # Q1: the trend only
        ("N2", chu, date(2026, 5, 20), "Chariots en inox sur mesure"),  # Q2
        ("N3", chu, date(2026, 7, 5), "Plateforme de télésuivi des patients"),
        ("N4", chu, date(2026, 8, 12), "Pièces de rechange pour lits médicalisés"),
        ("N5", cleon, date(2026, 7, 20), "Carters en tôle fine"),
        ("N6", metropole, date(2026, 9, 2), "Capteurs pour l'éclairage public"),
        ("N7", safran, date(2026, 9, 30), "Usinage de pièces en titane"),  # the quarter's last day
        ("N8", cleon, date(2026, 10, 1), "Robot de palettisation"),  # Q4
    ):
        draft = NeedDraft(organisation_id=organisation, title=title, received_on=received_on)
        needs[key] = add_need(draft, database.uow()).id

    def walk(
        contracting_id, sme_id, proposed, introduced=None, concluded=None, closed=None, need=None
    ) -> int:
        draft = IntroductionDraft(
            contracting_id=contracting_id, sme_id=sme_id, proposed_on=proposed, need_id=needs.get(need)
        )
        introduction = propose_introduction(draft, database.uow(), confirmed=True, today=REPORT_DAY).id
        if introduced is not None:
            change = StatusChange(
                S.INTRODUCED, changed_on=introduced, contracting_agreed_on=proposed, sme_agreed_on=proposed
            )
            change_status(introduction, change, database.uow(), today=REPORT_DAY)
        if concluded is not None:
            day, outcome, amount = concluded
            change = StatusChange(S.CONCLUDED, changed_on=day, outcome=outcome, amount_eur=amount)
            change_status(introduction, change, database.uow(), today=REPORT_DAY)
        if closed is not None:
            day, reason = closed
            change = StatusChange(S.CLOSED, changed_on=day, close_reason=reason)
            change_status(introduction, change, database.uow(), today=REPORT_DAY)
        return introduction

    d = date
    introductions = {
        "I1": walk(chu, usinage, d(2026, 4, 1), d(2026, 4, 10), (d(2026, 7, 9), Outcome.CONTRACT, 40_000)),
        "I2": walk(
            chu,
            numerique,
            d(2026, 6, 25),
            d(2026, 7, 2),
            (d(2026, 8, 1), Outcome.PARTNERSHIP, None),
            need="N3",
        ),
        "I3": walk(
            cleon,
            tolerie,
            d(2026, 7, 5),
            d(2026, 7, 15),
            (d(2026, 9, 13), Outcome.CONTRACT, 12_500),
            need="N5",
        ),
        "I4": walk(
            cleon, robotique, d(2026, 7, 10), d(2026, 7, 20), closed=(d(2026, 8, 31), CloseReason.DECLINED)
        ),
        "I5": walk(
            safran,
            usinage,
            d(2026, 8, 2),
            d(2026, 8, 20),
            (d(2026, 10, 5), Outcome.CONTRACT, 8_000),
            need="N7",
        ),
        "I6": walk(safran, tolerie, d(2026, 9, 1), closed=(d(2026, 9, 10), CloseReason.UNREACHABLE)),
        "I7": walk(metropole, numerique, d(2026, 9, 15)),
        "I8": walk(
            chu, robotique, d(2026, 5, 1), d(2026, 5, 10), closed=(d(2026, 7, 1), CloseReason.NOT_FOR_US)
        ),
        "I9": walk(cleon, numerique, d(2026, 3, 1), d(2026, 3, 15), (d(2026, 6, 15), Outcome.OTHER, None)),
        "I10": walk(
            chu, tolerie, d(2026, 7, 1), d(2026, 7, 1), (d(2026, 9, 30), Outcome.CONTRACT, 5_000), need="N2"
        ),
    }
    return Cluster(
        chu=chu, metropole=metropole, safran=safran, cleon=cleon, introductions=introductions, needs=needs
    )
