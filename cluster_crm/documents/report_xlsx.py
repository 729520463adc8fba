"""The funders' report as an XLSX workbook: figures with definitions, groups, trend, concluded, outcomes."""

from __future__ import annotations

from pathlib import Path

from cluster_crm.documents.report_texts import (
    CLOSE_REASON,
    CONCLUDED_ON,
    COUNT,
    DATES,
    NEED,
    OUTCOME,
    OUTCOME_COLUMN,
    PRINTED_ON,
    SME,
    TITLE,
    TOTAL,
)
from cluster_crm.domain.dates import long_date
from cluster_crm.i18n import QT_TRANSLATE_NOOP, current_language, translate
from cluster_crm.io.workbook import DECIMAL, EUROS, PERCENT, Formatted, Sheet, write_workbook
from cluster_crm.services.report_dto import GROUP_TITLES, IntroductionReport, ReportFigures

FIGURES_SHEET = QT_TRANSLATE_NOOP("Reports", "Figures")
TREND_SHEET = QT_TRANSLATE_NOOP("Reports", "Trend")
CONCLUDED_SHEET = QT_TRANSLATE_NOOP("Reports", "Concluded")
OUTCOMES_SHEET = QT_TRANSLATE_NOOP("Reports", "Outcomes")
FIGURE = QT_TRANSLATE_NOOP("Reports", "Figure")
VALUE = QT_TRANSLATE_NOOP("Reports", "Value")
DEFINITION = QT_TRANSLATE_NOOP("Reports", "Definition")
CLUSTER = QT_TRANSLATE_NOOP("Reports", "Cluster")
PERIOD = QT_TRANSLATE_NOOP("Reports", "Period")
PERIOD_START = QT_TRANSLATE_NOOP("Reports", "First day")
PERIOD_END = QT_TRANSLATE_NOOP("Reports", "Last day")
KIND = QT_TRANSLATE_NOOP("Reports", "Kind")
INTRODUCED_ON = QT_TRANSLATE_NOOP("Reports", "Introduced on")
DAYS = QT_TRANSLATE_NOOP("Reports", "Days to conclusion")

FORMATS = {"conversion_rate": PERCENT, "amount_eur": EUROS, "median_days_to_conclusion": DECIMAL}


def _tr(text: str) -> str:
    return translate("Reports", text)


def write_report_xlsx(report: IntroductionReport, path: Path) -> Path:
    """Write the workbook to ``path`` (atomically); ExportFailed when the file cannot be written."""
    return write_workbook(
        path,
        [_figures_sheet(report), _groups_sheet(report), _trend_sheet(report), _concluded_sheet(report)]
        + [_outcomes_sheet(report)],
    )


def _value(figures: ReportFigures, key: str) -> object:
    value = figures.value(key)
    return Formatted(value, FORMATS[key]) if key in FORMATS and value is not None else value


def _figures_sheet(report: IntroductionReport) -> Sheet:
    period = report.period
    dates = _tr(DATES).format(start=_long(period.start), end=_long(period.last_day))
    rows: list[list[object]] = [
        [_tr(CLUSTER), report.cluster_name, ""],
        [_tr(TITLE), report.period.label(), dates],
        [_tr(PERIOD_START), period.start, ""],
        [_tr(PERIOD_END), period.last_day, ""],
        [_tr(PRINTED_ON), report.generated_on, ""],
    ]
    rows += [[f.label, _value(report.totals, f.key), f.definition] for f in report.figures]
    return Sheet(_tr(FIGURES_SHEET), [_tr(FIGURE), _tr(VALUE), _tr(DEFINITION)], rows)


def _groups_sheet(report: IntroductionReport) -> Sheet:
    headers = [report.group_title] + [f.label for f in report.figures]
    rows: list[list[object]] = [
        [g.label] + [_value(g.figures, f.key) for f in report.figures] for g in report.groups
    ]
    rows.append([_tr(TOTAL)] + [_value(report.totals, f.key) for f in report.figures])
    return Sheet(report.group_title, headers, rows, bold_last_row=True)


def _trend_sheet(report: IntroductionReport) -> Sheet:
    labels = {f.key: f.label for f in report.figures}
    headers = [
        _tr(PERIOD),
        _tr(PERIOD_START),
        labels["needs_received"],
        labels["introductions_made"],
        labels["concluded"],
    ]
    rows = [
        [p.label, p.period.start, p.needs_received, p.introductions_made, p.concluded] for p in report.trend
    ]
    return Sheet(_tr(TREND_SHEET), headers, rows)


def _concluded_sheet(report: IntroductionReport) -> Sheet:
    headers = [
        _tr(CONCLUDED_ON),
        _tr(GROUP_TITLES["contracting"]),
        _tr(SME),
        _tr(NEED),
        _tr(OUTCOME_COLUMN),
        report.figure("amount_eur").short_label,
        _tr(INTRODUCED_ON),
        _tr(DAYS),
    ]
    rows = [
        [
            c.concluded_on,
            c.contracting_name,
            c.sme_name,
            c.need_title,
            c.outcome_label,
            c.amount_eur,
            c.introduced_on,
            c.days,
        ]
        for c in report.concluded
    ]
    return Sheet(_tr(CONCLUDED_SHEET), headers, rows, column_formats={5: EUROS})


def _outcomes_sheet(report: IntroductionReport) -> Sheet:
    amount = report.figure("amount_eur").short_label
    rows: list[list[object]] = [[_tr(OUTCOME), r.label, r.count, r.amount_eur] for r in report.outcomes]
    rows += [[_tr(CLOSE_REASON), r.label, r.count, None] for r in report.close_reasons]
    headers = [_tr(KIND), _tr(OUTCOME_COLUMN), _tr(COUNT), amount]
    return Sheet(_tr(OUTCOMES_SHEET), headers, rows, column_formats={3: EUROS})


def _long(day) -> str:  # noqa: ANN001 - a date
    return long_date(day, current_language())
