"""What a letter is made of, ready to be laid out: the letterhead, the envelope window, the text.

Built by the services (templates filled in, AFNOR address block made); laid out by letter_pdf.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class EnvelopeWindow:
    """Where the recipient block goes so that it shows through a DL window envelope (French layout)."""

    left_mm: float = 110.0
    top_mm: float = 47.0
    width_mm: float = 85.0
    height_mm: float = 35.0


@dataclass(frozen=True)
class Letterhead:
    """The sender: printed at the top of every letter, and its signatory."""

    name: str = "Cluster"
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: Path | None = None
    place: str = ""  # « Rouen », for « Rouen, le 1er décembre 2026 »
    signatory_name: str = ""
    signatory_title: str = ""
    window: EnvelopeWindow = field(default_factory=EnvelopeWindow)


@dataclass(frozen=True)
class Letter:
    """One letter's text. ``body`` paragraphs use reportlab's markup (<b>, <i>, <u>, <br/>) with
    their text already escaped; everything else is plain text."""

    recipient_lines: tuple[str, ...]  # the AFNOR block, ≤ 6 lines of ≤ 38 characters
    date_line: str  # « Rouen, le 1er décembre 2026 »
    subject: str  # printed after « Objet : »
    salutation: str  # « Madame, », « Monsieur, », « Madame, Monsieur, »
    body: tuple[str, ...]
    closing: str  # the closing formula, a paragraph of its own
    references: tuple[tuple[str, str], ...] = ()  # (« Nos réf. », « MR-2026-014 »), …
    signatory_name: str = ""
    signatory_title: str = ""
    title: str = ""  # the PDF's title (one letter) or a part of it (a batch)
