"""The introductions page: proposing with the real dialog, moving along the pipeline, the board."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cluster_crm.domain.enums import OrganisationKind
from cluster_crm.domain.introductions import IntroductionDraft, IntroductionStatus
from cluster_crm.services.dto import Choice
from cluster_crm.services.introductions import get_introduction, introduction_rows, propose_introduction
from tests.clock import TODAY
from tests.factories import make_contact, make_organisation
from tests.ui.conftest import closed, settle

S = IntroductionStatus


@pytest.fixture
def cluster(empty_ctx):
    db = empty_ctx.database
    plant = make_organisation(db, "Usine de Cléon", kind=OrganisationKind.CONTRACTING)
    sme = make_organisation(db, "Usinage Précis")
    other_sme = make_organisation(db, "Tôlerie Normande")
    buyer = make_contact(db, "Claire", "Martin", plant, role="Acheteuse")
    manager = make_contact(db, "Paul", "Leroy", sme, role="Gérant")
    return {"plant": plant, "sme": sme, "other_sme": other_sme, "buyer": buyer, "manager": manager}


@pytest.fixture
def page(qtbot, own, empty_ctx, cluster):
    from cluster_crm.ui.views.introductions_page import IntroductionsPage

    page = own(IntroductionsPage(empty_ctx))
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(lambda: page.count_label.text() != "", timeout=5000)
    return page


def choose(picker, ctx, organisation_id):
    from cluster_crm.services.organisations import organisation_rows

    row = organisation_rows([organisation_id], ctx.database.uow())[0]
    picker.add_choice(Choice(row.id, row.name, row.town))
    settle()  # the combos that follow the party are filled


def test_a_proposal_made_in_the_dialog_lands_in_the_first_column(qtbot, page, cluster, empty_ctx):
    # GIVEN the new-introduction dialog
    dialog = page.create_introduction()
    settle()
    qtbot.waitExposed(dialog)
    settle()
    # WHEN the animator picks the car plant and the SME (their contacts come by themselves) and saves
    choose(dialog.contracting, empty_ctx, cluster["plant"])
    choose(dialog.sme, empty_ctx, cluster["sme"])
    assert dialog.contracting_contact.currentData() == cluster["buyer"]
    assert dialog.sme_contact.currentData() == cluster["manager"]
    dialog.note_edit.setPlainText("Pièces usinées pour la ligne moteur")
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        dialog.save_button.click()
        settle()
    # THEN the dialog closed, the introduction is stored and shown in the "Proposée" column
    assert closed(dialog)
    rows = introduction_rows(empty_ctx.database.uow())
    assert [(r.contracting_name, r.sme_name, r.sme_contact_name) for r in rows] == [
        ("Usine de Cléon", "Usinage Précis", "Paul Leroy")
    ]
    column = page.board.columns[S.PROPOSED]
    assert column.count() == 1
    assert page.board.headers[S.PROPOSED].text() == "Proposée (1)"


def test_an_organisation_introduced_to_itself_is_refused_under_the_field(qtbot, page, cluster, empty_ctx):
    dialog = page.create_introduction(contracting_id=cluster["plant"], sme_id=cluster["plant"])
    settle()
    qtbot.waitExposed(dialog)
    settle()
    dialog.save_button.click()
    settle()
    assert dialog.isVisible()
    assert "elle-même" in dialog.errors._labels["sme"].text()
    assert introduction_rows(empty_ctx.database.uow()) == []


def test_two_smes_ask_for_confirmation(qtbot, page, cluster, empty_ctx, message_boxes):
    # GIVEN two SMEs chosen as the parties
    dialog = page.create_introduction(contracting_id=cluster["other_sme"], sme_id=cluster["sme"])
    settle()
    qtbot.waitExposed(dialog)
    settle()
    # WHEN the animator saves and goes back at the warning, THEN nothing is stored
    message_boxes.answer = "Revenir"
    dialog.save_button.click()
    settle()
    assert "n'est pas un donneur d'ordres" in message_boxes.shown[-1][1]
    assert dialog.isVisible() and introduction_rows(empty_ctx.database.uow()) == []
    # WHEN saving anyway, THEN it is stored
    message_boxes.answer = "Enregistrer quand même"
    dialog.save_button.click()
    settle()
    assert closed(dialog)
    assert len(introduction_rows(empty_ctx.database.uow())) == 1


def _proposed(ctx, cluster, days_ago=20):
    draft = IntroductionDraft(
        contracting_id=cluster["plant"],
        sme_id=cluster["sme"],
        contracting_contact_id=cluster["buyer"],
        sme_contact_id=cluster["manager"],
        proposed_on=TODAY - timedelta(days=days_ago),
    )
    view = propose_introduction(draft, ctx.database.uow())
    ctx.bus.sig_data_changed.emit("introductions")
    return view


def test_moving_to_introduced_records_both_agreements_and_schedules_check_ups(
    qtbot, page, cluster, empty_ctx
):
    view = _proposed(empty_ctx, cluster)
    qtbot.waitUntil(lambda: page.board.columns[S.PROPOSED].count() == 1, timeout=5000)
    page.select_introduction(view.id)
    # WHEN the animator opens the stage dialog and picks "introduced"
    dialog = page.change_stage(view.id, S.INTRODUCED)
    settle()
    qtbot.waitExposed(dialog)
    settle()
    # THEN both agreements are asked for (ticked, dated today), and the check-ups are offered
    assert dialog.contracting_agreed.isVisibleTo(dialog) and dialog.sme_agreed.isVisibleTo(dialog)
    assert dialog.contracting_agreed.value() == TODAY
    assert dialog.check_up_edit.isVisibleTo(dialog) and dialog.check_up_edit.text() == "1, 3"
    assert not dialog.outcome_combo.isVisibleTo(dialog)
    dialog.note_edit.setText("Présentation par courriel")
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        dialog.save_button.click()
        settle()
    assert closed(dialog)
    stored = get_introduction(view.id, empty_ctx.database.uow())
    assert stored.row.status == S.INTRODUCED
    assert (stored.contracting_agreed_on, stored.sme_agreed_on) == (TODAY, TODAY)
    assert len(stored.follow_ups) == 2
    assert page.board.columns[S.INTRODUCED].count() == 1
    assert "Présentation par courriel" in page.detail.toPlainText()


def test_concluding_without_an_outcome_says_so_under_the_field(qtbot, page, cluster, empty_ctx):
    view = _proposed(empty_ctx, cluster)
    dialog = page.change_stage(view.id, S.CONCLUDED)
    settle()
    qtbot.waitExposed(dialog)
    settle()
    dialog.save_button.click()
    settle()
    assert dialog.isVisible()
    assert "résultat" in dialog.errors._labels["outcome"].text()
    assert get_introduction(view.id, empty_ctx.database.uow()).row.status == S.PROPOSED
    # WHEN an outcome and an amount typed the French way are given, THEN it is concluded
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("contract"))
    dialog.amount_edit.setText("45 000 €")
    dialog.save_button.click()
    settle()
    assert closed(dialog)
    stored = get_introduction(view.id, empty_ctx.database.uow())
    assert (stored.row.status, stored.row.amount_eur) == (S.CONCLUDED, 45_000)
    assert [h.status for h in stored.history] == ["proposed", "concluded"]


def test_a_bad_amount_is_refused(qtbot, page, cluster, empty_ctx):
    view = _proposed(empty_ctx, cluster)
    dialog = page.change_stage(view.id, S.CONCLUDED)
    settle()
    qtbot.waitExposed(dialog)
    settle()
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("contract"))
    dialog.amount_edit.setText("beaucoup")
    dialog.save_button.click()
    settle()
    assert dialog.isVisible()
    assert "nombre entier d'euros" in dialog.errors._labels["amount"].text()


def test_a_card_dropped_on_another_column_opens_the_stage_dialog_for_it(qtbot, page, cluster, empty_ctx):
    view = _proposed(empty_ctx, cluster)
    qtbot.waitUntil(lambda: page.board.columns[S.PROPOSED].count() == 1, timeout=5000)
    opened = []
    page.change_stage = lambda introduction_id, target=None: opened.append((introduction_id, target))
    page.board.columns[S.CLOSED].sig_dropped.emit(view.id, S.CLOSED.value)
    assert opened == [(view.id, S.CLOSED)]


def test_the_list_view_and_the_search(qtbot, page, cluster, empty_ctx):
    _proposed(empty_ctx, cluster)
    draft = IntroductionDraft(contracting_id=cluster["plant"], sme_id=cluster["other_sme"])
    propose_introduction(draft, empty_ctx.database.uow())
    empty_ctx.bus.sig_data_changed.emit("introductions")
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 2, timeout=5000)
    page.list_button.click()
    assert page.views.currentWidget() is page.table
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        page.search_edit.setText("Usinage")
    assert page.table.topLevelItemCount() == 1
    assert page.table.topLevelItem(0).text(3) == "Usinage Précis"


def test_the_organisation_page_has_an_introductions_tab(qtbot, window):
    # GIVEN the demo's car plant, introduced to an SME
    from cluster_crm.domain.queries import OrganisationQuery
    from cluster_crm.services.organisations import search_organisation_ids

    ctx = window.ctx
    sme = search_organisation_ids(
        OrganisationQuery(text="Usinage", kind=OrganisationKind.SME), ctx.database.uow()
    )[0]
    propose_introduction(IntroductionDraft(contracting_id=1, sme_id=sme), ctx.database.uow())
    window.ctx.bus.sig_data_changed.emit("introductions")
    page = window.organisations_page
    window.open_record("organisation", 1)
    tabs = page.detail_panel
    qtbot.waitUntil(lambda: tabs.introductions.list.topLevelItemCount() >= 1, timeout=5000)
    assert tabs.tabText(tabs.indexOf(tabs.introductions)).startswith("Mises en relation (")
    # WHEN the animator opens it, THEN the introductions page shows it
    item = tabs.introductions.list.topLevelItem(0)
    tabs.introductions.sig_open_introduction.emit(_id(item))
    assert window.current_page() is window.introductions_page
    qtbot.waitUntil(lambda: window.introductions_page.current_id() is not None, timeout=5000)


def _id(item):
    from cluster_crm.ui.views.pipeline_board import ROW_ROLE

    return item.data(0, ROW_ROLE).id


def test_a_meeting_logged_between_the_parties_can_be_linked_to_their_introduction(
    qtbot, own, empty_ctx, cluster
):
    from cluster_crm.ui.dialogs.interaction_dialog import InteractionDialog

    view = _proposed(empty_ctx, cluster)
    # GIVEN the quick log opened on an SME that has no introduction
    from PySide6.QtWidgets import QWidget

    host = own(QWidget())
    dialog = InteractionDialog(empty_ctx, None, host, organisation_ids=[cluster["other_sme"]])
    settle()
    dialog.show()
    assert not dialog.introduction_combo.isVisibleTo(dialog)  # the other SME has none
    # WHEN the animator adds the car plant, THEN its introduction is offered, and chosen when saved
    choose(dialog.organisations, empty_ctx, cluster["plant"])
    assert dialog.introduction_combo.isVisibleTo(dialog)
    assert dialog.introduction_combo.findData(view.id) > 0
    dialog.introduction_combo.setCurrentIndex(dialog.introduction_combo.findData(view.id))
    dialog.subject_edit.setText("Rendez-vous de présentation")
    dialog.save()
    settle()
    linked = get_introduction(view.id, empty_ctx.database.uow()).interactions
    assert [i.subject for i in linked] == ["Rendez-vous de présentation"]
    # AND editing it again keeps the link
    again = InteractionDialog(empty_ctx, linked[0].id, host)
    settle()
    assert again.introduction_combo.currentData() == view.id
