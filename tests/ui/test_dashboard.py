"""The dashboard and the follow-ups page: what is overdue or coming, Done, Postpone, dormant relationships."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from cluster_crm.domain.enums import MembershipStatus
from cluster_crm.domain.interactions import Delay, FollowUpDraft, InteractionDraft, InteractionKind
from cluster_crm.services.follow_ups import mark_done, open_follow_ups
from cluster_crm.services.interactions import log_interaction
from tests.clock import TODAY
from tests.factories import make_organisation


def log(ctx, organisation_id, days_ago, subject, follow_up=None, kind=InteractionKind.MEETING):
    draft = InteractionDraft(
        kind=kind,
        starts_at=datetime.combine(TODAY - timedelta(days=days_ago), time(10, 0)),
        subject=subject,
        organisation_ids=[organisation_id],
        follow_up=follow_up,
    )
    return log_interaction(draft, ctx.database.uow(), ctx.database.attachments_dir)


@pytest.fixture
def cluster(empty_ctx):
    """A met SME with three follow-ups (overdue, upcoming, done), and two organisations left aside."""
    db = empty_ctx.database
    met = make_organisation(db, "Gamma Usinage", stay_in_touch_days=30)
    member = make_organisation(
        db, "Zeta Plasturgie", membership_status=MembershipStatus.MEMBER, stay_in_touch_days=60
    )
    prospect = make_organisation(
        db, "Alpha Conseil", membership_status=MembershipStatus.PROSPECT, stay_in_touch_days=60
    )
    overdue = log(
        empty_ctx, met, 5, "Visite de l'atelier", FollowUpDraft(TODAY - timedelta(days=1), "Envoyer le devis")
    )
    upcoming = log(
        empty_ctx, met, 2, "Appel sur le devis", FollowUpDraft(TODAY + timedelta(days=3), "Rappeler")
    )
    done = log(empty_ctx, met, 4, "Courriel", FollowUpDraft(TODAY - timedelta(days=2), "Déjà fait"))
    mark_done(done.follow_ups[0].id, empty_ctx.database.uow())
    return {
        "met": met,
        "member": member,
        "prospect": prospect,
        "overdue": overdue.follow_ups[0].id,
        "upcoming": upcoming.follow_ups[0].id,
        "done": done.follow_ups[0].id,
        "latest": upcoming.id,
    }


@pytest.fixture
def page(qtbot, own, empty_ctx, cluster):
    from cluster_crm.ui.views.dashboard_page import DashboardPage

    page = own(DashboardPage(empty_ctx))
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: page.view is not None, timeout=5000)
    return page


def click_button(qtbot, follow_up_list, follow_up_id, action):
    """Click a row's painted button (Done, Postpone, Open) where the user would."""
    row = follow_up_list.model.row_of(follow_up_id)
    column = follow_up_list.model.columns.index("actions")
    cell = follow_up_list.view.visualRect(follow_up_list.model.index(row, column))
    rect = follow_up_list.delegate.button_rects(cell)[action]
    qtbot.mouseClick(follow_up_list.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_overdue_and_upcoming_follow_ups_are_where_they_belong(page, cluster):
    # GIVEN a follow-up due yesterday, one due in 3 days and one already done
    # THEN the first is overdue, the second upcoming, the done one nowhere
    assert page.overdue_list.ids() == [cluster["overdue"]]
    assert page.upcoming_list.ids() == [cluster["upcoming"]]
    assert page.overdue_list.model.follow_up(0).note == "Envoyer le devis"
    assert not page.overdue_list.body.is_empty()
    assert page.tiles["follow_ups_done"].value() == "1"
    this_month = sum((TODAY - timedelta(days=d)).month == TODAY.month for d in (5, 2, 4))
    assert page.tiles["interactions"].value() == str(this_month)


def test_done_removes_the_follow_up(qtbot, page, cluster, empty_ctx):
    # WHEN the animator clicks Done on the overdue follow-up
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        click_button(qtbot, page.overdue_list, cluster["overdue"], "done")
    # THEN it leaves the list, which says there is nothing overdue, and it is stored as done
    assert page.overdue_list.ids() == []
    assert page.overdue_list.body.is_empty()
    assert cluster["overdue"] not in [f.id for f in open_follow_ups(empty_ctx.database.uow())]
    assert page.upcoming_list.ids() == [cluster["upcoming"]]


def test_space_marks_the_current_follow_up_done(qtbot, page, cluster, empty_ctx):
    page.upcoming_list.view.setFocus()
    page.upcoming_list.view.setCurrentIndex(page.upcoming_list.model.index(0, 0))
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        qtbot.keyClick(page.upcoming_list.view, Qt.Key.Key_Space)
    assert page.upcoming_list.ids() == []
    assert [f.id for f in open_follow_ups(empty_ctx.database.uow())] == [cluster["overdue"]]


def test_postpone_a_week_moves_the_follow_up_to_upcoming(qtbot, page, cluster, empty_ctx):
    # WHEN the animator opens Postpone ▾ on the overdue follow-up and chooses "in 1 week"
    click_button(qtbot, page.overdue_list, cluster["overdue"], "postpone")
    menu = page.overdue_list.postpone_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    [week] = [a for a in menu.actions() if a.data() == Delay.ONE_WEEK.value]
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        week.trigger()
    # THEN it is due a week from today and listed among the upcoming ones
    due = {f.id: f.due_date for f in open_follow_ups(empty_ctx.database.uow())}
    assert due[cluster["overdue"]] == TODAY + timedelta(weeks=1)
    assert page.overdue_list.ids() == []
    assert page.upcoming_list.ids() == [cluster["upcoming"], cluster["overdue"]]


def test_postpone_to_a_picked_date(qtbot, page, cluster, empty_ctx):
    from PySide6.QtCore import QDate

    dialog = page.overdue_list.pick_date(cluster["overdue"])
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    target = TODAY + timedelta(days=10)
    dialog.calendar.setSelectedDate(QDate(target.year, target.month, target.day))
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        dialog.accept_button.click()
    due = {f.id: f.due_date for f in open_follow_ups(empty_ctx.database.uow())}
    assert due[cluster["overdue"]] == target
    assert cluster["overdue"] in page.upcoming_list.ids()


def test_a_double_click_on_done_marks_only_one_follow_up(qtbot, own, empty_ctx, cluster):
    from cluster_crm.ui.views.follow_ups_page import FollowUpsPage

    page = own(FollowUpsPage(empty_ctx))
    page.resize(1200, 600)
    page.show()
    qtbot.waitUntil(lambda: len(page.list.ids()) == 2, timeout=5000)
    row = page.list.model.row_of(cluster["overdue"])
    cell = page.list.view.visualRect(page.list.model.index(row, page.list.model.columns.index("actions")))
    centre = page.list.delegate.button_rects(cell)["done"].center()
    viewport = page.list.view.viewport()
    # WHEN the first click of a double click marks the first row done and the next row slides up
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: page.list.ids() == [cluster["upcoming"]], timeout=5000)
    # and the second click (a double-click event, then a release) lands on that next row
    second = QMouseEvent(
        QEvent.Type.MouseButtonDblClick,
        QPointF(centre),
        QPointF(viewport.mapToGlobal(centre)),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, second)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre)
    # THEN only the first follow-up is done
    qtbot.waitUntil(lambda: not page.list._busy, timeout=5000)
    assert [f.id for f in open_follow_ups(empty_ctx.database.uow())] == [cluster["upcoming"]]
    assert page.list.ids() == [cluster["upcoming"]]


