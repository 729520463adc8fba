"""French business letters as one PDF: letterhead, recipient block in the envelope window, fold marks.

Every letter starts on a new page; « Page 1 / 2 » is printed only on a letter that runs to a second
page, whose later pages repeat nothing of the letterhead but a small header line.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from cluster_crm.documents.fonts import BOLD, REGULAR, register_fonts
from cluster_crm.documents.letter_model import EnvelopeWindow, Letter, Letterhead
from cluster_crm.documents.pdf_layout import INK, MUTED, PAGE_OF, PRIMARY, RULE, OneLine, language_tag
from cluster_crm.domain.contact_points import format_phone
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.io.tabular_export import save_atomically

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm  # generous margins, as in a chamber of commerce's letters
RIGHT = 20 * mm
TOP = 16 * mm
BOTTOM = 24 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
WINDOW_INSET = 4 * mm  # the text keeps clear of the window's edges
RECIPIENT_SIZE, RECIPIENT_LEADING = 10.0, 12.5
FOLDS_MM = (99.0, 198.0)
LATER_TOP = 30 * mm  # where the text of a continued page starts, under its header line
PROGRESS_EVERY = 10  # letters

SUBJECT_LINE = QT_TRANSLATE_NOOP("Letters", "Subject: {subject}")
REFERENCE_LINE = QT_TRANSLATE_NOOP("Letters", "{label}: {value}")
PHONE_LINE = QT_TRANSLATE_NOOP("Letters", "Tel. {phone}")
CONTINUED = QT_TRANSLATE_NOOP("Letters", "{sender} · {recipient} · {date} (continued)")
BATCH_TITLE = QT_TRANSLATE_NOOP("Letters", "{title} ({count} letters)")
LETTERS_TITLE = QT_TRANSLATE_NOOP("Letters", "Letters ({count})")
ONE_LETTER = QT_TRANSLATE_NOOP("Letters", "Letter")
BATCH_SUBJECT = QT_TRANSLATE_NOOP("Letters", "Letters to {count} recipients")

Progress = Callable[[int, int], None]


def write_letters(
    letters: Sequence[Letter],
    letterhead: Letterhead,
    path: Path,
    progress: Progress | None = None,
) -> Path:
    """Lay ``letters`` out in one PDF, each from a new page, and write it to ``path`` in one move.

    ``progress(done, total)`` is called every few letters; it may raise to cancel (no file is left)."""
    save_atomically(path, lambda target: _build(letters, letterhead, str(target), progress))
    return path


def letter_bytes(letter: Letter, letterhead: Letterhead) -> bytes:
    """One letter's PDF in memory, for a preview."""
    buffer = io.BytesIO()
    _build([letter], letterhead, buffer, None)
    return buffer.getvalue()


def window_rectangle(window: EnvelopeWindow) -> tuple[float, float, float, float]:
    """The window as (left, bottom, right, top) in points from the page's bottom-left corner."""
    top = PAGE_HEIGHT - window.top_mm * mm
    left = window.left_mm * mm
    return left, top - window.height_mm * mm, left + window.width_mm * mm, top


def _build(letters: Sequence[Letter], letterhead: Letterhead, target: Any, progress: Progress | None) -> None:
    if not letters:
        raise ValueError("no letter to lay out")
    register_fonts()
    title, subject = _title_and_subject(letters)
    document = _LetterDocument(target, letters, letterhead, progress, title=title, subject=subject)
    story: list[Flowable] = []
    for index, letter in enumerate(letters):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story += _letter_story(index, letter, letterhead, document.recipient_leading(letter))
    document.build(story, canvasmaker=_LetterCanvas)
    if progress:
        progress(len(letters), len(letters))


def _title_and_subject(letters: Sequence[Letter]) -> tuple[str, str]:
    first = letters[0]
    if len(letters) == 1:
        return first.title or first.subject or translate("Letters", ONE_LETTER), first.subject
    count = len(letters)
    titles = {letter.title for letter in letters}
    if len(titles) == 1 and first.title:
        title = translate("Letters", BATCH_TITLE).format(title=first.title, count=count)
    else:
        title = translate("Letters", LETTERS_TITLE).format(count=count)
    subjects = {letter.subject for letter in letters}
    if len(subjects) == 1 and first.subject:
        return title, first.subject
    return title, translate("Letters", BATCH_SUBJECT).format(count=count)


