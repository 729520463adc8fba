"""The funders' report against a hand-counted cluster (see report_data.py for the table of figures)."""

from dataclasses import fields
from datetime import date

import pytest
from sqlalchemy import event

from cluster_crm.db.database import open_database
from cluster_crm.domain.errors import InvalidValue
from cluster_crm.domain.periods import parse_period
from cluster_crm.i18n import translate
from cluster_crm.services.report_dto import NO_SECTOR, ReportFigures
from cluster_crm.services.reports import introduction_report
from cluster_crm.services.settings import save_settings
from tests.clock import pinned_clock
from tests.integration.report_data import REPORT_DAY, build_report_cluster


@pytest.fixture(scope="module")
def cluster_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "crm.sqlite"
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    cluster = build_report_cluster(database)
    yield database, cluster
    database.dispose()


def report_of(cluster_db, period="2026-Q3", group_by="contracting", today=REPORT_DAY):
    database, _cluster = cluster_db
    return introduction_report(parse_period(period), database.uow(), group_by, today=today)


def figures(needs, proposals, made, made_concluded, concluded, closed, amount, median):
    return ReportFigures(needs, proposals, made, made_concluded, concluded, closed, amount, median)


def test_the_quarter_totals_match_the_hand_count(cluster_db):
    # WHEN the report of the 3rd quarter 2026 is drawn up on 10 October 2026
    report = report_of(cluster_db)
    # THEN every figure is the one counted by hand
    assert report.totals == figures(5, 6, 5, 4, 4, 3, 57_500, 75.0)
    assert report.totals.conversion_rate == pytest.approx(0.8)
    assert report.is_complete
    assert report.generated_on == REPORT_DAY
    assert (report.period.start, report.period.end) == (date(2026, 7, 1), date(2026, 10, 1))


def test_one_row_per_contracting_organisation_in_name_order(cluster_db):
    _database, cluster = cluster_db
    report = report_of(cluster_db)
    assert [(g.label, g.organisation_id) for g in report.groups] == [
        ("CHU de Rouen", cluster.chu),
        ("Métropole Rouen Normandie", cluster.metropole),
        ("Safran Nacelles", cluster.safran),
        ("Usine de Cléon", cluster.cleon),
    ]
    chu, metropole, safran, cleon = (g.figures for g in report.groups)
    assert chu == figures(2, 1, 2, 2, 3, 1, 45_000, 90.0)  # median of 30, 90 and 91 days
    assert metropole == figures(1, 1, 0, 0, 0, 0, 0, None)
    assert safran == figures(1, 2, 1, 1, 0, 1, 0, None)  # I5 concluded on 5 October: after the quarter
    assert cleon == figures(1, 2, 2, 1, 1, 1, 12_500, 60.0)
    assert [g.figures.conversion_rate for g in report.groups] == [1.0, None, 1.0, 0.5]
    assert report.group_title == translate("Reports", "Contracting organisation")


def test_the_groups_add_up_to_the_totals(cluster_db):
    for group_by in ("contracting", "sector"):
        report = report_of(cluster_db, group_by=group_by)
        for name in (
            "needs_received",
            "proposals",
            "introductions_made",
            "made_and_concluded",
            "concluded",
            "closed",
            "amount_eur",
        ):
            assert sum(getattr(g.figures, name) for g in report.groups) == getattr(report.totals, name), name


def test_one_row_per_naf_section_of_the_contracting_organisation(cluster_db):
    # WHEN the same quarter is grouped by sector
    report = report_of(cluster_db, group_by="sector")
    # THEN Safran (30.30Z) and Cléon (29.10Z) share section C, the CHU (86.10Z) is in Q,
    # and the institution without a NAF code comes last, as not specified
    assert [(g.label, g.section) for g in report.groups] == [
        ("C – Industrie manufacturière", "C"),
        ("Q – Santé humaine et action sociale", "Q"),
        (translate("Reports", NO_SECTOR), ""),
    ]
    manufacturing, health, unknown = (g.figures for g in report.groups)
    assert manufacturing == figures(2, 4, 3, 2, 1, 2, 12_500, 60.0)
    assert health == figures(2, 1, 2, 2, 3, 1, 45_000, 90.0)
    assert unknown == figures(1, 1, 0, 0, 0, 0, 0, None)
    assert report.totals == report_of(cluster_db).totals


def test_conversion_counts_what_is_concluded_by_the_report_date(cluster_db):
    # GIVEN I5, made in August, was concluded on 5 October
    # WHEN the report of the same quarter is drawn up on 4 October
    report = report_of(cluster_db, today=date(2026, 10, 4))
    # THEN I5 is not yet concluded: 3 of the 5 introductions made are
    assert report.totals.made_and_concluded == 3
    assert report.totals.conversion_rate == pytest.approx(0.6)
    assert report.totals.concluded == 4  # the quarter's own conclusions do not change


def test_a_period_not_over_counts_only_what_happened_by_the_report_date(cluster_db):
    # WHEN the 3rd quarter is reported on 15 August, in its middle
    report = report_of(cluster_db, today=date(2026, 8, 15))
    # THEN what happened after 15 August is left out, whatever the introductions' stage today
    assert not report.is_complete
    assert report.totals == figures(3, 4, 4, 1, 2, 1, 40_000, 60.0)  # the median of 90 and 30 days
    assert [c.id for c in report.concluded] == [cluster_db[1].introductions[k] for k in ("I1", "I2")]


