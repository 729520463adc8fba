"""Organisation and person sheets: what the services gather and what the PDF shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from cluster_crm.documents.directory_pdf import write_directory
from cluster_crm.documents.labels_pdf import write_labels
from cluster_crm.documents.sheet_pdf import FORMER_CONTACTS, write_contact_sheet, write_organisation_sheet
from cluster_crm.documents.sheet_tables import DATE, SUBJECT, TYPE, WITH
from cluster_crm.domain.contacts import AffiliationDraft
from cluster_crm.domain.dates import long_date
from cluster_crm.domain.errors import NotFound
from cluster_crm.i18n import translate
from cluster_crm.services.contacts import get_contact, update_contact
from cluster_crm.services.directory import member_directory
from cluster_crm.services.labels import LabelSelection, label_batch
from cluster_crm.services.sheets import contact_sheet, organisation_sheet
from tests.factories import make_contact, make_organisation
from tests.integration.document_data import demo_db, fonts_of, pdf_pages

__all__ = ["demo_db"]
CAR_PLANT = 1
CAR_PLANT_SIRET = "584 308 159 02721"


def test_the_car_plants_sheet_shows_its_identity_address_and_people(demo_db, tmp_path):
    # GIVEN the demo's car plant, found by its SIRET
    sheet = organisation_sheet(CAR_PLANT_SIRET, demo_db.uow())
    assert sheet.organisation.id == CAR_PLANT
    # WHEN its sheet is printed
    pages = pdf_pages(write_organisation_sheet(sheet, tmp_path / "sheet.pdf"))
    text = " ".join(pages)
    # THEN the PDF has its name, SIRET, NAF code and label, every address line and every current contact
    assert "Usine automobile de Cléon" in pages[0]
    assert CAR_PLANT_SIRET in pages[0]
    assert "29.10Z – Construction de véhicules automobiles" in pages[0]
    assert sheet.address_block[0] == "Usine automobile de Cléon"
    assert sheet.address_block[-1] == "76410 CLEON CEDEX"
    for line in sheet.address_block:
        assert line in pages[0]
    assert sheet.contacts
    for person in sheet.contacts:
        assert person.name in text
        for phone in person.phones:
            assert phone in text
    # AND its latest interactions, open follow-ups and introductions, numbered pages
    assert len(sheet.interactions) == 10
    assert all(not f.done for f in sheet.follow_ups)
    for introduction in sheet.introductions:
        assert introduction.sme_name in text
    assert all(f"/ {len(pages)}" in page for page in pages)


def test_a_sheet_by_an_unknown_siret_or_id_is_refused(demo_db):
    # GIVEN a SIRET no organisation has, and an id no organisation has
    # WHEN their sheets are asked for THEN the user is told which one is unknown
    with pytest.raises(NotFound) as error:
        organisation_sheet("732 829 320 00074", demo_db.uow())
    assert "732 829 320 00074" in error.value.message()
    with pytest.raises(NotFound):
        organisation_sheet(99_999, demo_db.uow())


def test_a_persons_sheet_shows_their_organisations_and_their_objection(demo_db, tmp_path):
    # GIVEN a person of the car plant who objected to being contacted
    plant = organisation_sheet(CAR_PLANT, demo_db.uow())
    person = next(p for p in plant.contacts if p.objected)
    # WHEN their sheet is printed
    sheet = contact_sheet(person.contact_id, demo_db.uow())
    text = " ".join(pdf_pages(write_contact_sheet(sheet, tmp_path / "person.pdf")))
    # THEN it has their civility and name, job title, organisation, phones and the day they objected
    assert f"{person.civility_label} {person.name}" in text
    assert person.job_title in text
    assert "Usine automobile de Cléon" in text
    for phone in person.phones:
        assert phone in text
    assert sheet.contact.objected_on is not None
    assert long_date(sheet.contact.objected_on) in text
    for entry in sheet.interactions:
        assert entry.subject.split()[0] in text


def test_former_contacts_are_kept_apart_with_their_dates(database, tmp_path):
    # GIVEN an organisation with a current contact and one who left
    org = make_organisation(
        database, "Datalyse", address_street="3 rue Lafayette", postcode="76100", town="Rouen"
    )
    make_contact(database, "Claire", "Martin", org, role="Gérante")
    gone = make_contact(database, "Paul", "Durand", org, role="Commercial")
    draft = get_contact(gone, database.uow()).draft
    ended = AffiliationDraft(org, "Commercial", date(2019, 3, 1), date(2024, 6, 30))
    update_contact(gone, replace(draft, affiliations=[ended]), database.uow())
    # WHEN its sheet is made and printed
    sheet = organisation_sheet(org, database.uow())
    text = " ".join(pdf_pages(write_organisation_sheet(sheet, tmp_path / "sheet.pdf")))
    # THEN the one who left is under the former contacts, with the day they left
    assert [p.name for p in sheet.contacts] == ["Claire Martin"]
    assert [p.name for p in sheet.former_contacts] == ["Paul Durand"]
    former = translate("Documents", FORMER_CONTACTS)
    assert text.index(former) < text.index("Paul Durand")
    assert "30/06/2024" in text
    assert sheet.address_block == ("Datalyse", "3 RUE LAFAYETTE", "76100 ROUEN")


def test_a_long_table_repeats_its_headings_on_the_next_page(demo_db, tmp_path):
    # GIVEN the car plant's sheet, which runs over several pages
    pages = pdf_pages(
        write_organisation_sheet(organisation_sheet(CAR_PLANT, demo_db.uow()), tmp_path / "s.pdf")
    )
    assert len(pages) > 1
    # THEN the table that goes on to the second page starts it with its headings again
    headings = " ".join(translate("Documents", h) for h in (DATE, TYPE, SUBJECT, WITH))
    assert pages[0].count(headings) == 1 and pages[1].startswith(headings)


def test_every_document_embeds_dejavu_only_and_says_what_it_is(demo_db, tmp_path):
    # GIVEN the car plant's sheet, a person's sheet, the directory and a label sheet
    plant = organisation_sheet(CAR_PLANT, demo_db.uow())
    documents = [
        write_organisation_sheet(plant, tmp_path / "plant.pdf"),
        write_contact_sheet(
            contact_sheet(plant.contacts[0].contact_id, demo_db.uow()), tmp_path / "person.pdf"
        ),
        write_directory(member_directory(demo_db.uow()), tmp_path / "directory.pdf"),
        write_labels(label_batch(LabelSelection(members=True), demo_db.uow()), tmp_path / "labels.pdf"),
    ]
    for path in documents:
        # THEN only DejaVu is named, and embedded (no Helvetica left to the reader's machine)
        fonts = fonts_of(path)
        assert fonts and all("DejaVuSans" in name for name in fonts), (path.name, fonts)
        assert all(fonts.values())
        # AND the PDF has a title, the cluster as author, and the French language
        reader = PdfReader(path)
        assert reader.metadata.title and reader.metadata.author == plant.cluster_name
        assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    assert PdfReader(documents[0]).metadata.title.endswith("Usine automobile de Cléon")
