"""The one door between the shell and the core: every read and every change runs a service off the
GUI thread in a unit of work opened here, and comes back on the GUI thread.

- ``query``: read something for a widget; only the latest result asked for a given (widget, key)
  is delivered, older ones are dropped (typing, moving from record to record).
- ``action``: change stored data; a ``ValidationFailed`` goes to the form's field errors, any
  other refusal to a message box, and on success one ``sig_data_changed`` tells every view.
- ``task``: long work (documents, the demo) with progress, without a broadcast of its own.
- ``read_now``: the one synchronous read, for what Qt asks synchronously (a model's ``fetchMore``).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from cluster_crm.clock import Clock
from cluster_crm.domain.errors import DomainError, ValidationFailed
from cluster_crm.ui.errors import show_domain_error, show_unexpected_error

log = logging.getLogger(__name__)
_running: dict[_Relay, _Job] = {}
"""Jobs alive until their result is handled: their closures (which may hold the last reference to a
widget) are then released on the GUI thread, never on a worker thread."""

Work = Callable[[Any], Any]
"""A use case run with the unit of work that ``Ops`` opened for it: ``lambda uow: service(…, uow)``."""


class OpenedDatabase(Protocol):
    """What the shell knows of the opened database (``db.database.Database`` is one)."""

    clock: Clock

    @property
    def attachments_dir(self) -> Path: ...

    def uow(self) -> Any: ...

    def describe(self) -> str: ...


class ShowsFieldErrors(Protocol):
    def show(self, error: ValidationFailed) -> list[str]:
        """Show each problem under its field; return the messages that belong to no field."""
        ...


class DataBus(QObject):
    sig_data_changed = Signal(str)
    """Emitted after an action changed stored data; the argument names what (``"organisations"``,
    ``"contacts"``, ``"all"``…). Every open view refreshes itself from it."""


class _Relay(QObject):
    sig_finished = Signal()
    """Emitted from the worker thread once the job's ``result`` or ``error`` is set."""


class _Job(QRunnable):
    """The work and what came of it. The worker thread keeps no reference of its own to either: a
    closure or a traceback may hold the last reference to a widget, which must die on the GUI thread."""

    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work: Callable[[], Any] | None = work
        self.relay = relay
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work()  # type: ignore[misc]
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.error = exc
        try:
            self.relay.sig_finished.emit()
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.debug("result of a background operation dropped at shutdown")


def _start(
    owner: QObject, work: Callable[[], Any], finished: Callable[[Any, BaseException | None], None]
) -> None:
    relay = _Relay()
    job = _Job(work, relay)
    job.setAutoDelete(False)
    _running[relay] = job

    def deliver() -> None:
        done = _running.pop(relay, None)
        relay.deleteLater()
        if done is None:
            return
        result, error = done.result, done.error
        done.work = done.result = done.error = None
        if shiboken6.isValid(owner):
            finished(result, error)

    relay.sig_finished.connect(deliver, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(job)


def _report(owner: QObject, error: BaseException, on_error: Callable[[DomainError], bool] | None) -> None:
    parent = owner if isinstance(owner, QWidget) else None
    if isinstance(error, DomainError):
        if not (on_error and on_error(error)):
            show_domain_error(parent, error)
    else:
        log.error("operation failed", exc_info=error)
        show_unexpected_error(parent, error)


def _deliver(
    owner: QObject,
    result: Any,
    error: BaseException | None,
    on_success: Callable[[Any], None],
    on_error: Callable[[DomainError], bool] | None,
    on_done: Callable[[], None] | None,
) -> None:
    if on_done is not None:
        on_done()
    if error is None:
        on_success(result)
    else:
        _report(owner, error, on_error)


class Ops:
    """Runs the shell's queries and actions on the opened database (one per application)."""

    def __init__(self, database: OpenedDatabase, bus: DataBus) -> None:
        self._database = database
        self._bus = bus
        self._latest: dict[tuple[int, str], int] = {}
        self._generations = itertools.count(1)

    def query(
        self,
        owner: QObject,
        key: str,
        work: Work,
        on_result: Callable[[Any], None],
        *,
        on_error: Callable[[DomainError], bool] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work(uow)`` in the background, then ``on_result(result)`` unless a newer query with
        the same ``key`` was asked of ``owner`` meanwhile (then nothing of this one is called)."""
        slot = (id(owner), key)
        generation = next(self._generations)  # never reused: a cancelled query cannot pass for a newer one
        self._latest[slot] = generation
        database = self._database

        def finished(result: Any, error: BaseException | None) -> None:
            if self._latest.get(slot) != generation:
                return
            del self._latest[slot]
            _deliver(owner, result, error, on_result, on_error, on_done)

        _start(owner, lambda: work(database.uow()), finished)

    def cancel(self, owner: QObject, key: str) -> None:
        """Forget the pending query ``key`` of ``owner``: its result will not be delivered."""
        self._latest.pop((id(owner), key), None)

    def pending(self, owner: QObject, key: str) -> bool:
        return (id(owner), key) in self._latest

    def action(
        self,
        owner: QObject,
        work: Work,
        *,
        changed: str,
        on_success: Callable[[Any], None] | None = None,
        errors: ShowsFieldErrors | None = None,
        on_unplaced: Callable[[list[str]], None] | None = None,
        on_error: Callable[[DomainError], bool] | None = None,
        busy: Iterable[QWidget] = (),
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Run the use case ``work(uow)`` in the background while ``busy`` widgets are disabled and
        ``owner`` shows a busy cursor. A ``ValidationFailed`` goes to ``errors`` (the messages that
        fit no field to ``on_unplaced``, else a message box); other refusals to ``on_error`` or a
        message box. On success every view hears ``changed``, then ``on_success(result)`` runs."""
        database, bus = self._database, self._bus
        disabled = [w for w in busy if w.isEnabled()]
        for widget in disabled:
            widget.setEnabled(False)
        if isinstance(owner, QWidget):
            owner.setCursor(Qt.CursorShape.BusyCursor)

        def finished(result: Any, error: BaseException | None) -> None:
            for widget in disabled:
                if shiboken6.isValid(widget):
                    widget.setEnabled(True)
            if isinstance(owner, QWidget):
                owner.unsetCursor()
            if on_done is not None:
                on_done()
            if error is None:
                bus.sig_data_changed.emit(changed)
                if on_success is not None:
                    on_success(result)
            elif isinstance(error, ValidationFailed) and errors is not None:
                unplaced = errors.show(error)
                if unplaced and on_unplaced is not None:
                    on_unplaced(unplaced)
                elif unplaced:
                    show_domain_error(owner if isinstance(owner, QWidget) else None, error)
            else:
                _report(owner, error, on_error)

        _start(owner, lambda: work(database.uow()), finished)

    def task(
        self,
        owner: QObject,
        work: Work,
        on_success: Callable[[Any], None],
        *,
        on_error: Callable[[DomainError], bool] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work(uow)`` in the background and hand its result over (``on_done`` first, in every
        case). What it changed is announced by the caller, once its result is kept."""
        database = self._database
        _start(
            owner,
            lambda: work(database.uow()),
            lambda result, error: _deliver(owner, result, error, on_success, on_error, on_done),
        )

    def announce(self, changed: str) -> None:
        """Tell every view that ``changed`` was changed by a task whose result was just kept."""
        self._bus.sig_data_changed.emit(changed)

    def read_now(self, work: Work) -> Any:
        """Run ``work(uow)`` on the calling thread: only for what Qt asks synchronously (a model's
        ``fetchMore`` loading its next batch of rows by id), never for a search or a change."""
        return work(self._database.uow())
