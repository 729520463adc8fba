"""The Needs page: contracting organisations' needs, and for the selected one the SMEs to introduce."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.introductions import IntroductionStatus
from cluster_crm.domain.needs import NeedStatus
from cluster_crm.services.dto import SearchPage
from cluster_crm.services.introduction_dto import IntroductionRow, NeedRow, NeedView
from cluster_crm.services.introductions import introduction_rows
from cluster_crm.services.needs import delete_need, get_need, need_rows, set_need_status
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.confirm_delete import confirm_delete
from cluster_crm.ui.dialogs.need_dialog import NeedDialog
from cluster_crm.ui.models.id_table import Column
from cluster_crm.ui.roles import RECORD_ROLE
from cluster_crm.ui.settings import restore_state, save_state
from cluster_crm.ui.views.detail_pane import DetailPane
from cluster_crm.ui.views.follow_ups_page import FILTER_STYLE, ListOrEmpty
from cluster_crm.ui.views.html import short
from cluster_crm.ui.views.list_page import ListPage
from cluster_crm.ui.views.need_detail import need_html
from cluster_crm.ui.views.pipeline_board import COLOURS
from cluster_crm.ui.views.suggestions_panel import SuggestionsPanel

FILTERS = ("open", "all", "satisfied", "abandoned")
STATUSES = {"open": NeedStatus.OPEN, "satisfied": NeedStatus.SATISFIED, "abandoned": NeedStatus.ABANDONED}
DANGER, MUTED = QColor("#b42318"), QColor("#6e7781")
INTRODUCTION_ROLE = RECORD_ROLE


class NeedSort(StrEnum):
    TITLE = "title"
    RECEIVED = "received"
    DEADLINE = "deadline"
    INTRODUCTIONS = "introductions"


SORT_KEYS = {
    NeedSort.TITLE: lambda r: r.title.casefold(),
    NeedSort.RECEIVED: lambda r: (r.received_on, r.id),
    NeedSort.DEADLINE: lambda r: (r.deadline is None, r.deadline or date.max, r.id),
    NeedSort.INTRODUCTIONS: lambda r: (r.introductions, r.id),
}
RECEIVED_COLUMN, DEADLINE_COLUMN, INTRODUCTIONS_COLUMN = 1, 2, 3


def is_late(row: NeedRow, today: date) -> bool:
    return row.status == NeedStatus.OPEN and row.deadline is not None and row.deadline < today


class NeedRowDelegate(QStyledItemDelegate):
    """The need's title over its contracting organisation; closed needs greyed; the deadline of an
    open need that is past it in bold red."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today

    def initStyleOption(self, option: Any, index: Any) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        row: NeedRow = index.model().record(index.row())
        if index.column() == INTRODUCTIONS_COLUMN:
            option.displayAlignment = Qt.AlignmentFlag.AlignCenter
        if row.status != NeedStatus.OPEN:
            option.palette.setColor(QPalette.ColorRole.Text, MUTED)
        elif index.column() == DEADLINE_COLUMN and is_late(row, self.today()):
            option.palette.setColor(QPalette.ColorRole.Text, DANGER)
            option.font.setBold(True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        if index.column() != 0:
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        row: NeedRow = index.model().record(index.row())
        cell.text = ""
        style = cell.widget.style() if cell.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, cell.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, cell.widget)
        rect = rect.adjusted(3, 3, -3, -3)
        selected = bool(cell.state & QStyle.StateFlag.State_Selected)
        text = cell.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        soft = text if selected else MUTED
        painter.save()
        title_font = QFont(cell.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(title_font)
        top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
        bottom = QRect(
            rect.left(), rect.top() + rect.height() // 2, rect.width(), rect.height() - top.height()
        )
        painter.setFont(title_font)
        painter.setPen(text)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, flags, metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, top.width()))
        painter.setFont(cell.font)
        painter.setPen(soft)
        organisation = QFontMetrics(cell.font).elidedText(
            row.organisation_name, Qt.TextElideMode.ElideRight, bottom.width()
        )
        painter.drawText(bottom, flags, organisation)
        painter.restore()


@dataclass(frozen=True)
class NeedsFound(SearchPage[NeedRow]):
    counts: dict[str, int] = field(default_factory=dict)
    """How many matching needs there are with each filter ("open", "all"…)."""