def _letter_story(index: int, letter: Letter, letterhead: Letterhead, leading: float) -> list[Flowable]:
    style = letter_styles(signature_indent(letterhead.window))
    story: list[Flowable] = [_LetterStart(index)]
    size = min(RECIPIENT_SIZE, leading / 1.2)  # smaller when a long block has its lines tightened
    story += [OneLine(line, REGULAR, size, INK, leading) for line in letter.recipient_lines]
    story += [FrameBreak(), Paragraph(escape(letter.date_line), style["date"])]
    for label, value in letter.references:
        line = translate("Letters", REFERENCE_LINE).format(
            label=f"<b>{escape(label)}</b>", value=escape(value)
        )
        story.append(Paragraph(line, style["reference"]))
    if letter.subject:
        subject = translate("Letters", SUBJECT_LINE).format(subject=escape(letter.subject))
        story.append(Paragraph(subject, style["subject"]))
    story.append(Paragraph(escape(letter.salutation), style["salutation"]))
    story += [_body_paragraph(paragraph, style["body"]) for paragraph in letter.body]
    name = letter.signatory_name or letterhead.signatory_name
    title = letter.signatory_title or letterhead.signatory_title
    signature: list[Flowable] = [Paragraph(escape(letter.closing), style["body"]), Spacer(1, 16 * mm)]
    if name:
        signature.append(Paragraph(escape(name), style["signatory"]))
    if title:
        signature.append(Paragraph(escape(title), style["signatory_title"]))
    story.append(KeepTogether(signature))
    return story


def signature_indent(window: EnvelopeWindow) -> float:
    """The signature lines up with the recipient block (within the right half of the text)."""
    indent = window.left_mm * mm + WINDOW_INSET - LEFT
    return min(max(indent, TEXT_WIDTH / 2), TEXT_WIDTH * 0.6)


def _body_paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of the body; markup that reportlab cannot read is printed as plain text."""
    try:
        return Paragraph(markup, style)
    except ValueError:
        return Paragraph(escape(markup), style)


@lru_cache(maxsize=4)
def letter_styles(indent: float = TEXT_WIDTH / 2) -> dict[str, ParagraphStyle]:
    """The paragraph styles of a letter; ``indent`` is the signature's, from the left margin."""
    register_fonts()
    base = ParagraphStyle("letter", fontName=REGULAR, fontSize=10, leading=14.5, textColor=INK)

    def style(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "date": style("date", alignment=TA_RIGHT, spaceAfter=9 * mm),
        "reference": style("reference", fontSize=8.5, leading=12, textColor=MUTED),
        "subject": style("subject", fontName=BOLD, spaceBefore=4 * mm, spaceAfter=8 * mm),
        "salutation": style("salutation", spaceAfter=4 * mm),
        "body": style("body", alignment=TA_JUSTIFY, spaceAfter=3 * mm),
        "signatory": style("signatory", fontName=BOLD, leftIndent=indent),
        "signatory_title": style("signatory_title", leftIndent=indent, textColor=MUTED),
    }


class _LetterStart(Flowable):
    """Takes no room; tells the document which letter is being laid out, and reports progress."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        document: _LetterDocument = self.canv._doctemplate
        document.letter_index = self.index
        if document.progress and self.index % PROGRESS_EVERY == 0:
            document.progress(self.index, len(document.letters))


class _LetterDocument(BaseDocTemplate):
    """Two page templates: a letter's first page (letterhead, window, folds) and its later pages."""

    def __init__(
        self,
        target: Any,
        letters: Sequence[Letter],
        letterhead: Letterhead,
        progress: Progress | None,
        title: str,
        subject: str,
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            title=title,
            author=letterhead.name,
            subject=subject,
            creator="Cluster CRM",
            lang=language_tag(),
            initialFontName=REGULAR,  # else every page names Helvetica, a font the PDF does not embed
        )
        self.letters, self.letterhead, self.progress = letters, letterhead, progress
        self.letter_index = 0
        self.logo = _logo(letterhead.logo)
        left, bottom, right, top = window_rectangle(letterhead.window)
        self.window_height = top - bottom - 2 * WINDOW_INSET
        recipient = Frame(
            left + WINDOW_INSET, bottom + WINDOW_INSET, right - left - 2 * WINDOW_INSET, self.window_height,
            0, 0, 0, 0, id="recipient",
        )  # fmt: skip
        body_top = max(bottom - 8 * mm, PAGE_HEIGHT - 150 * mm)
        body = Frame(LEFT, BOTTOM, TEXT_WIDTH, body_top - BOTTOM, 0, 0, 0, 0, id="body")
        later = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - LATER_TOP - BOTTOM, 0, 0, 0, 0, id="later")
        self.addPageTemplates(
            [
                PageTemplate(
                    "first", frames=[recipient, body], onPage=self._first_page, autoNextPageTemplate="later"
                ),
                PageTemplate("later", frames=[later], onPage=self._later_page),
            ]
        )

    def recipient_leading(self, letter: Letter) -> float:
        """The usual leading, tightened when an unusually long block would overflow the window."""
        lines = max(len(letter.recipient_lines), 1)
        return min(RECIPIENT_LEADING, self.window_height / lines)

    def _first_page(self, canvas: _LetterCanvas, document: BaseDocTemplate) -> None:
        canvas.begin_letter()
        _draw_letterhead(canvas, self.letterhead, self.logo)
        _draw_fold_marks(canvas)

    def _later_page(self, canvas: _LetterCanvas, document: BaseDocTemplate) -> None:
        letter = self.letters[self.letter_index]
        recipient = letter.recipient_lines[0] if letter.recipient_lines else ""
        text = translate("Letters", CONTINUED).format(
            sender=self.letterhead.name, recipient=recipient, date=letter.date_line
        )
        y = PAGE_HEIGHT - TOP - 4 * mm
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(LEFT, y, text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, y - 2.5 * mm, PAGE_WIDTH - RIGHT, y - 2.5 * mm)
        canvas.restoreState()
        _draw_fold_marks(canvas)