def test_the_trend_over_the_last_four_quarters(cluster_db):
    report = report_of(cluster_db)
    assert [(p.label, p.short_label) for p in report.trend] == [
        ("4e trimestre 2025", "T4 2025"),
        ("1er trimestre 2026", "T1 2026"),
        ("2e trimestre 2026", "T2 2026"),
        ("3e trimestre 2026", "T3 2026"),
    ]
    assert [(p.needs_received, p.introductions_made, p.concluded) for p in report.trend] == [
        (0, 0, 0),
        (1, 1, 0),  # N1; I9
        (1, 2, 1),  # N2; I1 and I8; I9 concluded
        (5, 5, 4),  # the quarter itself
    ]
    assert report.trend[-1].period == report.period


def test_the_concluded_introductions_in_order_of_conclusion(cluster_db):
    _database, cluster = cluster_db
    report = report_of(cluster_db)
    ids = cluster.introductions
    assert [
        (c.id, c.contracting_name, c.sme_name, c.need_title, c.outcome, c.amount_eur, c.concluded_on, c.days)
        for c in report.concluded
    ] == [
        (ids["I1"], "CHU de Rouen", "Usinage Précis", "", "contract", 40_000, date(2026, 7, 9), 90),
        (
            ids["I2"],
            "CHU de Rouen",
            "Numérique 76",
            "Plateforme de télésuivi des patients",
            "partnership",
            None,
            date(2026, 8, 1),
            30,
        ),
        (
            ids["I3"],
            "Usine de Cléon",
            "Tôlerie Normande",
            "Carters en tôle fine",
            "contract",
            12_500,
            date(2026, 9, 13),
            60,
        ),
        (
            ids["I10"],
            "CHU de Rouen",
            "Tôlerie Normande",
            "Chariots en inox sur mesure",
            "contract",
            5_000,
            date(2026, 9, 30),
            91,
        ),
    ]
    assert report.concluded[0].introduced_on == date(2026, 4, 10)  # made in the previous quarter


def test_outcomes_and_reasons_for_closing(cluster_db):
    report = report_of(cluster_db)
    assert [(r.key, r.count, r.amount_eur) for r in report.outcomes] == [
        ("contract", 3, 57_500),
        ("partnership", 1, 0),
        ("other", 0, 0),
    ]
    assert [(r.key, r.count) for r in report.close_reasons] == [
        ("unreachable", 1),  # I6, closed before being introduced
        ("not_for_us", 1),  # I8, introduced in the previous quarter
        ("declined", 1),  # I4
        ("other", 0),
    ]
    assert sum(r.count for r in report.outcomes) == report.totals.concluded
    assert sum(r.count for r in report.close_reasons) == report.totals.closed


def test_a_month(cluster_db):
    report = report_of(cluster_db, "2026-09")
    # September: N6 and N7; I6 and I7 proposed; I3 and I10 concluded; I6 closed; nothing introduced
    assert report.totals == figures(2, 2, 0, 0, 2, 1, 17_500, 75.5)
    assert report.totals.conversion_rate is None
    assert [(p.short_label, p.needs_received, p.introductions_made, p.concluded) for p in report.trend] == [
        ("juin 2026", 0, 0, 1),
        ("juil. 2026", 2, 4, 1),
        ("août 2026", 1, 1, 1),
        ("sept. 2026", 2, 0, 2),
    ]


def test_a_year_still_running(cluster_db):
    # WHEN the year 2026 is reported on 10 October
    report = report_of(cluster_db, "2026")
    # THEN it holds everything up to that day, N8 (1 October) and I5's conclusion (5 October) included
    assert not report.is_complete
    assert report.totals == figures(8, 10, 8, 6, 6, 3, 65_500, 75.0)  # median of 30 46 60 90 91 92 days
    assert [p.label for p in report.trend] == ["2023", "2024", "2025", "2026"]
    assert [p.introductions_made for p in report.trend] == [0, 0, 0, 8]


def test_a_period_without_activity(cluster_db):
    report = report_of(cluster_db, "2025-Q2")
    assert report.totals == ReportFigures()
    assert report.totals.conversion_rate is None and report.totals.is_empty
    assert report.groups == () and report.concluded == ()
    assert [r.count for r in report.outcomes] == [0, 0, 0]
    assert len(report.trend) == 4


def test_every_figure_has_a_label_and_a_definition(cluster_db):
    report = report_of(cluster_db)
    keys = [f.key for f in report.figures]
    assert set(keys) == {f.name for f in fields(ReportFigures)} | {"conversion_rate"}
    assert all(f.label and f.short_label and len(f.definition) > 30 for f in report.figures)
    assert report.figure("conversion_rate").definition == translate(
        "Reports",
        "Introductions made in the period and concluded by the date of the report, divided by the "
        "introductions made in the period.",
    )


def test_the_cluster_name_comes_from_the_settings(cluster_db):
    database, _cluster = cluster_db
    assert report_of(cluster_db).cluster_name == "Cluster"
    save_settings({"cluster.name": "Normandie Industries & Santé"}, database.uow())
    try:
        assert report_of(cluster_db).cluster_name == "Normandie Industries & Santé"
    finally:
        save_settings({"cluster.name": ""}, database.uow())


def test_an_unknown_grouping_is_refused(cluster_db):
    with pytest.raises(InvalidValue):
        report_of(cluster_db, group_by="region")


def test_the_report_reads_the_database_in_a_fixed_number_of_queries(cluster_db):
    # GIVEN a count of the statements the report sends
    database, _cluster = cluster_db
    statements = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        for group_by in ("contracting", "sector"):
            report_of(cluster_db, "2026", group_by)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    # THEN each report costs the setting, the period's introductions and needs, and the trend's two
    # counts: no query per row
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2 * 5, selects
