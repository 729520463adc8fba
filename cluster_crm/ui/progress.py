"""A progress dialog with a Cancel button for a use case running off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cluster_crm.domain.errors import DomainError
from cluster_crm.services.progress import Cancelled, Progress
from cluster_crm.ui.ops import run_op


class _ProgressRelay(QObject):
    sig_progress = Signal(int, int)
    """``(done, total)`` from the worker thread."""


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
) -> QProgressDialog:
    """Run ``work(progress)`` in the background behind a modal progress dialog with Cancel."""
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    cancelled = threading.Event()
    relay = _ProgressRelay(dialog)
    relay.sig_progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    dialog.canceled.connect(cancelled.set)

    def progress(done: int, total: int) -> None:
        if cancelled.is_set():
            raise Cancelled()
        relay.sig_progress.emit(done, total)

    def cancelled_quietly(error: DomainError) -> bool:
        return isinstance(error, Cancelled)

    run_op(parent, lambda: work(progress), on_success, cancelled_quietly, on_done=dialog.close)
    return dialog
