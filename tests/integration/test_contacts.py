from datetime import date

import pytest
from sqlalchemy import func, select

from cluster_crm.db.models import Affiliation, ContactEmail, ContactPhone
from cluster_crm.domain.contacts import AffiliationDraft, ContactDraft
from cluster_crm.domain.enums import Civility
from cluster_crm.domain.errors import ValidationFailed
from cluster_crm.domain.queries import ContactQuery
from cluster_crm.services import contacts as service
from cluster_crm.services.organisations import get_organisation
from tests.factories import make_organisation


def count(database, model):
    with database.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_person_belongs_to_two_organisations_with_roles_and_dates(database):
    plant = make_organisation(database, "Usine de Cléon", town="Cléon")
    union = make_organisation(database, "UIMM Rouen", town="Rouen")
    draft = ContactDraft(
        civility=Civility.MADAME,
        first_name="Hélène",
        last_name="Bérard",
        job_title="Directrice achats",
        emails=["helene.berard@cleon.fr"],
        phones=["02 35 14 37 37", "06 12 34 56 78"],
        affiliations=[
            AffiliationDraft(plant, "Directrice achats", date(2019, 3, 1)),
            AffiliationDraft(union, "Administratrice", date(2022, 1, 1), date(2024, 6, 30)),
        ],
    )
    view = service.create_contact(draft, database.uow())
    assert view.phones == ("02 35 14 37 37", "06 12 34 56 78")
    assert {a.organisation_name for a in view.affiliations} == {"Usine de Cléon", "UIMM Rouen"}
    assert [a.current for a in view.affiliations] == [True, False]
    assert [a.contact_name for a in get_organisation(plant, database.uow()).affiliations] == ["Hélène Bérard"]
    row = service.contact_rows([view.id], database.uow())[0]
    assert row.name == "BÉRARD Hélène" and row.organisations == "Usine de Cléon"
    with database.uow() as uow:
        stored = uow.session.scalar(select(ContactPhone.number).where(ContactPhone.position == 0))
    assert stored == "+33235143737"


def test_contacts_are_found_by_name_organisation_email_and_phone(database):
    plant = make_organisation(database, "Usine de Cléon")
    view = service.create_contact(
        ContactDraft(
            first_name="Éloïse",
            last_name="Château",
            emails=["e.chateau@exemple.fr"],
            phones=["02 35 14 37 37"],
            affiliations=[AffiliationDraft(plant)],
        ),
        database.uow(),
    )
    for text in ("eloise", "CHATEAU", "cleon", "chateau@exemple", "0235143737"):
        assert service.search_contact_ids(ContactQuery(text=text), database.uow()) == [view.id], text


def test_update_replaces_emails_phones_and_links(database):
    first = make_organisation(database, "Première")
    second = make_organisation(database, "Seconde")
    view = service.create_contact(
        ContactDraft(last_name="Martin", emails=["a@exemple.fr"], affiliations=[AffiliationDraft(first)]),
        database.uow(),
    )
    draft = view.draft
    draft.emails = ["b@exemple.fr", "c@exemple.fr"]
    draft.affiliations = [AffiliationDraft(second, "Gérant")]
    updated = service.update_contact(view.id, draft, database.uow())
    assert updated.emails == ("b@exemple.fr", "c@exemple.fr")
    assert [(a.organisation_name, a.role) for a in updated.affiliations] == [("Seconde", "Gérant")]
    assert count(database, Affiliation) == 1 and count(database, ContactEmail) == 2


def test_invalid_contact_is_not_saved(database):
    with pytest.raises(ValidationFailed) as error:
        service.create_contact(ContactDraft(last_name="Martin", phones=["12"]), database.uow())
    assert "téléphone" in error.value.for_field("phones")
    assert service.search_contact_ids(ContactQuery(), database.uow()) == []


def test_a_link_to_a_vanished_organisation_is_refused(database):
    with pytest.raises(ValidationFailed) as error:
        service.create_contact(
            ContactDraft(last_name="Martin", affiliations=[AffiliationDraft(999)]), database.uow()
        )
    assert error.value.for_field("affiliations")


def test_deleting_a_contact_cascades_to_its_details_only(database):
    org = make_organisation(database, "Usine")
    view = service.create_contact(
        ContactDraft(
            last_name="Martin",
            emails=["m@exemple.fr"],
            phones=["0612345678"],
            affiliations=[AffiliationDraft(org)],
        ),
        database.uow(),
    )
    dependents = service.contact_dependents(view.id, database.uow())
    assert (dependents.affiliations, dependents.emails, dependents.phones) == (1, 1, 1)
    service.delete_contact(view.id, database.uow())
    assert (count(database, Affiliation), count(database, ContactEmail), count(database, ContactPhone)) == (
        0,
        0,
        0,
    )
    assert get_organisation(org, database.uow()).name == "Usine"
    assert service.search_contact_ids(ContactQuery(text="martin"), database.uow()) == []


def test_foreign_keys_are_enforced_by_the_engine(database):
    from sqlalchemy.exc import IntegrityError

    with database.uow() as uow, pytest.raises(IntegrityError):
        uow.session.add(Affiliation(contact_id=12345, organisation_id=67890, role=""))
        uow.flush()
