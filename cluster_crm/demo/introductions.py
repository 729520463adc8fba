"""The demo's needs, introductions at every stage, objections and links between organisations.

Each introduction is proposed and moved along its path as the services record it: every move is
judged by the pipeline's rules (``check_status_change``), kept in the history, and schedules or
settles the check-ups with the service's own helper. The rows are built here, within the demo's one
transaction, because ``propose_introduction`` and ``change_status`` look everything up again and
build a view each time (about 19 queries a move: 2.4 s for the demo's introductions instead of
0.15 s); a test replays one introduction of each kind through the services and finds the same rows.
Links go through ``add_link`` itself, lent the demo's unit of work.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from cluster_crm.db.models import Contact, Introduction, IntroductionEvent, Need, Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.demo.activity import ActivityPlan
from cluster_crm.demo.data import industry_needs, links, needs
from cluster_crm.demo.data import introductions as data
from cluster_crm.demo.introduction_dates import Calendar, Timeline, working_day
from cluster_crm.demo.introduction_log import IntroductionLog, Parties
from cluster_crm.domain.enums import HeadcountBand
from cluster_crm.domain.introductions import (
    CloseReason,
    IntroductionStatus,
    Outcome,
    PipelineState,
    StatusChange,
    check_status_change,
)
from cluster_crm.domain.needs import NeedDraft, NeedStatus, clean_need
from cluster_crm.domain.relationships import LinkDraft, LinkKind
from cluster_crm.domain.text import fold
from cluster_crm.services import introductions as introduction_service
from cluster_crm.services.relationships import add_link

if TYPE_CHECKING:
    from cluster_crm.demo.cluster import _Org, _Person

SEED = 2028
OVERDUE_DAYS = 14  # check-ups due in the last two weeks are still to do; older ones were done
STAGES = {
    "A": IntroductionStatus.ACCEPTED,
    "I": IntroductionStatus.INTRODUCED,
    "M": IntroductionStatus.MEETING_HELD,
    "P": IntroductionStatus.IN_PROGRESS,
    "C": IntroductionStatus.CONCLUDED,
    "X": IntroductionStatus.CLOSED,
}
SALES = ("commercial", "affaires")  # whom an SME puts forward, before its head
NEEDS = needs.NEEDS + industry_needs.NEEDS


@dataclass(frozen=True)
class IntroductionsSummary:
    needs: int
    introductions: int
    links: int
    interactions: int
    check_ups: int


class _Within(UnitOfWork):
    """The demo's open unit of work lent to a service: entering and leaving it change nothing, and
    its commit is a flush (the demo commits once, at the end)."""

    def __init__(self, outer: UnitOfWork) -> None:
        vars(self).update(vars(outer))  # its open session and repositories

    def __enter__(self) -> _Within:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def commit(self) -> None:
        self.session.flush()


def store_introductions(
    orgs: Sequence[_Org],
    people: Sequence[_Person],
    activity: ActivityPlan,
    organisations: Sequence[Organisation],
    contacts: Sequence[Contact],
    uow: UnitOfWork,
    today: date,
) -> IntroductionsSummary:
    """Add the demo's objections, needs, introductions (with their check-ups and interactions) and
    links to the demo's open unit of work, after its organisations, people and year of activity."""
    return _Introductions(orgs, people, activity, organisations, contacts, uow, today).store()


