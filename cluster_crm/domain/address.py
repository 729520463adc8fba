"""Postal addresses: French postcodes, CEDEX, and the town line written in capitals without accents."""

from __future__ import annotations

import re

from cluster_crm.domain.errors import InvalidValue
from cluster_crm.domain.text import collapse_spaces, fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP

FRANCE = "France"
_FRENCH_POSTCODE = re.compile(r"^\d{5}$")


def is_france(country: str | None) -> bool:
    return not country or fold(country.strip()) == "france"


def clean_postcode(value: str, country: str | None) -> str | None:
    raw = collapse_spaces(value)
    if not raw:
        return None
    if is_france(country):
        compact = raw.replace(" ", "")
        if not _FRENCH_POSTCODE.match(compact):
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Errors", "A French postcode has 5 digits: {value}."), value=raw
            )
        return compact
    return raw


def clean_cedex(value: str) -> str | None:
    """``"cedex 1"`` → ``"CEDEX 1"``; ``"1"`` → ``"CEDEX 1"``."""
    raw = collapse_spaces(value).upper()
    if not raw:
        return None
    number = raw.removeprefix("CEDEX").strip()
    if number and not number.isdigit():
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Errors", "CEDEX is followed by a number only: {value}."), value=raw
        )
    return f"CEDEX {number}" if number else "CEDEX"


def town_line(postcode: str | None, town: str | None, cedex: str | None) -> str:
    """``("76100", "Rouen", "CEDEX 1")`` → ``"76100 ROUEN CEDEX 1"`` (capitals without accents)."""
    town_caps = fold(collapse_spaces(town)).upper().replace("-", " ").replace("'", " ")
    return collapse_spaces(" ".join(p for p in (postcode, town_caps, cedex) if p))
