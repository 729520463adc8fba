"""The demo cluster: loaded once into an empty SQLite file, deterministic, valid, searchable, with a
year of the animator's activity before a fixed day."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from stdnum.fr import siret as stdnum_siret

from cluster_crm.db.database import Database, open_database
from cluster_crm.db.models import Affiliation, Contact, ContactEmail, FollowUp, Interaction, Organisation
from cluster_crm.demo.cluster import DemoSummary, load_demo
from cluster_crm.domain.enums import MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import DomainError
from cluster_crm.domain.interactions import InteractionKind
from cluster_crm.domain.queries import ContactQuery, OrganisationQuery
from cluster_crm.services.contacts import contact_rows, get_contact, search_contact_ids
from cluster_crm.services.dashboard import dashboard
from cluster_crm.services.interactions import timeline
from cluster_crm.services.organisations import organisation_rows, search_organisation_ids
from tests.clock import pinned_clock

TODAY = date(2026, 11, 29)  # a Sunday

TAGS = {
    "Usinage",
    "Numérique",
    "Santé",
    "Automobile",
    "Aéronautique",
    "Énergie",
    "Chimie",
    "Logistique",
    "Agroalimentaire",
    "Plasturgie",
    "Électronique",
    "Robotique",
    "Data / IA",
    "Maintenance",
    "BTP",
    "Conseil",
    "Formation",
    "Environnement",
    "Cosmétique",
    "Verre",
}


Loaded = tuple[Database, DemoSummary, list[tuple[int, int]]]


def _fresh(path: Path) -> Database:
    return open_database(f"sqlite:///{path}", None, pinned_clock())


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    db = _fresh(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    calls: list[tuple[int, int]] = []
    summary = load_demo(db.uow(), lambda done, total: calls.append((done, total)), today=TODAY)
    yield db, summary, calls
    db.dispose()


def _ids(db: Database, **filters: Any) -> list[int]:
    return search_organisation_ids(OrganisationQuery(**filters), db.uow())


def test_counts_are_in_the_expected_ranges(loaded: Loaded) -> None:
    db, summary, _ = loaded
    assert 18 <= len(_ids(db, kind=OrganisationKind.CONTRACTING)) <= 25
    assert 120 <= len(_ids(db, kind=OrganisationKind.SME)) <= 140
    for kind in (OrganisationKind.INSTITUTION, OrganisationKind.PARTNER):
        assert _ids(db, kind=kind)
    with db.uow() as uow:
        assert uow.organisations.count() == summary.organisations
        assert uow.contacts.count() == summary.contacts
        assert uow.session.scalar(select(func.count(Affiliation.id))) == summary.affiliations
    assert 150 <= summary.organisations <= 170
    assert 400 <= summary.contacts <= 500


def test_every_organisation_has_one_to_four_people_of_its_own(loaded: Loaded) -> None:
    """A person's own organisation is the one of their first e-mail address."""
    db, summary, _ = loaded
    with db.uow() as uow:
        first_domains = Counter(
            address.split("@")[1]
            for address in uow.session.scalars(select(ContactEmail.address).where(ContactEmail.position == 0))
        )
        orgs = uow.session.execute(select(Organisation.kind, Organisation.website)).all()
    staff = {website.removeprefix("https://www."): kind for kind, website in orgs}
    assert sum(first_domains[domain] for domain in staff) == summary.contacts
    for domain, kind in staff.items():
        low = 3 if kind == OrganisationKind.CONTRACTING.value else 1
        assert low <= first_domains[domain] <= 4, domain


def test_the_same_cluster_every_time(loaded: Loaded, tmp_path: Path) -> None:
    db, summary, _ = loaded
    other = _fresh(tmp_path / "again.sqlite")
    try:
        assert load_demo(other.uow(), today=TODAY) == summary

        def snapshot(database: Database) -> tuple[list, list, list, list, list]:
            ids = search_organisation_ids(OrganisationQuery(), database.uow())
            rows = [
                (r.name, r.kind, r.town, r.naf_code, r.tags, r.membership)
                for r in organisation_rows(ids, database.uow())
            ]
            with database.uow() as uow:
                sirets = [org.siret for org in uow.organisations.load(ids)]
            contact_ids = search_contact_ids(ContactQuery(), database.uow())
            contacts = [
                (r.name, r.job_title, r.organisations, r.email, r.phone)
                for r in contact_rows(contact_ids, database.uow())
            ]
            return rows, sirets, contacts, _interactions(database), _follow_ups(database)

        assert snapshot(other) == snapshot(db)
    finally:
        other.dispose()


