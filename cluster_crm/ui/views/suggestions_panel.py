"""The SMEs suggested for a need, best first, with why they match and what counts against them."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.errors import DomainError
from cluster_crm.services.introduction_dto import NeedView, Suggestion
from cluster_crm.services.matchmaking import dismiss_suggestion, restore_suggestion, suggestions
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.dismiss_dialog import DismissDialog
from cluster_crm.ui.dialogs.introduction_dialog import IntroductionDialog
from cluster_crm.ui.views.suggestion_card import CARD_STYLE, MUTED, SuggestionCard

LIMIT = 50


class SuggestionsPanel(QWidget):
    """Ranked SMEs for the shown need; Introduce opens a filled-in introduction, Set aside remembers."""

    sig_open_record = Signal(str, int)
    """A link: ``(kind, id)`` with kind "organisation" (a suggested SME) or "introduction"."""

    sig_loaded = Signal(int)
    """Suggestions were read and shown; the argument is how many cards are shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.need: NeedView | None = None
        self.dismiss_dialog: DismissDialog | None = None
        self.introduction_dialog: IntroductionDialog | None = None
        self._cards: list[SuggestionCard] = []
        self._stale = False
        self.loaded_for: int | None = None
        """The need whose suggestions are shown (None while the first reading is under way)."""
        self.setStyleSheet(CARD_STYLE)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("suggestionsSummary")
        self.summary_label.setStyleSheet(f"color: {MUTED};")
        self.updating_label = QLabel(self.tr("Updating…"))
        self.updating_label.setStyleSheet(f"color: {MUTED}; font-style: italic;")
        self.updating_label.hide()
        self.show_dismissed = QCheckBox(self.tr("Show the ones set aside"))
        self.show_dismissed.toggled.connect(lambda _on: self.refresh(quiet=True))
        header = QHBoxLayout()
        header.setContentsMargins(2, 0, 2, 0)
        header.addWidget(self.summary_label)
        header.addWidget(self.updating_label)
        header.addStretch(1)
        header.addWidget(self.show_dismissed)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message_label = QLabel()
        self.message_label.setObjectName("emptyState")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setStyleSheet(f"color: {MUTED}; padding: 16px; font-size: 10.5pt;")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(180, 6)
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message_label)
        message_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(message_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self._show_message(self.tr("Select a need to see the SMEs that could meet it."))

    # --- content ---------------------------------------------------------------------------

    def show_need(self, need: NeedView | None) -> None:
        """Show the suggestions for ``need``; the same need again is refreshed in place."""
        same = need is not None and self.need is not None and need.id == self.need.id
        self.need = need
        if need is None or not same:
            self.loaded_for = None
        if need is None:
            self.ctx.ops.cancel(self, "suggestions")
            self._clear_cards()
            self.summary_label.clear()
            self._show_message(self.tr("Select a need to see the SMEs that could meet it."))
            return
        self.refresh(quiet=same and bool(self._cards))

    def refresh(self, quiet: bool = False) -> None:
        """Read the suggestions again off the GUI thread; ``quiet`` keeps the cards shown meanwhile."""
        if self.need is None:
            return
        need_id = self.need.id
        include = self.show_dismissed.isChecked()
        if not quiet:
            self._clear_cards()
            self.summary_label.clear()
            self._show_message(self.tr("Looking for SMEs…"), busy=True)
        if not self.isVisible():
            self._stale = True  # read once shown: no matchmaking for a panel nobody looks at
            return
        self._stale = False
        if quiet:
            self.updating_label.show()
        self.ctx.ops.query(
            self,
            "suggestions",
            lambda uow: suggestions(need_id, uow, limit=LIMIT, include_dismissed=include),
            self._show,
            on_done=self._loaded,
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh(quiet=bool(self._cards))

    def cards(self) -> list[SuggestionCard]:
        return list(self._cards)

    def card_of(self, organisation_id: int) -> SuggestionCard | None:
        return next((c for c in self._cards if c.suggestion.organisation_id == organisation_id), None)

    def _loaded(self) -> None:
        self.updating_label.hide()

    def _show(self, rows: list[Suggestion]) -> None:
        position = self.scroll.verticalScrollBar().value() if self._cards else 0
        self._clear_cards()
        self.loaded_for = self.need.id if self.need is not None else None
        if not rows:
            self.summary_label.clear()
            self._show_message(
                self.tr(
                    "No SME matches this need yet. Add capabilities sought, tags or NAF codes to "
                    "widen the search."
                )
            )
            self.sig_loaded.emit(0)
            return
        best = max((s.score for s in rows), default=0.0)
        container = QWidget()
        container.setObjectName("suggestionList")
        column = QVBoxLayout(container)
        column.setContentsMargins(2, 2, 8, 2)
        column.setSpacing(6)
        for rank, suggestion in enumerate(rows, 1):
            card = SuggestionCard(rank, suggestion, best)
            card.sig_action.connect(self._card_action)
            column.addWidget(card)
            self._cards.append(card)
        column.addStretch(1)
        self.scroll.setWidget(container)
        self.stack.setCurrentWidget(self.scroll)
        self._update_summary()
        self.scroll.verticalScrollBar().setValue(position)
        self.sig_loaded.emit(len(rows))

    def _update_summary(self) -> None:
        shown = [c for c in self._cards if not c.suggestion.dismissed]
        text = self.tr("%n SME(s), best match first", "", len(shown))
        dismissed = len(self._cards) - len(shown)
        if dismissed:
            text += " · " + self.tr("%n set aside", "", dismissed)
        self.summary_label.setText(text)

    def _clear_cards(self) -> None:
        self._cards = []
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()

    def _show_message(self, text: str, busy: bool = False) -> None:
        self.message_label.setText(text)
        self.busy_bar.setVisible(busy)
        self.stack.setCurrentIndex(1)

    # --- actions ---------------------------------------------------------------------------

    def _card_action(self, action: str, suggestion: Suggestion) -> None:
        if action == "open":
            self.sig_open_record.emit("organisation", suggestion.organisation_id)
        elif action == "introduction" and suggestion.already_introduced_id is not None:
            self.sig_open_record.emit("introduction", suggestion.already_introduced_id)
        elif action == "present":
            self.present(suggestion.organisation_id)
        elif action == "dismiss":
            self.ask_dismiss(suggestion.organisation_id)
        elif action == "restore":
            self.restore(suggestion.organisation_id)

    def present(self, organisation_id: int) -> IntroductionDialog | None:
        """Open a new introduction of this SME for the need, filled in: the animator only saves it."""
        card = self.card_of(organisation_id)
        if self.need is None or card is None or card.suggestion.blocked:
            return None
        s = card.suggestion
        dialog = IntroductionDialog(
            self.ctx,
            None,
            self,
            contracting_id=self.need.organisation_id,
            contracting_contact_id=self.need.contact_id,
            sme_id=s.organisation_id,
            sme_contact_id=s.contact_id,
            need_id=self.need.id,
        )
        self.introduction_dialog = dialog
        dialog.open()
        return dialog

    def ask_dismiss(self, organisation_id: int) -> DismissDialog | None:
        card = self.card_of(organisation_id)
        if self.need is None or card is None:
            return None
        dialog = DismissDialog(self.ctx, card.suggestion.name, self)
        dialog.sig_dismissed.connect(partial(self.dismiss, self.need.id, organisation_id))
        self.dismiss_dialog = dialog
        dialog.open()
        return dialog

    def dismiss(self, need_id: int, organisation_id: int, reason: str = "") -> None:
        card = self.card_of(organisation_id)
        if card is not None and shiboken6.isValid(card) and not self.show_dismissed.isChecked():
            self._cards.remove(card)
            card.hide()  # gone at once; the refresh that follows the change redraws the list
            self._update_summary()

        def refused(_error: DomainError) -> bool:
            self.refresh(quiet=True)  # the card comes back; the message box says why
            return False

        self.ctx.ops.action(
            self,
            lambda uow: dismiss_suggestion(need_id, organisation_id, reason, uow),
            changed="needs",
            on_error=refused,
        )

    def restore(self, organisation_id: int) -> None:
        if self.need is None:
            return
        need_id = self.need.id
        self.ctx.ops.action(
            self, lambda uow: restore_suggestion(need_id, organisation_id, uow), changed="needs"
        )
