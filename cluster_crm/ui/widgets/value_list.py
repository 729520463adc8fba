"""An editable list of short values (e-mail addresses, phone numbers): one line each, add more."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget


class ValueList(QWidget):
    def __init__(self, placeholder: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self.edits: list[QLineEdit] = []
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(4)
        self.add_button = QPushButton(add_text)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_value("").setFocus())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows)
        layout.addLayout(buttons)
        self.add_value("")
        self.setFocusProxy(self.edits[0])

    def add_value(self, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(self._placeholder)
        self._rows.addWidget(edit)
        self.edits.append(edit)
        return edit

    def values(self) -> list[str]:
        return [edit.text() for edit in self.edits if edit.text().strip()]

    def set_values(self, values: list[str]) -> None:
        for edit in self.edits:
            edit.deleteLater()
        self.edits = []
        for value in values or [""]:
            self.add_value(value)
        self.setFocusProxy(self.edits[0])