def test_a_second_load_is_refused_and_changes_nothing(loaded: Loaded) -> None:
    db, summary, _ = loaded
    with pytest.raises(DomainError) as refused:
        load_demo(db.uow())
    assert str(summary.organisations) in refused.value.message()
    with db.uow() as uow:
        assert uow.organisations.count() == summary.organisations
        assert uow.contacts.count() == summary.contacts


def test_search_finds_the_car_plant_and_evreux(loaded: Loaded) -> None:
    db, _, _ = loaded
    cleon = organisation_rows(_ids(db, text="cleon"), db.uow())
    assert any("Cléon" in r.name and r.kind == OrganisationKind.CONTRACTING.value for r in cleon)
    evreux = organisation_rows(_ids(db, text="evreux"), db.uow())
    assert any(r.town == "Évreux" for r in evreux)
    assert _ids(db, text="centre hospitalier universitaire rouen")
    assert _ids(db, text="simulation medicale")


def test_machining_shops_and_data_companies_can_be_found(loaded: Loaded) -> None:
    db, _, _ = loaded
    assert len(_ids(db, text="usinage de precision", kind=OrganisationKind.SME)) >= 5
    assert len(_ids(db, text="intelligence artificielle", kind=OrganisationKind.SME)) >= 5
    assert len(_ids(db, text="data science", kind=OrganisationKind.SME)) >= 5


def test_tags_come_from_a_small_vocabulary(loaded: Loaded) -> None:
    db, _, _ = loaded
    rows = organisation_rows(_ids(db), db.uow())
    assert all(1 <= len(r.tags) <= 4 for r in rows)
    assert {tag for r in rows for tag in r.tags} <= TAGS


def test_some_people_belong_to_two_organisations(loaded: Loaded) -> None:
    db, _, _ = loaded
    with db.uow() as uow:
        twice = list(
            uow.session.scalars(
                select(Affiliation.contact_id)
                .group_by(Affiliation.contact_id)
                .having(func.count(Affiliation.id) == 2)
            )
        )
        most = uow.session.scalar(
            select(func.count(Affiliation.id))
            .group_by(Affiliation.contact_id)
            .order_by(func.count(Affiliation.id).desc())
            .limit(1)
        )
    assert len(twice) >= 10
    assert most == 2
    views = [get_contact(contact_id, db.uow()) for contact_id in twice]
    assert all(len({a.organisation_id for a in v.affiliations}) == 2 for v in views)
    ended = [a for v in views for a in v.affiliations if a.end_date is not None]
    assert len(ended) >= 3
    assert all(a.end_date < date(2026, 1, 1) and not a.current for a in ended)


def test_every_siret_is_valid_and_distinct(loaded: Loaded) -> None:
    db, summary, _ = loaded
    with db.uow() as uow:
        sirets = list(uow.session.scalars(select(Organisation.siret)))
    assert len(sirets) == summary.organisations == len(set(sirets))
    assert all(s and stdnum_siret.is_valid(s) for s in sirets)
    assert not any(s.startswith("356000000") for s in sirets)


def test_people_have_consistent_civility_and_addresses(loaded: Loaded) -> None:
    db, _, _ = loaded
    with db.uow() as uow:
        contacts = uow.session.scalars(select(Contact)).all()
        names = [(c.first_name, c.last_name) for c in contacts]
        assert len(set(names)) == len(names)
        assert {c.civility for c in contacts} == {"m", "mme"}
        assert all(c.emails and c.phones for c in contacts)
        buildings = uow.session.scalars(select(Organisation.address_building)).all()
    assert all(b is None or len(b) <= 38 for b in buildings)


def test_progress_is_reported_up_to_the_total(loaded: Loaded) -> None:
    _, _, calls = loaded
    assert len(calls) >= 3
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len({total for _, total in calls}) == 1


# --- the year of activity -----------------------------------------------------------------------


def _interactions(db: Database) -> list[tuple]:
    with db.uow() as uow:
        rows = uow.session.scalars(select(Interaction).order_by(Interaction.starts_at, Interaction.id))
        return [
            (
                i.kind,
                i.starts_at,
                i.ends_at,
                i.place,
                i.subject,
                i.notes,
                tuple(o.name for o in i.organisations),
                tuple(c.last_name for c in i.contacts),
            )
            for i in rows
        ]


