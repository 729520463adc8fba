"""A contact person's form values, their affiliations, and the rules that clean them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cluster_crm.domain.contact_points import clean_email, clean_phone
from cluster_crm.domain.enums import Civility
from cluster_crm.domain.errors import Validator
from cluster_crm.domain.text import collapse_spaces
from cluster_crm.i18n import QT_TRANSLATE_NOOP

NAME_MAX = 100


@dataclass
class AffiliationDraft:
    organisation_id: int
    role: str = ""
    start_date: date | None = None
    end_date: date | None = None


@dataclass
class ContactDraft:
    civility: Civility = Civility.NONE
    first_name: str = ""
    last_name: str = ""
    job_title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    notes: str = ""
    affiliations: list[AffiliationDraft] = field(default_factory=list)
    objected_on: date | None = None  # objected to being contacted (prospection)


@dataclass
class CleanContact:
    civility: Civility
    first_name: str
    last_name: str
    job_title: str | None
    emails: list[str]
    phones: list[str]
    notes: str
    affiliations: list[AffiliationDraft]
    objected_on: date | None


def clean_contact(draft: ContactDraft, today: date) -> CleanContact:
    v = Validator()
    first = collapse_spaces(draft.first_name)
    last = collapse_spaces(draft.last_name)
    if not last:
        v.add("last_name", QT_TRANSLATE_NOOP("Errors", "The last name is required."))
    for name_field, value in (("first_name", first), ("last_name", last)):
        if len(value) > NAME_MAX:
            v.add(
                name_field,
                QT_TRANSLATE_NOOP("Errors", "This name is too long ({max} characters at most)."),
                max=NAME_MAX,
            )
    emails = _unique([v.check("emails", clean_email, e) for e in draft.emails])
    phones = _unique([v.check("phones", clean_phone, p) for p in draft.phones])
    seen_orgs: set[int] = set()
    for affiliation in draft.affiliations:
        start, end = affiliation.start_date, affiliation.end_date
        if start and end and end < start:
            v.add("affiliations", QT_TRANSLATE_NOOP("Errors", "An affiliation cannot end before it starts."))
        if affiliation.organisation_id in seen_orgs and not (start or end):
            v.add("affiliations", QT_TRANSLATE_NOOP("Errors", "The same organisation is listed twice."))
        seen_orgs.add(affiliation.organisation_id)
        affiliation.role = collapse_spaces(affiliation.role)
    if draft.objected_on and draft.objected_on > today:
        v.add("objected_on", QT_TRANSLATE_NOOP("Errors", "The objection date cannot be in the future."))
    v.raise_if_any()
    return CleanContact(
        civility=Civility(draft.civility),
        first_name=first,
        last_name=last,
        job_title=collapse_spaces(draft.job_title) or None,
        emails=emails,
        phones=phones,
        notes=(draft.notes or "").strip(),
        affiliations=list(draft.affiliations),
        objected_on=draft.objected_on,
    )


def _unique(values: list[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def display_name(first_name: str, last_name: str) -> str:
    """``"Claire Martin"`` (the civility is for letters, not for lists)."""
    return collapse_spaces(f"{first_name} {last_name}")
