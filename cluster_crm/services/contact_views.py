"""Views of contacts and affiliations shared by the organisation and contact use cases."""

from __future__ import annotations

from datetime import date

from cluster_crm.db.models import Affiliation
from cluster_crm.domain.contacts import display_name
from cluster_crm.services.dto import AffiliationView


def affiliation_view(affiliation: Affiliation, today: date) -> AffiliationView:
    contact = affiliation.contact
    return AffiliationView(
        id=affiliation.id,
        contact_id=contact.id,
        contact_name=display_name(contact.first_name, contact.last_name),
        contact_job_title=contact.job_title or "",
        organisation_id=affiliation.organisation_id,
        organisation_name=affiliation.organisation.name,
        role=affiliation.role,
        start_date=affiliation.start_date,
        end_date=affiliation.end_date,
        current=affiliation.end_date is None or affiliation.end_date >= today,
    )
