"""Move an introduction along its pipeline, asking only for what the chosen stage requires."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.errors import Problem, ValidationFailed
from cluster_crm.domain.introductions import (
    CloseReason,
    IntroductionStatus,
    Outcome,
    StatusChange,
    parse_check_up_months,
)
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.introduction_dto import IntroductionView
from cluster_crm.services.introductions import change_status, get_introduction
from cluster_crm.services.settings import check_up_months
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dates import to_qdate
from cluster_crm.ui.dialogs.base import BaseDialog, FieldErrors
from cluster_crm.ui.views.html import a_date
from cluster_crm.ui.widgets.forms import OptionalDate, add_row

S = IntroductionStatus


def next_status(status: IntroductionStatus) -> IntroductionStatus:
    """The usual next stage: the one after, or "in progress" again after an ending (reopening)."""
    if status.is_final:
        return S.IN_PROGRESS
    return list(S)[status.rank + 1]


def parse_amount(text: str) -> int | None:
    """``"45 000"``, ``"45 000 €"`` or ``"45000,00"`` → 45000; ValueError on anything else."""
    cleaned = text.replace("€", "").replace("\u202f", "").replace("\xa0", "").replace(" ", "").strip()
    if not cleaned:
        return None
    if "," in cleaned:
        whole, _, cents = cleaned.partition(",")
        if not cents.isdigit() or len(cents) > 2:
            raise ValueError(text)
        cleaned = whole
    if not cleaned.isdigit():
        raise ValueError(text)
    return int(cleaned)


class StatusDialog(BaseDialog):
    geometry_key = "status_dialog"

    sig_saved = Signal(int)
    """The introduction moved to its new stage; its id."""

    def __init__(
        self,
        ctx: AppContext,
        introduction_id: int,
        parent: QWidget | None = None,
        target: IntroductionStatus | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.introduction_id = introduction_id
        self.view: IntroductionView | None = None
        self._wanted = target
        self.setWindowTitle(self.tr("Change the stage of the introduction"))
        self.errors = FieldErrors()
        self.title_label = QLabel()
        self.current_label = QLabel()
        self.current_label.setStyleSheet("color: #57606a;")
        self.status_combo = QComboBox()
        self.date_edit = QDateEdit(to_qdate(ctx.clock.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.contracting_agreed = OptionalDate(self.tr("Agreed on"), self.ctx.clock.today())
        self.sme_agreed = OptionalDate(self.tr("Agreed on"), self.ctx.clock.today())
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("Choose the outcome…"), None)
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome.label, outcome.value)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("optional, in euros, e.g. 45 000"))
        self.reason_combo = QComboBox()
        self.reason_combo.addItem(self.tr("Choose the reason…"), None)
        for reason in CloseReason:
            self.reason_combo.addItem(reason.label, reason.value)
        self.check_up_edit = QLineEdit()
        self.check_up_edit.setToolTip(self.tr("Months after the introduction when its outcome is checked"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What happened, in a few words (kept in the history)"))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(self.form, self.tr("New &stage"), self.status_combo, self.errors, "status")
        add_row(self.form, self.tr("&Date"), self.date_edit, self.errors, "changed_on")
        add_row(self.form, "", self.contracting_agreed, self.errors, "contracting_agreed_on")
        add_row(self.form, "", self.sme_agreed, self.errors, "sme_agreed_on")
        add_row(self.form, self.tr("&Outcome"), self.outcome_combo, self.errors, "outcome")
        add_row(self.form, self.tr("&Amount"), self.amount_edit, self.errors, "amount")
        add_row(self.form, self.tr("&Reason"), self.reason_combo, self.errors, "close_reason")
        add_row(self.form, self.tr("Check-ups after (months)"), self.check_up_edit, self.errors, "check_up")
        add_row(self.form, self.tr("&Note"), self.note_edit, self.errors, "note")
        self.agreements_label = QLabel(self.tr("Both sides' agreement to be introduced:"))
        self.agreements_label.setStyleSheet("color: #44546a; font-weight: 600;")
        self.form.insertRow(2, self.agreements_label)
        buttons, self.save_button = self.button_box(self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.current_label)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.status_combo.setFocus()
        self.resize(560, self.sizeHint().height())
        self.load(lambda uow: (get_introduction(introduction_id, uow), check_up_months(uow)), self._fill)

    def _fill(self, loaded: tuple[IntroductionView, tuple[int, ...]]) -> None:
        self.view, months = loaded
        row = self.view.row
        current = S(row.status)
        self.title_label.setText(f"<b>{row.title}</b>")
        self.current_label.setText(
            self.tr("Current stage: {stage}, since {date}").format(
                stage=row.status_label.lower(), date=a_date(row.status_on)
            )
        )
        for status in S:
            if status is not current:
                self.status_combo.addItem(status.label, status.value)
        wanted = (
            self._wanted if self._wanted is not None and self._wanted is not current else next_status(current)
        )
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(wanted.value)))
        for agreed, name, on in (
            (self.contracting_agreed, row.contracting_name, self.view.contracting_agreed_on),
            (self.sme_agreed, row.sme_name, self.view.sme_agreed_on),
        ):
            agreed.set_value(on)
            label = self.form.labelForField(agreed.parentWidget())
            if label is not None:
                label.setText(name)
        self.check_up_edit.setText(", ".join(str(m) for m in months))
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def target(self) -> IntroductionStatus:
        return S(self.status_combo.currentData())

    def _status_changed(self) -> None:
        target = self.target()
        introduced_before = self.view is not None and self.view.introduced_on is not None
        shown = {
            self.agreements_label: target.needs_agreements,
            self.contracting_agreed: target.needs_agreements,
            self.sme_agreed: target.needs_agreements,
            self.outcome_combo: target is S.CONCLUDED,
            self.amount_edit: target is S.CONCLUDED,
            self.reason_combo: target is S.CLOSED,
            self.check_up_edit: target.is_introduced and not target.is_final and not introduced_before,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(
                widget.parentWidget() if widget.parentWidget() is not self else widget, visible
            )
        for agreed in (self.contracting_agreed, self.sme_agreed):
            if target.needs_agreements and agreed.value() is None:
                agreed.check.setChecked(True)  # "agreed today" is the common case; the date stays editable
        self.adjustSize()

    def change(self) -> StatusChange:
        """The move as typed; raises ValidationFailed for an amount or months that are not numbers."""
        target = self.target()
        problems = []
        amount = None
        months: tuple[int, ...] = ()
        if target is S.CONCLUDED:
            try:
                amount = parse_amount(self.amount_edit.text())
            except ValueError:
                text = QT_TRANSLATE_NOOP("Errors", "The amount is a whole number of euros, e.g. 45 000.")
                problems.append(Problem("amount", text))
        if self.check_up_edit.isVisibleTo(self):
            try:
                months = parse_check_up_months(self.check_up_edit.text())
            except ValueError:
                text = QT_TRANSLATE_NOOP(
                    "Errors",
                    "Give whole numbers of months between 1 and 24, separated by commas (e.g. 1, 3).",
                )
                problems.append(Problem("check_up", text))
        if problems:
            raise ValidationFailed(problems)
        outcome = self.outcome_combo.currentData()
        reason = self.reason_combo.currentData()
        needs_agreements = target.needs_agreements
        return StatusChange(
            status=target,
            changed_on=self.date_edit.date().toPython(),
            note=self.note_edit.text(),
            contracting_agreed_on=self.contracting_agreed.value() if needs_agreements else None,
            sme_agreed_on=self.sme_agreed.value() if needs_agreements else None,
            outcome=Outcome(outcome) if outcome else None,
            amount_eur=amount,
            close_reason=CloseReason(reason) if reason else None,
            check_up_months=months,
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            change = self.change()
        except ValidationFailed as error:
            self._show_unplaced(self.errors.show(error))
            return
        introduction_id = self.introduction_id

        def move(uow):  # noqa: ANN001, ANN202 - no months typed: the preferences' check-ups
            months = change.check_up_months or check_up_months(uow)
            return change_status(introduction_id, replace(change, check_up_months=months), uow)

        self.submit(
            move,
            changed="introductions",
            errors=self.errors,
            on_saved=lambda view: self.sig_saved.emit(view.id),
            on_unplaced=self._show_unplaced,
        )

    def _show_unplaced(self, messages: list[str]) -> None:
        if messages:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(messages))
