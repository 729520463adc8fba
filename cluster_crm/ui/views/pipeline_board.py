"""The introductions as cards in one column per stage; a card dropped on another column asks to move it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.introductions import IntroductionStatus
from cluster_crm.services.introduction_dto import IntroductionRow
from cluster_crm.ui.roles import RECORD_ROLE
from cluster_crm.ui.views.html import short

ROW_ROLE = RECORD_ROLE
"""The card's IntroductionRow."""

MIME = "application/x-cluster-crm-introduction"
COLOURS = {
    IntroductionStatus.PROPOSED: "#8c959f",
    IntroductionStatus.ACCEPTED: "#bf8700",
    IntroductionStatus.INTRODUCED: "#0969da",
    IntroductionStatus.MEETING_HELD: "#8250df",
    IntroductionStatus.IN_PROGRESS: "#1f6feb",
    IntroductionStatus.CONCLUDED: "#1a7f37",
    IntroductionStatus.CLOSED: "#cf222e",
}


class CardDelegate(QStyledItemDelegate):
    """A card: the two parties in bold, then the need (or the contacts) and the date of the stage."""

    PAD = 7

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(160, 3 * line + 4 + 2 * self.PAD + 4)

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: IntroductionRow = index.data(ROW_ROLE)
        painter.save()
        rect: QRect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        background = (
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Base)
        )
        painter.setPen(QColor("#d0d7de"))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 5, 5)
        painter.fillRect(
            QRect(rect.left(), rect.top() + 1, 4, rect.height() - 1),
            QColor(COLOURS[IntroductionStatus(row.status)]),
        )
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(self.PAD + 4, self.PAD - 2, -self.PAD, -self.PAD)
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(font)
        line = metrics.height()
        painter.setFont(bold)
        painter.setPen(text)
        bold_metrics = QFontMetrics(bold)
        for number, name in enumerate((row.contracting_name, row.sme_name)):
            prefix = "" if number == 0 else "↔ "
            box = QRect(inner.left(), inner.top() + number * line, inner.width(), line)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignVCenter,
                bold_metrics.elidedText(prefix + name, Qt.TextElideMode.ElideRight, box.width()),
            )
        painter.setFont(font)
        painter.setPen(muted)
        detail = " · ".join(p for p in (short(row.status_on), row.outcome_label or row.need_title) if p)
        box = QRect(inner.left(), inner.top() + 2 * line + 2, inner.width(), line)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, box.width()),
        )
        painter.restore()


class StageColumn(QListWidget):
    """One stage's cards; accepts cards dragged from the other columns."""

    sig_dropped = Signal(int, str)
    """A card from another column was dropped here: ``(introduction id, this column's status)``."""

    def __init__(self, status: IntroductionStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setItemDelegate(CardDelegate(self))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)
        self.setMinimumWidth(135)

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        data = QMimeData()
        data.setData(MIME, str(item.data(ROW_ROLE).id).encode())
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME) and event.source() is not self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(MIME) or event.source() is self:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.IgnoreAction)  # nothing moves until the stage is saved
        event.accept()
        self.sig_dropped.emit(int(bytes(event.mimeData().data(MIME)).decode()), self.status.value)


class PipelineBoard(QWidget):
    """Seven columns, proposed to closed, each headed by its stage and count."""

    sig_selected = Signal(object)
    """The current card's introduction id, or None."""

    sig_activated = Signal(int)
    """A card was double-clicked or Enter was pressed on it: change its stage."""

    sig_move_requested = Signal(int, str)
    """A card was dropped on another stage: ``(introduction id, target status)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: dict[IntroductionStatus, StageColumn] = {}
        self.headers: dict[IntroductionStatus, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for status in IntroductionStatus:
            column = StageColumn(status)
            header = QLabel()
            header.setStyleSheet(f"font-weight: 600; color: {COLOURS[status]}; padding: 2px;")
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            header.setFixedHeight(2 * header.fontMetrics().height() + 6)  # two lines for every stage
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(header)
            box.addWidget(column, 1)
            layout.addLayout(box, 1)
            self.columns[status] = column
            self.headers[status] = header
            column.currentItemChanged.connect(
                lambda current, _previous, c=column: self._current_changed(c, current)
            )
            column.itemActivated.connect(lambda item: self.sig_activated.emit(item.data(ROW_ROLE).id))
            column.sig_dropped.connect(self.sig_move_requested)
        self.set_rows([])

    def set_rows(self, rows: Sequence[IntroductionRow], keep: int | None = None) -> None:
        for status, column in self.columns.items():
            column.blockSignals(True)
            column.clear()
            mine = [r for r in rows if r.status == status]
            for row in mine:
                item = QListWidgetItem()
                item.setData(ROW_ROLE, row)
                item.setToolTip(
                    f"{row.title}\n{row.status_label} — {short(row.status_on)}"
                    + (f"\n{row.need_title}" if row.need_title else "")
                )
                column.addItem(item)
                if row.id == keep:
                    column.setCurrentItem(item)
            column.blockSignals(False)
            self.headers[status].setText(f"{status.label} ({len(mine)})")

    def select(self, introduction_id: int | None) -> None:
        for column in self.columns.values():
            found = False
            for number in range(column.count()):
                if column.item(number).data(ROW_ROLE).id == introduction_id:
                    column.setCurrentRow(number)
                    column.scrollToItem(column.item(number))
                    column.setFocus()
                    found = True
            if not found:
                column.blockSignals(True)
                column.clearSelection()
                column.setCurrentRow(-1)
                column.blockSignals(False)

    def current_id(self) -> int | None:
        for column in self.columns.values():
            item = column.currentItem()
            if item is not None and item.isSelected():
                return item.data(ROW_ROLE).id
        return None

    def _current_changed(self, column: StageColumn, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        for other in self.columns.values():
            if other is not column:
                other.blockSignals(True)
                other.clearSelection()
                other.setCurrentRow(-1)
                other.blockSignals(False)
        self.sig_selected.emit(item.data(ROW_ROLE).id)
