"""DejaVu Sans, shipped in resources/fonts and embedded in every PDF (é, œ, €, « », U+202F)."""

from __future__ import annotations

from functools import lru_cache

from cluster_crm.config import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"
FAMILY = "DejaVu Sans"
_FILES = (REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE)


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the four faces with reportlab (once), and the family so that <b> and <i> work.

    Returns the regular face's name, for styles."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE)
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, OBLIQUE), (1, 1, BOLD_OBLIQUE)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR
