"""The Introductions page: the pipeline as a board or a list, and the selected introduction's details."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.errors import DomainError, NotFound
from cluster_crm.domain.introductions import IntroductionStatus
from cluster_crm.services.introduction_dto import IntroductionRow, IntroductionView
from cluster_crm.services.introductions import delete_introduction, get_introduction, introduction_page
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.confirm_delete import confirm_delete
from cluster_crm.ui.dialogs.introduction_dialog import IntroductionDialog
from cluster_crm.ui.dialogs.status_dialog import StatusDialog
from cluster_crm.ui.roles import SORT_ROLE
from cluster_crm.ui.settings import restore_state, save_state
from cluster_crm.ui.views.detail_pane import DetailPane
from cluster_crm.ui.views.html import short
from cluster_crm.ui.views.introduction_detail import euros, introduction_html
from cluster_crm.ui.views.pipeline_board import ROW_ROLE, PipelineBoard

S = IntroductionStatus
SCOPES = ("recent", "active", "ended", "all")
RECENT_DAYS = 90  # ended introductions stay on the board this long
LIMIT = 1000  # the most cards and rows shown at once; the search narrows them


class IntroductionsPage(QWidget):
    sig_open_record = Signal(str, int)
    """A link asked to open a record: ``(kind, id)``, kind "organisation", "contact" or "need"."""

    sig_open_interaction = Signal(int)
    """A linked interaction was clicked."""

    sig_log_requested = Signal(int)
    """"Log an interaction" about the introduction ``id`` was asked for."""

    sig_detail_shown = Signal(int)
    """The selected introduction's details were read and shown; its id."""

    sig_loaded = Signal()
    """The introductions were read and shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current: int | None = None
        self._rows: list[IntroductionRow] = []

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search by organisation name…"))
        self.scope_combo = QComboBox()
        texts = (
            self.tr("Under way and ended lately"),
            self.tr("Under way"),
            self.tr("Ended"),
            self.tr("All introductions"),
        )
        for key, text in zip(SCOPES, texts, strict=True):
            self.scope_combo.addItem(text, key)
        self.board_button = QPushButton(self.tr("Board"))
        self.list_button = QPushButton(self.tr("List"))
        self.view_group = QButtonGroup(self)
        for number, button in enumerate((self.board_button, self.list_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, number)
        self.board_button.setChecked(True)
        self.new_button = QPushButton(self.tr("New introduction…"))
        self.stage_button = QPushButton(self.tr("Change the stage…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.log_button = QPushButton(self.tr("Log an interaction…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.letters_button = QPushButton(self.tr("Letters to both parties…"))
        self.letters_button.setToolTip(
            self.tr("One PDF with a letter to each party, previewed before printing")
        )
        self.count_label = QLabel()

        self.board = PipelineBoard()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setHeaderLabels(
            [
                self.tr("Stage"),
                self.tr("Since"),
                self.tr("Contracting organisation"),
                self.tr("SME"),
                self.tr("Need"),
                self.tr("Outcome"),
            ]
        )
        self.board_area = QScrollArea()
        self.board_area.setWidget(self.board)
        self.board_area.setWidgetResizable(True)
        self.board_area.setFrameShape(QFrame.Shape.NoFrame)
        self.views = QStackedWidget()
        self.views.addWidget(self.board_area)
        self.views.addWidget(self.table)
        self.detail = DetailPane(self.tr("Select an introduction to see its details and history."))
        self.detail.setObjectName("introductionDetail")

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.scope_combo)
        top.addWidget(self.board_button)
        top.addWidget(self.list_button)
        top.addStretch(1)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (
            self.stage_button,
            self.edit_button,
            self.log_button,
            self.letters_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.detail, 1)
        # The board needs the whole width for its seven columns: the details go underneath.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([480, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._timer.start)
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.view_group.idClicked.connect(self.views.setCurrentIndex)
        self.board.sig_selected.connect(self._select)
        self.board.sig_activated.connect(lambda introduction_id: self.change_stage(introduction_id))
        self.board.sig_move_requested.connect(lambda i, status: self.change_stage(i, S(status)))
        self.table.currentItemChanged.connect(
            lambda item, _previous: self._select(item.data(0, ROW_ROLE).id) if item is not None else None
        )
        self.table.itemActivated.connect(lambda item, _column: self.change_stage(item.data(0, ROW_ROLE).id))
        self.new_button.clicked.connect(lambda: self.create_introduction())
        self.stage_button.clicked.connect(lambda: self.change_stage(self._current))
        self.edit_button.clicked.connect(self.edit_current)
        self.log_button.clicked.connect(lambda: self._current and self.sig_log_requested.emit(self._current))
        self.delete_button.clicked.connect(self.delete_current)
        self.letters_button.clicked.connect(self.write_letters)
        self.detail.anchorClicked.connect(self._link)
        self.detail.sig_open_record.connect(self.sig_open_record)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.views, self.delete_current)
        ctx.bus.sig_data_changed.connect(lambda _what: self.refresh())
        restore_state(ctx.settings, "introductions/board_splitter", self.splitter)
        self._update_buttons()
        self.refresh()

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._timer.stop()
        scope = self.scope_combo.currentData()
        statuses = None
        if scope == "active":
            statuses = [s for s in S if not s.is_final]
        elif scope == "ended":
            statuses = [s for s in S if s.is_final]
        since = self.ctx.clock.today() - timedelta(days=RECENT_DAYS) if scope == "recent" else None
        text = self.search_edit.text()
        self.ctx.ops.query(
            self,
            "list",
            lambda uow: introduction_page(uow, statuses=statuses, text=text, ended_since=since, limit=LIMIT),
            lambda found: self._show(*found),
        )

    def _show(self, rows: list[IntroductionRow], total: int) -> None:
        self._rows = rows
        keep = self._current if any(r.id == self._current for r in rows) else None
        self.board.set_rows(rows, keep)
        self.table.setSortingEnabled(False)
        self.table.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [
                    row.status_label,
                    short(row.status_on),
                    row.contracting_name,
                    row.sme_name,
                    row.need_title,
                    " ".join(p for p in (row.outcome_label, euros(row.amount_eur)) if p),
                ]
            )
            item.setData(0, ROW_ROLE, row)
            item.setData(1, SORT_ROLE, row.status_on.isoformat())
            self.table.addTopLevelItem(item)
            if row.id == keep:
                self.table.setCurrentItem(item)
        self.table.setSortingEnabled(True)
        for column, width in enumerate((150, 90, 220, 200, 200)):
            self.table.setColumnWidth(column, width)
        under_way = sum(1 for r in rows if not S(r.status).is_final)
        text = self.tr("%n introduction(s)", "", total)
        if total > len(rows):
            text = self.tr("The latest {shown} of %n introductions: narrow them with the search.", "", total)
            text = text.format(shown=len(rows))
        if total == len(rows):
            text += " · " + self.tr("%n under way", "", under_way)
        self.count_label.setText(text)
        self._select(keep)
        self.sig_loaded.emit()

    def rows(self) -> list[IntroductionRow]:
        return list(self._rows)

    def select_introduction(self, introduction_id: int) -> None:
        """Show ``introduction_id``, widening the filters to every introduction if they hide it."""
        if not any(r.id == introduction_id for r in self._rows):
            for widget in (self.search_edit, self.scope_combo):
                widget.blockSignals(True)
            self.search_edit.clear()
            self.scope_combo.setCurrentIndex(SCOPES.index("all"))
            for widget in (self.search_edit, self.scope_combo):
                widget.blockSignals(False)
            self._current = introduction_id
            self.refresh()
            return
        self.board.select(introduction_id)
        self._select(introduction_id)

    def current_id(self) -> int | None:
        return self._current

    def _select(self, introduction_id: int | None) -> None:
        self._current = introduction_id
        self._update_buttons()
        if introduction_id is None:
            self.ctx.ops.cancel(self, "detail")
            self.detail.show_html(None)
            return
        self.ctx.ops.query(
            self,
            "detail",
            lambda uow: get_introduction(introduction_id, uow),
            self._show_detail,
            on_error=self._detail_gone,
        )

    def _show_detail(self, view: IntroductionView) -> None:
        if view.id == self._current:
            self.detail.show_html(introduction_html(view))
            self.sig_detail_shown.emit(view.id)

    def _detail_gone(self, error: DomainError) -> bool:
        if not isinstance(error, NotFound):
            return False
        self._current = None  # deleted meanwhile: show nothing
        self._update_buttons()
        self.detail.show_html(None)
        return True

    def _update_buttons(self) -> None:
        for button in (
            self.stage_button,
            self.edit_button,
            self.log_button,
            self.letters_button,
            self.delete_button,
        ):
            button.setEnabled(self._current is not None)

    # --- actions ---------------------------------------------------------------------------

    def write_letters(self) -> None:
        """The letters to both parties of the current introduction, in the preview."""
        from cluster_crm.ui.letter_actions import introduction_letters  # reportlab loads only to print

        if self._current is not None:
            introduction_letters(self.ctx, self._current, self)

    def create_introduction(self, **prefill: int | None) -> IntroductionDialog:
        dialog = IntroductionDialog(self.ctx, None, self, **prefill)
        dialog.sig_saved.connect(self._saved)
        dialog.open()
        return dialog

    def change_stage(self, introduction_id: int | None, target: S | None = None) -> StatusDialog | None:
        if introduction_id is None:
            return None
        dialog = StatusDialog(self.ctx, introduction_id, self, target)
        dialog.sig_saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit_current(self) -> IntroductionDialog | None:
        if self._current is None:
            return None
        dialog = IntroductionDialog(self.ctx, self._current, self)
        dialog.sig_saved.connect(self._saved)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        if self._current is None:
            return
        introduction_id = self._current
        title = next((r.title for r in self._rows if r.id == introduction_id), "")
        details = [self.tr("Its history and its check-ups are deleted; its interactions are kept.")]
        if confirm_delete(self, title, details):
            self._current = None
            self.ctx.ops.action(
                self, lambda uow: delete_introduction(introduction_id, uow), changed="introductions"
            )

    def _saved(self, introduction_id: int) -> None:
        self._current = introduction_id

    def _link(self, url: QUrl) -> None:
        scheme, number = url.scheme(), int(url.path() or url.host() or 0)
        if scheme == "need":
            self.sig_open_record.emit("need", number)
        elif scheme == "interaction":
            self.sig_open_interaction.emit(number)
        elif scheme == "log-introduction":
            self.sig_log_requested.emit(number)

    def save_layout(self) -> None:
        save_state(self.ctx.settings, "introductions/board_splitter", self.splitter)
