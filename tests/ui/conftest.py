"""GUI fixtures: the real main window and dialogs on a real SQLite file, in French."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cluster_crm.config import Paths
from cluster_crm.db.database import open_database
from cluster_crm.demo.cluster import load_demo
from tests.clock import pinned_clock


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    load_demo(database.uow())
    database.dispose()
    return path


@pytest.fixture(autouse=True)
def _background_work_finishes():
    """No worker thread outlives its test (it would report to widgets that are gone)."""
    yield
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def app(qapp):
    from cluster_crm.app import create_application

    return create_application("fr")


@pytest.fixture
def paths(tmp_path) -> Paths:
    return Paths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs", backup_dir=tmp_path / "backups")


def _context(database, paths):
    from cluster_crm.app import build_context

    ctx = build_context(database, paths)
    ctx.settings.clear()
    return ctx


@pytest.fixture
def empty_ctx(app, database, paths):
    return _context(database, paths)


@pytest.fixture
def demo_ctx(app, demo_template, tmp_path, paths):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = open_database(f"sqlite:///{path}", None, pinned_clock())
    yield _context(database, paths)
    database.dispose()


@pytest.fixture
def window(qtbot, demo_ctx):
    from cluster_crm.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: window.organisations_page.model.rowCount() > 0, timeout=5000)
    return window


class MessageBoxes:
    """Stands in for every QMessageBox: records what it said and clicks the button asked for.

    A box must never block a test; an unexpected-error box fails the test that caused it.
    """

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer: str | None = None
        self.unexpected_errors_allowed = False

    def exec(self, box) -> int:  # noqa: ANN001
        self.shown.append((box.text(), box.informativeText()))
        if box.windowTitle() == "Erreur inattendue" and not self.unexpected_errors_allowed:
            self.unexpected = box.detailedText()
        for button in box.buttons():
            if self.answer is not None and button.text() == self.answer:
                button.click()
        return 0

    def static(self, parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        self.shown.append((title, text))
        return 0


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, boxes.static)
    yield boxes
    assert not hasattr(boxes, "unexpected"), f"unexpected error shown to the user:\n{boxes.unexpected}"


def settle(timeout_ms: int = 10_000) -> None:
    """Let every query and action sent through ui/ops finish and deliver its result on the GUI
    thread (results can start further ones: a save refreshes the lists, which read their rows)."""
    import time

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from cluster_crm.ui import ops

    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + timeout_ms / 1000
    QApplication.processEvents()
    while ops._running or pool.activeThreadCount():
        assert time.monotonic() < deadline, "background work still running"
        pool.waitForDone(20)
        QApplication.processEvents()
    QApplication.processEvents()


def closed(dialog) -> bool:  # noqa: ANN001
    """A dialog that was accepted is closed, and may already be deleted (WA_DeleteOnClose); what it
    submitted is given the time to be saved first."""
    import shiboken6

    settle()
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


@pytest.fixture
def own(qtbot):
    """Registers the widgets a test builds and deletes them on the GUI thread once background work is
    over: a worker releasing the last reference to a parentless widget would destroy it off the GUI
    thread."""
    widgets = []

    def own(widget):
        widgets.append(widget)  # not qtbot.addWidget: a dialog that closes itself is already deleted
        return widget

    import shiboken6
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    yield own
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
