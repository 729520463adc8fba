"""SIREN and SIRET numbers (Luhn-checked by python-stdnum, with La Poste's exception)."""

from __future__ import annotations

from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from cluster_crm.domain.errors import InvalidValue
from cluster_crm.i18n import QT_TRANSLATE_NOOP


def _reason(error: ValidationError) -> str:
    if isinstance(error, InvalidLength):
        return "length"
    if isinstance(error, InvalidFormat):
        return "format"
    if isinstance(error, InvalidChecksum):
        return "checksum"
    return "other"


def _clean(value: str, number, texts: dict[str, str]) -> str | None:  # noqa: ANN001 - a stdnum module
    raw = (value or "").strip()
    if not raw:
        return None
    try:
        return number.validate(raw)
    except ValidationError as error:
        text = texts.get(_reason(error), texts["checksum"])
        raise InvalidValue(text, value=raw, count=len(number.compact(raw))) from None


def clean_siret(value: str) -> str | None:
    """``"732 829 320 00074"`` → ``"73282932000074"``; None when empty; InvalidValue when wrong."""
    texts = {
        "length": QT_TRANSLATE_NOOP("Errors", "A SIRET has 14 digits ({value} has {count})."),
        "format": QT_TRANSLATE_NOOP("Errors", "A SIRET contains only digits: {value}."),
        "checksum": QT_TRANSLATE_NOOP("Errors", "This SIRET is not valid (wrong check digit): {value}."),
    }
    return _clean(value, stdnum_siret, texts)


def clean_siren(value: str) -> str | None:
    texts = {
        "length": QT_TRANSLATE_NOOP("Errors", "A SIREN has 9 digits ({value} has {count})."),
        "format": QT_TRANSLATE_NOOP("Errors", "A SIREN contains only digits: {value}."),
        "checksum": QT_TRANSLATE_NOOP("Errors", "This SIREN is not valid (wrong check digit): {value}."),
    }
    return _clean(value, stdnum_siren, texts)


def siren_of(siret: str) -> str:
    return siret[:9]


def format_siret(siret: str | None) -> str:
    """``"73282932000074"`` → ``"732 829 320 00074"``."""
    if not siret:
        return ""
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


def format_siren(siren: str | None) -> str:
    if not siren:
        return ""
    return f"{siren[:3]} {siren[3:6]} {siren[6:9]}"