class NeedsPage(ListPage):
    settings_key = "needs"

    sig_open_record = Signal(str, int)
    """A link or a double click asked to open a record: ``(kind, id)`` with kind "organisation",
    "contact" or "introduction"."""

    sig_need_shown = Signal(object)
    """The right side shows this NeedView (None when no need is selected)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.filter_buttons: dict[str, QPushButton] = {}
        self.need: NeedView | None = None
        self._counts: dict[str, int] = {}
        self._stale = False
        super().__init__(ctx, parent)
        self.table.setItemDelegate(NeedRowDelegate(ctx.clock.today, self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes what is left
        header.setMinimumSectionSize(40)
        lines = self.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(2 * lines + 12)  # title, then organisation
        if not restore_state(ctx.settings, f"{self.settings_key}/splitter", self.splitter):
            self.splitter.setSizes([480, 720])
        restore_state(ctx.settings, f"{self.settings_key}/right", self.right_splitter)
        self.sig_results_shown.connect(self._results_shown)
        self._follow_sort_indicator()

    # --- the list --------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Need"), lambda r: r.title, NeedSort.TITLE, self._row_tooltip),
            Column(self.tr("Received"), lambda r: short(r.received_on), NeedSort.RECEIVED),
            Column(self.tr("Deadline"), self._deadline_text, NeedSort.DEADLINE, self._deadline_tooltip),
            Column(
                self.tr("Introduced"),
                lambda r: str(r.introductions) if r.introductions else "",
                NeedSort.INTRODUCTIONS,
                lambda r: self.tr("%n introduction(s)", "", r.introductions),
            ),
        ]

    def default_widths(self) -> list[int]:
        return [240, 80, 90, 70]

    def _follow_sort_indicator(self) -> None:
        """Newest first unless the user sorted otherwise last time (the header remembers it)."""
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        key = self.columns()[column].sort if 0 <= column < len(self.columns()) else None
        if key is None or (column == 0 and order == Qt.SortOrder.AscendingOrder):
            header.blockSignals(True)
            header.setSortIndicator(RECEIVED_COLUMN, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
        elif key != NeedSort.RECEIVED or order != Qt.SortOrder.DescendingOrder:
            self._sort_by(key, order == Qt.SortOrder.DescendingOrder)

    def search_placeholder(self) -> str:
        return self.tr("Search needs: title, capabilities, organisation… (Ctrl+F)")

    def new_text(self) -> str:
        return self.tr("New need")

    def build_filters(self) -> QWidget:
        box = QWidget()
        box.setStyleSheet(FILTER_STYLE)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_group = QButtonGroup(box)
        for key in FILTERS:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"filter_{key}")
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            button.clicked.connect(self.refresh)
            layout.addWidget(button)
        layout.addStretch(1)
        self.filter_buttons["open"].setChecked(True)
        self._update_filter_texts()
        return box

    def current_filter(self) -> str:
        return next((key for key, b in self.filter_buttons.items() if b.isChecked()), "open")

    def set_filter(self, key: str) -> None:
        self.filter_buttons[key].setChecked(True)
        self.refresh()

    def query(self, text: str, sort: Any, descending: bool) -> tuple[str, str, NeedSort, bool]:
        if sort is None:
            sort, descending = NeedSort.RECEIVED, True
        return text, self.current_filter(), NeedSort(sort), descending

    def fetch(self, query: tuple[str, str, NeedSort, bool], uow: Any, first: int) -> NeedsFound:
        """Every matching need (a region has hundreds, not thousands), counted by status."""
        text, key, sort, descending = query
        every = need_rows(uow, text=text)
        counts = {k: sum(1 for r in every if r.status == status) for k, status in STATUSES.items()}
        counts["all"] = len(every)
        rows = [r for r in every if key == "all" or r.status == STATUSES[key]]
        rows.sort(key=SORT_KEYS[sort], reverse=descending)
        total = len(every) if not text else len(need_rows(uow))
        return NeedsFound([r.id for r in rows], rows, total, counts)

    def rows_of(self, ids: list[int], uow: Any) -> list[NeedRow]:
        wanted = set(ids)
        return [r for r in need_rows(uow) if r.id in wanted]

    def _show(self, keep: int | None, page: SearchPage) -> None:
        if isinstance(page, NeedsFound):
            self._counts = page.counts
        super()._show(keep, page)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n need(s)", "", total)
        return self.tr("%n of {total} needs", "", shown).format(total=total)

    def _update_filter_texts(self) -> None:
        texts = {
            "open": self.tr("Open"),
            "all": self.tr("All"),
            "satisfied": self.tr("Satisfied"),
            "abandoned": self.tr("Abandoned"),
        }
        for key, button in self.filter_buttons.items():
            count = self._counts.get(key)
            button.setText(texts[key] if count is None else f"{texts[key]} ({count})")

    def _results_shown(self, count: int) -> None:
        self._update_filter_texts()
        if not count:
            self.detail.show_html(f'<p class="muted">{self._empty_text()}</p>')
        if count and self.current_id() is None and self._pending_selection is None:
            self.select_record(self.model.id_at(0))  # type: ignore[arg-type]

    def _deadline_text(self, row: NeedRow) -> str:
        if row.status != NeedStatus.OPEN:
            return row.status_label
        return short(row.deadline)

    def _deadline_tooltip(self, row: NeedRow) -> str:
        today = self.ctx.clock.today()
        if is_late(row, today):
            late = (today - row.deadline).days  # type: ignore[operator]
            return self.tr("The deadline passed %n day(s) ago", "", late)
        return ""

    def _row_tooltip(self, row: NeedRow) -> str:
        return "\n".join(p for p in (row.title, row.organisation_name, ", ".join(row.tags)) if p)

    # --- the selected need -----------------------------------------------------------------

    def build_detail(self) -> QWidget:
        self.detail = DetailPane(self.tr("Select a need to see its details and the SMEs that could meet it."))
        self.detail.setObjectName("needDetail")
        self.detail.sig_open_record.connect(self.sig_open_record)
        self.satisfied_button = QPushButton(self.tr("Mark as satisfied"))
        self.abandon_button = QPushButton(self.tr("Abandon"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.satisfied_button.setToolTip(self.tr("An SME was found: the need is met"))
        self.abandon_button.setToolTip(self.tr("The contracting organisation no longer needs it"))
        self.satisfied_button.clicked.connect(lambda: self.set_status(NeedStatus.SATISFIED))
        self.abandon_button.clicked.connect(lambda: self.set_status(NeedStatus.ABANDONED))
        self.reopen_button.clicked.connect(lambda: self.set_status(NeedStatus.OPEN))
        self.status_row = QWidget()
        actions = QHBoxLayout(self.status_row)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addStretch(1)
        for button in (self.satisfied_button, self.abandon_button, self.reopen_button):
            actions.addWidget(button)

        self.suggestions = SuggestionsPanel(self.ctx)
        self.suggestions.sig_open_record.connect(self.sig_open_record)
        self.suggestions.sig_loaded.connect(self._suggestions_counted)
        self.introductions_list = QTreeWidget()
        self.introductions_list.setObjectName("needIntroductions")
        self.introductions_list.setRootIsDecorated(False)
        self.introductions_list.setAlternatingRowColors(True)
        self.introductions_list.setHeaderLabels(
            [self.tr("SME"), self.tr("Stage"), self.tr("Since"), self.tr("SME contact")]
        )
        self.introductions_list.setColumnWidth(0, 220)
        self.introductions_list.setColumnWidth(1, 150)
        self.introductions_list.setColumnWidth(2, 90)
        self.introductions_list.itemActivated.connect(
            lambda item, _column: self.sig_open_record.emit("introduction", item.data(0, INTRODUCTION_ROLE))
        )
        self.introductions_body = ListOrEmpty(
            self.introductions_list,
            self.tr("No introduction for this need yet: “Introduce…” on a suggested SME makes one."),
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.suggestions, self.tr("Suggested SMEs"))
        self.tabs.addTab(self.introductions_body, self.tr("Introductions"))

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(self.detail)
        self.right_splitter.addWidget(self.tabs)
        self.right_splitter.setStretchFactor(0, 2)
        self.right_splitter.setStretchFactor(1, 5)
        self.right_splitter.setSizes([290, 560])
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_row)
        layout.addWidget(self.right_splitter, 1)
        self._show_need(None)
        return right

    def show_detail(self, record_id: int | None) -> None:
        if record_id is None:
            self.ctx.ops.cancel(self, "detail")
            self._show_need(None)
            return
        self.ctx.ops.query(
            self,
            "detail",
            lambda uow: (get_need(record_id, uow), introduction_rows(uow, need_id=record_id)),
            self._show_need_and_introductions,
            on_error=self._detail_gone,
        )

    def _show_need_and_introductions(self, loaded: tuple[NeedView, list[IntroductionRow]]) -> None:
        need, introductions = loaded
        self._show_need(need, introductions)
        self.sig_detail_shown.emit(need.id)

    def _show_need(self, need: NeedView | None, introductions: list[IntroductionRow] | None = None) -> None:
        self.need = need
        self.status_row.setVisible(need is not None)
        self.tabs.setVisible(need is not None)
        if need is None:
            self.detail.show_html(None)
            self.suggestions.show_need(None)
            self.introductions_list.clear()
            self.sig_need_shown.emit(None)
            return
        self.detail.show_html(need_html(need, self.ctx.clock.today()))
        is_open = need.status == NeedStatus.OPEN
        self.satisfied_button.setVisible(is_open)
        self.abandon_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)
        self._show_introductions(introductions or [])
        self.suggestions.show_need(need)
        self.sig_need_shown.emit(need)

    def _empty_text(self) -> str:
        if self.search_edit.text() or self.current_filter() != "open":
            return self.tr("No need matches.")
        return self.tr(
            "No open need. When a contracting organisation tells you what it is looking for, "
            "record it with “New need” (Ctrl+N): the SMEs that could meet it are suggested here."
        )

    def _show_introductions(self, rows: list[IntroductionRow]) -> None:
        self.introductions_list.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [row.sme_name, row.status_label, short(row.status_on), row.sme_contact_name]
            )
            item.setData(0, INTRODUCTION_ROLE, row.id)
            item.setForeground(1, QBrush(QColor(COLOURS[IntroductionStatus(row.status)])))
            item.setToolTip(0, row.title)
            self.introductions_list.addTopLevelItem(item)
        self.introductions_body.set_empty(not rows)
        title = (
            self.tr("Introductions ({count})").format(count=len(rows)) if rows else self.tr("Introductions")
        )
        self.tabs.setTabText(self.tabs.indexOf(self.introductions_body), title)

    def _suggestions_counted(self, count: int) -> None:
        title = (
            self.tr("Suggested SMEs ({count})").format(count=count) if count else self.tr("Suggested SMEs")
        )
        self.tabs.setTabText(self.tabs.indexOf(self.suggestions), title)

    def introduction_ids(self) -> list[int]:
        """The introductions listed for the shown need."""
        return [
            self.introductions_list.topLevelItem(i).data(0, INTRODUCTION_ROLE)
            for i in range(self.introductions_list.topLevelItemCount())
        ]

    # --- actions ---------------------------------------------------------------------------

    def select_need(self, need_id: int) -> None:
        """Show ``need_id`` in the list, clearing the search and changing the filter if they hide it."""
        if self.model.row_of(need_id) is not None:
            self.select_record(need_id)
            return
        self.ctx.ops.query(
            self,
            "select",
            lambda uow: get_need(need_id, uow).status,
            lambda status: self._reveal(need_id, status),
        )

    def _reveal(self, need_id: int, status: str) -> None:
        key = self.current_filter()
        if key != "all" and STATUSES[key] != status:
            self.filter_buttons[next(k for k, s in STATUSES.items() if s == status)].setChecked(True)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.select_record(need_id)  # once the list has been read again
        self.refresh()

    def create_record(self, organisation_id: int | None = None) -> NeedDialog:
        dialog = NeedDialog(self.ctx, None, self, organisation_id=organisation_id)
        dialog.sig_saved.connect(self.select_need)
        dialog.open()
        return dialog

    def edit_record(self, record_id: int) -> NeedDialog:
        dialog = NeedDialog(self.ctx, record_id, self)
        dialog.sig_saved.connect(self.select_need)
        dialog.open()
        return dialog

    def delete_record(self, record_id: int) -> None:
        position = self.model.row_of(record_id)
        if position is None:
            return
        row = self.model.record(position)
        details = []
        if row.introductions:
            details.append(
                self.tr("Its %n introduction(s) are kept, no longer linked to a need.", "", row.introductions)
            )
        details.append(self.tr("The SMEs set aside for it will be forgotten."))
        if confirm_delete(self, row.title, details):
            self.ctx.ops.action(self, lambda uow: delete_need(record_id, uow), changed="needs")

    def set_status(self, status: NeedStatus) -> None:
        if self.need is None:
            return
        need_id = self.need.id
        self.ctx.ops.action(self, lambda uow: set_need_status(need_id, status, uow), changed="needs")

    def _data_changed(self, what: str) -> None:
        if self.isVisible():
            super()._data_changed(what)
        else:
            self._stale = True  # read again when shown: no queries for a page nobody looks at

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def save_layout(self) -> None:
        super().save_layout()
        save_state(self.ctx.settings, f"{self.settings_key}/right", self.right_splitter)
