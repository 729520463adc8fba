"""What the funders' report on introductions holds: figures per period and group, with their definitions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cluster_crm.domain.numbers import count_text, euros_text, percent_text
from cluster_crm.domain.periods import Period
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate

NO_VALUE = "–"  # a rate or a median of nothing


@dataclass(frozen=True)
class ReportFigures:
    """The figures of one period, for the whole cluster or one group (see ``FIGURES`` for definitions)."""

    needs_received: int = 0
    proposals: int = 0
    introductions_made: int = 0
    made_and_concluded: int = 0  # of the introductions made in the period, concluded by the report date
    concluded: int = 0
    closed: int = 0
    amount_eur: int = 0
    median_days_to_conclusion: float | None = None

    @property
    def conversion_rate(self) -> float | None:
        """``made_and_concluded / introductions_made``; None when no introduction was made."""
        if not self.introductions_made:
            return None
        return self.made_and_concluded / self.introductions_made

    def value(self, key: str) -> int | float | None:
        """The figure named by a ``FigureText.key``."""
        return self.conversion_rate if key == "conversion_rate" else getattr(self, key)

    def text(self, key: str) -> str:
        """The figure as printed: « 5 », « 80 % », « 57 500 € », « 75 » (days), « – » when undefined."""
        value = self.value(key)
        if value is None:
            return NO_VALUE
        if key == "conversion_rate":
            return percent_text(value)
        if key == "amount_eur":
            return euros_text(value)
        return count_text(value)

    @property
    def is_empty(self) -> bool:
        return not (
            self.needs_received or self.proposals or self.introductions_made or self.concluded or self.closed
        )


@dataclass(frozen=True)
class GroupRow:
    """One contracting organisation (``organisation_id``) or one NAF section (``section``, "" if unknown)."""

    key: str
    label: str
    figures: ReportFigures
    organisation_id: int | None = None
    section: str | None = None


@dataclass(frozen=True)
class TrendPoint:
    period: Period
    label: str  # « 4e trimestre 2026 »
    short_label: str  # « T4 2026 », for a chart's axis
    needs_received: int
    introductions_made: int
    concluded: int


@dataclass(frozen=True)
class ConcludedIntroduction:
    id: int
    contracting_id: int
    contracting_name: str
    sme_id: int
    sme_name: str
    need_title: str
    outcome: str
    outcome_label: str
    amount_eur: int | None
    introduced_on: date | None
    concluded_on: date
    days: int | None  # from the introduction to its conclusion


@dataclass(frozen=True)
class SplitRow:
    """How many concluded introductions had this outcome (or closed ones this reason), and their amount."""

    key: str
    label: str
    count: int
    amount_eur: int = 0


@dataclass(frozen=True)
class FigureText:
    """A figure's name and its one-sentence definition, in the user's language."""

    key: str  # the attribute of ReportFigures (or "conversion_rate")
    label: str  # « Mises en relation réalisées »
    short_label: str  # for a column heading: « Réalisées »
    definition: str


@dataclass(frozen=True)
class IntroductionReport:
    cluster_name: str
    period: Period
    group_by: str  # "contracting" or "sector"
    group_title: str  # the heading of the groups' column
    generated_on: date
    is_complete: bool  # False while the period is not over: its figures are those known today
    totals: ReportFigures
    groups: tuple[GroupRow, ...]
    trend: tuple[TrendPoint, ...]  # the last periods of the same kind, oldest first, this one last
    concluded: tuple[ConcludedIntroduction, ...]  # concluded in the period, oldest first
    outcomes: tuple[SplitRow, ...]  # every outcome, even at zero
    close_reasons: tuple[SplitRow, ...]  # every reason, even at zero
    figures: tuple[FigureText, ...]

    def figure(self, key: str) -> FigureText:
        return next(f for f in self.figures if f.key == key)


GROUP_TITLES = {
    "contracting": QT_TRANSLATE_NOOP("Reports", "Contracting organisation"),
    "sector": QT_TRANSLATE_NOOP("Reports", "Sector (NAF section)"),
}
NO_SECTOR = QT_TRANSLATE_NOOP("Reports", "Not specified")
# The figures of a group's row, in the order the report and the app print them.
GROUP_COLUMNS = (
    "needs_received",
    "proposals",
    "introductions_made",
    "conversion_rate",
    "concluded",
    "closed",
    "amount_eur",
    "median_days_to_conclusion",
)


# In the order the report prints them: key, label, column heading, definition (read by the funder).
FIGURES: tuple[tuple[str, str, str, str], ...] = (
    (
        "needs_received",
        QT_TRANSLATE_NOOP("Reports", "Needs received"),
        QT_TRANSLATE_NOOP("Reports", "Needs"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Needs of contracting organisations recorded with a date of receipt in the period.",
        ),
    ),
    (
        "proposals",
        QT_TRANSLATE_NOOP("Reports", "Proposals"),
        QT_TRANSLATE_NOOP("Reports", "Proposed"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Introductions proposed in the period, whatever became of them.",
        ),
    ),
    (
        "introductions_made",
        QT_TRANSLATE_NOOP("Reports", "Introductions made"),
        QT_TRANSLATE_NOOP("Reports", "Made"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Introductions whose parties were put in touch in the period (after both agreed), "
            "even if they were later closed without result.",
        ),
    ),
    (
        "made_and_concluded",
        QT_TRANSLATE_NOOP("Reports", "Made and concluded to date"),
        QT_TRANSLATE_NOOP("Reports", "Of which concluded"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Among the introductions made in the period, those concluded by the date of the report.",
        ),
    ),
    (
        "conversion_rate",
        QT_TRANSLATE_NOOP("Reports", "Conversion rate"),
        QT_TRANSLATE_NOOP("Reports", "Conversion"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Introductions made in the period and concluded by the date of the report, divided by the "
            "introductions made in the period.",
        ),
    ),
    (
        "concluded",
        QT_TRANSLATE_NOOP("Reports", "Concluded in the period"),
        QT_TRANSLATE_NOOP("Reports", "Concluded"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Introductions concluded in the period (contract, partnership or other outcome), "
            "whenever they were made.",
        ),
    ),
    (
        "closed",
        QT_TRANSLATE_NOOP("Reports", "Closed without result"),
        QT_TRANSLATE_NOOP("Reports", "Closed"),
        QT_TRANSLATE_NOOP("Reports", "Introductions closed without result in the period."),
    ),
    (
        "amount_eur",
        QT_TRANSLATE_NOOP("Reports", "Contracts amount"),
        QT_TRANSLATE_NOOP("Reports", "Amount"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Sum of the amounts recorded for the introductions concluded in the period "
            "(an outcome without an amount counts for zero).",
        ),
    ),
    (
        "median_days_to_conclusion",
        QT_TRANSLATE_NOOP("Reports", "Median time to conclusion"),
        QT_TRANSLATE_NOOP("Reports", "Median days"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Median number of days from the introduction to its conclusion, for the introductions "
            "concluded in the period; those closed without result are not counted.",
        ),
    ),
)


def figure_texts() -> tuple[FigureText, ...]:
    return tuple(
        FigureText(
            key, translate("Reports", label), translate("Reports", short), translate("Reports", definition)
        )
        for key, label, short, definition in FIGURES
    )
