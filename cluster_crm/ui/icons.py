"""The application's icons, read from resources/icons (SVG)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from cluster_crm.config import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))
