"""Matchmaking's scoring on fixed facts: each reason, the weights' order, words, rarity, ranking."""

from __future__ import annotations

from datetime import date

import pytest

from cluster_crm import i18n
from cluster_crm.domain import matching as m
from cluster_crm.domain.french_words import stem, words
from cluster_crm.domain.matching import Facts, Rarity, Scorer, need_criteria, ranking_key, score, seniority
from cluster_crm.domain.text import fold

NO_CORPUS = Rarity(0, {})  # every word as rare as can be: rarity 1


def criteria(title: str = "Usinage de précision", **fields):
    fields.setdefault("contracting_name", "CHU de Rouen")
    return need_criteria(title=title, **fields)


def kinds(reasons) -> list[str]:
    return [r.kind for r in reasons]


def reason(match, kind: str):
    return next(r for r in (*match.reasons_for, *match.reasons_against) if r.kind == kind)


def test_word_forms_meet_but_a_plant_is_not_machining():
    # GIVEN French words as needs and SMEs write them
    # WHEN they are stemmed
    # THEN singular and plural, noun and verb meet...
    assert stem("usinage") == stem("usinages") == stem("usiner") == stem("usinee")
    assert stem("donnees") == stem("donnee")
    assert stem("robotique") == stem("robotisation") == stem("robotisees")
    assert stem("industrielle") == stem("industriel") == stem("industrie")
    assert stem("medicaux") == stem("medicale")
    # ...while « usine » (a plant) stays apart from « usinage », and short words keep their ending
    assert stem("usine") != stem("usinage")
    assert stem("vision") == "vision"


def test_stop_words_and_the_wording_of_needs_are_left_out():
    # GIVEN a need worded as needs are
    need = criteria("Besoin d'un partenaire pour de l'usinage et des données", description="Nous cherchons")
    # WHEN its words are read
    # THEN only what it is about remains
    assert set(need.words) == {stem("usinage"), stem("donnees")}
    assert [w.shown for w in words("l'IA et le CN")] == ["IA", "CN"]


def test_capability_words_found_are_named_with_their_accents():
    # GIVEN an SME whose capabilities hold the need's words (and others)
    sme = Facts(name="Atelier Dupont", capabilities="Usinage de précision, fraisage 5 axes")
    # WHEN it is scored
    match = score(criteria(), sme, NO_CORPUS)
    # THEN one "know-how" reason names the words found, as the SME writes them
    know_how = reason(match, "words")
    assert "usinage" in know_how.text and "précision" in know_how.text
    assert "fraisage" not in know_how.text
    assert know_how.points == pytest.approx(2 * m.WORD_POINTS)
    assert match.relevant


def test_capabilities_weigh_more_than_the_name_or_the_description():
    need = criteria("Chaudronnerie")
    # GIVEN the same word in an SME's capabilities, in another's name, in a third's description
    in_capabilities = score(need, Facts(name="A", capabilities="chaudronnerie fine"), NO_CORPUS)
    in_name = score(need, Facts(name="Chaudronnerie Martin"), NO_CORPUS)
    in_description = score(need, Facts(name="B", description="Une chaudronnerie familiale"), NO_CORPUS)
    both = score(
        need,
        Facts(name="Chaudronnerie", capabilities="chaudronnerie", description="chaudronnerie"),
        NO_CORPUS,
    )
    # THEN the capabilities count most; name and description are a "presentation" reason
    assert in_capabilities.score == pytest.approx(m.WORD_POINTS * m.CAPABILITIES_WEIGHT)
    assert in_name.score == in_description.score == pytest.approx(m.WORD_POINTS * m.PRESENTATION_WEIGHT)
    assert m.CAPABILITIES_WEIGHT > m.PRESENTATION_WEIGHT
    assert kinds(in_name.reasons_for) == kinds(in_description.reasons_for) == ["description"]
    # ...and a word counts once, where it weighs most
    assert both.score == in_capabilities.score and kinds(both.reasons_for) == ["words"]


def test_a_word_of_the_title_counts_more_than_one_of_the_description():
    sme = Facts(name="A", capabilities="soudure")
    # GIVEN two needs that say "soudure", one in its title, the other in its description
    in_title = score(criteria("Soudure"), sme, NO_CORPUS)
    in_text = score(criteria("Atelier", description="Il faut de la soudure"), sme, NO_CORPUS)
    # THEN the title weighs more
    assert in_title.score == pytest.approx(m.WORD_POINTS * m.NEED_TITLE_WEIGHT)
    assert in_text.score == pytest.approx(m.WORD_POINTS * m.NEED_DESCRIPTION_WEIGHT)


def test_a_rare_word_counts_more_than_a_common_one():
    # GIVEN a need for "usinage titane", in a base where one organisation in two does machining
    # and one in a thousand works titanium
    need = criteria("Usinage titane")
    rarity = Rarity(10_000, {stem("usinage"): 5_000, stem("titane"): 10})
    scorer = Scorer(need, rarity)
    # WHEN an SME has one word and another SME the other
    titanium = scorer.score(Facts(name="A", capabilities="titane"))
    machining = scorer.score(Facts(name="B", capabilities="usinage"))
    # THEN the rare word brings several times more
    assert titanium.score > 5 * machining.score > 0
    assert rarity.of(stem("usinage")) < rarity.of(stem("titane")) <= 1


