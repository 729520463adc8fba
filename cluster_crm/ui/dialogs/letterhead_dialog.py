"""The letters' sender, as a preferences tab: cluster name, address, logo, signatory, envelope window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.documents.letter_model import EnvelopeWindow
from cluster_crm.services import letterhead as keys
from cluster_crm.services.settings import CLUSTER_NAME
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import FieldErrors
from cluster_crm.ui.widgets.forms import add_row


def _millimetres(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class LetterheadForm(QWidget):
    """The fields of the letterhead; ``values()`` gives what ``save_letterhead`` stores."""

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = errors
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Normandie Industrie Cluster"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setPlaceholderText(self.tr("One line per line of the address"))
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.website_edit = QLineEdit()
        self.logo_edit = QLineEdit()
        self.logo_edit.setPlaceholderText(self.tr("No logo"))
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_button.setAutoDefault(False)
        self.logo_button.clicked.connect(self.choose_logo)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. Rouen, for « Rouen, le 1er décembre 2026 »"))
        self.signatory_name_edit = QLineEdit()
        self.signatory_title_edit = QLineEdit()
        self.signatory_title_edit.setPlaceholderText(self.tr("e.g. Animatrice du cluster"))
        default = EnvelopeWindow()
        defaults = {
            keys.WINDOW_LEFT: default.left_mm,
            keys.WINDOW_TOP: default.top_mm,
            keys.WINDOW_WIDTH: default.width_mm,
            keys.WINDOW_HEIGHT: default.height_mm,
        }
        self._window_defaults = defaults
        self.window_edits: dict[str, QLineEdit] = {}
        for key, value in defaults.items():
            edit = QLineEdit(_millimetres(value))
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000,00") + 16)
            self.window_edits[key] = edit

        sender = QFormLayout()
        add_row(sender, self.tr("Cluster &name"), self.name_edit, errors, CLUSTER_NAME)
        add_row(sender, self.tr("&Address"), self.address_edit, errors, keys.ADDRESS)
        add_row(sender, self.tr("&Phone"), self.phone_edit, errors, keys.PHONE)
        add_row(sender, self.tr("&E-mail"), self.email_edit, errors, keys.EMAIL)
        add_row(sender, self.tr("&Website"), self.website_edit, errors, keys.WEBSITE)
        logo = QWidget()
        logo_layout = QHBoxLayout(logo)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_edit, 1)
        logo_layout.addWidget(self.logo_button)
        logo.setFocusProxy(self.logo_edit)
        add_row(sender, self.tr("&Logo"), logo, errors, keys.LOGO)
        letters = QFormLayout()
        add_row(letters, self.tr("Pla&ce of the date"), self.place_edit, errors, keys.PLACE)
        add_row(letters, self.tr("&Signatory"), self.signatory_name_edit, errors, keys.SIGNATORY_NAME)
        add_row(
            letters, self.tr("Signatory's &title"), self.signatory_title_edit, errors, keys.SIGNATORY_TITLE
        )

        window_box = QGroupBox(self.tr("Envelope window (from the sheet's top left corner)"))
        grid = QGridLayout(window_box)
        captions = (self.tr("Left"), self.tr("Top"), self.tr("Width"), self.tr("Height"))
        for column, (caption, (key, edit)) in enumerate(
            zip(captions, self.window_edits.items(), strict=True)
        ):
            label = QLabel(caption)
            label.setBuddy(edit)
            field = QHBoxLayout()
            field.addWidget(edit)
            field.addWidget(QLabel(self.tr("mm")))
            field.addStretch(1)
            grid.addWidget(label, 0, column)
            grid.addLayout(field, 1, column)
            grid.addWidget(errors.label_for(key, edit), 2, column)
        hint = QLabel(
            self.tr(
                "A DL window envelope (French layout): 110 mm from the left, 47 mm from the top, 85 × 35 mm."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        grid.addWidget(hint, 3, 0, 1, 4)

        sender_box = QGroupBox(self.tr("Sender"))
        sender_box.setLayout(sender)
        letters_box = QGroupBox(self.tr("Date and signature"))
        letters_box.setLayout(letters)
        layout = QVBoxLayout(self)
        layout.addWidget(sender_box)
        layout.addWidget(letters_box)
        layout.addWidget(window_box)
        layout.addStretch(1)

    def fill(self, stored: dict[str, str]) -> None:
        """Show the stored letterhead (read by the dialog through the door)."""
        for edit, key in (
            (self.name_edit, CLUSTER_NAME),
            (self.phone_edit, keys.PHONE),
            (self.email_edit, keys.EMAIL),
            (self.website_edit, keys.WEBSITE),
            (self.logo_edit, keys.LOGO),
            (self.place_edit, keys.PLACE),
            (self.signatory_name_edit, keys.SIGNATORY_NAME),
            (self.signatory_title_edit, keys.SIGNATORY_TITLE),
        ):
            edit.setText(stored.get(key, ""))
        self.address_edit.setPlainText(stored.get(keys.ADDRESS, ""))
        for key, edit in self.window_edits.items():
            edit.setText(stored.get(key) or _millimetres(self._window_defaults[key]))

    def values(self) -> dict[str, str]:
        values = {
            CLUSTER_NAME: self.name_edit.text(),
            keys.ADDRESS: self.address_edit.toPlainText(),
            keys.PHONE: self.phone_edit.text(),
            keys.EMAIL: self.email_edit.text(),
            keys.WEBSITE: self.website_edit.text(),
            keys.LOGO: self.logo_edit.text(),
            keys.PLACE: self.place_edit.text(),
            keys.SIGNATORY_NAME: self.signatory_name_edit.text(),
            keys.SIGNATORY_TITLE: self.signatory_title_edit.text(),
        }
        values.update({key: edit.text() for key, edit in self.window_edits.items()})
        return values

    def choose_logo(self) -> None:
        start = self.logo_edit.text() or str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), start, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo_edit.setText(name)
