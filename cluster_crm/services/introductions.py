"""Use cases on introductions (mises en relation): propose, move along the pipeline, list, report."""

from __future__ import annotations

from datetime import date

from cluster_crm.db.models import Contact, FollowUp, Introduction, IntroductionEvent, Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.enums import OrganisationKind
from cluster_crm.domain.errors import NeedsConfirmation, NotFound, Problem, ValidationFailed, Validator
from cluster_crm.domain.interactions import add_months
from cluster_crm.domain.introductions import (
    CloseReason,
    IntroductionDraft,
    IntroductionStatus,
    Outcome,
    PipelineState,
    StatusChange,
    check_status_change,
)
from cluster_crm.domain.needs import NeedStatus
from cluster_crm.domain.text import fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.services.follow_ups import follow_up_view
from cluster_crm.services.interactions import timeline_entry
from cluster_crm.services.introduction_dto import (
    HistoryEntry,
    IntroductionRow,
    IntroductionView,
    PartyContact,
)

CHECK_UP_NOTE = QT_TRANSLATE_NOOP("Introductions", "Check the outcome of the introduction ({months} months)")
CHECK_UP_NOTE_ONE = QT_TRANSLATE_NOOP("Introductions", "Check the outcome of the introduction (1 month)")


def propose_introduction(
    draft: IntroductionDraft, uow: UnitOfWork, confirmed: bool = False, today: date | None = None
) -> IntroductionView:
    """Record a proposed introduction. Unusual parties raise NeedsConfirmation unless ``confirmed``."""
    today = today or uow.clock.today()
    with uow:
        introduction = Introduction()
        _apply(introduction, draft, uow, confirmed, today, new=True)
        proposed_on = draft.proposed_on or today
        introduction.status = IntroductionStatus.PROPOSED.value
        introduction.proposed_on = proposed_on
        introduction.status_on = proposed_on
        introduction.history = [
            IntroductionEvent(
                from_status=None, status=IntroductionStatus.PROPOSED.value, changed_on=proposed_on
            )
        ]
        uow.introductions.add(introduction)
        if introduction.need_id is not None:
            uow.needs.undismiss(introduction.need_id, introduction.sme_id)
        uow.commit()
        return _view(uow, uow.introductions.get(introduction.id))


def update_introduction(
    introduction_id: int, draft: IntroductionDraft, uow: UnitOfWork, confirmed: bool = False
) -> IntroductionView:
    """Change the parties' contacts, the need or the note (the parties themselves stay)."""
    with uow:
        introduction = uow.introductions.get(introduction_id)
        _apply(introduction, draft, uow, confirmed, uow.clock.today(), new=False)
        uow.commit()
        return _view(uow, uow.introductions.get(introduction_id))


