"""How errors reach the user: a clear dialog, the details in the log, and the app goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cluster_crm.domain.errors import DomainError
from cluster_crm.i18n import translate

log = logging.getLogger(__name__)
_log_file = ""


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(parent, translate("Errors", "Action refused"), error.message())


def show_unexpected_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Errors", "Unexpected error"))
    box.setText(translate("Errors", "Something went wrong. Your data is safe: the action was cancelled."))
    box.setInformativeText(translate("Errors", "Details are in the log file: {path}").format(path=_log_file))
    box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


def install_excepthook(log_file: str) -> None:
    """Any exception that escapes a slot is logged and shown; the application keeps running."""
    global _log_file
    _log_file = log_file

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("uncaught exception", exc_info=(kind, error, tb))
        if isinstance(error, DomainError):
            show_domain_error(QApplication.activeWindow(), error)
        else:
            show_unexpected_error(QApplication.activeWindow(), error)

    sys.excepthook = hook
