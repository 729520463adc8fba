"""Choose several organisations or people by typing: the chosen ones as chips, suggestions below."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.services.dto import Choice
from cluster_crm.ui.ops import Ops
from cluster_crm.ui.roles import DETAIL_ROLE, ID_ROLE

SEARCH_DELAY_MS = 120
VISIBLE_SUGGESTIONS = 8

_BORDER, _FOCUS, _INVALID = "#a7b1bf", "#3d6fb4", "#b42318"
_STYLE = """
QFrame#pickerBox {{ background: palette(base); border: 1px solid {border}; border-radius: 3px; }}
QFrame#pickerBox QLineEdit {{ border: none; background: transparent; padding: 0; }}
QFrame#chip {{ background: #e7edf5; border: 1px solid #c3cfdf; border-radius: 10px; }}
QFrame#chip QLabel {{ border: none; background: transparent; color: #1f2d3d; }}
QFrame#chip QToolButton {{ border: none; background: transparent; color: #5b6b80; padding: 0 2px; }}
QFrame#chip QToolButton:hover {{ color: #b42318; }}
"""


class ChoiceDelegate(QStyledItemDelegate):
    """Paints an item's label, then its detail (town, kind, job title…) in a softer colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        detail = index.data(DETAIL_ROLE) or ""
        if not detail:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        label = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
            rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        else:
            rect = option.rect
        rect = rect.adjusted(3, 0, -3, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(group, text_role))
        metrics = option.fontMetrics
        label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        rest = rect.adjusted(metrics.horizontalAdvance(label) + 14, 0, 0, 0)
        if rest.width() > 20:
            colour = option.palette.color(
                group, text_role if selected else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(colour)
            detail = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rest.width())
            painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, detail)
        painter.restore()


