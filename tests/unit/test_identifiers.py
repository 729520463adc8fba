import pytest

from cluster_crm.domain.errors import InvalidValue
from cluster_crm.domain.identifiers import clean_siren, clean_siret, format_siren, format_siret, siren_of


def test_valid_siret_is_compacted():
    assert clean_siret(" 732 829 320 00074 ") == "73282932000074"


def test_siret_with_wrong_check_digit_is_refused_in_french():
    with pytest.raises(InvalidValue) as error:
        clean_siret("732 829 320 00075")
    assert "SIRET" in error.value.message()
    assert "n'est pas valide" in error.value.message()


def test_siret_length_and_format_are_explained():
    with pytest.raises(InvalidValue) as short:
        clean_siret("7328293200007")
    assert "14 chiffres" in short.value.message()
    with pytest.raises(InvalidValue) as letters:
        clean_siret("7328293200007A")
    assert "chiffres" in letters.value.message()


def test_la_poste_establishments_follow_their_own_rule():
    # La Poste's SIREN 356 000 000: its SIRETs do not pass Luhn but are valid.
    assert clean_siret("356 000 000 00048") == "35600000000048"


def test_empty_values_are_none():
    assert clean_siret("  ") is None
    assert clean_siren("") is None


def test_siren_is_checked_and_derived():
    assert clean_siren("732 829 320") == "732829320"
    with pytest.raises(InvalidValue):
        clean_siren("732829321")
    assert siren_of("73282932000074") == "732829320"


def test_formatting_groups_digits():
    assert format_siret("73282932000074") == "732 829 320 00074"
    assert format_siren("732829320") == "732 829 320"
    assert format_siret(None) == ""
