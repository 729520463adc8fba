"""A table model that keeps the ids of every matching record and loads rows in batches."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from cluster_crm.ui.roles import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], str]
    sort: Enum | None = None
    tooltip: Callable[[Any], str] | None = None


class IdTableModel(QAbstractTableModel):
    BATCH = 200

    sig_sort_requested = Signal(object, bool)
    """The user clicked a sortable header: ``(sort key, descending)``; the page queries again."""

    def __init__(self, columns: Sequence[Column], load_rows: Callable[[list[int]], list[Any]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._load_rows = load_rows
        self._ids: list[int] = []
        self._rows: list[Any] = []

    # --- content ---------------------------------------------------------------------------

    def reset(self, ids: list[int], first_rows: list[Any]) -> None:
        """Show ``ids`` (all matches, in order) with the rows already loaded for the first ones."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = list(first_rows)
        self.endResetModel()

    def total(self) -> int:
        return len(self._ids)

    def all_ids(self) -> list[int]:
        """Every matching record's id, in the list's order (loaded rows or not)."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id``, loading batches up to it if needed."""
        try:
            position = self._ids.index(record_id)
        except ValueError:
            return None
        while position >= len(self._rows) and self.canFetchMore():
            self.fetchMore()
        return position

    def record(self, row: int) -> Any:
        return self._rows[row]

    # --- Qt overrides ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        wanted = self._ids[start : start + self.BATCH]
        if not wanted:
            return
        rows = self._load_rows(wanted)
        by_id = {row.id: row for row in rows}
        # A record deleted meanwhile leaves its id behind: drop it rather than show a hole.
        kept_ids = [i for i in wanted if i in by_id]
        self._ids[start : start + len(wanted)] = kept_ids
        self.beginInsertRows(QModelIndex(), start, start + len(kept_ids) - 1)
        self._rows.extend(by_id[i] for i in kept_ids)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort
        if key is not None:
            self.sig_sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def is_sortable(self, column: int) -> bool:
        return self._columns[column].sort is not None