def change_status(
    introduction_id: int, change: StatusChange, uow: UnitOfWork, today: date | None = None
) -> IntroductionView:
    """Move along the pipeline (or back, to correct a mistake); every move is kept in the history.

    Reaching "introduced" schedules the outcome check-ups; ending the introduction (concluded or
    closed) marks its open check-ups done."""
    today = today or uow.clock.today()
    with uow:
        introduction = uow.introductions.get(introduction_id)
        state = PipelineState(
            status=IntroductionStatus(introduction.status),
            status_on=introduction.status_on,
            proposed_on=introduction.proposed_on,
            contracting_agreed_on=introduction.contracting_agreed_on,
            sme_agreed_on=introduction.sme_agreed_on,
        )
        clean = check_status_change(state, change, today)
        target = clean.status
        assert clean.changed_on is not None
        if target.rank <= IntroductionStatus.INTRODUCED.rank and target is not IntroductionStatus.CLOSED:
            _refuse_objections(introduction)
        previous = introduction.status
        introduction.status = target.value
        introduction.status_on = clean.changed_on
        introduction.contracting_agreed_on = clean.contracting_agreed_on
        introduction.sme_agreed_on = clean.sme_agreed_on
        open_check_ups = [f for f in uow.introductions.follow_ups_of(introduction.id) if not f.done]
        if target.is_introduced and introduction.introduced_on is None:
            introduction.introduced_on = clean.changed_on
            if not open_check_ups and not target.is_final:
                schedule_check_ups(introduction, clean.changed_on, clean.check_up_months, uow)
        elif target.rank < IntroductionStatus.INTRODUCED.rank:
            introduction.introduced_on = None
            for follow_up in open_check_ups:  # the introduction was not made after all
                uow.session.delete(follow_up)
        if target.is_final:
            introduction.ended_on = clean.changed_on
            introduction.outcome = clean.outcome.value if clean.outcome else None
            introduction.amount_eur = clean.amount_eur
            introduction.close_reason = clean.close_reason.value if clean.close_reason else None
            for follow_up in open_check_ups:
                follow_up.done = True
                follow_up.done_at = uow.clock.now()
        else:
            introduction.ended_on = None
            introduction.outcome = None
            introduction.amount_eur = None
            introduction.close_reason = None
        introduction.history.append(
            IntroductionEvent(
                from_status=previous, status=target.value, changed_on=clean.changed_on, note=clean.note
            )
        )
        uow.commit()
        return _view(uow, uow.introductions.get(introduction_id))


def delete_introduction(introduction_id: int, uow: UnitOfWork) -> None:
    """Delete it with its history and check-ups; its interactions stay, no longer linked."""
    with uow:
        uow.introductions.delete(uow.introductions.get(introduction_id))
        uow.commit()


def get_introduction(introduction_id: int, uow: UnitOfWork) -> IntroductionView:
    with uow:
        return _view(uow, uow.introductions.get(introduction_id))


def introduction_rows(
    uow: UnitOfWork,
    statuses: list[IntroductionStatus] | None = None,
    organisation_id: int | None = None,
    contact_id: int | None = None,
    need_id: int | None = None,
    text: str = "",
) -> list[IntroductionRow]:
    """Introductions, latest change first, filtered by stage, party, person, need or party name."""
    return introduction_page(uow, statuses, organisation_id, contact_id, need_id, text)[0]


def introduction_page(
    uow: UnitOfWork,
    statuses: list[IntroductionStatus] | None = None,
    organisation_id: int | None = None,
    contact_id: int | None = None,
    need_id: int | None = None,
    text: str = "",
    ended_since: date | None = None,
    limit: int | None = None,
) -> tuple[list[IntroductionRow], int]:
    """Up to ``limit`` rows of :func:`introduction_rows` (and those ended since ``ended_since``
    only), with the number of all that match."""
    with uow:
        found, total = uow.introductions.rows(
            [s.value for s in statuses or []], organisation_id, contact_id, need_id, text, ended_since, limit
        )
    status_labels = {s.value: s.label for s in IntroductionStatus}
    outcome_labels = {o.value: o.label for o in Outcome}
    return [
        IntroductionRow(
            id=r.id,
            status=r.status,
            status_label=status_labels[r.status],
            status_on=r.status_on,
            proposed_on=r.proposed_on,
            contracting_id=r.contracting_id,
            contracting_name=r.contracting_name,
            contracting_contact_name=display_name(r.contracting_first or "", r.contracting_last or ""),
            sme_id=r.sme_id,
            sme_name=r.sme_name,
            sme_contact_name=display_name(r.sme_first or "", r.sme_last or ""),
            need_id=r.need_id,
            need_title=r.need_title or "",
            outcome_label=outcome_labels[r.outcome] if r.outcome else "",
            amount_eur=r.amount_eur,
        )
        for r in found
    ], total


