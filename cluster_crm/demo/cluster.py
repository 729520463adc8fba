"""Fills an empty database with a fictional, deterministic Normandy business cluster."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from stdnum import luhn

from cluster_crm.db import search_index
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.demo import data
from cluster_crm.demo.activity import plan_activity, store_activity
from cluster_crm.demo.introductions import store_introductions
from cluster_crm.demo.letterhead import DEMO_LETTERHEAD
from cluster_crm.domain.contact_points import clean_phone
from cluster_crm.domain.contacts import AffiliationDraft, ContactDraft
from cluster_crm.domain.enums import Civility, HeadcountBand, MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import DomainError, InvalidValue
from cluster_crm.domain.organisations import OrganisationDraft
from cluster_crm.domain.text import fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.contacts import add_contact
from cluster_crm.services.organisations import add_organisation
from cluster_crm.services.settings import CLUSTER_NAME

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database already holds {count} organisations: the demo cluster goes into an empty database only.",
)
SEED = 2026
DEMO_CLUSTER_NAME = "Cluster Industries Seine Normandie"
T = TypeVar("T")
PROGRESS_EVERY = 10
LA_POSTE_SIREN = "356000000"

SME_BANDS = (("01", 8), ("02", 15), ("03", 18), ("11", 22), ("12", 20), ("21", 11), ("22", 6))
SME_MEMBERSHIP = (
    (MembershipStatus.MEMBER, 60),
    (MembershipStatus.PROSPECT, 15),
    (MembershipStatus.FORMER, 10),
    (MembershipStatus.NONE, 15),
)
SME_CONTACT_COUNTS = ((1, 5), (2, 35), (3, 40), (4, 20))
CLINICAL = ("Médecin", "biomédical", "Cadre de santé", "du service")
YOUNG_PROFILES = frozenset({"data", "esante", "recherche", "additive", "logiciel", "infogerance"})
_STOPWORDS = frozenset({"de", "du", "des", "la", "le", "les", "et", "en", "sur", "au", "aux"})


@dataclass(frozen=True)
class DemoSummary:
    organisations: int
    contacts: int
    affiliations: int
    interactions: int
    follow_ups: int
    needs: int = 0
    introductions: int = 0
    links: int = 0


@dataclass
class _Org:
    draft: OrganisationDraft
    titles: str  # a key of data.TITLE_SETS
    domain: str
    phone_prefix: str
    profile: str = ""
    founded: int = 1950


@dataclass
class _Link:
    org: int  # index in the list of planned organisations
    role: str
    start: date | None
    end: date | None = None


@dataclass
class _Person:
    female: bool
    first_name: str
    last_name: str
    job_title: str
    emails: list[str]
    phones: list[str]
    notes: str
    links: list[_Link] = field(default_factory=list)


def load_demo(
    uow: UnitOfWork, progress: Callable[[int, int], None] | None = None, today: date | None = None
) -> DemoSummary:
    """Add the demo cluster, its last year of activity up to ``today``, its needs, introductions
    and links in one transaction; refuse a database that already has organisations."""
    today = today or uow.clock.today()
    with uow:
        count = uow.organisations.count()
        if count:
            raise DomainError(NOT_EMPTY, count=count)
        orgs, people = build_plan()
        activity = plan_activity(orgs, people, today)
        total = len(orgs) + len(people) + len(activity.interactions) + 1
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if done % PROGRESS_EVERY == 0:
                _report(progress, done, total)

        _report(progress, done, total)
        added = []  # held so that the session's weak identity map keeps them for add_contact
        for org in orgs:
            added.append(add_organisation(org.draft, uow))
            step()
        ids = [org.id for org in added]
        affiliations = 0
        contacts = []
        for person in people:
            contacts.append(add_contact(_contact_draft(person, ids), uow))
            affiliations += len(person.links)
            step()
        store_activity(activity, added, contacts, uow, step)
        matchmaking = store_introductions(orgs, people, activity, added, contacts, uow, today)
        uow.flush()
        uow.interactions.refresh_last_contacts()
        search_index.rebuild(uow.session)
        uow.settings.set(CLUSTER_NAME, DEMO_CLUSTER_NAME)
        for key, value in DEMO_LETTERHEAD.items():  # so that the demo's letters look real
            uow.settings.set(key, value)
        uow.commit()
    _report(progress, total, total)
    return DemoSummary(
        organisations=len(orgs),
        contacts=len(people),
        affiliations=affiliations,
        interactions=len(activity.interactions) + matchmaking.interactions,
        follow_ups=activity.follow_ups + matchmaking.check_ups,
        needs=matchmaking.needs,
        introductions=matchmaking.introductions,
        links=matchmaking.links,
    )


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _contact_draft(person: _Person, ids: list[int]) -> ContactDraft:
    return ContactDraft(
        civility=Civility.MADAME if person.female else Civility.MONSIEUR,
        first_name=person.first_name,
        last_name=person.last_name,
        job_title=person.job_title,
        emails=list(person.emails),
        phones=list(person.phones),
        notes=person.notes,
        affiliations=[
            AffiliationDraft(ids[link.org], link.role, link.start, link.end) for link in person.links
        ],
    )


# --- the plan: plain values drawn from one seeded generator, no database ------------------------


def build_plan() -> tuple[list[_Org], list[_Person]]:
    """The organisations and people of the demo, always the same ones (seeded, no clock)."""
    rng = random.Random(SEED)
    planner = _Planner(rng)
    orgs = [planner.contracting(row) for row in data.CONTRACTING]
    orgs += [planner.sme(*row) for row in data.SMES]
    orgs += [planner.institution(*row) for row in data.INSTITUTIONS]
    people: list[_Person] = []
    for index, org in enumerate(orgs):
        people += planner.people_of(index, org)
    _SecondJobs(rng, orgs, people).add_all()
    return orgs, people


class _Planner:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sirens: set[str] = set()
        self.domains: set[str] = set()
        self.names: set[tuple[str, str]] = set()

    # organisations

    def contracting(self, row: data.Contracting) -> _Org:
        rng = self.rng
        status, since = _membership_of_year(rng, row.since)
        draft = OrganisationDraft(
            name=row.name,
            kind=OrganisationKind.CONTRACTING,
            siret=self.siret(large=True),
            naf_code=row.naf,
            headcount_band=HeadcountBand(row.band),
            address_building=row.building,
            address_street=row.street,
            address_locality=row.locality,
            postcode=row.postcode,
            town=row.town,
            cedex=row.cedex,
            email=f"contact@{row.domain}",
            website=f"www.{row.domain}",
            description=row.description,
            capabilities=row.capabilities,
            tags=list(row.tags),
            membership_status=status,
            member_since=since,
            stay_in_touch_days=rng.choice((30, 45, 60, 90)),
        )
        return self._finish(draft, row.titles, row.domain)

    def sme(self, name: str, profile_key: str, naf: str, town: str) -> _Org:
        rng = self.rng
        profile = data.PROFILES[profile_key]
        postcode = rng.choice(data.TOWNS[town])
        founded = rng.randint(2008, 2022) if profile_key in YOUNG_PROFILES else rng.randint(1962, 2016)
        status = _weighted(rng, SME_MEMBERSHIP)
        since = None
        if status in (MembershipStatus.MEMBER, MembershipStatus.FORMER):
            last = 2025 if status is MembershipStatus.MEMBER else 2020
            since = _day_in(rng, max(2012, founded + 1), last)
        stay = {MembershipStatus.MEMBER: (60, 90, 120, 180), MembershipStatus.PROSPECT: (30, 60)}
        pool = profile.pool.split(", ")
        capabilities = [profile.core, *rng.sample(pool, rng.randint(2, min(4, len(pool))))]
        extra = rng.sample(profile.extra_tags, rng.randint(0, min(2, len(profile.extra_tags))))
        domain = self.domain_of(name)
        draft = OrganisationDraft(
            name=name,
            kind=OrganisationKind.SME,
            siret=self.siret(large=False),
            naf_code=naf,
            headcount_band=HeadcountBand(_weighted(rng, SME_BANDS)),
            address_building=self.zone(town),
            address_street=self.street(),
            postcode=postcode,
            town=town,
            email=f"{rng.choice(('contact', 'accueil', 'info', 'commercial'))}@{domain}",
            website=f"www.{domain}",
            description=rng.choice(profile.descriptions).format(town=town, year=founded),
            capabilities=", ".join(capabilities),
            tags=[*profile.tags, *extra][:4],
            membership_status=status,
            member_since=since,
            stay_in_touch_days=rng.choice(stay[status]) if status in stay else None,
        )
        org = self._finish(draft, "sme", domain, profile_key)
        org.founded = founded
        return org

    def institution(
        self,
        kind: str,
        name: str,
        naf: str,
        band: str,
        building: str,
        street: str,
        postcode: str,
        town: str,
        domain: str,
        tags: tuple[str, ...],
        titles: str,
        since: int,
    ) -> _Org:
        status, member_since = _membership_of_year(self.rng, since)
        if not since:
            status = MembershipStatus.NONE
        draft = OrganisationDraft(
            name=name,
            kind=OrganisationKind(kind),
            siret=self.siret(large=False),
            naf_code=naf,
            headcount_band=HeadcountBand(band),
            address_building=building,
            address_street=street,
            postcode=postcode,
            town=town,
            email=f"contact@{domain}",
            website=f"www.{domain}",
            tags=list(tags),
            membership_status=status,
            member_since=member_since,
            stay_in_touch_days=self.rng.choice((60, 90, 180)),
        )
        return self._finish(draft, titles, domain)

    def _finish(self, draft: OrganisationDraft, titles: str, domain: str, profile: str = "") -> _Org:
        self.domains.add(domain)
        prefix = self.rng.choice(data.PHONE_PREFIXES[draft.postcode[:2]])
        draft.phone = self.landline(prefix)
        return _Org(draft, titles, domain, prefix, profile)

    def siret(self, large: bool) -> str:
        """A fresh Luhn-valid SIREN and a NIC that makes the SIRET Luhn-valid, as typed by a user."""
        rng = self.rng
        while True:
            body = f"{rng.randint(3, 9)}{rng.randrange(10**7):07d}"
            siren = body + luhn.calc_check_digit(body)
            if siren != LA_POSTE_SIREN and siren not in self.sirens:
                break
        self.sirens.add(siren)
        nic = f"{rng.randint(10, 350) if large else rng.randint(1, 4):04d}"
        siret = siren + nic + luhn.calc_check_digit(siren + nic)
        return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"

    def domain_of(self, name: str) -> str:
        words = [w for w in re.findall(r"[a-z0-9]+", fold(name)) if w not in _STOPWORDS and len(w) > 1]
        base = "-".join(words[:3])
        domain, n = f"{base}.fr", 2
        while domain in self.domains:
            domain, n = f"{base}-{n}.fr", n + 1
        return domain

    def zone(self, town: str) -> str:
        roll = self.rng.random()
        if town in data.ZONES_BY_TOWN and roll < 0.5:
            return data.ZONES_BY_TOWN[town]
        return self.rng.choice(data.ZONES) if roll > 0.75 else ""

    def street(self) -> str:
        return f"{self.rng.randint(1, 120)} {self.rng.choice(data.STREETS)}"

    def landline(self, prefix: str) -> str:
        return _valid_phone(lambda: f"{prefix} {self._pairs(3)}")

    def mobile(self) -> str:
        return _valid_phone(lambda: f"0{self.rng.choice('67')} {self._pairs(4)}")

    def _pairs(self, count: int) -> str:
        return " ".join(f"{self.rng.randrange(100):02d}" for _ in range(count))

    # people

    def people_of(self, index: int, org: _Org) -> list[_Person]:
        rng = self.rng
        kind = org.draft.kind
        if kind is OrganisationKind.CONTRACTING:
            count = rng.randint(3, 4)
        elif kind is OrganisationKind.SME:
            count = _weighted(rng, SME_CONTACT_COUNTS)
        else:
            count = rng.randint(2, 3)
        leaders, others = data.TITLE_SETS[org.titles]
        if org.profile:
            others = others + data.PROFILES[org.profile].titles
        titles = [rng.choice(leaders), *rng.sample(others, count - 1)]
        return [self.person(index, org, title) for title in titles]

    def person(self, index: int, org: _Org, title: data.Title) -> _Person:
        rng = self.rng
        female = rng.random() < 0.45
        while True:
            first = rng.choice(data.FEMALE_FIRST_NAMES if female else data.MALE_FIRST_NAMES)
            last = rng.choice(data.LAST_NAMES)
            if (first, last) not in self.names:
                break
        self.names.add((first, last))
        phones = []
        if rng.random() < 0.75:
            phones.append(self.landline(org.phone_prefix))
        if rng.random() < 0.55 or not phones:
            phones.append(self.mobile())
        notes = rng.choice(data.NOTES) if rng.random() < 0.25 else ""
        role = title[1] if female else title[0]
        start = _date_between(rng, date(max(2004, org.founded), 1, 1), date(2024, 6, 30))
        return _Person(
            female,
            first,
            last,
            role,
            [_email(first, last, org.domain)],
            phones,
            notes,
            [_Link(index, role, start)],
        )


class _SecondJobs:
    """About twenty people also linked to a second organisation: boards, teaching, former jobs."""

    def __init__(self, rng: random.Random, orgs: list[_Org], people: list[_Person]) -> None:
        self.rng, self.orgs, self.people = rng, orgs, people
        self.taken: set[int] = set()
        self.by_name = {org.draft.name: i for i, org in enumerate(orgs)}

    def add_all(self) -> None:
        rng = self.rng
        industry = self.by_name["Association des industriels de la vallée de Seine"]
        digital = self.by_name["Réseau normand des entreprises du numérique"]
        cci = self.by_name["CCI Vallée de Seine Normandie"]
        chu = self.by_name["Centre hospitalier universitaire de Rouen"]
        havre = self.by_name["Centre hospitalier de l'agglomération havraise"]
        medisim = self.by_name["Centre de simulation médicale Medisim Normandie"]
        health_institute = self.by_name["Institut universitaire de santé numérique de Rouen"]
        mechanics_lab = self.by_name["Laboratoire de mécanique et matériaux de Normandie"]
        pole = self.by_name["Pôle de compétitivité Mobilités et Industrie Normandie"]

        def sme_leader(tag: str | None = None) -> Callable[[int, _Person], bool]:
            def test(i: int, person: _Person) -> bool:
                org = self.orgs[person.links[0].org].draft
                return (
                    self._is_leader(i)
                    and org.kind is OrganisationKind.SME
                    and org.membership_status is MembershipStatus.MEMBER
                    and (tag is None or tag in org.tags)
                )

            return test

        boards = rng.sample(data.BOARD_ROLES, len(data.BOARD_ROLES))
        for role, who in zip(boards, self._pick(sme_leader(), 4), strict=False):
            self._link(who, industry, role, 2016, 2024, email=False)
        digital_leaders = self._pick(sme_leader("Numérique"), 2)
        for role, who in zip(data.BOARD_ROLES[:2], digital_leaders, strict=False):
            self._link(who, digital, role, 2018, 2024, email=False)
        for who in self._pick(sme_leader(), 2):
            self._link(who, cci, data.CCI_ROLE, 2021, 2021, email=False)
        hospitals = (chu, havre)
        for who in self._pick(self._works_at(hospitals, leader=False, titles=CLINICAL), 2):
            self._link(who, health_institute, data.TEACHING_ROLE, 2015, 2024, email=True)
        for who in self._pick(self._works_at(hospitals, leader=False, titles=CLINICAL), 2):
            self._link(who, medisim, data.SIMULATION_ROLE, 2019, 2024, email=False)
        industry_leaders = self._works_in(OrganisationKind.CONTRACTING, leader=True)
        for who in self._pick(industry_leaders, 2):
            self._link(who, pole, data.CLUSTER_BOARD_ROLE, 2014, 2023, email=False)
        advised = ((health_institute, "Normandie IA Santé"), (mechanics_lab, "Essais Matériaux du Madrillet"))
        for lab, firm in advised:
            for who in self._pick(self._works_at((lab,), leader=None), 1):
                self._link(who, self.by_name[firm], data.ADVISER_ROLE, 2018, 2024, email=True)
        for kind, count in ((OrganisationKind.SME, 4), (OrganisationKind.CONTRACTING, 2)):
            for who in self._pick(self._works_in(kind, leader=False), count):
                self._former_job(who)

    def _is_leader(self, i: int) -> bool:
        return i == 0 or self.people[i - 1].links[0].org != self.people[i].links[0].org

    def _works_at(
        self, orgs: tuple[int, ...], leader: bool | None, titles: tuple[str, ...] = ("",)
    ) -> Callable[[int, _Person], bool]:
        return lambda i, p: (
            p.links[0].org in orgs
            and leader in (None, self._is_leader(i))
            and any(t in p.job_title for t in titles)
        )

    def _works_in(self, kind: OrganisationKind, leader: bool) -> Callable[[int, _Person], bool]:
        return lambda i, p: (
            self.orgs[p.links[0].org].draft.kind is kind
            and self._is_leader(i) == leader
            and not p.job_title.startswith("Assistant")
        )

    def _pick(self, test: Callable[[int, _Person], bool], count: int) -> list[int]:
        """Up to ``count`` people passing ``test`` and not chosen yet, in plan order."""
        candidates = [i for i, p in enumerate(self.people) if i not in self.taken and test(i, p)]
        chosen = sorted(self.rng.sample(candidates, min(count, len(candidates))))
        self.taken.update(chosen)
        return chosen

    def _link(self, who: int, org: int, role: data.Title, first: int, last: int, email: bool) -> None:
        person = self.people[who]
        start = _day_in(self.rng, first, last)
        if start <= person.links[0].start:  # took the second role after joining the first
            start = person.links[0].start + timedelta(days=self.rng.randint(30, 365))
        person.links.append(_Link(org, role[1] if person.female else role[0], start))
        if email:
            person.emails.append(_email(person.first_name, person.last_name, self.orgs[org].domain))

    def _titles_of(self, org: int) -> tuple[data.Title, ...]:
        plan = self.orgs[org]
        titles = data.TITLE_SETS[plan.titles][1]
        return titles + data.PROFILES[plan.profile].titles if plan.profile else titles

    def _former_job(self, who: int) -> None:
        """The person worked elsewhere before; the current job starts after the old one ended."""
        rng, person = self.rng, self.people[who]
        current = person.links[0]
        kinds = (OrganisationKind.SME, OrganisationKind.CONTRACTING)
        elsewhere = [
            i
            for i, o in enumerate(self.orgs)
            if o.draft.kind in kinds and i != current.org and o.founded <= 2012
        ]
        previous = rng.choice(elsewhere)
        start = _day_in(rng, max(2006, self.orgs[previous].founded + 1), 2013)
        end = _day_in(rng, 2015, 2021)
        role = rng.choice(self._titles_of(previous))
        person.links.append(_Link(previous, role[1] if person.female else role[0], start, end))
        current.start = end + timedelta(days=rng.randint(15, 120))


# --- small helpers ------------------------------------------------------------------------------


def _membership_of_year(rng: random.Random, year: int) -> tuple[MembershipStatus, date | None]:
    """``2014`` → member since a day of 2014; ``-2015`` → former member; ``0`` → prospect."""
    if year > 0:
        return MembershipStatus.MEMBER, _day_in(rng, year, year)
    if year < 0:
        return MembershipStatus.FORMER, _day_in(rng, -year, -year)
    return MembershipStatus.PROSPECT, None


def _weighted(rng: random.Random, choices: tuple[tuple[T, int], ...]) -> T:
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights=weights)[0]


def _day_in(rng: random.Random, first_year: int, last_year: int) -> date:
    return _date_between(rng, date(first_year, 1, 1), date(last_year, 12, 31))


def _date_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _valid_phone(make: Callable[[], str]) -> str:
    while True:
        number = make()
        try:
            clean_phone(number)
        except InvalidValue:
            continue
        return number


def _email(first_name: str, last_name: str, domain: str) -> str:
    def part(name: str) -> str:
        return re.sub(r"[^a-z0-9-]", "", fold(name).replace(" ", ""))

    return f"{part(first_name)}.{part(last_name)}@{domain}"
