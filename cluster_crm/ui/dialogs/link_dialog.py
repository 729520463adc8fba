"""Create, edit or delete a typed link from one organisation to another (client of, subsidiary of…)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.errors import DomainError
from cluster_crm.domain.relationships import NOTE_MAX, LinkDraft, LinkKind
from cluster_crm.services import relationships as service
from cluster_crm.services.dto import Choice
from cluster_crm.services.introduction_dto import LinkView
from cluster_crm.services.organisations import get_organisation, organisation_choices
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog, FieldErrors
from cluster_crm.ui.dialogs.confirm_delete import confirm_delete
from cluster_crm.ui.widgets.forms import OptionalDate, add_row
from cluster_crm.ui.widgets.participant_picker import ParticipantPicker


class LinkDialog(BaseDialog):
    geometry_key = "link_dialog"

    sig_saved = Signal(int)
    """The link was stored or deleted; the id of the organisation it was opened from."""

    def __init__(
        self,
        ctx: AppContext,
        organisation_id: int,
        link: LinkView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.organisation_id = organisation_id
        self.link = link
        self.organisation_name = ""
        self.setWindowTitle(self.tr("New relationship") if link is None else self.tr("Edit relationship"))
        self.errors = FieldErrors()

        self.kind_combo = QComboBox()
        for kind in LinkKind:
            self.kind_combo.addItem(kind.label, kind)
        self.other_picker = ParticipantPicker(
            ctx.ops, self._search, self.tr("Type a few letters of the other organisation…")
        )
        self.start = OptionalDate(self.tr("Known"), self.ctx.clock.today())
        self.end = OptionalDate(self.tr("Has ended"), self.ctx.clock.today())
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("e.g. machined parts since the 2020 call for tenders"))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("linkSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("color: #44546a;")

        form = QFormLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        add_row(form, self.tr("Organisation"), self.heading)
        add_row(form, self.tr("&Relationship"), self.kind_combo)
        add_row(form, self.tr("&With"), self.other_picker, self.errors, "other")
        add_row(form, self.tr("&From"), self.start, self.errors, "start_date")
        add_row(form, self.tr("&Until"), self.end, self.errors, "end_date")
        add_row(form, self.tr("&Note"), self.note_edit, self.errors, "note")
        buttons, self.save_button = self.button_box(self.tr("Save"), self.save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        buttons.addButton(self.delete_button, buttons.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(link is not None)  # after addButton, which shows it
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 300)

        if link is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(LinkKind(link.kind)))
            self.other_picker.set_items([Choice(link.other_id, link.other_name)])
            self.start.set_value(link.start_date)
            self.end.set_value(link.end_date)
            self.note_edit.setText(link.note)
        self.kind_combo.currentIndexChanged.connect(self._show_summary)
        self.other_picker.sig_changed.connect(self._other_changed)
        self.load(lambda uow: get_organisation(organisation_id, uow).name, self._named)
        (self.other_picker if link is None else self.kind_combo).setFocus()

    def _named(self, name: str) -> None:
        self.organisation_name = name
        self.heading.setText(name)
        self._show_summary()

    # --- values --------------------------------------------------------------------------

    def draft(self) -> LinkDraft:
        ids = self.other_picker.ids()
        return LinkDraft(
            organisation_id=self.organisation_id,
            kind=LinkKind(self.kind_combo.currentData()),
            other_id=ids[0] if ids else None,
            start_date=self.start.value(),
            end_date=self.end.value(),
            note=self.note_edit.text(),
        )

    def _search(self, uow, text: str) -> list[Choice]:  # noqa: ANN001
        """Organisations matching ``text``, except this one: it cannot be linked to itself."""
        return [c for c in organisation_choices(text, uow) if c.id != self.organisation_id]

    def _other_changed(self) -> None:
        ids = self.other_picker.ids()
        if len(ids) > 1:  # one other organisation: picking another one replaces it
            for other_id in ids[:-1]:
                self.other_picker.remove_id(other_id)
            return  # remove_id signals the change again
        self.errors.set("other", None)
        self._show_summary()

    def _show_summary(self) -> None:
        """Spell the link out, both ways, so that its direction cannot be mistaken."""
        choices = self.other_picker.choices()
        if not choices:
            self.summary_label.clear()
            return
        kind = LinkKind(self.kind_combo.currentData())
        sentence = self.tr("{organisation} is {kind} {other}.")
        self.summary_label.setText(
            "\n".join(
                sentence.format(organisation=first, kind=k.label, other=second)
                for first, k, second in (
                    (self.organisation_name, kind, choices[0].label),
                    (choices[0].label, kind.reverse, self.organisation_name),
                )
            )
        )

    # --- saving and deleting -------------------------------------------------------------

    def save(self) -> None:
        draft, link = self.draft(), self.link
        if link is None:
            work = lambda uow: service.add_link(draft, uow)  # noqa: E731
        else:
            work = lambda uow: service.update_link(link.id, draft, uow)  # noqa: E731

        def refused(error: DomainError) -> bool:  # the other organisation was deleted meanwhile
            self.errors.set("other", error.message())
            return True

        self.submit(
            work,
            changed="organisations",
            errors=self.errors,
            on_saved=lambda _view: self.sig_saved.emit(self.organisation_id),
            on_unplaced=lambda messages: self.errors.set("other", "\n".join(messages)),
            on_error=refused,
        )

    def delete(self) -> None:
        if self.link is None:
            return
        name = f"{self.link.label} {self.link.other_name}"
        if not confirm_delete(self, name, []):
            return
        link_id = self.link.id
        self.submit(
            lambda uow: service.delete_link(link_id, uow),
            changed="organisations",
            on_saved=lambda _none: self.sig_saved.emit(self.organisation_id),
            on_error=lambda _error: self._gone(),  # already gone: the pane is refreshed all the same
        )

    def _gone(self) -> bool:
        self.ctx.ops.announce("organisations")
        self.sig_saved.emit(self.organisation_id)
        self.accept()
        return True
