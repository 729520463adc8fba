"""The contact sheets of an organisation and of a person, gathered from the existing use cases."""

from __future__ import annotations

from datetime import date

from cluster_crm.db.models import Contact
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contact_points import format_phone
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.enums import Civility
from cluster_crm.domain.errors import NotFound
from cluster_crm.domain.identifiers import format_siret
from cluster_crm.domain.naf_sections import naf_section
from cluster_crm.domain.postal import address_block, address_problem
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.contacts import get_contact
from cluster_crm.services.dto import AffiliationView, FollowUpView
from cluster_crm.services.follow_ups import follow_ups_of
from cluster_crm.services.interactions import timeline
from cluster_crm.services.introductions import introduction_rows
from cluster_crm.services.labels import attention_line, current_affiliation, organisation_postal_address
from cluster_crm.services.letterhead import get_letterhead
from cluster_crm.services.organisations import get_organisation
from cluster_crm.services.relationships import links_of
from cluster_crm.services.sheet_dto import ContactSheet, OrganisationSheet, SheetPerson

LAST_INTERACTIONS = 10
UNKNOWN_SIRET = QT_TRANSLATE_NOOP("Errors", "No organisation has the SIRET {siret}.")


def find_organisation_id(id_or_siret: int | str, uow: UnitOfWork) -> int:
    """An organisation's id from its id or its SIRET (14 digits, spaces allowed); NotFound otherwise."""
    if isinstance(id_or_siret, int):
        return id_or_siret
    digits = "".join(id_or_siret.split())
    if len(digits) != 14:
        return int(digits) if digits.isdigit() else _unknown_siret(id_or_siret)
    with uow:
        org = uow.organisations.by_siret(digits)
        if org is None:
            _unknown_siret(format_siret(digits))
        return org.id


def _unknown_siret(siret: str) -> int:
    raise NotFound(UNKNOWN_SIRET, siret=siret.strip())


def organisation_sheet(
    id_or_siret: int | str, uow: UnitOfWork, today: date | None = None
) -> OrganisationSheet:
    organisation_id = find_organisation_id(id_or_siret, uow)
    view = get_organisation(organisation_id, uow)
    with uow:
        org = uow.organisations.get(organisation_id)
        block = tuple(address_block(organisation_postal_address(org)))
        people = _people(view.affiliations, uow)
    section = naf_section(view.naf_code)
    return OrganisationSheet(
        organisation=view,
        address_block=block,
        sector=section.title if section else "",
        contacts=tuple(p for a, p in people if a.current),
        former_contacts=tuple(p for a, p in people if not a.current),
        interactions=tuple(timeline(uow, organisation_id=organisation_id, limit=LAST_INTERACTIONS)),
        follow_ups=_open(follow_ups_of(uow, organisation_id=organisation_id)),
        introductions=tuple(introduction_rows(uow, organisation_id=organisation_id)),
        links=tuple(links_of(organisation_id, uow)),
        cluster_name=get_letterhead(uow).name,
        printed_on=today or uow.clock.today(),
    )


def contact_sheet(contact_id: int, uow: UnitOfWork, today: date | None = None) -> ContactSheet:
    view = get_contact(contact_id, uow)
    with uow:
        contact = uow.contacts.get(contact_id)
        civility = contact.civility
        affiliation = current_affiliation(contact, uow.clock.today())
        block: tuple[str, ...] = ()
        if affiliation is not None:
            address = organisation_postal_address(affiliation.organisation, attention_line(contact))
            block = () if address_problem(address) else tuple(address_block(address))
    return ContactSheet(
        contact=view,
        civility=civility,
        address_block=block,
        interactions=tuple(timeline(uow, contact_id=contact_id, limit=LAST_INTERACTIONS)),
        follow_ups=_open(follow_ups_of(uow, contact_id=contact_id)),
        introductions=tuple(introduction_rows(uow, contact_id=contact_id)),
        cluster_name=get_letterhead(uow).name,
        printed_on=today or uow.clock.today(),
    )


def _open(follow_ups: list[FollowUpView]) -> tuple[FollowUpView, ...]:
    return tuple(sorted((f for f in follow_ups if not f.done), key=lambda f: f.due_date))


def _people(
    affiliations: tuple[AffiliationView, ...], uow: UnitOfWork
) -> list[tuple[AffiliationView, SheetPerson]]:
    """Each affiliation with its person's details (one query for all of them)."""
    contacts = {c.id: c for c in uow.contacts.load([a.contact_id for a in affiliations])}
    return [(a, sheet_person(contacts[a.contact_id], a.role, a.start_date, a.end_date)) for a in affiliations]


def sheet_person(contact: Contact, role: str, start: date | None, end: date | None) -> SheetPerson:
    civility = Civility(contact.civility)
    return SheetPerson(
        contact_id=contact.id,
        name=display_name(contact.first_name, contact.last_name),
        civility_label=civility.label if civility is not Civility.NONE else "",
        job_title=contact.job_title or "",
        role=role or "",
        phones=tuple(format_phone(p.number) for p in contact.phones),
        emails=tuple(e.address for e in contact.emails),
        start_date=start,
        end_date=end,
        objected=contact.objected_on is not None,
    )
