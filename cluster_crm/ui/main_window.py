"""The main window: a navigation sidebar, the pages, menus and the database in the status bar."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
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
from cluster_crm.demo.cluster import load_demo
from cluster_crm.services.contacts import get_contact
from cluster_crm.services.exports import export_interactions
from cluster_crm.services.introductions import introduction_prefill
from cluster_crm.services.organisations import is_empty
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.interaction_dialog import InteractionDialog
from cluster_crm.ui.dialogs.preferences_dialog import PreferencesDialog
from cluster_crm.ui.documents_actions import DocumentsActions
from cluster_crm.ui.icons import icon
from cluster_crm.ui.letter_actions import follow_up_letter
from cluster_crm.ui.progress import run_with_progress
from cluster_crm.ui.settings import restore_state, save_state
from cluster_crm.ui.views.contacts_page import ContactsPage
from cluster_crm.ui.views.dashboard_page import DashboardPage
from cluster_crm.ui.views.follow_ups_page import FollowUpsPage
from cluster_crm.ui.views.introductions_page import IntroductionsPage
from cluster_crm.ui.views.list_page import ListPage
from cluster_crm.ui.views.needs_page import NeedsPage
from cluster_crm.ui.views.organisations_page import OrganisationsPage
from cluster_crm.ui.views.reports_page import ReportsPage


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Cluster CRM — {database}").format(database=ctx.describe_database()))
        self.setWindowIcon(icon("app"))
        self.dashboard_page = DashboardPage(ctx)
        self.organisations_page = OrganisationsPage(ctx)
        self.contacts_page = ContactsPage(ctx)
        self.follow_ups_page = FollowUpsPage(ctx)
        self.needs_page = NeedsPage(ctx)
        self.introductions_page = IntroductionsPage(ctx)
        self.reports_page = ReportsPage(ctx)
        self.list_pages: list[ListPage] = [self.organisations_page, self.contacts_page]
        self.pages: list[QWidget] = [
            self.dashboard_page,
            self.organisations_page,
            self.contacts_page,
            self.follow_ups_page,
            self.needs_page,
            self.introductions_page,
            self.reports_page,
        ]

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setMinimumWidth(self.sidebar.fontMetrics().horizontalAdvance(self.tr("Dashboard")) + 60)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setSpacing(2)
        for title, name in (
            (self.tr("Dashboard"), "dashboard"),
            (self.tr("Organisations"), "organisations"),
            (self.tr("Contacts"), "contacts"),
            (self.tr("Follow-ups"), "follow-ups"),
            (self.tr("Needs"), "needs"),
            (self.tr("Introductions"), "introductions"),
            (self.tr("Reports"), "reports"),
        ):
            QListWidgetItem(icon(name), title, self.sidebar)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([170, 1100])
        self.setCentralWidget(self.splitter)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

        self.database_label = QLabel(self.tr("Database: {path}").format(path=ctx.describe_database()))
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        for page in self.list_pages:
            page.detail.sig_open_record.connect(self.open_record)
            page.timeline.sig_open_record.connect(self.open_record)
            page.timeline.sig_open_interaction.connect(self.open_interaction)
            page.timeline.sig_log_requested.connect(self.log_interaction)
            page.timeline.sig_letter_requested.connect(lambda i: follow_up_letter(self.ctx, i, self))
        for page in (self.dashboard_page, self.follow_ups_page, self.introductions_page):
            page.sig_open_record.connect(self.open_record)
            page.sig_open_interaction.connect(self.open_interaction)
        for page in (self.needs_page, self.reports_page):
            page.sig_open_record.connect(self.open_record)
        self.introductions_page.sig_log_requested.connect(self.log_about_introduction)
        for page in self.list_pages:
            tab = page.detail_panel.introductions
            tab.sig_open_introduction.connect(lambda i: self.open_record("introduction", i))
            tab.sig_new_requested.connect(self.new_introduction_for)
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
        self.log_interaction_action = self._action(
            self.tr("&Log an interaction…"), self.log_interaction_with_selection, "Ctrl+L"
        )
        self.demo_action = self._action(self.tr("Load the &demo cluster…"), self.load_demo)
        self.preferences_action = self._action(self.tr("&Preferences…"), self.show_preferences)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.find_action = self._action(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        self.edit_action = self._action(self.tr("&Edit the selection"), self._edit_selection)
        self.delete_action = self._action(self.tr("&Delete the selection"), self._delete_selection)
        self.export_action = self._action(self.tr("&Export interactions…"), self.export_interactions)
        self.show_dashboard_action = self._action(
            self.tr("&Dashboard"), lambda: self.show_page(self.dashboard_page), "Ctrl+1"
        )
        self.show_organisations_action = self._action(
            self.tr("&Organisations"), lambda: self.show_page(self.organisations_page), "Ctrl+2"
        )
        self.show_contacts_action = self._action(
            self.tr("&Contacts"), lambda: self.show_page(self.contacts_page), "Ctrl+3"
        )
        self.show_follow_ups_action = self._action(
            self.tr("&Follow-ups"), lambda: self.show_page(self.follow_ups_page), "Ctrl+4"
        )
        self.show_needs_action = self._action(
            self.tr("&Needs"), lambda: self.show_page(self.needs_page), "Ctrl+5"
        )
        self.show_introductions_action = self._action(
            self.tr("&Introductions"), lambda: self.show_page(self.introductions_page), "Ctrl+6"
        )
        self.show_reports_action = self._action(
            self.tr("&Reports"), lambda: self.show_page(self.reports_page), "Ctrl+7"
        )

        self.new_introduction_action = self._action(
            self.tr("New &introduction…"), lambda: self.new_introduction_for(), "Ctrl+I"
        )
        self.about_action = self._action(self.tr("&About Cluster CRM"), self.show_about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.new_organisation_action, self.new_contact_action):
            file_menu.addAction(action)
        file_menu.addAction(self.log_interaction_action)
        file_menu.addAction(self.new_introduction_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.find_action, self.edit_action, self.delete_action):
            edit_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in (
            self.show_dashboard_action,
            self.show_organisations_action,
            self.show_contacts_action,
            self.show_follow_ups_action,
            self.show_needs_action,
            self.show_introductions_action,
            self.show_reports_action,
        ):
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.documents = DocumentsActions(self)  # File → Print… and Mail merge…

    # --- navigation ------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.pages[self.stack.currentIndex()]

    def current_list_page(self) -> ListPage | None:
        page = self.current_page()
        return page if isinstance(page, ListPage) else None

    def show_page(self, page: QWidget) -> None:
        self.sidebar.setCurrentRow(self.pages.index(page))

    def new_record(self) -> None:
        (self.current_list_page() or self.organisations_page).create_record()

    def focus_search(self) -> None:
        page = self.current_list_page()
        if page is None:
            page = self.organisations_page
            self.show_page(page)
        page.focus_search()

    def _edit_selection(self) -> None:
        page = self.current_list_page()
        if page is not None:
            page.edit_current()

    def _delete_selection(self) -> None:
        page = self.current_list_page()
        if page is not None:
            page.delete_current()

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == "new-contact":
            self.contacts_page.create_record(organisation_id=record_id)
            return
        if kind == "introduction":
            self.show_page(self.introductions_page)
            self.introductions_page.select_introduction(record_id)
            return
        if kind == "need":
            self.show_page(self.needs_page)
            self.needs_page.select_need(record_id)
            return
        page = self.organisations_page if kind == "organisation" else self.contacts_page
        self.show_page(page)
        if page.model.row_of(record_id) is None and page.search_edit.text():
            page.search_edit.clear()
            page.refresh()
        page.select_record(record_id)

    # --- interactions ----------------------------------------------------------------------

    def log_interaction_with_selection(self) -> None:
        """The quick log, with the organisation or the person selected on the current page."""
        page = self.current_page()
        record_id = page.current_id() if isinstance(page, ListPage) else None  # a dashboard has none
        if record_id is not None and page is self.organisations_page:
            self.log_interaction(organisation_ids=[record_id])
        elif record_id is not None and page is self.contacts_page:
            self.ctx.ops.query(
                self,
                "log-with",
                lambda uow: [
                    a.organisation_id for a in get_contact(record_id, uow).affiliations if a.current
                ],
                lambda organisation_ids: self.log_interaction(organisation_ids, [record_id]),
            )
        else:
            self.log_interaction()

    def log_interaction(
        self, organisation_ids: Iterable[int] = (), contact_ids: Iterable[int] = ()
    ) -> InteractionDialog:
        dialog = InteractionDialog(
            self.ctx, None, self, organisation_ids=list(organisation_ids), contact_ids=list(contact_ids)
        )
        dialog.open()
        return dialog

    def log_about_introduction(self, introduction_id: int) -> InteractionDialog:
        """The quick log, with both parties and their contacts, linked to the introduction."""
        dialog = InteractionDialog(self.ctx, None, self, introduction_id=introduction_id)
        dialog.open()
        return dialog

    def new_introduction_for(self, kind: str | None = None, record_id: int | None = None) -> None:
        """A new introduction, with the organisation (on its side) or the person's organisation."""
        prefill: dict[str, int | None] = {}
        if kind is None:
            page = self.current_page()
            if page is self.organisations_page or page is self.contacts_page:
                record_id = page.current_id()
                kind = "organisation" if page is self.organisations_page else "contact"
        if kind not in ("organisation", "contact") or record_id is None:
            self.introductions_page.create_introduction(**prefill)
            return
        self.ctx.ops.query(
            self,
            "introduction-for",
            lambda uow: introduction_prefill(kind, record_id, uow),
            lambda prefill: self.introductions_page.create_introduction(**prefill),
        )

    def open_interaction(self, interaction_id: int) -> InteractionDialog:
        dialog = InteractionDialog(self.ctx, interaction_id, self)
        dialog.open()
        return dialog

    # --- actions ---------------------------------------------------------------------------

    def offer_demo_if_empty(self) -> None:
        self.ctx.ops.query(self, "empty", is_empty, lambda empty: self._offer_demo() if empty else None)

    def _offer_demo(self) -> None:
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
            self.ctx.ops.announce("all")
            self.statusBar().showMessage(
                self.tr("Demo cluster loaded: {organisations} organisations, {contacts} contacts.").format(
                    organisations=summary.organisations, contacts=summary.contacts
                ),
                8000,
            )

        run_with_progress(self, self.ctx, self.tr("Loading the demo cluster…"), load_demo, done)

    def export_interactions(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export interactions"),
            str(Path.home() / self.tr("interactions.ics")),
            self.tr("Calendar (*.ics);;CSV for Excel (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".ics", ".csv", ".xlsx"):
            target = target.with_suffix(".ics")

        def done(counts: tuple[int, int]) -> None:
            message = self.tr("{interactions} interactions and {follow_ups} follow-ups exported to {path}.")
            self.statusBar().showMessage(
                message.format(interactions=counts[0], follow_ups=counts[1], path=target), 8000
            )

        self.ctx.ops.task(self, lambda uow: export_interactions(target, uow), done)

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
                version=__version__, database=self.ctx.describe_database(), data=self.ctx.paths.data_dir
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        save_state(self.ctx.settings, "main_window", self)
        save_state(self.ctx.settings, "main_window/splitter", self.splitter)
        for page in self.list_pages:
            page.save_layout()
        self.introductions_page.save_layout()
        self.needs_page.save_layout()
        self.ctx.settings.sync()
        super().closeEvent(event)


def start_later(window: MainWindow) -> None:
    """Once the window is on screen: offer the demo cluster when the database is empty."""
    QTimer.singleShot(0, window.offer_demo_if_empty)
