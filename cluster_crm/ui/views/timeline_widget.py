"""The interactions of one organisation or person, newest first, with its open follow-ups."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.dates import long_date, short_date
from cluster_crm.domain.interactions import InteractionKind, add_months
from cluster_crm.i18n import current_language
from cluster_crm.services.dto import FollowUpView, History, TimelineEntry
from cluster_crm.services.interactions import history
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.icons import icon
from cluster_crm.ui.models.id_table import Index
from cluster_crm.ui.roles import FLAG_ROLE, RECORD_ROLE
from cluster_crm.ui.views.detail_pane import DetailPane
from cluster_crm.ui.views.follow_ups_page import FollowUpList, ListOrEmpty
from cluster_crm.ui.views.introductions_tab import IntroductionsTab

ENTRY_ROLE = RECORD_ROLE
PLANNED_ROLE = FLAG_ROLE
"""True for an entry still to come (it starts after the clock's now)."""
"""The row's TimelineEntry."""

LIMIT = 500
PERIODS = ("all", "3m", "12m", "this_year", "last_year")

# Line icons after Feather (MIT): a paperclip for attachments, a clock for open follow-ups.
_PAPERCLIP = (
    '<path d="M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66'
    'l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"/>'
)
_CLOCK = '<circle cx="12" cy="12" r="10"/><polyline points="12 6 12 12 16 14"/>'


@cache
def line_icon(name: str, colour: str = "#57606a") -> QIcon:
    shape = {"attachment": _PAPERCLIP, "follow-up": _CLOCK}[name]
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 24 24" fill="none" '
        f'stroke="{colour}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">{shape}</svg>'
    )
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode(), "SVG")
    return QIcon(pixmap)


def when_text(moment: datetime) -> str:
    """``12/11/2026 14:30`` (the time left out at midnight, when only the day was given)."""
    day = short_date(moment.date(), current_language())
    return day if (moment.hour, moment.minute) == (0, 0) else f"{day} {moment:%H:%M}"


def planned_text() -> str:
    return QCoreApplication.translate("Timeline", "(planned)")


