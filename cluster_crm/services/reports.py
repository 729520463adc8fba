"""The funders' report on introductions: needs, introductions and outcomes of a period, per group."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.errors import InvalidValue
from cluster_crm.domain.introductions import CloseReason, IntroductionStatus, Outcome
from cluster_crm.domain.naf_sections import naf_section
from cluster_crm.domain.periods import Period
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.services.report_dto import (
    GROUP_TITLES,
    NO_SECTOR,
    ConcludedIntroduction,
    GroupRow,
    IntroductionReport,
    ReportFigures,
    SplitRow,
    TrendPoint,
    figure_texts,
)
from cluster_crm.services.report_queries import (
    IntroductionFacts,
    NeedFacts,
    Party,
    Window,
    introductions_dated_in,
    needs_received_in,
    trend_counts,
)
from cluster_crm.services.settings import CLUSTER_NAME

GROUPINGS = ("contracting", "sector")
TREND_PERIODS = 4
CONCLUDED = IntroductionStatus.CONCLUDED.value
CLOSED = IntroductionStatus.CLOSED.value


@dataclass
class _Group:
    key: str
    label: str
    sort_key: tuple
    organisation_id: int | None = None
    section: str | None = None
    needs: list[NeedFacts] = field(default_factory=list)
    introductions: list[IntroductionFacts] = field(default_factory=list)


def introduction_report(
    period: Period, uow: UnitOfWork, group_by: str = "contracting", today: date | None = None
) -> IntroductionReport:
    """The report of ``period`` as known on ``today``, one group per contracting organisation or sector.

    Each introduction counts as it stands today (a stage corrected later is counted as corrected),
    and only with the dates up to ``today``. Two queries read the needs and introductions dated in
    the period or the trend's earlier periods; everything is counted from them, so the totals, the
    groups and the trend agree."""
    if group_by not in GROUPINGS:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Errors", "Unknown grouping: {value} (expected contracting or sector)."),
            value=group_by,
        )
    today = today or uow.clock.today()
    trend_periods = period.last_periods(TREND_PERIODS)
    with uow:
        cluster_name = uow.settings.get(CLUSTER_NAME, "") or "Cluster"
        introductions = introductions_dated_in(_known(period, today), uow)
        needs = needs_received_in(_known(period, today), uow)
        trend = trend_counts([_known(p, today) for p in trend_periods], uow)

    def seen(day: date | None, within: Period) -> bool:
        return within.contains(day) and day is not None and day <= today

    def figures(
        group_needs: Iterable[NeedFacts], group_introductions: list[IntroductionFacts]
    ) -> ReportFigures:
        return _figures(period, group_needs, group_introductions, seen, today)

    grouping = _sector_group if group_by == "sector" else _organisation_group
    groups: dict[str, _Group] = {}
    for need in needs:
        if seen(need.received_on, period):
            _group_of(groups, grouping, need.organisation).needs.append(need)
    for introduction in introductions:
        dates = (introduction.proposed_on, introduction.introduced_on, introduction.ended_on)
        if any(seen(day, period) for day in dates):
            _group_of(groups, grouping, introduction.contracting).introductions.append(introduction)
    rows = [
        GroupRow(
            key=g.key,
            label=g.label,
            figures=figures(g.needs, g.introductions),
            organisation_id=g.organisation_id,
            section=g.section,
        )
        for g in sorted(groups.values(), key=lambda g: g.sort_key)
    ]
    concluded = sorted(
        (i for i in introductions if i.status == CONCLUDED and seen(i.ended_on, period)),
        key=lambda i: (i.ended_on, i.id),
    )
    closed = [i for i in introductions if i.status == CLOSED and seen(i.ended_on, period)]
    return IntroductionReport(
        cluster_name=cluster_name,
        period=period,
        group_by=group_by,
        group_title=translate("Reports", GROUP_TITLES[group_by]),
        generated_on=today,
        is_complete=today >= period.end,
        totals=figures(needs, introductions),
        groups=tuple(rows),
        trend=tuple(
            TrendPoint(p, p.label(), p.short_label(), needs_received, made, concluded_count)
            for p, (needs_received, made, concluded_count) in zip(trend_periods, trend, strict=True)
        ),
        concluded=tuple(_concluded_row(i) for i in concluded),
        outcomes=_split(Outcome, [i.outcome for i in concluded], [i.amount_eur for i in concluded]),
        close_reasons=_split(CloseReason, [i.close_reason for i in closed], [None] * len(closed)),
        figures=figure_texts(),
    )


def _known(period: Period, today: date) -> Window:
    """The days of ``period`` up to ``today``: what is known of it on the day of the report."""
    last = min(period.end, date.fromordinal(today.toordinal() + 1))
    return period.start, max(last, period.start)


def _figures(
    period: Period,
    needs: Iterable[NeedFacts],
    introductions: list[IntroductionFacts],
    seen: Callable[[date | None, Period], bool],
    today: date,
) -> ReportFigures:
    made = [i for i in introductions if seen(i.introduced_on, period)]
    concluded = [i for i in introductions if i.status == CONCLUDED and seen(i.ended_on, period)]
    days = [i.days_to_end for i in concluded if i.days_to_end is not None]
    return ReportFigures(
        needs_received=sum(1 for n in needs if seen(n.received_on, period)),
        proposals=sum(1 for i in introductions if seen(i.proposed_on, period)),
        introductions_made=len(made),
        made_and_concluded=sum(
            1 for i in made if i.status == CONCLUDED and i.ended_on is not None and i.ended_on <= today
        ),
        concluded=len(concluded),
        closed=sum(1 for i in introductions if i.status == CLOSED and seen(i.ended_on, period)),
        amount_eur=sum(i.amount_eur or 0 for i in concluded),
        median_days_to_conclusion=float(statistics.median(days)) if days else None,
    )


def _group_of(groups: dict[str, _Group], grouping: Callable[[Party], _Group], party: Party) -> _Group:
    group = grouping(party)
    return groups.setdefault(group.key, group)


def _organisation_group(party: Party) -> _Group:
    return _Group(
        key=f"organisation:{party.id}",
        label=party.name,
        sort_key=(party.sort_name, party.id),
        organisation_id=party.id,
    )


def _sector_group(party: Party) -> _Group:
    section = naf_section(party.naf_code)
    if section is None:
        return _Group(key="section:", label=translate("Reports", NO_SECTOR), sort_key=("~",), section="")
    return _Group(
        key=f"section:{section.letter}",
        label=section.title,
        sort_key=(section.letter,),
        section=section.letter,
    )


def _split(kind: type[Outcome] | type[CloseReason], keys: list[str | None], amounts: list[int | None]):
    counts = {member.value: 0 for member in kind}
    totals = {member.value: 0 for member in kind}
    for key, amount in zip(keys, amounts, strict=True):
        key = key if key in counts else kind.OTHER.value  # a value the rules never wrote counts as other
        counts[key] += 1
        totals[key] += amount or 0
    return tuple(SplitRow(m.value, m.label, counts[m.value], totals[m.value]) for m in kind)


def _concluded_row(i: IntroductionFacts) -> ConcludedIntroduction:
    assert i.ended_on is not None
    outcome = i.outcome if i.outcome in {o.value for o in Outcome} else Outcome.OTHER.value
    return ConcludedIntroduction(
        id=i.id,
        contracting_id=i.contracting.id,
        contracting_name=i.contracting.name,
        sme_id=i.sme_id,
        sme_name=i.sme_name,
        need_title=i.need_title,
        outcome=outcome,
        outcome_label=Outcome(outcome).label,
        amount_eur=i.amount_eur,
        introduced_on=i.introduced_on,
        concluded_on=i.ended_on,
        days=i.days_to_end,
    )
