"""The house style of the PDF documents: A4 page, DejaVu styles, colours, footer with « Page 1 / 3 »."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cluster_crm.documents.fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from cluster_crm.i18n import QT_TRANSLATE_NOOP, current_language, translate
from cluster_crm.io.tabular_export import save_atomically

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FOOTER_HEIGHT = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
CELL_PADDING = 4  # points, left and right of a table cell
CELL_SIZE = 8  # points: the text of a table's cells
HEAD_SIZE = 7  # points: a table's headings

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
PRIMARY = colors.HexColor("#1f3a5f")  # made, headings
ACCENT = colors.HexColor("#2a9d8f")  # concluded
RULE = colors.HexColor("#cbd2d9")
PANEL = colors.HexColor("#f0f4f8")
ZEBRA = colors.HexColor("#f7f9fb")

PAGE_OF = QT_TRANSLATE_NOOP("Documents", "Page {page} / {pages}")
LANGUAGE_TAGS = {"fr": "fr-FR", "en": "en-GB"}


@dataclass(frozen=True)
class DocumentInfo:
    """What a PDF says about itself (its properties) and what its footer repeats on every page."""

    title: str
    author: str
    subject: str
    footer: str
    keywords: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK)

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "kicker": style("kicker", fontName=BOLD, fontSize=9, leading=12, textColor=ACCENT),
        "title": style("title", fontName=BOLD, fontSize=21, leading=26, textColor=PRIMARY),
        "subtitle": style("subtitle", fontSize=12.5, leading=17, textColor=INK),
        "meta": style("meta", fontSize=9, leading=12, textColor=MUTED),
        "meta_right": style("meta_right", fontSize=9, leading=12, textColor=MUTED, alignment=TA_RIGHT),
        "warning": style("warning", fontName=OBLIQUE, fontSize=9, leading=12, textColor=MUTED),
        "h2": style(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=PRIMARY,
            spaceBefore=14,
            spaceAfter=6,
        ),
        "figure_label": style("figure_label", fontSize=8, leading=10, textColor=INK),
        "figure_note": style("figure_note", fontSize=7, leading=9, textColor=MUTED),
        "cell": style("cell", fontSize=CELL_SIZE, leading=10),
        "cell_bold": style("cell_bold", fontName=BOLD, fontSize=CELL_SIZE, leading=10),
        "head": style("head", fontName=BOLD, fontSize=HEAD_SIZE, leading=8.5, textColor=colors.white),
        "head_right": style(
            "head_right",
            fontName=BOLD,
            fontSize=HEAD_SIZE,
            leading=8.5,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "small": style("small", fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=2),
        "empty": style("empty", fontName=OBLIQUE, fontSize=9, leading=12, textColor=MUTED),
    }


class OneLine(Flowable):
    """Text drawn on one line, shrunk to fit the width it is given.

    A paragraph would break « 1 867 000 € » at its narrow no-break spaces (U+202F), which reportlab
    takes for ordinary ones; the canvas draws them as they are."""

    def __init__(self, text: str, font: str, size: float, color: colors.Color, leading: float) -> None:
        super().__init__()
        self.text, self.font, self.size, self.color, self.leading = text, font, size, color, leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        natural = fitted_width(self.text, self.font, self.size, 0)
        if natural > available_width:
            self.size = self.size * available_width / natural
        self.width = available_width
        return available_width, self.leading

    def draw(self) -> None:
        self.canv.setFont(self.font, self.size)
        self.canv.setFillColor(self.color)
        self.canv.drawString(0, self.leading - self.size, self.text)


def fitted_width(text: str, font: str, size: float, padding: float = CELL_PADDING) -> float:
    """The width of a table column that holds ``text`` on one line, with its cell padding."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return stringWidth(text, font, size) + 2 * padding + 1


def language_tag() -> str:
    return LANGUAGE_TAGS.get(current_language(), "fr-FR")


def write_pdf(path: Path, story: Sequence[Flowable], info: DocumentInfo) -> Path:
    """Lay ``story`` out on A4 pages with the footer, and write it to ``path`` in one move."""
    register_fonts()

    def build(target: Path) -> None:
        document = BaseDocTemplate(
            str(target),
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
            initialFontName=REGULAR,  # else every page names Helvetica, a font the PDF does not embed
        )
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_HEIGHT,
            CONTENT_WIDTH,
            PAGE_HEIGHT - 2 * MARGIN - FOOTER_HEIGHT,
            0,
            0,
            0,
            0,
        )
        document.addPageTemplates([PageTemplate("page", frames=[frame])])
        document.build(list(story), canvasmaker=footed_canvas(info.footer))

    save_atomically(path, build)
    return path


def footed_canvas(footer: str) -> type[Canvas]:
    """A canvas class that writes ``footer`` and « Page n / N » at the foot of every page."""

    class FootedCanvas(Canvas):
        """Keeps every page until the end, so that each footer knows the number of pages."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, page in enumerate(self._pages, start=1):
                self.__dict__.update(page)
                self._draw_footer(number, len(self._pages))
                super().showPage()
            super().save()

        def _draw_footer(self, page: int, pages: int) -> None:
            y = MARGIN
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 4 * mm, PAGE_WIDTH - MARGIN, y + 4 * mm)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, y, footer)
            self.drawRightString(
                PAGE_WIDTH - MARGIN, y, translate("Documents", PAGE_OF).format(page=page, pages=pages)
            )
            self.restoreState()

    return FootedCanvas
