"""The member directory as an A4 PDF: cover, contents, entries in two columns by group, index."""

from __future__ import annotations

from bisect import insort
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from cluster_crm.documents.fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from cluster_crm.documents.pdf_layout import (
    CONTENT_WIDTH,
    FOOTER_HEIGHT,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PRIMARY,
    RULE,
    DocumentInfo,
    footed_canvas,
    language_tag,
    styles,
)
from cluster_crm.domain.dates import long_date
from cluster_crm.domain.numbers import count_text
from cluster_crm.domain.text import fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.io.tabular_export import save_atomically
from cluster_crm.services.sheet_dto import Directory, DirectoryEntry

TITLE = QT_TRANSLATE_NOOP("Documents", "Members' directory")
PRINTED = QT_TRANSLATE_NOOP("Documents", "Published on {date}")
MEMBERS = QT_TRANSLATE_NOOP("Documents", "{count} member organisations")
ONE_MEMBER = QT_TRANSLATE_NOOP("Documents", "1 member organisation")
CONTENTS = QT_TRANSLATE_NOOP("Documents", "Contents")
INDEX = QT_TRANSLATE_NOOP("Documents", "Index of organisations")
PEOPLE_INDEX = QT_TRANSLATE_NOOP("Documents", "Index of people")
FOOTER = QT_TRANSLATE_NOOP("Documents", "{cluster} · Members' directory {year}")
MEMBER_SINCE = QT_TRANSLATE_NOOP("Documents", "member since {year}")
PHONE = QT_TRANSLATE_NOOP("Documents", "Tel.")
CAPABILITIES = QT_TRANSLATE_NOOP("Documents", "Capabilities:")
NO_MEMBER = QT_TRANSLATE_NOOP("Documents", "The cluster has no member organisation yet.")

COLUMN_GAP = 8 * mm
COLUMN_WIDTH = (CONTENT_WIDTH - COLUMN_GAP) / 2
BODY_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - FOOTER_HEIGHT
INDEX_ORGANISATIONS = "DirectoryIndex"
INDEX_PEOPLE = "DirectoryPeople"


def _tr(text: str) -> str:
    return translate("Documents", text)


def write_directory(directory: Directory, path: Path) -> Path:
    """Write the directory to ``path`` (atomically), laid out until contents and index agree."""
    register_fonts()
    footer = _tr(FOOTER).format(cluster=directory.cluster_name, year=directory.year)
    info = DocumentInfo(
        title=f"{_tr(TITLE)} {directory.year}",
        author=directory.cluster_name,
        subject=f"{_tr(TITLE)} {directory.year} – {directory.cluster_name}",
        footer=footer,
        keywords=(directory.cluster_name, str(directory.year)),
    )

    class CoverlessCanvas(footed_canvas(footer)):  # type: ignore[misc, valid-type]
        def _draw_footer(self, page: int, pages: int) -> None:
            if page > 1:
                super()._draw_footer(page, pages)

    def build(target: Path) -> None:
        document = _DirectoryDocument(str(target), info)
        document.multiBuild(directory_story(directory), canvasmaker=CoverlessCanvas)

    save_atomically(path, build)
    return path


class _DirectoryDocument(BaseDocTemplate):
    """One column for the cover, contents and index headings; two for the entries."""

    def __init__(self, filename: str, info: DocumentInfo) -> None:
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="Cluster CRM",
            keywords=list(info.keywords),
            lang=language_tag(),
            initialFontName=REGULAR,
        )
        bottom = MARGIN + FOOTER_HEIGHT
        single = Frame(MARGIN, bottom, CONTENT_WIDTH, BODY_HEIGHT, 0, 0, 0, 0, id="single")
        columns = [
            Frame(MARGIN + i * (COLUMN_WIDTH + COLUMN_GAP), bottom, COLUMN_WIDTH, BODY_HEIGHT, 0, 0, 0, 0)
            for i in range(2)
        ]
        self.addPageTemplates([PageTemplate("single", [single]), PageTemplate("columns", columns)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        page = self.page
        if title := getattr(flowable, "toc_title", None):
            self.notify("TOCEntry", (0, escape(title), page, None))
        for kind, terms in getattr(flowable, "index_terms", ()):
            for term in terms:
                self.notify(kind, (0, escape(term), page, None))


class _AlphabeticalIndex(TableOfContents):
    """A table of contents kept in folded alphabetical order: an index with page numbers."""

    def __init__(self, kind: str, style: ParagraphStyle) -> None:
        tight = TableStyle(
            [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("TOP", "BOTTOM", "LEFT", "RIGHT")]
            + [("FONT", (0, 0), (-1, -1), REGULAR, 8)]
        )
        super().__init__(notifyKind=kind, levelStyles=[style], dotsMinLevel=0, tableStyle=tight)

    def addEntry(self, level: int, text: str, pageNum: int, key: str | None = None) -> None:  # noqa: N802, N803
        insort(self._entries, (level, text, pageNum, key), key=lambda e: (fold(e[1]), e[2]))


def directory_story(directory: Directory) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = [*_cover(directory), NextPageTemplate("single"), PageBreak()]
    if not directory.groups:
        return [*story, Paragraph(escape(_tr(NO_MEMBER)), styles()["empty"])]
    font = TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 10)])  # else the PDF names Helvetica
    contents = TableOfContents(levelStyles=[s["toc"]], dotsMinLevel=0, tableStyle=font)
    story += [Paragraph(escape(_tr(CONTENTS)), s["part"]), contents, NextPageTemplate("columns"), PageBreak()]
    for group in directory.groups:
        heading = Paragraph(escape(group.title), s["group"])
        heading.toc_title = group.title  # type: ignore[attr-defined]
        entries = [_entry(entry) for entry in group.entries]
        story += [KeepTogether([heading, *entries[:1]]), *entries[1:]]
    story += _index(_tr(INDEX), INDEX_ORGANISATIONS)
    if any(entry.contacts for entry in directory.entries):
        story += _index(_tr(PEOPLE_INDEX), INDEX_PEOPLE)
    return story


