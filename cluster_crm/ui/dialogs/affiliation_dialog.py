"""Pick an organisation (type a few letters) and give the person's role and dates there."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.contacts import AffiliationDraft
from cluster_crm.services.dto import Choice
from cluster_crm.services.organisations import organisation_choices
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog
from cluster_crm.ui.roles import ID_ROLE, LABEL_ROLE
from cluster_crm.ui.widgets.forms import OptionalDate


class AffiliationDialog(BaseDialog):
    geometry_key = "affiliation_dialog"

    sig_searched = Signal()
    """The organisations matching the typed text are listed."""

    def __init__(
        self,
        ctx: AppContext,
        draft: AffiliationDraft | None,
        organisation_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the caller reads the result
        self.setWindowTitle(self.tr("Affiliation"))
        self.search_edit = QLineEdit(organisation_name)
        self.search_edit.setPlaceholderText(self.tr("Type a few letters of the organisation…"))
        self.results = QListWidget()
        self.results.setMinimumHeight(160)
        self.role_edit = QLineEdit(draft.role if draft else "")
        self.role_edit.setPlaceholderText(self.tr("e.g. Responsable achats"))
        self.start = OptionalDate(self.tr("Known"), self.ctx.clock.today())
        self.end = OptionalDate(self.tr("Has ended"), self.ctx.clock.today())
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b42318;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Organisation"), self.search_edit)
        form.addRow("", self.results)
        form.addRow(self.tr("&Role"), self.role_edit)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&Until"), self.end)
        buttons, self.ok_button = self.button_box(self.tr("OK"), self._accept_if_valid)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._search)
        self.search_edit.textEdited.connect(self._timer.start)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_edit, self._to_results)
        self.results.itemDoubleClicked.connect(lambda _item: self.role_edit.setFocus())
        if draft is not None:
            self.start.set_value(draft.start_date)
            self.end.set_value(draft.end_date)
        self._search(select_id=draft.organisation_id if draft else None)

    def _search(self, select_id: int | None = None) -> None:
        previous = select_id or self.organisation_id()
        text = self.search_edit.text()
        self.ctx.ops.query(
            self,
            "search",
            lambda uow: organisation_choices(text, uow),
            lambda found: self._show(found, previous),
        )

    def _show(self, choices: list[Choice], previous: int | None) -> None:
        previous = self.organisation_id() or previous  # one picked while the search ran stays
        self.results.clear()
        for choice in choices:
            item = QListWidgetItem(f"{choice.label}  —  {choice.detail}" if choice.detail else choice.label)
            item.setData(ID_ROLE, choice.id)
            item.setData(LABEL_ROLE, choice.label)
            self.results.addItem(item)
            if choice.id == previous:
                self.results.setCurrentItem(item)
        if self.results.currentItem() is None and self.results.count():
            self.results.setCurrentRow(0)
        self.sig_searched.emit()

    def _to_results(self) -> None:
        self.results.setFocus()

    def organisation_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(ID_ROLE) if item else None

    def organisation_name(self) -> str:
        item = self.results.currentItem()
        return item.data(LABEL_ROLE) if item else ""

    def draft(self) -> AffiliationDraft | None:
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return None
        return AffiliationDraft(organisation_id, self.role_edit.text(), self.start.value(), self.end.value())

    def _accept_if_valid(self) -> None:
        draft = self.draft()
        if draft is None:
            message = self.tr("Choose an organisation in the list.")
        elif draft.start_date and draft.end_date and draft.end_date < draft.start_date:
            message = self.tr("The end date is before the start date.")
        else:
            self.accept()
            return
        self.error_label.setText(message)
        self.error_label.show()
