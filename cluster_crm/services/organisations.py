"""Use cases on organisations: list, show, create, edit, delete."""

from __future__ import annotations

from datetime import date

from cluster_crm.db import search_index
from cluster_crm.db.models import Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.address import is_france, town_line
from cluster_crm.domain.contact_points import format_phone
from cluster_crm.domain.enums import HeadcountBand, MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import Problem, ValidationFailed
from cluster_crm.domain.identifiers import format_siren, format_siret
from cluster_crm.domain.naf import naf_label
from cluster_crm.domain.organisations import (
    CleanOrganisation,
    OrganisationDraft,
    clean_organisation,
)
from cluster_crm.domain.queries import OrganisationQuery
from cluster_crm.domain.text import collapse_spaces, fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.contact_views import affiliation_view
from cluster_crm.services.dto import (
    Choice,
    Dependents,
    FilterChoices,
    OrganisationRow,
    OrganisationView,
    SearchPage,
)
from cluster_crm.services.introduction_dto import LinkView
from cluster_crm.services.relationships import links_of


def is_empty(uow: UnitOfWork) -> bool:
    """No organisation and no person yet: a new database, to which the demo is offered."""
    with uow:
        return uow.organisations.count() == 0 and uow.contacts.count() == 0


def search_organisation_ids(query: OrganisationQuery, uow: UnitOfWork) -> list[int]:
    with uow:
        return uow.organisations.search_ids(query)


def search_organisations(
    query: OrganisationQuery, uow: UnitOfWork, first: int
) -> SearchPage[OrganisationRow]:
    """The organisations matching ``query`` in its order, the rows of the ``first`` of them, and
    how many organisations there are: what the list shows after a keystroke, in one session."""
    with uow:
        ids = uow.organisations.search_ids(query)
        rows = [_row(org) for org in uow.organisations.load(ids[:first])]
        return SearchPage(ids, rows, uow.organisations.count())


def organisation_details(organisation_id: int, uow: UnitOfWork) -> tuple[OrganisationView, list[LinkView]]:
    """What the organisation's pane shows: the organisation and its links, read together."""
    return get_organisation(organisation_id, uow), links_of(organisation_id, uow)


def organisation_rows(ids: list[int], uow: UnitOfWork) -> list[OrganisationRow]:
    with uow:
        return [_row(org) for org in uow.organisations.load(ids)]


def _row(org: Organisation) -> OrganisationRow:
    kind = OrganisationKind(org.kind)
    membership = MembershipStatus(org.membership_status)
    return OrganisationRow(
        id=org.id,
        name=org.name,
        kind=kind.value,
        kind_label=kind.label,
        town=org.town or "",
        membership=membership.value,
        membership_label=membership.label,
        naf_code=org.naf_code or "",
        tags=tuple(tag.name for tag in org.tags),
    )


def filter_choices(uow: UnitOfWork) -> FilterChoices:
    with uow:
        return FilterChoices(tags=tuple(uow.tags.names()), towns=tuple(uow.organisations.towns()))


def organisation_choices(
    text: str, uow: UnitOfWork, limit: int = 30, prefer: OrganisationKind | None = None
) -> list[Choice]:
    """Organisations matching ``text`` for a picker: name, with town and kind as detail; those of
    the ``prefer`` kind come first."""
    with uow:
        ids = uow.organisations.search_ids(OrganisationQuery(text=text))[: limit * 4 if prefer else limit]
        if prefer is not None:
            preferred = uow.organisations.search_ids(OrganisationQuery(text=text, kind=prefer))[:limit]
            first = set(preferred)
            ids = (preferred + [i for i in ids if i not in first])[:limit]
        return [
            Choice(org.id, org.name, " · ".join(p for p in (org.town, OrganisationKind(org.kind).label) if p))
            for org in uow.organisations.load(ids)
        ]


def get_organisation(organisation_id: int, uow: UnitOfWork) -> OrganisationView:
    with uow:
        return _view(uow.organisations.get(organisation_id), uow.clock.today())


def create_organisation(draft: OrganisationDraft, uow: UnitOfWork) -> OrganisationView:
    with uow:
        org = add_organisation(draft, uow)
        search_index.refresh_organisations(uow.session, [org.id])
        uow.commit()
        return _view(org, uow.clock.today())


def add_organisation(draft: OrganisationDraft, uow: UnitOfWork) -> Organisation:
    """Validate and add within an open unit of work (for batches: no commit, no re-indexing)."""
    clean = clean_organisation(draft, uow.clock.today())
    _refuse_duplicate_siret(clean, None, uow)
    org = Organisation()
    _apply(org, clean, uow)
    uow.organisations.add(org)
    uow.flush()
    return org


def update_organisation(organisation_id: int, draft: OrganisationDraft, uow: UnitOfWork) -> OrganisationView:
    clean = clean_organisation(draft, uow.clock.today())
    with uow:
        org = uow.organisations.get(organisation_id)
        _refuse_duplicate_siret(clean, organisation_id, uow)
        renamed = org.name != clean.name
        _apply(org, clean, uow)
        uow.tags.delete_unused()
        search_index.refresh_organisations(uow.session, [org.id])
        if renamed:
            search_index.refresh_contacts(
                uow.session, search_index.contact_ids_of_organisation(uow.session, org.id)
            )
        uow.commit()
        return _view(org, uow.clock.today())


