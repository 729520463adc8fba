"""``cluster-crm print report`` and ``export introductions``: the files, the French lines, the refusals."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from cluster_crm.db.database import open_database
from cluster_crm.io.introductions_export import introduction_table
from tests.cli.helpers import assert_one_french_error_line as one_french_error_line
from tests.cli.helpers import run
from tests.clock import pinned_clock
from tests.integration.report_data import build_report_cluster


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> Path:
    """The hand-counted cluster of report_data.py (its 3rd quarter 2026 is over and known)."""
    path = tmp_path_factory.mktemp("report-cli") / "crm.sqlite"
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    try:
        build_report_cluster(database)
    finally:
        database.dispose()
    return path


def test_a_quarterly_report_as_pdf(db_file, tmp_path):
    out = tmp_path / "rapport T3.pdf"
    result = run("--db", str(db_file), "print", "report", "--quarter", "2026-Q3", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Rapport du 3e trimestre 2026 écrit dans {out}"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "3e trimestre 2026" in text and "57 500 €" in text and "Usine de Cléon" in text
    assert "Page 1 / " in text


def test_a_monthly_report_by_sector_as_xlsx(db_file, tmp_path):
    out = tmp_path / "rapport.xlsx"
    result = run(
        "--db", str(db_file), "print", "report", "--month", "2026-09", "--by", "sector", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Rapport de septembre 2026 écrit dans {out}"
    groups = openpyxl.load_workbook(out).worksheets[1]
    # September: section C has Safran's need (N7), I6 proposed and closed, and I3 concluded
    assert [r[0].value for r in groups.iter_rows(min_row=2)][:2] == [
        "C – Industrie manufacturière",
        "Q – Santé humaine et action sociale",
    ]
    assert [c.value for c in next(groups.iter_rows(min_row=2, max_row=2))][1:8] == [1, 1, 0, 0, None, 1, 1]


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--year", "2026", "Rapport de l'année 2026"),
        ("--month", "2026-10", "Rapport d'octobre 2026"),
        ("--quarter", "2026-T1", "Rapport du 1er trimestre 2026"),
    ],
)
def test_the_success_line_names_the_period_in_french(db_file, tmp_path, option, value, words):
    out = tmp_path / "rapport.pdf"
    result = run("--db", str(db_file), "print", "report", option, value, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{words} écrit dans {out}"
    assert out.read_bytes().startswith(b"%PDF")


def test_introductions_to_xlsx_and_csv(db_file, tmp_path):
    xlsx = tmp_path / "mises-en-relation.xlsx"
    result = run("--db", str(db_file), "export", "introductions", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"10 mises en relation et 27 changements d'étape exportés dans {xlsx}"
    assert [ws.max_row for ws in openpyxl.load_workbook(xlsx).worksheets] == [11, 28]

    table = tmp_path / "mises-en-relation.csv"
    result = run("--db", str(db_file), "export", "introductions", str(table))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"10 mises en relation exportées dans {table}"
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == introduction_table([])[0] and len(rows) == 11


def test_an_empty_database_says_zero_in_the_singular(tmp_path):
    empty = tmp_path / "vide.sqlite"
    open_database(f"sqlite:///{empty}", None, pinned_clock()).dispose()
    out = tmp_path / "vide.csv"
    result = run("--db", str(empty), "export", "introductions", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"0 mise en relation exportée dans {out}"


REPORT = ["print", "report"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([*REPORT, "--quarter", "2026-Q5", "-o", "{tmp}/r.pdf"], "trimestre invalide « 2026-Q5 »"),
        ([*REPORT, "--quarter", "2026-12", "-o", "{tmp}/r.pdf"], "trimestre invalide « 2026-12 »"),
        ([*REPORT, "--month", "2026-13", "-o", "{tmp}/r.pdf"], "mois invalide « 2026-13 »"),
        ([*REPORT, "--year", "26", "-o", "{tmp}/r.pdf"], "année invalide « 26 »"),
        ([*REPORT, "-o", "{tmp}/r.pdf"], "une de ces options est obligatoire : --quarter --month --year"),
        ([*REPORT, "--quarter", "2026-Q4", "--year", "2026", "-o", "{tmp}/r.pdf"], "incompatible avec"),
        ([*REPORT, "--quarter", "2026-Q4"], "arguments obligatoires manquants : -o/--output"),
        ([*REPORT, "--quarter", "2026-Q4", "--by", "region", "-o", "{tmp}/r.pdf"], "choix invalide"),
        ([*REPORT, "--quarter", "2026-Q4", "-o", "{tmp}/r.docx"], "format de fichier non pris en charge"),
        ([*REPORT, "--quarter", "2026-Q4", "-o", "{tmp}/absent/r.pdf"], "n'existe pas"),
        ([*REPORT, "--quarter", "2026-Q4", "-o", "{tmp}"], "est un dossier"),
        (["print"], "arguments obligatoires manquants : DOCUMENT"),
        (["print", "facture", "-o", "{tmp}/r.pdf"], "choix invalide"),
        (["export", "introductions", "{tmp}/m.ics"], "(choisissez .csv ou .xlsx)"),
        (["export", "introductions", "{tmp}/absent/m.xlsx"], "n'existe pas"),
        (
            ["export", "introductions", "{tmp}/m.csv", "--since", "2026-01-01"],
            "ne s'appliquent qu'à l'export des échanges",
        ),
    ],
)
def test_bad_input_gives_one_french_line(db_file, tmp_path, args, words):
    line = one_french_error_line(run("--db", str(db_file), *[a.format(tmp=tmp_path) for a in args]))
    assert words in line
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.mark.parametrize(
    "args",
    [
        ["print", "report", "--quarter", "2026-Q4", "-o", "{tmp}/r.pdf"],
        ["export", "introductions", "{tmp}/m.xlsx"],
    ],
)
def test_a_database_that_does_not_exist_is_not_created(tmp_path, args):
    missing = tmp_path / "faute-de-frappe.sqlite"
    line = one_french_error_line(run("--db", str(missing), *[a.format(tmp=tmp_path) for a in args]))
    assert f"la base de données {missing} n'existe pas" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == []
