"""The reports page: the hand-counted cluster's figures in the tiles, the table and the charts; export."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.integration.report_data import build_report_cluster


@pytest.fixture
def page(qtbot, own, empty_ctx):
    from cluster_crm.ui.views.reports_page import ReportsPage

    build_report_cluster(empty_ctx.database)
    page = own(ReportsPage(empty_ctx))
    page.resize(1300, 900)
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.show()
    return page


def show_quarter(qtbot, page, code="2026-Q3"):
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("quarter"))
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.select_period(code)
        if page.report is not None and page.report.period.code == code:
            page.refresh()


def test_the_third_quarter_shows_the_hand_counted_figures(qtbot, page):
    # GIVEN the cluster whose Q3 2026 figures were counted by hand (tests/integration/report_data.py)
    show_quarter(qtbot, page)
    # THEN the tiles say 5 needs, 5 introductions made, 80 % converted, 4 concluded, 75 days, 57 500 €
    tiles = {key: tile.number.text() for key, tile in page.tiles.items()}
    assert tiles["needs_received"] == "5"
    assert tiles["introductions_made"] == "5"
    assert tiles["conversion_rate"].replace("\u202f", " ").replace("\xa0", " ") == "80 %"
    assert tiles["concluded"] == "4"
    assert tiles["median_days_to_conclusion"] == "75"
    assert tiles["amount_eur"].replace("\u202f", " ").replace("\xa0", " ") == "57 500 €"
    # AND one row per contracting organisation, then the whole cluster in bold
    labels = [page.groups.topLevelItem(i).text(0) for i in range(page.groups.topLevelItemCount())]
    assert labels[-1] == "Ensemble du cluster"
    assert {"CHU de Rouen", "Safran Nacelles", "Usine de Cléon"} <= set(labels)
    chu = page.groups.topLevelItem(labels.index("CHU de Rouen"))
    cells = [chu.text(c).replace("\u202f", " ").replace("\xa0", " ") for c in range(1, 9)]
    assert cells == ["2", "1", "2", "100 %", "3", "1", "45 000 €", "90"]
    assert page.concluded.topLevelItemCount() == 4
    # AND the trend chart has the four last quarters, this one last
    axis = page.trend_chart.axes()[0]
    assert list(axis.categories())[-1] == "T3 2026"


def test_by_sector_groups_by_naf_section(qtbot, page):
    show_quarter(qtbot, page)
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.group_combo.setCurrentIndex(page.group_combo.findData("sector"))
    labels = [page.groups.topLevelItem(i).text(0) for i in range(page.groups.topLevelItemCount())]
    assert any(label.startswith("C – ") for label in labels)
    assert any(label.startswith("Q – ") for label in labels)


def test_export_as_pdf_and_xlsx(qtbot, page, tmp_path):
    show_quarter(qtbot, page)
    pdf = tmp_path / "bilan.pdf"
    page.export("pdf", pdf)
    qtbot.waitUntil(lambda: pdf.exists() and "écrit" in page.status_label.text(), timeout=10_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "3e trimestre 2026" in text and "57" in text
    workbook = tmp_path / "bilan"
    page.export("xlsx", workbook)
    qtbot.waitUntil(lambda: (tmp_path / "bilan.xlsx").exists(), timeout=10_000)


def test_a_change_made_while_the_page_is_hidden_shows_when_it_comes_back(qtbot, page, empty_ctx):
    from cluster_crm.domain.needs import NeedDraft
    from cluster_crm.services.needs import add_need
    from tests.factories import make_organisation

    # GIVEN the current quarter on screen, then the page hidden
    before = page.report.totals.needs_received
    page.hide()
    # WHEN a need is recorded today elsewhere in the window
    plant = make_organisation(empty_ctx.database, "Usine nouvelle", kind="contracting")
    add_need(NeedDraft(organisation_id=plant, title="Besoin du jour"), empty_ctx.database.uow())
    empty_ctx.bus.sig_data_changed.emit("needs")
    # THEN showing the page again counts it
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.show()
    assert page.report.totals.needs_received == before + 1
