"""Phone numbers (stored E.164, shown in French national format), e-mail addresses, websites."""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from cluster_crm.domain.errors import InvalidValue
from cluster_crm.i18n import QT_TRANSLATE_NOOP

DEFAULT_REGION = "FR"


def clean_phone(value: str) -> str | None:
    """``"02 35 14 37 37"`` → ``"+33235143737"``; None when empty; InvalidValue when not a number."""
    raw = (value or "").strip()
    if not raw:
        return None
    try:
        number = phonenumbers.parse(raw, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise InvalidValue(QT_TRANSLATE_NOOP("Errors", "This phone number is not valid: {value}."), value=raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None) -> str:
    """French numbers in national format (``02 35 14 37 37``), others in international format."""
    if not e164:
        return ""
    if len(e164) == 12 and e164.startswith("+33") and e164[3:].isdigit():  # the common case, fast
        digits = "0" + e164[3:]
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def clean_email(value: str) -> str | None:
    raw = (value or "").strip()
    if not raw:
        return None
    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Errors", "This e-mail address is not valid: {value}."), value=raw
        ) from None


_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", re.I)


def clean_website(value: str) -> str | None:
    """``"www.cci.fr"`` → ``"https://www.cci.fr"``."""
    raw = (value or "").strip()
    if not raw:
        return None
    url = raw if re.match(r"^https?://", raw, re.I) else "https://" + raw
    host = re.sub(r"^https?://", "", url, flags=re.I).split("/", 1)[0].split(":", 1)[0]
    if not _HOST.match(host) or " " in url:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Errors", "This website address is not valid: {value}."), value=raw
        )
    return url
