"""Repositories of needs, introductions, links between organisations and shared settings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from cluster_crm.db.models import (
    DismissedSuggestion,
    FollowUp,
    Interaction,
    Introduction,
    Need,
    Organisation,
    OrganisationLink,
    Setting,
)
from cluster_crm.domain.errors import NotFound
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

    def list(
        self,
        statuses: Iterable[str] | None = None,
        organisation_id: int | None = None,
        text: str = "",
    ) -> list[Need]:
        stmt = select(Need).join(Need.organisation)
        if statuses:
            stmt = stmt.where(Need.status.in_(list(statuses)))
        if organisation_id is not None:
            stmt = stmt.where(Need.organisation_id == organisation_id)
        for word in text.split():
            pattern = f"%{word}%"
            stmt = stmt.where(
                or_(Need.title.ilike(pattern), Need.keywords.ilike(pattern), Organisation.name.ilike(pattern))
            )
        stmt = stmt.order_by(Need.received_on.desc(), Need.id.desc()).options(
            selectinload(Need.organisation), selectinload(Need.tags), selectinload(Need.introductions)
        )
        return list(self.session.scalars(stmt))

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

    def received_between(self, start: date, end: date) -> list[Need]:
        stmt = select(Need).where(Need.received_on >= start, Need.received_on < end)
        return list(self.session.scalars(stmt.options(selectinload(Need.organisation))))


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

    def query(
        self,
        statuses: Iterable[str] | None = None,
        organisation_id: int | None = None,
        contact_id: int | None = None,
        need_id: int | None = None,
        text: str = "",
    ) -> list[Introduction]:
        stmt = self._select(statuses, organisation_id, contact_id, need_id, text)
        stmt = stmt.order_by(Introduction.status_on.desc(), Introduction.id.desc())
        return list(self.session.scalars(stmt.options(*_introduction_context())))

    def _select(
        self,
        statuses: Iterable[str] | None,
        organisation_id: int | None,
        contact_id: int | None,
        need_id: int | None,
        text: str,
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
        if text.strip():
            contracting = select(Organisation.id)
            for word in text.split():
                contracting = contracting.where(Organisation.name.ilike(f"%{word}%"))
            stmt = stmt.where(
                or_(Introduction.contracting_id.in_(contracting), Introduction.sme_id.in_(contracting))
            )
        return stmt

    def between(self, sme_id: int, contracting_id: int) -> list[Introduction]:
        stmt = select(Introduction).where(
            Introduction.sme_id == sme_id, Introduction.contracting_id == contracting_id
        )
        return list(self.session.scalars(stmt))

    def of_smes(self, sme_ids: Iterable[int]) -> list[Introduction]:
        ids = list(sme_ids)
        if not ids:
            return []
        return list(self.session.scalars(select(Introduction).where(Introduction.sme_id.in_(ids))))

    def count_involving(self, organisation_id: int | None = None, contact_id: int | None = None) -> int:
        stmt = self._select(None, organisation_id, contact_id, None, "").with_only_columns(
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

    def all(self) -> list[Introduction]:
        return list(self.session.scalars(select(Introduction).options(*_introduction_context())))


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
