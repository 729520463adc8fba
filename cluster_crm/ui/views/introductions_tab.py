"""The introductions of one organisation or person, as a tab beside its details and interactions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.introductions import IntroductionStatus
from cluster_crm.services.introduction_dto import IntroductionRow
from cluster_crm.services.introductions import introduction_rows
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.views.html import short
from cluster_crm.ui.views.pipeline_board import COLOURS, ROW_ROLE


class IntroductionsTab(QWidget):
    sig_open_introduction = Signal(int)
    """An introduction was double-clicked or Enter was pressed on it."""

    sig_new_requested = Signal(str, int)
    """"New introduction…" was clicked on the record ``(kind, id)`` shown."""

    sig_count_changed = Signal(object)
    """The number of introductions shown (None when no record is shown)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._target: tuple[str, int] | None = None
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: 600;")
        self.new_button = QPushButton(self.tr("New introduction…"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("With"), self.tr("Stage"), self.tr("Since"), self.tr("Need")])
        self.empty = QLabel(self.tr("No introduction yet."))
        self.empty.setStyleSheet("color: #6e7781;")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.list.itemActivated.connect(
            lambda item, _c: self.sig_open_introduction.emit(item.data(0, ROW_ROLE).id)
        )
        self.new_button.clicked.connect(lambda: self._target and self.sig_new_requested.emit(*self._target))
        ctx.bus.sig_data_changed.connect(lambda _what: self.refresh())
        self.clear()

    def show_record(self, kind: str, record_id: int) -> None:
        self._target = (kind, record_id)
        self.new_button.setEnabled(True)
        self.refresh()

    def clear(self) -> None:
        self._target = None
        self.ctx.ops.cancel(self, "introductions")
        self.list.clear()
        self.summary.setText("")
        self.empty.hide()
        self.new_button.setEnabled(False)
        self.sig_count_changed.emit(None)

    def refresh(self) -> None:
        if self._target is None:
            return
        kind, record_id = self._target
        organisation_id = record_id if kind == "organisation" else None
        contact_id = record_id if kind == "contact" else None
        self.ctx.ops.query(
            self,
            "introductions",
            lambda uow: introduction_rows(uow, organisation_id=organisation_id, contact_id=contact_id),
            self._show,
        )

    def _show(self, rows: list[IntroductionRow]) -> None:
        if self._target is None:
            return
        kind, record_id = self._target
        self.list.clear()
        for row in rows:
            if kind == "organisation":
                other = row.sme_name if row.contracting_id == record_id else row.contracting_name
            else:
                other = row.title
            item = QTreeWidgetItem([other, row.status_label, short(row.status_on), row.need_title])
            item.setData(0, ROW_ROLE, row)
            item.setForeground(1, QBrush(QColor(COLOURS[IntroductionStatus(row.status)])))
            item.setToolTip(0, row.title)
            self.list.addTopLevelItem(item)
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 140)
        under_way = sum(1 for r in rows if not IntroductionStatus(r.status).is_final)
        concluded = sum(1 for r in rows if r.status == IntroductionStatus.CONCLUDED)
        self.summary.setText(
            self.tr("%n under way", "", under_way) + " · " + self.tr("%n concluded", "", concluded)
            if rows
            else ""
        )
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.sig_count_changed.emit(len(rows))
