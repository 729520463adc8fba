"""A contracting organisation's need (besoin): its form values, its statuses and their rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cluster_crm.domain.enums import HeadcountBand, LabelledEnum
from cluster_crm.domain.errors import Validator
from cluster_crm.domain.naf import clean_naf_code
from cluster_crm.domain.organisations import clean_tags
from cluster_crm.domain.text import collapse_spaces
from cluster_crm.i18n import QT_TRANSLATE_NOOP

TITLE_MAX = 200
MAX_DISTANCE_KM = 1000
BANDS = list(HeadcountBand)


class NeedStatus(LabelledEnum):
    OPEN = "open"
    SATISFIED = "satisfied"
    ABANDONED = "abandoned"

    @classmethod
    def _labels(cls) -> dict:
        return {
            cls.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
            cls.SATISFIED: QT_TRANSLATE_NOOP("Labels", "Satisfied"),
            cls.ABANDONED: QT_TRANSLATE_NOOP("Labels", "Abandoned"),
        }


@dataclass
class NeedDraft:
    organisation_id: int | None = None
    title: str = ""
    description: str = ""
    keywords: str = ""
    tags: list[str] = field(default_factory=list)
    naf_codes: str = ""  # as typed: "62.01Z, 62.02A"
    headcount_min: HeadcountBand | None = None
    headcount_max: HeadcountBand | None = None
    town: str = ""
    postcode: str = ""
    max_distance_km: int | None = None
    deadline: date | None = None
    status: NeedStatus = NeedStatus.OPEN
    received_on: date | None = None
    contact_id: int | None = None


@dataclass
class CleanNeed:
    organisation_id: int
    title: str
    description: str
    keywords: str
    tags: list[str]
    naf_codes: list[str]
    headcount_min: HeadcountBand | None
    headcount_max: HeadcountBand | None
    town: str | None
    postcode: str | None
    max_distance_km: int | None
    deadline: date | None
    status: NeedStatus
    received_on: date
    contact_id: int | None


def split_naf_codes(text: str) -> list[str]:
    return [part for part in text.replace(",", " ").replace(";", " ").split() if part]


def clean_need(draft: NeedDraft, today: date) -> CleanNeed:
    v = Validator()
    title = collapse_spaces(draft.title)
    if draft.organisation_id is None:
        v.add(
            "organisation",
            QT_TRANSLATE_NOOP("Errors", "Choose the contracting organisation that has this need."),
        )
    if not title:
        v.add("title", QT_TRANSLATE_NOOP("Errors", "The title of the need is required."))
    elif len(title) > TITLE_MAX:
        v.add(
            "title",
            QT_TRANSLATE_NOOP("Errors", "The title is too long ({max} characters at most)."),
            max=TITLE_MAX,
        )
    codes = []
    for code in split_naf_codes(draft.naf_codes):
        cleaned = v.check("naf_codes", clean_naf_code, code)
        if cleaned and cleaned not in codes:
            codes.append(cleaned)
    low, high = draft.headcount_min, draft.headcount_max
    if low == HeadcountBand.NN:
        low = None
    if high == HeadcountBand.NN:
        high = None
    if low and high and BANDS.index(HeadcountBand(low)) > BANDS.index(HeadcountBand(high)):
        v.add("headcount", QT_TRANSLATE_NOOP("Errors", "The smallest headcount is above the largest one."))
    town = collapse_spaces(draft.town) or None
    distance = draft.max_distance_km
    if distance is not None:
        if not 1 <= distance <= MAX_DISTANCE_KM:
            v.add(
                "distance",
                QT_TRANSLATE_NOOP("Errors", "The distance is between 1 and {max} km."),
                max=MAX_DISTANCE_KM,
            )
        elif town is None:
            v.add("distance", QT_TRANSLATE_NOOP("Errors", "A distance needs the town it is measured from."))
    received = draft.received_on or today
    if received > today:
        v.add("received_on", QT_TRANSLATE_NOOP("Errors", "The need cannot be received in the future."))
    if draft.deadline and draft.deadline < received:
        v.add(
            "deadline", QT_TRANSLATE_NOOP("Errors", "The deadline is before the day the need was received.")
        )
    v.raise_if_any()
    assert draft.organisation_id is not None
    return CleanNeed(
        organisation_id=draft.organisation_id,
        title=title,
        description=(draft.description or "").strip(),
        keywords=collapse_spaces(draft.keywords),
        tags=clean_tags(draft.tags),
        naf_codes=codes,
        headcount_min=HeadcountBand(low) if low else None,
        headcount_max=HeadcountBand(high) if high else None,
        town=town,
        postcode=collapse_spaces(draft.postcode) or None,
        max_distance_km=distance if town else None,
        deadline=draft.deadline,
        status=NeedStatus(draft.status),
        received_on=received,
        contact_id=draft.contact_id,
    )


def band_in_range(band: str | None, low: str | None, high: str | None) -> bool | None:
    """Whether a headcount band lies within ``[low, high]``; None when it cannot be told."""
    if not (low or high):
        return True
    if not band or band == HeadcountBand.NN:
        return None
    position = BANDS.index(HeadcountBand(band))
    if low and position < BANDS.index(HeadcountBand(low)):
        return False
    return not (high and position > BANDS.index(HeadcountBand(high)))
