"""Use cases on interactions: log (with participants, attachments and a follow-up), edit, timelines."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from cluster_crm.db.models import FollowUp, Interaction
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.errors import NotFound, Problem, ValidationFailed
from cluster_crm.domain.interactions import (
    CleanInteraction,
    InteractionDraft,
    InteractionKind,
    clean_interaction,
)
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.attachments import attachment_view, remove_files, store_copy
from cluster_crm.services.dto import Choice, History, InteractionView, TimelineEntry
from cluster_crm.services.follow_ups import follow_up_view


def log_interaction(draft: InteractionDraft, uow: UnitOfWork, attachments_dir: Path) -> InteractionView:
    """Record an interaction, copy its files and schedule its follow-up, all or nothing."""
    clean = clean_interaction(draft)
    copied: list[Path] = []
    try:
        with uow:
            interaction = add_interaction(clean, uow, attachments_dir, copied)
            uow.commit()
            return interaction_view(interaction, attachments_dir, uow.clock.today())
    except BaseException:
        remove_files(copied)  # the row was not saved: its files must not stay behind
        raise


def add_interaction(
    clean: CleanInteraction, uow: UnitOfWork, attachments_dir: Path, copied: list[Path] | None = None
) -> Interaction:
    """Add within an open unit of work (the demo and importers batch these; no commit)."""
    interaction = Interaction()
    _apply(interaction, clean, uow, attachments_dir, copied if copied is not None else [])
    uow.interactions.add(interaction)
    uow.flush()
    uow.interactions.refresh_last_contacts(clean.organisation_ids)
    if clean.follow_up is not None:
        uow.follow_ups.add(
            FollowUp(due_date=clean.follow_up.due_date, note=clean.follow_up.note, interaction=interaction)
        )
    uow.flush()
    return interaction


def update_interaction(
    interaction_id: int,
    draft: InteractionDraft,
    uow: UnitOfWork,
    attachments_dir: Path,
    removed_attachment_ids: list[int] | None = None,
) -> InteractionView:
    clean = clean_interaction(draft)
    copied: list[Path] = []
    try:
        with uow:
            interaction = uow.interactions.get(interaction_id)
            touched = {o.id for o in interaction.organisations} | set(clean.organisation_ids)
            _apply(interaction, clean, uow, attachments_dir, copied)
            removed = [a for a in interaction.attachments if a.id in set(removed_attachment_ids or [])]
            for attachment in removed:
                interaction.attachments.remove(attachment)
            if clean.follow_up is not None:
                uow.follow_ups.add(
                    FollowUp(
                        due_date=clean.follow_up.due_date, note=clean.follow_up.note, interaction=interaction
                    )
                )
            uow.flush()
            uow.interactions.refresh_last_contacts(touched)
            uow.commit()
            remove_files([attachments_dir / a.stored_name for a in removed])
            return interaction_view(interaction, attachments_dir, uow.clock.today())
    except BaseException:
        remove_files(copied)
        raise


def delete_interaction(interaction_id: int, uow: UnitOfWork, attachments_dir: Path) -> None:
    """Delete the interaction and its attached files; its follow-ups stay, detached from it."""
    with uow:
        interaction = uow.interactions.get(interaction_id)
        files = [attachments_dir / a.stored_name for a in interaction.attachments]
        touched = [o.id for o in interaction.organisations]
        uow.interactions.delete(interaction)
        uow.flush()
        uow.interactions.refresh_last_contacts(touched)
        uow.commit()
    remove_files(files)


def get_interaction(interaction_id: int, uow: UnitOfWork, attachments_dir: Path) -> InteractionView:
    with uow:
        return interaction_view(uow.interactions.get(interaction_id), attachments_dir, uow.clock.today())


def timeline(
    uow: UnitOfWork,
    organisation_id: int | None = None,
    contact_id: int | None = None,
    kinds: list[InteractionKind] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[TimelineEntry]:
    """The interactions of an organisation or a person, newest first."""
    with uow:
        interactions = uow.interactions.timeline(
            organisation_id, contact_id, [k.value for k in kinds or []], since, until, limit
        )
        return [timeline_entry(i, organisation_id, contact_id) for i in interactions]


def history(
    uow: UnitOfWork,
    organisation_id: int | None = None,
    contact_id: int | None = None,
    kinds: list[InteractionKind] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> History:
    """The timeline of an organisation or a person with its last contact and open follow-ups."""
    with uow:
        interactions = uow.interactions.timeline(
            organisation_id, contact_id, [k.value for k in kinds or []], since, until, limit
        )
        entries = [timeline_entry(i, organisation_id, contact_id) for i in interactions]
        latest = uow.interactions.last_contact_of(organisation_id, contact_id)
        today = uow.clock.today()
        follow_ups = [
            follow_up_view(f, today) for f in uow.follow_ups.of(organisation_id, contact_id) if not f.done
        ]
    return History(entries, latest, follow_ups)


def last_contact(uow: UnitOfWork, organisation_id: int | None = None, contact_id: int | None = None):  # noqa: ANN201
    """When the latest interaction with this organisation or person took place (None if never)."""
    with uow:
        return uow.interactions.last_contact_of(organisation_id, contact_id)


def set_attendance(interaction_id: int, organisation_ids: list[int], uow: UnitOfWork) -> None:
    """Replace who attended an event (or took part in any interaction) by these organisations."""
    with uow:
        interaction = uow.interactions.get(interaction_id)
        touched = {o.id for o in interaction.organisations} | set(organisation_ids)
        interaction.organisations = [uow.organisations.get(i) for i in dict.fromkeys(organisation_ids)]
        uow.flush()
        uow.interactions.refresh_last_contacts(touched)
        uow.commit()


def timeline_entry(
    interaction: Interaction, organisation_id: int | None = None, contact_id: int | None = None
) -> TimelineEntry:
    """A line of a timeline; its participants leave out the organisation or person whose page it is."""
    names = [o.name for o in interaction.organisations if o.id != organisation_id]
    names += [display_name(c.first_name, c.last_name) for c in interaction.contacts if c.id != contact_id]
    kind = InteractionKind(interaction.kind)
    return TimelineEntry(
        id=interaction.id,
        kind=kind.value,
        kind_label=kind.label,
        starts_at=interaction.starts_at,
        subject=interaction.subject,
        participants=", ".join(names),
        attachments=len(interaction.attachments),
        open_follow_ups=sum(1 for f in interaction.follow_ups if not f.done),
    )


def interaction_view(interaction: Interaction, attachments_dir: Path, today: date) -> InteractionView:
    kind = InteractionKind(interaction.kind)
    organisations = tuple(Choice(o.id, o.name, o.town or "") for o in interaction.organisations)
    contacts = tuple(
        Choice(c.id, display_name(c.first_name, c.last_name), c.job_title or "") for c in interaction.contacts
    )
    draft = InteractionDraft(
        kind=kind,
        starts_at=interaction.starts_at,
        ends_at=interaction.ends_at,
        place=interaction.place,
        subject=interaction.subject,
        notes=interaction.notes,
        organisation_ids=[o.id for o in organisations],
        contact_ids=[c.id for c in contacts],
        introduction_id=interaction.introduction_id,
    )
    return InteractionView(
        id=interaction.id,
        kind=kind.value,
        kind_label=kind.label,
        starts_at=interaction.starts_at,
        ends_at=interaction.ends_at,
        place=interaction.place,
        subject=interaction.subject,
        notes=interaction.notes,
        organisations=organisations,
        contacts=contacts,
        attachments=tuple(attachment_view(a, attachments_dir) for a in interaction.attachments),
        follow_ups=tuple(
            follow_up_view(f, today) for f in sorted(interaction.follow_ups, key=lambda f: f.due_date)
        ),
        draft=draft,
    )


def _apply(
    interaction: Interaction,
    clean: CleanInteraction,
    uow: UnitOfWork,
    attachments_dir: Path,
    copied: list[Path],
) -> None:
    problems = []
    organisations, contacts = [], []
    for organisation_id in clean.organisation_ids:
        try:
            organisations.append(uow.organisations.get(organisation_id))
        except NotFound:
            text = QT_TRANSLATE_NOOP("Errors", "Organisation #{id} no longer exists.")
            problems.append(Problem("participants", text, {"id": organisation_id}))
    for contact_id in clean.contact_ids:
        try:
            contacts.append(uow.contacts.get(contact_id))
        except NotFound:
            text = QT_TRANSLATE_NOOP("Errors", "Contact #{id} does not exist.")
            problems.append(Problem("participants", text, {"id": contact_id}))
    if problems:
        raise ValidationFailed(problems)
    interaction.kind = clean.kind.value
    interaction.starts_at = clean.starts_at
    interaction.ends_at = clean.ends_at
    interaction.place = clean.place
    interaction.subject = clean.subject
    interaction.notes = clean.notes
    if clean.introduction_id is not None:
        uow.introductions.get(clean.introduction_id)  # NotFound if it was deleted meanwhile
    interaction.introduction_id = clean.introduction_id
    interaction.organisations = organisations
    interaction.contacts = contacts
    for source in clean.new_attachments:
        attachment = store_copy(source, attachments_dir, uow.clock.today().year)
        copied.append(attachments_dir / attachment.stored_name)
        interaction.attachments.append(attachment)