def _follow_ups(db: Database) -> list[tuple]:
    with db.uow() as uow:
        rows = uow.session.scalars(select(FollowUp).order_by(FollowUp.due_date, FollowUp.id))
        return [
            (f.due_date, f.note, f.done, f.done_at, f.interaction.subject if f.interaction else None)
            for f in rows
        ]


def test_a_year_of_activity_in_the_expected_ranges(loaded: Loaded) -> None:
    """The animator's year, and along the introductions (over 15 months) what was logged for them."""
    db, summary, _ = loaded
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count(Interaction.id))) == summary.interactions
        assert uow.session.scalar(select(func.count(FollowUp.id))) == summary.follow_ups
        interactions = uow.session.scalars(select(Interaction)).all()
        activity = [i for i in interactions if i.introduction_id is None]
        follow_ups = uow.session.scalars(select(FollowUp).where(FollowUp.introduction_id.is_(None))).all()
        assert 350 <= len(activity) <= 520
        assert 60 <= len(follow_ups) <= 100
        assert 60 <= summary.interactions - len(activity) <= 130
        past = [i for i in activity if i.starts_at.date() < TODAY]
        planned = [i for i in interactions if i.starts_at.date() > TODAY]
        assert all(i.starts_at.date() >= TODAY - timedelta(days=460) for i in interactions)
        assert 350 <= len(past) <= 500
        assert 3 <= len(planned) <= 10
        assert all(i.starts_at.date() >= TODAY - timedelta(days=365) for i in past)
        assert all(i.starts_at.date() <= TODAY + timedelta(days=14) for i in planned)
        kinds = Counter(i.kind for i in interactions)
        assert set(kinds) == {k.value for k in InteractionKind} - {InteractionKind.OTHER.value}
        assert 8 <= kinds[InteractionKind.EVENT.value] <= 12
        assert kinds[InteractionKind.MEETING.value] > kinds[InteractionKind.CALL.value] > kinds["letter"]
        for i in interactions:  # working days, business hours
            assert i.starts_at.weekday() < 5, i.subject
            assert time(8, 0) <= i.starts_at.time() <= time(18, 0), i.subject
            assert i.kind in ("email", "letter") or i.ends_at is not None
            if i.kind in ("meeting", "visit", "call"):
                assert timedelta(minutes=30) <= i.ends_at - i.starts_at <= timedelta(hours=2), i.subject
        assert sum(1 for i in past if i.notes) >= len(past) // 3
        assert len({i.subject for i in interactions}) >= 250


def test_meetings_gather_people_of_the_organisations_met(loaded: Loaded) -> None:
    db, _, _ = loaded
    with db.uow() as uow:
        meetings = uow.session.scalars(select(Interaction).where(Interaction.kind == "meeting")).all()
        for meeting in meetings:
            assert 1 <= len(meeting.organisations) <= 3, meeting.subject
            assert 1 <= len(meeting.contacts) <= 4, meeting.subject
            ids = {o.id for o in meeting.organisations}
            for contact in meeting.contacts:
                assert {a.organisation_id for a in contact.affiliations} & ids, meeting.subject
        assert {len(m.organisations) for m in meetings} == {1, 2, 3}


def test_events_gather_many_organisations(loaded: Loaded) -> None:
    db, _, _ = loaded
    with db.uow() as uow:
        events = uow.session.scalars(select(Interaction).where(Interaction.kind == "event")).all()
        subjects = {e.subject for e in events}
        assert all(15 <= len(e.organisations) <= 60 for e in events)
        assert all(1 <= len(e.contacts) < len(e.organisations) for e in events)
        assert max(len(e.organisations) for e in events) >= 40
    assert {"Forum numérique de Normandie", "Assemblée générale du cluster"} <= subjects
    assert any(s.startswith("Rencontres d'affaires") for s in subjects)
    assert any(s.startswith("Visite de l'usine automobile de Cléon") for s in subjects)


