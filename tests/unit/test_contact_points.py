import pytest

from cluster_crm.domain.contact_points import clean_email, clean_phone, clean_website, format_phone
from cluster_crm.domain.errors import InvalidValue


@pytest.mark.parametrize("typed", ["02 35 14 37 37", "0235143737", "+33 2 35 14 37 37", "02.35.14.37.37"])
def test_french_numbers_are_stored_in_e164(typed):
    assert clean_phone(typed) == "+33235143737"


def test_phones_are_shown_in_french_national_format():
    assert format_phone("+33235143737") == "02 35 14 37 37"
    assert format_phone("+33612345678") == "06 12 34 56 78"


def test_foreign_numbers_keep_their_international_format():
    assert clean_phone("+49 30 1234567") == "+49301234567"
    assert format_phone("+49301234567").startswith("+49")


@pytest.mark.parametrize("typed", ["12", "02 35 14", "abc", "+33 1"])
def test_invalid_phone_numbers_are_refused(typed):
    with pytest.raises(InvalidValue) as error:
        clean_phone(typed)
    assert "téléphone" in error.value.message()


def test_email_is_normalised_and_checked_without_network():
    assert clean_email("Claire.Martin@Exemple.FR") == "Claire.Martin@exemple.fr"
    for bad in ("claire@", "claire.martin", "claire @exemple.fr"):
        with pytest.raises(InvalidValue) as error:
            clean_email(bad)
        assert "adresse e-mail" in error.value.message()


def test_website_gets_a_scheme_and_is_checked():
    assert clean_website("www.cci.fr") == "https://www.cci.fr"
    assert clean_website("http://exemple.fr/page") == "http://exemple.fr/page"
    with pytest.raises(InvalidValue):
        clean_website("pas un site")
