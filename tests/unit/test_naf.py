import pytest

from cluster_crm.domain.errors import InvalidValue
from cluster_crm.domain.naf import clean_naf_code, naf_label, naf_rev2_labels


def test_the_whole_nomenclature_is_shipped():
    labels = naf_rev2_labels()
    assert len(labels) == 732
    assert labels["62.01Z"] == "Programmation informatique"
    assert labels["86.10Z"] == "Activités hospitalières"
    assert labels["29.10Z"] == "Construction de véhicules automobiles"


@pytest.mark.parametrize("typed", ["62.01Z", "6201Z", "6201z", "62.01 Z", " 62.01z "])
def test_codes_are_normalised(typed):
    assert clean_naf_code(typed) == "62.01Z"


def test_unknown_codes_are_refused():
    with pytest.raises(InvalidValue) as error:
        clean_naf_code("62.99Z")
    assert "NAF" in error.value.message()


def test_label_of_nothing_is_empty():
    assert naf_label(None) == ""
