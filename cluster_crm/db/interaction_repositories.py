"""Repositories of interactions and follow-ups: timelines, due lists, last contacts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from cluster_crm.db.models import (
    FollowUp,
    Interaction,
    Introduction,
    Organisation,
    interaction_contact,
    interaction_organisation,
)
from cluster_crm.domain.errors import NotFound
from cluster_crm.i18n import QT_TRANSLATE_NOOP


class InteractionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, interaction_id: int) -> Interaction:
        interaction = self.session.scalars(
            select(Interaction)
            .where(Interaction.id == interaction_id)
            .options(
                selectinload(Interaction.organisations),
                selectinload(Interaction.contacts),
                selectinload(Interaction.attachments),
                selectinload(Interaction.follow_ups),
            )
        ).first()
        if interaction is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "Interaction #{id} does not exist."), id=interaction_id
            )
        return interaction

    def add(self, interaction: Interaction) -> None:
        self.session.add(interaction)

    def delete(self, interaction: Interaction) -> None:
        self.session.delete(interaction)

    def timeline(
        self,
        organisation_id: int | None = None,
        contact_id: int | None = None,
        kinds: list[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[Interaction]:
        """Interactions newest first, of an organisation (directly or through its people) or a person."""
        stmt = self._involving(organisation_id, contact_id)
        if kinds:
            stmt = stmt.where(Interaction.kind.in_(kinds))
        if since is not None:
            stmt = stmt.where(Interaction.starts_at >= since)
        if until is not None:
            stmt = stmt.where(Interaction.starts_at < until)
        stmt = stmt.order_by(Interaction.starts_at.desc(), Interaction.id.desc()).limit(limit)
        stmt = stmt.options(
            selectinload(Interaction.organisations),
            selectinload(Interaction.contacts),
            selectinload(Interaction.attachments),
            selectinload(Interaction.follow_ups),
        )
        return list(self.session.scalars(stmt))

    def _involving(self, organisation_id: int | None, contact_id: int | None) -> Select:
        stmt = select(Interaction)
        if organisation_id is not None:
            with_org = select(interaction_organisation.c.interaction_id).where(
                interaction_organisation.c.organisation_id == organisation_id
            )
            stmt = stmt.where(Interaction.id.in_(with_org))
        if contact_id is not None:
            with_contact = select(interaction_contact.c.interaction_id).where(
                interaction_contact.c.contact_id == contact_id
            )
            stmt = stmt.where(Interaction.id.in_(with_contact))
        return stmt

    def refresh_last_contacts(self, organisation_ids: Iterable[int] | None = None) -> None:
        """Recompute ``organisation.last_contact_at`` for these organisations (all when None)."""
        latest = (
            select(func.max(Interaction.starts_at))
            .join(interaction_organisation, Interaction.id == interaction_organisation.c.interaction_id)
            .where(interaction_organisation.c.organisation_id == Organisation.id)
            .scalar_subquery()
        )
        stmt = (
            update(Organisation).values(last_contact_at=latest).execution_options(synchronize_session=False)
        )
        if organisation_ids is None:
            self.session.execute(stmt)
            return
        ids = sorted(set(organisation_ids))
        for start in range(0, len(ids), 500):
            self.session.execute(stmt.where(Organisation.id.in_(ids[start : start + 500])))

    def last_contact_of(
        self, organisation_id: int | None = None, contact_id: int | None = None
    ) -> datetime | None:
        stmt = self._involving(organisation_id, contact_id).with_only_columns(func.max(Interaction.starts_at))
        value = self.session.scalar(stmt)
        return _as_datetime(value) if value else None

    def count_between(self, start: datetime, end: datetime, kind: str | None = None) -> int:
        stmt = select(func.count(Interaction.id)).where(
            Interaction.starts_at >= start, Interaction.starts_at < end
        )
        if kind:
            stmt = stmt.where(Interaction.kind == kind)
        return self.session.scalar(stmt) or 0

    def organisations_met_between(self, start: datetime, end: datetime) -> int:
        stmt = (
            select(func.count(func.distinct(interaction_organisation.c.organisation_id)))
            .join(Interaction, Interaction.id == interaction_organisation.c.interaction_id)
            .where(Interaction.starts_at >= start, Interaction.starts_at < end)
        )
        return self.session.scalar(stmt) or 0

    def count_involving(self, organisation_id: int | None = None, contact_id: int | None = None) -> int:
        stmt = self._involving(organisation_id, contact_id).with_only_columns(func.count(Interaction.id))
        return self.session.scalar(stmt) or 0


class FollowUpRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, follow_up_id: int) -> FollowUp:
        follow_up = self.session.get(FollowUp, follow_up_id)
        if follow_up is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Follow-up #{id} does not exist."), id=follow_up_id)
        return follow_up

    def add(self, follow_up: FollowUp) -> None:
        self.session.add(follow_up)

    def open_due(self, before: date | None = None, from_date: date | None = None) -> list[FollowUp]:
        """Follow-ups not done, soonest first, with what they are about loaded."""
        stmt = select(FollowUp).where(FollowUp.done.is_(False))
        if before is not None:
            stmt = stmt.where(FollowUp.due_date < before)
        if from_date is not None:
            stmt = stmt.where(FollowUp.due_date >= from_date)
        stmt = stmt.order_by(FollowUp.due_date, FollowUp.id).options(*_follow_up_context())
        return list(self.session.scalars(stmt))

    def of(self, organisation_id: int | None = None, contact_id: int | None = None) -> list[FollowUp]:
        conditions = []
        if organisation_id is not None:
            in_interactions = select(interaction_organisation.c.interaction_id).where(
                interaction_organisation.c.organisation_id == organisation_id
            )
            in_introductions = select(Introduction.id).where(
                or_(Introduction.contracting_id == organisation_id, Introduction.sme_id == organisation_id)
            )
            conditions += [
                FollowUp.organisation_id == organisation_id,
                FollowUp.interaction_id.in_(in_interactions),
                FollowUp.introduction_id.in_(in_introductions),
            ]
        if contact_id is not None:
            in_interactions = select(interaction_contact.c.interaction_id).where(
                interaction_contact.c.contact_id == contact_id
            )
            in_introductions = select(Introduction.id).where(
                or_(
                    Introduction.contracting_contact_id == contact_id,
                    Introduction.sme_contact_id == contact_id,
                )
            )
            conditions += [
                FollowUp.contact_id == contact_id,
                FollowUp.interaction_id.in_(in_interactions),
                FollowUp.introduction_id.in_(in_introductions),
            ]
        stmt = select(FollowUp).where(or_(*conditions)).order_by(FollowUp.done, FollowUp.due_date)
        return list(self.session.scalars(stmt.options(*_follow_up_context())))

    def count_about(self, organisation_id: int | None = None, contact_id: int | None = None) -> int:
        """Follow-ups set directly on this organisation or person (deleted with it)."""
        stmt = select(func.count(FollowUp.id))
        if organisation_id is not None:
            stmt = stmt.where(FollowUp.organisation_id == organisation_id)
        if contact_id is not None:
            stmt = stmt.where(FollowUp.contact_id == contact_id)
        return self.session.scalar(stmt) or 0

    def done_between(self, start: datetime, end: datetime) -> int:
        stmt = select(func.count(FollowUp.id)).where(FollowUp.done_at >= start, FollowUp.done_at < end)
        return self.session.scalar(stmt) or 0


def _follow_up_context():  # noqa: ANN202 - SQLAlchemy loader options
    """What a follow-up's view shows: its interaction's participants, its organisation and person."""
    return (
        selectinload(FollowUp.interaction).selectinload(Interaction.organisations),
        selectinload(FollowUp.interaction).selectinload(Interaction.contacts),
        selectinload(FollowUp.organisation),
        selectinload(FollowUp.contact),
        selectinload(FollowUp.introduction).selectinload(Introduction.contracting),
        selectinload(FollowUp.introduction).selectinload(Introduction.sme),
    )


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
