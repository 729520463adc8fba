"""The funders' report on introductions as an A4 PDF: key figures, trend, groups, outcomes, definitions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from cluster_crm.documents.fonts import BOLD, REGULAR
from cluster_crm.documents.pdf_layout import (
    CELL_PADDING,
    CELL_SIZE,
    CONTENT_WIDTH,
    HEAD_SIZE,
    INK,
    PANEL,
    PRIMARY,
    RULE,
    ZEBRA,
    DocumentInfo,
    OneLine,
    fitted_width,
    styles,
    write_pdf,
)
from cluster_crm.documents.report_chart import trend_chart
from cluster_crm.documents.report_texts import (
    CLOSE_REASON,
    CONCLUDED_ON,
    COUNT,
    DATES,
    NEED,
    OUTCOME,
    OUTCOME_COLUMN,
    PRINTED,
    SME,
    TITLE,
    TOTAL,
)
from cluster_crm.domain.dates import long_date, short_date
from cluster_crm.domain.numbers import count_text, euros_text
from cluster_crm.domain.periods import PeriodKind
from cluster_crm.i18n import QT_TRANSLATE_NOOP, current_language, translate
from cluster_crm.services.report_dto import (
    GROUP_COLUMNS,
    GROUP_TITLES,
    NO_VALUE,
    IntroductionReport,
    ReportFigures,
)

IN_PROGRESS = QT_TRANSLATE_NOOP("Reports", "The period is not over: these are the figures known on {date}.")
KEY_FIGURES = QT_TRANSLATE_NOOP("Reports", "Key figures")
TREND = {
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Reports", "Trend over the last {count} quarters"),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Reports", "Trend over the last {count} months"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("Reports", "Trend over the last {count} years"),
}
BY_GROUP = {
    "contracting": QT_TRANSLATE_NOOP("Reports", "By contracting organisation"),
    "sector": QT_TRANSLATE_NOOP("Reports", "By sector of the contracting organisation"),
}
OUTCOMES = QT_TRANSLATE_NOOP("Reports", "Outcomes and reasons for closing")
CONCLUDED_LIST = QT_TRANSLATE_NOOP("Reports", "Introductions concluded in the period")
DAYS_COLUMN = QT_TRANSLATE_NOOP("Reports", "Days")
NONE_CONCLUDED = QT_TRANSLATE_NOOP("Reports", "No introduction was concluded in the period.")
NO_ACTIVITY = QT_TRANSLATE_NOOP("Reports", "No need nor introduction in the period.")
DEFINITIONS = QT_TRANSLATE_NOOP("Reports", "Definitions")
DAYS = QT_TRANSLATE_NOOP("Reports", "{days} days")
ONE_DAY = QT_TRANSLATE_NOOP("Reports", "1 day")
CONVERSION_NOTE = QT_TRANSLATE_NOOP("Reports", "{concluded} of {made} concluded to date")
FOOTER = QT_TRANSLATE_NOOP("Reports", "{cluster} · Introductions report · {period}")
SUBJECT = QT_TRANSLATE_NOOP("Reports", "Needs, introductions and their outcomes: {period}")
MADE_LEGEND = QT_TRANSLATE_NOOP("Reports", "Introductions made")
CONCLUDED_LEGEND = QT_TRANSLATE_NOOP("Reports", "Concluded")

FIGURE_SIZE = 19
TABLE_START = 40 * mm  # a heading, the table's heading row and a few rows
KEY_FIGURE_ORDER = (
    ("needs_received", "proposals", "introductions_made", "conversion_rate"),
    ("concluded", "amount_eur", "median_days_to_conclusion", "closed"),
)


def _tr(text: str) -> str:
    return translate("Reports", text)


def write_report_pdf(report: IntroductionReport, path: Path) -> Path:
    """Write the report to ``path`` (atomically); ExportFailed when the file cannot be written."""
    period = report.period.label()
    info = DocumentInfo(
        title=f"{_tr(TITLE)} – {period}",
        author=report.cluster_name,
        subject=_tr(SUBJECT).format(period=period),
        footer=_tr(FOOTER).format(cluster=report.cluster_name, period=period),
        keywords=(report.cluster_name, period),
    )
    return write_pdf(path, report_story(report), info)


def report_story(report: IntroductionReport) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        *_heading(report),
        Paragraph(escape(_tr(KEY_FIGURES)), s["h2"]),
        _key_figures(report),
    ]
    trend_title = _tr(TREND[report.period.kind]).format(count=len(report.trend))
    chart = trend_chart(report.trend, _tr(MADE_LEGEND), _tr(CONCLUDED_LEGEND), CONTENT_WIDTH)
    story += [KeepTogether([Paragraph(escape(trend_title), s["h2"]), chart])]
    # A long table may run over pages, but its heading never ends one: it needs room for a few rows.
    story += [CondPageBreak(TABLE_START), Paragraph(escape(_tr(BY_GROUP[report.group_by])), s["h2"])]
    story += [_groups_table(report)]
    story += [KeepTogether([Paragraph(escape(_tr(OUTCOMES)), s["h2"]), _splits(report)])]
    story += [CondPageBreak(TABLE_START), Paragraph(escape(_tr(CONCLUDED_LIST)), s["h2"])]
    story += [_concluded_table(report)]
    story += [KeepTogether(_definitions(report))]
    return story


def _heading(report: IntroductionReport) -> list[Flowable]:
    s = styles()
    period = report.period
    dates = _tr(DATES).format(start=_long(period.start), end=_long(period.last_day))
    left = [
        Paragraph(escape(report.cluster_name.upper()), s["kicker"]),
        Spacer(0, 1.5 * mm),
        Paragraph(escape(_tr(TITLE)), s["title"]),
        Spacer(0, 1 * mm),
        Paragraph(f"<b>{escape(_capitalised(period.label()))}</b>", s["subtitle"]),
        Paragraph(escape(_capitalised(dates)), s["meta"]),
    ]
    right = Paragraph(escape(_tr(PRINTED).format(date=_long(report.generated_on))), s["meta_right"])
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH - 50 * mm, 50 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
                ("LINEBELOW", (0, 0), (-1, 0), 2, PRIMARY),
            ]
        )
    )
    flowables: list[Flowable] = [table]
    if not report.is_complete:
        note = _tr(IN_PROGRESS).format(date=_long(report.generated_on))
        flowables += [Spacer(0, 2 * mm), Paragraph(escape(note), s["warning"])]
    return flowables


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _long(day) -> str:  # noqa: ANN001 - a date
    return long_date(day, current_language())


def _key_figures(report: IntroductionReport) -> Table:
    s = styles()
    totals = report.totals
    gap = 3 * mm
    width = (CONTENT_WIDTH - 3 * gap) / 4
    rows = []
    for keys in KEY_FIGURE_ORDER:
        cells = []
        for key in keys:
            figure = report.figure(key)
            value = _key_value(totals, key)
            content: list[Flowable] = [
                OneLine(value, BOLD, FIGURE_SIZE, PRIMARY, leading=FIGURE_SIZE * 1.2),
                Spacer(0, 1 * mm),
                Paragraph(escape(figure.label), s["figure_label"]),
            ]
            if key == "conversion_rate" and totals.introductions_made:
                note = _tr(CONVERSION_NOTE).format(
                    concluded=count_text(totals.made_and_concluded),
                    made=count_text(totals.introductions_made),
                )
                content.append(Paragraph(escape(note), s["figure_note"]))
            cells.append(content)
        rows.append(cells)
    # Cards are the odd columns; the even ones are the gaps between them.
    spaced = [[cell for pair in zip(row, [""] * 4, strict=True) for cell in pair][:-1] for row in rows]
    table = Table(spaced, colWidths=[width, gap] * 3 + [width], rowHeights=None)
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]
    for row in range(len(spaced)):
        for column in range(0, 7, 2):
            commands += [
                ("BACKGROUND", (column, row), (column, row), PANEL),
                ("LINEABOVE", (column, row), (column, row), 1.5, PRIMARY),
            ]
    table.setStyle(TableStyle(commands))
    return table


def _key_value(figures: ReportFigures, key: str) -> str:
    if key != "median_days_to_conclusion" or figures.median_days_to_conclusion is None:
        return figures.text(key)
    days = figures.median_days_to_conclusion
    return _tr(ONE_DAY) if days == 1 else _tr(DAYS).format(days=count_text(days))


def _groups_table(report: IntroductionReport) -> Flowable:
    s = styles()
    if not report.groups:
        return Paragraph(escape(_tr(NO_ACTIVITY)), s["empty"])
    headings = [report.figure(key).short_label for key in GROUP_COLUMNS]
    rows: list[list[object]] = [
        [Paragraph(escape(report.group_title), s["head"])]
        + [Paragraph(escape(text), s["head_right"]) for text in headings]
    ]
    for group in report.groups:
        rows.append(
            [Paragraph(escape(group.label), s["cell"]), *(group.figures.text(k) for k in GROUP_COLUMNS)]
        )
    rows.append(
        [Paragraph(escape(_tr(TOTAL)), s["cell_bold"]), *(report.totals.text(k) for k in GROUP_COLUMNS)]
    )
    # A figure column fits its values and its heading on two lines at most; the names take the rest.
    widths = [
        max(
            _two_lines_width(heading),
            *(fitted_width(row[column], BOLD, CELL_SIZE) for row in rows[1:]),
        )
        for column, heading in enumerate(headings, start=1)
    ]
    numbers = range(1, len(GROUP_COLUMNS) + 1)
    return _styled_table(rows, [CONTENT_WIDTH - sum(widths), *widths], numbers, total_row=True)


def _two_lines_width(heading: str) -> float:
    """The narrowest column width that sets ``heading`` on two lines at most."""
    words = heading.split()
    return min(
        max(
            fitted_width(" ".join(words[:cut]), BOLD, HEAD_SIZE),
            fitted_width(" ".join(words[cut:]), BOLD, HEAD_SIZE),
        )
        for cut in range(len(words) + 1)
    )


def _splits(report: IntroductionReport) -> Table:
    amount = report.figure("amount_eur").short_label
    outcome_rows: list[list[object]] = [_headings((_tr(OUTCOME), _tr(COUNT), amount), first_numeric=1)]
    outcome_rows += [[r.label, count_text(r.count), euros_text(r.amount_eur)] for r in report.outcomes]
    reason_rows: list[list[object]] = [_headings((_tr(CLOSE_REASON), _tr(COUNT)), first_numeric=1)]
    reason_rows += [[r.label, count_text(r.count)] for r in report.close_reasons]
    half = (CONTENT_WIDTH - 8 * mm) / 2
    left = _styled_table(outcome_rows, [half - 40 * mm, 16 * mm, 24 * mm], (1, 2))
    right = _styled_table(reason_rows, [half - 16 * mm, 16 * mm], (1,))
    outer = Table([[left, "", right]], colWidths=[half, 8 * mm, half])
    outer.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


def _concluded_table(report: IntroductionReport) -> Flowable:
    s = styles()
    if not report.concluded:
        return Paragraph(escape(_tr(NONE_CONCLUDED)), s["empty"])
    headings = (
        _tr(CONCLUDED_ON),
        report.group_title if report.group_by == "contracting" else _tr(GROUP_TITLES["contracting"]),
        _tr(SME),
        _tr(NEED),
        _tr(OUTCOME_COLUMN),
        report.figure("amount_eur").short_label,
        _tr(DAYS_COLUMN),
    )
    rows: list[list[object]] = [_headings(headings, first_numeric=5)]
    for item in report.concluded:
        rows.append(
            [
                short_date(item.concluded_on, current_language()),
                Paragraph(escape(item.contracting_name), s["cell"]),
                Paragraph(escape(item.sme_name), s["cell"]),
                Paragraph(escape(item.need_title), s["cell"]),
                Paragraph(escape(item.outcome_label), s["cell"]),
                euros_text(item.amount_eur) if item.amount_eur is not None else NO_VALUE,
                count_text(item.days) if item.days is not None else NO_VALUE,
            ]
        )

    def fitting(texts: Iterable[str], most: float) -> float:
        return min(most, max(fitted_width(t, REGULAR, CELL_SIZE) for t in texts))

    names = [(i.contracting_name, i.sme_name, i.outcome_label) for i in report.concluded]
    widths = [
        fitting(["00/00/0000"], 30 * mm),
        fitting([headings[1], *(n[0] for n in names)], 32 * mm),
        fitting([headings[2], *(n[1] for n in names)], 30 * mm),
        0,  # the need takes what is left
        fitting([headings[4], *(n[2] for n in names)], 23 * mm),
        fitting([str(row[5]) for row in rows[1:]] + ["000 000 €"], 30 * mm),
        fitted_width(headings[6], BOLD, HEAD_SIZE),
    ]
    widths[3] = CONTENT_WIDTH - sum(widths)
    return _styled_table(rows, widths, (5, 6))


def _headings(texts: Sequence[str], first_numeric: int) -> list[object]:
    s = styles()
    return [
        Paragraph(escape(text), s["head_right" if index >= first_numeric else "head"])
        for index, text in enumerate(texts)
    ]


def _definitions(report: IntroductionReport) -> list[Flowable]:
    s = styles()
    flowables: list[Flowable] = [Paragraph(escape(_tr(DEFINITIONS)), s["h2"])]
    for figure in report.figures:
        text = f"<b>{escape(figure.label)}</b> – {escape(figure.definition)}"
        flowables.append(Paragraph(text, s["small"]))
    return flowables


def _styled_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    numeric_columns: Iterable[int] = (),
    total_row: bool = False,
) -> Table:
    """A table with a coloured heading row, light rules, zebra rows and right-aligned numbers.

    Numbers are plain strings, not paragraphs: a paragraph would break « 57 500 € » at its
    narrow no-break space."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=1)
    last_body = len(rows) - (2 if total_row else 1)
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LINEBELOW", (0, 1), (-1, last_body), 0.3, RULE),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in numeric_columns]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, last_body + 1, 2)]
    if total_row:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 1, PRIMARY),
            ("FONT", (0, -1), (-1, -1), BOLD, CELL_SIZE),
        ]
    table.setStyle(TableStyle(commands))
    return table
