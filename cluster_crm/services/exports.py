"""What the exports write: interactions and open follow-ups as flat rows, in a few queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from cluster_crm.db.models import FollowUp, Interaction
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.interactions import InteractionKind
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.services.dto import FollowUpView
from cluster_crm.services.follow_ups import follow_up_view


@dataclass(frozen=True)
class InteractionExportRow:
    """One interaction, flattened for a spreadsheet or a calendar (labels already translated)."""

    id: int
    kind: str
    kind_label: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    subject: str
    notes: str
    organisations: str  # "Renault Cléon, CHU de Rouen"
    contacts: str  # "Claire Martin, Éric Durand"
    attachments: int
    follow_ups: str  # "15/10/2026 : envoyer le devis ; 02/11/2026 : rappeler (faite)"

    @property
    def participants(self) -> str:
        return ", ".join(p for p in (self.organisations, self.contacts) if p)


def interaction_export_rows(
    uow: UnitOfWork, since: datetime | None = None, until: datetime | None = None
) -> list[InteractionExportRow]:
    """Interactions starting in [since, until), oldest first, with everything loaded in five queries."""
    stmt = select(Interaction)
    if since is not None:
        stmt = stmt.where(Interaction.starts_at >= since)
    if until is not None:
        stmt = stmt.where(Interaction.starts_at < until)
    stmt = stmt.order_by(Interaction.starts_at, Interaction.id).options(
        selectinload(Interaction.organisations),
        selectinload(Interaction.contacts),
        selectinload(Interaction.attachments),
        selectinload(Interaction.follow_ups),
    )
    with uow:
        return [_export_row(i) for i in uow.session.scalars(stmt)]


def open_follow_up_rows(
    uow: UnitOfWork, since: datetime | None = None, until: datetime | None = None
) -> list[FollowUpView]:
    """Follow-ups still to do, due in [since, until) when given, soonest first.

    The same views as ``follow_ups.open_follow_ups``, but with what ``follow_up_view`` reads (the
    interaction's organisations and people) loaded up front, so that a long list costs no more queries.
    """
    stmt = select(FollowUp).where(FollowUp.done.is_(False))
    if since is not None:
        stmt = stmt.where(FollowUp.due_date >= since.date())
    if until is not None:
        stmt = stmt.where(FollowUp.due_date < _first_day_not_before(until))
    stmt = stmt.order_by(FollowUp.due_date, FollowUp.id).options(
        selectinload(FollowUp.interaction).selectinload(Interaction.organisations),
        selectinload(FollowUp.interaction).selectinload(Interaction.contacts),
        selectinload(FollowUp.organisation),
        selectinload(FollowUp.contact),
    )
    with uow:
        today = uow.clock.today()
        return [follow_up_view(f, today) for f in uow.session.scalars(stmt)]


def interaction_table(rows: list[InteractionExportRow]) -> tuple[list[str], list[list[object]]]:
    """Headers and cells of the interactions spreadsheet (CSV or XLSX)."""
    headers = [
        _tr(QT_TRANSLATE_NOOP("Exports", "Date")),
        _tr(QT_TRANSLATE_NOOP("Exports", "End")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Kind")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Subject")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Place")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Organisations")),
        _tr(QT_TRANSLATE_NOOP("Exports", "People")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Notes")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Attachments")),
        _tr(QT_TRANSLATE_NOOP("Exports", "Follow-ups")),
    ]
    cells = [
        [
            r.starts_at,
            r.ends_at,
            r.kind_label,
            r.subject,
            r.place,
            r.organisations,
            r.contacts,
            r.notes,
            r.attachments,
            r.follow_ups,
        ]
        for r in rows
    ]
    return headers, cells


def _export_row(interaction: Interaction) -> InteractionExportRow:
    kind = InteractionKind(interaction.kind)
    return InteractionExportRow(
        id=interaction.id,
        kind=kind.value,
        kind_label=kind.label,
        starts_at=interaction.starts_at,
        ends_at=interaction.ends_at,
        place=interaction.place or "",
        subject=interaction.subject or "",
        notes=interaction.notes or "",
        organisations=", ".join(o.name for o in interaction.organisations),
        contacts=", ".join(display_name(c.first_name, c.last_name) for c in interaction.contacts),
        attachments=len(interaction.attachments),
        follow_ups=_follow_ups_summary(interaction.follow_ups),
    )


def _follow_ups_summary(follow_ups: list[FollowUp]) -> str:
    parts = []
    for follow_up in sorted(follow_ups, key=lambda f: (f.due_date, f.id)):
        day = f"{follow_up.due_date:%d/%m/%Y}"
        text = (
            _tr(QT_TRANSLATE_NOOP("Exports", "{date}: {note}")).format(date=day, note=follow_up.note)
            if follow_up.note
            else day
        )
        if follow_up.done:
            text = _tr(QT_TRANSLATE_NOOP("Exports", "{text} (done)")).format(text=text)
        parts.append(text)
    return " ; ".join(parts)


def _tr(text: str) -> str:
    return translate("Exports", text)


def _first_day_not_before(moment: datetime) -> date:
    """The first whole day on or after ``moment``: follow-ups are due on days, not at times."""
    return moment.date() if moment.time() == time() else moment.date() + timedelta(days=1)


def export_interactions(
    target: Path,
    uow: UnitOfWork,
    since: datetime | None = None,
    until: datetime | None = None,
) -> tuple[int, int]:
    """Write the interactions (and, for a calendar, the open follow-ups) to ``target`` in the format
    its extension names (.ics, .csv, .xlsx); returns (interactions, follow-ups) written."""
    from cluster_crm.io.calendar_export import write_ics
    from cluster_crm.io.tabular_export import write_table

    rows = interaction_export_rows(uow, since, until)
    if target.suffix.lower() == ".ics":
        follow_ups = open_follow_up_rows(uow, since, until)
        write_ics(target, rows, follow_ups, stamp=uow.clock.now())
        return len(rows), len(follow_ups)
    write_table(target, *interaction_table(rows))
    return len(rows), 0
