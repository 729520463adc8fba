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

from cluster_crm.domain.errors import ValidationFailed
from cluster_crm.services.letterhead import save_letterhead
from cluster_crm.services.settings import check_up_months, set_check_up_months
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
        self.check_up_edit = QLineEdit(", ".join(str(m) for m in check_up_months(ctx.uow())))
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

    def show_letterhead(self) -> None:
        self.tabs.setCurrentWidget(self.letterhead)

    def _save(self) -> None:
        problems = []
        try:
            save_letterhead(self.letterhead.values(), self.ctx.uow())
        except ValidationFailed as error:
            problems += error.problems
        try:
            set_check_up_months(self.check_up_edit.text(), self.ctx.uow())
        except ValidationFailed as error:
            problems += error.problems
        if problems:
            self.errors.show(ValidationFailed(problems))
            return
        self.ctx.bus.sig_data_changed.emit("settings")
        set_language(self.ctx.settings, self.language_combo.currentData())
        self.accept()
