"""Follow-ups (relances): a list with Done / Postpone / Open on every row, and the page of all open ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.dates import long_date, short_date
from cluster_crm.domain.interactions import Delay
from cluster_crm.i18n import current_language
from cluster_crm.services.dto import FollowUpView
from cluster_crm.services.follow_ups import mark_done, open_follow_ups, postpone
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dates import to_qdate
from cluster_crm.ui.dialogs.base import BaseDialog
from cluster_crm.ui.models.id_table import Index
from cluster_crm.ui.roles import RECORD_ROLE

FOLLOW_UP_ROLE = RECORD_ROLE
"""The row's FollowUpView."""

COMPACT_COLUMNS = ("due", "note", "about", "actions")
WIDE_COLUMNS = ("due", "note", "organisation", "contact", "interaction", "actions")
ALL_ACTIONS = ("done", "postpone", "open")
POSTPONE_DELAYS = (Delay.ONE_WEEK, Delay.TWO_WEEKS, Delay.ONE_MONTH, Delay.THREE_MONTHS)
DANGER = QColor("#b42318")
DANGER_BACKGROUND = QColor("#fdf0ef")
MUTED = QColor("#57606a")
EMPTY_STYLE = "color: #57606a; padding: 16px;"
FILTER_STYLE = """
QPushButton { padding: 4px 12px; border: 1px solid #d0d7de; border-radius: 4px; background: palette(base); }
QPushButton:hover { border-color: #8c959f; }
QPushButton:checked { background: #dbe7f5; border-color: #1f3b57; color: #1f3b57; }
"""


