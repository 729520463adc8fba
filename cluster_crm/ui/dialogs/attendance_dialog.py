"""Tick, in a filtered list of the member organisations, which ones attended an event."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.domain.enums import MembershipStatus
from cluster_crm.domain.queries import OrganisationQuery
from cluster_crm.domain.text import fold, search_words
from cluster_crm.services.dto import Choice, OrganisationRow
from cluster_crm.services.interactions import set_attendance
from cluster_crm.services.organisations import organisation_rows, search_organisation_ids
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog
from cluster_crm.ui.roles import SORT_ROLE
from cluster_crm.ui.widgets.participant_picker import DETAIL_ROLE, ID_ROLE, ChoiceDelegate

FOLDED_ROLE = SORT_ROLE


class AttendanceDialog(BaseDialog):
    """For a stored interaction, OK saves the attendance; for a new one it only hands it back."""

    geometry_key = "attendance_dialog"

    sig_chosen = Signal(list)
    """OK was pressed: the ticked organisations, as a list of Choice (already saved if the
    interaction exists)."""

    def __init__(
        self,
        ctx: AppContext,
        interaction_id: int | None,
        participating: list[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.interaction_id = interaction_id
        self.setWindowTitle(self.tr("Attendance"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name or town — Enter ticks the highlighted one")
        )
        self.list = QListWidget()
        self.list.setItemDelegate(ChoiceDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(320)
        self.check_shown_button = QPushButton(self.tr("Check all shown"))
        self.uncheck_shown_button = QPushButton(self.tr("Uncheck all shown"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        for button in (self.check_shown_button, self.uncheck_shown_button):
            button.setAutoDefault(False)

        tools = QHBoxLayout()
        tools.addWidget(self.check_shown_button)
        tools.addWidget(self.uncheck_shown_button)
        tools.addStretch(1)
        tools.addWidget(self.count_label)
        buttons, self.ok_button = self.button_box(self.tr("OK"), self.save)
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        hint = QLabel(self.tr("Member organisations, and those already taking part."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addLayout(tools)
        layout.addWidget(buttons)
        self.resize(520, 560)

        ticked = {c.id for c in participating}
        self.load(lambda uow: _members_and(ticked, uow), lambda rows: self._fill(rows, ticked))
        self.filter_edit.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _item: self._count())
        self.check_shown_button.clicked.connect(lambda: self._tick_shown(True))
        self.uncheck_shown_button.clicked.connect(lambda: self._tick_shown(False))
        self.filter_edit.installEventFilter(self)
        self.list.installEventFilter(self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self._count()
        self.filter_edit.setFocus()

    def _fill(self, rows: list[OrganisationRow], ticked: set[int]) -> None:
        self.list.blockSignals(True)
        for row in rows:
            parts = [
                row.town,
                "" if row.membership == MembershipStatus.MEMBER.value else row.membership_label,
            ]
            detail = " · ".join(p for p in parts if p)
            item = QListWidgetItem(row.name)
            item.setData(ID_ROLE, row.id)
            item.setData(DETAIL_ROLE, detail)
            item.setData(FOLDED_ROLE, fold(f"{row.name} {row.town}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.filter_edit.text())  # what was typed while the list was read
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self._count()

    # --- values ----------------------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def ticked(self) -> list[Choice]:
        return [
            Choice(item.data(ID_ROLE), item.text(), item.data(DETAIL_ROLE) or "")
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def shown(self) -> list[QListWidgetItem]:
        return [item for item in self._items() if not item.isHidden()]

    # --- behaviour -------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        words = search_words(text)
        for item in self._items():
            item.setHidden(not all(word in item.data(FOLDED_ROLE) for word in words))
        shown = self.shown()
        self.list.setCurrentItem(shown[0] if shown else None)  # Enter ticks the best match

    def _tick_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for item in self.shown():
            item.setCheckState(state)
        self.list.blockSignals(False)
        self.list.viewport().update()
        self._count()

    def _toggle_current(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _count(self) -> None:
        self.count_label.setText(self.tr("%n ticked", "", len(self.ticked())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key_event: QKeyEvent = event  # type: ignore[assignment]
        key = key_event.key()
        plain = not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self._toggle_current()  # ticking is what Enter is for here; Ctrl+Enter validates
            if watched is self.filter_edit:
                self.filter_edit.selectAll()  # ready for the next name
            return True
        if watched is self.filter_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and plain:
            self.list.setFocus()  # the highlighted row stays where the filter put it
            return True
        return super().eventFilter(watched, event)

    def save(self) -> None:
        ticked = self.ticked()
        if self.interaction_id is None:
            self.sig_chosen.emit(ticked)
            self.accept()
            return
        interaction_id, ids = self.interaction_id, [c.id for c in ticked]
        self.submit(
            lambda uow: set_attendance(interaction_id, ids, uow),
            changed="interactions",
            on_saved=lambda _none: self.sig_chosen.emit(ticked),
        )


def _members_and(ticked: set[int], uow) -> list[OrganisationRow]:  # noqa: ANN001
    """Every member, and the organisations already ticked, by name."""
    members = search_organisation_ids(OrganisationQuery(membership=MembershipStatus.MEMBER), uow)
    ids = list(dict.fromkeys([*members, *ticked]))
    return sorted(organisation_rows(ids, uow), key=lambda r: fold(r.name))
