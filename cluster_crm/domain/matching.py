"""Matchmaking's scoring: how well an SME fits a need, and why (reasons for, against, notes); no database.

The score is a sum of points, each carried by a reason the animator can read:
- words of the need found in the SME's capabilities, or else in its name or description, each
  worth ``WORD_POINTS`` × the weight of where the need says it (title and keywords, or description)
  × the weight of where the SME says it (capabilities, or presentation) × its rarity (an inverse
  document frequency scaled to 0–1: a word every SME uses is worth little, a rare one nearly all);
- tags shared with the need, ``TAG_POINTS`` each;
- the NAF code, from the same sub-class down to the same division;
- membership of the cluster, and closeness to the need's town;
against it: a headcount outside the range sought, a distance beyond the one sought, an earlier
introduction the SME declined with the same contracting organisation. An SME that objects to being
solicited (itself, or every one of its current people) is ``blocked``; one already introduced for
this need is ranked after the fresh ones, whatever its score (see ``ranking_key``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from cluster_crm.domain.enums import HeadcountBand
from cluster_crm.domain.french_words import NEED_PHRASING, Word, WordFinder, search_prefix, words
from cluster_crm.domain.geo import Place, distance_km, locate
from cluster_crm.domain.introductions import IntroductionStatus
from cluster_crm.domain.needs import band_in_range
from cluster_crm.domain.text import fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate

# --- weights ----------------------------------------------------------------------------------
WORD_POINTS = 10.0  # a need word of the rarest kind, in the title, found in the SME's capabilities
NEED_TITLE_WEIGHT = 1.0  # the need's title and keywords say what is sought...
NEED_DESCRIPTION_WEIGHT = 0.5  # ...its description says it in passing, among other things
CAPABILITIES_WEIGHT = 1.0  # what the SME says it can do
PRESENTATION_WEIGHT = 0.5  # its name and description, which tell its history as well
MIN_RARITY = 0.05  # a word everybody uses still counts a little
TAG_POINTS = 6.0  # per shared tag: tags are chosen by the animator, a strong sign
NAF_POINTS = {"code": 12.0, "class": 8.0, "group": 5.0, "division": 2.0}  # 25.62B, 25.62, 25.6, 25
MEMBER_POINTS = 3.0  # the cluster introduces its members first
NEAR_POINTS = 4.0  # at the need's town, within the distance sought (half of it at the limit)
LOCAL_KM = 30.0  # without a distance sought, closer than this is still worth mentioning
HEADCOUNT_POINTS = 2.0  # within the range sought
HEADCOUNT_OUT_POINTS = -8.0
BEYOND_DISTANCE_POINTS = -10.0
DECLINED_POINTS = -15.0  # declined an introduction with the same contracting organisation
SAME_TOWN_KM = 1.0

CONTEXT = "Matchmaking"
SHOWN_WORDS = 6  # the most telling words a reason names (the score counts them all)
CAPABILITIES_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Know-how: {words}")
DESCRIPTION_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Presentation: {words}")
TAGS_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Shared tags: {tags}")
NAF_TEXTS = {
    "code": QT_TRANSLATE_NOOP("Matchmaking", "Same NAF code {code}"),
    "class": QT_TRANSLATE_NOOP("Matchmaking", "Same NAF class {code}"),
    "group": QT_TRANSLATE_NOOP("Matchmaking", "Same NAF group {code}"),
    "division": QT_TRANSLATE_NOOP("Matchmaking", "Same NAF division {code}"),
}
MEMBER_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Member of the cluster")
SAME_TOWN_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "In {town}")
DISTANCE_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "{km} km from {town}")
BEYOND_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "{km} km from {town}, beyond the {max} km sought")
UNKNOWN_DISTANCE_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Distance unknown")
HEADCOUNT_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Headcount within the range sought ({band})")
HEADCOUNT_OUT_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Headcount outside the range sought ({band})")
HEADCOUNT_UNKNOWN_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Headcount unknown")
ALREADY_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Already introduced for this need ({status})")
DECLINED_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Declined an introduction with {name} on {date}")
OBJECTED_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Objects to being solicited since {date}")
PEOPLE_OBJECTED_TEXT = QT_TRANSLATE_NOOP("Matchmaking", "Every one of its people objects to being contacted")


@dataclass(frozen=True, slots=True)
class Reason:
    kind: str  # words, description, tags, naf, member, distance, headcount, declined, already, objection
    text: str
    points: float


@dataclass(frozen=True)
class Rarity:
    """How many of ``documents`` organisations use each stem: the words' inverse document frequency."""

    documents: int
    frequencies: Mapping[str, int]

    def of(self, stem: str) -> float:
        """0–1: ``log(1 + N / (1 + df)) / log(1 + N)``; 1 when nothing is known of the corpus."""
        if self.documents <= 0:
            return 1.0
        frequency = min(self.frequencies.get(stem, 0), self.documents)
        value = math.log(1 + self.documents / (1 + frequency)) / math.log(1 + self.documents)
        return max(MIN_RARITY, min(1.0, value))