def party_contacts(organisation_id: int, uow: UnitOfWork) -> list[PartyContact]:
    """The organisation's current people, for choosing who speaks for it (objections included, to
    be shown as such)."""
    with uow:
        organisation = uow.organisations.get(organisation_id)
        people = [
            PartyContact(
                a.contact.id, _name(a.contact), a.role or a.contact.job_title or "", a.contact.objected_on
            )
            for a in organisation.affiliations
            if a.end_date is None or a.end_date >= uow.clock.today()
        ]
    return sorted(people, key=lambda p: (p.objected_on is not None, fold(p.name)))


# --- rules --------------------------------------------------------------------------------------


def _apply(
    introduction: Introduction,
    draft: IntroductionDraft,
    uow: UnitOfWork,
    confirmed: bool,
    today: date,
    new: bool,
) -> None:
    v = Validator()
    if draft.contracting_id is None:
        v.add("contracting", QT_TRANSLATE_NOOP("Errors", "Choose the contracting organisation."))
    if draft.sme_id is None:
        v.add("sme", QT_TRANSLATE_NOOP("Errors", "Choose the SME to introduce."))
    if draft.contracting_id is not None and draft.contracting_id == draft.sme_id:
        v.add("sme", QT_TRANSLATE_NOOP("Errors", "An organisation cannot be introduced to itself."))
    if new and draft.proposed_on and draft.proposed_on > today:
        v.add("proposed_on", QT_TRANSLATE_NOOP("Errors", "An introduction cannot be proposed in the future."))
    note = (draft.note or "").strip()
    v.raise_if_any()
    if not new and (
        draft.contracting_id != introduction.contracting_id or draft.sme_id != introduction.sme_id
    ):
        v.add(
            "sme",
            QT_TRANSLATE_NOOP("Errors", "The parties of an introduction cannot change: create another one."),
        )
        v.raise_if_any()
    assert draft.contracting_id is not None and draft.sme_id is not None
    contracting = uow.organisations.get(draft.contracting_id)
    sme = uow.organisations.get(draft.sme_id)
    contracting_contact = (
        uow.contacts.get(draft.contracting_contact_id) if draft.contracting_contact_id else None
    )
    sme_contact = uow.contacts.get(draft.sme_contact_id) if draft.sme_contact_id else None
    for field_name, organisation in (("contracting", contracting), ("sme", sme)):
        if organisation.objected_on is not None:
            v.add(
                field_name,
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} objected to being solicited on {date}: it cannot be introduced."
                ),
                name=organisation.name,
                date=organisation.objected_on.strftime("%d/%m/%Y"),
            )
    for field_name, contact, organisation in (
        ("contracting_contact", contracting_contact, contracting),
        ("sme_contact", sme_contact, sme),
    ):
        if contact is None:
            continue
        name = display_name(contact.first_name, contact.last_name)
        if contact.objected_on is not None:
            v.add(
                field_name,
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} objected to being contacted on {date}: choose someone else."
                ),
                name=name,
                date=contact.objected_on.strftime("%d/%m/%Y"),
            )
        elif not any(a.organisation_id == organisation.id for a in contact.affiliations):
            v.add(
                field_name,
                QT_TRANSLATE_NOOP("Errors", "{name} does not work for {organisation}."),
                name=name,
                organisation=organisation.name,
            )
    need = None
    if draft.need_id is not None:
        need = uow.needs.get(draft.need_id)
        if need.organisation_id != contracting.id:
            v.add(
                "need",
                QT_TRANSLATE_NOOP("Errors", "This need is not one of {name}'s."),
                name=contracting.name,
            )
        elif new:
            for other in need.introductions:
                if other.sme_id == sme.id and other.status != IntroductionStatus.CLOSED.value:
                    v.add(
                        "sme",
                        QT_TRANSLATE_NOOP("Errors", "{name} is already introduced for this need ({status})."),
                        name=sme.name,
                        status=IntroductionStatus(other.status).label.lower(),
                    )
    v.raise_if_any()
    if not confirmed:
        warnings = _warnings(contracting, sme, need, uow, new)
        if warnings:
            raise NeedsConfirmation(warnings)
    introduction.contracting_id = contracting.id
    introduction.sme_id = sme.id
    introduction.contracting_contact_id = contracting_contact.id if contracting_contact else None
    introduction.sme_contact_id = sme_contact.id if sme_contact else None
    introduction.need_id = need.id if need else None
    introduction.note = note


