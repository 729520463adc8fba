"""Repositories of needs, introductions, links between organisations and shared settings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from cluster_crm.db import backend
from cluster_crm.db.models import (
    Contact,
    DismissedSuggestion,
    FollowUp,
    Interaction,
    Introduction,
    Need,
    Organisation,
    OrganisationLink,
    Setting,
    Tag,
    need_tag,
)
from cluster_crm.db.search_index import ORGANISATIONS
from cluster_crm.domain.errors import NotFound
from cluster_crm.domain.text import search_words
from cluster_crm.i18n import QT_TRANSLATE_NOOP


def _introduction_context():  # noqa: ANN202 - SQLAlchemy loader options
    return (
        selectinload(Introduction.contracting),
        selectinload(Introduction.sme),
        selectinload(Introduction.contracting_contact),
        selectinload(Introduction.sme_contact),
        selectinload(Introduction.need),
    )


class NeedRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, need_id: int) -> Need:
        need = self.session.scalars(
            select(Need)
            .where(Need.id == need_id)
            .options(selectinload(Need.tags), selectinload(Need.organisation), selectinload(Need.contact))
        ).first()
        if need is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Need #{id} does not exist."), id=need_id)
        return need

    def add(self, need: Need) -> None:
        self.session.add(need)

    def delete(self, need: Need) -> None:
        self.session.delete(need)

    def rows(
        self,
        statuses: Iterable[str] | None = None,
        organisation_id: int | None = None,
        text: str = "",
    ) -> tuple[list, dict[int, list[str]]]:
        """Flat rows for the needs list (with their number of introductions), newest first, and
        the tag names of each need."""
        introductions = (
            select(func.count(Introduction.id)).where(Introduction.need_id == Need.id).scalar_subquery()
        )
        stmt = select(
            Need.id,
            Need.title,
            Need.organisation_id,
            Organisation.name.label("organisation_name"),
            Need.status,
            Need.received_on,
            Need.deadline,
            introductions.label("introductions"),
        ).join(Organisation, Organisation.id == Need.organisation_id)
        if statuses:
            stmt = stmt.where(Need.status.in_(list(statuses)))
        if organisation_id is not None:
            stmt = stmt.where(Need.organisation_id == organisation_id)
        for word in search_words(text):
            pattern = f"%{word}%"
            stmt = stmt.where(
                or_(
                    Need.title.ilike(pattern),
                    Need.keywords.ilike(pattern),
                    Organisation.sort_name.like(pattern),
                )
            )
        found = list(
            self.session.connection().execute(stmt.order_by(Need.received_on.desc(), Need.id.desc()))
        )
        tags: dict[int, list[str]] = {}
        wanted = {r.id for r in found}
        tag_stmt = (
            select(need_tag.c.need_id, Tag.name).join(Tag, Tag.id == need_tag.c.tag_id).order_by(Tag.name)
        )
        if len(wanted) < 500:  # otherwise reading every need's tags is cheaper than a long IN list
            tag_stmt = tag_stmt.where(need_tag.c.need_id.in_(wanted))
        for need_id, name in self.session.connection().execute(tag_stmt) if wanted else ():
            if need_id in wanted:
                tags.setdefault(need_id, []).append(name)
        return found, tags

    def dismissed(self, need_id: int) -> dict[int, DismissedSuggestion]:
        rows = self.session.scalars(select(DismissedSuggestion).where(DismissedSuggestion.need_id == need_id))
        return {row.organisation_id: row for row in rows}

    def dismiss(self, need_id: int, organisation_id: int, reason: str) -> None:
        existing = self.session.get(DismissedSuggestion, (need_id, organisation_id))
        if existing is None:
            self.session.add(
                DismissedSuggestion(need_id=need_id, organisation_id=organisation_id, reason=reason)
            )
        else:
            existing.reason = reason

    def undismiss(self, need_id: int, organisation_id: int) -> None:
        existing = self.session.get(DismissedSuggestion, (need_id, organisation_id))
        if existing is not None:
            self.session.delete(existing)

    def count_of(self, organisation_id: int) -> int:
        stmt = select(func.count(Need.id)).where(Need.organisation_id == organisation_id)
        return self.session.scalar(stmt) or 0


class IntroductionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, introduction_id: int) -> Introduction:
        introduction = self.session.scalars(
            select(Introduction)
            .where(Introduction.id == introduction_id)
            .options(*_introduction_context(), selectinload(Introduction.history))
        ).first()
        if introduction is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "Introduction #{id} does not exist."), id=introduction_id
            )
        return introduction

    def add(self, introduction: Introduction) -> None:
        self.session.add(introduction)

    def delete(self, introduction: Introduction) -> None:
        self.session.delete(introduction)

    def rows(
        self,
        statuses: Iterable[str] | None = None,
        organisation_id: int | None = None,
        contact_id: int | None = None,
        need_id: int | None = None,
        text: str = "",
        ended_since: date | None = None,
        limit: int | None = None,
    ) -> tuple[list, int]:
        """Flat rows for lists and boards (one query, no ORM objects), latest change first, and how
        many match in all. ``ended_since`` leaves out those that ended before that day."""
        contracting, sme = aliased(Organisation), aliased(Organisation)
        contracting_contact, sme_contact = aliased(Contact), aliased(Contact)
        stmt = self._select(statuses, organisation_id, contact_id, need_id)
        words = search_words(text)
        if words:  # either party found by the organisations' search index (accents folded)
            matching = backend.search_ids_sql(self.session.connection(), ORGANISATIONS, words)
            stmt = stmt.where(
                or_(Introduction.contracting_id.in_(matching), Introduction.sme_id.in_(matching))
            )
        if ended_since is not None:
            stmt = stmt.where(or_(Introduction.ended_on.is_(None), Introduction.ended_on >= ended_since))
        # Counted before the joins: they add columns, never rows (both parties are required).
        total = self.session.scalar(stmt.with_only_columns(func.count(Introduction.id))) or 0
        stmt = (
            stmt.join(contracting, contracting.id == Introduction.contracting_id)
            .join(sme, sme.id == Introduction.sme_id)
            .outerjoin(contracting_contact, contracting_contact.id == Introduction.contracting_contact_id)
            .outerjoin(sme_contact, sme_contact.id == Introduction.sme_contact_id)
            .outerjoin(Need, Need.id == Introduction.need_id)
        )
        stmt = stmt.with_only_columns(
            Introduction.id,
            Introduction.status,
            Introduction.status_on,
            Introduction.proposed_on,
            Introduction.contracting_id,
            contracting.name.label("contracting_name"),
            contracting_contact.first_name.label("contracting_first"),
            contracting_contact.last_name.label("contracting_last"),
            Introduction.sme_id,
            sme.name.label("sme_name"),
            sme_contact.first_name.label("sme_first"),
            sme_contact.last_name.label("sme_last"),
            Introduction.need_id,
            Need.title.label("need_title"),
            Introduction.outcome,
            Introduction.amount_eur,
        ).order_by(Introduction.status_on.desc(), Introduction.id.desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(self.session.connection().execute(stmt)), total

    def _select(
        self,
        statuses: Iterable[str] | None,
        organisation_id: int | None,
        contact_id: int | None,
        need_id: int | None,
    ) -> Select:
        stmt = select(Introduction)
        if statuses:
            stmt = stmt.where(Introduction.status.in_(list(statuses)))
        if organisation_id is not None:
            stmt = stmt.where(
                or_(Introduction.contracting_id == organisation_id, Introduction.sme_id == organisation_id)
            )
        if contact_id is not None:
            stmt = stmt.where(
                or_(
                    Introduction.contracting_contact_id == contact_id,
                    Introduction.sme_contact_id == contact_id,
                )
            )
        if need_id is not None:
            stmt = stmt.where(Introduction.need_id == need_id)
        return stmt

    def between(self, sme_id: int, contracting_id: int) -> list[Introduction]:
        stmt = select(Introduction).where(
            Introduction.sme_id == sme_id, Introduction.contracting_id == contracting_id
        )
        return list(self.session.scalars(stmt))

    def count_involving(self, organisation_id: int | None = None, contact_id: int | None = None) -> int:
        stmt = self._select(None, organisation_id, contact_id, None).with_only_columns(
            func.count(Introduction.id)
        )
        return self.session.scalar(stmt) or 0

    def interactions_of(self, introduction_id: int) -> list[Interaction]:
        stmt = (
            select(Interaction)
            .where(Interaction.introduction_id == introduction_id)
            .order_by(Interaction.starts_at.desc())
            .options(selectinload(Interaction.organisations), selectinload(Interaction.contacts))
        )
        return list(self.session.scalars(stmt))

    def follow_ups_of(self, introduction_id: int) -> list[FollowUp]:
        stmt = select(FollowUp).where(FollowUp.introduction_id == introduction_id).order_by(FollowUp.due_date)
        return list(self.session.scalars(stmt))


class LinkRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, link_id: int) -> OrganisationLink:
        link = self.session.get(OrganisationLink, link_id)
        if link is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Link #{id} does not exist."), id=link_id)
        return link

    def add(self, link: OrganisationLink) -> None:
        self.session.add(link)

    def delete(self, link: OrganisationLink) -> None:
        self.session.delete(link)

    def of(self, organisation_id: int) -> list[OrganisationLink]:
        stmt = (
            select(OrganisationLink)
            .where(
                or_(
                    OrganisationLink.organisation_id == organisation_id,
                    OrganisationLink.other_id == organisation_id,
                )
            )
            .options(selectinload(OrganisationLink.organisation), selectinload(OrganisationLink.other))
        )
        return list(self.session.scalars(stmt))

    def find(self, organisation_id: int, other_id: int, kind: str) -> OrganisationLink | None:
        stmt = select(OrganisationLink).where(
            OrganisationLink.organisation_id == organisation_id,
            OrganisationLink.other_id == other_id,
            OrganisationLink.kind == kind,
        )
        return self.session.scalars(stmt).first()


class SettingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str, default: str = "") -> str:
        setting = self.session.get(Setting, key)
        return setting.value if setting is not None else default

    def set(self, key: str, value: str) -> None:
        setting = self.session.get(Setting, key)
        if setting is None:
            self.session.add(Setting(key=key, value=value))
        else:
            setting.value = value

    def all(self) -> dict[str, str]:
        return {s.key: s.value for s in self.session.scalars(select(Setting))}
