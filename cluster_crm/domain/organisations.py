"""An organisation's form values and the rules that turn them into clean, storable values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cluster_crm.domain.address import FRANCE, clean_cedex, clean_postcode
from cluster_crm.domain.contact_points import clean_email, clean_phone, clean_website
from cluster_crm.domain.enums import HeadcountBand, MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import Validator
from cluster_crm.domain.identifiers import clean_siren, clean_siret, siren_of
from cluster_crm.domain.naf import NAF_REV2, clean_naf_code
from cluster_crm.domain.text import collapse_spaces
from cluster_crm.i18n import QT_TRANSLATE_NOOP

NAME_MAX = 200
MAX_STAY_IN_TOUCH_DAYS = 3650


@dataclass
class OrganisationDraft:
    """What the user typed, as text (or plain values for choices)."""

    name: str = ""
    kind: OrganisationKind = OrganisationKind.SME
    siret: str = ""
    siren: str = ""
    naf_code: str = ""
    headcount_band: HeadcountBand | None = None
    address_building: str = ""
    address_street: str = ""
    address_locality: str = ""
    postcode: str = ""
    town: str = ""
    cedex: str = ""
    country: str = FRANCE
    phone: str = ""
    email: str = ""
    website: str = ""
    description: str = ""
    capabilities: str = ""
    tags: list[str] = field(default_factory=list)
    membership_status: MembershipStatus = MembershipStatus.NONE
    member_since: date | None = None
    stay_in_touch_days: int | None = None
    objected_on: date | None = None  # asked not to be solicited any more


@dataclass
class CleanOrganisation:
    name: str
    kind: OrganisationKind
    siret: str | None
    siren: str | None
    naf_code: str | None
    naf_nomenclature: str | None
    headcount_band: HeadcountBand | None
    address_building: str | None
    address_street: str | None
    address_locality: str | None
    postcode: str | None
    town: str | None
    cedex: str | None
    country: str
    phone: str | None
    email: str | None
    website: str | None
    description: str
    capabilities: str
    tags: list[str]
    membership_status: MembershipStatus
    member_since: date | None
    stay_in_touch_days: int | None
    objected_on: date | None


def _optional(text: str) -> str | None:
    return collapse_spaces(text) or None


def clean_tags(tags: list[str]) -> list[str]:
    """Trimmed, without empties or case-insensitive duplicates, in the order given."""
    seen: set[str] = set()
    result = []
    for tag in tags:
        name = collapse_spaces(tag)
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def clean_organisation(draft: OrganisationDraft, today: date) -> CleanOrganisation:
    """Check every field at once; raise ValidationFailed listing each wrong field."""
    v = Validator()
    name = collapse_spaces(draft.name)
    if not name:
        v.add("name", QT_TRANSLATE_NOOP("Errors", "The name is required."))
    elif len(name) > NAME_MAX:
        v.add(
            "name",
            QT_TRANSLATE_NOOP("Errors", "The name is too long ({max} characters at most)."),
            max=NAME_MAX,
        )
    siret = v.check("siret", clean_siret, draft.siret)
    siren = v.check("siren", clean_siren, draft.siren)
    if siret:
        if siren and siren != siren_of(siret):
            v.add("siren", QT_TRANSLATE_NOOP("Errors", "The SIREN must be the first 9 digits of the SIRET."))
        siren = siren_of(siret)
    naf_code = v.check("naf_code", clean_naf_code, draft.naf_code)
    country = collapse_spaces(draft.country) or FRANCE
    postcode = v.check("postcode", lambda s: clean_postcode(s, country), draft.postcode)
    cedex = v.check("cedex", clean_cedex, draft.cedex)
    phone = v.check("phone", clean_phone, draft.phone)
    email = v.check("email", clean_email, draft.email)
    website = v.check("website", clean_website, draft.website)
    days = draft.stay_in_touch_days
    if days is not None and not 1 <= days <= MAX_STAY_IN_TOUCH_DAYS:
        v.add(
            "stay_in_touch_days",
            QT_TRANSLATE_NOOP("Errors", "The stay-in-touch interval is between 1 and {max} days."),
            max=MAX_STAY_IN_TOUCH_DAYS,
        )
    member_since = draft.member_since
    if member_since and member_since > today:
        v.add("member_since", QT_TRANSLATE_NOOP("Errors", "The membership date cannot be in the future."))
    if member_since and draft.membership_status in (MembershipStatus.NONE, MembershipStatus.PROSPECT):
        member_since = None
    if draft.objected_on and draft.objected_on > today:
        v.add("objected_on", QT_TRANSLATE_NOOP("Errors", "The objection date cannot be in the future."))
    v.raise_if_any()
    return CleanOrganisation(
        name=name,
        kind=OrganisationKind(draft.kind),
        siret=siret,
        siren=siren,
        naf_code=naf_code,
        naf_nomenclature=NAF_REV2 if naf_code else None,
        headcount_band=HeadcountBand(draft.headcount_band) if draft.headcount_band else None,
        address_building=_optional(draft.address_building),
        address_street=_optional(draft.address_street),
        address_locality=_optional(draft.address_locality),
        postcode=postcode,
        town=_optional(draft.town),
        cedex=cedex,
        country=country,
        phone=phone,
        email=email,
        website=website,
        description=(draft.description or "").strip(),
        capabilities=(draft.capabilities or "").strip(),
        tags=clean_tags(draft.tags),
        membership_status=MembershipStatus(draft.membership_status),
        member_since=member_since,
        stay_in_touch_days=days,
        objected_on=draft.objected_on,
    )
