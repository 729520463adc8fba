"""The main window on the demo cluster: French, searchable, filterable, sortable, remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QPushButton

from cluster_crm.domain.enums import OrganisationKind
from cluster_crm.ui.main_window import MainWindow
from tests.ui.conftest import settle


def rows(page, column=0):
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_window_speaks_french(window):
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Édition", "&Affichage", "Aid&e"]
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Tableau de bord",
        "Organisations",
        "Contacts",
        "Relances",
        "Besoins",
        "Mises en relation",
        "Rapports",
    ]
    assert window.stack.currentWidget() is window.dashboard_page  # the app opens on the dashboard
    page = window.organisations_page
    assert page.count_label.text() == f"{page.model.total()} organisations"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"


def test_typing_cleon_finds_the_car_plant(qtbot, window):
    page = window.organisations_page
    total = page.model.total()
    # WHEN the animator presses Ctrl+F and types "cleon" without the accent
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        qtbot.keyClicks(page.search_edit, "cleon")
    # THEN the Cléon plant is listed, and the count says how many of how many
    names = rows(page)
    assert any("Cléon" in name for name in names)
    assert len(names) < total
    assert page.count_label.text().endswith(f"sur {total}")


def test_accents_and_case_do_not_matter(qtbot, window):
    page = window.organisations_page
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.search_edit.setText("EVREUX")
    assert rows(page)
    assert all(
        "Évreux" in row.town or "vreux" in row.name
        for row in map(page.model.record, range(page.model.rowCount()))
    )


def test_filter_by_kind_and_sort_by_town(qtbot, window):
    page = window.organisations_page
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.kind_filter.setCurrentIndex(page.kind_filter.findData(OrganisationKind.CONTRACTING))
    kinds = set(rows(page, 1))
    assert kinds == {"Donneur d'ordres"}
    assert 15 <= page.model.total() <= 25
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # the "Ville" header
    towns = rows(page, 2)
    from cluster_crm.domain.text import fold

    assert [fold(t) for t in towns] == sorted(fold(t) for t in towns)


def test_long_lists_load_in_batches(qtbot, window):
    page = window.contacts_page
    qtbot.waitUntil(lambda: page.model.total() > 0, timeout=5000)
    assert page.model.total() > page.model.BATCH
    assert page.model.rowCount() == page.model.BATCH
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == min(2 * page.model.BATCH, page.model.total())


def test_detail_pane_links_to_the_people(qtbot, window):
    page = window.organisations_page
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.search_edit.setText("cleon")
    page.select_record(page.model.id_at(0))
    settle()
    html = page.detail.toHtml()
    assert "Cléon" in html and "Personnes" in html
    person = next(a for a in _organisation(window, page.current_id()).affiliations)
    page.detail.anchorClicked.emit(QUrl(f"contact:{person.contact_id}"))
    assert window.stack.currentWidget() is window.contacts_page
    qtbot.waitUntil(lambda: window.contacts_page.current_id() == person.contact_id, timeout=5000)
    settle()
    assert person.contact_name in window.contacts_page.detail.toPlainText()


def _organisation(window, organisation_id):
    from cluster_crm.services.organisations import get_organisation

    return get_organisation(organisation_id, window.ctx.database.uow())


def test_layout_is_remembered(qtbot, demo_ctx, window):
    window.organisations_page.table.setColumnWidth(0, 333)
    window.splitter.setSizes([150, 900])
    window.close()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    assert again.organisations_page.table.columnWidth(0) == 333
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]


def test_an_unexpected_error_is_shown_and_the_app_goes_on(qtbot, window, message_boxes):
    message_boxes.unexpected_errors_allowed = True

    def broken(_uow):  # noqa: ANN001, ANN202
        raise RuntimeError("disque plein")

    window.ctx.ops.task(window, broken, lambda result: None)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=5000)
    assert "Vos données sont intactes" in message_boxes.shown[0][0]
    with qtbot.waitSignal(window.organisations_page.sig_results_shown, timeout=5000):
        window.organisations_page.search_edit.setText("usinage")
    assert window.organisations_page.model.rowCount() > 0


def test_f2_opens_the_selected_record_for_editing(qtbot, window):
    from cluster_crm.ui.dialogs.organisation_dialog import OrganisationDialog

    page = window.organisations_page
    page.table.setFocus()
    page.select_record(page.model.id_at(0))
    settle()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.findChild(OrganisationDialog) is not None, timeout=3000)
    settle()
    assert window.findChild(OrganisationDialog).name_edit.text() == page.model.record(0).name


def test_first_start_on_an_empty_database_offers_the_demo(qtbot, empty_ctx, message_boxes):
    window = MainWindow(empty_ctx)
    qtbot.addWidget(window)
    window.show()
    message_boxes.answer = "Charger le cluster de démonstration"
    window.offer_demo_if_empty()
    settle()
    assert message_boxes.shown[0][0] == "Cette base est vide."
    qtbot.waitUntil(lambda: window.organisations_page.model.total() > 100, timeout=15000)
    assert "Cluster de démonstration chargé" in window.statusBar().currentMessage()


def test_a_database_with_data_is_not_offered_the_demo(qtbot, window, message_boxes):
    window.offer_demo_if_empty()
    settle()
    assert message_boxes.shown == []


def test_cancelling_a_long_task_changes_nothing(qtbot, empty_ctx):
    from cluster_crm.demo.cluster import load_demo
    from cluster_crm.ui.progress import run_with_progress

    window = MainWindow(empty_ctx)
    qtbot.addWidget(window)
    results = []
    dialog = run_with_progress(window, empty_ctx, "Chargement…", load_demo, results.append)
    dialog.cancel_button.click()
    qtbot.waitUntil(
        lambda: dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible(), timeout=15000
    )
    assert results == []
    with empty_ctx.database.uow() as uow:
        assert uow.organisations.count() == 0


def test_english_is_available_through_the_preferences(qtbot, empty_ctx):
    from cluster_crm.app import create_application
    from cluster_crm.ui.dialogs.preferences_dialog import PreferencesDialog
    from cluster_crm.ui.settings import language

    dialog = PreferencesDialog(empty_ctx)
    settle()
    qtbot.addWidget(dialog)
    settle()  # the preferences are read
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    [save] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Enregistrer"]
    save.click()
    settle()
    assert language(empty_ctx.settings) == "en"
    try:
        create_application()  # what the next start does: read the setting
        english = MainWindow(empty_ctx)
        qtbot.addWidget(english)
        assert [a.text() for a in english.menuBar().actions()][0] == "&File"
        assert english.organisations_page.new_button.text() == "New organisation"
    finally:
        create_application("fr")


def test_people_who_objected_are_marked_in_the_contacts_list(qtbot, window):
    # GIVEN a demo person who objected to being contacted
    from cluster_crm.domain.queries import ContactQuery
    from cluster_crm.services.contacts import contact_rows, search_contact_ids

    ctx = window.ctx
    rows = contact_rows(search_contact_ids(ContactQuery(), ctx.database.uow()), ctx.database.uow())
    objecting = next(r for r in rows if r.objected_on is not None)
    page = window.contacts_page
    window.open_record("contact", objecting.id)
    qtbot.waitUntil(lambda: page.current_id() == objecting.id, timeout=5000)
    settle()
    # THEN the list marks the name, and its tooltip says since when
    index = page.table.currentIndex().siblingAtColumn(0)
    assert index.data().startswith("⊘ ")
    from PySide6.QtCore import Qt

    assert "S'oppose à être contacté(e) depuis le" in index.data(Qt.ItemDataRole.ToolTipRole)
