"""Exports of interactions and follow-ups (ICS, CSV, XLSX) from a real SQLite file, read back."""

from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import pytest
from sqlalchemy import event

from cluster_crm import i18n
from cluster_crm.db.database import open_database
from cluster_crm.domain.interactions import FollowUpDraft, InteractionDraft, InteractionKind
from cluster_crm.io import calendar_export
from cluster_crm.io.calendar_export import paris_timezone, write_ics
from cluster_crm.io.tabular_export import ExportFailed, csv_text, write_table
from cluster_crm.services import follow_ups
from cluster_crm.services.exports import interaction_export_rows, interaction_table, open_follow_up_rows
from cluster_crm.services.interactions import log_interaction
from tests.clock import pinned_clock
from tests.factories import make_contact, make_organisation

PARIS = ZoneInfo("Europe/Paris")
HEADERS = [
    "Date",
    "Fin",
    "Type",
    "Objet",
    "Lieu",
    "Organisations",
    "Personnes",
    "Notes",
    "Pièces jointes",
    "Relances",
]

# The French the lead puts in resources/translations for these texts; the catalogue wins once it has them.
FRENCH = {
    ("Labels", "Meeting"): "Réunion",
    ("Labels", "Call"): "Appel",
    ("Labels", "Event"): "Événement",
    ("Exports", "Date"): "Date",
    ("Exports", "End"): "Fin",
    ("Exports", "Kind"): "Type",
    ("Exports", "Subject"): "Objet",
    ("Exports", "Place"): "Lieu",
    ("Exports", "Organisations"): "Organisations",
    ("Exports", "People"): "Personnes",
    ("Exports", "Notes"): "Notes",
    ("Exports", "Attachments"): "Pièces jointes",
    ("Exports", "Follow-ups"): "Relances",
    ("Exports", "{date}: {note}"): "{date} : {note}",
    ("Exports", "{text} (done)"): "{text} (faite)",
    ("Exports", "Follow-up"): "Relance",
    ("Exports", "Following: {subject}"): "Suite à : {subject}",
    ("Exports", "{label}: {text}"): "{label} : {text}",
    ("Exports", "Participants: {names}"): "Participants : {names}",
    ("Exports", "Follow-ups: {list}"): "Relances : {list}",
    (
        "Errors",
        "{name}: unsupported file type, use {supported}.",
    ): "{name} : type de fichier non pris en charge, choisissez {supported}.",
    ("Errors", "The folder {folder} does not exist."): "Le dossier {folder} n'existe pas.",
    (
        "Errors",
        "{path} cannot be written: permission denied, or the file is open in another program.",
    ): "Impossible d'écrire {path} : accès refusé, ou le fichier est ouvert dans un autre programme.",
}


@pytest.fixture(autouse=True)
def _french(_french_core_messages):
    catalogue = i18n.catalogue_translator("fr")

    def translate(context: str, text: str) -> str:
        found = catalogue(context, text)
        return found if found != text else FRENCH.get((context, text), text)

    i18n.set_translator(translate, "fr")


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'x.sqlite'}", None, pinned_clock())
    yield database
    database.dispose()


def log(db, **fields):
    fields.setdefault("kind", InteractionKind.MEETING)
    return log_interaction(InteractionDraft(**fields), db.uow(), db.attachments_dir)


