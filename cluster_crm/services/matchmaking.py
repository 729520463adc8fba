"""Matchmaking use cases: ranked, explained SME suggestions for a need; dismiss and restore them.

Candidates come from the database in a few capped queries (full-text words, shared tags, NAF
codes, see ``db.matching_queries``); ``domain.matching`` scores them in Python. Words used by more
than ``COMMON_SHARE`` of the organisations still score but do not pick candidates: at region scale
they would bring half the base.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Connection, Row

from cluster_crm.db import matching_queries as queries
from cluster_crm.db.models import Need
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contacts import display_name
from cluster_crm.domain.enums import MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import Problem, ValidationFailed
from cluster_crm.domain.french_words import search_prefix
from cluster_crm.domain.introductions import CloseReason
from cluster_crm.domain.matching import (
    Criteria,
    Facts,
    Match,
    Rarity,
    Scorer,
    need_criteria,
    ranking_key,
    seniority,
)
from cluster_crm.domain.text import collapse_spaces
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.introduction_dto import Reason, Suggestion

TEXT_CANDIDATES = 400  # SMEs using the most of the need's words
TAG_CANDIDATES = 100  # SMEs sharing the most tags
NAF_CANDIDATES = 100  # SMEs of the same NAF code, then class, group, division
COMMON_SHARE = 0.25  # words in more than this share of organisations do not pick candidates
RANKING_BUDGET = 30_000  # full-text matches (sum of the words' counts) ranked at most: bm25 ~1.5 µs each
QUERY_WORDS = 8  # words that pick candidates, at most
PEOPLE_BATCH = 60  # suggestions whose people are read at a time, best first
REASON_MAX = 300
SME = OrganisationKind.SME.value


@dataclass
class _Candidate:
    organisation_id: int
    name: str
    sort_name: str
    town: str
    facts: Facts
    match: Match
    dismissed: bool
    dismissed_reason: str


def suggestions(
    need_id: int, uow: UnitOfWork, limit: int = 50, include_dismissed: bool = False
) -> list[Suggestion]:
    """The SMEs that best fit the need, best first, each with the reasons for and against it.

    Dismissed SMEs are left out, unless ``include_dismissed`` (then flagged, after the others)."""
    with uow:
        need = uow.needs.get(need_id)
        connection = uow.session.connection()
        criteria = _criteria(need)
        scorer, words = _scorer(connection, criteria)
        dismissed = {org_id: row.reason for org_id, row in uow.needs.dismissed(need_id).items()}
        introductions: dict[int, list[Row]] = {}
        for row in queries.introductions_with(connection, need.organisation_id):
            introductions.setdefault(row.sme_id, []).append(row)
        tag_names = {tag.id: tag.name for tag in need.tags}
        introduced = [sme for sme, rows in introductions.items() if any(r.need_id == need.id for r in rows)]
        by_text = _text_candidates(connection, words)
        # Reading a tag's organisations costs ~1 µs each: only when the words found too few.
        by_tags = []
        if len(by_text) < TEXT_CANDIDATES:
            by_tags = queries.tag_candidates(connection, list(tag_names), 2 * TAG_CANDIDATES)
        ids = list(
            dict.fromkeys(
                [
                    *by_text,
                    *queries.naf_candidates(connection, criteria.naf_codes, NAF_CANDIDATES),
                    *by_tags,
                    *introduced,
                    *(dismissed if include_dismissed else ()),
                ]
            )
        )
        if not include_dismissed:
            ids = [i for i in ids if i not in dismissed]
        tags = queries.shared_tags(connection, ids, list(tag_names))
        candidates = []
        for row in queries.facts(connection, ids):
            if row.id == need.organisation_id or (row.kind != SME and row.id not in introductions):
                continue
            shared = tuple(tag_names[t] for t in tags.get(row.id, ()))
            facts = _facts(row, shared, introductions.get(row.id, ()), need.id)
            match = scorer.score(facts, explain=False)
            if match.relevant or facts.introduction_id is not None or row.id in dismissed:
                candidates.append(
                    _Candidate(
                        row.id,
                        row.name,
                        row.sort_name,
                        row.town or "",
                        facts,
                        match,
                        row.id in dismissed,
                        dismissed.get(row.id, ""),
                    )
                )
        candidates.sort(key=_key)
        return _with_people(connection, scorer, candidates, limit, uow.clock.today())


def dismiss_suggestion(need_id: int, organisation_id: int, reason: str, uow: UnitOfWork) -> None:
    """Rule the SME out for this need: it is not suggested again (unless asked), with the reason."""
    reason = collapse_spaces(reason)
    if len(reason) > REASON_MAX:
        text = QT_TRANSLATE_NOOP("Errors", "The reason is too long ({max} characters at most).")
        raise ValidationFailed([Problem("reason", text, {"max": REASON_MAX})])
    with uow:
        uow.needs.get(need_id)
        uow.organisations.get(organisation_id)
        uow.needs.dismiss(need_id, organisation_id, reason)
        uow.commit()


def restore_suggestion(need_id: int, organisation_id: int, uow: UnitOfWork) -> None:
    """Suggest a dismissed SME again."""
    with uow:
        uow.needs.get(need_id)
        uow.needs.undismiss(need_id, organisation_id)
        uow.commit()


# --- steps --------------------------------------------------------------------------------------


def _criteria(need: Need) -> Criteria:
    return need_criteria(
        contracting_name=need.organisation.name,
        title=need.title,
        keywords=need.keywords,
        description=need.description,
        tags=[t.name for t in need.tags],
        naf_codes=need.naf_codes.split(),
        headcount_min=need.headcount_min,
        headcount_max=need.headcount_max,
        town=need.town,
        postcode=need.postcode,
        max_distance_km=need.max_distance_km,
    )


@dataclass(frozen=True)
class _Words:
    """The need's words that pick candidates: prefixes, with the number of organisations using each."""

    headline: dict[str, int]  # the title's words
    others: dict[str, int]  # the keywords' (or, without title words, the description's)


