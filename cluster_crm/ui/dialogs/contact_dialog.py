"""Create or edit a person: identity, e-mails, phones, notes and affiliations to organisations."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.contact_points import clean_email, clean_phone
from cluster_crm.domain.contacts import AffiliationDraft, ContactDraft
from cluster_crm.domain.enums import Civility
from cluster_crm.domain.errors import InvalidValue
from cluster_crm.services import contacts as service
from cluster_crm.services import organisations as organisations_service
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.affiliation_dialog import AffiliationDialog
from cluster_crm.ui.dialogs.base import BaseDialog, FieldErrors
from cluster_crm.ui.views.html import short
from cluster_crm.ui.widgets.forms import OptionalDate, add_row
from cluster_crm.ui.widgets.objection import objection_box
from cluster_crm.ui.widgets.value_list import ValueList


class ContactDialog(BaseDialog):
    geometry_key = "contact_dialog"

    sig_saved = Signal(int)
    """The contact was stored; its id."""

    def __init__(
        self,
        ctx: AppContext,
        contact_id: int | None,
        parent: QWidget | None = None,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("New contact") if contact_id is None else self.tr("Edit contact"))
        self.errors = FieldErrors()
        self._affiliations: list[AffiliationDraft] = []
        self.affiliation_dialog: AffiliationDialog | None = None
        self._organisation_names: dict[int, str] = {}

        self.civility_combo = QComboBox()
        for civility in (Civility.NONE, Civility.MADAME, Civility.MONSIEUR):
            self.civility_combo.addItem(civility.label, civility)
        self.first_name_edit = QLineEdit()
        self.last_name_edit = QLineEdit()
        self.job_title_edit = QLineEdit()
        self.emails = ValueList("prenom.nom@entreprise.fr", self.tr("Add an e-mail"))
        self.phones = ValueList("06 12 34 56 78", self.tr("Add a phone"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.objection = OptionalDate(
            self.tr("O&bjects to being contacted (prospection)"), self.ctx.clock.today()
        )
        self.objection.setToolTip(
            self.tr("GDPR: an objection to prospection is absolute; they will not be introduced.")
        )
        self.affiliations_table = QTableWidget(0, 4)
        self.affiliations_table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Role"), self.tr("From"), self.tr("Until")]
        )
        self.affiliations_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.affiliations_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.affiliations_table.horizontalHeader().setStretchLastSection(True)
        self.affiliations_table.verticalHeader().hide()
        self.affiliations_table.setColumnWidth(0, 200)
        self.affiliations_table.setColumnWidth(1, 140)
        self.affiliations_table.setColumnWidth(2, 85)
        self.affiliations_table.setMinimumHeight(120)
        self.add_affiliation_button = QPushButton(self.tr("Link to an organisation…"))
        self.edit_affiliation_button = QPushButton(self.tr("Edit link…"))
        self.remove_affiliation_button = QPushButton(self.tr("Remove link"))
        for button in (
            self.add_affiliation_button,
            self.edit_affiliation_button,
            self.remove_affiliation_button,
        ):
            button.setAutoDefault(False)

        form = QFormLayout()
        add_row(form, self.tr("&Civility"), self.civility_combo)
        add_row(form, self.tr("&First name"), self.first_name_edit, self.errors, "first_name")
        add_row(form, self.tr("&Last name"), self.last_name_edit, self.errors, "last_name")
        add_row(form, self.tr("&Job title"), self.job_title_edit)
        add_row(form, self.tr("&E-mails"), self.emails, self.errors, "emails")
        add_row(form, self.tr("&Phones"), self.phones, self.errors, "phones")
        add_row(form, self.tr("&Notes"), self.notes_edit)
        affiliation_buttons = QHBoxLayout()
        for button in (
            self.add_affiliation_button,
            self.edit_affiliation_button,
            self.remove_affiliation_button,
        ):
            affiliation_buttons.addWidget(button)
        affiliation_buttons.addStretch(1)
        affiliations_box = QVBoxLayout()
        affiliations_box.addWidget(self.affiliations_table)
        affiliations_box.addLayout(affiliation_buttons)
        affiliations_widget = QWidget()
        affiliations_widget.setLayout(affiliations_box)
        add_row(form, self.tr("&Organisations"), affiliations_widget, self.errors, "affiliations")
        form.addRow(self.tr("GDPR"), objection_box(self.objection, self.errors))

        buttons, self.save_button = self.button_box(self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 640)

        self.add_affiliation_button.clicked.connect(self.add_affiliation)
        self.edit_affiliation_button.clicked.connect(self.edit_affiliation)
        self.remove_affiliation_button.clicked.connect(self.remove_affiliation)
        self.affiliations_table.itemDoubleClicked.connect(lambda _item: self.edit_affiliation())
        self.affiliations_table.itemSelectionChanged.connect(self._update_buttons)
        self.emails.add_button.clicked.connect(self._watch_values)
        self.phones.add_button.clicked.connect(self._watch_values)

        if contact_id is not None:
            self.load(lambda uow: service.get_contact(contact_id, uow), self._fill)
        elif organisation_id is not None:
            self.load(
                lambda uow: organisations_service.get_organisation(organisation_id, uow), self._add_first
            )
        self._watch_values()
        self._update_buttons()
        self.first_name_edit.setFocus()

    # --- values --------------------------------------------------------------------------

    def draft(self) -> ContactDraft:
        return ContactDraft(
            civility=self.civility_combo.currentData(),
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            job_title=self.job_title_edit.text(),
            emails=self.emails.values(),
            phones=self.phones.values(),
            notes=self.notes_edit.toPlainText(),
            affiliations=[
                AffiliationDraft(a.organisation_id, a.role, a.start_date, a.end_date)
                for a in self._affiliations
            ],
            objected_on=self.objection.value(),
        )

    def _add_first(self, organisation) -> None:  # noqa: ANN001 - an OrganisationView
        self._organisation_names[organisation.id] = organisation.name
        self._affiliations.append(AffiliationDraft(organisation.id))
        self._show_affiliations()
        self._update_buttons()

    def _fill(self, view) -> None:  # noqa: ANN001
        draft = view.draft
        self.civility_combo.setCurrentIndex(self.civility_combo.findData(draft.civility))
        self.first_name_edit.setText(draft.first_name)
        self.last_name_edit.setText(draft.last_name)
        self.job_title_edit.setText(draft.job_title)
        self.emails.set_values(draft.emails)
        self.phones.set_values(draft.phones)
        self.notes_edit.setPlainText(draft.notes)
        self.objection.set_value(draft.objected_on)
        self._organisation_names.update({a.organisation_id: a.organisation_name for a in view.affiliations})
        self._affiliations = list(draft.affiliations)
        self._show_affiliations()
        self._watch_values()
        self._update_buttons()

    # --- affiliations --------------------------------------------------------------------

    def add_affiliation(self) -> None:
        self._open_affiliation_dialog(AffiliationDialog(self.ctx, None, parent=self), None)

    def edit_affiliation(self) -> None:
        row = self.affiliations_table.currentRow()
        if row < 0:
            return
        draft = self._affiliations[row]
        name = self._organisation_names.get(draft.organisation_id, "")
        self._open_affiliation_dialog(AffiliationDialog(self.ctx, draft, name, self), row)

    def _open_affiliation_dialog(self, dialog: AffiliationDialog, row: int | None) -> None:
        self.affiliation_dialog = dialog
        dialog.accepted.connect(lambda: self._affiliation_chosen(dialog, row))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def remove_affiliation(self) -> None:
        row = self.affiliations_table.currentRow()
        if row >= 0:
            del self._affiliations[row]
            self._show_affiliations()

    def _affiliation_chosen(self, dialog: AffiliationDialog, row: int | None) -> None:
        draft = dialog.draft()
        if draft is None:
            return
        self._organisation_names[draft.organisation_id] = dialog.organisation_name()
        if row is None:
            self._affiliations.append(draft)
        else:
            self._affiliations[row] = draft
        self._show_affiliations()

    def _show_affiliations(self) -> None:
        table = self.affiliations_table
        table.setRowCount(len(self._affiliations))
        for row, a in enumerate(self._affiliations):
            values = [
                self._organisation_names.get(a.organisation_id, "?"),
                a.role,
                short(a.start_date),
                short(a.end_date),
            ]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.affiliations_table.currentRow() >= 0 and bool(self._affiliations)
        self.edit_affiliation_button.setEnabled(selected)
        self.remove_affiliation_button.setEnabled(selected)

    # --- checks and saving ---------------------------------------------------------------

    def _watch_values(self) -> None:
        for values, field, clean in (
            (self.emails, "emails", clean_email),
            (self.phones, "phones", clean_phone),
        ):
            for edit in values.edits:
                if not edit.property("watched"):
                    edit.setProperty("watched", True)
                    edit.editingFinished.connect(
                        lambda v=values, f=field, c=clean: self._check_values(v, f, c)
                    )

    def _check_values(self, values: ValueList, field: str, clean) -> None:  # noqa: ANN001
        messages = []
        for text in values.values():
            try:
                clean(text)
            except InvalidValue as error:
                messages.append(error.message())
        self.errors.set(field, "\n".join(messages) or None)

    def save(self) -> None:
        draft, contact_id = self.draft(), self.contact_id
        if contact_id is None:
            work = lambda uow: service.create_contact(draft, uow)  # noqa: E731
        else:
            work = lambda uow: service.update_contact(contact_id, draft, uow)  # noqa: E731
        self.submit(
            work, changed="contacts", errors=self.errors, on_saved=lambda view: self.sig_saved.emit(view.id)
        )