class _LetterCanvas(Canvas):
    """Holds the pages of the letter being laid out until the next one starts, so that a letter of
    several pages numbers them « Page 1 / 2 », and a letter of one page has no number."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def begin_letter(self) -> None:
        """Called as a letter's first page begins, before anything is drawn on it."""
        self._release()

    def save(self) -> None:
        self._release()
        super().save()

    def _release(self) -> None:
        held, self._held = self._held, []
        for number, page in enumerate(held, start=1):
            self.__dict__.update(page)
            if len(held) > 1:
                self._draw_page_number(number, len(held))
            super().showPage()
        self._held = []

    def _draw_page_number(self, page: int, pages: int) -> None:
        self.saveState()
        self.setFont(REGULAR, 7.5)
        self.setFillColor(MUTED)
        text = translate("Documents", PAGE_OF).format(page=page, pages=pages)
        self.drawRightString(PAGE_WIDTH - RIGHT, 12 * mm, text)
        self.restoreState()


def _draw_letterhead(canvas: Canvas, letterhead: Letterhead, logo: ImageReader | None) -> None:
    x, y = LEFT, PAGE_HEIGHT - TOP
    canvas.saveState()
    if logo is not None:
        width, height = logo.getSize()
        scale = min(40 * mm / width, 16 * mm / height)
        y -= height * scale
        canvas.drawImage(logo, x, y, width * scale, height * scale, mask="auto")
        y -= 4 * mm
    width = letterhead.window.left_mm * mm - LEFT - 6 * mm  # the column left of the window
    canvas.setFillColor(PRIMARY)
    y -= 12.5
    _draw_fitted(canvas, x, y, letterhead.name, BOLD, 12.5, width)
    canvas.setStrokeColor(PRIMARY)
    canvas.setLineWidth(1.2)
    canvas.line(x, y - 2.2 * mm, x + 14 * mm, y - 2.2 * mm)
    y -= 2.2 * mm + 3
    canvas.setFillColor(INK)
    for line in letterhead.address_lines:
        y -= 11
        _draw_fitted(canvas, x, y, line, REGULAR, 8.5, width)
    canvas.setFillColor(MUTED)
    phone = format_phone(letterhead.phone) if letterhead.phone.startswith("+") else letterhead.phone
    contacts = [translate("Letters", PHONE_LINE).format(phone=phone)] if phone else []
    contacts += [text for text in (letterhead.email, letterhead.website) if text]
    for index, line in enumerate(contacts):
        y -= 11 + (3 if index == 0 else 0)
        _draw_fitted(canvas, x, y, line, REGULAR, 8.5, width)
    canvas.restoreState()


def _draw_fitted(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, width: float) -> None:
    """``text`` on one line, its size reduced if it would run past ``width``."""
    natural = stringWidth(text, font, size)
    canvas.setFont(font, size * min(1.0, width / natural) if natural else size)
    canvas.drawString(x, y, text)


def _draw_fold_marks(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.4)
    for fold in FOLDS_MM:
        y = PAGE_HEIGHT - fold * mm
        canvas.line(6 * mm, y, 11 * mm, y)
    canvas.restoreState()


def _logo(path: Path | None) -> ImageReader | None:
    """The logo, once per document; None when there is none or it cannot be read as an image."""
    if path is None:
        return None
    try:
        image = ImageReader(str(path))
        image.getSize()
    except Exception:  # noqa: BLE001 - any unreadable file: the letter goes out without a logo
        return None
    return image
