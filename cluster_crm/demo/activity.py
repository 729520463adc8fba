"""The demo's year of activity: the animator's meetings, calls, visits, events and follow-ups.

Everything is dated relative to a given ``today`` and drawn from one seeded generator, so the same
``today`` always gives the same activity. The plan is plain values (indices into the demo's planned
organisations and people); :func:`store_activity` then writes it within the demo's unit of work.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, TypeVar

from cluster_crm.db.models import Contact, FollowUp, Interaction, Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.demo import activity_data as data
from cluster_crm.demo import data as demo_data
from cluster_crm.domain.enums import MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import Validator
from cluster_crm.domain.interactions import (
    FollowUpDraft,
    InteractionDraft,
    InteractionKind,
    check_follow_up,
    clean_interaction,
)

if TYPE_CHECKING:
    from cluster_crm.demo.cluster import _Org, _Person

SEED = 2027  # not the organisations' seed: the cluster stays the same whatever the activity
YEAR = 365
PLANNED_DAYS = 14  # planned interactions fall within the next two weeks
DAY_START, DAY_END = time(8, 30), time(18, 0)
DAILY = ((0, 12), (1, 36), (2, 34), (3, 18))  # interactions a working day, with weights
SCENARIOS = (  # the everyday mix, with weights
    ("sme_meeting", 16),
    ("prospect_meeting", 5),
    ("sme_call", 14),
    ("sme_email", 9),
    ("sme_visit", 10),
    ("contracting_meeting", 12),
    ("contracting_call", 6),
    ("introduction", 12),
    ("institution", 6),
    ("event_prep", 4),
    ("letter", 5),
)
SME_SCENARIOS = {  # scenario: the kind of interaction, and whom (None: SMEs of any status)
    "sme_meeting": (InteractionKind.MEETING, (MembershipStatus.MEMBER,)),
    "prospect_meeting": (InteractionKind.MEETING, (MembershipStatus.PROSPECT, MembershipStatus.NONE)),
    "sme_call": (InteractionKind.CALL, None),
    "sme_email": (InteractionKind.EMAIL, None),
    "sme_visit": (InteractionKind.VISIT, (MembershipStatus.MEMBER, MembershipStatus.PROSPECT)),
    "letter": (InteractionKind.LETTER, None),
}
CHECK_INS = (  # keeping in touch with an SME (or, the first two, an institution)
    ("check_in", InteractionKind.CALL),
    ("check_in", InteractionKind.EMAIL),
    ("sme_call", InteractionKind.CALL),
    ("sme_email", InteractionKind.EMAIL),
    ("sme_meeting", InteractionKind.MEETING),
)
PLANNED = ("contracting_meeting", "sme_visit", "introduction", "institution", "sme_meeting", "event_prep")
SME_WEIGHTS = {
    MembershipStatus.MEMBER: 3.0,
    MembershipStatus.PROSPECT: 2.0,
    MembershipStatus.FORMER: 0.3,
    MembershipStatus.NONE: 0.5,
}
OTHER_KINDS = (OrganisationKind.INSTITUTION, OrganisationKind.PARTNER, OrganisationKind.OTHER)
BUYER_WORDS = ("achat", "Achat", "Acheteu", "fournisseurs", "commande publique")
T = TypeVar("T")
NEVER = date.min  # the "last allowed contact" of a dormant organisation never met
VOWELS = "AEIOUYÀÂÉÈÊÎÔ"


@dataclass
class PlannedFollowUp:
    due: date
    note: str
    done_at: datetime | None = None


@dataclass
class PlannedInteraction:
    kind: InteractionKind
    starts_at: datetime
    ends_at: datetime | None
    place: str
    subject: str
    notes: str
    orgs: list[int]  # indices in the demo's planned organisations
    people: list[int]  # indices in the demo's planned people
    follow_up_notes: list[str] = field(default_factory=list)  # what a follow-up of it could say
    follow_up: PlannedFollowUp | None = None


@dataclass
class ActivityPlan:
    interactions: list[PlannedInteraction]
    organisation_follow_ups: list[tuple[int, PlannedFollowUp]]

    @property
    def follow_ups(self) -> int:
        return sum(1 for i in self.interactions if i.follow_up) + len(self.organisation_follow_ups)


def plan_activity(orgs: Sequence[_Org], people: Sequence[_Person], today: date) -> ActivityPlan:
    """A year of the animator's activity up to ``today``, and the next two weeks' appointments."""
    return _Activity(random.Random(SEED), orgs, people, today).plan()


def store_activity(
    plan: ActivityPlan,
    organisations: Sequence[Organisation],
    contacts: Sequence[Contact],
    uow: UnitOfWork,
    step: Callable[[], None] = lambda: None,
) -> None:
    """Validate each interaction like the log form does and add it to the open unit of work.

    The rows are built here from the objects the demo already holds: ``add_interaction`` looks every
    participant up again (three or four queries each, and a flush), which takes about 3.5 s for the
    demo's year instead of 0.15 s.
    """
    by_org_id = {o.id: o for o in organisations}
    by_contact_id = {c.id: c for c in contacts}
    for planned in plan.interactions:
        follow_up = planned.follow_up
        clean = clean_interaction(
            InteractionDraft(
                kind=planned.kind,
                starts_at=planned.starts_at,
                ends_at=planned.ends_at,
                place=planned.place,
                subject=planned.subject,
                notes=planned.notes,
                organisation_ids=[organisations[i].id for i in planned.orgs],
                contact_ids=[contacts[i].id for i in planned.people],
                follow_up=FollowUpDraft(follow_up.due, follow_up.note) if follow_up else None,
            )
        )
        interaction = Interaction(
            kind=clean.kind.value,
            starts_at=clean.starts_at,
            ends_at=clean.ends_at,
            place=clean.place,
            subject=clean.subject,
            notes=clean.notes,
            organisations=[by_org_id[i] for i in clean.organisation_ids],
            contacts=[by_contact_id[i] for i in clean.contact_ids],
        )
        uow.interactions.add(interaction)
        if clean.follow_up is not None and follow_up is not None:
            uow.follow_ups.add(_follow_up_row(clean.follow_up, follow_up.done_at, interaction=interaction))
        step()
    for org, follow_up in plan.organisation_follow_ups:
        draft = FollowUpDraft(follow_up.due, follow_up.note)
        v = Validator()
        check_follow_up(v, draft, None)
        v.raise_if_any()
        uow.follow_ups.add(_follow_up_row(draft, follow_up.done_at, organisation=organisations[org]))
    uow.flush()


def _follow_up_row(draft: FollowUpDraft, done_at: datetime | None, **about: object) -> FollowUp:
    return FollowUp(
        due_date=draft.due_date, note=draft.note, done=done_at is not None, done_at=done_at, **about
    )


class _Activity:
    def __init__(self, rng: random.Random, orgs: Sequence[_Org], people: Sequence[_Person], today: date):
        self.rng, self.orgs, self.people, self.today = rng, orgs, people, today
        self.first_day = today - timedelta(days=YEAR)
        self.interactions: list[PlannedInteraction] = []
        self.last: dict[int, date] = {}  # the latest planned interaction of each organisation
        self.cutoff: dict[int, date] = {}  # dormant organisations: no contact after this day
        self.busy: dict[date, list[tuple[datetime, datetime]]] = {}
        self.events: list[tuple[date, data.Event]] = []
        self.by_name = {o.draft.name: i for i, o in enumerate(orgs)}
        self.staff: dict[int, list[int]] = {i: [] for i in range(len(orgs))}  # its leader first
        for who, person in enumerate(people):
            self.staff[person.links[0].org].append(who)
        self.smes = self._of_kind(OrganisationKind.SME)
        self.contracting = self._of_kind(OrganisationKind.CONTRACTING)
        self.others = [i for i, o in enumerate(orgs) if o.draft.kind in OTHER_KINDS]
        self.cci = self.by_name[data.CCI]
        self.related = {sme: self._related_contracting(sme) for sme in self.smes}

    def plan(self) -> ActivityPlan:
        dormant = self._choose_dormant()
        self._schedule_events()
        day = self.first_day
        while day < self.today:
            if _works(day):
                for _ in range(self._count_on(day)):
                    self._add(self._everyday(day, self._weighted(SCENARIOS)))
            day += timedelta(days=1)
        for org in dormant:
            if self.cutoff[org] is not NEVER:
                self._add(self._check_in(org, self.cutoff[org]))
        self._keep_in_touch(dormant)
        self._plan_next_weeks()
        self.interactions.sort(key=lambda i: i.starts_at)
        _FollowUps(self.rng, self.today, self.interactions).assign()
        return ActivityPlan(self.interactions, self._organisation_follow_ups(dormant))

    # who is met: dormant relationships, related organisations

    def _of_kind(self, kind: OrganisationKind) -> list[int]:
        return [i for i, o in enumerate(self.orgs) if o.draft.kind is kind]

    def _status(self, org: int) -> MembershipStatus:
        return MembershipStatus(self.orgs[org].draft.membership_status)

    def _choose_dormant(self) -> list[int]:
        """Members and prospects not met for longer than their interval; a few never met at all."""
        rng = self.rng
        members = [i for i in self.smes if self._status(i) is MembershipStatus.MEMBER]
        prospects = [i for i in self.smes if self._status(i) is MembershipStatus.PROSPECT]
        chosen_members = sorted(rng.sample(members, rng.randint(11, 14)))
        chosen_prospects = sorted(rng.sample(prospects, rng.randint(2, 4)))
        never = set(rng.sample(chosen_members, 2) + rng.sample(chosen_prospects, 1))
        for org in chosen_members + chosen_prospects:
            if org in never:
                self.cutoff[org] = NEVER
                continue
            interval = self.orgs[org].draft.stay_in_touch_days or 90
            days = min(interval + rng.randint(15, 120), YEAR - 10)
            self.cutoff[org] = self._working_day(self.today - timedelta(days=days), -1)
        return chosen_members + chosen_prospects

    def _free(self, org: int, day: date) -> bool:
        """Whether the organisation may be met that day (dormant ones: not after their last contact)."""
        return org not in self.cutoff or day <= self.cutoff[org]

    def _related_contracting(self, sme: int) -> list[int]:
        tags = set(self.orgs[sme].draft.tags)
        related = [c for c in self.contracting if tags & set(self.orgs[c].draft.tags)]
        return related or self.contracting

    def _pick_sme(
        self, day: date, statuses: tuple[MembershipStatus, ...] | None = None, visits: bool = False
    ) -> int | None:
        pool = [
            i
            for i in self.smes
            if self._free(i, day)
            and (statuses is None or self._status(i) in statuses)
            and (not visits or self.orgs[i].profile in data.WORKSHOPS)
        ]
        if not pool:
            return None
        return self.rng.choices(pool, weights=[SME_WEIGHTS[self._status(i)] for i in pool])[0]

    def _pick(self, pool: list[int], day: date) -> int | None:
        free = [i for i in pool if self._free(i, day)]
        return self.rng.choice(free) if free else None

    def _staff(self, org: int, count: int, buyers: bool = False) -> list[int]:
        """Up to ``count`` people of the organisation: its leader more often than not."""
        rng, members = self.rng, self.staff[org]
        if buyers:
            wanted = [w for w in members if any(b in self.people[w].job_title for b in BUYER_WORDS)]
            if wanted and rng.random() < 0.8:
                rest = [w for w in members if w not in wanted]
                return (rng.sample(wanted, 1) + rng.sample(rest, min(count - 1, len(rest))))[:count]
        if rng.random() < 0.6:
            return [members[0], *rng.sample(members[1:], min(count - 1, len(members) - 1))]
        return rng.sample(members, min(count, len(members)))

    # when: working days, time slots

    def _working_day(self, day: date, direction: int) -> date:
        while not _works(day):
            day += timedelta(days=direction)
        return day

    def _count_on(self, day: date) -> int:
        count = self._weighted(DAILY)
        return count if not _quiet(day) or self.rng.random() < 0.3 else 0

    def _slot(self, day: date, minutes: int) -> datetime:
        """A start on the quarter hour in business hours, not over lunch (e-mails and letters aside)
        and not overlapping that day's appointments."""
        rng, taken = self.rng, self.busy.setdefault(day, [])
        length = timedelta(minutes=minutes)
        starts = [
            start
            for n in range(int((DAY_END.hour - DAY_START.hour) * 4))
            if (start := datetime.combine(day, DAY_START) + timedelta(minutes=15 * n))
            + max(length, timedelta(minutes=15))
            <= datetime.combine(day, DAY_END)
            and (not minutes or start + length <= start.replace(hour=12, minute=30) or start.hour >= 14)
        ]
        start = rng.choice(starts)
        for _ in range(12):
            if not any(start < e and s < start + length for s, e in taken):
                break
            start = rng.choice(starts)
        if minutes:
            taken.append((start, start + length))
        return start

    def _weighted(self, choices: tuple[tuple[T, int], ...]) -> T:
        values, weights = zip(*choices, strict=True)
        return self.rng.choices(values, weights=weights)[0]

    # what: one interaction of a scenario

    def _fields(self, day: date, org: int, sme: int | None = None, cd: int | None = None) -> dict[str, str]:
        rng = self.rng
        if sme is None and org in self.related:
            sme = org
        if cd is None:
            cd = rng.choice(self.related[sme]) if sme is not None else rng.choice(self.contracting)
        if sme is None:
            tags = set(self.orgs[cd].draft.tags)
            close = [s for s in self.smes if tags & set(self.orgs[s].draft.tags)]
            profile = self.orgs[rng.choice(close or self.smes)].profile
        else:
            profile = self.orgs[sme].profile
        topics = data.CONTRACTING_TOPICS[self.orgs[cd].draft.name]
        upcoming = [(d, e) for d, e in self.events if day < d <= day + timedelta(days=45)]
        event = upcoming[0][1] if upcoming else None
        name = self.orgs[org].draft.name
        sme_name = self.orgs[sme].draft.name if sme is not None else ""
        return {
            "org": name,
            "le_org": data.ARTICLES.get(name, "") + name,
            "de_org": _de(name),
            "town": self.orgs[org].draft.town,
            "sme": sme_name,
            "de_sme": _de(sme_name),
            "cd": topics.short,
            "de_cd": topics.de,
            "le_cd": topics.le,
            "project": rng.choice(topics.projects),
            "core": demo_data.PROFILES[profile].core,
            "de_workshop": _de_place(rng.choice(data.WORKSHOPS.get(profile, ("les locaux",)))),
            "year": str(day.year),
            "campaign": str(day.year + 1 if day.month >= 9 else day.year),
            "event": event.subject if event else "",
            "de_event": event.de if event else "",
        }

    def _make(
        self,
        scenario: str,
        kind: InteractionKind,
        day: date,
        orgs: list[int],
        people: list[int],
        fields: dict[str, str],
        place: str = "",
        minutes: int = 0,
    ) -> PlannedInteraction:
        rng = self.rng
        topics = [t for t in data.SCENARIOS[scenario] if fields["event"] or "event}" not in t.subjects[0]]
        topic = rng.choice(topics)
        starts_at = self._slot(day, minutes)
        chance = {InteractionKind.MEETING: 0.75, InteractionKind.VISIT: 0.8, InteractionKind.CALL: 0.45}
        notes = ""
        if day < self.today and topic.notes and rng.random() < chance.get(kind, 0.3):
            many = rng.randint(2, 3) if kind in (InteractionKind.MEETING, InteractionKind.VISIT) else 1
            chosen = rng.sample(topic.notes, min(many, len(topic.notes)))
            notes = " ".join(n.format(**fields) for n in chosen)
        elif day >= self.today and kind is not InteractionKind.CALL and rng.random() < 0.5:
            notes = data.PLANNED_NOTE
        return PlannedInteraction(
            kind=kind,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=minutes) if minutes else None,
            place=place,
            subject=rng.choice(topic.subjects).format(**fields),
            notes=notes,
            orgs=list(dict.fromkeys(orgs)),
            people=list(dict.fromkeys(people)),
            follow_up_notes=[n.format(**fields) for n in topic.follow_ups],
        )

    def _add(self, interaction: PlannedInteraction | None) -> None:
        if interaction is None:
            return
        self.interactions.append(interaction)
        day = interaction.starts_at.date()
        for org in interaction.orgs:
            self.last[org] = max(self.last.get(org, date.min), day)

    def _meeting_place(self, org: int, home: float = 0.55) -> str:
        """The organisation's town, or a video call, or the CCI's offices."""
        roll = self.rng.random()
        if roll < home:
            return self.orgs[org].draft.town
        return data.VISIO if roll < home + (1 - home) * 0.6 else data.CCI_PLACE

    def _minutes(self) -> int:
        return self.rng.choice((30, 45, 60, 60, 60, 90, 90, 120))

    def _everyday(self, day: date, scenario: str) -> PlannedInteraction | None:
        if scenario == "introduction":
            return self._introduction(day)
        if scenario == "institution":
            return self._institution(day)
        if scenario == "event_prep":
            return self._event_prep(day) or self._institution(day)
        if scenario.startswith("contracting"):
            return self._contracting(day, scenario)
        kind, statuses = SME_SCENARIOS[scenario]
        org = self._pick_sme(day, statuses, visits=kind is InteractionKind.VISIT)
        if org is None:
            return None
        if kind is InteractionKind.LETTER:
            member = self._status(org) is MembershipStatus.MEMBER
            scenario = "member_letter" if member else "prospect_letter"
        return self._with_one(scenario, kind, day, org, self._fields(day, org))

    def _with_one(
        self, scenario: str, kind: InteractionKind, day: date, org: int, fields: dict[str, str]
    ) -> PlannedInteraction:
        """An interaction with one organisation: its people, the place and the length suit the kind."""
        rng, K = self.rng, InteractionKind
        place, minutes = "", 0
        if kind is K.MEETING:
            people = self._staff(org, rng.randint(1, 2))
            place, minutes = self._meeting_place(org), self._minutes()
        elif kind is K.VISIT:
            people = self._staff(org, rng.randint(1, 3))
            place, minutes = fields["town"], rng.choice((60, 90, 120))
        elif kind is K.CALL:
            people, minutes = self._staff(org, 1), rng.choice((30, 30, 45))
        elif kind is K.EMAIL:
            people = self._staff(org, rng.randint(1, 2))
        else:  # letters go to the head of the organisation
            people = self.staff[org][:1]
        return self._make(scenario, kind, day, [org], people, fields, place, minutes)

    def _contracting(self, day: date, scenario: str, org: int | None = None) -> PlannedInteraction:
        rng = self.rng
        org = self.rng.choice(self.contracting) if org is None else org
        fields = self._fields(day, org, cd=org)
        if scenario == "contracting_call":
            people = self._staff(org, 1, buyers=True)
            return self._make(scenario, InteractionKind.CALL, day, [org], people, fields, minutes=30)
        orgs, people = [org], self._staff(org, rng.randint(1, 3), buyers=True)
        if rng.random() < 0.15:
            orgs.append(self.cci)
            people += self._staff(self.cci, 1)[: 4 - len(people)]
        place = self._meeting_place(org)
        return self._make(
            scenario, InteractionKind.MEETING, day, orgs, people, fields, place, self._minutes()
        )

    def _introduction(self, day: date) -> PlannedInteraction | None:
        rng = self.rng
        sme = self._pick_sme(day, (MembershipStatus.MEMBER, MembershipStatus.PROSPECT))
        if sme is None:
            return None
        cd = rng.choice(self.related[sme])
        orgs = [sme, cd]
        people = self._staff(sme, rng.randint(1, 2)) + self._staff(cd, rng.randint(1, 2), buyers=True)
        if rng.random() < 0.2:
            partner = self._pick([s for s in self.smes if s != sme and cd in self.related[s]], day)
            if partner is not None:
                orgs.append(partner)
                people += self._staff(partner, 1)
        place = self._meeting_place(cd, 0.5)
        fields = self._fields(day, sme, sme, cd)
        return self._make(
            "introduction", InteractionKind.MEETING, day, orgs, people[:4], fields, place, self._minutes()
        )

    def _institution(self, day: date) -> PlannedInteraction | None:
        rng = self.rng
        org = self._pick(self.others, day)
        assert org is not None
        orgs, people = [org], self._staff(org, rng.randint(1, 2))
        if rng.random() < 0.3:
            cd = rng.choice(self.contracting)
            orgs.append(cd)
            people += self._staff(cd, 1)
        fields = self._fields(day, org)
        if rng.random() < 0.25:
            return self._with_one("check_in", InteractionKind.CALL, day, org, fields)
        place = self._meeting_place(org, 0.6)
        return self._make(
            "institution", InteractionKind.MEETING, day, orgs, people, fields, place, self._minutes()
        )

    def _event_prep(self, day: date) -> PlannedInteraction | None:
        coming = [(d, e) for d, e in self.events if day + timedelta(days=5) <= d <= day + timedelta(days=45)]
        if not coming:
            return None
        event = coming[0][1]
        orgs = [self.cci]
        if event.host and event.host != data.CCI:
            orgs.append(self.by_name[event.host])
        people = [who for org in orgs for who in self._staff(org, 1)]
        fields = self._fields(day, orgs[-1])
        fields.update(event=event.subject, de_event=event.de)
        place = self.orgs[orgs[-1]].draft.town if self.rng.random() < 0.5 else data.VISIO
        return self._make("event_prep", InteractionKind.MEETING, day, orgs, people, fields, place, 60)

    def _check_in(self, org: int, day: date) -> PlannedInteraction:
        """A call, an e-mail or a meeting with one organisation, to keep in touch."""
        rng, K = self.rng, InteractionKind
        kind = self.orgs[org].draft.kind
        if kind is OrganisationKind.CONTRACTING:
            return self._contracting(day, rng.choice(("contracting_call", "contracting_meeting")), org)
        scenarios = (
            CHECK_INS if kind is OrganisationKind.SME else (("institution", K.MEETING),) + CHECK_INS[:2]
        )
        scenario, channel = rng.choice(scenarios)
        return self._with_one(scenario, channel, day, org, self._fields(day, org))

    def _keep_in_touch(self, dormant: list[int]) -> None:
        """Every other organisation with a "stay in touch" interval was met within it."""
        for org, plan in enumerate(self.orgs):
            interval = plan.draft.stay_in_touch_days
            if interval is None or org in dormant:
                continue
            if self.last.get(org, date.min) >= self.today - timedelta(days=interval - 3):
                continue
            first = max(self.today - timedelta(days=interval - 3), self.first_day)
            day = _working_day_between(self.rng, first, self.today - timedelta(days=1))
            self._add(self._check_in(org, day))

    # events and the next two weeks

    def _schedule_events(self) -> None:
        for event in data.EVENTS:
            day = self._event_day(self.today - timedelta(days=event.days_before))
            self.events.append((day, event))
            self._add(self._event(day, event))

    def _event_day(self, wanted: date) -> date:
        """The working day nearest to ``wanted`` out of the holidays, on the same side of today."""
        if wanted < self.today:
            first, last = self.first_day + timedelta(days=1), self.today - timedelta(days=1)
        else:
            first, last = self.today + timedelta(days=1), self.today + timedelta(days=PLANNED_DAYS - 1)
        for days in sorted(range(-60, 61), key=abs):
            day = wanted + timedelta(days=days)
            if first <= day <= last and _works(day) and not _quiet(day):
                return day
        return _working_day_between(self.rng, first, last)

    def _event(self, day: date, event: data.Event) -> PlannedInteraction:
        rng = self.rng
        hosts = [self.by_name[event.host]] if event.host else []
        if event.contracting:
            hosts += [c for c in self.contracting if self._status(c) is MembershipStatus.MEMBER]
        invited = [
            i
            for i in self.smes + self.contracting + self.others
            if self._free(i, day) and i not in hosts and self._status(i) is not MembershipStatus.FORMER
        ]
        audience = set(event.audience)
        first = [i for i in invited if not audience or audience & set(self.orgs[i].draft.tags)]
        then = [i for i in invited if i not in first]
        count = rng.randint(*event.organisations)
        orgs = hosts + rng.sample(first, min(len(first), count))
        orgs += rng.sample(then, max(0, min(len(then), count - len(orgs))))
        orgs = list(dict.fromkeys(orgs))[: max(count, len(hosts))]
        speakers = orgs[:1] + rng.sample(orgs[1:], rng.randint(*event.people) - 1)
        people = [self._staff(org, 1)[0] for org in speakers]
        hour, minute = (int(part) for part in event.start.split(":"))
        starts_at = datetime.combine(day, time(hour, minute))
        self.busy.setdefault(day, []).append((starts_at, starts_at + timedelta(minutes=event.minutes)))
        return PlannedInteraction(
            kind=InteractionKind.EVENT,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=event.minutes),
            place=event.place,
            subject=event.subject,
            notes=event.notes if day < self.today else "",
            orgs=orgs,
            people=people,
            follow_up_notes=[event.follow_up] if event.follow_up else [],
        )

    def _plan_next_weeks(self) -> None:
        first, last = self.today + timedelta(days=1), self.today + timedelta(days=PLANNED_DAYS - 1)
        for scenario in self.rng.sample(PLANNED, self.rng.randint(5, 6)):
            day = _working_day_between(self.rng, first, last)
            planned = self._everyday(day, scenario)
            if planned is not None and planned.kind is not InteractionKind.CALL:
                self._add(planned)

    def _organisation_follow_ups(self, dormant: list[int]) -> list[tuple[int, PlannedFollowUp]]:
        """A few follow-ups about an organisation rather than an interaction."""
        rng, today = self.rng, self.today
        notes = data.ORGANISATION_FOLLOW_UPS
        members = [i for i in self.smes if self._status(i) is MembershipStatus.MEMBER and i not in dormant]
        prospects = [
            i for i in self.smes if self._status(i) is MembershipStatus.PROSPECT and i not in dormant
        ]
        planned: list[tuple[int, PlannedFollowUp]] = []

        def due(first: int, last: int) -> date:
            return _working_day_between(rng, today + timedelta(days=first), today + timedelta(days=last))

        for org in rng.sample([d for d in dormant if self._status(d) is MembershipStatus.MEMBER], 2):
            planned.append((org, PlannedFollowUp(due(-20, -3), notes[0])))
        for org in rng.sample(members, 2):
            planned.append((org, PlannedFollowUp(due(0, PLANNED_DAYS - 1), rng.choice(notes[1:]))))
        for org in rng.sample(prospects, 2):
            planned.append((org, PlannedFollowUp(due(PLANNED_DAYS + 7, 90), notes[2])))
        for org in rng.sample(members, 3):
            when = due(-300, -30)
            done = datetime.combine(when - timedelta(days=rng.randint(0, 5)), time(rng.randint(9, 17), 0))
            planned.append((org, PlannedFollowUp(when, rng.choice(notes[1:]), done)))
        return planned