def organisation_dependents(organisation_id: int, uow: UnitOfWork) -> Dependents:
    with uow:
        org = uow.organisations.get(organisation_id)
        return Dependents(
            name=org.name,
            contacts=uow.organisations.contact_count(organisation_id),
            affiliations=len(org.affiliations),
            interactions=uow.interactions.count_involving(organisation_id=organisation_id),
            follow_ups=uow.follow_ups.count_about(organisation_id=organisation_id),
            links=len(uow.links.of(organisation_id)),
            introductions=uow.introductions.count_involving(organisation_id=organisation_id),
            needs=uow.needs.count_of(organisation_id),
        )


def delete_organisation(organisation_id: int, uow: UnitOfWork) -> None:
    """Delete the organisation and its affiliations; its contacts stay (they may work elsewhere)."""
    with uow:
        org = uow.organisations.get(organisation_id)
        contact_ids = search_index.contact_ids_of_organisation(uow.session, organisation_id)
        uow.organisations.delete(org)
        uow.flush()
        uow.tags.delete_unused()
        search_index.refresh_organisations(uow.session, [organisation_id])
        search_index.refresh_contacts(uow.session, contact_ids)
        uow.commit()


def _refuse_duplicate_siret(clean: CleanOrganisation, own_id: int | None, uow: UnitOfWork) -> None:
    if not clean.siret:
        return
    other = uow.organisations.by_siret(clean.siret)
    if other is not None and other.id != own_id:
        text = QT_TRANSLATE_NOOP("Errors", "Another organisation already has this SIRET: {name}.")
        raise ValidationFailed([Problem("siret", text, {"name": other.name})])


def _apply(org: Organisation, clean: CleanOrganisation, uow: UnitOfWork) -> None:
    org.name = clean.name
    org.sort_name = fold(clean.name)
    org.kind = clean.kind.value
    org.siret = clean.siret
    org.siren = clean.siren
    org.naf_code = clean.naf_code
    org.naf_nomenclature = clean.naf_nomenclature
    org.headcount_band = clean.headcount_band.value if clean.headcount_band else None
    org.address_building = clean.address_building
    org.address_street = clean.address_street
    org.address_locality = clean.address_locality
    org.postcode = clean.postcode
    org.town = clean.town
    org.town_key = fold(clean.town) if clean.town else None
    org.cedex = clean.cedex
    org.country = clean.country
    org.phone = clean.phone
    org.email = clean.email
    org.website = clean.website
    org.description = clean.description
    org.capabilities = clean.capabilities
    org.membership_status = clean.membership_status.value
    org.member_since = clean.member_since
    org.stay_in_touch_days = clean.stay_in_touch_days
    org.objected_on = clean.objected_on
    org.tags = uow.tags.get_or_create(clean.tags)


def address_lines(org: Organisation) -> tuple[str, ...]:
    lines = [org.address_building, org.address_street, org.address_locality]
    lines.append(town_line(org.postcode, org.town, org.cedex))
    if not is_france(org.country):
        lines.append(fold(org.country).upper())
    return tuple(collapse_spaces(line) for line in lines if line and line.strip())


def draft_of(org: Organisation) -> OrganisationDraft:
    return OrganisationDraft(
        name=org.name,
        kind=OrganisationKind(org.kind),
        siret=format_siret(org.siret),
        siren=format_siren(org.siren),
        naf_code=org.naf_code or "",
        headcount_band=HeadcountBand(org.headcount_band) if org.headcount_band else None,
        address_building=org.address_building or "",
        address_street=org.address_street or "",
        address_locality=org.address_locality or "",
        postcode=org.postcode or "",
        town=org.town or "",
        cedex=org.cedex or "",
        country=org.country,
        phone=format_phone(org.phone),
        email=org.email or "",
        website=org.website or "",
        description=org.description,
        capabilities=org.capabilities,
        tags=[t.name for t in org.tags],
        membership_status=MembershipStatus(org.membership_status),
        member_since=org.member_since,
        stay_in_touch_days=org.stay_in_touch_days,
        objected_on=org.objected_on,
    )


def _view(org: Organisation, today: date) -> OrganisationView:
    affiliations = sorted(
        (affiliation_view(a, today) for a in org.affiliations),
        key=lambda a: (not a.current, fold(a.contact_name)),
    )
    return OrganisationView(
        id=org.id,
        name=org.name,
        kind_label=OrganisationKind(org.kind).label,
        siret=format_siret(org.siret),
        siren=format_siren(org.siren),
        naf_code=org.naf_code or "",
        naf_label=naf_label(org.naf_code),
        naf_nomenclature=org.naf_nomenclature or "",
        headcount_label=HeadcountBand(org.headcount_band).label if org.headcount_band else "",
        address_lines=address_lines(org),
        phone=format_phone(org.phone),
        email=org.email or "",
        website=org.website or "",
        description=org.description,
        capabilities=org.capabilities,
        tags=tuple(t.name for t in org.tags),
        membership_label=MembershipStatus(org.membership_status).label,
        member_since=org.member_since,
        stay_in_touch_days=org.stay_in_touch_days,
        affiliations=tuple(affiliations),
        objected_on=org.objected_on,
        draft=draft_of(org),
    )