def _scorer(connection: Connection, criteria: Criteria) -> tuple[Scorer, _Words]:
    """The need's scorer, knowing how rare each of its words is; and the words that pick
    candidates: the leading ones (title and keywords) not used by more than ``COMMON_SHARE`` of
    the organisations, rarest first, the title's first, ``RANKING_BUDGET`` matches at most."""
    by_prefix = {stem: search_prefix(word) for stem, (word, _) in criteria.words.items()}
    counts = queries.prefix_frequencies(connection, by_prefix.values())
    documents = queries.organisation_count(connection)
    frequencies = {stem: counts.get(prefix, 0) for stem, prefix in by_prefix.items()}
    best = max((weight for _, weight in criteria.words.values()), default=0.0)
    leading = sorted(
        (stem for stem, (_, weight) in criteria.words.items() if weight == best),
        key=lambda stem: (stem not in criteria.title_stems, frequencies[stem], stem),
    )
    chosen: list[str] = []
    matches = 0
    for stem in leading:
        frequency = frequencies[stem]
        if not frequency or frequency > COMMON_SHARE * documents or len(chosen) == QUERY_WORDS:
            continue  # a word nobody uses cannot pick anyone (and would empty the "all words" stage)
        if chosen and matches + frequency > RANKING_BUDGET:
            continue
        chosen.append(stem)
        matches += frequency
    # Only common words: the rarest picks candidates (and the first ones found will do).
    chosen = chosen or sorted(leading, key=lambda stem: frequencies[stem])[:1]
    picked = _Words(
        {by_prefix[s]: frequencies[s] for s in chosen if s in criteria.title_stems},
        {by_prefix[s]: frequencies[s] for s in chosen if s not in criteria.title_stems},
    )
    return Scorer(criteria, Rarity(documents, frequencies)), picked


def _text_candidates(connection: Connection, words: _Words) -> list[int]:
    """The SMEs using the most of the need's words, in stages that each read only what they keep:
    all the words; the title's with each other word (rarest first); the title's; then any word,
    ranked by the engine when there are too many to take them all, but not too many to rank."""
    title, others = list(words.headline), list(words.others)
    every = title + others
    stages: list[tuple[list[str], bool, bool]] = []  # prefixes, all of them, ranked
    if len(every) > 1:
        stages.append((every, True, False))
    if title and others:
        if len(others) > 1:
            stages += [([*title, other], True, False) for other in others]
        stages.append((title, True, False))
    if every:
        matches = sum(words.headline.values()) + sum(words.others.values())
        stages.append((every, False, len(every) > 1 and TEXT_CANDIDATES < matches <= RANKING_BUDGET))
    found: dict[int, None] = {}
    for prefixes, all_of_them, ranked in stages:
        if len(found) >= TEXT_CANDIDATES:
            break
        ids = queries.text_candidates(connection, prefixes, TEXT_CANDIDATES, every=all_of_them, ranked=ranked)
        found.update(dict.fromkeys(ids))
    return list(found)[:TEXT_CANDIDATES]