def _warnings(
    contracting: Organisation,
    sme: Organisation,
    need,
    uow: UnitOfWork,
    new: bool,  # noqa: ANN001
) -> list[Problem]:
    warnings = []
    if OrganisationKind(contracting.kind) not in (OrganisationKind.CONTRACTING, OrganisationKind.INSTITUTION):
        warnings.append(
            Problem(
                "contracting",
                QT_TRANSLATE_NOOP("Errors", "{name} is not a contracting organisation ({kind})."),
                {"name": contracting.name, "kind": OrganisationKind(contracting.kind).label.lower()},
            )
        )
    if OrganisationKind(sme.kind) is not OrganisationKind.SME:
        warnings.append(
            Problem(
                "sme",
                QT_TRANSLATE_NOOP("Errors", "{name} is not an SME ({kind})."),
                {"name": sme.name, "kind": OrganisationKind(sme.kind).label.lower()},
            )
        )
    if need is not None and need.status != NeedStatus.OPEN.value:
        warnings.append(
            Problem(
                "need",
                QT_TRANSLATE_NOOP("Errors", "The need “{title}” is no longer open ({status})."),
                {"title": need.title, "status": NeedStatus(need.status).label.lower()},
            )
        )
    if new and need is None:
        active = [
            i
            for i in uow.introductions.between(sme.id, contracting.id)
            if not IntroductionStatus(i.status).is_final
        ]
        if active:
            warnings.append(
                Problem(
                    "sme",
                    QT_TRANSLATE_NOOP(
                        "Errors", "{sme} and {contracting} already have an introduction under way."
                    ),
                    {"sme": sme.name, "contracting": contracting.name},
                )
            )
    return warnings


def _refuse_objections(introduction: Introduction) -> None:
    problems = []
    for organisation in (introduction.contracting, introduction.sme):
        if organisation.objected_on is not None:
            text = QT_TRANSLATE_NOOP(
                "Errors", "{name} objected to being solicited on {date}: it cannot be introduced."
            )
            problems.append(
                Problem(
                    "status",
                    text,
                    {"name": organisation.name, "date": organisation.objected_on.strftime("%d/%m/%Y")},
                )
            )
    for contact in (introduction.contracting_contact, introduction.sme_contact):
        if contact is not None and contact.objected_on is not None:
            text = QT_TRANSLATE_NOOP(
                "Errors", "{name} objected to being contacted on {date}: choose someone else."
            )
            name = display_name(contact.first_name, contact.last_name)
            problems.append(
                Problem("status", text, {"name": name, "date": contact.objected_on.strftime("%d/%m/%Y")})
            )
    if problems:
        raise ValidationFailed(problems)


def schedule_check_ups(
    introduction: Introduction, introduced_on: date, months: tuple[int, ...], uow: UnitOfWork
) -> None:
    """The outcome check-ups of an introduction made on ``introduced_on`` (within an open unit of
    work; the demo builds its introductions through this too)."""
    for count in months:
        note = translate("Introductions", CHECK_UP_NOTE_ONE if count == 1 else CHECK_UP_NOTE).format(
            months=count
        )
        uow.follow_ups.add(
            FollowUp(due_date=add_months(introduced_on, count), note=note, introduction=introduction)
        )


# --- views --------------------------------------------------------------------------------------


def _name(contact: Contact | None) -> str:
    return display_name(contact.first_name, contact.last_name) if contact else ""


