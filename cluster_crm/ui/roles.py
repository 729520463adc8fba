"""The item data roles every model and list of the shell shares, named once."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record id an item stands for (organisation, contact, template…), in any column."""
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
"""The item's bare label, without the detail shown beside it."""
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
"""What is shown softer after the label (town, kind, job title…)."""
RECORD_ROLE = Qt.ItemDataRole.UserRole + 4
"""The whole DTO behind the item (a timeline entry, a follow-up, an introduction row…)."""
FLAG_ROLE = Qt.ItemDataRole.UserRole + 5
"""A yes/no property a delegate paints (a planned interaction…)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 6
"""The value a column sorts by when it is not its text (a folded name, an ISO date…)."""
