"""Reporting periods (month, quarter, year): parsing ``2026-Q4``, French labels, the periods before."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date

from cluster_crm.domain.enums import LabelledEnum
from cluster_crm.domain.errors import InvalidValue
from cluster_crm.i18n import QT_TRANSLATE_NOOP, current_language

_YEAR = r"(\d{4})"
_QUARTER = re.compile(rf"^{_YEAR}\s*-?\s*[QT]([1-4])$", re.IGNORECASE)  # T for trimestre
_MONTH = re.compile(rf"^{_YEAR}-(\d{{1,2}})$")
_YEAR_ONLY = re.compile(rf"^{_YEAR}$")
YEARS = (1900, 2999)  # beyond, a typing mistake rather than a report
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


class PeriodKind(LabelledEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def months(self) -> int:
        return {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[self]

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.MONTH: QT_TRANSLATE_NOOP("Labels", "Month"),
            cls.QUARTER: QT_TRANSLATE_NOOP("Labels", "Quarter"),
            cls.YEAR: QT_TRANSLATE_NOOP("Labels", "Year"),
        }


@dataclass(frozen=True, order=True)
class Period:
    """The days from ``start`` (included) to ``end`` (excluded): a calendar month, quarter or year."""

    start: date
    end: date
    kind: PeriodKind

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.end.toordinal() - 1)

    @property
    def code(self) -> str:
        """``2026-Q4``, ``2026-12`` or ``2026``: what ``parse_period`` reads back."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return str(self.start.year)

    def label(self, language: str | None = None) -> str:
        """« 4e trimestre 2026 », « décembre 2026 », « 2026 »."""
        return self._format({PeriodKind.MONTH: "LLLL y", PeriodKind.QUARTER: "QQQQ y"}, language)

    def short_label(self, language: str | None = None) -> str:
        """For the axis of a chart: « T4 2026 », « déc. 2026 », « 2026 »."""
        return self._format({PeriodKind.MONTH: "LLL y", PeriodKind.QUARTER: "QQQ y"}, language)

    def _format(self, patterns: dict[PeriodKind, str], language: str | None) -> str:
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        locale = _LOCALES.get(language or current_language(), "fr_FR")
        return format_date(self.start, patterns[self.kind], locale=locale)

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day < self.end

    def previous(self) -> Period:
        return period_containing(date.fromordinal(self.start.toordinal() - 1), self.kind)

    def next(self) -> Period:
        return period_containing(self.end, self.kind)

    def last_periods(self, count: int) -> list[Period]:
        """The ``count`` periods of this kind ending with this one, oldest first (for trends)."""
        periods = [self]
        while len(periods) < count:
            periods.append(periods[-1].previous())
        return periods[::-1]


def period_containing(day: date, kind: PeriodKind) -> Period:
    kind = PeriodKind(kind)
    first_month = (day.month - 1) // kind.months * kind.months + 1
    start = date(day.year, first_month, 1)
    return Period(start=start, end=_add_months(start, kind.months), kind=kind)


def parse_period(text: str, kind: PeriodKind | None = None) -> Period:
    """``2026-Q4`` (or ``2026-T4``), ``2026-12``, ``2026``; with ``kind``, only that kind is accepted.

    Raises InvalidValue with a sentence saying what is expected."""
    raw = (text or "").strip()
    period = _parse(raw)
    if period is None or (kind is not None and period.kind is not PeriodKind(kind)):
        raise InvalidValue(_EXPECTED[PeriodKind(kind) if kind else None], value=raw)
    return period


def _parse(raw: str) -> Period | None:
    year = raw[:4]
    if not year.isdigit() or not YEARS[0] <= int(year) <= YEARS[1]:
        return None
    if match := _QUARTER.match(raw):
        return period_containing(date(int(match[1]), int(match[2]) * 3, 1), PeriodKind.QUARTER)
    if (match := _MONTH.match(raw)) and 1 <= int(match[2]) <= 12:
        return period_containing(date(int(match[1]), int(match[2]), 1), PeriodKind.MONTH)
    if match := _YEAR_ONLY.match(raw):
        return period_containing(date(int(match[1]), 1, 1), PeriodKind.YEAR)
    return None


_EXPECTED = {
    None: QT_TRANSLATE_NOOP(
        "Errors", "Invalid period: {value} (expected a quarter 2026-Q4, a month 2026-12 or a year 2026)."
    ),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Errors", "Invalid quarter: {value} (expected e.g. 2026-Q4)."),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Errors", "Invalid month: {value} (expected e.g. 2026-12)."),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("Errors", "Invalid year: {value} (expected e.g. 2026)."),
}


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, day.day)