class TimelineModel(QAbstractTableModel):
    """Timeline entries in columns (when, subject, participants); ENTRY_ROLE gives the whole entry."""

    COLUMNS = ("when", "subject", "participants")

    def __init__(self, now: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._now = now
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Subject"), self.tr("With"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return when_text(entry.starts_at)
            if column == "subject":
                return entry.subject or entry.kind_label
            return entry.participants
        if role == Qt.ItemDataRole.DecorationRole and column == "when":
            return icon(f"kind-{entry.kind}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(entry)
        if role == PLANNED_ROLE:
            return entry.starts_at > self._now()
        if role == Qt.ItemDataRole.FontRole and entry.starts_at > self._now():
            font = QFont()
            font.setItalic(True)  # planned, not yet happened
            return font
        return None

    def tooltip(self, entry: TimelineEntry) -> str:
        lines = [f"{entry.kind_label} — {long_date(entry.starts_at.date(), current_language())}"]
        if entry.starts_at > self._now():
            lines[0] += " " + planned_text()
        if entry.subject:
            lines.append(entry.subject)
        if entry.participants:
            lines.append(self.tr("With: {names}").format(names=entry.participants))
        if entry.attachments:
            lines.append(self.tr("%n attachment(s)", "", entry.attachments))
        if entry.open_follow_ups:
            lines.append(self.tr("%n open follow-up(s)", "", entry.open_follow_ups))
        return "\n".join(lines)


class TimelineDelegate(QStyledItemDelegate):
    """An entry on two or three lines: icon, date · kind and markers; subject; participants."""

    PAD = 6
    ICON = 20

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        entry: TimelineEntry = index.data(ENTRY_ROLE)
        line = option.fontMetrics.height()
        lines = 3 if entry.participants else 2
        return QSize(240, lines * line + (lines - 1) * 2 + 2 * self.PAD)

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        entry: TimelineEntry = index.data(ENTRY_ROLE)
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""
        cell.icon = QIcon()
        widget = option.widget
        style = widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)

        rect: QRect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        font = QFont(cell.font)  # italic for a planned interaction (the model's font role)
        metrics = QFontMetrics(font)
        line = metrics.height()
        painter.save()
        painter.setFont(font)
        icon(f"kind-{entry.kind}").paint(painter, QRect(rect.left(), rect.top(), self.ICON, self.ICON))
        left = rect.left() + self.ICON + 8

        # markers, right-aligned on the first line
        right = rect.right()
        if entry.open_follow_ups:
            right -= 16
            line_icon("follow-up", "#b35900").paint(painter, QRect(right, rect.top(), 16, 16))
            right -= 6
        if entry.attachments:
            count = str(entry.attachments)
            width = metrics.horizontalAdvance(count)
            painter.setPen(muted)
            painter.drawText(
                QRect(right - width, rect.top(), width, line), Qt.AlignmentFlag.AlignVCenter, count
            )
            right -= width + 16
            line_icon("attachment").paint(painter, QRect(right, rect.top(), 15, 15))
            right -= 6

        painter.setPen(muted)
        first = f"{when_text(entry.starts_at)}  ·  {entry.kind_label}"
        if index.data(PLANNED_ROLE):
            first += f"  {planned_text()}"
        painter.drawText(QRect(left, rect.top(), right - left, line), Qt.AlignmentFlag.AlignVCenter, first)

        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        subject = entry.subject or entry.kind_label
        second = QRect(left, rect.top() + line + 2, rect.right() - left, line)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(subject, Qt.TextElideMode.ElideRight, second.width()),
        )
        if entry.participants:
            painter.setFont(font)
            painter.setPen(muted)
            third = QRect(left, rect.top() + 2 * (line + 2), rect.right() - left, line)
            painter.drawText(
                third,
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(entry.participants, Qt.TextElideMode.ElideRight, third.width()),
            )
        painter.restore()


