"""``cluster-crm export interactions FILE``: calendars and tables, and one French line when it cannot."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import icalendar
import openpyxl
import pytest

from cluster_crm.db.database import open_database
from cluster_crm.domain.interactions import FollowUpDraft, InteractionDraft, InteractionKind
from cluster_crm.services.exports import interaction_table
from cluster_crm.services.interactions import log_interaction
from tests.cli.helpers import assert_one_french_error_line as one_french_error_line
from tests.cli.helpers import run
from tests.clock import pinned_clock
from tests.factories import make_contact, make_organisation


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> Path:
    """A database with three interactions (January, March, October 2026) and one open follow-up."""
    path = tmp_path_factory.mktemp("export") / "crm.sqlite"
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    try:
        plant = make_organisation(database, "Usine de Cléon")
        hospital = make_organisation(database, "CHU de Rouen")
        eloise = make_contact(database, "Éloïse", "Lefèvre", plant)
        for kind, starts_at, subject, follow_up in (
            (InteractionKind.EVENT, datetime(2026, 1, 15, 18, 0), "Vœux 2026", None),
            (InteractionKind.CALL, datetime(2026, 3, 30, 10, 0), "", None),
            (
                InteractionKind.MEETING,
                datetime(2026, 10, 14, 9, 30),
                "Forum numérique : bilan",
                FollowUpDraft(date(2026, 10, 20), "Envoyer le devis"),
            ),
        ):
            draft = InteractionDraft(
                kind=kind,
                starts_at=starts_at,
                subject=subject,
                place="CCI Rouen",
                organisation_ids=[plant, hospital],
                contact_ids=[eloise],
                follow_up=follow_up,
            )
            log_interaction(draft, database.uow(), database.attachments_dir)
    finally:
        database.dispose()
    return path


def test_csv_for_french_excel(db_file, tmp_path):
    out = tmp_path / "échanges.csv"
    result = run("--db", str(db_file), "export", "interactions", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"3 échanges exportés dans {out}"
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == interaction_table([])[0]  # the headers, in the catalogue's language
    assert [r[0] for r in rows[1:]] == ["15/01/2026 18:00", "30/03/2026 10:00", "14/10/2026 09:30"]
    assert rows[3][3] == "Forum numérique : bilan"
    assert rows[3][5] == "CHU de Rouen, Usine de Cléon" and rows[3][6] == "Éloïse Lefèvre"


def test_xlsx_with_dates_filtered_by_since_and_until(db_file, tmp_path):
    out = tmp_path / "échanges.xlsx"
    result = run(
        "--db",
        str(db_file),
        "export",
        "interactions",
        str(out),
        "--since",
        "2026-03-30",
        "--until",
        "2026-10-14",
    )  # both days included
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"2 échanges exportés dans {out}"
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 3
    assert [sheet.cell(row, 1).value for row in (2, 3)] == [
        datetime(2026, 3, 30, 10),
        datetime(2026, 10, 14, 9, 30),
    ]

    result = run("--db", str(db_file), "export", "interactions", str(out), "--until", "14/01/2026")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"0 échange exporté dans {out}"
    assert openpyxl.load_workbook(out).active.max_row == 1  # the header alone


def test_ics_with_the_open_follow_ups(db_file, tmp_path):
    out = tmp_path / "agenda.ics"
    result = run("--db", str(db_file), "export", "interactions", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"3 échanges et 1 relance à faire exportés dans {out}"
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 4
    assert [str(e["UID"]).split("-")[0] for e in events] == ["interaction"] * 3 + ["follow"]
    assert str(calendar.walk("VTIMEZONE")[0]["TZID"]) == "Europe/Paris"
    forum = events[2]
    assert forum.decoded("DTSTART").hour == 9 and str(forum["DTSTART"].params["TZID"]) == "Europe/Paris"
    assert "Forum numérique : bilan" in str(forum["SUMMARY"])
    assert events[3].decoded("DTSTART") == date(2026, 10, 20)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export", "interactions", "{tmp}/échanges.txt"], "format de fichier non pris en charge"),
        (["export", "interactions", "{tmp}/absent/échanges.csv"], "n'existe pas"),
        (["export", "interactions", "{tmp}"], "est un dossier"),
        (["export", "interactions", "{tmp}/x.csv", "--since", "2026-13-01"], "date invalide"),
        (["export", "interactions", "{tmp}/x.csv", "--until", "demain"], "date invalide"),
        (
            ["export", "interactions", "{tmp}/x.csv", "--since", "2026-10-02", "--until", "2026-10-01"],
            "après la date de fin",
        ),
        (
            ["export", "organisations", "{tmp}/x.csv"],
            "l'export des organisations n'est pas encore disponible",
        ),
        (["export", "factures", "{tmp}/x.csv"], "choix invalide"),
    ],
)
def test_bad_input_gives_one_french_line(db_file, tmp_path, args, words):
    line = one_french_error_line(run("--db", str(db_file), *[a.format(tmp=tmp_path) for a in args]))
    assert words in line
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_a_database_that_does_not_exist_is_not_created(tmp_path):
    missing = tmp_path / "faute-de-frappe.sqlite"
    line = one_french_error_line(run("--db", str(missing), "export", "interactions", str(tmp_path / "x.csv")))
    assert "n'existe pas" in line
    assert not missing.exists()
