"""Record or edit a contracting organisation's need: who has it, what it is, what is sought."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.enums import HeadcountBand, OrganisationKind
from cluster_crm.domain.errors import InvalidValue, NotFound
from cluster_crm.domain.naf import clean_naf_code, naf_label, naf_rev2_labels
from cluster_crm.domain.needs import MAX_DISTANCE_KM, NeedDraft, NeedStatus, split_naf_codes
from cluster_crm.services.dto import AffiliationView, Choice, FilterChoices, OrganisationView
from cluster_crm.services.needs import add_need, get_need, update_need
from cluster_crm.services.organisations import filter_choices, get_organisation, organisation_choices
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dates import to_qdate
from cluster_crm.ui.dialogs.base import BaseDialog, FieldErrors
from cluster_crm.ui.widgets.forms import OptionalDate, add_row
from cluster_crm.ui.widgets.participant_picker import ParticipantPicker

SECTION_STYLE = "font-weight: 600; color: #44546a; padding: 2px 0 4px 0;"
HINT_STYLE = "color: #57606a;"


class ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list ("62.01Z, 25.6" → "62.01Z, 25.62A, ")."""

    def __init__(self, entries: Iterable[str], edit: QLineEdit, keep_code_only: bool = False) -> None:
        super().__init__(edit)
        self.setModel(QStringListModel(list(entries), self))
        self._keep_code_only = keep_code_only  # "25.62A – Usinage" is written "25.62A"
        self._head: list[str] = []
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setMaxVisibleItems(12)
        self.setWidget(edit)
        edit.setCompleter(self)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        # Called with what was typed (not with a highlighted completion): remember the items before.
        head, _comma, last = path.rpartition(",")
        self._head = [part.strip() for part in head.split(",") if part.strip()]
        return [last.strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802, ANN001
        value = super().pathFromIndex(index)
        if self._keep_code_only:
            value = value.split(" – ", 1)[0]
        return ", ".join([*self._head, value]) + ", "


class NeedDialog(BaseDialog):
    geometry_key = "need_dialog"

    sig_saved = Signal(int)
    """The need was stored; its id."""

    sig_people_shown = Signal()
    """The people of the chosen organisation are in the contact combo."""

    def __init__(
        self,
        ctx: AppContext,
        need_id: int | None = None,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.need_id = need_id
        self.setWindowTitle(self.tr("New need") if need_id is None else self.tr("Edit need"))
        self.errors = FieldErrors()
        self._build_fields()
        buttons, self.save_button = self.button_box(self.tr("Save"), self.save)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b42318;")
        self.general_error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(self._need_column(), 5)
        columns.addLayout(self._criteria_column(), 4)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.organisation.sig_changed.connect(self._organisation_changed)
        self.naf_edit.textChanged.connect(self._naf_changed)
        self.naf_edit.editingFinished.connect(self._check_naf)
        self.resize(960, self.sizeHint().height())
        self._organisation_changed()
        self._naf_changed()
        self.load(lambda uow: _read(uow, need_id, organisation_id), self._loaded)
        (self.organisation if need_id is None and organisation_id is None else self.title_edit).setFocus()

    def _loaded(self, data: tuple[FilterChoices, NeedDraft | None, OrganisationView | None]) -> None:
        choices, draft, organisation = data
        ListCompleter(choices.tags, self.tags_edit)
        town_completer = QCompleter(list(choices.towns), self.town_edit)
        town_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        town_completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.town_edit.setCompleter(town_completer)
        if draft is not None:
            self._fill(draft, organisation)
        elif organisation is not None:
            self._set_organisation(organisation)

    # --- building --------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.organisation = ParticipantPicker(
            self.ctx.ops,
            lambda uow, text: organisation_choices(text, uow, prefer=OrganisationKind.CONTRACTING),
            self.tr("Type a few letters of the contracting organisation, then Enter"),
            single=True,
        )
        self.contact_combo = QComboBox()
        self.contact_combo.setObjectName("contactCombo")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Precision machining of gearbox housings"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What they said: volumes, quality, timing…"))
        self.description_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.received_edit = QDateEdit()
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd/MM/yyyy")
        self.received_edit.setDate(to_qdate(self.ctx.clock.today()))
        self.deadline = OptionalDate(self.tr("Set"), self.ctx.clock.today())
        self.status_combo = QComboBox()
        for status in NeedStatus:
            self.status_combo.addItem(status.label, status.value)

        self.keywords_edit = QLineEdit()
        self.keywords_edit.setPlaceholderText(self.tr("e.g. usinage de précision, rectification"))
        self.keywords_edit.setToolTip(self.tr("Words looked for in the SMEs' capabilities and descriptions"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas, e.g. Usinage, Automobile"))
        self.naf_edit = QLineEdit()
        self.naf_edit.setPlaceholderText(self.tr("e.g. 25.62A, 25.61Z, or a word of the activity"))
        ListCompleter((f"{c} – {label}" for c, label in naf_rev2_labels().items()), self.naf_edit, True)
        self.naf_labels = QLabel()
        self.naf_labels.setObjectName("nafLabels")
        self.naf_labels.setWordWrap(True)
        self.naf_labels.setStyleSheet(HINT_STYLE)
        self.headcount_min = self._band_combo(self.tr("any size"))
        self.headcount_max = self._band_combo(self.tr("any size"))
        self.headcount_box = QWidget()
        box = QHBoxLayout(self.headcount_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.headcount_min, 1)
        to = QLabel(self.tr("to"))
        to.setStyleSheet("border: none;")  # not framed in red with the combo boxes on error
        box.addWidget(to)
        box.addWidget(self.headcount_max, 1)
        self.town_edit = QLineEdit()
        self.town_edit.setPlaceholderText(self.tr("Town"))
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setPlaceholderText(self.tr("Postcode"))
        self.postcode_edit.setMaximumWidth(110)
        self.place_box = QWidget()
        place = QHBoxLayout(self.place_box)
        place.setContentsMargins(0, 0, 0, 0)
        place.addWidget(self.town_edit, 1)
        place.addWidget(self.postcode_edit)
        self.distance_spin = QSpinBox()
        self.distance_spin.setRange(0, MAX_DISTANCE_KM)
        self.distance_spin.setSingleStep(10)
        self.distance_spin.setSpecialValueText(self.tr("no limit"))
        self.distance_spin.setSuffix(self.tr(" km"))
        self.distance_spin.setToolTip(self.tr("At most this far from the town above"))

    def _band_combo(self, anything: str) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(anything, None)
        for band in HeadcountBand:
            if band is not HeadcountBand.NN:
                combo.addItem(band.label, band.value)
        return combo

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(SECTION_STYLE)
        return label

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)  # not the 24 px between the columns, inherited otherwise
        form.setHorizontalSpacing(12)
        return form

    def _need_column(self) -> QVBoxLayout:
        form = self._form()
        add_row(form, self.tr("&Organisation"), self.organisation, self.errors, "organisation")
        add_row(form, self.tr("Expressed &by"), self.contact_combo, self.errors, "contact")
        add_row(form, self.tr("&Title"), self.title_edit, self.errors, "title")
        add_row(form, self.tr("&Description"), self.description_edit)
        add_row(form, self.tr("&Received on"), self.received_edit, self.errors, "received_on")
        add_row(form, self.tr("Dead&line"), self.deadline, self.errors, "deadline")
        add_row(form, self.tr("Stat&us"), self.status_combo)
        column = QVBoxLayout()
        column.addWidget(self._section(self.tr("The need")))
        column.addLayout(form)
        column.addStretch(1)
        return column

    def _criteria_column(self) -> QVBoxLayout:
        form = self._form()
        add_row(form, self.tr("&Capabilities sought"), self.keywords_edit)
        add_row(form, self.tr("T&ags"), self.tags_edit)
        add_row(form, self.tr("&NAF codes"), self.naf_edit, self.errors, "naf_codes")
        form.addRow("", self.naf_labels)
        add_row(form, self.tr("&Headcount"), self.headcount_box, self.errors, "headcount")
        add_row(form, self.tr("N&ear"), self.place_box)
        add_row(form, self.tr("&Within"), self.distance_spin, self.errors, "distance")
        hint = QLabel(
            self.tr(
                "The suggested SMEs are ranked by these criteria: shared tags, words of their "
                "capabilities, NAF code, size, distance and membership."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        column = QVBoxLayout()
        column.addWidget(self._section(self.tr("What is sought")))
        column.addLayout(form)
        column.addWidget(hint)
        column.addStretch(1)
        return column

    # --- organisation and its people -----------------------------------------------------

    def _set_organisation(self, view: OrganisationView) -> None:
        detail = " · ".join(p for p in (view.draft.town, view.kind_label) if p)
        self.organisation.set_items([Choice(view.id, view.name, detail)])

    def _organisation_changed(self, keep_contact: int | None = None) -> None:
        """The combo lists the chosen organisation's current people (and the one already chosen)."""
        wanted = keep_contact if keep_contact is not None else self.contact_combo.currentData()
        self.contact_combo.clear()
        organisation_id = self.organisation.current_id()
        if organisation_id is None:
            self.contact_combo.addItem(self.tr("Choose the organisation first"), None)
            self.contact_combo.setEnabled(False)
            return
        self.contact_combo.setEnabled(True)
        self.contact_combo.addItem(self.tr("Nobody in particular"), None)
        self.ctx.ops.query(
            self,
            "people",
            lambda uow: get_organisation(organisation_id, uow).affiliations,
            lambda affiliations: self._show_people(affiliations, wanted),
        )

    def _show_people(self, affiliations: tuple[AffiliationView, ...], wanted: int | None) -> None:
        people: dict[int, str] = {}
        for a in affiliations:
            if a.current or a.contact_id == wanted:
                role = a.role or a.contact_job_title
                people.setdefault(a.contact_id, f"{a.contact_name} — {role}" if role else a.contact_name)
        for contact_id, text in sorted(people.items(), key=lambda item: item[1].casefold()):
            self.contact_combo.addItem(text, contact_id)
        self.contact_combo.setCurrentIndex(max(self.contact_combo.findData(wanted), 0))
        self.sig_people_shown.emit()

    # --- values ----------------------------------------------------------------------------

    def draft(self) -> NeedDraft:
        distance = self.distance_spin.value()
        return NeedDraft(
            organisation_id=self.organisation.current_id(),
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            keywords=self.keywords_edit.text(),
            tags=self.tags_edit.text().split(","),
            naf_codes=self.naf_edit.text(),
            headcount_min=_band(self.headcount_min.currentData()),
            headcount_max=_band(self.headcount_max.currentData()),
            town=self.town_edit.text(),
            postcode=self.postcode_edit.text(),
            max_distance_km=distance or None,
            deadline=self.deadline.value(),
            status=NeedStatus(self.status_combo.currentData()),
            received_on=self.received_edit.date().toPython(),
            contact_id=self.contact_combo.currentData(),
        )

    def _fill(self, draft: NeedDraft, organisation: OrganisationView | None) -> None:
        if organisation is not None:
            self.organisation.blockSignals(True)
            self._set_organisation(organisation)
            self.organisation.blockSignals(False)
        self._organisation_changed(keep_contact=draft.contact_id)
        self.title_edit.setText(draft.title)
        self.description_edit.setPlainText(draft.description)
        self.keywords_edit.setText(draft.keywords)
        self.tags_edit.setText(", ".join(draft.tags))
        self.naf_edit.setText(draft.naf_codes)
        for combo, band in (
            (self.headcount_min, draft.headcount_min),
            (self.headcount_max, draft.headcount_max),
        ):
            combo.setCurrentIndex(max(combo.findData(band.value if band else None), 0))
        self.town_edit.setText(draft.town)
        self.postcode_edit.setText(draft.postcode)
        self.distance_spin.setValue(draft.max_distance_km or 0)
        self.deadline.set_value(draft.deadline)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(NeedStatus(draft.status).value), 0))
        if draft.received_on is not None:
            day = draft.received_on
            self.received_edit.setDate(to_qdate(day))

    # --- checks ----------------------------------------------------------------------------

    def _naf_changed(self) -> None:
        labels = []
        for code in split_naf_codes(self.naf_edit.text()):
            try:
                cleaned = clean_naf_code(code)
            except InvalidValue:
                continue
            line = f"{cleaned} – {naf_label(cleaned)}"
            if line not in labels:
                labels.append(line)
        self.naf_labels.setText("\n".join(labels))
        self.naf_labels.setVisible(bool(labels))

    def _check_naf(self) -> None:
        for code in split_naf_codes(self.naf_edit.text()):
            try:
                clean_naf_code(code)
            except InvalidValue as error:
                self.errors.set("naf_codes", error.message())
                return
        self.errors.set("naf_codes", None)

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        self.general_error.hide()
        if self.organisation.pending_text():
            message = self.tr("“{text}” was not chosen: pick it in the list with Enter, or clear it.")
            self.errors.clear()
            self.errors.set("organisation", message.format(text=self.organisation.pending_text()))
            self.organisation.setFocus()
            return
        draft, need_id = self.draft(), self.need_id
        if need_id is None:
            work = lambda uow: add_need(draft, uow)  # noqa: E731
        else:
            work = lambda uow: update_need(need_id, draft, uow)  # noqa: E731
        self.submit(
            work,
            changed="needs",
            errors=self.errors,
            on_saved=lambda view: self.sig_saved.emit(view.id),
            on_unplaced=self._show_general,
        )

    def _show_general(self, messages: list[str]) -> None:
        self.general_error.setText("\n".join(messages))
        self.general_error.show()


def _read(
    uow,
    need_id: int | None,
    organisation_id: int | None,  # noqa: ANN001
) -> tuple[FilterChoices, NeedDraft | None, OrganisationView | None]:
    """What the dialog shows: the tags and towns to complete, the need, and its organisation."""
    choices = filter_choices(uow)
    draft = get_need(need_id, uow).draft if need_id is not None else None
    wanted = draft.organisation_id if draft is not None else organisation_id
    try:
        organisation = get_organisation(wanted, uow) if wanted is not None else None
    except NotFound:
        organisation = None
    return choices, draft, organisation


def _band(value: str | None) -> HeadcountBand | None:
    return HeadcountBand(value) if value else None