def _works(day: date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in data.HOLIDAYS


def _quiet(day: date) -> bool:
    """Summer holidays and the end-of-year break: little business, no events."""
    return day.month == 8 or (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 3)


def _working_day_between(rng: random.Random, first: date, last: date) -> date:
    """A working day from ``first`` to ``last`` (``first`` itself if there is none)."""
    days = [d for d in (first + timedelta(days=n) for n in range((last - first).days + 1)) if _works(d)]
    return rng.choice(days) if days else first


def _de_place(place: str) -> str:
    """After "de": "le bureau d'études" → "du bureau d'études", "l'atelier…" → "de l'atelier…"."""
    for article, contracted in (("le ", "du "), ("les ", "des ")):
        if place.startswith(article):
            return contracted + place.removeprefix(article)
    return f"de {place}"


def _de(name: str) -> str:
    """The name after "de": "d'Estuaire Digital", "de la CCI…", "du Pôle…", "de Précimeca Seine"."""
    article = data.ARTICLES.get(name, "")
    if article == "le ":
        return f"du {name}"
    if article:
        return f"de {article}{name}"
    return f"d'{name}" if name[:1] in VOWELS else f"de {name}"


class _FollowUps:
    """Follow-ups on the interactions: most past ones done, some overdue, some coming up."""

    def __init__(self, rng: random.Random, today: date, interactions: list[PlannedInteraction]):
        self.rng, self.today = rng, today
        self.candidates = [i for i in interactions if i.follow_up_notes]

    def assign(self) -> None:
        rng, today = self.rng, self.today
        day = timedelta(days=1)
        # overdue: from the last seven weeks, due within the last month
        for interaction in self._take(rng.randint(8, 11), today - 50 * day, today - 2 * day):
            start = interaction.starts_at.date()
            due = self._between(max(start + day, today - 30 * day), today - day)
            self._set(interaction, due)
        # coming up in the next two weeks, from recent or planned interactions
        for interaction in self._take(rng.randint(10, 14), today - 25 * day, today + 10 * day):
            start = interaction.starts_at.date()
            self._set(interaction, self._between(max(today, start + day), today + 13 * day))
        # later on
        for interaction in self._take(rng.randint(6, 9), today - 90 * day, today - day):
            self._set(interaction, self._between(today + 15 * day, today + 100 * day))
        # done, over the year
        for interaction in self._take(rng.randint(42, 52), today - YEAR * day, today - 20 * day):
            start = interaction.starts_at.date()
            due = self._between(start + 5 * day, min(start + 30 * day, today - day))
            done_day = self._between(start + day, min(due + 10 * day, today - day))
            done_at = datetime.combine(done_day, time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))))
            self._set(interaction, due, max(done_at, interaction.starts_at))

    def _take(self, count: int, first: date, last: date) -> list[PlannedInteraction]:
        pool = [i for i in self.candidates if i.follow_up is None and first <= i.starts_at.date() <= last]
        return sorted(self.rng.sample(pool, min(count, len(pool))), key=lambda i: i.starts_at)

    def _between(self, first: date, last: date) -> date:
        return _working_day_between(self.rng, first, last)

    def _set(self, interaction: PlannedInteraction, due: date, done_at: datetime | None = None) -> None:
        note = self.rng.choice(interaction.follow_up_notes)
        interaction.follow_up = PlannedFollowUp(due, note, done_at)
