"""The interactions of an organisation or a person: newest first, filters, last contact, follow-ups."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from cluster_crm.domain.interactions import FollowUpDraft, InteractionDraft, InteractionKind
from cluster_crm.services.follow_ups import open_follow_ups
from cluster_crm.services.interactions import log_interaction
from tests.clock import TODAY
from tests.factories import make_contact, make_organisation
from tests.ui.conftest import settle


def log(ctx, days_ago, kind, subject, organisation_ids=(), contact_ids=(), follow_up=None):
    draft = InteractionDraft(
        kind=kind,
        starts_at=datetime.combine(TODAY - timedelta(days=days_ago), time(14, 30)),
        subject=subject,
        organisation_ids=list(organisation_ids),
        contact_ids=list(contact_ids),
        follow_up=follow_up,
    )
    return log_interaction(draft, ctx.database.uow(), ctx.database.attachments_dir)


@pytest.fixture
def history(empty_ctx):
    """An SME with a person, met four times over two years, with one follow-up still open."""
    db = empty_ctx.database
    sme = make_organisation(db, "Mécanique de la Risle")
    other = make_organisation(db, "Renault Cléon")
    person = make_contact(db, "Claire", "Martin", sme)
    ids = {
        "call": log(empty_ctx, 10, InteractionKind.CALL, "Point sur le devis", [sme], [person]).id,
        "meeting": log(
            empty_ctx,
            40,
            InteractionKind.MEETING,
            "Visite de l'atelier",
            [sme, other],
            follow_up=FollowUpDraft(TODAY + timedelta(days=5), "Envoyer la plaquette"),
        ).id,
        "email": log(empty_ctx, 200, InteractionKind.EMAIL, "Invitation", [sme], [person]).id,
        "event": log(empty_ctx, 500, InteractionKind.EVENT, "Forum numérique", [sme]).id,
    }
    log(empty_ctx, 3, InteractionKind.CALL, "Sans rapport", [other])
    return {"sme": sme, "other": other, "person": person, **ids}


@pytest.fixture
def widget(qtbot, own, empty_ctx):
    from cluster_crm.ui.views.timeline_widget import TimelineWidget

    widget = own(TimelineWidget(empty_ctx))
    widget.resize(500, 700)
    widget.show()
    return widget


def show(qtbot, widget, organisation_id=None, contact_id=None):
    with qtbot.waitSignal(widget.sig_loaded, timeout=5000):
        if organisation_id is not None:
            widget.show_organisation(organisation_id)
        else:
            widget.show_contact(contact_id)


def shown_ids(widget):
    return [entry.id for entry in widget.entries()]


def test_newest_first_with_the_other_participants(qtbot, widget, history):
    show(qtbot, widget, history["sme"])
    assert shown_ids(widget) == [history["call"], history["meeting"], history["email"], history["event"]]
    meeting = widget.entries()[1]
    assert meeting.participants == "Renault Cléon"  # the organisation whose page it is is left out
    assert meeting.open_follow_ups == 1
    assert not widget.body.is_empty()


def test_kind_and_period_filters(qtbot, widget, history):
    show(qtbot, widget, history["sme"])
    # WHEN only calls are asked for
    with qtbot.waitSignal(widget.sig_loaded, timeout=5000):
        widget.kind_filter.setCurrentIndex(widget.kind_filter.findData(InteractionKind.CALL.value))
    assert shown_ids(widget) == [history["call"]]
    # WHEN every kind over the last 3 months
    with qtbot.waitSignal(widget.sig_loaded, timeout=5000):
        widget.kind_filter.setCurrentIndex(0)
    with qtbot.waitSignal(widget.sig_loaded, timeout=5000):
        widget.period_filter.setCurrentIndex(widget.period_filter.findData("3m"))
    assert shown_ids(widget) == [history["call"], history["meeting"]]
    # WHEN last year (the calendar year before this one)
    with qtbot.waitSignal(widget.sig_loaded, timeout=5000):
        widget.period_filter.setCurrentIndex(widget.period_filter.findData("last_year"))
    expected = [
        history[key]
        for key, days in (("call", 10), ("meeting", 40), ("email", 200), ("event", 500))
        if (TODAY - timedelta(days=days)).year == TODAY.year - 1
    ]
    assert shown_ids(widget) == expected
    # WHEN nothing matches, THEN a sentence says so instead of a blank list
    with qtbot.waitSignal(widget.sig_loaded, timeout=5000):
        widget.kind_filter.setCurrentIndex(widget.kind_filter.findData(InteractionKind.LETTER.value))
    assert shown_ids(widget) == []
    assert widget.body.is_empty() and widget.body.empty_label.text()


def test_last_contact_follows_a_newly_logged_interaction(qtbot, widget, empty_ctx, history):
    show(qtbot, widget, history["sme"])
    ten_days_ago = datetime.combine(TODAY - timedelta(days=10), time(14, 30))
    assert widget.last_contact_label.text() == widget.last_contact_text(ten_days_ago, TODAY)
    # WHEN a meeting is logged today elsewhere in the application, which says so on the bus
    new = log(empty_ctx, 0, InteractionKind.MEETING, "Signature", [history["sme"]])
    with qtbot.waitSignal(widget.sig_loaded, timeout=5000):
        empty_ctx.bus.sig_data_changed.emit("interactions")
    # THEN it comes first and the last contact is today
    assert shown_ids(widget)[0] == new.id
    today = datetime.combine(TODAY, time(14, 30))
    assert widget.last_contact_label.text() == widget.last_contact_text(today, TODAY)
    assert widget.last_contact_label.text() != widget.last_contact_text(ten_days_ago, TODAY)


def test_nobody_met_yet(qtbot, widget, empty_ctx):
    lonely = make_organisation(empty_ctx.database, "Jamais Vu SARL")
    show(qtbot, widget, lonely)
    assert shown_ids(widget) == []
    assert widget.last_contact_label.text() == widget.last_contact_text(None, TODAY)
    assert widget.body.is_empty() and widget.body.empty_label.text()
    assert not widget.follow_ups.isVisibleTo(widget)


def test_a_person_s_timeline(qtbot, widget, history):
    show(qtbot, widget, contact_id=history["person"])
    assert shown_ids(widget) == [history["call"], history["email"]]
    assert widget.entries()[0].participants == "Mécanique de la Risle"


def test_log_and_open_requests(qtbot, widget, history):
    show(qtbot, widget, history["sme"])
    with qtbot.waitSignal(widget.sig_log_requested, timeout=3000) as requested:
        widget.log_button.click()
    assert requested.args == [[history["sme"]], []]
    widget.list.setFocus()
    widget.list.setCurrentIndex(widget.model.index(1, 0))
    with qtbot.waitSignal(widget.sig_open_interaction, timeout=3000) as opened:
        qtbot.keyClick(widget.list, Qt.Key.Key_Return)
    assert opened.args == [history["meeting"]]
    widget.clear()
    assert shown_ids(widget) == [] and not widget.log_button.isEnabled()


def test_open_follow_ups_are_shown_and_can_be_done(qtbot, widget, empty_ctx, history):
    show(qtbot, widget, history["sme"])
    assert widget.follow_ups.isVisibleTo(widget)
    [follow_up_id] = widget.follow_ups.ids()
    with qtbot.waitSignal(widget.sig_loaded, timeout=5000):
        widget.follow_ups.mark_done(follow_up_id)
    assert widget.follow_ups.ids() == []
    assert not widget.follow_ups.isVisibleTo(widget)
    assert open_follow_ups(empty_ctx.database.uow()) == []
    assert widget.entries()[1].open_follow_ups == 0


def test_the_organisations_page_shows_the_timeline_in_a_tab(qtbot, own, empty_ctx, history):
    from cluster_crm.ui.views.organisations_page import OrganisationsPage

    page = own(OrganisationsPage(empty_ctx))
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    with qtbot.waitSignal(page.timeline.sig_loaded, timeout=5000):
        page.select_record(history["sme"])
        settle()
    assert "Mécanique de la Risle" in page.detail.toPlainText()
    assert len(page.timeline.entries()) == 4
    tabs = page.detail_panel
    assert tabs.widget(0) is page.detail and tabs.widget(1) is page.timeline
    assert tabs.tabText(1).endswith("(4)")
    # another organisation: its own interactions; no selection: none
    page.select_record(history["other"])
    settle()
    qtbot.waitUntil(lambda: len(page.timeline.entries()) == 2, timeout=5000)
    page.show_detail(None)
    assert page.timeline.entries() == [] and not page.timeline.log_button.isEnabled()


def test_the_contacts_page_shows_the_person_s_timeline(qtbot, own, empty_ctx, history):
    from cluster_crm.ui.views.contacts_page import ContactsPage

    page = own(ContactsPage(empty_ctx))
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(page.timeline.sig_loaded, timeout=5000):
        page.select_record(history["person"])
        settle()
    assert shown_ids(page.timeline) == [history["call"], history["email"]]


def test_a_timeline_entry_offers_its_follow_up_letter(qtbot, window):
    from cluster_crm.ui.letter_actions import FollowUpLetterDialog

    # GIVEN the car plant's timeline
    page = window.organisations_page
    window.open_record("organisation", 1)
    qtbot.waitUntil(lambda: bool(page.timeline.entries()), timeout=5000)
    entry = next(e for e in page.timeline.entries() if e.kind == "meeting")
    # WHEN « Follow-up letter… » is chosen on one of its meetings
    page.timeline.sig_letter_requested.emit(entry.id)
    # THEN the follow-up letter dialog opens for that meeting
    qtbot.waitUntil(lambda: window.findChild(FollowUpLetterDialog) is not None, timeout=5000)
    settle()
    assert window.findChild(FollowUpLetterDialog).interaction_id == entry.id
