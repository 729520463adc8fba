import pytest

from cluster_crm.domain.enums import MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import NotFound, ValidationFailed
from cluster_crm.domain.organisations import OrganisationDraft
from cluster_crm.domain.queries import OrganisationQuery, OrganisationSort
from cluster_crm.services import organisations as service
from tests.factories import make_contact, make_organisation


def ids(database, **query):
    return service.search_organisation_ids(OrganisationQuery(**query), database.uow())


def names(database, **query):
    return [r.name for r in service.organisation_rows(ids(database, **query), database.uow())]


@pytest.fixture
def cluster(database):
    make_organisation(
        database,
        "Usine automobile de Cléon",
        kind=OrganisationKind.CONTRACTING,
        town="Cléon",
        postcode="76410",
        tags=["Automobile"],
        membership_status=MembershipStatus.MEMBER,
        siret="732 829 320 00074",
        naf_code="29.10Z",
    )
    make_organisation(
        database,
        "Évreux Pharma",
        town="Évreux",
        postcode="27000",
        tags=["Santé", "Chimie"],
        capabilities="Formulation, conditionnement stérile",
    )
    make_organisation(
        database,
        "Mécanique de la Risle",
        town="Pont-Audemer",
        postcode="27500",
        tags=["Usinage"],
        capabilities="usinage de précision, fraisage 5 axes",
        membership_status=MembershipStatus.PROSPECT,
    )
    return database


def test_round_trip_keeps_every_field(database):
    draft = OrganisationDraft(
        name="Caux Automatismes",
        kind=OrganisationKind.SME,
        siret="732 829 320 00074",
        naf_code="33.20A",
        address_building="ZA du Clos Allard",
        address_street="12 rue des Forgerons",
        postcode="76190",
        town="Yvetot",
        cedex="",
        phone="02 35 95 00 00",
        email="contact@caux-auto.fr",
        website="caux-auto.fr",
        description="Intégrateur",
        capabilities="automates, supervision",
        tags=["Robotique"],
        membership_status=MembershipStatus.MEMBER,
        stay_in_touch_days=45,
    )
    created = service.create_organisation(draft, database.uow())
    view = service.get_organisation(created.id, database.uow())
    assert view.siret == "732 829 320 00074" and view.siren == "732 829 320"
    assert view.naf_label == "Installation de structures métalliques, chaudronnées et de tuyauterie"
    assert view.address_lines == ("ZA du Clos Allard", "12 rue des Forgerons", "76190 YVETOT")
    assert view.phone == "02 35 95 00 00"
    assert view.website == "https://caux-auto.fr"
    assert view.tags == ("Robotique",)
    assert view.draft.phone == "02 35 95 00 00" and view.draft.stay_in_touch_days == 45


def test_search_ignores_accents_and_case(cluster):
    assert names(cluster, text="cleon") == ["Usine automobile de Cléon"]
    assert names(cluster, text="CLÉ") == ["Usine automobile de Cléon"]
    assert names(cluster, text="evreux") == ["Évreux Pharma"]
    assert names(cluster, text="usinage precision") == ["Mécanique de la Risle"]
    assert names(cluster, text="732829320") == ["Usine automobile de Cléon"]
    assert names(cluster, text="zzz") == []


def test_filters_combine(cluster):
    assert names(cluster, kind=OrganisationKind.CONTRACTING) == ["Usine automobile de Cléon"]
    assert names(cluster, tag="santé") == ["Évreux Pharma"]
    assert names(cluster, membership=MembershipStatus.PROSPECT) == ["Mécanique de la Risle"]
    assert names(cluster, town="EVREUX") == ["Évreux Pharma"]
    assert names(cluster, kind=OrganisationKind.SME, text="cleon") == []


def test_sorting_is_accent_insensitive_and_reversible(cluster):
    assert names(cluster) == ["Évreux Pharma", "Mécanique de la Risle", "Usine automobile de Cléon"]
    assert names(cluster, sort=OrganisationSort.TOWN, descending=True)[0] == "Mécanique de la Risle"


def test_duplicate_siret_is_refused_and_nothing_is_saved(cluster):
    with pytest.raises(ValidationFailed) as error:
        service.create_organisation(OrganisationDraft(name="Doublon", siret="73282932000074"), cluster.uow())
    assert "Usine automobile de Cléon" in error.value.for_field("siret")
    assert names(cluster, text="doublon") == []


def test_update_reindexes_the_organisation_and_its_people(cluster):
    org_id = ids(cluster, text="risle")[0]
    person = make_contact(cluster, "Jeanne", "Lefèvre", org_id, role="Gérante")
    draft = service.get_organisation(org_id, cluster.uow()).draft
    draft.name = "Risle Précision"
    service.update_organisation(org_id, draft, cluster.uow())
    assert names(cluster, text="risle precision") == ["Risle Précision"]
    from cluster_crm.domain.queries import ContactQuery
    from cluster_crm.services.contacts import search_contact_ids

    assert search_contact_ids(ContactQuery(text="risle precision"), cluster.uow()) == [person]


def test_unused_tags_disappear_from_the_filter_choices(cluster):
    org_id = ids(cluster, text="evreux")[0]
    draft = service.get_organisation(org_id, cluster.uow()).draft
    draft.tags = ["Santé"]
    service.update_organisation(org_id, draft, cluster.uow())
    assert "Chimie" not in service.filter_choices(cluster.uow()).tags


def test_deleting_an_organisation_removes_its_links_but_keeps_its_people(cluster):
    org_id = ids(cluster, text="cleon")[0]
    person = make_contact(cluster, "Paul", "Durand", org_id, role="Acheteur")
    dependents = service.organisation_dependents(org_id, cluster.uow())
    assert (dependents.contacts, dependents.affiliations) == (1, 1)
    service.delete_organisation(org_id, cluster.uow())
    with pytest.raises(NotFound):
        service.get_organisation(org_id, cluster.uow())
    assert names(cluster, text="cleon") == []
    from cluster_crm.services.contacts import get_contact

    assert get_contact(person, cluster.uow()).affiliations == ()


def test_rolled_back_unit_of_work_leaves_nothing(database):
    from cluster_crm.services.organisations import add_organisation

    with database.uow() as uow:
        add_organisation(OrganisationDraft(name="Jamais enregistrée"), uow)
        # leaving without commit
    assert names(database) == []
