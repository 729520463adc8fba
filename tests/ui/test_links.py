"""Relationships between organisations through the detail pane's links and the real link dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QLabel, QTextBrowser

from cluster_crm.domain.relationships import LinkDraft, LinkKind, before_name
from cluster_crm.i18n import translate
from cluster_crm.services.dto import Choice
from cluster_crm.services.relationships import add_link, links_of
from cluster_crm.ui.dialogs.link_dialog import LinkDialog
from cluster_crm.ui.roles import ID_ROLE
from cluster_crm.ui.views.html import period
from tests.factories import make_organisation
from tests.ui.conftest import closed, settle

ADD = translate("OrganisationDetail", "add a relationship")
EDIT = translate("OrganisationDetail", "edit")


def click_link(qtbot, pane: QTextBrowser, text: str) -> None:
    """Click, with the mouse, on the pane's first anchor reading ``text``."""
    cursor = pane.document().find(text)
    assert not cursor.isNull(), f"no {text!r} in the pane:\n{pane.toPlainText()}"
    assert cursor.charFormat().isAnchor(), f"{text!r} is not a link"
    middle = pane.textCursor()
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    pane.setTextCursor(middle)
    pane.ensureCursorVisible()
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(middle).center())


def shown(qtbot, window, record_id: int) -> None:
    page = window.organisations_page
    window.show_page(page)
    qtbot.waitUntil(page.detail.isVisible, timeout=3000)
    page.select_record(record_id)
    settle()
    qtbot.waitUntil(lambda: page.current_id() == record_id, timeout=5000)
    settle()


def open_link_dialog(qtbot, page) -> LinkDialog:
    qtbot.waitUntil(lambda: page.link_dialog is not None and page.link_dialog.isVisible(), timeout=3000)
    qtbot.waitExposed(page.link_dialog)
    settle()  # the organisation's name is read
    return page.link_dialog


def choose_other(qtbot, dialog: LinkDialog, letters: str) -> None:
    """Type ``letters`` in the picker and click the first suggestion."""
    picker = dialog.other_picker
    qtbot.keyClicks(picker.edit, letters)
    picker.search_now()  # without waiting for the pause in typing
    settle()
    assert picker.popup.isVisible() and picker.popup.item(0).data(ID_ROLE) is not None
    rect = picker.popup.visualItemRect(picker.popup.item(0))
    qtbot.mouseClick(picker.popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(picker.ids()) == 1 and picker.edit.text() == ""


def new_pair(qtbot, window) -> tuple[int, int]:
    """A new SME and a new plant in the demo cluster, listed, with no relationship yet."""
    page = window.organisations_page
    sme = make_organisation(window.ctx.database, "Tôlerie Fine du Houlme", town="Le Houlme")
    plant = make_organisation(window.ctx.database, "Usine de moteurs de Saint-Aubin", town="Saint-Aubin")
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.refresh()
    return sme, plant


def test_add_edit_and_delete_a_link_seen_from_both_sides(qtbot, window, message_boxes):
    page = window.organisations_page
    ctx = window.ctx
    sme, plant = new_pair(qtbot, window)
    # GIVEN the SME's page, which has no relationship yet
    shown(qtbot, window, sme)
    assert translate("OrganisationDetail", "No relationship recorded.") in page.detail.toPlainText()
    # WHEN the animator follows « ajouter une relation » and says the SME supplies the engine plant
    click_link(qtbot, page.detail, ADD)
    dialog = open_link_dialog(qtbot, page)
    assert not dialog.delete_button.isVisible()  # nothing to delete yet
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(LinkKind.SUPPLIER_OF))
    choose_other(qtbot, dialog, "moteurs saint-aubin")
    dialog.start.check.setChecked(True)
    dialog.start.edit.setDate(QDate(2020, 3, 1))
    dialog.note_edit.setText("Pièces usinées")
    assert "Usine de moteurs de Saint-Aubin" in dialog.summary_label.text()
    dialog.save_button.click()
    settle()
    # THEN the SME's pane says so, with the date
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    plant_name = "Usine de moteurs de Saint-Aubin"
    supplier = (
        before_name(LinkKind.SUPPLIER_OF.sentence(), plant_name) + plant_name
    )  # « Fournisseur d’Usine… »
    supplier += f" · {period(date(2020, 3, 1), None)}"
    qtbot.waitUntil(lambda: supplier in page.detail.toPlainText(), timeout=5000)
    assert "Pièces usinées" in page.detail.toPlainText()
    # WHEN the animator follows the link to the plant
    click_link(qtbot, page.detail, "Usine de moteurs de Saint-Aubin")
    qtbot.waitUntil(lambda: page.current_id() == plant, timeout=5000)
    settle()
    # THEN the plant's pane shows the link with its reverse label
    client = before_name(LinkKind.CLIENT_OF.sentence(), "Tôlerie Fine du Houlme") + "Tôlerie Fine du Houlme"
    assert client in page.detail.toPlainText()

    # WHEN the link is edited from the plant's side: it ended at the end of 2023
    click_link(qtbot, page.detail, EDIT)
    dialog = open_link_dialog(qtbot, page)
    assert dialog.kind_combo.currentData() == LinkKind.CLIENT_OF
    assert dialog.other_picker.ids() == [sme]
    assert dialog.start.value() == date(2020, 3, 1)
    dialog.end.check.setChecked(True)
    dialog.end.edit.setDate(QDate(2023, 12, 31))
    dialog.save_button.click()
    settle()
    # THEN both sides show the former link with its two dates
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    ended = period(date(2020, 3, 1), date(2023, 12, 31))
    qtbot.waitUntil(lambda: f"{client} · {ended}" in page.detail.toPlainText(), timeout=5000)
    [seen_from_sme] = links_of(sme, ctx.database.uow())
    assert seen_from_sme.kind == LinkKind.SUPPLIER_OF and not seen_from_sme.current

    # WHEN the animator deletes it and confirms
    click_link(qtbot, page.detail, EDIT)
    dialog = open_link_dialog(qtbot, page)
    message_boxes.answer = "Supprimer"
    dialog.delete_button.click()
    # THEN it is gone from both sides
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    qtbot.waitUntil(lambda: client not in page.detail.toPlainText(), timeout=5000)
    assert links_of(plant, ctx.database.uow()) == [] and links_of(sme, ctx.database.uow()) == []
    assert translate("OrganisationDetail", "No relationship recorded.") in page.detail.toPlainText()


