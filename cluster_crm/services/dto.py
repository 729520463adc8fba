"""Read-only views handed to the interface and the command line (no ORM object leaves a service)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Generic, TypeVar

from cluster_crm.domain.contacts import ContactDraft
from cluster_crm.domain.interactions import InteractionDraft
from cluster_crm.domain.organisations import OrganisationDraft

Row = TypeVar("Row")


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    kind_label: str
    town: str
    membership: str
    membership_label: str
    naf_code: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class AffiliationView:
    id: int
    contact_id: int
    contact_name: str
    contact_job_title: str
    organisation_id: int
    organisation_name: str
    role: str
    start_date: date | None
    end_date: date | None
    current: bool
    """Not ended on the day the view was read."""


@dataclass(frozen=True)
class OrganisationView:
    id: int
    name: str
    kind_label: str
    siret: str
    siren: str
    naf_code: str
    naf_label: str
    naf_nomenclature: str
    headcount_label: str
    address_lines: tuple[str, ...]
    phone: str
    email: str
    website: str
    description: str
    capabilities: str
    tags: tuple[str, ...]
    membership_label: str
    member_since: date | None
    stay_in_touch_days: int | None
    affiliations: tuple[AffiliationView, ...]
    objected_on: date | None
    draft: OrganisationDraft


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    job_title: str
    organisations: str
    email: str
    phone: str
    objected_on: date | None = None  # objected to being contacted


@dataclass(frozen=True)
class ContactView:
    id: int
    civility_label: str
    name: str
    job_title: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    notes: str
    affiliations: tuple[AffiliationView, ...]
    objected_on: date | None
    draft: ContactDraft


@dataclass(frozen=True)
class Dependents:
    """What a deletion takes with it, to say so before asking for confirmation."""

    name: str
    contacts: int = 0
    affiliations: int = 0
    emails: int = 0
    phones: int = 0
    interactions: int = 0
    follow_ups: int = 0
    links: int = 0
    introductions: int = 0
    needs: int = 0


@dataclass(frozen=True)
class FilterChoices:
    tags: tuple[str, ...]
    towns: tuple[str, ...]


@dataclass(frozen=True)
class SearchPage(Generic[Row]):
    """What a list shows after a search: every matching id in order, the rows of the first ones,
    and how many records there are in all."""

    ids: list[int]
    first_rows: list[Row]
    total: int


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    detail: str = ""


@dataclass(frozen=True)
class AttachmentView:
    id: int
    file_name: str
    size: int
    path: Path
    exists: bool


@dataclass(frozen=True)
class FollowUpView:
    id: int
    due_date: date
    note: str
    done: bool
    overdue: bool
    interaction_id: int | None
    interaction_subject: str
    organisation_id: int | None
    organisation_name: str
    contact_id: int | None
    contact_name: str
    introduction_id: int | None = None
    introduction_title: str = ""  # "CHU de Rouen ↔ Datalyse"

    @property
    def about(self) -> str:
        """Who or what the follow-up is about, in a few words."""
        if self.introduction_title:
            return self.introduction_title
        return " · ".join(p for p in (self.organisation_name, self.contact_name) if p)


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    kind: str
    kind_label: str
    starts_at: datetime
    subject: str
    participants: str
    attachments: int
    open_follow_ups: int


@dataclass(frozen=True)
class History:
    """What a record's timeline shows: its interactions (newest first, one more than asked when
    there are more), when it was last in touch, and its follow-ups still to do."""

    entries: list[TimelineEntry]
    last_contact: datetime | None
    open_follow_ups: list[FollowUpView]


@dataclass(frozen=True)
class InteractionView:
    id: int
    kind: str
    kind_label: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    subject: str
    notes: str
    organisations: tuple[Choice, ...]
    contacts: tuple[Choice, ...]
    attachments: tuple[AttachmentView, ...]
    follow_ups: tuple[FollowUpView, ...]
    draft: InteractionDraft


@dataclass(frozen=True)
class DormantRelationship:
    organisation_id: int
    name: str
    membership_label: str
    is_member: bool
    last_contact: date | None
    interval_days: int

    def days_since(self, today: date) -> int | None:
        return (today - self.last_contact).days if self.last_contact else None


@dataclass(frozen=True)
class MonthCounts:
    interactions: int
    meetings: int
    events: int
    follow_ups_done: int
    organisations_met: int


@dataclass(frozen=True)
class DashboardView:
    today: date
    overdue: tuple[FollowUpView, ...]
    upcoming: tuple[FollowUpView, ...]
    dormant: tuple[DormantRelationship, ...]
    recent: tuple[TimelineEntry, ...]
    month: MonthCounts
