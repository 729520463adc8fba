"""The report's reads: plain columns of the needs and introductions dated in a period, and trend counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import aliased

from cluster_crm.db.models import Introduction, Need, Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.introductions import IntroductionStatus

Window = tuple[date, date]  # from the first day, to the day after the last
# The reads go through the session's connection (Core): a year of a busy region may bring thousands
# of rows, which the ORM's result processing would make several times slower.


class Party(NamedTuple):
    """The organisation an introduction or a need is counted for, with what grouping reads of it."""

    id: int
    name: str
    sort_name: str
    naf_code: str | None


class IntroductionFacts(NamedTuple):
    """One introduction as the report counts it (a named tuple: a year may bring thousands)."""

    id: int
    status: str
    proposed_on: date
    introduced_on: date | None
    ended_on: date | None
    outcome: str | None
    amount_eur: int | None
    close_reason: str | None
    contracting: Party
    sme_id: int
    sme_name: str
    need_title: str

    @property
    def days_to_end(self) -> int | None:
        if self.introduced_on is None or self.ended_on is None:
            return None
        return (self.ended_on - self.introduced_on).days


class NeedFacts(NamedTuple):
    received_on: date
    organisation: Party


def _in(column, window: tuple[date, date]):  # noqa: ANN001, ANN202 - SQLAlchemy column and clause
    return and_(column >= window[0], column < window[1])


def introductions_dated_in(window: tuple[date, date], uow: UnitOfWork) -> list[IntroductionFacts]:
    contracting = aliased(Organisation)
    sme = aliased(Organisation)
    stmt = (
        select(
            Introduction.id,
            Introduction.status,
            Introduction.proposed_on,
            Introduction.introduced_on,
            Introduction.ended_on,
            Introduction.outcome,
            Introduction.amount_eur,
            Introduction.close_reason,
            contracting.id,
            contracting.name,
            contracting.sort_name,
            contracting.naf_code,
            sme.id,
            sme.name,
            Need.title,
        )
        .join(contracting, contracting.id == Introduction.contracting_id)
        .join(sme, sme.id == Introduction.sme_id)
        .outerjoin(Need, Need.id == Introduction.need_id)
        .where(
            or_(
                _in(Introduction.proposed_on, window),
                _in(Introduction.introduced_on, window),
                _in(Introduction.ended_on, window),
            )
        )
        .order_by(Introduction.id)
    )
    return [
        IntroductionFacts(
            id=row[0],
            status=row[1],
            proposed_on=row[2],
            introduced_on=row[3],
            ended_on=row[4],
            outcome=row[5],
            amount_eur=row[6],
            close_reason=row[7],
            contracting=Party(row[8], row[9], row[10], row[11]),
            sme_id=row[12],
            sme_name=row[13],
            need_title=row[14] or "",
        )
        for row in uow.session.connection().execute(stmt)
    ]


def needs_received_in(window: tuple[date, date], uow: UnitOfWork) -> list[NeedFacts]:
    stmt = (
        select(
            Need.received_on,
            Organisation.id,
            Organisation.name,
            Organisation.sort_name,
            Organisation.naf_code,
        )
        .join(Organisation, Organisation.id == Need.organisation_id)
        .where(_in(Need.received_on, window))
        .order_by(Need.id)
    )
    return [
        NeedFacts(row[0], Party(row[1], row[2], row[3], row[4]))
        for row in uow.session.connection().execute(stmt)
    ]


def trend_counts(windows: Sequence[Window], uow: UnitOfWork) -> list[tuple[int, int, int]]:
    """(needs received, introductions made, introductions concluded) in each window, counted by
    the database in two queries whatever the number of introductions."""
    span = (min(w[0] for w in windows), max(w[1] for w in windows))
    concluded = Introduction.status == IntroductionStatus.CONCLUDED.value
    made_and_concluded = [
        column
        for window in windows
        for column in (
            _count(_in(Introduction.introduced_on, window)),
            _count(and_(concluded, _in(Introduction.ended_on, window))),
        )
    ]
    introductions = (
        uow.session.connection()
        .execute(
            select(*made_and_concluded).where(
                or_(_in(Introduction.introduced_on, span), _in(Introduction.ended_on, span))
            )
        )
        .one()
    )
    needs = (
        uow.session.connection()
        .execute(
            select(*(_count(_in(Need.received_on, window)) for window in windows)).where(
                _in(Need.received_on, span)
            )
        )
        .one()
    )
    return [
        (needs[index] or 0, introductions[2 * index] or 0, introductions[2 * index + 1] or 0)
        for index in range(len(windows))
    ]


def _count(condition):  # noqa: ANN001, ANN202 - SQLAlchemy clauses
    return func.sum(case((condition, 1), else_=0))
