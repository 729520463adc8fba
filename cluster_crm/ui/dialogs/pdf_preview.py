"""The in-app preview of a PDF document: pages, zoom, Print…, Save as…, and for letters the history."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluster_crm.services.progress import Progress
from cluster_crm.ui.context import AppContext
from cluster_crm.ui.dialogs.base import BaseDialog
from cluster_crm.ui.pdf_printing import print_pdf
from cluster_crm.ui.progress import run_with_progress

ZOOM_STEP = 1.25


class PdfPreviewDialog(BaseDialog):
    """Shows ``path``; deletes it on closing when ``temporary`` (a document made for the preview)."""

    geometry_key = "pdf_preview"

    sig_printed = Signal(int)
    """The document went to the printer; the number of pages printed."""

    sig_saved = Signal(str)
    """The document was saved as a PDF file; its path."""

    sig_recorded = Signal(object)
    """The letters were recorded in the history; what the caller's ``record`` returned."""

    def __init__(
        self,
        ctx: AppContext,
        path: Path,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        *,
        temporary: bool = False,
    ) -> None:
        super().__init__(ctx, parent)
        self.path = path
        self.file_name = file_name
        self._temporary = temporary
        self._record: Callable[[Any, Path], Any] | None = None
        self._record_when_saved = False
        self._recorded = False
        self._recording = False
        self._closed = False  # read by a recording still running when the dialog is closed
        self.setWindowTitle(title)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f98; }")
        self.previous_button = self._tool("‹", self.tr("Previous page (Page Up)"), lambda: self.go_to(-1))
        self.next_button = self._tool("›", self.tr("Next page (Page Down)"), lambda: self.go_to(+1))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.page_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("Page 888 / 888") + 8)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_width_button = self._tool(
            self.tr("Fit width"), self.tr("Fit the page to the window's width")
        )
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.clicked.connect(self.fit_width)
        self.actual_size_button = self._tool("100 %", self.tr("Actual size"), self.actual_size)
        self.actual_size_button.setCheckable(True)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl+-)"), lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl++)"), lambda: self.zoom(ZOOM_STEP))
        self.record_check = QCheckBox(self.tr("Record in the history"))
        self.record_check.setChecked(True)
        self.record_check.setToolTip(
            self.tr(
                "When printed or saved, the letter is recorded on its recipient's timeline, the PDF attached"
            )
        )
        self.record_check.hide()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_width_button,
            self.actual_size_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_check)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page_number)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self.document.pageCountChanged.connect(self._show_page_number)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_as)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self.zoom(1 / ZOOM_STEP))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.go_to(+1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.go_to(-1))
        self.document.load(str(path))
        self._show_page_number()
        self._show_zoom()
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() * 9 // 10), min(1000, screen.height() * 9 // 10))

    def _tool(self, text: str, tip: str, slot: Callable[[], None] | None = None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    # --- what the caller adds ----------------------------------------------------------------

    def offer_recording(
        self, record: Callable[[Any, Path], Any], checked: bool = True, when_saved: bool = False
    ) -> None:
        """Show « Record in the history »: ``record(uow, pdf_path)`` runs off the GUI thread, once, after
        the document was first printed (the preview's file) or saved (the saved copy); only once
        saved with ``when_saved`` (a big batch's interactions name the file the animator keeps)."""
        self._record = record
        self._record_when_saved = when_saved
        self.record_check.setChecked(checked)
        if when_saved:
            self.record_check.setToolTip(
                self.tr(
                    "When saved, each letter is recorded on its recipient's timeline, naming the saved file"
                )
            )
        self.record_check.show()

    def add_side_panel(self, widget: QWidget) -> None:
        """A panel beside the pages (e.g. the records a mail merge skipped)."""
        self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.resize(max(self.width(), 1200), self.height())

    # --- pages and zoom ----------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, step: int) -> None:
        page = max(0, min(self.current_page() + step, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def actual_size(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(1.0)
        self._show_zoom()

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._fitted_zoom()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 5.0)))
        self._show_zoom()

    def _fitted_zoom(self) -> float:
        """The zoom factor that fit-to-width shows now, so that zooming goes on from there."""
        if not self.page_count():
            return 1.0
        page_width = self.document.pagePointSize(0).width() * self.logicalDpiX() / 72
        return max(0.25, (self.view.viewport().width() - 2 * 8) / max(page_width, 1))

    def _show_page_number(self) -> None:
        count = self.page_count()
        self.page_label.setText(
            self.tr("Page {page} / {count}").format(page=self.current_page() + 1, count=count)
        )
        self.previous_button.setEnabled(self.current_page() > 0)
        self.next_button.setEnabled(self.current_page() < count - 1)
        for button in (self.print_button, self.save_button):
            button.setEnabled(count > 0)

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.actual_size_button.setChecked(
            mode == QPdfView.ZoomMode.Custom and abs(self.view.zoomFactor() - 1) < 1e-3
        )

    # --- print, save, record -----------------------------------------------------------------

    def print_document(self) -> None:
        """The system print dialog, then every chosen page rendered onto the printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_count(), 1))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._printer = printer  # kept alive until the background printing is over
        path = self.path

        def done(pages: int) -> None:
            self.sig_printed.emit(pages)
            if not self._record_when_saved:
                self._record_once(path)

        run_with_progress(
            self,
            self.ctx,
            self.tr("Printing…"),
            lambda _uow, progress: print_pdf(path, printer, progress),
            done,
        )

    def save_as(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / self.file_name), self.tr("PDF document (*.pdf)")
        )
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        shutil.copyfile(self.path, target)
        self.sig_saved.emit(str(target))
        self._record_once(target)

    def _record_once(self, path: Path) -> None:
        """Record the letters once; ``path`` is where the document now is (a saved copy, or the
        preview's own file once printed)."""
        if self._record is None or self._recorded or not self.record_check.isChecked():
            return
        self._recorded = self._recording = True
        self.record_check.setEnabled(False)
        record = self._record

        def recorded(result: Any) -> None:
            self._recording = False
            self.record_check.setText(self.tr("Recorded in the history"))
            self.ctx.ops.announce("interactions")
            self.sig_recorded.emit(result)

        def failed(_error: Exception) -> bool:
            self._recorded = self._recording = False
            self.record_check.setEnabled(True)
            return False  # the message box says why

        def work(uow: Any) -> Any:
            result = record(uow, path)
            if self._temporary and self._closed:
                shutil.rmtree(self.path.parent, ignore_errors=True)
            return result

        self.ctx.ops.task(self, work, recorded, on_error=failed)

    def done(self, result: int) -> None:
        self.document.close()
        self._closed = True
        if self._temporary and not self._recording:  # a recording still running removes it
            shutil.rmtree(self.path.parent, ignore_errors=True)
        super().done(result)


def temporary_pdf(file_name: str) -> Path:
    """A path in a new temporary folder, for a document made to be previewed."""
    return Path(tempfile.mkdtemp(prefix="cluster-crm-")) / file_name


def preview_generated(
    parent: QWidget,
    ctx: AppContext,
    label: str,
    title: str,
    file_name: str,
    work: Callable[[Any, Path, Progress], Any],
    on_preview: Callable[[PdfPreviewDialog, Any], None] | None = None,
    on_nothing: Callable[[Any], None] | None = None,
) -> None:
    """Make a document off the GUI thread (``work(uow, path, progress)``, behind a progress bar with
    Cancel), then open it in the preview; ``on_preview(dialog, result)`` adds what the caller needs.
    When ``work`` wrote no file (nothing to print), ``on_nothing(result)`` says so instead."""
    path = temporary_pdf(file_name)
    shown = []

    def show(result: Any) -> None:
        shown.append(True)
        if not path.is_file():
            shutil.rmtree(path.parent, ignore_errors=True)
            if on_nothing is not None:
                on_nothing(result)
            return
        dialog = PdfPreviewDialog(ctx, path, title, file_name, parent, temporary=True)
        if on_preview is not None:
            on_preview(dialog, result)
        dialog.open()

    def tidy() -> None:  # cancelled or failed: the preview's folder goes
        if not shown:
            shutil.rmtree(path.parent, ignore_errors=True)

    progress_dialog = run_with_progress(
        parent, ctx, label, lambda uow, progress: work(uow, path, progress), show
    )
    progress_dialog.finished.connect(lambda _result: QTimer.singleShot(0, tidy))  # after show()
