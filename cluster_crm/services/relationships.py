"""Use cases on typed links between organisations, each shown from both sides."""

from __future__ import annotations

from datetime import date

from cluster_crm.db.models import OrganisationLink
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.errors import Problem, ValidationFailed
from cluster_crm.domain.relationships import LinkDraft, LinkKind, clean_link
from cluster_crm.domain.text import fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.introduction_dto import LinkView


def add_link(draft: LinkDraft, uow: UnitOfWork) -> LinkView:
    clean = clean_link(draft)
    with uow:
        link = OrganisationLink()
        _apply(link, clean, uow)
        uow.links.add(link)
        uow.commit()
        return link_view(link, clean.organisation_id, uow.clock.today())  # type: ignore[arg-type]


def update_link(link_id: int, draft: LinkDraft, uow: UnitOfWork) -> LinkView:
    clean = clean_link(draft)
    with uow:
        link = uow.links.get(link_id)
        _apply(link, clean, uow)
        uow.commit()
        return link_view(link, clean.organisation_id, uow.clock.today())  # type: ignore[arg-type]


def delete_link(link_id: int, uow: UnitOfWork) -> None:
    with uow:
        uow.links.delete(uow.links.get(link_id))
        uow.commit()


def links_of(organisation_id: int, uow: UnitOfWork) -> list[LinkView]:
    """Every link of the organisation, read from its side, current ones first."""
    with uow:
        views = [
            link_view(link, organisation_id, uow.clock.today()) for link in uow.links.of(organisation_id)
        ]
    return sorted(views, key=lambda v: (not v.current, v.kind, fold(v.other_name)))


def _apply(link: OrganisationLink, clean: LinkDraft, uow: UnitOfWork) -> None:
    assert clean.organisation_id is not None and clean.other_id is not None
    organisation = uow.organisations.get(clean.organisation_id)
    other = uow.organisations.get(clean.other_id)
    # One row per link: "A supplier of B" is stored as "B client of A", so that it is found once.
    kind, first, second = LinkKind(clean.kind), organisation, other
    if kind in (LinkKind.SUPPLIER_OF, LinkKind.PARENT_OF):
        kind, first, second = kind.reverse, other, organisation
    for existing in (
        uow.links.find(first.id, second.id, kind.value),
        _symmetric(uow, kind, first.id, second.id),
    ):
        if existing is not None and existing is not link:
            text = QT_TRANSLATE_NOOP("Errors", "This link between {first} and {second} already exists.")
            raise ValidationFailed(
                [Problem("other", text, {"first": organisation.name, "second": other.name})]
            )
    link.organisation_id = first.id
    link.other_id = second.id
    link.kind = kind.value
    link.start_date = clean.start_date
    link.end_date = clean.end_date
    link.note = clean.note
    uow.flush()


def _symmetric(uow: UnitOfWork, kind: LinkKind, first_id: int, second_id: int) -> OrganisationLink | None:
    return uow.links.find(second_id, first_id, kind.value) if kind is LinkKind.PARTNER_OF else None


def link_view(link: OrganisationLink, seen_from: int, today: date) -> LinkView:
    kind = LinkKind(link.kind)
    if link.organisation_id == seen_from:
        other = link.other
    else:
        kind, other = kind.reverse, link.organisation
    return LinkView(
        id=link.id,
        kind=kind.value,
        label=kind.sentence(),
        other_id=other.id,
        other_name=other.name,
        start_date=link.start_date,
        end_date=link.end_date,
        note=link.note,
        draft=LinkDraft(seen_from, kind, other.id, link.start_date, link.end_date, link.note),
        current=link.end_date is None or link.end_date >= today,
    )
