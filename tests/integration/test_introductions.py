"""Introductions on a real SQLite file: proposing, the pipeline's rules, history and check-ups."""

from datetime import date

import pytest

from cluster_crm.db.models import FollowUp
from cluster_crm.domain.contacts import AffiliationDraft, ContactDraft
from cluster_crm.domain.enums import OrganisationKind
from cluster_crm.domain.errors import NeedsConfirmation, ValidationFailed
from cluster_crm.domain.interactions import InteractionDraft, InteractionKind
from cluster_crm.domain.introductions import (
    CloseReason,
    IntroductionDraft,
    IntroductionStatus,
    Outcome,
    StatusChange,
)
from cluster_crm.domain.needs import NeedDraft
from cluster_crm.domain.organisations import OrganisationDraft
from cluster_crm.services.contacts import create_contact
from cluster_crm.services.dashboard import dashboard
from cluster_crm.services.follow_ups import follow_ups_of
from cluster_crm.services.interactions import log_interaction
from cluster_crm.services.introductions import (
    change_status,
    delete_introduction,
    get_introduction,
    introduction_rows,
    propose_introduction,
)
from cluster_crm.services.letterhead import save_preferences
from cluster_crm.services.needs import add_need
from cluster_crm.services.organisations import create_organisation
from cluster_crm.services.settings import check_up_months

S = IntroductionStatus
TODAY = date(2026, 12, 1)


@pytest.fixture
def parties(new_uow):
    """A car plant with a buyer, an SME with its manager, a second SME, and an institution."""
    plant = create_organisation(
        OrganisationDraft(name="Usine de Cléon", kind=OrganisationKind.CONTRACTING), new_uow()
    )
    sme = create_organisation(OrganisationDraft(name="Usinage Précis", kind=OrganisationKind.SME), new_uow())
    other = create_organisation(
        OrganisationDraft(name="Tôlerie Normande", kind=OrganisationKind.SME), new_uow()
    )
    buyer = create_contact(
        ContactDraft(
            first_name="Claire", last_name="Martin", affiliations=[AffiliationDraft(plant.id, "Acheteuse")]
        ),
        new_uow(),
    )
    manager = create_contact(
        ContactDraft(first_name="Paul", last_name="Leroy", affiliations=[AffiliationDraft(sme.id, "Gérant")]),
        new_uow(),
    )
    return plant, sme, other, buyer, manager


def _propose(new_uow, parties, **extra):
    plant, sme, _other, buyer, manager = parties
    draft = IntroductionDraft(
        contracting_id=plant.id,
        sme_id=sme.id,
        contracting_contact_id=buyer.id,
        sme_contact_id=manager.id,
        proposed_on=date(2026, 9, 1),
        **extra,
    )
    return propose_introduction(draft, new_uow(), today=TODAY)


def test_a_proposal_starts_the_history(new_uow, parties):
    # WHEN the animator proposes an introduction
    view = _propose(new_uow, parties, note="Besoin de pièces usinées")
    # THEN it is proposed, dated, and its history has that one step
    assert view.row.status == S.PROPOSED
    assert view.row.proposed_on == date(2026, 9, 1)
    assert [(h.from_status, h.status, h.changed_on) for h in view.history] == [
        (None, "proposed", date(2026, 9, 1))
    ]
    assert view.row.contracting_contact_name == "Claire Martin"
    assert view.row.sme_contact_name == "Paul Leroy"


def test_an_organisation_cannot_be_introduced_to_itself(new_uow, parties):
    plant = parties[0]
    with pytest.raises(ValidationFailed) as error:
        propose_introduction(
            IntroductionDraft(contracting_id=plant.id, sme_id=plant.id), new_uow(), today=TODAY
        )
    assert "elle-même" in error.value.for_field("sme")
    assert introduction_rows(new_uow()) == []


