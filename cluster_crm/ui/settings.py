"""The user's preferences (QSettings): language, window geometry, splitters and column widths."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

ORGANISATION = "cluster-crm"
APPLICATION = "Cluster CRM"
LANGUAGES = ("fr", "en")


def open_settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def language(settings: QSettings) -> str:
    value = str(settings.value("ui/language", "fr"))
    return value if value in LANGUAGES else "fr"


def set_language(settings: QSettings, value: str) -> None:
    settings.setValue("ui/language", value)


def save_state(settings: QSettings, key: str, widget: QWidget | QSplitter | QHeaderView) -> None:
    if isinstance(widget, QSplitter | QHeaderView):
        settings.setValue(f"state/{key}", widget.saveState())
    else:
        settings.setValue(f"geometry/{key}", widget.saveGeometry())


def restore_state(settings: QSettings, key: str, widget: QWidget | QSplitter | QHeaderView) -> bool:
    if isinstance(widget, QSplitter | QHeaderView):
        value = settings.value(f"state/{key}")
        return isinstance(value, QByteArray) and widget.restoreState(value)
    value = settings.value(f"geometry/{key}")
    return isinstance(value, QByteArray) and widget.restoreGeometry(value)
