from datetime import date

import pytest

from cluster_crm.domain.enums import MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import ValidationFailed
from cluster_crm.domain.naf import NAF_REV2
from cluster_crm.domain.organisations import OrganisationDraft, clean_organisation
from tests.clock import TODAY


def test_every_wrong_field_is_reported_at_once():
    draft = OrganisationDraft(name=" ", siret="732 829 320 00075", email="x@", phone="12", postcode="7600")
    with pytest.raises(ValidationFailed) as error:
        clean_organisation(draft, today=TODAY)
    fields = {p.field for p in error.value.problems}
    assert fields == {"name", "siret", "email", "phone", "postcode"}
    assert error.value.for_field("name") == "Le nom est obligatoire."


def test_siren_is_derived_from_siret_and_naf_nomenclature_recorded():
    clean = clean_organisation(
        OrganisationDraft(name="Usine", siret="73282932000074", naf_code="2910Z"), today=TODAY
    )
    assert clean.siren == "732829320"
    assert clean.naf_code == "29.10Z"
    assert clean.naf_nomenclature == NAF_REV2


def test_siren_must_agree_with_siret():
    draft = OrganisationDraft(name="Usine", siret="73282932000074", siren="552 100 554")
    with pytest.raises(ValidationFailed) as error:
        clean_organisation(draft, today=TODAY)
    assert error.value.for_field("siren")


def test_siren_alone_is_accepted():
    assert (
        clean_organisation(OrganisationDraft(name="Holding", siren="552 100 554"), today=TODAY).siren
        == "552100554"
    )


def test_tags_are_trimmed_and_deduplicated_without_regard_to_case():
    clean = clean_organisation(
        OrganisationDraft(name="A", tags=[" Usinage", "usinage", "", "Robotique "]), today=TODAY
    )
    assert clean.tags == ["Usinage", "Robotique"]


def test_member_since_only_for_members_and_not_in_the_future():
    prospect = clean_organisation(
        OrganisationDraft(
            name="A", membership_status=MembershipStatus.PROSPECT, member_since=date(2020, 1, 1)
        ),
        today=TODAY,
    )
    assert prospect.member_since is None
    with pytest.raises(ValidationFailed) as error:
        clean_organisation(
            OrganisationDraft(
                name="A", membership_status=MembershipStatus.MEMBER, member_since=date(2999, 1, 1)
            ),
            today=TODAY,
        )
    assert error.value.for_field("member_since")


def test_stay_in_touch_interval_is_bounded():
    with pytest.raises(ValidationFailed):
        clean_organisation(OrganisationDraft(name="A", stay_in_touch_days=0), today=TODAY)
    assert (
        clean_organisation(OrganisationDraft(name="A", stay_in_touch_days=60), today=TODAY).stay_in_touch_days
        == 60
    )


def test_foreign_postcodes_are_free_text():
    clean = clean_organisation(
        OrganisationDraft(name="A", postcode="SW1A 1AA", country="Royaume-Uni"), today=TODAY
    )
    assert clean.postcode == "SW1A 1AA"
    assert clean.kind is OrganisationKind.SME
