"""Letters from the work itself: a follow-up letter after an interaction, the two letters of an
introduction; previewed, then printed or saved and recorded on the recipients' timelines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from cluster_crm.domain.interactions import Delay, FollowUpDraft, InteractionKind
from cluster_crm.services.dto import InteractionView
from cluster_crm.services.interactions import get_interaction
from cluster_crm.services.letter_delivery import GenerationResult, generate
from cluster_crm.services.letter_templates import LetterTemplateView, list_templates
from cluster_crm.services.letterhead import get_letterhead
from cluster_crm.services.letters import EVENT_THANKS, FOLLOW_UP, PreparedLetter, letter_for_interaction
from cluster_crm.services.letters import letters_for_introduction as prepare_introduction_letters
from cluster_crm.services.progress import Progress
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog
from cluster_crm.ui.dialogs.pdf_preview import PdfPreviewDialog, preview_generated


def template_combo(ctx: AppContext, preferred_key: str | None, purposes: tuple[str, ...]) -> QComboBox:
    """The templates (those for ``purposes`` first), the one with ``preferred_key`` chosen, listed
    as soon as they are read."""
    combo = QComboBox()
    ctx.ops.query(
        combo, "templates", list_templates, lambda rows: fill_templates(combo, rows, preferred_key, purposes)
    )
    return combo


def fill_templates(
    combo: QComboBox,
    templates: list[LetterTemplateView],
    preferred_key: str | None,
    purposes: tuple[str, ...],
) -> None:
    combo.clear()
    for template in sorted(templates, key=lambda t: (t.purpose not in purposes, t.name)):
        combo.addItem(template.name, template.name)
        if template.key == preferred_key:
            combo.setCurrentIndex(combo.count() - 1)


def recorder(ctx: AppContext, letters: list[PreparedLetter], follow_up: FollowUpDraft | None = None):  # noqa: ANN201
    """What the preview runs to record ``letters`` once printed or saved: the PDF attached."""
    attachments_dir = ctx.attachments_dir

    def record(uow, path: Path) -> GenerationResult:  # noqa: ANN001
        return generate(letters, path, uow, attachments_dir, follow_up)

    return record


class FollowUpLetterDialog(BaseDialog):
    """Which letter after an interaction: the template, the recipient, and when to follow it up."""

    geometry_key = "follow_up_letter_dialog"

    sig_previewed = Signal(object)
    """The letter is in the preview; the PdfPreviewDialog."""

    def __init__(
        self,
        ctx: AppContext,
        interaction_id: int,
        parent: QWidget | None = None,
        preview_parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.interaction_id = interaction_id
        self._preview_parent = preview_parent or parent
        self.preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Follow-up letter"))
        self.template_combo = QComboBox()
        self.recipient_combo = QComboBox()
        self.recipient_combo.addItem(self.tr("The first participant a letter can reach"), None)
        self.follow_up_combo = QComboBox()
        self.follow_up_combo.addItem(self.tr("No follow-up"), None)
        for delay in Delay:
            self.follow_up_combo.addItem(delay.label, delay.value)
        self.follow_up_note_edit = QLineEdit()
        self.follow_up_note_edit.setPlaceholderText(self.tr("What to do (e.g. call back about the offer)"))
        self.follow_up_note_edit.setEnabled(False)
        self.follow_up_combo.currentIndexChanged.connect(
            lambda _i: self.follow_up_note_edit.setEnabled(self.follow_up_combo.currentData() is not None)
        )
        follow_up = QWidget()
        follow_up_layout = QHBoxLayout(follow_up)
        follow_up_layout.setContentsMargins(0, 0, 0, 0)
        follow_up_layout.addWidget(self.follow_up_combo)
        follow_up_layout.addWidget(self.follow_up_note_edit, 1)
        follow_up.setFocusProxy(self.follow_up_combo)
        form = QFormLayout()
        form.addRow(self.tr("&Template"), self.template_combo)
        form.addRow(self.tr("&Recipient"), self.recipient_combo)
        form.addRow(self.tr("&Follow up"), follow_up)
        buttons, self.preview_button = self.button_box(self.tr("Preview…"), self.make_letter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        attachments_dir = ctx.attachments_dir
        self.load(
            lambda uow: (get_interaction(interaction_id, uow, attachments_dir), list_templates(uow)),
            self._fill,
        )

    def _fill(self, loaded: tuple[InteractionView, list[LetterTemplateView]]) -> None:
        view, templates = loaded
        key = EVENT_THANKS if view.kind == InteractionKind.EVENT.value else FOLLOW_UP
        fill_templates(self.template_combo, templates, key, ("interaction",))
        for contact in view.contacts:
            label = f"{contact.label} — {contact.detail}" if contact.detail else contact.label
            self.recipient_combo.addItem(label, contact.id)
        if view.contacts:
            self.recipient_combo.setCurrentIndex(1)

    def follow_up(self) -> FollowUpDraft | None:
        value = self.follow_up_combo.currentData()
        if value is None:
            return None
        return FollowUpDraft(
            due_date=Delay(value).after(self.ctx.clock.today()), note=self.follow_up_note_edit.text()
        )

    def make_letter(self) -> None:
        ctx, interaction_id = self.ctx, self.interaction_id
        template, contact_id = self.template_combo.currentData(), self.recipient_combo.currentData()
        follow_up = self.follow_up()

        def work(uow, path: Path, progress: Progress) -> PreparedLetter:  # noqa: ANN001
            from cluster_crm.documents.letter_pdf import write_letters  # reportlab loads only to print

            prepared = letter_for_interaction(interaction_id, uow, template, contact_id)
            write_letters([prepared.letter], get_letterhead(uow), path, progress)
            return prepared

        def shown(preview: PdfPreviewDialog, prepared: PreparedLetter) -> None:
            preview.setWindowTitle(self.tr("Letter to {recipient}").format(recipient=prepared.recipient))
            preview.offer_recording(recorder(ctx, [prepared], follow_up))
            self.preview = preview
            self.sig_previewed.emit(preview)
            self.accept()

        preview_generated(
            self._preview_parent or self,
            ctx,
            self.tr("Writing the letter…"),
            self.tr("Follow-up letter"),
            self.tr("letter.pdf"),
            work,
            shown,
        )


def follow_up_letter(ctx: AppContext, interaction_id: int, parent: QWidget) -> FollowUpLetterDialog:
    """Ask which letter, then preview it; printed or saved, it is recorded with its follow-up.

    Asked from a dialog (the interaction's), the preview belongs to that dialog's window, so that it
    stays open when the dialog is closed."""
    preview_parent = (
        parent.parentWidget() if isinstance(parent, QDialog) and parent.parentWidget() else parent
    )
    dialog = FollowUpLetterDialog(ctx, interaction_id, parent, preview_parent)
    dialog.open()
    return dialog


def introduction_letters(ctx: AppContext, introduction_id: int, parent: QWidget) -> None:
    """The letters to both parties of an introduction in one PDF, previewed; recorded on both
    timelines (and on the introduction) once printed or saved."""

    def work(uow, path: Path, progress: Progress) -> list[PreparedLetter]:  # noqa: ANN001
        from cluster_crm.documents.letter_pdf import write_letters

        letters = prepare_introduction_letters(introduction_id, uow)
        write_letters([p.letter for p in letters], get_letterhead(uow), path, progress)
        return letters

    def shown(preview: PdfPreviewDialog, letters: list[PreparedLetter]) -> None:
        preview.offer_recording(recorder(ctx, letters))

    preview_generated(
        parent,
        ctx,
        _tr("Writing the letters…"),
        _tr("Letters to both parties"),
        _tr("introduction letters.pdf"),
        work,
        shown,
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterActions", text)
