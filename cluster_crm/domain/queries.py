"""What a list asks for: search text, filters and sort order of organisations and contacts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cluster_crm.domain.enums import MembershipStatus, OrganisationKind


class OrganisationSort(StrEnum):
    NAME = "name"
    KIND = "kind"
    TOWN = "town"
    MEMBERSHIP = "membership"
    NAF = "naf"
    UPDATED = "updated"


class ContactSort(StrEnum):
    NAME = "name"
    JOB_TITLE = "job_title"
    UPDATED = "updated"


@dataclass(frozen=True)
class OrganisationQuery:
    text: str = ""
    kind: OrganisationKind | None = None
    tag: str | None = None
    membership: MembershipStatus | None = None
    town: str | None = None
    sort: OrganisationSort = OrganisationSort.NAME
    descending: bool = False


@dataclass(frozen=True)
class ContactQuery:
    text: str = ""
    organisation_id: int | None = None
    sort: ContactSort = ContactSort.NAME
    descending: bool = False