def test_the_dashboard_has_something_to_show(loaded: Loaded) -> None:
    db, _, _ = loaded
    view = dashboard(db.uow(), TODAY)
    check_ups = [f for f in view.overdue + view.upcoming if f.introduction_id is not None]
    assert 8 <= len(view.overdue) - sum(f.overdue for f in check_ups) <= 15
    assert 2 <= len(check_ups) <= 12
    assert 5 <= len(view.upcoming) <= 25
    assert all(f.due_date < TODAY and not f.done for f in view.overdue)
    assert 5 <= len(view.dormant) <= 40
    members = [d.is_member for d in view.dormant]
    assert members[0] and members == sorted(members, reverse=True)
    assert 8 <= sum(members) <= 20
    for dormant in view.dormant:
        assert dormant.last_contact is None or (TODAY - dormant.last_contact).days > dormant.interval_days
    assert view.month.interactions > 10 and view.month.organisations_met > 10
    assert len(view.recent) == 15


def test_contracting_organisations_and_most_members_were_met_recently(loaded: Loaded) -> None:
    db, _, _ = loaded
    dormant = {d.organisation_id for d in dashboard(db.uow(), TODAY).dormant}
    with db.uow() as uow:
        rows = uow.session.execute(
            select(
                Organisation.id,
                Organisation.kind,
                Organisation.membership_status,
                Organisation.stay_in_touch_days,
                Organisation.last_contact_at,
            )
        ).all()
    last = {id_: seen for id_, *_, seen in rows if seen is not None}
    rows = [row[:4] for row in rows]
    contracting = [(id_, days) for id_, kind, _, days in rows if kind == OrganisationKind.CONTRACTING.value]
    members = [id_ for id_, _, status, _ in rows if status == MembershipStatus.MEMBER.value]
    assert contracting and not dormant & {id_ for id_, _ in contracting}
    for id_, days in contracting:
        assert (TODAY - last[id_].date()).days <= days
    met = [id_ for id_ in members if id_ in last and (TODAY - last[id_].date()).days <= 180]
    assert len(met) >= 0.8 * len(members)


def test_the_car_plant_has_a_timeline(loaded: Loaded) -> None:
    db, _, _ = loaded
    (cleon,) = [r.id for r in organisation_rows(_ids(db, text="cleon"), db.uow()) if "Cléon" in r.name]
    entries = timeline(db.uow(), organisation_id=cleon)
    assert len(entries) >= 5
    dates = [e.starts_at for e in entries]
    assert dates == sorted(dates, reverse=True)
    assert any(e.kind == InteractionKind.EVENT.value for e in entries)


def test_follow_ups_are_due_after_their_interaction(loaded: Loaded) -> None:
    db, _, _ = loaded
    with db.uow() as uow:
        every = uow.session.scalars(select(FollowUp)).all()
        follow_ups = [f for f in every if f.introduction_id is None]  # check-ups: see test_demo_introductions
        attached = [f for f in follow_ups if f.interaction is not None]
        assert len(attached) >= 0.8 * len(follow_ups)
        assert any(f.organisation is not None for f in follow_ups)
        for f in attached:
            assert f.due_date >= f.interaction.starts_at.date(), f.note
            if f.done:
                assert f.interaction.starts_at <= f.done_at, f.note
        assert all(f.note for f in every)
        assert all((f.done_at is not None) == f.done for f in every)
        assert all(f.done_at < datetime.combine(TODAY, time()) for f in every if f.done)
        past = [f for f in every if f.due_date < TODAY]
        assert sum(f.done for f in past) >= 0.7 * len(past)
        later = [f for f in follow_ups if f.due_date > TODAY + timedelta(days=14)]
        assert later and not any(f.done for f in later)


def test_the_activity_follows_the_given_day(tmp_path: Path) -> None:
    """Another day: the same kind of year, shifted, and the dashboard still has work to show."""
    other_day = date(2027, 3, 15)
    db = _fresh(tmp_path / "later.sqlite")
    try:
        load_demo(db.uow(), today=other_day)
        with db.uow() as uow:
            activity = Interaction.introduction_id.is_(None)
            count, first, last = uow.session.execute(
                select(
                    func.count(Interaction.id),
                    func.min(Interaction.starts_at),
                    func.max(Interaction.starts_at),
                ).where(activity)
            ).one()
        assert 350 <= count <= 520
        assert other_day - timedelta(days=365) <= first.date() and last.date() <= other_day + timedelta(
            days=14
        )
        view = dashboard(db.uow(), other_day)
        overdue = [f for f in view.overdue if f.introduction_id is None]
        assert 8 <= len(overdue) <= 15 and len(view.upcoming) >= 5 and 5 <= len(view.dormant) <= 40
    finally:
        db.dispose()
