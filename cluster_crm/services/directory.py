"""The member directory: every member organisation, grouped by NAF section or by kind, sorted by name."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from cluster_crm.db.models import Organisation
from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.contact_points import format_phone
from cluster_crm.domain.enums import HeadcountBand, MembershipStatus, OrganisationKind
from cluster_crm.domain.naf import naf_label
from cluster_crm.domain.naf_sections import NAF_SECTIONS, naf_section
from cluster_crm.domain.queries import OrganisationQuery
from cluster_crm.domain.text import collapse_spaces, fold
from cluster_crm.i18n import QT_TRANSLATE_NOOP, translate
from cluster_crm.services.letterhead import get_letterhead
from cluster_crm.services.organisations import address_lines
from cluster_crm.services.sheet_dto import Directory, DirectoryEntry, DirectoryGroup
from cluster_crm.services.sheets import sheet_person

GROUPINGS = ("sector", "kind")
NO_SECTOR = QT_TRANSLATE_NOOP("Documents", "Sector not given")
MAIN_CONTACTS = 3
SHORT_CAPABILITIES = 220  # characters


def member_directory(uow: UnitOfWork, by: str = "sector", today: date | None = None) -> Directory:
    """Every member, once, in groups sorted by section letter (or kind), then by folded name."""
    today = today or uow.clock.today()
    name = get_letterhead(uow).name
    with uow:
        ids = uow.organisations.search_ids(OrganisationQuery(membership=MembershipStatus.MEMBER))
        entries = [(_group_key(org, by), _entry(org, today)) for org in uow.organisations.load(ids)]
    return Directory(
        cluster_name=name, year=today.year, printed_on=today, by=by, groups=tuple(_grouped(entries, by))
    )


def _group_key(org: Organisation, by: str) -> str:
    if by == "kind":
        return org.kind
    section = naf_section(org.naf_code)
    return section.letter if section else ""


def _grouped(entries: Iterable[tuple[str, DirectoryEntry]], by: str) -> list[DirectoryGroup]:
    groups: dict[str, list[DirectoryEntry]] = {}
    for key, entry in entries:
        groups.setdefault(key, []).append(entry)
    if by == "kind":
        order = [(kind.value, kind.label) for kind in OrganisationKind]
    else:
        order = [(s.letter, s.title) for s in NAF_SECTIONS] + [("", translate("Documents", NO_SECTOR))]
    return [
        DirectoryGroup(title, tuple(sorted(groups[key], key=lambda e: (fold(e.name), e.organisation_id))))
        for key, title in order
        if key in groups
    ]


def _entry(org: Organisation, today: date) -> DirectoryEntry:
    current = [a for a in org.affiliations if a.end_date is None or a.end_date >= today]
    people = [
        sheet_person(a.contact, a.role, a.start_date, a.end_date)
        for a in current
        if not a.contact.objected_on
    ]
    people.sort(key=lambda p: (not p.role, fold(p.name)))
    return DirectoryEntry(
        organisation_id=org.id,
        name=collapse_spaces(org.name),
        kind_label=OrganisationKind(org.kind).label,
        address_lines=address_lines(org),
        phone=format_phone(org.phone),
        email=org.email or "",
        website=org.website or "",
        naf_code=org.naf_code or "",
        naf_label=naf_label(org.naf_code),
        headcount_label=HeadcountBand(org.headcount_band).label if org.headcount_band else "",
        capabilities=short_text(org.capabilities, SHORT_CAPABILITIES),
        member_since=org.member_since,
        contacts=tuple(people[:MAIN_CONTACTS]),
    )


def short_text(text: str | None, limit: int) -> str:
    """``text`` on one line, cut after a word with « … » when longer than ``limit`` characters."""
    text = collapse_spaces(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return f"{cut}…"
