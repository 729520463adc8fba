"""Use cases on contacts (people) and their affiliations to organisations."""

from __future__ import annotations

from datetime import date

from cluster_crm.db import search_index
from cluster_crm.db.models import Affiliation, Contact, ContactEmail, ContactPhone
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contact_points import format_phone
from cluster_crm.domain.contacts import (
    AffiliationDraft,
    CleanContact,
    ContactDraft,
    clean_contact,
    display_name,
)
from cluster_crm.domain.enums import Civility
from cluster_crm.domain.errors import NotFound, Problem, ValidationFailed
from cluster_crm.domain.queries import ContactQuery
from cluster_crm.domain.text import fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.contact_views import affiliation_view
from cluster_crm.services.dto import Choice, ContactRow, ContactView, Dependents, SearchPage


def search_contact_ids(query: ContactQuery, uow: UnitOfWork) -> list[int]:
    with uow:
        return uow.contacts.search_ids(query)


def search_contacts(query: ContactQuery, uow: UnitOfWork, first: int) -> SearchPage[ContactRow]:
    """The people matching ``query`` in its order, the rows of the ``first`` of them, and how many
    people there are: what the list shows after a keystroke, in one session."""
    with uow:
        ids = uow.contacts.search_ids(query)
        today = uow.clock.today()
        rows = [_row(c, today) for c in uow.contacts.load(ids[:first])]
        return SearchPage(ids, rows, uow.contacts.count())


def contact_rows(ids: list[int], uow: UnitOfWork) -> list[ContactRow]:
    with uow:
        return [_row(c, uow.clock.today()) for c in uow.contacts.load(ids)]


def _current_affiliations(contact: Contact, today: date) -> list[Affiliation]:
    return [a for a in contact.affiliations if a.end_date is None or a.end_date >= today]


def _row(contact: Contact, today: date) -> ContactRow:
    return ContactRow(
        id=contact.id,
        name=f"{contact.last_name.upper()} {contact.first_name}".strip(),
        job_title=contact.job_title or "",
        organisations=", ".join(sorted(a.organisation.name for a in _current_affiliations(contact, today))),
        email=contact.emails[0].address if contact.emails else "",
        phone=format_phone(contact.phones[0].number) if contact.phones else "",
        objected_on=contact.objected_on,
    )


def get_contact(contact_id: int, uow: UnitOfWork) -> ContactView:
    with uow:
        return _view(uow.contacts.get(contact_id), uow.clock.today())


def create_contact(draft: ContactDraft, uow: UnitOfWork) -> ContactView:
    with uow:
        contact = add_contact(draft, uow)
        search_index.refresh_contacts(uow.session, [contact.id])
        uow.commit()
        return _view(contact, uow.clock.today())


def add_contact(draft: ContactDraft, uow: UnitOfWork) -> Contact:
    """Validate and add within an open unit of work (for batches: no commit, no re-indexing)."""
    clean = clean_contact(draft, uow.clock.today())
    contact = Contact()
    _apply(contact, clean, uow)
    uow.contacts.add(contact)
    uow.flush()
    return contact


def update_contact(contact_id: int, draft: ContactDraft, uow: UnitOfWork) -> ContactView:
    clean = clean_contact(draft, uow.clock.today())
    with uow:
        contact = uow.contacts.get(contact_id)
        _apply(contact, clean, uow)
        uow.flush()
        search_index.refresh_contacts(uow.session, [contact.id])
        uow.commit()
        return _view(contact, uow.clock.today())


def contact_dependents(contact_id: int, uow: UnitOfWork) -> Dependents:
    with uow:
        contact = uow.contacts.get(contact_id)
        return Dependents(
            name=display_name(contact.first_name, contact.last_name),
            affiliations=len(contact.affiliations),
            emails=len(contact.emails),
            phones=len(contact.phones),
            interactions=uow.interactions.count_involving(contact_id=contact_id),
            follow_ups=uow.follow_ups.count_about(contact_id=contact_id),
        )


def delete_contact(contact_id: int, uow: UnitOfWork) -> None:
    with uow:
        uow.contacts.delete(uow.contacts.get(contact_id))
        uow.flush()
        search_index.refresh_contacts(uow.session, [contact_id])
        uow.commit()


