"""A person through the real dialogs: affiliations picked by typing, phones checked, deletion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cluster_crm.domain.queries import ContactQuery
from cluster_crm.services.contacts import get_contact, search_contact_ids
from cluster_crm.ui.dialogs.contact_dialog import ContactDialog
from tests.clock import TODAY
from tests.factories import make_organisation
from tests.ui.conftest import closed, settle


def test_create_a_person_linked_to_two_organisations(qtbot, empty_ctx, own):
    plant = make_organisation(empty_ctx.database, "Usine automobile de Cléon", town="Cléon")
    make_organisation(empty_ctx.database, "Chambre de commerce de Rouen", town="Rouen")
    dialog = ContactDialog(empty_ctx, None)
    settle()
    own(dialog)
    dialog.show()
    dialog.civility_combo.setCurrentIndex(1)
    dialog.first_name_edit.setText("Hélène")
    dialog.last_name_edit.setText("Bérard")
    dialog.emails.edits[0].setText("helene.berard@cleon.fr")
    dialog.phones.edits[0].setText("02 35 14 37 37")
    for search, role in (("cleon", "Directrice achats"), ("chambre rouen", "Élue")):
        dialog.add_affiliation_button.click()
        picker = dialog.affiliation_dialog
        qtbot.waitExposed(picker)
        settle()
        qtbot.keyClicks(picker.search_edit, search)
        qtbot.waitUntil(lambda p=picker: p.results.count() == 1, timeout=3000)
        picker.role_edit.setText(role)
        picker.ok_button.click()
        settle()
        qtbot.waitUntil(lambda p=picker: closed(p), timeout=3000)
    assert dialog.affiliations_table.rowCount() == 2
    assert dialog.affiliations_table.item(0, 0).text() == "Usine automobile de Cléon"
    errors = [label.text() for label in dialog.findChildren(QLabel) if label.objectName().endswith("_error")]
    dialog.save_button.click()
    assert closed(dialog), errors
    [contact_id] = search_contact_ids(ContactQuery(text="berard"), empty_ctx.database.uow())
    view = get_contact(contact_id, empty_ctx.database.uow())
    assert view.civility_label == "Madame" and view.phones == ("02 35 14 37 37",)
    assert {(a.organisation_name, a.role) for a in view.affiliations} == {
        ("Usine automobile de Cléon", "Directrice achats"),
        ("Chambre de commerce de Rouen", "Élue"),
    }
    assert search_contact_ids(ContactQuery(organisation_id=plant), empty_ctx.database.uow()) == [contact_id]


def test_an_invalid_phone_keeps_the_dialog_open(qtbot, empty_ctx, own):
    dialog = ContactDialog(empty_ctx, None)
    settle()
    own(dialog)
    dialog.show()
    dialog.last_name_edit.setText("Martin")
    dialog.phones.edits[0].setText("02 35")
    dialog.save_button.click()
    settle()
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "phones_error")
    assert error.isVisible() and "téléphone" in error.text()
    assert search_contact_ids(ContactQuery(), empty_ctx.database.uow()) == []


def test_new_contact_from_the_contacts_page_with_ctrl_n(qtbot, window):
    window.show_page(window.contacts_page)
    page = window.contacts_page
    qtbot.waitUntil(lambda: page.model.total() > 0, timeout=5000)
    before = page.model.total()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ContactDialog) is not None, timeout=3000)
    settle()
    dialog = window.findChild(ContactDialog)
    settle()
    dialog.first_name_edit.setText("Zoé")
    dialog.last_name_edit.setText("Aubry")
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        dialog.save_button.click()
        settle()
    assert page.model.total() == before + 1
    qtbot.waitUntil(lambda: page.current_id() is not None, timeout=3000)
    settle()
    assert "Zoé Aubry" in page.detail.toPlainText()


def test_add_a_person_from_an_organisation_page(qtbot, window):
    from PySide6.QtCore import QUrl

    page = window.organisations_page
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.search_edit.setText("cleon")
    page.select_record(page.model.id_at(0))
    settle()
    organisation_id = page.current_id()
    assert "ajouter une personne" in page.detail.toPlainText()
    page.detail.anchorClicked.emit(QUrl(f"new-contact:{organisation_id}"))
    qtbot.waitUntil(lambda: window.findChild(ContactDialog) is not None, timeout=3000)
    settle()
    dialog = window.findChild(ContactDialog)
    settle()
    assert dialog.affiliations_table.item(0, 0).text() == "Usine automobile de Cléon"
    dialog.first_name_edit.setText("Léa")
    dialog.last_name_edit.setText("Vasseur")
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        dialog.save_button.click()
        settle()
    qtbot.waitUntil(lambda: "Léa Vasseur" in page.detail.toPlainText(), timeout=3000)


def test_new_contact_from_the_menu(qtbot, window):
    window.new_contact_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ContactDialog) is not None, timeout=3000)
    settle()
    assert window.findChild(ContactDialog).affiliations_table.rowCount() == 0


def test_an_objection_to_being_contacted_is_saved_and_shown_in_red(qtbot, window):
    from datetime import date

    from PySide6.QtCore import QDate

    from cluster_crm.domain.dates import long_date
    from cluster_crm.i18n import translate

    page = window.contacts_page
    window.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    contact_id = page.model.id_at(0)
    page.select_record(contact_id)
    settle()
    qtbot.waitUntil(lambda: page.current_id() == contact_id, timeout=3000)
    settle()
    # GIVEN the person's dialog, where the objection box is not ticked
    page.edit_current()
    settle()
    qtbot.waitUntil(lambda: window.findChild(ContactDialog) is not None, timeout=3000)
    settle()
    dialog = window.findChild(ContactDialog)
    settle()
    assert get_contact(contact_id, window.ctx.database.uow()).objected_on is None
    assert not dialog.objection.check.isChecked() and not dialog.objection.edit.isEnabled()
    # WHEN the animator ticks it: the date is today's, and can be changed
    dialog.objection.check.click()
    assert dialog.objection.value() == TODAY
    dialog.objection.edit.setDate(QDate(2026, 3, 12))
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        dialog.save_button.click()
        settle()
    # THEN it is stored, and the person's pane says so
    assert get_contact(contact_id, window.ctx.database.uow()).objected_on == date(2026, 3, 12)
    objection = translate("ContactDetail", "Objects to being contacted since {date}")
    line = objection.format(date=long_date(date(2026, 3, 12), "fr"))
    qtbot.waitUntil(lambda: line in page.detail.toPlainText(), timeout=3000)
    assert "#b42318" in page.detail.toHtml()  # in red
    # WHEN the dialog is opened again, the objection is there to be withdrawn
    page.edit_current()
    settle()
    qtbot.waitUntil(lambda: window.findChild(ContactDialog) not in (None, dialog), timeout=3000)
    settle()
    again = window.findChild(ContactDialog)
    settle()
    assert again.objection.value() == date(2026, 3, 12)


def test_an_objection_dated_in_the_future_is_refused(qtbot, empty_ctx, own):
    from datetime import timedelta

    from cluster_crm.i18n import translate

    dialog = own(ContactDialog(empty_ctx, None))
    settle()
    dialog.show()
    dialog.last_name_edit.setText("Martin")
    dialog.objection.set_value(TODAY + timedelta(days=1))
    dialog.save_button.click()
    settle()
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "objected_on_error")
    assert error.isVisible()
    assert error.text() == translate("Errors", "The objection date cannot be in the future.")
    assert search_contact_ids(ContactQuery(), empty_ctx.database.uow()) == []