class ListOrEmpty(QStackedWidget):
    """A list, or a friendly sentence in its place when it has nothing to show."""

    def __init__(self, view: QWidget, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(EMPTY_STYLE)
        self.addWidget(view)
        self.addWidget(self.empty_label)

    def set_empty(self, empty: bool, text: str | None = None) -> None:
        if text is not None:
            self.empty_label.setText(text)
        self.setCurrentWidget(self.empty_label if empty else self.view)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty_label


class FollowUpModel(QAbstractTableModel):
    """Follow-ups as rows; the columns are picked by key (``"due"``, ``"note"``, ``"about"``…)."""

    def __init__(
        self, columns: Sequence[str], today: date, highlight_overdue: bool = False, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.highlight_overdue = highlight_overdue
        self.today = today
        self._rows: list[FollowUpView] = []

    def set_rows(self, rows: Sequence[FollowUpView], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today or self.today
        self.endResetModel()

    def remove(self, follow_up_id: int) -> None:
        row = self.row_of(follow_up_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def follow_up(self, row: int) -> FollowUpView:
        return self._rows[row]

    def ids(self) -> list[int]:
        return [f.id for f in self._rows]

    def row_of(self, follow_up_id: int) -> int | None:
        return next((row for row, f in enumerate(self._rows) if f.id == follow_up_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "due": self.tr("Due"),
            "note": self.tr("Follow-up"),
            "about": self.tr("About"),
            "organisation": self.tr("Organisation"),
            "contact": self.tr("Person"),
            "interaction": self.tr("After the interaction"),
            "actions": "",
        }
        return titles[self.columns[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == FOLLOW_UP_ROLE:
            return f
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(f, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(f, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "due" and f.overdue:
                return DANGER
            if column == "note" and not f.note:
                return MUTED
        if role == Qt.ItemDataRole.FontRole and column == "due" and (f.overdue or f.due_date == self.today):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight_overdue and f.overdue:
            return DANGER_BACKGROUND
        return None

    def _text(self, f: FollowUpView, column: str) -> str:
        if column == "due":
            return self.due_text(f.due_date)
        if column == "note":
            return f.note or f.interaction_subject or "—"
        return {
            "about": f.about,
            "organisation": f.organisation_name,
            "contact": f.contact_name,
            "interaction": f.interaction_subject,
        }.get(column, "")

    def _tooltip(self, f: FollowUpView, column: str) -> str | None:
        if column == "due":
            days = (f.due_date - self.today).days
            when = long_date(f.due_date, current_language())
            if days < 0:
                return self.tr("Due on {date}, %n day(s) late", "", -days).format(date=when)
            return self.tr("Due on {date}").format(date=when)
        if column == "note":
            lines = [f.note] if f.note else []
            if f.interaction_subject:
                lines.append(self.tr("After: {subject}").format(subject=f.interaction_subject))
            return "\n".join(lines) or None
        return None

    def due_text(self, day: date) -> str:
        """Lateness in days ("12 days late"), the coming week in words, later dates as 12/11/2026."""
        days = (day - self.today).days
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        if days == -1:
            return self.tr("Yesterday")
        if days < -1:
            return self.tr("%n day(s) late", "", -days)
        if days < 7:
            return self.tr("In %n day(s)", "", days)
        return short_date(day, current_language())


class RowActions(QStyledItemDelegate):
    """Paints a row's action buttons (Done, Postpone ▾, Open) in one cell and reports clicks."""

    sig_clicked = Signal(int, str, QRect)
    """A button was clicked: ``(follow-up id, action, the button's rectangle in the viewport)``."""

    SPACING = 4

    def __init__(self, actions: Sequence[str], parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self.actions = tuple(actions)
        self._view = parent
        self._pressed: tuple[int, str] | None = None
        self.hover = QPoint(-1, -1)

    def texts(self) -> dict[str, str]:
        return {"done": self.tr("Done"), "postpone": self.tr("Postpone") + " ▾", "open": self.tr("Open")}

    def tooltips(self) -> dict[str, str]:
        return {
            "done": self.tr("Mark this follow-up as done (Space, Ctrl+D)"),
            "postpone": self.tr("Move the due date later"),
            "open": self.tr("Open the organisation or person (Enter)"),
        }

    def button_rects(self, cell: QRect) -> dict[str, QRect]:
        metrics = self._view.fontMetrics()
        height = min(cell.height() - 4, metrics.height() + 8)
        top = cell.top() + (cell.height() - height) // 2
        left = cell.left() + self.SPACING
        rects = {}
        texts = self.texts()
        for action in self.actions:
            width = metrics.horizontalAdvance(texts[action]) + 22
            rects[action] = QRect(left, top, width, height)
            left += width + self.SPACING
        return rects

    def action_at(self, cell: QRect, pos: QPoint) -> str | None:
        return next((a for a, rect in self.button_rects(cell).items() if rect.contains(pos)), None)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        rects = self.button_rects(QRect(0, 0, 1000, self._view.fontMetrics().height() + 14))
        right = max((r.right() for r in rects.values()), default=0)
        return QSize(right + self.SPACING + 1, self._view.fontMetrics().height() + 14)

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""
        widget = option.widget
        style = widget.style() if widget else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        texts = self.texts()
        for action, rect in self.button_rects(option.rect).items():
            button = QStyleOptionButton()
            button.rect = rect
            button.text = texts[action]
            button.palette = option.palette
            button.fontMetrics = option.fontMetrics
            button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
            if rect.contains(self.hover):
                button.state |= QStyle.StateFlag.State_MouseOver
            if self._pressed is not None and self._pressed == (index.data(FOLLOW_UP_ROLE).id, action):
                button.state |= QStyle.StateFlag.State_Sunken
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def editorEvent(
        self,
        event: QEvent,
        model: Any,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            return False
        action = self.action_at(option.rect, event.position().toPoint())
        if action is None or event.button() != Qt.MouseButton.LeftButton:
            self._pressed = None
            return False
        follow_up_id = index.data(FOLLOW_UP_ROLE).id
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = (follow_up_id, action)
            self._view.viewport().update()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._view.viewport().update()
            # Only a press and release on the same button count: the second half of a double
            # click must not hit the row that slid up after the first half removed its own.
            pressed, self._pressed = self._pressed, None
            if pressed == (follow_up_id, action):
                self.sig_clicked.emit(follow_up_id, action, self.button_rects(option.rect)[action])
        return True

    def helpEvent(self, event: Any, view: Any, option: QStyleOptionViewItem, index: Index) -> bool:  # noqa: N802
        action = self.action_at(option.rect, event.pos())
        if action is not None:
            QToolTip.showText(event.globalPos(), self.tooltips()[action], view)
            return True
        return super().helpEvent(event, view, option, index)


class FollowUpTree(QTreeView):
    """The follow-up rows: Space marks the current one done, hovering lights the buttons up."""

    sig_done_requested = Signal()
    """Space on a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setMouseTracking(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header().setStretchLastSection(False)
        self.header().setHighlightSections(False)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.sig_done_requested.emit()
        else:
            super().keyPressEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:  # noqa: N802
        delegate = self._actions_delegate()
        if delegate is not None:
            delegate.hover = event.position().toPoint()
            self.viewport().update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: Any) -> None:  # noqa: N802
        delegate = self._actions_delegate()
        if delegate is not None:
            delegate.hover = QPoint(-1, -1)
            self.viewport().update()
        super().leaveEvent(event)

    def _actions_delegate(self) -> RowActions | None:
        model = self.model()
        for column in range(model.columnCount() if model else 0):
            delegate = self.itemDelegateForColumn(column)
            if isinstance(delegate, RowActions):
                return delegate
        return None


class FollowUpList(QWidget):
    """Follow-ups with their actions: Done, Postpone (a week, a month, a date…), Open.

    Done and Postpone are saved at once through the door, which announces ``"follow_ups"``.
    """

    sig_open_record = Signal(str, int)
    """Open an organisation or a person: ``("organisation" | "contact", id)``."""

    sig_open_interaction = Signal(int)
    """Open the interaction a follow-up came from."""

    def __init__(
        self,
        ctx: AppContext,
        columns: Sequence[str] = COMPACT_COLUMNS,
        empty_text: str = "",
        *,
        actions: Sequence[str] = ALL_ACTIONS,
        highlight_overdue: bool = False,
        open_interaction_first: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._open_interaction_first = open_interaction_first
        self._busy: set[int] = set()
        self.model = FollowUpModel(columns, ctx.clock.today(), highlight_overdue, self)
        self.view = FollowUpTree()
        self.view.setModel(self.model)
        self.delegate = RowActions(actions, self.view)
        actions_column = self.model.columns.index("actions")
        self.view.setItemDelegateForColumn(actions_column, self.delegate)
        header = self.view.header()
        for column, key in enumerate(self.model.columns):
            stretch = key in ("note", "about")  # what to do, and about whom: they share the width
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
        header.setSectionResizeMode(actions_column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            actions_column, self.delegate.sizeHint(QStyleOptionViewItem(), QModelIndex()).width()
        )
        samples = [self.model.due_text(self.model.today + timedelta(days=d)) for d in (-365, -1, 0, 1, 6, 30)]
        due_width = max(self.fontMetrics().horizontalAdvance(text) for text in samples)
        header.resizeSection(self.model.columns.index("due"), due_width + 28)
        for key, width in (("organisation", 190), ("contact", 150), ("interaction", 190)):
            if key in self.model.columns:
                header.resizeSection(self.model.columns.index(key), width)
        self.view.setMinimumHeight(self.fontMetrics().height() * 4)
        self.body = ListOrEmpty(self.view, empty_text)
        self.body.set_empty(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)

        self.postpone_menu = self._build_postpone_menu(self)
        self._menu_target: int | None = None
        self.delegate.sig_clicked.connect(self._button_clicked)
        self.view.sig_done_requested.connect(self._done_current)
        self.view.activated.connect(lambda index: self.open_follow_up(self.model.follow_up(index.row()).id))
        self.view.customContextMenuRequested.connect(self._context_menu)
        done_shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        done_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        done_shortcut.activated.connect(self._done_current)

    # --- content ---------------------------------------------------------------------------

    def set_follow_ups(self, rows: Sequence[FollowUpView], today: date | None = None) -> None:
        """Show ``rows``; the current row stays on the same follow-up (or the same place)."""
        current = self.current_id()
        position = self.view.currentIndex().row()
        self.model.set_rows(rows, today)
        self.body.set_empty(not rows)
        row = self.model.row_of(current) if current is not None else None
        if row is None and current is not None and rows:
            row = min(position, len(rows) - 1)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def ids(self) -> list[int]:
        return self.model.ids()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.follow_up(index.row()).id if index.isValid() else None

    def set_empty_text(self, text: str) -> None:
        self.body.empty_label.setText(text)

    # --- actions ---------------------------------------------------------------------------

    def mark_done(self, follow_up_id: int) -> None:
        if follow_up_id in self._busy:
            return
        self._busy.add(follow_up_id)

        def done(_view: FollowUpView) -> None:
            self.model.remove(follow_up_id)
            self.body.set_empty(self.model.rowCount() == 0)

        self.ctx.ops.action(
            self,
            lambda uow: mark_done(follow_up_id, uow),
            changed="follow_ups",
            on_success=done,
            on_done=lambda: self._busy.discard(follow_up_id),
        )

    def postpone(self, follow_up_id: int, delay: Delay | None = None, to: date | None = None) -> None:
        if follow_up_id in self._busy:
            return
        self._busy.add(follow_up_id)
        self.ctx.ops.action(
            self,
            lambda uow: postpone(follow_up_id, uow, delay=delay, to=to),
            changed="follow_ups",
            on_done=lambda: self._busy.discard(follow_up_id),
        )

    def pick_date(self, follow_up_id: int) -> PickDateDialog:
        row = self.model.row_of(follow_up_id)
        f = self.model.follow_up(row) if row is not None else None
        dialog = PickDateDialog(
            self.ctx, f.due_date if f else self.ctx.clock.today(), f.note if f else "", self
        )
        dialog.sig_picked.connect(lambda day: self.postpone(follow_up_id, to=day))
        dialog.open()
        return dialog

    def open_follow_up(self, follow_up_id: int) -> None:
        """Its organisation (or person); the interaction first where the record is already shown."""
        row = self.model.row_of(follow_up_id)
        if row is None:
            return
        f = self.model.follow_up(row)
        if f.introduction_id is not None:
            self.sig_open_record.emit("introduction", f.introduction_id)
        elif self._open_interaction_first and f.interaction_id is not None:
            self.sig_open_interaction.emit(f.interaction_id)
        elif f.organisation_id is not None:
            self.sig_open_record.emit("organisation", f.organisation_id)
        elif f.contact_id is not None:
            self.sig_open_record.emit("contact", f.contact_id)
        elif f.interaction_id is not None:
            self.sig_open_interaction.emit(f.interaction_id)

    def _done_current(self) -> None:
        follow_up_id = self.current_id()
        if follow_up_id is not None:
            self.mark_done(follow_up_id)

    def _button_clicked(self, follow_up_id: int, action: str, rect: QRect) -> None:
        if action == "done":
            self.mark_done(follow_up_id)
        elif action == "postpone":
            self._menu_target = follow_up_id
            self.postpone_menu.popup(self.view.viewport().mapToGlobal(rect.bottomLeft()))
        else:
            self.open_follow_up(follow_up_id)

    def _build_postpone_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for delay in POSTPONE_DELAYS:
            action = menu.addAction(delay.label)
            action.setData(delay.value)
            action.triggered.connect(lambda _checked=False, d=delay: self._postpone_target(d))
        menu.addSeparator()
        pick = menu.addAction(self.tr("Pick a date…"))
        pick.triggered.connect(self._pick_target)
        return menu

    def _postpone_target(self, delay: Delay) -> None:
        if self._menu_target is not None:
            self.postpone(self._menu_target, delay)

    def _pick_target(self) -> None:
        if self._menu_target is not None:
            self.pick_date(self._menu_target)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            index = self.view.currentIndex()
            pos = self.view.visualRect(index).center()
        if not index.isValid():
            return
        f = self.model.follow_up(index.row())
        self._menu_target = f.id
        menu = QMenu(self)
        menu.addAction(self.tr("Done"), lambda: self.mark_done(f.id))
        later = menu.addMenu(self.tr("Postpone"))
        later.addActions(self.postpone_menu.actions())
        menu.addSeparator()
        if f.introduction_id is not None:
            menu.addAction(
                self.tr("Open the introduction “{title}”").format(title=f.introduction_title),
                lambda: self.sig_open_record.emit("introduction", f.introduction_id),
            )
        if f.organisation_id is not None:
            menu.addAction(
                self.tr("Open the organisation “{name}”").format(name=f.organisation_name),
                lambda: self.sig_open_record.emit("organisation", f.organisation_id),
            )
        if f.contact_id is not None:
            menu.addAction(
                self.tr("Open the person “{name}”").format(name=f.contact_name),
                lambda: self.sig_open_record.emit("contact", f.contact_id),
            )
        if f.interaction_id is not None:
            menu.addAction(
                self.tr("Open the interaction “{subject}”").format(subject=f.interaction_subject or "…"),
                lambda: self.sig_open_interaction.emit(f.interaction_id),
            )
        menu.popup(self.view.viewport().mapToGlobal(pos))


class PickDateDialog(BaseDialog):
    """Choose the new due date of a follow-up on a calendar."""

    geometry_key = "pick_date"

    sig_picked = Signal(object)
    """The chosen date (``datetime.date``)."""

    def __init__(self, ctx: AppContext, due: date, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Postpone the follow-up"))
        today = ctx.clock.today()
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumWidth(320)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumDate(to_qdate(today))
        self.calendar.setSelectedDate(to_qdate(max(due, today) + timedelta(weeks=1)))
        buttons, self.accept_button = self.button_box(self.tr("Postpone"), self._pick)
        self.calendar.activated.connect(lambda _day: self._pick())
        layout = QVBoxLayout(self)
        if note:
            about = QLabel(note)
            about.setWordWrap(True)
            about.setStyleSheet("font-weight: 600;")
            layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("New due date:")))
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def _pick(self) -> None:
        self.sig_picked.emit(self.calendar.selectedDate().toPython())
        self.accept()


class FollowUpsPage(QWidget):
    """Every open follow-up, overdue first; filter by overdue, this week, all."""

    sig_open_record = Signal(str, int)
    """Open an organisation or a person: ``("organisation" | "contact", id)``."""

    sig_open_interaction = Signal(int)
    """Open the interaction a follow-up came from."""

    sig_loaded = Signal()
    """The follow-ups were read again and shown."""

    FILTERS = ("overdue", "week", "open")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self._rows: list[FollowUpView] = []
        self._today = ctx.clock.today()

        title = QLabel(self.tr("Follow-ups"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.filter_buttons: dict[str, QPushButton] = {}
        self.filter_group = QButtonGroup(self)
        filters = QWidget()
        filters.setStyleSheet(FILTER_STYLE)
        filters_layout = QHBoxLayout(filters)
        filters_layout.setContentsMargins(0, 0, 0, 0)
        for key in self.FILTERS:
            button = QPushButton()
            button.setCheckable(True)
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            button.clicked.connect(self._apply)
            filters_layout.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(filters)
        self.filter_buttons["open"].setChecked(True)
        self.list = FollowUpList(ctx, WIDE_COLUMNS, highlight_overdue=True)
        self.hint_label = QLabel(self.tr("Space or Ctrl+D: done · Enter: open · right click: more choices"))
        self.hint_label.setStyleSheet("color: #57606a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint_label)

        self.list.sig_open_record.connect(self.sig_open_record)
        self.list.sig_open_interaction.connect(self.sig_open_interaction)
        ctx.bus.sig_data_changed.connect(self._data_changed)
        self._update_filter_texts()
        self.refresh()

    def current_filter(self) -> str:
        return next(key for key, button in self.filter_buttons.items() if button.isChecked())

    def set_filter(self, key: str) -> None:
        self.filter_buttons[key].setChecked(True)
        self._apply()

    def refresh(self) -> None:
        self._stale = False
        self.ctx.ops.query(self, "follow_ups", open_follow_ups, self._show)

    def _show(self, rows: list[FollowUpView]) -> None:
        self._rows, self._today = rows, self.ctx.clock.today()
        self._update_filter_texts()
        self._apply()
        self.sig_loaded.emit()

    def _matching(self, key: str) -> list[FollowUpView]:
        if key == "overdue":
            return [f for f in self._rows if f.due_date < self._today]
        if key == "week":
            sunday = self._today + timedelta(days=6 - self._today.weekday())
            return [f for f in self._rows if f.due_date <= sunday]
        return list(self._rows)

    def _update_filter_texts(self) -> None:
        texts = {
            "overdue": self.tr("Overdue ({count})"),
            "week": self.tr("Due this week ({count})"),
            "open": self.tr("All open ({count})"),
        }
        for key, button in self.filter_buttons.items():
            button.setText(texts[key].format(count=len(self._matching(key))))

    def _apply(self) -> None:
        key = self.current_filter()
        empty = {
            "overdue": self.tr("Nothing overdue. Well done!"),
            "week": self.tr("Nothing else is due this week."),
            "open": self.tr(
                "No follow-up to do. Set one when you log an interaction, and it will wait for you here."
            ),
        }
        self.list.set_empty_text(empty[key])
        self.list.set_follow_ups(self._matching(key), self._today)

    def _data_changed(self, _what: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read again when shown: no queries for a page nobody looks at

    def showEvent(self, event: Any) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)
