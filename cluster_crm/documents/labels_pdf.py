"""Sheets of address labels for envelopes (A4, 2 × 7 or 3 × 7), each label an AFNOR block fitted in it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cluster_crm.documents.fonts import REGULAR, register_fonts
from cluster_crm.documents.pdf_layout import INK, language_tag
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.io.tabular_export import save_atomically
from cluster_crm.services.sheet_dto import LabelBatch

TITLE = QT_TRANSLATE_NOOP("Documents", "Address labels")
FONT_SIZE = 10.0  # points, the largest; a long block is set smaller to fit its label
SMALLEST_SIZE = 6.5
LEADING = 1.2  # times the font size


@dataclass(frozen=True)
class LabelSheet:
    """The geometry of a sheet of labels, in millimetres from the page's top-left corner."""

    columns: int
    rows: int
    label_width_mm: float
    label_height_mm: float
    top_mm: float  # page margin above the first row
    left_mm: float  # page margin left of the first column
    column_gap_mm: float = 0.0
    row_gap_mm: float = 0.0
    padding_mm: float = 5.0  # blank inside each label, all round

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def rectangle(self, index: int) -> tuple[float, float, float, float]:
        """The ``index``-th label of a page (row by row), as (x, y, width, height) in points from the
        bottom-left corner, as the PDF counts."""
        row, column = divmod(index % self.per_page, self.columns)
        x = (self.left_mm + column * (self.label_width_mm + self.column_gap_mm)) * mm
        top = (self.top_mm + row * (self.label_height_mm + self.row_gap_mm)) * mm
        return x, A4[1] - top - self.label_height_mm * mm, self.label_width_mm * mm, self.label_height_mm * mm


# Common sheets: Avery L7163 / Herma 4677 (99,1 × 38,1 mm) and Avery 3652 / Herma 4453 (70 × 42,3 mm).
LABEL_SHEETS = {
    14: LabelSheet(2, 7, 99.1, 38.1, top_mm=15.15, left_mm=4.65, column_gap_mm=2.5, padding_mm=5.0),
    21: LabelSheet(3, 7, 70.0, 42.3, top_mm=0.45, left_mm=0.0, padding_mm=6.0),
}


def write_labels(batch: LabelBatch, path: Path, sheet: LabelSheet = LABEL_SHEETS[14]) -> Path:
    """Write one label per address of ``batch``, row by row, as many pages as needed."""
    register_fonts()

    def build(target: Path) -> None:
        canvas = Canvas(str(target), pagesize=A4, lang=language_tag(), initialFontName=REGULAR)
        canvas.setTitle(translate("Documents", TITLE))
        canvas.setAuthor(batch.cluster_name)
        canvas.setSubject(translate("Documents", TITLE))
        canvas.setCreator("Cluster CRM")
        for page in _pages([label.lines for label in batch.labels], sheet.per_page):
            for index, lines in enumerate(page):
                draw_label(canvas, lines, sheet.rectangle(index), sheet.padding_mm * mm)
            canvas.showPage()
        canvas.save()

    save_atomically(path, build)
    return path


def _pages(blocks: Sequence[tuple[str, ...]], per_page: int) -> Iterator[Sequence[tuple[str, ...]]]:
    if not blocks:
        yield ()  # an empty sheet rather than a file with no page
    for start in range(0, len(blocks), per_page):
        yield blocks[start : start + per_page]


def draw_label(
    canvas: Canvas, lines: Sequence[str], rectangle: tuple[float, float, float, float], padding: float
) -> None:
    """The block left-aligned and centred vertically, set smaller when it would not fit."""
    x, y, width, height = rectangle
    size = fitted_size(lines, width - 2 * padding, height - 2 * padding)
    leading = size * LEADING
    block_height = leading * (len(lines) - 1) + size
    baseline = y + (height + block_height) / 2 - size * 0.8  # the first line's cap height at the top
    canvas.setFillColor(INK)
    canvas.setFont(REGULAR, size)
    for number, line in enumerate(lines):
        canvas.drawString(x + padding, baseline - number * leading, line)


def fitted_size(lines: Sequence[str], width: float, height: float) -> float:
    widest = max((stringWidth(line, REGULAR, FONT_SIZE) for line in lines), default=0.0)
    size = FONT_SIZE if widest <= width else FONT_SIZE * width / widest
    if lines:
        size = min(size, height / (LEADING * (len(lines) - 1) + 1))
    return max(SMALLEST_SIZE, min(FONT_SIZE, size))
