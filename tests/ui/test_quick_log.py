"""The quick log and the interaction editor through the real dialogs, on the demo cluster."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from cluster_crm.domain.enums import MembershipStatus
from cluster_crm.domain.interactions import Delay, InteractionKind
from cluster_crm.domain.queries import OrganisationQuery
from cluster_crm.domain.text import fold
from cluster_crm.services.contacts import contact_choices, get_contact
from cluster_crm.services.interactions import get_interaction, timeline
from cluster_crm.services.organisations import (
    organisation_choices,
    organisation_rows,
    search_organisation_ids,
)
from cluster_crm.ui.dates import to_qdate
from cluster_crm.ui.dialogs.interaction_dialog import ON_A_DATE, InteractionDialog
from cluster_crm.ui.roles import DETAIL_ROLE, ID_ROLE
from tests.clock import TODAY
from tests.ui.conftest import closed, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        settle()  # what the key asked for (a search typed ahead, a save) is done


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def interaction_count(ctx) -> int:
    return len(timeline(ctx.database.uow()))


def error(dialog, field) -> QLabel:
    return dialog.findChild(QLabel, f"{field}_error")


def plant_id(ctx) -> int:
    return organisation_choices("cleon", ctx.database.uow())[0].id


@pytest.fixture
def quick_log(qtbot, window):
    """The quick log opened from the main window, with the Cléon plant already chosen."""
    dialog = window.log_interaction(organisation_ids=[plant_id(window.ctx)])
    settle()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def test_log_a_meeting_with_the_keyboard_only(qtbot, window):
    ctx = window.ctx
    plant = plant_id(ctx)
    hospital = organisation_choices("chu rouen", ctx.database.uow())[0].id
    plant_people = contact_choices("cleon", ctx.database.uow())[:2]
    # GIVEN the main window; WHEN the animator presses Ctrl+L
    press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.findChild(InteractionDialog) is not None, timeout=3000)
    settle()
    dialog = window.findChild(InteractionDialog)
    settle()
    qtbot.waitUntil(lambda: dialog.kind_combo.hasFocus(), timeout=3000)
    assert dialog.organisations.ids() == [] and dialog.people.ids() == []
    # THEN the kind comes first: another kind, then back to a meeting
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.kind_combo.currentData() == InteractionKind.CALL
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.kind_combo.currentData() == InteractionKind.MEETING
    # the date is kept; one Tab crosses it; the duration is chosen with the arrows
    starts_at = dialog.starts_at()
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.starts_edit.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.duration_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Down, times=4)
    assert dialog.duration_combo.currentData() == 60
    # organisations: "cleon" then Down and Enter; "chu rouen" then Enter at once
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.organisations.edit.hasFocus()
    type_text(qtbot, "cleon")
    qtbot.waitUntil(lambda: dialog.organisations.popup.isVisible(), timeout=3000)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.organisations.ids() == [plant]
    type_text(qtbot, "chu rouen")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.organisations.ids() == [plant, hospital]
    # people: two people of the plant, by their last name without accents
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.people.edit.hasFocus()
    for person in plant_people:
        type_text(qtbot, fold(person.label.split()[-1]))
        popup = dialog.people.popup
        qtbot.waitUntil(lambda p=popup: p.isVisible() and p.currentItem() is not None, timeout=3000)
        for _ in range(popup.count()):
            if popup.currentItem().data(ID_ROLE) == person.id:
                break
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.people.ids() == [p.id for p in plant_people]
    # the plant has introductions under way: one Tab crosses the choice (this meeting is none of them)
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.introduction_combo.hasFocus() and dialog.introduction_combo.currentData() is None
    # place, subject and notes, each a Tab further
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Atelier de montage")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.subject_edit.hasFocus()
    type_text(qtbot, "Besoins en usinage pour 2027")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Deux PME a presenter.")
    # the follow-up: past the "Add files" button, "in 3 weeks", then what to do
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.add_attachment_button.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.follow_up_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Down, times=3)
    assert dialog.follow_up_combo.currentData() == Delay.THREE_WEEKS
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.follow_up_note_edit.hasFocus()
    type_text(qtbot, "Envoyer le compte rendu")
    # WHEN Ctrl+Enter
    with qtbot.waitSignal(dialog.sig_saved, timeout=3000) as saved:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    # THEN the interaction is stored with its 2 organisations, 2 people and follow-up
    assert closed(dialog)
    view = get_interaction(saved.args[0], ctx.database.uow(), ctx.database.attachments_dir)
    assert view.kind == InteractionKind.MEETING.value
    assert view.starts_at == starts_at and view.ends_at == starts_at + timedelta(hours=1)
    assert sorted(o.id for o in view.organisations) == sorted([plant, hospital])
    assert sorted(c.id for c in view.contacts) == sorted(p.id for p in plant_people)
    assert (view.place, view.subject, view.notes) == (
        "Atelier de montage",
        "Besoins en usinage pour 2027",
        "Deux PME a presenter.",
    )
    [follow_up] = view.follow_ups
    assert follow_up.due_date == max(TODAY, starts_at.date()) + timedelta(days=21)
    assert follow_up.due_date >= TODAY + timedelta(days=21)
    assert follow_up.note == "Envoyer le compte rendu"


def test_pickers_keys_backspace_escape_and_the_mouse(qtbot, quick_log):
    picker = quick_log.organisations
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "chu rouen")
    qtbot.waitUntil(lambda: picker.popup.isVisible(), timeout=3000)
    # Escape closes the suggestions, not the dialog
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    assert not picker.popup.isVisible() and quick_log.isVisible()
    # a suggestion can be clicked
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    settle()
    assert picker.popup.isVisible()
    picker.popup.itemClicked.emit(picker.popup.item(0))
    assert len(picker.ids()) == 2 and picker.edit.text() == ""
    # Backspace in the empty field removes the last chip; the × of a chip removes it too
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)
    assert picker.ids() == [plant_id(quick_log.ctx)]
    with qtbot.waitSignal(picker.sig_changed):
        picker._chips[0].remove_button.click()
    assert picker.ids() == []
    # Down in the empty people field lists the people of the chosen organisations first
    picker.set_items(organisation_choices("cleon", quick_log.ctx.database.uow()))
    quick_log.people.edit.setFocus()
    qtbot.keyClick(quick_log.people.edit, Qt.Key.Key_Down)
    settle()
    first = quick_log.people.popup.item(0)
    assert "Cléon" in first.data(DETAIL_ROLE)


def test_enter_in_a_picker_never_saves(qtbot, quick_log, window):
    before = interaction_count(window.ctx)
    quick_log.subject_edit.setText("Visite")
    quick_log.people.edit.setFocus()
    qtbot.keyClicks(quick_log.people.edit, "zzzzqx")
    qtbot.keyClick(quick_log.people.edit, Qt.Key.Key_Return)
    settle()
    assert quick_log.isVisible() and interaction_count(window.ctx) == before
    # text left in a picker is not silently dropped on saving
    quick_log.save_button.click()
    settle()
    assert quick_log.isVisible() and "zzzzqx" in error(quick_log, "participants").text()
    assert interaction_count(window.ctx) == before


def test_a_meeting_without_subject_is_refused(qtbot, quick_log, window):
    before = interaction_count(window.ctx)
    # GIVEN a meeting with the plant and no subject; WHEN saving
    quick_log.save_button.click()
    settle()
    # THEN the dialog stays open, the message is under the subject, and nothing is stored
    assert quick_log.isVisible()
    assert error(quick_log, "subject").isVisible() and error(quick_log, "subject").text()
    assert quick_log.subject_edit.hasFocus()
    assert interaction_count(window.ctx) == before


def test_a_follow_up_before_the_interaction_is_refused(qtbot, quick_log, window):
    before = interaction_count(window.ctx)
    quick_log.subject_edit.setText("Point d'étape")
    quick_log.follow_up_combo.setCurrentIndex(quick_log.follow_up_combo.findData(ON_A_DATE))
    assert quick_log.follow_up_date.isEnabled()
    quick_log.follow_up_date.setDate(to_qdate(TODAY).addDays(-5))
    quick_log.starts_edit.setDate(to_qdate(TODAY))
    quick_log.save_button.click()
    settle()
    assert quick_log.isVisible()
    assert error(quick_log, "follow_up").isVisible() and error(quick_log, "follow_up").text()
    assert not error(quick_log, "subject").isVisible()
    assert interaction_count(window.ctx) == before


def test_no_participant_is_refused(qtbot, window):
    dialog = window.log_interaction()
    settle()
    dialog.subject_edit.setText("Salon")
    dialog.save_button.click()
    settle()
    assert dialog.isVisible() and error(dialog, "participants").isVisible()


@pytest.mark.parametrize("unreadable", ["missing.pdf", "a-folder"])
def test_an_unreadable_attachment_is_refused(qtbot, quick_log, window, tmp_path, monkeypatch, unreadable):
    from PySide6.QtWidgets import QFileDialog

    (tmp_path / "a-folder").mkdir()
    path = tmp_path / unreadable
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(path)], ""))
    before = interaction_count(window.ctx)
    quick_log.subject_edit.setText("Envoi du cahier des charges")
    quick_log.add_attachment_button.click()
    assert str(path) in error(quick_log, "attachments").text()
    assert quick_log.attachments_list.count() == 0
    # a file that disappears between choosing and saving is refused at saving
    vanishing = tmp_path / "devis.pdf"
    vanishing.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(vanishing)], ""))
    quick_log.add_attachment_button.click()
    assert quick_log.attachments_list.count() == 1 and not error(quick_log, "attachments").isVisible()
    vanishing.unlink()
    quick_log.save_button.click()
    settle()
    assert quick_log.isVisible() and "devis.pdf" in error(quick_log, "attachments").text()
    assert interaction_count(window.ctx) == before
    assert not any(window.ctx.database.attachments_dir.rglob("*devis.pdf"))


def test_attachments_are_kept_opened_and_missing_files_explained(
    qtbot, quick_log, window, tmp_path, monkeypatch, message_boxes
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    ctx = window.ctx
    source = tmp_path / "compte-rendu.pdf"
    source.write_bytes(b"%PDF-1.4 compte rendu")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(source)], ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    # GIVEN a meeting logged with a file
    quick_log.subject_edit.setText("Revue fournisseurs")
    quick_log.add_attachment_button.click()
    with qtbot.waitSignal(quick_log.sig_saved, timeout=3000) as saved:
        quick_log.save_button.click()
        settle()
    # WHEN it is opened again in the editor
    editor = window.open_interaction(saved.args[0])
    settle()
    qtbot.waitExposed(editor)
    settle()
    assert editor.windowTitle() != quick_log.windowTitle() if not closed(quick_log) else True
    assert editor.attachments_list.count() == 1
    assert "compte-rendu.pdf" in editor.attachments_list.item(0).text()
    # THEN "Open" opens the stored copy, not the original
    editor.attachments_list.setCurrentRow(0)
    editor.open_attachment_button.click()
    [stored] = get_interaction(saved.args[0], ctx.database.uow(), ctx.database.attachments_dir).attachments
    assert opened == [str(stored.path)] and stored.path != source
    # and once the stored copy is gone, "Open" explains instead of crashing
    stored.path.unlink()
    editor.open_attachment_button.click()
    assert len(opened) == 1
    assert message_boxes.shown and "compte-rendu.pdf" in message_boxes.shown[-1][1]
    # removing it and saving drops it from the interaction
    editor.remove_attachment_button.click()
    editor.save_button.click()
    settle()
    assert closed(editor)
    assert get_interaction(saved.args[0], ctx.database.uow(), ctx.database.attachments_dir).attachments == ()


def member_names(ctx, count):
    ids = search_organisation_ids(OrganisationQuery(membership=MembershipStatus.MEMBER), ctx.database.uow())
    rows = sorted(organisation_rows(ids, ctx.database.uow()), key=lambda r: fold(r.name))
    names = [fold(r.name) for r in rows]
    # names that no other member's name contains, so that typing one shows it alone
    unique = [r for r, n in zip(rows, names, strict=True) if sum(n in other for other in names) == 1]
    return unique[:count]


def test_attendance_of_an_event(qtbot, window):
    ctx = window.ctx
    members = member_names(ctx, 3)
    # GIVEN a new event
    dialog = window.log_interaction()
    settle()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(InteractionKind.EVENT))
    assert dialog.attendance_button.isVisibleTo(dialog)
    # WHEN three members are ticked: a few letters of each name, then Enter
    dialog.attendance_button.click()
    attendance = dialog.attendance_dialog
    qtbot.waitExposed(attendance)
    settle()  # the members are read
    qtbot.waitUntil(attendance.filter_edit.hasFocus, timeout=3000)
    for member in members:
        attendance.filter_edit.selectAll()
        qtbot.keyClicks(attendance.filter_edit, fold(member.name))
        assert [item.text() for item in attendance.shown()] == [member.name]
        qtbot.keyClick(attendance.filter_edit, Qt.Key.Key_Return)
    assert attendance.isVisible() and len(attendance.ticked()) == 3
    assert attendance.count_label.text().startswith("3")
    qtbot.keyClick(attendance.filter_edit, Qt.Key.Key_Return, CTRL)
    # THEN they are the event's organisations, saved with it
    assert closed(attendance)
    assert sorted(dialog.organisations.ids()) == sorted(m.id for m in members)
    dialog.subject_edit.setText("Forum du numérique")
    with qtbot.waitSignal(dialog.sig_saved, timeout=3000) as saved:
        dialog.save_button.click()
        settle()
    view = get_interaction(saved.args[0], ctx.database.uow(), ctx.database.attachments_dir)
    assert sorted(o.id for o in view.organisations) == sorted(m.id for m in members)
    # AND on the stored event, the attendance is saved as soon as it is confirmed
    editor = window.open_interaction(saved.args[0])
    settle()
    editor.attendance_button.click()
    attendance = editor.attendance_dialog
    qtbot.waitExposed(attendance)
    settle()  # the members are read
    assert len(attendance.ticked()) == 3
    qtbot.keyClicks(attendance.filter_edit, fold(members[0].name))
    qtbot.keyClick(attendance.filter_edit, Qt.Key.Key_Return)
    attendance.filter_edit.clear()
    attendance.check_shown_button.click()
    everyone = len(attendance.ticked())
    attendance.uncheck_shown_button.click()
    assert everyone > 3 and attendance.ticked() == []
    attendance.filter_edit.setText(fold(members[1].name))
    attendance.check_shown_button.click()
    attendance.ok_button.click()
    settle()
    view = get_interaction(saved.args[0], ctx.database.uow(), ctx.database.attachments_dir)
    assert [o.id for o in view.organisations] == [members[1].id]
    assert editor.organisations.ids() == [members[1].id]


def test_ctrl_l_takes_the_selected_organisation_or_person(qtbot, window):
    page = window.organisations_page
    window.show_page(page)
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.search_edit.setText("cleon")
    page.select_record(page.model.id_at(0))
    settle()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.findChild(InteractionDialog) is not None, timeout=3000)
    settle()
    dialog = window.findChild(InteractionDialog)
    settle()
    assert dialog.organisations.ids() == [plant_id(window.ctx)]
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(InteractionDialog) is None, timeout=3000)
    settle()

    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.show_page(window.contacts_page)
    contacts = window.contacts_page
    qtbot.waitUntil(lambda: contacts.model.rowCount() > 0, timeout=5000)
    contacts.select_record(contacts.model.id_at(0))
    contact_id = contacts.current_id()
    qtbot.keyClick(contacts.table, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.findChild(InteractionDialog) is not None, timeout=3000)
    settle()
    dialog = window.findChild(InteractionDialog)
    settle()
    assert dialog.people.ids() == [contact_id]
    current = [
        a.organisation_id
        for a in get_contact(contact_id, window.ctx.database.uow()).affiliations
        if a.current
    ]
    assert dialog.organisations.ids() == current


def test_the_editor_shows_the_stored_interaction(qtbot, window, quick_log):
    quick_log.subject_edit.setText("Comité de pilotage")
    quick_log.duration_combo.setCurrentIndex(quick_log.duration_combo.findData(-1))
    quick_log.ends_edit.setDateTime(quick_log.starts_edit.dateTime().addSecs(100 * 60))
    quick_log.follow_up_combo.setCurrentIndex(1)
    with qtbot.waitSignal(quick_log.sig_saved, timeout=3000) as saved:
        quick_log.save_button.click()
        settle()
    editor = window.open_interaction(saved.args[0])
    settle()
    assert editor.subject_edit.text() == "Comité de pilotage"
    assert editor.organisations.ids() == [plant_id(window.ctx)]
    assert editor.duration_combo.currentData() == -1 and editor.ends_edit.isVisibleTo(editor)
    # moving the start moves the end with it
    end = editor.ends_edit.dateTime()
    editor.starts_edit.setDateTime(editor.starts_edit.dateTime().addDays(1))
    assert editor.ends_edit.dateTime() == end.addDays(1)
    assert editor.scheduled_label.isVisibleTo(editor)
    assert editor.follow_up_combo.currentData() is None
