"""Text folding for accent- and case-insensitive search and comparisons."""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "’": "'"})
_WORD = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ASCII-ish form of ``text``: ``"Évreux Œuvre"`` → ``"evreux oeuvre"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_words(text: str) -> list[str]:
    """The words a search query is made of, folded: ``"Cléon, 76"`` → ``["cleon", "76"]``."""
    return _WORD.findall(fold(text))


def collapse_spaces(text: str | None) -> str:
    return " ".join((text or "").split())