def test_unusual_parties_need_confirmation(new_uow, parties):
    # GIVEN two SMEs (no contracting organisation)
    _plant, sme, other, _buyer, _manager = parties
    draft = IntroductionDraft(contracting_id=other.id, sme_id=sme.id)
    # WHEN it is proposed without confirming, THEN it warns and saves nothing
    with pytest.raises(NeedsConfirmation) as warning:
        propose_introduction(draft, new_uow(), today=TODAY)
    assert "Tôlerie Normande" in warning.value.message() and "donneur d'ordres" in warning.value.message()
    assert introduction_rows(new_uow()) == []
    # WHEN confirmed, THEN it is saved
    assert propose_introduction(draft, new_uow(), confirmed=True, today=TODAY).row.status == S.PROPOSED


def test_a_contact_who_objected_is_refused(new_uow, parties):
    plant, sme, _other, _buyer, manager = parties
    from cluster_crm.services.contacts import get_contact, update_contact

    draft = get_contact(manager.id, new_uow()).draft
    draft.objected_on = date(2026, 10, 1)
    update_contact(manager.id, draft, new_uow())
    with pytest.raises(ValidationFailed) as error:
        _propose(new_uow, parties)
    assert "Paul Leroy" in error.value.for_field("sme_contact")
    assert "01/10/2026" in error.value.for_field("sme_contact")
    assert introduction_rows(new_uow()) == []


def test_a_contact_of_another_organisation_is_refused(new_uow, parties):
    plant, sme, _other, buyer, _manager = parties
    draft = IntroductionDraft(contracting_id=plant.id, sme_id=sme.id, sme_contact_id=buyer.id)
    with pytest.raises(ValidationFailed) as error:
        propose_introduction(draft, new_uow(), today=TODAY)
    assert "Claire Martin" in error.value.for_field("sme_contact")


def test_agreements_are_required_from_accepted_on(new_uow, parties):
    view = _propose(new_uow, parties)
    # WHEN jumping to "introduced" without both sides' agreement
    with pytest.raises(ValidationFailed) as error:
        change_status(
            view.id, StatusChange(S.INTRODUCED, changed_on=date(2026, 9, 10)), new_uow(), today=TODAY
        )
    # THEN both missing agreements are named, and nothing changed
    assert error.value.for_field("contracting_agreed_on") and error.value.for_field("sme_agreed_on")
    assert get_introduction(view.id, new_uow()).row.status == S.PROPOSED


def test_concluding_needs_an_outcome_and_closing_a_reason(new_uow, parties):
    view = _propose(new_uow, parties)
    agreed = {"contracting_agreed_on": date(2026, 9, 2), "sme_agreed_on": date(2026, 9, 3)}
    with pytest.raises(ValidationFailed) as error:
        change_status(
            view.id, StatusChange(S.CONCLUDED, changed_on=date(2026, 11, 1), **agreed), new_uow(), today=TODAY
        )
    assert error.value.for_field("outcome")
    with pytest.raises(ValidationFailed) as error:
        change_status(view.id, StatusChange(S.CLOSED, changed_on=date(2026, 11, 1)), new_uow(), today=TODAY)
    assert error.value.for_field("close_reason")
    with pytest.raises(ValidationFailed) as error:
        change = StatusChange(S.CLOSED, changed_on=date(2026, 11, 1), close_reason=CloseReason.OTHER)
        change_status(view.id, change, new_uow(), today=TODAY)
    assert error.value.for_field("note")
    assert get_introduction(view.id, new_uow()).row.status == S.PROPOSED


def test_dates_cannot_go_back_nor_into_the_future(new_uow, parties):
    view = _propose(new_uow, parties)
    agreed = {"contracting_agreed_on": date(2026, 9, 2), "sme_agreed_on": date(2026, 9, 3)}
    with pytest.raises(ValidationFailed) as error:
        change_status(
            view.id, StatusChange(S.ACCEPTED, changed_on=date(2026, 8, 1), **agreed), new_uow(), today=TODAY
        )
    assert error.value.for_field("changed_on")
    with pytest.raises(ValidationFailed) as error:
        change_status(
            view.id, StatusChange(S.ACCEPTED, changed_on=date(2026, 12, 2), **agreed), new_uow(), today=TODAY
        )
    assert error.value.for_field("changed_on")


