"""What the animator logged along the demo's introductions: the e-mail that introduced the parties,
their first meeting (or the one planned), and the call that learnt the outcome."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from cluster_crm.db.models import Contact, Interaction, Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.demo import activity_data
from cluster_crm.demo.activity import ActivityPlan, PlannedInteraction, store_activity
from cluster_crm.demo.data import PROFILES
from cluster_crm.demo.data import introductions as data
from cluster_crm.demo.introduction_dates import Timeline, next_working_day
from cluster_crm.domain.interactions import InteractionKind

if TYPE_CHECKING:
    from cluster_crm.demo.cluster import _Org

LUNCH = (time(12, 30), time(14, 0))
PLANNED_WITHIN = 15  # an introduction made this many days ago at most has its meeting planned


@dataclass(frozen=True)
class Parties:
    """Indices of an introduction's organisations and people in the demo's plan."""

    contracting: int
    sme: int
    contracting_person: int
    sme_person: int


class IntroductionLog:
    """Plans the interactions of each introduction in free slots of the animator's days, then
    stores them with the rest of the activity."""

    def __init__(
        self,
        rng: random.Random,
        orgs: Sequence[_Org],
        staff: dict[int, list[int]],
        activity: ActivityPlan,
        today: date,
    ) -> None:
        self.rng, self.orgs, self.staff, self.today = rng, orgs, staff, today
        self.busy: dict[date, list[tuple[datetime, datetime]]] = {}
        for planned in activity.interactions:
            if planned.ends_at is not None:
                self.busy.setdefault(planned.starts_at.date(), []).append(
                    (planned.starts_at, planned.ends_at)
                )
        self.planned: list[tuple[PlannedInteraction, int]] = []  # with the introduction's id

    def log(
        self,
        spec: data.IntroductionSpec,
        timeline: Timeline,
        need_title: str,
        parties: Parties,
        introduction_id: int,
        objecting: set[int],
    ) -> None:
        """Once introduced: the e-mail that day, the meeting (held, or planned soon), the outcome call."""
        introduced = timeline.day_of("I")
        if introduced is None:
            return
        rng, p = self.rng, parties
        subject = need_title or spec.note.rstrip(".") or data.NO_NEED
        le_cd = _with_article(self.orgs[p.contracting].draft.name)
        fields = {
            "sme": spec.sme,
            "le_cd": le_cd,
            "Le_cd": le_cd[:1].upper() + le_cd[1:],
            "need": subject[:1].lower() + subject[1:],
            "core": PROFILES[self.orgs[p.sme].profile].core,
        }
        orgs, people = [p.contracting, p.sme], [p.contracting_person, p.sme_person]

        def add(
            kind: InteractionKind,
            day: date,
            minutes: int,
            subject: str,
            notes: str,
            orgs: list[int],
            people: list[int],
            place: str = "",
        ) -> None:
            subject = subject.format(**fields)
            self._plan(kind, day, minutes, subject, notes, introduction_id, orgs, people, place)

        email = rng.choice(data.INTRODUCTION_EMAIL_NOTES).format(**fields)
        add(InteractionKind.EMAIL, introduced, 0, data.INTRODUCTION_EMAIL, email, orgs=orgs, people=people)
        met = timeline.day_of("M")
        if met is None and not timeline.ended and introduced >= self.today - timedelta(days=PLANNED_WITHIN):
            met = next_working_day(self.today + timedelta(days=rng.randint(2, 10)))
        if met is not None:
            colleague = [w for w in self.staff[p.sme] if w not in people and w not in objecting][:1]
            attending = people + colleague if rng.random() < 0.4 else people
            if met < self.today:
                notes = f"{data.MEETING_NOTES[0]} {rng.choice(data.MEETING_NOTES[1:])}".format(**fields)
            else:
                notes = activity_data.PLANNED_NOTE if rng.random() < 0.5 else ""
            minutes = rng.choice((60, 90, 90, 120))
            place = self._place(p.contracting)
            add(
                InteractionKind.MEETING,
                met,
                minutes,
                data.MEETING,
                notes,
                orgs=orgs,
                people=attending,
                place=place,
            )
        concluded = timeline.day_of("C")
        if concluded is not None:
            outcome = data.OUTCOME_NOTES[spec.outcome or ""].format(**fields)
            notes = f"{outcome} {(spec.notes or {}).get('C', '')}".strip()
            who, org = rng.choice(((p.contracting_person, p.contracting), (p.sme_person, p.sme)))
            add(InteractionKind.CALL, concluded, 30, data.OUTCOME_CALL, notes, orgs=[org], people=[who])

    def store(
        self, organisations: Sequence[Organisation], contacts: Sequence[Contact], uow: UnitOfWork
    ) -> int:
        """Store them like the rest of the year's activity, then attach each to its introduction."""
        before = uow.session.scalar(select(func.max(Interaction.id))) or 0
        store_activity(ActivityPlan([p for p, _ in self.planned], []), organisations, contacts, uow)
        ids = {(p.starts_at, p.subject): introduction_id for p, introduction_id in self.planned}
        for interaction in uow.session.scalars(select(Interaction).where(Interaction.id > before)):
            interaction.introduction_id = ids[(interaction.starts_at, interaction.subject)]
        return len(self.planned)

    def _plan(
        self,
        kind: InteractionKind,
        day: date,
        minutes: int,
        subject: str,
        notes: str,
        introduction_id: int,
        orgs: list[int],
        people: list[int],
        place: str = "",
    ) -> None:
        starts_at = self._slot(day, minutes)
        planned = PlannedInteraction(
            kind=kind,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=minutes) if minutes else None,
            place=place,
            subject=subject,
            notes=notes,
            orgs=orgs,
            people=people,
        )
        self.planned.append((planned, introduction_id))

    def _slot(self, day: date, minutes: int) -> datetime:
        """A quarter-hour in business hours, clear of lunch and of that day's other appointments."""
        taken = self.busy.setdefault(day, [])
        length = timedelta(minutes=minutes)
        starts = []
        for n in range(4 * 9):
            start = datetime.combine(day, time(9, 0)) + timedelta(minutes=15 * n)
            end = start + length
            if end > datetime.combine(day, time(18, 0)):
                continue
            if minutes and start.time() < LUNCH[1] and end.time() > LUNCH[0]:
                continue
            if minutes and any(start < e and s < end for s, e in taken):
                continue
            starts.append(start)
        start = self.rng.choice(starts) if starts else datetime.combine(day, time(9, 0))
        if minutes:
            taken.append((start, start + length))
        return start

    def _place(self, contracting: int) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return self.orgs[contracting].draft.town
        return activity_data.VISIO if roll < 0.8 else activity_data.CCI_PLACE


def _with_article(name: str) -> str:
    """ "l'usine de Cléon", "le CHU de Rouen", "le Campus des métiers…", "Normandie Aérostructures"."""
    topics = activity_data.CONTRACTING_TOPICS.get(name)
    return topics.le if topics else activity_data.ARTICLES.get(name, "") + name
