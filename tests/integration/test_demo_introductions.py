"""The demo cluster's needs, introductions at every stage, objections and links, loaded into a real
SQLite file before a fixed day: what the animator starts from, and what a quarterly report counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from cluster_crm.db.database import Database, open_database
from cluster_crm.db.models import (
    Contact,
    FollowUp,
    Interaction,
    Introduction,
    Need,
    Organisation,
    OrganisationLink,
    Tag,
)
from cluster_crm.demo.cluster import load_demo
from cluster_crm.domain.enums import OrganisationKind
from cluster_crm.domain.interactions import add_months
from cluster_crm.domain.introductions import (
    CloseReason,
    IntroductionDraft,
    IntroductionStatus,
    Outcome,
    StatusChange,
)
from cluster_crm.domain.naf import clean_naf_code
from cluster_crm.services.dashboard import dashboard
from cluster_crm.services.introductions import change_status, delete_introduction, propose_introduction
from cluster_crm.services.needs import get_need, update_need
from cluster_crm.services.relationships import links_of
from tests.clock import pinned_clock

TODAY = date(2026, 11, 29)  # a Sunday, in the 4th quarter
QUARTER, PREVIOUS_QUARTER = (date(2026, 10, 1), TODAY), (date(2026, 7, 1), date(2026, 9, 30))
HOSPITAL, CAR_PLANT = 2, 1  # the demo's stable organisation ids
FIFTEEN_MONTHS = timedelta(days=460)
RANKS = {s.value: s.rank for s in IntroductionStatus}


def _fresh(path: Path) -> Database:
    return open_database(f"sqlite:///{path}", None, pinned_clock())


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = _fresh(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    load_demo(database.uow(), today=TODAY)
    yield database
    database.dispose()


def _all(db: Database, model: type) -> list:
    with db.uow() as uow:
        rows = list(uow.session.scalars(select(model).order_by(model.id)))
        uow.session.expunge_all()  # kept as read, rather than expired by the unit of work's rollback
        return rows


def _introductions(db: Database) -> list[Introduction]:
    """Every introduction with what the tests read of it (history, check-ups, parties) loaded."""
    with db.uow() as uow:
        rows = list(uow.session.scalars(select(Introduction).order_by(Introduction.id)))
        for i in rows:
            _ = (i.history, i.follow_ups, i.need, i.contracting, i.sme, i.contracting_contact, i.sme_contact)
            _ = [(c.affiliations, c.objected_on) for c in (i.contracting_contact, i.sme_contact) if c]
        uow.session.expunge_all()
        return rows


def _in(day: date | None, period: tuple[date, date]) -> bool:
    return day is not None and period[0] <= day <= period[1]


# --- needs --------------------------------------------------------------------------------------


def test_the_hospital_data_need_is_open_and_waits_for_its_first_introduction(db: Database) -> None:
    # GIVEN the demo cluster
    with db.uow() as uow:
        needs = uow.session.scalars(select(Need).where(Need.organisation_id == HOSPITAL)).all()
        # WHEN the animator looks for the university hospital's data / AI need
        (need,) = [n for n in needs if "intelligence artificielle" in n.title]
        tags = {t.name for t in need.tags}
        staff = {a.organisation_id for a in need.contact.affiliations}
        # THEN it is open, detailed, expressed by someone of the hospital, and has no introduction yet
        assert need.organisation.name == "Centre hospitalier universitaire de Rouen"
        assert need.status == "open" and need.status_on is None
        assert need.introductions == []
        assert {"Data / IA", "Santé"} <= tags
        assert "intelligence artificielle" in need.keywords and "data science" in need.keywords
        assert len(need.description) > 200
        assert HOSPITAL in staff
        assert need.town == "Rouen" and need.max_distance_km
        assert need.received_on <= TODAY < need.deadline


def test_the_car_plant_seeks_precision_machining(db: Database) -> None:
    with db.uow() as uow:
        needs = uow.session.scalars(select(Need).where(Need.organisation_id == CAR_PLANT)).all()
        machining = [n for n in needs if "usinage de précision" in (n.title + n.keywords).lower()]
        assert len(machining) == 1 and machining[0].status == "open"
        assert "Usinage" in {t.name for t in machining[0].tags}
        assert machining[0].naf_codes == "25.62B"


def test_needs_are_realistic_and_consistent(db: Database) -> None:
    with db.uow() as uow:
        needs = uow.session.scalars(select(Need)).all()
        sme_tags = set(
            uow.session.scalars(
                select(Tag.name)
                .join(Organisation.tags)
                .where(Organisation.kind == OrganisationKind.SME.value)
            )
        )
        statuses = Counter(n.status for n in needs)
        assert 25 <= len(needs) <= 35
        assert statuses["open"] > statuses["satisfied"] >= 5 and statuses["abandoned"] >= 2
        kinds = Counter(n.organisation.kind for n in needs)
        assert kinds["contracting"] >= 25 and 1 <= kinds["institution"] <= 3
        assert len({n.title for n in needs}) == len(needs)
        for need in needs:
            assert TODAY - FIFTEEN_MONTHS <= need.received_on <= TODAY, need.title
            assert need.deadline and need.deadline >= need.received_on, need.title
            assert need.organisation_id in {a.organisation_id for a in need.contact.affiliations}, need.title
            assert {t.name for t in need.tags} <= sme_tags, need.title
            assert all(clean_naf_code(code) == code for code in need.naf_codes.split()), need.title
            assert need.keywords and need.description and need.town, need.title
            under_way = [i for i in need.introductions if not IntroductionStatus(i.status).is_final]
            if need.status == "open":
                assert need.status_on is None
                continue
            assert need.received_on <= need.status_on <= TODAY, need.title
            assert not under_way, need.title
            if need.status == "satisfied":
                concluded = [i.ended_on for i in need.introductions if i.status == "concluded"]
                assert concluded and max(concluded) <= need.status_on, need.title
        open_ones = [n for n in needs if n.status == "open"]
        assert sum(n.deadline > TODAY for n in open_ones) == len(open_ones)
        assert any(n.headcount_min for n in needs) and any(n.naf_codes for n in needs)


# --- introductions ------------------------------------------------------------------------------


def test_every_stage_outcome_and_reason_is_there(db: Database) -> None:
    introductions = _introductions(db)
    assert 40 <= len(introductions) <= 60
    statuses = Counter(i.status for i in introductions)
    assert set(statuses) == {s.value for s in IntroductionStatus}
    assert all(count >= 3 for count in statuses.values()), statuses
    assert {i.outcome for i in introductions if i.outcome} == {o.value for o in Outcome}
    assert {i.close_reason for i in introductions if i.close_reason} == {r.value for r in CloseReason}
    contracts = [i for i in introductions if i.outcome == "contract"]
    assert sum(i.amount_eur is not None for i in contracts) >= 5
    assert all(i.amount_eur is None for i in introductions if i.status != "concluded")
    assert 3 <= sum(i.need_id is None for i in introductions) <= 12
    assert all((i.outcome is not None) == (i.status == "concluded") for i in introductions)
    assert all((i.close_reason is not None) == (i.status == "closed") for i in introductions)


def test_histories_start_with_the_proposal_and_never_go_back(db: Database) -> None:
    for i in _introductions(db):
        history = i.history
        first, last = history[0], history[-1]
        # proposed first, then one move at a time, each from the stage the previous one reached
        assert (first.from_status, first.status, first.changed_on) == (None, "proposed", i.proposed_on)
        assert all(b.from_status == a.status for a, b in zip(history, history[1:], strict=False))
        assert [RANKS[e.status] for e in history] == sorted({RANKS[e.status] for e in history})
        days = [e.changed_on for e in history]
        assert days == sorted(days) and days[-1] <= TODAY
        assert all(day.weekday() < 5 for day in days)
        assert (last.status, last.changed_on) == (i.status, i.status_on)
        reached = {e.status: e.changed_on for e in history}
        assert i.introduced_on == reached.get("introduced")
        assert i.ended_on == reached.get(i.status if i.status in ("concluded", "closed") else "")
        if "accepted" in reached:  # both sides agreed between the proposal and the acceptance
            for agreed in (i.contracting_agreed_on, i.sme_agreed_on):
                assert i.proposed_on <= agreed <= reached["accepted"]
            assert reached["accepted"] in (i.contracting_agreed_on, i.sme_agreed_on)
        else:
            assert i.contracting_agreed_on is None and i.sme_agreed_on is None
        assert TODAY - FIFTEEN_MONTHS <= i.proposed_on
        if i.need is not None:
            assert i.need.organisation_id == i.contracting_id and i.need.received_on <= i.proposed_on
        assert i.sme.kind == "sme" and i.contracting.kind in ("contracting", "institution")
        assert i.contracting_id in {a.organisation_id for a in i.contracting_contact.affiliations}
        assert i.sme_id in {a.organisation_id for a in i.sme_contact.affiliations}
    closed_notes = [i.history[-1].note for i in _introductions(db) if i.status == "closed"]
    assert all(closed_notes) and sum(bool(e.note) for i in _introductions(db) for e in i.history) >= 30


def test_an_sme_was_declined_by_a_contracting_organisation(db: Database) -> None:
    declined = [i for i in _introductions(db) if i.close_reason == "declined"]
    assert declined
    straight = [i for i in declined if [e.status for e in i.history] == ["proposed", "closed"]]
    assert straight and all(i.history[-1].note for i in straight)
    assert any(i.need is not None and i.contracting.kind == "contracting" for i in straight)


def test_introductions_made_have_their_check_ups(db: Database) -> None:
    for i in _introductions(db):
        if i.introduced_on is None:
            assert i.follow_ups == []
            continue
        # GIVEN an introduction made: one check-up a month after, one three months after
        due = sorted(f.due_date for f in i.follow_ups)
        assert due == [add_months(i.introduced_on, 1), add_months(i.introduced_on, 3)]
        assert all("mise en relation" in f.note and "mois" in f.note for f in i.follow_ups)
        for f in i.follow_ups:
            assert (f.done_at is not None) == f.done
            if f.done:  # done on their day, or when the introduction ended
                assert i.introduced_on <= f.done_at.date() < TODAY
                assert f.done_at.date() >= f.due_date or f.done_at.date() == i.ended_on
            if i.ended_on is not None:
                assert f.done and f.done_at.date() <= i.ended_on
            elif f.due_date < TODAY - timedelta(days=14):
                assert f.done


def test_the_dashboard_shows_check_ups_overdue_and_coming_up(db: Database) -> None:
    # GIVEN introductions under way WHEN the animator opens the dashboard
    view = dashboard(db.uow(), TODAY)
    overdue = [f for f in view.overdue if f.introduction_id is not None]
    upcoming = [f for f in view.upcoming if f.introduction_id is not None]
    # THEN check-ups of the last two weeks are overdue and some come up within the next 14 days
    assert 1 <= len(overdue) <= 6 and len(upcoming) >= 2
    assert all(TODAY - timedelta(days=14) <= f.due_date < TODAY for f in overdue)
    assert all(TODAY <= f.due_date <= TODAY + timedelta(days=14) for f in upcoming)
    assert all("↔" in f.introduction_title for f in overdue + upcoming)


@pytest.mark.parametrize("period", [QUARTER, PREVIOUS_QUARTER], ids=["this quarter", "previous quarter"])
def test_a_quarterly_report_has_figures(db: Database, period: tuple[date, date]) -> None:
    introductions = _introductions(db)
    needs = _all(db, Need)
    made = [i for i in introductions if _in(i.introduced_on, period)]
    assert sum(_in(n.received_on, period) for n in needs) >= 2
    assert sum(_in(i.proposed_on, period) for i in introductions) >= 3
    assert len(made) >= 3 and any(i.status == "concluded" for i in made)
    assert sum(i.status == "concluded" and _in(i.ended_on, period) for i in introductions) >= 2
    assert sum(i.status == "closed" and _in(i.ended_on, period) for i in introductions) >= 1
    assert any(i.amount_eur and _in(i.ended_on, period) for i in introductions)


def test_interactions_follow_the_introductions(db: Database) -> None:
    introductions = {i.id: i for i in _introductions(db)}
    with db.uow() as uow:
        linked = uow.session.scalars(
            select(Interaction).where(Interaction.introduction_id.is_not(None))
        ).all()
        by_introduction: dict[int, list[tuple[str, date]]] = {}
        for interaction in linked:
            i = introductions[interaction.introduction_id]
            parties = {i.contracting_id, i.sme_id}
            assert {o.id for o in interaction.organisations} <= parties, interaction.subject
            for contact in interaction.contacts:
                assert contact.objected_on is None, interaction.subject
                assert {a.organisation_id for a in contact.affiliations} & parties, interaction.subject
            day = interaction.starts_at.date()
            by_introduction.setdefault(i.id, []).append((interaction.kind, day))
            assert day >= i.proposed_on and (day <= TODAY or interaction.kind == "meeting")
        last_contact = dict(uow.session.execute(select(Organisation.id, Organisation.last_contact_at)).all())
        for organisation_id in {o.id for i in linked for o in i.organisations}:
            latest = max(i.starts_at for i in linked if organisation_id in {o.id for o in i.organisations})
            assert last_contact[organisation_id] >= latest
    for i in introductions.values():
        logged = by_introduction.get(i.id, [])
        if i.introduced_on is not None:
            assert ("email", i.introduced_on) in logged
        held = next((e.changed_on for e in i.history if e.status == "meeting_held"), None)
        if held is not None:
            assert ("meeting", held) in logged
        if i.status == "concluded":
            assert ("call", i.ended_on) in logged
    planned = [day for logged in by_introduction.values() for kind, day in logged if day > TODAY]
    assert 1 <= len(planned) <= 3 and all(day <= TODAY + timedelta(days=14) for day in planned)


# --- objections and links -----------------------------------------------------------------------


def test_objections_are_respected(db: Database) -> None:
    organisations = [o for o in _all(db, Organisation) if o.objected_on is not None]
    contacts = [c for c in _all(db, Contact) if c.objected_on is not None]
    assert [o.kind for o in organisations] == ["sme"] and 2 <= len(contacts) <= 3
    (sme,) = organisations
    # the objecting SME would otherwise fit the hospital's data / AI need
    with db.uow() as uow:
        tags = {t.name for t in uow.organisations.get(sme.id).tags}
    assert "Data / IA" in tags and "intelligence artificielle" in sme.capabilities
    introductions = _introductions(db)
    assert not any(sme.id in (i.contracting_id, i.sme_id) for i in introductions)
    objecting = {c.id: c.objected_on for c in contacts}
    assert not any({i.contracting_contact_id, i.sme_contact_id} & set(objecting) for i in introductions)
    with db.uow() as uow:
        for interaction in uow.session.scalars(select(Interaction)):
            day = interaction.starts_at.date()
            if sme.id in {o.id for o in interaction.organisations}:
                assert day <= sme.objected_on < TODAY
            for contact in interaction.contacts:
                assert contact.id not in objecting or day <= objecting[contact.id] < TODAY


def test_links_make_sense_and_read_from_both_sides(db: Database) -> None:
    links = _all(db, OrganisationLink)
    kinds = {o.id: o.kind for o in _all(db, Organisation)}
    assert 25 <= len(links) <= 50
    # one row a link: "A supplier of B" is stored as "B client of A"
    assert {link.kind for link in links} == {"client_of", "subsidiary_of", "partner_of"}
    assert all(link.start_date and link.start_date <= TODAY for link in links)
    assert any(link.end_date for link in links)
    partners = [link for link in links if link.kind == "partner_of"]
    assert any(kinds[link.organisation_id] != "sme" and kinds[link.other_id] != "sme" for link in partners)
    # the car plant is a client of several SMEs, which read it the other way round
    suppliers = [v for v in links_of(CAR_PLANT, db.uow()) if v.kind == "client_of"]
    assert len(suppliers) >= 4 and all(kinds[v.other_id] == "sme" for v in suppliers)
    for view in suppliers:
        back = [v for v in links_of(view.other_id, db.uow()) if v.other_id == CAR_PLANT]
        assert [v.kind for v in back] == ["supplier_of"]
    subsidiaries = [link for link in links if link.kind == "subsidiary_of"]
    assert len(subsidiaries) >= 3
    # contracts and partnerships born of an introduction link their parties from that day
    for i in _introductions(db):
        if i.outcome in ("contract", "partnership"):
            views = [v for v in links_of(i.sme_id, db.uow()) if v.other_id == i.contracting_id]
            assert any(v.start_date == i.ended_on for v in views), i.sme.name


# --- the same every time, and nothing in the future ---------------------------------------------


def _snapshot(db: Database) -> tuple[list, ...]:
    introductions = [
        (
            i.contracting.name,
            i.sme.name,
            i.need.title if i.need else None,
            i.status,
            i.proposed_on,
            i.contracting_agreed_on,
            i.sme_agreed_on,
            i.introduced_on,
            i.ended_on,
            i.outcome,
            i.amount_eur,
            i.close_reason,
            i.note,
            [(e.from_status, e.status, e.changed_on, e.note) for e in i.history],
            sorted((f.due_date, f.note, f.done, f.done_at) for f in i.follow_ups),
            i.contracting_contact.last_name,
            i.sme_contact.last_name,
        )
        for i in _introductions(db)
    ]
    needs = [
        (n.title, n.status, n.received_on, n.status_on, n.deadline, n.keywords, n.contact_id)
        for n in _all(db, Need)
    ]
    links = [
        (k.organisation_id, k.kind, k.other_id, k.start_date, k.end_date, k.note)
        for k in _all(db, OrganisationLink)
    ]
    objections = [(o.id, o.objected_on) for o in _all(db, Organisation) + _all(db, Contact) if o.objected_on]
    with db.uow() as uow:
        logged = [
            (i.introduction_id, i.kind, i.starts_at, i.subject, i.notes, i.place)
            for i in uow.session.scalars(select(Interaction).where(Interaction.introduction_id.is_not(None)))
        ]
    return introductions, needs, links, objections, logged


def _replay(db: Database, introduction: Introduction) -> None:
    """Delete the introduction and make it again through the services, move by move."""
    delete_introduction(introduction.id, db.uow())
    draft = IntroductionDraft(
        contracting_id=introduction.contracting_id,
        sme_id=introduction.sme_id,
        contracting_contact_id=introduction.contracting_contact_id,
        sme_contact_id=introduction.sme_contact_id,
        need_id=introduction.need_id,
        note=introduction.note,
        proposed_on=introduction.proposed_on,
    )
    view = propose_introduction(draft, db.uow(), confirmed=True, today=TODAY)
    for event in introduction.history[1:]:
        status = IntroductionStatus(event.status)
        change = StatusChange(status, changed_on=event.changed_on, note=event.note)
        if status is IntroductionStatus.ACCEPTED:
            change.contracting_agreed_on = introduction.contracting_agreed_on
            change.sme_agreed_on = introduction.sme_agreed_on
        elif status is IntroductionStatus.CONCLUDED:
            change.outcome, change.amount_eur = Outcome(introduction.outcome), introduction.amount_eur
        elif status is IntroductionStatus.CLOSED:
            change.close_reason = CloseReason(introduction.close_reason)
        change_status(view.id, change, db.uow(), today=TODAY)


def _as_stored(introduction: Introduction) -> tuple:
    """What the services decide: the stages, their dates and notes, the check-ups (not when the
    animator did those due before the end: the demo dates them, a replay cannot)."""
    i = introduction
    check_ups = sorted((f.due_date, f.note, f.done if i.ended_on else None) for f in i.follow_ups)
    history = [(e.from_status, e.status, e.changed_on, e.note) for e in i.history]
    fields = (i.status, i.status_on, i.introduced_on, i.ended_on, i.outcome, i.amount_eur, i.close_reason)
    parties = (i.contracting_id, i.sme_id, i.contracting_contact_id, i.sme_contact_id, i.need_id, i.note)
    agreements = (i.proposed_on, i.contracting_agreed_on, i.sme_agreed_on)
    return parties, agreements, fields, history, check_ups


def test_a_second_load_gives_the_same_rows_the_services_would_make(db: Database, tmp_path: Path) -> None:
    # GIVEN the demo loaded again into another file
    other = _fresh(tmp_path / "again.sqlite")
    try:
        load_demo(other.uow(), today=TODAY)
        # THEN it holds the same needs, introductions, links, objections and interactions
        assert _snapshot(other) == _snapshot(db)
        # WHEN one introduction of each kind (path, outcome or reason, need or not) is made again
        # through the services, with the same moves
        kinds: dict[tuple, Introduction] = {}
        for i in _introductions(other):
            kinds.setdefault(
                (tuple(e.status for e in i.history), i.outcome, i.close_reason, i.need_id is None), i
            )
        assert len(kinds) >= 15
        for introduction in kinds.values():
            _replay(other, introduction)
        # THEN the services record exactly what the demo stored
        replayed = _introductions(other)[-len(kinds) :]
        assert [_as_stored(i) for i in replayed] == [_as_stored(i) for i in kinds.values()]
        # AND each need, saved again from its own form, is unchanged
        needs = [
            (n.id, n.title, n.keywords, n.naf_codes, n.headcount_min, n.town, n.postcode)
            for n in _all(other, Need)
        ]
        for need in _all(other, Need):
            update_need(need.id, get_need(need.id, other.uow()).draft, other.uow())
        assert [
            (n.id, n.title, n.keywords, n.naf_codes, n.headcount_min, n.town, n.postcode)
            for n in _all(other, Need)
        ] == needs
    finally:
        other.dispose()


def test_nothing_happens_after_today(db: Database) -> None:
    midnight = datetime.combine(TODAY, time())
    for need in _all(db, Need):
        assert need.received_on <= TODAY and (need.status_on is None or need.status_on <= TODAY)
    for i in _introductions(db):
        assert all(e.changed_on <= TODAY for e in i.history)
        for day in (i.contracting_agreed_on, i.sme_agreed_on, i.introduced_on, i.ended_on):
            assert day is None or day <= TODAY
    assert all(f.done_at < midnight for f in _all(db, FollowUp) if f.done)
    assert all(link.start_date <= TODAY for link in _all(db, OrganisationLink))
    assert all(o.objected_on <= TODAY for o in _all(db, Organisation) + _all(db, Contact) if o.objected_on)


def test_a_quarter_just_begun_already_has_figures(tmp_path: Path) -> None:
    # GIVEN the demo loaded on the first Friday of a year (the quarter began with a bank holiday)
    day = date(2027, 1, 8)
    other = _fresh(tmp_path / "january.sqlite")
    try:
        load_demo(other.uow(), today=day)
        introductions, needs = _introductions(other), _all(other, Need)
    finally:
        other.dispose()
    quarter = (date(2027, 1, 1), day)
    # THEN this quarter already counts a need, proposals, introductions made and concluded, a closure
    made = [i for i in introductions if _in(i.introduced_on, quarter)]
    assert any(_in(n.received_on, quarter) for n in needs)
    assert any(_in(i.proposed_on, quarter) for i in introductions)
    assert any(i.status == "concluded" and _in(i.ended_on, quarter) for i in made)
    assert any(i.status == "closed" and _in(i.ended_on, quarter) for i in introductions)
    # AND nothing is dated after that day
    assert all(e.changed_on < day for i in introductions for e in i.history)
    assert all(n.received_on < day and (n.status_on is None or n.status_on < day) for n in needs)
