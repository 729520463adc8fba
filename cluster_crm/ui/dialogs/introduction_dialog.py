"""Propose an introduction (mise en relation) between a contracting organisation and an SME, or edit one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.enums import OrganisationKind
from cluster_crm.domain.errors import DomainError, NeedsConfirmation
from cluster_crm.domain.introductions import IntroductionDraft
from cluster_crm.domain.needs import NeedStatus
from cluster_crm.services.dto import Choice
from cluster_crm.services.introduction_dto import IntroductionView, NeedRow, PartyContact
from cluster_crm.services.introductions import (
    get_introduction,
    party_contacts,
    propose_introduction,
    update_introduction,
)
from cluster_crm.services.needs import need_rows
from cluster_crm.services.organisations import organisation_choices, organisation_rows
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dates import to_qdate
from cluster_crm.ui.dialogs.base import BaseDialog, FieldErrors
from cluster_crm.ui.views.html import short
from cluster_crm.ui.widgets.forms import add_row
from cluster_crm.ui.widgets.participant_picker import ParticipantPicker


class IntroductionDialog(BaseDialog):
    geometry_key = "introduction_dialog"

    sig_saved = Signal(int)
    """The introduction was stored; its id."""

    def __init__(
        self,
        ctx: AppContext,
        introduction_id: int | None = None,
        parent: QWidget | None = None,
        *,
        contracting_id: int | None = None,
        sme_id: int | None = None,
        sme_contact_id: int | None = None,
        contracting_contact_id: int | None = None,
        need_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.introduction_id = introduction_id
        self.setWindowTitle(
            self.tr("New introduction") if introduction_id is None else self.tr("Edit introduction")
        )
        self.errors = FieldErrors()
        self.contracting = ParticipantPicker(
            ctx.ops,
            lambda uow, text: organisation_choices(text, uow, prefer=OrganisationKind.CONTRACTING),
            self.tr("Type a few letters of the contracting organisation…"),
            single=True,
        )
        self.contracting_contact = QComboBox()
        self.contracting_contact.setObjectName("contractingContact")
        self.sme = ParticipantPicker(
            ctx.ops,
            lambda uow, text: organisation_choices(text, uow, prefer=OrganisationKind.SME),
            self.tr("Type a few letters of the SME…"),
            single=True,
        )
        self.sme_contact = QComboBox()
        self.sme_contact.setObjectName("smeContact")
        self.need_combo = QComboBox()
        self.proposed_edit = QDateEdit(to_qdate(ctx.clock.today()))
        self.proposed_edit.setCalendarPopup(True)
        self.proposed_edit.setDisplayFormat("dd/MM/yyyy")
        self.proposed_edit.setMaximumDate(to_qdate(ctx.clock.today()))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Why these two should meet, what was said to each side…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(form, self.tr("&Contracting organisation"), self.contracting, self.errors, "contracting")
        add_row(form, self.tr("Its &contact"), self.contracting_contact, self.errors, "contracting_contact")
        add_row(form, self.tr("&SME"), self.sme, self.errors, "sme")
        add_row(form, self.tr("Its c&ontact"), self.sme_contact, self.errors, "sme_contact")
        add_row(form, self.tr("&Need"), self.need_combo, self.errors, "need")
        add_row(form, self.tr("&Proposed on"), self.proposed_edit, self.errors, "proposed_on")
        add_row(form, self.tr("&Note"), self.note_edit)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b42318;")
        self.general_error.hide()
        buttons, self.save_button = self.button_box(self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        self.contracting.sig_changed.connect(self._contracting_changed)
        self.sme.sig_changed.connect(
            lambda: self._fill_contacts(self.sme_contact, self.sme.current_id(), None)
        )
        if introduction_id is None:
            prefill = (contracting_id, contracting_contact_id, sme_id, sme_contact_id, need_id)
            self.load(
                lambda uow: _choices(uow, [i for i in (contracting_id, sme_id) if i is not None]),
                lambda choices: self._prefill(choices, *prefill),
            )
        else:
            self.load(lambda uow: _introduction(uow, introduction_id), self._fill)
        self.resize(620, self.sizeHint().height())

    # --- filling ---------------------------------------------------------------------------

    def _prefill(
        self,
        choices: dict[int, Choice],
        contracting_id: int | None,
        contracting_contact_id: int | None,
        sme_id: int | None,
        sme_contact_id: int | None,
        need_id: int | None,
    ) -> None:
        contracting_id = contracting_id if contracting_id in choices else None
        sme_id = sme_id if sme_id in choices else None
        if contracting_id is not None:
            self.contracting.set_items([choices[contracting_id]])
            self._fill_contacts(self.contracting_contact, contracting_id, contracting_contact_id)
            self._fill_needs(contracting_id, need_id)
        else:
            self._fill_contacts(self.contracting_contact, None, None)
            self._fill_needs(None, None)
        if sme_id is not None:
            self.sme.set_items([choices[sme_id]])
        self._fill_contacts(self.sme_contact, sme_id, sme_contact_id)
        focus = self.contracting if contracting_id is None else self.sme if sme_id is None else self.note_edit
        focus.setFocus()

    def _fill(self, loaded: tuple[IntroductionView, dict[int, Choice]]) -> None:
        view, choices = loaded
        draft = view.draft
        self.contracting.set_items([choices[view.row.contracting_id]])
        self.sme.set_items([choices[view.row.sme_id]])
        for picker in (self.contracting, self.sme):
            picker.setEnabled(False)  # the parties of an introduction do not change
            picker.setToolTip(self.tr("The parties of an introduction cannot change: create another one."))
        self._fill_contacts(self.contracting_contact, draft.contracting_id, draft.contracting_contact_id)
        self._fill_contacts(self.sme_contact, draft.sme_id, draft.sme_contact_id)
        self._fill_needs(draft.contracting_id, draft.need_id)
        if draft.proposed_on:
            self.proposed_edit.setDate(to_qdate(draft.proposed_on))
        self.proposed_edit.setEnabled(False)
        self.note_edit.setPlainText(draft.note)
        self.note_edit.setFocus()

    def _contracting_changed(self) -> None:
        organisation_id = self.contracting.current_id()
        self._fill_contacts(self.contracting_contact, organisation_id, None)
        self._fill_needs(organisation_id, self.need_combo.currentData())

    def _fill_contacts(self, combo: QComboBox, organisation_id: int | None, selected: int | None) -> None:
        combo.clear()
        combo.addItem(self.tr("(nobody in particular)"), None)
        if organisation_id is None:
            combo.setEnabled(False)
            return
        combo.setEnabled(True)
        self.ctx.ops.query(
            self,
            f"contacts:{combo.objectName()}",
            lambda uow: party_contacts(organisation_id, uow),
            lambda people: self._show_contacts(combo, people, selected),
        )

    def _show_contacts(self, combo: QComboBox, people: list[PartyContact], selected: int | None) -> None:
        model = combo.model()
        for person in people:
            text = f"{person.name} — {person.role}" if person.role else person.name
            if person.objected_on is not None:
                text += "  " + self.tr("(objected to being contacted on {date})").format(
                    date=short(person.objected_on)
                )
            combo.addItem(text, person.id)
            if person.objected_on is not None and isinstance(model, QStandardItemModel):
                model.item(combo.count() - 1).setEnabled(False)  # objection is absolute
        index = combo.findData(selected) if selected is not None else -1
        if index < 0 and isinstance(model, QStandardItemModel):
            allowed = [row for row in range(1, combo.count()) if model.item(row).isEnabled()]
            index = allowed[0] if allowed else 0  # the first person who may be contacted
        combo.setCurrentIndex(max(index, 0))

    def _fill_needs(self, organisation_id: int | None, selected: int | None) -> None:
        self.need_combo.clear()
        self.need_combo.addItem(self.tr("(no particular need)"), None)
        if organisation_id is None:
            self.need_combo.setEnabled(False)
            return
        self.need_combo.setEnabled(True)
        self.ctx.ops.query(
            self,
            "needs",
            lambda uow: need_rows(uow, organisation_id=organisation_id),
            lambda rows: self._show_needs(rows, selected),
        )

    def _show_needs(self, rows: list[NeedRow], selected: int | None) -> None:
        for row in rows:
            text = row.title if row.status == NeedStatus.OPEN else f"{row.title} ({row.status_label.lower()})"
            self.need_combo.addItem(text, row.id)
        index = self.need_combo.findData(selected) if selected is not None else -1
        self.need_combo.setCurrentIndex(max(index, 0))

    # --- saving ----------------------------------------------------------------------------

    def draft(self) -> IntroductionDraft:
        return IntroductionDraft(
            contracting_id=self.contracting.current_id(),
            sme_id=self.sme.current_id(),
            contracting_contact_id=self.contracting_contact.currentData(),
            sme_contact_id=self.sme_contact.currentData(),
            need_id=self.need_combo.currentData(),
            note=self.note_edit.toPlainText(),
            proposed_on=self.proposed_edit.date().toPython(),
        )

    def save(self, confirmed: bool = False) -> None:
        self.errors.clear()
        self.general_error.hide()
        for picker in (self.contracting, self.sme):
            if picker.pending_text() and picker.isEnabled():
                field = "contracting" if picker is self.contracting else "sme"
                message = self.tr("“{text}” was not chosen: pick it in the list with Enter, or clear it.")
                self.errors.set(field, message.format(text=picker.pending_text()))
                picker.setFocus()
                return
        draft, introduction_id = self.draft(), self.introduction_id
        if introduction_id is None:
            work = lambda uow: propose_introduction(draft, uow, confirmed=confirmed)  # noqa: E731
        else:
            work = lambda uow: update_introduction(introduction_id, draft, uow, confirmed=confirmed)  # noqa: E731

        def unusual(error: DomainError) -> bool:
            if not isinstance(error, NeedsConfirmation):
                return False
            if self._confirm(error):
                self.save(confirmed=True)
            return True

        self.submit(
            work,
            changed="introductions",
            errors=self.errors,
            on_saved=lambda view: self.sig_saved.emit(view.id),
            on_unplaced=self._show_general,
            on_error=unusual,
        )

    def _show_general(self, messages: list[str]) -> None:
        self.general_error.setText("\n".join(messages))
        self.general_error.show()

    def _confirm(self, warning: NeedsConfirmation) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.windowTitle())
        box.setText(self.tr("Is this really the introduction you mean?"))
        box.setInformativeText(warning.message())
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is save


def _choices(uow, organisation_ids: list[int]) -> dict[int, Choice]:  # noqa: ANN001
    """The parties as the pickers show them (name, town · kind), by id; deleted ones left out."""
    return {
        row.id: Choice(row.id, row.name, " · ".join(p for p in (row.town, row.kind_label) if p))
        for row in organisation_rows(organisation_ids, uow)
    }


def _introduction(uow, introduction_id: int) -> tuple[IntroductionView, dict[int, Choice]]:  # noqa: ANN001
    view = get_introduction(introduction_id, uow)
    return view, _choices(uow, [view.row.contracting_id, view.row.sme_id])
