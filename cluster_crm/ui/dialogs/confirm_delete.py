"""Ask before deleting, saying what goes with the record."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from cluster_crm.i18n import translate


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
