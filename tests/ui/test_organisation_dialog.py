"""Create, find, edit and delete an organisation through the real dialogs and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cluster_crm.domain.queries import OrganisationQuery
from cluster_crm.services.organisations import search_organisation_ids
from cluster_crm.ui.dialogs.organisation_dialog import OrganisationDialog
from tests.clock import TODAY
from tests.ui.conftest import closed, settle


def count(ctx, text=""):
    return len(search_organisation_ids(OrganisationQuery(text=text), ctx.database.uow()))


def open_dialog(qtbot, window) -> OrganisationDialog:
    qtbot.waitUntil(lambda: window.findChild(OrganisationDialog) is not None, timeout=3000)
    settle()
    dialog = window.findChild(OrganisationDialog)
    settle()
    qtbot.waitExposed(dialog)
    settle()  # the organisation being edited is read
    return dialog


def test_invalid_siret_is_refused_then_the_organisation_is_created(qtbot, window):
    page = window.organisations_page
    before = count(window.ctx)
    # GIVEN a new organisation opened with Ctrl+N, whose SIRET has a wrong check digit
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Nouvelle organisation"
    dialog.name_edit.setText("Société Nouvelle d'Usinage")
    dialog.siret_edit.setText("732 829 320 00075")
    dialog.town_edit.setText("Évreux")
    # WHEN the animator saves
    dialog.save_button.click()
    settle()
    # THEN the dialog stays open, says why next to the field, and nothing is stored
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "siret_error")
    assert error.isVisible() and "SIRET" in error.text() and "clé de contrôle" in error.text()
    assert count(window.ctx) == before
    # WHEN the SIRET is corrected
    dialog.siret_edit.setText("732 829 320 00074")
    assert dialog.siren_edit.text() == "732 829 320" and dialog.siren_edit.isReadOnly()
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        dialog.save_button.click()
        settle()
    # THEN it is stored, listed, selected and shown
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    assert count(window.ctx) == before + 1
    qtbot.waitUntil(lambda: page.current_id() is not None, timeout=3000)
    settle()
    assert "Société Nouvelle d'Usinage" in page.detail.toPlainText()
    assert "732 829 320 00074" in page.detail.toPlainText()


def test_fields_are_checked_as_they_are_left(qtbot, empty_ctx, own):
    dialog = OrganisationDialog(empty_ctx, None)
    settle()
    own(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.email_edit.setText("contact@")
    dialog.email_edit.editingFinished.emit()
    error = dialog.findChild(QLabel, "email_error")
    assert error.isVisible() and "adresse e-mail" in error.text()
    dialog.email_edit.setText("contact@exemple.fr")
    dialog.email_edit.editingFinished.emit()
    assert not error.isVisible()
    dialog.naf_edit.setText("6201Z")
    assert dialog.naf_label.text() == "Programmation informatique"


def test_every_wrong_field_is_shown_and_its_tab_opened(qtbot, empty_ctx, own):
    dialog = OrganisationDialog(empty_ctx, None)
    settle()
    own(dialog)
    dialog.show()
    dialog.name_edit.setText("")
    dialog.phone_edit.setText("12")
    dialog.save_button.click()
    settle()
    assert dialog.findChild(QLabel, "name_error").text() == "Le nom est obligatoire."
    assert "téléphone" in dialog.findChild(QLabel, "phone_error").text()
    assert dialog.tabs.currentIndex() == 0  # the first wrong field, the name, is on the first tab
    assert count(empty_ctx) == 0


def test_edit_with_enter_and_save(qtbot, window):
    page = window.organisations_page
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.search_edit.setText("cleon")
    page.table.setFocus()
    page.select_record(page.model.id_at(0))
    settle()
    organisation_id = page.current_id()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Modifier l'organisation"
    assert "Cléon" in dialog.name_edit.text()
    dialog.name_edit.setText("Usine de Cléon (renommée)")
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        dialog.save_button.click()
        settle()
    qtbot.waitUntil(lambda: page.current_id() == organisation_id, timeout=3000)
    settle()
    assert page.model.record(page.table.currentIndex().row()).name == "Usine de Cléon (renommée)"


def test_delete_asks_first_and_says_what_goes_with_it(qtbot, window, message_boxes):
    page = window.organisations_page
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.search_edit.setText("cleon")
    page.select_record(page.model.id_at(0))
    settle()
    page.table.setFocus()
    before = count(window.ctx)
    # WHEN the animator presses Delete and cancels
    message_boxes.answer = "Annuler"
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    settle()  # what goes with it is counted first
    text, details = message_boxes.shown[-1]
    assert text.startswith("Supprimer « ") and "rattachements" in details and "conservées" in details
    assert "échanges : ils sont conservés" in details  # the demo plant takes part in interactions
    assert count(window.ctx) == before
    # WHEN they confirm
    message_boxes.answer = "Supprimer"
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        settle()
    assert count(window.ctx) == before - 1
    assert count(window.ctx, "cleon") == len(page.model._ids)


def test_an_organisation_that_asks_not_to_be_solicited(qtbot, window):
    from datetime import timedelta

    from cluster_crm.domain.dates import long_date
    from cluster_crm.i18n import translate
    from cluster_crm.services.organisations import get_organisation

    page = window.organisations_page
    window.show_page(page)
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.search_edit.setText("cleon")
    organisation_id = page.model.id_at(0)
    page.select_record(organisation_id)
    settle()
    qtbot.waitUntil(lambda: page.current_id() == organisation_id, timeout=3000)
    settle()
    page.edit_current()
    settle()
    dialog = open_dialog(qtbot, window)
    # GIVEN an objection dated tomorrow
    dialog.objection.set_value(TODAY + timedelta(days=1))
    # WHEN the animator saves
    dialog.save_button.click()
    settle()
    # THEN it is refused under the field, on its tab, and nothing is stored
    error = dialog.findChild(QLabel, "objected_on_error")
    assert dialog.isVisible() and error.isVisible()
    assert error.text() == translate("Errors", "The objection date cannot be in the future.")
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.objection)
    assert get_organisation(organisation_id, window.ctx.database.uow()).objected_on is None
    # WHEN it is dated today
    dialog.objection.set_value(TODAY)
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        dialog.save_button.click()
        settle()
    # THEN it is stored and shown on the organisation's pane
    assert get_organisation(organisation_id, window.ctx.database.uow()).objected_on == TODAY
    line = translate("OrganisationDetail", "Asks not to be solicited any more since {date}")
    line = line.format(date=long_date(TODAY, "fr"))
    qtbot.waitUntil(lambda: line in page.detail.toPlainText(), timeout=3000)
