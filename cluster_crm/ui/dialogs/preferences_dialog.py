"""Preferences: the interface language (French by default, English available), the introductions'
check-ups, and the letterhead of the letters."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.services.letterhead import save_preferences
from cluster_crm.services.settings import check_up_months, get_settings
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog, FieldErrors
from cluster_crm.ui.dialogs.letterhead_dialog import LetterheadForm
from cluster_crm.ui.settings import language, set_language
from cluster_crm.ui.widgets.forms import add_row


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
        self.check_up_edit = QLineEdit()
        self.check_up_edit.setToolTip(
            self.tr(
                "When an introduction is made, follow-ups are scheduled to check its outcome after these months."
            )
        )
        self.tabs = QTabWidget()
        self.errors = FieldErrors(self.tabs)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language_combo)
        add_row(
            form,
            self.tr("Introduction &check-ups (months)"),
            self.check_up_edit,
            self.errors,
            "check_up_months",
        )
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(note)
        general_layout.addStretch(1)
        self.letterhead = LetterheadForm(ctx, self.errors)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.letterhead, self.tr("Letterhead"))
        buttons, _save = self.button_box(self.tr("Save"), self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.load(lambda uow: (get_settings(uow), check_up_months(uow)), self._fill)

    def _fill(self, stored: tuple[dict[str, str], tuple[int, ...]]) -> None:
        settings, months = stored
        self.letterhead.fill(settings)
        self.check_up_edit.setText(", ".join(str(m) for m in months))

    def show_letterhead(self) -> None:
        self.tabs.setCurrentWidget(self.letterhead)

    def _save(self) -> None:
        letterhead, months = self.letterhead.values(), self.check_up_edit.text()
        self.submit(
            lambda uow: save_preferences(letterhead, months, uow),
            changed="settings",
            errors=self.errors,
            on_saved=lambda _none: set_language(self.ctx.settings, self.language_combo.currentData()),
        )