def introduction_row(introduction: Introduction) -> IntroductionRow:
    outcome = Outcome(introduction.outcome).label if introduction.outcome else ""
    return IntroductionRow(
        id=introduction.id,
        status=introduction.status,
        status_label=IntroductionStatus(introduction.status).label,
        status_on=introduction.status_on,
        proposed_on=introduction.proposed_on,
        contracting_id=introduction.contracting_id,
        contracting_name=introduction.contracting.name,
        contracting_contact_name=_name(introduction.contracting_contact),
        sme_id=introduction.sme_id,
        sme_name=introduction.sme.name,
        sme_contact_name=_name(introduction.sme_contact),
        need_id=introduction.need_id,
        need_title=introduction.need.title if introduction.need else "",
        outcome_label=outcome,
        amount_eur=introduction.amount_eur,
    )


def _label(status: str | None) -> str:
    return IntroductionStatus(status).label if status else ""


def _view(uow: UnitOfWork, introduction: Introduction) -> IntroductionView:
    interactions = uow.introductions.interactions_of(introduction.id)
    follow_ups = uow.introductions.follow_ups_of(introduction.id)
    return IntroductionView(
        row=introduction_row(introduction),
        note=introduction.note,
        contracting_contact_id=introduction.contracting_contact_id,
        sme_contact_id=introduction.sme_contact_id,
        contracting_agreed_on=introduction.contracting_agreed_on,
        sme_agreed_on=introduction.sme_agreed_on,
        introduced_on=introduction.introduced_on,
        ended_on=introduction.ended_on,
        outcome=introduction.outcome,
        close_reason=introduction.close_reason,
        close_reason_label=CloseReason(introduction.close_reason).label if introduction.close_reason else "",
        history=tuple(
            HistoryEntry(
                id=e.id,
                from_status=e.from_status,
                from_label=_label(e.from_status),
                status=e.status,
                status_label=_label(e.status),
                changed_on=e.changed_on,
                note=e.note,
            )
            for e in introduction.history
        ),
        interactions=tuple(timeline_entry(i) for i in interactions),
        follow_ups=tuple(follow_up_view(f, uow.clock.today()) for f in follow_ups),
        draft=IntroductionDraft(
            contracting_id=introduction.contracting_id,
            sme_id=introduction.sme_id,
            contracting_contact_id=introduction.contracting_contact_id,
            sme_contact_id=introduction.sme_contact_id,
            need_id=introduction.need_id,
            note=introduction.note,
            proposed_on=introduction.proposed_on,
        ),
    )


def introductions_among(
    organisation_ids: list[int], keep: int | None, uow: UnitOfWork
) -> list[IntroductionRow]:
    """The introductions of these organisations, and the one ``keep`` (if it still exists), the
    latest stage change first: what an interaction with them may belong to."""
    rows = {}
    for organisation_id in organisation_ids:
        for row in introduction_rows(uow, organisation_id=organisation_id):
            rows[row.id] = row
    if keep is not None and keep not in rows:
        try:
            rows[keep] = get_introduction(keep, uow).row
        except NotFound:
            pass
    return sorted(rows.values(), key=lambda r: (r.status_on, r.id), reverse=True)


def introduction_prefill(kind: str, record_id: int, uow: UnitOfWork) -> dict[str, int | None]:
    """A new introduction started from an organisation (on its side: SME or contracting) or from a
    person (their current organisation's side, and they speak for it)."""
    with uow:
        if kind == "organisation":
            organisation = uow.organisations.get(record_id)
            side = "sme_id" if organisation.kind == OrganisationKind.SME.value else "contracting_id"
            return {side: record_id}
        today = uow.clock.today()
        for affiliation in uow.contacts.get(record_id).affiliations:
            if affiliation.end_date is None or affiliation.end_date >= today:
                sme = affiliation.organisation.kind == OrganisationKind.SME.value
                return {
                    "sme_id" if sme else "contracting_id": affiliation.organisation_id,
                    "sme_contact_id" if sme else "contracting_contact_id": record_id,
                }
    return {}
