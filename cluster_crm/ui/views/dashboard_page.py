"""The home page: this month in figures, follow-ups due, dormant relationships, latest interactions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.dates import long_date, short_date
from cluster_crm.i18n import current_language
from cluster_crm.services.dashboard import UPCOMING_DAYS, dashboard
from cluster_crm.services.dto import DashboardView, DormantRelationship
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.models.id_table import Index
from cluster_crm.ui.roles import ID_ROLE
from cluster_crm.ui.views.follow_ups_page import DANGER, MUTED, FollowUpList, ListOrEmpty
from cluster_crm.ui.views.timeline_widget import TimelineModel

STYLE = """
QFrame#card { background: palette(base); border: 1px solid #d0d7de; border-radius: 6px; }
QFrame#card[accent="danger"] { border-left: 4px solid #b42318; }
QLabel#cardTitle { font-weight: 600; color: #44546a; }
QLabel#cardTitle[accent="danger"] { color: #b42318; }
QLabel#cardHint { color: #57606a; }
QFrame#tile { background: palette(base); border: 1px solid #d0d7de; border-radius: 6px; }
QLabel#tileValue { font-size: 20pt; font-weight: 600; color: #1f3b57; }
QLabel#tileCaption { color: #57606a; }
QLabel#dashboardDate { font-size: 16pt; font-weight: 600; }
QLabel#dashboardMonth { color: #57606a; }
"""


class Card(QFrame):
    """A titled box on the dashboard."""

    def __init__(
        self, body: QWidget, hint: str = "", accent: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("accent", accent)
        self.title_label = QLabel()
        self.title_label.setObjectName("cardTitle")
        self.title_label.setProperty("accent", accent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        if not hint:
            header.addStretch(1)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("cardHint")
            hint_label.setWordWrap(True)  # a hint never sets the card's minimum width
            hint_label.setToolTip(hint)
            header.addWidget(hint_label, 1)
        layout.addLayout(header)
        layout.addWidget(body, 1)

    def set_title(self, text: str) -> None:
        self.title_label.setText(text)


class Tile(QFrame):
    """A figure and what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.value_label = QLabel("–")
        self.value_label.setObjectName("tileValue")
        caption_label = QLabel(caption)
        caption_label.setObjectName("tileCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(caption_label)

    def set_value(self, value: int) -> None:
        self.value_label.setText(QLocale().toString(value))

    def value(self) -> str:
        return self.value_label.text()


class _Roomy(QStyledItemDelegate):
    """Rows as tall as the follow-up rows beside them."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))


def _setup_view(view: QTreeView) -> None:
    view.setItemDelegate(_Roomy(view))
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.header().setHighlightSections(False)


class DashboardPage(QWidget):
    """Where the animator starts the day: what is due, who has not been met for too long."""

    sig_open_record = Signal(str, int)
    """Open an organisation or a person: ``("organisation" | "contact", id)``."""

    sig_open_interaction = Signal(int)
    """Open an interaction."""

    sig_loaded = Signal()
    """The dashboard was read again and shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: DashboardView | None = None
        self._stale = False
        self.setStyleSheet(STYLE)

        self.date_label = QLabel()
        self.date_label.setObjectName("dashboardDate")
        self.month_label = QLabel()
        self.month_label.setObjectName("dashboardMonth")
        self.tiles = {
            "interactions": Tile(self.tr("interactions")),
            "meetings": Tile(self.tr("meetings")),
            "events": Tile(self.tr("events")),
            "follow_ups_done": Tile(self.tr("follow-ups done")),
            "organisations_met": Tile(self.tr("organisations met")),
        }

        self.overdue_list = FollowUpList(ctx, empty_text=self.tr("Nothing overdue. Well done!"))
        self.upcoming_list = FollowUpList(
            ctx, empty_text=self.tr("Nothing due in the next {days} days.").format(days=UPCOMING_DAYS)
        )
        for follow_ups in (self.overdue_list, self.upcoming_list):
            follow_ups.view.setFrameShape(QFrame.Shape.NoFrame)
        self.overdue_card = Card(self.overdue_list, accent="danger")
        self.upcoming_card = Card(self.upcoming_list)

        self.dormant_view = QTreeWidget()
        _setup_view(self.dormant_view)
        self.dormant_view.setHeaderLabels(
            [self.tr("Organisation"), self.tr("Membership"), self.tr("Last contact"), self.tr("Every")]
        )
        self.dormant_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.dormant_view.header().setStretchLastSection(False)
        for column in (1, 2, 3):
            self.dormant_view.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for view in (self.dormant_view,):
            view.setMinimumWidth(240)
            view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.dormant_body = ListOrEmpty(
            self.dormant_view, self.tr("Every relationship is up to date: nobody has been left aside.")
        )
        self.dormant_card = Card(self.dormant_body, hint=self.tr("not met for longer than planned"))

        self.recent_model = TimelineModel(ctx.clock.now, self)
        self.recent_view = QTreeView()
        _setup_view(self.recent_view)
        self.recent_view.setModel(self.recent_model)
        self.recent_view.header().setStretchLastSection(False)
        self.recent_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.recent_view.header().resizeSection(
            0, self.fontMetrics().horizontalAdvance("00/00/0000 00:00") + 44
        )
        self.recent_view.header().resizeSection(2, 150)
        self.recent_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.recent_body = ListOrEmpty(
            self.recent_view,
            self.tr(
                "No interaction logged yet. Log your meetings, calls and events from an organisation's page."
            ),
        )
        self.recent_card = Card(self.recent_body)
        self.recent_card.set_title(self.tr("Latest interactions"))

        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        month = QVBoxLayout()
        month.setSpacing(4)
        month.addWidget(self.month_label, 0, Qt.AlignmentFlag.AlignRight)
        month.addLayout(tiles)
        header = QHBoxLayout()
        header.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        header.addLayout(month)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.overdue_card, 0, 0)
        grid.addWidget(self.upcoming_card, 1, 0)
        grid.addWidget(self.dormant_card, 0, 1)
        grid.addWidget(self.recent_card, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(grid, 1)

        for follow_ups in (self.overdue_list, self.upcoming_list):
            follow_ups.sig_open_record.connect(self.sig_open_record)
            follow_ups.sig_open_interaction.connect(self.sig_open_interaction)
        self.dormant_view.itemActivated.connect(
            lambda item, _column: self.sig_open_record.emit("organisation", item.data(0, ID_ROLE))
        )
        self.recent_view.activated.connect(
            lambda index: self.sig_open_interaction.emit(self.recent_model.entry(index.row()).id)
        )
        ctx.bus.sig_data_changed.connect(self._data_changed)
        self._show_titles()
        self.refresh()

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        self.ctx.ops.query(self, "dashboard", dashboard, self._show)

    def dormant_ids(self) -> list[int]:
        view = self.dormant_view
        return [view.topLevelItem(row).data(0, ID_ROLE) for row in range(view.topLevelItemCount())]

    def _show(self, view: DashboardView) -> None:
        self.view = view
        self._show_titles()
        month = view.month
        for key, tile in self.tiles.items():
            tile.set_value(getattr(month, key))
        self.overdue_list.set_follow_ups(view.overdue, view.today)
        self.upcoming_list.set_follow_ups(view.upcoming, view.today)
        self._show_dormant(view.dormant, view.today)
        self.recent_model.set_entries(view.recent)
        self.recent_body.set_empty(not view.recent)
        self.sig_loaded.emit()

    def _show_titles(self) -> None:
        today = self.view.today if self.view else self.ctx.clock.today()
        weekday = QLocale().dayName(today.isoweekday(), QLocale.FormatType.LongFormat)
        words = f"{weekday} {long_date(today, current_language())}"
        self.date_label.setText(words[:1].upper() + words[1:])
        month = QLocale().standaloneMonthName(today.month, QLocale.FormatType.LongFormat)
        self.month_label.setText(self.tr("This month ({month} {year})").format(month=month, year=today.year))
        overdue = len(self.view.overdue) if self.view else 0
        upcoming = len(self.view.upcoming) if self.view else 0
        dormant = len(self.view.dormant) if self.view else 0
        self.overdue_card.set_title(self.tr("Overdue follow-ups (%n)", "", overdue))
        self.upcoming_card.set_title(
            self.tr("Upcoming follow-ups, next {days} days (%n)", "", upcoming).format(days=UPCOMING_DAYS)
        )
        self.dormant_card.set_title(self.tr("Dormant relationships (%n)", "", dormant))

    def _show_dormant(self, dormant: tuple[DormantRelationship, ...], today: date) -> None:
        view = self.dormant_view
        current = view.currentItem().data(0, ID_ROLE) if view.currentItem() else None
        view.clear()
        bold = QFont(view.font())
        bold.setBold(True)
        for relationship in dormant:
            days = relationship.days_since(today)
            if relationship.last_contact is None:
                last, tooltip = self.tr("never"), self.tr("No interaction logged")
            else:
                last = short_date(relationship.last_contact, current_language())
                tooltip = self.tr("%n day(s) ago", "", days)
            item = QTreeWidgetItem(
                [
                    relationship.name,
                    relationship.membership_label,
                    last,
                    self.tr("%n day(s)", "", relationship.interval_days),
                ]
            )
            item.setData(0, ID_ROLE, relationship.organisation_id)
            item.setToolTip(2, tooltip)
            item.setToolTip(3, self.tr("Meet at least every %n day(s)", "", relationship.interval_days))
            if relationship.is_member:
                item.setFont(0, bold)
            if relationship.last_contact is None:
                item.setForeground(2, DANGER)
            else:
                item.setForeground(2, MUTED)
            view.addTopLevelItem(item)
            if relationship.organisation_id == current:
                view.setCurrentItem(item)
        self.dormant_body.set_empty(not dormant)

    def _data_changed(self, _what: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when shown: the dormant query scans every organisation

    def showEvent(self, event: Any) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)