@dataclass(frozen=True)
class Criteria:
    """A need, as matchmaking reads it."""

    contracting_name: str
    words: Mapping[str, tuple[Word, float]]  # stem → (the word as the need writes it, its weight)
    title_stems: tuple[str, ...]  # the headline's words, which pick candidates first
    tags: Mapping[str, str]  # tag key → name
    naf_codes: tuple[str, ...]
    headcount_min: str | None
    headcount_max: str | None
    town: str
    place: Place | None
    max_distance_km: int | None


def need_criteria(
    contracting_name: str,
    title: str,
    keywords: str = "",
    description: str = "",
    tags: Iterable[str] = (),
    naf_codes: Iterable[str] = (),
    headcount_min: str | None = None,
    headcount_max: str | None = None,
    town: str | None = None,
    postcode: str | None = None,
    max_distance_km: int | None = None,
) -> Criteria:
    found: dict[str, tuple[Word, float]] = {}
    for text, weight in ((f"{title} {keywords}", NEED_TITLE_WEIGHT), (description, NEED_DESCRIPTION_WEIGHT)):
        for word in words(text):
            if word.folded in NEED_PHRASING:
                continue
            if word.stem not in found or found[word.stem][1] < weight:
                found[word.stem] = (word, weight)
    headline = tuple(dict.fromkeys(w.stem for w in words(title) if w.folded not in NEED_PHRASING))
    return Criteria(
        contracting_name=contracting_name,
        words=found,
        title_stems=headline,
        tags={fold(t): t for t in tags},
        naf_codes=tuple(naf_codes),
        headcount_min=headcount_min,
        headcount_max=headcount_max,
        town=town or "",
        place=locate(town, postcode) if town else None,
        max_distance_km=max_distance_km if town else None,
    )


@dataclass(slots=True)  # not frozen: built for thousands of candidates, where it costs
class Facts:
    """What is known of a candidate SME."""

    name: str
    capabilities: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    naf_code: str | None = None
    headcount_band: str | None = None
    town: str | None = None
    postcode: str | None = None
    is_member: bool = False
    objected_on: date | None = None
    current_people: int = 0
    objecting_people: int = 0
    declined_on: tuple[date, ...] = ()  # introductions with this contracting organisation it declined
    introduction_id: int | None = None  # its introduction for this very need
    introduction_status: str | None = None


MATCHING_KINDS = frozenset({"words", "description", "tags", "naf"})


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    reasons_for: tuple[Reason, ...]
    reasons_against: tuple[Reason, ...]
    notes: tuple[str, ...] = field(default=())
    blocked: bool = False
    already_introduced_id: int | None = None

    @property
    def relevant(self) -> bool:
        """Whether something of what the need asks for was found (not only membership or nearness)."""
        return any(r.kind in MATCHING_KINDS for r in self.reasons_for)


def _points(value: float) -> float:
    return round(value, 2)


NAF_LEVELS = (("code", 6), ("class", 5), ("group", 4), ("division", 2))


