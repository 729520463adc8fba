"""Create or edit an organisation, with each field checked as it is left and again on save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.address import clean_cedex, clean_postcode
from cluster_crm.domain.contact_points import clean_email, clean_phone, clean_website
from cluster_crm.domain.enums import HeadcountBand, MembershipStatus, OrganisationKind
from cluster_crm.domain.errors import InvalidValue
from cluster_crm.domain.identifiers import clean_siren, clean_siret, format_siren, siren_of
from cluster_crm.domain.naf import clean_naf_code, naf_label
from cluster_crm.domain.organisations import OrganisationDraft
from cluster_crm.services import organisations as service
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog, FieldErrors
from cluster_crm.ui.widgets.forms import OptionalDate, add_row, naf_completer
from cluster_crm.ui.widgets.objection import objection_box


class OrganisationDialog(BaseDialog):
    geometry_key = "organisation_dialog"

    sig_saved = Signal(int)
    """The organisation was stored; its id."""

    def __init__(self, ctx: AppContext, organisation_id: int | None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.organisation_id = organisation_id
        self.setWindowTitle(
            self.tr("New organisation") if organisation_id is None else self.tr("Edit organisation")
        )
        self.tabs = QTabWidget()
        self.errors = FieldErrors(self.tabs)
        self._build_identity()
        self._build_address()
        self._build_cluster()
        self._build_description()
        buttons, self.save_button = self.button_box(self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self._live_checks()
        if organisation_id is not None:
            self.load(lambda uow: service.get_organisation(organisation_id, uow).draft, self._fill)
        self.name_edit.setFocus()

    # --- layout --------------------------------------------------------------------------

    def _page(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        self.tabs.addTab(page, title)
        return form

    def _build_identity(self) -> None:
        form = self._page(self.tr("Identity"))
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in OrganisationKind:
            self.kind_combo.addItem(kind.label, kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(OrganisationKind.SME))
        self.siret_edit = QLineEdit()
        self.siret_edit.setPlaceholderText("732 829 320 00074")
        self.siren_edit = QLineEdit()
        self.siren_edit.setPlaceholderText(self.tr("Filled in from the SIRET"))
        self.naf_edit = QLineEdit()
        self.naf_edit.setPlaceholderText(self.tr("e.g. 62.01Z, or a word of the activity"))
        naf_completer(self.naf_edit)
        self.naf_label = QLabel()
        self.naf_label.setWordWrap(True)
        self.naf_label.setStyleSheet("color: #57606a;")
        self.headcount_combo = QComboBox()
        self.headcount_combo.addItem("—", None)
        for band in HeadcountBand:
            self.headcount_combo.addItem(band.label, band)
        add_row(form, self.tr("&Name"), self.name_edit, self.errors, "name")
        add_row(form, self.tr("&Kind"), self.kind_combo)
        add_row(form, self.tr("SI&RET"), self.siret_edit, self.errors, "siret")
        add_row(form, self.tr("SIRE&N"), self.siren_edit, self.errors, "siren")
        add_row(form, self.tr("NAF &code"), self.naf_edit, self.errors, "naf_code")
        form.addRow("", self.naf_label)
        add_row(form, self.tr("&Headcount"), self.headcount_combo)

    def _build_address(self) -> None:
        form = self._page(self.tr("Address and contact"))
        self.building_edit = QLineEdit()
        self.building_edit.setPlaceholderText(self.tr("Building, business park…"))
        self.street_edit = QLineEdit()
        self.street_edit.setPlaceholderText(self.tr("Number and street"))
        self.locality_edit = QLineEdit()
        self.locality_edit.setPlaceholderText(self.tr("PO box (BP), locality…"))
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaximumWidth(120)
        self.town_edit = QLineEdit()
        self.cedex_edit = QLineEdit()
        self.cedex_edit.setPlaceholderText(self.tr("e.g. CEDEX 1"))
        self.cedex_edit.setMaximumWidth(160)
        self.country_edit = QLineEdit("France")
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("02 35 14 37 37")
        self.email_edit = QLineEdit()
        self.website_edit = QLineEdit()
        add_row(form, self.tr("&Building"), self.building_edit)
        add_row(form, self.tr("&Street"), self.street_edit)
        add_row(form, self.tr("&Locality"), self.locality_edit)
        add_row(form, self.tr("&Postcode"), self.postcode_edit, self.errors, "postcode")
        add_row(form, self.tr("&Town"), self.town_edit)
        add_row(form, self.tr("CE&DEX"), self.cedex_edit, self.errors, "cedex")
        add_row(form, self.tr("C&ountry"), self.country_edit)
        add_row(form, self.tr("&Phone"), self.phone_edit, self.errors, "phone")
        add_row(form, self.tr("&E-mail"), self.email_edit, self.errors, "email")
        add_row(form, self.tr("&Website"), self.website_edit, self.errors, "website")

    def _build_cluster(self) -> None:
        form = self._page(self.tr("Cluster"))
        self.membership_combo = QComboBox()
        for status in MembershipStatus:
            self.membership_combo.addItem(status.label, status)
        self.membership_combo.setCurrentIndex(self.membership_combo.findData(MembershipStatus.NONE))
        self.member_since = OptionalDate(self.tr("Known"), self.ctx.clock.today())
        self.stay_in_touch_spin = QSpinBox()
        self.stay_in_touch_spin.setRange(0, 3650)
        self.stay_in_touch_spin.setSpecialValueText(self.tr("No reminder"))
        self.stay_in_touch_spin.setSuffix(self.tr(" days"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas, e.g. Usinage, Robotique"))
        add_row(form, self.tr("&Membership"), self.membership_combo)
        add_row(form, self.tr("Member &since"), self.member_since, self.errors, "member_since")
        add_row(
            form, self.tr("Stay in &touch every"), self.stay_in_touch_spin, self.errors, "stay_in_touch_days"
        )
        add_row(form, self.tr("T&ags"), self.tags_edit)
        self.objection = OptionalDate(self.tr("Asks not to be sol&icited any more"), self.ctx.clock.today())
        self.objection.setToolTip(
            self.tr("GDPR: an objection to prospection is absolute; it will not be introduced.")
        )
        form.addRow(self.tr("GDPR"), objection_box(self.objection, self.errors))
        self.membership_combo.currentIndexChanged.connect(self._membership_changed)
        self._membership_changed()

    def _build_description(self) -> None:
        form = self._page(self.tr("Capabilities"))
        self.capabilities_edit = QPlainTextEdit()
        self.capabilities_edit.setPlaceholderText(
            self.tr("What the organisation knows how to do (savoir-faire)")
        )
        self.capabilities_edit.setTabChangesFocus(True)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        add_row(form, self.tr("Ca&pabilities"), self.capabilities_edit)
        add_row(form, self.tr("&Description"), self.description_edit)

    # --- values --------------------------------------------------------------------------

    def draft(self) -> OrganisationDraft:
        days = self.stay_in_touch_spin.value()
        return OrganisationDraft(
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            siret=self.siret_edit.text(),
            siren=self.siren_edit.text(),
            naf_code=self.naf_edit.text().split(" – ", 1)[0],
            headcount_band=self.headcount_combo.currentData(),
            address_building=self.building_edit.text(),
            address_street=self.street_edit.text(),
            address_locality=self.locality_edit.text(),
            postcode=self.postcode_edit.text(),
            town=self.town_edit.text(),
            cedex=self.cedex_edit.text(),
            country=self.country_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            website=self.website_edit.text(),
            description=self.description_edit.toPlainText(),
            capabilities=self.capabilities_edit.toPlainText(),
            tags=self.tags_edit.text().split(","),
            membership_status=self.membership_combo.currentData(),
            member_since=self.member_since.value(),
            stay_in_touch_days=days or None,
            objected_on=self.objection.value(),
        )

    def _fill(self, draft: OrganisationDraft) -> None:
        self.name_edit.setText(draft.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(draft.kind))
        self.siret_edit.setText(draft.siret)
        self.siren_edit.setText(draft.siren)
        self.naf_edit.setText(draft.naf_code)
        self.headcount_combo.setCurrentIndex(max(self.headcount_combo.findData(draft.headcount_band), 0))
        self.building_edit.setText(draft.address_building)
        self.street_edit.setText(draft.address_street)
        self.locality_edit.setText(draft.address_locality)
        self.postcode_edit.setText(draft.postcode)
        self.town_edit.setText(draft.town)
        self.cedex_edit.setText(draft.cedex)
        self.country_edit.setText(draft.country)
        self.phone_edit.setText(draft.phone)
        self.email_edit.setText(draft.email)
        self.website_edit.setText(draft.website)
        self.description_edit.setPlainText(draft.description)
        self.capabilities_edit.setPlainText(draft.capabilities)
        self.tags_edit.setText(", ".join(draft.tags))
        self.membership_combo.setCurrentIndex(self.membership_combo.findData(draft.membership_status))
        self.member_since.set_value(draft.member_since)
        self.stay_in_touch_spin.setValue(draft.stay_in_touch_days or 0)
        self.objection.set_value(draft.objected_on)
        self._siret_changed()
        self._naf_changed()

    # --- checks --------------------------------------------------------------------------

    def _live_checks(self) -> None:
        country = self.country_edit.text
        checks: list[tuple[QLineEdit, str, Callable[[str], object]]] = [
            (self.siret_edit, "siret", clean_siret),
            (self.siren_edit, "siren", clean_siren),
            (self.naf_edit, "naf_code", lambda s: clean_naf_code(s.split(" – ", 1)[0])),
            (self.postcode_edit, "postcode", lambda s: clean_postcode(s, country())),
            (self.cedex_edit, "cedex", clean_cedex),
            (self.phone_edit, "phone", clean_phone),
            (self.email_edit, "email", clean_email),
            (self.website_edit, "website", clean_website),
        ]
        for edit, field, clean in checks:
            edit.editingFinished.connect(lambda e=edit, f=field, c=clean: self._check(e, f, c))
        self.siret_edit.textChanged.connect(self._siret_changed)
        self.naf_edit.textChanged.connect(self._naf_changed)

    def _check(self, edit: QLineEdit, field: str, clean: Callable[[str], object]) -> None:
        try:
            clean(edit.text())
        except InvalidValue as error:
            self.errors.set(field, error.message())
        else:
            self.errors.set(field, None)

    def _siret_changed(self) -> None:
        try:
            siret = clean_siret(self.siret_edit.text())
        except InvalidValue:
            siret = None
        self.siren_edit.setReadOnly(bool(siret))
        if siret:
            self.siren_edit.setText(format_siren(siren_of(siret)))
            self.errors.set("siren", None)
            self.errors.set("siret", None)

    def _naf_changed(self) -> None:
        try:
            code = clean_naf_code(self.naf_edit.text().split(" – ", 1)[0])
        except InvalidValue:
            code = None
        self.naf_label.setText(naf_label(code))

    def _membership_changed(self) -> None:
        status = self.membership_combo.currentData()
        self.member_since.setEnabled(status in (MembershipStatus.MEMBER, MembershipStatus.FORMER))

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        draft, organisation_id = self.draft(), self.organisation_id
        if organisation_id is None:
            work = lambda uow: service.create_organisation(draft, uow)  # noqa: E731
        else:
            work = lambda uow: service.update_organisation(organisation_id, draft, uow)  # noqa: E731
        self.submit(
            work,
            changed="organisations",
            errors=self.errors,
            on_saved=lambda view: self.sig_saved.emit(view.id),
            on_unplaced=lambda messages: self.errors.set("name", "\n".join(messages)),
        )
