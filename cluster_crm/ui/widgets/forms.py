"""Form helpers: a field with its error line, optional dates, and NAF code completion."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.naf import naf_rev2_labels
from cluster_crm.ui.dates import to_qdate
from cluster_crm.ui.dialogs.base import FieldErrors


def add_row(
    form: QFormLayout,
    label: str,
    widget: QWidget,
    errors: FieldErrors | None = None,
    field: str | None = None,
) -> None:
    """A form row whose field has its error message right under it."""
    if errors is None or field is None:
        form.addRow(label, widget)
        return
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(errors.label_for(field, widget))
    box.setFocusProxy(widget)  # so that the label's mnemonic (Alt+letter) reaches the field
    form.addRow(label, box)


class OptionalDate(QWidget):
    """A date that may be unknown: a check box turns the date field on."""

    def __init__(self, caption: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(caption)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setDate(to_qdate(today))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


def naf_completer(edit: QLineEdit) -> QCompleter:
    """Complete "62.01Z – Programmation informatique" from a code or a word of the label."""
    entries = [f"{code} – {label}" for code, label in naf_rev2_labels().items()]
    completer = QCompleter(entries, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    edit.setCompleter(completer)
    completer.activated.connect(lambda text: edit.setText(text.split(" – ", 1)[0]))
    return completer
