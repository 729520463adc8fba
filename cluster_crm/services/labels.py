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
from cluster_crm.services.progress import Progress
from cluster_crm.services.sheet_dto import Label, LabelBatch, SkippedRecord

OBJECTED = QT_TRANSLATE_NOOP("Documents", "objected to being contacted")
NO_ORGANISATION = QT_TRANSLATE_NOOP("Documents", "no current organisation to write to")
NOT_FOUND = QT_TRANSLATE_NOOP("Documents", "no longer exists")
PROGRESS_STEP = 50


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


def label_batch(selection: LabelSelection, uow: UnitOfWork, progress: Progress | None = None) -> LabelBatch:
    """The labels of the selection, in its order (by name for filters), and the records left out."""
    cluster_name = get_letterhead(uow).name
    labels: list[Label] = []
    skipped: list[SkippedRecord] = []
    with uow:
        records = _records(selection, uow, skipped)
        for done, (org, contact) in enumerate(records, start=1):
            label = _label(org, contact, skipped)
            if label is not None:
                labels.append(label)
            if progress is not None and (done % PROGRESS_STEP == 0 or done == len(records)):
                progress(done, len(records))
    return LabelBatch(labels=tuple(labels), skipped=tuple(skipped), cluster_name=cluster_name)


Record = tuple[Organisation | None, Contact | None]  # (organisation, None) or (its address, person)


def _records(selection: LabelSelection, uow: UnitOfWork, skipped: list[SkippedRecord]) -> list[Record]:
    if selection.by_filters:
        query = OrganisationQuery(
            kind=selection.kind,
            town=selection.town,
            tag=selection.tag,
            membership=MembershipStatus.MEMBER if selection.members else None,
        )
        organisations = uow.organisations.load(uow.organisations.search_ids(query))
        if selection.contacts:
            return [(a.organisation, a.contact) for a in _staff(organisations, uow.clock.today())]
        return [(org, None) for org in organisations]
    organisations = uow.organisations.load(list(selection.organisation_ids))
    _missing(selection.organisation_ids, organisations, skipped, organisation=True)
    people = uow.contacts.load(list(selection.contact_ids))
    _missing(selection.contact_ids, people, skipped, organisation=False)
    records: list[Record] = [(org, None) for org in organisations]
    for contact in people:
        affiliation = current_affiliation(contact, uow.clock.today())
        records.append((affiliation.organisation if affiliation else None, contact))
    return records


def _label(org: Organisation | None, contact: Contact | None, skipped: list[SkippedRecord]) -> Label | None:
    """The label of an organisation, or of a person at their organisation; None (and why) if none."""
    if contact is None:
        assert org is not None
        name, attention, objected = org.name, "", org.objected_on is not None
    else:
        name = display_name(contact.first_name, contact.last_name)
        attention, objected = attention_line(contact), contact.objected_on is not None
    ids = {"organisation_id": org.id if org else None, "contact_id": contact.id if contact else None}
    if objected:
        skipped.append(SkippedRecord(name, translate("Documents", OBJECTED), **ids))
        return None
    if org is None:
        skipped.append(SkippedRecord(name, translate("Documents", NO_ORGANISATION), **ids))
        return None
    address = organisation_postal_address(org, attention)
    problem = address_problem(address)
    if problem:
        shown = f"{name} ({org.name})" if contact is not None else name
        skipped.append(SkippedRecord(shown, problem, **ids))
        return None
    return Label(tuple(address_block(address)), org.id, contact.id if contact else None)


def current_affiliation(contact: Contact, today: date) -> Affiliation | None:
    """The organisation a person is written to: a current one, the longest-standing first."""
    current = [a for a in contact.affiliations if a.end_date is None or a.end_date >= today]
    current.sort(key=lambda a: (a.start_date is None, a.start_date or today, a.id))
    return current[0] if current else None


def _staff(organisations: Iterable[Organisation], today: date) -> list[Affiliation]:
    """The current affiliations of each organisation, by the person's name."""
    staff = []
    for org in organisations:
        current = [a for a in org.affiliations if a.end_date is None or a.end_date >= today]
        current.sort(key=lambda a: (fold(a.contact.last_name or ""), fold(a.contact.first_name or "")))
        staff += current
    return staff


def _missing(ids: Iterable[int], found: list, skipped: list[SkippedRecord], organisation: bool) -> None:
    present = {record.id for record in found}
    for missing in (i for i in ids if i not in present):
        name = f"#{missing}"
        if organisation:
            skipped.append(SkippedRecord(name, translate("Documents", NOT_FOUND), organisation_id=missing))
        else:
            skipped.append(SkippedRecord(name, translate("Documents", NOT_FOUND), contact_id=missing))
