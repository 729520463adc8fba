"""The choices before a batch document: which letter for which records (mail merge), which label
sheet; and the list of records a batch skipped, with the reason, shown beside its preview."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.services.letters import SkippedRecord
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog
from cluster_crm.ui.letter_actions import template_combo
from cluster_crm.ui.roles import DETAIL_ROLE, LABEL_ROLE

NAME_ROLE = LABEL_ROLE
REASON_ROLE = DETAIL_ROLE


class Scope(QWidget):
    """The selected record alone, or every record of the current (filtered) list."""

    def __init__(self, selected: tuple[int, str] | None, list_ids: list[int], noun: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.selected = selected
        self.list_ids = list_ids
        self.list_radio = QRadioButton(noun.format(count=len(list_ids)))
        self.selected_radio = QRadioButton(
            self.tr("Only {name}").format(name=selected[1])
            if selected
            else self.tr("Only the selected record")
        )
        self.selected_radio.setEnabled(selected is not None)
        self.list_radio.setEnabled(bool(list_ids))
        self.list_radio.setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_radio)
        layout.addWidget(self.selected_radio)

    def prefer_selected(self) -> None:
        if self.selected is not None:
            self.selected_radio.setChecked(True)

    def ids(self) -> list[int]:
        if self.selected_radio.isChecked() and self.selected is not None:
            return [self.selected[0]]
        return list(self.list_ids)


class MailMergeDialog(BaseDialog):
    """A template and the records of the current list (or the selected one) to write to."""

    geometry_key = "mail_merge_dialog"

    sig_chosen = Signal(str, list)
    """Generate: ``(template name, record ids)``."""

    def __init__(
        self,
        ctx: AppContext,
        contacts: bool,
        list_ids: list[int],
        selected: tuple[int, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Mail merge"))
        self.template_combo = template_combo(ctx, "welcome_member", ("general",))
        noun = (
            self.tr("The {count} people of the current list")
            if contacts
            else self.tr("The {count} organisations of the current list")
        )
        self.scope = Scope(selected, list_ids, noun)
        note = QLabel(
            self.tr(
                "Records without a usable postal address, and people or organisations who objected to "
                "being contacted, get no letter: they are listed beside the preview."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow(self.tr("&Template"), self.template_combo)
        form.addRow(self.tr("Write to"), self.scope)
        buttons, self.generate_button = self.button_box(self.tr("Generate…"), self._generate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _generate(self) -> None:
        ids = self.scope.ids()
        if not ids:
            return
        self.sig_chosen.emit(self.template_combo.currentData(), ids)
        self.accept()


class LabelsDialog(BaseDialog):
    """Who gets a label (the current list, or every member) and on which sheet, with its margins."""

    geometry_key = "labels_dialog"

    sig_chosen = Signal(object, object)
    """Generate: ``(LabelSelection, LabelSheet)``."""

    def __init__(
        self,
        ctx: AppContext,
        contacts: bool,
        list_ids: list[int],
        selected: tuple[int, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        from cluster_crm.documents.labels_pdf import LABEL_SHEETS  # reportlab loads only to print

        self._sheets = LABEL_SHEETS
        self._contacts = contacts
        self.setWindowTitle(self.tr("Labels"))
        noun = (
            self.tr("The {count} people of the current list")
            if contacts
            else self.tr("The {count} organisations of the current list")
        )
        self.scope = Scope(selected, list_ids, noun)
        self.members_radio = QRadioButton(self.tr("Every member organisation"))
        self.scope.layout().addWidget(self.members_radio)
        if not list_ids:
            self.members_radio.setChecked(True)
        self.sheet_combo = QComboBox()
        self.sheet_combo.addItem(self.tr("14 per page (99.1 × 38.1 mm, Avery L7163)"), 14)
        self.sheet_combo.addItem(self.tr("21 per page (70 × 42.3 mm, Avery 3652)"), 21)
        self.top_spin = self._millimetres()
        self.left_spin = self._millimetres()
        margins = QHBoxLayout()
        for caption, spin in ((self.tr("top"), self.top_spin), (self.tr("left"), self.left_spin)):
            margins.addWidget(QLabel(caption))
            margins.addWidget(spin)
        margins.addStretch(1)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self._sheet_changed()
        form = QFormLayout()
        form.addRow(self.tr("Labels for"), self.scope)
        form.addRow(self.tr("&Sheet"), self.sheet_combo)
        form.addRow(self.tr("Page margins"), margins)
        buttons, self.generate_button = self.button_box(self.tr("Generate…"), self._generate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _millimetres(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 40)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        return spin

    def _sheet_changed(self) -> None:
        sheet = self._sheets[self.sheet_combo.currentData()]
        self.top_spin.setValue(sheet.top_mm)
        self.left_spin.setValue(sheet.left_mm)

    def _generate(self) -> None:
        from dataclasses import replace

        from cluster_crm.services.labels import LabelSelection

        if self.members_radio.isChecked():
            selection = LabelSelection(members=True)
        else:
            ids = tuple(self.scope.ids())
            if not ids:
                return
            selection = (
                LabelSelection(contact_ids=ids) if self._contacts else LabelSelection(organisation_ids=ids)
            )
        sheet = replace(
            self._sheets[self.sheet_combo.currentData()],
            top_mm=self.top_spin.value(),
            left_mm=self.left_spin.value(),
        )
        self.sig_chosen.emit(selection, sheet)
        self.accept()


class SkippedPanel(QWidget):
    """The records a batch left out, each with the reason, so that none is silently dropped."""

    def __init__(
        self, skipped: Sequence[SkippedRecord], done_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.summary = QLabel(done_text)
        self.summary.setWordWrap(True)
        self.title = QLabel(
            self.tr("%n record(s) skipped:", "", len(skipped)) if skipped else self.tr("No record skipped.")
        )
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        for record in skipped:
            item = QListWidgetItem(f"{record.name}\n{record.reason}")
            item.setData(NAME_ROLE, record.name)
            item.setData(REASON_ROLE, record.reason)
            item.setToolTip(f"{record.name} — {record.reason}")
            self.list.addItem(item)
        self.list.setVisible(bool(skipped))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        if not skipped:
            layout.addStretch(1)
        self.setMinimumWidth(300)

    def rows(self) -> list[tuple[str, str]]:
        items = [self.list.item(r) for r in range(self.list.count())]
        return [(item.data(NAME_ROLE), item.data(REASON_ROLE)) for item in items]
