"""Closed lists of the domain: organisation kinds, membership, civility, headcount bands."""

from __future__ import annotations

from enum import StrEnum

from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate


class LabelledEnum(StrEnum):
    """An enum whose members carry an English label translated for display."""

    @property
    def label(self) -> str:
        return translate("Labels", self._labels()[self])

    @classmethod
    def _labels(cls) -> dict:
        raise NotImplementedError


class OrganisationKind(LabelledEnum):
    CONTRACTING = "contracting"
    SME = "sme"
    INSTITUTION = "institution"
    PARTNER = "partner"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.CONTRACTING: QT_TRANSLATE_NOOP("Labels", "Contracting organisation"),
            cls.SME: QT_TRANSLATE_NOOP("Labels", "SME"),
            cls.INSTITUTION: QT_TRANSLATE_NOOP("Labels", "Institution"),
            cls.PARTNER: QT_TRANSLATE_NOOP("Labels", "Partner"),
            cls.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
        }


class MembershipStatus(LabelledEnum):
    MEMBER = "member"
    FORMER = "former"
    PROSPECT = "prospect"
    NONE = "none"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
            cls.FORMER: QT_TRANSLATE_NOOP("Labels", "Former member"),
            cls.PROSPECT: QT_TRANSLATE_NOOP("Labels", "Prospect"),
            cls.NONE: QT_TRANSLATE_NOOP("Labels", "Not a member"),
        }


class Civility(LabelledEnum):
    MADAME = "mme"
    MONSIEUR = "m"
    NONE = ""

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.MADAME: QT_TRANSLATE_NOOP("Labels", "Madame"),
            cls.MONSIEUR: QT_TRANSLATE_NOOP("Labels", "Monsieur"),
            cls.NONE: QT_TRANSLATE_NOOP("Labels", "(none)"),
        }


class HeadcountBand(LabelledEnum):
    """INSEE's headcount bands (tranches d'effectifs salariés), by their SIRENE codes."""

    NN = "NN"
    B00 = "00"
    B01 = "01"
    B02 = "02"
    B03 = "03"
    B11 = "11"
    B12 = "12"
    B21 = "21"
    B22 = "22"
    B31 = "31"
    B32 = "32"
    B41 = "41"
    B42 = "42"
    B51 = "51"
    B52 = "52"
    B53 = "53"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.NN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
            cls.B00: QT_TRANSLATE_NOOP("Labels", "0 employees"),
            cls.B01: QT_TRANSLATE_NOOP("Labels", "1 or 2 employees"),
            cls.B02: QT_TRANSLATE_NOOP("Labels", "3 to 5 employees"),
            cls.B03: QT_TRANSLATE_NOOP("Labels", "6 to 9 employees"),
            cls.B11: QT_TRANSLATE_NOOP("Labels", "10 to 19 employees"),
            cls.B12: QT_TRANSLATE_NOOP("Labels", "20 to 49 employees"),
            cls.B21: QT_TRANSLATE_NOOP("Labels", "50 to 99 employees"),
            cls.B22: QT_TRANSLATE_NOOP("Labels", "100 to 199 employees"),
            cls.B31: QT_TRANSLATE_NOOP("Labels", "200 to 249 employees"),
            cls.B32: QT_TRANSLATE_NOOP("Labels", "250 to 499 employees"),
            cls.B41: QT_TRANSLATE_NOOP("Labels", "500 to 999 employees"),
            cls.B42: QT_TRANSLATE_NOOP("Labels", "1,000 to 1,999 employees"),
            cls.B51: QT_TRANSLATE_NOOP("Labels", "2,000 to 4,999 employees"),
            cls.B52: QT_TRANSLATE_NOOP("Labels", "5,000 to 9,999 employees"),
            cls.B53: QT_TRANSLATE_NOOP("Labels", "10,000 employees or more"),
        }

    @property
    def bounds(self) -> tuple[int, int | None] | None:
        """The smallest and largest headcount of the band (None for "unknown"; no top to the last)."""
        return _HEADCOUNT_BOUNDS[self.value]


_HEADCOUNT_BOUNDS: dict[str, tuple[int, int | None] | None] = {
    "NN": None,
    "00": (0, 0),
    "01": (1, 2),
    "02": (3, 5),
    "03": (6, 9),
    "11": (10, 19),
    "12": (20, 49),
    "21": (50, 99),
    "22": (100, 199),
    "31": (200, 249),
    "32": (250, 499),
    "41": (500, 999),
    "42": (1000, 1999),
    "51": (2000, 4999),
    "52": (5000, 9999),
    "53": (10000, None),
}
