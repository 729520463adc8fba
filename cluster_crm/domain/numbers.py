"""Numbers as French readers write them: « 12 345 », « 48 500 € », « 33,3 % », « 12,5 »."""

from __future__ import annotations

from babel.numbers import format_currency, format_decimal, format_percent

from cluster_crm.i18n import current_language

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def _locale(language: str | None) -> str:
    return _LOCALES.get(language or current_language(), "fr_FR")


def count_text(value: int | float, language: str | None = None) -> str:
    """Thousands separated by a narrow no-break space (U+202F), one decimal at most: « 12 345 », « 12,5 »."""
    return format_decimal(value, format="#,##0.#", locale=_locale(language))


def euros_text(value: int | float, language: str | None = None) -> str:
    """Whole euros: « 48 500 € » in French, « €48,500 » in English."""
    locale = _locale(language)
    pattern = "#,##0\u00a0¤" if locale.startswith("fr") else "¤#,##0"
    return format_currency(round(value), "EUR", format=pattern, currency_digits=False, locale=locale)


def percent_text(ratio: float, language: str | None = None) -> str:
    """A ratio as a percentage with one decimal at most: 0.5 → « 50 % », 1/3 → « 33,3 % »."""
    locale = _locale(language)
    pattern = "#,##0.#\u00a0%" if locale.startswith("fr") else "#,##0.#%"
    return format_percent(ratio, format=pattern, locale=locale)