@pytest.fixture
def filled(db, tmp_path):
    """Three interactions over winter and summer time, three follow-ups (one done)."""
    plant = make_organisation(db, "Usine de Cléon", town="Cléon")
    hospital = make_organisation(db, "CHU de Rouen", town="Rouen")
    eloise = make_contact(db, "Éloïse", "Lefèvre", plant)
    minutes = tmp_path / "compte-rendu.txt"
    minutes.write_text("Compte rendu", encoding="utf-8")
    forum = log(
        db,
        starts_at=datetime(2026, 10, 14, 9, 30),
        ends_at=datetime(2026, 10, 14, 11, 0),
        place="CCI Rouen, salle Molière",
        subject="Forum numérique : bilan",
        notes="Échanges très positifs ; à suivre.\n- devis à envoyer",
        organisation_ids=[plant, hospital],
        contact_ids=[eloise],
        new_attachments=[minutes],
        follow_up=FollowUpDraft(date(2026, 10, 20), "Envoyer le devis"),
    )
    call = log(
        db,
        kind=InteractionKind.CALL,
        starts_at=datetime(2026, 3, 30, 10, 0),
        contact_ids=[eloise],
        follow_up=FollowUpDraft(date(2026, 4, 2), "Rappeler"),
    )
    wishes = log(
        db,
        kind=InteractionKind.EVENT,
        starts_at=datetime(2026, 1, 15, 18, 0),
        ends_at=datetime(2026, 1, 15, 20, 0),
        subject="Vœux 2026",
        organisation_ids=[hospital],
    )
    follow_ups.mark_done(call.follow_ups[0].id, db.uow())
    alone = follow_ups.schedule_follow_up(
        FollowUpDraft(date(2026, 11, 3), "Proposer l'adhésion"), db.uow(), organisation_id=hospital
    )
    return {
        "forum": forum,
        "call": call,
        "wishes": wishes,
        "alone": alone,
        "plant": plant,
        "hospital": hospital,
        "eloise": eloise,
    }


def test_rows_flatten_participants_attachments_and_follow_ups(db, filled):
    rows = interaction_export_rows(db.uow())
    assert [r.id for r in rows] == [
        filled["wishes"].id,
        filled["call"].id,
        filled["forum"].id,
    ]  # oldest first
    forum = rows[2]
    assert forum.kind_label == "Réunion"
    assert forum.organisations == "CHU de Rouen, Usine de Cléon"
    assert forum.contacts == "Éloïse Lefèvre"
    assert forum.attachments == 1
    assert forum.follow_ups == "20/10/2026 : Envoyer le devis"
    assert rows[1].follow_ups == "02/04/2026 : Rappeler (faite)"
    assert rows[1].participants == "Éloïse Lefèvre"


def test_since_and_until_select_the_interactions_and_the_follow_ups(db, filled):
    since, until = datetime(2026, 3, 1), datetime(2026, 11, 1)
    assert [r.subject for r in interaction_export_rows(db.uow(), since=since)] == [
        "",
        "Forum numérique : bilan",
    ]
    assert [r.subject for r in interaction_export_rows(db.uow(), until=until.replace(month=3))] == [
        "Vœux 2026"
    ]
    assert [r.id for r in interaction_export_rows(db.uow(), since, datetime(2026, 10, 14))] == [
        filled["call"].id
    ]
    # open follow-ups only (the call's is done), by due date
    assert [f.note for f in open_follow_up_rows(db.uow())] == ["Envoyer le devis", "Proposer l'adhésion"]
    assert [f.note for f in open_follow_up_rows(db.uow(), since, until)] == ["Envoyer le devis"]
    assert [f.note for f in open_follow_up_rows(db.uow(), until=datetime(2026, 10, 20, 8, 0))] == [
        "Envoyer le devis"  # due that day: a time of day keeps the whole day
    ]


def test_rows_cost_the_same_few_queries_whatever_their_number(db, filled, tmp_path):
    def queries() -> int:
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            interaction_export_rows(db.uow())
            open_follow_up_rows(db.uow())
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        return len(statements)

    few = queries()
    for day in range(1, 11):
        org = make_organisation(db, f"PME {day}")
        person = make_contact(db, "Anne", f"Martin {day}", org)
        log(
            db,
            starts_at=datetime(2026, 5, day, 9, 0),
            subject=f"Visite {day}",
            organisation_ids=[org],
            contact_ids=[person],
            follow_up=FollowUpDraft(date(2026, 6, day), "Rappeler"),
        )
    assert queries() == few


