"""The report as PDF and XLSX, and the introductions export, read back from the files they write."""

import csv
import io
from datetime import datetime

import openpyxl
import pytest
from pypdf import PdfReader

from cluster_crm.db.database import open_database
from cluster_crm.documents.report_files import write_report
from cluster_crm.domain.periods import parse_period
from cluster_crm.io.introductions_export import history_table, introduction_table
from cluster_crm.io.tabular_export import ExportFailed
from cluster_crm.services.introduction_exports import export_introductions
from cluster_crm.services.reports import introduction_report
from cluster_crm.services.settings import save_settings
from tests.clock import pinned_clock
from tests.integration.report_data import REPORT_DAY, build_report_cluster

CLUSTER = "Normandie Industries & Santé"


@pytest.fixture(scope="module")
def cluster_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("documents") / "crm.sqlite"
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    cluster = build_report_cluster(database)
    save_settings({"cluster.name": CLUSTER}, database.uow())
    yield database, cluster
    database.dispose()


def report_of(cluster_db, period="2026-Q3", group_by="contracting"):
    return introduction_report(parse_period(period), cluster_db[0].uow(), group_by, today=REPORT_DAY)


def pdf_text(path) -> list[str]:
    """Each page's text with every run of spaces (narrow no-break ones included) made one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def quarter_pdf(cluster_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "rapport.pdf"
    write_report(report_of(cluster_db), path)
    return path


def test_the_pdf_shows_the_period_the_figures_and_the_organisations(quarter_pdf):
    pages = pdf_text(quarter_pdf)
    text = " ".join(pages)
    # THEN the first page names the cluster, the period in French and the day it was printed
    assert CLUSTER.upper() in pages[0]
    assert "3e trimestre 2026" in pages[0]
    assert "1er juillet 2026" in pages[0] and "30 septembre 2026" in pages[0]
    assert "10 octobre 2026" in pages[0]
    # AND the totals in French number formatting
    assert "57 500 €" in text and "80 %" in text
    # AND every contracting organisation and the parties of the concluded introductions
    for name in ("CHU de Rouen", "Métropole Rouen Normandie", "Safran Nacelles", "Usine de Cléon"):
        assert name in text
    assert "Plateforme de télésuivi des patients" in text and "40 000 €" in text
    assert "09/07/2026" in text and "30/09/2026" in text


def test_the_pdf_numbers_its_pages(quarter_pdf):
    pages = pdf_text(quarter_pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in page


def test_the_pdf_embeds_its_fonts_and_says_what_it_is(quarter_pdf):
    reader = PdfReader(quarter_pdf)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descendant["/FontDescriptor"].get_object()
    # THEN only DejaVu is used, and it is embedded (no Helvetica left to the reader's machine)
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts
    assert all(fonts.values())
    assert reader.metadata.title.endswith("3e trimestre 2026")
    assert reader.metadata.author == CLUSTER
    assert "3e trimestre 2026" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"


def test_the_pdf_by_sector_and_of_an_empty_period(cluster_db, tmp_path):
    by_sector = tmp_path / "secteurs.pdf"
    write_report(report_of(cluster_db, group_by="sector"), by_sector)
    text = " ".join(pdf_text(by_sector))
    assert "C – Industrie manufacturière" in text and "Q – Santé humaine et action sociale" in text

    empty = tmp_path / "vide.pdf"
    write_report(report_of(cluster_db, "2025-Q2"), empty)
    pages = pdf_text(empty)
    assert "2e trimestre 2025" in pages[0]
    assert f"Page 1 / {len(pages)}" in pages[0]


def test_the_xlsx_report_holds_the_figures_the_groups_and_the_concluded(cluster_db, tmp_path):
    report = report_of(cluster_db)
    path = tmp_path / "rapport.xlsx"
    write_report(report, path)
    workbook = openpyxl.load_workbook(path)
    figures, groups, trend, concluded, outcomes = workbook.worksheets
    # THEN the figures sheet gives each figure as a number, with its definition
    values = {row[0].value: row for row in figures.iter_rows(min_row=2)}
    for figure in report.figures:
        cell = values[figure.label][1]
        assert cell.value == pytest.approx(report.totals.value(figure.key)), figure.key
        assert values[figure.label][2].value == figure.definition
    assert values[report.figure("amount_eur").label][1].number_format == '#,##0 "€"'
    assert values[report.figure("conversion_rate").label][1].number_format == "0.0%"
    # AND one row per contracting organisation, then the total
    assert groups.title == report.group_title
    assert [r[0].value for r in groups.iter_rows(min_row=2)] == [
        "CHU de Rouen",
        "Métropole Rouen Normandie",
        "Safran Nacelles",
        "Usine de Cléon",
        "Total",
    ]
    chu = [c.value for c in next(groups.iter_rows(min_row=2, max_row=2))]
    assert chu[1:] == [2, 1, 2, 2, 1, 3, 1, 45_000, 90]
    assert [c.value for c in next(groups.iter_rows(min_row=6, max_row=6))][1:] == [
        5,
        6,
        5,
        4,
        0.8,
        4,
        3,
        57_500,
        75,
    ]
    # AND the trend, the concluded introductions with real dates, and the outcomes
    assert [r[2].value for r in trend.iter_rows(min_row=2)] == [0, 1, 1, 5]
    assert [r[0].value for r in concluded.iter_rows(min_row=2)] == [
        datetime(2026, 7, 9),
        datetime(2026, 8, 1),
        datetime(2026, 9, 13),
        datetime(2026, 9, 30),
    ]
    assert [r[5].value for r in concluded.iter_rows(min_row=2)] == [40_000, None, 12_500, 5_000]
    assert [r[2].value for r in outcomes.iter_rows(min_row=2)] == [3, 1, 0, 1, 1, 1, 0]
    assert figures.freeze_panes == "A2"


def test_a_report_file_of_another_type_is_refused(cluster_db, tmp_path):
    with pytest.raises(ExportFailed):
        write_report(report_of(cluster_db), tmp_path / "rapport.docx")
    assert list(tmp_path.iterdir()) == []


def test_introductions_to_xlsx_with_their_history(cluster_db, tmp_path):
    database, cluster = cluster_db
    path = tmp_path / "mises-en-relation.xlsx"
    # WHEN every introduction is exported
    written = export_introductions(path, database.uow)
    # THEN the first sheet has one row per introduction, oldest proposal first, with real dates
    workbook = openpyxl.load_workbook(path)
    sheet, history = workbook.worksheets
    headers = [c.value for c in sheet[1]]
    assert headers == introduction_table([])[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert written == (10, 27)
    assert len(rows) == 10
    by_id = {row[0]: dict(zip(headers, row, strict=True)) for row in rows}
    i3 = list(by_id[cluster.introductions["I3"]].values())
    assert i3[1] == "Usine de Cléon" and i3[3] == "Tôlerie Normande" and i3[5] == "Carters en tôle fine"
    assert i3[8] == datetime(2026, 7, 5)  # proposed on
    assert i3[11] == datetime(2026, 7, 15) and i3[12] == datetime(2026, 9, 13)  # introduced, ended
    assert i3[14] == 12_500
    assert rows[0][0] == cluster.introductions["I9"]  # proposed on 1 March
    # AND the history has one row per change of stage: 1 proposal + each later move
    assert [c.value for c in history[1]] == history_table([])[0]
    moves = [[c.value for c in row] for row in history.iter_rows(min_row=2)]
    assert len(moves) == 27
    i4 = [m for m in moves if m[0] == cluster.introductions["I4"]]
    assert [m[3] for m in i4] == [datetime(2026, 7, 10), datetime(2026, 7, 20), datetime(2026, 8, 31)]
    assert i4[0][4] is None and i4[1][4] == i4[0][5]  # the second move starts where the first ended


def test_introductions_to_csv_for_french_excel(cluster_db, tmp_path):
    database, cluster = cluster_db
    path = tmp_path / "mises-en-relation.csv"
    assert export_introductions(path, database.uow) == (10, 0)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == introduction_table([])[0]
    assert len(rows) == 11
    i1 = next(r for r in rows[1:] if r[0] == str(cluster.introductions["I1"]))
    assert i1[8] == "01/04/2026" and i1[12] == "09/07/2026" and i1[14] == "40000"


def test_an_empty_database_exports_headers_only(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'vide.sqlite'}", None, pinned_clock())
    try:
        path = tmp_path / "vide.xlsx"
        assert export_introductions(path, database.uow) == (0, 0)
        assert [ws.max_row for ws in openpyxl.load_workbook(path).worksheets] == [1, 1]
    finally:
        database.dispose()