def _index(title: str, kind: str) -> list[Flowable]:
    s = _styles()
    heading = Paragraph(escape(title), s["part"])
    heading.toc_title = title  # type: ignore[attr-defined]
    return [NextPageTemplate("columns"), PageBreak(), heading, _AlphabeticalIndex(kind, s["index"])]


def _cover(directory: Directory) -> list[Flowable]:
    s = _styles()
    count = len(directory.entries)
    members = _tr(ONE_MEMBER) if count == 1 else _tr(MEMBERS).format(count=count_text(count))
    return [
        Spacer(0, 62 * mm),
        Paragraph(escape(directory.cluster_name.upper()), s["cover_kicker"]),
        Spacer(0, 6 * mm),
        Paragraph(escape(_tr(TITLE)), s["cover_title"]),
        Paragraph(str(directory.year), s["cover_year"]),
        Spacer(0, 10 * mm),
        _Rule(40 * mm),
        Spacer(0, 6 * mm),
        *([Paragraph(escape(members), s["cover_meta"])] if count else []),
        Paragraph(escape(_tr(PRINTED).format(date=long_date(directory.printed_on))), s["cover_meta"]),
    ]


def _entry(entry: DirectoryEntry) -> Flowable:
    s = _styles()
    name = Paragraph(escape(entry.name), s["name"])
    name.index_terms = (  # type: ignore[attr-defined]
        (INDEX_ORGANISATIONS, [entry.name]),
        (INDEX_PEOPLE, [_index_name(p.name) for p in entry.contacts]),
    )
    detail = entry.kind_label
    if entry.member_since:
        detail += " · " + _tr(MEMBER_SINCE).format(year=entry.member_since.year)
    parts: list[Flowable] = [name, Paragraph(escape(detail), s["detail"])]
    if entry.address_lines:
        parts.append(Paragraph("<br/>".join(escape(line) for line in entry.address_lines), s["line"]))
    reach = [f"{_tr(PHONE)} {_unbroken(entry.phone)}" if entry.phone else "", entry.email, entry.website]
    parts += [Paragraph(escape(text), s["line"]) for text in reach if text]
    activity = [f"{entry.naf_code} – {entry.naf_label}" if entry.naf_label else entry.naf_code]
    activity.append(entry.headcount_label)
    if text := " · ".join(a for a in activity if a):
        parts.append(Paragraph(escape(text), s["muted"]))
    if entry.capabilities:
        text = f"<b>{escape(_tr(CAPABILITIES))}</b> {escape(entry.capabilities)}"
        parts.append(Paragraph(text, s["capabilities"]))
    for person in entry.contacts:
        role = person.role or person.job_title
        who = f"{person.civility_label} {person.name}".strip()
        text = f"<b>{escape(who)}</b>" + (f", {escape(role)}" if role else "")
        if person.phones:
            text += f" · {_unbroken(escape(person.phones[0]))}"
        parts.append(Paragraph(text, s["person"]))
    parts += [Spacer(0, 2 * mm), _Rule(COLUMN_WIDTH), Spacer(0, 3 * mm)]
    return KeepTogether(parts)


def _unbroken(phone: str) -> str:
    """A phone number is never broken across lines."""
    return phone.replace(" ", "\u00a0")


def _index_name(name: str) -> str:
    """« Claire Martin » → « Martin, Claire » (the surname is the last word)."""
    first, _, last = name.rpartition(" ")
    return f"{last}, {first}" if first else last


class _Rule(Flowable):
    def __init__(self, width: float) -> None:
        super().__init__()
        self.rule_width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return min(self.rule_width, available_width), 1

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0.5, min(self.rule_width, self.width if self.width else self.rule_width), 0.5)


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    body = s["body"]

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(f"directory-{name}", parent=body, **changes)

    return {
        "cover_kicker": style(
            "cover_kicker", fontName=BOLD, fontSize=13, leading=16, textColor=s["kicker"].textColor
        ),
        "cover_title": style("cover_title", fontName=BOLD, fontSize=34, leading=40, textColor=PRIMARY),
        "cover_year": style("cover_year", fontSize=34, leading=40, textColor=MUTED),
        "cover_meta": style("cover_meta", fontSize=11, leading=16, textColor=MUTED),
        "part": style("part", fontName=BOLD, fontSize=18, leading=22, textColor=PRIMARY, spaceAfter=8 * mm),
        "toc": style("toc", fontSize=10.5, leading=15, rightIndent=12 * mm),
        "index": style("index", fontSize=8, leading=10, rightIndent=8 * mm, spaceBefore=0.6 * mm),
        "group": style(
            "group",
            fontName=BOLD,
            fontSize=11.5,
            leading=14,
            textColor=PRIMARY,
            spaceBefore=2 * mm,
            spaceAfter=3 * mm,
        ),
        "name": style("name", fontName=BOLD, fontSize=10, leading=12.5, textColor=PRIMARY),
        "detail": style(
            "detail", fontName=OBLIQUE, fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=1.5 * mm
        ),
        "line": style("line", fontSize=8, leading=10),
        "muted": style("muted", fontSize=7.5, leading=10, textColor=MUTED),
        "capabilities": style("capabilities", fontSize=7.5, leading=9.5, spaceBefore=1.2 * mm),
        "person": style("person", fontSize=7.5, leading=9.5, spaceBefore=0.8 * mm),
    }