def test_an_organisation_cannot_be_linked_to_itself(qtbot, empty_ctx, own):
    plant = make_organisation(empty_ctx.database, "Usine automobile de Cléon", town="Cléon")
    dialog = own(LinkDialog(empty_ctx, plant))
    settle()
    dialog.show()
    # GIVEN the animator types the organisation's own name: it is not offered
    popup = dialog.other_picker.popup
    qtbot.keyClicks(dialog.other_picker.edit, "cleon")
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert plant not in [popup.item(row).data(ID_ROLE) for row in range(popup.count())]
    # WHEN it reaches the dialog all the same and is saved
    dialog.other_picker.set_items([Choice(plant, "Usine automobile de Cléon")])
    dialog.save_button.click()
    settle()
    # THEN the dialog stays open and says why under the field; nothing is stored
    error = dialog.findChild(QLabel, "other_error")
    assert dialog.isVisible() and error.isVisible()
    assert error.text() == translate("Errors", "An organisation cannot be linked to itself.")
    assert links_of(plant, empty_ctx.database.uow()) == []


def test_a_duplicate_link_and_dates_in_the_wrong_order_are_refused(qtbot, empty_ctx, own):
    plant = make_organisation(empty_ctx.database, "Usine automobile de Cléon", town="Cléon")
    sme = make_organisation(empty_ctx.database, "Atelier Mécanique de la Vire", town="Vire")
    add_link(LinkDraft(plant, LinkKind.CLIENT_OF, sme), empty_ctx.database.uow())
    # GIVEN the same link entered again from the other side, ending before it starts
    dialog = own(LinkDialog(empty_ctx, sme))
    settle()
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(LinkKind.SUPPLIER_OF))
    choose_other(qtbot, dialog, "cleon")
    dialog.start.set_value(date(2024, 1, 1))
    dialog.end.set_value(date(2023, 1, 1))
    # WHEN it is saved
    dialog.save_button.click()
    settle()
    # THEN the dates are refused under the end date, and nothing changes
    assert dialog.isVisible()
    end_error = dialog.findChild(QLabel, "end_date_error")
    assert end_error.isVisible()
    assert end_error.text() == translate("Errors", "The link cannot end before it starts.")
    # WHEN the dates are removed
    dialog.start.set_value(None)
    dialog.end.set_value(None)
    dialog.save_button.click()
    settle()
    # THEN the link is refused as a duplicate, under the other organisation
    other_error = dialog.findChild(QLabel, "other_error")
    assert dialog.isVisible() and other_error.isVisible() and not end_error.isVisible()
    assert "Usine automobile de Cléon" in other_error.text()
    assert len(links_of(sme, empty_ctx.database.uow())) == 1
    # WHEN another organisation is picked: it replaces the first one
    make_organisation(empty_ctx.database, "Chambre de commerce de Rouen", town="Rouen")
    choose_other(qtbot, dialog, "chambre")
    assert len(dialog.other_picker.ids()) == 1 and not other_error.isVisible()


def test_deleting_an_organisation_says_its_links_go_with_it(qtbot, window, message_boxes):
    page = window.organisations_page
    ctx = window.ctx
    sme, plant = new_pair(qtbot, window)
    add_link(LinkDraft(sme, LinkKind.SUPPLIER_OF, plant), ctx.database.uow())
    shown(qtbot, window, sme)
    # WHEN the animator asks to delete the SME, then cancels
    message_boxes.answer = "Annuler"
    page.delete_current()
    settle()
    # THEN the confirmation counts its relationships, and nothing is deleted
    [(_text, details)] = message_boxes.shown
    expected = QCoreApplication.translate(
        "OrganisationsPage", "Its %n relationship(s) with other organisations will be deleted.", "", 1
    )
    assert expected in details
    assert len(links_of(plant, ctx.database.uow())) == 1