def test_the_whole_pipeline_keeps_its_history_and_schedules_check_ups(new_uow, parties):
    view = _propose(new_uow, parties)
    steps = [
        StatusChange(
            S.ACCEPTED,
            date(2026, 9, 5),
            contracting_agreed_on=date(2026, 9, 2),
            sme_agreed_on=date(2026, 9, 4),
        ),
        StatusChange(S.INTRODUCED, date(2026, 9, 10), note="Courriel d'introduction envoyé"),
        StatusChange(S.MEETING_HELD, date(2026, 9, 30)),
        StatusChange(S.IN_PROGRESS, date(2026, 10, 15)),
    ]
    for step in steps:
        view = change_status(view.id, step, new_uow(), today=TODAY)
    # THEN every step is in the history, in order, with its date and note
    assert [(h.status, h.changed_on) for h in view.history] == [
        ("proposed", date(2026, 9, 1)),
        ("accepted", date(2026, 9, 5)),
        ("introduced", date(2026, 9, 10)),
        ("meeting_held", date(2026, 9, 30)),
        ("in_progress", date(2026, 10, 15)),
    ]
    assert view.history[2].note == "Courriel d'introduction envoyé"
    assert view.history[2].from_status == "accepted"
    # AND reaching "introduced" scheduled the check-ups at +1 and +3 months, once
    assert [f.due_date for f in view.follow_ups] == [date(2026, 10, 10), date(2026, 12, 10)]
    assert all(f.introduction_id == view.id and not f.done for f in view.follow_ups)
    assert view.introduced_on == date(2026, 9, 10)
    # AND they show on the dashboard and on both parties' pages
    board = dashboard(new_uow(), today=TODAY)
    assert [f.introduction_id for f in board.overdue] == [view.id]
    assert [f.introduction_id for f in board.upcoming] == [view.id]
    assert board.overdue[0].about == "Usine de Cléon ↔ Usinage Précis"
    plant, sme = parties[0], parties[1]
    assert len(follow_ups_of(new_uow(), organisation_id=plant.id)) == 2
    assert len(follow_ups_of(new_uow(), organisation_id=sme.id)) == 2
    # WHEN it is concluded with a contract
    change = StatusChange(S.CONCLUDED, date(2026, 11, 20), outcome=Outcome.CONTRACT, amount_eur=48_000)
    view = change_status(view.id, change, new_uow(), today=TODAY)
    # THEN the outcome is kept and the check-ups are done
    assert (view.row.outcome_label, view.row.amount_eur, view.ended_on) == (
        "Contrat signé",
        48_000,
        date(2026, 11, 20),
    )
    assert all(f.done for f in view.follow_ups)
    assert dashboard(new_uow(), today=TODAY).overdue == ()


def test_check_up_months_are_configurable(new_uow, parties):
    assert check_up_months(new_uow()) == (1, 3)
    save_preferences({}, "2; 6", new_uow())
    assert check_up_months(new_uow()) == (2, 6)
    with pytest.raises(ValidationFailed):
        save_preferences({}, "deux", new_uow())
    assert check_up_months(new_uow()) == (2, 6)
    view = _propose(new_uow, parties)
    agreed = {"contracting_agreed_on": date(2026, 9, 2), "sme_agreed_on": date(2026, 9, 3)}
    change = StatusChange(
        S.INTRODUCED, date(2026, 9, 10), check_up_months=check_up_months(new_uow()), **agreed
    )
    view = change_status(view.id, change, new_uow(), today=TODAY)
    assert [f.due_date for f in view.follow_ups] == [date(2026, 11, 10), date(2027, 3, 10)]


