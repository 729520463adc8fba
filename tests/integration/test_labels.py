"""Label sheets: the selection, the skipped records and why, and each block inside its label."""

from __future__ import annotations

import math
from datetime import date

import pytest
from pypdf import PdfReader

from cluster_crm.documents.labels_pdf import LABEL_SHEETS, write_labels
from cluster_crm.domain.enums import Civility, MembershipStatus
from cluster_crm.domain.postal import MAX_LENGTH, MAX_LINES, NO_STREET
from cluster_crm.i18n import translate
from cluster_crm.services.labels import NO_ORGANISATION, NOT_FOUND, OBJECTED, LabelSelection, label_batch
from cluster_crm.services.progress import Cancelled
from cluster_crm.services.sheets import organisation_sheet
from tests.factories import make_contact, make_organisation
from tests.integration.document_data import demo_db, text_runs

__all__ = ["demo_db"]


@pytest.fixture
def small_cluster(database):
    """Two member organisations with an address, one without, and their people."""
    address = {"address_street": "12 rue Jeanne d'Arc", "postcode": "76000", "town": "Rouen"}
    member = MembershipStatus.MEMBER
    good = make_organisation(database, "Datalyse", membership_status=member, **address)
    other = make_organisation(database, "Seine Cobotique", membership_status=member, **address)
    bare = make_organisation(database, "Sans Adresse", membership_status=member, town="Rouen")
    people = {
        "claire": make_contact(database, "Claire", "Martin", good, civility=Civility.MADAME),
        "objected": make_contact(database, "Paul", "Richard", other, objected_on=date(2026, 3, 1)),
        "homeless": make_contact(database, "Léa", "Petit"),
        "bare": make_contact(database, "Marc", "Blanc", bare, civility=Civility.MONSIEUR),
    }
    return {"good": good, "other": other, "bare": bare, **people}


def test_a_persons_label_is_to_them_at_their_organisation(database, small_cluster):
    # GIVEN a person at an organisation with an address
    # WHEN their label is made
    batch = label_batch(LabelSelection(contact_ids=(small_cluster["claire"],)), database.uow())
    # THEN the organisation is the recipient and the person the attention line, the town in capitals
    assert [label.lines for label in batch.labels] == [
        ("Datalyse", "Madame Claire MARTIN", "12 RUE JEANNE D ARC", "76000 ROUEN")
    ]
    assert batch.skipped == ()


def test_records_without_an_address_or_who_objected_are_skipped_with_a_reason(database, small_cluster):
    # GIVEN the people of the small cluster, and an id that does not exist
    ids = (
        small_cluster["claire"],
        small_cluster["objected"],
        small_cluster["homeless"],
        small_cluster["bare"],
    )
    # WHEN their labels are asked for
    batch = label_batch(LabelSelection(contact_ids=(*ids, 9999)), database.uow())
    # THEN only Claire gets one; every other record is listed with its reason
    assert [label.contact_id for label in batch.labels] == [small_cluster["claire"]]
    reasons = {record.contact_id: record.reason for record in batch.skipped}
    assert set(reasons) == {small_cluster["objected"], small_cluster["homeless"], small_cluster["bare"], 9999}
    assert reasons[small_cluster["objected"]] == translate("Documents", OBJECTED)
    assert reasons[small_cluster["homeless"]] == translate("Documents", NO_ORGANISATION)
    assert reasons[small_cluster["bare"]] == translate("Errors", NO_STREET)
    assert reasons[9999] == translate("Documents", NOT_FOUND)


def test_members_filter_gives_the_organisations_and_skips_the_one_without_address(database, small_cluster):
    # GIVEN three member organisations, one without a street
    # WHEN the members' labels are made
    batch = label_batch(LabelSelection(members=True), database.uow())
    # THEN two labels, sorted by name, and the third skipped by name
    assert [label.lines[0] for label in batch.labels] == ["Datalyse", "Seine Cobotique"]
    assert [record.name for record in batch.skipped] == ["Sans Adresse"]
    # AND with --contacts, their people instead (not the one who objected)
    people = label_batch(LabelSelection(members=True, contacts=True), database.uow())
    assert [label.lines[1] for label in people.labels] == ["Madame Claire MARTIN"]
    assert {record.contact_id for record in people.skipped} == {
        small_cluster["objected"],
        small_cluster["bare"],
    }


@pytest.mark.parametrize("per_page", [14, 21])
def test_every_block_is_drawn_inside_its_label(demo_db, tmp_path, per_page):
    # GIVEN the labels of every person of the demo's members
    batch = label_batch(LabelSelection(members=True, contacts=True), demo_db.uow())
    sheet = LABEL_SHEETS[per_page]
    # WHEN they are printed
    reader = PdfReader(write_labels(batch, tmp_path / "labels.pdf", sheet))
    # THEN there are as many pages as needed, each label within AFNOR's limits
    assert len(reader.pages) == math.ceil(len(batch.labels) / per_page)
    for label in batch.labels:
        assert len(label.lines) <= MAX_LINES
        assert all(len(line) <= MAX_LENGTH for line in label.lines)
    # AND every line drawn on a page falls inside its label's rectangle, padding kept, in order
    for number, page in enumerate(reader.pages[:2]):
        drawn: dict[int, list[str]] = {}
        for x, y, text in text_runs(page):
            index = next(
                i
                for i in range(per_page)
                if _inside(x, y, sheet.rectangle(i), sheet.padding_mm * 72 / 25.4 - 0.5)
            )
            drawn.setdefault(index, []).append(text.strip())
        expected = batch.labels[number * per_page : (number + 1) * per_page]
        assert len(drawn) == len(expected) == per_page
        assert [tuple(drawn[i]) for i in sorted(drawn)] == [label.lines for label in expected]


def _inside(x: float, y: float, rectangle: tuple[float, float, float, float], padding: float) -> bool:
    left, bottom, width, height = rectangle
    return (
        left + padding <= x <= left + width - padding and bottom + padding <= y <= bottom + height - padding
    )


def test_the_car_plants_block_fits_a_label(demo_db):
    # GIVEN the car plant (its address has a BP and a CEDEX)
    block = organisation_sheet(1, demo_db.uow()).address_block
    # THEN its label is the same block as its sheet's
    batch = label_batch(LabelSelection(organisation_ids=(1,)), demo_db.uow())
    assert batch.labels[0].lines == block


def test_a_long_batch_reports_its_progress_and_can_be_cancelled(demo_db):
    # GIVEN every organisation of the demo
    calls: list[tuple[int, int]] = []
    # WHEN their labels are made with a progress callback
    batch = label_batch(LabelSelection(), demo_db.uow(), lambda done, total: calls.append((done, total)))
    # THEN it is told of the work done, up to every record
    total = len(batch.labels) + len(batch.skipped)
    assert calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)

    # AND a callback that cancels stops the batch
    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        label_batch(LabelSelection(), demo_db.uow(), cancel)
