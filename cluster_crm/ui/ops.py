"""Run a service off the GUI thread and get its result, or its error, back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from cluster_crm.domain.errors import DomainError
from cluster_crm.ui.errors import show_domain_error, show_unexpected_error

log = logging.getLogger(__name__)
_running: dict[_Relay, _Job] = {}
"""Jobs alive until their result is handled: their closures (which may hold the last reference to a
widget) are then released on the GUI thread, never on a worker thread."""


class _Relay(QObject):
    sig_finished = Signal(object, object)
    """Emitted from the worker thread with ``(result, error)``; exactly one of them is None."""


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._work(), None
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            result, error = None, exc
        try:
            self._relay.sig_finished.emit(result, error)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.debug("result of a background operation dropped at shutdown", exc_info=error)


def run_op(
    parent: QWidget,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[DomainError], bool] | None = None,
    on_done: Callable[[], None] | None = None,
) -> None:
    """Run ``work()`` in the thread pool, then ``on_success(result)`` on the GUI thread.

    A DomainError goes to ``on_error`` (which returns True when it handled it) or to a message
    box; anything else is logged and shown as an unexpected error. ``on_done()`` comes first in
    every case. Nothing is called back if ``parent`` was destroyed meanwhile.
    """
    relay = _Relay()
    job = _Job(work, relay)
    job.setAutoDelete(False)
    _running[relay] = job

    def finished(result: Any, error: BaseException | None) -> None:
        _running.pop(relay, None)
        relay.deleteLater()
        if not shiboken6.isValid(parent):
            return
        if on_done is not None:
            on_done()
        if error is None:
            on_success(result)
        elif isinstance(error, DomainError):
            if not (on_error and on_error(error)):
                show_domain_error(parent, error)
        else:
            log.error("operation failed", exc_info=error)
            show_unexpected_error(parent, error)

    relay.sig_finished.connect(finished)
    QThreadPool.globalInstance().start(job)
