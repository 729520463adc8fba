"""Town coordinates (resources/geo) and distances."""

from __future__ import annotations

import pytest

from cluster_crm.domain.geo import department_of, distance_km, locate, town_key


@pytest.mark.parametrize(
    ("postcode", "department"),
    [("76410", "76"), ("01000", "01"), ("20090", "2A"), ("20200", "2B"), ("97400", "974"), ("", None),
     ("7641", None), ("ABCDE", None)],
)  # fmt: skip
def test_the_department_comes_from_the_postcode(postcode, department):
    assert department_of(postcode) == department


def test_town_names_are_compared_as_people_write_them():
    assert (
        town_key("St-Étienne-du-Rouvray")
        == town_key("Saint-Etienne-du-Rouvray")
        == "saint etienne du rouvray"
    )
    assert town_key("Le Grand-Quevilly") == town_key("Grand-Quevilly")
    assert town_key("Le Havre") != town_key("Les Andelys")


def test_distances_between_known_towns():
    # GIVEN towns of the cluster and Paris
    rouen, le_havre, paris = locate("Rouen", "76000"), locate("Le Havre", "76600"), locate("Paris", "75008")
    # THEN their straight-line distances are right to a few kilometres
    assert distance_km(rouen, le_havre) == pytest.approx(71, abs=5)
    assert distance_km(rouen, paris) == pytest.approx(112, abs=5)
    assert distance_km(rouen, rouen) == 0


def test_the_department_tells_towns_of_the_same_name_apart():
    # GIVEN Saint-Denis, in Seine-Saint-Denis and on Réunion island
    metropolitan, overseas = locate("Saint-Denis", "93200"), locate("Saint-Denis", "97400")
    # THEN each postcode finds its own, and the name alone finds neither
    assert metropolitan.latitude == pytest.approx(48.9, abs=0.1)
    assert overseas.latitude == pytest.approx(-20.9, abs=0.1)
    assert locate("Saint-Denis") is None


def test_a_unique_name_is_found_without_postcode_and_unknown_towns_are_not_guessed():
    assert locate("Cléon") == locate("Cléon", "76410") is not None
    assert locate("Cléon", "14000") == locate("Cléon", "76410")  # a wrong postcode falls back on the name
    assert locate("Nowhere-sur-Mer", "76000") is None
    assert locate("", "76000") is None


def test_merged_communes_are_placed_at_their_chef_lieu():
    # GIVEN communes nouvelles formed after GeoNames' snapshot
    cherbourg = locate("Cherbourg-en-Cotentin", "50100")
    # THEN they are where their main town was
    assert cherbourg is not None and distance_km(cherbourg, locate("Cherbourg-Octeville", "50100")) < 1
    assert locate("Vire Normandie", "14500") is not None
    assert locate("Gonfreville-l'Orcher", "76700") is not None  # placed by hand