def test_shared_tags_are_named():
    # GIVEN a need tagged Data, IA and Santé, and an SME tagged IA, Data and Export
    need = criteria("Partenaire", tags=["Data", "IA", "Santé"])
    match = score(need, Facts(name="A", tags=("IA", "data", "Export")), NO_CORPUS)
    # THEN the two shared tags are named (the need's spelling), worth TAG_POINTS each
    tags = reason(match, "tags")
    assert "Data, IA" in tags.text
    assert tags.points == 2 * m.TAG_POINTS


@pytest.mark.parametrize(
    ("code", "level"),
    [("25.62B", "code"), ("25.62A", "class"), ("25.61Z", "group"), ("25.11Z", "division"), ("28.99B", None)],
)
def test_naf_codes_count_from_the_same_code_down_to_the_same_division(code, level):
    # GIVEN a need for NAF 25.62B and an SME of another code
    match = score(criteria("Atelier", naf_codes=["25.62B"]), Facts(name="A", naf_code=code), NO_CORPUS)
    # THEN the closer the code, the more it counts, and the reason shows the part in common
    if level is None:
        assert "naf" not in kinds(match.reasons_for)
        return
    naf = reason(match, "naf")
    assert naf.points == m.NAF_POINTS[level]
    assert {"code": "25.62B", "class": "25.62", "group": "25.6", "division": "25"}[level] in naf.text


def test_naf_levels_are_ordered():
    assert m.NAF_POINTS["code"] > m.NAF_POINTS["class"] > m.NAF_POINTS["group"] > m.NAF_POINTS["division"] > 0


def test_membership_counts_but_is_not_a_match_on_its_own():
    # GIVEN a member of the cluster with nothing the need asks for
    match = score(criteria(), Facts(name="A", capabilities="peinture", is_member=True), NO_CORPUS)
    # THEN membership is a reason for it, yet the SME is not relevant to the need
    assert reason(match, "member").points == m.MEMBER_POINTS
    assert not match.relevant


def test_distance_within_beyond_and_unknown():
    # GIVEN a need in Rouen, within 50 km
    need = criteria(town="Rouen", postcode="76000", max_distance_km=50)
    scorer = Scorer(need, NO_CORPUS)
    near = scorer.score(Facts(name="A", town="Elbeuf", postcode="76500"))
    far = scorer.score(Facts(name="B", town="Caen", postcode="14000"))
    unknown = scorer.score(Facts(name="C", town="Nowhere-sur-Mer", postcode="76999"))
    here = scorer.score(Facts(name="D", town="Rouen", postcode="76100"))
    # THEN Elbeuf (about 20 km) is a reason for, with the distance named...
    close = reason(near, "distance")
    assert 0 < close.points <= m.NEAR_POINTS and "Rouen" in close.text
    assert any(f"{km} km" in close.text for km in range(15, 25))
    # ...Caen (about 100 km) a reason against, an unknown town neither but a note
    assert reason(far, "distance").points == m.BEYOND_DISTANCE_POINTS
    assert kinds(far.reasons_against) == ["distance"] and "50" in far.reasons_against[0].text
    assert not unknown.reasons_for and not unknown.reasons_against and len(unknown.notes) == 1
    # ...and the need's own town is the best place
    assert reason(here, "distance").points == pytest.approx(m.NEAR_POINTS, abs=0.01)


def test_without_a_distance_sought_only_nearby_smes_gain_from_it():
    need = criteria(town="Rouen", postcode="76000")
    scorer = Scorer(need, NO_CORPUS)
    assert reason(scorer.score(Facts(name="A", town="Elbeuf", postcode="76500")), "distance").points > 0
    far = scorer.score(Facts(name="B", town="Caen", postcode="14000"))
    assert not far.reasons_for and not far.reasons_against and "Rouen" in far.notes[0]


def test_headcount_in_out_and_unknown():
    # GIVEN a need for SMEs of 10 to 49 people
    scorer = Scorer(criteria(headcount_min="11", headcount_max="12"), NO_CORPUS)
    # THEN 20–49 is for, 200–249 against, an unknown band only a note
    assert reason(scorer.score(Facts(name="A", headcount_band="12")), "headcount").points > 0
    out = scorer.score(Facts(name="B", headcount_band="31"))
    assert reason(out, "headcount").points == m.HEADCOUNT_OUT_POINTS and out.score < 0
    unknown = scorer.score(Facts(name="C", headcount_band="NN"))
    assert not unknown.reasons_for and not unknown.reasons_against and unknown.notes


def test_a_declined_introduction_counts_against_with_whom_and_when():
    sme = Facts(name="A", capabilities="usinage", declined_on=(date(2025, 1, 5), date(2026, 3, 12)))
    match = score(criteria(), sme, NO_CORPUS)
    declined = reason(match, "declined")
    assert declined.points == m.DECLINED_POINTS
    assert "CHU de Rouen" in declined.text and "12/03/2026" in declined.text  # the latest one
    assert match.score == pytest.approx(m.WORD_POINTS + m.DECLINED_POINTS)


