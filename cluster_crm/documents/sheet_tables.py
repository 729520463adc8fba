"""The tables of the contact sheets: people, interactions, follow-ups, introductions, and their style."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from cluster_crm.documents.fonts import REGULAR
from cluster_crm.documents.pdf_layout import (
    CELL_PADDING,
    CELL_SIZE,
    CONTENT_WIDTH,
    INK,
    PRIMARY,
    RULE,
    ZEBRA,
    fitted_width,
    styles,
)
from cluster_crm.domain.dates import short_date
from cluster_crm.i18n import QT_TRANSLATE_NOOP, current_language, translate
from cluster_crm.services.dto import FollowUpView, TimelineEntry
from cluster_crm.services.introduction_dto import IntroductionRow
from cluster_crm.services.sheet_dto import SheetPerson

NAME = QT_TRANSLATE_NOOP("Documents", "Name")
ROLE = QT_TRANSLATE_NOOP("Documents", "Job title and role")
SINCE = QT_TRANSLATE_NOOP("Documents", "since {date}")
UNTIL = QT_TRANSLATE_NOOP("Documents", "until {date}")
NO_CONTACT_MARK = QT_TRANSLATE_NOOP("Documents", "does not wish to be contacted")
DATE = QT_TRANSLATE_NOOP("Documents", "Date")
TYPE = QT_TRANSLATE_NOOP("Documents", "Type")
SUBJECT = QT_TRANSLATE_NOOP("Documents", "Subject")
WITH = QT_TRANSLATE_NOOP("Documents", "With")
DUE = QT_TRANSLATE_NOOP("Documents", "Due")
NOTE = QT_TRANSLATE_NOOP("Documents", "Note")
ABOUT = QT_TRANSLATE_NOOP("Documents", "About")
STAGE = QT_TRANSLATE_NOOP("Documents", "Stage")
PARTIES = QT_TRANSLATE_NOOP("Documents", "Contracting organisation ↔ SME")
NEED = QT_TRANSLATE_NOOP("Documents", "Need")
ORGANISATION = QT_TRANSLATE_NOOP("Documents", "Organisation")
DATES = QT_TRANSLATE_NOOP("Documents", "Dates")
NONE = QT_TRANSLATE_NOOP("Documents", "Nothing to show.")
OTHERS = QT_TRANSLATE_NOOP("Documents", "{names} and {count} others")
OVERDUE = QT_TRANSLATE_NOOP("Documents", "overdue")
PHONE = QT_TRANSLATE_NOOP("Documents", "Phone")
EMAIL = QT_TRANSLATE_NOOP("Documents", "E-mail")
WARNING_HEX = "#b54708"  # orange: overdue, objections


def _tr(text: str) -> str:
    return translate("Documents", text)


def short_day(day) -> str:  # noqa: ANN001 - a date
    return short_date(day, current_language())


def few_names(names: str, most: int = 6) -> str:
    """The first few of a long list of participants, and how many more."""
    parts = [p for p in names.split(", ") if p]
    if len(parts) <= most + 1:
        return names
    return _tr(OTHERS).format(names=", ".join(parts[:most]), count=len(parts) - most)


def cell(text: str, bold: bool = False) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()["cell_bold" if bold else "cell"])


def span(start, end) -> str:  # noqa: ANN001 - dates
    parts = []
    if start:
        parts.append(_tr(SINCE).format(date=short_day(start)))
    if end:
        parts.append(_tr(UNTIL).format(date=short_day(end)))
    return " ".join(parts)


def people_table(people: Sequence[SheetPerson], former: bool = False) -> Flowable:
    rows = []
    for person in people:
        name = f"{person.civility_label} {person.name}".strip()
        role = " · ".join(dict.fromkeys(t for t in (person.job_title, person.role) if t))
        if former:
            role = " – ".join(t for t in (role, span(person.start_date, person.end_date)) if t)
        if person.objected:
            role = f"{role}\n({_tr(NO_CONTACT_MARK)})" if role else f"({_tr(NO_CONTACT_MARK)})"
        rows.append(
            [cell(name, bold=True), cell(role), "\n".join(person.phones), cell("\n".join(person.emails))]
        )
    emails = [e for p in people for e in p.emails]
    email_width = min(70 * mm, max((fitted_width(e, REGULAR, CELL_SIZE) for e in emails), default=30 * mm))
    widths = [47, 0, 26, max(30, email_width / mm)]
    return data_table([_tr(NAME), _tr(ROLE), _tr(PHONE), _tr(EMAIL)], rows, widths)


def interactions_table(entries: Sequence[TimelineEntry]) -> Flowable:
    rows = [
        [
            short_day(e.starts_at.date()),
            cell(e.kind_label),
            cell(e.subject, bold=True),
            cell(few_names(e.participants)),
        ]
        for e in entries
    ]
    return data_table([_tr(DATE), _tr(TYPE), _tr(SUBJECT), _tr(WITH)], rows, [20, 22, 0, 60])


def follow_ups_table(follow_ups: Sequence[FollowUpView]) -> Flowable:
    rows = []
    for f in follow_ups:
        due = escape(short_day(f.due_date))
        if f.overdue:
            due += f'<br/><font color="{WARNING_HEX}"><b>{escape(_tr(OVERDUE))}</b></font>'
        rows.append([Paragraph(due, styles()["cell"]), cell(f.note or f.interaction_subject), cell(f.about)])
    return data_table([_tr(DUE), _tr(NOTE), _tr(ABOUT)], rows, [22, 0, 60])


def introductions_table(introductions: Sequence[IntroductionRow]) -> Flowable:
    rows = [
        [
            cell(f"{i.status_label}\n{short_day(i.status_on)}" if i.status_on else i.status_label),
            cell(f"{i.contracting_name} ↔ {i.sme_name}", bold=True),
            cell(i.need_title),
        ]
        for i in introductions
    ]
    return data_table([_tr(STAGE), _tr(PARTIES), _tr(NEED)], rows, [28, 70, 0])


def data_table(headings: Sequence[str], rows: list[list[object]], widths_mm: Sequence[float]) -> Flowable:
    """A table with a coloured heading row repeated on every page, zebra rows and light rules.

    A width of 0 takes what the others leave."""
    s = styles()
    if not rows:
        return Paragraph(escape(_tr(NONE)), s["empty"])
    widths = [w * mm for w in widths_mm]
    rest = CONTENT_WIDTH - sum(widths)
    widths = [w or rest for w in widths]
    heading = [Paragraph(escape(text), s["head"]) for text in headings]
    table = Table([heading, *rows], colWidths=widths, repeatRows=1)
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(rows) + 1, 2)]
    table.setStyle(TableStyle(commands))
    return table
