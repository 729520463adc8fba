"""``cluster-crm print letter`` and ``print letters``: letters from the work, mail merge, French errors."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from cluster_crm.db.database import open_database
from cluster_crm.demo.letterhead import demo_letterhead
from cluster_crm.domain.enums import Civility, MembershipStatus, OrganisationKind
from cluster_crm.domain.interactions import InteractionDraft, InteractionKind
from cluster_crm.domain.introductions import IntroductionDraft
from cluster_crm.services.interactions import log_interaction, timeline
from cluster_crm.services.introductions import propose_introduction
from tests.cli.helpers import assert_one_french_error_line, run
from tests.clock import pinned_clock
from tests.factories import make_contact, make_organisation

ADDRESS = {"address_street": "12 rue Jeanne d'Arc", "postcode": "76000", "town": "Rouen"}


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(path).pages))


@pytest.fixture
def db_file(tmp_path) -> tuple[Path, dict[str, int]]:
    """Three members (one without a postcode, one that objected), a meeting, an introduction."""
    path = tmp_path / "crm.sqlite"
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    member = MembershipStatus.MEMBER
    try:
        demo_letterhead(database.uow())
        plant = make_organisation(
            database, "Usine de Cléon", kind=OrganisationKind.CONTRACTING, membership_status=member, **ADDRESS
        )
        sme = make_organisation(database, "Mécanique Durand", membership_status=member, **ADDRESS)
        make_organisation(
            database, "Atelier Sans Code", membership_status=member, address_street="1 rue Haute"
        )
        make_organisation(
            database, "Forge Opposée", membership_status=member, objected_on=date(2026, 3, 2), **ADDRESS
        )
        make_organisation(database, "Pas Adhérent", **ADDRESS)
        martin = make_contact(database, "Claire", "Martin", plant, civility=Civility.MADAME)
        durand = make_contact(database, "Paul", "Durand", sme, civility=Civility.MONSIEUR)
        draft = InteractionDraft(
            kind=InteractionKind.MEETING,
            starts_at=datetime(2026, 11, 12, 10, 0),
            subject="Achats de pièces usinées",
            organisation_ids=[plant],
            contact_ids=[martin],
        )
        meeting = log_interaction(draft, database.uow(), database.attachments_dir).id
        introduction = propose_introduction(
            IntroductionDraft(
                contracting_id=plant, sme_id=sme, contracting_contact_id=martin, sme_contact_id=durand
            ),
            database.uow(),
            confirmed=True,
        ).id
    finally:
        database.dispose()
    return path, {"plant": plant, "sme": sme, "meeting": meeting, "introduction": introduction}


def timeline_of(path: Path, organisation_id: int):  # noqa: ANN201
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    try:
        return timeline(database.uow(), organisation_id=organisation_id)
    finally:
        database.dispose()


def test_follow_up_letter_of_a_meeting(db_file, tmp_path):
    # GIVEN a meeting with Mme Martin
    path, ids = db_file
    out = tmp_path / "suivi.pdf"
    # WHEN its letter is printed
    result = run("--db", str(path), "print", "letter", "--interaction", str(ids["meeting"]), "-o", str(out))
    # THEN one letter, to her, from the meeting, recorded on the plant's timeline
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"1 courrier écrit dans {out} (« Usine de Cléon — Claire Martin »)"
    text = pdf_text(out)
    assert "Madame Claire MARTIN" in text and "du 12 novembre 2026" in text
    assert "Madame," in text and "Achats de pièces usinées" in text
    latest = timeline_of(path, ids["plant"])[0]
    assert (latest.kind, latest.attachments) == ("letter", 1)


def test_both_introduction_letters_with_a_chosen_template(db_file, tmp_path):
    path, ids = db_file
    out = tmp_path / "point.pdf"
    result = run(
        "--db", str(path), "print", "letter", "--introduction", str(ids["introduction"]),
        "--template", "Point sur une mise en relation", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"2 courriers écrits dans {out}")
    text = pdf_text(out)
    assert "Votre mise en relation avec Usine de Cléon" in text
    assert "Votre mise en relation avec Mécanique Durand" in text
    assert len(PdfReader(out).pages) == 2


def test_mail_merge_of_members_lists_the_skipped(db_file, tmp_path):
    # GIVEN four members, two of which cannot receive a letter
    path, _ = db_file
    out = tmp_path / "adherents.pdf"
    # WHEN the welcome letter is merged for the members, without recording them
    result = run(
        "--db", str(path), "print", "letters", "--template", "welcome_member", "--members", "--no-record",
        "-o", str(out),
    )  # fmt: skip
    # THEN two letters, the two others listed on stderr with their reasons, and a summary
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"2 courriers écrits dans {out} ; 2 ignorés"
    skipped = result.stderr.splitlines()
    assert len(skipped) == 2
    assert any("Atelier Sans Code" in line for line in skipped)
    assert any("Forge Opposée" in line and "02/03/2026" in line for line in skipped)
    text = pdf_text(out)
    assert "Usine de Cléon" in text and "Mécanique Durand" in text and "Pas Adhérent" not in text


def test_mail_merge_filtered_by_kind(db_file, tmp_path):
    path, _ = db_file
    out = tmp_path / "do.pdf"
    result = run(
        "--db", str(path), "print", "letters", "--template", "welcome_member", "--kind", "contracting",
        "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"1 courrier écrit dans {out} ; 0 ignoré"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("letter", "--interaction", "999"), "n° 999"),
        (("letter", "--introduction", "999"), "999"),
        (
            ("letter", "--interaction", "1", "--template", "inexistant"),
            "modèle de courrier inconnu « inexistant »",
        ),
        (("letters", "--template", "follow_up"), "date_rendez_vous"),
        (("letters", "--template", "welcome_member", "--town", "Nulle-Part"), "aucun courrier"),
    ],
)
def test_errors_are_one_french_line(db_file, tmp_path, args, expected):
    path, _ = db_file
    result = run("--db", str(path), "print", *args, "-o", str(tmp_path / "x.pdf"))
    line = assert_one_french_error_line(result)
    assert expected in line
    assert not (tmp_path / "x.pdf").exists()


def test_bad_output_path(db_file, tmp_path):
    path, ids = db_file
    for target, expected in (
        (tmp_path / "absent" / "x.pdf", "n'existe pas"),
        (tmp_path / "x.docx", "format de fichier non pris en charge"),
    ):
        result = run(
            "--db", str(path), "print", "letter", "--interaction", str(ids["meeting"]), "-o", str(target)
        )
        assert expected in assert_one_french_error_line(result)


def test_unknown_field_is_named(db_file, tmp_path):
    # GIVEN a template whose body has a misspelt field (stored behind the editor's back)
    path, ids = db_file
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    try:
        from cluster_crm.db.models import LetterTemplate

        with database.uow() as uow:
            uow.letter_templates.add(
                LetterTemplate(name="Cassé", subject="", body="<p>{{prenon}}</p>", closing="")
            )
            uow.commit()
    finally:
        database.dispose()
    result = run(
        "--db", str(path), "print", "letter", "--interaction", str(ids["meeting"]), "--template", "Cassé",
        "-o", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert "champ(s) inconnu(s) dans le modèle de courrier : prenon" in assert_one_french_error_line(result)
