"""AFNOR NF Z10-011 address blocks: 6 lines of 38 characters, capitals, CEDEX, abbreviations, abroad."""

import pytest

from cluster_crm.domain.postal import (
    BAD_POSTCODE,
    MAX_LENGTH,
    MAX_LINES,
    NO_POSTCODE,
    NO_RECIPIENT,
    NO_STREET,
    NO_TOWN,
    PostalAddress,
    address_block,
    address_problem,
    cut,
    fitted,
    postal_caps,
)
from cluster_crm.i18n import translate

CLEON = PostalAddress(
    recipient="Usine automobile de Cléon",
    attention="Madame Claire MARTIN",
    building="Bâtiment B",
    street="Chemin de la Poudrière",
    locality="BP 45",
    postcode="76410",
    town="Cléon",
    cedex="CEDEX 2",
)


def test_a_full_french_company_address_in_afnor_order():
    # WHEN the block of a complete address is made
    lines = address_block(CLEON)
    # THEN its six lines follow AFNOR's order, lines 1 to 3 as written, lines 4 on in capitals
    assert lines == [
        "Usine automobile de Cléon",
        "Madame Claire MARTIN",
        "Bâtiment B",
        "CHEMIN DE LA POUDRIERE",
        "BP 45",
        "76410 CLEON CEDEX 2",
    ]


def test_empty_lines_are_left_out():
    address = PostalAddress("CHU de Rouen", street="1 rue de Germont", postcode="76031", town="Rouen")
    assert address_block(address) == ["CHU de Rouen", "1 RUE DE GERMONT", "76031 ROUEN"]


def test_the_town_line_in_capitals_without_accents_hyphens_nor_apostrophes():
    address = PostalAddress(
        "ESIGELEC",
        street="Technopôle du Madrillet",
        postcode="76 801",
        town="Saint-Étienne-du-Rouvray",
        cedex="cedex",
    )
    # THEN the postcode loses its space, the town its accents and hyphens; CEDEX ends the line
    assert address_block(address)[-1] == "76801 SAINT ETIENNE DU ROUVRAY CEDEX"
    assert address_block(PostalAddress("X", street="1 rue", postcode="27000", town="Évreux"))[-1] == (
        "27000 EVREUX"
    )


def test_no_punctuation_nor_accents_from_line_four_on():
    address = PostalAddress(
        "« Au Pain d'Antan », S.A.R.L.",
        attention="M. Jean-Luc DUPRÉ",
        street="12, rue de l'Église.",
        locality="Lieu-dit « Le Câtelier »; BP 7",
        postcode="76000",
        town="Rouen",
    )
    lines = address_block(address)
    # THEN lines 1 and 2 keep their punctuation, the others have none
    assert lines[0] == "« Au Pain d'Antan », S.A.R.L."
    assert lines[1] == "M. Jean-Luc DUPRÉ"
    assert lines[2:] == ["12 RUE DE L EGLISE", "LIEU DIT LE CATELIER BP 7", "76000 ROUEN"]
    for line in lines[2:]:
        assert not set(line) & set(",.;:«»'-"), line
        assert line == line.upper() and line.isascii()


def test_postal_caps_folds_ligatures():
    assert postal_caps("  Rue de l’Œuvre,  cœur ") == "RUE DE L OEUVRE COEUR"


@pytest.mark.parametrize(
    ("street", "expected"),
    [
        ("145 avenue du Président Franklin Roosevelt", "145 AV DU PRESIDENT FRANKLIN ROOSEVELT"),
        ("145 boulevard du Président Franklin Roosevelt", "145 BD DU PRESIDENT FRANKLIN ROOSEVELT"),
        ("3 impasse du Docteur Jean-Baptiste Charcot", "3 IMP DU DOCTEUR JEAN BAPTISTE CHARCOT"),
        ("27 route départementale de Saint-Aubin-Épinay", "27 RTE DEPARTEMENTALE DE ST AUBIN"),
        ("8 chemin du Moulin de la Grande Rivière Bleue", "8 CHE DU MOULIN DE LA GRANDE RIVIERE"),
        ("1 place du Général Charles de Gaulle et Libé", "1 PL DU GAL CHARLES DE GAULLE ET LIBE"),
        ("4 allée des Marronniers de la Résidence du Parc", "4 ALL DES MARRONNIERS DE LA RES"),
        ("112 faubourg Martainville prolongé jusqu'au bout", "112 FG MARTAINVILLE PROLONGE JUSQU"),
    ],
)
def test_a_long_street_line_is_abbreviated_then_cut(street, expected):
    # WHEN a street line is longer than 38 characters
    line = address_block(PostalAddress("X", street=street, postcode="76000", town="Rouen"))[1]
    # THEN AFNOR's abbreviations are applied one at a time, as long as needed, then a word boundary
    assert line == expected
    assert len(line) <= MAX_LENGTH


