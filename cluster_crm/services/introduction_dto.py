"""Read-only views of needs, suggestions, introductions and links, for the interface and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cluster_crm.domain.introductions import IntroductionDraft
from cluster_crm.domain.needs import NeedDraft
from cluster_crm.domain.relationships import LinkDraft, before_name
from cluster_crm.services.dto import FollowUpView, TimelineEntry


@dataclass(frozen=True)
class NeedRow:
    id: int
    title: str
    organisation_id: int
    organisation_name: str
    status: str
    status_label: str
    received_on: date
    deadline: date | None
    introductions: int
    tags: tuple[str, ...]


@dataclass(frozen=True)
class NeedView:
    id: int
    title: str
    description: str
    keywords: str
    tags: tuple[str, ...]
    naf_codes: tuple[str, ...]
    naf_labels: tuple[str, ...]
    headcount_text: str
    town: str
    max_distance_km: int | None
    deadline: date | None
    status: str
    status_label: str
    received_on: date
    organisation_id: int
    organisation_name: str
    contact_id: int | None
    contact_name: str
    draft: NeedDraft


@dataclass(frozen=True)
class Reason:
    """One reason for or against a suggestion, in the user's language, with its weight in the score."""

    text: str
    points: float
    kind: str = ""  # what it is about: words, description, tags, naf, member, distance, headcount…


@dataclass(frozen=True)
class Suggestion:
    organisation_id: int
    name: str
    town: str
    score: float
    reasons_for: tuple[Reason, ...]
    reasons_against: tuple[Reason, ...]
    is_member: bool
    already_introduced_id: int | None = None  # an introduction of this SME for this need
    blocked: bool = False  # objection to being contacted: cannot be introduced
    dismissed: bool = False
    dismissed_reason: str = ""
    contact_id: int | None = None  # the SME's person to introduce, when one is suitable
    contact_name: str = ""
    notes: tuple[str, ...] = ()  # neither for nor against: « Distance inconnue »


@dataclass(frozen=True)
class PartyContact:
    """A person who can speak for a party of an introduction."""

    id: int
    name: str
    role: str
    objected_on: date | None


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    from_status: str | None
    from_label: str
    status: str
    status_label: str
    changed_on: date
    note: str


@dataclass(frozen=True)
class IntroductionRow:
    id: int
    status: str
    status_label: str
    status_on: date
    proposed_on: date
    contracting_id: int
    contracting_name: str
    contracting_contact_name: str
    sme_id: int
    sme_name: str
    sme_contact_name: str
    need_id: int | None
    need_title: str
    outcome_label: str
    amount_eur: int | None

    @property
    def title(self) -> str:
        return f"{self.contracting_name} ↔ {self.sme_name}"


@dataclass(frozen=True)
class IntroductionView:
    row: IntroductionRow
    note: str
    contracting_contact_id: int | None
    sme_contact_id: int | None
    contracting_agreed_on: date | None
    sme_agreed_on: date | None
    introduced_on: date | None
    ended_on: date | None
    outcome: str | None
    close_reason: str | None
    close_reason_label: str
    history: tuple[HistoryEntry, ...]
    interactions: tuple[TimelineEntry, ...]
    follow_ups: tuple[FollowUpView, ...]
    draft: IntroductionDraft
    warnings: tuple[str, ...] = field(default=())

    @property
    def id(self) -> int:
        return self.row.id


@dataclass(frozen=True)
class LinkView:
    """A link seen from one organisation: "<label> <other>" ("Client de Renault Cléon")."""

    id: int
    kind: str
    label: str
    other_id: int
    other_name: str
    start_date: date | None
    end_date: date | None
    note: str
    draft: LinkDraft
    current: bool
    """Not ended on the day the view was read."""

    @property
    def lead(self) -> str:
        """What comes before the other organisation's name: « Client d’ », « Fournisseur de »."""
        return before_name(self.label, self.other_name)