def test_the_calendar_reads_back_with_its_timezone_events_and_follow_ups(db, filled, tmp_path):
    path = tmp_path / "agenda.ics"
    stamp = datetime(2026, 10, 1, 12, 0, tzinfo=ZoneInfo("UTC"))
    write_ics(path, interaction_export_rows(db.uow()), open_follow_up_rows(db.uow()), stamp=stamp)
    data = path.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF everywhere
    assert max(len(line) for line in data.split(b"\r\n")) <= 75  # folded lines
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0" and "Cluster CRM" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Cluster CRM"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Paris"
    [timezone] = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Paris"
    assert calendar.get_missing_tzids() == set()

    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 5  # three interactions, two open follow-ups
    forum = events[f"interaction-{filled['forum'].id}@cluster-crm"]
    start, end = forum.decoded("DTSTART"), forum.decoded("DTEND")
    assert str(forum["DTSTART"].params["TZID"]) == "Europe/Paris"
    assert start.tzinfo is not None and start.utcoffset() == timedelta(hours=2)  # summer time
    assert (start.replace(tzinfo=None), end.replace(tzinfo=None)) == (
        datetime(2026, 10, 14, 9, 30),
        datetime(2026, 10, 14, 11, 0),
    )
    assert start.astimezone(ZoneInfo("UTC")).hour == 7
    assert str(forum["SUMMARY"]) == "Réunion : Forum numérique : bilan"
    assert str(forum["LOCATION"]) == "CCI Rouen, salle Molière"
    description = str(forum["DESCRIPTION"])
    assert "Participants : CHU de Rouen, Usine de Cléon, Éloïse Lefèvre" in description
    assert "Échanges très positifs ; à suivre.\n- devis à envoyer" in description
    assert "Relances : 20/10/2026 : Envoyer le devis" in description
    assert forum["CATEGORIES"].cats == ["Réunion"]
    assert forum.decoded("DTSTAMP") == stamp

    wishes = events[f"interaction-{filled['wishes'].id}@cluster-crm"]
    assert wishes.decoded("DTSTART").utcoffset() == timedelta(hours=1)  # winter time
    assert wishes.decoded("DTSTART").hour == 18
    call = events[f"interaction-{filled['call'].id}@cluster-crm"]
    assert str(call["SUMMARY"]) == "Appel : Éloïse Lefèvre"  # no subject: who was called
    assert call.decoded("DTEND") - call.decoded("DTSTART") == timedelta(hours=1)  # default length
    assert "LOCATION" not in call

    reminder = events[f"follow-up-{filled['forum'].follow_ups[0].id}@cluster-crm"]
    assert reminder.decoded("DTSTART") == date(2026, 10, 20)  # an all-day event on its due date
    assert reminder.decoded("DTEND") == date(2026, 10, 21)
    assert "VALUE=DATE:20261020" in reminder.to_ical().decode()
    assert str(reminder["SUMMARY"]) == "Relance : Envoyer le devis — CHU de Rouen · Éloïse Lefèvre"
    assert "Suite à : Forum numérique : bilan" in str(reminder["DESCRIPTION"])
    [alarm] = reminder.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and alarm.decoded("TRIGGER") == timedelta(hours=9)
    alone = events[f"follow-up-{filled['alone'].id}@cluster-crm"]
    assert str(alone["SUMMARY"]) == "Relance : Proposer l'adhésion — CHU de Rouen"


def test_the_timezone_follows_the_tz_database():
    """The RRULE form matches zoneinfo in the years it is used for; older years get zoneinfo's own."""
    recent = paris_timezone(2020, 2037)
    assert [c.name for c in recent.subcomponents] == ["DAYLIGHT", "STANDARD"]
    assert all("RRULE" in c for c in recent.subcomponents)
    tz = recent.to_tz()
    moment = datetime(2020, 1, 1, 0, 30)
    while moment.year < 2038:
        assert moment.replace(tzinfo=tz).utcoffset() == moment.replace(tzinfo=PARIS).utcoffset(), moment
        moment += timedelta(hours=23)
    old = paris_timezone(1990, 1995)  # summer time ended in September then
    assert "RRULE" not in old.to_ical().decode()
    tz = old.to_tz()
    for moment in (datetime(1992, 9, 30, 12), datetime(1992, 10, 20, 12), datetime(1993, 7, 1)):
        assert moment.replace(tzinfo=tz).utcoffset() == moment.replace(tzinfo=PARIS).utcoffset()


