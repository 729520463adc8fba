"""Print a PDF file on a QPrinter: each page rendered by QtPdf and painted at its true size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.progress import Cancelled, Progress

RENDER_DPI = 300
"""Pages are rendered at most this fine: enough for text, and an A4 page stays ~35 MB in memory."""


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The 0-based pages the print dialog asked for (all of them unless a range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(page_count))
    return list(range(max(first, 1) - 1, min(last, page_count)))


def print_pdf(path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Print ``path`` on ``printer`` (safe off the GUI thread); returns the number of pages printed.

    The printer is set to full page so that a page's origin is the paper's corner: the recipient
    block then lands in the envelope window wherever the printer's margins are.
    """
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "This file cannot be read: {path}."), path=str(path))
    try:
        pages = pages_to_print(printer, document.pageCount())
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The printer could not be started."))
        try:
            device_dpi = printer.resolution()
            render_dpi = min(device_dpi, RENDER_DPI)
            for number, page in enumerate(pages):
                if progress is not None:
                    progress(number, len(pages))
                if number:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(
                    page,
                    QSize(round(points.width() * render_dpi / 72), round(points.height() * render_dpi / 72)),
                )
                target = QRectF(0, 0, points.width() * device_dpi / 72, points.height() * device_dpi / 72)
                painter.drawImage(target, image)
            if progress is not None:
                progress(len(pages), len(pages))
        except Cancelled:
            printer.abort()  # nothing half-printed is sent
            raise
        finally:
            painter.end()
        return len(pages)
    finally:
        document.close()
