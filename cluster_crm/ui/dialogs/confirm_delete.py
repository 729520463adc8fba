"""Ask before deleting, saying what goes with the record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cluster_crm.i18n import translate
from cluster_crm.services.dto import Dependents


def confirm_delete(parent: QWidget, name: str, consequences: list[str]) -> bool:

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ConfirmDelete", "Delete"))
    box.setText(translate("ConfirmDelete", "Delete “{name}”?").format(name=name))
    box.setInformativeText(" ".join([*consequences, translate("ConfirmDelete", "This cannot be undone.")]))
    delete = box.addButton(translate("ConfirmDelete", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("ConfirmDelete", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def consequences_for_activity(dependents: Dependents) -> list[str]:
    """What deleting an organisation or a person does to the interactions and follow-ups."""
    details = []
    if dependents.interactions:
        text = QCoreApplication.translate(
            "ConfirmDelete",
            "It takes part in %n interaction(s): they are kept, without it.",
            "",
            dependents.interactions,
        )
        details.append(text)
    if dependents.follow_ups:
        text = QCoreApplication.translate(
            "ConfirmDelete", "Its %n follow-up(s) will be deleted.", "", dependents.follow_ups
        )
        details.append(text)
    return details
