"""Choose the record a letter is previewed with: an organisation, a person, an interaction or an
introduction, picked by typing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from cluster_crm.db.uow import UnitOfWork
from cluster_crm.domain.dates import short_date
from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import QT_TRANSLATE_NOOP
from cluster_crm.services.contacts import contact_choices, get_contact
from cluster_crm.services.dto import Choice
from cluster_crm.services.interactions import timeline
from cluster_crm.services.introductions import introduction_rows
from cluster_crm.services.organisations import organisation_choices
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.widgets.participant_picker import ParticipantPicker

SOURCE_KINDS = ("organisation", "contact", "interaction", "introduction")
WORK_KINDS = ("interaction", "introduction")
"""Sources that fill the meeting's or the introduction's fields: the letter is the stored template's."""
ORGANISATIONS_SEARCHED = 5
INTERACTIONS_EACH = 6


@dataclass(frozen=True)
class LetterSource:
    kind: str  # one of SOURCE_KINDS
    record_id: int

    @property
    def from_work(self) -> bool:
        return self.kind in WORK_KINDS

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
        self.kind_combo.addItem(self.tr("an interaction"), "interaction")
        self.kind_combo.addItem(self.tr("an introduction"), "introduction")
        self.kind_combo.setToolTip(
            self.tr(
                "With an interaction or an introduction, its fields are filled in (the saved template is used)"
            )
        )
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
        kind, uow = self.kind(), self.ctx.uow
        if kind == "organisation":
            return organisation_choices(text, uow())
        if kind == "contact":
            return contact_choices(text, uow()) if text else []
        if kind == "introduction":
            rows = introduction_rows(uow(), text=text)[:30]
            return [Choice(r.id, r.title, r.status_label) for r in rows]
        choices = []
        for organisation in organisation_choices(text, uow())[:ORGANISATIONS_SEARCHED]:
            for entry in timeline(uow(), organisation_id=organisation.id, limit=INTERACTIONS_EACH):
                label = f"{short_date(entry.starts_at.date())} — {entry.subject or entry.kind_label}"
                choices.append(Choice(entry.id, label, organisation.label))
        return choices

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
