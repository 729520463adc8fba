"""The contact sheets as A4 PDFs: an organisation's (identity, address, people, activity) and a person's."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from cluster_crm.documents.fonts import REGULAR
from cluster_crm.documents.pdf_layout import (
    CELL_PADDING,
    CELL_SIZE,
    CONTENT_WIDTH,
    MUTED,
    PANEL,
    PRIMARY,
    DocumentInfo,
    styles,
    write_pdf,
)
from cluster_crm.documents.sheet_tables import (
    DATES,
    EMAIL,
    ORGANISATION,
    PHONE,
    ROLE,
    TYPE,
    WARNING_HEX,
    cell,
    data_table,
    follow_ups_table,
    interactions_table,
    introductions_table,
    people_table,
    span,
)
from cluster_crm.domain.dates import long_date
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.services.sheet_dto import ContactSheet, OrganisationSheet

ORGANISATION_SHEET = QT_TRANSLATE_NOOP("Documents", "Organisation sheet")
PERSON_SHEET = QT_TRANSLATE_NOOP("Documents", "Person sheet")
FOOTER = QT_TRANSLATE_NOOP("Documents", "{cluster} · {document} · {name}")
PRINTED = QT_TRANSLATE_NOOP("Documents", "Printed on {date}")
SIRET = QT_TRANSLATE_NOOP("Documents", "SIRET")
SIREN = QT_TRANSLATE_NOOP("Documents", "SIREN")
NAF = QT_TRANSLATE_NOOP("Documents", "NAF code")
SECTOR = QT_TRANSLATE_NOOP("Documents", "Sector")
HEADCOUNT = QT_TRANSLATE_NOOP("Documents", "Headcount")
MEMBERSHIP = QT_TRANSLATE_NOOP("Documents", "Membership")
MEMBER_SINCE = QT_TRANSLATE_NOOP("Documents", "{status} since {date}")
ADDRESS = QT_TRANSLATE_NOOP("Documents", "Postal address")
WEBSITE = QT_TRANSLATE_NOOP("Documents", "Website")
OBJECTION = QT_TRANSLATE_NOOP("Documents", "Objected to being contacted on {date}: no prospection.")
CONTACTS = QT_TRANSLATE_NOOP("Documents", "Contacts")
FORMER_CONTACTS = QT_TRANSLATE_NOOP("Documents", "Former contacts")
TAGS = QT_TRANSLATE_NOOP("Documents", "Tags")
CAPABILITIES = QT_TRANSLATE_NOOP("Documents", "Capabilities")
DESCRIPTION = QT_TRANSLATE_NOOP("Documents", "Description")
INTERACTIONS = QT_TRANSLATE_NOOP("Documents", "Last interactions")
FOLLOW_UPS = QT_TRANSLATE_NOOP("Documents", "Open follow-ups")
INTRODUCTIONS = QT_TRANSLATE_NOOP("Documents", "Introductions")
LINKS = QT_TRANSLATE_NOOP("Documents", "Relationships")
ORGANISATIONS = QT_TRANSLATE_NOOP("Documents", "Organisations")

SECTION_START = 30 * mm  # a heading never ends a page: it keeps room for a few rows
LABEL_WIDTH = 27 * mm
WARNING = colors.HexColor(WARNING_HEX)
WARNING_PANEL = colors.HexColor("#fdf3e7")


def _tr(text: str) -> str:
    return translate("Documents", text)


def write_organisation_sheet(sheet: OrganisationSheet, path: Path) -> Path:
    org = sheet.organisation
    info = _info(_tr(ORGANISATION_SHEET), org.name, sheet.cluster_name)
    return write_pdf(path, organisation_story(sheet), info)


def write_contact_sheet(sheet: ContactSheet, path: Path) -> Path:
    info = _info(_tr(PERSON_SHEET), sheet.contact.name, sheet.cluster_name)
    return write_pdf(path, contact_story(sheet), info)


def _info(document: str, name: str, cluster: str) -> DocumentInfo:
    return DocumentInfo(
        title=f"{document} – {name}",
        author=cluster,
        subject=document,
        footer=_tr(FOOTER).format(cluster=cluster, document=document, name=name),
        keywords=(cluster, name),
    )


def organisation_story(sheet: OrganisationSheet) -> list[Flowable]:
    org = sheet.organisation
    membership = org.membership_label
    if org.member_since:
        membership = _tr(MEMBER_SINCE).format(status=membership, date=long_date(org.member_since))
    identity = [
        (_tr(SIRET), org.siret),
        (_tr(SIREN), org.siren),
        (_tr(NAF), f"{org.naf_code} – {org.naf_label}" if org.naf_label else org.naf_code),
        (_tr(SECTOR), sheet.sector),
        (_tr(HEADCOUNT), org.headcount_label),
        (_tr(MEMBERSHIP), membership),
    ]
    reach = [(_tr(PHONE), org.phone), (_tr(EMAIL), org.email), (_tr(WEBSITE), org.website)]
    story = _title_band(
        _tr(ORGANISATION_SHEET), org.name, sheet.cluster_name, sheet.printed_on, org.kind_label
    )
    if org.objected_on:
        story += [_objection(org.objected_on)]
    story += [_two_columns(_pairs(identity), [_address(sheet.address_block), _pairs(reach)])]
    story += _section(_tr(CONTACTS), people_table(sheet.contacts))
    if sheet.former_contacts:
        story += _section(_tr(FORMER_CONTACTS), people_table(sheet.former_contacts, former=True))
    words = [(_tr(TAGS), ", ".join(org.tags)), (_tr(CAPABILITIES), org.capabilities)]
    words.append((_tr(DESCRIPTION), org.description))
    for title, text in words:
        if text.strip():
            story += _section(title, _text(text))
    story += _section(_tr(INTERACTIONS), interactions_table(sheet.interactions))
    story += _section(_tr(FOLLOW_UPS), follow_ups_table(sheet.follow_ups))
    story += _section(_tr(INTRODUCTIONS), introductions_table(sheet.introductions))
    if sheet.links:
        rows = [
            [cell(link.label), cell(link.other_name, bold=True), cell(span(link.start_date, link.end_date))]
            for link in sheet.links
        ]
        story += _section(
            _tr(LINKS), data_table([_tr(TYPE), _tr(ORGANISATION), _tr(DATES)], rows, [50, 0, 45])
        )
    return story


def contact_story(sheet: ContactSheet) -> list[Flowable]:
    person = sheet.contact
    name = f"{person.civility_label} {person.name}".strip()
    story = _title_band(_tr(PERSON_SHEET), name, sheet.cluster_name, sheet.printed_on, person.job_title)
    if person.objected_on:
        story += [_objection(person.objected_on)]
    reach = [(_tr(EMAIL), "\n".join(person.emails)), (_tr(PHONE), "\n".join(person.phones))]
    current = [a for a in person.affiliations if a.current]
    main = current[0] if current else None
    identity = [
        (_tr(ORGANISATION), main.organisation_name if main else ""),
        (_tr(ROLE), " · ".join(dict.fromkeys(t for t in (person.job_title, main.role if main else "") if t))),
    ]
    right = [*_address(sheet.address_block), _pairs(reach)] if sheet.address_block else [_pairs(reach)]
    story += [_two_columns(_pairs(identity), right)]
    rows = [
        [
            cell(a.organisation_name, bold=a.current),
            cell(a.role),
            cell(span(a.start_date, a.end_date)),
        ]
        for a in person.affiliations
    ]
    story += _section(
        _tr(ORGANISATIONS), data_table([_tr(ORGANISATION), _tr(ROLE), _tr(DATES)], rows, [0, 60, 45])
    )
    story += _section(_tr(INTERACTIONS), interactions_table(sheet.interactions))
    story += _section(_tr(FOLLOW_UPS), follow_ups_table(sheet.follow_ups))
    story += _section(_tr(INTRODUCTIONS), introductions_table(sheet.introductions))
    return story


# --- pieces ---------------------------------------------------------------------------------------


def _title_band(document: str, name: str, cluster: str, printed_on, detail: str = "") -> list[Flowable]:  # noqa: ANN001
    """A dark band: the cluster and the kind of sheet above, the name, and the day it was printed."""
    s = styles()
    white = {"textColor": colors.white}
    kicker = Paragraph(escape(f"{cluster.upper()} · {document.upper()}"), _derived(s["kicker"], **white))
    title = Paragraph(escape(name), _derived(s["title"], **white))
    detail_text = Paragraph(escape(detail), _derived(s["subtitle"], **white))
    printed = Paragraph(
        escape(_tr(PRINTED).format(date=long_date(printed_on))), _derived(s["meta_right"], **white)
    )
    rows = [[kicker, ""], [title, ""], [detail_text, printed]]
    band = Table(rows, colWidths=[CONTENT_WIDTH - 60 * mm, 60 * mm])
    band.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 1), (1, 1)),
                ("BACKGROUND", (0, 0), (-1, -1), PRIMARY),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5 * mm),
                ("BOTTOMPADDING", (0, 2), (-1, 2), 5 * mm),
            ]
        )
    )
    return [band, Spacer(0, 5 * mm)]


def _derived(style: ParagraphStyle, **changes: object) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-sheet", parent=style, **changes)


def _objection(day) -> Flowable:  # noqa: ANN001 - a date
    text = Paragraph(f"<b>{escape(_tr(OBJECTION).format(date=long_date(day)))}</b>", styles()["body"])
    box = Table([[text]], colWidths=[CONTENT_WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("BACKGROUND", (0, 0), (-1, -1), WARNING_PANEL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, WARNING),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return KeepTogether([box, Spacer(0, 4 * mm)])


def _pairs(pairs: Sequence[tuple[str, str]]) -> Flowable:
    """Label and value on each line; empty values are left out."""
    s = styles()
    label_style = _derived(s["cell"], textColor=MUTED)
    rows = [
        [Paragraph(escape(label), label_style), Paragraph(escape(value).replace("\n", "<br/>"), s["cell"])]
        for label, value in pairs
        if value and value.strip()
    ]
    if not rows:
        return Spacer(0, 0)
    table = Table(rows, colWidths=[LABEL_WIDTH, None])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _address(lines: Sequence[str]) -> list[Flowable]:
    s = styles()
    label = Paragraph(escape(_tr(ADDRESS)), _derived(s["cell"], textColor=MUTED))
    block = Paragraph(
        "<br/>".join(escape(line) for line in lines), _derived(s["body"], fontSize=9, leading=11.5)
    )
    return [label, Spacer(0, 1 * mm), block, Spacer(0, 3 * mm)]


def _two_columns(left: Flowable, right: list[Flowable]) -> Table:
    gap = 8 * mm
    half = (CONTENT_WIDTH - gap) / 2
    table = Table([[left, "", right]], colWidths=[half, gap, half])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BACKGROUND", (2, 0), (2, 0), PANEL),
                ("LEFTPADDING", (2, 0), (2, 0), 4 * mm),
                ("TOPPADDING", (2, 0), (2, 0), 3 * mm),
                ("BOTTOMPADDING", (2, 0), (2, 0), 2 * mm),
            ]
        )
    )
    return table


def _section(title: str, body: Flowable) -> list[Flowable]:
    heading = Paragraph(escape(title), styles()["h2"])
    if isinstance(body, Table):
        return [CondPageBreak(SECTION_START), heading, body]
    return [KeepTogether([heading, body])]


def _text(text: str) -> Flowable:
    paragraphs = [escape(p.strip()[:1].upper() + p.strip()[1:]) for p in text.split("\n") if p.strip()]
    return Paragraph("<br/>".join(paragraphs), styles()["body"])
