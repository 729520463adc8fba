"""A searchable, filterable, sortable list of records beside the selected record's detail pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.errors import DomainError, NotFound
from cluster_crm.services.dto import SearchPage
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.models.id_table import IdTableModel
from cluster_crm.ui.settings import restore_state, save_state
from cluster_crm.ui.views.detail_pane import DetailPane

SEARCH_DELAY_MS = 150


class RecordTable(QTableView):
    sig_activated = Signal()
    """Enter, Return or F2 on a row (edit it)."""

    sig_delete_requested = Signal()
    """The Delete key on a row."""

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
            and self.currentIndex().isValid()
        ):
            self.sig_activated.emit()
        elif event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.sig_delete_requested.emit()
        else:
            super().keyPressEvent(event)


class ListPage(QWidget):
    """Subclasses provide the columns, the query, the detail pane and the record actions."""

    settings_key = "list"
    detail: DetailPane
    """The pane showing the selected record (set by ``build_detail``)."""

    sig_record_selected = Signal(object)
    """The selected record's id, or None when nothing is selected."""

    sig_results_shown = Signal(int)
    """A query's results were shown; the argument is the number of matching records."""

    sig_detail_shown = Signal(int)
    """The selected record's details were read and shown; its id."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending_selection: int | None = None
        self._detail_shown: int | None = None
        """The record whose details the pane shows: a keystroke that keeps it selected reads nothing
        more of it (the detail and the timeline are read again only for another record, or after a
        change)."""
        self._sort: Any = None
        self._descending = False

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.search_placeholder())
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.new_button = QPushButton(self.new_text())
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))

        self.model = IdTableModel(self.columns(), self.load_rows, self)
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setHighlightSections(False)

        self.detail_panel = self.build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        left_layout.addLayout(top)
        filters = self.build_filters()
        if filters is not None:
            left_layout.addWidget(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._focus_table)
        self.model.sig_sort_requested.connect(self._sort_by)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.sig_activated.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.sig_delete_requested.connect(self.delete_current)
        self.new_button.clicked.connect(lambda: self.create_record())
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_edit, self._focus_table)
        ctx.bus.sig_data_changed.connect(self._data_changed)
        self._update_buttons()
        self._restore_layout()
        self.refresh()

    # --- to provide in subclasses ---------------------------------------------------------

    def columns(self) -> list:
        raise NotImplementedError

    def search_placeholder(self) -> str:
        raise NotImplementedError

    def new_text(self) -> str:
        raise NotImplementedError

    def build_filters(self) -> QWidget | None:
        return None

    def build_detail(self) -> QWidget:
        """The widget beside the list; it sets ``self.detail`` to the DetailPane it contains."""
        raise NotImplementedError

    def query(self, text: str, sort: Any, descending: bool) -> Any:
        raise NotImplementedError

    def fetch(self, query: Any, uow: Any) -> SearchPage:
        """Run off the GUI thread: the matching ids, the first rows, the total number of records."""
        raise NotImplementedError

    def rows_of(self, ids: list[int], uow: Any) -> list[Any]:
        """The rows of these records (the model's next batch)."""
        raise NotImplementedError

    def load_rows(self, ids: list[int]) -> list[Any]:
        """The model scrolled to its next batch: Qt asks for it synchronously (an indexed read by id)."""
        return self.ctx.ops.read_now(lambda uow: self.rows_of(ids, uow))

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    def show_detail(self, record_id: int | None) -> None:
        raise NotImplementedError

    def create_record(self) -> None:
        raise NotImplementedError

    def edit_record(self, record_id: int) -> None:
        raise NotImplementedError

    def delete_record(self, record_id: int) -> None:
        raise NotImplementedError

    # --- behaviour -------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        """Query again with the current search, filters and sort; keep the selection if possible."""
        self._search_timer.stop()
        keep = self._pending_selection or self.current_id()
        query = self.query(self.search_edit.text(), self._sort, self._descending)
        fetch, batch = self.fetch, self.model.BATCH
        self.ctx.ops.query(
            self, "list", lambda uow: fetch(query, uow, batch), lambda page: self._show(keep, page)
        )

    def select_record(self, record_id: int) -> None:
        """Select ``record_id`` once it is in the list (after the next refresh if needed)."""
        row = self.model.row_of(record_id)
        if row is None:
            self._pending_selection = record_id
            return
        self._pending_selection = None
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.edit_record(record_id)

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.delete_record(record_id)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def save_layout(self) -> None:
        save_state(self.ctx.settings, f"{self.settings_key}/splitter", self.splitter)
        save_state(self.ctx.settings, f"{self.settings_key}/header", self.table.horizontalHeader())

    def _restore_layout(self) -> None:
        restore_state(self.ctx.settings, f"{self.settings_key}/splitter", self.splitter)
        if not restore_state(self.ctx.settings, f"{self.settings_key}/header", self.table.horizontalHeader()):
            for column, width in enumerate(self.default_widths()):
                self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSortIndicatorShown(True)

    def default_widths(self) -> list[int]:
        return []

    def _show(self, keep: int | None, page: SearchPage) -> None:
        ids, first_rows, total = page.ids, page.first_rows, page.total
        chosen_meanwhile = self.current_id()  # a record selected while this query was running
        self.model.reset(ids, first_rows)
        self.count_label.setText(self.count_text(len(ids), total))
        if self._pending_selection is not None:
            keep = self._pending_selection  # asked for while this query was running
        elif chosen_meanwhile is not None:
            keep = chosen_meanwhile
        if keep is not None and keep in ids:
            self.select_record(keep)
        else:
            self._pending_selection = None
            self._show_detail_of(None)
        self._update_buttons()
        self.sig_results_shown.emit(len(ids))

    def _sort_by(self, key: Any, descending: bool) -> None:
        self._sort, self._descending = key, descending
        self.refresh()

    def _current_changed(self) -> None:
        self._update_buttons()
        record_id = self.current_id()
        if self._show_detail_of(record_id):
            self.sig_record_selected.emit(record_id)

    def _show_detail_of(self, record_id: int | None) -> bool:
        """Show the record's details unless they are already shown; True if they were not."""
        if record_id == self._detail_shown:
            return False
        self._detail_shown = record_id
        self.show_detail(record_id)
        return True

    def _update_buttons(self) -> None:
        has_current = self.current_id() is not None
        self.edit_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.select_record(self.model.id_at(0))  # type: ignore[arg-type]

    def _detail_gone(self, error: DomainError) -> bool:
        """The record was deleted meanwhile (by another window, or another user): the list is read
        again, which drops it."""
        if not isinstance(error, NotFound):
            return False
        self._detail_shown = None
        self.detail.show_html(None)
        self.refresh()
        return True

    def _data_changed(self, _what: str) -> None:
        self._detail_shown = None  # what is shown may have changed: read it again
        self.refresh()