class TimelineWidget(QWidget):
    """What happened with an organisation or a person: the last contact, open follow-ups, the list."""

    sig_open_interaction = Signal(int)
    """An entry was double-clicked or Enter was pressed on it: open that interaction."""

    sig_log_requested = Signal(object, object)
    """"Log an interaction…" was clicked: ``(organisation ids, contact ids)`` to start with."""

    sig_open_record = Signal(str, int)
    """A follow-up asked to open its organisation or person: ``(kind, id)``."""

    sig_count_changed = Signal(object)
    """The number of entries found (an int, more than LIMIT when some are left out; None when no
    record is shown)."""

    sig_loaded = Signal()
    """The shown record's interactions were read and shown."""

    sig_letter_requested = Signal(int)
    """« Follow-up letter… » was chosen on an entry: the interaction's id."""

    sig_record_shown = Signal(str, int)
    """Another record is shown: ``(kind, id)`` with kind "organisation" or "contact"."""

    sig_cleared = Signal()
    """No record is shown any more."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._target: tuple[str, int] | None = None

        self.last_contact_label = QLabel()
        self.last_contact_label.setObjectName("lastContact")
        self.last_contact_label.setStyleSheet("font-weight: 600;")
        self.last_contact_label.setWordWrap(True)  # never widen the window for a long date
        self.last_contact_label.setMinimumWidth(120)
        self.log_button = QPushButton(self.tr("Log an interaction…"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in InteractionKind:
            self.kind_filter.addItem(icon(f"kind-{kind.value}"), kind.label, kind.value)
        self.period_filter = QComboBox()
        for key, text in zip(
            PERIODS,
            (
                self.tr("All dates"),
                self.tr("Last 3 months"),
                self.tr("Last 12 months"),
                self.tr("This year"),
                self.tr("Last year"),
            ),
            strict=True,
        ):
            self.period_filter.addItem(text, key)

        self.follow_ups_label = QLabel()
        self.follow_ups_label.setStyleSheet("font-weight: 600; color: #44546a;")
        self.follow_ups = FollowUpList(
            ctx, ("due", "note", "actions"), actions=("done", "postpone"), open_interaction_first=True
        )
        self.follow_ups.view.setHeaderHidden(True)
        self.follow_ups.view.setMinimumHeight(0)

        self.model = TimelineModel(ctx.clock.now, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.body = ListOrEmpty(self.list)
        self.more_label = QLabel(
            self.tr("Only the latest {limit} interactions are shown: narrow them with the filters.").format(
                limit=LIMIT
            )
        )
        self.more_label.setWordWrap(True)
        self.more_label.setStyleSheet("color: #57606a;")

        top = QHBoxLayout()
        top.addWidget(self.last_contact_label, 1)
        top.addWidget(self.log_button)
        filters = QHBoxLayout()
        for caption, combo in ((self.tr("Kind"), self.kind_filter), (self.tr("Period"), self.period_filter)):
            label = QLabel(caption)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.follow_ups_label)
        layout.addWidget(self.follow_ups)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.more_label)

        self.log_button.clicked.connect(self._log_requested)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.period_filter.currentIndexChanged.connect(self.refresh)
        self.list.activated.connect(
            lambda index: self.sig_open_interaction.emit(self.model.entry(index.row()).id)
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.follow_ups.sig_open_interaction.connect(self.sig_open_interaction)
        self.follow_ups.sig_open_record.connect(self.sig_open_record)
        ctx.bus.sig_data_changed.connect(self._data_changed)
        self.clear()

    # --- what to show ------------------------------------------------------------------------

    def show_organisation(self, organisation_id: int) -> None:
        self._show_record("organisation", organisation_id)

    def show_contact(self, contact_id: int) -> None:
        self._show_record("contact", contact_id)

    def clear(self) -> None:
        self._target = None
        self.ctx.ops.cancel(self, "history")
        self.model.set_entries([])
        self.last_contact_label.setText("")
        self.log_button.setEnabled(False)
        self._show_follow_ups([])
        self.body.set_empty(True, "")
        self.more_label.hide()
        self.sig_count_changed.emit(None)
        self.sig_cleared.emit()

    def entries(self) -> list[TimelineEntry]:
        return self.model.entries()

    def _show_record(self, kind: str, record_id: int) -> None:
        if self._target != (kind, record_id):
            self._target = (kind, record_id)
            self.list.scrollToTop()
        self.sig_record_shown.emit(kind, record_id)
        self.log_button.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        if self._target is None:
            return
        kind, record_id = self._target
        organisation_id = record_id if kind == "organisation" else None
        contact_id = record_id if kind == "contact" else None
        kinds = [InteractionKind(self.kind_filter.currentData())] if self.kind_filter.currentData() else None
        since, until = period_bounds(self.period_filter.currentData(), self.ctx.clock.today())

        self.ctx.ops.query(
            self,
            "history",
            lambda uow: history(uow, organisation_id, contact_id, kinds, since, until, LIMIT + 1),
            self._show,
        )

    def _show(self, found: History) -> None:
        entries, latest, follow_ups = found.entries, found.last_contact, found.open_follow_ups
        self.model.set_entries(entries[:LIMIT])
        self.more_label.setVisible(len(entries) > LIMIT)
        filtered = self.kind_filter.currentIndex() > 0 or self.period_filter.currentIndex() > 0
        if latest is None:
            empty = self.tr("No interaction yet. Log the first one with the button above.")
        elif filtered:
            empty = self.tr("No interaction matches these filters.")
        else:
            empty = ""
        self.body.set_empty(not entries, empty)
        self.last_contact_label.setText(self.last_contact_text(latest, self.ctx.clock.today()))
        self._show_follow_ups(follow_ups)
        self.sig_count_changed.emit(len(entries))  # LIMIT + 1 means "more"
        self.sig_loaded.emit()

    def _show_follow_ups(self, follow_ups: list[FollowUpView]) -> None:
        self.follow_ups.set_follow_ups(follow_ups)
        self.follow_ups_label.setText(self.tr("Open follow-ups (%n)", "", len(follow_ups)))
        self.follow_ups_label.setVisible(bool(follow_ups))
        self.follow_ups.setVisible(bool(follow_ups))
        if follow_ups:  # as tall as its rows, up to four of them
            view = self.follow_ups.view
            rows = view.sizeHintForRow(0) * min(len(follow_ups), 4)
            self.follow_ups.setFixedHeight(rows + 2 * view.frameWidth())

    def last_contact_text(self, latest: datetime | None, today: date) -> str:
        if latest is None:
            return self.tr("No interaction yet")
        day = latest.date()
        days = (today - day).days
        if days == 0:
            ago = self.tr("today")
        elif days == 1:
            ago = self.tr("yesterday")
        elif days > 1:
            ago = self.tr("%n day(s) ago", "", days)
        else:
            ago = self.tr("in %n day(s)", "", -days)
        return self.tr("Last contact: {date} ({ago})").format(
            date=long_date(day, current_language()), ago=ago
        )

    def _data_changed(self, _what: str) -> None:
        self.refresh()

    def _context_menu(self, pos: Any) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        entry = self.model.entry(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.sig_open_interaction.emit(entry.id))
        menu.addAction(
            icon("kind-letter"),
            self.tr("Follow-up letter…"),
            lambda: self.sig_letter_requested.emit(entry.id),
        )
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _log_requested(self) -> None:
        if self._target is None:
            return
        kind, record_id = self._target
        if kind == "organisation":
            self.sig_log_requested.emit([record_id], [])
        else:
            self.sig_log_requested.emit([], [record_id])


def period_bounds(period: str | None, today: date) -> tuple[datetime | None, datetime | None]:
    """The ``[since, until)`` datetimes of a period filter choice."""

    def start(day: date) -> datetime:
        return datetime.combine(day, datetime.min.time())

    if period == "3m":
        return start(add_months(today, -3)), None
    if period == "12m":
        return start(add_months(today, -12)), None
    if period == "this_year":
        return start(date(today.year, 1, 1)), start(date(today.year + 1, 1, 1))
    if period == "last_year":
        return start(date(today.year - 1, 1, 1)), start(date(today.year, 1, 1))
    return None, None


class DetailTabs(QTabWidget):
    """A list page's right side: the record's details, its interactions and its introductions."""

    def __init__(self, detail: DetailPane, timeline: TimelineWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.detail = detail
        self.timeline = timeline
        self.introductions = IntroductionsTab(timeline.ctx)
        self.addTab(detail, self.tr("Details"))
        self.addTab(timeline, self.tr("Interactions"))
        self.addTab(self.introductions, self.tr("Introductions"))
        timeline.sig_count_changed.connect(self._count_changed)
        timeline.sig_record_shown.connect(self.introductions.show_record)
        timeline.sig_cleared.connect(self.introductions.clear)
        self.introductions.sig_count_changed.connect(self._introductions_counted)

    def _introductions_counted(self, count: int | None) -> None:
        text = (
            self.tr("Introductions")
            if count is None
            else self.tr("Introductions ({count})").format(count=count)
        )
        self.setTabText(self.indexOf(self.introductions), text)

    def _count_changed(self, count: int | None) -> None:
        if count is None:
            text = self.tr("Interactions")
        elif count > LIMIT:
            text = self.tr("Interactions ({count}+)").format(count=LIMIT)
        else:
            text = self.tr("Interactions ({count})").format(count=count)
        self.setTabText(self.indexOf(self.timeline), text)
