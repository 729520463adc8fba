"""The main window: a navigation sidebar, the pages, menus and the database in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from cluster_crm import __version__
from cluster_crm.services.demo import load_demo
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.preferences_dialog import PreferencesDialog
from cluster_crm.ui.icons import icon
from cluster_crm.ui.progress import run_with_progress
from cluster_crm.ui.settings import restore_state, save_state
from cluster_crm.ui.views.contacts_page import ContactsPage
from cluster_crm.ui.views.list_page import ListPage
from cluster_crm.ui.views.organisations_page import OrganisationsPage


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Cluster CRM — {database}").format(database=ctx.database.describe()))
        self.setWindowIcon(icon("app"))
        self.organisations_page = OrganisationsPage(ctx)
        self.contacts_page = ContactsPage(ctx)
        self.pages: list[ListPage] = [self.organisations_page, self.contacts_page]

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setSpacing(2)
        for title, name in ((self.tr("Organisations"), "organisations"), (self.tr("Contacts"), "contacts")):
            QListWidgetItem(icon(name), title, self.sidebar)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.setCentralWidget(self.splitter)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

        self.database_label = QLabel(self.tr("Database: {path}").format(path=ctx.database.describe()))
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        for page in self.pages:
            page.detail.sig_open_record.connect(self.open_record)
        if not restore_state(ctx.settings, "main_window", self):
            self._first_size()
        restore_state(ctx.settings, "main_window/splitter", self.splitter)

    def _first_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1400, int(screen.width() * 0.92)), min(900, int(screen.height() * 0.92)))
        self.move(screen.center() - self.rect().center())

    # --- menus -----------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.new_action = self._action(self.tr("&New…"), self.new_record, QKeySequence.StandardKey.New)
        self.new_organisation_action = self._action(
            self.tr("New &organisation…"), lambda: self.organisations_page.create_record()
        )
        self.new_contact_action = self._action(
            self.tr("New &contact…"), lambda: self.contacts_page.create_record(), "Ctrl+Shift+N"
        )
        self.demo_action = self._action(self.tr("Load the &demo cluster…"), self.load_demo)
        self.preferences_action = self._action(self.tr("&Preferences…"), self.show_preferences)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.find_action = self._action(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        self.edit_action = self._action(
            self.tr("&Edit the selection"), lambda: self.current_page().edit_current()
        )
        self.delete_action = self._action(
            self.tr("&Delete the selection"), lambda: self.current_page().delete_current()
        )
        self.show_organisations_action = self._action(
            self.tr("&Organisations"), lambda: self.show_page(0), "Ctrl+1"
        )
        self.show_contacts_action = self._action(self.tr("&Contacts"), lambda: self.show_page(1), "Ctrl+2")
        self.about_action = self._action(self.tr("&About Cluster CRM"), self.show_about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.new_organisation_action, self.new_contact_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.find_action, self.edit_action, self.delete_action):
            edit_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.show_organisations_action)
        view_menu.addAction(self.show_contacts_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    # --- navigation ------------------------------------------------------------------------

    def current_page(self) -> ListPage:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def new_record(self) -> None:
        self.current_page().create_record()

    def focus_search(self) -> None:
        self.current_page().focus_search()

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == "new-contact":
            self.contacts_page.create_record(organisation_id=record_id)
            return
        page = self.organisations_page if kind == "organisation" else self.contacts_page
        self.show_page(self.pages.index(page))
        if page.model.row_of(record_id) is None and page.search_edit.text():
            page.search_edit.clear()
            page.refresh()
        page.select_record(record_id)

    # --- actions ---------------------------------------------------------------------------

    def offer_demo_if_empty(self) -> None:
        with self.ctx.uow() as uow:
            empty = uow.organisations.count() == 0 and uow.contacts.count() == 0
        if not empty:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Welcome to Cluster CRM"))
        box.setText(self.tr("This database is empty."))
        box.setInformativeText(
            self.tr(
                "Load the demo cluster (about 150 organisations and their contacts in Normandy) "
                "to discover the application, or start with an empty database."
            )
        )
        demo = box.addButton(self.tr("Load the demo cluster"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(demo)
        box.exec()
        if box.clickedButton() is demo:
            self.load_demo()

    def load_demo(self) -> None:
        def done(summary) -> None:  # noqa: ANN001
            self.ctx.bus.sig_data_changed.emit("all")
            self.statusBar().showMessage(
                self.tr("Demo cluster loaded: {organisations} organisations, {contacts} contacts.").format(
                    organisations=summary.organisations, contacts=summary.contacts
                ),
                8000,
            )

        run_with_progress(
            self,
            self.tr("Loading the demo cluster…"),
            lambda progress: load_demo(self.ctx.uow(), progress),
            done,
        )

    def show_preferences(self) -> None:
        PreferencesDialog(self.ctx, self).open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Cluster CRM"),
            self.tr(
                "<b>Cluster CRM</b> {version}<br>The CRM of a business cluster's animator: "
                "organisations, contacts, meetings and introductions, on your own computer.<br><br>"
                "Database: {database}<br>Data folder: {data}"
            ).format(
                version=__version__, database=self.ctx.database.describe(), data=self.ctx.paths.data_dir
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        save_state(self.ctx.settings, "main_window", self)
        save_state(self.ctx.settings, "main_window/splitter", self.splitter)
        for page in self.pages:
            page.save_layout()
        self.ctx.settings.sync()
        super().closeEvent(event)


def start_later(window: MainWindow) -> None:
    """Once the window is on screen: offer the demo cluster when the database is empty."""
    QTimer.singleShot(0, window.offer_demo_if_empty)
