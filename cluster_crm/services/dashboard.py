"""The home dashboard: follow-ups due, dormant relationships, latest interactions, this month."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from cluster_crm.db.models import Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.enums import MembershipStatus
from cluster_crm.domain.interactions import InteractionKind, add_months
from cluster_crm.services.dto import DashboardView, DormantRelationship, MonthCounts
from cluster_crm.services.follow_ups import follow_up_view
from cluster_crm.services.interactions import timeline_entry

UPCOMING_DAYS = 14
RECENT = 15
DORMANT_MAX = 50


def dashboard(uow: UnitOfWork, today: date | None = None) -> DashboardView:
    today = today or uow.clock.today()
    with uow:
        due = uow.follow_ups.open_due(before=today + timedelta(days=UPCOMING_DAYS + 1))
        overdue = tuple(follow_up_view(f, today) for f in due if f.due_date < today)
        upcoming = tuple(follow_up_view(f, today) for f in due if f.due_date >= today)
        # Up to the end of today (a meeting just logged at "now", rounded up, is included);
        # the ones planned on later days are not "logged" yet.
        tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time())
        logged = uow.interactions.timeline(until=tomorrow, limit=RECENT)
        recent = tuple(timeline_entry(i) for i in logged)
        return DashboardView(
            today=today,
            overdue=overdue,
            upcoming=upcoming,
            dormant=tuple(dormant_relationships(uow, today)[:DORMANT_MAX]),
            recent=recent,
            month=_month_counts(uow, today),
        )


def dormant_relationships(uow: UnitOfWork, today: date) -> list[DormantRelationship]:
    """Organisations not met for longer than their "stay in touch" interval: members first, then
    the longest silence first (never contacted counts as the longest)."""
    rows = uow.session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.membership_status,
            Organisation.stay_in_touch_days,
            Organisation.last_contact_at,
        ).where(Organisation.stay_in_touch_days.is_not(None))
    )
    dormant = []
    for org_id, name, membership, interval, seen in rows:
        if seen is not None and (today - seen.date()).days <= interval:
            continue
        status = MembershipStatus(membership)
        dormant.append(
            DormantRelationship(
                organisation_id=org_id,
                name=name,
                membership_label=status.label,
                is_member=status is MembershipStatus.MEMBER,
                last_contact=seen.date() if seen else None,
                interval_days=interval,
            )
        )
    dormant.sort(key=lambda d: (not d.is_member, d.last_contact or date.min, d.name))
    return dormant


def _month_counts(uow: UnitOfWork, today: date) -> MonthCounts:
    start = datetime(today.year, today.month, 1)
    end = datetime.combine(add_months(start.date(), 1), datetime.min.time())
    interactions = uow.interactions
    return MonthCounts(
        interactions=interactions.count_between(start, end),
        meetings=interactions.count_between(start, end, InteractionKind.MEETING.value),
        events=interactions.count_between(start, end, InteractionKind.EVENT.value),
        follow_ups_done=uow.follow_ups.done_between(start, end),
        organisations_met=interactions.organisations_met_between(start, end),
    )