def test_abbreviations_stop_as_soon_as_the_line_fits():
    # A line of 40 characters needs only its street type shortened, not « SAINT » as well
    line = fitted("12 BOULEVARD SAINT MARC DES BOIS ROUGES X")
    assert line == "12 BD SAINT MARC DES BOIS ROUGES X"


def test_zones_and_buildings_are_abbreviated_whatever_their_case_and_accents():
    address = PostalAddress(
        "Fonderie de Normandie",
        building="Résidence Zone industrielle du Grand Madrillet",
        street="ZONE D'ACTIVITÉS DES PORTES DE L'EURE NORD SUD",
        postcode="27100",
        town="Val-de-Reuil",
    )
    lines = address_block(address)
    assert lines[1] == "Résidence ZI du Grand Madrillet"
    assert lines[2] == "ZA DES PORTES DE L EURE NORD SUD"


def test_a_line_is_never_longer_than_38_characters():
    address = PostalAddress(
        recipient="Société nouvelle des ateliers mécaniques de haute précision de la vallée de la Seine",
        attention="Direction des achats et de la chaîne d'approvisionnement",
        building="Bâtiment administratif numéro quatorze escalier C",
        street="1234 rue du Commandant Jean-Baptiste Marie Charcot-Lefebvre",
        locality="Lieu-dit la Haute-Croix-de-Pierre-de-Bourgtheroulde",
        postcode="27520",
        town="Grand-Bourgtheroulde-Infreville-Saint-Ouen-du-Tilleul",
        cedex="CEDEX 12",
    )
    lines = address_block(address)
    assert len(lines) == MAX_LINES
    assert all(len(line) <= MAX_LENGTH for line in lines), [(len(line), line) for line in lines]
    # THEN the town is shortened, never the postcode nor the CEDEX
    assert lines[-1].startswith("27520 GRAND BOURGTHEROULDE") and lines[-1].endswith(" CEDEX 12")
    # and the first line is cut at a word boundary
    assert lines[0] == "Société nouvelle des ateliers"


def test_names_are_cut_but_never_abbreviated():
    address = PostalAddress(
        "Compagnie de Saint-Gobain Recherche Paris Aubervilliers",
        attention="Madame la Directrice Résidence Sainte-Anne du Boulevard",
        street="1 rue",
        postcode="93300",
        town="Aubervilliers",
    )
    assert address_block(address)[:2] == [
        "Compagnie de Saint-Gobain Recherche",
        "Madame la Directrice Résidence",
    ]


def test_exactly_38_characters_are_kept_as_they_are():
    street = "12 AVENUE DES CHAMPS ELYSEES PROLONGEE"
    assert len(street) == MAX_LENGTH
    assert address_block(PostalAddress("X", street=street, postcode="75008", town="Paris"))[1] == street


def test_cut_keeps_whole_words_and_cuts_a_lone_long_word():
    assert cut("AAAA BBBB CCCC", 9) == "AAAA BBBB"
    assert cut("A" * 50) == "A" * 38


def test_a_cut_line_does_not_end_on_a_linking_word():
    assert cut("Entreprise Énergies du Domfrontais et Associés") == "Entreprise Énergies du Domfrontais"
    assert cut("12 RUE DES MARTYRS DE LA RESISTANCE DE L ILE", 34) == "12 RUE DES MARTYRS"


def test_saints_are_shortened_in_a_long_town_name():
    address = PostalAddress(
        "X", street="1 rue", postcode="76100", town="Sainte-Marguerite-sur-Duclair-Village", cedex="CEDEX 9"
    )
    assert address_block(address)[-1] == "76100 STE MARGUERITE CEDEX 9"