class _Introductions:
    def __init__(
        self,
        orgs: Sequence[_Org],
        people: Sequence[_Person],
        activity: ActivityPlan,
        organisations: Sequence[Organisation],
        contacts: Sequence[Contact],
        uow: UnitOfWork,
        today: date,
    ) -> None:
        self.orgs, self.people, self.activity = orgs, people, activity
        self.organisations, self.contacts, self.uow = organisations, contacts, uow
        self.rng = random.Random(SEED)
        self.calendar = Calendar(today)
        self.today = today
        self.by_name = {o.draft.name: i for i, o in enumerate(orgs)}
        self.staff: dict[int, list[int]] = {i: [] for i in range(len(orgs))}  # the head first
        for who, person in enumerate(people):
            self.staff[person.links[0].org].append(who)
        self.objecting: set[int] = set()  # people who objected to being contacted
        self.introduced: dict[int, set[int]] = {}  # need id: the SMEs introduced for it
        self.log = IntroductionLog(self.rng, orgs, self.staff, activity, today)
        self.check_ups = 0

    def store(self) -> IntroductionsSummary:
        self._objections()
        timelines = [self.calendar.timeline(spec.path, spec.at) for spec in data.INTRODUCTIONS]
        stored_needs = self._needs(timelines)
        made: list[tuple[data.IntroductionSpec, Timeline, Introduction, Parties]] = []
        for spec, timeline in zip(data.INTRODUCTIONS, timelines, strict=True):
            need, need_spec = stored_needs[spec.need] if spec.need else (None, None)
            parties = self._parties(spec, need, need_spec)
            made.append((spec, timeline, self._introduce(spec, timeline, need, parties), parties))
        self.uow.flush()
        for spec, timeline, introduction, parties in made:
            self._settle_check_ups(introduction, timeline)
            title = introduction.need.title if introduction.need else ""
            self.log.log(spec, timeline, title, parties, introduction.id, self.objecting)
        for need, need_spec in stored_needs.values():
            self._close_need(need, need_spec, [(s, t) for s, t, i, _ in made if i.need is need])
        link_count = self._links(made)
        return IntroductionsSummary(
            needs=len(stored_needs),
            introductions=len(made),
            links=link_count,
            interactions=self.log.store(self.organisations, self.contacts, self.uow),
            check_ups=self.check_ups,
        )

    # objections

    def _objections(self) -> None:
        """An SME and a few people who objected to being solicited, each a few days after its last
        contact, and neither met again nor with a follow-up to do since."""
        seen_orgs: dict[int, date] = {}
        seen_people: dict[int, date] = {}
        busy_orgs: set[int] = {org for org, f in self.activity.organisation_follow_ups if f.done_at is None}
        busy_people: set[int] = set()
        for planned in self.activity.interactions:
            day = planned.starts_at.date()
            pending = day >= self.today or (
                planned.follow_up is not None and planned.follow_up.done_at is None
            )
            for org in planned.orgs:
                seen_orgs[org] = max(seen_orgs.get(org, date.min), day)
            for who in planned.people:
                seen_people[who] = max(seen_people.get(who, date.min), day)
            if pending:
                busy_orgs.update(planned.orgs)
                busy_people.update(planned.people)
        for name in data.OBJECTING_SMES:
            org = self.by_name[name]
            if org not in busy_orgs:
                self.organisations[org].objected_on = self._objection_day(seen_orgs.get(org))
                break
        for name, fragment in data.OBJECTING_CONTACTS:
            who = self._person(self.by_name[name], (fragment,), fallback=False)
            if who is None or who in busy_people or len(self.objecting) == data.OBJECTING_CONTACT_COUNT:
                continue
            self.contacts[who].objected_on = self._objection_day(seen_people.get(who))
            self.objecting.add(who)

    def _objection_day(self, last_seen: date | None) -> date:
        if last_seen is None:
            return self.calendar.past_working_day(self.today - timedelta(days=self.rng.randint(120, 300)))
        return self.calendar.past_working_day(last_seen + timedelta(days=self.rng.randint(1, 6)), last_seen)

    def _person(self, org: int, fragments: Sequence[str], fallback: bool = True) -> int | None:
        """The first of the organisation's people whose job title has one of ``fragments`` (or its
        head, with ``fallback``), leaving out those who objected to being contacted."""
        staff = [who for who in self.staff[org] if who not in self.objecting]
        for fragment in fragments:
            for who in staff:
                if fragment and fold(fragment) in fold(self.people[who].job_title):
                    return who
        return staff[0] if fallback and staff else None

    # needs

    def _needs(self, timelines: list[Timeline]) -> dict[str, tuple[Need, needs.NeedSpec]]:
        """Each need received on its day, or a few days before its first introduction if that came
        earlier."""
        first_proposal: dict[str, date] = {}
        for spec, timeline in zip(data.INTRODUCTIONS, timelines, strict=True):
            if spec.need:
                first_proposal[spec.need] = min(first_proposal.get(spec.need, date.max), timeline.proposed_on)
        stored = {}
        for spec in NEEDS:
            received, low = self.calendar.day(spec.received), self.calendar.floor(spec.received)
            if received > first_proposal.get(spec.key, date.max):
                received = first_proposal[spec.key] - timedelta(days=self.rng.randint(3, 12))
                low = date.min
            stored[spec.key] = (self._add_need(spec, self.calendar.past_working_day(received, low)), spec)
        self.uow.flush()
        return stored

    def _add_need(self, spec: needs.NeedSpec, received: date) -> Need:
        """Cleaned by the need form's rules and stored as ``add_need`` stores it (which checks the
        dates against the clock rather than the demo's day)."""
        org = self.by_name[spec.organisation]
        plan = self.orgs[org].draft
        who = self._person(org, (spec.contact,))
        low, high = spec.headcount or (None, None)
        deadline = max(self.today + timedelta(days=spec.deadline_in), received + timedelta(days=14))
        clean = clean_need(
            NeedDraft(
                organisation_id=self.organisations[org].id,
                title=spec.title,
                description=spec.description,
                keywords=spec.keywords,
                tags=list(spec.tags),
                naf_codes=spec.naf,
                headcount_min=HeadcountBand(low) if low else None,
                headcount_max=HeadcountBand(high) if high else None,
                town=spec.town,
                postcode=plan.postcode if spec.town == plan.town else "",
                max_distance_km=spec.distance_km,
                deadline=deadline,
                received_on=received,
                contact_id=self.contacts[who].id if who is not None else None,
            ),
            self.today,
        )
        need = Need(
            organisation=self.organisations[org],
            contact=self.contacts[who] if who is not None else None,
            title=clean.title,
            description=clean.description,
            keywords=clean.keywords,
            naf_codes=" ".join(clean.naf_codes),
            headcount_min=clean.headcount_min.value if clean.headcount_min else None,
            headcount_max=clean.headcount_max.value if clean.headcount_max else None,
            town=clean.town,
            postcode=clean.postcode,
            max_distance_km=clean.max_distance_km,
            deadline=clean.deadline,
            status=NeedStatus.OPEN.value,
            received_on=clean.received_on,
            tags=self.uow.tags.get_or_create(clean.tags),
        )
        self.uow.needs.add(need)
        return need

    def _close_need(
        self, need: Need, spec: needs.NeedSpec, ended: list[tuple[data.IntroductionSpec, Timeline]]
    ) -> None:
        """A satisfied need a few days after its last conclusion; an abandoned one on its day."""
        if spec.status == NeedStatus.OPEN.value:
            return
        last = max((t.last for _, t in ended if t.ended), default=need.received_on)
        if spec.status == NeedStatus.SATISFIED.value:
            concluded = [t.last for s, t in ended if s.outcome]
            day = max(concluded, default=last) + timedelta(days=self.rng.randint(1, 5))
        else:
            day = max(self.calendar.day(spec.abandoned), last + timedelta(days=self.rng.randint(7, 30)))
        need.status = spec.status
        need.status_on = self.calendar.past_working_day(day, need.received_on)

    # introductions

    def _parties(
        self, spec: data.IntroductionSpec, need: Need | None, need_spec: needs.NeedSpec | None
    ) -> Parties:
        contracting = self.by_name[need_spec.organisation if need_spec else spec.contracting]
        sme = self.by_name[spec.sme]
        fragments = (spec.contracting_contact or (need_spec.contact if need_spec else ""),)
        contracting_person = self._person(contracting, fragments)
        sme_person = self._person(sme, (spec.sme_contact,) if spec.sme_contact else SALES)
        assert contracting_person is not None and sme_person is not None
        return Parties(contracting, sme, contracting_person, sme_person)

    def _introduce(
        self, spec: data.IntroductionSpec, timeline: Timeline, need: Need | None, parties: Parties
    ) -> Introduction:
        """Proposed as ``propose_introduction`` records it, then moved along its path."""
        contracting, sme = self.organisations[parties.contracting], self.organisations[parties.sme]
        contracting_contact = self.contacts[parties.contracting_person]
        sme_contact = self.contacts[parties.sme_person]
        for party in (contracting, sme, contracting_contact, sme_contact):
            if party.objected_on is not None:
                raise ValueError(f"the demo introduces {party.id}, which objected to it")
        if need is not None:  # each SME once a need (read from the plan: no query, no autoflush)
            if sme.id in self.introduced.setdefault(need.id, set()):
                raise ValueError(f"the demo introduces {sme.name} twice for one need")
            self.introduced[need.id].add(sme.id)
        proposed = timeline.proposed_on
        introduction = Introduction(
            contracting=contracting,
            sme=sme,
            contracting_contact=contracting_contact,
            sme_contact=sme_contact,
            need=need,
            note=spec.note.strip(),
            status=IntroductionStatus.PROPOSED.value,
            proposed_on=proposed,
            status_on=proposed,
            history=[
                IntroductionEvent(
                    from_status=None, status=IntroductionStatus.PROPOSED.value, changed_on=proposed
                )
            ],
        )
        self.uow.introductions.add(introduction)
        notes = spec.notes or {}
        if not set(notes) <= set(timeline.letters):
            raise ValueError(f"notes of stages {spec.sme} never reaches: {sorted(notes)}")
        for letter, day in zip(timeline.letters[1:], timeline.days[1:], strict=True):
            change = StatusChange(STAGES[letter], changed_on=day, note=notes.get(letter, ""))
            if letter == "A":
                early = proposed + timedelta(days=self.rng.randint(0, (day - proposed).days))
                first, second = (early, day) if self.rng.random() < 0.6 else (day, early)
                change.contracting_agreed_on, change.sme_agreed_on = first, second
            elif letter == "C":
                change.outcome, change.amount_eur = Outcome(spec.outcome), spec.amount_eur
            elif letter == "X":
                change.close_reason = CloseReason(spec.reason)
            self._move(introduction, change)
        return introduction

    def _move(self, introduction: Introduction, change: StatusChange) -> None:
        """One step forward, judged and recorded as ``change_status`` does it."""
        state = PipelineState(
            status=IntroductionStatus(introduction.status),
            status_on=introduction.status_on,
            proposed_on=introduction.proposed_on,
            contracting_agreed_on=introduction.contracting_agreed_on,
            sme_agreed_on=introduction.sme_agreed_on,
        )
        clean = check_status_change(state, change, self.today)
        target, day = clean.status, clean.changed_on
        assert day is not None and target.rank > state.status.rank
        previous = introduction.status
        introduction.status = target.value
        introduction.status_on = day
        introduction.contracting_agreed_on = clean.contracting_agreed_on
        introduction.sme_agreed_on = clean.sme_agreed_on
        if target.is_introduced and introduction.introduced_on is None:
            introduction.introduced_on = day
            if not target.is_final:
                schedule = introduction_service.schedule_check_ups
                schedule(introduction, day, clean.check_up_months, self.uow)
        if target.is_final:
            introduction.ended_on = day
            introduction.outcome = clean.outcome.value if clean.outcome else None
            introduction.amount_eur = clean.amount_eur
            introduction.close_reason = clean.close_reason.value if clean.close_reason else None
            for follow_up in introduction.follow_ups:
                follow_up.done = True
        introduction.history.append(
            IntroductionEvent(from_status=previous, status=target.value, changed_on=day, note=clean.note)
        )

    def _settle_check_ups(self, introduction: Introduction, timeline: Timeline) -> None:
        """Check-ups due before the introduction ended (or more than two weeks ago) were done on
        their day; those still ahead when it ended were closed with it."""
        ended = timeline.last if timeline.ended else None
        for follow_up in introduction.follow_ups:
            self.check_ups += 1
            due = follow_up.due_date
            if ended is not None:
                day = working_day(due, due, ended) if due <= ended else ended
            elif due < self.today - timedelta(days=OVERDUE_DAYS):
                day = self.calendar.past_working_day(due + timedelta(days=self.rng.randint(0, 3)), due)
            else:
                continue
            follow_up.done = True
            follow_up.done_at = datetime.combine(
                day, time(self.rng.randint(9, 17), self.rng.choice((0, 15, 30, 45)))
            )

    # links

    def _links(self, made: list[tuple[data.IntroductionSpec, Timeline, Introduction, Parties]]) -> int:
        """The data's links, and those that came out of a contract or a partnership."""
        specs = list(links.LINKS)
        for spec, timeline, introduction, _ in made:
            if spec.outcome in (Outcome.CONTRACT.value, Outcome.PARTNERSHIP.value):
                kind = LinkKind.SUPPLIER_OF if spec.outcome == Outcome.CONTRACT.value else LinkKind.PARTNER_OF
                start = timeline.last.isoformat()
                specs.append(
                    links.LinkSpec(
                        spec.sme,
                        kind.value,
                        introduction.contracting.name,
                        start,
                        note=links.FROM_INTRODUCTION,
                    )
                )
        within = _Within(self.uow)
        for link in specs:
            draft = LinkDraft(
                organisation_id=self.organisations[self.by_name[link.organisation]].id,
                kind=LinkKind(link.kind),
                other_id=self.organisations[self.by_name[link.other]].id,
                start_date=date.fromisoformat(link.start),
                end_date=date.fromisoformat(link.end) if link.end else None,
                note=link.note,
            )
            add_link(draft, within)
        return len(specs)
