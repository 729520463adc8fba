"""The main window's documents: File → Print (sheet, member directory, labels, letters, templates)
and Mail merge, each made off the GUI thread and opened in the preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from cluster_crm.services.progress import Progress
from cluster_crm.ui.dialogs.batch_dialogs import LabelsDialog, MailMergeDialog, SkippedPanel
from cluster_crm.ui.dialogs.pdf_preview import PdfPreviewDialog, preview_generated
from cluster_crm.ui.dialogs.template_editor import TemplateEditor
from cluster_crm.ui.letter_actions import recorder
from cluster_crm.ui.views.list_page import ListPage

if TYPE_CHECKING:
    from cluster_crm.ui.main_window import MainWindow


class DocumentsActions(QObject):
    """Adds the documents' menu entries and shortcuts to ``window``; one per main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.dialog: Any = None
        """The last dialog opened (the tests' way in)."""
        self.sheet_action = self._action(self.tr("Contact &sheet…"), self.print_sheet, "Ctrl+P")
        self.directory_action = self._action(self.tr("Member &directory…"), self.print_directory)
        self.labels_action = self._action(self.tr("&Labels…"), self.print_labels)
        self.letters_action = self._action(self.tr("L&etters…"), lambda: self.mail_merge(selected_first=True))
        self.templates_action = self._action(self.tr("Letter &templates…"), self.edit_templates)
        self.mail_merge_action = self._action(self.tr("&Mail merge…"), self.mail_merge, "Ctrl+Shift+M")
        self.print_menu = QMenu(self.tr("&Print"), window)
        for action in (self.sheet_action, self.directory_action, self.labels_action, self.letters_action):
            self.print_menu.addAction(action)
        self.print_menu.addSeparator()
        self.print_menu.addAction(self.templates_action)
        file_menu = window.menuBar().actions()[0].menu()
        before = window.export_action
        file_menu.insertMenu(before, self.print_menu)
        file_menu.insertAction(before, self.mail_merge_action)
        file_menu.insertSeparator(before)

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # --- what is selected ------------------------------------------------------------------

    def _list_page(self) -> ListPage:
        page = self.window.current_list_page()
        return page if page is not None else self.window.organisations_page

    def _is_contacts(self, page: ListPage) -> bool:
        return page is self.window.contacts_page

    def _selected(self, page: ListPage) -> tuple[int, str] | None:
        record_id = page.current_id()
        if record_id is None or self.window.current_list_page() is None:
            return None
        row = page.model.row_of(record_id)
        record = page.model.record(row) if row is not None else None
        return record_id, getattr(record, "name", "") or str(record_id)

    # --- sheets and directory --------------------------------------------------------------

    def print_sheet(self) -> None:
        """The sheet of the organisation or the person selected on the current list."""
        page = self.window.current_list_page()
        record_id = page.current_id() if page is not None else None
        if record_id is None:
            QMessageBox.information(
                self.window,
                self.tr("Contact sheet"),
                self.tr("Select an organisation or a person in its list first."),
            )
            return
        contacts = self._is_contacts(page)

        def work(uow, path: Path, _progress: Progress) -> Path:  # noqa: ANN001
            from cluster_crm.documents import sheet_pdf
            from cluster_crm.services.sheets import contact_sheet, organisation_sheet

            if contacts:
                return sheet_pdf.write_contact_sheet(contact_sheet(record_id, uow), path)
            return sheet_pdf.write_organisation_sheet(organisation_sheet(record_id, uow), path)

        self._preview(self.tr("Preparing the sheet…"), self.tr("Contact sheet"), self.tr("sheet.pdf"), work)

    def print_directory(self, by: str | None = None) -> None:
        """The member directory, grouped by sector or by kind."""
        if by is None:
            choices = [self.tr("By sector of activity"), self.tr("By kind of organisation")]
            choice, ok = QInputDialog.getItem(
                self.window, self.tr("Member directory"), self.tr("Group the members"), choices, 0, False
            )
            if not ok:
                return
            by = "sector" if choice == choices[0] else "kind"

        def work(uow, path: Path, _progress: Progress) -> Path:  # noqa: ANN001
            from cluster_crm.documents.directory_pdf import write_directory
            from cluster_crm.services.directory import member_directory

            return write_directory(member_directory(uow, by), path)

        self._preview(
            self.tr("Preparing the directory…"), self.tr("Member directory"), self.tr("directory.pdf"), work
        )

    # --- labels ----------------------------------------------------------------------------

    def print_labels(self) -> LabelsDialog:
        page = self._list_page()
        dialog = LabelsDialog(
            self.ctx, self._is_contacts(page), page.model.all_ids(), self._selected(page), self.window
        )
        dialog.sig_chosen.connect(self.make_labels)
        self.dialog = dialog
        dialog.open()
        return dialog

    def make_labels(self, selection, sheet) -> None:  # noqa: ANN001 - LabelSelection, LabelSheet

        def work(uow, path: Path, _progress: Progress):  # noqa: ANN001, ANN202
            from cluster_crm.documents.labels_pdf import write_labels
            from cluster_crm.services.labels import label_batch

            batch = label_batch(selection, uow)
            write_labels(batch, path, sheet)
            return batch

        def shown(preview: PdfPreviewDialog, batch) -> None:  # noqa: ANN001
            done = self.tr("%n label(s).", "", len(batch.labels))
            preview.add_side_panel(SkippedPanel(batch.skipped, done))

        self._preview(self.tr("Preparing the labels…"), self.tr("Labels"), self.tr("labels.pdf"), work, shown)

    # --- letters ---------------------------------------------------------------------------

    def mail_merge(self, selected_first: bool = False) -> MailMergeDialog:
        """A letter for every record of the current list (or the selected one), skipped ones listed."""
        page = self._list_page()
        contacts = self._is_contacts(page)
        dialog = MailMergeDialog(self.ctx, contacts, page.model.all_ids(), self._selected(page), self.window)
        if selected_first:
            dialog.scope.prefer_selected()
        dialog.sig_chosen.connect(lambda template, ids: self.make_letters(template, ids, contacts))
        self.dialog = dialog
        dialog.open()
        return dialog

    def make_letters(self, template: str, ids: list[int], contacts: bool) -> None:
        ctx = self.ctx

        def work(uow, path: Path, progress: Progress):  # noqa: ANN001, ANN202
            from cluster_crm.documents.letter_pdf import write_letters
            from cluster_crm.services.letterhead import get_letterhead
            from cluster_crm.services.letters import mail_merge

            def first_half(done: int, total: int) -> None:
                progress(done, 2 * total)

            if contacts:
                result = mail_merge(template, uow, contact_ids=ids, progress=first_half)
            else:
                result = mail_merge(template, uow, organisation_ids=ids, progress=first_half)
            count = len(result.letters)
            if count:
                write_letters(
                    [p.letter for p in result.letters],
                    get_letterhead(uow),
                    path,
                    lambda done, total: progress(total + done, 2 * total),
                )
            return result

        def shown(preview: PdfPreviewDialog, result) -> None:  # noqa: ANN001
            done = self.tr("%n letter(s).", "", len(result.letters))
            preview.add_side_panel(SkippedPanel(result.skipped, done))
            if result.letters:
                from cluster_crm.services.letter_delivery import ATTACH_LIMIT

                big = len(result.letters) > ATTACH_LIMIT
                preview.offer_recording(recorder(ctx, result.letters), when_saved=big)

        def nothing(result) -> None:  # noqa: ANN001
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Mail merge"))
            box.setText(self.tr("No letter was written: none of the records can receive one."))
            box.setDetailedText("\n".join(f"{s.name} — {s.reason}" for s in result.skipped))
            box.exec()

        self._preview(
            self.tr("Writing the letters…"),
            self.tr("Letters: {template}").format(template=template),
            self.tr("letters.pdf"),
            work,
            shown,
            nothing,
        )

    def edit_templates(self) -> TemplateEditor:
        dialog = TemplateEditor(self.ctx, self.window)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- the preview -----------------------------------------------------------------------

    def _preview(self, label: str, title: str, file_name: str, work, shown=None, nothing=None) -> None:  # noqa: ANN001
        """``work(uow, path, progress)`` makes the document; ``shown(preview, result)`` completes its
        preview; ``nothing(result)`` says why, when no document was made."""

        def on_preview(preview: PdfPreviewDialog, result: Any) -> None:
            self.dialog = preview
            if shown is not None:
                shown(preview, result)

        preview_generated(self.window, self.ctx, label, title, file_name, work, on_preview, nothing)
