"""Issue 3's "done when": from the dashboard, log a meeting with two people from two organisations
and a follow-up in three weeks; see it on both organisations' timelines and on the dashboard; export
the follow-ups to a calendar file that parses."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from cluster_crm.domain.interactions import Delay
from cluster_crm.services.contacts import contact_choices
from cluster_crm.services.organisations import organisation_choices
from tests.clock import TODAY
from tests.ui.conftest import closed, settle


def test_log_see_and_export(qtbot, window, tmp_path, monkeypatch):
    ctx = window.ctx
    plant = organisation_choices("cleon", ctx.database.uow())[0]
    hospital = organisation_choices("chu rouen", ctx.database.uow())[0]
    person_of_plant = contact_choices("cleon", ctx.database.uow())[0]
    person_of_hospital = contact_choices("chu rouen", ctx.database.uow())[0]
    assert window.stack.currentWidget() is window.dashboard_page
    # WHEN the animator logs the meeting (the keyboard-only path is in test_quick_log.py)
    dialog = window.log_interaction()
    settle()
    qtbot.waitExposed(dialog)
    settle()
    dialog.organisations.set_items([plant, hospital])
    dialog.people.set_items([person_of_plant, person_of_hospital])
    dialog.subject_edit.setText("Rencontre CHU et usine : besoins en maintenance")
    dialog.follow_up_combo.setCurrentIndex(dialog.follow_up_combo.findData(Delay.THREE_WEEKS))
    dialog.follow_up_note_edit.setText("Relancer les deux parties")
    dialog.save_button.click()
    settle()
    assert closed(dialog)
    # THEN the dashboard lists it among the latest interactions
    qtbot.waitUntil(
        lambda: (
            "Rencontre CHU et usine : besoins en maintenance"
            in [e.subject for e in window.dashboard_page.recent_model.entries()]
        ),
        timeout=10_000,
    )
    # and both organisations' timelines show it
    page = window.organisations_page
    window.show_page(page)
    page.detail_panel.setCurrentWidget(page.timeline)  # the "Échanges" tab
    subject = "Rencontre CHU et usine : besoins en maintenance"
    for organisation in (plant, hospital):
        with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
            page.search_edit.setText(organisation.label)
        page.select_record(organisation.id)
        settle()
        qtbot.waitUntil(lambda: subject in [e.subject for e in page.timeline.model.entries()], timeout=10_000)
        # most recent first: only what is planned after the meeting comes before it
        entries = page.timeline.model.entries()
        position = [e.subject for e in entries].index(subject)
        assert all(e.starts_at >= entries[position].starts_at for e in entries[:position])
        assert all(e.starts_at > ctx.clock.now() for e in entries[:position])
        assert page.detail_panel.tabText(1).startswith("Échanges (")
    # WHEN the follow-ups are exported to a calendar file from the File menu
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    # THEN the file parses, with the meeting and its follow-up due in three weeks
    calendar = Calendar.from_ical(target.read_bytes())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert any("Rencontre CHU et usine" in s and s.startswith("Réunion") for s in summaries)
    [follow_up] = [e for e in calendar.walk("VEVENT") if "Relancer les deux parties" in str(e["SUMMARY"])]
    assert follow_up.decoded("DTSTART") >= TODAY + timedelta(days=21)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Paris"
