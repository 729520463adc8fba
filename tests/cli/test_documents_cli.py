"""``cluster-crm print sheet|directory|labels``: the files, the French lines, the refusals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cluster_crm.db.database import open_database
from cluster_crm.demo.cluster import load_demo
from tests.cli.helpers import assert_one_french_error_line, run
from tests.clock import TODAY, pinned_clock

CAR_PLANT_SIRET = "58430815902721"


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("documents-cli") / "crm.sqlite"
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    try:
        load_demo(database.uow())
    finally:
        database.dispose()
    return path


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_print_sheet_by_siret_writes_the_car_plants_sheet(db_file, tmp_path):
    # GIVEN the demo database WHEN the car plant's sheet is printed by its SIRET
    target = tmp_path / "cleon.pdf"
    result = run("--db", str(db_file), "print", "sheet", "--organisation", CAR_PLANT_SIRET, "-o", str(target))
    # THEN one French line says where, and the PDF is the car plant's
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Fiche « Usine automobile de Cléon » écrite dans {target}"
    assert "584 308 159 02721" in _text(target)


def test_print_sheet_of_a_contact(db_file, tmp_path):
    target = tmp_path / "person.pdf"
    result = run("--db", str(db_file), "print", "sheet", "--contact", "1", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Fiche « ") and target.exists()


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--organisation", "732 829 320 00074"], "732 829 320 00074"),
        (["--organisation", "9999"], "9999"),
        (["--organisation", "Renault"], "ni un numéro d'organisation ni un SIRET"),
        (["--contact", "9999"], "9999"),
    ],
)
def test_print_sheet_of_someone_unknown_is_refused(db_file, tmp_path, options, expected):
    # GIVEN an id or SIRET nobody has WHEN its sheet is asked for THEN one French error line names it
    result = run("--db", str(db_file), "print", "sheet", *options, "-o", str(tmp_path / "x.pdf"))
    assert expected in assert_one_french_error_line(result)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("target", "expected"),
    [("missing/sheet.pdf", "n'existe pas"), ("sheet.docx", "format de fichier"), (".", "est un dossier")],
)
def test_print_sheet_to_a_bad_path_is_refused(db_file, tmp_path, target, expected):
    result = run("--db", str(db_file), "print", "sheet", "--organisation", "1", "-o", str(tmp_path / target))
    assert expected in assert_one_french_error_line(result)


def test_print_directory_writes_annuaire_of_the_year_in_the_current_folder(db_file, tmp_path):
    # GIVEN no file name WHEN the directory is printed from a folder
    result = subprocess.run(
        [sys.executable, "-m", "cluster_crm", "--db", str(db_file), "print", "directory", "--by", "kind"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    # THEN it is written there as « annuaire-AAAA.pdf », and the line says how many members
    assert result.returncode == 0, result.stderr
    name = f"annuaire-{TODAY.year}.pdf"
    assert (tmp_path / name).exists()
    assert result.stdout.startswith("Annuaire de ") and result.stdout.strip().endswith(f"écrit dans {name}")
    assert "Usine automobile de Cléon" in _text(tmp_path / name)


def test_print_labels_lists_the_skipped_ones(db_file, tmp_path):
    # GIVEN the demo, where some people objected to being contacted
    target = tmp_path / "labels.pdf"
    # WHEN the labels of the members' people are printed 21 to a page
    result = run(
        "--db",
        str(db_file),
        "print",
        "labels",
        "--members",
        "--contacts",
        "--per-page",
        "21",
        "-o",
        str(target),
    )
    # THEN the first line counts labels and sheets, then each skipped person is listed with a reason
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    count = int(lines[0].split()[0])
    pages = len(PdfReader(target).pages)
    assert pages == -(-count // 21)
    assert lines[0] == f"{count} étiquettes sur {pages} planches écrites dans {target}"
    assert lines[1].endswith("fiches écartées :") or lines[1].endswith("fiche écartée :")
    assert any("Amina Roussel : " in line for line in lines[2:])


def test_print_labels_with_a_bad_option_is_refused(db_file, tmp_path):
    result = run("--db", str(db_file), "print", "labels", "--per-page", "12", "-o", str(tmp_path / "l.pdf"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "cluster-crm : " in result.stderr
