"""The demo cluster in a module-wide database, and PDF text read back, for the documents' tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from cluster_crm.db.database import Database, open_database
from cluster_crm.demo.cluster import load_demo
from tests.clock import pinned_clock


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(
        f"sqlite:///{tmp_path_factory.mktemp('documents') / 'demo.sqlite'}", None, pinned_clock()
    )
    load_demo(database.uow())
    yield database
    database.dispose()


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with every run of white space made one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def text_runs(page) -> list[tuple[float, float, str]]:  # noqa: ANN001 - a pypdf page
    """(x, y, text) of every piece of text drawn on ``page``, in points from its bottom-left corner."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return runs


def pdf_lines(path: Path, columns: int = 1) -> list[str]:
    """Each page's text rebuilt line by line from where it is drawn (top to bottom, left to right,
    column after column), so that dot leaders and page numbers drawn apart end up beside their titles."""
    pages = []
    for page in PdfReader(path).pages:
        width = float(page.mediabox.width)
        lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
        for x, y, text in text_runs(page):
            column = min(columns - 1, int(x * columns // width))
            lines.setdefault((column, -round(y)), []).append((x, text))
        ordered = [" ".join(t for _, t in sorted(lines[key])) for key in sorted(lines)]
        pages.append(" ".join(" ".join(ordered).split()))
    return pages


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font the PDF names, and whether it is embedded."""
    fonts = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descendant["/FontDescriptor"].get_object()
    return fonts