def test_dormant_members_come_first_and_open_their_page(qtbot, page, cluster):
    # GIVEN a member and a prospect that were never met, and an SME met 2 days ago
    # THEN both are dormant, the member first; the SME is not
    assert page.dormant_ids() == [cluster["member"], cluster["prospect"]]
    # WHEN the animator double-clicks the member
    item = page.dormant_view.topLevelItem(0)
    rect = page.dormant_view.visualItemRect(item)
    viewport = page.dormant_view.viewport()
    with qtbot.waitSignal(page.sig_open_record, timeout=3000) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # two halves
    # THEN its page is asked for
    assert opened.args == ["organisation", cluster["member"]]


def test_latest_interactions_open_on_enter(qtbot, page, cluster):
    view = page.recent_view
    assert page.recent_model.entry(0).id == cluster["latest"]
    view.setFocus()
    view.setCurrentIndex(page.recent_model.index(0, 0))
    with qtbot.waitSignal(page.sig_open_interaction, timeout=3000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [cluster["latest"]]


def test_open_follow_up_shows_its_organisation(qtbot, page, cluster):
    with qtbot.waitSignal(page.sig_open_record, timeout=3000) as opened:
        click_button(qtbot, page.overdue_list, cluster["overdue"], "open")
    assert opened.args == ["organisation", cluster["met"]]


def test_an_empty_database_shows_friendly_sentences(qtbot, own, empty_ctx):
    from cluster_crm.ui.views.dashboard_page import DashboardPage

    page = own(DashboardPage(empty_ctx))
    page.show()
    qtbot.waitUntil(lambda: page.view is not None, timeout=5000)
    for body in (page.overdue_list.body, page.upcoming_list.body, page.dormant_body, page.recent_body):
        assert body.is_empty()
        assert body.empty_label.text()
    assert all(tile.value() == "0" for tile in page.tiles.values())


def test_follow_ups_page_filters_and_highlights_overdue(qtbot, own, empty_ctx, cluster):
    from cluster_crm.ui.views.follow_ups_page import FollowUpsPage

    page = own(FollowUpsPage(empty_ctx))
    page.show()
    qtbot.waitUntil(lambda: len(page.list.ids()) == 2, timeout=5000)
    # all open ones, the overdue one first and highlighted
    assert page.list.ids() == [cluster["overdue"], cluster["upcoming"]]
    assert page.list.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.list.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    page.filter_buttons["overdue"].click()
    assert page.current_filter() == "overdue"
    assert page.list.ids() == [cluster["overdue"]]
    # WHEN Ctrl+D is pressed on it, THEN it is done and "overdue" is empty
    page.list.view.setFocus()
    page.list.view.setCurrentIndex(page.list.model.index(0, 0))
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        qtbot.keyClick(page.list.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.list.ids() == []
    assert page.list.body.is_empty()
    page.set_filter("open")
    assert page.list.ids() == [cluster["upcoming"]]


def test_a_hidden_page_reads_again_when_shown(qtbot, own, empty_ctx, cluster):
    from cluster_crm.ui.views.follow_ups_page import FollowUpsPage

    page = own(FollowUpsPage(empty_ctx))
    qtbot.waitUntil(lambda: len(page.list.ids()) == 2, timeout=5000)
    mark_done(cluster["upcoming"], empty_ctx.database.uow())
    empty_ctx.bus.sig_data_changed.emit("follow_ups")
    with qtbot.waitSignal(page.sig_loaded, timeout=5000):
        page.show()
    assert page.list.ids() == [cluster["overdue"]]


def test_context_menu_offers_every_target(qtbot, page, cluster):
    from PySide6.QtWidgets import QMenu

    follow_ups = page.overdue_list
    rect = follow_ups.view.visualRect(follow_ups.model.index(0, 0))
    follow_ups._context_menu(QPoint(rect.center()))
    menu = next(m for m in follow_ups.findChildren(QMenu) if m.isVisible())
    assert (
        len([a for a in menu.actions() if not a.isSeparator()]) == 4
    )  # done, postpone, organisation, interaction
    menu.close()
