"""Composition root of the desktop application: settings, translations, database, main window."""

from __future__ import annotations

import gc
import logging
import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cluster_crm import __version__
from cluster_crm.config import Paths, application_clock
from cluster_crm.db.database import Database, open_database
from cluster_crm.domain.errors import DomainError
from cluster_crm.logs import LOG_FILE_NAME
from cluster_crm.ui.context import AppContext, DataBus
from cluster_crm.ui.errors import install_excepthook
from cluster_crm.ui.gc_guard import collect_on_gui_thread
from cluster_crm.ui.icons import icon
from cluster_crm.ui.main_window import MainWindow, start_later
from cluster_crm.ui.settings import APPLICATION, ORGANISATION, language, open_settings
from cluster_crm.ui.translations import install_translations

log = logging.getLogger(__name__)


def create_application(language_override: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    install_translations(app, language_override or language(open_settings()))
    collect_on_gui_thread(app)
    return app  # type: ignore[return-value]


def build_context(database: Database, paths: Paths) -> AppContext:
    return AppContext(database=database, paths=paths, settings=open_settings(), bus=DataBus())


def run_gui(url: str, paths: Paths, language: str | None = None, smoke_test: bool = False) -> int:
    app = create_application(language)
    install_excepthook(str(paths.log_dir / LOG_FILE_NAME))
    try:
        database = open_database(url, paths.backup_dir, application_clock())
    except Exception as error:  # noqa: BLE001 - shown to the user, logged, clean exit
        log.exception("cannot open database %s", url)
        detail = error.message() if isinstance(error, DomainError) else str(error).splitlines()[0]
        QMessageBox.critical(
            None,
            app.translate("App", "Cannot open the database"),
            app.translate("App", "The database {url} cannot be opened:\n{detail}").format(
                url=url, detail=detail
            ),
        )
        return 1
    window = MainWindow(build_context(database, paths))
    window.show()
    gc.freeze()  # what start-up built lives as long as the app: keep it out of every collection
    if smoke_test:
        _exit_once_listed(app, window)
    else:
        start_later(window)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    database.dispose()
    return code


def _exit_once_listed(app: QApplication, window: MainWindow) -> None:
    """For the packaged build's check: quit as soon as the organisations are listed, in French."""
    page = window.organisations_page

    def report(count: int) -> None:
        menus = ", ".join(action.text() for action in window.menuBar().actions())
        print(f"smoke test: {count} organisations listed; menus: {menus}")
        app.exit(0 if count > 0 else 1)

    page.sig_results_shown.connect(report)
    QTimer.singleShot(20_000, lambda: app.exit(2))
