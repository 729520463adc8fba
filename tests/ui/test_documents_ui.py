"""GUI tests of the documents in the window: the preview, printing, letters from the work, mail merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QPushButton
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from cluster_crm.ui.dialogs.pdf_preview import PdfPreviewDialog


def three_pages(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, 4):
        canvas.drawString(100, 700, f"Page numéro {number}")
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def preview(qtbot, own, empty_ctx, tmp_path):
    dialog = own(PdfPreviewDialog(empty_ctx, three_pages(tmp_path / "trois.pdf"), "Aperçu", "trois.pdf"))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_preview_shows_the_page_count_and_moves_between_pages(qtbot, preview):
    # GIVEN a three-page PDF in the preview
    # THEN it says which page is shown out of how many
    assert preview.page_count() == 3
    assert preview.page_label.text() == "Page 1 / 3"
    assert not preview.previous_button.isEnabled()
    # WHEN the animator goes to the next page
    preview.next_button.click()
    # THEN the second page is shown
    qtbot.waitUntil(lambda: preview.page_label.text() == "Page 2 / 3")
    assert preview.previous_button.isEnabled()


def test_the_zoom_fits_the_width_or_shows_the_actual_size(preview):
    # GIVEN the preview, fitted to the width at first
    assert preview.fit_width_button.isChecked()
    # WHEN the animator asks for 100 %
    preview.actual_size_button.click()
    # THEN the page is at its actual size, no longer fitted
    assert preview.view.zoomFactor() == 1.0
    assert preview.actual_size_button.isChecked() and not preview.fit_width_button.isChecked()
    preview.zoom_in_button.click()
    assert preview.view.zoomFactor() == pytest.approx(1.25)


def print_to_file(monkeypatch, target: Path) -> None:
    """The system print dialog, answered « Print » with a PDF file as the printer."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def test_printing_sends_every_page_through_the_print_dialog(qtbot, monkeypatch, preview, tmp_path):
    # GIVEN a print dialog whose printer is a PDF file
    printed = tmp_path / "imprimé.pdf"
    print_to_file(monkeypatch, printed)
    # WHEN the animator prints the three-page document
    with qtbot.waitSignal(preview.sig_printed, timeout=20_000) as signal:
        preview.print_button.click()
    # THEN three pages went to the printer, A4 each
    assert signal.args == [3]
    pages = PdfReader(printed).pages
    assert len(pages) == 3
    assert round(float(pages[0].mediabox.width)) == 595


def test_save_as_copies_the_document(qtbot, monkeypatch, preview, tmp_path):
    # GIVEN a save dialog answered with a name without extension
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # WHEN the animator saves the document
    with qtbot.waitSignal(preview.sig_saved) as signal:
        preview.save_button.click()
    # THEN a PDF copy of it is there
    assert signal.args == [str(target) + ".pdf"]
    assert len(PdfReader(signal.args[0]).pages) == 3


def test_the_letterhead_is_saved_from_the_preferences_and_refused_under_its_field(qtbot, empty_ctx):
    from cluster_crm.services.letterhead import WINDOW_LEFT, get_letterhead
    from cluster_crm.ui.dialogs.preferences_dialog import PreferencesDialog

    # GIVEN the preferences, on the letterhead tab, with a window position off the page
    dialog = PreferencesDialog(empty_ctx)  # deleted once saved
    dialog.show()
    form = dialog.letterhead
    form.name_edit.setText("Cluster Normandie Industrie")
    form.address_edit.setPlainText("CCI Rouen Métropole\n10 quai de la Bourse\n76000 Rouen")
    form.place_edit.setText("Rouen")
    form.signatory_name_edit.setText("Claire Lemoine")
    form.window_edits[WINDOW_LEFT].setText("250")
    dialog.tabs.setCurrentIndex(0)
    # WHEN the animator saves
    save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Enregistrer")
    save.click()
    # THEN the tab comes back, the error is under the field, and nothing is stored
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is form
    error = dialog.findChild(QLabel, f"{WINDOW_LEFT}_error")
    assert error.isVisibleTo(dialog) and "190" in error.text()
    assert get_letterhead(empty_ctx.uow()).place == ""
    # WHEN the position is corrected, in French decimals, and saved again
    form.window_edits[WINDOW_LEFT].setText("108,5")
    save.click()
    # THEN the letterhead is stored
    letterhead = get_letterhead(empty_ctx.uow())
    assert letterhead.name == "Cluster Normandie Industrie"
    assert letterhead.address_lines == ("CCI Rouen Métropole", "10 quai de la Bourse", "76000 Rouen")
    assert (letterhead.place, letterhead.signatory_name, letterhead.window.left_mm) == (
        "Rouen",
        "Claire Lemoine",
        108.5,
    )