def test_reopening_clears_the_outcome_and_going_back_removes_check_ups(new_uow, parties):
    view = _propose(new_uow, parties)
    agreed = {"contracting_agreed_on": date(2026, 9, 2), "sme_agreed_on": date(2026, 9, 3)}
    view = change_status(
        view.id, StatusChange(S.INTRODUCED, date(2026, 9, 10), **agreed), new_uow(), today=TODAY
    )
    closed = StatusChange(S.CLOSED, date(2026, 10, 1), close_reason=CloseReason.UNREACHABLE)
    view = change_status(view.id, closed, new_uow(), today=TODAY)
    assert view.close_reason_label == "Injoignable"
    view = change_status(
        view.id, StatusChange(S.IN_PROGRESS, date(2026, 10, 5), note="Rappel"), new_uow(), today=TODAY
    )
    assert (view.row.status, view.close_reason, view.ended_on) == ("in_progress", None, None)
    view = change_status(view.id, StatusChange(S.ACCEPTED, date(2026, 10, 6)), new_uow(), today=TODAY)
    assert view.introduced_on is None
    assert [f.done for f in view.follow_ups] == [True, True]  # done ones are history, kept
    assert len(view.history) == 5


def test_a_need_cannot_be_served_twice_by_the_same_sme(new_uow, parties):
    plant, sme, _other, _buyer, _manager = parties
    need = add_need(NeedDraft(organisation_id=plant.id, title="Pièces usinées de précision"), new_uow())
    first = _propose(new_uow, parties, need_id=need.id)
    assert first.row.need_title == "Pièces usinées de précision"
    with pytest.raises(ValidationFailed) as error:
        _propose(new_uow, parties, need_id=need.id)
    assert "Usinage Précis" in error.value.for_field("sme")
    assert [r.id for r in introduction_rows(new_uow(), need_id=need.id)] == [first.id]


def test_a_need_of_another_organisation_is_refused(new_uow, parties):
    plant, sme, other, _buyer, _manager = parties
    institution = create_organisation(
        OrganisationDraft(name="CHU", kind=OrganisationKind.CONTRACTING), new_uow()
    )
    need = add_need(NeedDraft(organisation_id=institution.id, title="Données de santé"), new_uow())
    with pytest.raises(ValidationFailed) as error:
        propose_introduction(
            IntroductionDraft(contracting_id=plant.id, sme_id=sme.id, need_id=need.id), new_uow(), today=TODAY
        )
    assert error.value.for_field("need")


def test_interactions_linked_to_an_introduction_and_deletion(new_uow, parties, database):
    plant, sme = parties[0], parties[1]
    view = _propose(new_uow, parties)
    draft = InteractionDraft(
        kind=InteractionKind.MEETING,
        starts_at=__import__("datetime").datetime(2026, 9, 20, 10, 0),
        subject="Rendez-vous d'introduction",
        organisation_ids=[plant.id, sme.id],
        introduction_id=view.id,
    )
    meeting = log_interaction(draft, new_uow(), database.attachments_dir)
    assert meeting.draft.introduction_id == view.id
    assert [i.subject for i in get_introduction(view.id, new_uow()).interactions] == [
        "Rendez-vous d'introduction"
    ]
    # WHEN the introduction is deleted, THEN the interaction stays, unlinked, and its check-ups go
    delete_introduction(view.id, new_uow())
    with new_uow() as uow:
        assert uow.interactions.get(meeting.id).introduction_id is None
        assert uow.session.query(FollowUp).filter(FollowUp.introduction_id.is_not(None)).count() == 0


def test_filters_of_the_list(new_uow, parties):
    plant, sme, other, buyer, _manager = parties
    first = _propose(new_uow, parties)
    draft = IntroductionDraft(contracting_id=plant.id, sme_id=other.id, proposed_on=date(2026, 10, 1))
    second = propose_introduction(draft, new_uow(), today=TODAY)
    assert [r.id for r in introduction_rows(new_uow())] == [second.id, first.id]
    assert [r.id for r in introduction_rows(new_uow(), organisation_id=other.id)] == [second.id]
    assert [r.id for r in introduction_rows(new_uow(), contact_id=buyer.id)] == [first.id]
    assert [r.id for r in introduction_rows(new_uow(), text="tolerie")] == [second.id]  # accents folded
    assert [r.id for r in introduction_rows(new_uow(), text="Usinage")] == [first.id]
    assert introduction_rows(new_uow(), statuses=[S.CONCLUDED]) == []
