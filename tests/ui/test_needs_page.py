"""The Needs page: record a need, see the SMEs suggested for it, set some aside, introduce one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem

from cluster_crm.domain.enums import HeadcountBand
from cluster_crm.domain.needs import NeedDraft, NeedStatus
from cluster_crm.services.introductions import introduction_rows
from cluster_crm.services.matchmaking import suggestions
from cluster_crm.services.needs import add_need, get_need, need_rows
from cluster_crm.services.organisations import get_organisation, update_organisation
from cluster_crm.ui.dialogs.dismiss_dialog import DismissDialog
from cluster_crm.ui.dialogs.need_dialog import NeedDialog
from cluster_crm.ui.views.needs_page import DANGER, DEADLINE_COLUMN, NeedsPage
from tests.clock import TODAY
from tests.ui.conftest import closed, settle

CAR_PLANT = 1  # « Usine automobile de Cléon » in the demo cluster


@pytest.fixture
def page(qtbot, own, demo_ctx) -> NeedsPage:
    page = own(NeedsPage(demo_ctx))
    page.resize(1300, 850)
    page.show()
    qtbot.waitUntil(lambda: page.filter_buttons["all"].text() != page.tr("All"), timeout=5000)
    return page


@pytest.fixture
def machining_need(demo_ctx) -> int:
    draft = NeedDraft(
        organisation_id=CAR_PLANT,
        title="Usinage de précision de carters",
        keywords="usinage de précision",
        tags=["Usinage"],
        received_on=TODAY - timedelta(days=3),
    )
    return add_need(draft, demo_ctx.database.uow()).id


def shown_with_suggestions(qtbot, page: NeedsPage, need_id: int) -> None:
    page.select_need(need_id)
    qtbot.waitUntil(lambda: page.suggestions.loaded_for == need_id, timeout=15000)
    assert page.current_id() == need_id


def test_a_need_without_title_is_refused_then_saved_and_selected(qtbot, page, demo_ctx):
    before = len(need_rows(demo_ctx.database.uow()))
    # GIVEN a new need for the car plant, whose people are offered as the one who expressed it
    dialog = page.create_record(organisation_id=CAR_PLANT)
    settle()
    qtbot.waitExposed(dialog)
    settle()
    assert dialog.organisation.current_id() == CAR_PLANT
    people = {
        a.contact_id for a in get_organisation(CAR_PLANT, demo_ctx.database.uow()).affiliations if a.current
    }
    offered = {dialog.contact_combo.itemData(i) for i in range(1, dialog.contact_combo.count())}
    assert offered == people
    dialog.keywords_edit.setText("usinage de précision, rectification")
    dialog.naf_edit.setText("25.62A, 25.62B")
    # WHEN the animator saves without a title
    dialog.save_button.click()
    settle()
    # THEN the dialog stays open, says why under the title, and nothing is stored
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "title_error").isVisible()
    assert len(need_rows(demo_ctx.database.uow())) == before
    # WHEN the title is given, with the person who expressed it
    dialog.title_edit.setText("Usinage de précision de carters")
    dialog.contact_combo.setCurrentIndex(1)
    contact_id = dialog.contact_combo.currentData()
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        dialog.save_button.click()
        settle()
    # THEN it is stored, listed, selected and shown, with its criteria
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    rows = need_rows(demo_ctx.database.uow())
    assert len(rows) == before + 1
    new = next(r for r in rows if r.title == "Usinage de précision de carters")
    qtbot.waitUntil(lambda: page.current_id() == new.id, timeout=5000)
    settle()
    view = get_need(new.id, demo_ctx.database.uow())
    assert view.contact_id == contact_id and view.naf_codes == ("25.62A", "25.62B")
    text = page.detail.toPlainText()
    assert "Usinage de précision de carters" in text and "Usine automobile de Cléon" in text
    assert "25.62A" in text and view.contact_name in text


def test_every_wrong_field_is_shown_under_it(qtbot, own, demo_ctx):
    # GIVEN a need with no organisation, a wrong NAF code, an upside-down headcount range and a
    # distance from nowhere
    dialog = own(NeedDialog(demo_ctx))
    settle()
    dialog.show()
    dialog.title_edit.setText("Soudure laser")
    dialog.naf_edit.setText("25.62A, 99.99Q")
    dialog.headcount_min.setCurrentIndex(dialog.headcount_min.findData(HeadcountBand.B22.value))
    dialog.headcount_max.setCurrentIndex(dialog.headcount_max.findData(HeadcountBand.B11.value))
    dialog.distance_spin.setValue(50)
    # WHEN it is saved
    dialog.save_button.click()
    settle()
    # THEN each problem is under its own field and the dialog stays open
    for field in ("organisation", "naf_codes", "headcount", "distance"):
        assert dialog.findChild(QLabel, f"{field}_error").isVisible(), field
    assert not dialog.findChild(QLabel, "title_error").isVisible()
    assert dialog.isVisible()
    assert not dialog.contact_combo.isEnabled()  # no organisation, nobody to choose


def test_several_naf_codes_are_completed_one_after_the_other(qtbot, own, demo_ctx):
    dialog = own(NeedDialog(demo_ctx))
    settle()
    dialog.show()
    completer = dialog.naf_edit.completer()
    # WHEN a second code is being typed after a first one
    completer.setCompletionPrefix("62.01Z, 25.62")  # as the line edit does: all that was typed
    # THEN the completion keeps the first code and adds the chosen one, ready for a third
    assert completer.currentCompletion() == "62.01Z, 25.62A, "
    dialog.naf_edit.setText(completer.currentCompletion())
    assert dialog.naf_labels.text().splitlines() == [
        "62.01Z – Programmation informatique",
        "25.62A – Décolletage",
    ]


def test_machining_smes_are_suggested_first_with_their_reasons(qtbot, page, demo_ctx, machining_need):
    # WHEN the car plant's need for precision machining is selected
    shown_with_suggestions(qtbot, page, machining_need)
    cards = page.suggestions.cards()
    # THEN SMEs are ranked, each with the reasons it matches, machining workshops first
    assert len(cards) >= 5
    assert [card.rank_label.text() for card in cards[:3]] == ["1", "2", "3"]
    for card in cards[:5]:
        organisation = get_organisation(card.suggestion.organisation_id, demo_ctx.database.uow())
        said = " ".join([*organisation.tags, organisation.capabilities]).lower()
        assert "usinage" in said, organisation.name
        assert card.suggestion.reasons_for and card.for_label.isVisible()
        assert card.present_button.isVisible() and card.present_button.isEnabled()
    scores = [card.suggestion.score for card in cards[:5]]
    assert scores == sorted(scores, reverse=True)
    assert page.tabs.tabText(page.tabs.indexOf(page.suggestions)).endswith(f"({len(cards)})")


def test_an_sme_set_aside_stays_aside_until_restored(qtbot, page, demo_ctx, machining_need, message_boxes):
    shown_with_suggestions(qtbot, page, machining_need)
    target = page.suggestions.cards()[1].suggestion.organisation_id
    # WHEN the second SME is set aside, with a reason
    page.suggestions.card_of(target).dismiss_button.click()
    qtbot.waitUntil(lambda: page.suggestions.findChild(DismissDialog) is not None, timeout=3000)
    dialog = page.suggestions.findChild(DismissDialog)
    settle()
    dialog.reason_combo.setEditText("Trop éloignée")
    with qtbot.waitSignal(page.suggestions.sig_loaded, timeout=15000):
        dialog.dismiss_button.click()
    # THEN it leaves the list, and stays out when the suggestions are read again
    assert page.suggestions.card_of(target) is None
    with qtbot.waitSignal(page.suggestions.sig_loaded, timeout=15000):
        page.suggestions.refresh()
    assert page.suggestions.card_of(target) is None
    assert target not in [s.organisation_id for s in suggestions(machining_need, demo_ctx.database.uow())]
    # WHEN the ones set aside are shown
    with qtbot.waitSignal(page.suggestions.sig_loaded, timeout=15000):
        page.suggestions.show_dismissed.setChecked(True)
    # THEN it is there, greyed, with its reason and a Restore button instead of Introduce
    card = page.suggestions.card_of(target)
    assert card.suggestion.dismissed and card.suggestion.dismissed_reason == "Trop éloignée"
    assert card.property("dismissed") is True
    assert card.restore_button.isVisible() and not card.present_button.isVisible()
    assert "Trop éloignée" in card.facts_label.text()
    # WHEN it is restored
    with qtbot.waitSignal(page.suggestions.sig_loaded, timeout=15000):
        card.restore_button.click()
    # THEN it is suggested again
    card = page.suggestions.card_of(target)
    assert card is not None and not card.suggestion.dismissed and card.present_button.isVisible()
    assert target in [s.organisation_id for s in suggestions(machining_need, demo_ctx.database.uow())]
    assert not message_boxes.shown


def test_introduce_opens_the_introduction_filled_in(qtbot, page, demo_ctx, machining_need):
    shown_with_suggestions(qtbot, page, machining_need)
    first = page.suggestions.cards()[0].suggestion
    # WHEN the animator clicks « Présenter… » on the best SME
    page.suggestions.card_of(first.organisation_id).present_button.click()
    dialog = page.suggestions.introduction_dialog
    qtbot.waitExposed(dialog)
    settle()
    # THEN the introduction is filled in: the car plant, the SME and its person, the need
    assert dialog.contracting.current_id() == CAR_PLANT
    assert dialog.sme.current_id() == first.organisation_id
    assert dialog.sme_contact.currentData() == first.contact_id
    assert dialog.need_combo.currentData() == machining_need
    # WHEN it is saved as it is
    with qtbot.waitSignal(page.suggestions.sig_loaded, timeout=15000):
        dialog.save_button.click()
        settle()
    # THEN the need lists it, and the SME is marked as already introduced
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    introduction = introduction_rows(demo_ctx.database.uow(), need_id=machining_need)[0]
    assert introduction.sme_id == first.organisation_id
    qtbot.waitUntil(lambda: page.introduction_ids() == [introduction.id], timeout=5000)
    card = page.suggestions.card_of(first.organisation_id)
    assert card.suggestion.already_introduced_id == introduction.id
    assert card.open_introduction_button.isVisible() and not card.present_button.isVisible()
    with qtbot.waitSignal(page.sig_open_record) as opened:
        card.open_introduction_button.click()
    assert opened.args == ["introduction", introduction.id]


def test_an_sme_that_objects_cannot_be_introduced(qtbot, page, demo_ctx, machining_need):
    # GIVEN the best SME asked not to be solicited any more
    best = suggestions(machining_need, demo_ctx.database.uow())[0].organisation_id
    draft = get_organisation(best, demo_ctx.database.uow()).draft
    draft.objected_on = TODAY - timedelta(days=1)
    update_organisation(best, draft, demo_ctx.database.uow())
    # WHEN the need is shown
    shown_with_suggestions(qtbot, page, machining_need)
    # THEN it is still listed, marked, and « Présenter… » is disabled
    card = page.suggestions.card_of(best)
    assert card.suggestion.blocked
    assert not card.present_button.isEnabled()
    assert any(b.property("kind") == "blocked" for b in card.badges)
    assert page.suggestions.present(best) is None


def test_closing_and_reopening_a_need(qtbot, page, demo_ctx, machining_need):
    shown_with_suggestions(qtbot, page, machining_need)
    # WHEN it is marked satisfied
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.satisfied_button.click()
    # THEN it leaves the open needs, and is found among the satisfied ones
    assert get_need(machining_need, demo_ctx.database.uow()).status == NeedStatus.SATISFIED
    assert page.model.row_of(machining_need) is None
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.set_filter("satisfied")
    page.select_record(machining_need)
    settle()
    qtbot.waitUntil(lambda: page.need is not None and page.need.id == machining_need, timeout=3000)
    assert page.reopen_button.isVisible() and not page.satisfied_button.isVisible()
    # WHEN it is reopened
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        page.reopen_button.click()
    assert get_need(machining_need, demo_ctx.database.uow()).status == NeedStatus.OPEN


def test_deleting_a_need_keeps_its_introductions(qtbot, page, demo_ctx, machining_need, message_boxes):
    # GIVEN a need with an introduction
    shown_with_suggestions(qtbot, page, machining_need)
    dialog = page.suggestions.present(page.suggestions.cards()[0].suggestion.organisation_id)
    settle()  # the introduction is filled in
    dialog.save_button.click()
    settle()
    qtbot.waitUntil(lambda: len(page.introduction_ids()) == 1, timeout=5000)
    introduction_id = page.introduction_ids()[0]
    # WHEN Delete is pressed in the list, and confirmed
    message_boxes.answer = "Supprimer"
    page.table.setFocus()
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        settle()
    # THEN the need is gone, the box said what happens to the introduction, which stays
    assert "Usinage de précision de carters" in message_boxes.shown[-1][0]
    assert all(r.id != machining_need for r in need_rows(demo_ctx.database.uow()))
    kept = [r for r in introduction_rows(demo_ctx.database.uow()) if r.id == introduction_id]
    assert kept and kept[0].need_id is None


def test_enter_edits_the_need_and_a_past_deadline_is_red(qtbot, page, demo_ctx):
    # GIVEN an open need whose deadline passed two days ago
    draft = NeedDraft(
        organisation_id=CAR_PLANT,
        title="Maintenance robots",
        received_on=TODAY - timedelta(days=30),
        deadline=TODAY - timedelta(days=2),
    )
    late = add_need(draft, demo_ctx.database.uow()).id
    with qtbot.waitSignal(page.sig_results_shown, timeout=5000):
        demo_ctx.bus.sig_data_changed.emit("needs")
    page.select_record(late)
    settle()
    # THEN its deadline is painted in red
    index = page.model.index(page.model.row_of(late), DEADLINE_COLUMN)
    option = QStyleOptionViewItem()
    page.table.itemDelegate().initStyleOption(option, index)
    assert option.palette.color(option.palette.ColorRole.Text) == DANGER
    # WHEN Enter is pressed on it
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    # THEN it opens in the dialog, filled in
    qtbot.waitUntil(lambda: page.findChild(NeedDialog) is not None, timeout=3000)
    dialog = page.findChild(NeedDialog)
    settle()
    assert dialog.title_edit.text() == "Maintenance robots"
    assert dialog.deadline.value() == TODAY - timedelta(days=2)
    dialog.reject()


def test_from_the_window_a_need_opens_and_its_smes_lead_to_their_page(qtbot, window, machining_need):
    page = window.needs_page
    # WHEN another page asks for the need (as the introductions page does)
    window.open_record("need", machining_need)
    # THEN the Needs page shows it, with its suggestions
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.suggestions.loaded_for == machining_need, timeout=15000)
    card = page.suggestions.cards()[0]
    # WHEN the animator clicks the name of the first SME
    card.name_label.linkActivated.emit("open")
    # THEN its organisation is shown
    organisations = window.organisations_page
    assert window.current_page() is organisations
    qtbot.waitUntil(lambda: organisations.current_id() == card.suggestion.organisation_id, timeout=5000)
