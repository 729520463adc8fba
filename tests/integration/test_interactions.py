"""Interactions, follow-ups and the dashboard on a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from cluster_crm.domain.enums import MembershipStatus
from cluster_crm.domain.errors import DomainError, ValidationFailed
from cluster_crm.domain.interactions import Delay, FollowUpDraft, InteractionDraft, InteractionKind
from cluster_crm.services import dashboard as dashboards
from cluster_crm.services import follow_ups
from cluster_crm.services import interactions as service
from cluster_crm.services.attachments import existing_file
from tests.factories import make_contact, make_organisation


@pytest.fixture
def people(database):
    plant = make_organisation(
        database, "Usine de Cléon", membership_status=MembershipStatus.MEMBER, stay_in_touch_days=30
    )
    hospital = make_organisation(
        database, "CHU de Rouen", membership_status=MembershipStatus.NONE, stay_in_touch_days=30
    )
    helene = make_contact(database, "Hélène", "Bérard", plant)
    paul = make_contact(database, "Paul", "Durand", hospital)
    return plant, hospital, helene, paul


def log(database, **fields):
    fields.setdefault("kind", InteractionKind.MEETING)
    fields.setdefault("starts_at", datetime(2026, 11, 20, 10, 0))
    fields.setdefault("subject", "Point sur le projet")
    return service.log_interaction(InteractionDraft(**fields), database.uow(), database.attachments_dir)


def test_a_meeting_with_two_organisations_two_people_and_a_follow_up(database, people):
    plant, hospital, helene, paul = people
    view = log(
        database,
        organisation_ids=[plant, hospital],
        contact_ids=[helene, paul],
        place="CCI Rouen",
        ends_at=datetime(2026, 11, 20, 11, 30),
        follow_up=FollowUpDraft(Delay.THREE_WEEKS.after(date(2026, 11, 20)), "Relancer pour le devis"),
    )
    assert {o.label for o in view.organisations} == {"CHU de Rouen", "Usine de Cléon"}
    assert {c.label for c in view.contacts} == {"Hélène Bérard", "Paul Durand"}
    assert view.follow_ups[0].due_date == date(2026, 12, 11)
    # it shows on both organisations' timelines, without repeating the page's own organisation
    for org, other in ((plant, "CHU de Rouen"), (hospital, "Usine de Cléon")):
        [entry] = service.timeline(database.uow(), organisation_id=org)
        assert entry.subject == "Point sur le projet" and other in entry.participants
        assert entry.open_follow_ups == 1
    assert service.last_contact(database.uow(), organisation_id=plant) == datetime(2026, 11, 20, 10, 0)


def test_timelines_are_newest_first_and_filtered(database, people):
    plant = people[0]
    log(database, organisation_ids=[plant], starts_at=datetime(2026, 1, 5, 9, 0), subject="Vœux")
    log(
        database,
        organisation_ids=[plant],
        kind=InteractionKind.CALL,
        starts_at=datetime(2026, 6, 1, 9, 0),
        subject="",
    )
    log(database, organisation_ids=[plant], starts_at=datetime(2026, 11, 2, 9, 0), subject="Visite")
    entries = service.timeline(database.uow(), organisation_id=plant)
    assert [e.starts_at.month for e in entries] == [11, 6, 1]
    calls = service.timeline(database.uow(), organisation_id=plant, kinds=[InteractionKind.CALL])
    assert [e.kind for e in calls] == ["call"]
    recent = service.timeline(database.uow(), organisation_id=plant, since=datetime(2026, 5, 1))
    assert len(recent) == 2


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"subject": ""}, "subject"),
        ({"ends_at": datetime(2026, 11, 20, 9, 0)}, "ends_at"),
        ({"follow_up": FollowUpDraft(date(2026, 11, 1), "trop tôt")}, "follow_up"),
        ({"organisation_ids": [], "contact_ids": []}, "participants"),
        ({"starts_at": None}, "starts_at"),
    ],
)
def test_bad_input_is_refused_by_field_and_nothing_is_saved(database, people, fields, field):
    fields.setdefault("organisation_ids", [people[0]])
    with pytest.raises(ValidationFailed) as error:
        log(database, **fields)
    assert error.value.for_field(field)
    assert service.timeline(database.uow(), organisation_id=people[0]) == []


def test_an_unreadable_attachment_is_refused(database, people, tmp_path):
    with pytest.raises(ValidationFailed) as error:
        log(database, organisation_ids=[people[0]], new_attachments=[tmp_path / "absent.pdf"])
    assert "absent.pdf" in error.value.for_field("attachments")
    assert not database.attachments_dir.exists() or not any(database.attachments_dir.rglob("*.pdf"))


def test_attachments_are_copied_found_and_reported_missing(database, people, tmp_path):
    source = tmp_path / "compte-rendu réunion.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    view = log(database, organisation_ids=[people[0]], new_attachments=[source])
    [attachment] = view.attachments
    assert attachment.file_name == "compte-rendu réunion.pdf" and attachment.exists
    assert attachment.path.is_relative_to(database.attachments_dir)
    source.unlink()  # the stored copy does not depend on the original
    assert existing_file(attachment).read_bytes() == b"%PDF-1.4 test"
    attachment.path.unlink()
    again = service.get_interaction(view.id, database.uow(), database.attachments_dir)
    assert not again.attachments[0].exists
    with pytest.raises(DomainError) as error:
        existing_file(again.attachments[0])
    assert "compte-rendu réunion.pdf" in error.value.message()


def test_deleting_an_interaction_removes_its_files_and_keeps_its_follow_ups(database, people, tmp_path):
    source = tmp_path / "note.txt"
    source.write_text("x")
    view = log(
        database,
        organisation_ids=[people[0]],
        new_attachments=[source],
        follow_up=FollowUpDraft(date(2026, 12, 1), "Rappeler"),
    )
    stored = view.attachments[0].path
    service.delete_interaction(view.id, database.uow(), database.attachments_dir)
    assert not stored.exists()
    [left] = follow_ups.open_follow_ups(database.uow())
    assert left.note == "Rappeler" and left.interaction_id is None


def test_follow_ups_done_and_postponed(database, people):
    view = log(database, organisation_ids=[people[0]], follow_up=FollowUpDraft(date(2026, 12, 1), "Relancer"))
    follow_up_id = view.follow_ups[0].id
    moved = follow_ups.postpone(follow_up_id, database.uow(), to=date(2027, 1, 15))
    assert moved.due_date == date(2027, 1, 15)
    with pytest.raises(ValidationFailed):
        follow_ups.postpone(follow_up_id, database.uow(), to=date(2026, 1, 1))
    later = follow_ups.postpone(follow_up_id, database.uow(), delay=Delay.ONE_MONTH)
    assert later.due_date == date(2027, 2, 15)
    assert follow_ups.mark_done(follow_up_id, database.uow()).done
    assert follow_ups.open_follow_ups(database.uow()) == []


def test_dashboard_overdue_upcoming_dormant_and_month(database, people):
    plant, hospital, helene, _ = people
    today = date(2026, 11, 29)
    log(
        database,
        organisation_ids=[hospital],
        starts_at=datetime(2026, 11, 25, 14, 0),
        subject="Visite du CHU",
        follow_up=FollowUpDraft(today - timedelta(days=1), "En retard"),
    )
    log(
        database,
        organisation_ids=[hospital],
        starts_at=datetime(2026, 11, 26, 14, 0),
        subject="Appel",
        follow_up=FollowUpDraft(today + timedelta(days=3), "Bientôt"),
    )
    done = log(
        database,
        organisation_ids=[hospital],
        starts_at=datetime(2026, 11, 27, 14, 0),
        subject="Fait",
        follow_up=FollowUpDraft(today - timedelta(days=2), "Déjà fait"),
    )
    follow_ups.mark_done(done.follow_ups[0].id, database.uow())
    follow_ups.schedule_follow_up(
        FollowUpDraft(today + timedelta(days=30), "Plus tard"), database.uow(), contact_id=helene
    )
    view = dashboards.dashboard(database.uow(), today)
    assert [f.note for f in view.overdue] == ["En retard"]
    assert [f.note for f in view.upcoming] == ["Bientôt"]
    assert view.overdue[0].organisation_name == "CHU de Rouen"
    # the plant (a member, never met) is dormant; the hospital, met 2 days ago, is not
    assert [d.name for d in view.dormant] == ["Usine de Cléon"]
    assert view.month.interactions == 3 and view.month.meetings == 3 and view.month.organisations_met == 1
    assert [r.subject for r in view.recent][:3] == ["Fait", "Appel", "Visite du CHU"]


def test_event_attendance(database, people):
    plant, hospital, *_ = people
    event = log(database, kind=InteractionKind.EVENT, subject="Forum numérique", organisation_ids=[plant])
    service.set_attendance(event.id, [plant, hospital], database.uow())
    attended = service.timeline(database.uow(), organisation_id=hospital, kinds=[InteractionKind.EVENT])
    assert [e.subject for e in attended] == ["Forum numérique"]


def test_deletion_says_what_happens_to_interactions_and_follow_ups(database, people):
    from cluster_crm.services.contacts import contact_dependents, delete_contact
    from cluster_crm.services.organisations import delete_organisation, organisation_dependents

    plant, hospital, helene, _ = people
    log(database, organisation_ids=[plant, hospital], contact_ids=[helene])
    follow_ups.schedule_follow_up(
        FollowUpDraft(date(2026, 12, 1), "Rappeler"), database.uow(), organisation_id=plant
    )
    dependents = organisation_dependents(plant, database.uow())
    assert (dependents.interactions, dependents.follow_ups) == (1, 1)
    assert contact_dependents(helene, database.uow()).interactions == 1
    delete_organisation(plant, database.uow())
    delete_contact(helene, database.uow())
    [entry] = service.timeline(database.uow(), organisation_id=hospital)
    assert entry.participants == ""  # the interaction stays, without the deleted participants
    assert follow_ups.open_follow_ups(database.uow()) == []


def test_the_last_contact_date_follows_every_change(database, people):

    plant, hospital, *_ = people

    def last_contact_at(org_id):
        with database.uow() as uow:
            return uow.organisations.get(org_id).last_contact_at

    older = log(database, organisation_ids=[plant], starts_at=datetime(2026, 3, 1, 9, 0))
    newer = log(database, organisation_ids=[plant, hospital], starts_at=datetime(2026, 10, 1, 9, 0))
    assert last_contact_at(plant) == datetime(2026, 10, 1, 9, 0)
    # moving the newer one to the hospital only gives the plant back its older date
    draft = newer.draft
    draft.organisation_ids = [hospital]
    service.update_interaction(newer.id, draft, database.uow(), database.attachments_dir)
    assert last_contact_at(plant) == datetime(2026, 3, 1, 9, 0)
    service.set_attendance(older.id, [hospital], database.uow())
    assert last_contact_at(plant) is None
    service.delete_interaction(newer.id, database.uow(), database.attachments_dir)
    assert last_contact_at(hospital) == datetime(2026, 3, 1, 9, 0)
