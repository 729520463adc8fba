"""The demo cluster: loaded once into an empty SQLite file, deterministic, valid, searchable."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from stdnum.fr import siret as stdnum_siret

from cluster_crm.db.database import Database, open_database
from cluster_crm.db.models import Affiliation, Contact, ContactEmail, Organisation
from cluster_crm.domain.enums import OrganisationKind
from cluster_crm.domain.errors import DomainError
from cluster_crm.domain.queries import ContactQuery, OrganisationQuery
from cluster_crm.services.contacts import contact_rows, get_contact, search_contact_ids
from cluster_crm.services.demo import DemoSummary, load_demo
from cluster_crm.services.organisations import organisation_rows, search_organisation_ids

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
    return open_database(f"sqlite:///{path}", None)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    db = _fresh(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    calls: list[tuple[int, int]] = []
    summary = load_demo(db.uow(), lambda done, total: calls.append((done, total)))
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
        assert load_demo(other.uow()) == summary

        def snapshot(database: Database) -> tuple[list, list, list]:
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
            return rows, sirets, contacts

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
