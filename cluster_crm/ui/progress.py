"""A progress dialog with a Cancel button for a use case running off the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from cluster_crm.domain.errors import DomainError
from cluster_crm.services.progress import Cancelled, Progress
from cluster_crm.ui.context import AppContext

SHOW_AFTER_MS = 300
PROGRESS_EVERY_S = 0.03


class ProgressDialog(QDialog):
    """Window-modal, shown only if the work lasts; unlike QProgressDialog, updating it never
    processes events, so the work's own completion cannot re-enter an update."""

    sig_cancel_requested = Signal()
    """The user asked to stop (Cancel button or Escape)."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(parent.window().windowTitle())
        self.label = QLabel(label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)
        self._finished = False
        QTimer.singleShot(SHOW_AFTER_MS, self._show_if_running)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def finish(self) -> None:
        self._finished = True
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        if not self._finished:
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            self.sig_cancel_requested.emit()

    def _show_if_running(self) -> None:
        if not self._finished:
            self.open()


class _ProgressRelay(QObject):
    sig_progress = Signal(int, int)
    """``(done, total)`` from the worker thread."""


def run_with_progress(
    parent: QWidget,
    ctx: AppContext,
    label: str,
    work: Callable[[Any, Progress], Any],
    on_success: Callable[[Any], None],
) -> ProgressDialog:
    """Run ``work(uow, progress)`` through the door, behind a progress dialog with Cancel."""
    dialog = ProgressDialog(label, parent)
    cancelled = threading.Event()
    relay = _ProgressRelay(dialog)
    relay.sig_progress.connect(dialog.set_progress)
    dialog.sig_cancel_requested.connect(cancelled.set)

    shown = [(-1, -1), 0.0]  # the last (done, total) sent to the bar, and when

    def progress(done: int, total: int) -> None:
        if cancelled.is_set():
            raise Cancelled()
        now = time.monotonic()
        # at most one update of the bar per frame or so: a busy worker must not flood the GUI thread
        if (done, total) != shown[0] and (done >= total or now - shown[1] >= PROGRESS_EVERY_S):
            shown[0], shown[1] = (done, total), now
            relay.sig_progress.emit(done, total)

    def cancelled_quietly(error: DomainError) -> bool:
        return isinstance(error, Cancelled)

    ctx.ops.task(
        parent, lambda uow: work(uow, progress), on_success, on_error=cancelled_quietly, on_done=dialog.finish
    )
    return dialog
