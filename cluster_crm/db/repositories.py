"""Repositories: load and store organisations, contacts and tags; list queries return ids."""

from __future__ import annotations

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session, selectinload

from cluster_crm.db import backend
from cluster_crm.db.models import (
    Affiliation,
    Contact,
    Organisation,
    Tag,
    organisation_tag,
    with_contact_details,
)
from cluster_crm.db.search_index import CONTACTS, ORGANISATIONS
from cluster_crm.domain.errors import NotFound
from cluster_crm.domain.queries import (
    ContactQuery,
    ContactSort,
    OrganisationQuery,
    OrganisationSort,
)
from cluster_crm.domain.text import collapse_spaces, fold, search_words
from cluster_crm.i18n import QT_TRANSLATE_NOOP

_ORG_SORT = {
    OrganisationSort.NAME: Organisation.sort_name,
    OrganisationSort.KIND: Organisation.kind,
    OrganisationSort.TOWN: Organisation.town_key,
    OrganisationSort.MEMBERSHIP: Organisation.membership_status,
    OrganisationSort.NAF: Organisation.naf_code,
    OrganisationSort.UPDATED: Organisation.updated_at,
}
_CONTACT_SORT = {
    ContactSort.NAME: Contact.sort_name,
    ContactSort.JOB_TITLE: Contact.job_title,
    ContactSort.UPDATED: Contact.updated_at,
}


def _tie_breakers(sort_column, *columns):  # noqa: ANN001, ANN002, ANN202
    """The columns that make an order total, without repeating the sort column (which would stop
    SQLite from reading the order straight from an index)."""
    return [column for column in columns if column is not sort_column]


def _ids(session: Session, stmt: Select) -> list[int]:
    """The first column of every row, read through Core: ORM results are slow for 100,000 ids."""
    return [row[0] for row in session.connection().execute(stmt)]


class OrganisationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, organisation_id: int) -> Organisation:
        org = self.session.scalars(
            select(Organisation)
            .where(Organisation.id == organisation_id)
            .options(
                selectinload(Organisation.tags),
                selectinload(Organisation.affiliations).joinedload(Affiliation.contact),
            )
        ).first()
        if org is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "Organisation #{id} does not exist."), id=organisation_id
            )
        return org

    def add(self, org: Organisation) -> None:
        self.session.add(org)

    def delete(self, org: Organisation) -> None:
        self.session.delete(org)

    def by_siret(self, siret: str) -> Organisation | None:
        return self.session.scalars(select(Organisation).where(Organisation.siret == siret)).first()

    def count(self) -> int:
        return self.session.scalar(select(func.count(Organisation.id))) or 0

    def _filtered(self, query: OrganisationQuery) -> Select:
        stmt = select(Organisation.id)
        words = search_words(query.text)
        if words:
            connection = self.session.connection()
            stmt = stmt.where(Organisation.id.in_(backend.search_ids_sql(connection, ORGANISATIONS, words)))
        if query.kind:
            stmt = stmt.where(Organisation.kind == query.kind.value)
        if query.membership:
            stmt = stmt.where(Organisation.membership_status == query.membership.value)
        if query.town:
            stmt = stmt.where(Organisation.town_key == fold(collapse_spaces(query.town)))
        if query.tag:
            tagged = select(organisation_tag.c.organisation_id).join(Tag).where(Tag.key == fold(query.tag))
            stmt = stmt.where(Organisation.id.in_(tagged))
        return stmt

    def search_ids(self, query: OrganisationQuery) -> list[int]:
        column = _ORG_SORT[query.sort]
        order = column.desc() if query.descending else column.asc()
        stmt = self._filtered(query).order_by(
            order, *_tie_breakers(column, Organisation.sort_name, Organisation.id)
        )
        return _ids(self.session, stmt)

    def load(self, ids: list[int]) -> list[Organisation]:
        """The organisations with these ids, tags loaded, in the order of ``ids``."""
        orgs = self.session.scalars(
            select(Organisation).where(Organisation.id.in_(ids)).options(selectinload(Organisation.tags))
        ).all()
        by_id = {o.id: o for o in orgs}
        return [by_id[i] for i in ids if i in by_id]

    def towns(self) -> list[str]:
        rows = self.session.execute(
            select(Organisation.town, Organisation.town_key)
            .where(Organisation.town_key.is_not(None))
            .group_by(Organisation.town_key)
            .order_by(Organisation.town_key)
        )
        return [town for town, _ in rows]

    def contact_count(self, organisation_id: int) -> int:
        stmt = select(func.count(func.distinct(Affiliation.contact_id))).where(
            Affiliation.organisation_id == organisation_id
        )
        return self.session.scalar(stmt) or 0


class ContactRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, contact_id: int) -> Contact:
        contact = self.session.scalars(
            select(Contact).where(Contact.id == contact_id).options(*with_contact_details())
        ).first()
        if contact is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Contact #{id} does not exist."), id=contact_id)
        return contact

    def add(self, contact: Contact) -> None:
        self.session.add(contact)

    def delete(self, contact: Contact) -> None:
        self.session.delete(contact)

    def count(self) -> int:
        return self.session.scalar(select(func.count(Contact.id))) or 0

    def search_ids(self, query: ContactQuery) -> list[int]:
        stmt = select(Contact.id)
        words = search_words(query.text)
        if words:
            connection = self.session.connection()
            stmt = stmt.where(Contact.id.in_(backend.search_ids_sql(connection, CONTACTS, words)))
        if query.organisation_id is not None:
            members = select(Affiliation.contact_id).where(
                Affiliation.organisation_id == query.organisation_id
            )
            stmt = stmt.where(Contact.id.in_(members))
        column = _CONTACT_SORT[query.sort]
        order = column.desc() if query.descending else column.asc()
        return _ids(self.session, stmt.order_by(order, *_tie_breakers(column, Contact.sort_name, Contact.id)))

    def load(self, ids: list[int]) -> list[Contact]:
        contacts = self.session.scalars(
            select(Contact).where(Contact.id.in_(ids)).options(*with_contact_details())
        ).all()
        by_id = {c.id: c for c in contacts}
        return [by_id[i] for i in ids if i in by_id]


class TagRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_or_create(self, names: list[str]) -> list[Tag]:
        if not names:
            return []
        keys = {fold(n): n for n in names}
        existing = {t.key: t for t in self.session.scalars(select(Tag).where(Tag.key.in_(keys)))}
        tags = []
        for key, name in keys.items():
            tag = existing.get(key)
            if tag is None:
                tag = Tag(name=name, key=key)
                self.session.add(tag)
                existing[key] = tag
            tags.append(tag)
        return tags

    def names(self) -> list[str]:
        return list(self.session.scalars(select(Tag.name).order_by(Tag.key)))

    def delete_unused(self) -> None:
        used = select(organisation_tag.c.tag_id)
        self.session.execute(delete(Tag).where(Tag.id.not_in(used)))