def test_an_address_abroad_may_have_a_seventh_line_for_its_country():
    # GIVEN an address abroad with every line: the country makes 7, which La Poste allows abroad
    abroad = PostalAddress(
        "Volkswagen AG",
        "Herrn Klaus MÜLLER",
        "Werk 2",
        "Berliner Ring 2",
        "Postfach 1",
        "38440",
        "Wolfsburg",
        "",
        "Allemagne",
    )
    assert address_block(abroad)[-1] == "ALLEMAGNE"
    assert len(address_block(abroad)) == 7


def test_france_is_never_printed():
    france_named = PostalAddress(**{**CLEON.__dict__, "country": "FRANCE"})
    assert address_block(france_named) == address_block(CLEON)


def test_the_building_goes_before_the_locality_when_space_runs_out(monkeypatch):
    # GIVEN a limit of 5 lines (as on a small label), the building line is dropped first
    monkeypatch.setattr("cluster_crm.domain.postal.MAX_LINES", 5)
    assert "Bâtiment B" not in address_block(CLEON)
    assert "BP 45" in address_block(CLEON)
    # THEN with 4 lines, the BP goes too, never the recipient, the street nor the town
    monkeypatch.setattr("cluster_crm.domain.postal.MAX_LINES", 4)
    assert address_block(CLEON) == [
        "Usine automobile de Cléon",
        "Madame Claire MARTIN",
        "CHEMIN DE LA POUDRIERE",
        "76410 CLEON CEDEX 2",
    ]


def test_an_address_abroad_ends_with_the_country_in_capitals():
    address = PostalAddress(
        "Siemens Healthineers",
        attention="Frau Anna SCHÄFER",
        street="Henkestraße 127",
        postcode="91052",
        town="Erlangen",
        country="Allemagne",
    )
    assert address_block(address) == [
        "Siemens Healthineers",
        "Frau Anna SCHÄFER",
        "HENKESTRASSE 127",
        "91052 ERLANGEN",
        "ALLEMAGNE",
    ]
    belgium = PostalAddress(
        "Agoria", street="Rue Montoyer 47", postcode="1000", town="Bruxelles", country="Belgique"
    )
    assert address_block(belgium)[-2:] == ["1000 BRUXELLES", "BELGIQUE"]
    uk = PostalAddress(
        "Jaguar Land Rover", street="Abbey Road", postcode="CV3 4LF", town="Coventry", country="Royaume-Uni"
    )
    assert address_block(uk)[-2:] == ["CV3 4LF COVENTRY", "ROYAUME UNI"]


def test_a_usable_address_has_no_problem():
    assert address_problem(CLEON) is None
    assert (
        address_problem(
            PostalAddress(
                "Ferme du Val", locality="Lieu-dit Le Câtelier", postcode="76750", town="Bosc-le-Hard"
            )
        )
        is None
    )
    assert (
        address_problem(
            PostalAddress("Agoria", street="Rue Montoyer 47", town="Bruxelles", country="Belgique")
        )
        is None
    )


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"recipient": "  "}, NO_RECIPIENT),
        ({"street": "", "locality": ""}, NO_STREET),
        ({"postcode": ""}, NO_POSTCODE),
        ({"town": " "}, NO_TOWN),
    ],
)
def test_an_incomplete_address_says_what_is_missing(changes, reason):
    address = PostalAddress(**{**CLEON.__dict__, **changes})
    assert address_problem(address) == translate("Errors", reason)


def test_a_french_postcode_must_have_five_digits():
    address = PostalAddress(**{**CLEON.__dict__, "postcode": "7641"})
    assert address_problem(address) == translate("Errors", BAD_POSTCODE).format(postcode="7641")
    # but abroad a postcode is optional and free
    assert address_problem(PostalAddress("X", street="1 Main St", town="Dublin", country="Irlande")) is None


def test_the_reasons_are_english_sources_for_the_french_catalogue():
    # The French texts come from the catalogue (« Adresse postale incomplète : pas de code postal »)
    assert NO_POSTCODE == "Incomplete postal address: no postcode"
