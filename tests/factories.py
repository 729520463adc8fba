"""Short ways to put organisations and contacts in a test database, through the services."""

from __future__ import annotations

from cluster_crm.db.database import Database
from cluster_crm.domain.contacts import AffiliationDraft, ContactDraft
from cluster_crm.domain.enums import MembershipStatus, OrganisationKind
from cluster_crm.domain.organisations import OrganisationDraft
from cluster_crm.services.contacts import create_contact
from cluster_crm.services.organisations import create_organisation


def make_organisation(database: Database, name: str, **fields) -> int:
    fields.setdefault("kind", OrganisationKind.SME)
    fields.setdefault("membership_status", MembershipStatus.NONE)
    return create_organisation(OrganisationDraft(name=name, **fields), database.uow()).id


def make_contact(database: Database, first: str, last: str, *organisation_ids: int, **fields) -> int:
    affiliations = [AffiliationDraft(org_id, fields.pop("role", "")) for org_id in organisation_ids]
    return create_contact(
        ContactDraft(first_name=first, last_name=last, affiliations=affiliations, **fields), database.uow()
    ).id
