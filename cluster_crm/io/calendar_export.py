"""Interactions and open follow-ups as an iCalendar file (.ics) for Outlook, Thunderbird and others.

Stored times are naive local times in Paris: each event carries ``TZID=Europe/Paris`` and the file
holds the matching VTIMEZONE. That VTIMEZONE is written with yearly RRULEs (last Sundays of March and
October), the form Outlook and Thunderbird write themselves and the only one Outlook reads reliably;
should the tz database no longer follow that rule over the exported years (say the EU drops daylight
saving time), the VTIMEZONE is built from the tz database instead, with icalendar's ``from_tzid``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from cluster_crm import __version__
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.io.tabular_export import save_atomically

if TYPE_CHECKING:
    from cluster_crm.services.dto import FollowUpView
    from cluster_crm.services.exports import InteractionExportRow

TZID = "Europe/Paris"
PARIS = ZoneInfo(TZID)
DEFAULT_DURATION = timedelta(hours=1)
REMINDER_AFTER_MIDNIGHT = timedelta(hours=9)  # the follow-up's reminder rings at 9:00 on its day
PRODID = f"-//Cluster CRM//Cluster CRM {__version__}//FR"


def write_ics(
    path: Path | str,
    interactions: Sequence[InteractionExportRow],
    follow_ups: Sequence[FollowUpView],
    calendar_name: str = "Cluster CRM",
    *,
    stamp: datetime,
) -> Path:
    """Write one timed event per interaction and one all-day event per follow-up to ``path``."""
    path = Path(path)
    data = calendar_bytes(interactions, follow_ups, calendar_name, stamp=stamp)
    save_atomically(path, lambda tmp: tmp.write_bytes(data))
    return path


def calendar_bytes(
    interactions: Sequence[InteractionExportRow],
    follow_ups: Sequence[FollowUpView],
    calendar_name: str = "Cluster CRM",
    *,
    stamp: datetime,
) -> bytes:
    stamp = stamp.astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-timezone", TZID)
    years = [i.starts_at.year for i in interactions] + [f.due_date.year for f in follow_ups]
    first, last = (min(years), max(years)) if years else (stamp.year,) * 2
    calendar.add_component(paris_timezone(first, last + 1))
    for interaction in interactions:
        calendar.add_component(interaction_event(interaction, stamp))
    for follow_up in follow_ups:
        calendar.add_component(follow_up_event(follow_up, stamp))
    return calendar.to_ical()


def interaction_event(row: InteractionExportRow, stamp: datetime) -> Event:
    starts_at = row.starts_at.replace(tzinfo=PARIS)
    ends_at = row.ends_at.replace(tzinfo=PARIS) if row.ends_at else None
    if ends_at is None or ends_at <= starts_at:
        ends_at = starts_at + DEFAULT_DURATION
    event = Event()
    event.add("uid", f"interaction-{row.id}@cluster-crm")
    event.add("dtstamp", stamp)
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("summary", _summary(row.kind_label, row.subject or row.participants))
    if row.place:
        event.add("location", row.place)
    description = _description(row)
    if description:
        event.add("description", description)
    event.add("categories", [row.kind_label])
    return event


def follow_up_event(follow_up: FollowUpView, stamp: datetime) -> Event:
    label = _tr(QT_TRANSLATE_NOOP("Exports", "Follow-up"))
    what = " — ".join(p for p in (follow_up.note, follow_up.about) if p)
    summary = _summary(label, what)
    event = Event()
    event.add("uid", f"follow-up-{follow_up.id}@cluster-crm")
    event.add("dtstamp", stamp)
    event.add("dtstart", follow_up.due_date)
    event.add("dtend", follow_up.due_date + timedelta(days=1))
    event.add("summary", summary)
    lines = [follow_up.about] if follow_up.about else []
    if follow_up.interaction_subject:
        lines.append(
            _tr(QT_TRANSLATE_NOOP("Exports", "Following: {subject}")).format(
                subject=follow_up.interaction_subject
            )
        )
    if lines:
        event.add("description", "\n".join(lines))
    event.add("categories", [label])
    event.add("transp", "TRANSPARENT")  # a reminder does not make the day busy
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", REMINDER_AFTER_MIDNIGHT)  # relative to the start of the day
    event.add_component(alarm)
    return event


def paris_timezone(first_year: int, last_year: int) -> Timezone:
    """The VTIMEZONE of Europe/Paris, valid at least from ``first_year`` through ``last_year``."""
    if _follows_eu_rule(range(first_year, last_year + 1)):
        return _eu_rule_timezone()
    return Timezone.from_tzid(TZID, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1))


def _eu_rule_timezone() -> Timezone:
    timezone = Timezone()
    timezone.add("tzid", TZID)
    timezone.add("x-lic-location", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    summer.add("dtstart", datetime(1970, 3, 29, 2, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("dtstart", datetime(1970, 10, 25, 3, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    timezone.add_component(summer)
    timezone.add_component(winter)
    return timezone


def _follows_eu_rule(years: Iterable[int]) -> bool:
    """Does the tz database put Paris at +1 h, and at +2 h from March's to October's last Sunday?"""
    hour = timedelta(hours=1)
    for year in years:
        spring, autumn = _last_sunday(year, 3), _last_sunday(year, 10)
        expected = [
            (datetime(year, 1, 15, 12), hour),
            (datetime.combine(spring, time(1, 59)), hour),
            (datetime.combine(spring, time(3, 0)), 2 * hour),
            (datetime(year, 7, 15, 12), 2 * hour),
            (datetime.combine(autumn, time(1, 59)), 2 * hour),
            (datetime.combine(autumn, time(3, 0)), hour),
            (datetime(year, 12, 15, 12), hour),
        ]
        if any(moment.replace(tzinfo=PARIS).utcoffset() != offset for moment, offset in expected):
            return False
    return True


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, 31)  # March and October both have 31 days
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _summary(label: str, text: str) -> str:
    if not text:
        return label
    return _tr(QT_TRANSLATE_NOOP("Exports", "{label}: {text}")).format(label=label, text=text)


def _description(row: InteractionExportRow) -> str:
    parts = []
    if row.participants:
        parts.append(
            _tr(QT_TRANSLATE_NOOP("Exports", "Participants: {names}")).format(names=row.participants)
        )
    if row.notes:
        parts.append(row.notes)
    if row.follow_ups:
        parts.append(_tr(QT_TRANSLATE_NOOP("Exports", "Follow-ups: {list}")).format(list=row.follow_ups))
    return "\n\n".join(parts)


def _tr(text: str) -> str:
    return translate("Exports", text)