def _facts(row: Row, tags: tuple[str, ...], introductions: Sequence[Row], need_id: int) -> Facts:
    declined: tuple[date, ...] = ()
    latest = None
    if introductions:
        declined = tuple(
            i.ended_on or i.status_on for i in introductions if i.close_reason == CloseReason.DECLINED.value
        )
        for_need = [i for i in introductions if i.need_id == need_id]
        latest = max(for_need, key=lambda i: i.id) if for_need else None
    return Facts(
        name=row.name,
        capabilities=row.capabilities or "",
        description=row.description or "",
        tags=tags,
        naf_code=row.naf_code,
        headcount_band=row.headcount_band,
        town=row.town,
        postcode=row.postcode,
        is_member=row.membership_status == MembershipStatus.MEMBER.value,
        objected_on=row.objected_on,
        declined_on=declined,
        introduction_id=latest.id if latest else None,
        introduction_status=latest.status if latest else None,
    )


def _key(candidate: _Candidate) -> tuple:
    return ranking_key(candidate.match, candidate.sort_name, candidate.dismissed)


def _with_people(
    connection: Connection, scorer: Scorer, candidates: list[_Candidate], limit: int, today: date
) -> list[Suggestion]:
    """The first ``limit`` suggestions, explained, each with the person to introduce. Reading the
    people best first, a batch at a time, finds the SMEs whose people all object (blocked, sent to
    the end) without reading the people of every candidate."""
    chosen: list[tuple[_Candidate, list[queries.Person]]] = []
    blocked: list[tuple[_Candidate, list[queries.Person]]] = []
    start = 0
    while start < len(candidates) and len(chosen) < limit:
        batch = candidates[start : start + PEOPLE_BATCH]
        start += PEOPLE_BATCH
        people: dict[int, list[queries.Person]] = {}
        for person in queries.current_people(connection, [c.organisation_id for c in batch], today):
            people.setdefault(person.organisation_id, []).append(person)
        for candidate in batch:
            staff = people.get(candidate.organisation_id, [])
            objecting = sum(1 for p in staff if p.objected_on is not None)
            candidate.facts = replace(candidate.facts, current_people=len(staff), objecting_people=objecting)
            everyone_objects = bool(staff) and objecting == len(staff)
            if candidate.match.blocked or everyone_objects:
                blocked.append((candidate, staff))
            elif len(chosen) < limit:
                chosen.append((candidate, staff))
    chosen += sorted(blocked, key=lambda item: _key(item[0])[1:])  # all blocked: the rest of the order
    return [
        _suggestion(candidate, scorer.score(candidate.facts), staff) for candidate, staff in chosen[:limit]
    ]


def _suggestion(candidate: _Candidate, match: Match, staff: list[queries.Person]) -> Suggestion:
    available = [p for p in staff if p.objected_on is None]
    available.sort(key=lambda p: (-seniority(p.job_title, p.role), p.contact_id))
    person = available[0] if available else None
    return Suggestion(
        organisation_id=candidate.organisation_id,
        name=candidate.name,
        town=candidate.town,
        score=match.score,
        reasons_for=tuple(Reason(r.text, r.points, r.kind) for r in match.reasons_for),
        reasons_against=tuple(Reason(r.text, r.points, r.kind) for r in match.reasons_against),
        is_member=candidate.facts.is_member,
        already_introduced_id=match.already_introduced_id,
        blocked=match.blocked,
        dismissed=candidate.dismissed,
        dismissed_reason=candidate.dismissed_reason,
        contact_id=person.contact_id if person else None,
        contact_name=display_name(person.first_name, person.last_name) if person else "",
        notes=match.notes,
    )