def test_objections_block():
    need = criteria()
    scorer = Scorer(need, NO_CORPUS)
    good = {"capabilities": "usinage de précision"}
    # GIVEN an SME that objected, one whose every person objected, one where only some did
    itself = scorer.score(Facts(name="A", objected_on=date(2026, 3, 12), **good))
    everyone = scorer.score(Facts(name="B", current_people=2, objecting_people=2, **good))
    some = scorer.score(Facts(name="C", current_people=2, objecting_people=1, **good))
    # THEN the first two are blocked, saying why (and since when); the third is not
    assert itself.blocked and "12/03/2026" in reason(itself, "objection").text
    assert everyone.blocked and reason(everyone, "objection")
    assert not some.blocked


def test_ranking_fresh_then_already_introduced_then_dismissed_then_blocked():
    # GIVEN four SMEs, the best scores going to those that should come last
    scorer = Scorer(criteria(), NO_CORPUS)
    strong = {"capabilities": "usinage de précision", "is_member": True}
    blocked = scorer.score(Facts(name="A", objected_on=date(2026, 1, 1), **strong))
    introduced = scorer.score(Facts(name="B", introduction_id=7, introduction_status="accepted", **strong))
    dismissed = scorer.score(Facts(name="C", **strong))
    fresh = scorer.score(Facts(name="D", capabilities="usinage"))
    assert fresh.score < introduced.score
    # WHEN they are ranked
    ranked = sorted(
        [("a", blocked, False), ("b", introduced, False), ("c", dismissed, True), ("d", fresh, False)],
        key=lambda item: ranking_key(item[1], item[0], item[2]),
    )
    # THEN the fresh one leads, whatever its score; the blocked one closes the list
    assert [name for name, _, _ in ranked] == ["d", "b", "c", "a"]
    assert introduced.already_introduced_id == 7 and reason(introduced, "already").points == 0


def test_equal_scores_rank_by_name():
    match = score(criteria(), Facts(name="x", capabilities="usinage"), NO_CORPUS)
    names = sorted(["zeta", "alpha", "mu"], key=lambda n: ranking_key(match, n))
    assert names == ["alpha", "mu", "zeta"]


def test_scoring_without_texts_gives_the_same_points():
    # GIVEN an SME with reasons of every kind
    need = criteria(
        "Usinage de précision", tags=["Usinage"], naf_codes=["25.62B"], town="Rouen", postcode="76000",
        max_distance_km=50, headcount_min="11", headcount_max="21",
    )  # fmt: skip
    sme = Facts(
        name="Usinage Martin", capabilities="usinage", description="précision", tags=("Usinage",),
        naf_code="25.62A", headcount_band="12", town="Elbeuf", postcode="76500", is_member=True,
        declined_on=(date(2026, 1, 2),),
    )  # fmt: skip
    scorer = Scorer(need, NO_CORPUS)
    # WHEN it is scored for ranking (no texts) and for showing (texts)
    quick, full = scorer.score(sme, explain=False), scorer.score(sme)
    # THEN the points are the same, only the texts differ
    assert quick.score == full.score
    assert sorted(kinds(quick.reasons_for)) == sorted(kinds(full.reasons_for))
    assert all(r.text for r in full.reasons_for + full.reasons_against)
    assert not any(r.text for r in quick.reasons_for)


def test_reasons_are_translated(monkeypatch):
    # GIVEN a translator that knows one of matchmaking's texts
    french = {("Matchmaking", m.TAGS_TEXT): "Étiquettes communes : {tags}"}
    i18n.set_translator(lambda context, text: french.get((context, text), text), "fr")
    # WHEN a reason is written
    match = score(criteria(tags=["Data", "IA"]), Facts(name="A", tags=("Data", "IA")), NO_CORPUS)
    # THEN it is in that language
    assert reason(match, "tags").text == "Étiquettes communes : Data, IA"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Gérante", 2),
        ("Président-directeur général", 2),
        ("Responsable qualité", 1),
        ("Assistante de direction", 0),
    ],
)
def test_who_runs_the_sme_is_introduced_first(title, expected):
    assert seniority(title) == expected


def test_folded_tag_names_still_match():
    # GIVEN an SME whose tag is spelled without its accent
    match = score(criteria(tags=["Santé"]), Facts(name="A", tags=("sante",)), NO_CORPUS)
    # THEN it is the need's tag, named as the need spells it
    assert "Santé" in reason(match, "tags").text and fold("Santé") == "sante"


def test_words_are_found_whatever_their_case_and_accents():
    # GIVEN a need typed without accents and an SME named in capitals, as in SIRENE
    need = criteria("decolletage precision oeuvre")
    sme = Facts(name="DÉCOLLETAGE NORMAND", capabilities="Main-d’œuvre qualifiée, PRÉCISION")
    # WHEN it is scored
    match = score(need, sme, NO_CORPUS)
    # THEN every word is found, and shown in lower case
    assert "précision" in reason(match, "words").text and "œuvre" in reason(match, "words").text
    assert "décolletage" in reason(match, "description").text