class Scorer:
    """Scores candidates for one need. ``explain=False`` leaves the texts empty: ranking thousands
    of candidates needs only the points; the texts are written for those shown."""

    def __init__(self, criteria: Criteria, rarity: Rarity) -> None:
        self.criteria = criteria
        self.word_points = {
            stem: WORD_POINTS * weight * rarity.of(stem) for stem, (_, weight) in criteria.words.items()
        }
        self.finder = WordFinder({stem: search_prefix(word) for stem, (word, _) in criteria.words.items()})
        self.tag_names = set(criteria.tags.values())
        self.naf_levels: dict[str, str] = {}  # "25.62B", "25.62", "25.6", "25" → its level
        for level, length in reversed(NAF_LEVELS):
            self.naf_levels.update(
                {code[:length]: level for code in criteria.naf_codes if len(code) >= length}
            )
        self._distances: dict[tuple[str | None, str | None], float | None] = {}
        self.explain = True

    def _say(self, source: str, **params: object) -> str:
        return translate(CONTEXT, source).format(**params) if self.explain else ""

    def score(self, facts: Facts, explain: bool = True) -> Match:
        """How well ``facts`` fit the need, every point explained."""
        self.explain = explain
        reasons_for = self._words(facts)
        reasons_against: list[Reason] = []
        notes: list[str] = []
        if facts.tags:
            tags = self.criteria.tags
            shared = {t if t in self.tag_names else tags.get(fold(t), "") for t in facts.tags} - {""}
            if shared:
                text = self._say(TAGS_TEXT, tags=", ".join(sorted(shared, key=fold)))
                reasons_for.append(Reason("tags", text, TAG_POINTS * len(shared)))
        naf = self._naf(facts.naf_code)
        if naf is not None:
            reasons_for.append(naf)
        if facts.is_member:
            reasons_for.append(Reason("member", self._say(MEMBER_TEXT), MEMBER_POINTS))
        for good, bad, note in (self._distance(facts), self._headcount(facts.headcount_band)):
            if good is not None:
                reasons_for.append(good)
            if bad is not None:
                reasons_against.append(bad)
            if note is not None:
                notes.append(note)
        if facts.declined_on or facts.introduction_id is not None:
            reasons_against += self._history(facts)
        blocked = False
        if facts.objected_on is not None:
            blocked = True
            text = self._say(OBJECTED_TEXT, date=_day(facts.objected_on))
            reasons_against.append(Reason("objection", text, 0.0))
        elif facts.current_people and facts.objecting_people >= facts.current_people:
            blocked = True
            reasons_against.append(Reason("objection", self._say(PEOPLE_OBJECTED_TEXT), 0.0))
        total = sum(r.points for r in reasons_for) + sum(r.points for r in reasons_against)
        if explain:
            reasons_for.sort(key=lambda r: -r.points)
        return Match(
            score=_points(total),
            reasons_for=tuple(reasons_for),
            reasons_against=tuple(reasons_against),
            notes=tuple(notes),
            blocked=blocked,
            already_introduced_id=facts.introduction_id,
        )

    def _words(self, facts: Facts) -> list[Reason]:
        """Need words in the capabilities (know-how), else in the name or description (presentation);
        a word counts once, where it weighs most."""
        if not self.word_points:
            return []
        presentation = f"{facts.name} {facts.description}"
        if not self.explain:  # the points only: which stems, not how they are written
            in_capabilities = self.finder.stems_in(facts.capabilities)
            found = [(in_capabilities, CAPABILITIES_WEIGHT, "words"),
                     (self.finder.stems_in(presentation) - in_capabilities, PRESENTATION_WEIGHT, "description")]  # fmt: skip
            return [
                Reason(kind, "", _points(sum(self.word_points[s] for s in stems) * weight))
                for stems, weight, kind in found
                if stems
            ]
        capabilities = self.finder.find(facts.capabilities)
        described = {s: w for s, w in self.finder.find(presentation).items() if s not in capabilities}
        reasons = []
        for words_found, weight, kind, source in (
            (capabilities, CAPABILITIES_WEIGHT, "words", CAPABILITIES_TEXT),
            (described, PRESENTATION_WEIGHT, "description", DESCRIPTION_TEXT),
        ):
            if words_found:
                ordered = sorted(
                    words_found.items(), key=lambda item: (-self.word_points[item[0]], item[1].shown)
                )
                shown = list(dict.fromkeys(w.shown for _, w in ordered))
                listed = ", ".join(shown[:SHOWN_WORDS]) + (" …" if len(shown) > SHOWN_WORDS else "")
                text = self._say(source, words=listed)
                points = sum(self.word_points[s] for s in words_found) * weight
                reasons.append(Reason(kind, text, _points(points)))
        return reasons

    def _naf(self, code: str | None) -> Reason | None:
        if not code or not self.naf_levels:
            return None
        for _, length in NAF_LEVELS:
            level = self.naf_levels.get(code[:length])
            if level is not None:
                return Reason("naf", self._say(NAF_TEXTS[level], code=code[:length]), NAF_POINTS[level])
        return None

    def _km(self, facts: Facts) -> float | None:
        key = (facts.town, facts.postcode)
        if key not in self._distances:
            place = locate(facts.town, facts.postcode) if facts.town else None
            start = self.criteria.place
            self._distances[key] = distance_km(start, place) if place and start else None
        return self._distances[key]

    def _distance(self, facts: Facts) -> tuple[Reason | None, Reason | None, str | None]:
        """(reason for, reason against, note) about where the SME is."""
        criteria = self.criteria
        if not criteria.town:
            return None, None, None
        km = self._km(facts)
        if km is None:
            return None, None, self._say(UNKNOWN_DISTANCE_TEXT)
        limit = criteria.max_distance_km
        if limit is not None and km > limit:
            text = self._say(BEYOND_TEXT, km=round(km), town=criteria.town, max=limit)
            return None, Reason("distance", text, BEYOND_DISTANCE_POINTS), None
        if km < SAME_TOWN_KM:
            text = self._say(SAME_TOWN_TEXT, town=criteria.town)
        else:
            text = self._say(DISTANCE_TEXT, km=round(km), town=criteria.town)
        if limit is not None:
            return Reason("distance", text, _points(NEAR_POINTS * (1 - 0.5 * km / limit))), None, None
        if km <= LOCAL_KM:
            return Reason("distance", text, _points(NEAR_POINTS * 0.5 * (1 - km / LOCAL_KM))), None, None
        return None, None, text

    def _headcount(self, band: str | None) -> tuple[Reason | None, Reason | None, str | None]:
        low, high = self.criteria.headcount_min, self.criteria.headcount_max
        if not (low or high):
            return None, None, None
        inside = band_in_range(band, low, high)
        if inside is None:
            return None, None, self._say(HEADCOUNT_UNKNOWN_TEXT)
        label = HeadcountBand(band).label if band and self.explain else ""
        if inside:
            return Reason("headcount", self._say(HEADCOUNT_TEXT, band=label), HEADCOUNT_POINTS), None, None
        text = self._say(HEADCOUNT_OUT_TEXT, band=label)
        return None, Reason("headcount", text, HEADCOUNT_OUT_POINTS), None

    def _history(self, facts: Facts) -> list[Reason]:
        reasons = []
        if facts.declined_on:
            name = self.criteria.contracting_name
            text = self._say(DECLINED_TEXT, name=name, date=_day(max(facts.declined_on)))
            reasons.append(Reason("declined", text, DECLINED_POINTS))
        if facts.introduction_id is not None:
            text = ""
            if self.explain:
                status = IntroductionStatus(facts.introduction_status or IntroductionStatus.PROPOSED.value)
                text = self._say(ALREADY_TEXT, status=status.label.lower())
            reasons.append(Reason("already", text, 0.0))
        return reasons


