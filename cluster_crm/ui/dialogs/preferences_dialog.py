"""Preferences: the interface language (French by default, English available)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog
from cluster_crm.ui.settings import language, set_language


class PreferencesDialog(BaseDialog):
    geometry_key = "preferences_dialog"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(language(ctx.settings)))
        note = QLabel(self.tr("The new language is used from the next start of the application."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language_combo)
        buttons, _save = self.button_box(self.tr("Save"), self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _save(self) -> None:
        set_language(self.ctx.settings, self.language_combo.currentData())
        self.accept()
