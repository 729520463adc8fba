"""Matchmaking on a real SQLite file: hand-built SMEs in an exact order, dismissals remembered, the
person to introduce, and the demo cluster's machining and data SMEs."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from cluster_crm.db import matching_queries
from cluster_crm.db.database import Database, open_database
from cluster_crm.demo import data as demo_data
from cluster_crm.demo.cluster import load_demo
from cluster_crm.domain.enums import MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import NotFound, ValidationFailed
from cluster_crm.domain.introductions import CloseReason, IntroductionDraft, IntroductionStatus, StatusChange
from cluster_crm.domain.needs import NeedDraft
from cluster_crm.services.introductions import change_status, propose_introduction
from cluster_crm.services.matchmaking import dismiss_suggestion, restore_suggestion, suggestions
from cluster_crm.services.needs import add_need
from tests.clock import TODAY, pinned_clock
from tests.factories import make_contact, make_organisation

MEMBER = MembershipStatus.MEMBER
MACHINING = {"Usinage de précision", "Usinage"}


@dataclass
class Cluster:
    database: Database
    chu: int
    need: int
    ids: dict[str, int]
    people: dict[str, int]
    introduced: int


def _sme(database: Database, name: str, capabilities: str, town: str, postcode: str, **fields) -> int:
    return make_organisation(
        database,
        name,
        capabilities=capabilities,
        town=town,
        postcode=postcode,
        kind=OrganisationKind.SME,
        **fields,
    )


@pytest.fixture
def cluster(database: Database) -> Cluster:
    """A contracting organisation in Rouen with a need for precision machining within 50 km, and
    SMEs that each show one rule."""
    chu = make_organisation(
        database, "CHU de Rouen", kind=OrganisationKind.CONTRACTING, town="Rouen", postcode="76000"
    )
    machining = {"naf_code": "25.62B"}
    ids = {
        # everything for it: words, tag, NAF code, membership, 20 km away
        "best": _sme(database, "Usinage Martin", "usinage de précision, fraisage", "Elbeuf", "76500",
                     tags=["Usinage"], membership_status=MEMBER, **machining),
        # the same without tag or membership
        "plain": _sme(database, "Ateliers Leroy", "usinage de précision", "Louviers", "27400", **machining),
        # precision missing, NAF class only
        "partial": _sme(database, "Mécanique Dubois", "usinage, tournage", "Louviers", "27400", naf_code="25.62A"),
        # everything, but in Caen: beyond the 50 km sought
        "far": _sme(database, "Précis Caen", "usinage de précision", "Caen", "14000",
                    tags=["Usinage"], membership_status=MEMBER, **machining),
        # declined an introduction with the CHU
        "declined": _sme(database, "Tôlerie Refus", "usinage de précision", "Elbeuf", "76500", **machining),
        # already introduced for this need
        "introduced": _sme(database, "Usinage Présenté", "usinage de précision", "Elbeuf", "76500",
                           tags=["Usinage"], membership_status=MEMBER, **machining),
        # objected to being solicited
        "objected": _sme(database, "Usinage Opposé", "usinage de précision", "Elbeuf", "76500", tags=["Usinage"],
                         membership_status=MEMBER, objected_on=date(2026, 3, 12), **machining),
        # its only person objected to being contacted
        "silent": _sme(database, "Usinage Silencieux", "usinage de précision", "Elbeuf", "76500",
                       membership_status=MEMBER, **machining),
        # nothing of what the need asks for
        "unrelated": _sme(database, "Data Seine", "intelligence artificielle", "Rouen", "76000",
                          membership_status=MEMBER),
    }  # fmt: skip
    people = {
        "quality": make_contact(database, "Paul", "Qualité", ids["best"], job_title="Responsable qualité"),
        "boss": make_contact(database, "Anne", "Martin", ids["best"], job_title="Gérante"),
        "objecting_boss": make_contact(database, "Jean", "Leroy", ids["plain"], job_title="Président",
                                       objected_on=date(2026, 1, 5)),
        "engineer": make_contact(database, "Luc", "Ingé", ids["plain"], job_title="Ingénieur méthodes"),
        "silent": make_contact(database, "Eve", "Muette", ids["silent"], objected_on=date(2026, 2, 1)),
    }  # fmt: skip
    need = add_need(
        NeedDraft(
            organisation_id=chu, title="Usinage de précision", tags=["Usinage"], naf_codes="25.62B",
            town="Rouen", postcode="76000", max_distance_km=50,
        ),
        database.uow(),
    ).id  # fmt: skip
    old_need = add_need(NeedDraft(organisation_id=chu, title="Pièces de rechange"), database.uow()).id
    earlier = TODAY - timedelta(days=60)
    refused = propose_introduction(
        IntroductionDraft(contracting_id=chu, sme_id=ids["declined"], need_id=old_need, proposed_on=earlier),
        database.uow(),
        confirmed=True,
    ).id
    change_status(
        refused,
        StatusChange(
            IntroductionStatus.CLOSED,
            changed_on=earlier + timedelta(days=3),
            close_reason=CloseReason.DECLINED,
        ),
        database.uow(),
    )
    introduced = propose_introduction(
        IntroductionDraft(contracting_id=chu, sme_id=ids["introduced"], need_id=need),
        database.uow(),
        confirmed=True,
    ).id
    return Cluster(database, chu, need, ids, people, introduced)


def _names(rows) -> list[str]:
    return [s.name for s in rows]


def _kinds(reasons) -> set[str]:
    return {r.kind for r in reasons}


def test_suggestions_come_in_the_order_the_rules_give(cluster: Cluster):
    # WHEN the animator asks for suggestions
    rows = suggestions(cluster.need, cluster.database.uow())
    # THEN fresh SMEs come by score, then the one already introduced, then the blocked ones; the
    # SME with nothing the need asks for is not suggested
    assert _names(rows) == [
        "Usinage Martin",
        "Ateliers Leroy",
        "Précis Caen",
        "Mécanique Dubois",
        "Tôlerie Refus",
        "Usinage Présenté",
        "Usinage Opposé",
        "Usinage Silencieux",
    ]
    scores = [s.score for s in rows[:5]]
    assert scores == sorted(scores, reverse=True)
    assert [s.blocked for s in rows] == [False] * 6 + [True, True]


def test_each_suggestion_says_why(cluster: Cluster):
    rows = {s.organisation_id: s for s in suggestions(cluster.need, cluster.database.uow())}
    ids = cluster.ids
    best = rows[ids["best"]]
    # THEN the best one has every reason for it, named, and nothing against it
    assert _kinds(best.reasons_for) == {"words", "tags", "naf", "member", "distance"}
    assert not best.reasons_against and best.is_member and best.town == "Elbeuf"
    assert any("25.62B" in r.text for r in best.reasons_for)
    assert any("Rouen" in r.text for r in best.reasons_for if r.kind == "distance")
    # ...the others say what counts against them
    assert _kinds(rows[ids["far"]].reasons_against) == {"distance"}
    declined = rows[ids["declined"]].reasons_against
    assert _kinds(declined) == {"declined"} and "CHU de Rouen" in declined[0].text
    introduced = rows[ids["introduced"]]
    assert introduced.already_introduced_id == cluster.introduced
    assert _kinds(introduced.reasons_against) == {"already"}
    assert "12/03/2026" in rows[ids["objected"]].reasons_against[0].text
    assert rows[ids["silent"]].blocked and rows[ids["silent"]].contact_id is None
    assert all(
        s.score == round(sum(r.points for r in s.reasons_for + s.reasons_against), 2) for s in rows.values()
    )


def test_the_person_to_introduce_runs_the_sme_and_has_not_objected(cluster: Cluster):
    rows = {s.organisation_id: s for s in suggestions(cluster.need, cluster.database.uow())}
    # THEN the gérante is chosen over the quality manager, and the engineer over an objecting président
    assert rows[cluster.ids["best"]].contact_id == cluster.people["boss"]
    assert rows[cluster.ids["best"]].contact_name == "Anne Martin"
    assert rows[cluster.ids["plain"]].contact_id == cluster.people["engineer"]


def test_a_dismissed_suggestion_is_remembered_and_can_be_restored(cluster: Cluster):
    database, need, plain = cluster.database, cluster.need, cluster.ids["plain"]
    # WHEN the animator dismisses an SME, then asks again in another unit of work
    dismiss_suggestion(need, plain, "  Carnet de commandes   plein ", database.uow())
    # THEN it is no longer suggested...
    assert plain not in [s.organisation_id for s in suggestions(need, database.uow())]
    # ...unless asked for: flagged, with its reason, after the fresh ones and the introduced one
    shown = suggestions(need, database.uow(), include_dismissed=True)
    dismissed = next(s for s in shown if s.organisation_id == plain)
    assert dismissed.dismissed and dismissed.dismissed_reason == "Carnet de commandes plein"
    assert _names(shown).index("Ateliers Leroy") == _names(shown).index("Usinage Présenté") + 1
    # WHEN it is dismissed again with another reason, then restored
    dismiss_suggestion(need, plain, "Autre raison", database.uow())
    assert (
        next(
            s for s in suggestions(need, database.uow(), include_dismissed=True) if s.dismissed
        ).dismissed_reason
        == "Autre raison"
    )
    restore_suggestion(need, plain, database.uow())
    # THEN it is back in its place
    assert _names(suggestions(need, database.uow()))[1] == "Ateliers Leroy"


def test_dismissing_checks_what_it_is_given(cluster: Cluster):
    with pytest.raises(ValidationFailed) as error:
        dismiss_suggestion(cluster.need, cluster.ids["plain"], "x" * 301, cluster.database.uow())
    assert "300" in error.value.message()
    with pytest.raises(NotFound):
        dismiss_suggestion(cluster.need + 100, cluster.ids["plain"], "", cluster.database.uow())
    with pytest.raises(NotFound):
        suggestions(cluster.need + 100, cluster.database.uow())
    assert len(suggestions(cluster.need, cluster.database.uow(), limit=3)) == 3


def test_a_need_without_matching_words_still_finds_smes_by_tag_and_naf(cluster: Cluster):
    # GIVEN a need whose title no SME uses, but with the tag and a NAF code of machining
    draft = NeedDraft(
        organisation_id=cluster.chu, title="Sous-traitance", tags=["Usinage"], naf_codes="25.62A"
    )
    need = add_need(draft, cluster.database.uow()).id
    # WHEN the animator asks for suggestions
    rows = suggestions(need, cluster.database.uow())
    # THEN tag, NAF and membership add up: tag + class + member (17, equal: by name), then the
    # exact code alone (12), then the class alone (8); an introduction for another need is no bar
    assert _names(rows)[:5] == [
        "Précis Caen",
        "Usinage Martin",
        "Usinage Présenté",
        "Mécanique Dubois",
        "Ateliers Leroy",
    ]
    assert [s.score for s in rows[:5]] == [17, 17, 17, 12, 8]
    assert "Data Seine" not in _names(rows)


def _candidate_queries(database: Database) -> tuple[set[int], set[int], dict[str, int]]:
    with database.engine.connect() as connection:
        both = matching_queries.text_candidates(connection, ["usin", "precis"], 100, every=True)
        either = matching_queries.text_candidates(connection, ["tourn", "intelligence"], 100, ranked=True)
        counts = matching_queries.prefix_frequencies(connection, ["usin", "tourn"])
    return set(both), set(either), counts


def test_engines_without_fts5_find_the_same_suggestions(cluster: Cluster, monkeypatch: pytest.MonkeyPatch):
    # GIVEN what FTS5 finds
    expected = _names(suggestions(cluster.need, cluster.database.uow()))
    fts5 = _candidate_queries(cluster.database)
    # WHEN the candidate queries take the path of other engines (LIKE on the search table)
    monkeypatch.setattr(matching_queries, "is_sqlite", lambda _connection: False)
    like = _candidate_queries(cluster.database)
    # THEN they find the same SMEs, with the same counts, and the suggestions come in the same order
    ids = cluster.ids
    assert like == fts5
    both, either, counts = like
    assert ids["best"] in both and ids["partial"] not in both and len(both) == 7
    assert either == {ids["partial"], ids["unrelated"]}
    assert counts == {"usin": 8, "tourn": 1}
    assert _names(suggestions(cluster.need, cluster.database.uow())) == expected


# --- the demo cluster ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    load_demo(database.uow())
    database.dispose()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path):
    path = tmp_path / "demo.sqlite"
    with sqlite3.connect(demo_template) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    yield database
    database.dispose()


def _profiles(*keys: str) -> set[str]:
    return {name for name, profile, _naf, _town in demo_data.SMES if profile in keys}


def test_demo_a_need_for_precision_machining_puts_the_machining_smes_first(demo: Database):
    # GIVEN the car plant's need for precision machining
    with demo.uow() as uow:
        assert uow.organisations.get(1).name.startswith("Usine automobile de Cléon")
    need = add_need(
        NeedDraft(organisation_id=1, title="Usinage de précision", keywords="petites séries, prototypes",
                  tags=["Usinage"]),
        demo.uow(),
    ).id  # fmt: skip
    # WHEN the animator asks for suggestions
    rows = suggestions(need, demo.uow())
    # THEN the first ten are machining SMEs, those whose trade is precision machining leading
    assert set(_names(rows[:10])) <= _profiles("usinage", "decolletage", "additive")
    assert set(_names(rows[:5])) <= _profiles("usinage")
    assert all(s.contact_id is not None for s in rows[:10])
    assert any("usinage" in r.text for r in rows[0].reasons_for)


def test_demo_a_need_for_data_and_ai_puts_the_data_smes_first(demo: Database):
    # GIVEN the university hospital's need for a data / artificial intelligence partner
    with demo.uow() as uow:
        orgs = uow.organisations.load(list(range(1, 30)))
        chu = next(o.id for o in orgs if o.name == "Centre hospitalier universitaire de Rouen")
    need = add_need(
        NeedDraft(organisation_id=chu, title="Partenaire data / intelligence artificielle",
                  keywords="apprentissage automatique, données de santé", tags=["Data / IA"]),
        demo.uow(),
    ).id  # fmt: skip
    # WHEN the animator asks for suggestions
    rows = suggestions(need, demo.uow())
    # THEN the data and AI SMEs come first
    data_smes = _profiles("data")
    assert set(_names(rows[:6])) <= data_smes
    assert len(set(_names(rows[:10])) & data_smes) >= 8
    assert all(s.organisation_id != chu for s in rows)
