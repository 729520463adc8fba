"""The records a letter template is previewed with: found by typing, and who the letter goes to."""

from __future__ import annotations

from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.dates import short_date
from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.contacts import contact_choices, get_contact
from cluster_crm.services.dto import Choice
from cluster_crm.services.interactions import timeline
from cluster_crm.services.introductions import introduction_rows
from cluster_crm.services.organisations import organisation_choices

SOURCE_KINDS = ("organisation", "contact", "interaction", "introduction")
ORGANISATIONS_SEARCHED = 5
INTERACTIONS_EACH = 6
INTRODUCTIONS_SHOWN = 30


def source_choices(kind: str, text: str, uow: UnitOfWork) -> list[Choice]:
    """Records of ``kind`` matching ``text``; an interaction is found by its organisations' names."""
    if kind == "organisation":
        return organisation_choices(text, uow)
    if kind == "contact":
        return contact_choices(text, uow) if text else []
    if kind == "introduction":
        rows = introduction_rows(uow, text=text)[:INTRODUCTIONS_SHOWN]
        return [Choice(r.id, r.title, r.status_label) for r in rows]
    choices = []
    for organisation in organisation_choices(text, uow)[:ORGANISATIONS_SEARCHED]:
        for entry in timeline(uow, organisation_id=organisation.id, limit=INTERACTIONS_EACH):
            label = f"{short_date(entry.starts_at.date())} — {entry.subject or entry.kind_label}"
            choices.append(Choice(entry.id, label, organisation.label))
    return choices


def recipient_of(kind: str, record_id: int, uow: UnitOfWork) -> tuple[int, int | None]:
    """(organisation id, contact id): a person is written to at their current organisation."""
    if kind == "organisation":
        return record_id, None
    view = get_contact(record_id, uow)
    current = [a for a in view.affiliations if a.current] or list(view.affiliations)
    if not current:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "{name} belongs to no organisation: a letter needs its address."),
            name=view.name,
        )
    return current[0].organisation_id, record_id
