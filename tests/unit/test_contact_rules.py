from datetime import date

import pytest

from cluster_crm.domain.contacts import AffiliationDraft, ContactDraft, clean_contact
from cluster_crm.domain.errors import ValidationFailed
from tests.clock import TODAY


def test_last_name_is_required():
    with pytest.raises(ValidationFailed) as error:
        clean_contact(ContactDraft(first_name="Claire"), today=TODAY)
    assert error.value.for_field("last_name") == "Le nom de famille est obligatoire."


def test_emails_and_phones_are_cleaned_and_deduplicated():
    clean = clean_contact(
        ContactDraft(
            last_name="Martin",
            emails=["c.martin@exemple.fr", "c.martin@exemple.fr"],
            phones=["06 12 34 56 78", "+33612345678", "02 35 14 37 37"],
        ),
        today=TODAY,
    )
    assert clean.emails == ["c.martin@exemple.fr"]
    assert clean.phones == ["+33612345678", "+33235143737"]


def test_bad_email_and_phone_are_reported_by_field():
    with pytest.raises(ValidationFailed) as error:
        clean_contact(ContactDraft(last_name="Martin", emails=["martin@"], phones=["123"]), today=TODAY)
    assert {p.field for p in error.value.problems} == {"emails", "phones"}


def test_affiliation_cannot_end_before_it_starts():
    draft = ContactDraft(
        last_name="Martin",
        affiliations=[AffiliationDraft(1, "Acheteuse", date(2024, 1, 1), date(2023, 1, 1))],
    )
    with pytest.raises(ValidationFailed) as error:
        clean_contact(draft, today=TODAY)
    assert error.value.for_field("affiliations")


def test_several_affiliations_are_kept_with_their_roles():
    draft = ContactDraft(
        last_name="Martin",
        affiliations=[AffiliationDraft(1, "  Directrice  "), AffiliationDraft(2, "Présidente")],
    )
    assert [a.role for a in clean_contact(draft, today=TODAY).affiliations] == ["Directrice", "Présidente"]
