"""The member directory: every member once, grouped, with contents and an index whose pages are right."""

from __future__ import annotations

import re
from datetime import date

from cluster_crm.documents.directory_pdf import (
    CONTENTS,
    INDEX,
    NO_MEMBER,
    PEOPLE_INDEX,
    PRINTED,
    TITLE,
    write_directory,
)
from cluster_crm.domain.dates import long_date
from cluster_crm.domain.enums import MembershipStatus
from cluster_crm.domain.queries import OrganisationQuery
from cluster_crm.domain.text import fold
from cluster_crm.i18n import translate
from cluster_crm.services.directory import member_directory
from cluster_crm.services.organisations import search_organisation_ids
from tests.integration.document_data import demo_db, pdf_lines, pdf_pages

__all__ = ["demo_db"]
DAY = date(2026, 12, 1)


def _page_of(title: str, text: str) -> int:
    """The page number printed after ``title`` and its dot leaders in a contents or index page."""
    found = re.search(re.escape(title) + r"[ .]*?(\d+)(?!\d)", text)
    assert found, title
    return int(found.group(1))


def test_the_directory_has_every_member_once_in_sorted_groups(demo_db):
    # GIVEN the demo cluster and its members
    members = search_organisation_ids(OrganisationQuery(membership=MembershipStatus.MEMBER), demo_db.uow())
    # WHEN the directory is gathered by sector and by kind
    for by in ("sector", "kind"):
        directory = member_directory(demo_db.uow(), by=by, today=DAY)
        # THEN every member is in it once, each group sorted by folded name
        assert sorted(e.organisation_id for e in directory.entries) == sorted(members)
        for group in directory.groups:
            names = [fold(e.name) for e in group.entries]
            assert names == sorted(names)
    titles = [g.title for g in member_directory(demo_db.uow(), today=DAY).groups]
    assert titles[0] == "C – Industrie manufacturière"
    assert titles == sorted(titles)  # section letters in order


def test_the_directorys_cover_contents_and_index_point_to_the_right_pages(demo_db, tmp_path):
    # GIVEN the directory by sector
    directory = member_directory(demo_db.uow(), today=DAY)
    # WHEN it is printed
    path = write_directory(directory, tmp_path / "annuaire.pdf")
    pages = pdf_pages(path)  # in drawing order: each column's text in one piece
    lines = pdf_lines(path)  # in reading order: dot leaders and page numbers beside their titles
    columns = pdf_lines(path, columns=2)  # the same for the index, in two columns
    # THEN the cover names the cluster, the document, the year and the day it was published
    cover = pages[0]
    assert directory.cluster_name.upper() in cover
    assert translate("Documents", TITLE) in cover
    assert "2026" in cover
    assert translate("Documents", PRINTED).format(date=long_date(DAY)) in cover
    # AND the contents list every group with the page where it starts
    contents = lines[1]
    assert translate("Documents", CONTENTS) in contents
    for group in directory.groups:
        page = _page_of(group.title, contents)
        assert group.title in pages[page - 1], group.title
    # AND every member appears once in the entries, on the page the index of organisations gives
    index_start = _page_of(translate("Documents", INDEX), contents)
    people_start = _page_of(translate("Documents", PEOPLE_INDEX), contents)
    entries = pages[2 : index_start - 1]
    organisations_index = " ".join(columns[index_start - 1 : people_start - 1])
    for entry in directory.entries:
        page = _page_of(entry.name, organisations_index)
        assert entry.name in pages[page - 1], entry.name
        assert sum(page_text.count(f"{entry.name} {entry.kind_label}") for page_text in entries) == 1
    # AND the people are in the index of people, surname first, on their organisation's page
    people_index = " ".join(columns[people_start - 1 :])
    person = directory.entries[0].contacts[0]
    first, _, last = person.name.rpartition(" ")
    assert person.name in pages[_page_of(f"{last}, {first}", people_index) - 1]
    assert all(f"/ {len(pages)}" in page for page in pages[1:])


def test_a_directory_without_members_says_so(database, tmp_path):
    # GIVEN a cluster with no member WHEN its directory is printed
    directory = member_directory(database.uow(), today=DAY)
    pages = pdf_pages(write_directory(directory, tmp_path / "empty.pdf"))
    # THEN a cover and one page that says so: no empty contents or index
    assert directory.groups == ()
    assert len(pages) == 2
    assert translate("Documents", NO_MEMBER) in pages[1]
