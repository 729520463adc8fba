"""Keeps the search tables in step with organisations and contacts (folded, accent-free text)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cluster_crm.db import backend
from cluster_crm.db.models import Affiliation, Contact, Organisation, with_contact_details
from cluster_crm.domain.contact_points import format_phone
from cluster_crm.domain.naf import naf_label
from cluster_crm.domain.text import fold

ORGANISATIONS = "organisation_search"
CONTACTS = "contact_search"
BATCH = 500


def organisation_body(org: Organisation) -> str:
    parts = [
        org.name,
        org.town,
        org.postcode,
        org.siret,
        org.siren,
        org.naf_code,
        naf_label(org.naf_code),
        org.email,
        org.website,
        org.capabilities,
        org.description,
        " ".join(tag.name for tag in org.tags),
    ]
    return fold(" ".join(p for p in parts if p))


def contact_body(contact: Contact) -> str:
    parts = [contact.first_name, contact.last_name, contact.job_title]
    parts += [e.address for e in contact.emails]
    parts += [format_phone(p.number).replace(" ", "") for p in contact.phones]
    parts += [a.organisation.name for a in contact.affiliations] + [a.role for a in contact.affiliations]
    return fold(" ".join(p for p in parts if p))


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def refresh_organisations(session: Session, ids: Iterable[int]) -> None:
    session.flush()
    connection = session.connection()
    for chunk in _chunks(sorted(set(ids))):
        orgs = session.scalars(
            select(Organisation).where(Organisation.id.in_(chunk)).options(selectinload(Organisation.tags))
        ).all()
        found = {org.id for org in orgs}
        backend.delete_search_rows(connection, ORGANISATIONS, [i for i in chunk if i not in found])
        backend.replace_search_rows(connection, ORGANISATIONS, [(o.id, organisation_body(o)) for o in orgs])


def refresh_contacts(session: Session, ids: Iterable[int]) -> None:
    session.flush()
    connection = session.connection()
    for chunk in _chunks(sorted(set(ids))):
        contacts = session.scalars(
            select(Contact).where(Contact.id.in_(chunk)).options(*with_contact_details())
        ).all()
        found = {c.id for c in contacts}
        backend.delete_search_rows(connection, CONTACTS, [i for i in chunk if i not in found])
        backend.replace_search_rows(connection, CONTACTS, [(c.id, contact_body(c)) for c in contacts])


def contact_ids_of_organisation(session: Session, organisation_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Affiliation.contact_id).where(Affiliation.organisation_id == organisation_id).distinct()
        )
    )


def rebuild(session: Session) -> None:
    """Re-index everything (after a bulk load, or to repair the index)."""
    connection = session.connection()
    backend.clear_search_table(connection, ORGANISATIONS)
    backend.clear_search_table(connection, CONTACTS)
    refresh_organisations(session, session.scalars(select(Organisation.id)))
    refresh_contacts(session, session.scalars(select(Contact.id)))
    backend.refresh_statistics(connection)
