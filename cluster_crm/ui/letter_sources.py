"""Choose the record a letter is previewed with: an organisation, a person, an interaction or an
introduction, picked by typing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from cluster_crm.services.dto import Choice
from cluster_crm.services.letter_sources import recipient_of, source_choices
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.widgets.participant_picker import ParticipantPicker

WORK_KINDS = ("interaction", "introduction")
"""Sources that fill the meeting's or the introduction's fields: the letter is the stored template's."""


@dataclass(frozen=True)
class LetterSource:
    kind: str  # "organisation", "contact", "interaction" or "introduction"
    record_id: int

    @property
    def from_work(self) -> bool:
        return self.kind in WORK_KINDS

    def recipient(self, uow: Any) -> tuple[int, int | None]:
        """(organisation id, contact id): a person is written to at their current organisation."""
        return recipient_of(self.kind, self.record_id, uow)


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
        self._kind = "organisation"  # read by the search off the GUI thread: never the combo itself
        self.picker = ParticipantPicker(
            ctx.ops, self._choices, self.tr("Type a few letters, then Enter"), single=True
        )
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.picker, 1)
        self.setFocusProxy(self.kind_combo)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _kind_changed(self) -> None:
        self._kind = self.kind()
        self.picker.set_items([])

    def _choices(self, uow: Any, text: str) -> list[Choice]:
        return source_choices(self._kind, text, uow)

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
