"""What the introductions export writes: one flat row per introduction and per change of its status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased, selectinload

from cluster_crm.db.models import Contact, Introduction, IntroductionEvent, Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.introductions import CloseReason, IntroductionStatus, Outcome


@dataclass(frozen=True)
class IntroductionExportRow:
    """One introduction with its parties, need, stage, every date and its outcome (labels translated)."""

    id: int
    contracting_name: str
    contracting_contact: str
    sme_name: str
    sme_contact: str
    need_title: str
    status: str
    status_label: str
    status_on: date
    proposed_on: date
    contracting_agreed_on: date | None
    sme_agreed_on: date | None
    introduced_on: date | None
    ended_on: date | None
    outcome_label: str
    amount_eur: int | None
    close_reason_label: str
    note: str


@dataclass(frozen=True)
class IntroductionEventExportRow:
    """One change of stage, with the introduction's parties so that the sheet reads on its own."""

    introduction_id: int
    contracting_name: str
    sme_name: str
    changed_on: date
    from_label: str
    status_label: str
    note: str
    recorded_at: datetime | None


def introduction_export_rows(uow: UnitOfWork) -> list[IntroductionExportRow]:
    """Every introduction, oldest proposal first, with its parties, people and need in a few queries."""
    stmt = (
        select(Introduction)
        .order_by(Introduction.proposed_on, Introduction.id)
        .options(
            selectinload(Introduction.contracting),
            selectinload(Introduction.sme),
            selectinload(Introduction.contracting_contact),
            selectinload(Introduction.sme_contact),
            selectinload(Introduction.need),
        )
    )
    with uow:
        return [_row(i) for i in uow.session.scalars(stmt)]


def introduction_event_rows(uow: UnitOfWork) -> list[IntroductionEventExportRow]:
    """Every change of stage, by introduction then in the order they happened."""
    contracting = aliased(Organisation)
    sme = aliased(Organisation)
    stmt = (
        select(
            IntroductionEvent.introduction_id,
            contracting.name,
            sme.name,
            IntroductionEvent.changed_on,
            IntroductionEvent.from_status,
            IntroductionEvent.status,
            IntroductionEvent.note,
            IntroductionEvent.recorded_at,
        )
        .join(Introduction, Introduction.id == IntroductionEvent.introduction_id)
        .join(contracting, contracting.id == Introduction.contracting_id)
        .join(sme, sme.id == Introduction.sme_id)
        .order_by(
            Introduction.proposed_on, Introduction.id, IntroductionEvent.changed_on, IntroductionEvent.id
        )
    )
    with uow:
        return [
            IntroductionEventExportRow(
                introduction_id=row[0],
                contracting_name=row[1],
                sme_name=row[2],
                changed_on=row[3],
                from_label=_status_label(row[4]),
                status_label=_status_label(row[5]),
                note=row[6] or "",
                recorded_at=row[7],
            )
            for row in uow.session.execute(stmt)
        ]


def export_introductions(target: Path, uow_factory: Callable[[], UnitOfWork]) -> tuple[int, int]:
    """Write the introductions to ``target`` (.xlsx with their history, or .csv); returns
    (introductions, changes of stage) written — no history in a CSV file."""
    from cluster_crm.io.introductions_export import write_introductions

    rows = introduction_export_rows(uow_factory())
    events = introduction_event_rows(uow_factory()) if target.suffix.lower() == ".xlsx" else []
    write_introductions(target, rows, events)
    return len(rows), len(events)


def _row(introduction: Introduction) -> IntroductionExportRow:
    return IntroductionExportRow(
        id=introduction.id,
        contracting_name=introduction.contracting.name,
        contracting_contact=_person(introduction.contracting_contact),
        sme_name=introduction.sme.name,
        sme_contact=_person(introduction.sme_contact),
        need_title=introduction.need.title if introduction.need else "",
        status=introduction.status,
        status_label=_status_label(introduction.status),
        status_on=introduction.status_on,
        proposed_on=introduction.proposed_on,
        contracting_agreed_on=introduction.contracting_agreed_on,
        sme_agreed_on=introduction.sme_agreed_on,
        introduced_on=introduction.introduced_on,
        ended_on=introduction.ended_on,
        outcome_label=Outcome(introduction.outcome).label if introduction.outcome else "",
        amount_eur=introduction.amount_eur,
        close_reason_label=CloseReason(introduction.close_reason).label if introduction.close_reason else "",
        note=introduction.note or "",
    )


def _person(contact: Contact | None) -> str:
    return display_name(contact.first_name, contact.last_name) if contact else ""


def _status_label(status: str | None) -> str:
    return IntroductionStatus(status).label if status else ""