def score(criteria: Criteria, facts: Facts, rarity: Rarity) -> Match:
    """How well ``facts`` fit ``criteria``, every point explained (one candidate; for many, a Scorer)."""
    return Scorer(criteria, rarity).score(facts)


def ranking_key(match: Match, sort_name: str, dismissed: bool = False) -> tuple[bool, bool, bool, float, str]:
    """Best first: fresh suggestions by score, then those already introduced for the need, then
    those the animator dismissed, then the blocked ones; equal scores by (folded) name."""
    return (match.blocked, dismissed, match.already_introduced_id is not None, -match.score, sort_name)


LEADER_WORDS = frozenset(
    "directeur directrice dirigeant dirigeante gerant gerante president presidente pdg dg ceo "
    "fondateur fondatrice cofondateur cofondatrice".split()
)
MANAGER_WORDS = frozenset("responsable chef cheffe manager head".split())


@lru_cache(maxsize=4096)  # job titles repeat: "Gérant", "Responsable qualité"…
def seniority(job_title: str, role: str = "") -> int:
    """2 for who runs the SME (gérante, président, directeur…), 1 for a manager, 0 otherwise: the
    person an introduction is best addressed to comes first."""
    found = set(re.findall(r"[a-z0-9]+", fold(f"{job_title} {role}")))
    if found & LEADER_WORDS:
        return 2
    return 1 if found & MANAGER_WORDS else 0


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")
