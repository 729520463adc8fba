"""GUI tests of the documents in the window: the preview, printing, letters from the work, mail merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QPushButton
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from cluster_crm.domain.dates import short_date
from cluster_crm.services.organisations import get_organisation, organisation_rows
from cluster_crm.ui.dialogs.batch_dialogs import SkippedPanel
from cluster_crm.ui.dialogs.pdf_preview import PdfPreviewDialog
from tests.ui.conftest import settle


def three_pages(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, 4):
        canvas.drawString(100, 700, f"Page numéro {number}")
        canvas.showPage()
    canvas.save()
    settle()
    return path


@pytest.fixture
def preview(qtbot, own, empty_ctx, tmp_path):
    dialog = own(PdfPreviewDialog(empty_ctx, three_pages(tmp_path / "trois.pdf"), "Aperçu", "trois.pdf"))
    settle()
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
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
        settle()
    # THEN a PDF copy of it is there
    assert signal.args == [str(target) + ".pdf"]
    assert len(PdfReader(signal.args[0]).pages) == 3


def test_the_letterhead_is_saved_from_the_preferences_and_refused_under_its_field(qtbot, empty_ctx):
    from cluster_crm.services.letterhead import WINDOW_LEFT, get_letterhead
    from cluster_crm.ui.dialogs.preferences_dialog import PreferencesDialog

    # GIVEN the preferences, on the letterhead tab, with a window position off the page
    dialog = PreferencesDialog(empty_ctx)  # deleted once saved
    settle()
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
    settle()
    # THEN the tab comes back, the error is under the field, and nothing is stored
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is form
    error = dialog.findChild(QLabel, f"{WINDOW_LEFT}_error")
    assert error.isVisibleTo(dialog) and "190" in error.text()
    assert get_letterhead(empty_ctx.database.uow()).place == ""
    # WHEN the position is corrected, in French decimals, and saved again
    form.window_edits[WINDOW_LEFT].setText("108,5")
    save.click()
    settle()
    # THEN the letterhead is stored
    letterhead = get_letterhead(empty_ctx.database.uow())
    assert letterhead.name == "Cluster Normandie Industrie"
    assert letterhead.address_lines == ("CCI Rouen Métropole", "10 quai de la Bourse", "76000 Rouen")
    assert (letterhead.place, letterhead.signatory_name, letterhead.window.left_mm) == (
        "Rouen",
        "Claire Lemoine",
        108.5,
    )


def first_meeting_id(ctx) -> int:
    from sqlalchemy import select

    from cluster_crm.db.models import Interaction

    with ctx.database.uow() as uow:
        return uow.session.scalars(
            select(Interaction.id).where(Interaction.kind == "meeting").order_by(Interaction.id)
        ).first()


def test_a_follow_up_letter_from_a_demo_meeting_is_recorded_with_its_pdf(
    qtbot, monkeypatch, window, demo_ctx, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    from cluster_crm.domain.dates import long_date
    from cluster_crm.services.interactions import get_interaction, timeline

    # GIVEN a meeting of the demo, open in its editor
    meeting = get_interaction(
        first_meeting_id(demo_ctx), demo_ctx.database.uow(), demo_ctx.database.attachments_dir
    )
    recipient = meeting.contacts[0]
    dialog = window.open_interaction(meeting.id)
    settle()
    assert dialog.letter_button.isVisible()
    # WHEN the animator asks for its follow-up letter, to its first participant, to follow up in a month
    dialog.letter_button.click()
    settle()
    letter_dialog = dialog.letter_dialog
    letter_dialog.follow_up_combo.setCurrentIndex(letter_dialog.follow_up_combo.findData("1m"))
    letter_dialog.follow_up_note_edit.setText("Rappeler pour le devis")
    with qtbot.waitSignal(letter_dialog.sig_previewed, timeout=20_000) as shown:
        letter_dialog.preview_button.click()
    preview = shown.args[0]
    # THEN the letter is in the preview, filled in with the meeting, not yet recorded
    assert preview.page_count() == 1 and preview.record_check.isVisible()
    text = " ".join(PdfReader(preview.path).pages[0].extract_text().split())
    assert recipient.label.split()[-1].upper() in text.upper()
    assert long_date(meeting.starts_at.date()) in text  # « … du 12 novembre 2026 »
    before = {e.id for e in timeline(demo_ctx.database.uow(), contact_id=recipient.id)}
    # WHEN it is saved as a PDF
    target = tmp_path / "suivi.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(preview.sig_recorded, timeout=20_000) as recorded:
        preview.save_button.click()
        settle()
    # THEN a « letter » interaction is on the recipient's timeline, its PDF attached, its follow-up set
    result = recorded.args[0]
    assert target.is_file()
    [letter_id] = result.interaction_ids
    assert letter_id not in before
    letter = get_interaction(letter_id, demo_ctx.database.uow(), demo_ctx.database.attachments_dir)
    assert letter.kind == "letter"
    assert [c.id for c in letter.contacts] == [recipient.id]
    [attachment] = letter.attachments
    assert attachment.exists and attachment.file_name.endswith(".pdf")
    assert len(PdfReader(attachment.path).pages) == 1
    [follow_up] = letter.follow_ups
    assert follow_up.note == "Rappeler pour le devis" and not follow_up.done
    # AND saving it again records nothing more
    preview.save_button.click()
    settle()
    assert (
        len([e for e in timeline(demo_ctx.database.uow(), contact_id=recipient.id) if e.kind == "letter"])
        == 1
    )


def writable(introduction_id: int, ctx) -> bool:
    from cluster_crm.domain.errors import DomainError
    from cluster_crm.services.letters import letters_for_introduction

    try:
        return len(letters_for_introduction(introduction_id, ctx.database.uow())) == 2
    except DomainError:
        return False


def test_the_letters_of_an_introduction_are_printed_and_recorded_on_both_timelines(
    qtbot, monkeypatch, window, demo_ctx, tmp_path
):
    from cluster_crm.services.interactions import timeline
    from cluster_crm.services.introductions import get_introduction, introduction_rows

    # GIVEN an introduction of the demo whose two parties can be written to
    page = window.introductions_page
    window.show_page(page)
    introduction_id = next(
        row.id for row in introduction_rows(demo_ctx.database.uow()) if writable(row.id, demo_ctx)
    )
    printed = tmp_path / "deux.pdf"
    print_to_file(monkeypatch, printed)
    page.select_introduction(introduction_id)
    qtbot.waitUntil(lambda: page.current_id() == introduction_id)
    settle()
    # WHEN the animator asks for the letters to both parties
    page.letters_button.click()
    qtbot.waitUntil(lambda: bool(page.findChildren(PdfPreviewDialog)), timeout=20_000)
    previews = page.findChildren(PdfPreviewDialog)
    [preview] = previews
    # THEN both letters are in one PDF, one page each
    assert preview.page_count() == 2
    view = get_introduction(introduction_id, demo_ctx.database.uow())
    # WHEN printed
    with qtbot.waitSignal(preview.sig_recorded, timeout=30_000) as recorded:
        preview.print_button.click()
    # THEN each party has the letter on its timeline
    assert len(PdfReader(printed).pages) == 2
    assert len(recorded.args[0].interaction_ids) == 2
    for organisation_id in (view.row.contracting_id, view.row.sme_id):
        assert any(
            e.kind == "letter" for e in timeline(demo_ctx.database.uow(), organisation_id=organisation_id)
        )


def test_a_mail_merge_over_a_filtered_list_shows_progress_then_the_skipped_records(
    qtbot, monkeypatch, window
):
    import cluster_crm.ui.dialogs.pdf_preview as pdf_preview
    from cluster_crm.ui.documents_actions import DocumentsActions

    # GIVEN the organisations of Rouen, among which one objected to being contacted
    actions = DocumentsActions(window)
    page = window.organisations_page
    window.show_page(page)
    with qtbot.waitSignal(page.sig_results_shown, timeout=10_000):
        page.search_edit.setText("Rouen")
    ids = page.model.all_ids()
    assert len(ids) > 2
    progress_values: list[int] = []
    real_run = pdf_preview.run_with_progress

    def watched(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        dialog = real_run(*args, **kwargs)
        dialog.bar.valueChanged.connect(progress_values.append)
        return dialog

    monkeypatch.setattr(pdf_preview, "run_with_progress", watched)
    # WHEN the animator asks for the mail merge of the welcome letter to this list
    dialog = actions.mail_merge()
    settle()
    assert dialog.scope.ids() == ids
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("Bienvenue à un nouvel adhérent"))
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, PdfPreviewDialog), timeout=30_000)
    preview = actions.dialog
    # THEN the progress went to its end, and the letters are in the preview with the skipped records
    assert progress_values and progress_values[-1] == max(progress_values) > 0
    [panel] = preview.findChildren(SkippedPanel)
    skipped = dict(panel.rows())
    assert "Vision et Apprentissage Rouen" in skipped
    [objector] = [
        r.id
        for r in organisation_rows(ids, window.ctx.database.uow())
        if r.name == "Vision et Apprentissage Rouen"
    ]
    assert (
        short_date(get_organisation(objector, window.ctx.database.uow()).objected_on)
        in skipped["Vision et Apprentissage Rouen"]
    )
    assert preview.page_count() >= len(ids) - len(skipped)
    printed = " ".join(page.extract_text() for page in PdfReader(preview.path).pages)
    assert "Vision et Apprentissage" not in printed


def test_the_car_plant_sheet_the_directory_and_labels_open_in_the_preview(qtbot, window):
    from cluster_crm.ui.documents_actions import DocumentsActions

    # GIVEN the car plant selected in the organisations list
    actions = DocumentsActions(window)
    window.open_record("organisation", 1)
    qtbot.waitUntil(lambda: window.organisations_page.current_id() == 1)
    # WHEN its sheet is asked for from the Print menu
    assert actions.sheet_action in actions.print_menu.actions()
    actions.sheet_action.trigger()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, PdfPreviewDialog), timeout=20_000)
    # THEN the sheet of the car plant is in the preview
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(actions.dialog.path).pages).split())
    assert "Usine automobile de Cléon" in text
    sheet = actions.dialog
    # WHEN the member directory is asked for, by sector
    actions.print_directory("sector")
    qtbot.waitUntil(
        lambda: actions.dialog is not sheet and isinstance(actions.dialog, PdfPreviewDialog), timeout=30_000
    )
    directory = actions.dialog
    # THEN it runs to several pages
    assert directory.page_count() > 3
    # WHEN labels are made for every member, 21 per page
    dialog = actions.print_labels()
    settle()
    dialog.members_radio.setChecked(True)
    dialog.sheet_combo.setCurrentIndex(dialog.sheet_combo.findData(21))
    dialog.generate_button.click()
    qtbot.waitUntil(
        lambda: actions.dialog is not directory and isinstance(actions.dialog, PdfPreviewDialog),
        timeout=30_000,
    )
    # THEN the labels are in the preview, with what was skipped beside them
    labels = actions.dialog
    assert labels.page_count() >= 1
    assert labels.findChildren(SkippedPanel)


def test_a_big_mail_merge_is_recorded_once_saved_naming_the_saved_file(qtbot, monkeypatch, window, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from cluster_crm.services.interactions import get_interaction
    from cluster_crm.services.letter_delivery import ATTACH_LIMIT
    from cluster_crm.ui.documents_actions import DocumentsActions

    # GIVEN the welcome letter to the organisations of Rouen (more than are attached one by one)
    actions = DocumentsActions(window)
    page = window.organisations_page
    with qtbot.waitSignal(page.sig_results_shown, timeout=10_000):
        page.search_edit.setText("Rouen")
    ids = page.model.all_ids()
    actions.make_letters("Bienvenue à un nouvel adhérent", ids, contacts=False)
    qtbot.waitUntil(lambda: isinstance(actions.dialog, PdfPreviewDialog), timeout=60_000)
    preview = actions.dialog
    letters = len(ids) - len(preview.findChildren(SkippedPanel)[0].rows())
    assert letters > ATTACH_LIMIT
    # WHEN it is printed
    print_to_file(monkeypatch, tmp_path / "imprimé.pdf")
    with qtbot.waitSignal(preview.sig_printed, timeout=60_000):
        preview.print_button.click()
    # THEN nothing is recorded yet: the preview's file is not the animator's to keep
    assert preview.record_check.isEnabled()
    # WHEN it is saved
    target = tmp_path / "bienvenue.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(preview.sig_recorded, timeout=60_000) as recorded:
        preview.save_button.click()
        settle()
    # THEN every letter is on its recipient's timeline, naming the saved file
    result = recorded.args[0]
    assert len(result.interaction_ids) == letters
    first = get_interaction(
        result.interaction_ids[0], window.ctx.database.uow(), window.ctx.database.attachments_dir
    )
    assert first.kind == "letter" and str(target) in first.notes


def test_a_cancelled_document_leaves_no_preview_and_no_file(qtbot, own, empty_ctx):
    import threading

    from PySide6.QtWidgets import QWidget

    from cluster_crm.ui.dialogs.pdf_preview import preview_generated

    # GIVEN a document whose making waits for the animator's Cancel
    parent = own(QWidget())
    parent.show()
    started, folders = threading.Event(), []

    def work(_uow, path, progress):  # noqa: ANN001, ANN202
        folders.append(path.parent)
        started.set()
        while True:
            progress(0, 10)  # raises Cancelled once Cancel was pressed

    preview_generated(parent, empty_ctx, "…", "Aperçu", "doc.pdf", work)
    qtbot.waitUntil(started.is_set)
    [progress_dialog] = [w for w in parent.findChildren(QWidget) if hasattr(w, "sig_cancel_requested")]
    # WHEN the animator cancels
    progress_dialog.reject()
    # THEN no preview opens and the temporary folder is gone
    qtbot.waitUntil(lambda: not folders[0].exists(), timeout=10_000)
    assert not parent.findChildren(PdfPreviewDialog)
