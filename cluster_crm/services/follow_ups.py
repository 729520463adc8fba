"""Follow-ups (relances): schedule, list, mark done, postpone."""

from __future__ import annotations

from datetime import date

from cluster_crm.db.models import FollowUp
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.errors import Problem, ValidationFailed, Validator
from cluster_crm.domain.interactions import Delay, FollowUpDraft, check_follow_up
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.dto import FollowUpView


def follow_up_view(follow_up: FollowUp, today: date) -> FollowUpView:
    interaction = follow_up.interaction
    organisation = follow_up.organisation
    contact = follow_up.contact
    introduction = follow_up.introduction
    if organisation is None and introduction is not None:
        organisation = introduction.sme
    if organisation is None and interaction is not None and interaction.organisations:
        organisation = interaction.organisations[0]
    if contact is None and interaction is not None and interaction.contacts:
        contact = interaction.contacts[0]
    return FollowUpView(
        id=follow_up.id,
        due_date=follow_up.due_date,
        note=follow_up.note,
        done=follow_up.done,
        overdue=not follow_up.done and follow_up.due_date < today,
        interaction_id=follow_up.interaction_id,
        interaction_subject=interaction.subject if interaction else "",
        organisation_id=organisation.id if organisation else None,
        organisation_name=organisation.name if organisation else "",
        contact_id=contact.id if contact else None,
        contact_name=display_name(contact.first_name, contact.last_name) if contact else "",
        introduction_id=follow_up.introduction_id,
        introduction_title=(
            f"{introduction.contracting.name} ↔ {introduction.sme.name}" if introduction is not None else ""
        ),
    )


def schedule_follow_up(
    draft: FollowUpDraft,
    uow: UnitOfWork,
    organisation_id: int | None = None,
    contact_id: int | None = None,
) -> FollowUpView:
    """A follow-up about an organisation or a person, without an interaction."""
    v = Validator()
    check_follow_up(v, draft, None)
    if organisation_id is None and contact_id is None:
        v.add("follow_up", QT_TRANSLATE_NOOP("Errors", "A follow-up is about an organisation or a person."))
    v.raise_if_any()
    with uow:
        organisation = uow.organisations.get(organisation_id) if organisation_id is not None else None
        contact = uow.contacts.get(contact_id) if contact_id is not None else None
        follow_up = FollowUp(
            due_date=draft.due_date, note=draft.note, organisation=organisation, contact=contact
        )
        uow.follow_ups.add(follow_up)
        uow.commit()
        return follow_up_view(follow_up, uow.clock.today())


def open_follow_ups(uow: UnitOfWork, today: date | None = None) -> list[FollowUpView]:
    """Every follow-up still to do, soonest first (overdue ones first of all)."""
    today = today or uow.clock.today()
    with uow:
        return [follow_up_view(f, today) for f in uow.follow_ups.open_due()]


def follow_ups_of(
    uow: UnitOfWork, organisation_id: int | None = None, contact_id: int | None = None
) -> list[FollowUpView]:
    with uow:
        return [follow_up_view(f, uow.clock.today()) for f in uow.follow_ups.of(organisation_id, contact_id)]


def mark_done(follow_up_id: int, uow: UnitOfWork, done: bool = True) -> FollowUpView:
    with uow:
        follow_up = uow.follow_ups.get(follow_up_id)
        follow_up.done = done
        follow_up.done_at = uow.clock.now() if done else None
        uow.commit()
        return follow_up_view(follow_up, uow.clock.today())


def postpone(
    follow_up_id: int, uow: UnitOfWork, delay: Delay | None = None, to: date | None = None
) -> FollowUpView:
    """Move the due date by ``delay`` from today (or from the due date if that is later), or ``to`` a date."""
    with uow:
        follow_up = uow.follow_ups.get(follow_up_id)
        if to is None:
            assert delay is not None
            to = Delay(delay).after(max(uow.clock.today(), follow_up.due_date))
        start = follow_up.interaction.starts_at.date() if follow_up.interaction else None
        if start is not None and to < start:
            text = QT_TRANSLATE_NOOP("Errors", "The follow-up is due before the interaction itself.")
            raise ValidationFailed([Problem("follow_up", text)])
        follow_up.due_date = to
        follow_up.done = False
        follow_up.done_at = None
        uow.commit()
        return follow_up_view(follow_up, uow.clock.today())