def _apply(contact: Contact, clean: CleanContact, uow: UnitOfWork) -> None:
    contact.civility = clean.civility.value
    contact.first_name = clean.first_name
    contact.last_name = clean.last_name
    contact.sort_name = fold(f"{clean.last_name} {clean.first_name}")
    contact.job_title = clean.job_title
    contact.notes = clean.notes
    contact.objected_on = clean.objected_on
    contact.emails = [ContactEmail(position=i, address=a) for i, a in enumerate(clean.emails)]
    contact.phones = [ContactPhone(position=i, number=n) for i, n in enumerate(clean.phones)]
    _apply_affiliations(contact, clean.affiliations, uow)


def _apply_affiliations(contact: Contact, drafts: list[AffiliationDraft], uow: UnitOfWork) -> None:
    problems = []
    for draft in drafts:
        try:
            uow.organisations.get(draft.organisation_id)
        except NotFound:
            text = QT_TRANSLATE_NOOP("Errors", "Organisation #{id} no longer exists.")
            problems.append(Problem("affiliations", text, {"id": draft.organisation_id}))
    if problems:
        raise ValidationFailed(problems)
    key = lambda a: (a.organisation_id, a.start_date)  # noqa: E731
    existing = {key(a): a for a in contact.affiliations}
    kept = []
    for draft in drafts:
        affiliation = existing.get(key(draft)) or Affiliation(organisation_id=draft.organisation_id)
        affiliation.role = draft.role
        affiliation.start_date = draft.start_date
        affiliation.end_date = draft.end_date
        kept.append(affiliation)
    contact.affiliations = kept


def draft_of(contact: Contact) -> ContactDraft:
    return ContactDraft(
        civility=Civility(contact.civility),
        first_name=contact.first_name,
        last_name=contact.last_name,
        job_title=contact.job_title or "",
        emails=[e.address for e in contact.emails],
        phones=[format_phone(p.number) for p in contact.phones],
        notes=contact.notes,
        affiliations=[
            AffiliationDraft(a.organisation_id, a.role, a.start_date, a.end_date)
            for a in contact.affiliations
        ],
        objected_on=contact.objected_on,
    )


def _view(contact: Contact, today: date) -> ContactView:
    affiliations = sorted(
        (affiliation_view(a, today) for a in contact.affiliations),
        key=lambda a: (not a.current, fold(a.organisation_name)),
    )
    civility = Civility(contact.civility)
    return ContactView(
        id=contact.id,
        civility_label=civility.label if civility is not Civility.NONE else "",
        name=display_name(contact.first_name, contact.last_name),
        job_title=contact.job_title or "",
        emails=tuple(e.address for e in contact.emails),
        phones=tuple(format_phone(p.number) for p in contact.phones),
        notes=contact.notes,
        affiliations=tuple(affiliations),
        objected_on=contact.objected_on,
        draft=draft_of(contact),
    )


def contact_choices(text: str, uow: UnitOfWork, limit: int = 30) -> list[Choice]:
    """People matching ``text`` for a picker: name, with job title and current organisations as detail."""
    with uow:
        ids = uow.contacts.search_ids(ContactQuery(text=text))[:limit]
        return _choices(uow.contacts.load(ids), uow.clock.today())


def contact_choices_of(ids: list[int], uow: UnitOfWork) -> list[Choice]:
    """The given people as a picker shows them, in that order (those deleted left out)."""
    with uow:
        return _choices(uow.contacts.load(ids), uow.clock.today())


def people_choices(
    text: str, organisation_ids: list[int], uow: UnitOfWork, first: int = 15, limit: int = 30
) -> list[Choice]:
    """People matching ``text``, those of ``organisation_ids`` first (at most ``first`` of them):
    who is usually met with those organisations, then everyone else."""
    with uow:
        leading: list[int] = []
        for organisation_id in organisation_ids:
            leading += uow.contacts.search_ids(ContactQuery(text=text, organisation_id=organisation_id))
        leading = list(dict.fromkeys(leading))[:first]
        others = uow.contacts.search_ids(ContactQuery(text=text))[:limit] if text else []
        ids = leading + [i for i in others if i not in set(leading)]
        return _choices(uow.contacts.load(ids), uow.clock.today())


def _choices(contacts: list[Contact], today: date) -> list[Choice]:
    choices = []
    for contact in contacts:
        organisations = ", ".join(a.organisation.name for a in _current_affiliations(contact, today))
        detail = " · ".join(p for p in (contact.job_title, organisations) if p)
        choices.append(Choice(contact.id, display_name(contact.first_name, contact.last_name), detail))
    return choices
