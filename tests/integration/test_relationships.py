"""Links between organisations: stored once, read from both sides with the reverse label."""

from datetime import date

import pytest

from cluster_crm.domain.enums import OrganisationKind
from cluster_crm.domain.errors import ValidationFailed
from cluster_crm.domain.relationships import LinkDraft, LinkKind, before_name
from cluster_crm.services.relationships import add_link, delete_link, links_of, update_link
from tests.factories import make_organisation


@pytest.fixture
def orgs(database):
    plant = make_organisation(database, "Usine de Cléon", kind=OrganisationKind.CONTRACTING)
    sme = make_organisation(database, "Atelier Mécanique de la Vire")
    group = make_organisation(database, "Groupe Normand")
    return plant, sme, group


def test_a_link_reads_both_ways(new_uow, orgs):
    plant, sme, group = orgs
    # WHEN the SME is recorded as a supplier of the plant, from the SME's page
    add_link(LinkDraft(sme, LinkKind.SUPPLIER_OF, plant, start_date=date(2020, 3, 1)), new_uow())
    # THEN each side reads its own label, with the other's name
    [from_sme] = links_of(sme, new_uow())
    [from_plant] = links_of(plant, new_uow())
    assert (from_sme.label, from_sme.other_name) == ("Fournisseur de", "Usine de Cléon")
    assert (from_plant.label, from_plant.other_name) == ("Client de", "Atelier Mécanique de la Vire")
    assert from_plant.lead + from_plant.other_name == "Client d’Atelier Mécanique de la Vire"
    assert from_sme.start_date == date(2020, 3, 1) and from_sme.id == from_plant.id


def test_the_same_link_twice_is_refused_whichever_side_it_comes_from(new_uow, orgs):
    plant, sme, _group = orgs
    add_link(LinkDraft(sme, LinkKind.SUPPLIER_OF, plant), new_uow())
    with pytest.raises(ValidationFailed) as error:
        add_link(LinkDraft(plant, LinkKind.CLIENT_OF, sme), new_uow())
    assert "existe déjà" in error.value.for_field("other")
    add_link(LinkDraft(plant, LinkKind.PARTNER_OF, sme), new_uow())
    with pytest.raises(ValidationFailed):
        add_link(LinkDraft(sme, LinkKind.PARTNER_OF, plant), new_uow())
    assert len(links_of(plant, new_uow())) == 2


def test_self_links_and_backward_dates_are_refused(new_uow, orgs):
    plant, sme, _group = orgs
    with pytest.raises(ValidationFailed) as error:
        add_link(LinkDraft(plant, LinkKind.PARTNER_OF, plant), new_uow())
    assert "elle-même" in error.value.for_field("other")
    with pytest.raises(ValidationFailed) as error:
        add_link(LinkDraft(plant, LinkKind.CLIENT_OF, sme, date(2024, 1, 1), date(2023, 1, 1)), new_uow())
    assert error.value.for_field("end_date")
    assert links_of(plant, new_uow()) == []


def test_edit_from_the_other_side_and_delete(new_uow, orgs):
    plant, sme, group = orgs
    link = add_link(LinkDraft(sme, LinkKind.SUBSIDIARY_OF, group), new_uow())
    assert links_of(group, new_uow())[0].label == "Maison mère de"
    # WHEN the group's page ends the link
    update_link(link.id, LinkDraft(group, LinkKind.PARENT_OF, sme, end_date=date(2025, 6, 30)), new_uow())
    [seen] = links_of(sme, new_uow())
    assert (seen.label, seen.end_date, seen.current) == ("Filiale de", date(2025, 6, 30), False)
    delete_link(link.id, new_uow())
    assert links_of(sme, new_uow()) == [] and links_of(group, new_uow()) == []


def test_elision_before_a_vowel_or_a_mute_h():
    assert before_name("Client de", "Hôpital privé") == "Client d’"
    assert before_name("Client de", "Renault") == "Client de "
    assert before_name("Maison mère de", "Usinage") == "Maison mère d’"
