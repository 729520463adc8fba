"""Choose the record a letter is previewed with: an organisation or a person, picked by typing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.contacts import contact_choices, get_contact
from cluster_crm.services.dto import Choice
from cluster_crm.services.organisations import organisation_choices
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.widgets.participant_picker import ParticipantPicker

SOURCE_KINDS = ("organisation", "contact")


@dataclass(frozen=True)
class LetterSource:
    kind: str  # "organisation" or "contact"
    record_id: int

    def recipient(self, uow: UnitOfWork) -> tuple[int, int | None]:
        """(organisation id, contact id): a person is written to at their current organisation."""
        if self.kind == "organisation":
            return self.record_id, None
        view = get_contact(self.record_id, uow)
        current = [a for a in view.affiliations if a.current] or list(view.affiliations)
        if not current:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "{name} belongs to no organisation: a letter needs its address."),
                name=view.name,
            )
        return current[0].organisation_id, self.record_id


class LetterSourcePicker(QWidget):
    """A kind (organisation or person) and the record of that kind, typed then chosen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("an organisation"), "organisation")
        self.kind_combo.addItem(self.tr("a person"), "contact")
        self.picker = ParticipantPicker(self._choices, self.tr("Type a few letters, then Enter"), single=True)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.picker.set_items([]))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.picker, 1)
        self.setFocusProxy(self.kind_combo)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _choices(self, text: str) -> list[Choice]:
        if self.kind() == "organisation":
            return organisation_choices(text, self.ctx.uow())
        return contact_choices(text, self.ctx.uow()) if text else []

    def choose(self, kind: str, choice: Choice) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.picker.set_items([choice])

    def prefer(self, purpose: str) -> None:
        """A template written to people (after a meeting, an introduction) is previewed with a person."""
        if not self.picker.ids():
            self.kind_combo.setCurrentIndex(
                self.kind_combo.findData("organisation" if purpose == "general" else "contact")
            )

    def value(self) -> LetterSource | None:
        record_id = self.picker.current_id()
        return None if record_id is None else LetterSource(self.kind(), record_id)

    def show_missing(self) -> None:
        self.picker.setProperty("invalid", True)
        self.picker.setToolTip(self.tr("Choose the organisation or the person to preview the letter with"))
        self.picker.setFocus()
