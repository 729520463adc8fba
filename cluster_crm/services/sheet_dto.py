"""Read-only views of the contact sheets, the member directory and the label sheets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cluster_crm.services.dto import ContactView, FollowUpView, OrganisationView, TimelineEntry
from cluster_crm.services.introduction_dto import IntroductionRow, LinkView


@dataclass(frozen=True)
class SheetPerson:
    """A person on an organisation's sheet or in the directory: their role there and how to reach them."""

    contact_id: int
    name: str  # « Claire Martin »
    civility_label: str  # « Madame », « Monsieur » or ""
    job_title: str
    role: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    start_date: date | None
    end_date: date | None
    objected: bool  # objected to being contacted


@dataclass(frozen=True)
class OrganisationSheet:
    organisation: OrganisationView
    address_block: tuple[str, ...]  # AFNOR NF Z10-011, name first
    sector: str  # « C – Industrie manufacturière » or ""
    contacts: tuple[SheetPerson, ...]  # current affiliations
    former_contacts: tuple[SheetPerson, ...]
    interactions: tuple[TimelineEntry, ...]  # the latest, newest first
    follow_ups: tuple[FollowUpView, ...]  # open ones, soonest first
    introductions: tuple[IntroductionRow, ...]
    links: tuple[LinkView, ...]
    cluster_name: str
    printed_on: date


@dataclass(frozen=True)
class ContactSheet:
    contact: ContactView
    civility: str  # « mme », « m » or ""
    address_block: tuple[str, ...]  # to them at their current organisation; () when unusable
    interactions: tuple[TimelineEntry, ...]
    follow_ups: tuple[FollowUpView, ...]
    introductions: tuple[IntroductionRow, ...]
    cluster_name: str
    printed_on: date


@dataclass(frozen=True)
class DirectoryEntry:
    organisation_id: int
    name: str
    kind_label: str
    address_lines: tuple[str, ...]  # without the name
    phone: str
    email: str
    website: str
    naf_code: str
    naf_label: str
    headcount_label: str
    capabilities: str  # short: the first sentences
    member_since: date | None
    contacts: tuple[SheetPerson, ...]  # main ones, current


@dataclass(frozen=True)
class DirectoryGroup:
    title: str  # « C – Industrie manufacturière », « PME »…
    entries: tuple[DirectoryEntry, ...]


@dataclass(frozen=True)
class Directory:
    cluster_name: str
    year: int
    printed_on: date
    by: str  # "sector" or "kind"
    groups: tuple[DirectoryGroup, ...]

    @property
    def entries(self) -> list[DirectoryEntry]:
        return [entry for group in self.groups for entry in group.entries]


@dataclass(frozen=True)
class Label:
    lines: tuple[str, ...]  # the AFNOR block: ≤ 6 lines of ≤ 38 characters
    organisation_id: int | None
    contact_id: int | None


@dataclass(frozen=True)
class SkippedRecord:
    """A record that gets no label (or letter), and why, in words the user can act on."""

    name: str
    reason: str
    organisation_id: int | None = None
    contact_id: int | None = None


@dataclass(frozen=True)
class LabelBatch:
    labels: tuple[Label, ...]
    skipped: tuple[SkippedRecord, ...]
    cluster_name: str
