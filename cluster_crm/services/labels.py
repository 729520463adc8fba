"""Address labels for a selection of organisations or people, with the records that get none and why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cluster_crm.db.models import Affiliation, Contact, Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.enums import Civility, MembershipStatus, OrganisationKind
from cluster_crm.domain.postal import PostalAddress, address_block, address_problem
from cluster_crm.domain.queries import OrganisationQuery
from cluster_crm.domain.text import collapse_spaces, fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.services.letterhead import get_letterhead
from cluster_crm.services.sheet_dto import Label, LabelBatch, SkippedRecord

OBJECTED = QT_TRANSLATE_NOOP("Documents", "objected to being contacted")
NO_ORGANISATION = QT_TRANSLATE_NOOP("Documents", "no current organisation to write to")
NOT_FOUND = QT_TRANSLATE_NOOP("Documents", "no longer exists")


@dataclass(frozen=True)
class LabelSelection:
    """Who gets a label: these organisations and people, or the organisations matching the filters.

    With ``contacts``, the people currently working at the filtered organisations get the labels
    (each at their organisation's address) instead of the organisations themselves."""

    organisation_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    members: bool = False
    kind: OrganisationKind | None = None
    town: str | None = None
    tag: str | None = None
    contacts: bool = False

    @property
    def by_filters(self) -> bool:
        return not self.organisation_ids and not self.contact_ids


def organisation_postal_address(org: Organisation, attention: str = "") -> PostalAddress:
    return PostalAddress(
        recipient=collapse_spaces(org.name),
        attention=attention,
        building=org.address_building or "",
        street=org.address_street or "",
        locality=org.address_locality or "",
        postcode=org.postcode or "",
        town=org.town or "",
        cedex=org.cedex or "",
        country=org.country or "France",
    )


def attention_line(contact: Contact) -> str:
    """« Madame Claire MARTIN »: civility, first name, surname in capitals."""
    civility = Civility(contact.civility)
    words = [civility.label if civility is not Civility.NONE else "", contact.first_name or ""]
    return collapse_spaces(" ".join([*words, (contact.last_name or "").upper()]))


def label_batch(selection: LabelSelection, uow: UnitOfWork) -> LabelBatch:
    cluster_name = get_letterhead(uow).name
    labels: list[Label] = []
    skipped: list[SkippedRecord] = []
    with uow:
        if selection.by_filters:
            query = OrganisationQuery(
                kind=selection.kind,
                town=selection.town,
                tag=selection.tag,
                membership=MembershipStatus.MEMBER if selection.members else None,
            )
            organisations = uow.organisations.load(uow.organisations.search_ids(query))
            if selection.contacts:
                _people_labels(_staff(organisations), labels, skipped)
            else:
                _organisation_labels(organisations, labels, skipped)
        else:
            organisations = uow.organisations.load(list(selection.organisation_ids))
            _missing(selection.organisation_ids, organisations, skipped, organisation=True)
            _organisation_labels(organisations, labels, skipped)
            people = uow.contacts.load(list(selection.contact_ids))
            _missing(selection.contact_ids, people, skipped, organisation=False)
            _people_labels([(c, current_affiliation(c)) for c in people], labels, skipped)
    return LabelBatch(labels=tuple(labels), skipped=tuple(skipped), cluster_name=cluster_name)


def _organisation_labels(
    organisations: Iterable[Organisation], labels: list[Label], skipped: list[SkippedRecord]
) -> None:
    for org in organisations:
        if org.objected_on is not None:
            skipped.append(SkippedRecord(org.name, translate("Documents", OBJECTED), organisation_id=org.id))
            continue
        address = organisation_postal_address(org)
        problem = address_problem(address)
        if problem:
            skipped.append(SkippedRecord(org.name, problem, organisation_id=org.id))
        else:
            labels.append(Label(tuple(address_block(address)), org.id, None))


def _people_labels(
    people: Iterable[tuple[Contact, Affiliation | None]], labels: list[Label], skipped: list[SkippedRecord]
) -> None:
    for contact, affiliation in people:
        name = display_name(contact.first_name, contact.last_name)
        if contact.objected_on is not None:
            skipped.append(SkippedRecord(name, translate("Documents", OBJECTED), contact_id=contact.id))
            continue
        if affiliation is None:
            skipped.append(
                SkippedRecord(name, translate("Documents", NO_ORGANISATION), contact_id=contact.id)
            )
            continue
        org = affiliation.organisation
        address = organisation_postal_address(org, attention_line(contact))
        problem = address_problem(address)
        if problem:
            skipped.append(SkippedRecord(f"{name} ({org.name})", problem, org.id, contact.id))
        else:
            labels.append(Label(tuple(address_block(address)), org.id, contact.id))


def current_affiliation(contact: Contact) -> Affiliation | None:
    """The organisation a person is written to: a current one, the longest-standing first."""
    current = [a for a in contact.affiliations if a.end_date is None or a.end_date >= _today()]
    current.sort(key=lambda a: (a.start_date is None, a.start_date or _today(), a.id))
    return current[0] if current else None


def _staff(organisations: Iterable[Organisation]) -> list[tuple[Contact, Affiliation]]:
    """The people currently working at each organisation, by name."""
    people = []
    for org in organisations:
        current = [a for a in org.affiliations if a.end_date is None or a.end_date >= _today()]
        current.sort(key=lambda a: (fold(a.contact.last_name or ""), fold(a.contact.first_name or "")))
        people += [(a.contact, a) for a in current]
    return people


def _missing(ids: Iterable[int], found: list, skipped: list[SkippedRecord], organisation: bool) -> None:
    present = {record.id for record in found}
    for missing in (i for i in ids if i not in present):
        name = f"#{missing}"
        if organisation:
            skipped.append(SkippedRecord(name, translate("Documents", NOT_FOUND), organisation_id=missing))
        else:
            skipped.append(SkippedRecord(name, translate("Documents", NOT_FOUND), contact_id=missing))


def _today() -> date:
    return date.today()
