"""French dates as people write them: « 1er décembre 2026 », « 29 novembre 2026 »."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date


def long_date(value: date | None, language: str = "fr") -> str:
    if value is None:
        return ""
    if language != "fr":
        return format_date(value, "long", locale="en_GB")
    text = format_date(value, "long", locale="fr_FR")
    return "1er" + text[1:] if value.day == 1 else text


def short_date(value: date | None, language: str = "fr") -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y") if language == "fr" else value.isoformat()
