"""The demo cluster's letterhead: a fictional CCI-run cluster in Rouen, so that its letters look real."""

from __future__ import annotations

from cluster_crm.db.uow import UnitOfWork
from cluster_crm.documents.letter_model import Letterhead
from cluster_crm.services import letterhead

DEMO_LETTERHEAD = {
    letterhead.ADDRESS: "CCI Vallée de Seine Normandie\n10 quai de la Bourse\n76000 Rouen",
    letterhead.PHONE: "02 35 14 37 37",
    letterhead.EMAIL: "cluster@cci-vallee-seine.example.fr",
    letterhead.WEBSITE: "www.cluster-industries-seine.example.fr",
    letterhead.PLACE: "Rouen",
    letterhead.SIGNATORY_NAME: "Claire Dubois",
    letterhead.SIGNATORY_TITLE: "Animatrice du cluster",
}


def demo_letterhead(uow: UnitOfWork) -> Letterhead:
    """Set the sender of the demo's letters (the cluster's name is set by the demo itself)."""
    return letterhead.save_letterhead(dict(DEMO_LETTERHEAD), uow)
