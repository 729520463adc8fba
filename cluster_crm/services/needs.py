"""Use cases on needs (besoins) of contracting organisations: record, edit, close, list."""

from __future__ import annotations

from datetime import date

from cluster_crm.db.models import Need
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.enums import HeadcountBand, OrganisationKind
from cluster_crm.domain.errors import Problem, ValidationFailed
from cluster_crm.domain.naf import naf_label
from cluster_crm.domain.needs import CleanNeed, NeedDraft, NeedStatus, clean_need
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.services.introduction_dto import NeedRow, NeedView


def add_need(draft: NeedDraft, uow: UnitOfWork) -> NeedView:
    clean = clean_need(draft, uow.clock.today())
    with uow:
        need = Need()
        _apply(need, clean, uow)
        uow.needs.add(need)
        uow.commit()
        return need_view(uow.needs.get(need.id))


def update_need(need_id: int, draft: NeedDraft, uow: UnitOfWork) -> NeedView:
    clean = clean_need(draft, uow.clock.today())
    with uow:
        need = uow.needs.get(need_id)
        _apply(need, clean, uow)
        uow.commit()
        return need_view(need)


def set_need_status(need_id: int, status: NeedStatus, uow: UnitOfWork, on: date | None = None) -> NeedView:
    with uow:
        need = uow.needs.get(need_id)
        need.status = NeedStatus(status).value
        need.status_on = None if status is NeedStatus.OPEN else (on or uow.clock.today())
        uow.commit()
        return need_view(need)


def delete_need(need_id: int, uow: UnitOfWork) -> None:
    """Its introductions stay (they no longer name a need); its dismissed suggestions go."""
    with uow:
        uow.needs.delete(uow.needs.get(need_id))
        uow.commit()


def get_need(need_id: int, uow: UnitOfWork) -> NeedView:
    with uow:
        return need_view(uow.needs.get(need_id))


def need_rows(
    uow: UnitOfWork,
    statuses: list[NeedStatus] | None = None,
    organisation_id: int | None = None,
    text: str = "",
) -> list[NeedRow]:
    """Needs, newest first, filtered by status, organisation or words of the title, the keywords
    or the organisation's name."""
    with uow:
        found, tags = uow.needs.rows([s.value for s in statuses or []], organisation_id, text)
    labels = {s.value: s.label for s in NeedStatus}
    return [
        NeedRow(
            id=r.id,
            title=r.title,
            organisation_id=r.organisation_id,
            organisation_name=r.organisation_name,
            status=r.status,
            status_label=labels[r.status],
            received_on=r.received_on,
            deadline=r.deadline,
            introductions=r.introductions,
            tags=tuple(tags.get(r.id, ())),
        )
        for r in found
    ]


def _apply(need: Need, clean: CleanNeed, uow: UnitOfWork) -> None:
    organisation = uow.organisations.get(clean.organisation_id)
    if OrganisationKind(organisation.kind) is OrganisationKind.SME:
        text = QT_TRANSLATE_NOOP(
            "Errors", "{name} is an SME: needs are those of contracting organisations or institutions."
        )
        raise ValidationFailed([Problem("organisation", text, {"name": organisation.name})])
    if clean.contact_id is not None:
        uow.contacts.get(clean.contact_id)
    status_changed = need.status != clean.status.value
    need.organisation_id = clean.organisation_id
    need.contact_id = clean.contact_id
    need.title = clean.title
    need.description = clean.description
    need.keywords = clean.keywords
    need.naf_codes = " ".join(clean.naf_codes)
    need.headcount_min = clean.headcount_min.value if clean.headcount_min else None
    need.headcount_max = clean.headcount_max.value if clean.headcount_max else None
    need.town = clean.town
    need.postcode = clean.postcode
    need.max_distance_km = clean.max_distance_km
    need.deadline = clean.deadline
    need.status = clean.status.value
    need.received_on = clean.received_on
    if status_changed:
        need.status_on = None if clean.status is NeedStatus.OPEN else uow.clock.today()
    need.tags = uow.tags.get_or_create(clean.tags)


def headcount_text(low: str | None, high: str | None) -> str:
    """« de 10 à 199 salariés », « au moins 50 salariés », « au plus 49 salariés » or nothing."""
    smallest = HeadcountBand(low).bounds if low else None
    largest = HeadcountBand(high).bounds if high else None
    bottom = smallest[0] if smallest else None
    top = largest[1] if largest else None

    def number(value: int) -> str:
        return f"{value:,}".replace(",", "\u202f")

    if bottom is not None and top is not None:
        return translate("Needs", "from {low} to {high} employees").format(
            low=number(bottom), high=number(top)
        )
    if bottom is not None:
        return translate("Needs", "at least {low} employees").format(low=number(bottom))
    if top is not None:
        return translate("Needs", "at most {high} employees").format(high=number(top))
    return ""


def need_view(need: Need) -> NeedView:
    codes = tuple(need.naf_codes.split())
    contact = need.contact
    return NeedView(
        id=need.id,
        title=need.title,
        description=need.description,
        keywords=need.keywords,
        tags=tuple(t.name for t in need.tags),
        naf_codes=codes,
        naf_labels=tuple(naf_label(c) for c in codes),
        headcount_text=headcount_text(need.headcount_min, need.headcount_max),
        town=need.town or "",
        max_distance_km=need.max_distance_km,
        deadline=need.deadline,
        status=need.status,
        status_label=NeedStatus(need.status).label,
        received_on=need.received_on,
        organisation_id=need.organisation_id,
        organisation_name=need.organisation.name,
        contact_id=need.contact_id,
        contact_name=display_name(contact.first_name, contact.last_name) if contact else "",
        draft=NeedDraft(
            organisation_id=need.organisation_id,
            title=need.title,
            description=need.description,
            keywords=need.keywords,
            tags=[t.name for t in need.tags],
            naf_codes=", ".join(codes),
            headcount_min=HeadcountBand(need.headcount_min) if need.headcount_min else None,
            headcount_max=HeadcountBand(need.headcount_max) if need.headcount_max else None,
            town=need.town or "",
            postcode=need.postcode or "",
            max_distance_km=need.max_distance_km,
            deadline=need.deadline,
            status=NeedStatus(need.status),
            received_on=need.received_on,
            contact_id=need.contact_id,
        ),
    )
