"""Ask why a suggested SME is set aside for a need (the reason is optional and remembered)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from cluster_crm.services.matchmaking import REASON_MAX
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog


class DismissDialog(BaseDialog):
    geometry_key = "dismiss_dialog"

    sig_dismissed = Signal(str)
    """The animator confirmed; the reason given (may be empty)."""

    def __init__(self, ctx: AppContext, sme_name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Set the SME aside"))
        question = QLabel(self.tr("Set “{name}” aside for this need?").format(name=sme_name))
        question.setWordWrap(True)
        question.setStyleSheet("font-weight: 600;")
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItem("")
        for reason in (
            self.tr("Capabilities do not match"),
            self.tr("Too far away"),
            self.tr("Too small for the volumes"),
            self.tr("Already solicited a lot recently"),
            self.tr("No capacity at the moment"),
        ):
            self.reason_combo.addItem(reason)
        self.reason_combo.lineEdit().setMaxLength(REASON_MAX)
        self.reason_combo.lineEdit().setPlaceholderText(self.tr("Reason (optional), chosen or typed"))
        self.reason_combo.setMinimumWidth(340)
        hint = QLabel(
            self.tr(
                "It will no longer be suggested for this need. Tick “Show the ones set aside” to "
                "see it again and restore it."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #57606a;")
        buttons, self.dismiss_button = self.button_box(self.tr("Set aside"), self._dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(question)
        layout.addWidget(self.reason_combo)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.reason_combo.setFocus()

    def reason(self) -> str:
        return self.reason_combo.currentText().strip()

    def _dismiss(self) -> None:
        self.sig_dismissed.emit(self.reason())
        self.accept()
