"""Reporting periods: parsing, bounds, French labels, the periods before, and clear refusals."""

from datetime import date

import pytest

from cluster_crm.domain.errors import InvalidValue
from cluster_crm.domain.periods import Period, PeriodKind, parse_period, period_containing

Q, M, Y = PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.YEAR


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2026-Q4", Q, date(2026, 10, 1), date(2027, 1, 1)),
        ("2026-q1", Q, date(2026, 1, 1), date(2026, 4, 1)),
        ("2026-T3", Q, date(2026, 7, 1), date(2026, 10, 1)),  # T for trimestre
        (" 2026Q2 ", Q, date(2026, 4, 1), date(2026, 7, 1)),
        ("2026-12", M, date(2026, 12, 1), date(2027, 1, 1)),
        ("2026-2", M, date(2026, 2, 1), date(2026, 3, 1)),
        ("2026", Y, date(2026, 1, 1), date(2027, 1, 1)),
    ],
)
def test_parsing_gives_the_calendar_bounds(text, kind, start, end):
    # WHEN a period is read from what the user typed
    period = parse_period(text)
    # THEN it runs from its first day to the day after its last
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert period.last_day == date.fromordinal(end.toordinal() - 1)
    # AND its code reads back to the same period
    assert parse_period(period.code) == period


@pytest.mark.parametrize(
    ("text", "label", "short"),
    [
        ("2026-Q4", "4e trimestre 2026", "T4 2026"),
        ("2026-Q1", "1er trimestre 2026", "T1 2026"),
        ("2026-12", "décembre 2026", "déc. 2026"),
        ("2026-08", "août 2026", "août 2026"),
        ("2026", "2026", "2026"),
    ],
)
def test_french_labels(text, label, short):
    period = parse_period(text)
    assert period.label("fr") == label
    assert period.short_label("fr") == short


def test_english_labels():
    assert parse_period("2026-Q4").label("en") == "4th quarter 2026"
    assert parse_period("2026-12").label("en") == "December 2026"


@pytest.mark.parametrize(
    ("text", "previous", "following"),
    [
        ("2026-Q1", "2025-Q4", "2026-Q2"),
        ("2026-Q4", "2026-Q3", "2027-Q1"),
        ("2026-01", "2025-12", "2026-02"),
        ("2026-12", "2026-11", "2027-01"),
        ("2026", "2025", "2027"),
    ],
)
def test_previous_and_next_cross_the_new_year(text, previous, following):
    period = parse_period(text)
    assert period.previous().code == previous
    assert period.next().code == following


def test_the_last_periods_end_with_this_one_oldest_first():
    # GIVEN the 1st quarter 2026
    period = parse_period("2026-Q1")
    # WHEN the trend asks for the last four quarters
    periods = period.last_periods(4)
    # THEN they are contiguous, oldest first, and end with it
    assert [p.code for p in periods] == ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]
    assert all(a.end == b.start for a, b in zip(periods, periods[1:], strict=False))
    assert period.last_periods(1) == [period]


@pytest.mark.parametrize(
    ("day", "kind", "code"),
    [
        (date(2026, 12, 31), Q, "2026-Q4"),
        (date(2026, 10, 1), Q, "2026-Q4"),
        (date(2026, 9, 30), Q, "2026-Q3"),
        (date(2026, 2, 28), M, "2026-02"),
        (date(2026, 7, 14), Y, "2026"),
    ],
)
def test_the_period_containing_a_day(day, kind, code):
    period = period_containing(day, kind)
    assert period.code == code
    assert period.contains(day)
    assert not period.contains(period.end) and period.contains(period.start)


def test_periods_sort_by_date():
    periods = [parse_period(t) for t in ("2026-Q3", "2025-Q4", "2026-Q1")]
    assert [p.code for p in sorted(periods)] == ["2025-Q4", "2026-Q1", "2026-Q3"]


@pytest.mark.parametrize(
    "text", ["2026-Q5", "2026-Q0", "2026-13", "2026-00", "26", "", "abc", "T4 2026", "9999"]
)
def test_a_bad_text_is_refused_with_what_is_expected(text):
    with pytest.raises(InvalidValue) as error:
        parse_period(text)
    # THEN the message names the text and gives examples of each kind
    message = error.value.message()
    assert "2026-Q4" in message and "2026-12" in message
    assert error.value.params["value"] == text.strip()


@pytest.mark.parametrize(("text", "kind"), [("2026-12", Q), ("2026-Q4", M), ("2026-Q4", Y), ("2026", Q)])
def test_a_period_of_another_kind_is_refused_when_one_kind_is_asked(text, kind):
    with pytest.raises(InvalidValue):
        parse_period(text, kind)
    assert isinstance(parse_period(text), Period)
