from datetime import date

from cluster_crm.domain.address import clean_cedex, town_line
from cluster_crm.domain.dates import long_date
from cluster_crm.domain.text import fold, search_words


def test_fold_removes_accents_case_and_ligatures():
    assert fold("Évreux") == "evreux"
    assert fold("CLÉON") == "cleon"
    assert fold("Œuvre Cœur") == "oeuvre coeur"


def test_search_words_are_folded_words():
    assert search_words("  Cléon, 76 ") == ["cleon", "76"]
    assert search_words("l'Épée-de-Bois") == ["l", "epee", "de", "bois"]


def test_the_first_of_the_month_is_written_1er():
    assert long_date(date(2026, 12, 1)) == "1er décembre 2026"
    assert long_date(date(2026, 11, 29)) == "29 novembre 2026"


def test_town_line_is_in_capitals_without_accents_or_punctuation():
    assert town_line("76800", "Saint-Étienne-du-Rouvray", None) == "76800 SAINT ETIENNE DU ROUVRAY"
    assert town_line("76031", "Rouen", "CEDEX 1") == "76031 ROUEN CEDEX 1"


def test_cedex_is_normalised():
    assert clean_cedex("cedex 1") == "CEDEX 1"
    assert clean_cedex("2") == "CEDEX 2"
    assert clean_cedex("") is None