class FlowLayout(QLayout):
    """Items left to right, wrapping like words; the last item (the line edit) fills its line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4, last_min_width: int = 140) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._last_min_width = last_min_width

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802
        self.addWidget(widget)  # appended by addItem: move it where it belongs
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize(self._last_min_width, 0)
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        left, right = rect.x() + margins.left(), rect.x() + rect.width() - margins.right()
        items = [item for item in self._items if not item.isEmpty()]
        line = max((item.sizeHint().height() for item in items), default=0)
        x, y = left, rect.y() + margins.top()
        for number, item in enumerate(items):
            hint = item.sizeHint()
            width = min(hint.width(), right - left)
            if number == len(items) - 1:
                if right - x < min(self._last_min_width, right - left) and x > left:
                    x, y = left, y + line + self._spacing
                width = right - x
            elif x + width > right and x > left:
                x, y = left, y + line + self._spacing
            if apply:
                height = min(hint.height(), line)
                item.setGeometry(QRect(x, y + (line - height) // 2, max(width, 0), height))
            x += width + self._spacing
        return y + line + margins.bottom() - rect.y()


class Chip(QFrame):
    """One chosen item: its name, and a × to remove it with the mouse."""

    sig_remove_clicked = Signal()
    """The × was clicked."""

    def __init__(self, choice: Choice, remove_tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.choice = choice
        self.label = QLabel(choice.label)
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setToolTip(remove_tip)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_button.clicked.connect(self.sig_remove_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(9, 1, 3, 1)
        layout.setSpacing(1)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)
        if choice.detail:
            self.setToolTip(f"{choice.label} — {choice.detail}")


class ParticipantPicker(QWidget):
    """A type-ahead picker of several items.

    Typing shows what ``search(uow, text)`` finds, run through the door ``ops`` off the GUI
    thread; Down/Up move in the suggestions, Enter adds the highlighted one (once the search of
    what was typed has answered), Escape closes them, Backspace in the empty field removes the last
    chip.
    """

    sig_changed = Signal()
    """An item was added or removed."""

    sig_suggested = Signal()
    """The suggestions for the typed text are shown (or found empty)."""

    def __init__(
        self,
        ops: Ops,
        search: Callable[[Any, str], list[Choice]],
        placeholder: str = "",
        parent: QWidget | None = None,
        single: bool = False,
    ) -> None:
        super().__init__(parent)
        self._single = single  # one item at most: choosing another replaces it
        self._ops = ops
        self._search_function = search
        self._add_when_found = False
        self._placeholder = placeholder
        self._chips: list[Chip] = []
        self._invalid = False

        self.box = QFrame()
        self.box.setObjectName("pickerBox")
        self.box.setCursor(Qt.CursorShape.IBeamCursor)
        self.edit = QLineEdit()
        self.edit.setFrame(False)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(140)
        self.flow = FlowLayout(self.box)
        self.flow.setContentsMargins(4, 3, 4, 3)
        self.flow.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.popup = QListWidget(self)  # moved onto the window when shown, so as not to be clipped
        self.popup.setObjectName("suggestions")
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setItemDelegate(ChoiceDelegate(self.popup))
        self.popup.setUniformItemSizes(True)
        self.popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setMouseTracking(True)
        self.popup.hide()
        self.popup.itemClicked.connect(self._add_item)
        self.popup.itemEntered.connect(self.popup.setCurrentItem)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(self._text_edited)
        self.edit.installEventFilter(self)
        self.box.installEventFilter(self)
        self._restyle()

    # --- values ----------------------------------------------------------------------------

    def ids(self) -> list[int]:
        return [chip.choice.id for chip in self._chips]

    def current_id(self) -> int | None:
        """The chosen item of a single picker (the first one of any picker)."""
        return self._chips[0].choice.id if self._chips else None

    def choices(self) -> list[Choice]:
        return [chip.choice for chip in self._chips]

    def set_items(self, choices: Iterable[Choice]) -> None:
        for chip in self._chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for choice in choices:
            self._append(choice)
        self._changed()

    def add_choice(self, choice: Choice) -> bool:
        """Add ``choice`` unless it is already there; True if it was added."""
        if choice.id in self.ids():
            return False
        if self._single:
            for chip in list(self._chips):
                self._chips.remove(chip)
                self.flow.removeWidget(chip)
                chip.deleteLater()
        self._append(choice)
        self._changed()
        return True

    def remove_id(self, item_id: int) -> None:
        chip = next((c for c in self._chips if c.choice.id == item_id), None)
        if chip is None:
            return
        self._chips.remove(chip)
        self.flow.removeWidget(chip)
        chip.deleteLater()
        self._changed()

    def pending_text(self) -> str:
        """What was typed but not turned into a chip."""
        return self.edit.text().strip()

    # --- suggestions ---------------------------------------------------------------------

    def search_now(self, then_add: bool = False) -> None:
        """Look for the typed text now (the search otherwise waits for a pause in typing); with
        ``then_add``, the first suggestion is added as soon as it is found (Enter typed ahead)."""
        self._timer.stop()
        self._add_when_found = then_add
        text = self.edit.text().strip()
        search = self._search_function
        self._ops.query(self, "search", lambda uow: search(uow, text), self._suggest)

    def searching(self) -> bool:
        return self._timer.isActive() or self._ops.pending(self, "search")

    def _suggest(self, found: list[Choice]) -> None:
        chosen = set(self.ids())
        text = self.edit.text().strip()
        choices = [c for c in found if c.id not in chosen]
        add, self._add_when_found = self._add_when_found, False
        self._fill_popup(choices, text)
        if add and self.popup.isVisible():
            self._add_current()
        self.sig_suggested.emit()

    def _fill_popup(self, choices: list[Choice], text: str) -> None:
        self.popup.clear()
        if not choices and not text:
            self.popup.hide()  # nothing typed, nothing to suggest
            return
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(ID_ROLE, choice.id)
            item.setData(DETAIL_ROLE, choice.detail)
            item.setToolTip(f"{choice.label} — {choice.detail}" if choice.detail else choice.label)
            self.popup.addItem(item)
        if not choices:
            item = QListWidgetItem(self.tr("No match"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.popup.addItem(item)
        else:
            self.popup.setCurrentRow(0)
        self._show_popup()

    def hide_suggestions(self) -> None:
        self._timer.stop()
        self._ops.cancel(self, "search")
        self._add_when_found = False
        self.popup.hide()

    def _text_edited(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self.hide_suggestions()

    def _show_popup(self) -> None:
        window = self.window()
        if self.popup.parentWidget() is not window:
            self.popup.setParent(window)
        rows = max(1, min(self.popup.count(), VISIBLE_SUGGESTIONS))
        row_height = self.popup.sizeHintForRow(0) if self.popup.count() else 0
        row_height = row_height if row_height > 0 else self.fontMetrics().height() + 6
        height = rows * row_height + 2 * self.popup.frameWidth()
        below = self.box.mapTo(window, QPoint(0, self.box.height() + 1))
        top = below.y()
        if top + height > window.height() and below.y() - self.box.height() - height - 2 > 0:
            top = below.y() - self.box.height() - height - 2  # no room below: open upwards
        self.popup.setGeometry(below.x(), top, self.box.width(), height)
        self.popup.show()
        self.popup.raise_()

    def _move(self, step: int) -> None:
        rows = [
            r for r in range(self.popup.count()) if self.popup.item(r).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        if not rows:
            return
        current = self.popup.currentRow()
        position = rows.index(current) + step if current in rows else 0
        self.popup.setCurrentRow(rows[max(0, min(position, len(rows) - 1))])

    def _add_current(self) -> None:
        item = self.popup.currentItem() if self.popup.isVisible() else None
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._add_item(item)

    def _add_item(self, item: QListWidgetItem) -> None:
        item_id = item.data(ID_ROLE)
        if item_id is None:
            return
        self.add_choice(Choice(item_id, item.text(), item.data(DETAIL_ROLE) or ""))
        self.edit.clear()
        self.hide_suggestions()
        self.edit.setFocus()

    # --- keys, focus and looks -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.box and event.type() == QEvent.Type.MouseButtonPress:
            self.edit.setFocus(Qt.FocusReason.MouseFocusReason)
        elif watched is self.edit:
            if event.type() == QEvent.Type.KeyPress:
                return self._key_pressed(event)  # type: ignore[arg-type]
            if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                if event.type() == QEvent.Type.FocusOut:
                    self.hide_suggestions()
                self._restyle()
        return super().eventFilter(watched, event)

    def _key_pressed(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.popup.isVisible() or self.searching():
                self.search_now()
            else:
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: VISIBLE_SUGGESTIONS}
                self._move(step.get(key, -VISIBLE_SUGGESTIONS))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.pending_text() and (self.searching() or not self.popup.isVisible()):
                self.search_now(then_add=True)  # added once found: what was typed, not what was shown
            elif self.popup.isVisible():
                self._add_current()
            elif not self.pending_text():
                self.edit.clear()
                self.focusNextChild()  # Enter in an empty picker goes on to the next field
            return True  # never the dialog's default button: Enter here is for choosing
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.hide_suggestions()
            return True
        if key == Qt.Key.Key_Backspace and not self.edit.text() and self._chips:
            self.remove_id(self._chips[-1].choice.id)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.hide_suggestions()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DynamicPropertyChange and self.property("invalid") != self._invalid:
            self._invalid = bool(self.property("invalid"))  # set by FieldErrors
            self._restyle()
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._fit_height()
        if self.popup.isVisible():
            self._show_popup()

    def _fit_height(self) -> None:
        """Never squeeze the wrapped chips: the lines they need are the picker's minimum height."""
        self.box.setMinimumHeight(
            self.box.heightForWidth(max(self.box.width(), self.flow.minimumSize().width()))
        )

    def _restyle(self) -> None:
        border = _INVALID if self._invalid else _FOCUS if self.edit.hasFocus() else _BORDER
        self.box.setStyleSheet(_STYLE.format(border=border))

    def _append(self, choice: Choice) -> None:
        chip = Chip(choice, self.tr("Remove"), self.box)
        chip.sig_remove_clicked.connect(lambda item_id=choice.id: self.remove_id(item_id))
        self._chips.append(chip)
        self.flow.insertWidget(self.flow.count() - 1, chip)
        chip.show()

    def _changed(self) -> None:
        self.edit.setPlaceholderText("" if self._chips else self._placeholder)
        self._fit_height()
        self.box.updateGeometry()
        self.updateGeometry()
        self.sig_changed.emit()