def test_the_csv_is_for_french_excel(db, filled, tmp_path):
    path = tmp_path / "échanges.csv"
    write_table(path, *interaction_table(interaction_export_rows(db.uow())))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join(HEADERS)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == HEADERS
    assert len(rows) == 4
    forum = dict(zip(HEADERS, rows[3], strict=True))
    assert forum["Date"] == "14/10/2026 09:30" and forum["Fin"] == "14/10/2026 11:00"
    assert forum["Type"] == "Réunion" and forum["Objet"] == "Forum numérique : bilan"
    assert forum["Lieu"] == "CCI Rouen, salle Molière"
    assert forum["Personnes"] == "Éloïse Lefèvre" and forum["Pièces jointes"] == "1"
    assert forum["Notes"] == "Échanges très positifs ; à suivre.\n- devis à envoyer"  # kept whole
    assert forum["Relances"] == "20/10/2026 : Envoyer le devis"
    assert dict(zip(HEADERS, rows[2], strict=True))["Fin"] == ""


def test_cells_excel_would_run_as_formulas_are_defused():
    assert csv_text('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert csv_text("- point") == "'- point"
    assert csv_text(-3) == "-3" and csv_text(2.5) == "2,5" and csv_text(None) == ""
    assert csv_text(date(2026, 1, 2)) == "02/01/2026"


def test_the_xlsx_has_real_dates_a_bold_frozen_header_and_a_filter(db, filled, tmp_path):
    path = tmp_path / "échanges.xlsx"
    headers, rows = interaction_table(interaction_export_rows(db.uow()))
    rows.append([datetime(2026, 12, 1, 8, 0), None, "Autre", "=1+1", "", "", "", "ligne\x0bverticale", 0, ""])
    write_table(path, headers, rows)
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == HEADERS
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:J5"
    assert sheet.max_row == 5
    first = sheet["A4"]
    assert first.value == datetime(2026, 10, 14, 9, 30) and first.is_date
    assert first.number_format == "dd/mm/yyyy hh:mm"
    assert sheet["B4"].value == datetime(2026, 10, 14, 11, 0)
    assert sheet["C4"].value == "Réunion" and sheet["G4"].value == "Éloïse Lefèvre"
    assert sheet["I4"].value == 1
    assert sheet["D5"].value == "=1+1" and sheet["D5"].data_type == "s"  # text, not a formula
    assert sheet["H5"].value == "ligneverticale"
    assert 10 < sheet.column_dimensions["A"].width <= 60
    assert sheet.column_dimensions["H"].width <= 60


def test_an_unknown_extension_names_the_supported_ones(tmp_path):
    with pytest.raises(ExportFailed) as caught:
        write_table(tmp_path / "échanges.ods", ["Date"], [])
    assert (
        caught.value.message() == "échanges.ods : type de fichier non pris en charge, choisissez .csv, .xlsx."
    )


def test_a_missing_folder_or_a_refused_write_is_a_sentence_and_leaves_nothing_behind(tmp_path, monkeypatch):
    with pytest.raises(ExportFailed) as caught:
        write_table(tmp_path / "absent" / "x.csv", ["Date"], [])
    assert caught.value.message() == f"Le dossier {tmp_path / 'absent'} n'existe pas."

    target = tmp_path / "x.csv"
    target.write_text("ancien", encoding="utf-8")

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportFailed) as caught:
        write_table(target, ["Date"], [[date(2026, 1, 1)]])
    assert caught.value.message().startswith(f"Impossible d'écrire {target} : accès refusé")
    assert target.read_text(encoding="utf-8") == "ancien"  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv"]  # no temporary file left


def test_an_empty_calendar_is_still_valid(tmp_path):
    path = write_ics(tmp_path / "vide.ics", [], [], stamp=datetime(2026, 12, 4, 10, 0))
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert calendar.walk("VEVENT") == [] and len(calendar.walk("VTIMEZONE")) == 1
    assert calendar_export.PRODID in path.read_text(encoding="utf-8")
